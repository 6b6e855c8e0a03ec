package db

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
)

// A suggestion is a row of suggestions (its verdict, and By as by_article
// and by_span_start) and a row of suggestion_refs for each claim in With,
// numbered n from 0 in order.

// loadSuggestions returns the suggestions of the claims whose IDs the SQL
// claims selects (a SELECT of one column, with args), or of every claim
// when claims is "", by claim ID.
func loadSuggestions(ctx context.Context, q dbtx, claims string, args ...any) (map[int64]*factcheck.Suggestion, error) {
	query := `SELECT s.claim_id, s.verdict, s.by_article, s.by_span_start, r.article, r.span_start
		FROM suggestions AS s LEFT JOIN suggestion_refs AS r ON r.claim_id = s.claim_id`
	if claims != "" {
		query += " WHERE s.claim_id IN (" + claims + ")"
	}
	rows, err := q.QueryContext(ctx, query+" ORDER BY s.claim_id, r.n", args...)
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

// A suggestionWriter replaces the suggestions of claims: add collects
// them, flush writes them in tx, maxRows rows a statement.
type suggestionWriter struct {
	ids  []any // the claims whose suggestions are replaced
	rows []any // suggestions: claim_id, verdict, by_article, by_span_start
	refs []any // suggestion_refs: claim_id, n, article, span_start
}

// add has the suggestion of claim id replaced by s; nil drops it.
func (w *suggestionWriter) add(id int64, s *factcheck.Suggestion) {
	w.ids = append(w.ids, id)
	if s == nil {
		return
	}
	var byArticle, byStart any
	if s.By != nil {
		byArticle, byStart = s.By.Doc, int64(s.By.Start)
	}
	w.rows = append(w.rows, id, string(s.Verdict), byArticle, byStart)
	for n, r := range s.With {
		w.refs = append(w.refs, id, int64(n), r.Doc, int64(r.Start))
	}
}

// flush writes what add collected.
func (w *suggestionWriter) flush(ctx context.Context, tx dbtx) error {
	for ids := range slices.Chunk(w.ids, maxRows) {
		in := " WHERE claim_id IN (?" + strings.Repeat(", ?", len(ids)-1) + ")"
		if _, err := tx.ExecContext(ctx, "DELETE FROM suggestion_refs"+in, ids...); err != nil {
			return classify(err)
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM suggestions"+in, ids...); err != nil {
			return classify(err)
		}
	}
	for rows := range slices.Chunk(w.rows, 4*maxRows) {
		_, err := tx.ExecContext(ctx, "INSERT INTO suggestions (claim_id, verdict, by_article, by_span_start) VALUES "+
			insertRows(len(rows)/4, 4), rows...)
		if err != nil {
			return classify(err)
		}
	}
	for refs := range slices.Chunk(w.refs, 4*maxRows) {
		_, err := tx.ExecContext(ctx, "INSERT INTO suggestion_refs (claim_id, n, article, span_start) VALUES "+
			insertRows(len(refs)/4, 4), refs...)
		if err != nil {
			return classify(err)
		}
	}
	w.ids, w.rows, w.refs = w.ids[:0], w.rows[:0], w.refs[:0]
	return nil
}
