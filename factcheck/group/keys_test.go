package group

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

// TestKeyClashByValue: a sentence that gives one key two values gives two
// facts, and the key's figures elsewhere join the one of their value.
func TestKeyClashByValue(t *testing.T) {
	s1 := "Westworld extended its exchange offers for 30 mln dlrs of 14-1/2 pct subordinated notes due 2000 and 35 mln dlrs of 14-3/8 pct subordinated debentures due 1995."
	s2 := "Westworld said the offers for its 14-1/2 pct subordinated notes due 2000 and its 14-3/8 pct subordinated debt due 1995 expire April 8."
	claims := []factcheck.Claim{
		claimIn("a.txt", s1, "14-1/2 pct", factcheck.Percent, 14.5, factcheck.Exact, "subordinated notes"),
		claimIn("a.txt", s1, "14-3/8 pct", factcheck.Percent, 14.375, factcheck.Exact, "subordinated debentures"),
		claimIn("b.txt", s2, "14-1/2 pct", factcheck.Percent, 14.5, factcheck.Exact, "subordinated notes"),
		claimIn("b.txt", s2, "14-3/8 pct", factcheck.Percent, 14.375, factcheck.Exact, "subordinated debt"),
	}
	names := map[string][]string{"a.txt": {"Westworld"}, "b.txt": {"Westworld"}}
	places := Group(claims, map[string]string{"a.txt": "1987-03-17", "b.txt": "1987-03-26"}, names)
	if places[0].Group == places[1].Group || places[2].Group == places[3].Group {
		t.Errorf("two securities' coupons of one sentence joined")
	}
	if places[0].Group != places[2].Group || places[1].Group != places[3].Group {
		t.Errorf("a coupon retold: apart (%s %s %s %s)", places[0].Group, places[1].Group, places[2].Group, places[3].Group)
	}
}
