package ui

import (
	"os"
	"path/filepath"
	"testing"
)

func TestImportUpdatesTheList(t *testing.T) {
	h := newHarness(t)
	before := len(h.cat.claims)
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
	if got := len(h.cat.claims); got <= before {
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
