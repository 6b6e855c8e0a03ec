package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestConfirmLossEnterIsSafe: Enter on a question that would lose the
// checker's work takes the safe answer; only the named button loses it.
func TestConfirmLossEnterIsSafe(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel("list"))
	dh := &dialogHost{win: w, OnClosed: func() {}}
	lost := false
	dh.confirmLoss("Lose 1 unsaved note?", "You wrote a note.", "Quit and lose them", "Go back", func() { lost = true })
	if !dh.modalOpen() {
		t.Fatal("no dialog open")
	}
	dh.dialogKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if lost || dh.modalOpen() {
		t.Fatalf("Enter: lost %v, dialog open %v; want the dialog closed and nothing lost", lost, dh.modalOpen())
	}
	dh.confirmLoss("Lose 1 unsaved note?", "You wrote a note.", "Quit and lose them", "Go back", func() { lost = true })
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Quit and lose them" {
			test.Tap(b)
		}
	}
	if !lost {
		t.Error("the button that says it loses them did not")
	}
}
