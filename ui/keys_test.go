package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/factcheck/factcheck/factcheck"
)

// TestSearchRulesItsBestHit checks that a key after a search rules the
// search's best hit, which the list selects and the panes show, and not
// the claim selected before.
func TestSearchRulesItsBestHit(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	for range 5 {
		h.press(fyne.KeyJ)
	}
	before := h.selected(t)
	h.onFocusSearch()
	test.Type(h.col.search, "435")
	h.press(fyne.KeyReturn)
	if h.col.row != 0 || h.current != h.col.entryAt(0) {
		t.Fatalf("after the search, row %d (claim %d) is selected, want row 0 (claim %d)", h.col.row, h.current, h.col.entryAt(0))
	}
	top := h.selected(t)
	if top.ID == before.ID {
		t.Fatalf("the search's best hit is the claim selected before: pick another query")
	}
	h.press(fyne.KeyV)
	if got := h.stored(t, top.ID); got.Verdict != factcheck.Verified {
		t.Errorf("the best hit %q is %q, want verified", top.Text, got.Verdict)
	}
	if got := h.stored(t, before.ID); got.Verdict != factcheck.Unruled {
		t.Errorf("the claim selected before the search, %q, is %q", before.Text, got.Verdict)
	}
	h.press(fyne.KeyJ)
	if h.col.row != 1 {
		t.Errorf("J after the search selects row %d, want 1", h.col.row)
	}
}

// TestKeyWaitsForTheSearch checks that a key typed while the search runs
// acts once its result is listed.
func TestKeyWaitsForTheSearch(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	h.press(fyne.KeyJ)
	before := h.selected(t)
	h.onFocusSearch()
	test.Type(h.col.search, "435")
	h.col.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	h.onKey(&fyne.KeyEvent{Name: fyne.KeyV}) // before the search's result is in
	h.settle()
	top := h.selected(t)
	if got := h.stored(t, top.ID); got.Verdict != factcheck.Verified {
		t.Errorf("the best hit %q is %q, want verified", top.Text, got.Verdict)
	}
	if got := h.stored(t, before.ID); top.ID != before.ID && got.Verdict != factcheck.Unruled {
		t.Errorf("the claim selected before the search is %q", got.Verdict)
	}
}

// TestFilterHidingTheShownClaim checks that a filter that hides the shown
// claim shows the first claim it keeps, and a key rules that one.
func TestFilterHidingTheShownClaim(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	hidden := h.selected(t)
	kind := "Count"
	if hidden.Kind == factcheck.Count {
		kind = "Date"
	}
	h.col.kinds.SetSelected(kind)
	h.settle()
	shown := h.selected(t)
	if shown.ID == hidden.ID || h.col.row != 0 || h.current != h.col.entryAt(0) {
		t.Fatalf("the filter shows claim %d at row %d, want the first it keeps", shown.ID, h.col.row)
	}
	h.press(fyne.KeyV)
	if got := h.stored(t, hidden.ID); got.Verdict != factcheck.Unruled {
		t.Errorf("the hidden claim was ruled %q", got.Verdict)
	}
	if got := h.stored(t, shown.ID); got.Verdict != factcheck.Verified {
		t.Errorf("the first visible claim is %q, want verified", got.Verdict)
	}
}

// TestNothingRulesWhenNothingIsListed checks that an empty list leaves
// no claim for a key to rule.
func TestNothingRulesWhenNothingIsListed(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	c := h.selected(t)
	h.onFocusSearch()
	test.Type(h.col.search, "zqxzqxzqx")
	h.press(fyne.KeyReturn)
	if h.col.rowCount() != 0 || h.current != -1 {
		t.Fatalf("an unmatched search lists %d claims and shows claim %d", h.col.rowCount(), h.current)
	}
	h.press(fyne.KeyV)
	if got := h.stored(t, c.ID); got.Verdict != factcheck.Unruled {
		t.Errorf("a key with nothing listed ruled %q", got.Verdict)
	}
}

// TestKeysDoNothingUnderADialog checks that while a dialog is open single
// keys and shortcuts leave the claims alone, Escape closes the dialog, and
// then keys work again.
func TestKeysDoNothingUnderADialog(t *testing.T) {
	dialogs := []struct {
		name string
		open func(h *harness)
	}{
		{"help", func(h *harness) { h.onHelp() }},
		{"palette", func(h *harness) { h.onPalette() }},
		{"import", func(h *harness) { h.onImportFiles() }},
		{"about", func(h *harness) { h.onAbout() }},
		{"problem", func(h *harness) { h.dlg.showProblem("what", "details", "todo") }},
	}
	for _, d := range dialogs {
		t.Run(d.name, func(t *testing.T) {
			h := newHarness(t)
			h.focusList()
			c := h.selected(t)
			d.open(h)
			if !h.dlg.modalOpen() {
				t.Fatal("no dialog is open")
			}
			if f := h.win.Canvas().Focused(); f == nil {
				h.press(fyne.KeyV)
			}
			h.onKey(&fyne.KeyEvent{Name: fyne.KeyD})
			h.shortcut(t, keyOpen)
			if got := h.stored(t, c.ID); got.Verdict != factcheck.Unruled {
				t.Errorf("a key under the dialog ruled %q", got.Verdict)
			}
			if len(h.dlg.modals) != 1 {
				t.Errorf("a shortcut under the dialog opened another: %d open", len(h.dlg.modals))
			}
			h.press(fyne.KeyEscape)
			if h.dlg.modalOpen() {
				t.Fatal("Escape did not close the dialog")
			}
			h.focusList()
			h.press(fyne.KeyV)
			if got := h.stored(t, c.ID); got.Verdict != factcheck.Verified {
				t.Errorf("after the dialog, V ruled %q", got.Verdict)
			}
		})
	}
}

// TestNoteIsKeptWhenMovingOn checks that a note typed after ruling is
// saved when the checker moves to the next claim, and that a note on an
// unruled claim stays as a draft that its ruling takes.
func TestNoteIsKeptWhenMovingOn(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	ruled := h.selected(t)
	h.press(fyne.KeyV)
	h.onFocusNote()
	test.Type(h.side.note, "same as the AP count")
	h.win.Canvas().FocusNext()
	if h.win.Canvas().Focused() != h.side.evidence {
		t.Fatal("Tab from the note does not reach the evidence")
	}
	test.Type(h.side.evidence, "apnews.com")
	h.press(fyne.KeyEscape)
	h.press(fyne.KeyJ)
	got := h.stored(t, ruled.ID)
	if got.Verdict != factcheck.Verified || got.Note != "same as the AP count" || got.Evidence != "apnews.com" {
		t.Errorf("after moving on: %q, note %q, evidence %q", got.Verdict, got.Note, got.Evidence)
	}

	draft := h.selected(t)
	h.onFocusNote()
	test.Type(h.side.note, "ask the desk")
	h.press(fyne.KeyEscape)
	h.press(fyne.KeyJ)
	h.press(fyne.KeyK)
	if h.side.note.Text != "ask the desk" {
		t.Fatalf("back on the unruled claim, the note reads %q", h.side.note.Text)
	}
	h.press(fyne.KeyD)
	if got := h.stored(t, draft.ID); got.Verdict != factcheck.Disputed || got.Note != "ask the desk" {
		t.Errorf("ruled %q with note %q", got.Verdict, got.Note)
	}
	events, err := h.store.History(context.Background(), ruled.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 2 {
		t.Errorf("the ruled claim has %d events, want the ruling and the note", len(events))
	}
}

// TestQuitAsksAboutDrafts checks that quitting with a note on an unruled
// claim asks first.
func TestQuitAsksAboutDrafts(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	h.onFocusNote()
	test.Type(h.side.note, "unfinished")
	h.press(fyne.KeyEscape)
	h.onQuit()
	if !h.dlg.modalOpen() || h.quitting {
		t.Fatalf("quitting with a draft did not ask (dialogs %d, quitting %t)", len(h.dlg.modals), h.quitting)
	}
	h.press(fyne.KeyEscape)
	if h.quitting || h.side.note.Text != "unfinished" {
		t.Errorf("after No: quitting %t, note %q", h.quitting, h.side.note.Text)
	}
}

// TestPaletteRunsACommand checks that the palette finds a command by a
// few letters of its name and runs it with Enter.
func TestPaletteRunsACommand(t *testing.T) {
	h := newHarness(t)
	h.onPalette()
	find, ok := h.win.Canvas().Focused().(*dialogEntry)
	if !ok {
		t.Fatalf("the palette's field does not have the focus: %T", h.win.Canvas().Focused())
	}
	test.Type(find, "kbd shortcuts")
	find.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	h.settle()
	if len(h.dlg.modals) != 1 || h.dlg.modals[0].title != "Keyboard shortcuts" {
		var titles []string
		for _, m := range h.dlg.modals {
			titles = append(titles, m.title)
		}
		t.Errorf("after Enter, dialogs %q are open, want the help alone", titles)
	}
}

// TestPaletteCountsWhatItShows checks that the palette's count of
// commands follows what is typed: "57 commands", then "3 of 57 commands".
func TestPaletteCountsWhatItShows(t *testing.T) {
	h := newHarness(t)
	h.onPalette()
	all := len(h.actions())
	counted := func() string {
		for _, o := range test.LaidOutObjects(h.win.Canvas().Overlays().Top()) {
			if l, ok := o.(*widget.Label); ok && strings.HasSuffix(l.Text, " commands") {
				return l.Text
			}
		}
		return ""
	}
	if got, want := counted(), fmt.Sprintf("%d commands", all); got != want {
		t.Fatalf("the palette counts %q before anything is typed, want %q", got, want)
	}
	find := h.win.Canvas().Focused().(*dialogEntry)
	test.Type(find, "export")
	var shown int
	if _, err := fmt.Sscanf(counted(), "%d of", &shown); err != nil || shown == 0 || shown >= all {
		t.Fatalf("after typing %q the palette counts %q, want some of the %d commands", "export", counted(), all)
	}
	test.Type(find, "zqzq")
	if got, want := counted(), fmt.Sprintf("0 of %d commands", all); got != want {
		t.Errorf("with nothing matched the palette counts %q, want %q", got, want)
	}
}

// TestListKeys checks Home, End, PageDown and PageUp.
func TestListKeys(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	last := h.col.rowCount() - 1
	steps := []struct {
		key  fyne.KeyName
		want func(row int) bool
	}{
		{fyne.KeyEnd, func(row int) bool { return row == last }},
		{fyne.KeyHome, func(row int) bool { return row == 0 }},
		{fyne.KeyPageDown, func(row int) bool { return row > 1 }},
		{fyne.KeyPageUp, func(row int) bool { return row == 0 }},
	}
	for _, s := range steps {
		h.press(s.key)
		if !s.want(h.col.row) || h.current != h.col.entryAt(h.col.row) {
			t.Errorf("after %s: row %d", s.key, h.col.row)
		}
	}
}

// TestNameFieldSkipsTheRulingKey checks that the V that asks for the
// checker's name is not typed into the name field, and Enter gives it.
func TestNameFieldSkipsTheRulingKey(t *testing.T) {
	h := newHarness(t)
	h.checker = ""
	h.focusList()
	c := h.selected(t)
	h.press(fyne.KeyV)
	name, ok := h.win.Canvas().Focused().(*dialogEntry)
	if !ok {
		t.Fatalf("the name field does not have the focus: %T", h.win.Canvas().Focused())
	}
	name.TypedRune('v') // the key's character, which the system sends after it
	test.Type(name, "Ana")
	name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	h.settle()
	if h.checker != "Ana" {
		t.Fatalf("the checker is %q, want Ana", h.checker)
	}
	if got := h.stored(t, c.ID); got.Verdict != factcheck.Verified || got.Checker != "Ana" {
		t.Errorf("stored %q by %q", got.Verdict, got.Checker)
	}
}

// TestTypingSurvivesTheRulingsWrite checks that a note typed while the
// ruling just made is being stored is neither wiped when the write ends
// nor lost when the checker moves on.
func TestTypingSurvivesTheRulingsWrite(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	c := h.selected(t)
	h.onKey(&fyne.KeyEvent{Name: fyne.KeyV}) // the write runs in the background
	h.onFocusNote()
	test.Type(h.side.note, "two sources agree")
	h.settle()
	if got := h.side.note.Text; got != "two sources agree" {
		t.Fatalf("once the ruling was stored the note reads %q", got)
	}
	h.press(fyne.KeyEscape)
	h.press(fyne.KeyJ)
	if got := h.stored(t, c.ID); got.Verdict != factcheck.Verified || got.Note != "two sources agree" {
		t.Errorf("stored %q with note %q", got.Verdict, got.Note)
	}
}

// TestPaletteSetsFilters checks that the filters are reached from the
// palette: a kind, then clearing every filter.
func TestPaletteSetsFilters(t *testing.T) {
	h := newHarness(t)
	all := h.col.rowCount()
	run := func(query string) {
		t.Helper()
		h.onPalette()
		find := h.win.Canvas().Focused().(*dialogEntry)
		test.Type(find, query)
		find.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		h.settle()
	}
	run("kind count")
	if h.col.kinds.Selected != "Count" {
		t.Fatalf("the kind filter reads %q, want Count", h.col.kinds.Selected)
	}
	for _, c := range h.listed() {
		if c.Kind != factcheck.Count {
			t.Fatalf("the list holds a %s claim", c.Kind)
		}
	}
	run("clear the search")
	if h.col.kinds.Selected != allKinds || h.col.rowCount() != all {
		t.Errorf("after clearing: kind %q, %d of %d claims listed", h.col.kinds.Selected, h.col.rowCount(), all)
	}
}

// TestArticlePickerByKeyboard checks that the article picker keeps the
// articles whose names match what is typed, a letter left out included,
// and that Enter shows the claims of the best match.
func TestArticlePickerByKeyboard(t *testing.T) {
	h := newHarness(t)
	name := h.cat().articles[len(h.cat().articles)-1]
	h.onPickArticle()
	find, ok := h.win.Canvas().Focused().(*dialogEntry)
	if !ok {
		t.Fatalf("the picker's field does not have the focus: %T", h.win.Canvas().Focused())
	}
	test.Type(find, name[:5]+name[6:9]) // "reutes-b": a letter left out
	find.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	h.settle()
	if h.dlg.modalOpen() || h.col.doc != name {
		t.Fatalf("after Enter: dialog open %t, article filter %q, want %q", h.dlg.modalOpen(), h.col.doc, name)
	}
	for _, c := range h.listed() {
		if c.Doc != name {
			t.Fatalf("the list holds a claim of %s", c.Doc)
		}
	}
}

// TestArticlePickerSaysNothingMatches checks that the article picker, when
// nothing matches what is typed, says so instead of showing an empty list,
// and that the message goes once a letter is taken back.
func TestArticlePickerSaysNothingMatches(t *testing.T) {
	h := newHarness(t)
	h.onPickArticle()
	find := h.win.Canvas().Focused().(*dialogEntry)
	noneShown := func() bool {
		for _, o := range test.LaidOutObjects(h.win.Canvas().Overlays().Top()) {
			if l, ok := o.(*widget.Label); ok && strings.HasPrefix(l.Text, "Nothing matches") {
				return l.Visible()
			}
		}
		t.Fatal("the picker has no nothing-matches message")
		return false
	}
	if noneShown() {
		t.Fatal("the message shows before anything is typed")
	}
	test.Type(find, h.cat().articles[0][:4]+"q")
	if !noneShown() {
		t.Fatal("typing what no article holds shows no message")
	}
	find.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	if noneShown() {
		t.Error("the message stays once the text matches an article again")
	}
}

// TestNotAClaimMovesDown checks that X on a claim, which the list then
// hides, selects the claim that was after it, not the first: a run of X
// goes down the list and never rules a claim already passed.
func TestNotAClaimMovesDown(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	h.press(fyne.KeyDown)
	h.press(fyne.KeyDown)
	h.settle()
	if h.col.row != 2 {
		t.Fatalf("two Downs: row %d, want 2", h.col.row)
	}
	x, after := h.selected(t), h.col.entryAt(3)
	h.press(fyne.KeyX)
	h.settle()
	if got := h.stored(t, x.ID); got.Verdict != factcheck.Dismissed {
		t.Fatalf("X ruled %q, want not a claim", got.Verdict)
	}
	if h.col.row != 2 || h.current != after {
		t.Errorf("after X the list selects row %d (claim %d), want row 2, the claim that was after it (%d)", h.col.row, h.current, after)
	}
}

// TestEmptiedDraftIsGone checks that a draft whose note the checker
// deletes is no draft: quitting then asks nothing.
func TestEmptiedDraftIsGone(t *testing.T) {
	h := newHarness(t)
	h.writeNote(t, "unfinished")
	h.press(fyne.KeyJ)
	h.press(fyne.KeyK)
	if !h.side.draft.Visible() {
		t.Fatal("back on the claim, its draft is not marked as one")
	}
	h.side.note.SetText("")
	h.press(fyne.KeyJ)
	h.press(fyne.KeyK)
	if h.side.draft.Visible() || h.side.note.Text != "" {
		t.Errorf("back on the claim after emptying its draft: marked a draft %t, note %q", h.side.draft.Visible(), h.side.note.Text)
	}
	h.onQuit()
	if h.dlg.modalOpen() || !h.quitting {
		t.Errorf("quitting after the draft was emptied asked (dialogs %d, quitting %t)", len(h.dlg.modals), h.quitting)
	}
}

// TestDraftsSurviveAFailedOpen checks that notes the checker agreed to
// lose for opening another database are kept when that database cannot
// be opened, and dropped when one is.
func TestDraftsSurviveAFailedOpen(t *testing.T) {
	h := newHarness(t)
	c := h.writeNote(t, "ask the desk")
	notADB := filepath.Join(t.TempDir(), "notes.db")
	if err := os.WriteFile(notADB, []byte("not a database, a text file of notes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	loseThem := func() {
		t.Helper()
		for _, o := range test.LaidOutObjects(h.win.Canvas().Overlays().Top()) {
			if b, ok := o.(*widget.Button); ok && strings.HasSuffix(b.Text, "and lose them") {
				test.Tap(b)
				h.settle()
				return
			}
		}
		t.Fatal("opening another database did not ask about the draft")
	}
	h.Open(notADB, false)
	loseThem()
	for h.dlg.modalOpen() {
		h.press(fyne.KeyEscape) // what says the file is no database
	}
	if d, ok := h.drafts[c.ID]; !ok || d.note != "ask the desk" || !strings.Contains(h.status.Text, "your unsaved notes are kept") {
		t.Fatalf("after the open failed: draft %+v (kept %t), status %q", d, ok, h.status.Text)
	}
	_, other := seededStore(t)
	h.Open(other, false)
	loseThem()
	if len(h.drafts) != 0 {
		t.Errorf("another database opened, the drafts of the one before are still held: %v", h.drafts)
	}
}

// TestNoteOnAnotherCheckersRuling checks that a note typed on a claim
// another checker ruled on is kept as a draft, not saved as a ruling that
// would make their verdict this checker's ("disputed by Ann" where Bo
// disputed it).
func TestNoteOnAnotherCheckersRuling(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	c := h.selected(t)
	h.ruledElsewhere(t, factcheck.Ruling{Claim: c.ID, Verdict: factcheck.Disputed, Checker: "Bo"})
	h.writeNote(t, "the ministry's count is later")
	h.press(fyne.KeyJ)
	got := h.stored(t, c.ID)
	if got.Checker != "Bo" || got.Events != 1 {
		t.Errorf("after the note: %q by %q, %d events; want Bo's ruling alone", got.Verdict, got.Checker, got.Events)
	}
	if d, ok := h.drafts[c.ID]; !ok || d.note != "the ministry's count is later" || !strings.Contains(h.status.Text, "by Bo; your note is kept as a draft") {
		t.Errorf("draft %+v (kept %t), status %q", d, ok, h.status.Text)
	}
}

// TestNoteOnAClaimSupersededByAnOutsideFigure checks that a note added
// to a claim superseded by a figure from outside the review is saved with
// that figure.
func TestNoteOnAClaimSupersededByAnOutsideFigure(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	c := h.selected(t)
	fig := factcheck.Figure{Value: factcheck.Value{Num: 512}, Date: "2023-11-12", Source: "https://example.org/toll"}
	h.ruledElsewhere(t, factcheck.Ruling{Claim: c.ID, Verdict: factcheck.Superseded, Outside: fig, Checker: testChecker})
	h.writeNote(t, "as the ministry said on 12 November")
	h.press(fyne.KeyJ)
	got := h.stored(t, c.ID)
	if got.Verdict != factcheck.Superseded || got.Outside != fig || got.Note != "as the ministry said on 12 November" {
		t.Errorf("after the note: %q by figure %+v, note %q", got.Verdict, got.Outside, got.Note)
	}
}

// TestChoosersPickByClick checks that a click on a row of the article
// picker picks that article, the row highlighted first among them, as
// Enter does; and a click in the palette runs the command clicked.
func TestChoosersPickByClick(t *testing.T) {
	h := newHarness(t)
	rows := func() []*tapRow {
		var out []*tapRow
		for _, o := range test.LaidOutObjects(h.win.Canvas().Overlays().Top()) {
			if r, ok := o.(*tapRow); ok {
				out = append(out, r)
			}
		}
		return out
	}
	h.onPickArticle()
	h.settle()
	shown := rows()
	if len(shown) < 2 {
		t.Fatalf("the picker shows %d rows", len(shown))
	}
	test.Tap(shown[0]) // the highlighted one: a click on it picks it too
	h.settle()
	if h.dlg.modalOpen() || h.col.doc == "" {
		t.Fatalf("a click on the first row: dialog open %t, article filter %q", h.dlg.modalOpen(), h.col.doc)
	}
	h.onPalette()
	find := h.win.Canvas().Focused().(*dialogEntry)
	test.Type(find, "kbd shortcuts")
	h.settle()
	test.Tap(rows()[0])
	h.settle()
	if len(h.dlg.modals) != 1 || h.dlg.modals[0].title != "Keyboard shortcuts" {
		t.Errorf("a click on the palette's row opened %d dialogs, want the help alone", len(h.dlg.modals))
	}
}
