package main

import (
	"fmt"
	"regexp"
	"slices"
	"testing"
)

// Scenario 23: Ctrl+Shift+A assigns the selected claim's article to the
// checker, which the database records; a click on Mine lists that
// article's claims only, and V rules one of them; F2's progress view
// shows the checker's assigned claims.
func TestWindowAssign(t *testing.T) {
	s := newSession(t, "23-assign")
	const me = "Ann Assign"
	s.start("--checker", me)
	s.waitListed(0, s.db, startTimeout)
	s.waitGrouped(0) // the dialog names the article by its title, read with the groups
	all := s.listed(s.db)
	doc := articleOf(s.exported(s.db), all[0])
	theirs := s.listed(s.db, "--article", doc)
	if len(theirs) == 0 || len(theirs) == len(all) {
		t.Fatalf("the first claim's article %s has %d of the %d claims: the test needs it to have some, not all", doc, len(theirs), len(all))
	}

	s.key("Home")
	m := s.mark()
	s.key("ctrl+shift+a")
	s.waitLog(m, regexp.MustCompile(`^factcheck: dialog: Assign `), stepTimeout)
	s.key("Return") // the dialog offers the window's checker
	s.waitLog(m, regexp.MustCompile(`^factcheck: status: Assigned .* to `+me+`\.$`), stepTimeout)
	if got := s.listed(s.db, "--assigned", me); !slices.Equal(got, theirs) {
		t.Fatalf("the database lists %v as %s's, want the claims of %s: %v", got, me, doc, theirs)
	}

	s.clickText(area{0, 40, 470, 190}, "Mine")
	s.waitScreen(area{0, 170, 470, 35}, fmt.Sprintf("%d of %d claims", len(theirs), len(all)))
	s.shotAs("mine")
	s.key("Home", "v")
	ev := s.waitEvents(s.db, 1)
	if !slices.Contains(theirs, ev[0]["claim"]) {
		t.Errorf("V with Mine on ruled claim %s, not one of %s's %v", ev[0]["claim"], doc, theirs)
	}

	m = s.mark()
	s.key("F2")
	s.waitDialog(m, "Progress")
	s.waitScreen(area{320, 40, 640, 720}, me, fmt.Sprintf("1 of %d ruled", len(theirs)))
}
