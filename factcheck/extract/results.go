package extract

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Wire reports of a company's results set their figures out in rows headed
// by a short label and compared with the year before ("Shr 12 cts vs nine
// cts", "Net 2,610,000 vs 2,442,000", "Revs 114.9 mln vs 120.0 mln", "Avg
// shrs 6,460,000 vs 5,719,000"), with notes below ("Net includes realized
// capital gains of 2,610,000"). Only the share's earnings carry their
// currency; the sums of the other rows and of the notes are in it too.

// resultsLabels are the labels of the rows whose figures are sums of money.
var resultsLabels = map[string]bool{
	"net": true, "oper": true, "revs": true, "rev": true, "revenue": true, "revenues": true, "sales": true, "profit": true, "loss": true,
	"pretax": true, "turnover": true, "income": true, "earnings": true, "deposits": true, "loans": true,
	"assets": true, "premiums": true, "backlog": true, "gain": true, "gains": true, "charge": true, "charges": true,
	"provision": true, "provisions": true, "credit": true, "credits": true, "debit": true, "debits": true, "writedown": true,
	"reserve": true, "reserves": true, "tax": true, "expenses": true, "costs": true, "interest": true, "operating": true,
	"current": true, // a Japanese company's current profit, before extraordinary items
}

// resultsReport reports whether the text is such a report: a line of it
// begins "Shr", "Avg shrs" or a word and "shr" ("Oper shr", "Primary shr"),
// or "Shr" stands before a figure after its dateline.
func (x *extractor) resultsReport() bool {
	if x.results == 0 {
		x.results = 1
		for k := range x.toks {
			t := &x.toks[k]
			if t.class != tWord || t.flags&fNewline == 0 && t.sp != wShr {
				continue // within a line, only a share's row "Shr" counts: a word read by its spelling, not its text
			}
			if t.flags&fNewline == 0 && (t.e-t.s != 3 || x.text[t.s] != 'S') || (x.text[t.s] < 'A' || x.text[t.s] > 'Z') && x.str(k) != "shr" {
				continue // each form begins with a capital, and all but "Shr" after a dateline a line; or "shr" in a table in small letters
			}
			if x.toks[k].flags&fNewline != 0 && (x.str(k) == "Shr" || x.str(k) == "shr" && (x.tokIs(k+1, tNum) || x.tokIs(k+1, tWord) && x.tokIs(k+2, tNum)) || x.str(k) == "Avg" && x.eq(k+1, wShrs) ||
				x.tokIs(k, tWord) && x.toks[k].flags&fUpper != 0 && x.eq(k+1, wShr)) ||
				x.str(k) == "Shr" && x.tokIs(k+1, tNum) || // "LONDON, April 13 - Year to end-December Shr 76.7p vs 67.7p"
				x.toks[k].flags&fNewline != 0 && x.resultsRow(k) { // "    Oper net 46.6 mln\n    Revs 392 mln", no share's row
				x.results = 2
				break
			}
		}
	}
	return x.results == 2
}

// resultsRow reports whether the line starting at token k is a row of a
// results table with no share's row: "Revs", "Net" or "Oper net" (and
// "loss" or "profit"), or "Pretax profit", and a figure, then "vs" and another, or a row of revenues after a row of net
// ("Oper net 46.6 mln" then "Revs 392 mln").
func (x *extractor) resultsRow(k int) bool {
	j := k + 1
	if x.str(k) == "Oper" && x.eq(j, wNet) {
		j++
	}
	if j > k+1 || x.str(k) == "Net" {
		if x.eq(j, wLoss) || x.eq(j, wProfit) || x.eq(j, wIncome) || x.eq(j, wEarnings) {
			j++ // "Oper net loss 411,000 vs profit 875,000", "Net income 154.7 mln pesos vs 127.5 mln"
		}
	}
	if x.str(k) == "Pretax" && (x.eq(j, wProfit) || x.eq(j, wLoss)) {
		j++ // a British report's "Pretax profit 174.1 mln vs 125.6 mln", no row of net
	}
	if x.str(k) != "Revs" && x.str(k) != "Net" && j == k+1 || !x.tokIs(j, tNum) || x.toks[j].flags&fNewline != 0 {
		return false
	}
	for m := j + 1; m < len(x.toks) && m < j+5 && x.toks[m].flags&fNewline == 0; m++ {
		if x.eq(m, wVs) {
			return true
		}
	}
	return x.str(k) == "Revs" && k > 0 && x.resultsLabelAbove(k)
}

// resultsLabelAbove reports whether the line above token k, a line's
// first, begins with a label of the rows of results ("Net", "Oper net").
func (x *extractor) resultsLabelAbove(k int) bool {
	line := x.lineStart(k - 1)
	return x.tokIs(line, tWord) && resultsLabels[x.lowerAt(line)] && x.toks[line].flags&fUpper != 0
}

// resultsMoney gives the bare figure c of a results report the report's
// currency (the last sum's, its share's earnings in cents too; before
// any sum the US dollar under a US dateline, a dateline's dollar in
// another country of dollars) when it is
// a sum: of a row whose label names money ("Net", "Revs", "Oper net"), in
// a clause that names money ("capital gains of 2,610,000", "tax loss of
// 3,605,000", "Net for 1987 includes 4.4 mln") or says again of another
// period what a clause of a sum before it said ("..., and for year of
// 9,841,204"), or naming one ("a 6,000,000 provision"). It reports
// whether it did.
func (x *extractor) resultsMoney(c *claimParts) bool {
	inline := x.inlineResult(c)
	if !inline && !x.resultsReport() || !c.num.scaled && !c.num.decimal && c.num.value < 1000 {
		return false
	}
	line := x.lineStart(c.first)
	money := inline || x.tokIs(line, tWord) && resultsLabels[x.lowerAt(line)] && (x.toks[line].flags&fUpper != 0 || x.vsOnLine(line)) || x.partsOfSum(line)
	from := x.clauseStart(c.first, max(line-20, 0))
	for k := from; k < c.first && !money; k++ {
		w := x.lowerAt(k)
		money = x.tokIs(k, tWord) && (moneyWord(w) || resultsLabels[w] && (w != "net" || x.includesAfter(k, c.first)))
	}
	if p := x.lastClaim(); !money && from > 0 && x.mark(from-1) == ',' && x.eq(from, wAnd) && p != nil {
		// a clause said again of another period: "capital gains of
		// 3,049,564 vs 2,010,972, and for year of 9,841,204 vs 5,798,995"
		money = p.Kind == factcheck.Money && p.Start >= int(x.toks[x.sentenceStartBefore(from)].s)
	}
	if c.subjectEnd == c.subjectStart+1 && c.subjectStart > c.first {
		w := x.lowerAt(c.subjectStart)
		money = money || resultsLabels[w] && w != "net" // "a 6,000,000 provision"
	}
	if !money {
		return false
	}
	for k := len(x.claims) - 1; k >= 0; k-- {
		if p := &x.claims[k]; p.Kind == factcheck.Money {
			c.unitKind, c.unit = factcheck.Money, p.Unit
			return true
		}
	}
	if x.usDateline() {
		c.unitKind, c.unit = factcheck.Money, "USD" // "Shr N.A. vs N.A.\n Net 46,000 vs 106,000" from Secaucus, N.J.
		return true
	}
	if u := x.wireCode(); u != "" {
		c.unitKind, c.unit = factcheck.Money, u // "Oper loss 5,900,000 vs profit 9,300,000" from Vancouver
		return true
	}
	return false
}

// inlineResult reports whether the figure c is a row of a company's
// results run into a sentence after its share's earnings: a label in
// small letters before it, "vs" and the year before's figure after it,
// and a sum before it in its sentence: "1st qtr shr 12 cts vs 20 cts, net
// 3.8 mln vs 6.1 mln, revs 178.4 mln vs 162.5 mln", "net loss 1,104,000
// vs profit 1,352,000".
func (x *extractor) inlineResult(c *claimParts) bool {
	k, j := c.first-1, c.num.last+1
	if x.eq(k, wLoss) || x.eq(k, wProfit) {
		k-- // "net loss 1,104,000 vs profit 1,352,000"
	}
	if x.eq(j, wLoss) || x.eq(j, wProfit) {
		j++
	}
	if !x.eq(c.num.last, wVs) || !x.tokIs(j, tNum) || !x.tokIs(k, tWord) || !resultsLabels[x.lowerAt(k)] {
		return false
	}
	return slices.ContainsFunc(x.sentenceClaims(c.first), func(p factcheck.Claim) bool { return p.Kind == factcheck.Money })
}

// includesAfter reports whether a form of "include" stands after token k
// and before token end: "Net for 1987 includes 4.4 mln from discontinued
// opers", a note on the net's parts.
func (x *extractor) includesAfter(k, end int) bool {
	for j := k + 1; j < end; j++ {
		if x.eq(j, wIncludes) || x.eq(j, wInclude) || x.eq(j, wIncluded) || x.eq(j, wIncluding) {
			return true
		}
	}
	return false
}

// resultsWordLine reports whether token j, the first of its line, is the
// line's only word under a results report's row: a row's label cut off
// ("net 65 mln vs 57 mln\n    year"), no unit of the figure above it.
func (x *extractor) resultsWordLine(j int) bool {
	return x.toks[j].flags&fNewline != 0 && (j+1 >= len(x.toks) || x.toks[j+1].flags&fNewline != 0) && x.resultsReport() && x.vsOnLine(x.lineStart(j-1))
}

// vsOnLine reports whether "vs" stands on the line that token k opens: a
// results table's row, its label in small letters too ("net 65 mln vs 57
// mln").
func (x *extractor) vsOnLine(k int) bool {
	for j := k + 1; j < len(x.toks) && x.toks[j].flags&fNewline == 0; j++ {
		if x.eq(j, wVs) {
			return true
		}
	}
	return false
}

// rowMeasure gives the bare figure c, in a row of a results report whose
// label opens with a unit of measure, that unit: "Tonnes milled 3.74 mln
// vs 3.72 mln" under "Net 264.32 mln vs 300.99 mln" counts tonnes, not
// money.
func (x *extractor) rowMeasure(c *claimParts) {
	if c.unitKind != factcheck.Count || c.subjectEnd > c.first {
		return
	}
	line := x.lineStart(c.first)
	if line >= c.first || !x.measureAt(line) || x.toks[line].is(lexicon.Currency) || x.pointAt(line) || !x.resultsReport() {
		return
	}
	for k := line + 1; k < c.first; k++ {
		if x.tokIs(k, tNum) {
			return // the row's second figure takes the first's unit by its own rules
		}
	}
	c.unitKind, c.unit = factcheck.Measure, x.toks[line].entry().Unit
}

// sharesRow reports whether the figure c stands in a row of a results
// report that counts shares ("Avg shrs 24.8 mln vs 20.8 mln"), which no
// sum of money before it makes money.
func (x *extractor) sharesRow(c *claimParts) bool {
	if !x.resultsReport() {
		return false
	}
	for k := x.lineStart(c.first); k < c.first; k++ {
		if w := x.lowerAt(k); w == "shrs" || w == "shares" || w == "shr" {
			return true
		}
	}
	return false
}

// lineStart returns the first token of the line of token i. It keeps the
// span of tokens it last found on one line (lineFirst to lineTo), so that
// the rules' asks, which go forward, read a long line once, not once for
// each figure on it.
func (x *extractor) lineStart(i int) int {
	if x.lineFirst <= i && i <= x.lineTo {
		return x.lineFirst
	}
	k := i
	for k > 0 && x.toks[k].flags&fNewline == 0 {
		if k == x.lineTo+1 && x.lineFirst <= x.lineTo {
			x.lineTo = i // the line of the span, read on to i
			return x.lineFirst
		}
		k--
	}
	x.lineFirst, x.lineTo = k, i
	return k
}

// partsOfSum reports whether the row that starts at token line lists a
// part of a sum a row above announces: "Trading profit includes -" over
// "Packaging and associated products 23.2 mln vs 14.2 mln", "Nine month
// divisional net earnings before minorities were." over "Petroleum 184.9
// mln dlrs vs 472.4 mln\n Minerals 254.6 mln vs 241.0 mln". The rows
// between must be rows of figures too, a few at most.
func (x *extractor) partsOfSum(line int) bool {
	if x.includesAt(line) {
		return true // "Pretax profit includes -  North America 65.8 mln vs 49.6"
	}
	for rows := 0; rows < 6 && line > 0; rows++ {
		prev := x.lineStart(line - 1)
		last := line - 1
		if x.tokIs(last, tPunct) && (isDash(x.str(last)) || x.mark(last) == ':' || x.mark(last) == '.' && (x.eq(last-1, wWere) || x.eq(last-1, wAre))) {
			if x.tokIs(prev, tWord) && x.toks[prev].flags&fUpper == 0 && prev > 0 {
				prev = x.lineStart(prev - 1) // a lead-in wrapped: "Pretax profit 83.2 mln stg vs 31.5\nmln, consists of -"
			}
			for k := prev; k < last; k++ {
				if w := x.lowerAt(k); x.tokIs(k, tWord) && (moneyWord(w) || resultsLabels[w]) {
					return true
				}
			}
			return false
		}
		if !x.tokIs(last, tNum) && !x.tokIs(last, tWord) {
			return false
		}
		if x.includesAt(prev) {
			return true
		}
		line = prev
	}
	return false
}

// includesAt reports whether the row that starts at token line opens with
// a sum's label that "includes" its parts, the first of them on that row:
// "Pretax profit includes -  North America 65.8 mln vs 49.6".
func (x *extractor) includesAt(line int) bool {
	for k := line; k < line+6 && k+1 < len(x.toks) && (k == line || x.toks[k].flags&fNewline == 0); k++ {
		if !x.tokIs(k, tWord) || !resultsLabels[x.lowerAt(k)] && !moneyWord(x.lowerAt(k)) {
			return (x.eq(k, wIncludes) || x.eq(k, wInclude)) && k > line && x.tokIs(k+1, tPunct) && isDash(x.str(k+1))
		}
	}
	return false
}

// resultsNil reads "nil" at token i in a row of a results report, a sum of
// nothing in the report's currency: "Shr nil vs loss 14 cts", "Net 1.2
// mln vs nil", "Interim div nil vs nil". It returns i when there is none.
func (x *extractor) resultsNil(i int) int {
	if !x.resultsReport() || !(x.eq(i-1, wVs) || x.eq(i-1, wShr) || x.eq(i-1, wProfit) || x.eq(i-1, wLoss) || x.eqText(i-1, "div") || x.eq(i-1, wDividend) ||
		x.tokIs(i-1, tWord) && resultsLabels[x.lowerAt(i-1)]) {
		return i
	}
	u := x.priceCurrency() // (a table's first row under "Toronto, March 19": "Shr nil vs nil", Canadian)
	if u == "" {
		return i
	}
	c := claimParts{first: i, last: i + 1, num: number{first: i, last: i + 1, words: true}, unitKind: factcheck.Money, unit: u, factor: 1}
	x.emit(&c)
	return i + 1
}

// headlineSums gives a wire headline's bare figure the currency of the
// sum of the same value its story states: "BEVERLY HILLS COP II TOPS 100
// MLN AT BOX OFFICE" over "has topped the 100 mln dlr mark". The headline
// is the text's first line, above a dateline; the figure a count of at
// least a thousand written bare (bareFigure).
func (x *extractor) headlineSums() {
	if len(x.claims) < 2 || len(x.toks) == 0 {
		return
	}
	if place, _ := x.datelinePlace(); place == "" {
		return
	}
	end := strings.IndexByte(x.text, '\n')
	if end < 0 {
		return
	}
	for i := range x.claims {
		h := &x.claims[i]
		if h.Start >= end {
			break
		}
		if h.Kind != factcheck.Count || h.EndValue != nil || h.Value.Num < 1000 || !bareFigure(h.Text) {
			continue
		}
		for k := i + 1; k < len(x.claims); k++ {
			if b := &x.claims[k]; b.Start > end && b.Kind == factcheck.Money && roundsTo(b.Value.Num, h) {
				h.Kind, h.Unit = factcheck.Money, b.Unit
				break
			}
		}
	}
}

// roundsTo reports whether v, a sum of the story, is the headline figure
// h or rounds to it at the headline's last digit: "4.2 BILLION" over
// "allocated 4.183 billion guilders".
func roundsTo(v float64, h *factcheck.Claim) bool {
	if v == h.Value.Num {
		return true
	}
	f := strings.ReplaceAll(strings.Fields(h.Text)[0], ",", "")
	n, err := strconv.ParseFloat(f, 64)
	if err != nil || n == 0 {
		return false
	}
	step := h.Value.Num / n // the scale: a billion for "4.2 BILLION"
	if dot := strings.IndexByte(f, '.'); dot >= 0 {
		step /= math.Pow10(len(f) - dot - 1)
	}
	return math.Abs(v-h.Value.Num) <= step/2
}

// bareFigure reports whether a claim's text is a number alone, or with its
// scale: "100 MLN", "2,500", "TWO BILLION"; not "9,800 WORKERS".
func bareFigure(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "mln", "bln", "billion", "million", "thousand", "trillion":
		return true
	}
	return len(f) == 1 && strings.IndexFunc(f[0], func(r rune) bool { return (r < '0' || r > '9') && r != ',' && r != '.' }) < 0
}
