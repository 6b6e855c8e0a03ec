package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/extract"
)

// TestReadingFormNamesQualifiers checks that the amend form offers the
// qualifiers as a checker reads them ("at least", not "lower_bound") and
// stores the one chosen by its name.
func TestReadingFormNamesQualifiers(t *testing.T) {
	h := newHarness(t)
	rd := factcheck.Reading{Kind: factcheck.Count, Value: factcheck.Value{Num: 435}, Qualifier: factcheck.LowerBound}
	f := h.newReadingForm(rd, func() {})
	if got := f.qualifier.Selected; got != "at least (lower bound)" {
		t.Errorf("a lower bound shows as %q", got)
	}
	for _, o := range f.qualifier.Options {
		if qualifierOf(o) == "" {
			t.Errorf("option %q names no qualifier", o)
		}
	}
	f.qualifier.SetSelected("at most (upper bound)")
	got, err := f.reading()
	if err != nil || got.Qualifier != factcheck.UpperBound {
		t.Errorf("chose at most: qualifier %q, error %v", got.Qualifier, err)
	}
}

// TestMoneyUnitIsACurrencyCode checks that the unit of an outside figure
// superseding a sum of money must be a currency's code.
func TestMoneyUnitIsACurrencyCode(t *testing.T) {
	for _, tt := range []struct {
		kind factcheck.Kind
		unit string
		ok   bool
	}{
		{factcheck.Money, "EUR", true}, {factcheck.Money, "", true}, {factcheck.Money, "EUREUR", false},
		{factcheck.Money, "euros", false}, {factcheck.Money, "eur", false}, {factcheck.Measure, "km", true},
	} {
		if err := moneyUnit(tt.kind, tt.unit); (err == nil) != tt.ok {
			t.Errorf("moneyUnit(%s, %q) = %v, want ok %t", tt.kind, tt.unit, err, tt.ok)
		}
	}
}

// TestAddingAClaimThatExists checks that adding a claim the review holds
// already, ruled not a claim and so hidden, shows it with the verdict
// filter that lists it, keeps what was typed as its draft, and says so.
func TestAddingAClaimThatExists(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	c := h.selected(t)
	j := h.current
	h.press(fyne.KeyX)
	if h.current == j {
		t.Fatal("X did not move on from the claim ruled not a claim")
	}
	h.showExisting(j, notes{note: "missed by the extractor?"})
	h.settle()
	if h.current != j {
		t.Fatalf("the claim added again is not shown: %q is", h.selected(t).Text)
	}
	if got := h.col.verdicts.Selected; got != "Not a claim" {
		t.Errorf("the verdict filter reads %q, want the one that lists claims that are not claims", got)
	}
	if h.side.note.Text != "missed by the extractor?" {
		t.Errorf("the note typed for it reads %q", h.side.note.Text)
	}
	if !strings.Contains(h.status.Text, "“"+shorten(oneLine(c.Text), 40)+"” is a claim of this article already") {
		t.Errorf("the status reads %q", h.status.Text)
	}
}

// TestAddedClaimIsSelected checks that a claim added while the list is
// filtered (a claim ruled not a claim hides from the default list) is the
// one selected once the list is searched again, the filters kept.
func TestAddedClaimIsSelected(t *testing.T) {
	h := newDBHarness(t)
	h.focusList()
	h.press(fyne.KeyX) // the default list now hides a claim
	c := h.selected(t)
	ctx := context.Background()
	text, err := h.sess.store.ArticleText(ctx, c.ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	w := ""
	for _, f := range strings.Fields(c.Sentence) {
		if len(f) >= 6 && strings.Trim(f, ".,;:“”'") == f && !strings.ContainsAny(f, "0123456789") {
			w = f
			break
		}
	}
	start := c.SentenceStart + strings.Index(c.Sentence, w)
	if w == "" || text[start:start+len(w)] != w {
		t.Fatalf("no word to add in %q", c.Sentence)
	}
	found := extract.ReadSpan(text, start, start+len(w), "")
	article := c.ArticleID
	h.changeClaims("not added", func(ctx context.Context) (int64, error) {
		e, err := h.sess.store.AddClaim(ctx, article, found, factcheck.Ruling{Checker: testChecker, Reading: factcheck.ReadingOf(&found)})
		return e.Claim, err
	}, "added")
	h.settle()
	if h.dlg.modalOpen() {
		t.Fatalf("the add failed: %q", h.status.Text)
	}
	if got := h.selected(t); got.Text != w || got.Doc != c.Doc {
		t.Errorf("after the add %q of %s is selected, want %q, the claim added", got.Text, got.Doc, w)
	}
	if strings.Contains(h.status.Text, "cleared") {
		t.Errorf("the status reads %q: no filter needed clearing", h.status.Text)
	}
}

// TestReadingFormNeedsAValue checks that the reading form's value is
// required (Enter waits for it, the fields kept) and must read as a
// number, while the end of a range may be left empty.
func TestReadingFormNeedsAValue(t *testing.T) {
	h := newHarness(t)
	f := h.newReadingForm(factcheck.Reading{Kind: factcheck.Count, Qualifier: factcheck.Exact}, func() {})
	for _, tt := range []struct {
		value string
		ok    bool
	}{{"", false}, {"  ", false}, {"twelve", false}, {"1,200.5", true}} {
		f.value.SetText(tt.value)
		if err := f.value.Validate(); (err == nil) != tt.ok {
			t.Errorf("value %q: %v, want valid %t", tt.value, err, tt.ok)
		}
	}
	f.end.SetText("")
	if err := f.end.Validate(); err != nil {
		t.Errorf("an empty end value: %v, want none needed", err)
	}
}
