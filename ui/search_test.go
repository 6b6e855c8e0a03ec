package ui

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/factcheck/factcheck/factcheck"
)

func TestSearchNarrowsTheList(t *testing.T) {
	h := newHarness(t)
	all := h.col.rowCount()
	tests := []struct {
		name  string
		query string
		// want holds for a listed claim; for the first one, the best
		// match, when first is set.
		want  func(c *factcheck.Claim) bool
		first bool
	}{
		{"word", "hostages", func(c *factcheck.Claim) bool { return strings.Contains(c.Text+c.Subject, "hostage") }, true},
		{"digits", "435", func(c *factcheck.Claim) bool { return strings.Contains(c.Text, "435") }, false},
		{"fuzzy with a letter missing", "hostges", func(c *factcheck.Claim) bool { return strings.Contains(c.Text+c.Subject, "hostage") }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h.col.search.SetText("")
			h.settle()
			test.Type(h.col.search, tt.query)
			h.settle()
			got := h.listed()
			if len(got) == 0 || len(got) >= all {
				t.Fatalf("%q lists %d of %d claims, want fewer but some", tt.query, len(got), all)
			}
			if tt.first && !tt.want(&got[0].Claim) {
				t.Errorf("%q lists first %q (%s), not the claim it names", tt.query, got[0].Text, got[0].Subject)
			}
			if !slices.ContainsFunc(got, func(c *factcheck.Record) bool { return tt.want(&c.Claim) }) {
				t.Errorf("%q does not list the claim it names", tt.query)
			}
			if c := h.col.count.Text; !strings.HasPrefix(c, thousands(len(got))+" of ") {
				t.Errorf("count reads %q, want %d of …", c, len(got))
			}
		})
	}
	h.col.search.SetText("")
	h.settle()
	if got := h.col.rowCount(); got != all {
		t.Errorf("an empty search lists %d claims, want all %d", got, all)
	}
}

func TestSearchWhileTypingRunsOnce(t *testing.T) {
	h := newHarness(t)
	before := h.col.searchGen
	test.Type(h.col.search, "hostages")
	h.settle()
	// Every keystroke schedules a search and cancels the one before, so
	// only the last search's result is shown.
	if got := h.col.searchGen - before; got != len("hostages") {
		t.Errorf("%d searches scheduled, want one a keystroke (%d)", got, len("hostages"))
	}
	for _, c := range h.listed()[:1] {
		if !strings.Contains(c.Text+c.Subject, "hostage") {
			t.Errorf("after typing, first claim is %q", c.Text)
		}
	}
}

func TestFilters(t *testing.T) {
	h := newHarness(t)
	all := h.col.rowCount()
	h.rule(factcheck.Ruling{Claim: h.cat().claims[0].ID, Verdict: factcheck.Disputed}, notes{})
	h.settle()
	tests := []struct {
		name    string
		kind    string
		verdict string
		keep    func(c *factcheck.Claim, v factcheck.Verdict) bool
	}{
		{"kind", "Date", allVerdicts, func(c *factcheck.Claim, _ factcheck.Verdict) bool { return c.Kind == factcheck.Date }},
		{"verdict", allKinds, "Disputed", func(_ *factcheck.Claim, v factcheck.Verdict) bool { return v == factcheck.Disputed }},
		{"unruled", allKinds, unruled, func(_ *factcheck.Claim, v factcheck.Verdict) bool { return v == factcheck.Unruled }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h.col.kinds.SetSelected(tt.kind)
			h.col.verdicts.SetSelected(tt.verdict)
			h.settle()
			got := h.listed()
			if len(got) == 0 || len(got) == all {
				t.Fatalf("lists %d of %d claims", len(got), all)
			}
			for _, c := range got {
				if !tt.keep(&c.Claim, c.Verdict) {
					t.Errorf("lists %q (%s, %q), which the filter drops", c.Text, c.Kind, c.Verdict)
				}
			}
		})
	}
	h.col.kinds.SetSelected(allKinds)
	h.col.verdicts.SetSelected(allVerdicts)
	h.settle()
	h.col.setArticle(h.cat().claims[0].Doc)
	h.settle()
	for _, c := range h.listed() {
		if c.Doc != h.cat().claims[0].Doc {
			t.Errorf("article filter lists a claim of %s", c.Doc)
		}
	}
}

// TestSearchWhileOpeningAnotherDatabase checks that the list never shows
// the hits of the database shown before: while the one just opened is
// indexed it lists none, and then its own.
func TestSearchWhileOpeningAnotherDatabase(t *testing.T) {
	dir := t.TempDir()
	first, other := filepath.Join(dir, "first.db"), filepath.Join(dir, "other.db")
	last := fakeArticles[len(fakeArticles)-1]
	stores := map[string]Store{first: newFakeStore(first), other: newFakeStore(other, last)}
	open := func(path string, _ bool) (Store, error) { return stores[path], nil }
	h := waitListed(t, openWindow(t, stores[first], first, Options{Open: open, Checker: testChecker}))
	test.Type(h.col.search, "hostages")
	h.settle()
	if len(h.listed()) < 2 {
		t.Fatalf("the search lists %d claims, want the hostages of two articles", len(h.listed()))
	}
	h.Open(other, false)
	h.step() // listed, not indexed yet
	if got := h.listed(); len(got) != 0 {
		t.Errorf("while indexing, the list shows %d claims, the first %q of %s", len(got), got[0].Text, got[0].Doc)
	}
	h.settle()
	got := h.listed()
	if len(got) == 0 || !strings.Contains(got[0].Text, "hostages") || got[0].Doc != last.name {
		t.Fatalf("once indexed, the list shows %d claims, want the hostages of %s first", len(got), last.name)
	}
	if c := h.selected(t); c.ID != got[0].ID {
		t.Errorf("the panels show %q, want the best hit %q", c.Text, got[0].Text)
	}
}

// TestOpenAnotherDatabaseShowsItsArticle checks that after another
// database opens, the claim panel shows its article's text, not the text
// of the article of the same number in the database before; and that the
// last import's summary, the other database's, is gone.
func TestOpenAnotherDatabaseShowsItsArticle(t *testing.T) {
	dir := t.TempDir()
	first, other := filepath.Join(dir, "first.db"), filepath.Join(dir, "other.db")
	a, b := fakeArticles[0], fakeArticles[len(fakeArticles)-1]
	stores := map[string]Store{first: newFakeStore(first, a), other: newFakeStore(other, b)}
	open := func(path string, _ bool) (Store, error) { return stores[path], nil }
	h := waitListed(t, openWindow(t, stores[first], first, Options{Open: open, Checker: testChecker}))
	h.focusList()
	h.settle()
	if !strings.Contains(h.claimPanel.text, "Rafah") {
		t.Fatalf("the first database's article is not shown: %.60q", h.claimPanel.text)
	}
	h.summary.show("Imported 1 article with 4 claims.", nil)
	h.Open(other, false)
	h.settle()
	h.focusList()
	h.settle()
	if c := h.selected(t); c.Doc != b.name {
		t.Fatalf("the panels show a claim of %s, want one of %s", c.Doc, b.name)
	}
	if strings.Contains(h.claimPanel.text, "Rafah") || !strings.Contains(h.claimPanel.text, strings.SplitN(b.text, "\n", 2)[0]) {
		t.Errorf("after opening %s the article shown is %.60q, want %s's", other, h.claimPanel.text, b.name)
	}
	if h.summary.box.Visible() {
		t.Errorf("the summary of the other database's import is still shown")
	}
}

// TestArticleFilterLabelKeepsItsWidth checks that the article filter's
// button names a long article shortened, so that choosing it does not
// widen the list's column over the claim and its article.
func TestArticleFilterLabelKeepsItsWidth(t *testing.T) {
	h := newHarness(t)
	all := h.col.article.MinSize().Width
	h.col.setDoc("020_michigan-repeals-right-to-work-law-in-historic-win.txt")
	if got := h.col.article.Text; !strings.HasSuffix(got, "…") || len([]rune(got)) > len([]rune("Article: "))+18 {
		t.Errorf("the button reads %q, want the name shortened", got)
	}
	// the row holds the button and the two check boxes, in the list's
	// share of a 1280-wide window (0.36)
	pad := theme.Padding()
	if w := h.col.article.MinSize().Width + h.col.suggested.MinSize().Width + h.col.mine.MinSize().Width + 2*pad; w > 0.36*1280 {
		t.Errorf("the row is %.0f wide with the article (the button %.0f, %.0f with all): it widens the column", w, h.col.article.MinSize().Width, all)
	}
}

// TestEscapeLeavesTheSearch checks that Escape in a search field that
// holds a query clears it and hands the keys back to the list at once, on
// the claim the search had selected, so that a key rules it.
func TestEscapeLeavesTheSearch(t *testing.T) {
	h := newHarness(t)
	all := h.col.rowCount()
	h.win.Canvas().Focus(h.col.search)
	test.Type(h.col.search, "hostages")
	h.settle()
	hit := h.selected(t)
	h.press(fyne.KeyEscape)
	if h.col.search.Text != "" || h.col.rowCount() != all {
		t.Fatalf("after Escape the search reads %q and lists %d of %d claims", h.col.search.Text, h.col.rowCount(), all)
	}
	if f := h.win.Canvas().Focused(); f == fyne.Focusable(h.col.search) {
		t.Fatal("after Escape the search field still has the keys")
	}
	h.press(fyne.KeyV)
	if got := h.stored(t, hit.ID); got.Verdict != factcheck.Verified {
		t.Errorf("V after Escape left %q (%q) %q, want it verified", hit.Text, hit.Subject, got.Verdict)
	}
}

// TestStatusBarKeepsItsParts checks that the status message ends where the
// checker and database begin when they change (a longer checker's name):
// a long message is cut, not drawn under them.
func TestStatusBarKeepsItsParts(t *testing.T) {
	h := newHarness(t)
	h.setStatus(strings.Repeat("a long message about the rulings of others ", 8))
	h.askChecker(nil)
	name := h.win.Canvas().Focused().(*dialogEntry)
	name.SetText("Bartholomew Longname-Checker")
	name.OnSubmitted(name.Text)
	h.settle()
	if !strings.Contains(h.where.Text, "Bartholomew") {
		t.Fatalf("the status bar reads %q, not the new checker", h.where.Text)
	}
	if end, start := h.status.Position().X+h.status.Size().Width, h.where.Position().X; end > start+1 {
		t.Errorf("the message ends at %.0f, past where the checker begins, %.0f", end, start)
	}
}

// TestOpeningAHiddenClaimSaysTheSearchIsCleared checks that opening a
// claim the search hides (from the claims about the same thing) clears
// the search and says so, naming the search and the claim.
func TestOpeningAHiddenClaimSaysTheSearchIsCleared(t *testing.T) {
	h := newHarness(t)
	h.win.Canvas().Focus(h.col.search)
	test.Type(h.col.search, "hostages")
	h.settle()
	hidden := -1
	for i := range h.cat().claims {
		if !strings.Contains(h.cat().claims[i].Text, "hostages") {
			hidden = i
			break
		}
	}
	h.onOpenClaim(hidden)
	h.settle()
	if h.col.search.Text != "" || h.current != hidden {
		t.Fatalf("search %q, claim %d shown, want the search cleared and claim %d", h.col.search.Text, h.current, hidden)
	}
	if s := h.status.Text; !strings.Contains(s, "The search “hostages” and the filters were cleared to show “"+oneLine(h.cat().claims[hidden].Text)) {
		t.Errorf("status %q does not say the search was cleared", s)
	}
}

// TestEscapeOnTheListClearsTheSearch checks that Escape on the list, as in
// the search field, lists every claim again on the claim selected.
func TestEscapeOnTheListClearsTheSearch(t *testing.T) {
	h := newHarness(t)
	all := h.col.rowCount()
	test.Type(h.col.search, "hostages")
	h.settle()
	h.focusList()
	h.press(fyne.KeyDown)
	c := h.selected(t)
	h.press(fyne.KeyEscape)
	if got := h.col.search.Text; got != "" {
		t.Errorf("Escape on the list left the search %q", got)
	}
	if got := h.col.rowCount(); got != all {
		t.Errorf("Escape on the list lists %d claims, want all %d", got, all)
	}
	if got := h.selected(t); got.ID != c.ID {
		t.Errorf("after Escape %q is selected, want %q, the claim selected before", got.Text, c.Text)
	}
}
