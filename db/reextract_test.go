package db

import (
	"context"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// TestReextract stands in for an extractor upgrade: claims that an older
// extractor found and the current one does not are planted in the store.
// Re-extraction keeps every ruled claim (flagged orphaned), drops the
// unruled ones, and keeps IDs and rulings of the claims that come back.
func TestReextract(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	plant := func(text string) int64 {
		return plantClaim(t, s, claims[0].ArticleID, "old",
			factcheck.Claim{Start: 0, End: 3, Text: text, Kind: factcheck.Count, Value: factcheck.Value{Num: 3}})
	}
	ruledGone := plant("old ruled")
	supersederGone := plant("old superseder")
	unruledGone := plant("old unruled")
	kept := claims[1].ID
	rule := func(r factcheck.Ruling) {
		if _, err := s.Rule(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	rule(factcheck.Ruling{Claim: ruledGone, Verdict: factcheck.Disputed, Checker: "ann"})
	rule(factcheck.Ruling{Claim: kept, Verdict: factcheck.Superseded, SupersededBy: supersederGone, Checker: "ann"})
	rule(factcheck.Ruling{Claim: claims[2].ID, Verdict: factcheck.Verified, Checker: "bob", Note: "kept"})

	var calls int
	rep, err := ingest.Reextract(ctx, s, func(ingest.Progress) { calls++ })
	if err != nil {
		t.Fatal(err)
	}
	arts, _ := s.Articles(ctx)
	if rep.Articles != len(arts) || calls != len(arts) || rep.Claims != len(claims) || rep.Added != 0 || rep.Removed != 1 || rep.Orphaned != 2 {
		t.Errorf("report %+v (progress %d), want %d articles, %d claims, 1 removed, 2 orphaned", rep, calls, len(arts), len(claims))
	}
	after, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[int64]factcheck.Record{}
	for _, c := range after {
		byID[c.ID] = c
	}
	if len(after) != len(claims)+2 {
		t.Errorf("%d claims after, want %d", len(after), len(claims)+2)
	}
	for _, c := range claims {
		if a, ok := byID[c.ID]; !ok || a.Orphaned || !claimEqual(a.Claim, c.Claim) {
			t.Errorf("claim %d changed: %+v", c.ID, a)
		}
	}
	if c := byID[claims[2].ID]; c.Verdict != factcheck.Verified || c.Note != "kept" {
		t.Errorf("ruling lost: %+v", c.State)
	}
	for _, id := range []int64{ruledGone, supersederGone} {
		c, ok := byID[id]
		if !ok || !c.Orphaned || c.Group != "" {
			t.Errorf("claim %d: present %v orphaned %v group %q; want kept, orphaned, no group", id, ok, c.Orphaned, c.Group)
		}
	}
	if byID[ruledGone].Verdict != factcheck.Disputed {
		t.Errorf("orphaned claim lost its ruling: %+v", byID[ruledGone].State)
	}
	if _, ok := byID[unruledGone]; ok {
		t.Errorf("unruled claim %d no longer extracted was kept", unruledGone)
	}

	// A second run changes nothing.
	rep, err = ingest.Reextract(ctx, s, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 0 || rep.Removed != 0 {
		t.Errorf("second run: %+v", rep)
	}
}

// TestRulesOutdated follows a store made by earlier rules (schema 1, before
// the rules were recorded) through the migration that marks it, and the
// re-extraction that brings it up to date.
func TestRulesOutdated(t *testing.T) {
	fileOnly(t)
	ctx := context.Background()
	s, claims := mustSeed(t)
	outdated := func(want bool) {
		t.Helper()
		got, err := s.RulesOutdated(ctx)
		if err != nil || got != want {
			t.Fatalf("RulesOutdated = %t, %v; want %t", got, err, want)
		}
	}
	outdated(false) // the first import stamps the store
	if _, err := s.Rule(ctx, factcheck.Ruling{Claim: claims[0].ID, Verdict: factcheck.Verified, Checker: "ann"}); err != nil {
		t.Fatal(err)
	}
	// As a store of schema 1 made by rules 1 was:
	downgrade(t, s)
	if _, err := s.db.Exec("DELETE FROM meta WHERE key = 'rules'; PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	path := s.Path()
	s.Close()
	var err error
	if s, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	outdated(true)
	if _, err := ingest.Import(ctx, s, []string{seedsDir}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	outdated(true) // an import does not make the older claims current
	if _, err := ingest.Reextract(ctx, s, nil); err != nil {
		t.Fatal(err)
	}
	outdated(false)
	if c, err := s.Claim(ctx, claims[0].ID); err != nil || c.Verdict != factcheck.Verified {
		t.Errorf("after re-extraction the ruled claim is %+v, %v", c, err)
	}
}
