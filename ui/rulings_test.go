package ui

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/factcheck/factcheck/factcheck"
)

func TestRuleByKeyboard(t *testing.T) {
	tests := []struct {
		key  fyne.KeyName
		want factcheck.Verdict
	}{
		{fyne.KeyV, factcheck.Verified},
		{fyne.KeyD, factcheck.Disputed},
		{fyne.KeyC, factcheck.Cleared},
	}
	h := newHarness(t)
	h.focusList()
	for _, tt := range tests {
		t.Run(string(tt.key), func(t *testing.T) {
			c := h.selected(t)
			h.side.note.SetText("checked with " + string(tt.key))
			h.focusList()
			h.press(tt.key)
			got := h.stored(t, c.ID)
			if got.Verdict != tt.want || got.Checker != testChecker {
				t.Errorf("stored %q by %q, want %q by %q", got.Verdict, got.Checker, tt.want, testChecker)
			}
			if tt.want != factcheck.Cleared && got.Note != "checked with "+string(tt.key) {
				t.Errorf("stored note %q", got.Note)
			}
			if shown := h.cat().claims[h.current].Verdict; shown != tt.want {
				t.Errorf("the window shows %q, want %q", shown, tt.want)
			}
		})
	}
}

func TestKeysInTextFieldsDoNotRule(t *testing.T) {
	h := newHarness(t)
	c := h.selected(t)
	h.win.Canvas().Focus(h.side.note)
	test.Type(h.side.note, "verified by phone")
	h.press(fyne.KeyV)
	if got := h.stored(t, c.ID); got.Verdict != factcheck.Unruled {
		t.Errorf("typing in the note stored %q", got.Verdict)
	}
	if h.side.note.Text != "verified by phone" {
		t.Errorf("note reads %q", h.side.note.Text)
	}
}

func TestNavigation(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	tests := []struct {
		key     fyne.KeyName
		wantRow int
	}{
		{fyne.KeyJ, 1}, {fyne.KeyDown, 2}, {fyne.KeyK, 1}, {fyne.KeyUp, 0}, {fyne.KeyUp, 0},
	}
	for _, tt := range tests {
		h.press(tt.key)
		if h.col.row != tt.wantRow || h.current != h.col.entryAt(tt.wantRow) {
			t.Fatalf("after %s: row %d, want %d", tt.key, h.col.row, tt.wantRow)
		}
	}
	// N skips ruled claims.
	h.press(fyne.KeyV)
	h.press(fyne.KeyN)
	if h.col.row != 1 {
		t.Errorf("N from a ruled first claim goes to row %d, want 1", h.col.row)
	}
	h.press(fyne.KeyK)
	h.press(fyne.KeyN)
	if h.col.row != 1 {
		t.Errorf("N from row 0 goes to row %d, want the unruled row 1", h.col.row)
	}
}

func TestUndoRestoresThePreviousVerdict(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	c := h.selected(t)
	h.press(fyne.KeyV)
	h.press(fyne.KeyD)
	steps := []struct {
		name string
		sc   fyne.Shortcut
		want factcheck.Verdict
	}{
		{"undo", &fyne.ShortcutUndo{}, factcheck.Verified},
		{"undo again", &fyne.ShortcutUndo{}, factcheck.Cleared},
		{"redo", keyRedo, factcheck.Verified},
		{"redo again", &fyne.ShortcutRedo{}, factcheck.Disputed},
	}
	for _, s := range steps {
		h.shortcut(t, s.sc)
		if got := h.stored(t, c.ID); got.Verdict != s.want {
			t.Fatalf("after %s: stored %q, want %q", s.name, got.Verdict, s.want)
		}
		if got := h.cat().claims[h.current].Verdict; got != s.want {
			t.Fatalf("after %s: shown %q, want %q", s.name, got, s.want)
		}
	}
	events, err := h.store.History(context.Background(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 6 {
		t.Errorf("history has %d events, want 6: the log only grows", len(events))
	}
}

func TestUndoInTextFieldUndoesTyping(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	c := h.selected(t)
	h.press(fyne.KeyV)
	h.win.Canvas().Focus(h.side.evidence)
	test.Type(h.side.evidence, "x")
	h.shortcut(t, &fyne.ShortcutUndo{})
	if got := h.stored(t, c.ID); got.Verdict != factcheck.Verified {
		t.Errorf("Ctrl+Z in a field undid the ruling: %q", got.Verdict)
	}
}

func TestSupersededAsksForTheSupersedingClaim(t *testing.T) {
	h := newHarness(t)
	i, j := -1, -1
	for _, members := range h.cat().groups {
		i, j = members[0], members[1]
		break
	}
	if i < 0 {
		t.Skip("the seeds have no group of two claims yet")
	}
	h.onOpenClaim(i)
	h.focusList()
	h.press(fyne.KeyS)
	if h.dlg.picker == nil || len(h.win.Canvas().Overlays().List()) == 0 {
		t.Fatal("S did not ask for the superseding claim")
	}
	if got := h.stored(t, h.cat().claims[i].ID); got.Verdict != factcheck.Unruled {
		t.Fatalf("stored %q before the choice", got.Verdict)
	}
	group := h.cat().group(i)
	k := 0
	for group[k] != j {
		k++
	}
	h.dlg.picker.list.Select(k)
	test.Tap(h.dlg.picker.confirm)
	h.settle()
	got := h.stored(t, h.cat().claims[i].ID)
	if got.Verdict != factcheck.Superseded || got.SupersededBy != h.cat().claims[j].ID || got.Checker != testChecker {
		t.Errorf("stored %q by claim %d (%s), want superseded by %d (%s)",
			got.Verdict, got.SupersededBy, got.Checker, h.cat().claims[j].ID, testChecker)
	}
}

// TestSupersededBySearch: a claim no other is grouped with can be
// superseded by any claim the checker finds by searching in the picker.
func TestSupersededBySearch(t *testing.T) {
	h := newHarness(t)
	alone := -1
	for i := range h.cat().claims {
		if len(h.cat().group(i)) == 0 {
			alone = i
			break
		}
	}
	if alone < 0 {
		t.Fatal("every fake claim has a group: the test needs one alone")
	}
	h.onOpenClaim(alone)
	h.focusList()
	h.press(fyne.KeyS)
	if h.dlg.picker == nil || h.win.Canvas().Focused() != h.dlg.picker.search {
		t.Fatal("S on a claim alone does not open the picker on its search field")
	}
	target := -1
	for i, c := range h.cat().claims {
		if i != alone && c.Doc != h.cat().claims[alone].Doc {
			target = i
			break
		}
	}
	h.dlg.picker.search.SetText(h.cat().claims[target].Text)
	h.settle()
	p := h.dlg.picker
	if len(p.choices) == 0 || p.choices[0] != target || slices.Contains(p.choices, alone) {
		t.Fatalf("the search lists %v, want claim %d first and not the claim itself (%d)", p.choices, target, alone)
	}
	p.search.OnSubmitted(p.search.Text)
	h.settle()
	got := h.stored(t, h.cat().claims[alone].ID)
	if got.Verdict != factcheck.Superseded || got.SupersededBy != h.cat().claims[target].ID {
		t.Errorf("stored %q by %d, want superseded by claim %d", got.Verdict, got.SupersededBy, h.cat().claims[target].ID)
	}
}

func TestRulingAsksTheCheckersNameOnce(t *testing.T) {
	h := newHarness(t)
	h.checker = ""
	h.app.Preferences().SetString(prefChecker, "")
	h.focusList()
	c := h.selected(t)
	h.press(fyne.KeyV)
	if got := h.stored(t, c.ID); got.Verdict != factcheck.Unruled {
		t.Fatalf("ruled %q without a name", got.Verdict)
	}
	if len(h.win.Canvas().Overlays().List()) == 0 {
		t.Fatal("no dialog asks the name")
	}
}

func TestSupersededByKeyboardTakesTheSuggestion(t *testing.T) {
	h := newHarness(t)
	i, j := -1, -1
	for k := range h.cat().claims {
		if s := h.cat().claims[k].Suggestion; s != nil && s.Verdict == factcheck.Superseded {
			if by, ok := h.cat().lookupRef(s.By); ok {
				i, j = k, by
				break
			}
		}
	}
	if i < 0 {
		t.Skip("no claim of the seeds has a superseded suggestion yet")
	}
	h.onOpenClaim(i)
	h.focusList()
	h.press(fyne.KeyS)
	h.press(fyne.KeyReturn) // the picker has the focus, the suggestion chosen
	got := h.stored(t, h.cat().claims[i].ID)
	if got.Verdict != factcheck.Superseded || got.SupersededBy != h.cat().claims[j].ID {
		t.Errorf("stored %q by claim %d, want superseded by the suggested claim %d", got.Verdict, got.SupersededBy, h.cat().claims[j].ID)
	}
}

func TestNoteKeyFocusesTheNote(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	h.press(keyNote.KeyName)
	if h.win.Canvas().Focused() != h.side.note {
		t.Fatal("M did not focus the note")
	}
	// The system sends the key's character after the key: it is dropped.
	h.side.note.TypedRune('m')
	test.Type(h.side.note, "called the ministry")
	if got := h.side.note.Text; got != "called the ministry" {
		t.Errorf("note reads %q", got)
	}
	h.press(fyne.KeyEscape)
	if h.win.Canvas().Focused() != h.col.list {
		t.Error("Escape did not give the focus back to the list")
	}
}

// TestTypedNoteSurvivesARefresh checks that the note being typed is kept
// when the shown claim is drawn again (the groups arriving, a claim of its
// group ruled) and replaced when another claim is shown.
func TestTypedNoteSurvivesARefresh(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	h.win.Canvas().Focus(h.side.note)
	test.Type(h.side.note, "half typed")
	h.showSide()
	if h.side.note.Text != "half typed" {
		t.Errorf("after a refresh the note reads %q", h.side.note.Text)
	}
	h.focusList()
	h.press(fyne.KeyDown)
	if h.side.note.Text != "" {
		t.Errorf("the next claim's note reads %q", h.side.note.Text)
	}
}

// TestSupersedeEnterDuringSearch: Enter pressed while the picker's search
// runs takes its first hit once it shows, not what was listed before; a
// claim with a group opens the picker on its search field too.
func TestSupersedeEnterDuringSearch(t *testing.T) {
	h := newHarness(t)
	grouped := -1
	for i := range h.cat().claims {
		if len(h.cat().group(i)) > 0 {
			grouped = i
			break
		}
	}
	if grouped < 0 {
		t.Fatal("no fake claim has a group: the test needs one")
	}
	h.onOpenClaim(grouped)
	h.focusList()
	h.press(fyne.KeyS)
	p := h.dlg.picker
	if p == nil || h.win.Canvas().Focused() != p.search {
		t.Fatal("S on a grouped claim does not open the picker on its search field")
	}
	target := -1
	for i, c := range h.cat().claims {
		if c.Doc != h.cat().claims[grouped].Doc && !slices.Contains(h.cat().group(grouped), i) {
			target = i
			break
		}
	}
	if target < 0 {
		t.Fatal("no fake claim outside the group and its article")
	}
	p.search.SetText(h.cat().claims[target].Text)
	p.search.OnSubmitted(p.search.Text) // before the hits show
	h.settle()
	got := h.stored(t, h.cat().claims[grouped].ID)
	if got.Verdict != factcheck.Superseded || got.SupersededBy != h.cat().claims[target].ID {
		t.Errorf("stored %q by %d, want superseded by the search's first hit, claim %d", got.Verdict, got.SupersededBy, h.cat().claims[target].ID)
	}
}

// TestDisputeNamesItsOwnArticle: a dispute with the claim's own article's
// other statements says so, and never counts them among other articles.
func TestDisputeNamesItsOwnArticle(t *testing.T) {
	h := newHarness(t)
	cat := h.cat()
	var c, same, other = -1, -1, -1
	for i := range cat.claims {
		for j := range cat.claims {
			if i != j && cat.claims[i].Doc == cat.claims[j].Doc && c < 0 {
				c, same = i, j
			}
		}
	}
	for j := range cat.claims {
		if c >= 0 && cat.claims[j].Doc != cat.claims[c].Doc {
			other = j
			break
		}
	}
	if c < 0 || other < 0 {
		t.Fatal("the fake store needs an article of two claims and another article")
	}
	ref := func(j int) factcheck.Ref { return factcheck.Ref{Doc: cat.claims[j].Doc, Start: cat.claims[j].Start} }
	rec := cat.claims[c]
	rec.Suggestion = &factcheck.Suggestion{Verdict: factcheck.Disputed, With: []factcheck.Ref{ref(same), ref(other)}}
	got := h.suggestionText(&rec)
	want := "Disputed: other articles state otherwise for the same time: “" + cat.claims[other].Text + "” (" +
		cat.articleLabel(cat.claims[other].Doc) + "); this article itself also says “" + cat.claims[same].Text + "”."
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	rec.Suggestion.With = rec.Suggestion.With[:1]
	if got := h.suggestionText(&rec); strings.Contains(got, "other articles") {
		t.Errorf("a dispute within one article reads %q", got)
	}
	// a figure its own article supersedes ("raised to 110 dlrs from 100
	// dlrs") cites no later article
	by := ref(same)
	rec.Suggestion = &factcheck.Suggestion{Verdict: factcheck.Superseded, By: &by}
	if got, want := h.suggestionText(&rec), "Superseded: this article itself gives the newer figure “"+cat.claims[same].Text+"”."; got != want {
		t.Errorf("superseded within its article: got %q, want %q", got, want)
	}
	by = ref(other)
	if got := h.suggestionText(&rec); !strings.Contains(got, "a later article reports") {
		t.Errorf("superseded by another article reads %q", got)
	}
}

// TestAmendmentNoteIsNotTheVerdicts checks that a correction's note stays
// the correction's: the note fields show the ruling's note after an
// amendment, and the next ruling does not carry the amendment's note.
func TestAmendmentNoteIsNotTheVerdicts(t *testing.T) {
	h := newHarness(t)
	c := h.writeNote(t, "as the AP counts")
	h.press(fyne.KeyV)
	read := factcheck.ReadingOf(&c.Claim)
	read.Subject, read.Qualifier = "foreign nationals", factcheck.LowerBound
	if _, err := h.store.Amend(context.Background(), factcheck.Ruling{Claim: c.ID, Reading: read, Checker: testChecker, Note: "subject misread"}); err != nil {
		t.Fatal(err)
	}
	h.relist(h.sess, "listed again")
	h.settle()
	if got := h.side.note.Text; got != "as the AP counts" {
		t.Errorf("after the amendment the note field reads %q, want the ruling's", got)
	}
	h.press(fyne.KeyD)
	if got := h.stored(t, c.ID); got.Verdict != factcheck.Disputed || got.Note != "as the AP counts" {
		t.Errorf("disputed after the amendment: %q with note %q, want the ruling's note", got.Verdict, got.Note)
	}
}

// TestSupersedePickerDownChooses checks that Down from the picker's search
// field chooses the next claim of the list, as in the command palette,
// and Enter then takes that one, not the first.
func TestSupersedePickerDownChooses(t *testing.T) {
	h := newHarness(t)
	alone := -1
	for i := range h.cat().claims {
		if len(h.cat().group(i)) == 0 {
			alone = i
			break
		}
	}
	h.onOpenClaim(alone)
	h.focusList()
	h.press(fyne.KeyS)
	p := h.dlg.picker
	test.Type(p.search, "hostages")
	h.settle()
	if len(p.choices) < 2 {
		t.Fatalf("the search lists %d claims, want two or more", len(p.choices))
	}
	second := p.choices[1]
	h.press(fyne.KeyDown)
	h.press(fyne.KeyReturn)
	got := h.stored(t, h.cat().claims[alone].ID)
	if got.Verdict != factcheck.Superseded || got.SupersededBy != h.cat().claims[second].ID {
		t.Errorf("Down, Enter: stored %q by claim %d, want superseded by the second listed, %d", got.Verdict, got.SupersededBy, h.cat().claims[second].ID)
	}
}

// TestClearOnAnUnruledClaimRecordsNothing checks that C on a claim with no
// verdict says so and adds no event that changes nothing, and that the
// history names an amendment of such a claim without a verdict.
func TestClearOnAnUnruledClaimRecordsNothing(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	c := h.selected(t)
	h.press(fyne.KeyC)
	events, err := h.store.History(context.Background(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 0 || !strings.Contains(h.status.Text, "has no verdict to clear") {
		t.Errorf("C on an unruled claim: %d events, status %q", len(events), h.status.Text)
	}
	read := factcheck.ReadingOf(&c.Claim)
	read.Subject, read.Qualifier = "foreign nationals", factcheck.LowerBound
	if _, err := h.store.Amend(context.Background(), factcheck.Ruling{Claim: c.ID, Reading: read, Checker: testChecker}); err != nil {
		t.Fatal(err)
	}
	h.relist(h.sess, "listed again")
	h.settle()
	var titles []string
	for _, o := range h.side.history.Objects {
		if l, ok := o.(*widget.Label); ok && l.TextStyle.Bold {
			titles = append(titles, l.Text)
		}
	}
	if want := []string{"Amended — " + testChecker}; !slices.Equal(titles, want) {
		t.Errorf("the history of an amended claim with no verdict reads %q, want %q", titles, want)
	}
}

// TestUndoAfterAnotherRuled checks that undoing a ruling another checker
// has ruled over since says so, naming the claim and the checker, and
// opens no error dialog: the log keeps their ruling.
func TestUndoAfterAnotherRuled(t *testing.T) {
	h := newDBHarness(t)
	h.focusList()
	c := h.selected(t)
	h.press(fyne.KeyV)
	if _, err := h.store.Rule(context.Background(), factcheck.Ruling{Claim: c.ID, Verdict: factcheck.Disputed, Checker: "Bo Lind"}); err != nil {
		t.Fatal(err)
	}
	h.press(fyne.KeyJ)
	h.shortcut(t, &fyne.ShortcutUndo{})
	if h.dlg.modalOpen() {
		t.Error("the refused undo opened a dialog")
	}
	if s := h.status.Text; !strings.Contains(s, "Not undone: Bo Lind ruled on “"+oneLine(c.Text)) {
		t.Errorf("status %q, want the refusal naming Bo Lind and the claim", s)
	}
	if got := h.stored(t, c.ID); got.Verdict != factcheck.Disputed || got.Checker != "Bo Lind" {
		t.Errorf("stored %q by %q, want Bo's ruling kept", got.Verdict, got.Checker)
	}
}

// TestRulingThatChangesNothing checks that ruling a claim again as it
// stands (the same verdict, note and evidence, by the same checker)
// records no event and says so, while another verdict records one.
func TestRulingThatChangesNothing(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	c := h.selected(t)
	h.press(fyne.KeyV)
	h.press(fyne.KeyV)
	events, err := h.store.History(context.Background(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 1 {
		t.Errorf("V twice: %d events, want 1", len(events))
	}
	if !strings.Contains(h.status.Text, "is verified already") {
		t.Errorf("V on a verified claim: the status reads %q", h.status.Text)
	}
	h.press(fyne.KeyD)
	if events, _ = h.store.History(context.Background(), c.ID); len(events) != 2 {
		t.Errorf("then D: %d events, want 2", len(events))
	}
}

// TestUndoOfNotAClaimKeepsTheSearch checks that undoing "not a claim" on a
// claim a search found lists it again within that search, selected, and
// leaves the search as it was.
func TestUndoOfNotAClaimKeepsTheSearch(t *testing.T) {
	h := newHarness(t)
	test.Type(h.col.search, "hostages")
	h.settle()
	found := len(h.listed())
	h.focusList()
	c := h.selected(t)
	h.press(fyne.KeyX)
	if h.col.rowCount() != found-1 {
		t.Fatalf("X in a search of %d claims lists %d", found, h.col.rowCount())
	}
	h.shortcut(t, &fyne.ShortcutUndo{})
	if got := h.col.search.Text; got != "hostages" {
		t.Errorf("after the undo the search reads %q, want it kept", got)
	}
	if h.col.rowCount() != found {
		t.Errorf("after the undo the search lists %d claims, want %d again", h.col.rowCount(), found)
	}
	if got := h.selected(t); got.ID != c.ID {
		t.Errorf("after the undo %q is selected, want %q, the claim undone", got.Text, c.Text)
	}
}
