package group

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestMoveRole(t *testing.T) {
	for _, tt := range []struct {
		sentence, claim string
		want            uint8
	}{
		{"Sun said it increased the price it charges contract barge customers for heating oil in New York harbor 0.50 cent a gallon, effective today.", "0.50 cent", changeSize},
		{"Exxon raised the price it charges barge customers in the harbor by 0.25 ct a gallon, effective today.", "0.25 ct", changeSize},
		{"The 0.25 cent price hike brings Exxon's contract barge price to 48.75 cts a gallon.", "0.25 cent", changeSize},
		{"The 0.25 cent price hike brings Exxon's contract barge price to 48.75 cts a gallon.", "48.75 cts", levelFigure},
		{"ASARCO LOWERS COPPER PRICE 0.25 CT TO 65.50 CTS", "0.25 CT", changeSize},
		{"It raised its price from 100 dlrs to 110 dlrs a share.", "100 dlrs", levelFigure},
		{"BP does not intend to raise the price of its planned 70 dlr per share offer.", "70 dlr", levelFigure},
		{"The partnership last week dropped its 100 dlr a share hostile tender offer.", "100 dlr", levelFigure},
		// a budget's cut is a sum of its own, the same as "a package of" it
		{"The chairmen agree on the need to cut the federal budget deficit by about 36 billion dlrs.", "36 billion dlrs", 0},
		{"The company sold 20 tonnes a day, up 2 tonnes.", "2 tonnes", 0},
		// a stock's close and its move on the day, no word "price"
		{"GenCorp stock closed yesterday in composite tape trading at 90.50 dlrs a share, up two dlrs on the day.", "two dlrs", changeSize},
		{"GenCorp stock closed yesterday in composite tape trading at 90.50 dlrs a share, up two dlrs on the day.", "90.50 dlrs", levelFigure},
		{"July crude futures traded up to 19.60 dlrs a barrel, a rise of more than 20 cts.", "more than 20 cts", changeSize},
	} {
		c := claimIn("a.txt", tt.sentence, tt.claim, factcheck.Money, 1, factcheck.Exact, "")
		if tt.claim == "2 tonnes" {
			c.Kind = factcheck.Measure
		}
		if got := moveRole(&c, priced(&c)); got != tt.want {
			t.Errorf("moveRole(%q in %q) = %d, want %d", tt.claim, tt.sentence, got, tt.want)
		}
	}
}

// TestChangeSizesApart: the sizes of a price's moves group neither with
// the prices they set nor with the sizes of moves reported days apart,
// though they share a unit and a value.
func TestChangeSizesApart(t *testing.T) {
	s1 := "Sun said it increased the price it charges barge customers for heating oil in New York harbor 0.50 cent a gallon, effective today."
	s2 := "They said the 0.50 cent increase brings Sun's contract barge price to 49 cts."
	s3 := "Exxon said it raised the price it charges barge customers for heating oil in New York harbor by 0.50 cent a gallon."
	claims := []factcheck.Claim{
		claimIn("a.txt", s1, "0.50 cent", factcheck.Money, 0.005, factcheck.Exact, ""),
		claimIn("a.txt", s2, "0.50 cent", factcheck.Money, 0.005, factcheck.Exact, ""),
		claimIn("a.txt", s2, "49 cts", factcheck.Money, 0.49, factcheck.Exact, ""),
		claimIn("b.txt", s3, "0.50 cent", factcheck.Money, 0.005, factcheck.Exact, ""),
	}
	for i := range claims {
		claims[i].Unit = "USD"
	}
	claims[1].SentenceStart, claims[1].Start, claims[1].End = 300, 300+claims[1].Start, 300+claims[1].End
	claims[2].SentenceStart, claims[2].Start, claims[2].End = 300, 300+claims[2].Start, 300+claims[2].End
	places := Group(claims, map[string]string{"a.txt": "1987-03-06", "b.txt": "1987-04-24"}, nil)
	if places[0].Group != places[1].Group {
		t.Errorf("one article's increase, said twice: apart")
	}
	if places[2].Group == places[1].Group {
		t.Errorf("the price an increase set joined the increase")
	}
	if places[3].Group == places[0].Group {
		t.Errorf("increases reported seven weeks apart joined")
	}
}

// TestEstimateRevisedAgainstLastMonth: a forecaster's estimate beside
// "vs" last month's is the one figure revised, the older superseded; a
// year's sales against last month's are two months' figures.
func TestEstimateRevisedAgainstLastMonth(t *testing.T) {
	claims, places := checkChanged(t, "WASHINGTON, April 9 - USDA estimated Soviet 1986/87 coarse grain imports at 12.00 mln tonnes, vs 10.00 mln tonnes last month.\n"+
		"Dealers sold 400,000 tonnes of barley in April, vs 300,000 tonnes last month.",
		"1987-04-09", [][2]string{{"12.00 mln tonnes", "10.00 mln tonnes"}})
	if places[claimAt(t, claims, "a.txt", "400,000 tonnes", 0)].Group == places[claimAt(t, claims, "a.txt", "300,000 tonnes", 0)].Group {
		t.Errorf("April's sales and last month's: together, want two months' figures")
	}
}

// TestYearToDateAgainstLastYear: a total for the year so far "from" the
// year before's, or from "last year's", compares two years: no change of
// one figure; a month's from the month before's is one.
func TestYearToDateAgainstLastYear(t *testing.T) {
	articles := map[string]string{
		"a.txt": "DETROIT, March 2 - Year-to-date, GM said car output declined to 669,370 from 839,097.\n" +
			"Truck output through the end of March was 395,967 vehicles, down from last year's 410,821.\n" +
			"Its February car output rose to 358,661 from 340,100 in January.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-02"})
	places := Group(claims, pub, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	for _, pair := range [][2]string{{"669,370", "839,097"}, {"395,967 vehicles", "410,821"}} {
		if places[at("a.txt", pair[0])].Group == places[at("a.txt", pair[1])].Group {
			t.Errorf("%s and the year before's %s: together, want two years' figures", pair[0], pair[1])
		}
	}
	if places[at("a.txt", "358,661")].Group != places[at("a.txt", "340,100")].Group {
		t.Errorf("February's output up from January's: apart, want one figure changed")
	}
}

// TestRevisedFromPreviouslyReported: a figure "previously reported at"
// another, or "revised down from a previously reported" one, is the
// revision of the older: one figure, the older superseded.
func TestRevisedFromPreviouslyReported(t *testing.T) {
	checkChanged(t, "NEW YORK, March 6 - Retail services employment rose 129,000 in February, compared to a gain of 117,000 in January, previously reported at 166,000.\n"+
		"Construction employment rose a slim 2,000 in February. But this follows a robust 113,000 gain in January, revised down from a previously reported 142,000 gain.",
		"1987-03-06", [][2]string{{"117,000", "166,000"}, {"113,000 gain", "142,000 gain"}})
}

// checkChanged groups the one article text, published on the day given,
// and checks that each pair of its figures, the newer then the older, is
// one figure changed: one group, the older superseded. It returns the
// claims read and their placements.
func checkChanged(t *testing.T, text, published string, pairs [][2]string) ([]factcheck.Claim, []Placement) {
	t.Helper()
	claims, pub := parseArticles(t, map[string]string{"a.txt": text}, map[string]string{"a.txt": published})
	places := Group(claims, pub, nil)
	for _, pair := range pairs {
		newer, older := claimAt(t, claims, "a.txt", pair[0], 0), claimAt(t, claims, "a.txt", pair[1], 0)
		if places[newer].Group != places[older].Group {
			t.Errorf("%s, changed from %s: apart, want one figure", pair[0], pair[1])
		}
		if s := places[older].Suggestion; s == nil || s.Verdict != factcheck.Superseded {
			t.Errorf("%s: suggestion %+v, want superseded", pair[1], s)
		}
	}
	return claims, places
}

func TestYearsAfterDiffer(t *testing.T) {
	s := "In annual average terms inflation would fall to two pct in 1988 from 2.5 pct this year and 2.7 pct last year."
	a := claimIn("a.txt", s, "two pct", factcheck.Percent, 2, factcheck.Exact, "")
	b := claimIn("a.txt", s, "2.5 pct", factcheck.Percent, 2.5, factcheck.Exact, "")
	c := claimIn("a.txt", s, "2.7 pct", factcheck.Percent, 2.7, factcheck.Exact, "")
	if !yearsAfterDiffer(&a, &b) || !yearsAfterDiffer(&b, &c) {
		t.Errorf("1988's, this year's and last year's inflation: one year")
	}
	d := claimIn("a.txt", "Output rose to 12 mln tonnes in 1988 from 10 mln.", "10 mln", factcheck.Measure, 1e7, factcheck.Exact, "")
	if yearsAfterDiffer(&a, &d) {
		t.Errorf("a figure of no year said after it: of another year")
	}
}

// TestPronounRevision: "That was down from the previously reported"
// figure is the older of the figure ending the sentence before: one
// figure, the older superseded.
func TestPronounRevision(t *testing.T) {
	articles := map[string]string{
		"a.txt": "WASHINGTON, April 3 - The number of non-farm payroll jobs rose 164,000 last month after rising a revised 236,000 in February. " +
			"That was down from the previously reported 337,000 rise in February.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-04-03"})
	places := Group(claims, pub, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	revised, older := at("a.txt", "236,000"), at("a.txt", "337,000")
	if places[revised].Group != places[older].Group {
		t.Errorf("a revised 236,000, down from the previously reported 337,000: apart, want one figure")
	}
	if s := places[older].Suggestion; s == nil || s.Verdict != factcheck.Superseded {
		t.Errorf("the previously reported 337,000: suggestion %+v, want superseded", s)
	}
	if places[at("a.txt", "164,000")].Group == places[older].Group {
		t.Errorf("March's 164,000 joined February's figures")
	}
}

// TestConditionalChangeFromNow: "would raise ... to A from B currently"
// gives the stake held now and one it would hold: no change of one
// figure, B superseded by nothing.
func TestConditionalChangeFromNow(t *testing.T) {
	articles := map[string]string{
		"a.txt": "NEW YORK, March 16 - Warburg said receipt of 2,500,000 shares would raise its interest in Symbion to about 59.3 pct from 25.8 pct currently and give it control.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-16"})
	places := Group(claims, pub, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	if places[at("a.txt", "about 59.3 pct")].Group == places[at("a.txt", "25.8 pct")].Group {
		t.Errorf("a stake it would hold and the one held now: together, want two figures")
	}
	if s := places[at("a.txt", "25.8 pct")].Suggestion; s != nil {
		t.Errorf("the stake held now: suggestion %+v, want none", s)
	}
}

// TestStakeRestatedAsShareChanged: a stake cut "to 3,408,813 shares, or
// 12.33 pct, from 3,667,313 shares, or 13.3 pct" is two figures changed,
// the holding and its share, each older one superseded by its newer; the
// options sold to cut it are no holding.
func TestStakeRestatedAsShareChanged(t *testing.T) {
	pairs := [][2]string{{"3,408,813 shares", "3,667,313 shares"}, {"12.33\npct", "13.3 pct"}}
	claims, places := checkChanged(t, "WASHINGTON, June 1 - The group said it sold options to buy 258,800 Burlington common shares,\n"+
		"reducing its stake in the company to 3,408,813 shares, or 12.33\npct, from 3,667,313 shares, or 13.3 pct.", "1987-06-01", pairs)
	at := func(text string) int { return claimAt(t, claims, "a.txt", text, 0) }
	for _, pair := range pairs {
		if s := places[at(pair[1])].Suggestion; s != nil && s.By.Start != claims[at(pair[0])].Start {
			t.Errorf("%q: superseded by %+v, want by %q", pair[1], s.By, pair[0])
		}
	}
	if places[at("258,800")].Group == places[at("3,408,813 shares")].Group {
		t.Errorf("the shares under the options sold and the stake left: together, want apart")
	}
	if places[at("3,408,813 shares")].Group == places[at("12.33\npct")].Group {
		t.Errorf("a holding and its share: together, want apart")
	}
}

// TestChangeBetweenTwoYearsFigures: a deficit cut "to around 115 billion
// francs from the forecast 1987 deficit of 129 billion" in "the 1988
// budget", or "to 115 billion francs by 1988 from the 129 billion franc
// shortfall forecast for 1987", compares two years' figures: no change of
// one figure.
func TestChangeBetweenTwoYearsFigures(t *testing.T) {
	articles := map[string]string{
		"a.txt": "PARIS, March 30 - Balladur plans to cut the 1988\nbudget deficit to around 115 billion francs from the forecast\n1987 deficit of 129 billion.",
		"b.txt": "PARIS, June 18 - The government planned to cut its budget deficit down to 115 billion francs by\n1988 from the 129 billion franc shortfall forecast for 1987.",
		"c.txt": "PARIS, June 18 - The government cut its deficit target to 110 billion francs from 115 billion.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-30", "b.txt": "1987-06-18", "c.txt": "1987-06-18"})
	g := newGrouper(claims, pub, nil)
	g.linkChanges()
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	for _, pair := range [][3]string{{"a.txt", "around 115 billion francs", "129 billion"}, {"b.txt", "115 billion francs", "129 billion franc"}} {
		if _, ok := g.newerOf[at(pair[0], pair[2])]; ok {
			t.Errorf("%s: %q from %q read as one figure changed, want two years' figures", pair[0], pair[1], pair[2])
		}
	}
	if _, ok := g.newerOf[at("c.txt", "115 billion")]; !ok {
		t.Errorf("a target cut to 110 billion from 115 billion: no change read")
	}
}

func TestRateChangedFromLastWeeksAndToARateOf(t *testing.T) {
	claims, _ := checkChanged(t, "LUSAKA, April 13 - The Zambian kwacha fell at this week's foreign exchange auction to 18.75 kwacha to the dollar from last week's 16.95, the Bank of Zambia said.\n"+
		"    President Kaunda ordered the revaluation of the kwacha to a fixed rate of eight per dlr from 21 on May 1.",
		"1987-04-13", [][2]string{{"18.75 kwacha", "16.95"}, {"eight", "21"}})
	for _, older := range []string{"16.95", "21"} {
		if c := claims[claimAt(t, claims, "a.txt", older, 0)]; c.Unit != "ZMK" {
			t.Errorf("%s: unit %q, want ZMK", older, c.Unit)
		}
	}
}

func TestEarningsAndShareComparedWithTheYearBefore(t *testing.T) {
	articles := map[string]string{
		"a.txt": "PITTSBURGH, March 11 - In the quarter, Heinz earned 74.7 mln dlrs, or 55 cts a share, up from earnings of 63.2 mln dlrs, or 46 cts a share, for the year-ago quarter.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-11"})
	places := Group(claims, pub, nil)
	at := func(text string) int { return claimAt(t, claims, "a.txt", text, 0) }
	for _, pair := range [][2]string{{"74.7 mln dlrs", "63.2 mln dlrs"}, {"55 cts", "46 cts"}, {"55 cts", "63.2 mln dlrs"}} {
		if places[at(pair[0])].Group == places[at(pair[1])].Group {
			t.Errorf("%s and %s: one group, want two facts (a quarter and the year before's)", pair[0], pair[1])
		}
	}
	for _, c := range []string{"63.2 mln dlrs", "46 cts"} {
		if s := places[at(c)].Suggestion; s != nil {
			t.Errorf("%s: suggestion %+v, want none", c, s)
		}
	}
}

// TestPeriodsComparedThroughAResultsStory: once a results story compares
// its quarter "up from 118.3 mln a year earlier", a later bare "up from"
// compares the year before too; a forecast revised "to 1.7 pct from 1.6
// pct" still changes one figure.
func TestPeriodsComparedThroughAResultsStory(t *testing.T) {
	articles := map[string]string{
		"a.txt": "LOS ANGELES, Oct 19 - The bank said it earned 128.1 mln dlrs in the third quarter, up from 118.3 mln a year earlier. " +
			"On a per-share basis, income was 1.16 dlrs a share, up from 1.09 dlrs.\n    It revised its forecast for 1988 growth to 1.7 pct from 1.6 pct.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-10-19"})
	g := newGrouper(claims, pub, nil)
	g.linkChanges()
	at := func(text string) int { return claimAt(t, claims, "a.txt", text, 0) }
	if _, ok := g.newerOf[at("1.09 dlrs")]; ok {
		t.Errorf("1.16 dlrs a share up from 1.09 dlrs after a year-earlier comparison: one figure changed, want two years'")
	}
	if _, ok := g.newerOf[at("1.6 pct")]; !ok {
		t.Errorf("a forecast revised to 1.7 pct from 1.6 pct: no change read")
	}
}

// TestTwoDaysRevisionsApart: a forecast revised on one day and another
// revised the next, neither starting from (or near) the other's figure,
// are two facts; a bid raised twice, the second from the first's new
// figure, is one (revisionsApart, which linkMovedShares asks).
func TestTwoDaysRevisionsApart(t *testing.T) {
	articles := map[string]string{
		"a.txt": "U.K. MONEY MARKET SHORTAGE FORECAST REVISED DOWN\n    LONDON, March 2 - The Bank of England said it revised its forecast of the shortage in the money market down to around 700 mln stg from its original estimate of 800 mln.\n",
		"b.txt": "U.K. MONEY MARKET SHORTAGE FORECAST REVISED UP\n    LONDON, March 3 - The Bank of England said it revised up its forecast of the shortage in the money market today to around 500 mln stg from its initial estimate of 350 mln.\n",
		"c.txt": "ACME BID RAISED\n    NEW YORK, March 2 - Granite Holdings raised its offer for Acme Mills to 45 dlrs a share from 40 dlrs.\n",
		"d.txt": "ACME BID RAISED AGAIN\n    NEW YORK, March 3 - Granite Holdings raised its offer for Acme Mills to 50 dlrs a share from 45.10 dlrs.\n",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-02", "b.txt": "1987-03-03", "c.txt": "1987-03-02", "d.txt": "1987-03-03"})
	g := newGrouper(claims, pub, nil)
	g.linkChanges()
	olderOf := map[int]int{}
	for older, newer := range g.newerOf {
		olderOf[newer] = older
	}
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	if !g.revisionsApart(at("a.txt", "around 700 mln stg"), at("b.txt", "around 500 mln stg"), olderOf) {
		t.Errorf("March 2's forecast revised from 800 mln and March 3's revised from 350 mln: one figure moved, want two facts")
	}
	if g.revisionsApart(at("c.txt", "45 dlrs"), at("d.txt", "50 dlrs"), olderOf) {
		t.Errorf("a bid raised to 45 dlrs, then from 45.10 to 50 dlrs: two facts, want one figure moved")
	}
}

func TestTwoMonthsChangesOfOneValueApart(t *testing.T) {
	articles := map[string]string{
		"a.txt": "CANADA DECEMBER LEADING INDICATOR UP 0.4 PCT\n    OTTAWA, March 11 - Canada's leading composite indicator rose 0.4 pct in December.\n",
		"b.txt": "CANADA FEBRUARY CONSUMER PRICES UP 0.4 PCT\n    OTTAWA, March 20 - The Canadian consumer price index rose 0.4 pct in February.\n",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-11", "b.txt": "1987-03-20"})
	places := Group(claims, pub, nil)
	a, b := claimAt(t, claims, "a.txt", "0.4 PCT", 0), claimAt(t, claims, "b.txt", "0.4 PCT", 0)
	if places[a].Group == places[b].Group {
		t.Errorf("December's 0.4 pct and February's 0.4 pct: one group, want two facts")
	}
	if a2 := claimAt(t, claims, "a.txt", "0.4 pct", 0); places[a].Group != places[a2].Group {
		t.Errorf("a headline's 0.4 pct and its body's: apart, want one fact")
	}
}

// TestMarketReadingAfterPrior: a market's reading "after", "against" or
// "compared with" the one before it, read when or where the sentence
// says or ending its clause, supersedes it; a result "after" the year
// before's, or "compared with" a period's, is two periods' figures.
func TestMarketReadingAfterPrior(t *testing.T) {
	claims, places := checkChanged(t, "FRANKFURT, April 7 - The dollar was fixed lower at 1.8218 marks after 1.8243 yesterday, dealers said.\n"+
		"The French franc eased to 30.055 marks per 100 after 30.060, dealers said.\n"+
		"The dollar opened at 1.5130/40 Swiss francs against 1.5180/90 in Europe.\n"+
		"Profits were sharply higher at 115.3 mln marks after 81.3 mln previously.\n"+
		"Net income fell to 226.4 mln marks, compared with 233.9 mln in the first three months of 1986.",
		"1987-04-07", [][2]string{{"1.8218 marks", "1.8243"}, {"30.055 marks", "30.060"}, {"1.5130/40 Swiss francs", "1.5180/90"}})
	for _, older := range []string{"81.3 mln", "233.9 mln"} {
		if s := places[claimAt(t, claims, "a.txt", older, 0)].Suggestion; s != nil {
			t.Errorf("%s, a year before's result: suggestion %+v, want none", older, s)
		}
	}
}

// TestSpreadIsNoChange: two figures "from" one "to" another after a word
// of spread ("vary", "ranged") are the ends of a spread across places, not
// a figure that changed; "from ... to" after a verb of change is one.
func TestSpreadIsNoChange(t *testing.T) {
	articles := map[string]string{
		"a.txt": "The rates vary widely by state -- from 12 pct in California to 6 pct in Maryland.\n" +
			"The bank cut its rate from 9 pct to 7 pct on Monday.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "2023-03-23"})
	places := Group(claims, pub, nil)
	at := func(text string) int { return claimAt(t, claims, "a.txt", text, 0) }
	if s := places[at("12 pct")].Suggestion; s != nil {
		t.Errorf("a spread's end is suggested %s, want nothing", s.Verdict)
	}
	if places[at("12 pct")].Group == places[at("6 pct")].Group {
		t.Errorf("two ends of a spread across states: together, want two figures")
	}
	if s := places[at("9 pct")].Suggestion; s == nil || s.Verdict != factcheck.Superseded {
		t.Errorf("the older figure of a change: suggestion %v, want superseded", s)
	}
}
