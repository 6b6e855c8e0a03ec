package group

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/calendar"
)

func TestFrameOf(t *testing.T) {
	tests := []struct{ sentence, figure, want string }{
		{"Dart Group said it offered to buy Supermarkets General for 41.75 dlrs per share in cash.", "41.75 dlrs", frameBid},
		{"Speculation helped Supermarkets shares gain one to 42-1/8 on 2.3 mln shares.", "42-1/8", framePrice},
		{"Its stock is currently trading at 34-1/4 on the New York Stock Exchange.", "34-1/4", framePrice},
		{"S and P cited the withdrawal of its 1.73 billion dlr bid for Supermarkets General.", "1.73 billion dlr", frameBid},
		{"The Hafts could raise their bid to 46 dlrs if they are rebuffed.", "46 dlrs", ""},
		{"The company paid 12 mln dlrs in severance.", "12 mln dlrs", ""},
		{"It had built up a 9.8 pct stake in Pioneer at 2.54 dlrs a share, topping the cash bid of 2.50.", "2.54 dlrs", ""},
		{"It had built up a 9.8 pct stake in Pioneer at 2.54 dlrs a share, topping the cash bid of 2.50.", "2.50", frameBid},
		{"USAir closed up 5-3/8 at 49-1/8 on volume of 1.9 mln shares.", "49-1/8", framePrice},
		{"TWA was off 3/8 to 31-1/2.", "31-1/2", framePrice},
		{"Piedmont, which slipped 1/2 to close at 69-5/8, said nothing.", "69-5/8", framePrice},
		{"Exports were up 1/2 pct at 12 dlrs a tonne.", "12 dlrs", ""},
		{"Following the GAF offer, analysts had calculated breakup values for the company in the low 50 dlrs per share range and speculated an offer would have to be sweetened.", "50 dlrs", ""},
		{"US light crude traded in New York lost more than $2 to $43.25.", "$43.25", frameCommodity + " crude"},
		{"US light crude traded in New York lost more than $2 to $43.25.", "more than $2", ""},
		{"Brent crude in London gained $1.32 to $44.45.", "$44.45", frameCommodity + " brent"},
		{"Zenda Oil agreed to sell its refinery for $43bn.", "$43bn", ""},
		{"BIL launched a full bid for the group &lt;Progressive Enterprises Ltd> at 4.35 dlrs a share.", "4.35 dlrs", frameBid},
	}
	for _, tt := range tests {
		rel := strings.Index(tt.sentence, tt.figure)
		c := factcheck.Claim{Kind: factcheck.Money, Unit: "USD", Text: tt.figure, Sentence: tt.sentence, Start: rel, End: rel + len(tt.figure)}
		if got := frameOf(&c); got != tt.want {
			t.Errorf("frameOf(%q in %q) = %q, want %q", tt.figure, tt.sentence, got, tt.want)
		}
	}
}

// TestPastAfter checks the words after a figure that make it past.
func TestPastAfter(t *testing.T) {
	tests := []struct {
		sentence, figure string
		want             bool
	}{
		{"The bid is higher than the 4.20 dlrs BIL said it would offer when it first announced its bid.", "4.20 dlrs", true},
		{"It is well below the 27 dlrs it originally offered.", "27 dlrs", true},
		{"The bid is higher than the 4.20 dlrs a share, it said, first announced on Monday.", "4.20 dlrs", false},
		{"BIL bid 4.35 dlrs a share, the first offer for the group.", "4.35 dlrs", false},
	}
	for _, tt := range tests {
		rel := strings.Index(tt.sentence, tt.figure)
		c := factcheck.Claim{Kind: factcheck.Money, Unit: "USD", Text: tt.figure, Sentence: tt.sentence, Start: rel, End: rel + len(tt.figure)}
		g := newGrouper([]factcheck.Claim{c}, nil, nil)
		if got := g.pastFigure(0); got != tt.want {
			t.Errorf("pastFigure(%q in %q) = %v, want %v", tt.figure, tt.sentence, got, tt.want)
		}
	}
}

func TestTrailingZeros(t *testing.T) {
	for s, want := range map[string]bool{"42.00\ndlrs": true, "4.0 pct": true, "41.75 dlrs": false, "$9.3bn": false, "1,000": false, "No. 10": false} {
		if got := trailingZeros(s); got != want {
			t.Errorf("trailingZeros(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestGroupConversionsMoveWithTheirAmount: a conversion in brackets joins
// only as its amount does; a rumoured raise's dollars are not the offer's
// moved.
func TestGroupConversionsMoveWithTheirAmount(t *testing.T) {
	articles := map[string]string{
		"a.txt": "Frankfurt Boerse and London Exchange: Boerse's chief met London Exchange.\n" +
			"Last week London Exchange rejected a £1.3bn ($2.5bn) takeover offer from Frankfurt Boerse.",
		"b.txt": "Frankfurt Boerse and London Exchange: Boerse's chief met London Exchange.\n" +
			"There are rumours Frankfurt Boerse may raise its bid to £1.5bn ($2.9bn) for London Exchange.",
	}
	claims, pub := parseArticles(t, articles, nil)
	places := Group(claims, pub, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	if places[at("a.txt", "$2.5bn")].Group == places[at("b.txt", "$2.9bn")].Group {
		t.Errorf("the offer's $2.5bn and a rumoured raise's $2.9bn: together, want apart")
	}
}

// TestGroupBidders: two bidders' offers for one company are two facts,
// though every sentence names the company bid for; one bidder's offer
// raised is one, and so is one value restated.
func TestGroupBidders(t *testing.T) {
	head := "Telecoms deal: Qwest, Verizon and MCI. MCI shares rose as Qwest and Verizon bid for MCI.\n"
	articles := map[string]string{
		"a.txt": head + "The Daily Ledger reported that Qwest has bid $6.3bn for MCI.",
		"b.txt": head + "MCI accepted a $6.75bn buyout from telecoms giant Verizon.",
		"c.txt": head + "Qwest said MCI had rejected its improved bid worth $7.1bn for MCI.",
		"d.txt": head + "A shareholder of MCI sued to halt the $6.75bn buyout by Verizon.",
	}
	claims, pub := parseArticles(t, articles, nil)
	names := map[string][]string{}
	for doc, text := range articles {
		names[doc] = NamesOfText(text)
	}
	places := Group(claims, pub, names)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	together := func(a, b int) bool { return places[a].Group == places[b].Group }
	for _, q := range []int{at("a.txt", "$6.3bn"), at("c.txt", "$7.1bn")} {
		if together(q, at("b.txt", "$6.75bn")) {
			t.Errorf("Qwest's %s and Verizon's $6.75bn: together, want apart", claims[q].Text)
		}
	}
	if !together(at("b.txt", "$6.75bn"), at("d.txt", "$6.75bn")) {
		t.Error("Verizon's $6.75bn restated: apart, want together")
	}
	if !together(at("a.txt", "$6.3bn"), at("c.txt", "$7.1bn")) {
		t.Error("Qwest's bid raised from $6.3bn to $7.1bn: apart, want together")
	}
}

// TestGroupCompanyPrices: a wire's market report gives a company's price
// in eighths with no word of shares; the prices of one company on two
// days are one figure that moved, the later superseding the earlier, and
// another company's price is another.
func TestGroupCompanyPrices(t *testing.T) {
	articles := map[string]string{
		"a.txt": "NEW YORK, March 5 - On Wall Street, TWA was off 3/8 to 31-1/2. On Wall Street, Piedmont fell one to 68-5/8.",
		"b.txt": "NEW YORK, March 20 - On Wall Street, TWA stock rose one to 28-1/4.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-05", "b.txt": "1987-03-20"})
	places := Group(claims, pub, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	early, late, other := at("a.txt", "31-1/2"), at("b.txt", "28-1/4"), at("a.txt", "68-5/8")
	if places[early].Group != places[late].Group {
		t.Errorf("TWA at 31-1/2 on March 5 and 28-1/4 on March 20: apart, want one figure")
	}
	if places[other].Group == places[late].Group {
		t.Errorf("Piedmont's price joined TWA's")
	}
	if s := places[early].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By.Doc != "b.txt" {
		t.Errorf("TWA's earlier price: suggestion %+v, want superseded by b.txt", s)
	}
}

// TestGroupRiseAndFall: a share that rose and one that fell are two
// figures, however near their values and however alike their words: in
// three BBC articles on house prices, sales "dropped by nearly a quarter
// from the same period in 2003" and an index "rose by just 28% in the
// same period".
func TestGroupRiseAndFall(t *testing.T) {
	claims, places := groupCorpusArticles(t, "business_239.txt", "business_248.txt", "business_170.txt")
	fall, rise := claimAt(t, claims, "business_248.txt", "nearly a quarter", 0), claimAt(t, claims, "business_239.txt", "28%", 0)
	if places[fall].Group == places[rise].Group {
		t.Error("sales down nearly a quarter and an index up 28%: one figure")
	}
	for _, tt := range []struct {
		c    *factcheck.Claim
		want int
	}{{&claims[fall], -1}, {&claims[rise], 1}} {
		if got := direction(tt.c); got != tt.want {
			t.Errorf("direction(%q) = %d, want %d", tt.c.Text, got, tt.want)
		}
	}
}

// TestGroupRaisedBidBesideItsQuote: an investor bids 19 dlrs a share, then
// 20 dlrs; the later report also gives the stock's close, at 19 after a
// move in eighths, and an arbitrageur's hope of 22 dlrs. The quote is no
// bid; the hope is no newer figure; and 20 dlrs, said as it is, is no
// rounding of 19: the raised bid supersedes the first.
func TestGroupRaisedBidBesideItsQuote(t *testing.T) {
	articles := map[string]string{
		"a.txt": "NOVAK BIDS 19 DLRS/SHARE FOR OSTRAVA TOOL\n\nDENVER, April 2 - Investor Jan Novak said he has offered to buy all of the Ostrava Tool Inc stock he does not own for 19 dlrs per share.",
		"b.txt": "DENVER, June 1 - Investor Jan Novak said if Ostrava Tool Inc agrees to a merger he will begin a tender offer for its stock at 20 dlrs per share in cash. " +
			"Ostrava Tool fell 1-1/2 to 19. " +
			"\"We were expecting an offer north of (above) 21 or 22 dlrs,\" said one arbitrageur of Ostrava Tool.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-04-02", "b.txt": "1987-06-01"})
	places := Group(claims, pub, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	first, raised, quote := at("a.txt", "19 DLRS"), at("b.txt", "20 dlrs"), at("b.txt", "19")
	if places[quote].Group == places[first].Group {
		t.Errorf("the stock's close at 19 joined the bid of 19 dlrs")
	}
	if places[first].Group != places[raised].Group {
		t.Fatalf("the bid of 19 dlrs and the raised bid of 20 dlrs: apart")
	}
	if s := places[first].Suggestion; s == nil || s.Verdict != factcheck.Superseded || *s.By != (factcheck.Ref{Doc: "b.txt", Start: claims[raised].Start}) {
		t.Errorf("19 dlrs on April 2, 20 dlrs on June 1: suggestion %+v, want superseded by the 20 dlrs", s)
	}
}

func TestRoundsExactlyWholeNumbers(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		x, y float64
		q    factcheck.Qualifier
		want bool
	}{
		{"19 dlrs", "20 dlrs", 19, 20, factcheck.Exact, false},
		{"20 dlrs", "20 dlrs", 20, 20, factcheck.Exact, true},
		{"£4.8bn", "£5bn", 4.8e9, 5e9, factcheck.Exact, true},
		{"about 19", "about 20", 19, 20, factcheck.Approx, true},
		{"eight pct", "7-3/4 pct", 8, 7.75, factcheck.Exact, false}, // a rate in quarters is exact: a cut, no rounding
		{"41", "40-7/8", 41, 40.875, factcheck.Exact, false},
		{"9.5 pct", "9-1/2 pct", 9.5, 9.5, factcheck.Exact, true},
	} {
		a := factcheck.Claim{Text: tt.a, Kind: factcheck.Money, Value: factcheck.Value{Num: tt.x}, Qualifier: tt.q}
		b := factcheck.Claim{Text: tt.b, Kind: factcheck.Money, Value: factcheck.Value{Num: tt.y}, Qualifier: tt.q}
		if got := roundsExactly(&a, &b); got != tt.want {
			t.Errorf("roundsExactly(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestGroupExtendedDeadline: an offer's expiry moves when the offer is
// extended; the later report's date supersedes the earlier's, and a rival
// bidder's deadline stays apart.
func TestGroupExtendedDeadline(t *testing.T) {
	articles := map[string]string{
		"a.txt": "PITTSBURGH, March 12 - Novak Group said its 90 dlrs a share tender offer for Ostrava Tool Inc expires March 17. " +
			"Ostrava Tool has about 4.1 mln shares outstanding. Vanko Corp said its rival offer for Ostrava Tool expires April 3. " +
			"Ostrava Tool shares rose 2 dlrs.",
		"b.txt": "PITTSBURGH, March 20 - The Securities and Exchange Commission ordered Novak Group to extend its tender offer for Ostrava Tool Inc until March 24. " +
			"Novak Group holds 56 pct of Ostrava Tool. The company has 1,200 workers.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-12", "b.txt": "1987-03-20"})
	places := Group(claims, pub, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	first, extended, rival := at("a.txt", "March 17"), at("b.txt", "March 24"), at("a.txt", "April 3")
	if places[first].Group != places[extended].Group {
		t.Fatalf("the offer's expiry on March 17, extended until March 24: apart, want one deadline that moved")
	}
	if places[rival].Group == places[first].Group {
		t.Errorf("the rival bidder's deadline joined Novak's")
	}
	if s := places[first].Suggestion; s == nil || s.Verdict != factcheck.Superseded || *s.By != (factcheck.Ref{Doc: "b.txt", Start: claims[extended].Start}) {
		t.Errorf("March 17, then extended until March 24: suggestion %+v, want superseded by March 24", s)
	}
}

// TestGroupMovedRightsDate: a date moved in one sentence ("to April 6 from
// April 3") is a deadline, and meets the date it is extended to later,
// named at length in both reports.
func TestGroupMovedRightsDate(t *testing.T) {
	articles := map[string]string{
		"a.txt": "AKRON, Ohio, March 31 - Ostrava Tool Inc said it planned to put off the date its rights will trade separately from the common stock to April 6 from April 3. " +
			"Novak Group bid 100 dlrs a share. Ostrava Tool has 4.1 mln shares. Its annual meeting is on May 20.",
		"b.txt": "AKRON, Ohio, April 9 - Ostrava Tool Inc said its board extended to April 13 the date the rights issued under the company's shareholder rights plan will trade separately from the common stock. " +
			"Ostrava Tool plans to buy back up to 54 pct of its shares. It employs 1,200 workers.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-31", "b.txt": "1987-04-09"})
	places := Group(claims, pub, nil)
	moved, extended := claimAt(t, claims, "a.txt", "April 6", 0), claimAt(t, claims, "b.txt", "April 13", 0)
	if places[moved].Group != places[extended].Group {
		t.Fatalf("the rights' date moved to April 6, then extended to April 13: apart, want one deadline that moved")
	}
	if s := places[moved].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By.Doc != "b.txt" {
		t.Errorf("April 6, then extended to April 13: suggestion %+v, want superseded by April 13", s)
	}
}

// TestGroupMovedJudgment: the sum a court awarded, reported at another
// value as interest accrues, is one figure that moved; the sum offered in
// settlement is another.
func TestGroupMovedJudgment(t *testing.T) {
	articles := map[string]string{
		"a.txt": "HOUSTON, March 3 - Pennzoil Co has made several proposals to Texaco Inc to settle a 9.13 billion dlr judgment awarded to Pennzoil, Texaco said.",
		"b.txt": "HOUSTON, March 30 - Texaco Inc asked for a rehearing of the court's decision to uphold most of Pennzoil Co's 11.12 billion dlr judgment against Texaco. " +
			"Texaco has offered two billion dlrs to settle, Pennzoil said.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-03", "b.txt": "1987-03-30"})
	places := Group(claims, pub, nil)
	first, later := claimAt(t, claims, "a.txt", "9.13 billion dlr", 0), claimAt(t, claims, "b.txt", "11.12 billion dlr", 0)
	if places[first].Group != places[later].Group {
		t.Fatalf("the judgment of 9.13 billion dlrs, then 11.12 billion: apart, want one figure that moved")
	}
	if s := places[first].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By.Doc != "b.txt" {
		t.Errorf("the judgment on March 3: suggestion %+v, want superseded by March 30's", s)
	}
	if offer := claimAt(t, claims, "b.txt", "two billion dlrs", 0); places[offer].Group == places[later].Group {
		t.Errorf("an offer to settle joined the judgment")
	}
}

// TestGroupDisputedAward: two reports of one day that give a court's
// award a little apart dispute one figure.
func TestGroupDisputedAward(t *testing.T) {
	articles := map[string]string{
		"a.txt": "WHITE PLAINS, N.Y., April 13 - Texaco Inc filed for bankruptcy to shield it from posting a bond in its 10.53 billion dlr legal battle with Pennzoil Co.",
		"b.txt": "NEW YORK, April 13 - Texaco Inc and Pennzoil Co are still far apart on a settlement of their 10.3 billion dlrs dispute, analysts said.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-04-13", "b.txt": "1987-04-13"})
	places := Group(claims, pub, nil)
	a, b := claimAt(t, claims, "a.txt", "10.53 billion dlr", 0), claimAt(t, claims, "b.txt", "10.3 billion dlrs", 0)
	if places[a].Group != places[b].Group {
		t.Fatalf("10.53 and 10.3 billion dlrs of one award on one day: apart, want one figure disputed")
	}
	for _, i := range []int{a, b} {
		if s := places[i].Suggestion; s == nil || s.Verdict != factcheck.Disputed {
			t.Errorf("%s: suggestion %+v, want disputed", claims[i].Text, s)
		}
	}
}

// TestGroupCommodityPrice: the price of crude, told by reports of two
// stories that share no names, is one figure that moves, the newest
// superseding; Brent is another; the move ("rose $1.64 to") no price; an
// oil company's sale none. Undated reports' prices moved, as far as anyone
// can tell: no dispute.
func TestGroupCommodityPrice(t *testing.T) {
	articles := map[string]string{
		"a.txt": "US light crude traded in New York lost more than $2 to $43.25, while Brent crude closed at $40.15. " +
			"Zenda Oil agreed to sell its refinery for $43bn to Ruritania.",
		"b.txt": "A barrel of US crude oil closed up $2.80 to $51.15 in New York on Tuesday, as Brent crude rose to $48.62. " +
			"Analysts at Syldavia Bank spoke of the cold.",
		"c.txt": "Cold weather across Borduria has pushed US crude oil prices above $53 a barrel, analysts at Zenda Bank said.",
	}
	dated := map[string]string{"a.txt": "2004-12-02", "b.txt": "2005-02-22", "c.txt": "2005-03-01"}
	for _, pub := range []map[string]string{dated, nil} {
		claims, published := parseArticles(t, articles, pub)
		places := Group(claims, published, nil)
		at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
		crude, newer, brent, move := at("a.txt", "$43.25"), at("b.txt", "$51.15"), at("a.txt", "$40.15"), at("b.txt", "$2.80")
		if places[crude].Group != places[newer].Group || places[newer].Group != places[at("c.txt", "above $53")].Group {
			t.Fatalf("US crude at $43.25, at $51.15 and above $53: apart, want one price that moved")
		}
		if places[brent].Group == places[crude].Group || places[move].Group == places[newer].Group {
			t.Errorf("Brent's price or the day's move joined US crude's price")
		}
		s := places[crude].Suggestion
		switch {
		case pub != nil && (s == nil || s.Verdict != factcheck.Superseded || s.By.Doc != "c.txt"):
			t.Errorf("$43.25 on 2 December, above $53 on 1 March: suggestion %+v, want superseded by c.txt", s)
		case pub == nil && s != nil:
			t.Errorf("$43.25 and $51.15 in undated reports: suggestion %+v, want none", s)
		}
	}
}

// TestUnbounded: a newer figure within the older's approximation, and
// coarser, states it again; a raised bid, a finer figure and a bound do
// not.
func TestUnbounded(t *testing.T) {
	money := func(v float64, q factcheck.Qualifier) *factcheck.Claim {
		return &factcheck.Claim{Kind: factcheck.Money, Unit: "USD", Value: factcheck.Value{Num: v}, Qualifier: q}
	}
	quote := func(text string, v, end float64) *factcheck.Claim {
		return &factcheck.Claim{Kind: factcheck.Money, Unit: "TRL", Text: text, Value: factcheck.Value{Num: v}, EndValue: &factcheck.Value{Num: end}}
	}
	written := func(text string, v float64, q factcheck.Qualifier) *factcheck.Claim {
		return &factcheck.Claim{Kind: factcheck.Money, Unit: "TRL", Text: text + " lira", Value: factcheck.Value{Num: v}, Qualifier: q}
	}
	for _, tt := range []struct {
		n, c *factcheck.Claim
		want bool
	}{
		{money(1.5e9, factcheck.Exact), money(1.55e9, factcheck.Approx), true},
		{money(150, factcheck.Exact), money(145, factcheck.Exact), false},
		{money(1.55e9, factcheck.Approx), money(1.5e9, factcheck.Exact), false},
		{money(300, factcheck.LowerBound), money(6, factcheck.LowerBound), false},
		{quote("784.50/788.42", 784.5, 788.42), quote("781.95/785.86", 781.95, 785.86), false}, // a quote to the hundredth, its trailing zero written
		{written("784.50", 784.5, factcheck.Exact), written("about 784.55", 784.55, factcheck.Approx), false},
		{written("784.5", 784.5, factcheck.Exact), written("about 784.55", 784.55, factcheck.Approx), true},
	} {
		if got := unbounded(tt.n, tt.c); got != tt.want {
			t.Errorf("unbounded(%v %s, %v %s) = %t, want %t", tt.n.Value.Num, tt.n.Qualifier, tt.c.Value.Num, tt.c.Qualifier, got, tt.want)
		}
	}
}

// TestGroupExchangeRates: a currency's rate in another is one running
// figure whatever story quotes it and in either currency of the pair
// ("$1.3666 versus the euro", "1.3187 euros per US dollar"), apart from
// its rate in a third ("$103.05" against the yen) and from sums that are
// no rate ("a $2bn deficit").
func TestGroupExchangeRates(t *testing.T) {
	articles := map[string]string{
		"a.txt": "The dollar slid to a record $1.3666 versus the euro on Thursday. Against the yen the dollar was trading down at $103.05.",
		"b.txt": "The dollar was trading at $1.3652 versus the euro on Friday morning. One dollar bought 102.55 yen.",
		"c.txt": "At 1300 GMT, the euro was up 0.9% on the day at 1.3187 euros per US dollar. The US deficit reached $1.36bn.",
	}
	claims, pub := parseArticles(t, articles, nil)
	checkTogether(t, claims, Group(claims, pub, nil), []sameGroup{
		{[2]string{"a.txt", "$1.3666"}, [2]string{"b.txt", "$1.3652"}, true},
		{[2]string{"b.txt", "$1.3652"}, [2]string{"c.txt", "1.3187"}, true},
		{[2]string{"a.txt", "$103.05"}, [2]string{"b.txt", "102.55"}, true},
		{[2]string{"a.txt", "$1.3666"}, [2]string{"a.txt", "$103.05"}, false},
		{[2]string{"c.txt", "1.3187"}, [2]string{"c.txt", "$1.36bn"}, false},
	})
}

// TestGroupMovedSum: a loan "of up to 200 mln dlrs" one day is "235 mln
// dlrs" a week later, in words that agree: one sum that moved. A sentence
// that names two debts, "the 13 billion dlr frozen debt" and "ten billion
// dlrs" more, states two figures, though ten rounds 13 at one digit.
func TestGroupMovedSum(t *testing.T) {
	articles := map[string]string{
		"a.txt": "MANILA, May 4 - Ruritania arranged new commercial bank financing of up to 200 mln dlrs to support its economic recovery programme, central bank governor Anna Soler said. " +
			"Exports rose 12 pct in the first quarter, the trade ministry said. " +
			"Besides the 13 billion dlr frozen debt, Ruritania also owes ten billion dlrs of trade debt.",
		"b.txt": "MANILA, May 11 - Ruritania's commercial bank advisory committee agreed to new bank financing of 235 mln dlrs for the economic recovery programme, central bank governor Anna Soler said. " +
			"Of the 13 billion dlr frozen debt, Ruritania owes most to trade creditors, the ministry said. " +
			"Some 40 banks attended the meeting in New York.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-05-04", "b.txt": "1987-05-11"})
	places := Group(claims, pub, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	sought, agreed := at("a.txt", "up to 200 mln dlrs"), at("b.txt", "235 mln dlrs")
	if places[sought].Group != places[agreed].Group {
		t.Errorf("financing of up to 200 mln dlrs, then 235 mln dlrs: apart")
	}
	frozen, trade := at("b.txt", "13 billion dlr"), at("a.txt", "ten billion dlrs")
	if places[frozen].Group == places[trade].Group {
		t.Errorf("the 13 billion dlr frozen debt and the ten billion dlrs owed besides it: one figure")
	}
}

// TestGroupAdjournedMeeting: a meeting set for June 4, then adjourned to
// June 30, is one date that moved: the later report supersedes the
// earlier. The record date for the meeting, in the same article as June
// 4, is another date.
func TestGroupAdjournedMeeting(t *testing.T) {
	articles := map[string]string{
		"a.txt": "MILWAUKEE, April 24 - Ostrava Tool Inc said it set June 4 as the date for a special meeting at which stockholders will vote on the sale of its subsidiary. " +
			"Ostrava Tool said May 4 has been set as the record date for the special meeting. The company has 1,200 workers.",
		"b.txt": "MILWAUKEE, June 18 - Ostrava Tool Inc said its reconvened stockholders meeting has been adjourned to June 30. " +
			"Novak Group holds 56 pct of Ostrava Tool.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-04-24", "b.txt": "1987-06-18"})
	places := Group(claims, pub, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	set, adjourned, record := at("a.txt", "June 4"), at("b.txt", "June 30"), at("a.txt", "May 4")
	if places[set].Group != places[adjourned].Group {
		t.Fatalf("the meeting set for June 4, adjourned to June 30: apart, want one date that moved")
	}
	if places[record].Group == places[set].Group {
		t.Errorf("the record date May 4 joined the meeting's date")
	}
	if s := places[set].Suggestion; s == nil || s.Verdict != factcheck.Superseded || *s.By != (factcheck.Ref{Doc: "b.txt", Start: claims[adjourned].Start}) {
		t.Errorf("June 4, then adjourned to June 30: suggestion %+v, want superseded by June 30", s)
	}
}

// TestGroupPastTermInOneArticle: an article that gives a decree's
// revised term, "six months", and the term the earlier decree "would have
// given", "only three months", gives one term that changed, though twice
// the other.
func TestGroupPastTermInOneArticle(t *testing.T) {
	articles := map[string]string{
		"a.txt": "HOUSTON, March 11 - The merger almost fell through when Ostrava balked at a proposed consent decree that would have given the companies only three months to find a buyer for the Reed drill bit business. " +
			"Ostrava's chairman said the revised terms of the agreement give the companies six months to find a buyer for the Reed drill bit business. " +
			"The strike at the Ostrava plant lasted two weeks. Sales rose 12 pct in the year. The company has 1,200 workers in Texas.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-11"})
	places := Group(claims, pub, nil)
	at := func(text string) int { return claimAt(t, claims, "a.txt", text, 0) }
	if was, now := at("three months"), at("six months"); places[was].Group != places[now].Group {
		t.Errorf("the term that would have been three months and the revised six months: apart")
	}
	if strike := at("two weeks"); places[strike].Group == places[at("six months")].Group {
		t.Errorf("the strike's two weeks joined the decree's term")
	}
}

// TestGroupTwoMeetings: Brazil's meeting with its banks in Miami on March
// 22, the next in New York on April 10 and the credit lines' deadline of
// March 31 are three dates of the story, not one date reported three ways:
// their sentences share too few rare words to be one, and no dispute is
// made between them.
func TestGroupTwoMeetings(t *testing.T) {
	claims, places := groupCorpusArticles(t, "reuters_08483.txt", "reuters_11761.txt", "reuters_09225.txt")
	miami, newYork := claimAt(t, claims, "reuters_08483.txt", "March 22", 0), claimAt(t, claims, "reuters_11761.txt", "April 10", 0)
	if places[miami].Group == places[newYork].Group {
		t.Errorf("the Miami meeting of March 22 and the New York meeting of April 10: one date")
	}
	if s := places[newYork].Suggestion; s != nil {
		t.Errorf("April 10's meeting: suggestion %+v, want none", s)
	}
}

// TestGroupEqualFiguresOfOneStory: the same figure in two reports of one
// story is one fact whatever their words ("more than 95% of UK homes and
// businesses", "more than 95% of the population"; "every 10 seconds" in
// both), but a count under ten, a rank, a table's row and an opinion of a
// bid's worth are not: "three directors" and "three plants" stay apart.
func TestGroupEqualFiguresOfOneStory(t *testing.T) {
	articles := map[string]string{
		"a.txt": "Ruritel said a person in Ruritania is joining the internet's fast lane every 10 seconds. " +
			"According to Ruritel, more than 95% of Ruritanian homes and businesses can receive broadband over the phone line. " +
			"Ruritel named three directors. The company offered 145 dlrs a share for Ostrava.",
		"b.txt": "Ruritel has announced that Ruritania gets a new connection every 10 seconds. " +
			"The firm's reach means more than 95% of the population could get a fast link, regardless of distance. " +
			"Ruritel closed three plants in Ostrava. An analyst said: \"I don't think it's worth 145 dlrs.\"",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "2004-12-20", "b.txt": "2004-12-29"})
	places := Group(claims, pub, nil)
	checkTogether(t, claims, places, []sameGroup{
		{[2]string{"a.txt", "10 seconds"}, [2]string{"b.txt", "10 seconds"}, true},
		{[2]string{"a.txt", "more than 95%"}, [2]string{"b.txt", "more than 95%"}, true},
		{[2]string{"a.txt", "three directors"}, [2]string{"b.txt", "three plants"}, false},
		{[2]string{"a.txt", "145 dlrs"}, [2]string{"b.txt", "145 dlrs"}, false},
	})
}

// TestGroupRequestedDeadline: Brazil's short-term credit lines expire on
// March 31; a report that Brazil "suggested ... an extension ... for 60
// days until May 31" gives a date asked for, not set, which supersedes no
// report of the deadline.
func TestGroupRequestedDeadline(t *testing.T) {
	claims, places := groupCorpusArticles(t, "reuters_08483.txt", "reuters_09969.txt", "reuters_12038.txt")
	for _, doc := range []string{"reuters_08483.txt", "reuters_09969.txt"} {
		if s := places[claimAt(t, claims, doc, "March 31", 0)].Suggestion; s != nil {
			t.Errorf("%s: the deadline of March 31: suggestion %+v (by %+v), want none", doc, s, s.By)
		}
	}
}

// TestGroupRetoldPassage: a paragraph on the year's legal downloads that
// three BBC reports of three stories (the charts, Apple, file-sharing
// cases) took from one source gives one "200 million tracks" and one "12
// months", though the articles share no names.
func TestGroupRetoldPassage(t *testing.T) {
	claims, places := groupCorpusArticles(t, "entertainment_103.txt", "tech_332.txt", "tech_391.txt")
	checkTogether(t, claims, places, []sameGroup{
		{[2]string{"entertainment_103.txt", "200 million track"}, [2]string{"tech_332.txt", "200 million tracks"}, true},
		{[2]string{"tech_332.txt", "200 million tracks"}, [2]string{"tech_391.txt", "200 million tracks"}, true},
		{[2]string{"entertainment_103.txt", "12 months"}, [2]string{"tech_391.txt", "12 months"}, true},
	})
}

// TestGroupImprovementOver: "an improvement over" a figure states a
// change in one sentence: the newer supersedes the older said elsewhere.
func TestGroupImprovementOver(t *testing.T) {
	articles := map[string]string{
		"a.txt": "DALLAS, March 5 - Comstock Network Inc said it agreed to merge with a Welsh Carson affiliate for 15 dlrs a share in cash.",
		"b.txt": "DALLAS, March 24 - Comstock Network Inc said the 16.50 dlr cash alternative is an improvement over the 15.00 dlr per share price agreed with Welsh Carson.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-05", "b.txt": "1987-03-24"})
	places := Group(claims, pub, nil)
	first, newer, older := claimAt(t, claims, "a.txt", "15 dlrs", 0), claimAt(t, claims, "b.txt", "16.50 dlr", 0), claimAt(t, claims, "b.txt", "15.00 dlr", 0)
	if places[newer].Group != places[older].Group || places[first].Group != places[newer].Group {
		t.Fatalf("15 dlrs, then 16.50 dlrs an improvement over 15.00: apart, want one price that moved")
	}
	if s := places[first].Suggestion; s == nil || s.Verdict != factcheck.Superseded || *s.By != (factcheck.Ref{Doc: "b.txt", Start: claims[newer].Start}) {
		t.Errorf("15 dlrs on March 5: suggestion %+v, want superseded by 16.50 dlrs", s)
	}
}

// TestGroupBoundThenFigure: a price said first as a lower bound ("in excess
// of 600 mln dlrs") and then as the figure above it (630 mln dlrs) is one
// price, the figure superseding the bound; a cap ("up to 51 pct") and a
// stake under it stay apart.
func TestGroupBoundThenFigure(t *testing.T) {
	articles := map[string]string{
		"a.txt": "NEW YORK, March 24 - Acme Corp said it agreed to sell its European milling business to Ruritania's Ferro group for a price in excess of 600 mln dlrs. " +
			"The sale is expected to close in September. Acme's profits fell in 1986, its chairman said. " +
			"Ferro may buy up to 51 pct of Acme's shares, it said.",
		"b.txt": "BRUSSELS, March 25 - Ferro said it will pay 630 mln dlrs for the European milling business of Acme Corp. " +
			"The group's sugar unit will absorb the plants. Its chairman told reporters the debt would be cut. " +
			"Ferro holds 47 pct of Acme's shares, it said.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-24", "b.txt": "1987-03-25"})
	places := Group(claims, pub, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	bound, price := at("a.txt", "in excess of 600 mln dlrs"), at("b.txt", "630 mln dlrs")
	if places[bound].Group != places[price].Group {
		t.Fatalf("a price in excess of 600 mln dlrs, then 630 mln dlrs: apart")
	}
	if s := places[bound].Suggestion; s == nil || s.Verdict != factcheck.Superseded {
		t.Errorf("in excess of 600 mln dlrs, then 630 mln dlrs: suggested %+v, want superseded", s)
	}
	if cap, stake := at("a.txt", "up to 51 pct"), at("b.txt", "47 pct"); places[cap].Group == places[stake].Group {
		t.Errorf("up to 51 pct and a stake of 47 pct: one figure")
	}
}

// TestGroupMovedMeasure: one season's crop said in two reports a little
// apart ("last year's 7.35 mln tonnes", "last year's crop of 7.3 mln
// tonnes") is one figure, a crop and a harvest one word; exports "up
// from 725,000 a year earlier" are another period's, no change of the
// 733,000.
func TestGroupMovedMeasure(t *testing.T) {
	articles := map[string]string{
		"a.txt": "LONDON, March 13 - Ruritania's sugar harvest may be at least as large as last year's 7.35 mln tonnes, trade house Czarnikow said. " +
			"Exports in January totalled 733,000 tonnes raw value, up from 725,000 a year earlier, the figures showed. " +
			"The government plans a new port in the north, officials said. Dockers went on strike for three days. " +
			"The central bank left interest rates at 9 pct. Tourism grew 4 pct, the ministry said.",
		"b.txt": "LONDON, April 3 - Traders expect Ruritania's sugar crop may not be as large as last year's 7.3 mln tonnes, a Czarnikow report said. " +
			"Rains delayed the cutting of cane in the east, it said. " +
			"Brokers said prices were steady in quiet trade. Freight rates rose 2 pct on the Baltic exchange. " +
			"The finance minister held talks in Paris for two days. Coffee exports slowed by 5 pct in the quarter.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-13", "b.txt": "1987-04-03"})
	places := Group(claims, pub, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	if a, b := at("a.txt", "7.35 mln tonnes"), at("b.txt", "7.3 mln tonnes"); places[a].Group != places[b].Group {
		t.Errorf("last year's harvest of 7.35 mln tonnes and last year's crop of 7.3 mln: apart")
	}
	if now, before := at("a.txt", "733,000 tonnes"), at("a.txt", "725,000"); places[now].Group == places[before].Group {
		t.Errorf("January's exports of 733,000 tonnes and a year earlier's 725,000: one figure")
	}
}

// TestGroupForecastFromReport: a forecast that grows "up from" the figure
// reported ("will sell 26 billion dlrs worth of goods in 1987, up from 23.8
// billion dlrs in sales") is no change of that figure: the report's sales
// and the forecast stay apart, and the sales of another report join the
// report's.
func TestGroupForecastFromReport(t *testing.T) {
	articles := map[string]string{
		"a.txt": "TROY, Mich., March 13 - Acme Corp will sell 26 billion dlrs worth of goods in 1987, up from 23.8 billion dlrs in sales in 1986, its chairman predicted. " +
			"The company plans to open 200 new stores, he said.",
		"b.txt": "TROY, Mich., March 12 - Acme Corp said sales for the 1986 fiscal year reached a record 23.8 billion dlrs. " +
			"Net income rose to 582 mln dlrs, the company said.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-13", "b.txt": "1987-03-12"})
	places := Group(claims, pub, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	forecast, sales := at("a.txt", "26 billion"), at("a.txt", "23.8 billion")
	if places[forecast].Group == places[sales].Group {
		t.Errorf("a forecast of 26 billion dlrs for 1987 and the 23.8 billion it grows from: one figure")
	}
	if places[sales].Suggestion != nil {
		t.Errorf("the 23.8 billion of sales reported: suggestion %+v", places[sales].Suggestion)
	}
}

// TestGroupForecastAndReport: economists' forecast that Taiwan's reserves
// "will hit 60 billion U.S. Dlrs by the end of 1987" (March) and the
// reserves of "about 60 billion U.S. Dlrs" reported in June are two facts
// of one value.
func TestGroupForecastAndReport(t *testing.T) {
	claims, places := groupCorpusArticles(t, "reuters_01940.txt", "reuters_18461.txt")
	forecast, june := claimAt(t, claims, "reuters_01940.txt", "60 billion", 0), claimAt(t, claims, "reuters_18461.txt", "about 60 billion", 0)
	if places[forecast].Group == places[june].Group {
		t.Errorf("a forecast of 60 billion dlrs by the end of 1987 and about 60 billion held in June: one fact")
	}
}

// TestGroupPermittedChange: filings "to permit Henley to increase its
// investment in Sante Fe to 24.9 pct of the outstanding common stock from
// 5.03 pct" allow a cap; the stake held is another figure.
func TestGroupPermittedChange(t *testing.T) {
	claims, places := groupCorpusArticles(t, "reuters_21046.txt")
	cap, held := claimAt(t, claims, "reuters_21046.txt", "24.9", 0), claimAt(t, claims, "reuters_21046.txt", "5.03 pct", 0)
	if places[cap].Group == places[held].Group {
		t.Errorf("a permitted 24.9 pct and the 5.03 pct held: one figure")
	}
}

// TestValuesAgreeLooseFiguresOfOneArticle: "about 19.8 mln shares were
// tendered" and "the roughly 20 mln shares" of one article are two
// figures, though one rounds the other; a 20 mln of another article
// joined to the second does not take in the first.
func TestValuesAgreeLooseFiguresOfOneArticle(t *testing.T) {
	s1 := "Banner said its offer for all of the roughly 20 mln shares of Rexnord was completed, and about 19.8 mln Rexnord shares were tendered."
	s2 := "Banner said 19.8 mln of the outstanding 20 mln shares were tendered."
	claims := []factcheck.Claim{
		claimIn("a.txt", s1, "roughly 20 mln shares", factcheck.Count, 20e6, factcheck.Approx, "shares"),
		claimIn("a.txt", s1, "about 19.8 mln Rexnord shares", factcheck.Count, 19.8e6, factcheck.Approx, "Rexnord shares"),
		claimIn("b.txt", s2, "20 mln shares", factcheck.Count, 20e6, factcheck.Exact, "shares"),
	}
	g := newGrouper(claims, nil, nil)
	g.union(0, 2)
	if g.valuesAgree(1, 2) {
		t.Errorf("about 19.8 mln beside roughly 20 mln in one article: agree with the 20 mln of another")
	}
	if !g.valuesAgree(2, 0) {
		t.Errorf("roughly 20 mln and 20 mln: disagree")
	}
}

// TestGroupTradePartner: Taiwan's "trade surplus with the U.S." of 13.6
// billion dlrs and its "trade surplus, which hit 15.6 billion dlrs" in all
// are two figures, whatever their words share.
func TestGroupTradePartner(t *testing.T) {
	claims, places := groupCorpusArticles(t, "reuters_01940.txt", "reuters_04093.txt", "reuters_05841.txt", "reuters_10606.txt", "reuters_11214.txt")
	withUS, total := claimAt(t, claims, "reuters_04093.txt", "13.6 billion", 0), claimAt(t, claims, "reuters_10606.txt", "15.6 billion", 0)
	if places[withUS].Group == places[total].Group {
		t.Errorf("the surplus with the U.S. and the surplus in all: one figure")
	}
}

// TestGroupForeseenRevised: "Banner said it will own about 97 pct of
// Rexnord's shares" on a preliminary count, then "will own approximately
// 96 pct" once the count was done: two statements of what will be, the
// later revising the earlier, compared with each other as reports are.
func TestGroupForeseenRevised(t *testing.T) {
	claims, places := groupCorpusArticles(t, "reuters_00547.txt", "reuters_00657.txt", "reuters_01798.txt", "reuters_01847.txt", "reuters_03790.txt", "reuters_07247.txt", "reuters_09289.txt", "reuters_11257.txt")
	early, late := claimAt(t, claims, "reuters_00657.txt", "about 97 pct", 0), claimAt(t, claims, "reuters_01798.txt", "approximately 96 pct", 0)
	if places[early].Group != places[late].Group {
		t.Errorf("will own about 97 pct, then will own approximately 96 pct: apart")
	}
}

// TestGroupMovedRange: a crop forecast given as a range and cut week by
// week ("2.3 to 2.6 mln tonnes" of sunflowerseed on March 11, "2.1 mln to
// 2.3 mln tonnes" on April 8) is one figure that moved, as single values
// are.
func TestGroupMovedRange(t *testing.T) {
	claims, places := groupCorpusArticles(t, "reuters_03981.txt", "reuters_09521.txt", "reuters_12160.txt", "reuters_15043.txt")
	march, april := claimAt(t, claims, "reuters_03981.txt", "2.3 to 2.6 mln tonnes", 0), claimAt(t, claims, "reuters_15043.txt", "2.1 mln to 2.3 mln tonnes", 0)
	if places[march].Group != places[april].Group {
		t.Errorf("a forecast of 2.3 to 2.6 mln tonnes cut to 2.1 to 2.3 mln: apart")
	}
}

// TestGroupSharesOfThePast: a block of shares that grew from 33 mln to
// 38.1 mln over a story (the sequestered San Miguel shares, March to
// April 1987) is one figure that moved, whose older size later reports
// give of its time: "The PCGG's sequestration last year of 33 mln
// shares", "in a bid in March 1986 for 33 mln shares". Those are no
// revert to the older size: the size of March 2 is superseded, as is the
// older figure of a change ("made by SMC for 33 mln shares, which grew to
// 38 mln"), and none is disputed.
func TestGroupSharesOfThePast(t *testing.T) {
	claims, places := groupCorpusArticles(t, "reuters_00316.txt", "reuters_06340.txt", "reuters_08091.txt", "reuters_12443.txt", "reuters_14888.txt", "reuters_14921.txt")
	at := func(doc, text string, nth int) int { return claimAt(t, claims, doc, text, nth) }
	march := at("reuters_00316.txt", "33 mln shares", 0)
	if s := places[march].Suggestion; s == nil || s.Verdict != factcheck.Superseded {
		t.Errorf("33 mln shares on March 2, 38.1 mln from March 18: suggestion %+v, want superseded", s)
	}
	if i := at("reuters_12443.txt", "33 mln shares", 0); places[i].Suggestion != nil {
		t.Errorf("%q, a past figure: suggestion %+v, want none", claims[i].Sentence, places[i].Suggestion)
	}
	grew, grown := at("reuters_12443.txt", "33 mln shares", 1), at("reuters_12443.txt", "38 mln", 0)
	if s := places[grew].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By.Start != claims[grown].Start {
		t.Errorf("%q: suggestion %+v, want superseded by the 38 mln", claims[grew].Sentence, s)
	}
	for i, p := range places {
		if s := p.Suggestion; s != nil && s.Verdict == factcheck.Disputed && claims[i].Kind == factcheck.Count && claims[i].Value.Num >= 33e6 && claims[i].Value.Num <= 38.1e6 {
			t.Errorf("%s:%d %q: disputed, a size of its time", claims[i].Doc, claims[i].Start, claims[i].Text)
		}
	}
}

// TestGroupManyValuesNoDispute: the terms of Jamaica's reschedulings
// (the Paris Club's debt over 10 years, the banks' over 12 with a grace
// of 8-1/2 years, arrears over six years) join as one length that moved
// through a story whose articles share only a dateline's place; reports
// that give four values are no dispute of one another.
func TestGroupManyValuesNoDispute(t *testing.T) {
	claims, places := groupCorpusArticles(t, "reuters_01230.txt", "reuters_01255.txt", "reuters_01565.txt", "reuters_02817.txt", "reuters_03539.txt", "reuters_04010.txt", "reuters_04179.txt")
	for i, p := range places {
		if s := p.Suggestion; s != nil && s.Verdict == factcheck.Disputed && claims[i].Kind == factcheck.Duration {
			t.Errorf("%s:%d %q: disputed", claims[i].Doc, claims[i].Start, claims[i].Text)
		}
	}
}

// TestGroupStakeBuiltUp: a holder's stake that grew between two reports
// ("owns 5.1 pct of Acme Mills' outstanding shares", a week later "holds a
// 6.2 pct stake in Acme Mills") is one figure that moved, though the two
// sentences share fewer words than two moved percentages of another kind
// must.
func TestGroupStakeBuiltUp(t *testing.T) {
	articles := map[string]string{
		"a.txt": "NEW YORK, March 5 - Granite Holdings said it now owns 5.1 pct of Acme Mills' outstanding shares.\nAcme Mills has 120 stores and 4,000 workers.",
		"b.txt": "NEW YORK, March 12 - Granite Holdings disclosed it holds a 6.2 pct stake in Acme Mills common stock.\nAcme Mills shares rose 2 pct to 31 dlrs.",
		"c.txt": "NEW YORK, March 13 - Acme Mills sales rose 8 pct to 400 mln dlrs, Acme Mills said.\nAcme Mills opened 12 stores.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "2005-03-05", "b.txt": "2005-03-12", "c.txt": "2005-03-13"})
	places := Group(claims, pub, nil)
	early, late := claimAt(t, claims, "a.txt", "5.1 pct", 0), claimAt(t, claims, "b.txt", "6.2 pct", 0)
	if places[early].Group != places[late].Group {
		t.Errorf("owns 5.1 pct, then holds a 6.2 pct stake: apart")
	}
	if s := places[early].Suggestion; s == nil || s.Verdict != factcheck.Superseded {
		t.Errorf("5.1 pct on March 5, 6.2 pct on March 12: suggestion %+v, want superseded", s)
	}
}

// TestGroupCorrectedReport: a report corrected the same day in the same
// words ("may downgrade Crazy Eddie Inc's 65 mln dlrs of B-1 convertible
// subordinated debentures", then "81 mln dlrs") gives one fact twice;
// the two are one group, while a figure of another place in the sentence
// stays apart.
func TestGroupCorrectedReport(t *testing.T) {
	claims, places := groupCorpusArticles(t, "reuters_18947.txt", "reuters_18958.txt")
	first, corrected := claimAt(t, claims, "reuters_18947.txt", "65 mln dlrs", 0), claimAt(t, claims, "reuters_18958.txt", "81 mln dlrs", 0)
	if places[first].Group != places[corrected].Group {
		t.Errorf("65 mln dlrs of debentures, corrected to 81 mln dlrs the same day: apart")
	}
}

// TestGroupRoundingAcrossAFigure: "85 cents" rounds "84.9 U.S. cts"
// though the two lie either side of a rounding to one figure (0.8 and
// 0.9): one duty on US corn in two wire stories.
func TestGroupRoundingAcrossAFigure(t *testing.T) {
	claims, places := groupCorpusArticles(t, "reuters_02617.txt", "reuters_06585.txt", "reuters_09989.txt")
	a, b := claimAt(t, claims, "reuters_02617.txt", "84.9", 0), claimAt(t, claims, "reuters_06585.txt", "85", 0)
	if places[a].Group != places[b].Group {
		t.Errorf("a duty of 84.9 cents and of 85 cents a bushel: apart")
	}
}

// TestGroupQuartersApart: a quarter's sum and another quarter's of a near
// value, said in sentences whose words agree, are two figures, not one
// revised: over the seven wire stories of BHP's nine-month results (a
// story batch of testdata/groups), "Third quarter net fell to 206.0 mln
// dlrs from ... and 220.3 mln in the second quarter" and the analysts'
// "220.3 mln in the second quarter" the day before.
func TestGroupQuartersApart(t *testing.T) {
	goldOf := map[string]string{}
	for _, doc := range []string{"05203", "05578", "08126", "09736", "10284", "10292", "16109"} {
		goldOf["reuters_"+doc+".txt:0"] = doc
	}
	claims, pub, names := parseCorpusDocs(t, goldOf)
	places := Group(claims, pub, names)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	if third, second := at("reuters_10292.txt", "206.0 mln dlrs"), at("reuters_09736.txt", "220.3 mln"); places[third].Group == places[second].Group {
		t.Errorf("the third quarter's 206.0 mln and the second's 220.3 mln: one figure")
	}
	if a, b := at("reuters_09736.txt", "220.3 mln"), at("reuters_10292.txt", "220.3 mln"); places[a].Group != places[b].Group {
		t.Errorf("the second quarter's 220.3 mln in two reports: apart")
	}
}

// TestGroupQuartersByTheirMonths: a quarter named by its months
// ("October/December") or as the one before another ("the previous three
// months") dates its figures, and figures of two quarters stay apart,
// though a figure of no quarter stands between them.
func TestGroupQuartersByTheirMonths(t *testing.T) {
	articles := map[string]string{
		"a.txt": "JAPAN GNP RISES 0.8 PCT\n    TOKYO, March 17 - Japan's gross national product rose 0.8 pct in the October/December quarter " +
			"after an upwardly revised 0.7 pct increase the previous three months, the agency said.\n" +
			"    The rise in the July/September quarter had originally been put at 0.6 pct.\n",
		"b.txt": "JAPAN GNP RISES 1.2 PCT\n    TOKYO, June 16 - Japan's gross national product rose 1.2 pct in the January/March quarter " +
			"after a downwardly revised 0.7 pct increase in the previous three months, the agency said.\n" +
			"    Japan's domestic demand rose 0.6 pct in October/December, the agency said.\n",
		"c.txt": "JAPAN GNP SEEN UP\n    TOKYO, March 10 - Economists said Japan's gross national product probably rose 0.7 pct, the agency said.\n",
	}
	claims, pub := parseArticles(t, articles, nil)
	places := Group(claims, pub, nil)
	checkTogether(t, claims, places, []sameGroup{
		{[2]string{"a.txt", "0.7 pct"}, [2]string{"b.txt", "0.7 pct"}, false}, // July/September's and October/December's
		{[2]string{"a.txt", "0.6 pct"}, [2]string{"b.txt", "0.6 pct"}, false},
	})
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	for _, q := range []struct{ doc, text, quarter string }{
		{"a.txt", "0.8 pct", "fourth"}, {"a.txt", "0.7 pct", "third"}, {"a.txt", "0.6 pct", "third"},
		{"b.txt", "1.2 pct", "first"}, {"b.txt", "0.7 pct", "fourth"}, {"b.txt", "0.6 pct", "fourth"}, {"c.txt", "0.7 pct", ""},
	} {
		if got := quarterOf(&claims[at(q.doc, q.text)]); got != q.quarter {
			t.Errorf("%s %q: quarter %q, want %q", q.doc, q.text, got, q.quarter)
		}
	}
}

// TestQuarterOfHalvesAndElisions: a half of a year dates its figures as a
// quarter does ("for first half 1987", "a July-December output ceiling"),
// and so does a quarter whose noun a list leaves unsaid ("18.3 mln for the
// fourth as provisionally agreed").
func TestQuarterOfHalvesAndElisions(t *testing.T) {
	articles := map[string]string{
		"a.txt": "VIENNA, June 2 - The pact set a production ceiling for first half 1987 of 15.8 mln bpd. " +
			"It may be raised to 16.6 mln bpd for the third quarter and 18.3 mln for the fourth as provisionally agreed. " +
			"Ministers fixed a July-December output ceiling of 17.1 mln barrels per day.",
	}
	claims, _ := parseArticles(t, articles, nil)
	at := func(text string) int { return claimAt(t, claims, "a.txt", text, 0) }
	for _, q := range []struct{ text, quarter string }{
		{"15.8 mln bpd", "first half"}, {"16.6 mln bpd", "third"}, {"18.3 mln", "fourth"}, {"17.1 mln barrels per day", "second half"},
	} {
		if got := quarterOf(&claims[at(q.text)]); got != q.quarter {
			t.Errorf("%q: period %q, want %q", q.text, got, q.quarter)
		}
	}
}

// TestGroupFlowsByTheirMonths: a monthly statistic's flows said of two
// months ("in January", "in February", "In February 1986 the current
// account had shown") are two facts, however alike their words, where the
// same month's figure in two reports is one.
func TestGroupFlowsByTheirMonths(t *testing.T) {
	articles := map[string]string{
		"a.txt": "GERMAN CURRENT ACCOUNT DATA DUE\n    WIESBADEN, March 26 - The office will publish February's figures today.\n    In January the current account surplus provisionally narrowed to 4.9 billion marks.\n" +
			"    In February 1986 the current account had shown a 6.85 billion mark surplus.\n",
		"b.txt": "GERMAN CURRENT ACCOUNT SURPLUS WIDENS\n    WIESBADEN, March 27 - West Germany's current account surplus widened to a provisional 6.6 billion marks " +
			"in February.\n    The surplus was 4.9 billion in January, the office said.\n",
	}
	claims, pub := parseArticles(t, articles, nil)
	names := map[string][]string{}
	for doc, text := range articles {
		names[doc] = NamesOfText(text)
	}
	places := Group(claims, pub, names)
	checkTogether(t, claims, places, []sameGroup{
		{[2]string{"a.txt", "4.9 billion marks"}, [2]string{"b.txt", "4.9 billion"}, true},        // January's in two reports
		{[2]string{"a.txt", "4.9 billion marks"}, [2]string{"b.txt", "6.6 billion marks"}, false}, // January's and February's
		{[2]string{"a.txt", "6.85 billion mark"}, [2]string{"b.txt", "6.6 billion marks"}, false}, // February 1986's and 1987's
	})
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	for _, m := range []struct{ doc, text, month string }{
		{"a.txt", "4.9 billion marks", "january"}, {"a.txt", "6.85 billion mark", "february 1986"},
		{"b.txt", "6.6 billion marks", "february"}, {"b.txt", "4.9 billion", "january"},
	} {
		if got := figureMonth(&claims[at(m.doc, m.text)]); got != m.month {
			t.Errorf("%s %q: month %q, want %q", m.doc, m.text, got, m.month)
		}
	}
	moves, _ := parseArticles(t, map[string]string{"c.txt": "TOKYO, April 27 - Output rose 0.7 pct in March after a 0.5 pct fall in February; the jobless rate was 2.9 pct in March."}, nil)
	for _, m := range []struct {
		text string
		want bool
	}{{"0.7 pct", true}, {"0.5 pct", true}, {"2.9 pct", false}} {
		if got := monthsChange(&moves[claimAt(t, moves, "c.txt", m.text, 0)]); got != m.want {
			t.Errorf("%q: a month's change %v, want %v", m.text, got, m.want)
		}
	}
	subjects, _ := parseArticles(t, map[string]string{"d.txt": "TOKYO, March 16 - The revised adjusted January index was down 0.5 pct from December when it rose 3.6 pct."}, nil)
	for _, m := range []struct{ text, want string }{{"0.5 pct", "january"}, {"3.6 pct", ""}} {
		if got := monthOfSubject(&subjects[claimAt(t, subjects, "d.txt", m.text, 0)]); got != m.want {
			t.Errorf("%q: the month of its subject %q, want %q", m.text, got, m.want)
		}
	}
	for _, m := range []struct {
		words, pub string
		latest     int
		want       string
	}{
		{"december", "2005-01-07", 2005, "2004-12"}, {"june", "2005-01-07", 2005, "2005-06"}, {"february 1986", "--03-26", 1987, "1986-02"},
		{"february 1987", "--03-26", 1987, "--02"}, {"february", "--03-26", 0, "--02"}, {"last", "--03-26", 0, ""},
	} {
		pub, _ := calendar.ParseDay(m.pub)
		if got := monthPeriod(m.words, pub, m.latest); got != m.want {
			t.Errorf("monthPeriod(%q, %s, %d) = %q, want %q", m.words, m.pub, m.latest, got, m.want)
		}
	}
}

// TestGroupSharePricesByCompany: a London wire's share prices in pence
// are prices ("Tesco was one penny easier at 479p"), each of the company
// named before it, and the prices of two companies are two figures,
// however near their values.
func TestGroupSharePricesByCompany(t *testing.T) {
	head := "TESCO BID FOR HILLARDS\n    LONDON, March 30 - Tesco is making a 151 mln stg bid for Hillards.\n"
	articles := map[string]string{
		"a.txt": head + "    Hillards shares at 0900 GMT were quoted one penny firmer at 317p while Tesco was one penny easier at 479p.\n",
		"b.txt": head + "    Hillards shares were unchanged at 313p while Tesco was two pence firmer at 475p.\n",
		"c.txt": head + "    Tesco shares closed at 318p and Hillards closed at 312p.\n",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-30", "b.txt": "1987-04-07", "c.txt": "1987-04-08"})
	places := Group(claims, pub, nil)
	checkTogether(t, claims, places, []sameGroup{
		{[2]string{"a.txt", "317p"}, [2]string{"b.txt", "313p"}, true},
		{[2]string{"a.txt", "479p"}, [2]string{"b.txt", "475p"}, true},
		{[2]string{"a.txt", "317p"}, [2]string{"c.txt", "318p"}, false}, // Hillards' and Tesco's
	})
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	for _, s := range []struct{ doc, text, stock string }{
		{"a.txt", "317p", "hillards"}, {"a.txt", "479p", "tesco"}, {"c.txt", "318p", "tesco"}, {"c.txt", "312p", "hillards"},
	} {
		if got := stockOf(&claims[at(s.doc, s.text)]); got != s.stock {
			t.Errorf("%s %q: stock %q, want %q", s.doc, s.text, got, s.stock)
		}
	}
}
