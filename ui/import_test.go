package ui

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

func TestImportUpdatesTheList(t *testing.T) {
	h := newDBHarness(t)
	before := len(h.cat().claims)
	dir := t.TempDir()
	article := "Council approves 120 new homes\n\nThe council approved 120 new homes on 3 March 2024 at a cost of £4.5m, " +
		"and said 35 per cent of them would be affordable.\n"
	if err := os.WriteFile(filepath.Join(dir, "homes.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "photo.txt"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644); err != nil {
		t.Fatal(err)
	}
	h.importPaths([]string{dir})
	h.settle()
	if got := len(h.cat().claims); got <= before {
		t.Fatalf("after the import the window lists %d claims, had %d", got, before)
	}
	found := false
	for _, c := range h.listed() {
		found = found || c.Doc == "homes.txt"
	}
	if !found {
		t.Error("the list shows no claim of the imported article")
	}
	if len(h.win.Canvas().Overlays().List()) == 0 {
		t.Error("no dialog says the binary file was skipped")
	}
	if !h.summary.box.Visible() || !strings.HasPrefix(h.summary.text.Text, "Imported 1 article") || !h.summary.details.Visible() {
		t.Errorf("the summary bar shows %q (visible %t), want the import's summary with its skipped files",
			h.summary.text.Text, h.summary.box.Visible())
	}
	h.setStatus("a later message")
	if !h.summary.box.Visible() {
		t.Error("a later message hid the import's summary")
	}
	if h.importing != nil {
		t.Error("the import is still marked as under way")
	}
}

// TestReextractUpdatesAnOlderDatabase opens a database made by earlier
// rules: the window offers to update it, and extracting the articles again
// keeps the rulings.
func TestReextractUpdatesAnOlderDatabase(t *testing.T) {
	ctx := context.Background()
	st, path := seededStore(t)
	claims, err := st.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Rule(ctx, factcheck.Ruling{Claim: claims[0].ID, Verdict: factcheck.Disputed, Checker: testChecker}); err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite", path) // as an earlier Factcheck left it
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("UPDATE meta SET value = '1' WHERE key = 'rules'"); err != nil {
		t.Fatal(err)
	}
	raw.Close()

	h := openWindow(t, reviewOf(st), path, Options{Checker: testChecker})
	h.settle()
	defer h.sess.store.Close()
	if len(h.win.Canvas().Overlays().List()) == 0 {
		t.Fatal("no dialog offers to update the claims")
	}
	h.onReextract()
	h.settle()
	if old, err := h.sess.store.RulesOutdated(ctx); err != nil || old {
		t.Errorf("after the re-extraction RulesOutdated = %t, %v", old, err)
	}
	if !strings.Contains(h.statusMsg, "Extracted 5 articles again") {
		t.Errorf("status reads %q", h.statusMsg)
	}
	i, ok := h.cat().lookup(claims[0].ID)
	if !ok || h.cat().claims[i].Verdict != factcheck.Disputed {
		t.Errorf("the ruled claim is no longer listed disputed (listed %t)", ok)
	}
}

// TestPasteArticle: Ctrl+V on the list makes an article of the text on
// the clipboard, named by its first line, listed even when the list kept
// another article's claims; a link on the clipboard is fetched; an empty
// clipboard says so.
func TestPasteArticle(t *testing.T) {
	h := newDBHarness(t)
	h.col.setArticle(h.cat().claims[0].Doc) // the list shows one article: the pasted one must show too
	h.settle()
	clip := fyne.CurrentApp().Clipboard()
	clip.SetContent("Port strike ends\n\nDockers return after 48 hours; 300 ships waited at anchor.")
	h.onPaste()
	h.settle()
	var pasted *factcheck.Record
	for _, c := range h.listed() {
		if strings.HasPrefix(c.Doc, "pasted ") && c.Text == "48 hours" {
			pasted = c
		}
	}
	if pasted == nil {
		t.Fatal("no claim of the pasted article is listed")
	}
	if got := h.cat().articleLabel(pasted.Doc); got != "Port strike ends" {
		t.Errorf("the pasted article is labelled %q, want its first line", got)
	}

	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("Bridge reopens\n\nThe bridge reopened after 9 months of repairs.\n"))
	}))
	defer srv.Close()
	clip.SetContent("  " + srv.URL + "/news/bridge\n")
	h.onPaste()
	h.settle()
	found := false
	for _, c := range h.listed() {
		found = found || c.Doc == "bridge.txt" && c.Text == "9 months"
	}
	if !found {
		t.Error("the page at the pasted link was not imported")
	}

	clip.SetContent("  ")
	h.onPaste()
	if got := h.status.Text; !strings.Contains(got, "clipboard holds no text") {
		t.Errorf("status %q after pasting nothing", got)
	}
}

// TestDescribeFolder: the import dialog says what a folder holds before
// it is imported.
func TestDescribeFolder(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{"a.txt": "1 cat", "b.txt": "2 cats", "c.html": "<p>3</p>", "d.md": "# 4", "e.jpg": "x", "f.odt": "y"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := "This folder holds 4 articles: 1 .html, 1 .md, 2 .txt. 2 other files will be passed over."
	if got := describeImport(dir); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := describeImport(filepath.Join(dir, "a.txt")); got != "" {
		t.Errorf("a file: %q, want nothing", got)
	}
}

// TestExportClaimReview: the first export for publishing asks who
// publishes, keeps it, says how many articles it names by file for want
// of a title, and writes a ClaimReview a ruled claim.
func TestExportClaimReview(t *testing.T) {
	h := newDBHarness(t)
	h.show(0)
	h.side.rule(factcheck.Verified)
	h.settle()
	h.onExportClaimReview()
	name, ok := h.win.Canvas().Focused().(*dialogEntry)
	if !ok {
		t.Fatal("the publisher's name is not asked")
	}
	name.SetText("The Ledger")
	name.OnSubmitted(name.Text)
	if got := h.app.Preferences().String(prefPublisher); got != "The Ledger" {
		t.Errorf("publisher kept as %q", got)
	}
	path := filepath.Join(t.TempDir(), "reviews.jsonld")
	field, ok := h.win.Canvas().Focused().(*dialogEntry)
	if !ok {
		t.Fatal("the path is not asked after the publisher")
	}
	var text strings.Builder
	for _, o := range test.LaidOutObjects(h.win.Canvas().Overlays().Top()) {
		if l, ok := o.(*widget.Label); ok {
			text.WriteString(l.Text + "\n")
		}
	}
	if h.cat().labels[h.selected(t).Doc].Title == "" && !strings.Contains(text.String(), "1 article with ruled claims has no title: the reviews name it by file name.") {
		t.Errorf("the ruled claim's article has no title; the dialog reads %q", text.String())
	}
	field.SetText(path)
	field.OnSubmitted(field.Text)
	h.settle()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("nothing written: %v (status %q)", err, h.status.Text)
	}
	var doc struct {
		Graph []struct {
			Type   string `json:"@type"`
			Author struct{ Name string }
		} `json:"@graph"`
	}
	if err := json.Unmarshal(data, &doc); err != nil || len(doc.Graph) != 1 || doc.Graph[0].Author.Name != "The Ledger" {
		t.Errorf("export %s: %+v, %v", data, doc, err)
	}
}

// TestProgressSaysWhatIsLeft checks that an import's progress, once every
// file is read, says the claims are being grouped and listed, not a
// last file at 100% while the work goes on.
func TestProgressSaysWhatIsLeft(t *testing.T) {
	h := newHarness(t)
	d := newProgressDialog(h.win, "Importing articles", "file", func() {})
	d.progress(ingest.Progress{Done: 2, Total: 3, File: "in/b.txt"})
	if got, want := d.file.Text, "2 of 3: b.txt"; got != want {
		t.Errorf("midway the dialog reads %q, want %q", got, want)
	}
	d.progress(ingest.Progress{Done: 3, Total: 3, File: "in/c.txt"})
	if got, want := d.file.Text, "All 3 files read; grouping and listing the claims…"; got != want {
		t.Errorf("once every file is read the dialog reads %q, want %q", got, want)
	}
}

// TestImportOfNothingSaysWhy checks that an import that stores nothing,
// its one file passed over, names the file and says why at once.
func TestImportOfNothingSaysWhy(t *testing.T) {
	h := newDBHarness(t)
	empty := filepath.Join(t.TempDir(), "empty.txt")
	if err := os.WriteFile(empty, []byte("\n  \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	h.importPaths([]string{empty})
	h.settle()
	if got := h.summary.text.Text; !strings.Contains(got, "passed over empty.txt (empty") {
		t.Errorf("the summary reads %q, want the file named and why", got)
	}
	if !h.dlg.modalOpen() {
		t.Error("nothing was imported, and no dialog says why")
	}
}
