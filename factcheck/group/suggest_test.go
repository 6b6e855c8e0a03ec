package group

import (
	"path/filepath"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

// TestDateAheadNotWhenHeld: a date after its article's in a figure's
// sentence ("a tender offer which expires April 15") is a deadline, not
// when the figure held: a later article's bid supersedes it.
func TestDateAheadNotWhenHeld(t *testing.T) {
	articles := map[string]string{
		"a.txt": "NEW YORK, March 18 - General Partners said its 100 dlr per share tender offer for GenCorp Inc, which expires April 15, is a fair offer.",
		"b.txt": "NEW YORK, April 7 - General Partners raised its tender offer for GenCorp Inc to 110 dlrs per share.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-18", "b.txt": "1987-04-07"})
	places := Group(claims, pub, nil)
	older, newer := claimAt(t, claims, "a.txt", "100 dlr", 0), claimAt(t, claims, "b.txt", "110 dlrs", 0)
	if places[older].Group != places[newer].Group {
		t.Fatalf("one bid, raised: apart")
	}
	if s := places[older].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By == nil || s.By.Doc != "b.txt" {
		t.Errorf("100 dlr offer: suggestion %+v, want superseded by b.txt's 110 dlrs", s)
	}
}

// TestPastFigureSuperseded: a figure its sentence calls past ("rejected
// ... 27 dlr per share offer") is superseded by its group's newest
// figure of a later report; one of a past period ("the previous week's
// level") is not.
func TestPastFigureSuperseded(t *testing.T) {
	articles := map[string]string{
		"a.txt": "NEW YORK, March 5 - Widget Corp said its board rejected Acme Partners' 27 dlr per share offer for the company.",
		"b.txt": "NEW YORK, March 12 - Acme Partners said it raised its offer for Widget Corp to 35 dlrs per share.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-05", "b.txt": "1987-03-12"})
	places := Group(claims, pub, nil)
	older, newer := claimAt(t, claims, "a.txt", "27 dlr", 0), claimAt(t, claims, "b.txt", "35 dlrs", 0)
	if places[older].Group != places[newer].Group {
		t.Fatalf("one bid, raised: apart")
	}
	if s := places[older].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By == nil || s.By.Doc != "b.txt" {
		t.Errorf("rejected 27 dlr offer: suggestion %+v, want superseded by b.txt's 35 dlrs", s)
	}
	if !namesPastPeriod("The previous week's M-1 level was revised to 739.0 billion dlrs") || namesPastPeriod("The previous offer was 27 dlrs") {
		t.Errorf("namesPastPeriod: a past week missed, or a previous offer read as a period")
	}
}

// TestSameDayMarketPricesMove: a stock's price in two reports of one day
// differs as the market moves through the day: no dispute.
func TestSameDayMarketPricesMove(t *testing.T) {
	articles := map[string]string{
		"a.txt": "NEW YORK, April 3 - Mellon Bank Corp's stock fell 3-5/8 to 40-3/4 today after plunging 6-1/4 yesterday.",
		"b.txt": "PITTSBURGH, April 3 - Mellon Bank Corp's stock fell 3-1/2 to 40-7/8 today after plunging 6-1/4 yesterday.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-04-03", "b.txt": "1987-04-03"})
	places := Group(claims, pub, nil)
	a, b := claimAt(t, claims, "a.txt", "40-3/4", 0), claimAt(t, claims, "b.txt", "40-7/8", 0)
	if places[a].Group != places[b].Group {
		t.Fatalf("one stock's price, one day: apart")
	}
	for _, i := range []int{a, b} {
		if s := places[i].Suggestion; s != nil && s.Verdict == factcheck.Disputed {
			t.Errorf("%s: disputed, want no dispute of a price read twice in a day", claims[i].Text)
		}
	}
}

// TestSameDaySessionFiguresMove: a market's figure told at two hours of
// one day ("Cocoa futures stood hardly changed ... at midday", "were about
// unchanged ... by midmorning") differs as trading moves it: no dispute.
// The wire's batch on Bahia's cocoa, annotated by hand.
func TestSameDaySessionFiguresMove(t *testing.T) {
	goldOf := readGroupsGold(t, filepath.Join("testdata", "groups", "reuters_bahia_cocoa_temporao.jsonl"))
	claims, pub, names := parseCorpusDocs(t, goldOf)
	places := Group(claims, pub, names)
	midday, midmorning := claimAt(t, claims, "reuters_13650.txt", "1,318 stg", 0), claimAt(t, claims, "reuters_13487.txt", "1,319 stg", 0)
	if places[midday].Group != places[midmorning].Group {
		t.Fatalf("one contract's price, one day: apart")
	}
	for _, i := range []int{midday, midmorning} {
		if s := places[i].Suggestion; s != nil && s.Verdict == factcheck.Disputed {
			t.Errorf("%s of %s: disputed, want no dispute of a price told at two hours of a day", claims[i].Text, claims[i].Doc)
		}
	}
}

// TestReplacedValueLaterNoDispute: a dated report that states, after a
// change, the value the change replaced ("its 100 dlr bid" a week after
// the bid was raised to 110 dlrs) gets no dispute: over the batches
// annotated by hand such claims mostly tell of another figure.
func TestReplacedValueLaterNoDispute(t *testing.T) {
	articles := map[string]string{
		"a.txt": "NEW YORK, March 20 - General Partners raised its tender offer for GenCorp Inc to 110 dlrs per share from 100 dlrs per share.",
		"b.txt": "NEW YORK, March 27 - Analysts said the 100 dlrs per share tender offer from General Partners for GenCorp Inc was too low.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-20", "b.txt": "1987-03-27"})
	places := Group(claims, pub, nil)
	old, newer := claimAt(t, claims, "b.txt", "100 dlrs", 0), claimAt(t, claims, "a.txt", "110 dlrs", 0)
	if places[old].Group != places[newer].Group {
		t.Fatalf("one offer, before and after its rise: apart")
	}
	for _, i := range []int{old, newer} {
		if s := places[i].Suggestion; s != nil && s.Verdict == factcheck.Disputed {
			t.Errorf("%s of %s: disputed, want no dispute", claims[i].Text, claims[i].Doc)
		}
	}
}

// TestDurationsInTwoUnits: a length said in days and again in months
// (or years) states one figure, which neither supersedes nor disputes;
// "11 months" and "a year" differ.
func TestDurationsInTwoUnits(t *testing.T) {
	d := func(v float64, unit string) *factcheck.Claim {
		return &factcheck.Claim{Kind: factcheck.Duration, Value: factcheck.Value{Num: v}, Unit: unit, Qualifier: factcheck.Exact}
	}
	tests := []struct {
		a, b *factcheck.Claim
		same bool
	}{
		{d(2, "month"), d(60, "day"), true},
		{d(1, "year"), d(365, "day"), true},
		{d(12, "month"), d(1, "year"), true},
		{d(11, "month"), d(1, "year"), false},
		{d(11, "month"), d(12, "month"), false},
		{d(3, "month"), d(60, "day"), false},
	}
	for _, tt := range tests {
		if got := restates(tt.a, tt.b); got != tt.same {
			t.Errorf("restates(%v %s, %v %s) = %v, want %v", tt.a.Value.Num, tt.a.Unit, tt.b.Value.Num, tt.b.Unit, got, tt.same)
		}
		if got := agree(tt.a, tt.b); got != tt.same {
			t.Errorf("agree(%v %s, %v %s) = %v, want %v", tt.a.Value.Num, tt.a.Unit, tt.b.Value.Num, tt.b.Unit, got, tt.same)
		}
	}
}

// TestChangeNotMadeOrOfAnotherPeriod: the older figure of a change one
// sentence states is superseded by the newer when the change is made
// (a rate cut, a revision), not when it is only planned ("would rise",
// "is to cut") nor when the two are a flow's figures of two periods
// (January's exports and February's).
func TestChangeNotMadeOrOfAnotherPeriod(t *testing.T) {
	for _, tt := range []struct {
		sentence, older, newer string
		superseded             bool
	}{
		{"The Bank of France said it cut its intervention rate to 7-3/4 pct from eight pct.", "eight pct", "7-3/4 pct", true},
		{"Citibank said it would lower its prime rate to 16 pct from 16.5 pct, effective tomorrow.", "16.5 pct", "16 pct", true},
		{"The government said the pension age would rise from 60 to 65.", "60", "65", false},
		{"The IMF is to cut its growth forecast for Germany from 1.8% to 0.8%, a newspaper reported.", "1.8%", "0.8%", false},
		{"The tax allowance will rise from £4,745 to £4,895 next month.", "£4,745", "£4,895", false},
		{"February exports rose to 2.82 billion dlrs from 2.74 billion dlrs in January, the Bureau said.", "2.74 billion dlrs", "2.82 billion dlrs", false},
		{"Exports rose to 2.82 billion dlrs from 2.74 billion dlrs (revised from 2.72 billion dlrs) in January.", "2.72 billion dlrs", "2.74 billion dlrs", true},
		{"French official reserves rose to 420.50 billion francs from 420.24 billion francs at the end of April.", "420.24 billion francs", "420.50 billion francs", true},
	} {
		claims, pub := parseArticles(t, map[string]string{"a.txt": tt.sentence}, map[string]string{"a.txt": "1987-04-01"})
		places := Group(claims, pub, nil)
		older, newer := claimAt(t, claims, "a.txt", tt.older, 0), claimAt(t, claims, "a.txt", tt.newer, 0)
		s := places[older].Suggestion
		got := s != nil && s.Verdict == factcheck.Superseded && s.By != nil && s.By.Start == claims[newer].Start
		if got != tt.superseded {
			t.Errorf("%q: %q superseded by %q: %v, want %v (suggestion %+v)", tt.sentence, tt.older, tt.newer, got, tt.superseded, s)
		}
	}
}
