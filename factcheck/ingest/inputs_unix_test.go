//go:build unix

package ingest_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/factcheck/factcheck/factcheck/ingest"
)

// errorFor returns the error the report gives for path, or nil.
func errorFor(rep *ingest.Report, path string) error {
	for _, fe := range rep.Errors {
		if fe.Path == path {
			return fe.Err
		}
	}
	return nil
}

// TestImportSymlinks: links to articles and to folders, and a folder
// given through a link, are followed; a link that leads nowhere or round
// in a loop is reported by name.
func TestImportSymlinks(t *testing.T) {
	root := t.TempDir()
	mk := func(dir string, n int, tag string) {
		os.MkdirAll(dir, 0o755)
		for i := range n {
			os.WriteFile(filepath.Join(dir, tag+string(rune('a'+i))+".txt"), []byte("Sales in "+tag+" rose "+strings.Repeat("1", i+1)+"% to $4 million.\n"), 0o644)
		}
	}
	mk(filepath.Join(root, "elsewhere"), 2, "x")
	mk(filepath.Join(root, "other"), 1, "y")
	in := filepath.Join(root, "in")
	mk(in, 1, "z")
	for link, target := range map[string]string{
		"article.txt": "../elsewhere/xa.txt",
		"sub":         "../other",
		"loop":        ".",
		"gone.txt":    "../nowhere.txt",
	} {
		if err := os.Symlink(target, filepath.Join(in, link)); err != nil {
			t.Fatal(err)
		}
	}
	s := mustOpen(t)
	rep, err := ingest.Import(context.Background(), s, []string{in}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(rep.Added)
	if want := []string{"article.txt", "ya.txt", "za.txt"}; !slices.Equal(rep.Added, want) {
		t.Errorf("added %q, want %q", rep.Added, want)
	}
	if err := errorFor(rep, filepath.Join(in, "loop")); !errors.Is(err, ingest.ErrLoop) {
		t.Errorf("loop: %v, want ingest.ErrLoop", err)
	}
	if err := errorFor(rep, filepath.Join(in, "gone.txt")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("dangling link: %v, want not found", err)
	}
	// A folder given through a link.
	link := filepath.Join(root, "link")
	os.Symlink("elsewhere", link)
	rep, err = ingest.Import(context.Background(), s, []string{link}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Added) != 1 || len(rep.Unchanged) != 1 || len(rep.Errors) != 0 {
		t.Errorf("folder through a link: added %q, unchanged %q, errors %v", rep.Added, rep.Unchanged, rep.Errors)
	}
}

// TestImportSpecialFiles: a named pipe, /dev/zero and a file of 100 MB,
// named directly or met in a folder, are reported by name at once rather
// than read forever or into memory.
func TestImportSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(100 << 20) // sparse
	f.Close()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("Sales rose 12% to $4 million.\n"), 0o644)
	s := mustOpen(t)
	done := make(chan struct{})
	var rep *ingest.Report
	go func() {
		defer close(done)
		rep, err = ingest.Import(context.Background(), s, []string{dir, pipe, "/dev/zero", big}, ingest.Options{})
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("import hung")
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Added) != 1 {
		t.Errorf("added %q, want good.txt", rep.Added)
	}
	var pipes, bigs int
	for _, fe := range rep.Errors {
		switch {
		case fe.Path == pipe && errors.Is(fe.Err, ingest.ErrNotRegular):
			pipes++
		case fe.Path == big && errors.Is(fe.Err, ingest.ErrTooLarge):
			bigs++
		case fe.Path == "/dev/zero" && errors.Is(fe.Err, ingest.ErrNotRegular):
		default:
			t.Errorf("unexpected error %v", fe)
		}
	}
	if pipes != 2 || bigs != 2 || len(rep.Errors) != 5 {
		t.Errorf("errors: %v", rep.Errors)
	}
}
