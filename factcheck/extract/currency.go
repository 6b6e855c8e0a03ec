package extract

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/currency"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Money is read in every spelling the world uses, and its unit is always
// the ISO 4217 code: symbols ("€5", "₩5,000", "R$10"), prefixed dollars
// ("C$5", "HK$200"), ISO codes right before or after the number ("EUR
// 40m", "1.2bn USD"), names after it ("500 yen", "12 Swiss francs", "5
// trillion won") and wire forms ("5 dlrs", "3 mln stg").

// currencySymbol returns the ISO code of a currency symbol, or "". "¥" is
// JPY here; currencyOf reads it as CNY in a text about yuan. The symbols
// that more than one currency writes are given their world default by
// hand ("$", "£", "¥", "₩"); the others come from symbolCodes.
func currencySymbol(s string) string {
	switch s {
	case "$":
		return "USD"
	case "£":
		return "GBP"
	case "¥":
		return "JPY"
	case "₩":
		return "KRW"
	}
	if s == "" || s[0] < utf8.RuneSelf {
		return "" // every other symbol is a character beyond ASCII
	}
	return symbolCodes[s]
}

// symbolCodes maps the currency symbols of one character that no letter
// is ("€", "₹", "₾", "฿", "₸"), as golang.org/x/text/currency writes them,
// to the one currency that writes each; and the few it writes by code
// whose symbol is in wide use ("₴", "₺", Ghana's "₵"), and bitcoin's "₿".
var symbolCodes = func() map[string]string {
	codes := map[string]string{"₴": "UAH", "₺": "TRY", "₵": "GHS", "₿": "BTC"}
	shared := map[string]bool{}
	for it := currency.Query(); it.Next(); {
		u := it.Unit()
		f := strings.Fields(fmt.Sprint(currency.NarrowSymbol(u.Amount(1))))
		if len(f) != 2 || utf8.RuneCountInString(f[0]) != 1 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(f[0])
		if r < utf8.RuneSelf || unicode.IsLetter(r) {
			continue
		}
		if c, ok := codes[f[0]]; ok && c != u.String() {
			shared[f[0]] = true
		}
		codes[f[0]] = u.String()
	}
	for s := range shared {
		delete(codes, s)
	}
	return codes
}()

// currencyPrefix returns the ISO code for a prefix before "$": "US$", "A$",
// "NT$", "R$" (Brazil's real); or for a word before a number (wordPrefix);
// or "".
func currencyPrefix(s string) string {
	switch s {
	case "US":
		return "USD"
	case "A", "AU":
		return "AUD"
	case "C", "CA":
		return "CAD"
	case "HK":
		return "HKD"
	case "NZ":
		return "NZD"
	case "S":
		return "SGD"
	case "NT":
		return "TWD"
	case "N":
		return "NAD" // "N$80 000", Namibia's dollar
	case "R":
		return "BRL"
	case "Mex", "MX":
		return "MXN" // "Mex$18.40", the Mexican peso's sign
	case "Col", "COL":
		return "COP" // "Col$162,000"
	case "Cz", "CZ":
		return "BRC" // "Cz$ 150 billion": Brazil's cruzado of 1986-89
	case "AR", "Ar":
		return "ARS" // "AR$3,500"
	case "CL", "Ch":
		return "CLP" // "CL$950", "Ch$50,000"
	case "J":
		return "JMD" // "J$5,000", Jamaica's dollar
	case "Z":
		return "ZWD" // "Z$3,500", Zimbabwe's dollar of 1980-2006
	case "TT":
		return "TTD" // "TT$60"
	case "EC":
		return "XCD" // "EC$2.70", the Eastern Caribbean dollar
	case "RD":
		return "DOP" // "RD$58", the Dominican peso
	case "G":
		return "GYD" // "G$1.5 billion", Guyana's dollar
	case "BDS", "Bds":
		return "BBD" // "BDS$12 million", Barbados's dollar
	case "BZ":
		return "BZD" // "BZ$40", Belize's dollar
	case "FJ":
		return "FJD" // "FJ$2.5 million", Fiji's dollar
	case "NRs", "NPR":
		return "NPR" // "NRs 200,000", Nepal's rupee
	case "Rs", "INR":
		return "INR"
	case "Rp":
		return "IDR"
	case "RM":
		return "MYR"
	case "DM":
		return "DEM" // the Deutsche Mark, before the euro
	case "Fr", "SFr", "Sfr":
		return "CHF" // "Fr. 2.5 million", "SFr 40", "Sfr 39"
	case "FFr", "Ffr":
		return "FRF" // "FFr 42", the French franc as the wires wrote it (a table's "FFR" labels a row)
	case "BFr", "Bfr":
		return "BEF" // "BFr 1,250", Belgium's franc
	case "Dfl", "Dfls":
		return "NLG" // "Dfl 3", the guilder (florin)
	case "Lit", "lire", "Lire":
		return "ITL" // "Lit 2,340", "net profit of lire 2,162 billion": the lira as the wires wrote it before a sum
	case "KD":
		return "KWD" // "KD 5.6 billion", Kuwait's dinar
	case "BD":
		return "BHD" // "BD17.2bn", Bahrain's dinar
	case "JD":
		return "JOD" // "JD12.3bn", Jordan's dinar
	case "GH":
		return "GHS" // "GH₵12.45", "GH¢1,100": the cedi's sign after Ghana's letters
	case "Dh", "Dhs":
		return "AED" // "Dh15.5 billion"
	case "SR":
		return "SAR" // "SR15 billion"
	case "QR":
		return "QAR" // "QR9 billion"
	case "Tk":
		return "BDT" // "Tk 12,500", Bangladesh's taka
	case "TL":
		return "TRY" // "TL 1.6 trillion", the Turkish lira's letters
	case "Rmb":
		return "CNY" // "Rmb7.06tn", the renminbi as the financial press writes it glued
	case "LE":
		return "EGP" // "LE 4,500", Egypt's pound as its press writes it, the livre égyptienne
	case "Bt":
		return "THB" // "Bt1.2tn", "Bt3 million": the baht as Bangkok's papers write it
	case "Php":
		return "PHP" // "Php2.1-billion", the peso as Manila's papers write its code
	case "stg":
		return "GBP" // "British shoppers added stg 1.4 bln", sterling as wire copy writes it before a sum
	case "SKr":
		return "SEK" // "SKr8.2bn": the krona as the FT writes it
	case "NKr":
		return "NOK"
	case "DKr":
		return "DKK"
	case "Rwf", "RWF", "FRw":
		return "RWF" // "Rwf 4.1 billion", Rwanda's franc
	}
	if kenyanShilling(s) {
		return "KES"
	}
	return ""
}

// wordPrefix reports whether s is a currency's abbreviation written as a
// word before the number, with or without a space: "Rs 5,00,000", "Rp
// 50,000", "NRs 200,000", "RM30", "DM3.5bn", "Fr. 2.5 million", "KD 5.6 billion", "BD17.2bn", "JD12.3bn", "KSh 2.3bn", "Dh15.5
// billion", "SR15 billion", "QR9 billion", "Tk 12,500", "Bt1.2tn", "LE 4,500", "Rmb7.06tn", "Php2.1 billion", "SKr8.2bn", "Rwf 4.1 billion",
// the wires' "FFr 42", "BFr 1,250", "Dfl 3", "Lit 2,340", "stg 320 mln" (after a
// sum, "100 mln stg 9-3/8 pct", the sum before takes it).
func wordPrefix(s string) bool {
	switch s {
	case "Rs", "NRs", "Rp", "RM", "DM", "Fr", "SFr", "Sfr", "KD", "BD", "JD", "Dh", "Dhs", "SR", "QR", "Tk", "TL", "Bt", "LE", "Rmb", "Php", "stg",
		"SKr", "NKr", "DKr", "Rwf", "FRw", "FFr", "Ffr", "BFr", "Bfr", "Dfl", "Dfls", "Lit", "lire", "Lire":
		return true
	}
	return kenyanShilling(s)
}

// signedSum reads a sum whose sign stands between its currency's symbol
// at token i and its figure, "€-112m", "€+38m", "$−3.2bn": the sum, below
// zero after a minus. It returns the index after it, or i.
func (x *extractor) signedSum(i int) int {
	s := x.str(i + 1)
	if currencySymbol(x.str(i)) == "" || !x.tokIs(i+1, tPunct) || s != "-" && s != "+" && s != "\u2212" || x.toks[i+1].flags&fSpace != 0 ||
		!x.tokIs(i+2, tNum) || x.toks[i+2].flags&fSpace != 0 {
		return i
	}
	n := len(x.claims)
	next := x.numeric(i+2, i)
	if len(x.claims) == n+1 && s != "+" {
		if c := &x.claims[n]; c.Kind == factcheck.Money && c.Value.Num > 0 && c.Start == int(x.toks[i].s) {
			c.Value.Num = -c.Value.Num
		}
	}
	return next
}

// usCents reports whether token i is "US" glued to a figure of cents:
// "US94c", "US55c/lb".
func (x *extractor) usCents(i int) bool {
	if uint(i) >= uint(len(x.toks)) {
		return false // a figure that opens the text ("0c") has nothing before it
	}
	t := &x.toks[i]
	return t.e-t.s == 2 && x.text[t.s] == 'U' && x.text[t.s+1] == 'S' && x.tokIs(i+1, tNum) && x.toks[i+1].flags&fSpace == 0 &&
		x.tokIs(i+2, tWord) && x.toks[i+2].flags&fSpace == 0 && x.str(i+2) == "c"
}

// usCentsClaim reads the figure after "US" at token i (usCents) as a sum
// in US dollars and makes it cents: "US94c" is 0.94 USD wherever the
// text is set.
func (x *extractor) usCentsClaim(i int) int {
	n := len(x.claims)
	next := x.numeric(i+1, i)
	if len(x.claims) != n+1 || x.claims[n].Kind != factcheck.Money || x.claims[n].End != int(x.toks[i+1].e) {
		return next
	}
	c := &x.claims[n]
	c.Value.Num /= 100
	if c.EndValue != nil {
		c.EndValue.Num /= 100
	}
	c.End = int(x.toks[i+2].e)
	c.Text = x.text[c.Start:c.End]
	return max(next, i+3)
}

// solSign returns the token of the number after Peru's sol written as its
// sign, "S/" or "S/." glued, at token i ("S/ 11.30", "S/1,025",
// "S/.3.72"); or i. A United Nations document's symbol, "S/2023/845",
// is no sum.
func (x *extractor) solSign(i int) int {
	if x.str(i) != "S" || !x.tokIs(i+1, tPunct) || x.mark(i+1) != '/' || x.toks[i+1].flags&fSpace != 0 {
		return i
	}
	k := i + 2
	if x.tokIs(k, tPunct) && x.mark(k) == '.' && x.toks[k].flags&fSpace == 0 {
		k++
	}
	if !x.tokIs(k, tNum) || x.tokIs(k+1, tPunct) && x.mark(k+1) == '/' && x.toks[k+1].flags&fSpace == 0 {
		return i
	}
	return k
}

// poundPrefix returns the code of the pound that a prefix before "£"
// writes, "IR£4,500" (the Irish pound before the euro), "E£" (Egypt's);
// or "".
func poundPrefix(s string) string {
	switch s {
	case "IR":
		return "IEP"
	case "E":
		return "EGP"
	}
	return ""
}

// kenyanShilling reports whether s writes the Kenyan shilling before a
// number, spaced or glued: "KSh 2.3bn", "Ksh 4,000", "Kshs 500".
func kenyanShilling(s string) bool { return s == "KSh" || s == "Ksh" || s == "Kshs" || s == "KShs" }

// wordCodes are the ISO 4217 codes that English writes in capitals as
// other words or names, read as money only in a text of their country
// (codeBefore); an ISO 4217 code's first two letters are its country's.
var wordCodes = map[string]bool{"ALL": true, "AMD": true, "BOB": true, "BSD": true, "CUP": true, "GEL": true, "MAD": true,
	"MOP": true, "NPR": true, "PEN": true, "SOS": true, "TOP": true}

// currencyCodes are the ISO 4217 codes of the currencies in use, as
// golang.org/x/text/currency knows them, less the words and abbreviations
// that are written in capitals before or after a number and are no money:
// "ALL 5 members", "TOP 10", "AMD" the chip maker, "BSD" Unix, "NPR" the
// radio, "CUP", "MOP", "MAD", "GEL", "PEN", "SOS", "BOB". Historical codes
// (DEM, FRF) are left out: many are abbreviations too ("ARM", "ESP").
var currencyCodes = func() map[string]bool {
	codes := map[string]bool{}
	for it := currency.Query(); it.Next(); {
		codes[it.Unit().String()] = true
	}
	for w := range wordCodes {
		delete(codes, w)
	}
	// crypto-currencies, the one exception to ISO 4217: their tickers
	codes["BTC"], codes["ETH"] = true, true
	return codes
}()

// crypto reports whether unit is a crypto-currency's ticker, often
// written with a capital: "77 Ether", "2 Bitcoin".
func crypto(unit string) bool { return unit == "BTC" || unit == "ETH" }

// isoCode returns s when it is one of currencyCodes, else "".
func isoCode(s string) string {
	if len(s) != 3 || !currencyCodes[s] {
		return ""
	}
	return s
}

// codeBefore returns the currency of the word at i when it is a code that
// stands right before a number: "EUR 40m", "CHF300", "RMB 5bn"; or "".
func (x *extractor) codeBefore(i int) string {
	t := &x.toks[i]
	if t.flags&fAllCaps == 0 || t.e-t.s != 3 || !x.tokIs(i+1, tNum) || x.toks[i+1].flags&fNewline != 0 {
		return ""
	}
	s := x.str(i)
	if v := x.str(i + 1); len(v) <= 2 && allDigits(v) && !x.scaleWordAt(i+2) && (s == "SDG" || x.toks[i+1].flags&fSpace == 0) {
		return "" // "SDG 14": one of the UN's Sustainable Development Goals, no Sudanese pounds; "COP29", "SSP5-8.5": names, a code glued to a small number
	}
	if u := codeNames[s]; u != "" {
		return u
	}
	if wordCodes[s] && x.mentions(s[:2]) {
		return s // "MAD 9.6 billion" in a story of Morocco
	}
	return isoCode(s)
}

// codeNames are the codes of three capitals that the press writes before a
// sum for a currency whose ISO code is another: the renminbi's "RMB", the
// IMF's special drawing rights, "SDR 2.1 billion", Israel's new shekel,
// "NIS 250bn".
var codeNames = map[string]string{"RMB": "CNY", "SDR": "XDR", "NIS": "ILS"}

// currencyOf returns the currency of the symbol, prefix or code at token i.
func currencyOf(x *extractor, i int) string {
	s := x.str(i)
	if sym, _ := entitySymbol(x.text[x.toks[i].s:]); sym != "" {
		s = sym // "&#163;1.8m"
	}
	if x.toks[i].class == tWord {
		if u := poundPrefix(s); u != "" && x.str(i+1) == "£" {
			return u
		}
		if u := x.localPrefixAt(i); u != "" {
			return u
		}
		if x.solSign(i) > i {
			return "PEN"
		}
		if u := currencyPrefix(s); u != "" {
			return u
		}
		if u := signsAfter[s]; u != "" {
			return u // "zł70.4bn"
		}
		return x.codeBefore(i)
	}
	if s == "¥" && x.saysYuan() {
		return "CNY"
	}
	if u := x.dollarSuffix(i); u != "" {
		return u
	}
	if s == "$" && x.abbreviationAt(i-4, "U", "S") && x.toks[i].flags&fSpace == 0 {
		return "USD" // "or about U.S.$1.0 billion" under a Singapore dateline
	}
	if s == "$" && x.convertsSignedDollar(i) {
		return "USD" // "raised HK$780 million, or about $100 million", "costs $799, or HK$6,249 in Hong Kong"
	}
	if s == "$" {
		if u := x.localDollar(); u != "" {
			return u // "SYDNEY, May 9 (AAP) - ... $2.4 billion"
		}
		place, _ := x.datelinePlace()
		if dollarPlaces[place] != "" && x.namedDollar(i) == dollarPlaces[place] && !x.inBrackets(i) {
			return dollarPlaces[place] // "SYDNEY — ... a cash profit of A$5.02 billion, and ... a dividend of $2.25 a share"
		}
		if place == "" && !x.inBrackets(i) && !x.dollarsToldApart() && !x.worldPriceAfter(i) { // (but "1.2bn Australian dollars (£458m; $874m)" converts, and "oil added 62 cents to $79.12 a barrel" is a world price)
			if u := x.namedDollar(i); u != "" && u != "USD" {
				return u // "an A$9.3 billion surplus ..., before the budget slips into the red by about $28bn": no dateline, the text's dollar named first
			}
		}
		if u := x.homeDollar(); u != "" && !x.inBrackets(i) {
			return u // "TORONTO — Ontario is projecting a $9.8-billion deficit", "Sydney's median house price ... $1.41 million"
		}
		if u := x.signedDollar(); u != "" && !x.inBrackets(i) {
			return u // "a $600,000 loan ... about A$90 lower"
		}
	}
	return currencySymbol(s)
}

// worldPriceAfter reports whether the sum whose "$" is at token i is a
// price of oil or of a precious metal, which the world quotes in US
// dollars wherever it is written: "$79.12 a barrel", "$1,950 an ounce".
func (x *extractor) worldPriceAfter(i int) bool {
	k := i + 1
	if !x.tokIs(k, tNum) {
		return false
	}
	k++
	if x.eq(k, wA) || x.eq(k, wAn) || x.eq(k, wPer) {
		k++
	}
	return k > i+2 && (x.eq(k, wBarrel) || x.eqText(k, "ounce"))
}

// hedgeAt reports whether token k is a hedge before a figure that leaves
// it exact enough to compare: "about", "around", "roughly", "some",
// "nearly", "almost".
func (x *extractor) hedgeAt(k int) bool {
	return x.eq(k, wAbout) || x.eq(k, wRoughly) || x.eq(k, wAround) || x.eq(k, wSome) || x.eq(k, wNearly) || x.eq(k, wAlmost)
}

// convertsSignedDollar reports whether the sum whose bare "$" is at token
// i converts, after ", or" and perhaps a hedge, a sum in a dollar its
// country's prefix signs ("HK$780 million, or about $100 million"), or is
// converted so ("$799, or HK$6,249"): a conversion is into another money,
// the US dollar.
func (x *extractor) convertsSignedDollar(i int) bool {
	k := i - 1
	if x.hedgeAt(k) {
		k--
	}
	if x.eq(k, wOr) && x.mark(k-1) == ',' && len(x.claims) > 0 {
		p := &x.claims[len(x.claims)-1]
		if p.Kind == factcheck.Money && p.Unit != "USD" && p.End == int(x.toks[k-2].e) && signsOtherDollar(p.Text) {
			return true
		}
	}
	k = i + 2 // past the digits
	for k < len(x.toks) && k <= i+3 && x.tokIs(k, tWord) && x.toks[k].is(lexicon.Scale) {
		k++
	}
	if x.mark(k) != ',' || !x.eq(k+1, wOr) {
		return false
	}
	k += 2
	if x.hedgeAt(k) {
		k++
	}
	u := ""
	if x.tokIs(k, tWord) && x.mark(k+1) == '$' && x.toks[k+1].flags&fSpace == 0 && x.tokIs(k+2, tNum) {
		u = prefixDollar(x.str(k))
	}
	return u != "" && u != "USD"
}

// signsOtherDollar reports whether t, a claim's text, writes its sum in a
// dollar, not the US one, that its country's prefix signs: "HK$780
// million", "about A$12.50".
func signsOtherDollar(t string) bool {
	p, _, ok := strings.Cut(t, "$")
	if f := strings.Fields(p); len(f) > 0 {
		p = f[len(f)-1]
	}
	u := prefixDollar(p)
	return ok && u != "" && u != "USD"
}

// dollarsToldApart reports whether the sums read so far tell the text's
// dollars apart by their signs: one in US dollars written with a bare "$"
// ("$2.92B ..., including A$48.6m"), or two countries' dollars each
// signed ("Australia pledged A$1bn, ... Canada C$425m"). The text's bare
// "$" then stays the US dollar's ("while Washington raised its offer from
// $35m").
func (x *extractor) dollarsToldApart() bool {
	signed := ""
	for k := range x.claims {
		p := &x.claims[k]
		if p.Kind != factcheck.Money || !strings.Contains(p.Text, "$") {
			continue
		}
		switch {
		case p.Unit == "USD":
			return true
		case signed == "":
			signed = p.Unit
		case p.Unit != signed:
			return true
		}
	}
	return false
}

// dollarSuffix returns the dollar that "$" at token i names by the
// country's letters glued after it, before the figure: "$NZ1.05 million",
// "$A1.1bn", "$US50", "$C12", as Australian and New Zealand papers once
// wrote them; or "".
func (x *extractor) dollarSuffix(i int) string {
	if x.mark(i) != '$' || !x.tokIs(i+1, tWord) || x.toks[i+1].flags&fSpace != 0 || !x.tokIs(i+2, tNum) || x.toks[i+2].flags&fSpace != 0 {
		return ""
	}
	switch x.str(i + 1) {
	case "NZ":
		return "NZD"
	case "A", "AU", "AUS":
		return "AUD"
	case "US":
		return "USD"
	case "C", "CAN":
		return "CAD"
	case "HK":
		return "HKD"
	case "S":
		return "SGD"
	}
	return ""
}

// entitySymbols are the HTML character references of currency signs that
// text taken from web pages may keep, by name or by number.
var entitySymbols = []struct{ ref, sym string }{
	{"&#163;", "£"}, {"&pound;", "£"}, {"&#8364;", "€"}, {"&euro;", "€"}, {"&#36;", "$"}, {"&dollar;", "$"},
	{"&#165;", "¥"}, {"&yen;", "¥"}, {"&#x20ac;", "€"}, {"&#xa3;", "£"},
}

// entitySymbol returns the currency sign whose HTML character reference
// begins s ("&#163;", "&pound;") and the reference's length in bytes, or
// "" and 0.
func entitySymbol(s string) (string, int) {
	if len(s) < 4 || s[0] != '&' {
		return "", 0
	}
	for _, e := range entitySymbols {
		if len(s) >= len(e.ref) && strings.EqualFold(s[:len(e.ref)], e.ref) {
			return e.sym, len(e.ref)
		}
	}
	return "", 0
}

// saysYuan reports whether the text names China's currency ("yuan",
// "renminbi", "RMB"), or China and not Japan ("shipments in China ...
// slipped to ¥312"): its "¥" is then CNY.
func (x *extractor) saysYuan() bool {
	if x.yuan == 0 {
		x.yuan = 1
		china, japan := false, false
		for k := range x.toks {
			if !x.tokIs(k, tWord) {
				continue
			}
			if x.toks[k].is(lexicon.Currency) && x.toks[k].entry().Unit == "CNY" || x.str(k) == "RMB" {
				x.yuan = 2
				return true
			}
			switch x.str(k) {
			case "China", "Chinese", "Beijing", "Shanghai", "Shenzhen", "Guangzhou", "CHINA", "BEIJING", "SHANGHAI":
				china = true
			case "Japan", "Japanese", "Tokyo", "Osaka", "yen", "Yen", "JAPAN", "TOKYO", "OSAKA": // (a dateline's capitals too: "TOKYO, April 11")
				japan = true
			}
		}
		if china && !japan {
			x.yuan = 2
		}
	}
	return x.yuan == 2
}

// currencyAdjectives maps a currency's name, singular, to the nations'
// adjectives before it and their codes: "Swiss francs", "Mexican pesos".
// TestCurrencyTables checks every code against golang.org/x/text/currency.
var currencyAdjectives = map[string]map[string]string{
	"dollar": {"us": "USD", "american": "USD", "australian": "AUD", "australia": "AUD", "aust": "AUD", "aus": "AUD", "canadian": "CAD", "canada": "CAD", "cdn": "CAD", "singapore": "SGD",
		"taiwan": "TWD", "taiwanese": "TWD", "zimbabwe": "ZWD", "zimbabwean": "ZWD", "zealand": "NZD", "nz": "NZD", "jamaican": "JMD",
		"namibian": "NAD", "fijian": "FJD", "liberian": "LRD", "bahamian": "BSD", "brunei": "BND", "caribbean": "XCD", "kong": "HKD", "hk": "HKD", "nt": "TWD",
		"malaysian": "MYR", "guyanese": "GYD", "belize": "BZD", "barbados": "BBD", "barbadian": "BBD", "trinidad": "TTD",
		"jamaica": "JMD", "fiji": "FJD", "liberia": "LRD", "bahamas": "BSD", "guyana": "GYD", "namibia": "NAD", "bermuda": "BMD",
		"bermudian": "BMD", "cayman": "KYD"},
	"franc": {"swiss": "CHF", "french": "FRF", "belgian": "BEF", "luxembourg": "LUF", "lux": "LUF", "cfa": "XOF", "congolese": "CDF", "malagasy": "MGF", "burundi": "BIF", "burundian": "BIF", "rwandan": "RWF", "djibouti": "DJF", "guinean": "GNF", "comorian": "KMF"},
	"krone": {"danish": "DKK", "norwegian": "NOK"},
	"dram":  {"armenian": "AMD"},
	"krona": {"swedish": "SEK", "icelandic": "ISK"},
	"crown": {"swedish": "SEK", "danish": "DKK", "norwegian": "NOK", "czech": "CZK", "icelandic": "ISK"},
	"peso": {"mexican": "MXN", "argentine": "ARS", "argentinian": "ARS", "philippine": "PHP", "chilean": "CLP", "colombian": "COP", "cuban": "CUP", "dominican": "DOP", "uruguayan": "UYU",
		"mexico": "MXN", "argentina": "ARS", "philippines": "PHP", "chile": "CLP", "colombia": "COP", "uruguay": "UYU"},
	"pound": {"egyptian": "EGP", "lebanese": "LBP", "british": "GBP", "sudanese": "SDG", "syrian": "SYP", "irish": "IEP", "cypriot": "CYP"},
	"rupee": {"indian": "INR", "pakistani": "PKR", "lankan": "LKR", "nepalese": "NPR", "mauritian": "MUR",
		"india": "INR", "pakistan": "PKR", "lanka": "LKR", "nepal": "NPR", "mauritius": "MUR"},
	"yuan":   {"chinese": "CNY"},
	"yen":    {"japanese": "JPY"},
	"rand":   {"african": "ZAR"},
	"real":   {"brazilian": "BRL"},
	"lira":   {"turkish": "TRY", "maltese": "MTL"},
	"rouble": {"russian": "RUB", "belarusian": "BYN"},
	"won":    {"korean": "KRW"},
	"dinar": {"kuwaiti": "KWD", "iraqi": "IQD", "jordanian": "JOD", "bahraini": "BHD", "serbian": "RSD", "algerian": "DZD", "tunisian": "TND", "libyan": "LYD",
		"kuwait": "KWD", "iraq": "IQD", "jordan": "JOD", "bahrain": "BHD", "algeria": "DZD", "tunisia": "TND", "libya": "LYD"},
	"shilling": {"kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS", "somali": "SOS", "kenya": "KES", "uganda": "UGX", "tanzania": "TZS", "somalia": "SOS"},
	"dirham":   {"emirati": "AED", "uae": "AED", "moroccan": "MAD"},
	"riyal":    {"saudi": "SAR", "qatari": "QAR", "yemeni": "YER", "omani": "OMR"},
	"rial":     {"omani": "OMR", "iranian": "IRR", "yemeni": "YER"},
	"zloty":    {"polish": "PLN"},
	"forint":   {"hungarian": "HUF"},
	"leu":      {"romanian": "RON", "moldovan": "MDL"},
	"hryvnia":  {"ukrainian": "UAH"},
	"dong":     {"vietnamese": "VND"},
	"taka":     {"bangladeshi": "BDT", "bangladesh": "BDT"},
	"naira":    {"nigerian": "NGN", "nigeria": "NGN"},
	"cedi":     {"ghanaian": "GHS", "ghana": "GHS"},
	"kwacha":   {"zambian": "ZMW", "malawian": "MWK"},
	"shekel":   {"israeli": "ILS"},
	"rupiah":   {"indonesian": "IDR"},
	"ringgit":  {"malaysian": "MYR"},
	"baht":     {"thai": "THB"},
	"koruna":   {"czech": "CZK", "slovak": "SKK"},
	"lev":      {"bulgarian": "BGN"},
	"lari":     {"georgian": "GEL"},
	"tenge":    {"kazakh": "KZT", "kazakhstani": "KZT"},
	"kuna":     {"croatian": "HRK"},
	"manat":    {"azerbaijani": "AZN", "turkmen": "TMT"},
	"som":      {"kyrgyz": "KGS", "uzbek": "UZS"},
	"mark":     {"deutsche": "DEM", "german": "DEM", "finnish": "FIM"},
}

// currencyNoun returns the singular of a currency's name in lower case:
// "dlrs" and "dollars" are "dollar", "roubles" and "rubles" "rouble".
func currencyNoun(w string) string {
	switch w {
	case "dollars", "dlrs", "dlr":
		return "dollar"
	case "kroner":
		return "krone"
	case "kronor":
		return "krona"
	case "kr":
		return "crown" // "500 kr" in Stockholm, Oslo or Copenhagen
	case "reais":
		return "real"
	case "ruble", "rubles", "roubles":
		return "rouble"
	case "lei":
		return "leu"
	case "leva":
		return "lev"
	case "korun":
		return "koruna"
	case "centime", "centimes":
		return "franc" // a franc's hundredth, of the franc of its country
	case "fcfa":
		return "franc" // the CFA franc as francophone Africa writes it, "17 500 FCFA": the franc of its country, West or Central Africa's
	case "øre":
		return "krone" // a krone's hundredth, Norway's or Denmark's: "73 øre/kWh" in Oslo
	case "oere":
		return "crown" // a crown's hundredth as the wires spell it, Norway's, Sweden's or Denmark's: "30 oere a litre" in Oslo
	case "paise", "paisa":
		return "rupee" // a rupee's hundredth, of the rupee of its country: "appreciating by 11 paisa" in Karachi
	case "yuan", "yen", "rand", "won", "baht", "naira", "ringgit", "rupiah", "taka", "dong", "real", "lira", "leu", "zloty", "hryvnia", "cedi", "kwacha", "forint", "shekel", "rial", "riyal", "dirham", "dinar", "shilling", "rupee", "pound", "peso", "franc", "krona", "krone", "rouble", "dollar", "crown",
		"koruna", "lev", "lari", "tenge", "kuna", "manat", "som", "mark", "dram":
		return w
	}
	if len(w) > 1 && w[len(w)-1] == 's' {
		if n := w[:len(w)-1]; currencyAdjectives[n] != nil {
			return n // "francs", "pesos", "cedis"
		}
	}
	return ""
}

// currencyAdjective returns the ISO code of "Swiss francs", "Canadian
// dollars", "North Korean won": a nation's adjective at token j before a
// currency's name; or "".
func (x *extractor) currencyAdjective(j int) string {
	if !x.tokIs(j, tWord) || !x.tokIs(j+1, tWord) {
		return ""
	}
	noun := currencyNoun(x.lowerAt(j + 1))
	if noun == "" {
		// a currency that is one nation's by its own name, after a
		// nation's adjective: "Italian lire", "Dutch guilders" (but no
		// hundredth: "Canadian cents")
		if t := &x.toks[j+1]; t.is(lexicon.Currency) && t.entry().Per == 1 && len(t.entry().Unit) == 3 && x.toks[j].flags&fNewline == 0 &&
			x.toks[j].flags&fUpper != 0 && !x.toks[j].is(lexicon.Stop|lexicon.Determiner|lexicon.Month) && nationalEnding(x.lowerAt(j)) {
			return t.entry().Unit
		}
		return ""
	}
	adj := x.lowerAt(j)
	if adj == "can" && noun == "dollar" && x.str(j) == "Can" {
		return "CAD" // "4.3 billion Can dlr offer": wire copy's short form
	}
	if noun == "won" && adj == "korean" && x.eq(j-1, wNorth) {
		return "KPW"
	}
	if noun == "franc" && adj == "cfa" {
		return x.cfaFranc()
	}
	return currencyAdjectives[noun][adj]
}

// nationalEnding reports whether w, in lower case, ends as a nation's
// adjective does: "italian", "dutch", "portuguese", "finnish", "greek",
// "iraqi", "argentine" (but not "short" of a table's "Short sterling").
func nationalEnding(w string) bool {
	for _, e := range []string{"an", "ese", "ish", "ch", "ek", "i", "ine", "ic"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// cfaFranc returns the CFA franc of the text's country: Central Africa's
// (XAF: Cameroon, Gabon, Chad...) when its dateline, or else the country
// it names most, is one of them; West Africa's (XOF) otherwise.
func (x *extractor) cfaFranc() string {
	w := x.setting()
	francs := localCurrencies["franc"]
	if c := francs[w.dateline]; c == "XAF" || c == "XOF" {
		return c
	}
	code, best := "XOF", 0
	for _, c := range slices.Sorted(maps.Keys(w.mentions)) {
		if u := francs[c]; (u == "XAF" || u == "XOF") && w.mentions[c] > best {
			code, best = u, w.mentions[c]
		}
	}
	return code
}

// wonAt reports whether "won" at token j, after the number of c, is Korea's
// currency, not the verb: after a scale ("5 trillion won"), or ending the
// phrase ("cost 50,000 won.", "104.21 won per litre"), or before a rate's
// time ("10,030 won an hour") or the dollar it is quoted against, or
// paired with a sum in won by "vs".
func (x *extractor) wonAt(c *claimParts, j int) bool {
	if x.str(j) != "won" || c.num.year {
		return false
	}
	if x.eq(j+1, wVs) && x.tokIs(j+2, tNum) && x.str(j+3) == "won" || x.eq(c.num.first-1, wVs) && x.str(c.num.first-2) == "won" {
		return true // a results line's pair, each side in won: "Div 50 won vs 50 won"
	}
	if (x.eq(j+1, wTo) || x.eq(j+1, wFrom)) && x.tokIs(j+2, tNum) && x.toks[j+2].flags&fSpace != 0 && x.str(j+3) == "won" && c.num.value >= 100 {
		return true // a price's move and the price, each in won: "rose 1,500 won to 78,600 won"
	}
	if x.eq(j+1, wPer) && x.mentions("KR") {
		return true // "raise rates by 16.1 won per kilowatt-hour" in a story of Korea
	}
	if (j+1 >= len(x.toks) || x.tokIs(j+1, tPunct) || x.toks[j+1].is(lexicon.Stop)) && x.lastSumCurrency() == "KRW" {
		return true // "ended at 1,323.4 won against the U.S. dollar, up 8.6 won from the previous session's close": a move in the money the text counts in
	}
	return c.num.scaled || c.num.value >= 100 && (j+1 >= len(x.toks) || x.toks[j+1].class == tPunct && x.mark(j+1) != '-' || x.eq(j+1, wPer) ||
		x.mentions("KR") || // "fetching 93,000 won at wholesale" in a text of Korea
		x.eq(j+1, wEach) || x.eq(j+1, wApiece) || // "a payment of 300,000 won each"
		(x.eq(j+1, wAn) || x.eq(j+1, wA)) && x.tokIs(j+2, tWord) && x.toks[j+2].is(lexicon.Duration) || // "10,030 won an hour"
		(x.eq(j+1, wAgainst) || x.eq(j+1, wTo)) && x.eq(j+2, wThe) && x.dollarWordAt(j+3)) // "1,331.5 won against the dollar"
}

// andCents reads the cents after a sum in whole units: "$3 and 50 cents",
// "3 dollars and 50 cents", "3 dollars 50 cents", "thirteen dollars and
// forty-five cents", said aloud "forty-two pounds fifty", are one sum,
// 3.5, 13.45 and 42.5; with
// no "and", only after a sum under a thousand.
func (x *extractor) andCents(c *claimParts) {
	j := c.last
	if c.factor != 1 || c.end != nil || c.num.scaled && !(c.num.words && c.num.value < 1e6) || c.num.decimal {
		return // (but "one thousand two hundred and fifty dollars and fifty cents", its thousands in words)
	}
	if !c.num.words && x.tokIs(j, tNum) && x.tokIs(j-1, tWord) && x.toks[j-1].is(lexicon.Currency) && x.toks[j-1].entry().Per == 1 && c.num.value < 1000 &&
		len(x.str(j)) == 2 && allDigits(x.str(j)) && x.toks[j].flags&fNewline == 0 && (x.eq(j+1, wFor) || x.eq(j+1, wEach) || x.eq(j+1, wA) || x.eq(j+1, wPer) || x.tokIs(j+1, tPunct) && x.mark(j+1) != '%' && x.mark(j+1) != '/') {
		// "fined 3 dollars 50 for jaywalking": a sum said aloud in
		// digits, its cents unnamed
		v, _ := strconv.Atoi(x.str(j))
		c.num.value, c.num.decimal, c.last = round2(c.num.value+float64(v)/100), true, j+1
		return
	}
	if c.num.words && x.tokIs(j, tWord) && x.toks[j].is(lexicon.Cardinal) && x.tokIs(j-1, tWord) && x.toks[j-1].is(lexicon.Currency) && x.toks[j-1].entry().Per == 1 {
		// "one dollar twenty-six", "forty-two pounds fifty": a sum said
		// aloud, its cents unnamed, before the sentence goes on, a rate or
		// a comparison ("forty-two pounds fifty more than")
		if n, ok := x.wordNumber(j); ok && !n.scaled && n.value >= 1 && n.value < 100 &&
			(n.last >= len(x.toks) || x.tokIs(n.last, tPunct) || x.eq(n.last, wA) || x.eq(n.last, wPer) || x.eq(n.last, wMore) || x.eq(n.last, wLess) ||
				x.tokIs(n.last, tWord) && x.toks[n.last].is(lexicon.Stop) && !x.eq(n.last, wOf)) {
			c.num.value, c.num.decimal, c.last = round2(c.num.value+n.value/100), true, n.last
		}
		return
	}
	k := j + 1 // "and 50 cents"
	if !x.eq(j, wAnd) {
		signed := x.tokIs(c.first, tPunct) && x.gluedCents(j+1, c.unit) // "£3 50p"
		if !x.tokIs(j, tNum) || !(x.tokIs(j-1, tWord) && x.toks[j-1].is(lexicon.Currency) || signed) || x.toks[j].flags&fNewline != 0 || c.num.value >= 1000 {
			return // but "918,000 dlrs 38 cts in 1986", a results line's net and its share, its "or" dropped
		}
		k = j // "3 dollars 50 cents": the whole units named
	}
	var n number
	var ok bool
	switch {
	case x.tokIs(k, tNum):
		n, ok = x.digits(k)
	case x.tokIs(k, tWord) && x.toks[k].is(lexicon.Cardinal):
		n, ok = x.wordNumber(k) // "thirteen dollars and forty-five cents"
	}
	if !ok || n.scaled || n.decimal || n.value >= 100 || !x.tokIs(n.last, tWord) {
		return
	}
	if !x.gluedCents(n.last, c.unit) {
		if !x.toks[n.last].is(lexicon.Currency) {
			return
		}
		if e := x.toks[n.last].entry(); e.Per != 0.01 || e.Unit == "GBP" && c.unit != "GBP" {
			return
		}
	}
	c.num.value = round2(c.num.value + n.value/100)
	c.num.decimal = true
	c.last = n.last + 1
}

// centsAfterAnd reports whether cents in digits or words follow "and" at
// token j: "and 42 cents", "and forty-two cents", "and 43c".
func (x *extractor) centsAfterAnd(j int) bool {
	n, ok := x.numberAt(j + 1)
	if !ok || n.scaled || n.decimal || n.value >= 100 {
		return false
	}
	return x.centsWord(n.last) || x.eq(n.last, wPence) || x.gluedCents(n.last, "")
}

// gluedCents reports whether token k is the "c" of cents or, of pounds,
// the "p" of pence, glued to the figure before it: "$20 and 43c", "£3
// 50p".
func (x *extractor) gluedCents(k int, unit string) bool {
	if !x.tokIs(k, tWord) || x.toks[k].flags&fSpace != 0 || !x.tokIs(k-1, tNum) {
		return false
	}
	switch x.str(k) {
	case "c":
		return unit != "GBP"
	case "p":
		return unit == "GBP"
	}
	return false
}

// moneyUnit reads a currency right after the number of c, at token j: an
// ISO code ("40m EUR"), a name after a nation's adjective ("7 Canadian
// dollars", "9 Hong Kong dollars", "5 South African rand", "371 Irish
// pence"), or "won". It reports whether it read one.
func (x *extractor) moneyUnit(c *claimParts, j int) bool {
	t := &x.toks[j]
	unit, last := "", j+1
	switch {
	case t.flags&fAllCaps != 0 && !c.num.year && isoCode(x.str(j)) != "":
		unit = x.str(j)
	case t.flags&fAllCaps != 0 && !c.num.year && !c.num.scaled && len(x.str(j)) == 4 && x.str(j)[0] == 'M' && isoCode(x.str(j)[1:]) != "":
		// "30 MUSD", "120 MEUR": millions of a currency by its code, as
		// European business writing abbreviates them
		unit = x.str(j)[1:]
		c.num.value, c.num.scaled = c.num.value*1e6, true
	case (x.eq(j+1, wPenny) || x.eq(j+1, wPence)) && currencyAdjectives["pound"][x.lowerAt(j)] != "":
		// "one Irish penny", "371 Irish pence": a pound's hundredth
		c.unitKind, c.unit, c.factor, c.last = factcheck.Money, currencyAdjectives["pound"][x.lowerAt(j)], 0.01, j+2
		return true
	case x.currencyAdjective(j) != "":
		unit, last = x.currencyAdjective(j), j+2
	case x.eq(j, wNew) && x.tokIs(j+1, tWord) && x.toks[j+1].flags&fUpper != 0 && x.currencyAdjective(j+1) != "":
		unit, last = x.currencyAdjective(j+1), j+3 // "1.485 new Israeli shekels": a currency renamed new
	case t.flags&fUpper != 0 && x.tokIs(j+1, tWord) && x.toks[j+1].flags&fUpper != 0 && x.currencyAdjective(j+1) != "":
		unit, last = x.currencyAdjective(j+1), j+3
	case x.wonAt(c, j):
		unit = "KRW"
	case x.dottedDollars(j) != "":
		unit, last = x.dottedDollars(j), j+5 // "7.8 billion U.S. dlrs", "30.13 billion N.Z. Dlrs"
	default:
		if u, k := x.dollarCents(j); u != "" {
			c.unitKind, c.unit, c.factor, c.last = factcheck.Money, u, 0.01, k // "75 U.S. cents"
			return true
		}
	}
	if unit == "" {
		return false
	}
	c.unitKind, c.unit, c.factor, c.last = factcheck.Money, unit, 1, last
	return true
}

// shillingsAndPence reads a British sum of before 1971 in shillings and
// pence at token i: "1s 9d", "2s 6d" (a shilling a twentieth of a pound,
// a penny a 240th), money in pounds. It returns i when there is none.
func (x *extractor) shillingsAndPence(i int) int {
	if !x.tokIs(i+1, tWord) || x.str(i+1) != "s" || x.toks[i+1].flags&fSpace != 0 || !x.tokIs(i+2, tNum) ||
		x.toks[i+2].flags&fSpace == 0 || !x.tokIs(i+3, tWord) || x.str(i+3) != "d" || x.toks[i+3].flags&fSpace != 0 {
		return i
	}
	s, err1 := strconv.Atoi(x.str(i))
	d, err2 := strconv.Atoi(x.str(i + 2))
	if err1 != nil || err2 != nil || s < 0 || s > 19 || d < 0 || d > 11 {
		return i
	}
	c := claimParts{first: i, last: i + 4, unitKind: factcheck.Money, unit: "GBP", factor: 1, qual: factcheck.Exact,
		num: number{first: i, last: i + 4, value: float64(s)/20 + float64(d)/240, decimal: true}}
	c.qual, c.first = x.qualifier(i)
	x.emit(&c)
	return c.last
}
