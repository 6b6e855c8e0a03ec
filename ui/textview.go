package ui

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// A textView shows an article's text for the checker to select a span of
// it, with the mouse or Shift and the arrows: a multi-line entry that
// refuses every edit. Its lines are the text's own, broken at spaces near
// wrapAt columns by putting a line break in the space's place, so that a
// byte offset into what it shows is one into the text.
type textView struct {
	widget.Entry
	text     string // as shown
	onEscape func()
	onSubmit func()               // Enter
	onSelect func(start, end int) // the span selected, byte offsets; called on every change
}

// wrapAt is the width of a textView's lines, in characters.
const wrapAt = 72

// newTextView shows text with the cursor at byte offset at; Escape calls
// onEscape, Enter onSubmit.
func newTextView(text string, at int, onEscape, onSubmit func(), onSelect func(start, end int)) *textView {
	v := &textView{text: hardWrap(text, wrapAt), onEscape: onEscape, onSubmit: onSubmit, onSelect: onSelect}
	v.MultiLine = true
	v.Wrapping = fyne.TextWrapOff
	v.ExtendBaseWidget(v)
	v.SetText(v.text)
	v.SetMinRowsVisible(6)
	before := v.text[:max(0, min(at, len(v.text)))]
	v.CursorRow = strings.Count(before, "\n")
	v.CursorColumn = utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:])
	v.OnChanged = func(s string) {
		if s != v.text { // an edit came by another way (a context menu)
			v.SetText(v.text)
		}
	}
	v.OnCursorChanged = v.selectionChanged
	return v
}

// hardWrap breaks the lines of s longer than width characters at their
// last space within it, replacing the space by a line break.
func hardWrap(s string, width int) string {
	b := []byte(s)
	lineStart, lastSpace, col := 0, -1, 0
	for i, r := range s {
		switch {
		case r == '\n':
			lineStart, lastSpace, col = i+1, -1, 0
			continue
		case r == ' ':
			lastSpace = i
		}
		col++
		if col > width && lastSpace > lineStart {
			b[lastSpace] = '\n'
			lineStart = lastSpace + 1
			col = utf8.RuneCountInString(s[lineStart : i+len(string(r))])
			lastSpace = -1
		}
	}
	return string(b)
}

// selectionChanged reports the span selected, found from the cursor's
// offset and the selection's length, whichever end the cursor is at.
func (v *textView) selectionChanged() {
	sel := v.SelectedText()
	if sel == "" || v.onSelect == nil {
		return
	}
	cursor := byteOffset(v.text, v.CursorTextOffset())
	for _, start := range []int{cursor - len(sel), cursor} {
		if start >= 0 && start+len(sel) <= len(v.text) && v.text[start:start+len(sel)] == sel {
			v.onSelect(start, start+len(sel))
			return
		}
	}
}

// byteOffset returns the byte offset of the rune at rune offset n of s.
func byteOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// TypedRune refuses typing.
func (v *textView) TypedRune(rune) {}

// TypedKey moves the cursor and the selection; Escape and Enter close
// the dialog.
func (v *textView) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight, fyne.KeyHome, fyne.KeyEnd, fyne.KeyPageUp, fyne.KeyPageDown:
		v.Entry.TypedKey(ev)
	case fyne.KeyEscape:
		v.onEscape()
	case fyne.KeyReturn, fyne.KeyEnter:
		v.onSubmit()
	}
}

// TypedShortcut copies and selects; it refuses what would edit.
func (v *textView) TypedShortcut(s fyne.Shortcut) {
	switch s.(type) {
	case *fyne.ShortcutPaste, *fyne.ShortcutCut, *fyne.ShortcutUndo, *fyne.ShortcutRedo:
		return
	}
	v.Entry.TypedShortcut(s)
}
