package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/factcheck"
)

// TestLiveRulings: rulings another checker makes in the window's review
// show in the window with no action of its checker, who is told who
// ruled, and that a ruling of theirs was overtaken.
func TestLiveRulings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fake.db")
	st := newFakeStore(path)
	h := waitListed(t, openWindow(t, st, path, Options{Checker: testChecker, WatchLog: 10 * time.Millisecond}))
	ctx := context.Background()
	first, second := h.listed()[0], h.listed()[1]
	until := func(what string, ok func() bool) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); !ok(); {
			if time.Now().After(deadline) {
				t.Fatalf("%s: status %q", what, h.status.Text)
			}
			time.Sleep(10 * time.Millisecond)
			h.settle()
		}
	}

	if _, err := st.Rule(ctx, factcheck.Ruling{Claim: second.ID, Verdict: factcheck.Disputed, Checker: "Bo"}); err != nil {
		t.Fatal(err)
	}
	until("Bo's ruling shown", func() bool {
		i, _ := h.cat().lookup(second.ID)
		return h.cat().claims[i].Verdict == factcheck.Disputed && strings.Contains(h.status.Text, "Bo ruled “"+shorten(second.Text, 40)+"”: disputed.")
	})

	h.current = 0
	h.onRule(factcheck.Verified, notes{})
	h.settle()
	if _, err := st.Rule(ctx, factcheck.Ruling{Claim: first.ID, Verdict: factcheck.Disputed, Checker: "Bo"}); err != nil {
		t.Fatal(err)
	}
	until("the overtaken ruling told", func() bool {
		return strings.Contains(h.status.Text, "Your ruling of “"+shorten(first.Text, 40)+"” was overtaken by Bo's: disputed.")
	})
}
