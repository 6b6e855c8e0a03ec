package main

// Issue 17: the checker corrects the machine, through the keyboard, in a
// real window: not a claim (X), cannot verify (U), amend (A), superseded
// by an outside figure (O) and by a claim found by search (S), a claim
// added (Ctrl+N), and the undo of each.

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// waitRow waits until claim id's exported row satisfies ok and returns
// it.
func (s *session) waitRow(id, what string, ok func(row) bool) row {
	s.t.Helper()
	var r row
	s.poll(fmt.Sprintf("claim %s: %s", id, what), stepTimeout, func() bool {
		r = rowOf(s.exported(s.db), id)
		return ok(r)
	})
	return r
}

func TestWindowCorrections(t *testing.T) {
	s := newSession(t, "17-corrections")
	s.start("--checker", "Cora Correct")
	s.waitListed(0, s.db, startTimeout)
	rows := s.exported(s.db)
	// The first count of the list, which J reaches.
	k := 0
	for k < len(rows) && rows[k]["kind"] != "count" {
		k++
	}
	if k == len(rows) {
		t.Fatal("the seeds have no count")
	}
	first := rows[k]
	id := first["id"]
	verdict := func(v string) func(row) bool { return func(r row) bool { return r["verdict"] == v } }
	for range k {
		s.key("j")
	}
	s.barrier()

	// X: not a claim, hidden from the list and counted apart, the claim
	// after it shown in its place; Ctrl+Z brings it back.
	m := s.mark()
	s.key("x")
	s.waitRow(id, "dismissed", verdict("dismissed"))
	s.waitGrouped(m)
	if k+1 < len(rows) {
		s.waitScreen(screenClaim, rows[k+1]["text"]) // not the list's first claim
	}
	if ids := s.listed(s.db, "--verdict", "dismissed"); len(ids) != 1 || ids[0] != id {
		t.Errorf("claims dismissed: %v, want [%s]", ids, id)
	}
	m = s.mark()
	s.key("ctrl+z")
	s.waitRow(id, "unruled again after the undo", verdict("unruled"))
	s.waitGrouped(m)

	// U: cannot verify.
	s.key("u")
	s.waitRow(id, "cannot verify", verdict("unverifiable"))

	// A: the checker's reading beside the extractor's; the verdict stays;
	// Ctrl+Z takes the amendment back.
	m = s.mark()
	s.key("a")
	s.waitDialog(m, "Amend the reading")
	s.replaceText("4242")
	s.key("Tab", "Tab", "Tab", "Tab", "Tab") // to the note: end value, unit, qualifier, subject, note
	s.typeText("value misread")
	s.key("Return")
	s.waitClosed(m, "Amend the reading")
	r := s.waitRow(id, "amended to 4242", func(r row) bool { return r["value"] == "4242" })
	s.waitGrouped(m)
	if r["extracted_value"] != first["value"] || r["verdict"] != "unverifiable" || r["note"] != "" {
		// the amendment's note is its own, in the history: not the verdict's
		t.Errorf("amended: extracted_value %q (want %q), verdict %q (want unverifiable), note %q (want none)", r["extracted_value"], first["value"], r["verdict"], r["note"])
	}
	if ev := s.events(s.db); len(ev) == 0 || ev[len(ev)-1]["claim"] != id || ev[len(ev)-1]["action"] != "amend" || ev[len(ev)-1]["note"] != "value misread" {
		t.Errorf("the amendment's event, with its note, is not the log's last:%s", describeEvents(ev))
	}
	m = s.mark()
	s.key("ctrl+z")
	s.waitRow(id, "its extracted value again", func(r row) bool { return r["value"] == first["value"] })
	s.waitGrouped(m)

	// O: superseded by a figure from outside the review.
	m = s.mark()
	s.key("o")
	s.waitDialog(m, "Superseded by an outside figure")
	s.typeText("11078")
	s.key("Tab", "Tab")
	s.typeText("2023-11-12")
	s.key("Tab")
	s.typeText("https://example.org/toll")
	s.key("Tab")
	s.typeText("the ministry's later count")
	s.key("Return")
	s.waitClosed(m, "Superseded by an outside figure")
	r = s.waitRow(id, "superseded by the outside figure", verdict("superseded"))
	if r["superseded_by_value"] != "11078" || r["superseded_by_date"] != "2023-11-12" || r["superseded_by_source"] != "https://example.org/toll" ||
		r["note"] != "the ministry's later count" {
		t.Errorf("superseded by %q as of %q (%q), note %q", r["superseded_by_value"], r["superseded_by_date"], r["superseded_by_source"], r["note"])
	}
	s.waitScreen(screenVerdict, "Superseded by 11,078 as of 2023-11-12") // under the verdict, what superseded it
	s.shotAs("superseded-outside")
	s.key("ctrl+z")
	s.waitRow(id, "cannot verify again after the undo", verdict("unverifiable"))

	// S: superseded by a claim of another article, found by searching.
	var other row
	for _, o := range rows {
		if o["article"] != first["article"] && len(o["text"]) > 8 && strings.ContainsFunc(o["text"], unicode.IsLetter) {
			other = o
			break
		}
	}
	if other == nil {
		t.Fatal("the seeds have no claim in another article")
	}
	m = s.mark()
	s.key("s")
	s.waitDialog(m, "Superseded by…")
	s.typeText(other["text"])
	s.key("Return") // taken once the search has listed its hits
	r = s.waitRow(id, "superseded by a claim found by search", verdict("superseded"))
	if r["superseded_by_text"] != other["text"] {
		t.Errorf("superseded by %q, want %q", r["superseded_by_text"], other["text"])
	}
	s.waitScreen(screenVerdict, "Superseded by", strings.Fields(other["text"])[0])
	s.shotAs("superseded-by")
	s.key("ctrl+z")
	s.waitRow(id, "cannot verify again after the undo", verdict("unverifiable"))
	s.key("ctrl+shift+z")
	s.waitRow(id, "superseded again after the redo", verdict("superseded"))

	// Ctrl+N: a claim the extractor missed, selected in the article with
	// Shift and the arrows (the dialog shows it with the cursor at the
	// selected claim), then another typed as the article writes it; Ctrl+Z
	// withdraws the last (not a claim).
	addedBy := func(what string, n int) row {
		var a row
		s.poll(what, stepTimeout, func() bool {
			var found []row
			for _, r := range s.exported(s.db) {
				if r["found_by"] == "checker" {
					found = append(found, r)
				}
			}
			if len(found) < n {
				return false
			}
			a = slices.MaxFunc(found, func(x, y row) int {
				i, _ := strconv.Atoi(x["id"])
				j, _ := strconv.Atoi(y["id"])
				return i - j
			})
			return true
		})
		return a
	}
	m = s.mark()
	s.key("ctrl+n")
	s.waitDialog(m, "Add a claim")
	s.key("shift+Tab") // from the figure's field to the article
	for range 4 {
		s.key("shift+Right")
	}
	s.shotAs("add")
	s.key("Return")
	s.waitClosed(m, "Add a claim")
	added := addedBy("the claim added by a selection", 1)
	if want := first["text"][:4]; added["text"] != want || added["start"] != first["start"] || added["article"] != first["article"] {
		t.Errorf("added %q at %s of %s, want %q at %s of %s", added["text"], added["start"], added["article"], want, first["start"], first["article"])
	}
	s.waitGrouped(m)

	word := firstWord(first["sentence"])
	m = s.mark()
	s.key("ctrl+n")
	s.waitDialog(m, "Add a claim")
	s.typeText(word) // each key fills the places of the figure at once, before Return
	s.key("Return")
	s.waitClosed(m, "Add a claim")
	added = addedBy("the claim added by typing", 2)
	if added["text"] != word || added["article"] != first["article"] {
		t.Errorf("added %q to %s, want %q to %s", added["text"], added["article"], word, first["article"])
	}
	s.waitGrouped(m)
	// the claim added is the one selected: U rules it, Ctrl+Z takes that back
	s.key("u")
	s.waitRow(added["id"], "the added claim, selected, cannot be verified", verdict("unverifiable"))
	s.key("ctrl+z")
	s.waitRow(added["id"], "the added claim unruled after the undo", verdict("unruled"))
	m = s.mark()
	s.key("ctrl+z")
	s.waitRow(added["id"], "withdrawn by the undo", verdict("dismissed"))
	s.waitGrouped(m)
	// adding it again shows it, hidden as not a claim, where C clears that
	m = s.mark()
	s.key("ctrl+n")
	s.waitDialog(m, "Add a claim")
	s.typeText(word)
	s.key("Return")
	s.waitClosed(m, "Add a claim")
	s.waitScreen(screenStatus, "is a claim of this article already")
	s.key("c")
	s.waitRow(added["id"], "the claim added again, shown and cleared", verdict("unruled"))

	// F2: progress at a glance, counting the new verdicts (the README
	// shows this screenshot).
	m = s.mark()
	s.key("F2")
	s.waitDialog(m, "Progress")
	s.waitScreen(area{300, 100, 680, 600}, "verdict")
	s.shotAs("progress")
	s.key("Escape")
	s.waitClosed(m, "Progress")
}

// Scenario 29: a weekday added as a claim (Ctrl+N, "Friday" typed as the
// article writes it) is read as a date, not a count of 0; in an article of
// no publication date its value is left for the checker to type.
func TestWindowAddWeekday(t *testing.T) {
	s := newSession(t, "29-add-weekday")
	s.start("--checker", "Wanda Weekday")
	s.waitListed(0, s.db, startTimeout)
	s.waitGrouped(0)
	soldiers := s.claimWithText(s.db, "24 Israeli soldiers")
	s.key("ctrl+f")
	s.typeText("24 Israeli soldiers")
	s.waitScreen(screenClaim, "24 Israeli soldiers")
	s.key("Return")
	m := s.mark()
	s.key("ctrl+n")
	s.waitDialog(m, "Add a claim")
	s.typeText("Friday")
	s.waitScreen(screenPathDialog, "this Friday") // its places listed, the first chosen
	s.shotAs("add")
	s.key("Tab", "Tab", "Tab") // past the places of the figure and its kind, to its value
	s.typeText("2023-11-03")
	s.key("Return")
	s.waitClosed(m, "Add a claim")
	var added row
	s.poll("the weekday added", stepTimeout, func() bool {
		for _, r := range s.exported(s.db) {
			if r["found_by"] == "checker" {
				added = r
				return true
			}
		}
		return false
	})
	var article string
	for _, r := range s.exported(s.db) {
		if r["id"] == soldiers {
			article = r["article"]
		}
	}
	if added["text"] != "Friday" || added["kind"] != "date" || added["value"] != "2023-11-03" || added["article"] != article {
		t.Errorf("added %q, a %s of %q, to article %s; want \"Friday\", a date of \"2023-11-03\", to %s (that of claim %s)",
			added["text"], added["kind"], added["value"], added["article"], article, soldiers)
	}
}

// waitGrouped waits for the window to have listed and grouped the claims
// again after mark, as it does once a checker's correction is regrouped.
func (s *session) waitGrouped(mark int) {
	s.t.Helper()
	s.waitLog(mark, regexp.MustCompile(`^factcheck: grouped \d+ claims$`), stepTimeout)
}

// firstWord returns the sentence's first word of five letters or more.
func firstWord(sentence string) string {
	for _, w := range strings.FieldsFunc(sentence, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 5 {
			return w
		}
	}
	return ""
}

// Scenario 28: on a small laptop's screen, 1024x600, the add dialog
// (Ctrl+N), the longest form, shows every field and its buttons within
// the window; Escape closes it. An import's list of 80 files passed over
// scrolls within the window, its OK button on it.
func TestWindowSmallScreen(t *testing.T) {
	s := newSession(t, "28-small-screen")
	s.start("--checker", "Sami Small")
	s.waitListed(0, s.db, startTimeout)
	s.waitGrouped(0) // the add form waits for every claim to be read
	s.resizeWindow(1024, 600)
	m := s.mark()
	s.key("ctrl+n")
	s.waitDialog(m, "Add a claim")
	s.waitScreen(area{0, 0, 1024, 600}, "Figure", "Subject", "Note", "Evidence", "Cancel")
	s.shotAs("add")
	s.key("Escape")
	s.waitClosed(m, "Add a claim")

	// an import that passes over many files: "Which files…" lists them
	// all, scrolling, its OK button within the window
	dir := filepath.Join(s.dir, "many")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	writeArticle(t, dir, "ferry.txt", ferryArticle)
	for i := range 80 {
		writeArticle(t, dir, fmt.Sprintf("scan%02d.odt", i), "not read\n")
	}
	m = s.mark()
	s.key("ctrl+i")
	s.waitDialog(m, "Import articles")
	s.replaceText(dir)
	s.key("Return")
	s.waitImport(m)
	s.waitLog(m, regexp.MustCompile(`^factcheck: summary: Imported 1 article`), stepTimeout)
	m = s.mark()
	s.clickText(screenTop, "Which")
	which := s.waitLog(m, regexp.MustCompile(`^factcheck: dialog: (Imported 1 article.*)$`), stepTimeout)
	s.waitScreen(area{0, 0, 1024, 600}, "passed over", "scan00.odt", "OK")
	s.shotAs("passed-over")
	s.key("Return")
	s.waitClosed(m, which[1])
}
