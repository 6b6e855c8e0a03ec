package group

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestWeekOf(t *testing.T) {
	for _, tt := range []struct {
		sentence, claim, want string
	}{
		{"New applications rose to 341,000 in the week ended March 14 from 340,000 in the prior week, the Labor Department said.", "341,000", "march 14"},
		{"New applications rose to 341,000 in the week ended March 14 from 340,000 in the prior week, the Labor Department said.", "340,000", "march 7"},
		{"Claims totaled 2,454,000 in the week ended March 3, up from 2,507,000 the previous week.", "2,507,000", "february 24"},
		{"Claims totaled 2,454,000 in the week ended Feb 28.", "2,454,000", "february 28"},
		// a stock held is one level from week to week
		{"Distillate fuel stocks fell by 4.4 mln barrels in the week ended Feb 27 to 127.10 mln barrels from 131.50 mln the previous week.", "131.50 mln", "february 27"},
		{"Sales rose 4 pct in March.", "4 pct", ""},
	} {
		c := claimIn("a.txt", tt.sentence, tt.claim, factcheck.Count, 1, factcheck.Exact, "")
		if got := weekOf(&c); got != tt.want {
			t.Errorf("weekOf(%q in %q) = %q, want %q", tt.claim, tt.sentence, got, tt.want)
		}
	}
}
