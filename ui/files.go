package ui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// articleKinds names the files Factcheck reads as articles.
const articleKinds = "text (.txt), web page (.html), PDF, Word (.docx) or Markdown (.md)"

// onImportFiles asks for an article, a folder of articles or a link to
// import.
func (r *Review) onImportFiles() {
	r.askImport("Import articles", "The article (a "+articleKinds+" file), the folder of articles, or the web link to import:",
		r.dlg.lastFolder()+string(filepath.Separator),
		browser{text: "Browse files…", exts: articleExtensions()}, browser{text: "Browse folders…", folder: true})
}

// onImportFolder asks for a folder of articles to import.
func (r *Review) onImportFolder() {
	r.askImport("Import a folder", "The folder of articles to import (its "+articleKinds+" files, and those of its folders):",
		r.dlg.lastFolder()+string(filepath.Separator), browser{text: "Browse folders…", folder: true})
}

// onImportLink asks for a web link to fetch and import.
func (r *Review) onImportLink() {
	r.askImport("Import from a link", "The web link of the article (a page, PDF or Word file) to fetch and import:", "")
}

// articleExtensions returns the extensions of the files the file browser
// lists, in lower and upper case.
func articleExtensions() []string {
	var exts []string
	for _, e := range document.Extensions() {
		exts = append(exts, e, strings.ToUpper(e))
	}
	return exts
}

// askImport asks for a path or link to import, starting with initial, with
// the given browsers.
func (r *Review) askImport(title, label, initial string, browse ...browser) {
	if r.sess == nil {
		r.dlg.showProblem("No database is open", "Articles go into a database.", "Open or create one with the File menu first.")
		return
	}
	r.dlg.askPath(pathRequest{
		title: title, label: label, confirm: "Import", browse: browse,
		initial:     initial,
		describe:    describeImport,
		placeholder: "A file, a folder (~/articles) or a link (https://…)",
		accept: func(path string) (func(), error) {
			if !ingest.IsLink(path) {
				if _, err := existing(path); err != nil {
					return nil, err
				}
				if home, _ := os.UserHomeDir(); home != "" && filepath.Clean(path) == filepath.Clean(home) {
					return nil, errors.New("that is your whole home folder: choose the folder the articles are in")
				}
				r.dlg.chose(path)
			}
			return func() { r.importPaths([]string{path}) }, nil
		},
	})
}

// describeImport says what importing path would read: for a folder, how
// many articles of each format it holds and how many other files it
// would pass over; "" for anything else.
func describeImport(path string) string {
	if fi, err := os.Stat(path); err != nil || !fi.IsDir() {
		return ""
	}
	files, errs := ingest.Files([]string{path})
	passed, failed := errs.Split()
	kinds := map[string]int{}
	for _, f := range files {
		kinds[strings.ToLower(filepath.Ext(f))]++
	}
	var parts []string
	for _, e := range slices.Sorted(maps.Keys(kinds)) {
		parts = append(parts, fmt.Sprintf("%s %s", thousands(kinds[e]), e))
	}
	s := "No articles in this folder."
	if len(parts) > 0 {
		s = "This folder holds " + count(len(files), "article") + ": " + strings.Join(parts, ", ") + "."
	}
	if len(passed) > 0 {
		s += " " + count(len(passed), "other file") + " will be passed over."
	}
	if len(failed) > 0 {
		s += " " + count(len(failed), "file") + " cannot be read."
	}
	return s
}

// onPaste imports what the clipboard holds: the page at a link, or text
// as an article of its own.
func (r *Review) onPaste() {
	text := strings.TrimSpace(fyne.CurrentApp().Clipboard().Content())
	switch {
	case text == "":
		r.setStatus("The clipboard holds no text to import. Copy an article's text or link, then press Ctrl+V.")
	case ingest.IsLink(text) && !strings.ContainsAny(text, " \t\r\n"):
		r.importPaths([]string{text})
	default:
		name := "pasted " + time.Now().Format("2006-01-02 15.04.05") + ".txt"
		r.importPasted([]ingest.Pasted{{Name: name, Data: []byte(text + "\n")}})
	}
}

// onDropped imports the files and folders dropped on the window.
func (r *Review) onDropped(_ fyne.Position, uris []fyne.URI) {
	if r.dlg.modalOpen() {
		return
	}
	var paths []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		} else if ingest.IsLink(u.String()) {
			paths = append(paths, u.String())
		}
	}
	if len(paths) > 0 {
		r.importPaths(paths)
	}
}

// A progressDialog shows the progress of work over articles (an import, a
// re-extraction) with a button to cancel it.
type progressDialog struct {
	title  string
	noun   string // what the work goes over, one of them: "file", "article"
	bar    *widget.ProgressBar
	file   *widget.Label
	cancel *widget.Button
	dialog *dialog.CustomDialog
}

func newProgressDialog(parent fyne.Window, title, noun string, cancel func()) *progressDialog {
	d := &progressDialog{
		title: title,
		noun:  noun,
		bar:   &widget.ProgressBar{},
		file:  &widget.Label{Text: "Reading the files…", Truncation: fyne.TextTruncateEllipsis},
	}
	d.cancel = &widget.Button{Text: "Cancel", OnTapped: func() {
		cancel()
		d.cancel.Disable()
		d.file.SetText("Stopping after the articles under way…")
	}}
	content := container.NewVBox(d.file, d.bar, container.NewCenter(d.cancel))
	d.dialog = dialog.NewCustomWithoutButtons(title, content, parent)
	d.dialog.Resize(fyne.NewSize(480, 0))
	return d
}

// modal opens the dialog over the window: Escape cancels the work, Enter
// does nothing.
func (d *progressDialog) modal() *modal {
	return &modal{title: d.title, dialog: d.dialog, confirm: func() {}, escape: func() {
		if !d.cancel.Disabled() {
			d.cancel.OnTapped()
		}
	}}
}

// reporter returns a progress callback for work off the UI goroutine that
// hands the dialog, through do, at most one update each 50 ms, and the last.
func (d *progressDialog) reporter(do func(func())) func(ingest.Progress) {
	var last time.Time
	return func(p ingest.Progress) {
		if now := time.Now(); now.Sub(last) > 50*time.Millisecond || p.Done == p.Total {
			last = now
			do(func() { d.progress(p) })
		}
	}
}

// progress shows how far the work has gone.
func (d *progressDialog) progress(p ingest.Progress) {
	if p.Total > 0 {
		d.bar.SetValue(float64(p.Done) / float64(p.Total))
	}
	if d.cancel.Disabled() {
		return
	}
	if p.Done == p.Total {
		d.file.SetText(fmt.Sprintf("All %s read; grouping and listing the claims…", count(p.Total, d.noun)))
		return
	}
	d.file.SetText(fmt.Sprintf("%s of %s: %s", thousands(p.Done), thousands(p.Total), filepath.Base(p.File)))
}

// importPaths imports files, folders and links into the open database in
// the background, with a progress dialog, and then lists the claims again.
func (r *Review) importPaths(paths []string) {
	r.runImport(func(s *session, ctx context.Context, progress func(ingest.Progress)) (*ingest.Report, error) {
		return s.store.Import(ctx, paths, ingest.Options{Progress: progress})
	})
}

// importPasted imports pasted articles as importPaths does files.
func (r *Review) importPasted(pasted []ingest.Pasted) {
	r.runImport(func(s *session, ctx context.Context, progress func(ingest.Progress)) (*ingest.Report, error) {
		return s.store.ImportPasted(ctx, pasted, ingest.Options{Progress: progress})
	})
}

// runImport runs an import in the background, with a progress dialog, and
// then lists the claims again.
func (r *Review) runImport(run importFunc) {
	if r.sess == nil {
		r.dlg.showProblem("No database is open", "Articles go into a database.", "Open or create one with the File menu first.")
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	r.importing = cancel
	r.summary.hide()
	dlg := newProgressDialog(r.win, "Importing articles", "file", cancel)
	r.dlg.openModal(dlg.modal())
	s := r.sess
	r.bg.serial(func() {
		defer cancel()
		rep, l, err, loadErr := s.runImport(ctx, run, dlg.reporter(r.bg.do))
		r.bg.do(func() {
			dlg.dialog.Hide()
			r.importing = nil
			r.imported(s, l, rep, err, loadErr)
		})
	})
}

// imported shows the claims after an import and tells what it did. A
// filter on one article is lifted, so that the new articles show.
func (r *Review) imported(s *session, l *listing, rep *ingest.Report, err, loadErr error) {
	if s == r.sess && l != nil {
		r.replaceCatalog(l)
		if rep != nil && len(rep.Added) > 0 && r.col.doc != "" {
			r.col.setArticle("")
		}
	}
	msg := importSummary(rep)
	switch {
	case isCancel(err):
		msg = "Import cancelled; the articles imported before it stopped are kept. " + msg
	case err != nil:
		r.setStatus("Import failed. " + msg)
		r.dlg.showError("The import stopped", err)
		return
	case loadErr != nil:
		r.dlg.showError("The articles were imported, but the claims could not be listed", loadErr)
	}
	r.setStatus(msg)
	if rep == nil || len(rep.Errors) == 0 && len(rep.Copies) == 0 {
		r.summary.show(msg, nil)
		return
	}
	r.summary.show(msg, func() { r.showSkipped(msg, rep) })
	if passed, failed := rep.Errors.Split(); len(failed) > 0 || len(passed) > 0 && len(rep.Added)+len(rep.Unchanged)+len(rep.Copies) == 0 {
		r.showSkipped(msg, rep) // what failed, or why nothing at all was imported
	}
}

// showSkipped names the files an import skipped or passed over, and why,
// and those it stored once as copies of another.
func (r *Review) showSkipped(msg string, rep *ingest.Report) {
	passed, failed := rep.Errors.Split()
	var lines []string
	for _, fe := range failed {
		lines = append(lines, "Skipped "+fe.Error())
	}
	for _, fe := range passed {
		if errors.Is(fe, ingest.ErrNotArticle) {
			lines = append(lines, "Passed over "+fe.Path+" (not an article)")
		} else {
			lines = append(lines, "Passed over "+fe.Error()) // "….txt: empty: no text in it"
		}
	}
	for _, c := range rep.Copies {
		lines = append(lines, "Stored once: "+c.Path+" has the same bytes as "+c.Of)
	}
	hint := "Files of other kinds in a folder are passed over: Factcheck reads " + articleKinds + " files."
	if len(failed) > 0 {
		hint = advice(failed[0])
	}
	r.dlg.showProblem(msg, shorten(strings.Join(lines, "\n"), 50000), hint) // a line a file, scrolling
}

// onReextract extracts every article of the open database again with this
// version's rules, in the background with a progress dialog, and then
// lists the claims again. Rulings are kept.
func (r *Review) onReextract() {
	if r.sess == nil {
		r.dlg.showProblem("No database is open", "Only a database's articles can be extracted again.", "Open one with the File menu first.")
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	r.importing = cancel
	dlg := newProgressDialog(r.win, "Extracting the articles again", "article", cancel)
	r.dlg.openModal(dlg.modal())
	s := r.sess
	r.bg.serial(func() {
		defer cancel()
		rep, l, err, loadErr := s.reextract(ctx, dlg.reporter(r.bg.do))
		r.bg.do(func() {
			dlg.dialog.Hide()
			r.importing = nil
			if s == r.sess && loadErr == nil {
				r.replaceCatalog(l)
			}
			switch {
			case isCancel(err):
				r.setStatus("Re-extraction stopped; the articles done are updated. Run it again to finish.")
			case err != nil:
				r.setStatus("Re-extraction failed.")
				r.dlg.showError("The re-extraction stopped", err)
			case loadErr != nil:
				r.dlg.showError("The articles were extracted again, but the claims could not be listed", loadErr)
			default:
				r.setStatus(fmt.Sprintf("Extracted %s articles again: %s claims, %s new, %s removed, %s ruled on and no longer found (kept).",
					thousands(rep.Articles), thousands(rep.Claims), thousands(rep.Added), thousands(rep.Removed), thousands(rep.Orphaned)))
			}
		})
	})
}

// onReextractAsk asks before extracting every article again.
func (r *Review) onReextractAsk() {
	if r.sess == nil {
		r.onReextract() // which says no database is open
		return
	}
	r.dlg.confirm("Extract all articles again?",
		"Find the claims of every article of this database again, with this version's rules, and group them again. "+
			"Every ruling is kept; a claim that was ruled on and is no longer found stays, marked orphaned.",
		r.onReextract)
}

// offerUpdate asks, when the open database's claims were found by an
// earlier version's rules, whether to extract them again.
func (r *Review) offerUpdate(s *session) {
	r.bg.run(func() {
		old, err := s.store.RulesOutdated(s.ctx)
		if err != nil || !old {
			return
		}
		r.bg.do(func() {
			if s != r.sess {
				return
			}
			r.dlg.confirm("Update the claims?",
				"This database was made by an earlier version of Factcheck, which found claims and grouped them "+
					"by older rules. Extract its articles again with this version's rules?\n\n"+
					"Every ruling is kept; a claim that was ruled on and is no longer found stays, marked orphaned. "+
					"You can do it later with File › Extract all articles again.",
				r.onReextract)
		})
	})
}

// importSummary says what an import did: "Imported 3 articles with 41
// claims; 1 was already there; 2 skipped."
func importSummary(rep *ingest.Report) string {
	if rep == nil {
		return ""
	}
	s := fmt.Sprintf("Imported %s with %s", count(len(rep.Added), "article"), count(rep.Claims, "claim"))
	if n := len(rep.Unchanged); n > 0 {
		s += fmt.Sprintf("; %s already in the database", thousands(n))
	}
	if n := len(rep.Copies); n > 0 {
		s += fmt.Sprintf("; %s of another file, stored once", thousands(n)+map[bool]string{true: " copy", false: " copies"}[n == 1])
	}
	passed, failed := rep.Errors.Split()
	if n := len(failed); n > 0 {
		s += fmt.Sprintf("; %s skipped", thousands(n))
	}
	switch n := len(passed); {
	case n == 1 && errors.Is(passed[0], ingest.ErrNotArticle):
		s += fmt.Sprintf("; passed over %s (not an article)", filepath.Base(passed[0].Path))
	case n == 1:
		s += fmt.Sprintf("; passed over %s (%s)", filepath.Base(passed[0].Path), passed[0].Err) // "(empty: no text in it)"
	case n > 0:
		s += fmt.Sprintf("; %s passed over (not articles)", thousands(n))
	}
	return s + "."
}

// An export is a file the window writes from the open database.
type export struct {
	title, name, what string // the dialog's title, the file name suggested, what it is
	write             func(ctx context.Context, st Store, path string) error
}

// onExport asks where to write the verdicts, or the whole history, as CSV.
func (r *Review) onExport(history bool) { r.askExport(csvExport(history)) }

// csvExport is the CSV of the verdicts, or of the whole history.
func csvExport(history bool) export {
	e := export{title: "Export verdicts as CSV", name: "factcheck-verdicts.csv", what: "The CSV file to write:"}
	if history {
		e.title, e.name = "Export history as CSV", "factcheck-history.csv"
	}
	e.write = func(ctx context.Context, st Store, path string) error { return st.Export(ctx, path, history) }
	return e
}

// onExportClaimReview asks where to write the verdicts as schema.org
// ClaimReview JSON-LD, for publishing, after the newsroom's name when it
// is not known yet.
func (r *Review) onExportClaimReview() {
	pub := factcheck.Publisher{
		Name: r.app.Preferences().StringWithFallback(prefPublisher, ""),
		URL:  r.app.Preferences().StringWithFallback(prefPublisherURL, ""),
	}
	if pub.Name == "" {
		r.askPublisher(r.onExportClaimReview)
		return
	}
	what := "The JSON-LD file to write, one ClaimReview a ruled claim, signed by " + pub.Name + ":"
	if n := r.untitledRuled(); n > 0 {
		verb, them := "have", "them"
		if n == 1 {
			verb, them = "has", "it"
		}
		what = fmt.Sprintf("%s with ruled claims %s no title: the reviews name %s by file name. "+
			"Claim › Article details… gives an article its title.\n\n", count(n, "article"), verb, them) + what
	}
	r.askExport(export{
		title: "Export for publishing (ClaimReview)", name: "factcheck-claimreview.jsonld",
		what: what,
		write: func(ctx context.Context, st Store, path string) error {
			return st.ExportRecords(ctx, path, func(w io.Writer) (factcheck.RecordWriter, error) {
				return factcheck.NewClaimReviewWriter(w, pub)
			})
		},
	})
}

// untitledRuled counts the articles of the open database that have a
// ruled claim and no title: a ClaimReview names them by their file.
func (r *Review) untitledRuled() int {
	cat := r.cat()
	if cat == nil || !cat.ready() {
		return 0
	}
	seen := map[string]bool{}
	for i := range cat.claims {
		c := &cat.claims[i]
		if c.Verdict.Ruled() && c.Verdict != factcheck.Dismissed && !seen[c.Doc] && cat.labels[c.Doc].Title == "" {
			seen[c.Doc] = true
		}
	}
	return len(seen)
}

// askExport asks where to write e, and writes it there.
func (r *Review) askExport(e export) {
	if r.sess == nil {
		r.dlg.showProblem("No database is open", "Only a database's verdicts can be exported.", "Open one with the File menu first.")
		return
	}
	replace := ""
	r.dlg.askPath(pathRequest{
		title: e.title, label: e.what, confirm: "Export",
		initial: r.dlg.exportPath(e.name),
		browse:  []browser{{text: "Browse folders…", folder: true}},
		accept: func(path string) (func(), error) {
			if fi, err := os.Stat(path); err == nil && fi.IsDir() {
				path = filepath.Join(path, e.name)
			}
			if fi, err := os.Stat(filepath.Dir(path)); err != nil || !fi.IsDir() {
				return nil, fmt.Errorf("there is no folder %s", filepath.Dir(path))
			}
			if _, err := os.Stat(path); err == nil && replace != path {
				replace = path
				return nil, fmt.Errorf("%s exists: press Enter again to replace it", path)
			}
			r.dlg.choseExport(path) // (the folder articles are read from stays the one proposed for them)
			return func() { r.exportTo(path, e) }, nil
		},
	})
}

// exportTo writes e to path in the background.
func (r *Review) exportTo(path string, e export) {
	st := r.sess.store
	r.setStatus("Exporting to " + path + "…")
	r.bg.serial(func() {
		err := e.write(context.Background(), st, path)
		r.bg.do(func() {
			if err != nil {
				r.setStatus("Export failed.")
				r.dlg.showError("The file was not written", err)
				return
			}
			r.setStatus("Exported to " + path + ", from the whole database: the list's search and filters do not narrow an export.")
		})
	})
}

// onOpenDatabase asks for a database to open.
func (r *Review) onOpenDatabase() {
	r.askDatabase("Open database", "The Factcheck database to open: a .db file, or a shared review's postgres:// URL:", "Open",
		func(path string) { r.Open(path, false) })
}

// askDatabase asks for a review, a database file that exists or a
// server's URL, and gives it to use.
func (r *Review) askDatabase(title, label, confirm string, use func(path string)) {
	r.dlg.askPath(pathRequest{
		title: title, label: label, confirm: confirm,
		initial: r.dlg.lastFolder() + string(filepath.Separator),
		browse:  []browser{{text: "Browse files…", exts: []string{".db", ".sqlite"}}},
		accept: func(path string) (func(), error) {
			if !isServer(path) {
				fi, err := existing(path)
				if err != nil {
					return nil, err
				}
				if fi.IsDir() {
					return nil, fmt.Errorf("%s is a folder; choose a database file", path)
				}
				r.dlg.chose(path)
			}
			return func() { use(path) }, nil
		},
	})
}
