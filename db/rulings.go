package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/factcheck/factcheck/factcheck"
)

// now is the clock rulings are stamped with.
var now = time.Now

// Rule records a checker's ruling on a claim as a new event and returns it.
// The ruling's Reading is ignored: the checker's reading in force stays
// (Amend changes it).
func (s *Store) Rule(ctx context.Context, r factcheck.Ruling) (_ factcheck.Event, err error) {
	defer s.annotate(&err)
	if err := r.Validate(); err != nil {
		return factcheck.Event{}, fmt.Errorf("rule claim %d: %w", r.Claim, err)
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return factcheck.Event{}, fmt.Errorf("rule claim %d: %w", r.Claim, classify(err))
	}
	defer tx.Rollback()
	e := factcheck.Event{Ruling: r, Action: factcheck.Rule}
	if err := checkClaims(ctx, tx, r.Claim, r.SupersededBy); err != nil {
		return factcheck.Event{}, fmt.Errorf("rule claim %d: %w", r.Claim, err)
	}
	// A verdict leaves the checker's reading in force as it is.
	prev, err := latest(ctx, tx, r.Claim)
	if err != nil {
		return factcheck.Event{}, fmt.Errorf("rule claim %d: %w", r.Claim, err)
	}
	e.Reading = prev.Reading
	if err := appendEvent(ctx, tx, &e); err != nil {
		return factcheck.Event{}, fmt.Errorf("rule claim %d: %w", r.Claim, err)
	}
	if err := tx.Commit(); err != nil {
		return factcheck.Event{}, fmt.Errorf("rule claim %d: %w", r.Claim, classify(err))
	}
	return e, nil
}

// checkClaims returns factcheck.ErrNotFound unless every non-zero id is a claim.
func checkClaims(ctx context.Context, tx *tx, ids ...int64) error {
	for _, id := range ids {
		if id == 0 {
			continue
		}
		var one int
		err := tx.QueryRowContext(ctx, "SELECT 1 FROM claims WHERE id = ?", id).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("claim %d: %w", id, factcheck.ErrNotFound)
		}
		if err != nil {
			return classify(err)
		}
	}
	return nil
}

// appendEvent stamps e with the time, the version and the event it
// replaces, and inserts it, setting e.ID. When the event changes what
// grouping reads of the claim (the checker's reading, or whether it is a
// claim at all), the claim's article is marked for grouping again, and
// the change counted in the store's generation, in the same transaction.
func appendEvent(ctx context.Context, tx *tx, e *factcheck.Event) error {
	if tx.d == postgresDialect {
		// One event at a time takes the next seq, in the order the
		// server commits them: the log's order is the server's.
		if _, err := tx.ExecContext(ctx, "LOCK TABLE rulings IN SHARE ROW EXCLUSIVE MODE"); err != nil {
			return classify(err)
		}
	}
	prev, err := latest(ctx, tx, e.Claim)
	if err != nil {
		return err
	}
	// The claim's current ruling is its latest by (at, uid).
	e.At = stampAfter(prev.At)
	e.Version = Version
	e.Replaces = prev.ID
	if e.UID, err = newEventID(); err != nil {
		return err
	}
	args := []any{e.UID, e.Claim, e.Action, nullID(e.Target), e.Verdict, nullID(e.SupersededBy), e.Note, e.Evidence,
		e.Checker, formatTime(e.At), nullID(e.Replaces), e.Version}
	args = appendReadingArgs(args, e.Reading)
	args = appendFigureArgs(args, e.Outside)
	err = tx.QueryRowContext(ctx, `INSERT INTO rulings
		(uid, claim_id, action, target, verdict, superseded_by, note, evidence, checker, at, replaces, app_version, `+
		readingFields+`, `+figureFields+`, seq)
		VALUES (`+strings.Repeat("?, ", 12+readingFieldCount+figureFieldCount)+`(SELECT coalesce(max(seq), 0) + 1 FROM rulings)) RETURNING id`,
		args...).Scan(&e.ID)
	if err != nil {
		return classify(err)
	}
	dismissed := func(v factcheck.Verdict) bool { return v == factcheck.Dismissed }
	if prev.Reading == e.Reading && dismissed(prev.Verdict) == dismissed(e.Verdict) {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE article_grouping SET grouped = 0
		WHERE article_id = (SELECT article_id FROM claims WHERE id = ?)`, e.Claim); err != nil {
		return classify(err)
	}
	_, err = tx.ExecContext(ctx, "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'generation'")
	return classify(err)
}

// latest returns the claim's latest event, its current ruling: the last
// by (at, uid), which on one review is also the last appended (see
// appendEvent); the zero Event when it has none.
func latest(ctx context.Context, tx *tx, claim int64) (factcheck.Event, error) {
	e, err := scanEvent(tx.QueryRowContext(ctx, "SELECT "+eventColumns+" FROM rulings WHERE claim_id = ? ORDER BY at DESC, uid DESC LIMIT 1", claim))
	if errors.Is(err, sql.ErrNoRows) {
		return factcheck.Event{}, nil
	}
	return e, err
}

// sameState reports whether two rulings leave a claim in the same state,
// whoever signed them.
func sameState(a, b factcheck.Ruling) bool {
	a.Checker, b.Checker = "", ""
	return a == b
}

func nullID(id int64) sql.NullInt64 { return sql.NullInt64{Int64: id, Valid: id != 0} }

// Undo undoes the checker's latest ruling that is not undone yet (a Rule
// or Redo event), as a new event that restores the state that ruling
// replaced (Cleared when it replaced nothing) and names it as its Target.
// It returns factcheck.ErrNothingToUndo when there is none, and factcheck.ErrConflict when the
// claim no longer shows that ruling: another checker has ruled on it
// differently since.
func (s *Store) Undo(ctx context.Context, checker string) (_ factcheck.Event, err error) {
	defer s.annotate(&err)
	return s.undoRedo(ctx, checker, factcheck.Undo)
}

// Redo applies again the checker's latest undone ruling, as a new event
// with that ruling's verdict, note and evidence naming it as its Target.
// Any new Rule by the checker empties what can be redone. It returns
// factcheck.ErrNothingToRedo when there is nothing, and factcheck.ErrConflict when the claim no
// longer shows what the undo left.
func (s *Store) Redo(ctx context.Context, checker string) (_ factcheck.Event, err error) {
	defer s.annotate(&err)
	return s.undoRedo(ctx, checker, factcheck.Redo)
}

func (s *Store) undoRedo(ctx context.Context, checker string, action factcheck.Action) (factcheck.Event, error) {
	fail := func(err error) (factcheck.Event, error) {
		return factcheck.Event{}, fmt.Errorf("%s by %s: %w", action, checker, err)
	}
	if err := factcheck.ValidateChecker(checker); err != nil {
		return fail(err)
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return fail(classify(err))
	}
	defer tx.Rollback()
	// target is the event to undo or redo; expect is what must be the
	// claim's latest event.
	target, undoneBy, err := next(ctx, tx, checker, action)
	switch {
	case err != nil:
		return fail(err)
	case target == 0 && action == factcheck.Undo:
		return fail(factcheck.ErrNothingToUndo)
	case target == 0:
		return fail(factcheck.ErrNothingToRedo)
	}
	expect := target
	if action == factcheck.Redo {
		expect = undoneBy
	}
	t, err := event(ctx, tx, target)
	if err != nil {
		return fail(err)
	}
	// Refuse when the claim no longer shows what the checker left: another
	// checker has ruled on it differently since.
	cur, err := latest(ctx, tx, t.Claim)
	if err != nil {
		return fail(err)
	}
	if cur.ID != expect {
		want, err := event(ctx, tx, expect)
		if err != nil {
			return fail(err)
		}
		if !sameState(cur.Ruling, want.Ruling) {
			return fail(&factcheck.ConflictError{Claim: t.Claim, Checker: cur.Checker, Event: cur.ID})
		}
	}
	e := factcheck.Event{Action: action, Target: target}
	from := target // the event whose ruling the new event copies
	if action == factcheck.Undo {
		from = t.Replaces
	}
	switch {
	case action == factcheck.Undo && t.Action == factcheck.Add:
		// An added claim is withdrawn: the checker says it is not one.
		e.Ruling = factcheck.Ruling{Claim: t.Claim, Verdict: factcheck.Dismissed}
	case from == 0:
		e.Ruling = factcheck.Ruling{Claim: t.Claim, Verdict: factcheck.Cleared}
	default:
		f, err := event(ctx, tx, from)
		if err != nil {
			return fail(err)
		}
		e.Ruling = f.Ruling
	}
	e.Checker = checker
	if err := appendEvent(ctx, tx, &e); err != nil {
		return fail(err)
	}
	if err := tx.Commit(); err != nil {
		return fail(classify(err))
	}
	return e, nil
}

// next returns the event that the checker's next undo (action Undo) or
// redo would act on, 0 when there is none. It walks the checker's events
// back from the latest, pairing each undo with the ruling it undid and
// each redo with the undo it reverted, as a stack would: an undo acts on
// the latest Rule or Redo event not undone since; a redo on the event
// that the latest Undo event not redone since undid (undoneBy is that
// Undo event), unless a Rule came after it.
func next(ctx context.Context, tx *tx, checker string, action factcheck.Action) (target, undoneBy int64, err error) {
	rows, err := tx.QueryContext(ctx, "SELECT id, action, coalesce(target, 0) FROM rulings WHERE checker = ? ORDER BY seq DESC", checker)
	if err != nil {
		return 0, 0, classify(err)
	}
	defer rows.Close()
	open := 0 // events seen that revert an earlier one not met yet
	for rows.Next() {
		var id, t int64
		var a factcheck.Action
		if err := rows.Scan(&id, &a, &t); err != nil {
			return 0, 0, classify(err)
		}
		switch {
		case a == action: // an undo or redo reverts an earlier event
			open++
		case action == factcheck.Undo && open > 0, action == factcheck.Redo && a == factcheck.Undo && open > 0:
			open--
		case action == factcheck.Undo: // a Rule or Redo not undone
			return id, 0, nil
		case a == factcheck.Undo: // an undo not redone
			return t, id, nil
		default: // a Rule, which leaves nothing before it to redo
			return 0, 0, nil
		}
	}
	return 0, 0, classify(rows.Err())
}

const eventColumns = `id, uid, claim_id, action, coalesce(target, 0), verdict, coalesce(superseded_by, 0),
	note, evidence, checker, at, coalesce(replaces, 0), app_version, ` + readingColumns + `, ` + figureColumns

type scanner interface{ Scan(...any) error }

// scanEvent scans a row of eventColumns, and of the columns after them
// into extra.
func scanEvent(row scanner, extra ...any) (factcheck.Event, error) {
	var e factcheck.Event
	var at string
	var cr correctionRow
	err := row.Scan(append(append([]any{&e.ID, &e.UID, &e.Claim, &e.Action, &e.Target, &e.Verdict, &e.SupersededBy,
		&e.Note, &e.Evidence, &e.Checker, &at, &e.Replaces, &e.Version}, cr.dest()...), extra...)...)
	if err != nil {
		return e, classify(err)
	}
	if err := cr.set(&e.Reading, &e.Outside); err != nil {
		return e, fmt.Errorf("event %d: %w", e.ID, err)
	}
	e.At, err = parseTime(at)
	return e, err
}

func event(ctx context.Context, tx *tx, id int64) (factcheck.Event, error) {
	e, err := scanEvent(tx.QueryRowContext(ctx, "SELECT "+eventColumns+" FROM rulings WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return e, fmt.Errorf("event %d: %w", id, factcheck.ErrNotFound)
	}
	return e, err
}

// History returns every event of a claim, oldest first. A claim never ruled
// on has none; an unknown claim gives factcheck.ErrNotFound.
func (s *Store) History(ctx context.Context, claim int64) (_ []factcheck.Event, err error) {
	defer s.annotate(&err)
	fail := func(err error) ([]factcheck.Event, error) {
		return nil, fmt.Errorf("history of claim %d: %w", claim, err)
	}
	var exists bool
	if err := s.db.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM claims WHERE id = ?)", claim).Scan(&exists); err != nil {
		return fail(classify(err))
	}
	if !exists {
		return fail(factcheck.ErrNotFound)
	}
	rows, err := s.db.QueryContext(ctx, "SELECT "+eventColumns+" FROM rulings WHERE claim_id = ? ORDER BY seq", claim)
	if err != nil {
		return fail(classify(err))
	}
	defer rows.Close()
	var out []factcheck.Event
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return fail(err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return fail(classify(err))
	}
	return out, nil
}

// maxRulingsSince bounds the events RulingsSince returns at once.
const maxRulingsSince = 1000

// LogSeq returns the log's order number (seq) of its latest event, 0 for
// an empty log: a window compares it with the one it read last to notice
// rulings made meanwhile, by another checker on the same server or by
// another program on the same file.
func (s *Store) LogSeq(ctx context.Context) (_ int64, err error) {
	defer s.annotate(&err)
	var seq int64
	if err := s.db.QueryRowContext(ctx, "SELECT coalesce(max(seq), 0) FROM rulings").Scan(&seq); err != nil {
		return 0, fmt.Errorf("read the log: %w", classify(err))
	}
	return seq, nil
}

// RulingsSince returns the events that follow seq in the log's order, at
// most maxRulingsSince of them, and the seq of the last it returns (seq
// when none).
func (s *Store) RulingsSince(ctx context.Context, seq int64) (_ []factcheck.Event, last int64, err error) {
	defer s.annotate(&err)
	rows, err := s.db.QueryContext(ctx, "SELECT "+eventColumns+", seq FROM rulings WHERE seq > ? ORDER BY seq LIMIT ?", seq, maxRulingsSince)
	if err != nil {
		return nil, seq, fmt.Errorf("read the log: %w", classify(err))
	}
	defer rows.Close()
	var out []factcheck.Event
	last = seq
	for rows.Next() {
		e, err := scanEvent(rows, &last)
		if err != nil {
			return nil, seq, fmt.Errorf("read the log: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, seq, fmt.Errorf("read the log: %w", classify(err))
	}
	return out, last, nil
}
