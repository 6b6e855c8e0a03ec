package ui

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/search"
	"github.com/sahilm/fuzzy"
)

// prefChecker keeps the checker's name in the preferences.
const prefChecker = "checker"

// prefPublisher and prefPublisherURL keep the newsroom that publishes the
// verdicts (the author of each ClaimReview).
const (
	prefPublisher    = "publisher"
	prefPublisherURL = "publisherURL"
)

// askPublisher asks for the newsroom's name and home page, keeps them,
// and runs then.
func (r *Review) askPublisher(then func()) {
	var d *dialog.FormDialog
	name := r.dlg.newDialogEntry("e.g. The Eastport Ledger", func() { d.Dismiss() })
	name.SetText(r.app.Preferences().StringWithFallback(prefPublisher, ""))
	name.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("the newsroom's name is needed")
		}
		return nil
	}
	home := r.dlg.newDialogEntry("https://…", func() { d.Dismiss() })
	home.SetText(r.app.Preferences().StringWithFallback(prefPublisherURL, ""))
	name.OnSubmitted = func(string) { d.Submit() }
	home.OnSubmitted = func(string) { d.Submit() }
	items := []*widget.FormItem{
		{Text: "Newsroom", Widget: name, HintText: "Signs every published review; kept for next time."},
		{Text: "Home page", Widget: home, HintText: "Optional."},
	}
	d = dialog.NewForm("Who publishes the verdicts?", "Continue", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		r.app.Preferences().SetString(prefPublisher, strings.TrimSpace(name.Text))
		r.app.Preferences().SetString(prefPublisherURL, strings.TrimSpace(home.Text))
		then()
	}, r.win)
	r.dlg.openDialog("Who publishes the verdicts?", d, d.Submit)
	d.Resize(fyne.NewSize(480, d.MinSize().Height))
	r.win.Canvas().Focus(name)
}

// askChecker asks the checker's name, keeps it in the preferences, and
// then runs then (when not nil). Enter gives the name, Escape puts it off.
func (r *Review) askChecker(then func()) {
	var d *dialog.FormDialog
	name := r.dlg.newDialogEntry("e.g. Ana Duarte", func() { d.Dismiss() })
	name.SetText(r.checker)
	name.Validator = func(s string) error { return factcheck.ValidateChecker(strings.TrimSpace(s)) }
	name.OnSubmitted = func(string) { d.Submit() }
	items := []*widget.FormItem{{Text: "Your name", Widget: name, HintText: "Signs every ruling you make; kept for next time."}}
	d = dialog.NewForm("Who is checking?", "Start", "Later", items, func(ok bool) {
		if !ok {
			r.setStatus("Rulings need your name: Edit › Checker name.")
			return
		}
		r.checker = strings.TrimSpace(name.Text)
		r.app.Preferences().SetString(prefChecker, r.checker)
		r.updateStatus()
		r.showWhere()
		r.col.assignmentsChanged() // Mine is the new checker's
		if then != nil {
			then()
		}
	}, r.win)
	r.dlg.openDialog("Who is checking?", d, d.Submit)
	d.Resize(fyne.NewSize(420, d.MinSize().Height))
	r.win.Canvas().Focus(name)
}

// whereText is the status bar's right side: who checks which database.
func (r *Review) whereText() string {
	s := ""
	if r.checker != "" {
		s = "Checker: " + r.checker
	}
	if r.sess != nil {
		if s != "" {
			s += "   ·   "
		}
		if r.sess.store.ReadOnly() {
			s += "read-only: " // before the path, which the bar may shorten
		}
		s += r.sess.store.Path()
	}
	return s
}

// A picker is a dialog listing claims to choose one from: those of a
// group, or those a search of every claim finds.
type picker struct {
	search  *dialogEntry
	list    *pickerList
	confirm *widget.Button
	dialog  *dialog.CustomDialog
	choices []int // catalog indexes of the claims listed
	typed   int   // searches started, so that only the last one's hits show
	shown   int   // the search whose hits show
	// enter: Enter was pressed during a search; its first hit is taken
	// once it shows, by onShown.
	enter   bool
	onShown func()
}

// pickerHits is how many claims a search in the picker lists.
const pickerHits = 200

// pickSuperseding asks which claim supersedes claim i: one of group
// (catalog indexes) at first, preselecting preselect when it is one of
// them (else the first), or any claim of the review the checker searches
// for, as the list's search does. It calls then with the choice.
func (dh *dialogHost) pickSuperseding(cat *catalog, i int, group []int, preselect int, then func(j int)) {
	p := &picker{choices: group}
	var confirm func()
	confirm = func() {
		if p.shown != p.typed {
			p.enter = true // as the checker typed: Enter takes what they searched for
			return
		}
		if p.list.chosen >= 0 && p.list.chosen < len(p.choices) {
			p.dialog.Hide()
			then(p.choices[p.list.chosen])
		}
	}
	p.onShown = func() {
		if p.enter {
			p.enter = false
			confirm()
		}
	}
	hide := func() { p.dialog.Hide() }
	p.list = &pickerList{onEnter: confirm, onEscape: hide, chosen: -1}
	p.list.Length = func() int { return len(p.choices) }
	p.list.CreateItem = func() fyne.CanvasObject { return newClaimRow() }
	p.list.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) {
		if id < len(p.choices) {
			c := &cat.claims[p.choices[id]]
			o.(*claimRow).setGroupMember(c, cat.articleLabel(c.Doc), cat.publishedOn(c.Doc))
		}
	}
	p.list.ExtendBaseWidget(p.list)
	p.confirm = &widget.Button{Text: "Superseded by this claim   Enter", Importance: widget.HighImportance, OnTapped: confirm}
	p.confirm.Disable()
	p.list.OnSelected = func(id widget.ListItemID) { p.list.chosen = id; p.confirm.Enable() }
	p.search = dh.newDialogEntry("Search every claim: words, numbers, article", hide)
	p.search.onDown = func() {
		dh.win.Canvas().Focus(p.list)
		p.list.move(1) // the next claim, as the command palette's Down does: the first is chosen already
	}
	p.search.OnSubmitted = func(string) { confirm() }
	p.search.OnChanged = func(q string) { dh.searchSuperseding(p, cat, i, group, q) }
	cancel := &widget.Button{Text: "Cancel   Esc", OnTapped: hide}
	c := &cat.claims[i]
	what := "The claims about the same thing are listed; search for any other."
	if len(group) == 0 {
		what = "No other claim is about the same thing as far as Factcheck can tell: search for the newer figure."
	}
	intro := container.NewVBox(&widget.Label{
		Text:     fmt.Sprintf("Which claim supersedes “%s” (%s)? %s", oneLine(c.Text), cat.articleLabel(c.Doc), what),
		Wrapping: fyne.TextWrapWord,
	}, p.search)
	content := container.NewBorder(intro, container.NewHBox(cancel, p.confirm), nil, nil, p.list)
	p.dialog = dialog.NewCustomWithoutButtons("Superseded by…", content, dh.win)
	if len(group) > 0 {
		p.list.Select(0)
	}
	for k, j := range group {
		if j == preselect {
			p.list.Select(k)
		}
	}
	dh.picker = p
	dh.openDialog("Superseded by…", p.dialog, confirm)
	p.dialog.Resize(fyne.NewSize(640, 480))
	// Typing searches; Down goes to the list's next claim; Enter takes the
	// claim chosen.
	dh.win.Canvas().Focus(p.search)
}

// searchSuperseding lists in p the claims that match q, the best first,
// claim i left out; the group again when q is empty. The search runs off
// the UI goroutine.
func (dh *dialogHost) searchSuperseding(p *picker, cat *catalog, i int, group []int, q string) {
	p.typed++
	n := p.typed
	show := func(choices []int) {
		if n != p.typed {
			return
		}
		p.shown = n
		p.choices = choices
		p.list.UnselectAll()
		p.list.chosen = -1
		p.confirm.Disable()
		p.list.Refresh()
		if len(choices) > 0 {
			p.list.Select(0)
		}
		p.onShown()
	}
	if strings.TrimSpace(q) == "" {
		show(group)
		return
	}
	dh.bg.run(func() {
		hits, err := cat.index.Search(context.Background(), q, search.Filter{}, pickerHits+1)
		var choices []int
		for _, h := range hits {
			if err == nil && h.Entry != i && len(choices) < pickerHits {
				choices = append(choices, h.Entry)
			}
		}
		dh.bg.do(func() { show(choices) })
	})
}

// A pickerList is a picker's list: Up and Down choose, Enter confirms,
// Escape cancels.
type pickerList struct {
	widget.List
	onEnter, onEscape func()
	chosen            int // the selected row, or -1
}

// TypedKey moves the choice or closes the dialog.
func (l *pickerList) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		l.onEnter()
	case fyne.KeyEscape:
		l.onEscape()
	case fyne.KeyDown, fyne.KeyJ:
		l.move(1)
	case fyne.KeyUp, fyne.KeyK:
		l.move(-1)
	default:
		l.List.TypedKey(ev)
	}
}

// move selects the row delta rows from the selected one.
func (l *pickerList) move(delta int) {
	if n := l.Length(); n > 0 {
		l.chosen = min(max(l.chosen+delta, 0), n-1)
		l.Select(l.chosen)
	}
}

// onPickArticle lets the checker keep one article's claims, searching the
// articles' titles, outlets and file names.
func (r *Review) onPickArticle() {
	cat := r.cat()
	if cat == nil || !cat.ready() {
		r.setStatus("The articles are still being read; try again in a moment.")
		return
	}
	names := cat.articles
	labels := make([]string, len(names))
	for i, n := range names {
		labels[i] = cat.articleLabel(n)
		if labels[i] != n {
			labels[i] += "  ·  " + n
		}
	}
	r.dlg.openChooser(chooser{
		title: "Show the claims of one article", placeholder: "Type part of an article's title, outlet or file name; Down to the list, Enter picks",
		labels: labels,
		detail: func(i int) string {
			span := cat.docs[names[i]]
			return count(span[1]-span[0], "claim")
		},
		match: func(q string) []int {
			if strings.TrimSpace(q) == "" {
				return indexes(len(labels))
			}
			var out []int
			for _, m := range fuzzy.Find(q, labels) { // best first; "michgan" finds Michigan
				out = append(out, m.Index)
			}
			return out
		},
		chose: func(i int) { r.col.setArticle(names[i]) },
		footer: func(close func()) []fyne.CanvasObject {
			return []fyne.CanvasObject{
				&widget.Button{Text: allArticles, OnTapped: func() { close(); r.col.setArticle("") }},
				&widget.Button{Text: "Cancel   Esc", OnTapped: close},
			}
		},
		noun: "article",
		size: fyne.NewSize(560, 480),
	})
}

// onHelp lists every shortcut.
func (r *Review) onHelp() {
	form := container.New(layout.NewFormLayout())
	for _, section := range helpSections {
		form.Add(&widget.Label{Text: section, TextStyle: fyne.TextStyle{Bold: true}})
		form.Add(layout.NewSpacer())
		for _, cmd := range r.commands() {
			if cmd.shortcut != nil && cmd.section == section {
				form.Add(&widget.Label{Text: strings.Join(keysText(cmd), "  or  "), TextStyle: fyne.TextStyle{Monospace: true}})
				form.Add(widget.NewLabel(cmd.label))
			}
		}
	}
	note := &widget.Label{
		Text: "Single keys work whenever the cursor is not in a text field and no dialog is open; Escape leaves a field " +
			"or closes a dialog, Enter confirms it. Tab goes from the note to the evidence. In a text field, Ctrl+Z undoes typing. " +
			"Ctrl+Shift+P finds any command of the menus by name.",
		Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance,
	}
	sc := container.NewVScroll(form)
	d := dialog.NewCustom("Keyboard shortcuts", "Close   Esc", container.NewBorder(nil, note, nil, nil, sc), r.win)
	r.dlg.openModal(&modal{title: "Keyboard shortcuts", dialog: d, confirm: d.Dismiss, escape: d.Dismiss, scroll: sc}) // the keys scroll it
	d.Resize(fyne.NewSize(560, 660))
}

// keysText lists the keys that run a command, as the help dialog writes
// them.
func keysText(cmd command) []string {
	keys := []string{shortcutText(cmd.shortcut)}
	for _, k := range cmd.keys {
		keys = append(keys, keyText(k))
	}
	for _, a := range cmd.aliases {
		if ks, ok := a.(fyne.KeyboardShortcut); ok {
			if t := shortcutText(&desktop.CustomShortcut{KeyName: ks.Key(), Modifier: ks.Mod()}); !slices.Contains(keys, t) {
				keys = append(keys, t)
			}
		}
	}
	return keys
}

// onAbout names the program and its version.
func (r *Review) onAbout() {
	v := r.opt.Version
	if v == "" {
		v = "dev"
	}
	d := dialog.NewInformation("About Factcheck",
		"Factcheck "+v+"\n\nLists every quantitative claim in a batch of news articles,\n"+
			"lets a checker rule on each one, and keeps every ruling.", r.win)
	r.dlg.openDialog("About Factcheck", d, nil)
}
