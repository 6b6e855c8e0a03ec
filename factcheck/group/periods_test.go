package group

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestReportingPeriod(t *testing.T) {
	for _, tt := range []struct {
		sentence, claim, span, want string
	}{
		{"For the year-to-date, U.S. cars sales dropped 45.7 pct to 6,627 from 12,194 cars in the comparable period of 1986.", "6,627", "", "year to date"},
		{"For the year-to-date, U.S. cars sales dropped 45.7 pct to 6,627 from 12,194 cars in the comparable period of 1986.", "12,194 cars", "", "year to date prior"},
		{"Car sales for the February 21 to 28 period fell 42.5 pct to 1,572 from 2,734 cars in the same period last year.", "1,572", "--02-21/--02-28", "days --02-21/--02-28"},
		{"Car sales for the February 21 to 28 period fell 42.5 pct to 1,572 from 2,734 cars in the same period last year.", "2,734 cars", "--02-21/--02-28", "days --02-21/--02-28 prior"},
		{"For the month of February, sales were off 35.2 pct to 3,808 from 5,873 cars in the same month last year.", "3,808", "", "month february"},
		{"The company sold 3,808 cars.", "3,808 cars", "", ""},
		{"General Motors of Canada said February car sales fell 17.8 pct to 25,779 units from 31,361 units the previous year.", "25,779 units", "", "month february"},
		{"Ford said March car sales fell six pct to 13,734 units from year-earlier 14,589 units.", "14,589 units", "", "month march prior"},
		{"Sales fell in February to 3,808 cars.", "3,808 cars", "", ""},
	} {
		c := claimIn("a.txt", tt.sentence, tt.claim, factcheck.Count, 1, factcheck.Exact, "cars")
		if got := reportingPeriod(&c, tt.span); got != tt.want {
			t.Errorf("reportingPeriod(%q in %q) = %q, want %q", tt.claim, tt.sentence, got, tt.want)
		}
	}
}

// TestReportingPeriodsApart: a sales report's counts of two periods, and
// of one period and the year before's, are apart; one period's counts in
// two reports join.
func TestReportingPeriodsApart(t *testing.T) {
	a1 := "For the year-to-date, Volkswagen car sales dropped 45.7 pct to 6,627 from 12,194 cars in the comparable period of 1986."
	a2 := "For the month of February, Volkswagen said sales were off 35.2 pct to 3,808 from 5,873 cars in the same month last year."
	b1 := "Volkswagen said that for the year-to-date its car sales dropped 45.7 pct to 6,627 from 12,194 cars in the comparable period of 1986."
	claims := []factcheck.Claim{
		claimIn("a.txt", a1, "6,627", factcheck.Count, 6627, factcheck.Exact, "cars"),
		claimIn("a.txt", a1, "12,194 cars", factcheck.Count, 12194, factcheck.Exact, "cars"),
		claimIn("a.txt", a2, "3,808", factcheck.Count, 3808, factcheck.Exact, "cars"),
		claimIn("a.txt", a2, "5,873 cars", factcheck.Count, 5873, factcheck.Exact, "cars"),
		claimIn("b.txt", b1, "6,627", factcheck.Count, 6627, factcheck.Exact, "cars"),
		claimIn("b.txt", b1, "12,194 cars", factcheck.Count, 12194, factcheck.Exact, "cars"),
	}
	for _, i := range []int{2, 3} {
		c := &claims[i]
		c.SentenceStart, c.Start, c.End, c.SentenceEnd = 200, 200+c.Start, 200+c.End, 200+c.SentenceEnd
	}
	names := map[string][]string{"a.txt": {"Volkswagen"}, "b.txt": {"Volkswagen"}}
	places := Group(claims, map[string]string{"a.txt": "1987-03-04", "b.txt": "1987-03-13"}, names)
	group := func(i int) string { return places[i].Group }
	if group(0) == group(1) || group(0) == group(2) || group(2) == group(3) || group(1) == group(2) {
		t.Errorf("counts of two periods, or of this year and the last, joined: %v", []string{group(0), group(1), group(2), group(3), group(4), group(5)})
	}
	if group(0) != group(4) || group(1) != group(5) {
		t.Errorf("the year to date, and the year before's, retold in two reports: apart")
	}
}
