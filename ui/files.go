package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// onImportFiles asks for an article or a folder of articles to import.
func (r *Review) onImportFiles() {
	r.askImport("Import articles", "The article (a .txt file) or the folder of articles to import:",
		browser{text: "Browse files…", exts: []string{".txt", ".TXT"}}, browser{text: "Browse folders…", folder: true})
}

// onImportFolder asks for a folder of articles to import.
func (r *Review) onImportFolder() {
	r.askImport("Import a folder", "The folder of articles to import (its .txt files, and those of its folders):",
		browser{text: "Browse folders…", folder: true})
}

// askImport asks for a path to import with the given browsers.
func (r *Review) askImport(title, label string, browse ...browser) {
	if r.sess == nil {
		r.dlg.showProblem("No database is open", "Articles go into a database.", "Open or create one with the File menu first.")
		return
	}
	r.dlg.askPath(pathRequest{
		title: title, label: label, confirm: "Import", browse: browse,
		initial: r.dlg.lastFolder() + string(filepath.Separator),
		accept: func(path string) error {
			if _, err := existing(path); err != nil {
				return err
			}
			r.dlg.chose(path)
			r.importPaths([]string{path})
			return nil
		},
	})
}

// A progressDialog shows the progress of work over articles (an import, a
// re-extraction) with a button to cancel it.
type progressDialog struct {
	title  string
	bar    *widget.ProgressBar
	file   *widget.Label
	cancel *widget.Button
	dialog *dialog.CustomDialog
}

func newProgressDialog(parent fyne.Window, title string, cancel func()) *progressDialog {
	d := &progressDialog{
		title: title,
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
	d.file.SetText(fmt.Sprintf("%s of %s: %s", thousands(p.Done), thousands(p.Total), filepath.Base(p.File)))
}

// importPaths imports files and folders into the open database in the
// background, with a progress dialog, and then lists the claims again.
func (r *Review) importPaths(paths []string) {
	if r.sess == nil {
		r.dlg.showProblem("No database is open", "Articles go into a database.", "Open or create one with the File menu first.")
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	r.importing = cancel
	dlg := newProgressDialog(r.win, "Importing articles", cancel)
	r.dlg.openModal(dlg.modal())
	s := r.sess
	r.bg.serial(func() {
		defer cancel()
		rep, l, err, loadErr := s.importPaths(ctx, paths, dlg.reporter(r.bg.do))
		r.bg.do(func() {
			dlg.dialog.Hide()
			r.importing = nil
			r.imported(s, l, rep, err, loadErr)
		})
	})
}

// imported shows the claims after an import and tells what it did.
func (r *Review) imported(s *session, l *listing, rep *ingest.Report, err, loadErr error) {
	if s == r.sess && l != nil {
		r.replaceCatalog(l)
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
	if rep != nil && len(rep.Errors) > 0 {
		var lines []string
		for _, fe := range rep.Errors {
			lines = append(lines, fe.Error())
		}
		r.dlg.showProblem(fmt.Sprintf("%d files were skipped", len(rep.Errors)),
			shorten(strings.Join(lines, "\n"), 2000), advice(rep.Errors[0]))
	}
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
	dlg := newProgressDialog(r.win, "Extracting the articles again", cancel)
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
	if n := len(rep.Errors); n > 0 {
		s += fmt.Sprintf("; %s skipped", thousands(n))
	}
	return s + "."
}

// onExport asks where to write the verdicts, or the whole history, as CSV.
func (r *Review) onExport(history bool) {
	if r.sess == nil {
		r.dlg.showProblem("No database is open", "Only a database's verdicts can be exported.", "Open one with the File menu first.")
		return
	}
	title, name := "Export verdicts as CSV", "factcheck-verdicts.csv"
	if history {
		title, name = "Export history as CSV", "factcheck-history.csv"
	}
	replace := ""
	r.dlg.askPath(pathRequest{
		title: title, label: "The CSV file to write:", confirm: "Export",
		initial: r.dlg.suggestPath(name),
		browse:  []browser{{text: "Browse folders…", folder: true}},
		accept: func(path string) error {
			if fi, err := os.Stat(path); err == nil && fi.IsDir() {
				path = filepath.Join(path, name)
			}
			if fi, err := os.Stat(filepath.Dir(path)); err != nil || !fi.IsDir() {
				return fmt.Errorf("there is no folder %s", filepath.Dir(path))
			}
			if _, err := os.Stat(path); err == nil && replace != path {
				replace = path
				return fmt.Errorf("%s exists: press Enter again to replace it", path)
			}
			r.dlg.chose(path)
			r.exportTo(path, history)
			return nil
		},
	})
}

// exportTo writes the CSV export to path in the background.
func (r *Review) exportTo(path string, history bool) {
	st := r.sess.store
	r.setStatus("Exporting to " + path + "…")
	r.bg.serial(func() {
		err := st.Export(context.Background(), path, history)
		r.bg.do(func() {
			if err != nil {
				r.setStatus("Export failed.")
				r.dlg.showError("The CSV file was not written", err)
				return
			}
			r.setStatus("Exported to " + path + ".")
		})
	})
}

// onOpenDatabase asks for a database to open.
func (r *Review) onOpenDatabase() {
	r.dlg.askPath(pathRequest{
		title: "Open database", label: "The Factcheck database to open (a .db file):", confirm: "Open",
		initial: r.dlg.lastFolder() + string(filepath.Separator),
		browse:  []browser{{text: "Browse files…", exts: []string{".db", ".sqlite"}}},
		accept: func(path string) error {
			fi, err := existing(path)
			if err != nil {
				return err
			}
			if fi.IsDir() {
				return fmt.Errorf("%s is a folder; choose a database file", path)
			}
			r.dlg.chose(path)
			r.Open(path, false)
			return nil
		},
	})
}
