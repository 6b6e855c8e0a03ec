package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestHardWrap: lines are broken at spaces, in their place, so that
// offsets stay those of the text.
func TestHardWrap(t *testing.T) {
	s := strings.Repeat("word ", 40) + "\nshort line\n" + strings.Repeat("x", 90)
	w := hardWrap(s, 30)
	if len(w) != len(s) {
		t.Fatalf("length %d, want %d", len(w), len(s))
	}
	for i := range s {
		if w[i] != s[i] && !(s[i] == ' ' && w[i] == '\n') {
			t.Fatalf("byte %d: %q for %q", i, w[i], s[i])
		}
	}
	for _, line := range strings.Split(w, "\n") {
		if len(line) > 30 && strings.Contains(line, " ") {
			t.Errorf("a line of %d characters with a space to break at: %q", len(line), line)
		}
	}
}

// TestTextViewSelection: a selection made with Shift and the arrows, from
// the cursor put at an offset, is reported as that span of the text; no
// key edits the text.
func TestTextViewSelection(t *testing.T) {
	text := "First line here.\nOfficials said about 24 soldiers had died, a number the army disputed later that week in Gaza."
	at := strings.Index(text, "24")
	var got [2]int
	v := newTextView(text, at, func() {}, func() {}, func(start, end int) { got = [2]int{start, end} })
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(600, 300))
	w.Canvas().Focus(v)
	v.KeyDown(&fyne.KeyEvent{Name: "LeftShift"})
	for range 2 {
		v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	v.KeyUp(&fyne.KeyEvent{Name: "LeftShift"})
	if got != [2]int{at, at + 2} || text[got[0]:got[1]] != "24" {
		t.Errorf("selected %v (%q), want %d-%d", got, text[got[0]:got[1]], at, at+2)
	}
	test.Type(v, "xyz")
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	v.TypedShortcut(&fyne.ShortcutPaste{Clipboard: test.NewClipboard()})
	if v.Text != hardWrap(text, wrapAt) {
		t.Errorf("the text was edited: %q", v.Text)
	}
}
