//go:build linux

package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// readOnlyCopy copies the file at src into a read-only directory and
// returns the copy's path: a read-only tmpfs for root, whom permissions do
// not stop, else a directory of mode 0555.
func readOnlyCopy(t *testing.T, src string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "ro")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	root := os.Geteuid() == 0
	if root {
		if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", dir).CombinedOutput(); err != nil {
			t.Fatalf("mount a tmpfs (as root this test needs to): %v: %s", err, out)
		}
		t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	}
	path := filepath.Join(dir, filepath.Base(src))
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	out.Close()
	if root {
		if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
			t.Fatalf("remount read-only: %v: %s", err, out)
		}
	} else {
		os.Chmod(dir, 0o555)
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
	}
	return path
}

// TestReadOnlyFolderCmd: a database in a read-only folder is listed and
// exported; a ruling is refused with a message naming the file.
func TestReadOnlyFolderCmd(t *testing.T) {
	path := readOnlyCopy(t, mustImportSeeds(t))
	code, out, errs := claims("list", "--db", path)
	if code != 0 || strings.Count(out, "\n") < 10 {
		t.Errorf("list: %d\nstdout %q\nstderr %q", code, out, errs)
	}
	if code, out, errs := claims("export", "--db", path, "--history", "--out", "-"); code != 0 || !strings.HasPrefix(out, "event,") {
		t.Errorf("export: %d %q %q", code, out, errs)
	}
	code, _, errs = claims("rule", "--db", path, "--by", "ann", "1", "verified")
	if code != 1 || !strings.Contains(errs, path+": rule claim 1: database is read-only") || !strings.Contains(errs, "copy the file") {
		t.Errorf("rule: %d %q", code, errs)
	}
}
