package extract

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// A number is a number phrase: digits ("10,022", "1.5bn", "9 000") or words
// ("two million", "a dozen", "tens of thousands", "twenty-four").
type number struct {
	first, last int // token range [first, last)
	value       float64
	vague       bool // "hundreds", "dozens": the value is a floor
	words       bool // written in words
	scaled      bool // a scale word or suffix followed the number ("million", "bn")
	year        bool // four digits that may be a year
	decimal     bool
	bondPrice   bool // a whole and 32nds or 64ths joined by a hyphen, "98-16/32": a bond's price in points
}

// digits parses the number at token i, which is a tNum, with any scale that
// follows it ("1.2bn", "5 million", "300k"). ok is false for what is not a
// quantity: leading zeros, dotted identifiers.
func (x *extractor) digits(i int) (n number, ok bool) {
	s := x.str(i)
	if strings.Contains(s, "\u00b7") {
		s = strings.ReplaceAll(s, "\u00b7", ".") // "4·7%"
	}
	if strings.ContainsAny(s, "'\u2019") {
		s = strings.NewReplacer("'", "", "\u2019", "").Replace(s) // "5'900": Swiss thousands
	}
	if s[len(s)-1] >= 0x80 {
		// a vulgar fraction, alone or after digits: "½", "1½"
		k := len(s)
		for k > 0 && s[k-1] >= 0x80 {
			k--
		}
		f, m := vulgarFraction(s[k:])
		if m == 0 {
			return n, false
		}
		v := 0.0
		if k > 0 {
			var err error
			if v, err = strconv.ParseFloat(s[:k], 64); err != nil || strings.Contains(s[:k], ",") {
				return n, false
			}
			if dot := strings.IndexByte(s[:k], '.'); dot >= 0 {
				f *= math.Pow(10, -float64(k-dot-1)) // "$11.92½ a bushel": half of the last place, of a cent
			}
		}
		n = number{first: i, last: i + 1, value: fractionValue(v + f), decimal: true}
		x.scale(&n)
		return n, true
	}
	if len(s) > 1 && s[0] == '0' && s[1] != '.' && s[1] != ',' && !x.leadingPoint(i) && !(len(s) == 2 && x.clippedAt(i)) {
		return n, false // 007, 0800: identifiers and codes (but ".06 pct", a fraction's digits, "in '09", a year cut short)
	}
	dotted := dotGrouped(s) && (x.decimalCommaText() || x.wholeMoneyAt(i) || x.realSignBefore(i) && !x.scaleWordAt(i+1) || strings.IndexByte(s, ',') > 0 && (x.signBefore(i) || x.tokIs(i-1, tWord) && x.codeBefore(i-1) != "" || x.currencyAfterFigure(i)) ||
		s[0] != '0' && (strings.Count(s, ".") > 1 && strings.IndexByte(s, ',') < 0 && !x.versionBefore(i) || x.wholeThingsAfter(i)))
	if strings.Count(s, ".") > 1 && !dotted {
		return n, false // 2.0.1, 10.0.0.1
	}
	switch {
	case dotted:
		s = strings.ReplaceAll(s, ".", "") // "78.000 spectators" where the text writes "61,36 %"
		s = strings.Replace(s, ",", ".", 1)
	case strings.IndexByte(s, ',') >= 0 && validGrouping(s):
		s = strings.ReplaceAll(s, ",", "")
	case strings.IndexByte(s, ',') >= 0:
		d, ok := decimalComma(s)
		if !ok || !x.decimalCommaText() && !x.realSignBefore(i) && !strings.HasPrefix(s, "0,") && !x.euroCents(i, s) {
			return n, false // but "$110,00" in a text that groups thousands with commas: a slip (and "R$ 232,50", Brazil's decimal comma; "the 0,5 g/l limit", no thousands)
		}
		s = d // "61,36 %": a decimal comma, as much of the world writes it
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return n, false
	}
	n = number{first: i, last: i + 1, value: v, decimal: strings.IndexByte(s, '.') >= 0}
	if x.leadingPoint(i) {
		// ".425", a batting average; "$.50"
		n.first, n.decimal = i-1, true
		n.value, _ = strconv.ParseFloat("0."+s, 64)
		return n, true
	}
	if allDigits(s) && x.tokIs(i+1, tNum) && x.toks[i+1].flags&(fSpace|fNewline) == fSpace {
		if f, m := vulgarFraction(x.str(i + 1)); m > 0 && m == len(x.str(i+1)) {
			n.value, n.last, n.decimal = v+f, i+2, true // "1 ½ cups"
		}
	}
	// "9 000", "1 414 021 100", "1 234 567.89": thousands groups after
	// single spaces, "12 000-plus parcels" too (but "10 737-800 planes"
	// and "27 737 MAX jets" count planes of a model, and "9 000 5" no group)
	if len(s) <= 3 && !n.decimal && allDigits(s) {
		k, digits := i+1, s
		for x.tokIs(k, tNum) && x.toks[k].flags&fNewline == 0 && !(x.hyphenAt(k) && x.tokIs(k+2, tNum)) && !x.modelLetters(k+1) && spaceOnly(x.text[x.toks[k-1].e:x.toks[k].s]) && threeDigitGroup(x.str(k)) {
			digits += x.str(k)
			k++
			if strings.IndexByte(x.str(k-1), '.') >= 0 {
				break // the group with the decimals ends the number
			}
		}
		if k > i+1 && !x.tokIs(k, tNum) && !(x.str(k) == "s" && x.toks[k].flags&fSpace == 0) {
			// (but "handed over 396 737s": a count of planes of a model)
			v, _ = strconv.ParseFloat(digits, 64)
			n.value, n.last, n.decimal = v, k, strings.IndexByte(digits, '.') >= 0
		}
	}
	if g := x.strayGroup(i); g != "" && len(s) <= 3 && !n.decimal && n.last == i+1 {
		v, _ = strconv.ParseFloat(s+g, 64)
		n.value, n.last = v, i+3
	} else if k := i + 1; len(s) <= 3 && allDigits(s) && n.last == k && x.eq(k, wPoint) && x.tokIs(k+1, tNum) && allDigits(x.str(k+1)) &&
		x.toks[k].flags&(fSpace|fNewline) == fSpace && x.toks[k+1].flags&(fSpace|fNewline) == fSpace && x.scaleWordAt(k+2) {
		// "5 point 6 trillion yuan": a decimal point said in a word, as
		// translations write it, before a scale
		v, _ = strconv.ParseFloat(s+"."+x.str(k+1), 64)
		n.value, n.last, n.decimal = v, k+2, true
	}
	n.year = len(s) == 4 && !n.decimal && n.last == i+1 && v >= 1800 && v <= 2100 &&
		(!strings.Contains(x.str(i), ",") || x.eq(i-1, wYear) && x.eq(i-2, wThe) && !countNoun(x.str(i+1))) || // "before the year 2,000"
		!n.decimal && n.last == i+1 && x.earlyYear(n) // "from 1337 to 1453"
	if f, k := x.mixedFraction(n.last); k > n.last && !n.decimal {
		n.value += f
		n.bondPrice = x.str(k-1) == "32" || x.str(k-1) == "64"
		n.last, n.year, n.decimal = k, false, true
	} else if p := strings.IndexByte(s, '.'); k > n.last && n.decimal && p >= 0 && x.mark(n.last) == '-' && n.last == i+1 {
		// "5.04-1/2 dlrs" a bushel: a fraction of the last place, of a cent
		n.value += f * math.Pow(10, -float64(len(s)-p-1))
		n.last = k
	} else if f, k := x.thirtySeconds(n); k > n.last {
		n.value += f // "quoted at 97-24 bid": a bond's 32nds as dealers write them
		n.bondPrice = true
		n.last, n.year, n.decimal = k, false, true
	} else if k := x.andAHalf(n.last); k > n.last && !n.decimal {
		// "1 and a half million", "2 and a half years"
		n.value += 0.5
		n.last, n.year, n.decimal = k, false, true
	} else if j := n.last; !n.decimal && x.eq(j, wAnd) && x.eq(j+1, wHalf) && x.tokIs(j+2, tWord) && x.toks[j+2].is(lexicon.Duration|lexicon.Measure|lexicon.Scale|lexicon.Currency) && !x.newlineIn(j, j+3) {
		// "the circuit lasts 2 and half hours": "a" dropped, as
		// translations drop it
		n.value += 0.5
		n.last, n.year, n.decimal = j+2, false, true
	}
	if e, k := x.barePower(i); k > i+1 && n.last == i+1 {
		n.value, n.last, n.year, n.decimal = math.Pow(10, e), k, false, true // "10^-18 m", "10⁻⁶ m", "10^6 K": a power of ten alone
		return n, true
	}
	if e, k := x.powerOfTen(n.last); k > n.last && (n.decimal || x.str(n.last) != "E") {
		n.value *= math.Pow(10, e) // "1.989 × 10^30 kg", "3e8 m/s" (but Boeing's "7E7" is a model)
		n.last, n.year, n.decimal = k, false, true
		return n, true
	}
	x.scale(&n)
	return n, true
}

// powerOfTen reads a figure's power of ten in scientific notation at token
// k: "× 10^30", "x 10^-6", "* 10^6", or an "e" glued to the figure and to
// the exponent, "3e8", "4.1E-2". It returns the exponent and the index
// after it, or k when there is none.
func (x *extractor) powerOfTen(k int) (float64, int) {
	j := k
	switch s := x.str(k); {
	case (s == "e" || s == "E") && x.toks[k].flags&fSpace == 0:
		j = k + 1
	case s == "\u00d7" || s == "x" || s == "X" || s == "*":
		if x.str(k+1) == "10" {
			if e, m := x.superscriptAfter(k + 1); m > k+2 {
				return e, m // "1.602 × 10⁻¹⁹ coulombs": the power in superscripts
			}
		}
		if x.str(k+1) != "10" || x.mark(k+2) != '^' || x.toks[k+2].flags&fSpace != 0 {
			return 0, k
		}
		j = k + 3
	default:
		return 0, k
	}
	if x.toks[j-1].class == tWord && x.toks[min(j, len(x.toks)-1)].flags&fSpace != 0 {
		return 0, k
	}
	if v, end := x.exponent(j); end > j {
		return v, end
	}
	return 0, k
}

// exponent reads a power's exponent glued at token j, signed or not, of
// one to three digits ("-6", "30"): its value and the index after it, or
// j when there is none.
func (x *extractor) exponent(j int) (float64, int) {
	k := j
	neg := false
	if s := x.str(k); (s == "-" || s == "\u2212" || s == "+") && x.toks[k].flags&fSpace == 0 {
		neg, k = s != "+", k+1
	}
	e := x.str(k)
	if !x.tokIs(k, tNum) || x.toks[k].flags&fSpace != 0 || len(e) > 3 || !allDigits(e) {
		return 0, j
	}
	v, _ := strconv.ParseFloat(e, 64)
	if neg {
		v = -v
	}
	return v, k + 1
}

// superscriptAfter reads a power of ten's exponent in superscripts glued
// after token i ("10⁻¹⁹"): its value and the index of the token after
// them, or i+1 when there are none.
func (x *extractor) superscriptAfter(i int) (float64, int) {
	e, n := superscriptExponent(x.text[x.toks[i].e:])
	if n == 0 {
		return 0, i + 1
	}
	end := int(x.toks[i].e) + n
	m := i + 1
	for m < len(x.toks) && int(x.toks[m].s) < end {
		m++
	}
	return e, m
}

// barePower reads a power of ten written alone at token i, "10" and its
// exponent after a caret, in superscripts or in words ("10^-18", "10⁻⁶",
// "10 to the power of 80"): the exponent and the index after it, or i
// when there is none.
func (x *extractor) barePower(i int) (float64, int) {
	if x.str(i) != "10" {
		return 0, i
	}
	if e, m := x.superscriptAfter(i); m > i+1 {
		return e, m
	}
	if x.eq(i+1, wTo) && x.eq(i+2, wThe) && x.eqText(i+3, "power") && x.eq(i+4, wOf) && x.tokIs(i+5, tNum) && allDigits(x.str(i+5)) && len(x.str(i+5)) <= 3 {
		e, _ := strconv.Atoi(x.str(i + 5))
		return float64(e), i + 6 // "10 to the power of 80", as a power said in words
	}
	if x.mark(i+1) != '^' || x.toks[i+1].flags&fSpace != 0 {
		return 0, i
	}
	if v, end := x.exponent(i + 2); end > i+2 {
		return v, end
	}
	return 0, i
}

// strayGroup returns the thousands group that a typing slip parts from the
// digits at token i by a space after the comma, "$40, 000", or "": three
// digits, the first a zero, which no figure of their own begins with.
func (x *extractor) strayGroup(i int) string {
	if !x.tokIs(i+2, tNum) || x.mark(i+1) != ',' || x.toks[i+1].flags&fSpace != 0 || !spaceOnly(x.text[x.toks[i+1].e:x.toks[i+2].s]) {
		return ""
	}
	g := x.str(i + 2)
	if len(g) != 3 || g[0] != '0' || !allDigits(g) || x.tokIs(i+3, tNum) && x.toks[i+3].flags&fSpace == 0 {
		return ""
	}
	return g
}

// andAHalf returns the index after "and a half" at token j, or j ("and a
// half-life" is none); a line break may wrap prose before it ("nearly
// pointMoved reports whether the word at k, before "a point", says that a
// figure moved by it: a verb of change, "by", or a bound after one ("to
// under", "by more than").
func (x *extractor) pointMoved(k int) bool {
	if x.eq(k, wUnder) || x.eq(k, wOver) || x.eq(k, wNearly) || x.eq(k, wAlmost) || x.eq(k, wAbout) || x.eq(k, wThan) && (x.eq(k-1, wLess) || x.eq(k-1, wMore)) {
		k-- // "to under a point", "by more than a point"
		if x.eq(k, wLess) || x.eq(k, wMore) {
			k--
		}
	}
	return x.eq(k, wBy) || x.eq(k, wTo) && x.tokIs(k-1, tWord) && changeWord(x.spAt(k-1)) || x.tokIs(k, tWord) && changeWord(x.spAt(k))
}

// three\nand a half hours").
func (x *extractor) andAHalf(j int) int {
	if x.eq(j, wAnd) && x.eq(j+1, wA) && (x.eq(j+2, wHalf) || x.eqText(j+2, "half's") || x.eqText(j+2, "half\u2019s")) && !x.newlineIn(j+1, j+3) && (x.toks[j].flags&fNewline == 0 || x.proseWraps(j)) && !x.eq(j+3, wOf) && !x.hyphenAt(j+2) {
		return j + 3 // (and "a year and a half's worth of rain")
	}
	if x.hyphenAt(j-1) && x.eq(j+1, wAnd) && x.hyphenAt(j+1) && x.eq(j+3, wA) && x.hyphenAt(j+3) && x.eq(j+5, wHalf) {
		return j + 6 // "15-and-a-half miles", "a 15-and-a-half-mile run"
	}
	return j
}

// andAFraction reads "and a half" (andAHalf), "and a quarter" or "and
// three quarters" at token j after a unit ("a year and a half", "an hour
// and a quarter", "two miles and three-quarters"): the fraction it adds
// and the index after it, or 0 and j. Before "of" it reads none: "two and
// a half of them" (but unitAndAFraction).
func (x *extractor) andAFraction(j int) (float64, int) { return x.andFraction(j, false) }

// unitAndAFraction is andAFraction after a unit, where "of" may follow
// what the unit measures: "a year and a half of talks", "an inch and a
// half of rain", "a pound and three-quarters of suet".
func (x *extractor) unitAndAFraction(j int) (float64, int) { return x.andFraction(j, true) }

// andFraction reads the fraction that "and" at token j adds to a unit,
// before "of" only when of is set (andAFraction, unitAndAFraction).
func (x *extractor) andFraction(j int, of bool) (float64, int) {
	if k := x.andAHalf(j); k > j {
		return 0.5, k
	}
	if !x.eq(j, wAnd) || x.newlineIn(j+1, j+4) {
		return 0, j
	}
	f, k := 0.0, j
	switch {
	case of && x.eq(j+1, wA) && x.eq(j+2, wHalf) && !x.hyphenAt(j+2):
		f, k = 0.5, j+3 // "and a half of", which andAHalf leaves
	case (x.eq(j+1, wA) || x.eq(j+1, wOne)) && (x.eq(j+2, wQuarter) || x.eq(j+2, wFourth)) && !x.hyphenAt(j+2):
		f, k = 0.25, j+3
	case x.eq(j+1, wThree) && x.hyphenAt(j+1) && (x.eq(j+3, wQuarters) || x.eq(j+3, wFourths)):
		f, k = 0.75, j+4
	case x.eq(j+1, wThree) && (x.eq(j+2, wQuarters) || x.eq(j+2, wFourths)):
		f, k = 0.75, j+3
	}
	if k == j || !of && x.eq(k, wOf) {
		return 0, j
	}
	return f, k
}

// mixedFraction reads the fraction of "3 1/2", "3-1/2", "1 and 1/8" at
// token j: its value and the index after it, or j. Joined by a hyphen, it
// may be in 32nds or 64ths: a bond's price, "98-16/32" (98.5).
func (x *extractor) mixedFraction(j int) (float64, int) {
	k, bond := j, false
	if x.eq(k, wAnd) && !x.eq(j-2, wBetween) && x.toks[k].flags&fNewline == 0 {
		k++ // "lowered from 1 and 1/8 to 7/8 of a pct"; but "between 1 and 3/4" ends a range
	}
	if x.tokIs(k, tPunct) && x.mark(k) == '-' && x.toks[k].flags&fSpace == 0 && k == j {
		k++
		bond = x.eqText(k+2, "32") || x.eqText(k+2, "64")
	} else if !x.tokIs(k, tNum) || x.toks[k].flags&fSpace == 0 || x.toks[k].flags&fNewline != 0 {
		return 0, j
	}
	if !x.tokIs(k, tNum) || !x.tokIs(k+2, tNum) || x.mark(k+1) != '/' || x.toks[k+1].flags&fSpace != 0 || x.toks[k+2].flags&fSpace != 0 {
		return 0, j
	}
	num, err1 := strconv.Atoi(x.str(k))
	den, err2 := strconv.Atoi(x.str(k + 2))
	if err1 != nil || err2 != nil || num <= 0 || num >= den || den > 16 && !bond || x.tokIs(k+3, tPunct) && x.mark(k+3) == '/' {
		return 0, j
	}
	return float64(num) / float64(den), k + 3
}

// thirtySeconds reads after the whole number n, a hyphen and two digits,
// the 32nds of a bond's price as dealers quote it ("97-24" is 97 24/32,
// "99-16+" 99 33/64, the "+" a 64th more), where the sentence names a
// bond, a note or a Treasury (bondNamedBefore), the price follows "at",
// "to" or "from" or a quote's side follows it ("bid"), and the whole lies
// near par (50 to 200): their value and the index after them, or 0 and
// n.last.
func (x *extractor) thirtySeconds(n number) (float64, int) {
	m := n.last + 1
	if n.decimal || n.scaled || n.last != n.first+1 || x.mark(n.last) != '-' || x.toks[n.last].flags&fSpace != 0 || !x.tokIs(m, tNum) ||
		x.toks[m].flags&fSpace != 0 || len(x.str(m)) != 2 || x.mark(m+1) == '/' || x.mark(m+1) == '-' ||
		x.mark(m+1) == '.' && x.tokIs(m+2, tNum) && x.toks[m+2].flags&fSpace == 0 {
		return 0, n.last
	}
	d, err := strconv.Atoi(x.str(m))
	f, e := float64(d)/32, m+1
	if x.mark(e) == '+' && x.toks[e].flags&fSpace == 0 {
		f, e = f+1.0/64, e+1
	}
	if err != nil || d >= 32 || n.value < 50 || n.value > 200 || !x.bondNamedBefore(n.first) ||
		!x.eq(n.first-1, wAt) && !x.eq(n.first-1, wTo) && !x.eq(n.first-1, wFrom) && !priceMark(x.spAt(e)) {
		return 0, n.last // but "the Senate passed the bill 68-31"
	}
	return f, e
}

// superscriptExponent reads a power of ten written in superscripts at the
// start of s ("⁻¹⁹", "³⁰"): its value and its length in bytes, or 0 and 0.
func superscriptExponent(s string) (float64, int) {
	neg, n, v, digits := false, 0, 0, 0
	if strings.HasPrefix(s, "\u207b") {
		neg, n = true, len("\u207b")
	}
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		d := strings.IndexRune("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", r)
		if d < 0 {
			break
		}
		// the digits' runes are of two widths: count them, not bytes
		v, n, digits = v*10+utf8.RuneCountInString("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"[:d]), n+size, digits+1
	}
	if digits == 0 || digits > 3 {
		return 0, 0
	}
	if neg {
		v = -v
	}
	return float64(v), n
}

// threeDigitGroup reports whether s is a group of thousands, three digits,
// perhaps with decimals after a point ("567.89").
func threeDigitGroup(s string) bool {
	whole, frac, _ := strings.Cut(s, ".")
	return len(whole) == 3 && allDigits(whole) && (frac == "" || allDigits(frac))
}

func spaceOnly(s string) bool {
	return s == " " || s == "\u00a0" || s == "\u202f" || s == "\u2009"
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// decimalComma returns s, digits with one comma and one or two digits
// after it ("61,36", "2,5"), or any after a whole part of nought
// ("0,709"), with a decimal point for the comma: no thousands group has
// fewer than three digits, and none follows a nought. ok is false for
// any other s.
func decimalComma(s string) (string, bool) {
	k := strings.IndexByte(s, ',')
	if k < 1 || len(s)-k-1 < 1 || len(s)-k-1 > 2 && s[:k] != "0" || !allDigits(s[:k]) || !allDigits(s[k+1:]) {
		return "", false
	}
	return s[:k] + "." + s[k+1:], true
}

// dotGrouped reports whether s groups thousands with dots and may end in a
// decimal comma: "78.000", "1.234.567", "2.843", "9.129,41".
func dotGrouped(s string) bool {
	whole, frac, _ := strings.Cut(s, ",")
	first := strings.IndexByte(whole, '.')
	if first < 1 || first > 3 || !allDigits(whole[:first]) || frac != "" && !allDigits(frac) {
		return false
	}
	for rest := whole[first:]; rest != ""; rest = rest[4:] {
		if len(rest) < 4 || rest[0] != '.' || !allDigits(rest[1:4]) {
			return false // each group after a dot has three digits
		}
	}
	return true
}

// versionBefore reports whether the number at token i follows a word
// that names a release of software or a name: "version 1.100.200",
// "iOS 17.1.2".
func (x *extractor) versionBefore(i int) bool {
	if !x.tokIs(i-1, tWord) {
		return false
	}
	switch x.lowerAt(i - 1) {
	case "version", "v", "release", "build", "update", "patch", "firmware":
		return true
	}
	return x.toks[i-1].flags&fUpper != 0 && !x.sentenceStart(i-1)
}

// wholeThingsAfter reports whether the number at token i, written with
// one dot and three digits after it ("12.000"), counts things that come
// whole, a plural noun after it that is no unit: "Some 12.000 troops",
// "nearly 3.500 people" are thousands grouped as much of the world does
// (but "3.500 kg", "1.125 points" and "2.917 marks" may be decimals).
func (x *extractor) wholeThingsAfter(i int) bool {
	k := i + 1
	if !x.tokIs(k, tWord) || x.toks[k].flags&(fSpace|fNewline) != fSpace || x.toks[k].flags&fUpper != 0 {
		return false
	}
	t := &x.toks[k]
	return pluralNoun(x.str(k)) && !t.is(lexicon.Stop|lexicon.Determiner|lexicon.Measure|lexicon.Duration|lexicon.Currency|lexicon.Percent|lexicon.Scale|lexicon.Vague) &&
		!x.eq(k, wPoints) && !x.eq(k, wShares) && !x.eq(k, wTimes) && currencyNoun(x.lowerAt(k)) == ""
}

// wholeMoneyAt reports whether the number at token i is a sum of a
// currency whose hundredths no price shows, rupiah, đồng or guaraní,
// written before ("Rp 15.600", "VND 45.000", "₲7.300") or after it
// ("30.000 đồng", "rupiah"): its dots then group thousands, as
// Indonesia, Vietnam and Paraguay write them, whatever the text's other
// figures do.
func (x *extractor) wholeMoneyAt(i int) bool {
	if k := i - 1; k >= 0 && x.toks[k].flags&fNewline == 0 {
		if u := currencyPrefix(x.str(k)); u == "IDR" || u == "VND" || x.str(k) == "IDR" || x.str(k) == "VND" || symbolCodes[x.str(k)] == "VND" || symbolCodes[x.str(k)] == "PYG" {
			return true
		}
	}
	k := i + 1
	if (x.tokIs(k, tWord) || x.tokIs(k, tPunct)) && symbolCodes[x.str(k)] == "VND" {
		return true
	}
	if !x.tokIs(k, tWord) || x.toks[k].word == 0 || !x.toks[k].is(lexicon.Currency) {
		return false
	}
	u := lexicon.At(x.toks[k].word).Unit
	return u == "IDR" || u == "VND"
}

// decimalCommaText reports whether the text writes decimals with a comma:
// one of its figures has a comma and one or two digits after it ("61,36 %",
// "R2,4 billion") and none groups thousands with commas ("1,500": then
// "$110,00" is a slip of typing). It reads the text once.
func (x *extractor) decimalCommaText() bool {
	if x.decComma == 0 {
		commas, decimals := 0, 0
		for k := range x.toks {
			if t := &x.toks[k]; t.class == tNum && t.e-t.s >= 3 {
				s := x.str(k)
				if _, ok := decimalComma(s); ok {
					decimals++
				} else if strings.IndexByte(s, ',') >= 0 && validGrouping(s) {
					commas++
				}
			}
		}
		x.decComma = 1
		if decimals > 0 && commas == 0 {
			x.decComma = 2
		}
	}
	return x.decComma == 2
}

// signBefore reports whether a currency's sign stands just before the
// number at token i: "€ 1.250,00", "R$1.250,00" (a number with both a
// dot and a comma is read the continental way after one, whatever the
// text writes elsewhere).
func (x *extractor) signBefore(i int) bool {
	return x.tokIs(i-1, tPunct) && currencySymbol(x.str(i-1)) != ""
}

// currencyAfterFigure reports whether a currency's sign other than the
// dollar's or the pound's, or its name, follows the number at token i,
// glued or spaced once: "1.250,50 €", "1.250,50 euros" (a number with
// both a dot and a comma is read the continental way before one).
func (x *extractor) currencyAfterFigure(i int) bool {
	s := x.str(i + 1)
	if x.tokIs(i+1, tWord) {
		return x.toks[i+1].is(lexicon.Currency) && x.toks[i+1].flags&fNewline == 0
	}
	return x.tokIs(i+1, tPunct) && currencySymbol(s) != "" && s != "$" && s != "£" && (x.toks[i+1].flags&fSpace == 0 || x.oneSpaceBefore(i+1))
}

// realSignBefore reports whether Brazil's real, "R$", stands just before
// the number at token i: its sums write a decimal comma, "R$ 232,50".
func (x *extractor) realSignBefore(i int) bool {
	return x.mark(i-1) == '$' && x.str(i-2) == "R" && x.toks[i-1].flags&fSpace == 0
}

// euroCents reports whether s, at token i, is a sum in euros written with
// a decimal comma and two places of cents, the euro's sign before it:
// "€3,50", as the euro's countries write it.
func (x *extractor) euroCents(i int, s string) bool {
	k := strings.IndexByte(s, ',')
	return k > 0 && len(s)-k-1 == 2 && x.str(i-1) == "\u20ac" && x.toks[i].flags&fSpace == 0
}

// validGrouping reports whether the commas of s group thousands.
func validGrouping(s string) bool {
	intPart := s
	if k := strings.IndexByte(s, '.'); k >= 0 {
		intPart = s[:k]
		if strings.IndexByte(s[k:], ',') >= 0 {
			return false
		}
	}
	groups := strings.Split(intPart, ",")
	if len(groups[0]) == 0 || len(groups[0]) > 3 || groups[0][0] == '0' {
		return false // (no one groups "0,709": a decimal, "0.709")
	}
	indian := len(groups) > 2 && len(groups[0]) <= 2 // "5,00,000", "1,20,00,000"
	for k, g := range groups[1:] {
		if len(g) != 3 && !(indian && len(g) == 2 && k < len(groups)-2) {
			return false
		}
	}
	return true
}

// scale applies a scale word or suffix after n: "million", "bn", glued "m"
// and "k".
func (x *extractor) scale(n *number) {
	j := n.last
	wrapped := j+1 < len(x.toks) && x.tokIs(j, tPunct) && x.mark(j) == '-' && x.toks[j].flags&fSpace == 0 && x.toks[j+1].flags&fNewline != 0
	if (x.hyphenAt(j-1) || wrapped) && x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Scale) && (x.toks[j+1].entry().Num >= 1e6 || x.eq(j+1, wLakh)) {
		j++ // "$2.5-million", a wire's "its 68-\nbillion dlrs debt", "the 15-lakh mark"
	}
	if j >= len(x.toks) || x.toks[j].class != tWord {
		return
	}
	t := &x.toks[j]
	glued := t.flags&fSpace == 0 || j > n.last
	w := x.str(j)
	switch {
	case !glued && x.eq(j, wTen) && x.eq(j+1, wThousand) && !n.words:
		n.value *= 1e4 // "38 ten thousand households": a translation's count in tens of thousands, 380,000
		j++
		t = &x.toks[j]
	case !glued && x.eq(j, wHundred) && !n.words && x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Scale) && x.toks[j+1].entry().Num >= 1e3:
		n.value *= 100 // "35 hundred million yuan", "13.2 hundred million tons": hundreds of millions, 3.5 billion
	case t.is(lexicon.Scale) && (glued || t.entry().Num >= 1e3 || x.eq(j, wDozen) && !n.decimal && (n.value <= 20 || x.pluralNounAfter(j))):
		n.value *= t.entry().Num // "1.2bn", "5 million", "3 dozen albums", "12,000 dozen eggs"
	case t.is(lexicon.Vague) && t.entry().Num >= 2e5 && !n.words:
		n.value *= t.entry().Num / 2 // "£22 billions", "3 millions of people", "12 lakhs": a scale written plural
	case x.eq(j, wDozens) && !n.words && !n.decimal && n.value < 100:
		n.value *= 12 // "3 dozens eggs": a dozen written plural
	case glued && (w == "m" || w == "M") && !x.metres(n, j) && x.furlongsAfter(j) == 0,
		!glued && w == "m" && x.tokIs(j+1, tWord) && x.toks[j+1].flags&fUpper == 0 && !x.toks[j+1].is(lexicon.Stop|lexicon.Determiner) && !x.dimensionAt(j+1) &&
			(n.value < 1000 || n.decimal) && !x.sameQuantityNamed(j) && !lengthWay(x.lowerAt(j+1)) && !x.seaHeight(n, j), // (but "the 4,810 m summit" measures metres, as does "12.4 metres ... from 212 m downhole", "a surge of up to 5 m along the coast", "wave height hit 9.4 m overnight")
		!glued && w == "m" && x.moneyBefore(n.first):
		n.value *= 1e6 // "1.2m people", "1.2 m people", "$458 m"
	case glued && (w == "k" || w == "K") && !(w == "K" && x.kelvinsGlued(n, j)) && !x.raceInK(j):
		n.value *= 1e3
	case !glued && x.eq(j, wCr) && (x.moneyBefore(n.first) || x.tokIs(n.first-1, tWord) && wordPrefix(x.str(n.first-1))),
		!glued && w == "Cr" && x.tokIs(j+1, tWord) && pluralNoun(x.str(j+1)) && x.indianScales():
		n.value *= 1e7 // "Rs 50 cr": crores, abbreviated after rupees; "8.5 Cr users" in a text of rupees or crores
	case glued && w == "MM" && x.moneyBefore(n.first):
		n.value *= 1e6 // "$300MM": a thousand thousands, as American finance writes millions
	case glued && (w == "b" || w == "B") && (x.moneyBefore(n.first) || n.decimal && (x.billionsCounted(j+1) || w == "B" && x.billionsSaid(n.first, j+1))):
		n.value *= 1e9 // "$1.2b", "1.2B euros", "1.2b users", "users were flat at 3.07B"
	case !glued && x.eq(j, wHundred) && !n.words && !n.decimal && n.value >= 1 && n.value < 100 && !x.eq(j+1, wHours) && !x.eq(j+1, wHrs):
		n.value *= 100 // "5 hundred people" (but "at 14 hundred hours" is a time of day)
	case glued && (w == "B" || w == "T") && x.modelCounted(j+1):
		n.value *= 1e9 // "a 70B model", "~2T parameters": a language model's parameters, in billions or trillions
		if w == "T" {
			n.value *= 1e3
		}
	default:
		return
	}
	n.scaled, n.year = true, false
	n.last = j + 1
	if k := x.andAHalf(n.last); k > n.last && t.is(lexicon.Scale) && n.value == math.Trunc(n.value) {
		n.value += t.entry().Num / 2 // "2 million and a half"
		n.last, n.decimal = k, true
		return
	}
	if x.eq(j, wLakh) && (x.eq(j+1, wCrore) || x.eq(j+1, wCr) && x.toks[j+1].flags&fNewline == 0) {
		n.value *= 1e7 // "4.5 lakh crore", "₹2 lakh cr": 4.5 and 2 trillion
		n.last++
		return
	}
	if x.eq(j, wCrore) || x.eq(j, wLakh) {
		x.indianRemainder(n, t.entry().Num)
		return
	}
	if x.eq(j, wThousand) {
		x.thousandRemainder(n)
	}
	if x.eq(j, wHundred) && !n.decimal {
		x.hundredRemainder(n)
	}
	// a second scale after the first: "1.2 thousand million", "35 hundred
	// million", "96 thousand millions"; but one no larger is a slip,
	// "1.143 billion mln stg" (1,143 million)
	if x.tokIs(n.last, tWord) && x.toks[n.last].is(lexicon.Scale) && (x.toks[n.last].entry().Num >= 1e6 || x.eq(j, wHundred) && x.eq(n.last, wThousand)) {
		if x.toks[n.last].entry().Num > t.entry().Num {
			n.value *= x.toks[n.last].entry().Num
		}
		n.last++
	} else if x.tokIs(n.last, tWord) && x.toks[n.last].is(lexicon.Vague) && x.toks[n.last].entry().Num >= 2e6 && x.eq(j, wThousand) {
		n.value *= x.toks[n.last].entry().Num / 2 // "MXN 96 thousand millions": a thousand millions written plural
		n.last++
	}
}

// priceBefore reports whether a sum of money ends just before token i:
// "$2.10 a dozen".
func (x *extractor) priceBefore(i int) bool {
	if len(x.claims) == 0 {
		return false
	}
	p := &x.claims[len(x.claims)-1]
	return p.Kind == factcheck.Money && i > 0 && int(x.toks[i-1].e) == p.End
}

// hundredRemainder adds to n, which ends in "hundred" after digits, the
// tens and units in digits after "and": "3 hundred and 21" (321); but not
// another scaled figure, "3 hundred and 2 hundred".
func (x *extractor) hundredRemainder(n *number) {
	j := n.last
	if !x.eq(j, wAnd) || !x.tokIs(j+1, tNum) || x.toks[j+1].flags&fNewline != 0 || !allDigits(x.str(j+1)) || len(x.str(j+1)) > 2 ||
		x.scaleWordAt(j+2) || x.tokIs(j+2, tPunct) && x.toks[j+2].flags&fSpace == 0 && x.mark(j+2) != ',' && x.mark(j+2) != '.' {
		return
	}
	v, err := strconv.ParseFloat(x.str(j+1), 64)
	if err != nil || v == 0 {
		return
	}
	n.value += v
	n.last = j + 2
}

// modelLetters reports whether token k is a word in capitals of two
// letters or more, spaced, that names a model with the number before it:
// "737 MAX", "747 SP" (and Boeing's "737 Max" as papers write it).
func (x *extractor) modelLetters(k int) bool {
	return x.tokIs(k, tWord) && (x.toks[k].flags&fAllCaps != 0 || x.str(k) == "Max") && x.toks[k].flags&fSpace != 0 && len(x.str(k)) >= 2 && !x.toks[k].is(lexicon.Currency|lexicon.Measure|lexicon.Scale)
}

// lengthWay reports whether the word w, after a spaced "5 m", says where
// a length runs, as dimensionAt's "high" or "deep" say its extent: "along",
// "inland". Millions are of a noun. (A glued "5m above forecasts" is
// another matter: metres reads it.)
func lengthWay(w string) bool {
	switch w {
	case "along", "above", "below", "beneath", "away", "inland", "offshore", "underground", "underwater",
		"downstream", "upstream", "uphill", "downhill":
		return true
	}
	return false
}

// billionsCounted reports whether the word at token k, after a figure
// with decimals and a glued "b" or "B", names what billions count: a
// currency ("1.2B euros") or a plural noun ("1.2b users"); "vitamin B",
// "Class 3b" and "Rule 10b-5" name none.
func (x *extractor) billionsCounted(k int) bool {
	if !x.tokIs(k, tWord) || x.toks[k].flags&(fSpace|fNewline) != fSpace || x.toks[k].flags&fUpper != 0 {
		return false
	}
	return x.toks[k].is(lexicon.Currency) || !x.toks[k].is(lexicon.Stop|lexicon.Determiner|lexicon.Measure|lexicon.Duration) && pluralNoun(x.str(k))
}

// billionsSaid reports whether a figure with decimals at token i and a
// glued capital "B" before token k is a number of billions said alone, as
// a count's level: after a word in lower case ("flat at 3.07B", but not
// after a name, "Class 3.5B") and before a mark or a word of no noun
// ("3.07B and", "3.07B.").
func (x *extractor) billionsSaid(i, k int) bool {
	if !x.tokIs(i-1, tWord) || x.toks[i-1].flags&fUpper != 0 {
		return false
	}
	return k >= len(x.toks) || x.tokIs(k, tPunct) || x.tokIs(k, tWord) && x.toks[k].is(lexicon.Stop)
}

// thousandRemainder adds to n, which ends in "thousand", the hundreds and
// units in digits after it, and the scale after those, as translations
// from Spanish write a number in parts: "1 thousand 120 new shops" (1,120),
// "63 thousand 313 million dollars" (63,313 million); and, as translations
// from Arabic write it, after "and": "11 thousand and 78" (11,078), but
// not another scaled figure ("5 thousand and 6 thousand").
func (x *extractor) thousandRemainder(n *number) {
	j := n.last
	if x.eq(j, wAnd) && x.tokIs(j+1, tNum) && x.toks[j+1].flags&fNewline == 0 && !x.scaleWordAt(j+2) && !(x.tokIs(j+2, tPunct) && x.toks[j+2].flags&fSpace == 0 && x.mark(j+2) != ',' && x.mark(j+2) != '.') {
		j++
	}
	if !x.tokIs(j, tNum) || x.toks[j].flags&(fSpace|fNewline) != fSpace || !allDigits(x.str(j)) || len(x.str(j)) > 3 || n.decimal {
		return
	}
	v, err := strconv.ParseFloat(x.str(j), 64)
	if err != nil {
		return
	}
	n.value += v
	n.last = j + 1
	if v < 10 && x.eq(j+1, wHundred) && x.toks[j+1].flags&fNewline == 0 {
		n.value += 99 * v // "4 thousand 3 hundred and 21": hundreds in digits too
		n.last = j + 2
		x.hundredRemainder(n)
		return
	}
	if x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Scale) && x.toks[j+1].entry().Num >= 1e6 && x.toks[j+1].flags&fNewline == 0 {
		n.value *= x.toks[j+1].entry().Num // "63 thousand 313 million"
		n.last = j + 2
	}
}

// indianRemainder adds to n, which ends in "crore" or "lakh" (of value
// unit), the smaller scaled numbers that follow it: "1 crore 20 lakh"
// (12,000,000), "2 lakh 50 thousand" (250,000).
func (x *extractor) indianRemainder(n *number, unit float64) {
	for {
		j := n.last
		if !x.tokIs(j, tNum) || x.toks[j].flags&fSpace == 0 || x.toks[j].flags&fNewline != 0 || !x.tokIs(j+1, tWord) ||
			!x.toks[j+1].is(lexicon.Scale) || x.toks[j+1].flags&fSpace == 0 || x.toks[j+1].flags&fNewline != 0 {
			return
		}
		s := x.str(j)
		scale := x.toks[j+1].entry().Num
		if !allDigits(s) || s[0] == '0' || scale >= unit {
			return
		}
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || v*scale >= unit {
			return
		}
		n.value += v * scale
		n.last, unit = j+2, scale
	}
}

// sportAfter reports whether the word at j makes a glued "m" metres: "100m
// sprint".
func (x *extractor) sportAfter(j int) bool {
	if x.tokIs(j, tPunct) && x.mark(j) == '-' {
		j++
	}
	return x.tokIs(j, tWord) && x.toks[j].is(lexicon.SportMeasure)
}

// stretchBefore reports whether a verb of length stands a few words before
// the number at token i, making a glued "m" metres: "the longest
// stretches for about 300m", "the wall extends 40m".
func (x *extractor) stretchBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && x.tokIs(k, tWord); k-- {
		switch x.spAt(k) {
		case wStretches, wStretched, wStretching, wExtends, wExtended, wExtending, wMeasures, wMeasuring:
			return true
		}
	}
	return false
}

// structureAt reports whether the word at token k, after a figure and a
// glued "m", is a tall or long structure it measures in metres, which no
// count in millions comes before: "the 127m tower", "Ulm Minster's 161.5m
// spire", "a 580m viaduct".
func (x *extractor) structureAt(k int) bool {
	if x.structureWord(k) {
		return true
	}
	// one word between, a describing word or the first of a compound:
	// "a 580m cable-stayed deck", "its 2.4m main mirror"
	n := k + 1
	if x.hyphenAt(k) {
		n = k + 3
	}
	return x.tokIs(k, tWord) && x.toks[k].flags&fUpper == 0 && !x.toks[k].is(lexicon.Stop|lexicon.Determiner|lexicon.Scale) && x.structureWord(n)
}

// structureWord reports whether the word at token k names a thing
// measured by its length or height in metres: a structure ("tower",
// "bridge"), a vessel ("ship", "raft"), a creature ("crocodile") or a
// part of a home ("3.5m ceilings", "a 40m rear garden").
func (x *extractor) structureWord(k int) bool {
	switch x.lowerAt(min(k, len(x.toks)-1)) {
	case "tower", "towers", "spire", "skyscraper", "skyscrapers", "viaduct", "bridge", "tunnel", "dam", "mast", "chimney", "pylon", "pier", "jetty", "deck",
		"crevasse", "cliff", "ladder", "arch", "seawall", "runway", "mirror", "telescope", "statue",
		"ship", "vessel", "yacht", "boat", "raft", "tanker", "liner", "trawler", "ferry", "hull",
		"crocodile", "shark", "whale", "python",
		"ceiling", "ceilings", "garden", "frontage", "driveway", "pool", "fence", "hedge", "balcony", "terrace", "lawn", "plot":
		return true
	}
	return false
}

// lengthAfter reports whether the words at token k, after a figure and a
// glued "m", make it a length: a size adjective or adverb ("6m deep",
// "400m underground", "212m downhole", "some 11m taller", "1.2m further"),
// a height "above sea level" or "above its normal level", or "of" and
// what fills a depth ("under 6m of ash", "sank in 52m of water").
func (x *extractor) lengthAfter(k int) bool {
	if x.hyphenAt(k) {
		return false // "5m deep-pocketed fans": a compound's first word
	}
	switch x.lowerAt(min(k, len(x.toks)-1)) {
	case "tall", "high", "deep", "long", "wide", "thick", "underground", "underwater", "downhole", "taller", "deeper", "wider", "thicker", "further", "farther":
		return true
	case "above", "below":
		if x.eqText(k+1, "its") || x.eqText(k+1, "the") {
			k++
		}
		if x.eqText(k+1, "normal") || x.eqText(k+1, "usual") || x.eqText(k+1, "average") {
			return x.eqText(k+2, "level") // "the Severn peaked at 5.2m above its normal level"
		}
		return x.eqText(k+1, "sea") && x.eqText(k+2, "level") // "less than 1.5m above sea level"
	case "of":
		switch x.lowerAt(min(k+1, len(x.toks)-1)) {
		case "water", "ash", "snow", "rain", "mud", "rock", "sediment", "ice", "soil", "sand", "lava", "debris", "floodwater", "seawater", "silt":
			return true
		}
	}
	return false
}

// lengthBefore reports whether a noun of size or of the sea's state
// stands a few words before the number at token i, making a glued "m"
// metres when no noun follows (or a participle, "waves of up to 1.2m
// reported"): "at a height of 644m", "whose longest span is 180m", "swells of
// 6m to 8m", "significant wave heights of 14.2m", "seas up to 5m", a
// hole "drilled to 702.6m", a channel dredged "to deepen the channel
// from 14.5m to 17m", a roof "which spans 310m", fog that "cut
// visibility to less than 50m", or a glacier that "retreated by 40m".
func (x *extractor) lengthBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4 && x.tokIs(k, tWord); k-- {
		switch x.lowerAt(k) {
		case "height", "depth", "altitude", "elevation", "span", "wingspan", "length", "width", "diameter", "radius", "circumference",
			"wave", "waves", "swell", "swells", "seas", "tide", "tides", "drilled", "river", "floodwater", "floodwaters",
			"deepen", "deepened", "deepening", "dredged", "spans", "spanned", "spanning", "visibility", "retreated", "eroded":
			return true
		}
	}
	return false
}

// participleAt reports whether token j is a word in lower case ending in
// "ed", a participle after a figure rather than the noun it counts:
// "waves of up to 1.2m reported".
func (x *extractor) participleAt(j int) bool {
	return x.tokIs(j, tWord) && x.toks[j].flags&fUpper == 0 && strings.HasSuffix(x.lowerAt(j), "ed")
}

// metresRangeEnd reports whether the figure at token i ends a range
// whose start, glued to "m", reads as metres: "swells of 6m to 8m".
func (x *extractor) metresRangeEnd(i int) bool {
	if i < 3 || !(x.eq(i-1, wTo) || x.tokIs(i-1, tPunct) && isDash(x.str(i-1))) || x.str(i-2) != "m" || x.toks[i-2].flags&fSpace != 0 || !x.tokIs(i-3, tNum) {
		return false
	}
	s, ok := x.digits(i - 3)
	return ok && !s.scaled
}

// playAfter reports whether the word at j is a play of a field game that
// a glued "m" before it measures in metres: "a 40m penalty", "a 30m
// drop-goal", "a 60m run". Sums before such words carry their currency
// ("a £40m penalty"), which metres reads first.
func (x *extractor) playAfter(j int) bool {
	if x.tokIs(j, tPunct) && x.mark(j) == '-' {
		j++
	}
	if !x.tokIs(j, tWord) {
		return false
	}
	switch x.lowerAt(j) {
	case "penalty", "penalties", "kick", "kicks", "drop", "free", "run", "runs", "dash", "effort", "strike", "shot",
		"pass", "putt", "break", "burst", "interception", "solo", "chip", "punt", "touchdown", "try":
		return true
	}
	return false
}

// sportBefore reports whether the word at j, before a number and "m",
// makes the "m" metres: "the indoor 800m", "the women's 200m", "the final
// 100m".
func (x *extractor) sportBefore(j int) bool {
	if x.eq(j, wRecord) && (x.eq(j-1, wA) || x.eq(j-1, wNew)) {
		return false // "climbed to a record 31.7m": a figure at its highest, no race
	}
	if x.eq(j, wOf) {
		j-- // "a sixth-round throw of 88.17m"
	}
	if x.eq(j, wRecord) && x.millionsBefore(j) {
		return false // "logged 25.3 million views in five days, beating the previous record of 19.4m": millions, as its sentence counts
	}
	return x.tokIs(j, tWord) && x.toks[j].is(lexicon.SportMeasure) || x.sexBefore(j)
}

// recordOfBefore reports whether "record" or "record of" stands just
// before token i.
func (x *extractor) recordOfBefore(i int) bool {
	return x.eq(i-1, wRecord) || x.eq(i-1, wOf) && x.eq(i-2, wRecord)
}

// metricLengthBefore reports whether a length in centimetres or
// millimetres, or in metres when metres is set, stands before token j in
// its sentence: a glued "m" after it is metres ("set 45–60cm apart ...
// will grow to 1.8m", "in 2.5-metre drops; a standard 10m roll").
func (x *extractor) metricLengthBefore(j int, metres bool) bool {
	cs := x.sentenceClaims(j)
	for k := len(cs) - 1; k >= 0; k-- {
		if p := &cs[k]; p.Kind == factcheck.Measure && (p.Unit == "cm" || p.Unit == "mm" || metres && p.Unit == "m") {
			for m := x.tokenAfter(p); m < j; m++ {
				if s := x.str(m); currencySymbol(s) != "" || isoCode(s) != "" || x.tokIs(m, tWord) && x.toks[m].is(lexicon.Currency) {
					return false // "The 120 x 90.5 cm canvas was estimated at EUR 3-4m": millions of money
				}
			}
			return true
		}
	}
	return false
}

// metricLengthAfter reports whether a figure in centimetres, millimetres
// or metres written out follows token j before the next full stop or
// semicolon, within 40 tokens and with no currency between: a glued "m"
// before it is metres ("Cut the worktop to 2.4m, leave a 4mm gap").
func (x *extractor) metricLengthAfter(j int) bool {
	for k := j + 1; k < min(j+40, len(x.toks)-1) && !(x.tokIs(k, tPunct) && (x.sentenceEnd(k) > k || x.mark(k) == '.' || x.mark(k) == ';')); k++ {
		if s := x.str(k); currencySymbol(s) != "" || isoCode(s) != "" || x.tokIs(k, tWord) && x.toks[k].is(lexicon.Currency) {
			return false
		}
		if x.tokIs(k, tNum) && x.tokIs(k+1, tWord) && x.toks[k+1].is(lexicon.Measure) {
			if u := x.toks[k+1].entry().Unit; u == "cm" || u == "mm" || u == "m" && !x.eqText(k+1, "m") {
				return true
			}
		}
	}
	return false
}

// millionsBefore reports whether a count or a sum in millions or more
// stands before token j in its sentence.
func (x *extractor) millionsBefore(j int) bool {
	return slices.ContainsFunc(x.sentenceClaims(j), func(p factcheck.Claim) bool {
		return p.Value.Num >= 1e6 && (p.Kind == factcheck.Count || p.Kind == factcheck.Money)
	})
}

// millionsJustBefore reports whether the last figure claimed before token
// j in its sentence, past shares, is a count or a sum in millions: "fallen
// to 3.4m, less than half the 7.5m it drew" (but "a combined $820m, ...
// covered 3.6km, well over the 600m set as a goal": metres after metres).
func (x *extractor) millionsJustBefore(j int) bool {
	claims := x.sentenceClaims(j)
	for k := len(claims) - 1; k >= 0; k-- {
		switch p := claims[k]; p.Kind {
		case factcheck.Percent:
			continue
		case factcheck.Count, factcheck.Money:
			return p.Value.Num >= 1e6
		default:
			return false
		}
	}
	return false
}

// sexBefore reports whether the word at j is "women's" or "men's".
func (x *extractor) sexBefore(j int) bool {
	if !x.tokIs(j, tWord) {
		return false
	}
	switch x.lowerAt(j) {
	case "women's", "men's", "women\u2019s", "men\u2019s":
		return true
	}
	return false
}

// moneyBefore reports whether a currency symbol stands before token i, or
// a currency's letters or code written before a sum ("Dh1.35m", "EUR 40m").
func (x *extractor) moneyBefore(i int) bool {
	if i == 0 {
		return false
	}
	if x.toks[i-1].class == tPunct {
		return currencySymbol(x.str(i-1)) != ""
	}
	return x.toks[i-1].class == tWord && (wordPrefix(x.str(i-1)) || x.codeBefore(i-1) != "") // "Dh1.35m", "EUR 40m"
}

// numberAt parses the number at token k, in digits or in words.
func (x *extractor) numberAt(k int) (number, bool) {
	switch {
	case x.tokIs(k, tNum):
		return x.digits(k)
	case x.tokIs(k, tWord) && x.toks[k].is(lexicon.Cardinal):
		return x.wordNumber(k)
	}
	return number{}, false
}

// coinMoved reports whether token k ends a verb of change, "by" and
// perhaps a bound, before a smallest coin's "a penny" or "a cent":
// "Sterling fell by more than a cent", "rose by nearly a penny".
func (x *extractor) coinMoved(k int) bool {
	switch {
	case x.eq(k, wThan) && (x.eq(k-1, wMore) || x.eq(k-1, wLess)):
		k -= 2
	case x.eq(k, wNearly) || x.eq(k, wAlmost) || x.eq(k, wAbout) || x.eq(k, wAround) || x.eq(k, wOver) || x.eq(k, wUnder):
		k--
	}
	if x.eq(k, wBy) {
		k--
	}
	return x.tokIs(k, tWord) && changeWord(x.spAt(k))
}

// comparative reports whether sp is a comparative that a difference
// stands before: "a penny higher", "a cent cheaper".
func comparative(sp spelling) bool {
	switch sp {
	case wHigher, wLower, wMore, wLess, wCheaper, wDearer:
		return true
	}
	return false
}

// wordNumber parses a number written in words at token i: "twenty-four",
// "two hundred and fifty thousand", "a dozen", "half a million", "hundreds
// of thousands", "two and a half".
func (x *extractor) wordNumber(i int) (n number, ok bool) {
	t := &x.toks[i]
	e := t.entry()
	n = number{first: i, last: i, words: true}
	switch {
	case t.is(lexicon.Vague):
		// "hundreds", "tens of thousands", "hundreds of millions"
		n.value, n.vague, n.last = e.Num, true, i+1
		if x.eq(i+1, wOf) && x.tokIs(i+2, tWord) && x.toks[i+2].is(lexicon.Vague) && x.toks[i+2].entry().Num > e.Num {
			n.value = e.Num / 2 * x.toks[i+2].entry().Num
			if x.eq(i, wTens) {
				n.value = 10 * x.toks[i+2].entry().Num
			}
			n.last = i + 3
		} else if x.eq(i, wTens) || x.eq(i, wScores) && (!x.eq(i+1, wOf) || x.tokIs(i-1, tWord) && x.toks[i-1].is(lexicon.Determiner)) {
			return n, false // "the scores of specific tests" are results, not forties
		}
		return n, true
	case x.eq(i, wA) && (x.eq(i+1, wCouple) || x.eq(i+1, wPair)) && x.eq(i+2, wOf):
		// "a couple of months", "a couple of dozen"
		n.value, n.last = 2, i+3
		if x.tokIs(i+3, tWord) && x.toks[i+3].is(lexicon.Scale) {
			n.value, n.last, n.scaled = 2*x.toks[i+3].entry().Num, i+4, true
		}
		return n, true
	case x.eq(i, wA) && (x.eq(i+1, wPenny) || x.eq(i+1, wCent)) && (x.tokIs(i-1, tWord) && (changeWord(x.spAt(i-1)) || x.coinMoved(i-1) ||
		(x.toks[i-1].flags&fUpper != 0 && !x.sentenceStart(i-1) || x.eq(i-1, wBy)) && x.eq(i+2, wTo) && x.tokIs(i+3, tNum)) || comparative(x.spAt(i+2))) &&
		!x.negatedBefore(i-1): // (but "have never lost a penny": nothing at all)
		// "ICI fell a penny at 1,334", "Barclays eased a penny\nto 503",
		// "Dixons 4p to 373, British Telecom a penny to 253", "raised the
		// dividend by a penny to 37 cents", "159.9p, a penny higher than": a
		// price moved, or compared, by one of its smallest coins
		n.value, n.last = 1, i+1
		return n, true
	case x.eq(i, wA) && (x.eq(i+1, wPoint) || x.eq(i+1, wPercentage) && x.eq(i+2, wPoint)) && x.pointMoved(i-1):
		// "cut rates by a point", "narrowed to under a point", "the index
		// fell a point": a move of one point
		n.value, n.last = 1, i+1
		return n, true
	case x.eq(i, wA) && (x.eq(i+1, wScore) || x.eq(i+1, wBrace)) && x.eq(i+2, wOf) && x.pluralNounAfter(i+2):
		// "a score of protesters", "a brace of trolleys": twenty, two
		n.value, n.last = 20, i+2
		if x.eq(i+1, wBrace) {
			n.value = 2
		}
		return n, true
	case x.eq(i, wA) && x.eq(i+1, wBakerS) && x.eq(i+2, wDozen):
		n.value, n.last, n.scaled = 13, i+3, true // "a baker's dozen of volunteers": thirteen
		return n, true
	case x.eq(i, wA) && x.tokIs(i+1, tWord) && x.toks[i+1].is(lexicon.Currency) && x.toks[i+1].entry().Per == 1 && x.eq(i+2, wAnd) && x.centsAfterAnd(i+2):
		n.value, n.last = 1, i+1 // "a dollar and 42 cents": one dollar, its cents after it (andCents)
		return n, true
	case x.eq(i, wA) && x.eq(i+1, wGrand) && (!x.tokIs(i+2, tWord) || x.toks[i+2].is(lexicon.Stop|lexicon.Determiner)) && x.toks[i+1].flags&fUpper == 0:
		n.value, n.last = 1, i+1 // "cost a grand per flat": a thousand of the story's money (the unit's "grand"), not "a grand total"
		return n, true
	case x.eq(i, wA) && x.eq(i+1, wQuarter) && x.scaleWordAt(i+2) && x.toks[i+2].entry().Num >= 1e6:
		n.value, n.scaled, n.decimal, n.last = 0.25*x.toks[i+2].entry().Num, true, true, i+3 // "a quarter million fans"
		return n, true
	case x.eq(i, wA) && x.eq(i+1, wQuarter) && x.hyphenAt(i+1) && x.scaleWordAt(i+3) && x.toks[i+3].entry().Num >= 1e6:
		n.value, n.scaled, n.decimal, n.last = 0.25*x.toks[i+3].entry().Num, true, true, i+4 // "a quarter-million dollars"
		return n, true
	case x.eq(i-1, wAnother) && t.is(lexicon.Scale) && (e.Num >= 1000 || e.Num == 100 && x.eq(i+1, wAnd)):
		// "hopes to plant another million", "another million people": one
		// more of the scale; "saved another hundred and twenty dollars"
		n.value, n.scaled, n.last = e.Num, true, i+1
		x.moreScale(&n)
		x.hundredAnd(&n)
		return n, true
	case x.eq(i, wA) || x.eq(i, wAn):
		// "a million", "a dozen", "a hundred", "a further dozen birds"
		s := i + 1
		if x.eq(i, wA) && (x.eq(s, wFurther) || x.eq(s, wAdditional)) {
			s++
		}
		if !x.tokIs(s, tWord) || !x.toks[s].is(lexicon.Scale) {
			return n, false
		}
		if s == i+1 && x.eq(s, wDozen) && x.priceBefore(i) {
			return n, false // "averaging $2.10 a dozen": the price's base, no count
		}
		n.value, n.scaled, n.last = x.toks[s].entry().Num, true, s+1
		x.moreScale(&n)
		if k := x.andAHalf(n.last); k > n.last && n.last == s+1 {
			n.value, n.last, n.decimal = 1.5*n.value, k, true // "a million and a half"
			return n, true
		}
		x.hundredAnd(&n)
		return n, true
	case x.halfScale(i) > i:
		k := x.halfScale(i)
		n.value, n.scaled, n.last = 0.5*x.toks[k].entry().Num, true, k+1
		return n, true
	case x.eqText(i, "multi") && (x.hyphenAt(i) && x.scaleWordAt(i+2) || x.scaleWordAt(i+1) && x.toks[i+1].flags&fSpace != 0):
		// "a multi-million dlr contract", "multi mln dlr": millions, at
		// least two of them, as "millions" are
		k := i + 1
		if x.hyphenAt(i) {
			k = i + 2
		}
		if x.toks[k].entry().Num < 1e6 {
			return n, false
		}
		n.value, n.vague, n.scaled, n.last = 2*x.toks[k].entry().Num, true, true, k+1
		return n, true
	case x.eq(i, wSeveral) || x.eq(i, wFew) && x.eq(i-1, wA):
		if !x.tokIs(i+1, tWord) || !x.toks[i+1].is(lexicon.Scale) || x.toks[i+1].entry().Num < 100 && !x.eq(i+1, wDozen) {
			return n, false // but "a few dozen protesters"
		}
		n.value, n.vague, n.scaled, n.last = 2*x.toks[i+1].entry().Num, true, true, i+2
		x.moreScale(&n) // "several hundred million dollars"
		if x.eq(i, wFew) {
			n.first = i - 1
		}
		return n, true
	case t.is(lexicon.Scale) && e.Num >= 1e6 && x.eq(i-1, wThe) && x.hyphenAt(i) && x.tokIs(i+2, tWord) && x.toks[i+2].is(lexicon.Currency) &&
		(x.eq(i+3, wMark) || x.eq(i+3, wLevel) || x.eq(i+3, wBarrier) || x.eq(i+3, wThreshold)):
		n.value, n.scaled, n.last = e.Num, true, i+1 // "above the billion-dollar mark": a threshold of one billion
		return n, true
	case !t.is(lexicon.Cardinal):
		return n, false
	}
	var total, cur float64
	j := i
	lastTens, afterScale := false, false
	lastScale := 0.0
	for j < len(x.toks) && x.toks[j].class == tWord {
		tj := &x.toks[j]
		if j > i && tj.flags&fNewline != 0 && !x.wrapped(j, lexicon.Scale) && !(x.eq(j, wAnd) && x.proseWraps(j)) {
			break // but "nearly three\nand a half hours" wraps a line of prose
		}
		ej := tj.entry()
		switch {
		case tj.is(lexicon.Cardinal):
			if j > i && !afterScale && !(lastTens && ej.Num < 10) {
				goto done
			}
			if afterScale && lastScale >= 1e6 && !x.scaleWordAt(j+1) && !(x.hyphenAt(j) && x.scaleWordAt(j+3)) {
				goto done // "eight mln five year warrants": no millions and five, but "two million five hundred thousand"
			}
			cur += ej.Num
			lastTens = ej.Num >= 20
			afterScale = false
			j++
			// hyphenated "twenty-four"
			if lastTens && x.hyphenAt(j-1) && x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Cardinal) && x.toks[j+1].entry().Num < 10 {
				cur += x.toks[j+1].entry().Num
				lastTens = false
				j += 2
			}
			// hyphenated "two-and-a-half years", "one-and-a-half million
			// families", "a four-and-a-quarter-mile run"
			if x.hyphenAt(j-1) && x.eq(j+1, wAnd) && x.hyphenAt(j+1) && x.eq(j+3, wA) && x.hyphenAt(j+3) && (x.eq(j+5, wHalf) || x.eq(j+5, wQuarter)) {
				cur += 0.5
				if x.eq(j+5, wQuarter) {
					cur -= 0.25
				}
				j += 6
				if !x.tokIs(j, tWord) || !x.toks[j].is(lexicon.Scale) || x.toks[j].entry().Num < 1000 {
					goto done
				}
				n.decimal = true
				continue
			}
			// hyphenated "one-billion stg", "a two-million tonne",
			// "two-hundred-odd pounds"
			if x.hyphenAt(j-1) && x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Scale) && x.toks[j+1].entry().Num >= 100 {
				j++
			}
		case x.eq(j, wLakh) && x.eq(j+1, wCrore):
			if cur == 0 {
				cur = 1
			}
			total += cur * 1e12 // "three lakh crore rupees": a lakh of crores, three trillion
			cur, lastScale = 0, 1e12
			n.scaled, afterScale, lastTens = true, true, false
			j += 2
		case tj.is(lexicon.Scale):
			if afterScale && cur == 0 && ej.Num > lastScale && lastScale >= 1e3 {
				total *= ej.Num // "one thousand million euros": a thousand millions, 1,000,000,000
				lastScale = ej.Num
				j++
				continue
			}
			if cur == 0 {
				cur = 1
			}
			lastScale = ej.Num
			if ej.Num == 100 || ej.Num == 12 {
				cur *= ej.Num
			} else {
				total += cur * ej.Num
				cur = 0
			}
			n.scaled, afterScale, lastTens = true, true, false
			j++
		case x.eq(j, wDozens) && j > i && !afterScale && cur > 0 && cur < 100:
			cur *= 12 // "three dozens eggs", "three dozens of roses": a dozen written plural
			n.scaled, afterScale, lastTens = true, true, false
			j++
		case tj.is(lexicon.Vague) && ej.Num >= 2e5 && j > i && cur > 0 && (!afterScale || lastScale == 100):
			// "as much as five billions dlrs", "twelve lakhs", "three
			// hundred crores": a scale written plural, as "£22 billions"
			// (scale)
			total += cur * ej.Num / 2
			cur, lastScale = 0, ej.Num/2
			n.scaled, afterScale, lastTens = true, true, false
			j++
		case tj.is(lexicon.Vague) && ej.Num >= 2e6 && afterScale && cur == 0 && lastScale >= 1e3 && ej.Num/2 > lastScale:
			total *= ej.Num / 2 // "three thousand millions dollars": a thousand millions, written plural
			lastScale = ej.Num / 2
			j++
		case x.eq(j, wAnd) && j > i:
			// "two hundred and fifty", "two and a half", "two and one-half"
			if f, k := x.fractionAfterAnd(j); k > j {
				if afterScale && cur == 0 {
					total += f * lastScale // "two million and a half"
				} else {
					cur += f
				}
				j = x.largeScaleAfter(k, &total, &cur, &n) // "two and a half million"
				goto done
			}
			if afterScale && x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Cardinal) && !x.scaleAtLeast(j+2, lastScale) {
				j++
				continue
			}
			goto done
		case x.eq(j, wPoint) && j > i && !afterScale && cur < 1000 && x.digitWord(j+1) >= 0:
			// "one point three per cent", "two point five million": a
			// decimal said in words, its digits one word each
			frac, scale := 0.0, 0.1
			for j++; x.digitWord(j) >= 0; j++ {
				frac += float64(x.digitWord(j)) * scale
				scale /= 10
			}
			cur += frac
			n.decimal = true
			j = x.largeScaleAfter(j, &total, &cur, &n)
			goto done
		default:
			goto done
		}
	}
	if x.mark(j) == ',' && afterScale && lastScale >= 1000 && cur == 0 && x.eq(j+2, wHundred) && x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Cardinal) {
		// "forty-seven thousand, three hundred and twelve": the rest of the
		// number after a comma, in hundreds
		if r, ok := x.wordNumber(j + 1); ok && r.value < lastScale && r.value >= 100 {
			cur, j = r.value, r.last
		}
	}
done:
	n.value = fractionValue(total + cur) // "three and a third": to four decimals
	n.last = j
	// "one" and "a" alone are rarely a claim: a caller decides.
	return n, j > i
}

// largeScaleAfter applies a scale of a thousand or more at token j to the
// number in words read so far (total and its current part cur, n), and
// returns the index after it, or j: "two and a half million", "two point
// five billion".
func (x *extractor) largeScaleAfter(j int, total, cur *float64, n *number) int {
	if !x.tokIs(j, tWord) || !x.toks[j].is(lexicon.Scale) || x.toks[j].entry().Num < 1e3 {
		return j
	}
	*total += *cur * x.toks[j].entry().Num
	*cur = 0
	n.scaled = true
	return j + 1
}

// fractionAfterAnd reads the fraction that ends a number in words after
// "and" at token j: "a half", "one half", "one-half", "one-quarter",
// "three-quarters", "one-third". It returns the fraction and the index after
// it, or j.
func (x *extractor) fractionAfterAnd(j int) (float64, int) {
	if f, k := x.mixedFraction(j); k > j && !x.eq(j-2, wAnd) && x.mark(j-2) != ',' {
		return f, k // "one and 5/8 pct", as "1 and 5/8" reads (but "in years five and six and 3/4 point over LIBOR" lists)
	}
	k := j + 1
	var num float64
	switch {
	case x.eq(k, wA) || x.eq(k, wOne):
		num = 1
	case x.eq(k, wThree):
		num = 3
	case x.eq(k, wTwo):
		num = 2
	default:
		return 0, j
	}
	k++
	hyphen := x.hyphenAt(k - 1)
	if hyphen {
		k++
	} else if !x.eq(k, wHalf) && !(num == 1 && x.eq(k, wQuarter)) && !(x.tokIs(k+1, tWord) && x.toks[k+1].is(lexicon.Duration|lexicon.Measure|lexicon.Currency|lexicon.Percent|lexicon.Scale)) {
		return 0, j // "two and a third party": only "a half" and "a quarter" stand unjoined, or a fraction before a unit ("three and a third hours")
	}
	switch {
	case num == 1 && x.eq(k, wHalf):
		return 0.5, k + 1
	case num == 1 && x.eq(k, wQuarter), num == 3 && (x.eq(k, wQuarters) || (hyphen || x.tokIs(k+1, tWord) && x.toks[k+1].is(lexicon.Duration|lexicon.Measure)) && x.eq(k, wQuarter)):
		// "two and three-quarter times", "two and three quarter hours"
		return num / 4, k + 1
	case num == 1 && x.eq(k, wThird), num == 2 && x.eq(k, wThirds):
		return num / 3, k + 1
	}
	return 0, j
}

// digitWord returns the digit a word at token j names, "zero" or "nought"
// to "nine", or -1.
func (x *extractor) digitWord(j int) int {
	if !x.tokIs(j, tWord) {
		return -1
	}
	if x.eq(j, wZero) || x.eq(j, wNought) {
		return 0
	}
	if t := &x.toks[j]; t.is(lexicon.Cardinal) && !t.is(lexicon.Scale) {
		if v := t.entry().Num; v >= 1 && v <= 9 && v == float64(int(v)) {
			return int(v)
		}
	}
	return -1
}

// leadingPoint reports whether the digits at token i follow a decimal
// point with no digit before it: ".425", "(.265/.324)", "$.50"; not "No.3"
// nor the end of a sentence.
func (x *extractor) leadingPoint(i int) bool {
	if i == 0 || x.mark(i-1) != '.' || x.toks[i].flags&fSpace != 0 || !allDigits(x.str(i)) {
		return false
	}
	p := i - 2
	return p < 0 || x.toks[i-1].flags&fSpace != 0 ||
		x.tokIs(p, tPunct) && (x.mark(p) == '/' || x.mark(p) == '(' || x.mark(p) == '$')
}

// scaleWordAt reports whether token k is a word of scale: "hundred",
// "thousand", "mln".
func (x *extractor) scaleWordAt(k int) bool {
	return x.tokIs(k, tWord) && x.toks[k].is(lexicon.Scale)
}

// scaleAtLeast reports whether a scale word of at least scale, a thousand
// or more, stands at token k or after a hundred there: then "one billion
// and three billion" and "one hundred billion and four hundred billion"
// are two numbers, not four and five hundred billion (but "two hundred and
// fifty thousand" is one).
func (x *extractor) scaleAtLeast(k int, scale float64) bool {
	if x.eq(k, wHundred) {
		k++
	}
	return scale >= 1e3 && x.tokIs(k, tWord) && x.toks[k].is(lexicon.Scale) && x.toks[k].entry().Num >= scale
}

// wrapped reports whether token j, the first of its line, is a word of
// category cat that continues the line before it: wire text wraps its
// lines anywhere ("three\nbillion francs", "2.6 mln\ntonnes", "20\nper
// cent", "3.9 billion\ncubic feet", "380,000\nBPD", "one billion\nmarks").
// A word with a capital (but a measure's abbreviation in capitals, not
// joined by a hyphen to a name) or after a blank line starts something new.
func (x *extractor) wrapped(j int, cat uint32) bool {
	if !x.tokIs(j, tWord) {
		return false
	}
	t := &x.toks[j]
	unit := t.is(cat) || x.eq(j, wPer) && x.eq(j+1, wCent) ||
		cat&lexicon.Duration != 0 && (timeAdjective(x.lowerAt(j)) || x.dayAdjectiveAt(j)) && x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Duration) || // "20\nbusiness days", "21\ntrading days"
		cat&lexicon.Duration != 0 && timeAdjective(x.lowerAt(j)) && x.dayAdjectiveAt(j+1) || // "20\nconsecutive trading days"
		cat&lexicon.Measure != 0 && (x.compoundAt(j) || x.eq(j, wStandard) && x.compoundAt(j+1) || x.gasVolume(j) > 0) || // "2,455.5\nbcf"
		cat&lexicon.Currency != 0 && (isPlaceCurrency(x.spAt(j)) || x.str(j) == "won") // "50 billion\nwon" (wonAt tells it from the verb)
	if !unit || t.flags&fUpper != 0 && !(t.is(cat&lexicon.Measure) && t.e-t.s >= 2 && allCaps(x.str(j))) && !(cat&lexicon.Currency != 0 && x.capitalMoney(j)) {
		return false
	}
	if allCaps(x.str(j)) && x.hyphenAt(j) {
		return false // a table's next row, "FT-SE", names an index
	}
	return x.lineWrap(j)
}

// capitalMoney reports whether the currency's name at token j is money
// though written with a capital, where "50 Cent" is a name: "Ecus" and
// "SDRs" ("2,000\nEcus a hectare"), and any currency's name in the plural
// ("300\nAustrals per tonne", "731 mln\n    Crowns").
func (x *extractor) capitalMoney(j int) bool {
	t := &x.toks[j]
	return t.is(lexicon.Currency) && (t.entry().Unit == "XEU" || t.entry().Unit == "XDR" || t.e-t.s > 3 && strings.HasSuffix(x.str(j), "s")) ||
		isPlaceCurrency(x.spAt(j)) && t.e-t.s > 3 && strings.HasSuffix(x.str(j), "s") // "731 mln\n    Crowns"
}

// lineWrap reports whether a single line break stands before token j.
func (x *extractor) lineWrap(j int) bool {
	return j > 0 && j < len(x.toks) && strings.Count(x.text[x.toks[j-1].e:x.toks[j].s], "\n") == 1
}

// hundredAnd reads, after the scale word that ends n ("a hundred",
// "another hundred"), "and" and the units that follow it: "a hundred and
// five"; "a hundred and twelve thousand", the thousands said after the
// hundred and its units.
func (x *extractor) hundredAnd(n *number) {
	if !x.eq(n.last, wAnd) || !x.tokIs(n.last+1, tWord) || !x.toks[n.last+1].is(lexicon.Cardinal) || n.value < 100 {
		return
	}
	if r, ok := x.wordNumber(n.last + 1); ok && !r.scaled && r.value < 100 {
		n.value, n.last = n.value+r.value, r.last
	} else if ok && r.scaled && n.value == 100 && x.scaleWordAt(r.last-1) {
		if scale := x.toks[r.last-1].entry().Num; scale >= 1000 && r.value/scale < 100 && r.value/scale == float64(int(r.value/scale)) {
			n.value, n.last = (n.value+r.value/scale)*scale, r.last
		}
	}
}

// moreScale applies "thousand"/"million" after "a hundred".
func (x *extractor) moreScale(n *number) {
	for x.tokIs(n.last, tWord) && x.toks[n.last].is(lexicon.Scale) && x.toks[n.last].entry().Num > n.value {
		n.value *= x.toks[n.last].entry().Num
		n.last++
	}
}

// negativeOf reports whether token k, "of", ends "negative growth of",
// "negative rates of", "negative equity of": a figure of growth, a rate or
// a company's worth below zero.
func (x *extractor) negativeOf(k int) bool {
	if !x.eq(k, wOf) {
		return false
	}
	switch x.spAt(k - 1) {
	case wGrowth, wRate, wRates, wInflation, wReturn, wReturns, wYield, wYields:
		return x.eq(k-2, wNegative)
	case wEquity, wWorth:
		// "negative equity of 7.7 mln dlrs", "a negative net worth of": a
		// shortfall of assets
		return x.eq(k-2, wNegative) || x.eq(k-3, wNegative) && (x.eq(k-2, wNet) || x.eq(k-2, wShareholders))
	}
	return false
}

// sign makes the number of c negative when a minus stands before it (or
// before its currency symbol): "-12C", "−0.3%", "-£2.1bn", "minus five",
// "minus-3" (and "plus-12" joins the claim, its sign said).
// A hyphen is a minus only where it cannot join words or make a range:
// touching the number, after a space or at the start, and not after a
// number ("10 -15") but a table's column before it ("2020\t-4.6"), or
// after a tilde's "about" ("~-0.5%"). A plus
// sign so placed joins the claim: "+0.3 pct"; so do arrows glued, down a
// minus ("▼11%", "↓6.1%"), up a plus ("▲4.2%").
func (x *extractor) sign(c *claimParts) {
	k := c.first - 1
	if k < 0 {
		return
	}
	if x.eq(k, wMinus) && x.eq(k-1, wOr) && x.eq(k-2, wPlus) {
		c.first = k - 2 // "plus or minus two pct": a margin, no sign
		return
	}
	if x.mark(k) == '-' && x.toks[k].flags&fSpace == 0 && x.toks[k+1].flags&fSpace == 0 && (x.eq(k-1, wMinus) || x.eq(k-1, wPlus)) {
		if x.eq(k-1, wMinus) {
			c.num.value, c.num.year = -c.num.value, false // "a wind chill of minus-3"
		}
		c.first = k - 1 // "finished plus-12"
		return
	}
	if x.eq(k, wMinus) && x.countdownAt(k) {
		return // "at T-minus 10 hours": a countdown's time left, no sign
	}
	if x.eq(k, wMinus) && x.subtractedFrom(k-1) {
		return // "indexed at wage growth minus 0.75 percentage points": a subtraction, no sign
	}
	if x.eq(k, wMinus) || x.eq(k, wLess) && !x.eq(k-1, wOr) && !x.eq(k-1, wMuch) && !x.eq(k-1, wNo) && !x.discountAfter(c.num.last) || x.eq(k, wNegative) && x.toks[k].flags&fNewline == 0 {
		c.num.value, c.num.year, c.first = -c.num.value, false, k // "minus five", a bond's margin "less 0.24 pct", "a negative 0.5 pct"
		return
	}
	if x.negativeOf(k) {
		c.num.value, c.num.year = -c.num.value, false // "negative growth of four pct": a contraction
		return
	}
	if x.eq(k, wAnd) && len(x.claims) > 0 {
		// "negative rates of 0.5 pct and 1.4 pct": the sign said once
		pct := x.mark(c.num.last) == '%' || x.tokIs(c.num.last, tWord) && x.toks[c.num.last].is(lexicon.Percent)
		if p := x.lastClaim(); pct && p.Value.Num < 0 && x.tokenAfter(p) == k && x.negativeOf(x.tokenOf(p)-1) {
			c.num.value, c.num.year = -c.num.value, false
		}
	}
	s := x.str(k)
	if x.toks[k].class == tPunct && x.toks[k+1].flags&fSpace == 0 && (s == "\u25bc" || s == "\u2193") {
		c.num.value, c.num.year, c.first = -c.num.value, false, k // "▼11%", "↓6.1%": a fall, its arrow a sign
		return
	}
	if x.toks[k].class == tPunct && x.toks[k+1].flags&fSpace == 0 && (s == "\u25b2" || s == "\u2191") {
		c.first = k // "▲4.2%", "↑2%": a rise, said with its arrow
		return
	}
	if x.toks[k].class != tPunct || x.toks[k+1].flags&fSpace != 0 || x.tokIs(k-1, tNum) && (x.claimEndsAt(k-1) || x.datelineDayAt(k-1)) && !x.cellAt(k+1) || // (a dateline's dash: "June 19 -Five mths")
		!(s == "\u2212" || (s == "-" || s == "\u2013" || s == "+") && (k == 0 || x.toks[k].flags&fSpace != 0 || x.mark(k-1) == '(' || x.mark(k-1) == '[' || x.mark(k-1) == '~')) {
		return
	}
	if s == "+" {
		c.first = k // "+0.3 pct": a rise, said with its sign
		return
	}
	c.num.value, c.num.year, c.first = -c.num.value, false, k
}

// discountAfter reports whether a discount is named among the three
// tokens from k: "less 10% loyalty discount" on an invoice is the
// discount's rate, taken off, no figure below zero.
func (x *extractor) discountAfter(k int) bool {
	for m := k; m < k+3 && m < len(x.toks); m++ {
		if x.eq(m, wDiscount) || x.eqText(m, "rebate") {
			return true
		}
	}
	return false
}

// claimEndsAt reports whether the last claim read ends with token k, or no
// claim was read: a figure before a spaced dash ("10 -12") is a range's
// start, but a name's number is none ("S&P 500 -1.1 pct": a fall).
func (x *extractor) claimEndsAt(k int) bool {
	return len(x.claims) == 0 || x.claims[len(x.claims)-1].End >= int(x.toks[k].e)
}

// powerOfTenPlural reads the number n, a hundred or a power of ten above
// it in digits with an "s" glued to it, as "hundreds" and "thousands" are
// read: "1000s of fans", "100s of cars", "1,000s" (at least two of them,
// 2,000; "in the 100s" is a level, no count). It reports whether n is one,
// and makes it so.
func (x *extractor) powerOfTenPlural(n *number) bool {
	v := n.value
	if n.decimal || n.scaled || v < 100 || x.eq(n.first-1, wThe) {
		return false
	}
	for v > 1 && math.Mod(v, 10) == 0 {
		v /= 10
	}
	if v != 1 {
		return false
	}
	n.value, n.vague, n.last = 2*n.value, true, n.last+1
	return true
}

// halfScale returns the index of the scale word that "half" at token i
// halves ("half a dozen", "half-a-dozen", "half-dozen", "a half dozen",
// "half a million"), or i when there is none.
func (x *extractor) halfScale(i int) int {
	if !x.eq(i, wHalf) {
		return i
	}
	k := i + 1
	switch {
	case x.eq(k, wA) && x.toks[k].flags&fSpace != 0:
		k++
	case x.hyphenAt(i) && x.eq(i+2, wA) && x.hyphenAt(i+2):
		k = i + 4
	case x.hyphenAt(i) && (x.eq(i+2, wDozen) || x.eq(i-1, wA) || x.scaleWordAt(i+2) && x.toks[i+2].entry().Num >= 1e6):
		k = i + 2 // "a half-dozen ships", "a half-mln tonnes plan", "a prorated half-million dollars"
	case x.eq(k, wDozen), x.eq(i-1, wA): // "a half dozen ships", "a half mln tonnes"
	case x.scaleWordAt(k) && x.toks[k].entry().Num >= 1e6 && x.toks[k].flags&fNewline == 0: // "Half million eggs were broken"
	default:
		return i
	}
	if !x.tokIs(k, tWord) || !x.toks[k].is(lexicon.Scale) {
		return i
	}
	return k
}

// hyphenAt reports whether token j is followed by a hyphen that touches it
// and the next token: "twenty-four", "four-day".
func (x *extractor) hyphenAt(j int) bool {
	if j < 0 || j+2 >= len(x.toks) {
		return false
	}
	h := &x.toks[j+1]
	if h.class != tPunct || h.flags&fSpace != 0 || x.toks[j+2].flags&fSpace != 0 {
		return false
	}
	s := x.str(j + 1)
	return s == "-" || s == "\u2011" || s == "\u2010"
}

// hyphenBefore reports whether token j follows a touching hyphen.
func (x *extractor) hyphenBefore(j int) bool { return j >= 2 && x.hyphenAt(j-2) }

// modelCounted reports whether the word at token k, after a figure and a
// glued "B" or "T", is what a language model is counted in: "a 70B model",
// "~2T parameters", "15T tokens", "the 405B-parameter model".
func (x *extractor) modelCounted(k int) bool {
	if x.hyphenAt(k - 1) {
		k++
	}
	switch x.lowerAt(min(k, len(x.toks)-1)) {
	case "model", "models", "parameter", "parameters", "token", "tokens":
		return true
	}
	return false
}

// raceInK reports whether the "K" or "k" glued to a figure at token j
// names a race's distance in kilometres: a race's noun follows it ("a
// 10K route", "the 5K fun run", "the group's average 5k time"), or "or"
// and another such distance ("a 5K or a 10K route"), or running is said
// just before it ("ran the Hackney parkrun 5k", "ran a 10k in 50
// minutes").
func (x *extractor) raceInK(j int) bool {
	for k := j - 2; k >= 0 && k >= j-5 && x.tokIs(k, tWord); k-- {
		switch x.lowerAt(k) {
		case "ran", "run", "running", "parkrun", "jogged":
			return true
		}
	}
	switch x.lowerAt(min(j+1, len(x.toks)-1)) {
	case "run", "runs", "race", "races", "route", "routes", "walk", "course", "fun", "road", "trail", "event", "time", "times", "pb":
		return j+1 < len(x.toks)
	case "or", "and":
		k := j + 2
		if x.eq(k, wA) || x.eq(k, wThe) {
			k++
		}
		return x.tokIs(k, tNum) && x.str(k+1) == "K" && x.toks[k+1].flags&fSpace == 0 && x.raceInK(k+1)
	}
	return false
}

// kelvinsGlued reports whether the "K" glued to n at token j means
// kelvins, not thousands: where a temperature is said, after no currency,
// and before no noun but those a temperature takes ("a surface
// temperature above 25,000K", "colder than Pluto's surface at about 40K").
func (x *extractor) kelvinsGlued(n *number, j int) bool {
	return !x.moneyBefore(n.first) && (!x.tokIs(j+1, tWord) || afterKelvin(x.lowerAt(j+1))) && x.temperatureNear(n.first, j+6)
}

// metres reports whether the "m" glued to n at token j means metres, not
// millions: "the 100m sprint", "17.30m", "the 10,000m", "with 500m to
// go", "a 110m2 flat", "40m3 of water" (but not "the previous record of
// 1.2m steps", millions of a thing counted, nor two decimals beside a figure in millions: "a record low of
// 9.85m, down 2.6 million", "4.7m postal votes ..., up from about 1.75m"), never after a currency symbol. With no noun after it, it is
// metres too in a text whose other such figures are metres and none money
// (metricText): "he led for 300m" in a race report.
func (x *extractor) metres(n *number, j int) bool {
	if x.moneyBefore(n.first) || x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Currency) && x.toks[j+1].entry().Per == 1 {
		return false // "481.42m yuan": millions of a currency named after
	}
	if x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Measure|lexicon.Duration) && x.toks[j+1].flags&fNewline == 0 && x.str(j+1) != "m" {
		return false // "1.78m bpd", "1.2m sq ft", "125m years": millions of the unit after it
	}
	after := j + 1
	if x.tokIs(after, tPunct) && isDash(x.str(after)) && x.tokIs(after+1, tNum) && x.str(after+2) == "m" && x.toks[after+2].flags&fSpace == 0 {
		after += 3 // "the 3m-3.5m analysts had forecast": the noun after the range's end
	}
	noNoun := !(x.tokIs(after, tWord) && !x.toks[after].is(lexicon.Stop|lexicon.Determiner))
	return x.squared(j+1) || x.cubed(j+1) || strings.HasPrefix(x.slashRate(j), "m/s") || x.verbBefore(n.first, climbWords) || x.sportAfter(j+1) || x.sportBefore(n.first-1) && !(x.recordOfBefore(n.first) && x.pluralNounAt(j+1) && x.countedAfter(j+1)) ||
		x.eqText(j+1, "individual") && x.eqText(j+2, "medley") || x.eq(n.first-2, wThe) && (x.eqText(n.first-1, "fastest") || x.eqText(n.first-1, "quickest")) && !x.pluralNounAt(j+1) || // "the 200m individual medley", "the fastest 200m by a British man"
		x.playAfter(j+1) || x.stretchBefore(n.first) || metricDecimals(x.str(n.first)) && !x.scaleNear(n.first) && !x.percentNear(n.first) && !x.countedAfter(j+1) && !x.peopleBefore(n.first) && !x.millionsBefore(n.first) || n.value >= 1000 || x.dimensionAt(j+1) ||
		x.lengthConverted(n.first, j) || x.dimensionComparedBefore(n.first) || (x.eq(j+1, wAbove) || x.eq(j+1, wBelow)) && x.metresBefore(n.first) ||
		x.lengthNounAfter(j+1) || x.lengthAfter(j+1) || x.personHeight(n, j+1) ||
		timesSign(x.str(j+1)) && x.tokIs(j+2, tNum) || n.first >= 2 && timesSign(x.str(n.first-1)) && (x.str(n.first-2) == "m" || x.tokIs(n.first-2, tNum)) || // "a room of 4m x 3m", "the 5.5 x 3.2m patio"
		x.eq(j+1, wBy) && x.tokIs(j+2, tNum) && x.str(j+3) == "m" && x.toks[j+3].flags&fSpace == 0 || // "a room of roughly 4.5m by 3.6m"
		n.first >= 3 && x.eq(n.first-1, wBy) && x.str(n.first-2) == "m" && x.tokIs(n.first-3, tNum) && x.toks[n.first-2].flags&fSpace == 0 ||
		x.metricLengthBefore(n.first, (!x.pluralNounAt(j+1) && !x.eqText(j+1, "people") || x.sportAfter(j+1)) && !x.millionsBefore(n.first)) || noNoun && x.metricLengthAfter(j) || // "236cm tall ... a standard 2.4m ceiling", "to 2.4m, leave a 4mm gap"
		x.eq(n.first-1, wThe) && (noNoun && !x.millionsJustBefore(n.first) || x.eq(j+1, wStage)) || // "at the 300m stage" (but "fallen to 3.4m, less than half the 7.5m it drew": millions)
		// "the final 400m", "the last 100m"
		(x.eq(n.first-1, wFinal) || x.eq(n.first-1, wLast) || x.eq(n.first-1, wOpening) || x.eq(n.first-1, wClosing)) &&
			x.eq(n.first-2, wThe) && noNoun ||
		(noNoun || x.participleAt(j+1)) && (x.lengthBefore(n.first) || x.metresRangeEnd(n.first)) || x.structureAt(j+1) ||
		noNoun && (x.eq(j+1, wTo) && (x.eq(j+2, wGo) || x.eq(j+2, wRun) || x.eq(j+2, wScore)) || x.metricText() && !x.millionsBefore(n.first)) ||
		x.assayAfter(j) || x.eq(n.first-1, wFrom) && x.assayBefore(n.first) || x.seaHeight(n, j) || noNoun && x.verbBefore(n.first, coverWords) ||
		noNoun && x.eq(n.first-1, wAs) && x.wordIn(n.first-2, sizeWords) && x.eq(n.first-3, wAs) // "features as small as 10m"
}

// sizeWords are the adjectives of size or distance that "as ... as"
// compares a length with ("as small as 10m", "as deep as 40m"); not
// "high", "large" or "big", which compare counts and sums too.
var sizeWords = wordSet("small", "tall", "wide", "long", "deep", "short", "narrow", "thick", "thin", "far", "close")

// seaHeight reports whether n, with an "m" at token j, is a height of the
// sea in metres: under 30, in a sentence of tides or waves, before no
// plural noun and after no people ("High tide ... reaching 12.8m", "wave height at
// the buoy hit 9.4 m overnight"); or of a river, in a sentence of rivers
// or floods, ending its phrase.
func (x *extractor) seaHeight(n *number, j int) bool {
	if n.value >= 30 {
		return false
	}
	if (x.sentenceNames(n.first, 8, tideWords) || x.seaLevelNamed(n.first)) && !(x.tokIs(j+1, tWord) && pluralNoun(x.str(j+1))) && !x.peopleBefore(n.first) {
		return true
	}
	// a river's level, its figure ending a phrase: "with levels already
	// 2.4m above normal", "the river ... peaked at 6.5 metres, just below
	// the record of 6.8m."
	return (j+1 >= len(x.toks) || x.tokIs(j+1, tPunct) || x.eq(j+1, wAbove) || x.eq(j+1, wBelow) || x.eq(j+1, wAt)) && x.sentenceNames(n.first, 8, riverWords) && !x.peopleBefore(n.first)
}

// seaLevelNamed reports whether "sea level" or "sea levels" stands in the
// sentence of token i before it: "Sea levels could rise 1.2m above
// normal".
func (x *extractor) seaLevelNamed(i int) bool {
	for k := x.sentenceStartBefore(i); k < i-1; k++ {
		if x.eqText(k, "sea") && (x.eqText(k+1, "level") || x.eqText(k+1, "levels")) {
			return true
		}
	}
	return false
}

// riverWords are the words of a river's level of seaHeight: "river",
// "flood".
var riverWords = wordSet("river", "rivers", "flood", "floods", "flooding", "floodwater", "floodwaters")

// tideWords are the words of the sea's heights of seaHeight: "tide",
// "wave", "surge".
var tideWords = wordSet("tide", "tides", "tidal", "wave", "waves", "swell", "swells", "surge", "surges", "buoy")

// assayAfter reports whether a drill hole's grade follows the glued "m" at
// token j: "intersected 14m at 9.7g/t gold", "38m at 1.64% Li2O", "212m
// @ 1.04% Cu": the length of the hole's interval, in metres.
func (x *extractor) assayAfter(j int) bool {
	return (x.eq(j+1, wAt) || x.mark(j+1) == '@') && x.tokIs(j+2, tNum) && x.gradeAt(j+3)
}

// assayBefore reports whether a drill hole's interval and grade (assayAfter)
// stand before token i in its sentence: its depth follows in metres too,
// "from 186m", "from 212m".
func (x *extractor) assayBefore(i int) bool {
	for k, start := i-1, max(x.sentenceStartBefore(i), i-25); k >= start; k-- {
		if x.tokIs(k, tNum) && x.str(k+1) == "m" && x.toks[k+1].flags&fSpace == 0 && x.assayAfter(k+1) {
			return true
		}
	}
	return false
}

// gradeAt reports whether an ore's grade's unit stands at token k, glued
// to its figure: "g/t", "gpt" or "%".
func (x *extractor) gradeAt(k int) bool {
	if !x.tokIs(k, tWord) && !x.tokIs(k, tPunct) || x.toks[k].flags&fSpace != 0 && x.mark(k) != '%' {
		return false
	}
	switch {
	case x.mark(k) == '%', x.eqText(k, "gpt"):
		return true
	case x.eqText(k, "g") && x.mark(k+1) == '/' && x.eqText(k+2, "t"):
		return true
	}
	return false
}

// verbBefore reports whether a verb of set, and a qualifier at most,
// stands just before the figure at token i, whose glued "m" is then metres:
// a verb of climbing or descending ("the course climbs about 60m", "the
// road descended 300m", climbWords), or of moving oneself over a way
// ("Lena Marsh ran 100m in 10.94 seconds", "swimmers will cover 400m",
// coverWords).
func (x *extractor) verbBefore(i int, set map[string]bool) bool {
	_, k := x.qualifier(i)
	return k > 0 && x.wordIn(k-1, set)
}

var (
	// climbWords are the verbs of climbing or descending of verbBefore.
	climbWords = wordSet("climb", "climbs", "climbed", "climbing", "descend", "descends", "descended", "descending", "ascends", "ascended")
	// coverWords are the verbs of moving oneself over a way of verbBefore.
	coverWords = wordSet("ran", "run", "runs", "swam", "swim", "swims", "sprinted", "sprint", "sprints", "rowed", "row", "cycled", "walked", "walk",
		"cover", "covers", "covered", "covering", "jogged", "paddled")
)

// lengthNounAfter reports whether the words at token k, after a figure
// and a glued "m", make it a length: a stretch of a road or a line ("a
// 650m stretch of Adelaide Rd", "a 400m section", "a 2.4m length of
// timber"), an athlete's jump ("the 8.61m jump"), the sea's waves ("8m
// waves", "a 1.2m storm surge"), or "in" and a dimension ("64 dishes each
// 13.5m in diameter").
func (x *extractor) lengthNounAfter(k int) bool {
	switch x.lowerAt(min(k, len(x.toks)-1)) {
	case "stretch", "section", "segment", "strip", "length", "lengths", "span", "split", "splits", "pool", "pools", "lane", "lanes", "platform", "platforms", "springboard", "away":
		return true // (and "a 2.4m length of timber", "500m splits of 1:55" of a rower, "two 50m pools", "eight 25m lanes", "the 10m platform", "keep at least 100m away")
	case "waves", "wave", "swells", "swell":
		return true // "8m waves", as "waves of 8m" (lengthBefore)
	case "remaining", "marks", "mark":
		return true // "kicked with 300m remaining", "between the 60m and 80m marks"
	case "of":
		switch x.lowerAt(min(k+1, len(x.toks)-1)) {
		case "ascent", "descent", "climbing", "elevation":
			return true // "a 12km loop with 800m of ascent"
		}
	case "storm":
		return x.eqText(k+1, "surge") // "a 1.2m storm surge"
	case "in":
		switch x.lowerAt(min(k+1, len(x.toks)-1)) {
		case "diameter", "length", "height", "width", "depth", "circumference", "radius":
			return true
		}
	}
	if !x.tokIs(k-1, tWord) || x.toks[k-1].flags&fSpace != 0 {
		return false // (the "m" spaced: millions of the noun)
	}
	if lengthThing(x.lowerAt(min(k, len(x.toks)-1))) {
		return true // "A 30m hose", "a 2m wall": the length of one thing, the "m" glued
	}
	if (x.eqText(k, "jump") || x.eqText(k, "leap")) && !x.eq(k+1, wIn) && !x.eq(k+1, wOf) {
		return true // "the 8.61m jump could not count" (but "a 3m jump in passengers" is a rise in millions)
	}
	// "the club's 3m delta kite": a word of its kind between
	return x.tokIs(k, tWord) && x.toks[k].flags&fUpper == 0 && !x.toks[k].is(lexicon.Stop|lexicon.Determiner) && lengthThing(x.lowerAt(min(k+1, len(x.toks)-1)))
}

// lengthThing reports whether w, in lower case, names one thing whose
// length a glued "m" before it gives: "hose", "wall", "kite", an
// athlete's "throw", a "crane" or a bridge's "span".
func lengthThing(w string) bool {
	switch w {
	case "hose", "cable", "rope", "ladder", "fence", "hedge", "pipe", "tunnel", "wall", "kite", "mast", "pole", "yacht", "throw", "vault", "putt",
		"span", "crane", "footbridge":
		return true
	}
	return false
}

// personHeight reports whether the figure n with a glued "m", a height
// to two places that a person may have, stands before a person's noun in
// the singular, which no count in millions has: "The 1.93m teenager".
func (x *extractor) personHeight(n *number, k int) bool {
	if !metricDecimals(x.str(n.first)) || n.value < 1.4 || n.value > 2.3 || !x.tokIs(k, tWord) || x.toks[k].flags&fUpper != 0 {
		return false
	}
	w := x.lowerAt(k)
	return !strings.HasSuffix(w, "s") && (personNoun(w) || w == "teenager" || w == "striker" || w == "defender" || w == "midfielder" || w == "goalkeeper" || w == "forward" || w == "centre" || w == "center")
}

// dimensionComparedBefore reports whether a comparative of size and
// "than" stand before token k: "longer than 200m", "wider than 30m".
func (x *extractor) dimensionComparedBefore(k int) bool {
	if !x.eq(k-1, wThan) || !x.tokIs(k-2, tWord) {
		return false
	}
	switch x.lowerAt(k - 2) {
	case "longer", "taller", "wider", "deeper", "higher", "shorter", "thicker", "narrower", "shallower":
		return true
	}
	return false
}

// countedAfter reports whether the word at token k, after a figure and a
// glued "m", is a thing counted in millions ("8.36m people", "2.96M
// residents"), no dimension a length in metres gives ("1.85m tall",
// "2.50m deep", "4.20m away").
func (x *extractor) countedAfter(k int) bool {
	if !x.tokIs(k, tWord) || x.toks[k].flags&(fUpper|fNewline) != 0 || x.toks[k].is(lexicon.Stop|lexicon.Determiner|lexicon.Measure|lexicon.Duration) {
		return false
	}
	switch x.lowerAt(k) {
	case "tall", "high", "long", "wide", "deep", "thick", "away", "across", "apart", "short", "underground", "underwater", "offshore",
		"inland", "downhill", "uphill", "down", "up", "below", "above", "behind", "ahead", "clear", "off", "from", "in", "at", "on", "of":
		return false
	}
	return !x.sportAfter(k) && !x.playAfter(k)
}

// metricText reports whether the figures of the text with a glued "m"
// are metres: one at least has a sign of a distance (a race's name beside
// it, two decimals, four digits or more) and none follows a currency
// symbol. It reads the text once.
func (x *extractor) metricText() bool {
	if x.metric == 0 {
		metric, money := 0, 0
		for k := 0; k+1 < len(x.toks); k++ {
			if x.toks[k].class != tNum || !x.tokIs(k+1, tWord) || x.toks[k+1].flags&fSpace != 0 || x.str(k+1) != "m" && x.str(k+1) != "M" {
				continue
			}
			v, err := strconv.ParseFloat(stripCommas(x.str(k)), 64)
			switch {
			case x.moneyBefore(k):
				money++
			case err == nil && v >= 1000, metricDecimals(x.str(k)) && !x.scaleNear(k) && !x.percentNear(k) && !x.peopleBefore(k), x.sportAfter(k + 2), x.sportBefore(k - 1):
				metric++
			}
		}
		x.metric = 1
		if metric > 0 && money == 0 {
			x.metric = 2
		}
	}
	return x.metric == 2
}

// dimensionAt reports whether the word at j, after a length, makes it a
// size: "2.5m high", "6m long".
func (x *extractor) dimensionAt(j int) bool {
	if x.hyphenAt(j - 1) {
		j++ // "a 543m-long viaduct", "a 300m-high tower"
	}
	switch x.spAt(j) {
	case wHigh, wLong, wWide, wTall, wDeep, wThick, wTaller, wDeeper, wWider:
		return true // ("172m taller than the Burj Khalifa")
	case wAcross:
		// "a crater 100m across." (but "an audience of c. 9.3m across
		// linear and streaming": the preposition, before what it spans)
		return !x.tokIs(j+1, tWord) || x.toks[j+1].is(lexicon.Stop) && !x.toks[j+1].is(lexicon.Determiner)
	}
	return x.eqText(j, "apart") // "keep 2m apart"
}

// scaleNear reports whether a scale word ("million", "bn", "mln") stands
// within six tokens either side of the figure at k: then the figure's glued
// "m" is millions too ("a record low of 9.85m, down 2.6 million").
func (x *extractor) scaleNear(k int) bool {
	for j := max(0, k-6); j < min(len(x.toks), k+8); j++ {
		if j != k+1 && x.toks[j].class == tWord && x.toks[j].is(lexicon.Scale) && x.toks[j].entry().Num >= 1e6 {
			return true
		}
	}
	return false
}

// percentNear reports whether a percentage stands within ten tokens
// before the figure at k: a statistic's change, whose glued "m" is
// millions ("jumped 52 pct year-on-year to 1.14m"), as a jump's is not.
func (x *extractor) percentNear(k int) bool {
	for j := max(0, k-10); j < k; j++ {
		if x.toks[j].class == tPunct && x.text[x.toks[j].s] == '%' || x.toks[j].class == tWord && x.toks[j].is(lexicon.Percent) {
			return true
		}
	}
	return false
}

// peopleBefore reports whether the sentence of the figure at token k
// counts people before it ("The number of people on zero-hours contracts
// ... hit a record 1.03m"): its glued "m" is then millions of them,
// whatever its decimals.
func (x *extractor) peopleBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-25 && !(x.tokIs(j, tPunct) && x.mark(j) == '.' && x.toks[j].flags&fSpace == 0 && j+1 < len(x.toks) && x.toks[j+1].flags&fSpace != 0); j-- {
		if peopleWords[x.lowerAt(j)] || x.eq(j, wNumber) && x.eq(j+1, wOf) {
			return true
		}
	}
	return false
}

// peopleWords are nouns of people counted, which no distance in metres
// measures.
var peopleWords = map[string]bool{
	"people": true, "workers": true, "employees": true, "users": true, "customers": true, "viewers": true, "visitors": true,
	"passengers": true, "voters": true, "residents": true, "households": true, "subscribers": true, "members": true, "jobs": true,
}

// metricDecimals reports whether s has exactly two decimals, as a distance
// in metres does ("17.30m") and a sum in millions rarely does.
func metricDecimals(s string) bool {
	k := strings.IndexByte(s, '.')
	return k >= 0 && len(s)-k-1 == 2
}

// countdownAt reports whether "minus" at token k counts down to a launch:
// "T-minus 10 hours", "T minus 5 seconds", "L-minus two days".
func (x *extractor) countdownAt(k int) bool {
	j := k - 1
	if x.mark(j) == '-' && x.toks[j].flags&fSpace == 0 && x.toks[k].flags&fSpace == 0 {
		j--
	}
	return x.tokIs(j, tWord) && x.toks[j].e-x.toks[j].s == 1 && (x.str(j) == "T" || x.str(j) == "L")
}

// subtractedFrom reports whether the word at token k names a rate that
// "minus" after it subtracts from, as an index's formula does: "wage growth
// minus 0.75 percentage points", "inflation minus 1%", "CPI minus one".
func (x *extractor) subtractedFrom(k int) bool {
	if !x.tokIs(k, tWord) {
		return false
	}
	switch x.lowerAt(k) {
	case "growth", "inflation", "cpi", "rpi", "cpih", "hicp", "libor", "sofr", "euribor":
		return true
	}
	return false
}

// indianScales reports whether the text writes India's money or its
// scales: the rupee's sign or code, "Rs", "crore" or "lakh".
func (x *extractor) indianScales() bool {
	for k := range x.toks {
		switch s := x.str(k); {
		case s == "\u20b9", s == "INR", s == "Rs", x.eq(k, wCrore), x.eq(k, wLakh):
			return true
		}
	}
	return false
}

// ratioTo reads a ratio said with "to" after the number n, "by three to
// one", "by a margin of nearly 2 to 1", "by about three to two", "more
// than 3-to-1", where "by", a margin's, ratio's or majority's "of", "at",
// "is" or "was" after "ratio" in its sentence, or "outnumbered" stands
// before it and its second side is one to three, smaller than the first
// (of 100 at most): one count, the first side over the second, as most
// goldens' hands value it (3, 2, 1.5). A noun after it makes two counts
// of a tally ("by five votes to two"); odds are read as odds. It returns
// the index after the ratio, or n.last.
func (x *extractor) ratioTo(n number) int {
	to := n.last
	if x.hyphenAt(n.last-1) && x.eq(n.last+1, wTo) && x.hyphenAt(n.last+1) {
		to = n.last + 1 // "by a margin of more than 3-to-1"
	}
	if !x.eq(to, wTo) || n.scaled || n.year || n.value < 1 || n.value > 100 {
		return n.last
	}
	m, ok := x.numberAt(to + 1)
	if !ok && to > n.last {
		m, ok = x.numberAt(to + 2)
	}
	if !ok || m.scaled || m.decimal || m.value < 1 || m.value > 3 || m.value >= n.value || x.tokIs(m.last, tWord) && !x.toks[m.last].is(lexicon.Stop) {
		return n.last
	}
	_, first := x.qualifier(n.first)
	switch k := first - 1; {
	case x.eq(k, wBy):
	case x.eq(k, wOf) && (x.eq(k-1, wMargin) || x.eq(k-1, wRatio) || x.eq(k-1, wMajority)):
	case (x.eq(k, wAt) || x.eq(k, wIs) || x.eq(k, wWas)) && x.ratioNamedIn(x.sentenceStartBefore(k), k):
		// "The ratio of job openings to unemployed workers held at 1.9 to
		// 1", "the ratio of women to men among them is about six to one"
	case strings.HasPrefix(x.lowerAt(max(k, 0)), "outnumber"):
		// "fans were outnumbered roughly 10 to 1"
	default:
		return n.last
	}
	for k := first - 1; k >= 0 && k >= first-6 && !x.tokIs(k, tPunct); k-- {
		if x.eq(k, wOdds) {
			return n.last
		}
	}
	v := n.value / m.value
	c := claimParts{first: n.first, last: m.last, num: number{first: n.first, last: m.last, value: math.Round(v*100) / 100, decimal: v != math.Trunc(v), words: n.words}, unitKind: factcheck.Count, factor: 1}
	c.qual, c.first = x.qualifier(n.first)
	x.emit(&c)
	return c.last
}

// ratioSide reports whether s, a number's digits, may be a ratio's first
// side: up to three digits, and a decimal after them ("4", "22.5").
func ratioSide(s string) bool {
	whole, dec, _ := strings.Cut(s, ".")
	return whole != "" && len(whole) <= 3 && allDigits(whole) && (dec == "" || len(dec) <= 2 && allDigits(dec)) && !strings.HasSuffix(s, ".")
}

// ratioNamedIn reports whether "ratio" stands in tokens [i, j).
func (x *extractor) ratioNamedIn(i, j int) bool {
	for k := max(i, 0); k < j; k++ {
		if x.eq(k, wRatio) {
			return true
		}
	}
	return false
}

// ratioPair reads a ratio written with a colon, "4:1", "1:22", "3:2",
// where a word of ratios stands near it in its clause ("a ratio of 4:1",
// "in a 3:2 ratio", "staffing ratios of 1:3") or "majority" follows it
// ("a 2:1 majority"), or a ratio so read before it in its sentence
// compares it ("a ratio of 22.5:1 in January, compared with 9.8:1"): one
// count, the larger side over the smaller, as most goldens' hands value it
// (4, 22, 1.5; a few write "pupil per teacher"). It returns the index
// after the pair, or the number's first token.
func (x *extractor) ratioPair(n number) int {
	i := n.first
	if n.last != i+1 || x.mark(i+1) != ':' || x.toks[i+1].flags&fSpace != 0 || !x.tokIs(i+2, tNum) || x.toks[i+2].flags&fSpace != 0 ||
		!ratioSide(x.str(i)) || !allDigits(x.str(i+2)) || len(x.str(i+2)) > 3 || x.mark(i+3) == ':' {
		return i
	}
	a, _ := strconv.ParseFloat(x.str(i), 64)
	b, _ := strconv.ParseFloat(x.str(i+2), 64)
	if a == 0 || b == 0 || x.timeOfDay(i+3) {
		return i
	}
	named := x.eqText(i+3, "majority") || x.eqText(i+3, "ratio")
	for k := i - 1; k >= 0 && k >= i-5 && !named && !x.tokIs(k, tPunct); k-- {
		named = x.eqText(k, "ratio") || x.eqText(k, "ratios")
	}
	if p := x.lastClaim(); !named && p != nil && strings.Contains(p.Text, ":") && p.Kind == factcheck.Count && !x.sentenceEndIn(x.tokenAfter(p), i) {
		named = true // "a pupil-teacher ratio of 22.5:1 in January, compared with 9.8:1": a second ratio, compared
	}
	if !named {
		return i
	}
	v := max(a, b) / min(a, b)
	c := claimParts{first: i, last: i + 3, num: number{first: i, last: i + 3, value: math.Round(v*100) / 100, decimal: v != math.Trunc(v)}, unitKind: factcheck.Count, factor: 1}
	c.qual, c.first = x.qualifier(i)
	x.emit(&c)
	return c.last
}
