//go:build linux

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Scenario 26: a review on a file system mounted read-only opens and says
// at once, in the status bar, that rulings cannot be saved in it; V then
// fails with the file named, and the log holds no ruling.
func TestWindowReadOnly(t *testing.T) {
	s := newSession(t, "26-read-only")
	if os.Geteuid() != 0 {
		t.Fatal("this scenario mounts a read-only file system: it runs as root, as CI does")
	}
	dir := filepath.Join(s.dir, "ro")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Fatalf("mount a tmpfs: %v: %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	s.db = filepath.Join(dir, "review.db")
	s.claims("import", "--db", s.db, filepath.Join(root, "seeds"))
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Fatalf("remount read-only: %v: %s", err, out)
	}

	s.start("--checker", "Rita Readonly")
	s.waitListed(0, s.db, startTimeout)
	if st := s.lastStatus(); !strings.HasPrefix(st, "Read-only: rulings cannot be saved") {
		t.Fatalf("on opening, the status reads %q; want it to say the review is read-only", st)
	}
	s.waitScreen(screenStatus, "Read-only: rulings cannot be saved", "read-only")
	s.shotAs("opened")
	m := s.mark()
	s.key("v")
	s.waitLog(m, regexp.MustCompile(`^factcheck: dialog: `), stepTimeout)
	s.waitScreen(screenProblem, "read", "Copy it to a folder")
	if ev := s.events(s.db); len(ev) != 0 {
		t.Errorf("V on a read-only review: events%s", describeEvents(ev))
	}
}
