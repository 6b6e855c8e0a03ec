package db

import (
	"context"
	"encoding/csv"
	"errors"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// TestAmend: the checker's reading replaces the extractor's in what the
// store returns, keeps the verdict and its note, shows the original, and
// undoes and redoes as any event.
func TestAmend(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	c := claims[0]
	if _, err := s.Rule(ctx, factcheck.Ruling{Claim: c.ID, Verdict: factcheck.Verified, Checker: "ann", Note: "checked"}); err != nil {
		t.Fatal(err)
	}
	orig := factcheck.ReadingOf(&c.Claim)
	read := orig
	read.Kind, read.Value, read.Unit, read.Qualifier, read.Subject = factcheck.Count, factcheck.Value{Num: 42}, "", factcheck.Approx, "soldiers killed a day"
	read.Range, read.EndValue = false, factcheck.Value{}
	e, err := s.Amend(ctx, factcheck.Ruling{Claim: c.ID, Reading: read, Checker: "ann", Note: "misread", Evidence: "https://example.org/a"})
	if err != nil {
		t.Fatal(err)
	}
	if e.Action != factcheck.Amend || e.Verdict != factcheck.Verified {
		t.Errorf("amend event %+v: want action amend keeping the verdict", e)
	}
	got, err := s.Claim(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if factcheck.ReadingOf(&got.Claim) != read || got.Extracted == nil || *got.Extracted != orig || got.Verdict != factcheck.Verified {
		t.Errorf("amended claim %+v (extracted %+v)", got.Claim, got.Extracted)
	}
	// The verdict's note stays the ruling's: the amendment's is its own.
	if got.Note != "checked" || got.Evidence != "" || got.Checker != "ann" {
		t.Errorf("amended claim's ruling: note %q, evidence %q, by %q; want the ruling's note, %q", got.Note, got.Evidence, got.Checker, "checked")
	}
	all, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range all {
		if a.ID == c.ID && (factcheck.ReadingOf(&a.Claim) != read || a.Extracted == nil) {
			t.Errorf("Claims: %+v, want the checker's reading", a.Claim)
		}
	}
	// A verdict keeps the reading in force.
	if _, err := s.Rule(ctx, factcheck.Ruling{Claim: c.ID, Verdict: factcheck.Unverifiable, Checker: "bob"}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Claim(ctx, c.ID); factcheck.ReadingOf(&got.Claim) != read || got.Verdict != factcheck.Unverifiable {
		t.Errorf("after a verdict: %+v %q", got.Claim, got.Verdict)
	}
	if _, err := s.Undo(ctx, "bob"); err != nil {
		t.Fatal(err)
	}
	// ann's undo takes the amendment back, and her redo gives it again.
	if _, err := s.Undo(ctx, "ann"); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Claim(ctx, c.ID)
	if factcheck.ReadingOf(&got.Claim) != orig || got.Extracted != nil || got.Verdict != factcheck.Verified {
		t.Errorf("after undo: %+v (extracted %v) %q", got.Claim, got.Extracted, got.Verdict)
	}
	if _, err := s.Redo(ctx, "ann"); err != nil {
		t.Fatal(err)
	}
	if got, _ = s.Claim(ctx, c.ID); factcheck.ReadingOf(&got.Claim) != read {
		t.Errorf("after redo: %+v", got.Claim)
	}
	// The extractor's own reading is no amendment.
	if e, err := s.Amend(ctx, factcheck.Ruling{Claim: c.ID, Reading: orig, Checker: "ann"}); err != nil || !e.Reading.IsZero() {
		t.Errorf("amend back to the extractor's: %+v, %v", e.Reading, err)
	}
	h, err := s.History(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 7 || h[1].Reading != read || h[1].Note != "misread" {
		t.Errorf("history: %d events, second %+v", len(h), h[1])
	}
	// A reading that is not one writes nothing.
	bad := read
	bad.Kind = "weight"
	if _, err := s.Amend(ctx, factcheck.Ruling{Claim: c.ID, Reading: bad, Checker: "ann"}); !errors.Is(err, factcheck.ErrBadReading) {
		t.Errorf("bad kind: %v", err)
	}
	if _, err := s.Amend(ctx, factcheck.Ruling{Claim: 1 << 40, Reading: read, Checker: "ann"}); !errors.Is(err, factcheck.ErrNotFound) {
		t.Errorf("no such claim: %v", err)
	}
	if h2, _ := s.History(ctx, c.ID); len(h2) != len(h) {
		t.Errorf("refused amendments wrote %d events", len(h2)-len(h))
	}
}

// TestAddClaim: a claim a checker adds is listed as added, outlives
// re-extraction unflagged, cannot be added twice, and an undo withdraws it.
func TestAddClaim(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	art := claims[0].ArticleID
	text, err := s.ArticleText(ctx, art)
	if err != nil {
		t.Fatal(err)
	}
	// The first word of the article, which no claim is.
	end := strings.IndexAny(text, " \n")
	nl := strings.IndexByte(text, '\n')
	c := factcheck.Claim{Start: 0, End: end, Text: text[:end], Kind: factcheck.Count, Value: factcheck.Value{Num: 1},
		Qualifier: factcheck.Exact, Subject: "word", Sentence: text[:nl], SentenceStart: 0, SentenceEnd: nl}
	read := factcheck.ReadingOf(&c)
	read.Value.Num = 2
	e, err := s.AddClaim(ctx, art, c, factcheck.Ruling{Reading: read, Checker: "ann", Note: "missed"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Claim(ctx, e.Claim)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Added || got.Value.Num != 2 || got.Extracted == nil || got.Extracted.Value.Num != 1 || got.Ruled() {
		t.Errorf("added claim: %+v added %v extracted %v verdict %q", got.Claim, got.Added, got.Extracted, got.Verdict)
	}
	if got.Note != "" || got.Checker != "ann" {
		t.Errorf("added claim, not ruled: note %q by %q; want no note of a verdict (the addition's is its own), by ann", got.Note, got.Checker)
	}
	all, err := s.Claims(ctx) // states read the other way, the whole log at once
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range all {
		if a.ID == e.Claim && (a.Note != "" || a.Checker != "ann") {
			t.Errorf("Claims: the added claim's note %q by %q", a.Note, a.Checker)
		}
	}
	if _, err := s.AddClaim(ctx, art, c, factcheck.Ruling{Checker: "ann"}); !errors.Is(err, factcheck.ErrConflict) {
		t.Errorf("added twice: %v", err)
	}
	moved := c
	moved.Start++
	if _, err := s.AddClaim(ctx, art, moved, factcheck.Ruling{Checker: "ann"}); !errors.Is(err, factcheck.ErrNotFound) {
		t.Errorf("a span that is not the text: %v", err)
	}
	rep, err := ingest.ReextractArticles(ctx, s, []int64{art})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Orphaned != 0 {
		t.Errorf("re-extraction orphaned %d claims", rep.Orphaned)
	}
	if got, err = s.Claim(ctx, e.Claim); err != nil || got.Orphaned || !got.Added {
		t.Fatalf("after re-extraction: %+v, %v", got, err)
	}
	if _, err := s.Undo(ctx, "ann"); err != nil {
		t.Fatal(err)
	}
	if got, _ = s.Claim(ctx, e.Claim); got.Verdict != factcheck.Dismissed {
		t.Errorf("an undone add leaves %q, want dismissed", got.Verdict)
	}
}

// TestSupersededByOutsideFigure: a figure from outside the review
// supersedes a claim, and is kept and read back whole.
func TestSupersededByOutsideFigure(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	fig := factcheck.Figure{Value: factcheck.Value{Num: 11078}, Unit: "", Date: "2023-11-12", Source: "https://example.org/toll"}
	c := claims[1].ID
	if _, err := s.Rule(ctx, factcheck.Ruling{Claim: c, Verdict: factcheck.Superseded, Outside: fig, Checker: "ann"}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Claim(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if got.Verdict != factcheck.Superseded || got.Outside != fig || got.SupersededBy != 0 {
		t.Errorf("state %+v", got.State)
	}
	for _, r := range []factcheck.Ruling{
		{Claim: c, Verdict: factcheck.Superseded, Outside: factcheck.Figure{Value: factcheck.Value{Num: 1}}, Checker: "ann"},
		{Claim: c, Verdict: factcheck.Superseded, Outside: fig, SupersededBy: claims[0].ID, Checker: "ann"},
		{Claim: c, Verdict: factcheck.Verified, Outside: fig, Checker: "ann"},
	} {
		if _, err := s.Rule(ctx, r); err == nil {
			t.Errorf("%+v was let through", r)
		}
	}
}

// TestDismissedLeavesItsGroup: a claim ruled not a claim is grouped with
// nothing once its article is grouped again, and returns when undone.
func TestDismissedLeavesItsGroup(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	var c *factcheck.Record
	for i := range claims {
		if claims[i].Group != "" {
			c = &claims[i]
			break
		}
	}
	if c == nil {
		t.Fatal("the seeds gave no group")
	}
	if _, err := s.Rule(ctx, factcheck.Ruling{Claim: c.ID, Verdict: factcheck.Dismissed, Checker: "ann"}); err != nil {
		t.Fatal(err)
	}
	if err := ingest.Regroup(ctx, s); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Claim(ctx, c.ID); got.Group != "" {
		t.Errorf("a dismissed claim is in group %q", got.Group)
	}
	if _, err := s.Undo(ctx, "ann"); err != nil {
		t.Fatal(err)
	}
	if err := ingest.Regroup(ctx, s); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Claim(ctx, c.ID); got.Group == "" {
		t.Error("the claim did not return to a group")
	}
}

// TestHistoryExportKeepsCorrections: the history export gives each event's
// outside figure and the checker's reading, as the store keeps them.
func TestHistoryExportKeepsCorrections(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	fig := factcheck.Figure{Value: factcheck.Value{Num: 11078}, Date: "2023-11-12", Source: "https://example.org/toll"}
	if _, err := s.Rule(ctx, factcheck.Ruling{Claim: claims[1].ID, Verdict: factcheck.Superseded, Outside: fig, Checker: "ann"}); err != nil {
		t.Fatal(err)
	}
	read := factcheck.ReadingOf(&claims[0].Claim)
	read.Kind, read.Value, read.Unit, read.Qualifier, read.Subject = factcheck.Count, factcheck.Value{Num: 42}, "", factcheck.Approx, "soldiers"
	read.Range, read.EndValue = false, factcheck.Value{}
	if _, err := s.Amend(ctx, factcheck.Ruling{Claim: claims[0].ID, Reading: read, Checker: "ann"}); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := s.ExportTo(ctx, &b, true); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(b.String())).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("history: %d rows (%v), want header and 2 events", len(rows), err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	if r := rows[1]; r[col["superseded_by_value"]] != "11078" || r[col["superseded_by_date"]] != "2023-11-12" || r[col["superseded_by_source"]] != fig.Source {
		t.Errorf("the outside figure's event: %q", r)
	}
	if r := rows[2]; r[col["value"]] != "42" || r[col["subject"]] != "soldiers" || r[col["qualifier"]] != "approx" {
		t.Errorf("the amendment's event: %q", r)
	}
}
