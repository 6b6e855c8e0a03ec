package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/factcheck/factcheck/factcheck"
)

// TestSidePanelCountsElsewhereApart checks that the group's heading counts
// only the claims of other articles as "elsewhere", and the claims of the
// selected claim's own article under their own label.
func TestSidePanelCountsElsewhereApart(t *testing.T) {
	test.NewTempApp(t)
	p := &sidePanel{OnOpen: func(int) {}, OnLeave: func() {}}
	test.NewTempWindow(t, p.build())
	c := goldenClaim("18 dlrs", factcheck.Money, 18, factcheck.Unruled, false)
	same := goldenClaim("21 dlrs", factcheck.Money, 21, factcheck.Unruled, false)
	other := goldenClaim("21 dlrs", factcheck.Money, 21, factcheck.Unruled, false)
	other.Doc = "later.txt"
	group := []groupItem{
		{index: 1, claim: other, article: "Later", why: "the same price"},
		{index: 2, claim: same, article: "Opec", why: "the figure after the change"},
	}
	p.show(c, "", notes{}, false, group, true, "", false)
	if got := p.groupTitle.Text; got != "SAME FACT ELSEWHERE (1)" {
		t.Errorf("group heading = %q, want one claim elsewhere", got)
	}
	var labels []string
	for _, o := range p.group.Objects {
		if l, ok := o.(*widget.Label); ok {
			labels = append(labels, l.Text)
		}
	}
	if len(labels) != 1 || labels[0] != "Also in this article (1):" {
		t.Errorf("labels in the group = %q, want the one of this article's claims", labels)
	}
}

// TestApplyingTheSuggestion checks that applying a suggestion to supersede
// rules the claim superseded by the claim it names, that the status names
// that claim, and that the suggestion then reads as followed, without its
// button; a ruling that departs from it sets it aside, still without its
// button (G applies it over the ruling), until the verdict is cleared.
func TestApplyingTheSuggestion(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	c := h.selected(t)
	if c.Suggestion == nil || c.Suggestion.Verdict != factcheck.Superseded {
		t.Fatalf("the first claim, %q, has no suggestion to supersede it", c.Text)
	}
	if h.side.applyButton.Hidden {
		t.Fatal("the suggestion of an unruled claim has no button")
	}
	h.side.apply()
	h.settle()
	got := h.stored(t, c.ID)
	by := h.stored(t, got.SupersededBy)
	if got.Verdict != factcheck.Superseded || by.Text != "500 foreign nationals" {
		t.Fatalf("applied: %q by %q, want superseded by 500 foreign nationals", got.Verdict, by.Text)
	}
	if s := h.status.Text; !strings.Contains(s, "superseded by “500 foreign nationals” (") {
		t.Errorf("status %q does not name the claim that supersedes", s)
	}
	if !h.side.applyButton.Hidden || !strings.HasSuffix(h.side.suggestion.Text, "\nRuled as suggested.") {
		t.Errorf("once followed, the suggestion reads %q, button hidden %t", h.side.suggestion.Text, h.side.applyButton.Hidden)
	}
	h.press(fyne.KeyV)
	if !h.side.applyButton.Hidden || !strings.HasSuffix(h.side.suggestion.Text, "\nRuled verified instead: the suggestion is set aside (G applies it over that ruling).") {
		t.Errorf("ruled verified, the suggestion reads %q, button hidden %t", h.side.suggestion.Text, h.side.applyButton.Hidden)
	}
	row := newClaimRow()
	if row.set(h.selected(t), "article"); row.suggestion.Text != "suggested superseded" {
		t.Errorf("ruled verified, the list row reads %q, want the suggestion set aside in the past tense", row.suggestion.Text)
	}
	h.press(fyne.KeyG)
	if got := h.stored(t, c.ID); got.Verdict != factcheck.Superseded {
		t.Errorf("G over a verified ruling: %q, want superseded as suggested", got.Verdict)
	}
	h.press(fyne.KeyC)
	if h.side.applyButton.Hidden || strings.Contains(h.side.suggestion.Text, "Ruled") {
		t.Errorf("cleared, the suggestion reads %q, button hidden %t", h.side.suggestion.Text, h.side.applyButton.Hidden)
	}
}

// TestSidePanelClearedShowsNoCount checks that a side panel showing no
// claim counts no claims about the same thing.
func TestSidePanelClearedShowsNoCount(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	if !strings.Contains(h.side.groupTitle.Text, "(") {
		t.Fatalf("a claim of a group shows %q", h.side.groupTitle.Text)
	}
	h.showNone()
	if got := h.side.groupTitle.Text; got != "SAME FACT ELSEWHERE" {
		t.Errorf("with no claim the heading reads %q", got)
	}
}

// TestSidePanelReadsFromTheTop checks that the side panel, scrolled down
// to read one claim's history, shows the next claim's from the top.
func TestSidePanelReadsFromTheTop(t *testing.T) {
	h := newHarness(t)
	h.win.Resize(fyne.NewSize(1280, 400))
	h.focusList()
	h.side.more.ScrollToOffset(fyne.NewPos(0, 40))
	if h.side.more.Offset.Y == 0 {
		t.Fatal("the side panel does not scroll")
	}
	h.press(fyne.KeyJ)
	if y := h.side.more.Offset.Y; y != 0 {
		t.Errorf("the next claim's side panel is scrolled %v down", y)
	}
}

// TestHistoryNamesNoteEvents checks that the history tells a note saved on
// a ruled claim, and its undo, from a change of verdict.
func TestHistoryNamesNoteEvents(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	h.press(fyne.KeyV)
	h.onFocusNote()
	test.Type(h.side.note, "as the AP counts")
	h.press(fyne.KeyEscape)
	h.press(fyne.KeyJ)
	h.press(fyne.KeyK)
	h.shortcut(t, &fyne.ShortcutUndo{})
	var titles []string
	for _, o := range h.side.history.Objects {
		if l, ok := o.(*widget.Label); ok && l.TextStyle.Bold {
			titles = append(titles, strings.TrimSuffix(l.Text, " — "+testChecker))
		}
	}
	want := []string{"Undo of a note: back to the note before (verified)", "Note and evidence (still verified)", "Verified"}
	if !slices.Equal(titles, want) {
		t.Errorf("history reads %q, want %q", titles, want)
	}
}

// TestNextInGroupByKeyboard checks that L walks the selected claim's
// group, claim by claim in the list's order, round to where it started,
// and says where it is.
func TestNextInGroupByKeyboard(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	start := h.selected(t)
	members := h.cat().groups[start.Group]
	if len(members) < 2 {
		t.Fatalf("the first claim, %q, has no group to walk", start.Text)
	}
	seen := map[int64]bool{start.ID: true}
	for range len(members) - 1 {
		h.press(fyne.KeyL)
		c := h.selected(t)
		if c.Group != start.Group || seen[c.ID] {
			t.Fatalf("L went to %q (group %q), want another claim of group %q", c.Text, c.Group, start.Group)
		}
		seen[c.ID] = true
		if !strings.Contains(h.status.Text, "About the same thing, ") {
			t.Errorf("after L the status reads %q", h.status.Text)
		}
	}
	h.press(fyne.KeyL)
	if c := h.selected(t); c.ID != start.ID {
		t.Errorf("L after the group's last claim went to %q, want back to %q", c.Text, start.Text)
	}
}

// TestSupersededBy checks what the verdict says a superseded claim is
// superseded by: the newer claim, or the figure from outside the review,
// and nothing for another verdict.
func TestSupersededBy(t *testing.T) {
	byClaim := factcheck.State{Verdict: factcheck.Superseded, SupersededBy: 7}
	byFigure := factcheck.State{Verdict: factcheck.Superseded, Outside: factcheck.Figure{Value: factcheck.Value{Num: 11078}, Date: "2023-11-12", Source: "ministry bulletin"}}
	verified := factcheck.State{Verdict: factcheck.Verified, SupersededBy: 7}
	for _, tt := range []struct {
		s     factcheck.State
		newer string
		want  string
	}{
		{byClaim, "“1,100” (Reuters)", "Superseded by “1,100” (Reuters)"},
		{byFigure, "", "Superseded by 11,078 as of 2023-11-12 (ministry bulletin)"},
		{verified, "“1,100” (Reuters)", ""},
	} {
		if got := supersededBy(&tt.s, tt.newer); got != tt.want {
			t.Errorf("supersededBy(%+v, %q) = %q, want %q", tt.s, tt.newer, got, tt.want)
		}
	}
}
