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
// overrules hers, the window shows it and says so; a note she then
// writes on his ruling is her draft, not a ruling of hers.
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

	// A note Ann then writes on Bo's ruling is her draft, not a ruling
	// that would make his verdict hers.
	m = s.mark()
	s.key("m")
	s.typeText("the embassy later said 4")
	s.key("Escape", "j")
	s.waitLog(m, regexp.MustCompile(`^factcheck: status: “November 3” is verified by Bo Desk; your note is kept as a draft`), stepTimeout)
	s.barrier()
	if ev := s.events(s.db); len(ev) != 3 {
		t.Fatalf("a note on Bo's ruling, then J: events%s\nwant the three before, no ruling of Ann's", describeEvents(ev))
	}
}

// Scenario 22: a desk of two checkers, each in a window of their own (two
// app processes, each on its own display), on one server, and a third
// checker's offline review merged in. Ann's ruling shows in Bo's window
// with her name; Bo overrules her and her window tells her; then Ann
// brings in Cy's review file with File › Merge review (Ctrl+Shift+M), and
// Cy's ruling is the server's, signed by Cy.
func TestWindowDesk(t *testing.T) {
	ann := newSession(t, "22-desk")
	bo := newSession(t, "22-desk-bo")
	server := ann.startServer()
	ann.db, bo.db = server, server
	seeds := filepath.Join(root, "seeds")
	ann.claims("import", "--db", server, seeds)
	ids := ann.listed(server)

	ann.start("--checker", "Ann Desk")
	n := ann.waitListed(0, server, startTimeout)
	bo.start("--checker", "Bo Desk")
	if m := bo.waitListed(0, server, startTimeout); m != n || n != len(ids) {
		t.Fatalf("the two windows listed %d and %d claims of the server's %d", n, m, len(ids))
	}

	// Ann disputes the first claim: Bo's window shows it, and who.
	m := bo.mark()
	ann.activate()
	ann.key("d")
	bo.waitLog(m, regexp.MustCompile(`^factcheck: status: Ann Desk ruled “November 3”: disputed\.`), stepTimeout)
	bo.waitScreen(screenStatus, "1 disputed")
	bo.shotAs("sees-ann")

	// Bo verifies it in his window: Ann's window says hers was overtaken.
	m = ann.mark()
	bo.activate()
	bo.key("v")
	ann.waitLog(m, regexp.MustCompile(`^factcheck: status: Your ruling of “November 3” was overtaken by Bo Desk's: verified\.`), stepTimeout)
	ev := ann.waitEvents(server, 2)
	if ev[0]["claim"] != ids[0] || ev[0]["checker"] != "Ann Desk" || ev[0]["verdict"] != "disputed" ||
		ev[1]["claim"] != ids[0] || ev[1]["checker"] != "Bo Desk" || ev[1]["verdict"] != "verified" {
		t.Fatalf("D in Ann's window, then V in Bo's: events%s", describeEvents(ev))
	}
	ann.waitScreen(screenStatus, "1 ruled", "0 disputed")

	// Cy reviewed the same articles offline, in a file of her own.
	cy := filepath.Join(ann.dir, "cy.db")
	ann.claims("import", "--db", cy, seeds)
	ann.claims("rule", "--db", cy, "--by", "Cy Offline", ann.listed(cy)[2], "disputed", "--note", "the ministry says 23")
	m = ann.mark()
	ann.activate()
	ann.key("ctrl+shift+m")
	ann.waitDialog(m, "Merge review")
	ann.replaceText(cy)
	ann.key("Return")
	ann.waitLog(m, regexp.MustCompile(`^factcheck: status: Merged from .*cy\.db: 0 articles, 0 claims, 1 ruling, 0 label edits, 0 assignments\.`), stepTimeout)
	ev = ann.waitEvents(server, 3)
	if e := ev[2]; e["claim"] != ids[2] || e["checker"] != "Cy Offline" || e["verdict"] != "disputed" || e["note"] != "the ministry says 23" {
		t.Fatalf("after merging Cy's review: events%s", describeEvents(ev))
	}
	ann.waitScreen(screenStatus, "2 ruled", "1 disputed")
	ann.shotAs("merged")
	// Bo's window shows Cy's ruling too.
	bo.waitScreen(screenStatus, "2 ruled", "1 disputed")
}
