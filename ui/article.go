package ui

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// onEditArticle lets the checker correct the title, outlet, byline, link
// and publication date of the selected claim's article. Each change is
// kept as an edit signed by the checker; what the file said stays. A new
// date gives the article's dates their year: its claims are extracted
// again, keeping their rulings.
func (r *Review) onEditArticle() {
	cat, ok := r.articleReady()
	if !ok {
		return
	}
	if r.checker == "" {
		r.askChecker(r.onEditArticle)
		return
	}
	c := &cat.claims[r.current]
	doc, id, s := c.Doc, c.ArticleID, r.sess
	old := cat.labels[doc]
	var d *dialog.FormDialog
	type field struct {
		name, label, hint string
		value             *string // in label
		entry             *dialogEntry
	}
	label := old
	fields := []*field{
		{name: factcheck.FieldTitle, label: "Title", hint: "The headline, as published", value: &label.Title},
		{name: factcheck.FieldOutlet, label: "Outlet", hint: "The publication or site", value: &label.Outlet},
		{name: factcheck.FieldByline, label: "Byline", hint: "The authors", value: &label.Byline},
		{name: factcheck.FieldURL, label: "Link", hint: "The article's address on the web", value: &label.URL},
		{name: factcheck.FieldPublished, label: "Published", hint: "YYYY-MM-DD: gives the article's dates their year", value: &label.Published},
	}
	var items []*widget.FormItem
	for _, f := range fields {
		f.entry = r.dlg.newDialogEntry("", func() { d.Dismiss() })
		f.entry.SetText(*f.value)
		was := *f.value
		f.entry.Validator = func(v string) error {
			if v = strings.TrimSpace(v); v == was {
				return nil // as the file has it, even a date without its year
			}
			e := factcheck.ArticleEdit{Field: f.name, Value: v, Checker: r.checker}
			return e.Validate()
		}
		f.entry.OnSubmitted = func(string) { d.Submit() }
		items = append(items, &widget.FormItem{Text: f.label, Widget: f.entry, HintText: f.hint})
	}
	title := "Article details: " + doc
	d = dialog.NewForm(title, "Save", "Cancel", items, func(save bool) {
		if !save {
			return
		}
		var edits []factcheck.ArticleEdit
		redate := false
		for _, f := range fields {
			if v := strings.TrimSpace(f.entry.Text); v != *f.value {
				edits = append(edits, factcheck.ArticleEdit{Article: id, Field: f.name, Value: v, Checker: r.checker})
				*f.value = v
				redate = redate || f.name == factcheck.FieldPublished
			}
		}
		if len(edits) == 0 {
			return
		}
		end := r.beginChange() // the watch takes no edit of the window's own for another program's
		r.bg.serial(func() {
			err := s.store.EditArticle(s.ctx, edits...)
			var l *listing
			if err == nil && redate {
				// The article's dates take the year of its new date.
				if _, err = s.store.ReextractArticles(s.ctx, []int64{id}); err == nil {
					l, err = list(s.ctx, s.store)
				}
			}
			r.bg.do(func() {
				defer end()
				if err != nil {
					r.dlg.showError("The article's details were not saved", err)
					return
				}
				if l != nil && s == r.sess {
					r.replaceCatalog(l)
					r.setStatus("Saved the details of " + label.Label(doc) + "; its dates were read again with the new publication date.")
					return
				}
				if s != r.sess || !s.cat.ready() {
					return
				}
				s.cat.labels[doc] = label
				r.col.refresh()
				if r.current >= 0 {
					r.show(r.current)
				}
				r.setStatus("Saved the details of " + label.Label(doc) + ".")
			})
		})
	}, r.win)
	r.dlg.openDialog(title, d, d.Submit)
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	r.win.Canvas().Focus(fields[0].entry)
}

// onOpenSource opens the selected claim's article where it came from:
// the link it was fetched from, else the file it was imported from, else
// the link its page names.
func (r *Review) onOpenSource() {
	cat, ok := r.articleReady()
	if !ok {
		return
	}
	c := &cat.claims[r.current]
	id, s, link := c.ArticleID, r.sess, cat.labels[c.Doc].URL
	r.bg.run(func() {
		a, err := s.store.Article(s.ctx, id)
		var path string
		if err == nil && !ingest.IsLink(a.Source) {
			path, err = filepath.Abs(a.Source)
		}
		regular := false
		if fi, err := os.Stat(path); err == nil && a.Source != "" {
			regular = fi.Mode().IsRegular()
		}
		r.bg.do(func() {
			switch {
			case err != nil:
				r.dlg.showError("Could not read the article's source", err)
			case ingest.IsLink(a.Source):
				r.openURL(a.Source)
			case !regular && link != "":
				r.openURL(link)
			case !regular:
				r.dlg.showProblem("The article has no file here", a.Source+" is not a file on this computer: the article was pasted, or its file has moved.",
					"Its text is kept in the database: the article pane shows it.")
			default:
				r.openURL(storage.NewFileURI(path).String())
			}
		})
	})
}

// openURL opens link with the desktop's handler.
func (r *Review) openURL(link string) {
	u, err := url.Parse(link)
	if err == nil {
		err = r.app.OpenURL(u)
	}
	if err != nil {
		r.dlg.showError("Could not open "+link, err)
		return
	}
	r.setStatus("Opened " + link + ".")
}

// articleReady returns the catalog when a claim is selected and the
// articles are read, and says why not otherwise.
func (r *Review) articleReady() (*catalog, bool) {
	cat := r.cat()
	switch {
	case cat == nil || r.current < 0:
		r.setStatus("No claim is selected to show its article's details: pick one in the list first.")
		return nil, false
	case !cat.ready():
		r.setStatus("The articles are still being read; try again in a moment.")
		return nil, false
	}
	return cat, true
}
