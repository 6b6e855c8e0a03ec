package group

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestSeriesIndicatorOf(t *testing.T) {
	for _, tt := range []struct {
		sentence, claim string
		want            indicator
	}{
		{"Electrical machinery orders fell 12.4 pct, or 2.1 billion dlrs.", "12.4 pct", indicator{name: "electrical machinery orders"}},
		{"Boiler orders rose in May by 3.2 pct to 7.1 billion dlrs after falling 11.5 pct in April.", "3.2 pct", indicator{name: "boiler orders", period: "may"}},
		{"Boiler orders rose in May by 3.2 pct to 7.1 billion dlrs after falling 11.5 pct in April.", "11.5 pct", indicator{name: "boiler orders", period: "april"}},
		{"Orders for non-defense capital goods fell 14 pct in April.", "14 pct", indicator{name: "nondefense capital goods orders", period: "april"}},
		{"New orders for manufactured goods rose 2.5 pct in May.", "2.5 pct", indicator{name: "factory orders", period: "may"}},
		{"Excluding defense, orders rose 1.7 pct.", "1.7 pct", indicator{name: "orders excluding defense"}},
		{"Excluding defense orders, factory orders fell 2.6 pct in April.", "2.6 pct", indicator{name: "factory orders excluding defense", period: "april"}},
		{"U.S. MAY DURABLE GOODS ROSE 4.1 PCT", "4.1 PCT", indicator{name: "durable goods orders", period: "may"}},
		{"June shipments were up 1.2 pct after falling 0.9 pct in May.", "1.2 pct", indicator{name: "shipments", period: "june"}},
		{"Profits of the steel makers rose 9.5 pct in May.", "9.5 pct", indicator{}},
		{"Orders rose 5 pct, the chairman of the steel group said, and its prices fell 2 pct.", "2 pct", indicator{}},
	} {
		c := &factcheck.Claim{Kind: factcheck.Percent, Text: tt.claim, Sentence: tt.sentence, Start: strings.Index(tt.sentence, tt.claim)}
		c.End = c.Start + len(c.Text)
		if got := seriesIndicatorOf(c); got != tt.want {
			t.Errorf("seriesIndicatorOf(%q in %q) = %+v, want %+v", tt.claim, tt.sentence, got, tt.want)
		}
	}
}

// TestSeriesRevisedAcrossReleases: a release on April's orders, then the
// next on May's that revises April's, category by category. April's
// electrical machinery orders "fell 12.4 pct" and "after falling 10.8
// pct in April" are one figure revised, the older superseded (its month
// is the release's, said in its lead); May's change is another fact, and
// so is another category's change of April.
func TestSeriesRevisedAcrossReleases(t *testing.T) {
	articles := map[string]string{
		"a.txt": "U.S. FACTORY ORDERS FELL 3.1 PCT IN APRIL\n    WASHINGTON, June 2 - New orders for manufactured goods fell 3.1 pct in April, the Commerce Department said.\n    Electrical machinery orders fell 12.4 pct, or 2.1 billion dlrs.\n    Primary metals orders fell 11.9 pct.\n",
		"b.txt": "U.S. FACTORY ORDERS ROSE 2.5 PCT IN MAY\n    WASHINGTON, July 1 - New orders for manufactured goods rose 2.5 pct in May, the Commerce Department said.\n    Electrical machinery orders rose 6.3 pct in May after falling 10.8 pct in April.\n",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-06-02", "b.txt": "1987-07-01"})
	places := Group(claims, pub, nil)
	aprilOld, aprilNew := claimAt(t, claims, "a.txt", "12.4 pct", 0), claimAt(t, claims, "b.txt", "10.8 pct", 0)
	if places[aprilOld].Group != places[aprilNew].Group {
		t.Fatalf("April's electrical machinery orders, 12.4 pct then revised to 10.8 pct: apart, want one fact")
	}
	if s := places[aprilOld].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By == nil || s.By.Doc != "b.txt" {
		t.Errorf("April's first reading, 12.4 pct: suggestion %+v, want superseded by the revision", s)
	}
	if may := claimAt(t, claims, "b.txt", "6.3 pct", 0); places[may].Group == places[aprilNew].Group {
		t.Errorf("May's change and April's: one group, want two facts")
	}
	if metals := claimAt(t, claims, "a.txt", "11.9 pct", 0); places[metals].Group == places[aprilOld].Group {
		t.Errorf("April's primary metals orders and its electrical machinery orders: one group, want two facts")
	}
}

// TestChangeIsNoRounding: "down to 400 mln stg from 450 mln stg" states a
// change; 400 is no cut of 450 (coarsely), and the older figure is
// superseded by the newer its sentence gives.
func TestChangeIsNoRounding(t *testing.T) {
	articles := map[string]string{
		"a.txt": "BANK REVISES SHORTAGE\n    LONDON, March 17 - The Bank of England said it had revised its forecast of the shortage in the money market today down to 400 mln stg from 450 mln stg.\n",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-17"})
	places := Group(claims, pub, nil)
	newer, older := claimAt(t, claims, "a.txt", "400 mln stg", 0), claimAt(t, claims, "a.txt", "450 mln stg", 0)
	if s := places[older].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By == nil || s.By.Start != claims[newer].Start {
		t.Errorf("the forecast revised down from 450 mln stg: suggestion %+v, want superseded by 400 mln stg", s)
	}
}
