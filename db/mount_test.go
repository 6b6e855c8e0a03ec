//go:build linux

package db

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

// mountTmpfs mounts a tmpfs of size bytes (as mount's size option has
// it) on a new directory and returns it, unmounted when the test ends.
// The tests that need a full or a read-only file system run as root.
func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "mnt")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Fatalf("mount a tmpfs (this test needs root): %v: %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	return dir
}

// readOnlyDir returns a read-only directory holding a copy of the
// database at src under the same name: a read-only mount for root, whom
// permissions do not stop, else a directory of mode 0555.
func readOnlyDir(t *testing.T, src string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		dir := t.TempDir()
		copyFile(t, src, filepath.Join(dir, filepath.Base(src)))
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
		return dir
	}
	dir := mountTmpfs(t, "64m")
	copyFile(t, src, filepath.Join(dir, filepath.Base(src)))
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Fatalf("remount read-only: %v: %s", err, out)
	}
	return dir
}

// TestReadOnlyFolder: a database in a folder that cannot be written is
// listed and exported; a write fails with factcheck.ErrReadOnly naming the file.
func TestReadOnlyFolder(t *testing.T) {
	fileOnly(t)
	ctx := context.Background()
	src, claims := closedSeed(t)
	path := filepath.Join(readOnlyDir(t, src), filepath.Base(src))
	s, err := Open(path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	if !s.ReadOnly() {
		t.Error("ReadOnly() = false")
	}
	got, err := s.Claims(ctx)
	if err != nil || len(got) != len(claims) {
		t.Errorf("Claims: %d, %v; want %d", len(got), err, len(claims))
	}
	if err := s.Export(ctx, filepath.Join(t.TempDir(), "out.csv"), true); err != nil {
		t.Errorf("Export: %v", err)
	}
	_, err = s.Rule(ctx, factcheck.Ruling{Claim: claims[0].ID, Verdict: factcheck.Verified, Checker: "ann"})
	if !errors.Is(err, factcheck.ErrReadOnly) || !strings.Contains(err.Error(), path) {
		t.Errorf("Rule: %v, want factcheck.ErrReadOnly naming %s", err, path)
	}
}

// TestDiskFullAtOpen opens a database on a full file system, where SQLite
// cannot make its -shm file: the error is factcheck.ErrFull and says where.
func TestDiskFullAtOpen(t *testing.T) {
	dir := mountTmpfs(t, "2m")
	path := filepath.Join(dir, "f.db")
	s, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	fill, err := os.Create(filepath.Join(dir, "fill"))
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 4096)
	for {
		if _, err := fill.Write(buf); err != nil {
			break
		}
	}
	fill.Close()
	s, err = Open(path)
	if err == nil {
		s.Close()
	}
	if !errors.Is(err, factcheck.ErrFull) || !strings.Contains(err.Error(), "no space left in "+dir) {
		t.Errorf("Open on a full disk: %v, want factcheck.ErrFull saying where", err)
	}
}
