package ui

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
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
