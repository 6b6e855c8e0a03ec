package main

// Scenarios 1, 2 and 9 of issue 11, and the other ways in and out of a
// database: first start, imports, exports, opening, reopening, browsing.

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

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
	files, distinct := articleFiles(t, bbc)
	m = s.mark()
	s.runCommand("import folder", "Import a folder")
	s.replaceText(bbc)
	s.key("Return")
	s.waitDialog(m, "Importing articles")
	s.waitLog(m, reDialogClosed("Importing articles"), importTimeout)
	st = s.waitLog(m, regexp.MustCompile(`^factcheck: status: (Imported ([\d,]+) articles.*)$`), stepTimeout)
	rows = s.exported(s.db)
	if got, _ := strconv.Atoi(strings.ReplaceAll(st[2], ",", "")); got != distinct && got != files {
		t.Fatalf("the folder's %d articles (%d different): the status says %q", files, distinct, st[1])
	}
	if n := s.waitListed(m, s.db, stepTimeout); n != len(rows) {
		t.Fatalf("after the folder import the app listed %d claims, the database holds %d", n, len(rows))
	}
	s.barrier() // the app still answers
	// The summary stays in the status bar (it was overwritten within a
	// second): nothing else is said for two seconds after it.
	for end := time.Now().Add(2 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		if last := s.lastStatus(); last != st[1] {
			t.Fatalf("the status bar says %q %v after the import's summary %q", last, time.Since(end.Add(-2*time.Second)).Round(time.Millisecond), st[1])
		}
	}
}

// Scenario 9: Ctrl+E, Enter writes the CSV at the suggested path with the
// rulings; Ctrl+O, a path, Enter opens another database, where V then
// rules; back in the first, the history and the ClaimReview exports.
func TestWindowExportOpen(t *testing.T) {
	s := newSession(t, "09-export-open")
	s.start("--checker", "Eve Export")
	s.waitListed(0, s.db, startTimeout)
	s.key("v", "j", "d")
	ev := s.waitEvents(s.db, 2)
	want := map[string]string{ev[0]["claim"]: "verified", ev[1]["claim"]: "disputed"}
	started := time.Now()

	// the first export goes to a folder of exports, typed
	exports := filepath.Join(s.dir, "exports")
	if err := os.Mkdir(exports, 0o755); err != nil {
		t.Fatal(err)
	}
	m := s.mark()
	s.key("ctrl+e")
	s.waitDialog(m, "Export verdicts as CSV")
	s.replaceText(filepath.Join(exports, "verdicts.csv"))
	s.key("Return")
	s.waitClosed(m, "Export verdicts as CSV")
	var csvs []string
	s.poll("the exported CSV file", stepTimeout, func() bool {
		csvs = newFiles(exports, ".csv", started)
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

	// File › Export history as CSV… from the palette, Enter: every event,
	// in the folder of the last export, not the one a database was
	// opened from since.
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
	if hs := newFiles(exports, ".csv", started); len(hs) != 1 {
		t.Errorf("the history CSV went to %v, want the folder of the last export, %s", newFiles(s.dir, ".csv", started), exports)
	}

	// File › Export for publishing from the palette: who publishes, then
	// where, the dialog naming the ruled articles without a title; Enter
	// writes a ClaimReview a ruled claim.
	untitled := map[string]bool{}
	for _, r := range s.exported(s.db) {
		if r["verdict"] != "" && r["title"] == "" {
			untitled[r["article"]] = true
		}
	}
	started = time.Now()
	m = s.mark()
	s.runAction("export for publishing")
	s.waitDialog(m, "Who publishes the verdicts?")
	s.typeText("The Ledger")
	m = s.mark()
	s.key("Return")
	s.waitDialog(m, "Export for publishing (ClaimReview)")
	if len(untitled) > 0 {
		s.waitScreen(screenProblem, "with ruled claims", "no title", "by file name")
		s.screenshot()
	}
	s.key("Return")
	var reviews string
	s.poll("the exported ClaimReview file", stepTimeout, func() bool {
		for _, f := range newFiles(s.dir, ".jsonld", started) {
			if data, err := os.ReadFile(f); err == nil && len(data) > 0 {
				reviews = string(data)
				return true
			}
		}
		return false
	})
	if n := strings.Count(reviews, `"ClaimReview"`); n != len(want) || !strings.Contains(reviews, "The Ledger") {
		t.Errorf("the ClaimReview export holds %d reviews (want %d), signed The Ledger: %t", n, len(want), strings.Contains(reviews, "The Ledger"))
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
// reopens on the claim the checker was on, with the search it had, in the
// window's last size.
func TestWindowReopen(t *testing.T) {
	s := newSession(t, "14-reopen")
	s.start("--checker", "Rhea Reopen")
	s.waitListed(0, s.db, startTimeout)
	grouped := s.claimWithText(s.db, "at least 435")
	s.key("ctrl+f")
	s.typeText("435")
	s.key("Return")
	ev := s.applySuggestion()
	if len(ev) != 1 || ev[0]["claim"] != grouped || ev[0]["verdict"] != "superseded" || ev[0]["superseded_by_text"] == "" {
		t.Fatalf("search 435, Enter, Apply the suggestion: events%s\nwant claim %s superseded, as suggested", describeEvents(ev), grouped)
	}

	const size = "1100x720"
	s.resizeWindow(1100, 720)
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
	s.waitScreen(screenSearch, "435", fmt.Sprintf(" of %d claim", len(s.listed(s.db)))) // the search it had
	s.key("v")
	ev = s.waitEvents(s.db, 2)
	if ev[1]["claim"] != grouped {
		t.Fatalf("reopened, V ruled claim %s, want %s, the one the checker was on", ev[1]["claim"], grouped)
	}
}

// A figure its own article supersedes ("raised ... to 21 dlrs ... from
// 18 dlrs") is suggested superseded by the newer figure in the same
// article; the palette's "Apply the suggestion" rules so, the status
// names the newer figure and the suggestion reads as followed. Ruled
// verified, the suggestion reads as set aside; G follows it again; L goes
// to the group's other claim.
func TestWindowSupersededWithinArticle(t *testing.T) {
	s := newSession(t, "24-superseded-within")
	s.claims("import", "--db", s.db, writeArticle(t, s.dir, "opec_price.txt", opecArticle))
	s.start("--checker", "Ona Within")
	s.waitListed(0, s.db, startTimeout)
	old := s.claimWithText(s.db, "18 dlrs")
	s.key("ctrl+f")
	s.typeText("18 dlrs")
	s.key("Return")
	ev := s.applySuggestion()
	s.screenshot()
	if len(ev) != 1 || ev[0]["claim"] != old || ev[0]["verdict"] != "superseded" || ev[0]["superseded_by_text"] != "21 dlrs" {
		t.Fatalf("search 18 dlrs, Enter, Apply the suggestion: events%s\nwant claim %s superseded by 21 dlrs of its own article", describeEvents(ev), old)
	}
	// the status names the newer figure; the suggestion says it is
	// followed, and the newer figure is of this article: "elsewhere"
	// counts none
	s.waitScreen(screenStatus, "superseded by", "OPEC raises its reference")
	s.waitScreen(screenSide, "Ruled as suggested")
	s.waitScreen(screenSide, "SAME FACT ELSEWHERE (0)", "Also in this article (1)")

	// a ruling the checker chooses over the suggestion sets it aside,
	// without its button; G applies it again over that ruling
	s.key("v")
	if ev = s.waitEvents(s.db, 2); ev[1]["claim"] != old || ev[1]["verdict"] != "verified" {
		t.Fatalf("V after the suggestion: events%s\nwant claim %s verified", describeEvents(ev), old)
	}
	s.waitScreen(screenSide, "Ruled verified instead", "set aside")
	s.screenshot()
	s.key("g")
	if ev = s.waitEvents(s.db, 3); ev[2]["claim"] != old || ev[2]["verdict"] != "superseded" || ev[2]["superseded_by_text"] != "21 dlrs" {
		t.Fatalf("G over a verified ruling: events%s\nwant claim %s superseded by 21 dlrs again", describeEvents(ev), old)
	}
	s.waitScreen(screenSide, "Ruled as suggested")

	// L walks the group by keyboard: to the newer figure, which V rules
	s.key("l")
	s.waitScreen(screenStatus, "About the same thing", "1 of 2")
	s.key("v")
	if ev = s.waitEvents(s.db, 4); ev[3]["claim"] != s.claimWithText(s.db, "21 dlrs") || ev[3]["verdict"] != "verified" {
		t.Fatalf("L, V: events%s\nwant the newer figure, 21 dlrs, verified", describeEvents(ev))
	}
}

// opecArticle states a change of price in one sentence: the old figure
// and the new.
const opecArticle = "OPEC raises its reference price\n\nVIENNA, March 3 - The Organization of Petroleum Exporting Countries said " +
	"on Tuesday it had raised its reference price for crude oil to 21 dlrs a barrel from 18 dlrs, effective at once.\n" +
	"Ministers said the increase would hold until the group meets again in June.\n"

// applySuggestion runs the palette's "Apply the suggestion" on the
// selected claim and returns the history once it has an event. The
// suggestions come with the groups, which the window builds after it has
// listed the claims and does not announce: until then the action has no
// suggestion to apply, so it asks until it has one.
func (s *session) applySuggestion() []row {
	s.t.Helper()
	s.poll("Apply the suggestion to rule", stepTimeout, func() bool {
		s.runAction("apply the suggestion")
		for deadline := time.Now().Add(time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
			if len(s.events(s.db)) > 0 {
				return true
			}
		}
		return false
	})
	s.barrier()
	return s.events(s.db)
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
