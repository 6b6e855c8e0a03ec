package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A summaryBar shows what the last import did above the claims, until the
// checker closes it or the next import starts: unlike the status bar, no
// later message replaces it. It takes no keys, so the list keeps them.
type summaryBar struct {
	box     *fyne.Container
	text    *widget.Label
	details *widget.Button // the files skipped, when there are any
	onMore  func()
}

func newSummaryBar() *summaryBar {
	b := &summaryBar{text: &widget.Label{Wrapping: fyne.TextWrapWord}}
	b.details = &widget.Button{Text: "Which files…", Importance: widget.LowImportance, OnTapped: func() {
		if b.onMore != nil {
			b.onMore()
		}
	}}
	closeButton := &widget.Button{Icon: theme.CancelIcon(), Importance: widget.LowImportance, OnTapped: b.hide}
	b.box = container.NewVBox(container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()),
		container.NewHBox(b.details, closeButton), b.text), widget.NewSeparator())
	b.box.Hide()
	return b
}

// show shows msg; more, when not nil, lists the files skipped.
func (b *summaryBar) show(msg string, more func()) {
	b.text.SetText(msg)
	b.onMore = more
	if more == nil {
		b.details.Hide()
	} else {
		b.details.Show()
	}
	b.box.Show()
	logf("summary: %s", msg)
}

func (b *summaryBar) hide() { b.box.Hide() }
