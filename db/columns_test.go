package db

import (
	"context"
	"database/sql"
	"math"
	"strconv"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

// TestClaimColumns reads the claims and suggestions of a store with plain
// SQL, as the sqlite3 shell would, and finds in the columns what Claims
// returns.
func TestClaimColumns(t *testing.T) {
	fileOnly(t)
	ctx := context.Background()
	s, claims := mustSeed(t)
	endDate, endNum := factcheck.Value{Date: "2023-11-02"}, factcheck.Value{Num: 2.5}
	plantClaim(t, s, claims[0].ArticleID, "", factcheck.Claim{Start: 0, End: 3, Text: "date range", Kind: factcheck.Date,
		Value: factcheck.Value{Date: "--11-01"}, EndValue: &endDate, Qualifier: factcheck.Approx, Sentence: "Café “quoted” \x00 bytes"})
	plantClaim(t, s, claims[0].ArticleID, "", factcheck.Claim{Start: 1, End: 4, Text: "money range", Kind: factcheck.Money,
		Value: factcheck.Value{Num: math.Inf(-1)}, EndValue: &endNum, Unit: "USD", SentenceEnd: math.MaxInt32})
	regroupAll(t, s)
	all, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	raw := rawDB(t, s.Path())
	var dates, ranges, sugs int
	for _, c := range all {
		var (
			kind, unit, qualifier, subject, sentence, text, group string
			value, endValue                                       sql.NullFloat64
			valueDate, endValueDate                               sql.NullString
			start, end, sentenceStart, sentenceEnd, orphaned      int64
			valueType                                             string
		)
		err := raw.QueryRow(`SELECT span_start, span_end, text, kind, value, typeof(value), value_date, end_value, end_value_date,
			unit, qualifier, subject, sentence, sentence_start, sentence_end, grp, orphaned FROM claims WHERE id = ?`, c.ID).Scan(
			&start, &end, &text, &kind, &value, &valueType, &valueDate, &endValue, &endValueDate,
			&unit, &qualifier, &subject, &sentence, &sentenceStart, &sentenceEnd, &group, &orphaned)
		if err != nil {
			t.Fatal(err)
		}
		if start != int64(c.Start) || end != int64(c.End) || text != c.Text || kind != string(c.Kind) || unit != c.Unit ||
			qualifier != string(c.Qualifier) || subject != c.Subject || sentence != c.Sentence ||
			sentenceStart != int64(c.SentenceStart) || sentenceEnd != int64(c.SentenceEnd) || group != c.Group || (orphaned == 1) != c.Orphaned {
			t.Errorf("claim %d: columns differ from %+v", c.ID, c)
		}
		if c.Value.IsDate() {
			dates++
			if value.Valid || valueDate.String != c.Value.Date || valueType != "null" {
				t.Errorf("claim %d: date %q in value %v (%s), value_date %v", c.ID, c.Value.Date, value, valueType, valueDate)
			}
		} else if valueDate.Valid || value.Float64 != c.Value.Num || valueType != "real" {
			t.Errorf("claim %d: number %v in value %v (%s), value_date %v", c.ID, c.Value.Num, value, valueType, valueDate)
		}
		switch e := c.EndValue; {
		case e == nil && (endValue.Valid || endValueDate.Valid):
			t.Errorf("claim %d: no range, end_value %v, end_value_date %v", c.ID, endValue, endValueDate)
		case e != nil:
			ranges++
			if e.IsDate() && (endValue.Valid || endValueDate.String != e.Date) || !e.IsDate() && (endValueDate.Valid || endValue.Float64 != e.Num) {
				t.Errorf("claim %d: end %v in end_value %v, end_value_date %v", c.ID, e, endValue, endValueDate)
			}
		}

		var verdict string
		var byArticle sql.NullString
		var byStart sql.NullInt64
		err = raw.QueryRow("SELECT verdict, by_article, by_span_start FROM suggestions WHERE claim_id = ?", c.ID).Scan(&verdict, &byArticle, &byStart)
		if c.Suggestion == nil {
			if err != sql.ErrNoRows {
				t.Errorf("claim %d: no suggestion, but a row (%v)", c.ID, err)
			}
			continue
		}
		sugs++
		if err != nil {
			t.Fatal(err)
		}
		g := c.Suggestion
		if verdict != string(g.Verdict) || (g.By == nil) == byArticle.Valid ||
			g.By != nil && (byArticle.String != g.By.Doc || byStart.Int64 != int64(g.By.Start)) {
			t.Errorf("claim %d: suggestion %+v in row %q %v %v", c.ID, g, verdict, byArticle, byStart)
		}
		refs := rawRows(t, raw, "SELECT article, span_start FROM suggestion_refs WHERE claim_id = "+strconv.FormatInt(c.ID, 10)+" ORDER BY n")
		if len(refs) != len(g.With) {
			t.Errorf("claim %d: %d refs, want %d", c.ID, len(refs), len(g.With))
			continue
		}
		for i, r := range g.With {
			if refs[i][0] != r.Doc || refs[i][1] != int64(r.Start) {
				t.Errorf("claim %d: ref %d is %v, want %v", c.ID, i, refs[i], r)
			}
		}
	}
	if dates == 0 || ranges < 2 || sugs == 0 {
		t.Errorf("%d dates, %d ranges, %d suggestions: the seeds lost what this tests", dates, ranges, sugs)
	}
}

// TestRegroupRewritesSuggestions: suggestions that differ from what
// grouping proposes, added, changed or dropped, are rewritten in place, and
// no row of the old ones is left.
func TestRegroupRewritesSuggestions(t *testing.T) {
	ctx := context.Background()
	s, _ := mustSeed(t)
	want, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var w suggestionWriter
	tx, err := s.db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	with := 0
	for i, c := range want {
		wrong := &factcheck.Suggestion{Verdict: factcheck.Disputed, With: []factcheck.Ref{{Doc: "x", Start: i}, {Doc: "y", Start: 1}}}
		switch {
		case c.Suggestion != nil && i%2 == 0:
			wrong = nil // dropped: regrouping adds it back
		case c.Suggestion != nil:
			wrong = &factcheck.Suggestion{Verdict: factcheck.Superseded, By: &factcheck.Ref{Doc: "z", Start: i}}
		}
		if err := w.add(ctx, tx, c.ID, c.Suggestion, wrong); err != nil {
			t.Fatal(err)
		}
		if c.Suggestion != nil {
			with += len(c.Suggestion.With)
		}
	}
	if err := w.flush(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	regroupAll(t, s)
	got, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sameClaims(t, "after Regroup", got, want)
	var refs int
	if err := s.db.QueryRow("SELECT count(*) FROM suggestion_refs").Scan(&refs); err != nil || refs != with {
		t.Errorf("%d rows of suggestion_refs, %v; want %d", refs, err, with)
	}
}

// TestValueColumnsRefuse: a value that is neither a number nor a date (a
// NaN, which SQLite stores as NULL), or both, is refused by the table; a
// number, a date or a range is stored.
func TestValueColumnsRefuse(t *testing.T) {
	s, claims := mustSeed(t)
	tests := []struct {
		name       string
		value      any
		valueDate  any
		end, endDt any
		ok         bool
	}{
		{"number", 1.0, nil, nil, nil, true},
		{"date range", nil, "--11-01", nil, "2023-11-02", true},
		{"NaN", math.NaN(), nil, nil, nil, false},
		{"neither", nil, nil, nil, nil, false},
		{"both", 1.0, "2023-11-02", nil, nil, false},
		{"end both", 1.0, nil, 2.0, "2023-11-02", false},
	}
	for _, tt := range tests {
		_, err := s.db.Exec(`INSERT INTO claims (article_id, span_start, span_end, text, `+claimFields+`)
			VALUES (?, 0, 1, ?, 'count', ?, ?, ?, ?, '', 'exact', '', '', 0, 1)`,
			claims[0].ArticleID, tt.name, tt.value, tt.valueDate, tt.end, tt.endDt)
		if (err == nil) != tt.ok {
			t.Errorf("%s: error %v, want stored %t", tt.name, err, tt.ok)
		}
	}
}
