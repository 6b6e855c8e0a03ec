package main

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// The scenarios of issue 11, one test each, in the order of the issue.

// Scenario 1: the first start on a new database, with no checker name
// known, imports the sample articles, asks the name with its field
// focused, takes it on Enter, and lists the claims. A V pressed before the
// name is given rules nothing. The name signs the next ruling, and the
// prompt, opened again from the command palette, closes on Escape. (This
// replaces scripts/smoke: the window is drawn, the claims listed.)
func TestWindowFirstStart(t *testing.T) {
	s := newSession(t, "01-first-start")
	s.start()
	s.waitDialog(0, "Who is checking?")
	s.key("v") // a ruling key, before the name: no ruling
	// Whatever the V left in the focused field, the name replaces it: a
	// name may well begin with a V.
	s.replaceText("Wanda Window")
	m := s.mark()
	s.key("Return")
	s.waitClosed(m, "Who is checking?")
	n := s.waitListed(0, s.db, startTimeout)
	if want := len(s.listed(s.db)); n != want || n == 0 {
		t.Fatalf("the app listed %d claims, claims list %d, want the same and more than 0", n, want)
	}
	if got := articles(s.exported(s.db)); len(got) != 5 {
		t.Fatalf("the new database holds the articles %v, want the 5 samples", got)
	}
	if ev := s.events(s.db); len(ev) != 0 {
		t.Fatalf("V pressed before the name was given ruled:%s", describeEvents(ev))
	}

	s.key("v")
	ev := s.waitEvents(s.db, 1)
	if len(ev) != 1 || ev[0]["checker"] != "Wanda Window" || ev[0]["verdict"] != "verified" {
		t.Fatalf("V, then the name typed in the prompt, Enter, V: events%s\nwant one verified by Wanda Window", describeEvents(ev))
	}

	m = s.mark()
	s.runCommand("checker name", "Who is checking?")
	s.key("Escape")
	s.waitClosed(m, "Who is checking?")
	s.key("j", "v")
	ev = s.waitEvents(s.db, 2)
	if len(ev) != 2 || ev[1]["checker"] != "Wanda Window" {
		t.Fatalf("after Escape in the name prompt, J, V: events%s\nwant a second one by Wanda Window", describeEvents(ev))
	}
	s.checkDrawn()
}

// Scenario 2: Ctrl+I, a path typed into the dialog, Enter: the article is
// imported and listed. Then the command palette's "Import folder…" on the
// BBC corpus: the progress dialog, its end, the count in the status bar,
// and the app still answering.
func TestWindowImport(t *testing.T) {
	s := newSession(t, "02-import")
	s.start("--checker", "Ivo Import")
	before := s.waitListed(0, s.db, startTimeout)
	article := writeArticle(t, s.dir, "harbour_ferry.txt", ferryArticle)

	m := s.mark()
	s.key("ctrl+i")
	s.waitDialog(m, "Import articles")
	s.replaceText(article)
	s.key("Return")
	st := s.waitLog(m, regexp.MustCompile(`^factcheck: status: (Imported .*)$`), importTimeout)
	rows := s.exported(s.db)
	var mine []string
	for _, r := range rows {
		if r["article"] == "harbour_ferry.txt" {
			mine = append(mine, r["text"])
		}
	}
	if !slices.ContainsFunc(mine, func(text string) bool { return strings.Contains(text, "777 passengers") }) {
		t.Fatalf("after Ctrl+I on %s (status %q) the article's claims in the database: %q, want \"777 passengers\" among them", article, st[1], mine)
	}
	if n := s.waitListed(m, s.db, stepTimeout); n != len(rows) || n <= before {
		t.Fatalf("after the import the app listed %d claims, the database holds %d (%d before)", n, len(rows), before)
	}

	bbc := bbcCorpus(t)
	files, distinct := txtFiles(t, bbc)
	m = s.mark()
	s.runCommand("import folder", "Import a folder")
	s.replaceText(bbc)
	s.key("Return")
	s.waitDialog(m, "Importing articles")
	s.waitLog(m, reDialogClosed("Importing articles"), importTimeout)
	st = s.waitLog(m, regexp.MustCompile(`^factcheck: status: Imported ([\d,]+) articles`), stepTimeout)
	rows = s.exported(s.db)
	if got, _ := strconv.Atoi(strings.ReplaceAll(st[1], ",", "")); got != distinct && got != files {
		t.Fatalf("the folder's %d articles (%d different): the status says %q", files, distinct, st[0])
	}
	if n := s.waitListed(m, s.db, stepTimeout); n != len(rows) {
		t.Fatalf("after the folder import the app listed %d claims, the database holds %d", n, len(rows))
	}
	s.barrier() // the app still answers
	if st := s.lastStatus(); !strings.Contains(st, "Imported") {
		t.Errorf("the status bar now says %q, want the import's summary kept", st)
	}
}

// Scenario 3: search "435", Enter, V: exactly the top hit (the claim "at
// least 435 foreign passport holders") is verified, nothing else.
func TestWindowSearchRulesTopHit(t *testing.T) {
	s := newSession(t, "03-search-rule")
	s.start("--checker", "Sam Search")
	s.waitListed(0, s.db, startTimeout)
	top := s.claimWithText(s.db, "at least 435")
	if hits := s.listed(s.db, "--search", "435"); len(hits) == 0 || hits[0] != top {
		t.Fatalf("claims list --search 435 lists %v first, want claim %s (the test's premise)", hits, top)
	}
	s.key("j", "j", "j") // the old selection: the fourth claim
	s.key("ctrl+f")
	s.typeText("435")
	s.key("Return")
	s.key("v")
	s.waitEvents(s.db, 1)
	s.barrier()
	ev := s.events(s.db)
	if len(ev) != 1 || ev[0]["claim"] != top || ev[0]["verdict"] != "verified" {
		t.Fatalf("search 435, Enter, V: events%s\nwant one: claim %s verified", describeEvents(ev), top)
	}
}

// Scenario 4: a search hides the selected claim; Down leaves the search
// field for the list, and V then rules nothing or the first visible claim,
// never the hidden one; J from there moves in the visible list.
func TestWindowHiddenClaim(t *testing.T) {
	s := newSession(t, "04-hidden-claim")
	s.start("--checker", "Hana Hidden")
	s.waitListed(0, s.db, startTimeout)
	s.key("j", "j", "v")
	ev := s.waitEvents(s.db, 1)
	hidden := ev[0]["claim"]

	// A search whose hits leave the selected claim out: the text of a
	// claim of another article.
	rows := s.exported(s.db)
	var query string
	var hits []string
	for _, r := range rows {
		if r["id"] == hidden || r["article"] == articleOf(rows, hidden) || len(r["text"]) < 8 {
			continue
		}
		h := s.listed(s.db, "--search", r["text"])
		if len(h) > 1 && !slices.Contains(h, hidden) {
			query, hits = r["text"], h
			break
		}
	}
	if query == "" {
		t.Fatalf("no search hides claim %s", hidden)
	}
	s.key("ctrl+f")
	s.typeText(query)
	s.key("Down", "v")
	s.barrier()
	ev = s.events(s.db)
	for _, e := range ev[1:] {
		if e["claim"] == hidden {
			t.Fatalf("search %q hides claim %s; Down, V ruled it:%s", query, hidden, describeEvents(ev))
		}
		if e["claim"] != hits[0] {
			t.Fatalf("search %q (first hit %s), Down, V: events%s\nwant nothing more or claim %s ruled", query, hits[0], describeEvents(ev), hits[0])
		}
	}
	n := len(ev)
	s.key("j", "v")
	ev = s.waitEvents(s.db, n+1)
	s.barrier()
	ev = s.events(s.db)
	for _, e := range ev[n:] {
		if !slices.Contains(hits, e["claim"]) {
			t.Fatalf("search %q lists %v; J, V ruled claim %s, not a listed one:%s", query, hits, e["claim"], describeEvents(ev))
		}
	}
}

// Scenario 4 with a filter, as the issue has it: the kind filter, chosen
// with the mouse, hides the selected claim; V then rules nothing or the
// first visible claim, never the hidden one, and J, V a visible one.
func TestWindowFilterHides(t *testing.T) {
	s := newSession(t, "04b-filter-hides")
	s.start("--checker", "Fil Filter")
	s.waitListed(0, s.db, startTimeout)
	ids := s.listed(s.db)
	hidden := ids[0]
	kind := rowOf(s.exported(s.db), hidden)["kind"]
	// The kind filter's menu: "All kinds", then these.
	kinds := []string{"count", "percent", "money", "measure", "duration", "ordinal", "date"}
	item := slices.IndexFunc(kinds, func(k string) bool { return k != kind && len(s.listed(s.db, "--kind", k)) > 1 })
	if item < 0 {
		t.Fatalf("no kind filter hides claim %s (a %s) and shows more than one claim", hidden, kind)
	}
	visible := s.listed(s.db, "--kind", kinds[item])

	s.key("Home")
	under := s.pixel(150, listRowY(0)) // the menu opens over the list's first row
	s.click(120, 88)                   // the kind filter
	s.poll("the kind filter's menu", stepTimeout, func() bool { return s.pixel(150, listRowY(0)) != under })
	s.click(40, 122+int(39.2*float64(item+1)))
	s.key("v")
	s.barrier()
	ev := s.events(s.db)
	for _, e := range ev {
		if e["claim"] != visible[0] {
			t.Fatalf("the filter %s hides claim %s (a %s); V ruled:%s\nwant nothing or claim %s, the first shown",
				kinds[item], hidden, kind, describeEvents(ev), visible[0])
		}
	}
	n := len(ev)
	s.key("j", "v")
	ev = s.waitEvents(s.db, n+1)
	s.barrier()
	ev = s.events(s.db)
	for _, e := range ev[n:] {
		if !slices.Contains(visible, e["claim"]) {
			t.Fatalf("the filter %s shows %v; J, V ruled claim %s:%s", kinds[item], visible, e["claim"], describeEvents(ev))
		}
	}
}

// Scenario 5: V with the help open rules nothing; Escape closes the help,
// and so does Enter; then V rules again.
func TestWindowHelpBlocksKeys(t *testing.T) {
	s := newSession(t, "05-help")
	s.start("--checker", "Hal Help")
	s.waitListed(0, s.db, startTimeout)
	m := s.mark()
	s.key("F1")
	s.waitDialog(m, "Keyboard shortcuts")
	s.key("v", "d", "c", "j", "n", "s", "m")
	m2 := s.mark()
	s.key("Escape")
	s.waitClosed(m2, "Keyboard shortcuts")
	if other := otherDialogs(s.app.log.String()[m:], "Keyboard shortcuts"); len(other) > 0 {
		t.Errorf("keys pressed over the help opened %q", other)
	}
	s.barrier()
	if ev := s.events(s.db); len(ev) != 0 {
		t.Fatalf("V, D, C with the help open ruled:%s", describeEvents(ev))
	}

	m = s.mark()
	s.key("F1")
	s.waitDialog(m, "Keyboard shortcuts")
	s.key("Return")
	s.waitClosed(m, "Keyboard shortcuts")
	s.key("v")
	if ev := s.waitEvents(s.db, 1); len(ev) != 1 || ev[0]["verdict"] != "verified" {
		t.Fatalf("V once the help is closed: events%s\nwant one verified", describeEvents(ev))
	}
}

// Scenario 6: keys typed during an import of thousands of articles (the
// BBC corpus and changed copies of it), Ctrl+F and "fraud" among them:
// no ruling lands, then or once the import has ended.
func TestWindowKeysDuringImport(t *testing.T) {
	s := newSession(t, "06-keys-during-import")
	folder := copiesOf(t, bbcCorpus(t), filepath.Join(s.dir, "batch"), 3)
	s.start("--checker", "Kim Keys")
	s.waitListed(0, s.db, startTimeout)
	m := s.mark()
	s.key("ctrl+i")
	s.waitDialog(m, "Import articles")
	s.replaceText(folder)
	s.key("Return")
	s.waitDialog(m, "Importing articles")
	s.key("v", "d", "j", "s", "c", "n", "k", "m")
	s.key("ctrl+f")
	s.typeText("fraud")
	s.key("v", "d")
	typed := s.mark()
	if findLine(s.app.log.String()[m:typed], reDialogClosed("Importing articles")) != nil {
		t.Fatalf("the import ended before every key was typed: the test needs a larger folder")
	}
	s.waitLog(m, reDialogClosed("Importing articles"), importTimeout)
	s.waitLog(m, regexp.MustCompile(`^factcheck: status: Imported`), stepTimeout)
	s.barrier()
	if ev := s.events(s.db); len(ev) != 0 {
		t.Fatalf("keys typed during the import ruled:%s", describeEvents(ev))
	}
	if other := otherDialogs(s.app.log.String()[m:], "Import articles", "Importing articles", "Commands"); len(other) > 0 {
		t.Errorf("keys typed during the import opened %q", other)
	}
	s.key("Escape", "v")
	if ev := s.waitEvents(s.db, 1); len(ev) != 1 {
		t.Fatalf("Escape, V after the import: events%s\nwant one", describeEvents(ev))
	}
}

// Scenario 7: V, M, a note, Tab, evidence, Escape, J: the note and the
// evidence are saved on the claim's ruling, each in its own field.
func TestWindowNoteEvidence(t *testing.T) {
	s := newSession(t, "07-note-evidence")
	s.start("--checker", "Nora Note")
	s.waitListed(0, s.db, startTimeout)
	s.key("j", "v")
	ev := s.waitEvents(s.db, 1)
	claim := ev[0]["claim"]
	const note, evidence = "Matches the State Department readout", "https://www.state.gov/readout-example"
	s.key("m")
	s.typeText(note)
	s.key("Tab")
	s.typeText(evidence)
	s.key("Escape", "j")
	var r row
	deadline := time.Now().Add(stepTimeout)
	for {
		r = rowOf(s.exported(s.db), claim)
		if r["note"] == note && r["evidence"] == evidence {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("V, M, note, Tab, evidence, Escape, J: claim %s has verdict %q, note %q, evidence %q; want verified, %q, %q; events:%s",
				claim, r["verdict"], r["note"], r["evidence"], note, evidence, describeEvents(s.events(s.db)))
		}
		time.Sleep(100 * time.Millisecond)
	}
	if r["verdict"] != "verified" {
		t.Errorf("claim %s: verdict %q after the note, want verified", claim, r["verdict"])
	}
	s.barrier()
	for _, e := range s.events(s.db) {
		if e["claim"] != claim {
			t.Errorf("an event on claim %s, not the one noted:%s", e["claim"], describeEvents([]row{e}))
		}
	}
}

// Scenario 7, the other ways: E goes straight to the evidence; a note on
// a claim without a verdict is kept as a draft that its ruling takes;
// closing the window with a draft asks first (Escape stays), and with
// none left it closes.
func TestWindowDrafts(t *testing.T) {
	s := newSession(t, "07b-drafts")
	s.start("--checker", "Dara Draft")
	s.waitListed(0, s.db, startTimeout)
	ids := s.listed(s.db)

	const evidence = "Reuters, 3 November 2023"
	s.key("v", "e")
	s.typeText(evidence)
	s.key("Escape", "j")
	s.poll("the evidence written after E on claim "+ids[0], stepTimeout, func() bool {
		return rowOf(s.exported(s.db), ids[0])["evidence"] == evidence
	})

	const note = "Check against the ministry's own count"
	s.key("m") // on the second claim, not ruled on
	s.typeText(note)
	s.key("Escape", "j", "k") // away and back
	s.barrier()
	if ev := s.events(s.db); len(ev) != 2 {
		t.Fatalf("a note on a claim without a verdict: events%s\nwant only the first ruling and its evidence", describeEvents(ev))
	}

	m := s.mark()
	a := s.app
	s.key("alt+F4")
	d := s.waitDialogBut(m)
	if a.exited() {
		t.Fatalf("closing the window with a draft note ended the app without asking")
	}
	s.key("Escape")
	s.waitClosed(m, d)

	s.key("d")
	ev := s.waitEvents(s.db, 3)
	if e := ev[2]; e["claim"] != ids[1] || e["verdict"] != "disputed" || e["note"] != note {
		t.Fatalf("the draft's claim, D: events%s\nwant claim %s disputed with the note %q", describeEvents(ev), ids[1], note)
	}
	s.key("alt+F4")
	select {
	case <-a.done:
	case <-time.After(quitTimeout):
		t.Fatalf("with no draft left the app still ran %v after Alt+F4:%s", quitTimeout, s.app.log.String()[m:])
	}
}

// Scenario 8: Ctrl+Z undoes a ruling and Ctrl+Shift+Z redoes it; the
// claim's history shows both.
func TestWindowUndoRedo(t *testing.T) {
	s := newSession(t, "08-undo-redo")
	s.start("--checker", "Uma Undo")
	s.waitListed(0, s.db, startTimeout)
	s.key("j", "d")
	ev := s.waitEvents(s.db, 1)
	claim := ev[0]["claim"]
	s.key("ctrl+z")
	ev = s.waitEvents(s.db, 2)
	if v := rowOf(s.exported(s.db), claim)["verdict"]; ev[1]["action"] != "undo" || ev[1]["claim"] != claim || (v != "" && v != "cleared") {
		t.Fatalf("D, Ctrl+Z: events%s\nwant the ruling of claim %s undone", describeEvents(ev), claim)
	}
	s.key("ctrl+shift+z")
	ev = s.waitEvents(s.db, 3)
	if ev[2]["action"] != "redo" || ev[2]["claim"] != claim || rowOf(s.exported(s.db), claim)["verdict"] != "disputed" {
		t.Fatalf("D, Ctrl+Z, Ctrl+Shift+Z: events%s\nwant the ruling of claim %s redone: disputed", describeEvents(ev), claim)
	}
	h := s.claims("history", "--db", s.db, claim)
	for _, want := range []string{"rule", "undo", "redo"} {
		if !strings.Contains(h, want) {
			t.Errorf("claims history %s has no %q:\n%s", claim, want, h)
		}
	}
	s.barrier()
	if ev := s.events(s.db); len(ev) != 3 {
		t.Errorf("events%s\nwant three", describeEvents(ev))
	}
}

// Scenario 9: Ctrl+E, Enter writes the CSV at the suggested path with the
// rulings; Ctrl+O, a path, Enter opens another database, where V then
// rules.
func TestWindowExportOpen(t *testing.T) {
	s := newSession(t, "09-export-open")
	s.start("--checker", "Eve Export")
	s.waitListed(0, s.db, startTimeout)
	s.key("v", "j", "d")
	ev := s.waitEvents(s.db, 2)
	want := map[string]string{ev[0]["claim"]: "verified", ev[1]["claim"]: "disputed"}
	started := time.Now()

	m := s.mark()
	s.key("ctrl+e")
	s.waitDialog(m, "Export verdicts as CSV")
	s.key("Return")
	s.waitClosed(m, "Export verdicts as CSV")
	var csvs []string
	s.poll("the exported CSV file", stepTimeout, func() bool {
		csvs = newFiles(s.dir, ".csv", started)
		return len(csvs) > 0
	})
	data, err := os.ReadFile(csvs[0])
	if err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, string(data))
	if n := len(s.exported(s.db)); len(rows) != n {
		t.Errorf("%s has %d claims, the database %d", csvs[0], len(rows), n)
	}
	for id, v := range want {
		if got := rowOf(rows, id)["verdict"]; got != v {
			t.Errorf("%s: claim %s %q, want %q", csvs[0], id, got, v)
		}
	}

	other := filepath.Join(s.dir, "other.db")
	s.claims("import", "--db", other, writeArticle(t, s.dir, "council_vote.txt",
		"Council approves budget\n\nThe city council approved a budget of $48 million on Tuesday by 9 votes to 4.\n"))
	count := len(s.listed(other))
	m = s.mark()
	s.key("ctrl+o")
	s.waitDialog(m, "Open database")
	s.replaceText(other)
	s.key("Return")
	if n := s.waitListed(m, other, startTimeout); n != count {
		t.Fatalf("the app listed %d claims of %s, claims list %d", n, other, count)
	}
	s.key("v")
	if ev := s.waitEvents(other, 1); len(ev) != 1 || ev[0]["checker"] != "Eve Export" {
		t.Fatalf("V in the opened database: events%s", describeEvents(ev))
	}
	if ev := s.events(s.db); len(ev) != 2 {
		t.Errorf("V after opening %s ruled in the first database:%s", other, describeEvents(ev))
	}

	// File › Recent database from the palette goes back to the first.
	m = s.mark()
	s.runAction("recent review.db")
	if n := s.waitListed(m, s.db, startTimeout); n != len(s.listed(s.db)) {
		t.Fatalf("the palette's recent review.db: the app listed %d claims", n)
	}

	// File › Export history as CSV… from the palette, Enter: every event.
	started = time.Now()
	m = s.mark()
	s.runAction("export history")
	d := s.waitDialogBut(m, "Commands")
	s.key("Return")
	s.waitClosed(m, d)
	var hist []row
	s.poll("the exported history CSV file", stepTimeout, func() bool {
		for _, f := range newFiles(s.dir, ".csv", started) {
			if data, err := os.ReadFile(f); err == nil && strings.HasPrefix(string(data), "event,") {
				hist = readCSV(t, string(data))
				return true
			}
		}
		return false
	})
	if want := s.events(s.db); len(hist) != len(want) {
		t.Errorf("the history CSV has %d events, the database%s", len(hist), describeEvents(want))
	}
}

// An import by claims into the open database, right after the window
// listed it, is listed without reopening it.
func TestWindowExternalImport(t *testing.T) {
	s := newSession(t, "15-external-import")
	s.start("--checker", "Xavi External")
	s.waitListed(0, s.db, startTimeout)
	m := s.mark()
	s.claims("import", "--db", s.db, writeArticle(t, s.dir, "harbour_ferry.txt", ferryArticle))
	if n, want := s.waitListed(m, s.db, stepTimeout), len(s.listed(s.db)); n != want {
		t.Fatalf("after claims import into the open database the app listed %d claims, claims list %d", n, want)
	}
}

// The palette's "Apply the suggestion" rules as suggested; the app
// reopens on the claim the checker was on, in the window's last size.
func TestWindowReopen(t *testing.T) {
	s := newSession(t, "14-reopen")
	s.start("--checker", "Rhea Reopen")
	s.waitListed(0, s.db, startTimeout)
	grouped := s.claimWithText(s.db, "at least 435")
	s.key("ctrl+f")
	s.typeText("435")
	s.key("Return")
	s.runAction("apply the suggestion")
	ev := s.waitEvents(s.db, 1)
	if ev[0]["claim"] != grouped || ev[0]["verdict"] != "superseded" || ev[0]["superseded_by_text"] == "" {
		t.Fatalf("search 435, Enter, Apply the suggestion: events%s\nwant claim %s superseded, as suggested", describeEvents(ev), grouped)
	}

	const size = "1100x720"
	s.xdo("windowsize", "--sync", s.wid, "1100", "720")
	s.poll("the window to take the size "+size, stepTimeout, func() bool { return s.windowSize() == size })
	a := s.app
	s.key("alt+F4")
	select {
	case <-a.done:
	case <-time.After(quitTimeout):
		t.Fatalf("the app still ran %v after Alt+F4", quitTimeout)
	}
	s.start("--checker", "Rhea Reopen")
	s.waitListed(0, s.db, startTimeout)
	if got := s.windowSize(); got != size {
		t.Errorf("the window reopened %s, want %s as it was left", got, size)
	}
	s.key("v")
	ev = s.waitEvents(s.db, 2)
	if ev[1]["claim"] != grouped {
		t.Fatalf("reopened, V ruled claim %s, want %s, the one the checker was on", ev[1]["claim"], grouped)
	}
}

// runAction runs the palette's top hit for query and waits for the
// palette to close.
func (s *session) runAction(query string) {
	s.t.Helper()
	m := s.mark()
	s.key("ctrl+shift+p")
	s.waitDialog(m, "Commands")
	s.typeText(query)
	s.key("Return")
	s.waitClosed(m, "Commands")
}

// windowSize is the size of the app's window, "WxH".
func (s *session) windowSize() string {
	s.t.Helper()
	out := s.xdo("getwindowgeometry", s.wid)
	m := regexp.MustCompile(`Geometry: (\d+x\d+)`).FindStringSubmatch(out)
	if m == nil {
		s.t.Fatalf("xdotool getwindowgeometry: %q", out)
	}
	return m[1]
}

// The dialogs' keys beyond the scenarios: in the command palette Down and
// Up choose the action Enter runs, and Escape closes it; S on a claim of a group opens the
// picker, which Escape closes without a ruling and Enter confirms; S on a
// claim alone says nothing can supersede it, and Escape closes that; so
// it closes About (as Enter does), "Extract all articles again?" and what
// refuses a text file opened as a database.
func TestWindowDialogKeys(t *testing.T) {
	s := newSession(t, "11-dialog-keys")
	s.start("--checker", "Dora Dialog")
	s.waitListed(0, s.db, startTimeout)

	m := s.mark()
	s.key("ctrl+shift+p")
	s.waitDialog(m, "Commands")
	s.typeText("import")
	s.key("Down", "Down", "Up", "Escape")
	s.waitClosed(m, "Commands")
	if other := otherDialogs(s.app.log.String()[m:], "Commands"); len(other) > 0 {
		t.Errorf("Escape in the palette opened %q", other)
	}
	// Down and Up choose: "export" with Enter, with Down, Enter, and with
	// Down, Up, Enter opens the first hit's dialog, another, the first.
	var opened []string
	for _, keys := range [][]string{{"Return"}, {"Down", "Return"}, {"Down", "Up", "Return"}} {
		m := s.mark()
		s.key("ctrl+shift+p")
		s.waitDialog(m, "Commands")
		s.typeText("export")
		s.key(keys...)
		s.waitClosed(m, "Commands")
		d := s.waitDialogBut(m, "Commands")
		s.key("Escape")
		s.waitClosed(m, d)
		opened = append(opened, d)
	}
	if opened[0] == opened[1] || opened[2] != opened[0] {
		t.Errorf("palette \"export\": Enter, Down Enter, Down Up Enter opened %q; want the first hit, another, the first", opened)
	}

	// The claim with a group: "at least 435 …", superseded by a later
	// figure in the same group.
	grouped := s.claimWithText(s.db, "at least 435")
	s.key("ctrl+f")
	s.typeText("435")
	s.key("Return")
	m = s.mark()
	s.key("s")
	s.waitDialog(m, "Superseded by…")
	s.key("Escape")
	s.waitClosed(m, "Superseded by…")
	s.barrier()
	if ev := s.events(s.db); len(ev) != 0 {
		t.Fatalf("S, Escape in the picker ruled:%s", describeEvents(ev))
	}
	m = s.mark()
	s.key("s")
	s.waitDialog(m, "Superseded by…")
	s.key("Return")
	s.waitClosed(m, "Superseded by…")
	ev := s.waitEvents(s.db, 1)
	if ev[0]["claim"] != grouped || ev[0]["verdict"] != "superseded" || ev[0]["superseded_by_text"] == "" {
		t.Fatalf("S, Enter in the picker: events%s\nwant claim %s superseded by a claim of its group", describeEvents(ev), grouped)
	}

	// A claim alone: nothing can supersede it.
	alone := s.lonelyClaim()
	m = s.mark()
	s.key("ctrl+f")
	s.replaceText(alone)
	s.key("Return", "s")
	d := s.waitDialogBut(m)
	s.key("Escape")
	s.waitClosed(m, d)
	s.barrier()
	if ev := s.events(s.db); len(ev) != 1 {
		t.Fatalf("S on %q, a claim alone, then Escape: events%s\nwant only the first", alone, describeEvents(ev))
	}

	// The palette's other dialogs: About closes with Escape and with
	// Enter; "Extract all articles again?" with Escape, extracting
	// nothing.
	for _, key := range []string{"Escape", "Return"} {
		m = s.mark()
		s.runAction("about factcheck")
		s.waitDialog(m, "About Factcheck")
		s.key(key)
		s.waitClosed(m, "About Factcheck")
	}
	m = s.mark()
	s.runAction("extract all articles again")
	d = s.waitDialogBut(m, "Commands")
	s.key("Escape")
	s.waitClosed(m, d)

	// Ctrl+O on a file that is no database: refused, the database kept;
	// Escape closes whatever says so.
	m = s.mark()
	s.key("ctrl+o")
	s.waitDialog(m, "Open database")
	s.replaceText(writeArticle(t, s.dir, "notes.txt", "Not a database.\n"))
	s.key("Return")
	// The refusal is a dialog of its own, or a line in the path dialog,
	// which then stays open.
	entered := time.Now()
	s.poll("the refusal", stepTimeout, func() bool {
		out := s.app.log.String()[m:]
		return len(otherDialogs(out, "Open database")) > 0 ||
			slices.Contains(stillOpen(out), "Open database") && time.Since(entered) > 2*time.Second
	})
	for i := 0; len(stillOpen(s.app.log.String()[m:])) > 0; i++ {
		if i == 3 {
			t.Fatalf("Escape three times after opening a text file as a database: still open %q", stillOpen(s.app.log.String()[m:]))
		}
		open := stillOpen(s.app.log.String()[m:])
		s.key("Escape")
		s.waitClosed(m+strings.LastIndex(s.app.log.String()[m:], "dialog: "+open[len(open)-1]), open[len(open)-1])
	}
	if findLine(s.app.log.String()[m:], reListed) != nil {
		t.Errorf("Ctrl+O on a text file listed claims:\n%s", s.app.log.String()[m:])
	}
	s.key("Home", "v")
	if ev := s.waitEvents(s.db, 2); len(ev) != 2 {
		t.Fatalf("after the refused database, Home, V: events%s\nwant a second one in the first database", describeEvents(ev))
	}
}

// stillOpen lists the dialogs that out opens and does not close, the top
// one last.
func stillOpen(out string) []string {
	var open []string
	for _, line := range strings.Split(out, "\n") {
		if t, ok := strings.CutPrefix(line, "factcheck: dialog closed: "); ok {
			if i := slices.Index(open, t); i >= 0 {
				open = slices.Delete(open, i, i+1)
			}
		} else if t, ok := strings.CutPrefix(line, "factcheck: dialog: "); ok {
			open = append(open, t)
		}
	}
	return open
}

// The list's keys: End then V rules the last claim, Home then V the
// first, PageDown then V one further down, PageUp back; N the next
// unruled claim; J, K, Down and Up one claim; Escape from the search field
// hands the keys back to the list.
func TestWindowListKeys(t *testing.T) {
	s := newSession(t, "12-list-keys")
	s.start("--checker", "Lee List")
	s.waitListed(0, s.db, startTimeout)
	ids := s.listed(s.db)
	s.key("End", "v")
	ev := s.waitEvents(s.db, 1)
	if ev[0]["claim"] != ids[len(ids)-1] {
		t.Fatalf("End, V ruled claim %s, want the last one listed, %s", ev[0]["claim"], ids[len(ids)-1])
	}
	s.key("Home", "v")
	ev = s.waitEvents(s.db, 2)
	if ev[1]["claim"] != ids[0] {
		t.Fatalf("Home, V ruled claim %s, want the first one listed, %s", ev[1]["claim"], ids[0])
	}
	s.key("Next", "v")
	ev = s.waitEvents(s.db, 3)
	if i := slices.Index(ids, ev[2]["claim"]); i < 2 {
		t.Fatalf("Home, PageDown, V ruled claim %s (row %d), want one a page down", ev[2]["claim"], i+1)
	}
	s.key("Prior", "v")
	ev = s.waitEvents(s.db, 4)
	if ev[3]["claim"] != ids[0] {
		t.Fatalf("Home, PageDown, PageUp, V ruled claim %s, want the first, %s", ev[3]["claim"], ids[0])
	}
	// On the first claim: N goes to the next unruled one, the second.
	for i, step := range []struct {
		keys []string
		want string
	}{
		{[]string{"n", "v"}, ids[1]},
		{[]string{"k", "d"}, ids[0]},
		{[]string{"Down", "Down", "Up", "v"}, ids[1]},
		{[]string{"j", "j", "c"}, ids[3]},
		{[]string{"ctrl+f", "Escape", "d"}, ids[3]}, // Escape from the empty search field: back to the list
	} {
		s.key(step.keys...)
		ev = s.waitEvents(s.db, 5+i)
		if got := ev[4+i]["claim"]; got != step.want {
			t.Fatalf("then %v ruled claim %s, want %s:%s", step.keys, got, step.want, describeEvents(ev))
		}
	}
}

// Every path dialog's Tab route to its file browser: Tab from the path
// field reaches the "Browse…" button, Space opens Fyne's file dialog
// without a crash, Escape closes it and then the path dialog. Then the
// mouse: a click on the third row of the list selects it for V, and in
// the file browser of Ctrl+I a click on an article and one on Open import
// it.
func TestWindowBrowseAndClick(t *testing.T) {
	s := newSession(t, "13-browse-click")
	s.start("--checker", "Bo Browse")
	s.waitListed(0, s.db, startTimeout)
	reBrowse := regexp.MustCompile(`^factcheck: dialog: (Browse.*)$`)
	for _, d := range []struct{ key, title string }{
		{"ctrl+i", "Import articles"},
		{"ctrl+e", "Export verdicts as CSV"},
		{"ctrl+o", "Open database"},
	} {
		m := s.mark()
		s.key(d.key)
		s.waitDialog(m, d.title)
		s.key("Tab", "space")
		b := s.waitLog(m, reBrowse, stepTimeout)
		s.key("Escape")
		s.waitClosed(m, b[1])
		s.key("Escape")
		s.waitClosed(m, d.title)
	}

	ids := s.listed(s.db)
	s.click(230, listRowY(2))
	s.key("v")
	if ev := s.waitEvents(s.db, 1); ev[0]["claim"] != ids[2] {
		t.Fatalf("a click on the third row, V: events%s\nwant claim %s, the third listed, verified", describeEvents(ev), ids[2])
	}

	dir := filepath.Join(s.dir, "articles")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	writeArticle(t, dir, "harbour_ferry.txt", ferryArticle)
	m := s.mark()
	s.key("ctrl+i")
	s.waitDialog(m, "Import articles")
	s.replaceText(dir + "/")
	s.key("Tab", "space")
	s.waitLog(m, reBrowse, stepTimeout)
	// Fyne draws the file browser a moment after it opens and says
	// nothing then: click the article (the first file, after "Parent")
	// and Open until the import says it is done. A click before the
	// browser is drawn falls outside the path dialog and does nothing.
	reImported := regexp.MustCompile(`^factcheck: status: Imported`)
	for deadline := time.Now().Add(stepTimeout); findLine(s.app.log.String()[m:], reImported) == nil; {
		if time.Now().After(deadline) {
			t.Fatalf("a click on harbour_ferry.txt and on Open in the file browser imported nothing in %v", stepTimeout)
		}
		s.click(491, 231)  // the first file of the 880x600 browser, centred in the window
		s.click(1043, 667) // Open
		time.Sleep(300 * time.Millisecond)
	}
	if !slices.Contains(articles(s.exported(s.db)), "harbour_ferry.txt") {
		t.Fatalf("harbour_ferry.txt, chosen in the file browser, is not in the database")
	}
}

// listRowY is how far down the app's 1280x800 window the middle of the
// list's row i (from 0) is: the first row starts 193 pixels down, and
// each is 58 high.
func listRowY(i int) int { return 193 + 58*i + 29 }

// ferryArticle is a short article the scenarios import.
const ferryArticle = "Wellington harbour ferry opens\n\nWELLINGTON, 4 March 2024 - The new harbour ferry carried 777 passengers on its " +
	"first day, the operator said. A single ticket costs $12, and the crossing takes 25 minutes.\n"

// pixel is the colour at x, y in the app's window.
func (s *session) pixel(x, y int) string {
	s.t.Helper()
	out, err := exec.Command("import", "-display", s.display, "-window", s.wid,
		"-crop", fmt.Sprintf("1x1+%d+%d", x, y), "-depth", "8", "txt:-").Output()
	if err != nil {
		s.t.Fatalf("import the pixel at %d,%d: %v", x, y, err)
	}
	return strings.TrimSpace(string(out))
}

// click clicks the left button at x, y in the app's window.
func (s *session) click(x, y int) {
	s.t.Helper()
	s.alive()
	s.activate()
	s.xdo("mousemove", "--window", s.wid, "--sync", strconv.Itoa(x), strconv.Itoa(y), "click", "1")
}

// quitRuns is how many times scenario 10 starts and closes the app.
const quitRuns = 20

// quitTimeout is how long after its window is closed the app may run.
const quitTimeout = 5 * time.Second

// Scenario 10: closing the window ends the process within 5 s, every
// time: 20 runs while busy loops keep both cores loaded. Most runs close
// the window as a desktop does (openbox's Alt+F4), every third one with
// Ctrl+Q. A run that hangs gets SIGQUIT, so that its goroutines are in the
// log printed on failure.
func TestWindowQuit(t *testing.T) {
	s := newSession(t, "10-quit")
	var stop atomic.Bool
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; !stop.Load(); n++ {
			}
		}()
	}
	defer func() { stop.Store(true); wg.Wait() }()

	var slowest time.Duration
	for i := range quitRuns {
		a := s.start("--checker", "Quinn Quit")
		s.waitListed(0, s.db, startTimeout)
		how := "alt+F4"
		if i%3 == 2 {
			how = "ctrl+q"
		}
		if i == quitRuns-1 {
			s.screenshot() // the window, not the empty display it leaves
			s.kept = true
		}
		sent := time.Now()
		s.key(how)
		select {
		case <-a.done:
		case <-time.After(quitTimeout):
			a.cmd.Process.Signal(syscall.SIGQUIT)
			select {
			case <-a.done:
			case <-time.After(5 * time.Second):
			}
			t.Fatalf("run %d of %d: the app still ran %v after %s closed its window", i+1, quitRuns, quitTimeout, how)
		}
		took := time.Since(sent)
		slowest = max(slowest, took)
		if a.err != nil {
			t.Fatalf("run %d of %d: after %s the app exited with %v", i+1, quitRuns, how, a.err)
		}
	}
	t.Logf("%d runs under load: each ended at most %v after its window was closed", quitRuns, slowest.Round(time.Millisecond))
}

// runCommand runs the palette's top hit for query, which opens the dialog
// title.
func (s *session) runCommand(query, title string) {
	s.t.Helper()
	m := s.mark()
	s.key("ctrl+shift+p")
	s.waitDialog(m, "Commands")
	s.typeText(query)
	s.key("Return")
	s.waitDialog(m, title)
}

// waitDialogBut waits for a dialog other than those titled but to open
// after mark and returns its title.
func (s *session) waitDialogBut(mark int, but ...string) string {
	s.t.Helper()
	var other []string
	s.poll(fmt.Sprintf("a dialog other than %q to open", but), stepTimeout, func() bool {
		other = otherDialogs(s.app.log.String()[mark:], but...)
		return len(other) > 0
	})
	return other[0]
}

// lastStatus is the app's latest status-bar message.
func (s *session) lastStatus() string {
	last := ""
	for _, line := range strings.Split(s.app.log.String(), "\n") {
		if m := reStatus.FindStringSubmatch(line); m != nil {
			last = m[1]
		}
	}
	return last
}

// checkDrawn takes a screenshot and checks that it shows a drawn window
// (many colours), as scripts/smoke did.
func (s *session) checkDrawn() {
	s.t.Helper()
	s.screenshot()
	out, err := exec.Command("identify", "-format", "%k", s.shot).Output()
	if err != nil {
		s.t.Fatalf("identify %s: %v", s.shot, err)
	}
	if n, _ := strconv.Atoi(strings.TrimSpace(string(out))); n < 100 {
		s.t.Fatalf("the screenshot %s has %d colours: the window was not drawn", s.shot, n)
	}
}

// lonelyClaim returns the text of a claim that is in no group and that a
// search for its text lists first.
func (s *session) lonelyClaim() string {
	s.t.Helper()
	out := s.claims("group", "--format", "jsonl", filepath.Join(root, "seeds"))
	size := map[string]int{}
	type claim struct{ text, group string }
	var all []claim
	re := regexp.MustCompile(`"text":"([^"]*)".*"group":"([^"]*)"`)
	for _, line := range strings.Split(out, "\n") {
		if m := re.FindStringSubmatch(line); m != nil {
			size[m[2]]++
			all = append(all, claim{m[1], m[2]})
		}
	}
	rows := s.exported(s.db)
	for _, c := range all {
		if size[c.group] != 1 || len(c.text) < 10 {
			continue
		}
		hits := s.listed(s.db, "--search", c.text)
		if len(hits) > 0 && rowOf(rows, hits[0])["text"] == c.text {
			return c.text
		}
	}
	s.t.Fatal("no claim alone in its group that its text finds first")
	return ""
}

// otherDialogs lists the dialogs opened in out other than titles.
func otherDialogs(out string, titles ...string) []string {
	var other []string
	re := regexp.MustCompile(`^factcheck: dialog: (.+)$`)
	for _, line := range strings.Split(out, "\n") {
		if m := re.FindStringSubmatch(line); m != nil && !slices.Contains(titles, m[1]) {
			other = append(other, m[1])
		}
	}
	return other
}

// articles lists the distinct articles of exported rows.
func articles(rows []row) []string {
	var a []string
	for _, r := range rows {
		if !slices.Contains(a, r["article"]) {
			a = append(a, r["article"])
		}
	}
	return a
}

// articleOf is the article of claim id among rows.
func articleOf(rows []row, id string) string { return rowOf(rows, id)["article"] }

// rowOf is claim id's row.
func rowOf(rows []row, id string) row {
	for _, r := range rows {
		if r["id"] == id {
			return r
		}
	}
	return row{}
}

// txtFiles counts the .txt files of dir, and how many different ones
// there are (an import skips the same bytes seen again).
func txtFiles(t *testing.T, dir string) (files, distinct int) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[[sha256.Size]byte]bool{}
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files++
		seen[sha256.Sum256(b)] = true
	}
	return files, len(seen)
}

// copiesOf writes into dst the .txt articles of src and n-1 changed
// copies of each (so that none is a duplicate), and returns dst.
func copiesOf(t *testing.T, src, dst string, n int) string {
	t.Helper()
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	ents, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		for i := range n {
			name := fmt.Sprintf("%s_%c.txt", strings.TrimSuffix(e.Name(), ".txt"), 'a'+i)
			text := append(slices.Clip(b), strings.Repeat("\nReprinted.", i)...)
			if err := os.WriteFile(filepath.Join(dst, name), text, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dst
}

// newFiles lists the files under dir named *ext changed since t.
func newFiles(dir, ext string, since time.Time) []string {
	var found []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ext) {
			return nil
		}
		if info, err := d.Info(); err == nil && !info.ModTime().Before(since) {
			found = append(found, p)
		}
		return nil
	})
	return found
}
