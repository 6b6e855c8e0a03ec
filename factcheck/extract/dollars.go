package extract

import (
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Dollars are many countries' money. A dollar named with its country is
// that country's ("N.Z. Dlrs", "Canadian dollars", "C$"); a bare one is
// the dollar the text last named so, else the dollar of a local outlet's
// country ("SYDNEY, May 9 (AAP) -" writes Australian dollars "$"), else,
// for wire copy's "dlrs" under a dateline in Canada, Hong Kong, Singapore,
// Australia, New Zealand, Fiji or Zimbabwe, that country's dollar (see wireDollar), else
// the US dollar (a world wire's "$" under any
// dateline).

// localDollar returns the dollar of the country whose place opens the
// text's dateline, when a local outlet, not a world wire, signs it in
// brackets: "SYDNEY, May 9 (AAP) -", "OTTAWA (The Canadian Press) -"; or
// "".
func (x *extractor) localDollar() string {
	if x.local != "" {
		return strings.TrimPrefix(x.local, "-")
	}
	x.local = "-"
	place, k := x.datelinePlace()
	code := dollarPlaces[place]
	if code == "" {
		return ""
	}
	// the bracket after the place, or after its date
	for ; k < len(x.toks) && k < 12 && x.mark(k) != '('; k++ {
		if x.toks[k].flags&fNewline != 0 {
			return ""
		}
	}
	if k >= len(x.toks) || x.mark(k) != '(' || !x.tokIs(k+1, tWord) || worldWire(x.str(k+1)) {
		return ""
	}
	x.local = code
	return code
}

// dollarPlaces maps the places of datelines, in capitals, to their
// countries' dollars.
var dollarPlaces = map[string]string{
	"SYDNEY": "AUD", "MELBOURNE": "AUD", "CANBERRA": "AUD", "BRISBANE": "AUD", "PERTH": "AUD", "ADELAIDE": "AUD",
	"OTTAWA": "CAD", "TORONTO": "CAD", "MONTREAL": "CAD", "VANCOUVER": "CAD", "CALGARY": "CAD", "EDMONTON": "CAD", "WINNIPEG": "CAD",
	"QUEBEC": "CAD", "HALIFAX": "CAD", "REGINA": "CAD", "SASKATOON": "CAD",
	"WELLINGTON": "NZD", "AUCKLAND": "NZD", "CHRISTCHURCH": "NZD", "SINGAPORE": "SGD", "HONG KONG": "HKD",
	"SUVA": "FJD", "HARARE": "ZWD",
}

// wireDollar returns the dollar of the country of the text's dateline
// when the bare "dlrs", "cts" or "cents" at token j are its: wire copy datelined in
// Canada, Hong Kong, Singapore, Australia, New Zealand, Fiji or Zimbabwe writes "dlrs" for
// the country's own dollar and "U.S. dlrs" for the other ("TORONTO, March
// 4 - ... 6.3 mln U.S. dlrs", "HONG KONG, March 24 - ... profits of 1.8
// billion dlrs"), but for the prices of commodities, which are dollars of
// the US wherever quoted ("20 dlrs a barrel"), and of other currencies
// ("mark eased to 0.5500 dlrs"), or of precious metals ("Bullion rose to
// 409.40/90 dlrs"). Under a dateline of no dollar, cents may be the
// country's own (localCents). It returns "" otherwise.
func (x *extractor) wireDollar(j int) string {
	switch x.lowerAt(j) {
	case "dlrs", "dlr", "cts", "ct", "cents", "cent", "\u00a2", "c":
	default:
		return ""
	}
	code := x.wireCode()
	if code == "" {
		return x.localCents(j)
	}
	if x.worldWireCredit() {
		return "" // "SINGAPORE, Dec 5 (Reuters) - ... cut by 50 cents to a premium of $3.50 a barrel": a world wire's cents, as its "$", are American
	}
	k := j + 1
	if x.eq(k, wA) || x.eq(k, wAn) || x.eq(k, wPer) || x.mark(k) == '/' && x.toks[k].flags&fSpace == 0 && (x.eq(k+1, wGallon) || x.eq(k+1, wBarrel) || x.eq(k+1, wBbl)) {
		k++ // "silver at 7.40 dlrs an ounce", oil's "lpg 36.0 cents/gallon" in Singapore (but its pump prices "96.8 cents/litre" and rubber "195.50 cents/kilo" are its own)
	}
	if x.measureAt(k) || x.currencyPriced(j) || x.metalPriced(j) || (code == "HKD" || code == "SGD") && x.usSentence(j) || x.usCentsBefore(j) || x.restatesUSSum(j) {
		return ""
	}
	return code
}

// restatesUSSum reports whether the cents at token j, after ", or" and
// their figure, restate a sum in US dollars just before as much a share:
// "a loss of 39.2 mln U.S. dlrs, or 54 cts a share" under a Toronto
// dateline.
func (x *extractor) restatesUSSum(j int) bool {
	p := x.lastClaim()
	return p != nil && p.Kind == factcheck.Money && p.Unit == "USD" && x.eq(j-2, wOr) && x.mark(j-3) == ',' && j >= 4 && p.End == int(x.toks[j-4].e)
}

// usCentsBefore reports whether the cents at token j follow, in their
// sentence, a sum in US cents: the items of one list of prices ("by one
// cent/gallon for lpg, naphtha and gasoline, two cents for gas oil" under
// a Singapore dateline).
func (x *extractor) usCentsBefore(j int) bool {
	if len(x.claims) == 0 || !x.eq(j, wCents) && !x.eq(j, wCts) {
		return false
	}
	p := &x.claims[len(x.claims)-1]
	t := lower(p.Text)
	return p.Kind == factcheck.Money && p.Unit == "USD" && (cents(t) || strings.HasSuffix(t, "cent")) && !x.sentenceEndIn(x.tokenAfter(p), j)
}

// localCents returns the currency of the cents at token j under a
// dateline whose country counts its own currency in cents and no dollars,
// or "": Malaysia's cents (sen, "213-1/2 cents per kilo" of rubber in
// Kuala Lumpur); and South Africa's, but only a company's earnings or
// dividend, in a results report ("Shr 616 cts vs 481") or a sum a share
// ("85 cts a share") or a share's earnings or a dividend its sentence
// names before it ("a final dividend of 90c"), as the rand's own rate is
// quoted in US cents. Cents
// said to be US ("30 U.S. Cents") are not local.
func (x *extractor) localCents(j int) string {
	switch x.spAt(j) {
	case wCts, wCt, wCents, wCent:
	case wC:
		if x.toks[j].flags&fSpace != 0 {
			return "" // "90c" glued only
		}
	default:
		return ""
	}
	if x.usBefore(j) {
		return ""
	}
	switch x.datelineCountry() {
	case "MY":
		return "MYR"
	case "ZA":
		k := j + 1
		if x.eq(k, wA) || x.eq(k, wPer) {
			k++
		}
		if x.eq(k, wShare) || x.resultsReport() || x.earningsBefore(j) {
			return "ZAR"
		}
	}
	return ""
}

// earningsBefore reports whether the sentence of the cents at token j
// names a share's earnings or a dividend before them: "1986 per share
// earnings rose 28 pct to 616 cts", "earnings per share of 1,342 cents",
// "a final dividend of 85 cts".
func (x *extractor) earningsBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-20; k-- {
		if x.tokIs(k, tPunct) && x.sentenceEnd(k) > k {
			return false
		}
		if x.eq(k, wDividend) || x.eq(k, wEarnings) && x.eq(k-1, wShare) || x.eq(k, wShare) && x.eq(k-1, wPer) && x.eq(k-2, wEarnings) {
			return true // (and "headline earnings per share to 1,342 cents")
		}
	}
	return false
}

// usSentence reports whether the sentence of token j names the United
// States ("U.S.", "US", "American") or its government ("Washington",
// "Congress", "the Reagan Administration"): a Hong Kong or Singapore
// wire's sums of the US's trade are US dollars ("The U.S. Has said it will
// impose 300 mln dlrs of tariffs", "South Korea had a trade surplus of 7.1
// billion dlrs with the U.S.", "uproar in Congress over ... cutting the
// country's 169.8 billion dlr trade deficit").
func (x *extractor) usSentence(j int) bool {
	for k := x.sentenceStartBefore(j); k < len(x.toks); k++ {
		if a := x.afterUS(k); a > k && !(x.tokIs(a, tWord) && x.toks[a].is(lexicon.Currency)) || x.eq(k, wAmerican) || x.eq(k, wAmericans) ||
			x.toks[k].flags&fUpper != 0 && (x.eq(k, wWashington) || x.eq(k, wCongress) || x.eq(k, wReagan)) {
			return true // but "6.3 mln U.S. Dlrs" names a currency
		}
		if k > j && x.tokIs(k, tPunct) && x.sentenceEnd(k) > k {
			break
		}
	}
	return false
}

// currencyPriced reports whether the figure before "dlrs" at token j is
// the price of another currency, which the market quotes in US dollars
// wherever it trades: "June mark eased to around 0.5500 dlrs", "sterling
// at 1.6075/85 dlrs". A currency's name other than the dollar's must stand
// in the few words before the figure, in its clause.
func (x *extractor) currencyPriced(j int) bool {
	k := j - 1
	for k > 0 && (x.tokIs(k, tNum) || x.mark(k) == '/') {
		k--
	}
	for stop := k - 6; k >= 0 && k > stop && !x.tokIs(k, tPunct); k-- {
		if !x.tokIs(k, tWord) {
			continue
		}
		if w := x.lowerAt(k); x.toks[k].is(lexicon.Currency) && x.toks[k].entry().Unit != "USD" && currencyNoun(w) != "dollar" || localCurrencies[w] != nil && w != "dollar" {
			return true
		}
	}
	return false
}

// metalPriced reports whether the figure before "dlrs" at token j, a
// price with no scale, is of a precious metal that its sentence names
// before it, which markets quote in US dollars wherever they trade:
// "Bullion rose to 409.40/90 dlrs" in Hong Kong, "the gold price, which
// is now stabilising at 409.10/60 dlrs".
func (x *extractor) metalPriced(j int) bool {
	if x.tokIs(j-1, tWord) && x.toks[j-1].is(lexicon.Scale) {
		return false // "5 mln dlrs" of a gold miner's profit is a sum
	}
	for k := j - 1; k >= 0 && k >= j-20 && !(x.tokIs(k, tPunct) && x.sentenceEnd(k) > k); k-- {
		if (x.eq(k, wGold) || x.eq(k, wBullion) || x.eq(k, wSilver) || x.eq(k, wPlatinum) || x.eq(k, wPalladium)) && !x.companyWord(k+1) &&
			(x.toks[k].flags&fShout == 0 || x.toks[j].flags&fShout != 0) {
			return true // (but a headline's "ROYAL GOLD AND SILVER CORP 1ST QTR NET" over its table's "Shr profit two cts")
		}
	}
	return false
}

// companyWord reports whether token k names a company, after a word that
// is then its name: "KIDSTON GOLD MINES LTD", "Placer Gold Corp".
func (x *extractor) companyWord(k int) bool {
	switch w := x.lowerAt(k); {
	case w == "mines", w == "mine", w == "mining", w == "fields", w == "resources", legalSuffix(w):
		return x.toks[k-1].flags&(fUpper|fShout) != 0 // a headline in capitals writes it so
	}
	return false
}

// legalSuffix reports whether w, in lower case, ends a company's name as
// its legal form: "Inc", "Corp", "Ltd", "NL".
func legalSuffix(w string) bool {
	switch w {
	case "inc", "corp", "co", "ltd", "plc", "n.l.", "nl":
		return true
	}
	return false
}

// wireCode returns the dollar of the country of the text's dateline
// (datelineDollar), read once, or "" for none.
func (x *extractor) wireCode() string {
	if x.wire == "" {
		x.wire = x.datelineDollar()
	}
	if x.wire == "-" {
		return ""
	}
	return x.wire
}

// datelineDollar returns the dollar of the country of the text's
// dateline, among dollarPlaces or by a Canadian province named after its
// place, or "-", also when a line of the text says its figures are US
// dollars (usNote); a line that says they are another country's dollars
// names that one, whatever the dateline (noteDollar).
func (x *extractor) datelineDollar() string {
	if code := noteDollar(x.text); code != "" {
		return code // "CUT BANK, Mont., April 9 - ... NOTE: Canadian dollars."
	}
	for i := 0; i < len(x.toks) && i < 200; i++ {
		code := ""
		if x.toks[i].flags&fAllCaps != 0 && x.datelineAt(i) {
			code = dollarPlaces[x.placeEndingAt(i)]
			if code == "" && x.eqText(i+1, ",") && x.provinceAt(i+2) {
				code = "CAD" // "HALIFAX, Nova Scotia, March 16 -"
			}
		}
		if code == "" && x.toks[i].flags&fNewline != 0 && x.tokIs(i, tWord) && x.toks[i].flags&fUpper != 0 && x.eqText(i+1, ",") && x.dateOnLine(i+2) {
			// "Edmonton, Alberta, March 19 -": a place in small letters, its date on its line
			code = dollarPlaces[strings.ToUpper(x.str(i))]
			if code == "" && x.provinceAt(i+2) {
				code = "CAD" // "Scarborough, Ontario, Feb 26 -": any place of a province
			}
		}
		if code != "" {
			if usNote(x.text) || x.usDateline() {
				return "-" // (and "MELBOURNE, Fla., March 16 -" is in Florida)
			}
			return code
		}
	}
	return "-"
}

// provinceAt reports whether a Canadian province's name, or its wire
// abbreviation, starts at token k: "Nova Scotia", "Ontario", "Alta.".
func (x *extractor) provinceAt(k int) bool {
	switch x.spAt(min(k, len(x.toks)-1)) {
	case wAlberta, wOntario, wQuebec, wManitoba, wSaskatchewan, wNewfoundland, wOnt, wAlta, wQue, wSask:
		return k < len(x.toks)
	case wNova:
		return x.eq(k+1, wScotia)
	case wBritish:
		return x.eq(k+1, wColumbia)
	case wNew:
		return x.eq(k+1, wBrunswick)
	}
	return false
}

// usNote reports whether a line of text says, alone, that its figures are
// US dollars, as a Canadian company's results report ends: "    U.S.
// dlrs.", "NOTE: U.S. funds.", "U.S. Currency."; or a note says so of all
// its figures in a sentence: "Note - All figures in U.S. Dollars as the
// company is\nregistered in Bermuda" under a Melbourne dateline, "NOTE:
// Full name is AMCA International Ltd. Results in U.S. dlrs." under a
// Toronto one.
func usNote(text string) bool {
	return noteSays(text, "u.s.")
}

// noteDollar returns the code of the dollar a line of a wire's table
// names for its figures, another country's than the United States': "NOTE:
// Canadian dollars.", "Note - figures in Australian dlrs"; or "".
func noteDollar(text string) string {
	for _, c := range [...]struct{ adjective, written, code string }{{"canadian", "anadian", "CAD"}, {"australian", "ustralian", "AUD"}, {"n.z.", ".Z.", "NZD"}} {
		if (strings.Contains(text, c.written) || strings.Contains(text, strings.ToUpper(c.written))) && noteSays(text, c.adjective) {
			return c.code // (the whole text read only where it names the country)
		}
	}
	return ""
}

// noteSays reports whether a line of text, or a sentence of it, says that
// its figures are in the dollars that adjective names ("u.s.",
// "canadian").
func noteSays(text, adjective string) bool {
	for line := range strings.Lines(text) {
		l := strings.ToLower(strings.TrimSpace(line))
		l = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(l, "note:"), " "), ".")
		l = strings.TrimPrefix(l, "figures in ")
		if m, ok := strings.CutPrefix(l, adjective+" "); ok || strings.HasPrefix(l, "("+adjective+" ") {
			if !ok {
				m = strings.TrimSuffix(strings.TrimPrefix(l, "("+adjective+" "), ")")
			}
			switch m {
			case "dlrs", "funds", "currency", "dollars":
				return true
			}
		}
	}
	words := strings.ToLower(strings.Join(strings.Fields(text), " "))
	for _, what := range [...]string{"figures", "amounts", "results"} {
		for _, are := range [...]string{" in ", " are in "} {
			for _, money := range [...]string{" dollars", " dlrs", " funds"} {
				if strings.Contains(words, what+are+adjective+money) {
					return true
				}
			}
		}
	}
	return false
}

// dateOnLine reports whether a month and a day stand on the line of token
// i, from i on, within a few words: a dateline's date.
func (x *extractor) dateOnLine(i int) bool {
	for k := i; k < len(x.toks) && k < i+6 && (k == i || x.toks[k].flags&fNewline == 0); k++ {
		if m, j := x.monthAt(k); m != 0 {
			if d, _ := x.dayAt(j); d != 0 {
				return true
			}
		}
	}
	return false
}

// placeEndingAt returns the capitals of a dateline's place that end at
// token i, joined by spaces: "HONG KONG".
func (x *extractor) placeEndingAt(i int) string {
	k := i
	for k > 0 && k > i-3 && x.toks[k].flags&fNewline == 0 && x.tokIs(k-1, tWord) && x.toks[k-1].flags&fAllCaps != 0 {
		k--
	}
	words := make([]string, 0, i-k+1)
	for m := k; m <= i; m++ {
		words = append(words, x.str(m))
	}
	return strings.Join(words, " ")
}

// worldWire reports whether w, the first word in a dateline's bracket,
// names a wire that writes US dollars "$" wherever it files from: the news
// agencies, and the agencies that report commodities' prices ("SINGAPORE,
// April 9 (Argus) - ... offers at $540-550/t").
func worldWire(w string) bool {
	switch w {
	case "Reuters", "REUTERS", "AP", "AFP", "Bloomberg", "UPI", "Dow", "DJ", "Xinhua", "IANS", "ANSA", "dpa", "DPA", "EFE",
		"Argus", "Platts", "ICIS", "Fastmarkets", "Kallanish":
		return true
	}
	return false
}

// dottedDollars returns the code of the dollars named from token j by
// their country's initials with dots, as wire copy writes them: "U.S.
// dollars", "N.Z. Dlrs", "H.K. dlrs"; or "".
func (x *extractor) dottedDollars(j int) string {
	if !x.tokIs(j, tWord) || !x.tokIs(j+2, tWord) || !x.tokIs(j+4, tWord) || x.mark(j+1) != '.' || x.mark(j+3) != '.' ||
		currencyNoun(x.lowerAt(j+4)) != "dollar" {
		return ""
	}
	a, b := x.str(j), x.str(j+2)
	if len(a) != 1 || len(b) != 1 {
		return ""
	}
	return prefixDollar(strings.ToUpper(a + b))
}

// prefixDollar returns the code of the dollar whose country's prefix is
// p ("US", "NZ", "HK", "C", "A", "S"), or "" when p names no dollar.
func prefixDollar(p string) string {
	switch u := currencyPrefix(p); u {
	case "USD", "AUD", "CAD", "HKD", "NZD", "SGD", "TWD":
		return u
	}
	return ""
}

// namedDollar returns the dollar that the text last named with its
// country in a sum before token j: "30.13 billion N.Z. Dlrs", "5 mln
// Canadian dollars", "C$40", "7 mln U.S. dlrs"; or "" when none. A bare
// "dlrs" after it is that dollar, as wire copy says the country once: "M-3
// rose to 30.13 billion N.Z. Dlrs ... M-1 grew to 4.72 billion dlrs"; so
// does a phrase of the dollar's terms, "In Australian dollar terms". In
// the headline, the first line, it is the dollar the story names first,
// if it does so soon after and before a bare sum in dollars: "N.Z. TRADE SURPLUS 119.1 MLN DLRS\n
// WELLINGTON - ... 119.1 mln N.Z. Dlrs". It reads the text once, however
// often it is asked, as the asks go forward.
func (x *extractor) namedDollar(j int) string {
	if j < x.dollarAt {
		x.dollarAt, x.dollar = 0, ""
	}
	for k := x.dollarAt; k < j; k++ {
		if u := x.dollarAfter(k); u != "" && !x.currencyPrice(k) {
			x.dollar = u
		}
		if u := x.dollarTerms(k); u != "" {
			x.dollar = u // "In Australian dollar terms, reserves fell by 1.24 billion\ndlrs"
		}
	}
	x.dollarAt = j
	if x.dollar == "" && !x.newlineIn(1, j+1) {
		first := ""
		for k := j + 1; k < len(x.toks) && k <= j+80; k++ {
			if u := x.dollarAfter(k); u != "" && x.newlineIn(j+1, k+1) {
				// named below the headline: the sum of the headline's
				// figure, "DOW TO ISSUE 56 MLN DLRS IN BONDS ... 100 mln New
				// Zealand dollar denominated bonds worth approximately 56
				// mln U.S. dlrs", else the first
				if x.str(x.sumDigits(k)) == x.str(x.sumDigits(j-1)) {
					return u
				}
				if first == "" {
					first = u
				}
				continue
			}
			if x.tokIs(k, tWord) && currencyNoun(x.lowerAt(k)) == "dollar" &&
				(x.tokIs(k-1, tNum) || x.tokIs(k-1, tWord) && x.toks[k-1].is(lexicon.Scale)) {
				break // the story's first sum in dollars is bare: "KEPPEL ... 75 MLN DLRS ... 75 mln dlrs"
			}
		}
		if first != "" {
			return first
		}
	}
	return x.dollar
}

// dollarTerms returns the code of the dollar that "in <country> dollar
// terms", ending at token k, names ("In Australian dollar terms,
// reserves fell"); or "".
func (x *extractor) dollarTerms(k int) string {
	if !x.eq(k, wTerms) || !x.tokIs(k-1, tWord) || currencyNoun(x.lowerAt(k-1)) != "dollar" || !x.eq(k-3, wIn) {
		return ""
	}
	return x.currencyAdjective(k - 2)
}

// sumDigits returns the token of the digits of the sum whose number or
// scale is at token k ("56" of "56 MLN"), or k.
func (x *extractor) sumDigits(k int) int {
	if x.tokIs(k, tWord) && x.toks[k].is(lexicon.Scale) && x.tokIs(k-1, tNum) {
		return k - 1
	}
	return k
}

// currencyPrice reports whether the number at token k, a few units with
// decimals, is the price of a currency named just before it or quoted to
// four decimals, not a sum of the story: "a 10-month high for the
// currency of 0.71 U.S. Dlrs", "sold it down about 30 points to 0.6820
// U.S. Dlrs" under a Sydney dateline leave the story's bare "dlrs"
// Australian.
func (x *extractor) currencyPrice(k int) bool {
	if k >= 2 && x.mark(k-1) == '/' && x.tokIs(k-2, tNum) {
		k -= 2 // a dealer's quote, "0.6858/63 U.S. Dlrs": its first figure
	}
	if !x.tokIs(k, tNum) || strings.IndexByte(x.str(k), '.') != 1 {
		return false // one digit before its decimals
	}
	if len(x.str(k)) >= 6 && !(x.tokIs(k+1, tWord) && x.toks[k+1].is(lexicon.Scale)) {
		return true // four decimals, as a rate is quoted: "sold it down about 30 points to 0.6820 U.S. Dlrs"
	}
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		if x.eq(m, wCurrency) || x.tokIs(m, tWord) && currencyNoun(x.lowerAt(m)) != "" {
			return true
		}
	}
	return false
}

// dollarAfter returns the code of a dollar named with its country right
// after the number or scale at token k ("5 mln Canadian dlrs", "2 billion
// New Zealand dollars", "4 mln U.S. dlrs"), or of a prefixed dollar sign
// at k ("C$", "NZ$"); else "".
func (x *extractor) dollarAfter(k int) string {
	t := &x.toks[k]
	if t.class == tPunct {
		if x.text[t.s] == '$' && t.flags&fSpace == 0 && x.tokIs(k-1, tWord) && x.tokIs(k+1, tNum) {
			return prefixDollar(x.str(k - 1))
		}
		return ""
	}
	if !(t.class == tNum || t.class == tWord && t.is(lexicon.Scale)) || !x.tokIs(k+1, tWord) {
		return ""
	}
	if u := x.dottedDollars(k + 1); u != "" {
		return u
	}
	if u := x.dollarCountryAfter(k + 1); u != "" {
		return u
	}
	for a := k + 1; a <= k+2; a++ {
		if x.tokIs(a+1, tWord) && currencyNoun(x.lowerAt(a+1)) == "dollar" {
			return x.currencyAdjective(a) // "Canadian dlrs", "New Zealand dollars"
		}
	}
	return ""
}

// dollarCountryAfter returns the code of the dollar whose country follows
// the "dlrs" or "cts" at token j: "three billion dlrs U.S. from 3.5
// billion dlrs U.S." under an Ottawa dateline, "RAISES CRUDE 32 CTS
// CANADIAN"; or "". The country's adjective ends its line or clause, lest
// it name what follows ("10 dlrs Canadian oil").
func (x *extractor) dollarCountryAfter(j int) string {
	switch x.spAt(j) {
	case wDlrs, wDlr, wDollars, wCts, wCents:
	default:
		return ""
	}
	if a := x.afterUS(j + 1); a > j+1 {
		return "USD"
	}
	u := currencyAdjectives["dollar"][x.lowerAt(j+1)]
	if u == "" || !x.tokIs(j+1, tWord) {
		return ""
	}
	if x.tokIs(j+2, tWord) && x.toks[j+2].flags&fNewline == 0 {
		return ""
	}
	return u
}

// issueDollar returns the dollar of the security that the sentence of
// token j, or the headline above a dateline, names with its country
// (dollarIssue): the bare "dlrs" of "The Canadian dollar bond ... has
// been increased to 150 mln dlrs", of "notes in denominations of one mln
// dlrs" under "OFFERS AUSTRALIAN DOLLAR ISSUES"; or "".
func (x *extractor) issueDollar(j int) string {
	for k := x.sentenceStartBefore(j); k < j; k++ {
		if u := x.dollarIssue(k); u != "" {
			return u
		}
	}
	if place, _ := x.datelinePlace(); place == "" {
		return ""
	}
	for k := 0; k < j && k < len(x.toks) && (k == 0 || x.toks[k].flags&fNewline == 0); k++ {
		if u := x.dollarIssue(k); u != "" {
			return u
		}
	}
	return ""
}

// dollarIssue returns the code of a dollar named with its country before
// a security at token k: "The Canadian dollar bond", "a five-year bullet
// Australian dlr eurobond", "CANADIAN DLR BOND"; else "".
func (x *extractor) dollarIssue(k int) string {
	if !x.tokIs(k, tWord) || !x.tokIs(k+2, tWord) || currencyNoun(x.lowerAt(k+1)) != "dollar" {
		return ""
	}
	switch x.spAt(k + 2) {
	case wBond, wBonds, wEurobond, wEurobonds, wIssue, wIssues, wNote, wNotes, wOffering, wPlacement, wDeposit, wDeposits, wLoan, wPaper:
		return x.currencyAdjective(k)
	}
	return ""
}

// dollarCents reads cents of a dollar named by its country at token j:
// "US cents", "U.S. cents", "Canadian cents", "Malaysian/Singapore cents". It returns the dollar's code
// and the index after "cents", or "".
func (x *extractor) dollarCents(j int) (string, int) {
	if !x.centsWord(j+1) && !x.centsWord(j+3) && !x.centsWord(j+4) {
		return "", j // no cents where they could stand
	}
	k := j + 1
	u := currencyAdjectives["dollar"][x.lowerAt(j)]
	if x.tokIs(j+4, tWord) && x.mark(j+1) == '.' && x.mark(j+3) == '.' && len(x.str(j)) == 1 && len(x.str(j+2)) == 1 {
		u, k = prefixDollar(strings.ToUpper(x.str(j)+x.str(j+2))), j+4 // "U.S. cents"
	}
	if u != "" && x.mark(j+1) == '/' && x.tokIs(j+2, tWord) && currencyAdjectives["dollar"][x.lowerAt(j+2)] != "" {
		k = j + 3 // "Malaysian/Singapore cents": two dollars at par, the first named
	}
	if u == "" || !x.centsWord(k) {
		return "", j
	}
	return u, k + 1
}

// centsWord reports whether token k is "cents", "cent" or "cts".
func (x *extractor) centsWord(k int) bool {
	return x.eq(k, wCents) || x.eq(k, wCent) || x.eq(k, wCts)
}

// dollarCentsAt reports whether cents of a dollar named by its country
// stand at token j ("Canadian cents", dollarCents).
func (x *extractor) dollarCentsAt(j int) bool {
	u, _ := x.dollarCents(j)
	return u != ""
}

// storyCents returns the currency of the cents at token j ("cents",
// "cts") that the text named for its cents before, other than the US
// dollar's: "196 cts" after "201.66 Malaysian/Singapore cts" in a report
// from Geneva; or "". Under a US dateline bare cents are the dollar's.
func (x *extractor) storyCents(j int) string {
	if !x.eq(j, wCents) && !x.eq(j, wCts) || x.usDateline() {
		return ""
	}
	for k := j - 1; k >= max(1, j-4); k-- {
		if x.mark(k) == '(' && len(x.claims) > 0 && x.claims[len(x.claims)-1].Kind == factcheck.Money && int(x.toks[k-1].e) == x.claims[len(x.claims)-1].End {
			return "" // "0.56 cruzados (about 2.5 cents)": a conversion into dollars
		}
	}
	for k := len(x.claims) - 1; k >= 0; k-- {
		if p := &x.claims[k]; p.Kind == factcheck.Money && cents(lower(p.Text)) && !strings.HasSuffix(lower(p.Text), "p") {
			if p.Unit == "USD" || p.Unit == "GBP" {
				return ""
			}
			return p.Unit
		}
	}
	return ""
}

// centsOf returns the currency whose cents "cents" at token j are, when
// that is not unit, the currency they read as alone: when they read as
// the dollar's and their sentence named another currency just before,
// other than the pound ("20.10 rupees per kilo, up five cents"), or when
// the sentence writes the currency just after "to" or "from", by its letters ("cut by
// 88 cents to KSh 3.64") or its name ("rose 60 cents to 19.80 dlrs" under
// a Singapore dateline); or "".
func (x *extractor) centsOf(j int, unit string) string {
	if !x.eq(j, wCents) && !x.eq(j, wCent) && !x.eq(j, wCts) {
		return ""
	}
	if k := j + 2; (x.eq(j+1, wTo) || x.eq(j+1, wFrom)) && x.tokIs(k, tWord) && x.tokIs(k+1, tNum) {
		if u := ownPrefix(x.str(k)); u != "" && u != unit {
			return u // "cut by 88 cents to KSh 3.64": the cents of the level it went to
		}
	}
	if k := j + 3; (x.eq(j+1, wTo) || x.eq(j+1, wFrom)) && x.tokIs(j+2, tNum) && x.tokIs(k, tWord) && x.toks[k].is(lexicon.Currency) && x.toks[k].entry().Per == 1 {
		if u := x.localCurrency(k, x.toks[k].entry().Unit); u != unit {
			return u // "rose 60 cents to 19.80 dlrs": the cents of the dollars after
		}
	}
	if len(x.claims) == 0 {
		return ""
	}
	p := &x.claims[len(x.claims)-1]
	end := x.tokenAfter(p)
	if unit != "USD" || p.Kind != factcheck.Money || p.Unit == "USD" || p.Unit == "GBP" || cents(lower(p.Text)) || end > j || x.sentenceEndIn(end, j) {
		return ""
	}
	for k := end; k < j; k++ {
		if x.mark(k) == '(' {
			return "" // "0.56 cruzados (about 2.5 cents)": a conversion
		}
	}
	return p.Unit
}
