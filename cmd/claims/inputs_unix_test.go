//go:build unix

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestImportLinksAndPipes: an article linked into the folder and a folder
// given through a link are imported; a named pipe is skipped by name, not
// waited on forever.
func TestImportLinksAndPipes(t *testing.T) {
	root := t.TempDir()
	real := filepath.Join(root, "real")
	os.Mkdir(real, 0o755)
	os.WriteFile(filepath.Join(real, "a.txt"), []byte("Sales rose 12% to $4 million.\n"), 0o644)
	in := filepath.Join(root, "in")
	os.Mkdir(in, 0o755)
	os.Symlink("../real/a.txt", filepath.Join(in, "linked.txt"))
	pipe := filepath.Join(in, "pipe.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "f.db")
	type result struct {
		code      int
		out, errs string
	}
	done := make(chan result, 1)
	go func() {
		code, out, errs := claims("import", "--db", path, in, pipe)
		done <- result{code, out, errs}
	}()
	var r result
	select {
	case r = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("import hung on a named pipe")
	}
	if r.code != 1 || !strings.Contains(r.out, "imported 1 article ") || !strings.Contains(r.out, "2 skipped") ||
		strings.Count(r.errs, "skipped "+pipe+": not a regular file: a named pipe") != 2 {
		t.Errorf("import: %d\nstdout %q\nstderr %q", r.code, r.out, r.errs)
	}
	link := filepath.Join(root, "link")
	os.Symlink("real", link)
	code, out, errs := claims("import", "--db", path, link)
	if code != 0 || !strings.Contains(out, "a.txt: already imported") {
		t.Errorf("import a folder through a link: %d %q %q", code, out, errs)
	}
}

// TestExtractPipe: claims extract, too, names a named pipe and goes on
// rather than wait on it forever.
func TestExtractPipe(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Sales rose 12% to $4 million.\n"), 0o644)
	done := make(chan []string, 1)
	go func() {
		code, out, errs := claims("extract", "--format", "jsonl", dir)
		done <- []string{fmt.Sprint(code), out, errs}
	}()
	select {
	case r := <-done:
		if r[0] != "1" || strings.Count(r[1], "\n") != 2 || !strings.Contains(r[2], pipe+": not a regular file: a named pipe") {
			t.Errorf("extract: %q", r)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("extract hung on a named pipe")
	}
}
