package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/factcheck/factcheck/factcheck"
)

func TestComputeProgress(t *testing.T) {
	opened := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	ids := map[string]int64{"a": 1, "b": 2, "c": 3}
	ruled := func(doc string, v factcheck.Verdict, checker string, at time.Time) factcheck.Record {
		return factcheck.Record{ArticleID: ids[doc], Claim: factcheck.Claim{Doc: doc}, State: factcheck.State{Verdict: v, Checker: checker, RuledAt: at}}
	}
	claims := []factcheck.Record{
		ruled("a", factcheck.Verified, "ana", opened.Add(-time.Hour)), // before the session
		ruled("a", factcheck.Disputed, "bo", opened.Add(time.Minute)),
		ruled("b", factcheck.Superseded, "ana", opened.Add(2*time.Minute)),
		ruled("b", factcheck.Cleared, "bo", opened.Add(3*time.Minute)), // cleared: unruled
		ruled("c", factcheck.Dismissed, "bo", opened.Add(-time.Minute)),
		{ArticleID: 2, Claim: factcheck.Claim{Doc: "b"}},
		{ArticleID: 3, Claim: factcheck.Claim{Doc: "c"}},
	}
	// a is ana's, b and c bo's.
	p := computeProgress(claims, map[int64]string{1: "ana", 2: "bo", 3: "bo"}, opened, opened.Add(30*time.Minute))
	if want := []bar{{"verified", 1}, {"disputed", 1}, {"superseded", 1}, {"cannot verify", 0}, {"not a claim", 1}, {"unruled", 3}}; !slices.Equal(p.byVerdict, want) {
		t.Errorf("by verdict %v, want %v", p.byVerdict, want)
	}
	if want := []bar{{"ana", 2}, {"bo", 2}}; !slices.Equal(p.byChecker, want) {
		t.Errorf("by checker %v, want %v", p.byChecker, want)
	}
	if want := []bar{{"b", 2}, {"c", 1}}; !slices.Equal(p.byArticle, want) {
		t.Errorf("articles left %v, want %v", p.byArticle, want)
	}
	if want := []workload{{"bo", 5, 2}, {"ana", 2, 2}}; !slices.Equal(p.byAssignee, want) {
		t.Errorf("by assignee %v, want %v", p.byAssignee, want)
	}
	if p.articles != 3 || p.done != 1 || p.recent != 2 {
		t.Errorf("%d articles, %d done, %d recent; want 3, 1, 2", p.articles, p.done, p.recent)
	}
	if got, want := p.pace(), "2 rulings since this review was opened 30 min ago, 4 an hour."; got != want {
		t.Errorf("pace %q, want %q", got, want)
	}
}

// TestProgressKey: F2 opens the progress view over the list.
func TestProgressKey(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	h.press(fyne.KeyF2)
	if !h.dlg.modalOpen() {
		t.Fatal("F2 opened nothing")
	}
	if top := h.dlg.modals[len(h.dlg.modals)-1].title; top != "Progress" {
		t.Errorf("F2 opened %q, want the progress view", top)
	}
}

// TestProgressFollowsRulings: the progress view, left open, counts a
// ruling that lands after it opened (V then F2 at once: the ruling is
// saved while the view is already up).
func TestProgressFollowsRulings(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	h.press(fyne.KeyHome)
	h.onKey(&fyne.KeyEvent{Name: fyne.KeyV}) // the ruling is saved in the background
	h.onKey(&fyne.KeyEvent{Name: fyne.KeyF2})
	if h.progress == nil {
		t.Fatal("F2 opened no progress view")
	}
	before := progressText(h.progress.Content)
	if !strings.Contains(before, "verified 0") {
		t.Fatalf("the view counted the ruling before it was saved: %q", before)
	}
	h.settle()
	if after := progressText(h.progress.Content); !strings.Contains(after, "verified 1") {
		t.Errorf("after the ruling was saved the view reads %q, want verified 1", after)
	}
	h.press(fyne.KeyEscape)
	if h.progress != nil {
		t.Error("the view is still followed once closed")
	}
}

// progressText reads the progress view's labels, a bar's label and count
// as "label n".
func progressText(o fyne.CanvasObject) string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Label:
			out = append(out, o.Text)
		case *canvas.Text:
			out = append(out, o.Text)
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		}
	}
	walk(o)
	return strings.ToLower(strings.Join(out, " "))
}
