package group

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Frames: what a sum of money is the price of, or the award of, read from
// the words that govern it. In a story of a takeover, "offered 41.75 dlrs a share" is the
// bid and "shares gain one to 42-1/8" the market's price of the stock: two
// facts, however near their values. Sums of one frame in one story are one
// fact whose value may move between its reports: the bid "worth 1.62
// billion dlrs" on March 11 is the "1.73 billion dlr bid" of April 3, and
// the stock "trading at 34-1/4" before the bid is the one that gained "to
// 42-1/8" after it. A sum in a supposition ("could raise their bid to 46
// dlrs", "if ...") reports nothing and has no frame.

// The frames of sums of money.
const (
	frameBid      = "bid"      // what a buyer offers: an offer, a tender, a takeover's value
	framePrice    = "price"    // what a stock trades at
	frameJudgment = "judgment" // what a court awards or a suit claims: "a 9.13 billion dlr judgment"
	// what a commodity trades at, the commodity after a space: "commodity
	// crude" of "US light crude rose $1.64 to $47.10" (see commodityPrice)
	frameCommodity = "commodity"
	// what one currency trades at in another, the pair's codes after a
	// space in order: "rate EUR USD" of "the dollar slid to a record
	// $1.3666 versus the euro" (see exchangeRate)
	frameRate = "rate"
)

// judgmentWords name what a court awards, or the suit over it, just after
// the sum: "the 10.2 billion dlr jury judgment", "its 11.0 billion dlr
// ongoing litigation", "their 10.3 billion dlrs dispute".
var judgmentWords = map[string]bool{
	"judgment": true, "judgement": true, "award": true, "damages": true, "verdict": true, "suit": true,
	"lawsuit": true, "litigation": true, "dispute": true, "battle": true, "fine": true, "penalty": true,
}

// judgmentReach is how many words after a sum frameOf reads its judgment word.
const judgmentReach = 3

// bidWords name an offer or what it is worth.
var bidWords = map[string]bool{
	"offer": true, "offers": true, "offered": true, "bid": true, "bids": true, "tender": true, "proposal": true,
	"proposed": true, "acquire": true, "acquisition": true, "takeover": true, "buyout": true, "merger": true,
	"worth": true, "valued": true, "value": true,
}

// tradeWords say that a stock traded, or moved, at a price.
var tradeWords = map[string]bool{
	"trading": true, "traded": true, "trades": true, "closed": true, "opened": true, "gained": true, "gain": true,
	"gains": true, "rose": true, "fell": true, "dropped": true, "eased": true, "slipped": true, "climbed": true,
	"jumped": true, "firmed": true, "unchanged": true, "quoted": true, "firmer": true, "easier": true,
}

// offWords say that a stock moved, after a company's name and a verb:
// "was off 3/8", "closed up 5-3/8", "UAL stock today was up three at 63".
var offWords = map[string]bool{"off": true, "up": true, "down": true, "advanced": true, "declined": true, "lost": true,
	"shed": true, "improved": true, "slipped": true}

// inEighths reports whether s writes a fraction in halves, quarters,
// eighths or 16ths, as a share's price in a wire's report: "49-1/8",
// "3/8".
func inEighths(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] != '/' || s[i-1] < '0' || s[i-1] > '9' {
			continue
		}
		j := i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		switch s[i+1 : j] {
		case "2", "4", "8", "16":
			return true
		}
	}
	return false
}

// marketQuote reports whether the sum i is a price a market report gives
// with its move in eighths ("Pay N' Pak fell 1-1/2 to 19"): a quote,
// never the bid of the same value.
func (g *grouper) marketQuote(i int) bool {
	c := &g.claims[i]
	rel := c.Start - c.SentenceStart
	return g.feats[i].frame == framePrice && rel >= 0 && rel <= len(c.Sentence) && inEighths(moveBefore(c.Sentence[max(0, rel-40):rel]))
}

// moveBefore returns the figure of a move that the text before a price
// ends in, "3/8" of "TWA was off 3/8 to ", or "".
func moveBefore(s string) string {
	s = strings.TrimRight(s, " \n")
	for _, w := range []string{" to close at", " at", " to"} {
		if t, ok := strings.CutSuffix(s, w); ok {
			f := strings.Fields(t)
			if len(f) == 0 {
				return ""
			}
			return f[len(f)-1]
		}
	}
	return ""
}

// dividendWords name what a company pays its holders, no bid for it.
var dividendWords = map[string]bool{"dividend": true, "dividends": true, "payout": true, "distribution": true}

// dividendNearer reports whether a word of dividendWords stands nearer a
// sum than its bid word, bid words away: before it (before, its
// sentence's words up to it) or after it.
func dividendNearer(before, after []string, bid int) bool {
	for d := 0; d < len(before) && d < bid; d++ {
		if dividendWords[before[len(before)-1-d]] {
			return true
		}
	}
	for d := 0; d < len(after) && d+1 < bid; d++ {
		if dividendWords[after[d]] {
			return true
		}
	}
	return false
}

// stockWords name what trades.
var stockWords = map[string]bool{"shares": true, "stock": true, "stocks": true}

// supposeWords, just before a sum, make it a supposition or an opinion.
var supposeWords = map[string]bool{"could": true, "might": true, "may": true, "if": true, "think": true,
	"thinks": true, "believe": true, "believes": true, "doubt": true}

// Spans, in words, within which frameOf reads its cues.
const (
	bidReach   = 8 // a bid word before or after the sum
	tradeReach = 6 // a verb of trading before the price: "slipped 1/2 to close at 69-5/8"
	stockReach = 10
	// a supposition's word before the sum: "could raise their bid to 46 dlrs"
	supposeReach = 6
)

// inPence reports whether the sum c is written in pence, "479p", as a
// London wire prices a share: "Tesco was one penny easier at 479p".
func inPence(c *factcheck.Claim) bool {
	t := c.Text
	return c.Unit == "GBP" && len(t) > 1 && t[len(t)-1] == 'p' && t[len(t)-2] >= '0' && t[len(t)-2] <= '9'
}

// stockReachBack is how many words before a share's price stockOf reads
// the company's name.
const stockReachBack = 12

// stockOf returns the name, in lower case, of the company whose share's
// price the sum c is: the nearest name before it in its clause ("Hillards
// shares ... were quoted one penny firmer at 317p while Tesco was one penny
// easier at 479p" prices Hillards, then Tesco); "" when none stands there.
// A code of capitals ("GMT") and the words the lexicon holds ("Dlrs",
// "Friday") are no company's name.
func stockOf(c *factcheck.Claim) string {
	rel := c.Start - c.SentenceStart
	if rel < 0 || rel > len(c.Sentence) {
		return ""
	}
	fs := strings.Fields(c.Sentence[max(0, rel-120):rel])
	for d := 0; d < len(fs) && d < stockReachBack; d++ {
		f := fs[len(fs)-1-d]
		if strings.HasSuffix(f, ";") {
			return ""
		}
		w := strings.TrimSuffix(trimPunct(f), "'s")
		if isName(w) && !upperWord(w) && lexicon.Lookup(w) == 0 {
			return strings.ToLower(w)
		}
	}
	return ""
}

// stocksDiffer reports whether claims i and j are the prices of two
// companies' shares (stockOf).
func (g *grouper) stocksDiffer(i, j int) bool {
	if g.feats[i].frame != framePrice || g.feats[j].frame != framePrice {
		return false
	}
	a, b := stockOf(&g.claims[i]), stockOf(&g.claims[j])
	return a != "" && b != "" && a != b
}

// frameOf returns the frame of a sum of money c, or "".
func frameOf(c *factcheck.Claim) string {
	if c.Kind != factcheck.Money {
		return ""
	}
	rel, end := c.Start-c.SentenceStart, c.End-c.SentenceStart
	if rel < 0 || end > len(c.Sentence) || rel > end {
		return ""
	}
	// ten words lie well within 200 bytes either side, however long the sentence
	before, after := words(c.Sentence[max(0, rel-200):rel]), words(c.Sentence[end:min(len(c.Sentence), end+200)])
	if supposed(before) || appraised(before) || stakeBought(before) {
		return ""
	}
	if pair := exchangeRate(c.Unit, before, after); pair != "" {
		return frameRate + " " + pair
	}
	// a wire's market report names the company and no shares, in eighths
	// or pence: "USAir closed up 5-3/8 at 49-1/8", "TWA was off 3/8 to
	// 31-1/2", "Tesco was one penny easier at 479p"
	eighths := inEighths(c.Text) || inEighths(moveBefore(c.Sentence[max(0, rel-40):rel])) || inPence(c)
	trade, bid := -1, -1 // distance in words of the nearest cue
	for d := 0; d < len(before) && d < bidReach; d++ {
		w := before[len(before)-1-d]
		if trade < 0 && d < tradeReach && ((tradeWords[w] || offWords[w]) && stockBefore(before[:len(before)-1-d]) || eighths && (tradeWords[w] || offWords[w])) {
			trade = d
		}
		if bid < 0 && bidWords[w] {
			bid = d
		}
	}
	for d := 0; d < len(after) && d < bidReach && bid < 0; d++ {
		if bidWords[after[d]] {
			bid = d + 1
		}
	}
	if bid >= 0 && dividendNearer(before, after, bid) {
		bid = -1 // "a special dividend on common stock of 40 dlrs in cash and preferred stock with a market value of 10 dlrs": no bid
	}
	switch {
	case trade >= 0 && (bid < 0 || trade < bid):
		return framePrice
	case bid >= 0:
		return frameBid
	}
	if cm := commodityPrice(append(before, words(c.Text)...), after); cm != "" {
		return frameCommodity + " " + cm
	}
	for d := 0; d < len(after) && d < judgmentReach; d++ {
		if judgmentWords[after[d]] {
			return frameJudgment
		}
	}
	return ""
}

// marketPrice reports whether claim i is a price a market sets, a
// stock's, a commodity's or a currency's, which moves from day to day.
func (g *grouper) marketPrice(i int) bool {
	f := g.feats[i].frame
	return f == framePrice || strings.HasPrefix(f, frameCommodity+" ") || strings.HasPrefix(f, frameRate+" ")
}

// exchangeWords stand between a rate of exchange and the currency it is
// quoted against: "$1.3666 versus the euro", "141.60 per euro", "8.28 to
// the US dollar", "Against the yen the dollar was at $103.05".
var exchangeWords = map[string]bool{"per": true, "to": true, "against": true, "versus": true, "vs": true}

// buyWords, after a currency named as the subject of a rate, say what one
// unit of it fetched: "One dollar bought 102.55 yen".
var buyWords = map[string]bool{"bought": true, "buys": true, "buy": true, "fetched": true, "fetches": true}

// exchangeRate returns the pair of currencies, their codes in order and
// apart, of which a sum in currency unit is a rate of exchange, read from
// the words before and after it: the other currency after a rate word
// ("$1.3666 versus the euro", "1.3187 euros per US dollar"), before it
// ("Against the yen the dollar was trading down at $103.05"), or named
// as the subject that bought the sum ("One dollar bought 102.55 yen");
// "" when the sum is no rate.
func exchangeRate(unit string, before, after []string) string {
	if unit == "" {
		return ""
	}
	other := ""
	for d := 0; d < len(after) && d < 2 && other == ""; d++ {
		if exchangeWords[after[d]] {
			other = currencyAfter(after[d+1:])
		}
	}
	for d := 0; d < len(before) && d < 12 && other == ""; d++ {
		w := before[len(before)-1-d]
		if exchangeWords[w] && w != "to" && w != "per" {
			other = currencyAfter(before[len(before)-d:])
		}
		if buyWords[w] && d < 2 && len(before) > d+1 {
			other = currencyCode(before[len(before)-2-d])
		}
	}
	if other == "" || other == unit {
		return ""
	}
	return min(unit, other) + " " + max(unit, other)
}

// currencyAfter returns the code of the currency that ws open with, past
// "the", "one", "a" and "US": "the euro", "the U.S. dollar", "one US
// dollar"; not "the euro zone"; or "".
func currencyAfter(ws []string) string {
	k := 0
	for k < len(ws) && k < 3 && (ws[k] == "the" || ws[k] == "one" || ws[k] == "a" || ws[k] == "us" || ws[k] == "u" || ws[k] == "s") {
		k++
	}
	if k >= len(ws) || k+1 < len(ws) && (ws[k+1] == "zone" || ws[k+1] == "area" || ws[k+1] == "zone's") {
		return ""
	}
	return currencyCode(ws[k])
}

// currencyCode returns the ISO code of a currency's name, w in lower case
// ("euro", "yen", "dlrs"), or "".
func currencyCode(w string) string {
	if id := lexicon.Lookup(w); id != 0 {
		if e := lexicon.At(id); e.Cat&lexicon.Currency != 0 && e.Per == 1 && len(e.Unit) == 3 {
			return e.Unit
		}
	}
	return ""
}

// appraised reports whether the words before a sum, ws, make it an
// appraisal of a company's parts: "analysts had calculated breakup values
// for the company in the low 50 dlrs per share range" is no bid.
func appraised(ws []string) bool {
	for d := 0; d < len(ws) && d < bidReach; d++ {
		if w := ws[len(ws)-1-d]; w == "breakup" || w == "break-up" {
			return true
		}
	}
	return false
}

// stakeBought reports whether ws, the words before a sum, end in a stake
// built "at" it: "had built up a 9.8 pct stake in Pioneer at 2.54 dlrs a
// share", the price its holder paid, no bid however near one.
func stakeBought(ws []string) bool {
	if len(ws) == 0 || ws[len(ws)-1] != "at" {
		return false
	}
	for d := 1; d < len(ws) && d <= stakeReach; d++ {
		if w := ws[len(ws)-1-d]; w == "stake" || w == "holding" {
			return true
		}
	}
	return false
}

// stakeReach is how many words before "at" stakeBought reads for the stake.
const stakeReach = 4

// commodityWords name what a market prices by the barrel, ounce or
// tonne, and the commodity they stand for: "US light crude", "Brent
// crude", "gold"; "oil" only before "prices" or "futures".
var commodityWords = map[string]string{"crude": "crude", "brent": "brent", "gold": "gold",
	"silver": "silver", "copper": "copper", "platinum": "platinum"}

// commodityPrice returns the commodity whose price a sum states, read from
// the words before it and its own ("above $50": before) and those after
// it (after): a commodity's word and a verb of trading among the words
// before it, and no "to" and a figure after it ("lost more than $2 to
// $43.25": the $2 is a move, no price); "" when none. Brent is Brent
// wherever "crude" stands.
func commodityPrice(before, after []string) string {
	if len(after) > 1 && after[0] == "to" && strings.IndexFunc(after[1], func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 {
		return ""
	}
	found, traded := "", false
	for d := 0; d < len(before) && d < commodityReach; d++ {
		w := before[len(before)-1-d]
		if cm := commodityWords[w]; cm != "" && (found == "" || cm == "brent") {
			found = cm
		}
		if w == "oil" && found == "" && d > 0 && (before[len(before)-d] == "prices" || before[len(before)-d] == "futures") {
			found = "crude" // "oil prices rose to $50", but not an oil company's sale
		}
		traded = traded || tradeWords[w] || offWords[w] || priceWords[w]
	}
	if !traded {
		return ""
	}
	return found
}

// commodityReach is how many words before a sum commodityPrice reads:
// "crude futures jumped to $53.09 a barrel in New York before closing at
// $53.03".
const commodityReach = 16

// priceWords, besides tradeWords, say where a commodity's price stands or
// went: "surged back above the $47 a barrel mark", "lost more than $2 to
// $43.25".
var priceWords = map[string]bool{"at": true, "to": true, "lost": true, "added": true, "adding": true, "above": true,
	"below": true, "hit": true, "reached": true, "topped": true, "topping": true, "surged": true, "surge": true,
	"soared": true, "plunged": true, "tumbled": true}

// supposed reports whether the words before a sum, ws, make it a
// supposition or an opinion: a word of supposeWords within supposeReach.
func supposed(ws []string) bool {
	for d := 0; d < len(ws) && d < supposeReach; d++ {
		if k := len(ws) - 1 - d; supposeWords[ws[k]] && !(ws[k] == "may" && k > 0 && mayMonthAfter[ws[k-1]]) {
			return true
		}
	}
	return false
}

// mayMonthAfter are the words after which "may" is the month: "rose 6.3
// pct in May", not a supposition.
var mayMonthAfter = map[string]bool{"in": true, "since": true, "by": true, "of": true, "until": true, "from": true, "to": true,
	"early": true, "late": true, "mid": true, "last": true, "next": true, "this": true, "through": true}

// supposedSum reports whether the sum of money c is a supposition or an
// opinion (supposed), which a sum of the same value elsewhere restates
// only when their words agree.
func supposedSum(c *factcheck.Claim) bool {
	rel := c.Start - c.SentenceStart
	return c.Kind == factcheck.Money && rel >= 0 && rel <= len(c.Sentence) && supposed(words(c.Sentence[max(0, rel-200):rel]))
}

// stockBefore reports whether a word naming stock ends ws, within
// stockReach words.
func stockBefore(ws []string) bool {
	for d := 0; d < len(ws) && d < stockReach; d++ {
		if stockWords[ws[len(ws)-1-d]] {
			return true
		}
	}
	return false
}

// framesDiffer reports whether claims i and j have frames and they differ.
func (g *grouper) framesDiffer(i, j int) bool {
	fi, fj := g.feats[i].frame, g.feats[j].frame
	return fi != "" && fj != "" && fi != fj || g.otherBidders(i, j)
}

// magnitude is the class of size within which sums of one frame move: a
// price of one share or unit (under a thousand) or a total (a million or
// more); "" between.
func magnitude(c *factcheck.Claim) string {
	switch v := c.Value.Num; {
	case v > 0 && v < 1000:
		return "unit"
	case v >= 1e6:
		return "total"
	}
	return ""
}

// linkMovedSums joins the sums of one frame and currency, and of one
// magnitude, in two articles of a story, when their values lie within
// maxMove of each other, the names of their sentences do not differ, and
// the figure joined would have one value at a time: the bid that was
// raised, the stock that rose; but not two bidders' offers of one day
// ("raised its offer to 35 dlrs", "agreed to be acquired by Ecolab for
// 36.50 dlrs"). A rate of exchange moves from hour to hour, in either
// currency of its pair, whatever story quotes it: its reports join with
// no test of one value at a time. A conversion in brackets moves with the amount it
// converts (linkConversions), never on its own: "a bid to £1.5bn
// ($2.9bn)" rumoured is not the "£1.3bn ($2.5bn)" offer moved. It runs
// after linkChanges, whose older figures are true of their time.
func (g *grouper) linkMovedSums() {
	byFrame := map[string][]int{}
	for i := range g.claims {
		c := &g.claims[i]
		if f := g.feats[i].frame; f != "" && c.EndValue == nil && !g.converted[i] {
			if m := magnitude(c); m != "" {
				story := strconv.Itoa(g.story[c.Doc])
				unit := c.Unit
				if strings.HasPrefix(f, frameCommodity+" ") {
					story = "" // the price of crude is one figure whatever story tells it
				}
				if strings.HasPrefix(f, frameRate+" ") {
					story, unit = "", "" // so is the dollar's in euros, in either currency: "$1.3636", "1.3187 euros per US dollar"
				}
				k := strings.Join([]string{f, m, unit, story}, "|")
				byFrame[k] = append(byFrame[k], i)
			}
		}
	}
	g.movedPairs(byFrame, func(i, j int) {
		ki, kj := g.feats[i].key, g.feats[j].key
		if (ki == kj || ki == "" || kj == "") && g.find(i) != g.find(j) && !g.otherBidders(i, j) && !g.stocksDiffer(i, j) &&
			(g.oneValueAtATime(i, j) || g.disputedAward(i, j) || strings.HasPrefix(g.feats[i].frame, frameRate+" ")) {
			g.union(i, j)
		}
	})
}

// disputedAward reports whether two sums of a court's award lie within
// maxRounding of each other: reports of one day that give an award
// a little apart ("its 10.53 billion dlr legal battle", "their 10.3
// billion dlrs dispute") dispute one figure, where two bids of one day
// are two bidders'.
func (g *grouper) disputedAward(i, j int) bool {
	ci, cj := &g.claims[i], &g.claims[j]
	x, y := ci.Value.Num, cj.Value.Num
	return g.feats[i].frame == frameJudgment && g.feats[j].frame == frameJudgment && math.Abs(x-y) <= maxRounding*max(x, y)
}

// oneValueAtATime reports whether the figures of the groups of claims i
// and j, of i's kind and unit, agree wherever two of them hold on the same
// day (asOf) or in the same article, leaving out the figures of the past
// (the older of a change, "the original bid"): a figure that moves has one
// value at a time. Reports of one day may differ a little (near); one
// article's two values of one day are two figures ("would exceed the
// 90.25 dlrs a share" of a rival's offer beside "92.50 dlrs"), where its
// sentence may date a value to another ("raised the prime rate ... to six
// pct" on February 28, beside 6.5 pct now), and one sentence's two
// values are two though one rounds the other ("Besides the 13-billion-dlr
// frozen debt, South Africa also owes ten billion dlrs").
func (g *grouper) oneValueAtATime(i, j int) bool {
	ri, rj := g.find(i), g.find(j)
	if g.size[ri]*g.size[rj] > maxAgreeChecks {
		return false
	}
	kind, unit := g.claims[i].Kind, g.claims[i].Unit
	current := func(m int) bool {
		c := &g.claims[m]
		_, older := g.newerOf[m]
		return c.Kind == kind && c.Unit == unit && !older && !g.isPast(m)
	}
	for a := ri; ; {
		if current(a) {
			for b := rj; ; {
				ca, cb := &g.claims[a], &g.claims[b]
				oneDoc := ca.Doc == cb.Doc
				stated := sameStatedValue(ca, cb) && (ca.Value == cb.Value || !oneDoc || ca.SentenceStart != cb.SentenceStart)
				if current(b) && (g.asOf[a] == g.asOf[b] && g.asOf[a].M != 0 || oneDoc && g.asOf[a] == g.asOf[b]) && !stated && (oneDoc || !near(ca, cb)) {
					return false
				}
				if b = g.next[b]; b == rj {
					break
				}
			}
		}
		if a = g.next[a]; a == ri {
			return true
		}
	}
}

// linkMovedShares joins the percentages of two articles of a story that
// state one figure revised or moved ("grew 0.4%" in the third quarter,
// "0.5% in the previous quarter" once revised; growth "expected at 3.2%
// in 2004", "grew by an estimated 3.1% in 2004"), and so the sums of a
// million or more that no frame reads ("financing of up to 200 mln
// dlrs", a week later "235 mln dlrs"), and the measures of reports
// ("last year's 7.35 mln tonnes", "last year's crop of 7.3 mln tonnes"
// three weeks later): their values lie within
// maxMove of each other, their words agree the more (twice what the same
// value needs), the years their sentences name do not differ, the names
// of their sentences do not differ, nor the sources said to give them
// (sayer), nor the quarters their clauses date them to (quarterOf, which
// union keeps apart for every join: quartersApart), a stake is no figure
// that moved (stakeAndMove), a demand no offer
// (demanded), and the figure joined has one value at a time.
func (g *grouper) linkMovedShares() {
	byStory := map[string][]int{}
	for i := range g.claims {
		c := &g.claims[i]
		if c.Kind == factcheck.Percent && c.Value.Num > 0 && !g.converted[i] {
			k := strconv.Itoa(g.story[c.Doc]) + "|" + c.Unit + foreseenKey(c)
			byStory[k] = append(byStory[k], i)
		}
		if c.Kind == factcheck.Money && c.EndValue == nil && g.feats[i].frame == "" && !g.feats[i].supposed && magnitude(c) == "total" && !g.converted[i] && !foreseen(c) {
			k := strconv.Itoa(g.story[c.Doc]) + "|money|" + c.Unit // "financing of up to 200 mln dlrs", then "235 mln dlrs"
			byStory[k] = append(byStory[k], i)
		}
		if c.Kind == factcheck.Measure && c.Value.Num > 0 && c.Unit != "" && c.Unit != "times" && !g.converted[i] && !foreseen(c) {
			k := strconv.Itoa(g.story[c.Doc]) + "|measure|" + c.Unit // "last year's 7.35 mln tonnes", "last year's 7.2 mln tonnes"
			byStory[k] = append(byStory[k], i)
		}
	}
	yearsOf := readOnce(func(i int) []string { return yearsIn(g.claims[i].Sentence) })
	sayerOf := readOnce(func(i int) string { return sayer(&g.claims[i]) })          // who is said to give a claim's figure
	partnerOf := readOnce(func(i int) string { return tradePartner(&g.claims[i]) }) // the country a claim's trade is with
	stakeOf := readOnce(func(i int) bool { return stake(&g.claims[i]) })            // whether a claim is a stake held
	olderOf := map[int]int{}                                                        // the figure each newer one of a change replaced
	for older, newer := range g.newerOf {
		if o, ok := olderOf[newer]; !ok || older < o {
			olderOf[newer] = older // the first, whatever order the map gives: one newer figure may have replaced two
		}
	}
	var pairs []weighedPair
	g.movedPairs(byStory, func(i, j int) {
		ki, kj := g.feats[i].key, g.feats[j].key
		if ki != kj && ki != "" && kj != "" || yearsDiffer(yearsOf(i), yearsOf(j)) || g.indicatorsClash(i, j) ||
			direction(&g.claims[i])*direction(&g.claims[j]) < 0 || stakeAndMove(&g.claims[i], &g.claims[j]) || stakeAndMove(&g.claims[j], &g.claims[i]) ||
			sayerOf(i) != "" && sayerOf(j) != "" && sayerOf(i) != sayerOf(j) || demanded(&g.claims[i]) != demanded(&g.claims[j]) ||
			partnerOf(i) != partnerOf(j) || g.revisionsApart(i, j, olderOf) {
			return
		}
		need := 2 * minSharedContext
		if stakeOf(i) && stakeOf(j) {
			need = minSharedContext // two stakes held: the holding is the shared word ("own about 4.3 pct of Crazy Eddie's shares", "hold a 5.1 pct stake in Crazy Eddie")
		}
		if w := g.weigh(g.context(i), g.context(j)); w >= need {
			pairs = append(pairs, weighedPair{i, j, w})
		}
	})
	g.joinBest(pairs, g.oneValueAtATime)
}

// revisionsApart reports whether claims i and j are each the newer figure
// of a change their sentence states and neither change starts from the
// other's figure, or near it (maxNear: "to 247.91 mln barrels from a
// revised 245.62 mln"): two facts each revised, not one revised twice
// ("revised its forecast of the shortage down to around 700 mln stg from
// 800 mln" on March 2, "up to around 500 mln stg from 350 mln" on March
// 3; but a bid raised "to 45 dlrs from 40", then "to 50 dlrs from 45" is
// one).
func (g *grouper) revisionsApart(i, j int, olderOf map[int]int) bool {
	oi, iok := olderOf[i]
	oj, jok := olderOf[j]
	if !iok || !jok {
		return false
	}
	return !near(&g.claims[oi], &g.claims[j]) && !near(&g.claims[oj], &g.claims[i])
}

// foreseenKey parts the figures foreseen (foreseen) from those reported:
// a forecast is compared with forecasts only ("Banner said it will own
// about 97 pct", then "will own approximately 96 pct").
func foreseenKey(c *factcheck.Claim) string {
	if foreseen(c) {
		return "|foreseen"
	}
	return ""
}

// riseWords and fallWords say which way a figure moved.
var (
	riseWords = map[string]bool{"rose": true, "rise": true, "rises": true, "risen": true, "rising": true, "up": true, "increased": true,
		"increase": true, "grew": true, "grown": true, "gained": true, "jumped": true, "climbed": true, "soared": true, "surged": true,
		"advanced": true, "higher": true, "swelled": true}
	fallWords = map[string]bool{"fell": true, "fall": true, "falls": true, "fallen": true, "falling": true, "down": true, "dropped": true,
		"drop": true, "declined": true, "decline": true, "decreased": true, "lost": true, "slipped": true, "slumped": true, "plunged": true,
		"tumbled": true, "lower": true, "shed": true, "eased": true, "shrank": true}
)

// directionReach is how many words before a figure direction reads.
const directionReach = 4

// direction says which way the percentage c moved, by the verb just
// before it: 1 for "rose by just 28%", -1 for "dropped by nearly a
// quarter", 0 when no such word stands within directionReach words. A
// rise and a fall are two figures, however near their values.
func direction(c *factcheck.Claim) int {
	rel := c.Start - c.SentenceStart
	if rel < 0 || rel > len(c.Sentence) {
		return 0
	}
	ws := words(c.Sentence[max(0, rel-60):rel])
	for d := 0; d < len(ws) && d < directionReach; d++ {
		switch w := ws[len(ws)-1-d]; {
		case riseWords[w]:
			return 1
		case fallWords[w]:
			return -1
		}
	}
	return 0
}

// sayWords are the verbs that attribute a figure to the name next to them.
var sayWords = map[string]bool{"said": true, "says": true, "reported": true, "reports": true, "estimated": true, "estimates": true}

// sayer returns the name, in lower case, said to give the figure c: the
// capitalised word just before or just after a verb of saying, the
// nearest such to c in its sentence; or "". Two sources tell two
// figures apart: "Halifax said house prices rose by 0.8%" and "House
// prices have risen 0.9% this year, Nationwide said" are two lenders'
// indices, not one figure moved.
func sayer(c *factcheck.Claim) string {
	rel := c.Start - c.SentenceStart
	if rel < 0 || rel > len(c.Sentence) {
		return ""
	}
	best, dist := "", len(c.Sentence)+1
	fields := strings.Fields(c.Sentence)
	pos := 0
	offsets := make([]int, len(fields))
	for k, f := range fields {
		pos = strings.Index(c.Sentence[pos:], f) + pos
		offsets[k] = pos
		pos += len(f)
	}
	for k, f := range fields {
		if !sayWords[strings.ToLower(trimPunct(f))] {
			continue
		}
		for _, n := range []int{k - 1, k + 1} {
			if n < 0 || n >= len(fields) || !isName(trimPunct(fields[n])) {
				continue
			}
			if d := abs(offsets[k] - rel); d < dist {
				best, dist = strings.ToLower(trimPunct(fields[n])), d
			}
		}
	}
	return best
}

// tradeNouns name a flow of trade whose partner "with", "to" or "from"
// names: "its trade surplus with the U.S.", "exports to Japan".
var tradeNouns = map[string]bool{"surplus": true, "deficit": true, "exports": true, "imports": true, "trade": true}

// tradePartner returns the country, in lower case, that the trade the
// figure c measures is with, as its sentence names it within a few words
// before it or just after it ("Taiwan's trade surplus with the U.S. hit
// 13.6 billion", "a 13.6 billion dlr trade surplus with the U.S."), or "":
// the surplus with one partner and the surplus in all are two figures.
func tradePartner(c *factcheck.Claim) string {
	rel, end := c.Start-c.SentenceStart, c.End-c.SentenceStart
	if rel < 0 || end > len(c.Sentence) || rel > end {
		return ""
	}
	before := strings.Fields(c.Sentence[max(0, rel-80):rel])
	after := strings.Fields(c.Sentence[end:min(len(c.Sentence), end+60)])
	if p := partnerIn(before[max(0, len(before)-10):]); p != "" {
		return p
	}
	return partnerIn(after[:min(len(after), 6)])
}

// partnerIn returns the name after "with", "to" or "from" that follows a
// noun of trade among fields, or "".
func partnerIn(fields []string) string {
	for k := 1; k+1 < len(fields); k++ {
		switch strings.ToLower(fields[k]) {
		case "with", "to", "from":
		default:
			continue
		}
		if !tradeNouns[strings.ToLower(trimPunct(fields[k-1]))] {
			continue
		}
		n := k + 1
		if strings.EqualFold(fields[n], "the") && n+1 < len(fields) {
			n++
		}
		if w := trimPunct(fields[n]); isName(w) || w == "U.S" {
			return strings.ToLower(w)
		}
	}
	return ""
}

// demandWords, a few words before a figure, make it a side's demand:
// "The seamen are seeking a 275 pct pay rise", "unless they got a 275
// pct pay rise", "seamen who want pay rises of up to 180 pct".
var demandWords = map[string]bool{"seeking": true, "seek": true, "seeks": true, "sought": true, "demanding": true,
	"demand": true, "demands": true, "demanded": true, "unless": true, "claiming": true, "want": true, "wants": true, "wanted": true}

// demandReach is how many words before a figure demanded reads.
const demandReach = 6

// demanded reports whether the percentage c is what one side of a
// dispute demands, a figure apart from what is offered or settled:
// "seeking a 275 pct pay rise" is no earlier "settled for 120 pct".
func demanded(c *factcheck.Claim) bool {
	return saidBefore(c, demandWords, demandReach, 80)
}

// stakeWords say that a percentage just after them is a stake held in a
// company: "Atticus Capital, holding 2% of Deutsche Boerse".
var stakeWords = map[string]bool{"holding": true, "holds": true, "held": true, "hold": true, "owns": true, "owned": true,
	"owning": true, "own": true, "stake": true, "controls": true, "controlling": true}

// stake reports whether the percentage c is a stake in a company, by a
// word of holding within directionReach words before it or "stake" just
// after it.
func stake(c *factcheck.Claim) bool {
	rel := c.Start - c.SentenceStart
	if rel < 0 || rel > len(c.Sentence) {
		return false
	}
	ws := words(c.Sentence[max(0, rel-60):rel])
	for d := 0; d < len(ws) && d < directionReach; d++ {
		if stakeWords[ws[len(ws)-1-d]] {
			return true
		}
	}
	after := words(c.Sentence[min(len(c.Sentence), rel+len(c.Text)):min(len(c.Sentence), rel+len(c.Text)+20)])
	return len(after) > 0 && (after[0] == "stake" || len(after) > 1 && after[1] == "stake")
}

// stakeAndMove reports whether a is a stake and b a figure that moved: two
// facts, "holding 2% of Deutsche Boerse" and "Shares in Deutsche Boerse
// have risen more than 3%".
func stakeAndMove(a, b *factcheck.Claim) bool {
	return stake(a) && !stake(b) && direction(b) != 0
}

// foreseen reports whether the figure c is one foreseen, supposed or
// thought ("rates will fall to 4% by the end of the year", "it believes
// growth may slow to 2%"): a figure of another time, which a report of
// today does not revise.
func foreseen(c *factcheck.Claim) bool {
	ws := wordsBefore(c, 200)
	if supposed(ws) {
		return true
	}
	for d := 0; d < len(ws) && d < supposeReach; d++ {
		if w := ws[len(ws)-1-d]; w == "will" || w == "would" || w == "believes" || w == "expects" {
			return true
		}
	}
	return false
}

// yearsDiffer reports whether two sentences each name a year (their
// yearsIn, ya and yb) and share none: growth "in 2004" and "in 2005" are
// two figures.
func yearsDiffer(ya, yb []string) bool {
	if len(ya) == 0 || len(yb) == 0 {
		return false
	}
	for _, y := range ya {
		if slices.Contains(yb, y) {
			return false
		}
	}
	return true
}

// yearsIn returns the years (1900 to 2099) that sentence s names.
func yearsIn(s string) []string {
	var out []string
	for _, w := range words(s) {
		if isYear(w) {
			out = append(out, w)
		}
	}
	return out
}

// isPast is pastFigure, read once a claim.
func (g *grouper) isPast(i int) bool {
	if g.past == nil {
		g.past = make([]int8, len(g.claims))
	}
	if g.past[i] == 0 {
		g.past[i] = 1
		if g.pastFigure(i) || g.ofPastMonth[i] {
			g.past[i] = 2
		}
	}
	return g.past[i] == 2
}

// Bidders. Two offers for one company in one story are two facts when
// two bidders make them: "Qwest has bid $6.3bn for MCI" and "Verizon ...
// with a bid worth $6.8bn". A bid is read by the names its sentence gives
// it: those between the sum of money before it in its sentence (or the
// sentence's start) and the sum, else those a few words after it past
// "by" or "from" ("a buyout from telecoms giant Verizon"); less the
// story's targets, the names its offers are "for", "of" or to "acquire"
// ("tender offer for Cyclops common", "takeover battle for US phone firm
// MCI"), which every bid names, and less the words that end a company's
// name ("Corp", "PLC"). Two bids whose names are given, none shared, are
// of two bidders; a bidder named with its partners ("Cyacq Corp, an
// investor group led by Audio/Video Affiliates and Citicorp, raised
// their offer") meets each of them.

// targetWords, after a word of a bid, open what it is for.
var targetWords = map[string]bool{"for": true, "of": true, "acquire": true, "buy": true}

// targetReach is how many words after targetWords name what is bid for.
const targetReach = 5

// companyWords end a company's name: no bidder by themselves.
var companyWords = map[string]bool{
	"corp": true, "inc": true, "co": true, "plc": true, "ltd": true, "group": true, "holdings": true,
	"ag": true, "sa": true, "nv": true, "lp": true, "cos": true, "corporation": true, "company": true,
}

// bidTargets returns the targets of each story's bids: the names within
// targetReach words after a target word that follows a bid word within
// three words, in the sentences of the story's sums framed as bids.
func (g *grouper) bidTargets() map[int]map[string]bool {
	out := map[int]map[string]bool{}
	for i := range g.claims {
		c := &g.claims[i]
		if g.feats[i].frame != frameBid || i > 0 && g.claims[i-1].Doc == c.Doc && g.claims[i-1].SentenceStart == c.SentenceStart {
			continue // a sentence read once
		}
		ws := strings.Fields(c.Sentence)
		for k, w := range ws {
			if !bidWords[strings.ToLower(trimPunct(w))] {
				continue
			}
			for t := k + 1; t < min(len(ws), k+4); t++ {
				if !targetWords[strings.ToLower(trimPunct(ws[t]))] {
					continue
				}
				for _, n := range sentenceNames(strings.Join(ws[t+1:min(len(ws), t+1+targetReach)], " ")) {
					story := g.story[c.Doc]
					if out[story] == nil {
						out[story] = map[string]bool{}
					}
					out[story][n] = true
				}
				break
			}
		}
	}
	return out
}

// biddersOf returns the names claim i's sentence gives the bid it states
// (see Bidders), read once.
func (g *grouper) biddersOf(i int) []string {
	if g.bidders == nil {
		g.bidders = make([][]string, len(g.claims))
	}
	if g.bidders[i] == nil {
		g.bidders[i] = append([]string{}, g.readBidders(i)...) // not nil: read
	}
	return g.bidders[i]
}

// readBidders is biddersOf, read.
func (g *grouper) readBidders(i int) []string {
	c := &g.claims[i]
	from := c.SentenceStart
	for k := i - 1; k >= 0 && g.claims[k].Doc == c.Doc && g.claims[k].SentenceStart == c.SentenceStart; k-- {
		if p := &g.claims[k]; p.Kind == factcheck.Money && p.End <= c.Start {
			from = p.End
			break
		}
	}
	rel, end := from-c.SentenceStart, c.Start-c.SentenceStart
	if rel < 0 || end > len(c.Sentence) || rel > end {
		return nil
	}
	out := g.bidderNames(c, c.Sentence[rel:end])
	if len(out) == 0 {
		after := strings.Fields(c.Sentence[min(len(c.Sentence), c.End-c.SentenceStart):])
		for k, w := range after[:min(len(after), bidderReach)] {
			if w == "by" || w == "from" {
				out = g.bidderNames(c, strings.Join(after[k+1:min(len(after), k+1+bidderReach)], " "))
				break
			}
		}
	}
	return out
}

// tickers opens the wire's tickers, "&lt;TWA>", to their names.
var tickers = strings.NewReplacer("&lt;", " ", ">", " ")

// bidderReach is how many words after a bid "by" or "from" may stand, and
// its bidder after them.
const bidderReach = 6

// bidderNames returns the names of s that may name who bids in claim c's
// story: neither a target of its bids nor a word ending a company's name.
func (g *grouper) bidderNames(c *factcheck.Claim, s string) []string {
	targets := g.targets[g.story[c.Doc]]
	var out []string
	for _, n := range sentenceNames(tickers.Replace(s)) {
		if !targets[n] && !companyWords[n] {
			out = append(out, n)
		}
	}
	return out
}

// otherBidders reports whether claims i and j, of two values, are bids of
// two bidders. One value restated is one bid whatever names its sentences
// give ("TWA BIDS 907 MLN DLRS" in a headline, "about 907 mln dlrs" below).
func (g *grouper) otherBidders(i, j int) bool {
	return g.feats[i].frame == frameBid && g.feats[j].frame == frameBid && !sameStatedValue(&g.claims[i], &g.claims[j]) &&
		namesDisjoint(g.biddersOf(i), g.biddersOf(j))
}
