package group

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestIndicatorOf(t *testing.T) {
	tests := []struct {
		sentence, figure string
		want             indicator
	}{
		{"The UK economy grew by an estimated 3.1% in 2004 after accelerating in the last quarter.", "3.1%", indicator{name: indicatorGrowth, place: "uk", year: "2004"}},
		{"Singapore's economy grew by 8.1% in 2004, its best performance since 2000.", "8.1%", indicator{name: indicatorGrowth, place: "singapore", year: "2004"}},
		{"Mr Brown said he had hit his growth target of 3.1% for 2004.", "3.1%", indicator{name: indicatorGrowth, year: "2004"}},
		{"GDP rose by 0.8% in the fourth quarter compared with the previous three months.", "0.8%", indicator{name: indicatorGrowth, period: "fourth"}},
		{"Base rates will probably stay on hold at 4.75%.", "4.75%", indicator{name: indicatorRate}},
		{"The centre said growth in Swiss domestic product would slow to 2.2 pct in 1987.", "2.2 pct", indicator{name: indicatorGrowth, place: "switzerland", year: "1987"}},
		{"The study forecast a decline in Gross Domestic Product growth to 1.75 pct in 1987.", "1.75 pct", indicator{name: indicatorGrowth, year: "1987"}},
		{"It pushed down the unemployment rate to 5.2%, its lowest level since 2001.", "5.2%", indicator{name: indicatorUnemployment}},
		{"The retailer reported sales growth of 5% over Christmas.", "5%", indicator{}},
		{"Paul Tucker voted for a quarter point rise in interest rates to 5%.", "a quarter point", indicator{}},
		{"Inflation rose by 0.2% in March.", "0.2%", indicator{}},
		{"High oil prices have knocked 0.2% off the growth rate.", "0.2%", indicator{}},
		{"The financing requirement was 11.0 pct of GNP in 1986.", "11.0 pct", indicator{}},
		{"Tokyo accounts for some six pct of world GNP.", "some six pct", indicator{}},
		{"Figures are enough to whittle away at America's 5.4% jobless rate.", "5.4% jobless rate", indicator{name: indicatorUnemployment, place: "us"}},
		{"The Fed raised its key federal funds rate by a quarter percentage point to 2%.", "2%", indicator{name: indicatorRate, rate: "funds"}},
		{"The call money rate edged steadily down to eight pct on February 27.", "eight pct", indicator{name: indicatorRate, rate: "call money"}},
		{"Intervention rate was last raised to eight pct from 7-1/4 on January 2.", "eight pct", indicator{name: indicatorRate, rate: "intervention"}},
		{"The US economy grew at an annual rate of 3.9% in the three months to September.", "3.9%", indicator{name: indicatorGrowth, place: "us", period: "third"}},
		{"The economy grew 3.7% in the third quarter, slower than the 3.3% growth of the second quarter.", "3.7%", indicator{name: indicatorGrowth, period: "third"}},
		{"Growth slowed to 0.8 pct from 1.1 pct in the third quarter, the bureau said.", "0.8 pct", indicator{name: indicatorGrowth}},
		{"French 1987 growth will probably be about two pct, the minister said.", "about two pct", indicator{name: indicatorGrowth, year: "1987"}},
		{"Japan's growth was 2.5 pct in 1986, the agency said.", "2.5 pct", indicator{name: indicatorGrowth, place: "japan", year: "1986"}},
		{"The official target for 1987 GNP growth is eight pct.", "eight pct", indicator{name: indicatorGrowth, year: "1987"}},
		{"Spain's money supply grew at an annualised rate of 8.3 pct in January.", "8.3 pct", indicator{name: indicatorMoney, period: "january"}},
		{"SPAIN'S INFLATION RISES 0.4 PCT IN FEBRUARY", "0.4 PCT", indicator{name: indicatorInflation, place: "spain", period: "february"}},
		{"Spain's consumer price index rose 0.6 pct in March after a 0.4 pct increase in February.", "0.6 pct", indicator{name: indicatorInflation, place: "spain", period: "march"}},
		{"Year-on-year inflation was six pct compared with the government five pct target.", "six pct", indicator{name: indicatorInflation}},
		{"ITALIAN CONSUMER PRICES RISE 0.4 PCT IN MARCH", "0.4 PCT", indicator{name: indicatorInflation, place: "italy", period: "march"}},
		{"The government set public sector wage rises at about 1.7 per cent this year.", "about 1.7 per cent", indicator{name: indicatorWages, year: "this"}},
		{"The pound has risen to 71.8 pct on its closing trade-weighted index.", "71.8 pct", indicator{name: indicatorTradeIndex}},
		{"Sterling stood at 72.1 pct of its trade weighted index against a basket of currencies.", "72.1 pct", indicator{name: indicatorTradeIndex}},
		{"Sales rose 5 pct, a weighted average of its stores.", "5 pct", indicator{}},
	}
	check := func(kind factcheck.Kind, unit, sentence, figure string, want indicator) {
		rel := strings.Index(sentence, figure)
		c := factcheck.Claim{Kind: kind, Unit: unit, Text: figure, Sentence: sentence, Start: rel, End: rel + len(figure)}
		if got := indicatorOf(&c); got != want {
			t.Errorf("indicatorOf(%q in %q) = %+v, want %+v", figure, sentence, got, want)
		}
	}
	for _, tt := range tests {
		check(factcheck.Percent, "", tt.sentence, tt.figure, tt.want)
	}
	sums := []struct {
		sentence, figure string
		want             indicator
	}{
		{"Peru's exports fell to 2.51 billion dlrs last year from 2.98 billion in 1985.", "2.51 billion dlrs", indicator{name: "exports", place: "peru", year: "last"}},
		{"Peru's exports were 2.51 billion dlrs against 2.98 billion in 1985.", "2.98 billion", indicator{name: "exports", place: "peru", year: "1985"}},
		{"ECU reserves fell to 62.02 billion francs from 73.23 billion.", "62.02 billion francs", indicator{name: "ecu reserves"}},
		{"Last year's imports were 2.53 billion dlrs against 1.81 billion dlrs in 1985.", "2.53 billion dlrs", indicator{name: "imports", year: "last"}},
		{"Peru registered a 16 mln dlr trade deficit in 1986, its first in four years.", "16 mln dlr", indicator{name: statisticTrade, year: "1986"}},
		{"Taiwan's trade surplus with the U.S. rose to 13.6 billion dlrs in 1986.", "13.6 billion dlrs", indicator{name: statisticTrade + " with us", place: "taiwan", year: "1986"}},
		{"The current account deficit narrowed to 1.2 billion dlrs in February.", "1.2 billion dlrs", indicator{name: statisticCurrent, period: "february"}},
		{"The U.S. Merchandise trade deficit was 13.65 billion dollars in February.", "13.65 billion dollars", indicator{name: statisticTrade, place: "us", period: "february"}},
		{"Its oil exports were 1.2 billion dlrs.", "1.2 billion dlrs", indicator{name: "oil exports"}},
		{"Net reserves now total about 800 mln dlrs.", "about 800 mln dlrs", indicator{name: "net reserves"}},
		{"Its exports to the U.S. rose to 5.1 billion dlrs.", "5.1 billion dlrs", indicator{}},
		{"Exports rose by 500 mln dlrs in 1986.", "500 mln dlrs", indicator{}},
		{"The company paid 500 mln dlrs for the shares.", "500 mln dlrs", indicator{}},
	}
	for _, tt := range sums {
		check(factcheck.Money, "USD", tt.sentence, tt.figure, tt.want)
	}
	sentence := "The interest rate has risen 1.25 percentage points during 2004."
	rel := strings.Index(sentence, "1.25")
	c := factcheck.Claim{Kind: factcheck.Percent, Unit: "percentage point", Text: "1.25 percentage points", Sentence: sentence, Start: rel, End: rel + len("1.25 percentage points")}
	if got := indicatorOf(&c); got != (indicator{}) {
		t.Errorf("indicatorOf(a change in percentage points) = %+v, want none", got)
	}
}

// TestGroupIndicators: growth of one year expected and then reached in
// the reports of a story is one figure, whatever their words, the
// expectation superseded; another year's and another country's stay
// apart.
func TestGroupIndicators(t *testing.T) {
	articles := map[string]string{
		"a.txt": "Chancellor Gordon Brown spoke to the Treasury committee in London.\n" +
			"GDP is expected at 3.2% in 2004, and 2.8% in 2005, the Treasury said in London.\n" +
			"Gordon Brown hopes the Treasury committee agrees.",
		"b.txt": "Gordon Brown told the Treasury committee in London he had hit his growth target of 3.1% for 2004.\n" +
			"The US economy grew by 3.1% in 2004, Gordon Brown told the Treasury committee.\n" +
			"Growth in 2005 would be 2.5%, Gordon Brown said in London.",
	}
	claims, pub := parseArticles(t, articles, nil)
	places := Group(claims, pub, nil)
	at := func(doc, text string, nth int) int { return claimAt(t, claims, doc, text, nth) }
	for _, tt := range []struct {
		a, b     int
		together bool
		why      string
	}{
		{at("a.txt", "3.2%", 0), at("b.txt", "3.1%", 0), true, "2004's growth, expected and then reached"},
		{at("a.txt", "2.8%", 0), at("b.txt", "2.5%", 0), false, "2005's growth, foreseen twice"},
		{at("a.txt", "3.2%", 0), at("b.txt", "3.1%", 1), false, "the US economy's"},
		{at("a.txt", "3.2%", 0), at("a.txt", "2.8%", 0), false, "two years"},
	} {
		if got := places[tt.a].Group == places[tt.b].Group; got != tt.together {
			t.Errorf("%q and %q (%s) together: %t, want %t", claims[tt.a].Sentence, claims[tt.b].Sentence, tt.why, got, tt.together)
		}
	}
	// undated reports: the expectation is superseded by the figure reached,
	// not disputed with it
	if s := places[at("a.txt", "3.2%", 0)].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By.Doc != "b.txt" {
		t.Errorf("growth expected at 3.2%%, reached at 3.1%%: suggestion %+v, want superseded by b.txt", s)
	}
	if s := places[at("b.txt", "3.1%", 0)].Suggestion; s != nil {
		t.Errorf("the growth reached: suggestion %+v, want none", s)
	}
}

// TestGroupLevelIndicators: an unemployment rate, a level at a time, is one
// running figure across a story's reports, whatever month each gives, and
// the later report's supersedes the earlier; a quarter's growth is its
// quarter's.
func TestGroupLevelIndicators(t *testing.T) {
	articles := map[string]string{
		"a.txt": "WASHINGTON, Nov 5 - The US economy added 337,000 jobs in October, the Labor Department said in Washington.\n" +
			"The US unemployment rate went up to 5.5% from 5.4% in September, the Labor Department said.\n" +
			"The US economy grew 3.7% in the third quarter.",
		"b.txt": "WASHINGTON, Feb 4 - The US economy added 146,000 jobs in January, the Labor Department said in Washington.\n" +
			"That was enough to push the US unemployment rate down to 5.2%, the Labor Department said.\n" +
			"The US economy grew 3.8% in the fourth quarter.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "2004-11-05", "b.txt": "2005-02-04"})
	places := Group(claims, pub, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	if places[at("a.txt", "5.5%")].Group != places[at("b.txt", "5.2%")].Group {
		t.Errorf("the unemployment rate at 5.5%% in November and 5.2%% in February: apart, want one running figure")
	}
	if s := places[at("a.txt", "5.5%")].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By.Doc != "b.txt" {
		t.Errorf("5.5%% in November, 5.2%% in February: suggestion %+v, want superseded by b.txt", s)
	}
	if places[at("a.txt", "3.7%")].Group == places[at("b.txt", "3.8%")].Group {
		t.Errorf("growth of the third quarter and of the fourth: together, want apart")
	}
}

// TestGroupRateAndItsPast: a bank rate is one running figure, though the
// later report also tells the level it left, dated by its sentence: one
// article's two values of two days are no two facts of one time.
func TestGroupRateAndItsPast(t *testing.T) {
	articles := map[string]string{
		"a.txt": "HONG KONG, March 7 - The Association of Banks left interest rates unchanged.\nThe prime rate is six pct, the Association of Banks said.",
		"b.txt": "HONG KONG, April 4 - The banks raised their prime rate one-half point to 6.5 pct, the Association of Banks said.\n" +
			"The banks last announced an adjustment on February 28 when they raised the prime rate by one point to six pct.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-07", "b.txt": "1987-04-04"})
	places := Group(claims, pub, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	if places[at("a.txt", "six pct")].Group != places[at("b.txt", "6.5 pct")].Group {
		t.Errorf("the prime rate at six pct in March and 6.5 pct in April: apart, want one running figure")
	}
	if s := places[at("a.txt", "six pct")].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By.Doc != "b.txt" {
		t.Errorf("six pct in March, 6.5 pct in April: suggestion %+v, want superseded by b.txt", s)
	}
}

// TestGroupTradeIndex: a currency's trade-weighted index, a level at a
// time, is one running figure across a story's reports, though one
// report gives its time of day in GMT and another names a meeting in
// Paris.
func TestGroupTradeIndex(t *testing.T) {
	articles := map[string]string{
		"a.txt": "LONDON, March 6 - The Bank of England held base rates at 11 pct, London dealers said of the Bank of England.\n" +
			"Since the meeting in Paris, the pound has risen to 71.8 pct on its closing trade-weighted index.",
		"b.txt": "LONDON, March 26 - The Bank of England held base rates at 11 pct, London dealers said of the Bank of England.\n" +
			"Sterling rebounded to stand at 72.1 pct of its trade weighted index at 1200 GMT.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-06", "b.txt": "1987-03-26"})
	places := Group(claims, pub, nil)
	a, b := claimAt(t, claims, "a.txt", "71.8 pct", 0), claimAt(t, claims, "b.txt", "72.1 pct", 0)
	if places[a].Group != places[b].Group {
		t.Errorf("the pound's index at 71.8 pct on March 6 and 72.1 pct on March 26: apart, want one running figure")
	}
	if s := places[a].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By.Doc != "b.txt" {
		t.Errorf("71.8 pct on March 6, 72.1 pct on March 26: suggestion %+v, want superseded by b.txt", s)
	}
}

// TestGroupStatistics: a statistic stated as a sum, of one place and one
// year, revised between two reports is one figure, the first superseded;
// another year's, and the balance with one partner beside the total, stay
// apart.
func TestGroupStatistics(t *testing.T) {
	articles := map[string]string{
		"a.txt": "PERU CURBS IMPORTS\n    LIMA, March 15 - The government of Peru will ration foreign exchange, a decree said.\n" +
			"    Total exports dropped to 2.50 billion dlrs last year against 2.97 billion in 1985, according to preliminary estimates of the central bank.\n" +
			"    Peru's trade surplus with the U.S. was 310 mln dlrs in 1986.\n",
		"b.txt": "PERU HAS TRADE DEFICIT\n    LIMA, March 18 - The central bank of Peru said Peru registered a trade deficit in 1986.\n" +
			"    Peru's exports fell to 2.51 billion dlrs last year from 2.98 billion in 1985.\n" +
			"    Peru's trade surplus was 300 mln dlrs in 1985, the bank said.\n",
	}
	claims, pub := parseArticles(t, articles, nil)
	names := map[string][]string{}
	for doc, text := range articles {
		names[doc] = NamesOfText(text)
	}
	places := Group(claims, pub, names)
	at := func(doc, text string, nth int) int { return claimAt(t, claims, doc, text, nth) }
	for _, tt := range []struct {
		a, b     int
		together bool
		why      string
	}{
		{at("a.txt", "2.50 billion dlrs", 0), at("b.txt", "2.51 billion dlrs", 0), true, "1986's exports, revised"},
		{at("a.txt", "2.50 billion dlrs", 0), at("b.txt", "2.98 billion", 0), false, "two years"},
		{at("a.txt", "310 mln dlrs", 0), at("b.txt", "300 mln dlrs", 0), false, "the balance with the US and the total"},
	} {
		if got := places[tt.a].Group == places[tt.b].Group; got != tt.together {
			t.Errorf("%q and %q (%s) together: %t, want %t", claims[tt.a].Sentence, claims[tt.b].Sentence, tt.why, got, tt.together)
		}
	}
	if s := places[at("a.txt", "2.50 billion dlrs", 0)].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By.Doc != "b.txt" {
		t.Errorf("exports of 2.50 billion revised to 2.51: suggestion %+v, want superseded by b.txt", s)
	}
}

// TestOwnRatesClash checks that two interest rates named each by its own
// word are two facts, and that a rate named by neither or by one only is
// either.
func TestOwnRatesClash(t *testing.T) {
	call := indicator{name: indicatorRate, rate: "call money"}
	intervention := indicator{name: indicatorRate, rate: "intervention"}
	unnamed := indicator{name: indicatorRate}
	if !indicatorsClash(call, intervention) {
		t.Error("the call money rate and the intervention rate do not clash")
	}
	if indicatorsClash(call, unnamed) || indicatorsClash(unnamed, intervention) || indicatorsClash(call, call) {
		t.Error("a rate named by one claim only, or by both alike, clashes")
	}
}
