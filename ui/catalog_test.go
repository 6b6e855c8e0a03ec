package ui

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

// TestCarryOver checks that the rulings shown while only the first claims
// are listed reach the complete listing, read before they were made.
func TestCarryOver(t *testing.T) {
	claims := make([]factcheck.Record, 10)
	for i := range claims {
		claims[i].ID = int64(i + 1)
		claims[i].Doc = "a.txt"
	}
	claims[9].State = factcheck.State{Verdict: factcheck.Disputed, Checker: "ann", Events: 1}

	part := newCatalog(append([]factcheck.Record(nil), claims[:4]...))
	part.partial, part.changed = true, map[int64]factcheck.State{}
	full := newCatalog(claims) // read before the rulings below

	verified := factcheck.State{Verdict: factcheck.Verified, Checker: "bob", Events: 1}
	if i, ok := part.update(2, verified); !ok || i != 1 || part.claims[1].Verdict != factcheck.Verified {
		t.Fatalf("update of a listed claim: index %d, %t", i, ok)
	}
	cleared := factcheck.State{Verdict: factcheck.Cleared, Checker: "ann", Events: 2}
	if _, ok := part.update(10, cleared); ok {
		t.Fatal("update found a claim the first listing does not hold")
	}
	part.carryOver(full)
	if got := full.claims[1].State; got != verified {
		t.Errorf("claim 2 is %+v, want %+v", got, verified)
	}
	if got := full.claims[9].State; got != cleared {
		t.Errorf("claim 10 is %+v, want %+v", got, cleared)
	}
	if full.tally.ruled != 1 || full.tally.disputed != 0 || full.tally.claims != 10 {
		t.Errorf("tally %+v, want 10 claims, 1 ruled, 0 disputed", full.tally)
	}
}
