package group

import (
	"cmp"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestSubjectCurrency(t *testing.T) {
	for _, tt := range []struct {
		before, unit, want string
		pronoun            bool
	}{
		{"Sterling opened at", "USD", "GBP", false},
		{"The dollar rose against the yen to", "JPY", "USD", false},
		{"It closed at", "JPY", "", true},
		{"An upswing in sterling versus the dollar and values fell back to", "GBP", "", false},
		{"The pound ended against the dollar at 1.6175/85 and edged up to", "DEM", "GBP", false},
		{"Sterling closed at 2.9210/45 marks and", "USD", "GBP", false},
		{"The dollar closed at 1.8205 marks, while the mark rose to", "USD", "DEM", false},
		{"Mark IV Industries raised its offer to", "USD", "", false},
	} {
		ws := words(tt.before)
		if got, pronoun := subjectCurrency(tt.unit, ws), itBefore(ws); got != tt.want || pronoun != tt.pronoun {
			t.Errorf("subjectCurrency(%q, %q) = %q, itBefore %v; want %q, %v", tt.unit, tt.before, got, pronoun, tt.want, tt.pronoun)
		}
	}
	for _, tt := range []struct {
		sentence, claim string
		value           float64
		q               factcheck.Qualifier
		end             float64
		want            bool
	}{
		{"", "1.6213/23 dlrs", 1.6213, factcheck.Exact, 1.6223, true},
		{"", "below 150 yen", 150, factcheck.UpperBound, 0, false},
		{"The dollar could fall below 150 yen.", "below 150 yen", 150, factcheck.UpperBound, 0, false},
		{"The dollar fell below 139 yen in early trading today.", "below 139 yen", 139, factcheck.UpperBound, 0, true}, // a reading the move reached
		{"It plunged to a post-war low below 140 yen last week.", "below 140 yen", 140, factcheck.UpperBound, 0, true},
		{"", "147 to 150 yen", 147, factcheck.Exact, 150, false},
		{"", "4.9 billion dlrs", 4.9e9, factcheck.Exact, 0, false},
	} {
		c := claimIn("a.txt", cmp.Or(tt.sentence, tt.claim), tt.claim, factcheck.Money, tt.value, tt.q, "")
		c.Unit = "USD"
		if tt.end != 0 {
			c.EndValue = &factcheck.Value{Num: tt.end}
		}
		if got := rateLike(&c); got != tt.want {
			t.Errorf("rateLike(%q) = %v, want %v", tt.claim, got, tt.want)
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

// TestRateReadingsNoDispute: two reports of one day that read a rate at
// two hours tell of a market that moved, no dispute: the close supersedes
// the opening (readLater).
func TestRateReadingsNoDispute(t *testing.T) {
	s1 := "Sterling opened at 1.6213/23 dlrs in London after Lawson spoke."
	s2 := "In New York sterling ended at 1.6175/85 dlrs after Lawson spoke."
	claims := []factcheck.Claim{
		claimIn("a.txt", s1, "1.6213/23 dlrs", factcheck.Money, 1.6213, factcheck.Exact, ""),
		claimIn("b.txt", s2, "1.6175/85 dlrs", factcheck.Money, 1.6175, factcheck.Exact, ""),
	}
	for i, end := range []float64{1.6223, 1.6185} {
		claims[i].Unit, claims[i].EndValue = "USD", &factcheck.Value{Num: end}
	}
	names := map[string][]string{"a.txt": {"Lawson", "London"}, "b.txt": {"Lawson", "London"}}
	places := Group(claims, map[string]string{"a.txt": "1987-04-07", "b.txt": "1987-04-07"}, names)
	if places[0].Group != places[1].Group {
		t.Fatalf("one day's readings of sterling in dollars: apart")
	}
	for i, p := range places {
		if p.Suggestion != nil && p.Suggestion.Verdict == factcheck.Disputed {
			t.Errorf("reading %d of a moving rate disputed by another hour's", i)
		}
	}
	if s := places[0].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By == nil || s.By.Doc != "b.txt" {
		t.Errorf("the opening reading: %+v, want superseded by the close of b.txt", s)
	}
	if places[1].Suggestion != nil {
		t.Errorf("the close: %+v, want no suggestion", places[1].Suggestion)
	}
}

// TestIndexLevelsGroup: a market index's levels over a story's days are
// one running figure, "it" taking the index of the sentence before; a
// statistic's index of a month, and a move in points, are not.
func TestIndexLevelsGroup(t *testing.T) {
	s1 := "On Saturday the Tokyo index rose 151.36 to a record high of 22,178.02."
	s2 := "The Tokyo market index fell 427.48 points to 22,789.11 in the afternoon."
	s3 := "It ended at 24,902.72 on Saturday in Tokyo."
	s4 := "Tokyo's production index (base 1980) for January was revised to 22,300.5 from 22,000.0."
	claims := []factcheck.Claim{
		claimIn("a.txt", s1, "22,178.02", factcheck.Measure, 22178.02, factcheck.Exact, ""),
		claimIn("b.txt", s2, "427.48 points", factcheck.Measure, 427.48, factcheck.Exact, ""),
		claimIn("b.txt", s2, "22,789.11", factcheck.Measure, 22789.11, factcheck.Exact, ""),
		claimIn("b.txt", s3, "24,902.72", factcheck.Count, 24902.72, factcheck.Exact, ""),
		claimIn("c.txt", s4, "22,300.5", factcheck.Measure, 22300.5, factcheck.Exact, ""),
	}
	for _, i := range []int{0, 1, 2, 4} {
		claims[i].Unit = "point"
	}
	c := &claims[3]
	c.SentenceStart, c.Start, c.End, c.SentenceEnd = 100, 100+c.Start, 100+c.End, 100+c.SentenceEnd
	names := map[string][]string{"a.txt": {"Tokyo"}, "b.txt": {"Tokyo"}, "c.txt": {"Tokyo"}}
	places := Group(claims, map[string]string{"a.txt": "1987-03-30", "b.txt": "1987-04-13", "c.txt": "1987-04-13"}, names)
	if places[0].Group != places[2].Group || places[2].Group != places[3].Group {
		t.Errorf("an index's levels over two days: apart (%s %s %s)", places[0].Group, places[2].Group, places[3].Group)
	}
	if places[1].Group == places[2].Group {
		t.Errorf("a move in points joined the level it reached")
	}
	if places[4].Group == places[0].Group {
		t.Errorf("a statistic's index of a month joined a market's index")
	}
}

func TestRoughReading(t *testing.T) {
	for _, tt := range []struct {
		sentence, claim string
		want            bool
	}{
		{"The Bank of Japan bought a small amount of dollars at around 141.20 yen.", "around 141.20 yen", true},
		{"They said the Bundesbank bought dollars for around 1.7850 marks.", "around 1.7850 marks", true},
		{"Today it stands around 1.79 marks and 139 yen.", "around 1.79 marks", true},
		{"Lawson named sterling levels of around 1.60 dlrs in London.", "around 1.60 dlrs", false},
		{"He said the dollar may return to around 152 yen next month.", "around 152 yen", false},
	} {
		c := &factcheck.Claim{Kind: factcheck.Money, Qualifier: factcheck.Approx, Text: tt.claim, Sentence: tt.sentence, Start: strings.Index(tt.sentence, tt.claim)}
		c.End = c.Start + len(c.Text)
		if got := roughReading(c); got != tt.want {
			t.Errorf("roughReading(%q in %q) = %v, want %v", tt.claim, tt.sentence, got, tt.want)
		}
	}
}
