package db

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
)

// A suggestion is a row of suggestions (its verdict, and By as by_article
// and by_span_start) and a row of suggestion_refs for each claim in With,
// numbered n from 0 in order.

// loadSuggestions returns every claim's suggestion, by claim ID.
func loadSuggestions(ctx context.Context, q dbtx) (map[int64]*factcheck.Suggestion, error) {
	rows, err := q.QueryContext(ctx, `SELECT s.claim_id, s.verdict, s.by_article, s.by_span_start, r.article, r.span_start
		FROM suggestions AS s LEFT JOIN suggestion_refs AS r ON r.claim_id = s.claim_id
		ORDER BY s.claim_id, r.n`)
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	out := map[int64]*factcheck.Suggestion{}
	strs := interner{}
	var vals [6]any
	dest := []any{&vals[0], &vals[1], &vals[2], &vals[3], &vals[4], &vals[5]}
	var last *factcheck.Suggestion
	var lastID int64
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, classify(err)
		}
		var r valueReader
		id := r.int(vals[0])
		if last == nil || id != lastID {
			last, lastID = &factcheck.Suggestion{Verdict: factcheck.Verdict(strs.get(r.str(vals[1])))}, id
			if vals[2] != nil {
				last.By = &factcheck.Ref{Doc: strs.get(r.str(vals[2])), Start: int(r.int(vals[3]))}
			}
			out[id] = last
		}
		if vals[4] != nil {
			last.With = append(last.With, factcheck.Ref{Doc: strs.get(r.str(vals[4])), Start: int(r.int(vals[5]))})
		}
		if r.err != nil {
			return nil, fmt.Errorf("claim %d: suggestion: %w", id, r.err)
		}
	}
	return out, classify(rows.Err())
}

// attachSuggestions sets the Suggestion of every claim that has one in
// sugs.
func attachSuggestions(claims []factcheck.Record, sugs map[int64]*factcheck.Suggestion) {
	if len(sugs) == 0 {
		return
	}
	for i := range claims {
		if s, ok := sugs[claims[i].ID]; ok {
			claims[i].Suggestion = s
		}
	}
}

// equalSuggestion reports whether a and b propose the same.
func equalSuggestion(a, b *factcheck.Suggestion) bool {
	if a == nil || b == nil {
		return a == b
	}
	if (a.By == nil) != (b.By == nil) || a.By != nil && *a.By != *b.By {
		return false
	}
	return a.Verdict == b.Verdict && slices.Equal(a.With, b.With)
}

// A suggestionWriter replaces the suggestions of claims in one
// transaction: add collects the changes, flush writes them, maxRows rows
// a statement, of a power of two rows each so that few are prepared.
type suggestionWriter struct {
	drop     []any // claims whose suggestion goes
	dropRefs []any // of those, the claims whose suggestion named claims
	rows     []any // suggestions: claim_id, verdict, by_article, by_span_start
	refs     []any // suggestion_refs: claim_id, n, article, span_start
	full     map[string]*sql.Stmt
}

// unknownSuggestion stands for a suggestion old that is not known: add
// then deletes whatever rows the claim has.
var unknownSuggestion = &factcheck.Suggestion{With: []factcheck.Ref{{}}}

// add has claim id's suggestion old replaced by s (nil: none), and
// writes what it collected once it holds maxRows suggestions.
func (w *suggestionWriter) add(ctx context.Context, tx dbtx, id int64, old, s *factcheck.Suggestion) error {
	if equalSuggestion(old, s) {
		return nil
	}
	if old != nil {
		w.drop = append(w.drop, id)
		if len(old.With) > 0 {
			w.dropRefs = append(w.dropRefs, id)
		}
	}
	if s != nil {
		var byArticle, byStart any
		if s.By != nil {
			byArticle, byStart = s.By.Doc, int64(s.By.Start)
		}
		w.rows = append(w.rows, id, string(s.Verdict), byArticle, byStart)
		for n, r := range s.With {
			w.refs = append(w.refs, id, int64(n), r.Doc, int64(r.Start))
		}
	}
	if len(w.rows) < 4*maxRows && len(w.drop) < maxRows {
		return nil
	}
	return w.flush(ctx, tx)
}

// flush writes what add collected: the old rows are deleted first.
func (w *suggestionWriter) flush(ctx context.Context, tx dbtx) error {
	in := func(n int) string { return " WHERE claim_id IN (?" + strings.Repeat(", ?", n-1) + ")" }
	steps := []struct {
		args  []any
		width int
		query func(n int) string
	}{
		{w.dropRefs, 1, func(n int) string { return "DELETE FROM suggestion_refs" + in(n) }},
		{w.drop, 1, func(n int) string { return "DELETE FROM suggestions" + in(n) }},
		{w.rows, 4, func(n int) string {
			return "INSERT INTO suggestions (claim_id, verdict, by_article, by_span_start) VALUES " + insertRows(n, 4)
		}},
		{w.refs, 4, func(n int) string {
			return "INSERT INTO suggestion_refs (claim_id, n, article, span_start) VALUES " + insertRows(n, 4)
		}},
	}
	for _, st := range steps {
		for args := st.args; len(args) > 0; {
			n := chunkRows(len(args) / st.width)
			if err := w.exec(ctx, tx, st.query(n), args[:n*st.width]); err != nil {
				return err
			}
			args = args[n*st.width:]
		}
	}
	w.drop, w.dropRefs, w.rows, w.refs = w.drop[:0], w.dropRefs[:0], w.rows[:0], w.refs[:0]
	return nil
}

// exec runs query in tx, prepared once a transaction (through a
// changeWriter, once for the store).
func (w *suggestionWriter) exec(ctx context.Context, tx dbtx, query string, args []any) error {
	stmt := w.full[query]
	if stmt == nil {
		var err error
		if stmt, err = tx.PrepareContext(ctx, query); err != nil {
			return classify(err)
		}
		if w.full == nil {
			w.full = map[string]*sql.Stmt{}
		}
		w.full[query] = stmt
	}
	_, err := stmt.ExecContext(ctx, args...)
	return classify(err)
}
