package ui

import (
	"os"
	"path/filepath"
	"testing"
)

func TestExpandPath(t *testing.T) {
	home, err := os.UserHomeDir()
	if err != nil {
		t.Fatal(err)
	}
	cwd, _ := os.Getwd()
	for _, tt := range []struct{ in, want string }{
		{"~/articles", filepath.Join(home, "articles")},
		{"  /tmp/a/../b.txt ", "/tmp/b.txt"},
		{"file:///tmp/news/page%204.html", "/tmp/news/page 4.html"},
		{"https://news.example/a?b=1", "https://news.example/a?b=1"},
		{"notes.txt", filepath.Join(cwd, "notes.txt")},
	} {
		if got, err := expandPath(tt.in); err != nil || got != tt.want {
			t.Errorf("expandPath(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	if _, err := expandPath("  "); err == nil {
		t.Error("an empty path is accepted")
	}
}

// TestImportRefusesHome: Enter on the home folder the import dialog may
// start with does not import every file of it.
func TestImportRefusesHome(t *testing.T) {
	h := newHarness(t)
	home, err := os.UserHomeDir()
	if err != nil {
		t.Fatal(err)
	}
	h.onImportFiles()
	field, ok := h.win.Canvas().Focused().(*dialogEntry)
	if !ok {
		t.Fatal("the import dialog has no path field focused")
	}
	field.SetText(home)
	field.OnSubmitted(field.Text)
	h.settle()
	if !h.dlg.modalOpen() || len(h.dlg.modals) != 1 || h.dlg.modals[0].title != "Import articles" {
		t.Error("the home folder was imported: the import dialog closed")
	}
}
