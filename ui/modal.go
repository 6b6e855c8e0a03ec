package ui

import (
	"fmt"
	"os"
	"slices"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A dialogHost opens the window's dialogs, and keeps those open in a
// stack: while one is open no command of the window runs (see modal). It
// also asks for paths (paths.go) and choices (chooser.go, the superseding
// claim) in dialogs.
type dialogHost struct {
	// OnClosed is called when the last dialog open has closed and nothing
	// has the focus.
	OnClosed func()

	win    fyne.Window
	prefs  fyne.Preferences
	bg     *background // runs what the dialogs read off the UI goroutine
	modals []*modal    // the dialogs open, the top one last
	picker *picker     // the latest superseding-claim dialog

	// The latest single key typed, and when: the dialog it opens must
	// not take its character (see skipRune).
	key   fyne.KeyName
	keyAt time.Time
}

// newDialogHost returns the dialog host of win, whose app keeps prefs.
func newDialogHost(win fyne.Window, prefs fyne.Preferences) *dialogHost {
	return &dialogHost{win: win, prefs: prefs}
}

// keyTyped notes that the single key k was just typed.
func (dh *dialogHost) keyTyped(k fyne.KeyName) { dh.key, dh.keyAt = k, time.Now() }

// A modal is a dialog open over the window. While one is open no command
// of the window runs (no single key, shortcut or menu item): keys go to
// the dialog, Escape dismisses the top one and Enter confirms it.
type modal struct {
	title   string
	dialog  dialog.Dialog
	confirm func()            // what Enter does
	escape  func()            // what Escape does
	scroll  *container.Scroll // what the arrows, Page Up and Down, Home and End scroll; nil for none
}

// openDialog shows d as the window's top dialog, called title in the log.
// Enter runs confirm, or dismisses d when confirm is nil; Escape dismisses
// it. Every dialog of the window opens through here or through openModal.
func (dh *dialogHost) openDialog(title string, d dialog.Dialog, confirm func()) {
	if confirm == nil {
		confirm = d.Dismiss
	}
	dh.openModal(&modal{title: title, dialog: d, confirm: confirm, escape: d.Dismiss})
}

// openModal shows m's dialog as the window's top dialog.
func (dh *dialogHost) openModal(m *modal) {
	title, d := m.title, m.dialog
	dh.modals = append(dh.modals, m)
	d.SetOnClosed(func() {
		dh.modals = slices.DeleteFunc(dh.modals, func(o *modal) bool { return o == m })
		logf("dialog closed: %s", title)
		if len(dh.modals) == 0 && dh.win.Canvas().Focused() == nil {
			dh.OnClosed()
		}
	})
	logf("dialog: %s", title)
	d.Show()
}

// confirm asks a yes-or-no question; Enter says yes and runs yes, Escape
// says no.
func (dh *dialogHost) confirm(title, message string, yes func()) {
	d := dialog.NewConfirm(title, message, func(ok bool) {
		if ok {
			yes()
		}
	}, dh.win)
	dh.openDialog(title, d, d.Confirm)
}

// confirmLoss asks before something that loses the checker's work: its
// buttons say what each does (yesText, noText), the one that loses is
// marked as dangerous, and Enter, like Escape, takes the safe one.
func (dh *dialogHost) confirmLoss(title, message, yesText, noText string, yes func()) {
	d := dialog.NewConfirm(title, message, func(ok bool) {
		if ok {
			yes()
		}
	}, dh.win)
	d.SetConfirmText(yesText)
	d.SetDismissText(noText)
	d.SetConfirmImportance(widget.DangerImportance)
	dh.openDialog(title, d, d.Dismiss)
}

// newDialogEntry returns a field for a dialog that onEscape closes; a
// letter key that just opened the dialog is not typed into it.
func (dh *dialogHost) newDialogEntry(placeholder string, onEscape func()) *dialogEntry {
	e := newDialogEntry(placeholder, onEscape)
	if time.Since(dh.keyAt) < 200*time.Millisecond {
		e.skip.after(dh.key)
	}
	return e
}

// modalOpen reports whether a dialog has the window.
func (dh *dialogHost) modalOpen() bool { return len(dh.modals) > 0 }

// dialogKey handles a key typed while a dialog is open and no field of it
// takes the key: Escape dismisses the top dialog, Enter confirms it.
func (dh *dialogHost) dialogKey(ev *fyne.KeyEvent) {
	m := dh.modals[len(dh.modals)-1]
	switch ev.Name {
	case fyne.KeyEscape:
		m.escape()
	case fyne.KeyReturn, fyne.KeyEnter:
		m.confirm()
	default:
		if m.scroll != nil {
			scrollByKey(m.scroll, ev.Name)
		}
	}
}

// scrollByKey scrolls sc as the key k asks: a line for the arrows, a
// page for Page Up and Down, to either end for Home and End.
func scrollByKey(sc *container.Scroll, k fyne.KeyName) {
	line, page := theme.TextSize()*2, sc.Size().Height*0.9
	y := sc.Offset.Y
	switch k {
	case fyne.KeyDown:
		y += line
	case fyne.KeyUp:
		y -= line
	case fyne.KeyPageDown:
		y += page
	case fyne.KeyPageUp:
		y -= page
	case fyne.KeyHome:
		y = 0
	case fyne.KeyEnd:
		y = sc.Content.MinSize().Height
	default:
		return
	}
	sc.Offset.Y = max(0, min(y, sc.Content.MinSize().Height-sc.Size().Height))
	sc.Refresh()
}

// logf writes a line to standard error: the status bar's messages and the
// dialogs opened and closed, so that a session can be followed (and the
// real-window tests can follow it).
func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "factcheck: "+format+"\n", args...)
}

// A dialogEntry is a one-line field of a dialog: Enter submits it, Escape
// runs onEscape (closing the dialog), and the character of the key that
// opened the dialog is not typed into it.
type dialogEntry struct {
	widget.Entry
	onEscape func()
	onDown   func() // Down moves to what the field filters, when not nil
	skip     skipRune
}

func newDialogEntry(placeholder string, onEscape func()) *dialogEntry {
	e := &dialogEntry{onEscape: onEscape}
	e.PlaceHolder = placeholder
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey runs onEscape on Escape and onDown on Down.
func (e *dialogEntry) TypedKey(ev *fyne.KeyEvent) {
	switch {
	case ev.Name == fyne.KeyEscape && e.onEscape != nil:
		e.onEscape()
	case ev.Name == fyne.KeyDown && e.onDown != nil:
		e.onDown()
	default:
		e.Entry.TypedKey(ev)
	}
}

// TypedRune types r, unless it is the character of the key that focused
// the field.
func (e *dialogEntry) TypedRune(r rune) {
	if e.skip.drop(r) {
		return
	}
	e.Entry.TypedRune(r)
}

// A skipRune drops one character typed right after a single key moved
// the focus into a text field: the system sends the key's character just
// after the key, and it would land in the field.
type skipRune struct {
	r     rune
	until time.Time
}

// after arms the skip for the key k, when k is a letter.
func (s *skipRune) after(k fyne.KeyName) {
	if len(k) == 1 {
		s.r, s.until = unicode.ToLower(rune(k[0])), time.Now().Add(200*time.Millisecond)
	}
}

// drop reports whether r is the character to skip, and disarms the skip.
func (s *skipRune) drop(r rune) bool {
	skip := s.r
	s.r = 0
	return skip != 0 && unicode.ToLower(r) == skip && time.Now().Before(s.until)
}
