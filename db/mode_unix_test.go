//go:build unix

package db

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestExportMode: an export keeps the mode of the file it replaces (a
// private 0600 stays private), and a new file follows the umask.
func TestExportMode(t *testing.T) {
	s, _ := mustSeed(t)
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	dir := t.TempDir()
	private := filepath.Join(dir, "private.csv")
	if err := os.WriteFile(private, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	shared := filepath.Join(dir, "shared.csv")
	if err := os.WriteFile(shared, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	os.Chmod(shared, 0o664) // wider than the umask allows a new file
	tests := []struct {
		path string
		want fs.FileMode
	}{
		{private, 0o600},
		{shared, 0o664},
		{filepath.Join(dir, "new.csv"), 0o640},
	}
	for _, tt := range tests {
		if err := s.Export(context.Background(), tt.path, false); err != nil {
			t.Fatal(err)
		}
		fi, err := os.Stat(tt.path)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != tt.want {
			t.Errorf("%s: mode %o, want %o", filepath.Base(tt.path), got, tt.want)
		}
	}
}

// umask returns the process's umask.
func umask() os.FileMode {
	m := syscall.Umask(0)
	syscall.Umask(m)
	return os.FileMode(m)
}

// TestCreateMode: a new database has the mode SQLite gives the files it
// makes, 0644 less the umask, as before Create built it under another name.
func TestCreateMode(t *testing.T) {
	fileOnly(t)
	s := mustOpen(t)
	fi, err := os.Stat(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fi.Mode().Perm(), os.FileMode(0o644)&^umask(); got != want {
		t.Errorf("mode %o, want %o", got, want)
	}
}
