//go:build unix

package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
)

// TestFilesLinks: symbolic links are followed by the rule that holds for
// what they lead to, named by the link; a directory reached twice is read
// once; a link back into a directory being read is ErrLoop; what is not a
// regular file is ErrNotRegular, named directly or met in a directory.
func TestFilesLinks(t *testing.T) {
	dir := tree(t, map[string]string{
		"in/a.txt":     "",
		"other/b.txt":  "",
		"other/notes":  "",
		"deep/x/y.txt": "",
	})
	link := func(target, name string) {
		t.Helper()
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	link("../other/notes", "in/notes.txt") // a .txt link to a file that is not
	link("../other/b.txt", "in/b-link")    // a link not named .txt
	link("../other", "in/o1")
	link("../other", "in/o2") // the same directory again
	link("..", "deep/x/up")   // back into a directory being read
	if err := syscall.Mkfifo(filepath.Join(dir, "in", "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	link("pipe.txt", "in/pipe-link.txt")

	got, errs := Files([]string{filepath.Join(dir, "in"), filepath.Join(dir, "deep"), filepath.Join(dir, "in", "pipe.txt"), filepath.Join(dir, "in", "b-link")})
	want := []string{"in/a.txt", "in/notes.txt", "in/o1/b.txt", "deep/x/y.txt", "in/b-link"}
	if g := rel(t, dir, got); !slices.Equal(g, want) {
		t.Errorf("files %q, want %q", g, want)
	}
	wantErrs := []struct {
		path string
		err  error
	}{
		{"in/b-link", ErrNotArticle},
		{"in/o1/notes", ErrNotArticle},
		{"in/pipe-link.txt", ErrNotRegular},
		{"in/pipe.txt", ErrNotRegular},
		{"deep/x/up", ErrLoop},
		{"in/pipe.txt", ErrNotRegular},
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors %v, want %d", errs, len(wantErrs))
	}
	for i, w := range wantErrs {
		if p := rel(t, dir, []string{errs[i].Path})[0]; p != w.path || !errors.Is(errs[i], w.err) {
			t.Errorf("error %d: %v, want %s: %v", i, errs[i], w.path, w.err)
		}
	}
}
