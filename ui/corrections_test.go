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
