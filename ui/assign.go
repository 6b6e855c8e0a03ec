package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/factcheck/factcheck/factcheck"
)

// Who does what on a desk: an article is assigned to a checker (Claim ›
// Assign the article), the Mine filter keeps the claims of the articles
// assigned to the window's checker, and the progress view counts each
// checker's assigned claims.

// assignTarget returns the article Assign acts on: the article filter's,
// else the selected claim's; "" and false, having said why, when none.
func (r *Review) assignTarget(cat *catalog) (doc string, id int64, ok bool) {
	doc = r.col.doc
	if doc == "" && r.current >= 0 {
		doc = cat.claims[r.current].Doc
	}
	if doc == "" {
		r.setStatus("Select a claim, or choose an article: its article is assigned.")
		return "", 0, false
	}
	if id, ok = cat.articleID(doc); !ok {
		r.setStatus("The article's claims are still being read; try again in a moment.")
		return "", 0, false
	}
	return doc, id, true
}

// onAssign asks which checker the article of the article filter, or else
// of the selected claim, is assigned to (none, to unassign it), and
// stores the assignment signed by the window's checker.
func (r *Review) onAssign() {
	cat := r.cat()
	if cat == nil {
		r.setStatus("Open a database first: its articles are assigned.")
		return
	}
	doc, id, ok := r.assignTarget(cat)
	if !ok {
		return
	}
	if r.checker == "" {
		r.askChecker(r.onAssign)
		return
	}
	was := cat.assigned[id]
	var d *dialog.FormDialog
	name := r.dlg.newDialogEntry("e.g. Ana Duarte", func() { d.Dismiss() })
	name.SetText(was)
	if was == "" {
		name.SetText(r.checker)
	}
	name.Validator = func(s string) error {
		if s = strings.TrimSpace(s); s == "" {
			return nil // unassigns
		}
		return factcheck.ValidateChecker(s)
	}
	name.OnSubmitted = func(string) { d.Submit() }
	hint := "Nobody's yet. Leave it empty to keep it so."
	if was != "" {
		hint = "Now " + was + "'s. Leave it empty to unassign it."
	}
	items := []*widget.FormItem{{Text: "Checker", Widget: name, HintText: hint}}
	label := cat.articleLabel(doc)
	title := "Assign " + label
	d = dialog.NewForm(title, "Assign", "Cancel", items, func(ok bool) {
		if ok {
			r.assign(id, label, strings.TrimSpace(name.Text))
		}
	}, r.win)
	r.dlg.openDialog(title, d, d.Submit)
	d.Resize(fyne.NewSize(480, d.MinSize().Height))
	r.win.Canvas().Focus(name)
}

// assign stores that the article is checker's ("" nobody's), and then
// shows it: the Mine filter and the progress view count it at once.
func (r *Review) assign(article int64, label, checker string) {
	s, by := r.sess, r.checker
	r.bg.serial(func() {
		n, err := s.store.Assign(context.Background(), []int64{article}, checker, by)
		r.bg.do(func() {
			switch {
			case err != nil:
				r.dlg.showError("The article was not assigned", err)
				return
			case s != r.sess:
				return
			}
			s.cat.setAssigned(article, checker)
			r.col.assignmentsChanged()
			r.setStatus(assignedText(label, checker, n > 0))
		})
	})
}

// assignedText says what an assignment did: "Assigned Rafah crossing
// opens (AP) to Ana.", or that it was so already.
func assignedText(label, checker string, changed bool) string {
	switch {
	case checker == "" && changed:
		return fmt.Sprintf("Unassigned %s.", label)
	case checker == "":
		return fmt.Sprintf("%s was assigned to nobody already.", label)
	case changed:
		return fmt.Sprintf("Assigned %s to %s.", label, checker)
	}
	return fmt.Sprintf("%s was assigned to %s already.", label, checker)
}
