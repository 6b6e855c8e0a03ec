package db

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/factcheck"
)

// stateColumns are what stateRow reads of a claim's latest event r and its
// number of events, events. When r is a correction (an amend or add
// event), the note, evidence, checker and time are those of the ruling in
// force, the latest other event (none: no note or evidence, the
// correction's checker and time): a correction's note says why the
// reading changed, not why the verdict holds, and is the correction's
// alone, in the history.
var stateColumns = `r.verdict, r.superseded_by,
	` + ofRuling("note", "''") + `, ` + ofRuling("evidence", "''") + `,
	` + ofRuling("checker", "r.checker") + `, ` + ofRuling("at", "r.at") + `, events,
	r.reading_kind, coalesce(r.reading_value, r.reading_value_date),
	coalesce(r.reading_end_value, r.reading_end_value_date), r.reading_unit, r.reading_qualifier, r.reading_subject,
	coalesce(r.outside_value, r.outside_value_date), r.outside_unit, r.outside_date, r.outside_source,
	EXISTS (SELECT 1 FROM rulings WHERE claim_id = r.claim_id AND action = 'add')`

// ofRuling selects column of the ruling in force of the claim whose latest
// event is r: r's own, or when r is a correction, the latest other
// event's, else orElse (see stateColumns).
func ofRuling(column, orElse string) string {
	return `CASE WHEN r.action IN ('amend', 'add') THEN coalesce((SELECT v.` + column + ` FROM rulings AS v
		WHERE v.claim_id = r.claim_id AND v.action NOT IN ('amend', 'add') ORDER BY v.at DESC, v.uid DESC LIMIT 1), ` + orElse + `)
		ELSE r.` + column + ` END`
}

// withState reads claimColumns, the article's name, stateColumns and
// suggestionColumns of the claims c it is completed with (WHERE, ORDER BY
// ending in sr.n), looking up each claim's latest event in the index: the
// way to read a few claims. A claim whose suggestion names claims (sr)
// has a row for each; scanWithState reads them into one Record. To read
// every claim, loadStates groups the whole log once instead.
var withState = `SELECT ` + claimColumns + `, a.name, ` + stateColumns + `, ` + suggestionColumns + ` FROM (SELECT c.*,
		(SELECT id FROM rulings WHERE claim_id = c.id ORDER BY at DESC, uid DESC LIMIT 1) AS latest,
		(SELECT count(*) FROM rulings WHERE claim_id = c.id) AS events
		FROM claims AS c) AS c
	JOIN articles AS a ON a.id = c.article_id
	LEFT JOIN rulings AS r ON r.id = c.latest
	LEFT JOIN suggestions AS sg ON sg.claim_id = c.id
	LEFT JOIN suggestion_refs AS sr ON sr.claim_id = c.id`

// suggestionColumns are what suggestionRow reads of a claim's suggestion
// sg and one of the claims it names, sr.
const suggestionColumns = `sg.verdict, sg.by_article, sg.by_span_start, sr.article, sr.span_start`

// loadClaims reads every claim without its state, in article order and
// then by span. It splits the articles into as many ranges of IDs as
// parts, read on as many connections at once, each into its own stretch
// of the result, from their packs (loadPacked).
func (s *Store) loadClaims(ctx context.Context, parts int) ([]factcheck.Record, error) {
	var names map[int64]string
	var sugs map[int64]*factcheck.Suggestion
	var namesErr, sugsErr error
	namesRead := make(chan struct{})
	go func() {
		defer close(namesRead)
		names, namesErr = s.articleNames(ctx)
		sugs, sugsErr = loadSuggestions(ctx, s.db)
	}()
	defer func() { <-namesRead }()

	var lo, hi int64
	err := s.db.QueryRowContext(ctx, `SELECT coalesce((SELECT min(article_id) FROM claims), 0),
		coalesce((SELECT max(article_id) FROM claims), -1)`).Scan(&lo, &hi)
	if err != nil {
		return nil, classify(err)
	}
	// The ranges' first articles, and the claims before each, counted in
	// one pass, so that each range's claims fill its stretch of the
	// result, and none is copied.
	span := hi - lo + 1
	first := make([]int64, parts)
	before := make([]int64, parts+1) // and every claim, last
	q, args, dest := "SELECT count(*)", []any{}, []any{&before[parts]}
	for p := range parts {
		first[p] = lo + span*int64(p)/int64(parts)
		if p > 0 {
			q += ", count(*) FILTER (WHERE article_id < ?)"
			args, dest = append(args, first[p]), append(dest, &before[p])
		}
	}
	if err := s.db.QueryRowContext(ctx, q+" FROM claims", args...).Scan(dest...); err != nil {
		return nil, classify(err)
	}
	n := before[parts]
	if n == 0 {
		return nil, nil
	}
	all := make([]factcheck.Record, n)
	stretch := make([][]factcheck.Record, parts)
	got := make([][]factcheck.Record, parts)
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for p := range parts {
		from, to := first[p], hi
		if p+1 < parts {
			to = first[p+1] - 1
		}
		stretch[p] = all[before[p]:before[p+1]]
		wg.Go(func() { got[p], errs[p] = s.loadPacked(ctx, from, to, stretch[p][:0:len(stretch[p])]) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	all = gather(all, got, stretch)

	<-namesRead
	if err := cmp.Or(namesErr, sugsErr); err != nil {
		return nil, err
	}
	all = nameArticles(all, names)
	attachSuggestions(all, sugs)
	// Packs are in article order, and the claims of articles not packed
	// come after them.
	if !slices.IsSortedFunc(all, compareClaims) {
		slices.SortFunc(all, compareClaims)
	}
	return all, nil
}

// gather puts together the parts got that were read into stretches of
// all: in place, unless a part outgrew its stretch.
func gather(all []factcheck.Record, got, stretch [][]factcheck.Record) []factcheck.Record {
	for p := range got {
		if len(got[p]) > len(stretch[p]) {
			out := make([]factcheck.Record, 0, len(all)+len(got[p]))
			for _, part := range got {
				out = append(out, part...)
			}
			return out
		}
	}
	k := 0
	for _, part := range got {
		k += copy(all[k:], part) // moves left, or not at all
	}
	clear(all[k:])
	return all[:k]
}

// nameArticles sets the Doc of every claim to its article's name, dropping
// the claims of articles added since names was read.
func nameArticles(claims []factcheck.Record, names map[int64]string) []factcheck.Record {
	k, id, name, ok := 0, int64(-1), "", false
	for i := range claims {
		c := &claims[i]
		if c.ArticleID != id {
			id = c.ArticleID
			name, ok = names[id]
		}
		if !ok {
			continue
		}
		c.Doc = name
		if k != i {
			claims[k] = *c
		}
		k++
	}
	clear(claims[k:])
	return claims[:k]
}

// compareClaims orders claims as Claims returns them.
func compareClaims(a, b factcheck.Record) int {
	return cmp.Or(cmp.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.Start, b.Start),
		cmp.Compare(a.End, b.End), strings.Compare(a.Text, b.Text))
}

// articleNames returns every article's name, by ID.
func (s *Store) articleNames(ctx context.Context) (map[int64]string, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id, name FROM articles")
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	names := map[int64]string{}
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			return nil, classify(err)
		}
		names[id] = name
	}
	return names, classify(rows.Err())
}

// loadStates returns the State of every claim ruled on, by claim ID.
func (s *Store) loadStates(ctx context.Context) (map[int64]factcheck.State, error) {
	states := map[int64]factcheck.State{}
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
		var state factcheck.State
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

// scanWithState reads the rows of withState, a claim's rows (one for each
// claim its suggestion names) into one Record.
func scanWithState(rows *sql.Rows) ([]factcheck.Record, error) {
	var out []factcheck.Record
	sc := newClaimScanner()
	var st stateRow
	var sug suggestionRow
	var c factcheck.Record
	dest := append(append([]any{&c.Doc}, st.dest()...), sug.dest()...)
	for rows.Next() {
		c = factcheck.Record{}
		if err := sc.scan(rows, &c, dest...); err != nil {
			return nil, err
		}
		if n := len(out); n > 0 && out[n-1].ID == c.ID {
			sug.addRef(out[n-1].Suggestion)
			continue
		}
		var state factcheck.State
		if err := st.set(&state); err != nil {
			return nil, fmt.Errorf("claim %d: %w", c.ID, err)
		}
		c.SetState(state)
		c.Suggestion = sug.suggestion(sc.strs)
		out = append(out, c)
	}
	return out, classify(rows.Err())
}

// suggestionRow holds the suggestionColumns of a row, which are NULL for a
// claim without a suggestion or whose suggestion names no claim.
type suggestionRow struct {
	verdict, byArticle, refArticle sql.NullString
	byStart, refStart              sql.NullInt64
}

func (r *suggestionRow) dest() []any {
	return []any{&r.verdict, &r.byArticle, &r.byStart, &r.refArticle, &r.refStart}
}

// suggestion returns the row's suggestion, or nil.
func (r *suggestionRow) suggestion(strs interner) *factcheck.Suggestion {
	if !r.verdict.Valid {
		return nil
	}
	s := &factcheck.Suggestion{Verdict: factcheck.Verdict(strs.get(r.verdict.String))}
	if r.byArticle.Valid {
		s.By = &factcheck.Ref{Doc: strs.get(r.byArticle.String), Start: int(r.byStart.Int64)}
	}
	r.addRef(s)
	return s
}

// addRef adds to s the claim the row names, if any.
func (r *suggestionRow) addRef(s *factcheck.Suggestion) {
	if s != nil && r.refArticle.Valid {
		s.With = append(s.With, factcheck.Ref{Doc: r.refArticle.String, Start: int(r.refStart.Int64)})
	}
}

// stateRow holds the stateColumns of a row, which are NULL for a claim
// never ruled on.
type stateRow struct {
	verdict, note, evidence, checker, at sql.NullString
	supersededBy, events                 sql.NullInt64
	corr                                 correctionRow
	added                                bool
}

func (r *stateRow) dest() []any {
	return append(append([]any{&r.verdict, &r.supersededBy, &r.note, &r.evidence, &r.checker, &r.at, &r.events},
		r.corr.dest()...), &r.added)
}

func (r *stateRow) set(s *factcheck.State) error {
	if !r.verdict.Valid {
		*s = factcheck.State{}
		return nil
	}
	at, err := parseTime(r.at.String)
	if err != nil {
		return err
	}
	*s = factcheck.State{Verdict: factcheck.Verdict(r.verdict.String), SupersededBy: r.supersededBy.Int64,
		Note: r.note.String, Evidence: r.evidence.String, Checker: r.checker.String, RuledAt: at,
		Events: int(r.events.Int64), Added: r.added}
	return r.corr.set(&s.Reading, &s.Outside)
}
