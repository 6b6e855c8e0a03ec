package main

// Scenarios 3 to 6 of issue 11, and the other keys: a key rules the claim
// shown and selected, and no other, and only when no dialog or import has
// the window.

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

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
	// the claims about the same thing say why they are grouped with it
	s.waitScreen(screenSameFact, "SAME FACT ELSEWHERE", "Why: both are about foreign nationals")
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
	s.waitEvents(s.db, n+1)
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
	s.waitEvents(s.db, n+1)
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
	s.key("End") // the help's last section, below the fold, by the keys alone
	s.waitScreen(screenProblem, "Find a command", "Assign the article")
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
	// The progress is drawn, not only opened: a dialog opened from the
	// folder's dialog was closed with it, unseen, while it took the keys.
	s.waitScreen(screenProblem, "Importing articles", "Cancel")
	s.shotAs("importing")
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

// The list's keys: End then V rules the last claim, Home then V the
// first, PageDown then V one further down, PageUp back; N the next
// unruled claim; J, K, Down and Up one claim; Escape from the search field
// hands the keys back to the list, and from a search clears it and keeps
// the claim found.
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
	s.key("Prior", "d") // (V again on the verified first claim would record nothing)
	ev = s.waitEvents(s.db, 4)
	if ev[3]["claim"] != ids[0] || ev[3]["verdict"] != "disputed" {
		t.Fatalf("Home, PageDown, PageUp, D ruled claim %s %s, want the first, %s, disputed", ev[3]["claim"], ev[3]["verdict"], ids[0])
	}
	// On the first claim: N goes to the next unruled one, the second.
	for i, step := range []struct {
		keys []string
		want string
	}{
		{[]string{"n", "v"}, ids[1]},
		{[]string{"k", "v"}, ids[0]},
		{[]string{"Down", "Down", "Up", "d"}, ids[1]},
		{[]string{"j", "j", "u"}, ids[3]},
		{[]string{"ctrl+f", "Escape", "d"}, ids[3]}, // Escape from the empty search field: back to the list
	} {
		s.key(step.keys...)
		ev = s.waitEvents(s.db, 5+i)
		if got := ev[4+i]["claim"]; got != step.want {
			t.Fatalf("then %v ruled claim %s, want %s:%s", step.keys, got, step.want, describeEvents(ev))
		}
	}
	// Escape from a search that found a claim: the whole list, on that claim.
	found := s.claimWithText(s.db, "at least 435")
	s.key("ctrl+f")
	s.typeText("435")
	s.waitScreen(screenClaim, "at least 435 foreign passport holders")
	s.key("Escape", "u")
	ev = s.waitEvents(s.db, 10)
	if got := ev[9]["claim"]; got != found {
		t.Fatalf("search 435, Escape, U ruled claim %s, want %s, the one found:%s", got, found, describeEvents(ev))
	}
	s.waitScreen(screenSearch, fmt.Sprintf("%d claims", len(ids)))
	// Escape on the list after a search's Enter does the same.
	s.key("ctrl+f")
	s.typeText("435")
	s.key("Return")
	s.waitScreen(screenSearch, fmt.Sprintf(" of %d claims", len(ids)))
	s.key("Escape", "v")
	ev = s.waitEvents(s.db, 11)
	if got := ev[10]["claim"]; got != found || ev[10]["verdict"] != "verified" {
		t.Fatalf("search 435, Enter, Escape on the list, V ruled claim %s, want %s, the one found:%s", got, found, describeEvents(ev))
	}
	s.waitScreen(screenSearch, fmt.Sprintf("%d claims", len(ids)))
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
	// The groups come after the listing, unannounced: until then S says
	// nothing can supersede the claim. Ask until the picker opens.
	s.poll("S to open the picker", stepTimeout, func() bool {
		m = s.mark()
		s.key("s")
		if d := s.waitDialogBut(m); d != "Superseded by…" {
			s.key("Escape")
			s.waitClosed(m, d)
			time.Sleep(300 * time.Millisecond)
			return false
		}
		return true
	})
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

// Scenario 25: the article picker, opened from the command palette, finds
// an article by a word of its title typed with a letter left out, and
// Enter lists that article's claims only, which V then rules; what no
// title holds gets a message, not a blank list; a click on a row picks
// its article as Enter does.
func TestWindowArticlePicker(t *testing.T) {
	s := newSession(t, "25-article-picker")
	s.start("--checker", "Pia Picker")
	s.waitListed(0, s.db, startTimeout)
	s.waitGrouped(0) // the picker names articles by their titles, read with the groups
	rows := s.exported(s.db)
	doc, theirs := s.articleWhere(rows, "its name starts 001_", func(r row) bool { return strings.HasPrefix(r["article"], "001_") })

	s.runCommand("one article", "Show the claims of one article")
	s.typeText("qzqz")
	s.waitScreen(screenProblem, "Nothing matches")
	s.shotAs("nothing")
	s.key("BackSpace", "BackSpace", "BackSpace", "BackSpace")
	s.typeText("netnyahu") // only 001's title names Netanyahu
	m := s.mark()
	s.key("Return")
	s.waitClosed(m, "Show the claims of one article")
	s.shotAs("picked")
	s.key("Home", "v")
	ev := s.waitEvents(s.db, 1)
	if !slices.Contains(theirs, ev[0]["claim"]) {
		t.Errorf("V after picking by %q ruled claim %s, not one of %s's %v", "netnyahu", ev[0]["claim"], doc, theirs)
	}

	// A click on an article's row picks it, as Enter does: the one whose
	// title says Blinken "Wraps Up" his trip.
	other, others := s.articleWhere(rows, "its title says Wraps", func(r row) bool { return strings.Contains(r["title"], "Wraps") })
	m = s.mark()
	s.runCommand("one article", "Show the claims of one article")
	s.clickText(screenProblem, "Wraps")
	s.waitClosed(m, "Show the claims of one article")
	s.key("Home", "d")
	ev = s.waitEvents(s.db, 2)
	if !slices.Contains(others, ev[1]["claim"]) {
		t.Errorf("D after clicking %s in the picker ruled claim %s, not one of its %v", other, ev[1]["claim"], others)
	}
}

// articleWhere returns the article of the exported rows that is, as what
// says, and the IDs of its claims that claims list gives, failing the test
// when none is.
func (s *session) articleWhere(rows []row, what string, is func(row) bool) (string, []string) {
	s.t.Helper()
	for _, r := range rows {
		if is(r) {
			if ids := s.listed(s.db, "--article", r["article"]); len(ids) > 0 {
				return r["article"], ids
			}
		}
	}
	s.t.Fatalf("no sample article with claims where %s", what)
	return "", nil
}

// wireStory is wire copy wrapped at a fixed width, its paragraphs
// indented, as the Reuters archive's are.
const wireStory = "HARBOUR BOARD RAISES FERRY FARES\n" +
	"    PORT ELLEN, May 4 - The harbour board raised ferry fares for\n" +
	"the third time this year, to 14.60 dlrs a crossing from 13.90\n" +
	"dlrs, after fuel costs rose by a fifth over the winter months,\n" +
	"a board spokesman said.\n" +
	"    The board carried 212,000 passengers last year.\n" +
	" Reuter\n"

// Scenario 27: wire copy wrapped at a fixed width reads as paragraphs in
// the article pane, a claim that runs over a wrapped line highlighted
// whole.
func TestWindowWireParagraphs(t *testing.T) {
	s := newSession(t, "27-wire-paragraphs")
	s.start("--checker", "Wes Wire")
	s.waitListed(0, s.db, startTimeout)
	m := s.mark()
	s.claims("import", "--db", s.db, writeArticle(t, s.dir, "ferry_fares.txt", wireStory))
	s.waitListed(m, s.db, startTimeout)
	s.key("ctrl+f")
	s.typeText("13.90")
	s.key("Return")
	s.waitScreen(screenClaim, "13.90", "fuel costs rose by a fifth")
	s.shotAs("article")
}
