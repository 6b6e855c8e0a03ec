package ui

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// prefFolder keeps the folder the checker chose a file in last.
const prefFolder = "lastFolder"

// prefExportFolder keeps the folder an export was last written to: the
// next export proposes it, whatever folder articles were read from since.
const prefExportFolder = "lastExportFolder"

// fileDialogSize is the file browser's size: large enough to read names.
var fileDialogSize = fyne.NewSize(880, 600)

// A pathRequest is what a path dialog asks for.
type pathRequest struct {
	title   string // the dialog's title
	label   string // says what the path names
	initial string // the path the field starts with
	confirm string // the confirming button's text
	// browse lists the file browsers the dialog offers, by button text.
	browse []browser
	// accept checks the path typed, cleaned and with "~" expanded, and
	// returns what to do with it, which runs once the dialog has closed
	// (closing a dialog closes those opened over it, as an import's
	// progress would be); an error is shown in the dialog, which stays
	// open.
	accept func(path string) (func(), error)
	// describe, when not nil, says what the path typed holds (off the UI
	// goroutine, as the checker types); "" says nothing.
	describe func(path string) string
	// placeholder is the empty field's hint; a path's by default.
	placeholder string
}

// A browser is a way to choose a path with the mouse.
type browser struct {
	text   string
	folder bool     // a folder, else a file
	exts   []string // the files it lists, by extension; nil for all
}

// askPath opens a dialog in which the checker types a path (Enter
// confirms, Escape cancels) or chooses one in a file browser. It is the
// keyboard route to every file the window reads or writes.
func (dh *dialogHost) askPath(req pathRequest) {
	var d *dialog.CustomDialog
	problem := &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.DangerImportance}
	problem.Hide()
	placeholder := req.placeholder
	if placeholder == "" {
		placeholder = "A path, e.g. ~/articles/story.txt"
	}
	field := newDialogEntry(placeholder, func() { d.Dismiss() })
	field.SetText(req.initial)
	about := &widget.Label{Wrapping: fyne.TextWrapWord}
	about.Hide()
	describe := func(string) {}
	if req.describe != nil {
		describe = dh.describer(req.describe, about)
	}
	// What the checker types makes an earlier problem stale; the folder
	// typed is described (not the one the field starts with, which may be
	// the home folder, large to read).
	field.OnChanged = func(text string) {
		problem.Hide()
		describe(text)
	}
	submit := func() {
		path, err := expandPath(field.Text)
		var run func()
		if err == nil {
			run, err = req.accept(path)
		}
		if err != nil {
			problem.SetText(err.Error())
			problem.Show()
			return
		}
		d.Hide()
		run()
	}
	field.OnSubmitted = func(string) { submit() }
	buttons := []fyne.CanvasObject{}
	for _, b := range req.browse {
		buttons = append(buttons, &widget.Button{Text: b.text, OnTapped: func() {
			dh.browse(b, field.Text, func(path string) {
				field.SetText(path)
				submit()
			})
		}})
	}
	cancel := &widget.Button{Text: "Cancel   Esc", OnTapped: func() { d.Dismiss() }}
	ok := &widget.Button{Text: req.confirm + "   Enter", Importance: widget.HighImportance, OnTapped: submit}
	content := container.NewVBox(
		&widget.Label{Text: req.label, Wrapping: fyne.TextWrapWord},
		field,
		about,
		problem,
		container.NewHBox(append(buttons, layout.NewSpacer(), cancel, ok)...),
	)
	d = dialog.NewCustomWithoutButtons(req.title, content, dh.win)
	dh.openDialog(req.title, d, submit)
	d.Resize(fyne.NewSize(640, d.MinSize().Height))
	dh.win.Canvas().Focus(field)
	field.CursorColumn = len([]rune(field.Text))
	field.Refresh()
}

// describeDelay is how long a path field waits after a keystroke before
// it reads what the path holds.
const describeDelay = 150 * time.Millisecond

// describer returns the function that, given the text of a path field,
// runs describe on the path off the UI goroutine and shows what it says
// in about, unless the field has changed meanwhile.
func (dh *dialogHost) describer(describe func(string) string, about *widget.Label) func(string) {
	var typed atomic.Int64
	return func(text string) {
		n := typed.Add(1)
		path, err := expandPath(text)
		if err != nil || ingest.IsLink(path) {
			about.Hide()
			return
		}
		dh.bg.run(func() {
			time.Sleep(describeDelay) // typing on: only the last path is read
			if typed.Load() != n {
				return
			}
			s := describe(path)
			dh.bg.do(func() {
				if typed.Load() != n {
					return
				}
				about.SetText(s)
				if s == "" {
					about.Hide()
				} else {
					about.Show()
				}
			})
		})
	}
}

// browse opens the file browser b, starting in the folder of path or the
// one used last, and calls chose with the path chosen.
func (dh *dialogHost) browse(b browser, path string, chose func(string)) {
	var d *dialog.FileDialog
	done := func(p string, err error) {
		if err != nil {
			dh.showError("Could not choose the file", err)
			return
		}
		if p != "" {
			chose(p)
		}
	}
	if b.folder {
		d = dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
			if dir == nil {
				done("", err)
				return
			}
			done(dir.Path(), err)
		}, dh.win)
	} else {
		d = dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
			if rc == nil {
				done("", err)
				return
			}
			p := rc.URI().Path()
			rc.Close()
			done(p, err)
		}, dh.win)
		if b.exts != nil {
			d.SetFilter(storage.NewExtensionFileFilter(b.exts))
		}
	}
	if dir := dh.startFolder(path); dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
	dh.openDialog(b.text, d, nil)
	// Fyne's file dialog builds its window in Show: resizing it before
	// would read a window it does not have yet.
	d.Resize(fileDialogSize)
}

// startFolder is the folder a file browser opens in: path's own folder
// when it is one, else the folder used last.
func (dh *dialogHost) startFolder(path string) string {
	if p, err := expandPath(path); err == nil {
		for _, dir := range []string{p, filepath.Dir(p)} {
			if fi, err := os.Stat(dir); err == nil && fi.IsDir() {
				return dir
			}
		}
	}
	return dh.prefs.String(prefFolder)
}

// chose remembers the folder of a path the checker chose.
func (dh *dialogHost) chose(path string) {
	if fi, err := os.Stat(path); err != nil || !fi.IsDir() {
		path = filepath.Dir(path)
	}
	dh.prefs.SetString(prefFolder, path)
}

// lastFolder is the folder the checker chose a file in last, else the
// home folder.
func (dh *dialogHost) lastFolder() string {
	dir := dh.prefs.String(prefFolder)
	if dir == "" {
		dir, _ = os.UserHomeDir()
	}
	return dir
}

// exportPath is where an export called name goes by default: in the
// folder of the last export, else the last folder.
func (dh *dialogHost) exportPath(name string) string {
	dir := dh.prefs.String(prefExportFolder)
	if fi, err := os.Stat(dir); dir == "" || err != nil || !fi.IsDir() {
		dir = dh.lastFolder()
	}
	return filepath.Join(dir, name)
}

// choseExport remembers the folder of the file an export was written to.
func (dh *dialogHost) choseExport(path string) {
	dh.prefs.SetString(prefExportFolder, filepath.Dir(path))
}

// expandPath cleans a typed path, expanding a leading "~" to the home
// folder and reading a file:// URL as its path; it refuses an empty one,
// and returns a web link or a server's URL as it is.
func expandPath(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", errors.New("type a path first")
	}
	if ingest.IsLink(s) || isServer(s) {
		return s, nil
	}
	if u, err := url.Parse(s); err == nil && u.Scheme == "file" {
		s = u.Path
	}
	if s == "~" || strings.HasPrefix(s, "~/") {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("expand %s: %w", s, err)
		}
		s = filepath.Join(home, s[1:])
	}
	return filepath.Abs(s)
}

// isServer reports whether s names a shared review on a PostgreSQL server
// rather than a file ("postgres://…", "postgresql://…", as the store
// reads them).
func isServer(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// existing returns an error that a checker can act on unless path exists:
// what is missing, by name.
func existing(path string) (fs.FileInfo, error) {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("there is no file or folder %s", path)
	case err != nil:
		return nil, err
	}
	return fi, nil
}
