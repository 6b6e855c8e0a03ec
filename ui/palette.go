package ui

import (
	"fyne.io/fyne/v2"
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
		{label: "Filter › Clear the search and the filters", run: func() { r.col.clearFilters(); r.focusList() }},
		{label: "Filter › One article…", run: r.onPickArticle},
		{label: "Filter › With a suggestion, or not", run: r.col.toggleSuggested},
		{label: "Filter › Mine (the articles assigned to me), or not", run: r.col.toggleMine},
	}
	for _, k := range kindOptions() {
		out = append(out, action{label: "Filter › Kind › " + k, run: func() { r.col.setKind(k) }})
	}
	for _, v := range verdictOptions() {
		out = append(out, action{label: "Filter › Verdict › " + v, run: func() { r.col.setVerdict(v) }})
	}
	return out
}

// onPalette opens the command palette: every action of the menus, found
// by typing part of its name (fuzzily, as the claim search does). It is
// the keyboard route to every menu item and filter.
func (r *Review) onPalette() {
	all := r.actions()
	labels := make([]string, len(all))
	for i, a := range all {
		labels[i] = a.label
	}
	r.dlg.openChooser(chooser{
		title: "Commands", placeholder: "Type part of a command's name", labels: labels,
		detail: func(i int) string { return all[i].keys },
		match: func(q string) []int {
			if q == "" {
				return indexes(len(all))
			}
			var out []int
			for _, m := range fuzzy.Find(q, labels) {
				out = append(out, m.Index)
			}
			return out
		},
		chose: func(i int) { all[i].run() },
		footer: func(func()) []fyne.CanvasObject {
			return []fyne.CanvasObject{&widget.Label{Text: "Enter runs the highlighted one; Down moves into the list.", Importance: widget.LowImportance}}
		},
		noun: "command",
		size: fyne.NewSize(640, 480),
	})
}

// indexes returns 0, 1, …, n-1.
func indexes(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}
