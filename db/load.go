package db

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/factcheck"
)

// claimColumns are what claimScanner reads of a claim c.
const claimColumns = `c.id, c.article_id, c.span_start, c.span_end, c.text, c.data, c.grp, c.suggestion, c.orphaned`

// stateColumns are what stateRow reads of a current_rulings r.
const stateColumns = `r.verdict, r.superseded_by, r.note, r.evidence, r.checker, r.at, r.events`

// loadClaims reads every claim without its state, in article order and
// then by span. It splits the table into ranges of IDs read on several
// connections at once.
func (s *Store) loadClaims(ctx context.Context) ([]Claim, error) {
	names := map[int64]string{}
	rows, err := s.db.QueryContext(ctx, "SELECT id, name FROM articles")
	if err != nil {
		return nil, classify(err)
	}
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			rows.Close()
			return nil, classify(err)
		}
		names[id] = name
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, classify(err)
	}
	var lo, hi, n int64
	if err := s.db.QueryRowContext(ctx, "SELECT coalesce(min(id), 0), coalesce(max(id), -1), count(*) FROM claims").Scan(&lo, &hi, &n); err != nil {
		return nil, classify(err)
	}
	parts := int64(runtime.GOMAXPROCS(0))
	out := make([][]Claim, parts)
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for p := range parts {
		from, to := lo+(hi-lo+1)*p/parts, lo+(hi-lo+1)*(p+1)/parts-1
		wg.Go(func() { out[p], errs[p] = s.loadPart(ctx, from, to, n/parts, names) })
	}
	wg.Wait()
	total := 0
	for p := range parts {
		if errs[p] != nil {
			return nil, errs[p]
		}
		total += len(out[p])
	}
	all := out[0]
	if parts > 1 {
		all = make([]Claim, 0, total)
		for _, part := range out {
			all = append(all, part...)
		}
	}
	// Claims are stored in article order unless re-extraction added some.
	less := func(a, b Claim) int {
		return cmp.Or(cmp.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.Start, b.Start),
			cmp.Compare(a.End, b.End), strings.Compare(a.Text, b.Text))
	}
	if !slices.IsSortedFunc(all, less) {
		slices.SortFunc(all, less)
	}
	return all, nil
}

// loadPart reads the claims with IDs from to to whose article is in names,
// the articles known when loading began.
func (s *Store) loadPart(ctx context.Context, from, to, size int64, names map[int64]string) ([]Claim, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+claimColumns+" FROM claims AS c WHERE c.id BETWEEN ? AND ?", from, to)
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	out := make([]Claim, 0, size+size/8)
	sc := newClaimScanner()
	for rows.Next() {
		out = append(out, Claim{})
		c := &out[len(out)-1]
		if err := sc.scan(rows, c); err != nil {
			return nil, err
		}
		name, ok := names[c.ArticleID]
		if !ok {
			out = out[:len(out)-1] // added since loading began
			continue
		}
		c.Doc = name
	}
	return out, classify(rows.Err())
}

// loadStates returns the State of every claim ruled on, by claim ID.
func (s *Store) loadStates(ctx context.Context) (map[int64]State, error) {
	states := map[int64]State{}
	rows, err := s.db.QueryContext(ctx, "SELECT r.claim_id, "+stateColumns+" FROM current_rulings AS r")
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	intern := map[string]string{}
	for rows.Next() {
		var id int64
		var st stateRow
		if err := rows.Scan(append([]any{&id}, st.dest()...)...); err != nil {
			return nil, classify(err)
		}
		var state State
		if err := st.set(&state); err != nil {
			return nil, fmt.Errorf("claim %d: %w", id, err)
		}
		if c, ok := intern[state.Checker]; ok {
			state.Checker = c
		} else {
			intern[state.Checker] = state.Checker
		}
		states[id] = state
	}
	return states, classify(rows.Err())
}

// claimScanner scans rows of claimColumns, sharing repeated strings.
type claimScanner struct {
	u        *unpacker
	textRaw  sql.RawBytes
	dataRaw  sql.RawBytes
	groupRaw sql.RawBytes
	sugRaw   sql.RawBytes
}

func newClaimScanner() *claimScanner { return &claimScanner{u: newUnpacker()} }

// scan reads a row of claimColumns, followed by the columns for extra,
// into c, all but c.Doc.
func (sc *claimScanner) scan(rows *sql.Rows, c *Claim, extra ...any) error {
	dest := append([]any{&c.ID, &c.ArticleID, &c.Start, &c.End, &sc.textRaw, &sc.dataRaw,
		&sc.groupRaw, &sc.sugRaw, &c.Orphaned}, extra...)
	if err := rows.Scan(dest...); err != nil {
		return classify(err)
	}
	c.Text = string(sc.textRaw)
	c.Group = string(sc.groupRaw)
	if err := sc.u.unpack(sc.dataRaw, &c.Claim); err != nil {
		return fmt.Errorf("claim %d: %w", c.ID, err)
	}
	if len(sc.sugRaw) > 0 {
		var err error
		if c.Suggestion, err = sc.u.unpackSuggestion(sc.sugRaw); err != nil {
			return fmt.Errorf("claim %d: suggestion: %w", c.ID, err)
		}
	}
	return nil
}

// stateRow holds the stateColumns of a row, which are NULL for a claim
// never ruled on.
type stateRow struct {
	verdict, note, evidence, checker, at sql.NullString
	supersededBy, events                 sql.NullInt64
}

func (r *stateRow) dest() []any {
	return []any{&r.verdict, &r.supersededBy, &r.note, &r.evidence, &r.checker, &r.at, &r.events}
}

func (r *stateRow) set(s *State) error {
	if !r.verdict.Valid {
		*s = State{}
		return nil
	}
	at, err := parseTime(r.at.String)
	if err != nil {
		return err
	}
	*s = State{Verdict: factcheck.Verdict(r.verdict.String), SupersededBy: r.supersededBy.Int64,
		Note: r.note.String, Evidence: r.evidence.String, Checker: r.checker.String, RuledAt: at,
		Events: int(r.events.Int64)}
	return nil
}
