package group

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

// TestSuppositionsOfOneSum: one story's two reports that each suppose
// the same sum ("could cut £35bn", "might lose £35bn") state one figure.
func TestSuppositionsOfOneSum(t *testing.T) {
	articles := map[string]string{
		"a.txt": "Labour said Tory leader Michael Howard and shadow chancellor Oliver Letwin could cut £35bn from public services.",
		"b.txt": "Michael Howard and Oliver Letwin denied claims that public services might lose £35bn under Tory plans, Labour said.",
	}
	claims, pub := parseArticles(t, articles, nil)
	places := Group(claims, pub, map[string][]string{"a.txt": {"howard", "labour", "letwin", "tory"}, "b.txt": {"howard", "labour", "letwin", "tory"}})
	if places[claimAt(t, claims, "a.txt", "£35bn", 0)].Group != places[claimAt(t, claims, "b.txt", "£35bn", 0)].Group {
		t.Errorf("one story's £35bn, supposed in both reports: apart")
	}
}

// TestDayWithAndWithoutItsYear: a day one report dates with its year and
// another without ("rioting at the Capitol on Jan. 6, 2021", "on Jan. 6")
// is one day; another day of that month is not.
func TestDayWithAndWithoutItsYear(t *testing.T) {
	articles := map[string]string{
		"a.txt": "Greene visited the jail where supporters are held for rioting at the Capitol on Jan. 6, 2021, her office said.",
		"b.txt": "Greene said the supporters held in the jail for rioting at the Capitol on Jan. 6 were political prisoners.",
		"c.txt": "Greene said the hearing on the jail's conditions, first set for Jan. 16, would be held next week.",
		"d.txt": "The committee said on Jan. 9 that it would meet again in March to hear the budget office.",
		"e.txt": "Comer said the committee had held 12 hearings since Jan. 3 and would hold more next month.",
	}
	claims, pub := parseArticles(t, articles, nil)
	names := map[string][]string{"a.txt": {"capitol", "greene"}, "b.txt": {"capitol", "greene"}, "c.txt": {"capitol", "greene"}, "e.txt": {"comer"}}
	places := Group(claims, pub, names)
	dated, day, other := places[claimAt(t, claims, "a.txt", "Jan. 6, 2021", 0)], places[claimAt(t, claims, "b.txt", "Jan. 6", 0)], places[claimAt(t, claims, "c.txt", "Jan. 16", 0)]
	if dated.Group != day.Group {
		t.Errorf("Jan. 6, 2021 and Jan. 6 of no year: apart")
	}
	if other.Group == dated.Group {
		t.Errorf("Jan. 16 of no year joined Jan. 6, 2021")
	}
}

// TestRunningTotalToldAgain: a running total a report tells again days
// later in the same sentence ("The USSR has purchased 1.0 mln tonnes of
// U.S. corn ...", two weeks on "2.40 mln tonnes") is one figure that
// moved; a day's total ("so far today") is each day's own.
func TestRunningTotalToldAgain(t *testing.T) {
	articles := map[string]string{
		"a.txt": "WASHINGTON, March 12 - The USSR has purchased 1.0 mln tonnes of U.S. corn for delivery in the fourth year of the U.S.-USSR grain agreement, the Agriculture Department said.\n\nThe Bank of England has provided 1.71 billion stg assistance so far today.",
		"b.txt": "WASHINGTON, March 26 - The USSR has purchased 2.40 mln tonnes of U.S. corn for delivery in the fourth year of the U.S.-USSR grain agreement, the Agriculture Department said.\n\nThe Bank of England has provided 689 mln stg assistance so far today.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-12", "b.txt": "1987-03-26"})
	places := Group(claims, pub, nil)
	older, newer := claimAt(t, claims, "a.txt", "1.0 mln tonnes", 0), claimAt(t, claims, "b.txt", "2.40 mln tonnes", 0)
	if places[older].Group != places[newer].Group {
		t.Errorf("the corn bought so far, told again two weeks on: apart")
	}
	if s := places[older].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By == nil || s.By.Doc != "b.txt" {
		t.Errorf("1.0 mln tonnes: suggestion %+v, want superseded by b.txt's 2.40 mln tonnes", s)
	}
	if a, b := claimAt(t, claims, "a.txt", "1.71 billion stg", 0), claimAt(t, claims, "b.txt", "689 mln stg", 0); places[a].Group == places[b].Group {
		t.Errorf("two days' assistance so far today: joined")
	}
}
