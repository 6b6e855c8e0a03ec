package ui

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
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
