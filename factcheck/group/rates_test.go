package group

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestExchangeBase(t *testing.T) {
	for _, tt := range []struct {
		sentence, claim, unit string
		value, end            float64 // end 0 for none
		q                     factcheck.Qualifier
		want                  string
		pronoun               bool
	}{
		{"Sterling opened at 1.6213/23 dlrs in London.", "1.6213/23 dlrs", "USD", 1.6213, 1.6223, factcheck.Exact, "GBP", false},
		{"The dollar rose against the yen to 145.25 yen.", "145.25 yen", "JPY", 145.25, 0, factcheck.Exact, "USD", false},
		{"The mark's rate was 1.8205 marks.", "1.8205 marks", "DEM", 1.8205, 0, factcheck.Exact, "", false},
		{"It closed at 145.25 yen in Tokyo.", "145.25 yen", "JPY", 145.25, 0, factcheck.Exact, "", true},
		{"The dollar fell below 150 yen.", "150 yen", "JPY", 150, 0, factcheck.UpperBound, "", false},
		{"Dealers see the dollar at 147 to 150 yen.", "147 to 150 yen", "JPY", 147, 150, factcheck.Exact, "", false},
		{"Sterling reserves rose 4.9 billion dlrs.", "4.9 billion dlrs", "USD", 4.9e9, 0, factcheck.Exact, "", false},
		{"The company paid 12.50 dlrs a share.", "12.50 dlrs", "USD", 12.5, 0, factcheck.Exact, "", false},
		{"An upswing in sterling versus the dollar and values fell back to 4,100 stg.", "4,100 stg", "GBP", 4100, 0, factcheck.Exact, "", false},
		{"The pound ended against the dollar at 1.6175/85 and edged up to 2.957 marks.", "2.957 marks", "DEM", 2.957, 0, factcheck.Exact, "GBP", false},
		{"Sterling closed at 2.9210/45 marks and 1.6040/50 dlrs.", "1.6040/50 dlrs", "USD", 1.604, 1.605, factcheck.Exact, "GBP", false},
	} {
		c := claimIn("a.txt", tt.sentence, tt.claim, factcheck.Money, tt.value, tt.q, "")
		c.Unit = tt.unit
		if tt.end != 0 {
			c.EndValue = &factcheck.Value{Num: tt.end}
		}
		base, pronoun, _ := exchangeBase(&c)
		if base != tt.want || pronoun != tt.pronoun {
			t.Errorf("exchangeBase(%q in %q) = %q, %v; want %q, %v", tt.claim, tt.sentence, base, pronoun, tt.want, tt.pronoun)
		}
	}
}

// TestRatesGroup: the readings of one rate of exchange over a story's
// days are one running figure, whatever their values; the same currency
// in another, and a level a minister names, are not.
func TestRatesGroup(t *testing.T) {
	s1 := "Sterling opened at 1.6213/23 dlrs in London after Lawson spoke."
	s2 := "It closed at 1.6163/73 dlrs in London."
	s3 := "Lawson named sterling levels of around 1.60 dlrs in London."
	s4 := "In New York sterling ended at 1.6175/85 dlrs after Lawson spoke, and the dollar at 145.60/70 yen."
	claims := []factcheck.Claim{
		claimIn("a.txt", s1, "1.6213/23 dlrs", factcheck.Money, 1.6213, factcheck.Exact, ""),
		claimIn("a.txt", s2, "1.6163/73 dlrs", factcheck.Money, 1.6163, factcheck.Exact, ""),
		claimIn("a.txt", s3, "around 1.60 dlrs", factcheck.Money, 1.60, factcheck.Approx, ""),
		claimIn("b.txt", s4, "1.6175/85 dlrs", factcheck.Money, 1.6175, factcheck.Exact, ""),
		claimIn("b.txt", s4, "145.60/70 yen", factcheck.Money, 145.60, factcheck.Exact, ""),
	}
	for i, end := range []float64{1.6223, 1.6173, 0, 1.6185, 145.70} {
		claims[i].Unit = "USD"
		if end != 0 {
			claims[i].EndValue = &factcheck.Value{Num: end}
		}
	}
	claims[4].Unit = "JPY"
	for i, at := range []int{0, 100, 200} {
		c := &claims[i]
		c.SentenceStart, c.Start, c.End, c.SentenceEnd = at, at+c.Start, at+c.End, at+c.SentenceEnd
	}
	names := map[string][]string{"a.txt": {"Lawson", "London"}, "b.txt": {"Lawson", "London", "New York"}}
	places := Group(claims, map[string]string{"a.txt": "1987-04-06", "b.txt": "1987-04-07"}, names)
	if places[0].Group != places[1].Group || places[0].Group != places[3].Group {
		t.Errorf("sterling's readings in dollars over two days: apart (%s %s %s)", places[0].Group, places[1].Group, places[3].Group)
	}
	if places[2].Group == places[0].Group {
		t.Errorf("a level a minister named joined the market's readings")
	}
	if places[4].Group == places[3].Group {
		t.Errorf("the dollar in yen joined sterling in dollars")
	}
}
