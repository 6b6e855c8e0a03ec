package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// A chooser is a dialog that finds one of many items by typing: a field
// filters them, the list shows those it keeps with the first highlighted;
// Down moves into the list, Up and Down choose, Enter picks the
// highlighted item, a click picks the item clicked, and Escape closes. The command palette and the article
// picker are choosers.
type chooser struct {
	title, placeholder string
	labels             []string                               // the items
	detail             func(i int) string                     // the text at an item's right; nil for none
	match              func(query string) []int               // the items a query keeps, best first
	chose              func(i int)                            // runs once the dialog has closed
	footer             func(close func()) []fyne.CanvasObject // more buttons, or a hint; nil for none
	noun               string                                 // what an item is ("command"), for the count of those shown
	size               fyne.Size
}

// openChooser opens c over the window.
func (dh *dialogHost) openChooser(c chooser) {
	shown := c.match("")
	var d *dialog.CustomDialog
	p := &pickerList{chosen: 0}
	p.Length = func() int { return len(shown) }
	var pick func()
	p.CreateItem = func() fyne.CanvasObject {
		return newTapRow(container.NewBorder(nil, nil, nil, &widget.Label{Importance: widget.LowImportance},
			&widget.Label{Truncation: fyne.TextTruncateEllipsis}), func(id int) {
			p.chosen = id
			pick() // a click picks, as Enter does
		})
	}
	p.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) {
		if id >= len(shown) {
			return
		}
		tr := o.(*tapRow)
		tr.id = id
		row := tr.content.(*fyne.Container)
		row.Objects[0].(*widget.Label).SetText(c.labels[shown[id]])
		if c.detail != nil {
			row.Objects[1].(*widget.Label).SetText(c.detail(shown[id]))
		}
	}
	p.ExtendBaseWidget(p)
	pick = func() {
		if p.chosen < 0 || p.chosen >= len(shown) {
			return
		}
		i := shown[p.chosen]
		d.Hide() // first, so that what it runs runs with no dialog open
		c.chose(i)
	}
	closeIt := func() { d.Dismiss() }
	p.onEnter, p.onEscape = pick, closeIt
	p.OnSelected = func(id widget.ListItemID) { p.chosen = id }
	none := &widget.Label{Text: "Nothing matches. Change or shorten what you typed.", Alignment: fyne.TextAlignCenter, Importance: widget.LowImportance}
	none.Hidden = len(shown) > 0
	counted := &widget.Label{Importance: widget.LowImportance}
	recount := func() {
		counted.SetText(count(len(c.labels), c.noun))
		if len(shown) < len(c.labels) {
			counted.SetText(fmt.Sprintf("%s of %s", thousands(len(shown)), count(len(c.labels), c.noun)))
		}
	}
	recount()
	find := dh.newDialogEntry(c.placeholder, closeIt)
	find.OnChanged = func(q string) {
		shown = c.match(q)
		recount()
		p.UnselectAll()
		p.chosen = 0
		p.Refresh()
		p.ScrollToTop()
		if len(shown) > 0 {
			p.Select(0)
		}
		none.Hidden = len(shown) > 0
		none.Refresh()
	}
	find.OnSubmitted = func(string) { pick() }
	find.onDown = func() {
		dh.win.Canvas().Focus(p)
		p.move(1)
	}
	var footer []fyne.CanvasObject
	if c.footer != nil {
		footer = c.footer(closeIt)
	}
	if c.noun != "" {
		footer = append(footer, layout.NewSpacer(), counted)
	}
	d = dialog.NewCustomWithoutButtons(c.title, container.NewBorder(find, container.NewHBox(footer...), nil, nil, container.NewStack(p, container.NewCenter(none))), dh.win)
	dh.openDialog(c.title, d, pick)
	d.Resize(c.size)
	if len(shown) > 0 {
		p.Select(0)
	}
	dh.win.Canvas().Focus(find)
}

// A tapRow is a row of a chooser's list that picks its item when clicked:
// the list's own selection only highlights, and a click on the row already
// highlighted would not select it again.
type tapRow struct {
	widget.BaseWidget
	content fyne.CanvasObject
	id      int // the list's row it shows
	onTap   func(id int)
}

func newTapRow(content fyne.CanvasObject, onTap func(id int)) *tapRow {
	r := &tapRow{content: content, onTap: onTap}
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer draws the row's content.
func (r *tapRow) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.content) }

// Tapped picks the row's item.
func (r *tapRow) Tapped(*fyne.PointEvent) { r.onTap(r.id) }
