package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// startServer starts a throw-away PostgreSQL server for the scenario with
// the project's scripts/postgres (which installs PostgreSQL when it is
// missing) and returns its URL; the server stops with the scenario.
func (s *session) startServer() string {
	s.t.Helper()
	dir := filepath.Join(s.dir, "server")
	// the server runs as an unprivileged user, who must reach its directory
	for d := s.dir; d != filepath.Dir(d) && strings.HasPrefix(d, os.TempDir()+"/"); d = filepath.Dir(d) {
		os.Chmod(d, 0o755)
	}
	script := filepath.Join(root, "scripts", "postgres")
	out, err := exec.Command(script, "start", dir).Output()
	if err != nil {
		s.t.Fatalf("scripts/postgres start: %v", err)
	}
	s.t.Cleanup(func() { exec.Command(script, "stop", dir).Run() })
	return strings.TrimSpace(string(out))
}

// Scenario 21: a desk's shared review on a PostgreSQL server: a checker
// working on a file of her own opens the desk's review by its URL (File ›
// Open database); the window lists the claims another checker imported
// with the command line, the rulings typed in it are the server's events,
// signed by its checker beside the other's, and when the other checker
// overrules hers, the window shows it and says so.
func TestWindowPostgres(t *testing.T) {
	s := newSession(t, "21-postgres")
	file := s.db
	s.db = s.startServer()
	s.claims("import", "--db", s.db, filepath.Join(root, "seeds"))
	ids := s.listed(s.db)
	s.claims("rule", "--db", s.db, "--by", "Bo Desk", ids[1], "verified")

	// Ann starts on a file of her own, then opens the desk's review by its
	// URL in File › Open database.
	s.startApp("--db", file, "--checker", "Ann Server")
	s.findWindow()
	s.waitListed(0, file, startTimeout)
	m := s.mark()
	s.key("ctrl+o")
	s.waitDialog(m, "Open database")
	s.replaceText(s.db)
	s.key("Return")
	if n := s.waitListed(m, s.db, startTimeout); n != len(ids) {
		t.Fatalf("the window listed %d claims of the server's review, want %d", n, len(ids))
	}
	s.key("d")
	ev := s.waitEvents(s.db, 2)
	if ev[1]["claim"] != ids[0] || ev[1]["verdict"] != "disputed" || ev[1]["checker"] != "Ann Server" ||
		ev[0]["claim"] != ids[1] || ev[0]["checker"] != "Bo Desk" {
		t.Fatalf("a ruling from the command line, then D in the window: events%s\nwant claim %s verified by Bo Desk, then claim %s disputed by Ann Server",
			describeEvents(ev), ids[1], ids[0])
	}
	s.waitScreen(screenStatus, "1 disputed", "Checker: Ann Server")

	// Another checker overrules Ann on the server: her window shows the
	// new verdict and tells her, with no action of hers.
	m = s.mark()
	s.claims("rule", "--db", s.db, "--by", "Bo Desk", ids[0], "verified", "--note", "the embassy confirmed")
	s.waitLog(m, regexp.MustCompile(`^factcheck: status: Your ruling of “November 3” was overtaken by Bo Desk's: verified\.`), stepTimeout)
	s.waitScreen(screenStatus, "2 ruled", "0 disputed")
	s.shotAs("overtaken")
}
