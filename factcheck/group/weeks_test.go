package group

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/extract"
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

func TestReportWeeks(t *testing.T) {
	text := "NEW YORK, March 12 - Farm loans rose 600 mln dlrs to 88.0 billion dlrs in the March 2 week, the bank said.\n" +
		"The previous week's level was revised to 87.6 billion dlrs from 87.5 billion, while the four-week average rose to 87.1 billion dlrs from 86.8 billion.\n" +
		"Loans stood at 80.2 billion dlrs a year ago.\n"
	a, err := extract.ParseArticle("loans.txt", []byte(text), "1987-03-12")
	if err != nil {
		t.Fatal(err)
	}
	g := newGrouper(a.Claims, map[string]string{"loans.txt": "1987-03-12"}, nil)
	want := map[string]string{
		"88.0 billion dlrs": "march 2",
		"87.6 billion dlrs": "february 23", // the previous week's, revised
		"87.5 billion":      "february 23",
		"87.1 billion dlrs": "march 2",     // the average of the report's week
		"86.8 billion":      "february 23", // and of the week before, the older of its change
		"80.2 billion dlrs": "",            // a sentence that says no week
		"four-week":         "",            // a length of time
	}
	for i, c := range g.claims {
		w, ok := want[c.Text]
		if !ok {
			continue
		}
		delete(want, c.Text)
		if g.week[i] != w {
			t.Errorf("week of %q = %q, want %q", c.Text, g.week[i], w)
		}
	}
	for text := range want {
		t.Errorf("no claim %q", text)
	}
}
