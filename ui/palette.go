package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
	"github.com/sahilm/fuzzy"
)

// An action is a line of the command palette: a command of the menus, or
// a recent database to open.
type action struct {
	label string // "File › Import folder…"
	keys  string // its shortcut, "" for none
	run   func()
}

// actions lists what the palette offers, in menu order.
func (r *Review) actions() []action {
	var out []action
	for _, cmd := range r.commands() {
		if cmd.shortcut == keyPalette {
			continue
		}
		a := action{label: cmd.menu + " › " + cmd.label, run: cmd.run}
		if cmd.shortcut != nil {
			a.keys = shortcutText(cmd.shortcut)
		}
		out = append(out, a)
	}
	for _, p := range r.recent() {
		out = append(out, action{label: "File › Recent database › " + p, run: func() { r.Open(p, false) }})
	}
	return append(out, r.filterActions()...)
}

// filterActions are the filters of the list as actions: the keyboard
// route to each of them.
func (r *Review) filterActions() []action {
	out := []action{
		{label: "Filter › Clear the search and the filters", run: func() { r.clearFilters(); r.focusList() }},
		{label: "Filter › One article…", run: r.onPickArticle},
		{label: "Filter › With a suggestion, or not", run: func() { r.suggested.SetChecked(!r.suggested.Checked) }},
	}
	for _, k := range kindOptions() {
		out = append(out, action{label: "Filter › Kind › " + k, run: func() { r.kinds.SetSelected(k) }})
	}
	for _, v := range verdictOptions() {
		out = append(out, action{label: "Filter › Verdict › " + v, run: func() { r.verdicts.SetSelected(v) }})
	}
	return out
}

// onPalette opens the command palette: every action of the menus, found
// by typing part of its name (fuzzily, as the claim search does); Up and
// Down choose, Enter runs, Escape closes. It is the keyboard route to
// every menu item.
func (r *Review) onPalette() {
	all := r.actions()
	labels := make([]string, len(all))
	for i, a := range all {
		labels[i] = a.label
	}
	shown := all
	var d *dialog.CustomDialog
	p := &pickerList{chosen: 0}
	p.Length = func() int { return len(shown) }
	p.CreateItem = func() fyne.CanvasObject {
		return container.NewBorder(nil, nil, nil, &widget.Label{Importance: widget.LowImportance},
			&widget.Label{Truncation: fyne.TextTruncateEllipsis})
	}
	p.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) {
		if id >= len(shown) {
			return
		}
		c := o.(*fyne.Container)
		c.Objects[0].(*widget.Label).SetText(shown[id].label)
		c.Objects[1].(*widget.Label).SetText(shown[id].keys)
	}
	p.ExtendBaseWidget(p)
	run := func() {
		if p.chosen < 0 || p.chosen >= len(shown) {
			return
		}
		a := shown[p.chosen]
		d.Hide() // first, so that the action runs with no dialog open
		a.run()
	}
	p.onEnter, p.onEscape = run, func() { d.Dismiss() }
	p.OnSelected = func(id widget.ListItemID) { p.chosen = id }
	find := r.newDialogEntry("Type part of a command's name", func() { d.Dismiss() })
	find.OnChanged = func(q string) {
		shown = all
		if q != "" {
			shown = nil
			for _, m := range fuzzy.Find(q, labels) {
				shown = append(shown, all[m.Index])
			}
		}
		p.UnselectAll()
		p.chosen = 0
		p.Refresh()
		p.ScrollToTop()
		if len(shown) > 0 {
			p.Select(0)
		}
	}
	find.OnSubmitted = func(string) { run() }
	find.onDown = func() {
		r.win.Canvas().Focus(p)
		p.move(1)
	}
	hint := &widget.Label{Text: fmt.Sprintf("%d commands. Enter runs the highlighted one; Down moves into the list.", len(all)),
		Importance: widget.LowImportance}
	content := container.NewBorder(find, hint, nil, nil, p)
	d = dialog.NewCustomWithoutButtons("Commands", content, r.win)
	r.openDialog("Commands", d, run)
	d.Resize(fyne.NewSize(640, 480))
	p.Select(0)
	r.win.Canvas().Focus(find)
}
