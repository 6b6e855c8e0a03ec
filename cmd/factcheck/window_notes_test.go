package main

// Scenarios 7 and 8 of issue 11: notes, evidence, drafts, undo and redo.

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

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

	// A colleague rules on the claim with a note of theirs; D in the
	// window over it signs no note of theirs.
	m := s.mark()
	s.claims("rule", "--db", s.db, "--by", "Bo Colleague", claim, "verified", "--note", "Bo's own source")
	s.waitLog(m, regexp.MustCompile(`Bo Colleague`), stepTimeout)
	s.key("k") // back on the claim, its fields filled with Bo's note
	s.waitScreen(area{905, 40, 375, 300}, "Bo's own source")
	s.key("d")
	ev = s.waitEvents(s.db, 4)
	if e := ev[3]; e["checker"] != "Nora Note" || e["verdict"] != "disputed" || e["note"] != "" {
		t.Errorf("D over a colleague's ruling: events%s\nwant Nora Note's dispute with no note of Bo's", describeEvents(ev))
	}
}

// Scenario 7, the other ways: E goes straight to the evidence; a note on
// a claim without a verdict is kept as a draft that its ruling takes;
// closing the window with a draft asks first (Enter, as Escape, goes
// back: only the button that says so loses the notes), and with none
// left it closes.
func TestWindowDrafts(t *testing.T) {
	s := newSession(t, "07b-drafts")
	s.start("--checker", "Dara Draft")
	s.waitListed(0, s.db, startTimeout)
	ids := s.listed(s.db)

	const evidence = "Reuters, 3 November 2023"
	s.key("v", "e")
	s.typeText(evidence)
	s.key("Escape", "j")
	var got string
	for deadline := time.Now().Add(stepTimeout); got != evidence; time.Sleep(100 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("V, E, evidence, Escape, J: claim %s has the evidence %q, want %q; events:%s",
				ids[0], got, evidence, describeEvents(s.events(s.db)))
		}
		got = rowOf(s.exported(s.db), ids[0])["evidence"]
	}

	const note = "Check against the ministry's own count"
	s.key("m") // on the second claim, not ruled on
	s.typeText(note)
	s.key("Escape", "j", "k") // away and back
	s.barrier()
	if ev := s.events(s.db); len(ev) != 2 {
		t.Fatalf("a note on a claim without a verdict: events%s\nwant only the first ruling and its evidence", describeEvents(ev))
	}
	s.waitScreen(area{905, 40, 375, 400}, "A draft, not saved") // back on it, the note says it is not saved
	s.shotAs("draft")

	m := s.mark()
	a := s.app
	s.key("alt+F4")
	d := s.waitDialogBut(m)
	if a.exited() {
		t.Fatalf("closing the window with a draft note ended the app without asking")
	}
	s.waitScreen(screenProblem, "not saved") // the question names what is lost
	s.shotAs("question")
	s.key("Return")
	s.waitClosed(m, d)
	if a.exited() {
		t.Fatalf("Enter on the question whether to lose a draft note quit the app")
	}

	s.key("d")
	ev := s.waitEvents(s.db, 3)
	if e := ev[2]; e["claim"] != ids[1] || e["verdict"] != "disputed" || e["note"] != note {
		t.Fatalf("the draft's claim, D: events%s\nwant claim %s disputed with the note %q", describeEvents(ev), ids[1], note)
	}
	s.screenshot() // the window, not the empty display it leaves
	s.kept = true
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
	if v := rowOf(s.exported(s.db), claim)["verdict"]; ev[1]["action"] != "undo" || ev[1]["claim"] != claim || v != "unruled" {
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
