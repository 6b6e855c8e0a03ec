package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Wire copy gives a list of figures in prose or in a table with the unit
// named once, in its lead-in: "Shipments in tonnes, with comparative
// figures for 1985 in brackets, included: beef 120,184 (137,686), horse
// meat 25,651 (33,892)", "Main destinations were as follows, in
// thousands of tonnes:\n    E.C. 46.3 (49.7)". The bare figures of the
// list take that unit, and its scale.

// listUnit gives the bare figure c the unit of measure that an "in
// <unit>" phrase names before it in its sentence, which in wire copy runs
// from a lead-in ending in a colon or a dash over the lines of its list,
// up to a blank line; or in the lead-in sentence just above a table
// ("figures ..., in tonnes, with comparisons for 1986."). A figure with a scale of its own keeps it. "in
// 1986", "in brackets", "in dollar terms" name no unit of measure, and a
// pound may be money: neither is read. The phrase is looked for no more
// than 160 tokens back from a figure, or from the figure before it in the
// list, so that a long table's figures all take it.
func (x *extractor) listUnit(c *claimParts) {
	if c.unitKind != factcheck.Count || c.subjectEnd != 0 || c.num.year || c.num.words || c.first > 0 && x.eq(c.first-1, wIn) {
		return // but a table's heading "Feb'87" names a month
	}
	l := x.listUnitBefore(c.first)
	if l.unit == "" {
		l = x.breakdownUnit(c.first)
	}
	l.at = c.first + 1
	x.list = l
	if l.unit == "" {
		return
	}
	c.unitKind, c.unit = l.kind, l.unit
	if l.unit == percentList {
		c.unit = "" // a share has no unit
	}
	if !c.num.scaled && !(l.breakdown && c.num.value >= 1000) {
		c.factor = l.scale
	}
}

// headingUnit gives the bare figure c in a table's row the unit that the
// table's lead-in names at its end, before its colon: in brackets
// ("Lowest overnight temperatures (°C):", "Subsidy by district (Rs
// crore):"), after its last comma ("Revenue by region, $bn:", "Area
// burned by region, hectares:") or after "in" ("Selected items, price in
// £ (last year in brackets):"). The lead-in is the first line above the
// table's rows (figures set apart by runs of spaces or leader dots) and
// the headings of its columns and of its groups of rows.
func (x *extractor) headingUnit(c *claimParts) {
	if c.unitKind != factcheck.Count || c.subjectEnd > c.first || c.num.year || c.num.words || !x.cellAt(c.num.first) || !x.tableRow(c.first) {
		return
	}
	if l := x.columnUnit(c); l.kind != "" {
		c.unitKind, c.unit = l.kind, l.unit // "Party   Vote %   Seats" over "Greens   31.4   29", "(£m)   2024" over "Revenue   842.6"
		if !c.num.scaled {
			c.factor = l.scale
		}
		return
	}
	k := x.lineStart(c.first)
	lead, headings := -1, 0
	for n := 0; n < 12 && k > 0 && lead < 0; n++ {
		prev := x.lineStart(k - 1)
		line := strings.TrimSpace(x.lineOf(prev))
		switch {
		case strings.HasSuffix(line, ":") || strings.HasSuffix(line, "-") && !strings.HasSuffix(line, " -") && !x.tableRow(prev):
			lead = prev // (or a wire's dash: "... in dlrs per cwt-")
		case x.tableRow(prev):
			k = prev // a row above
		case headings < 3 && !strings.HasSuffix(line, ".") && len(line) < 80:
			k, headings = prev, headings+1 // the columns' heading: "Region   Q3 2023   Q3 2024"
		default:
			return
		}
	}
	if lead < 0 {
		return
	}
	open, comma, in, depth := -1, -1, -1, 0
	for m := lead; m < k; m++ {
		switch {
		case x.mark(m) == '(':
			open, depth = m, depth+1
		case x.mark(m) == ')':
			depth--
		case x.mark(m) == ',' && depth == 0:
			comma = m
		case x.eq(m, wIn) && depth == 0:
			in = m
		}
	}
	for _, j := range [...]int{open, comma, in} {
		if j < 0 {
			continue
		}
		if l, ok := x.headingUnitAt(j + 1); ok {
			c.unitKind, c.unit = l.kind, l.unit
			if l.unit == percentList {
				c.unit = ""
			}
			if !c.num.scaled {
				c.factor = l.scale
			}
			return
		}
	}
}

// cellAt reports whether the figure at token i, with its sign, stands as
// a table's cell does: after a run of spaces, a tab or leader dots, or in
// brackets after another ("2.10 (1.95)"). It reads two bytes, before
// tableRow reads the line.
func (x *extractor) cellAt(i int) bool {
	s := int(x.toks[i].s)
	if i > 0 && x.toks[i].flags&fSpace == 0 && (x.mark(i-1) == '-' || x.mark(i-1) == '+' || x.str(i-1) == "\u2212") {
		s = int(x.toks[i-1].s) // "−11.2", "+1.8"
	}
	if s >= 1 && (x.text[s-1] == '\t' || x.text[s-1] == '(') {
		return true
	}
	return s >= 2 && (x.text[s-2] == ' ' || x.text[s-2] == '.') && (x.text[s-1] == ' ' || x.text[s-1] == '.')
}

// columnUnit reads the unit that the heading of the column of the figure
// c, in a table's row, names at its end (cellUnit): a percentage ("Vote
// %", "Share (%)", "Turnout, per cent"), a unit of measure ("Height (m)",
// "Min °C", "Rain mm") or a sum's currency and scale ("(£m)"). The
// heading is the line above the table's first row; its cells are set
// apart as the rows' are, by tabs (the cell of the same number of tabs) or
// by runs of spaces (the cell over the figure). Where the cell over the
// figure names none, the heading's first cell, over the rows' labels,
// names the unit of all its columns: "(£m)   2024   2023", "Annual rate,
// %\tJul\tAug". It returns no kind when the heading names none.
func (x *extractor) columnUnit(c *claimParts) listMemo {
	k := x.lineStart(c.first)
	for n := 0; n < 40 && k > 0; n++ {
		prev := x.lineStart(k - 1)
		if !x.tableRow(prev) || x.yearsLine(prev) {
			break
		}
		k = prev
	}
	if k == 0 {
		return listMemo{}
	}
	h := x.lineStart(k - 1)
	if x.tableRow(h) && !x.yearsLine(h) {
		return listMemo{}
	}
	heading := x.lineOf(h)
	ls := strings.LastIndexByte(x.text[:x.toks[c.num.first].s], '\n') + 1
	from, to := headingCell(heading, x.lineOf(c.num.first), int(x.toks[c.num.first].s)-ls, int(x.toks[c.num.last-1].e)-ls)
	if from == to {
		return listMemo{}
	}
	if l, ok := cellUnit(heading[from:to]); ok {
		return l
	}
	// the first cell, over the labels: up to a tab or a run of spaces
	first := strings.IndexByte(heading, '\t')
	if sp := strings.Index(heading, "  "); first < 0 || sp >= 0 && sp < first {
		first = sp
	}
	if first <= 0 || from == 0 {
		return listMemo{}
	}
	if l, ok := cellUnit(heading[:first]); ok {
		return l
	}
	return listMemo{}
}

// timesSign reports whether s is the sign of a product of dimensions: "x",
// "×".
func timesSign(s string) bool { return s == "x" || s == "\u00d7" }

// yearsLine reports whether the line that starts at token k writes years
// as its only figures, as a table's heading of columns does: "(£m)   2024
// 2023".
func (x *extractor) yearsLine(k int) bool {
	years := 0
	for j := k; j < len(x.toks) && (j == k || x.toks[j].flags&fNewline == 0); j++ {
		if x.tokIs(j, tNum) {
			if !yearLike(x.str(j)) {
				return false
			}
			years++
		}
	}
	return years > 0
}

// cellUnit reads the unit that a table's heading cell names at its end: a
// percentage ("Vote %", "Share (%)", "Annual rate, %", "per cent"), a
// degree ("Min °C"), a unit of measure in brackets or as its last word
// ("Height (m)", "Rain mm", "Output ('000 t)", "Download (Mbit/s)",
// "PM10 (µg/m³)", "Latency (ms)"), or a sum's currency, by its sign,
// prefix or code, and scale, in brackets or alone ("(£m)", "Average
// price (£'000)", "Debt (US$ bn)", "Price (Rs crore)", "US$/t").
func cellUnit(cell string) (listMemo, bool) {
	cell = strings.TrimSpace(cell)
	lc := strings.ToLower(cell)
	for _, p := range [...]string{"%", "(%)", "per cent", "percent", "pct"} {
		if strings.HasSuffix(lc, p) {
			return listMemo{kind: factcheck.Percent, scale: 1}, true
		}
	}
	switch lc {
	case "rank", "pos", "pos.", "position", "place":
		return listMemo{kind: factcheck.Ordinal, scale: 1}, true // "Rank   University" over "1   Penmore"
	}
	u := cell
	if strings.HasSuffix(cell, ")") {
		open := strings.LastIndexByte(cell, '(')
		if open < 0 {
			return listMemo{}, false
		}
		u = strings.TrimSpace(cell[open+1 : len(cell)-1])
	} else if sp := strings.LastIndexByte(cell, ' '); sp >= 0 {
		u = cell[sp+1:] // "Rain mm", "Min °C"
	} else if code, _ := cellCurrency(cell); code == "" {
		return listMemo{}, false // a cell of one word names a thing, not its unit (but "US$/t" a price)
	}
	if strings.HasPrefix(u, "°") && len(u) > len("°") {
		return listMemo{kind: factcheck.Measure, unit: degrees(u[len("°"):]), scale: 1}, true
	}
	if code, rest := cellCurrency(u); code != "" {
		rest, _, _ = strings.Cut(rest, "/") // "US$/t": a price per tonne, in dollars
		scale, ok := cellScale(rest)
		return listMemo{kind: factcheck.Money, unit: code, scale: scale}, ok
	}
	if r, _ := utf8.DecodeRuneInString(u); r == 'µ' || r == 'μ' {
		return listMemo{kind: factcheck.Measure, unit: u, scale: 1}, true // "PM10 (µg/m³)": a concentration as written
	}
	if per, ok := strings.CutSuffix(u, "/s"); ok {
		if id := lexicon.Lookup(per); id != 0 && lexicon.At(id).Cat&lexicon.Measure != 0 {
			if dataUnit(lexicon.At(id).Unit) {
				return listMemo{kind: factcheck.Measure, unit: u, scale: 1}, true // "Download (Mbit/s)": a data rate as written
			}
			return listMemo{kind: factcheck.Measure, unit: lexicon.At(id).Unit + " per second", scale: 1}, true
		}
	}
	if u == "ms" {
		return listMemo{kind: factcheck.Duration, unit: "second", scale: 1e-3}, true // "Latency (ms)"
	}
	scale := 1.0
	if t := strings.Trim(u, "'’"); t == "000" || t == "000s" {
		return listMemo{kind: factcheck.Count, scale: 1e3}, true // "Population ('000)": thousands of what the row counts
	}
	if sc, unit, ok := strings.Cut(u, " "); ok {
		if v, ok := cellScale(sc); ok {
			scale, u = v, unit // "'000 t"
		}
	}
	if rate, ok := strings.CutSuffix(strings.ToLower(u), "b/d"); ok {
		if v, ok := cellScale(rate); ok {
			return listMemo{kind: factcheck.Measure, unit: "barrel per day", scale: v}, true // "Output (mb/d)", "Change (kb/d)"
		}
	}
	switch u {
	case "sq km", "sq m", "sq mi", "sq ft":
		return listMemo{kind: factcheck.Measure, unit: u, scale: scale}, true // "Area (sq km)"

	case "m", "km", "kg", "cm", "mm", "t":
		if u == "t" {
			u = "tonne"
		}
		return listMemo{kind: factcheck.Measure, unit: u, scale: scale}, true // a metric symbol, which a bracket keeps from a scale
	}
	if id := lexicon.Lookup(u); id != 0 {
		if e := lexicon.At(id); e.Cat&lexicon.Measure != 0 && e.Unit != "" {
			return listMemo{kind: factcheck.Measure, unit: e.Unit, scale: scale}, true
		}
	}
	return listMemo{}, false
}

// cellCurrency returns the currency that a heading cell's unit u opens
// with, by its sign ("£m"), a prefix and sign ("US$ bn") or a code or
// prefix word ("USD m", "Rs crore"), and the rest of u; "" when none.
func cellCurrency(u string) (string, string) {
	r, n := utf8.DecodeRuneInString(u)
	if code := currencySymbol(string(r)); code != "" && (r >= 128 || r == '$') {
		return code, u[n:]
	}
	if i := strings.IndexAny(u, "$"); i > 0 {
		if code := currencyPrefix(u[:i]); code != "" {
			return code, u[i+1:]
		}
	}
	word, rest, _ := strings.Cut(u, " ")
	if code := isoCode(strings.ToUpper(word)); code != "" && word == strings.ToUpper(word) {
		return code, rest
	}
	if wordPrefix(word) {
		return currencyPrefix(word), rest
	}
	return "", ""
}

// cellScale reads the scale a heading cell writes after a currency or
// before a unit: none, "m", "mn", "bn", "'000", "000s", "k", "crore",
// "lakh" or a scale word.
func cellScale(s string) (float64, bool) {
	switch s = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), "'’")); s {
	case "":
		return 1, true
	case "m", "mn", "mln":
		return 1e6, true
	case "bn", "b", "bln":
		return 1e9, true
	case "000", "000s", "k":
		return 1e3, true
	}
	if id := lexicon.Lookup(s); id != 0 {
		if e := lexicon.At(id); e.Cat&lexicon.Scale != 0 && e.Num >= 1e3 {
			return e.Num, true
		}
	}
	return 0, false
}

// headingCell returns the bytes from and to, in the heading line, of the
// heading's cell over bytes s to e of the row: by tabs, the cell after as
// many tabs as the row has before s; else the cell, set apart by runs of
// spaces, that overlaps s to e; from and to are equal when there is none.
func headingCell(heading, row string, s, e int) (from, to int) {
	if strings.Contains(row, "\t") {
		want := strings.Count(row[:s], "\t")
		for i := 0; i <= want; i++ {
			to = strings.IndexByte(heading[from:], '\t')
			if to < 0 {
				to = len(heading)
			} else {
				to += from
			}
			if i < want {
				if to == len(heading) {
					return 0, 0
				}
				from = to + 1
			}
		}
		return trimCell(heading, from, to)
	}
	for start := 0; start < len(heading); {
		for start < len(heading) && heading[start] == ' ' {
			start++
		}
		end := start
		for end < len(heading) && !(heading[end] == ' ' && end+1 < len(heading) && heading[end+1] == ' ') {
			end++
		}
		if start < e && s < end {
			return trimCell(heading, start, end)
		}
		start = end
	}
	return 0, 0
}

// trimCell returns from and to moved past the spaces at either end of the
// cell heading[from:to].
func trimCell(heading string, from, to int) (int, int) {
	for from < to && (heading[from] == ' ' || heading[from] == '\r') {
		from++
	}
	for to > from && (heading[to-1] == ' ' || heading[to-1] == '\r') {
		to--
	}
	return from, to
}

// headingUnitAt reads the unit a table's lead-in names at token j, at the
// end of its line (only its colon, or its bracket, after): a degree sign
// and its scale, "%" or "per cent", a currency by its symbol, code or prefix with a
// scale after it, glued or spaced ("$bn", "Rs crore", "NOK billion"), or
// what listUnitAt reads after "in" ("tonnes", "thousand b/d", "yen").
func (x *extractor) headingUnitAt(j int) (listMemo, bool) {
	end := j + 1
	pct := x.mark(j) == '%' || x.tokIs(j, tWord) && x.toks[j].is(lexicon.Percent) && !x.eq(j, wPercentage)
	switch {
	case x.degreeSign(j):
		end = j + 2
	case x.eq(j, wPer) && x.eq(j+1, wCent):
		end, pct = j+2, true // "Annual GDP growth, per cent:"
	case pct:
	default:
		u := ""
		switch {
		case x.tokIs(j, tPunct):
			u = currencySymbol(x.str(j))
		case x.tokIs(j, tWord) && x.toks[j].flags&fAllCaps != 0:
			u = isoCode(x.str(j))
		case x.tokIs(j, tWord) && wordPrefix(x.str(j)):
			u = currencyOf(x, j)
		}
		if u == "" {
			if x.scaleWordAt(j) && x.slashRate(j+1) != "" && x.headingEnds(j+4) {
				return listMemo{kind: factcheck.Measure, unit: x.slashRate(j + 1), scale: x.toks[j].entry().Num}, true // "thousand b/d"
			}
			l, ok := x.listUnitAt(j)
			if !ok {
				return listMemo{}, false
			}
			for end < len(x.toks) && !x.tokIs(end, tPunct) {
				end++
			}
			if !x.headingEnds(end) {
				return listMemo{}, false
			}
			return l, true
		}
		scale := 1.0
		if x.scaleWordAt(j+1) || x.tokIs(j+1, tWord) && (x.str(j+1) == "m" || x.str(j+1) == "k") {
			switch s := x.str(j + 1); s {
			case "m":
				scale = 1e6
			case "k":
				scale = 1e3
			default:
				scale = x.toks[j+1].entry().Num
			}
			end = j + 2
		}
		if !x.headingEnds(end) {
			return listMemo{}, false
		}
		return listMemo{kind: factcheck.Money, unit: u, scale: scale}, true
	}
	if !x.headingEnds(end) {
		return listMemo{}, false
	}
	if pct {
		return listMemo{kind: factcheck.Percent, unit: percentList, scale: 1}, true
	}
	return listMemo{kind: factcheck.Measure, unit: degrees(x.str(j + 1)), scale: 1}, true
}

// headingEnds reports whether a table's lead-in ends at token k: its
// colon, or a bracket and then its colon ("in £ (last year in brackets):"),
// or a wire's dash glued to its last word at the line's end ("in dlrs per
// cwt-").
func (x *extractor) headingEnds(k int) bool {
	if x.mark(k) == ')' {
		k++
	}
	if x.mark(k) == '(' {
		for k < len(x.toks) && x.mark(k) != ')' && x.toks[k].flags&fNewline == 0 {
			k++
		}
		k++
	}
	return (x.mark(k) == ':' || x.mark(k) == '-' && x.toks[k].flags&fSpace == 0) && (k+1 >= len(x.toks) || x.toks[k+1].flags&fNewline != 0)
}

// breakdownWords, in a list's lead-in, make the list a breakdown of a
// total said before it: "The breakdown was:", "made up of:".
var breakdownWords = map[string]bool{"breakdown": true, "comprised": true, "comprising": true, "consisted": true}

// maxTotalBack bounds how far before a breakdown's lead-in, in bytes, the
// total it breaks down is looked for.
const maxTotalBack = 400

// breakdownUnit returns the unit, and the scale, of the total that the
// list of the bare figure at token i breaks down: its lead-in, ending in a
// colon (or "made up of" at a line's end) with no sentence's end between,
// names a breakdown (breakdownWords, "made up of"), and the total is the
// last sum or measure before the lead-in, within maxTotalBack bytes and
// no blank line: "shipments ... totalled 1,693,951 tonnes ... The
// breakdown was: cotton 4,000 (27,900)", "Current Account +13.5 billion
// (+12.8 in 1985), made up of:\n Goods -7.1 (-8.7)" (billions of it).
func (x *extractor) breakdownUnit(i int) listMemo {
	lead := -1
	for k := i - 1; k > 0 && k >= i-160 && lead < 0; k-- {
		if x.tokIs(k, tPunct) && x.sentenceEnd(k) > k || x.blankLineIn(k, k+1) {
			return listMemo{}
		}
		if x.mark(k) == ':' || (x.eq(k, wOf) && x.eq(k-1, wUp) && x.eq(k-2, wMade) || isDash(x.str(k)) && x.toks[k].flags&fSpace != 0) && k+1 < len(x.toks) && x.toks[k+1].flags&fNewline != 0 {
			lead = k // or a dash that ends the line: "Turnover comprised -"
		}
	}
	if lead < 0 {
		return listMemo{}
	}
	if !x.breakdownLead(lead) {
		return listMemo{}
	}
	at := int(x.toks[lead].s)
	for n := len(x.claims) - 1; n >= 0; n-- {
		p := &x.claims[n]
		if p.Start >= at {
			continue
		}
		if at-p.Start > maxTotalBack || x.blankLineBetween(p.End, at) {
			return listMemo{}
		}
		if p.Kind != factcheck.Money && p.Kind != factcheck.Measure {
			continue
		}
		scale := 1.0
		for _, w := range strings.Fields(lower(p.Text)) {
			if id := lexicon.Lookup(w); id != 0 && lexicon.At(id).Cat&lexicon.Scale != 0 {
				scale = lexicon.At(id).Num
			}
		}
		return listMemo{kind: p.Kind, unit: p.Unit, scale: scale, breakdown: true}
	}
	return listMemo{}
}

// breakdownLead reports whether the lead-in of a list that ends at token
// lead names a breakdown of a total (breakdownWords, "made up of").
func (x *extractor) breakdownLead(lead int) bool {
	for k, start := lead, x.sentenceStartBefore(lead); k >= start; k-- {
		if x.tokIs(k, tWord) && breakdownWords[x.lowerAt(k)] || x.eq(k, wOf) && x.eq(k-1, wUp) && x.eq(k-2, wMade) {
			return true
		}
	}
	return false
}

// blankLineBetween reports whether a blank line lies between bytes a and
// b of the text.
func (x *extractor) blankLineBetween(a, b int) bool {
	return a < b && strings.Contains(x.text[a:b], "\n\n")
}

// percentList is listMemo's unit of a list of shares, "in percentages",
// which a claim gives no unit.
const percentList = "%"

// listMemo is the unit listUnit found for the figure at token at-1 (at 0
// for none yet), "" when none: a measure's, or a currency's.
type listMemo struct {
	at    int
	kind  factcheck.Kind
	unit  string
	scale float64
	// breakdown is whether the unit and scale are a total's that the list
	// breaks down (breakdownUnit): a part in full digits keeps its own,
	// "Corporate finance 340,000 vs 4.12 mln" under a profit in millions
	breakdown bool
}

// listUnitBefore returns the unit and scale of the "in <unit>" phrase that
// the figure at token i takes, or none.
func (x *extractor) listUnitBefore(i int) listMemo {
	// A list's items may end in a full stop each ("meal 95 (93).\n
	// Sunflowerseed oil ... 308 (300)"): past one, only the list's lead-in,
	// ending in a colon, still gives the unit.
	crossed, colon, lead, leads := false, false, false, 0
	colonAt := 0 // the nearest colon's token
	for k := i - 1; k > 0 && k >= i-160; k-- {
		if k == x.list.at-1 {
			return x.list // the figure before, in the same list
		}
		t := &x.toks[k]
		if t.class == tPunct {
			switch {
			case x.mark(k) == ':' || isDash(x.str(k)) && k+1 < len(x.toks) && x.toks[k+1].flags&fNewline != 0 &&
				(x.figureLine(k+1) && x.unitBeforeDash(k) || x.mark(k-1) == ')' && strings.ContainsAny(x.lineOf(k+1), "0123456789")):
				if !colon {
					colonAt = k
				}
				// or a dash after the unit that ends a table's lead-in: "as
				// follows, in cts per lb --" (but "DURUM --"), or after a
				// bracket's remark on a list below: "in dlrs per 50 kilos
				// ... (previous week's prices in brackets) -"
				colon = true
			case x.sentenceEnd(k) > k && !colon && !crossed && (x.eq(k-1, wWere) || x.eq(k-1, wAre) || x.eq(k-1, wFollows) || x.followingLead(k)) && x.toks[k+1].flags&fNewline != 0:
				// a lead-in that ends as a colon would: "... respectively in
				// brackets were.\n Gold 4.71 billion", "The following import
				// levies ... are effective tomorrow, in European currency
				// units (ecu) per 100 kilos.\n White sugar ... 49.70"
				colon, colonAt = true, k
			case x.sentenceEnd(k) > k:
				if !colon && !crossed && !lead && x.list.unit != "" && x.list.at <= k && x.toks[k+1].flags&fNewline != 0 && x.tableRow(i) {
					if l, ok := x.leadMeasure(k); ok {
						return l // below another table, a lead-in of its own: "... were in thousands of\ntonnes.\n    BREAD WHEAT  2,305.1"
					}
				}
				if !colon && !crossed && leads < maxLeadSentences && x.list.unit == "" && (lead || x.toks[k+1].flags&fNewline != 0 && x.tableRow(i)) {
					// a table under its lead-in: "figures ..., in tonnes, with
					// comparisons for 1986.\n    Bread wheat 235,800
					// 205,700", "Price per bushel is in U.S. dollars. Sorghum
					// is priced per CWT.\n     WHEAT ..."
					lead, leads = true, leads+1
					continue
				}
				if colon && x.list.unit != "" && x.list.kind == factcheck.Measure && x.list.at > 0 && x.list.at <= k && !x.breakdownLead(colonAt) {
					// a list's part with a lead-in of its own that names no
					// unit, below the list it continues, no blank line
					// between: "... total 48.0 (nil).\n    Oilseed export
					// registrations were:\n    Sunflowerseed total 15.0"
					return x.list
				}
				if colon || x.list.unit == "" || lead {
					return listMemo{}
				}
				crossed = true
			}
			continue
		}
		if t.flags&fNewline != 0 && x.blankLineIn(k, k+1) && !x.continuedTable(k, i) {
			return listMemo{}
		}
		if t.class == tWord && x.mark(k-1) == '(' && (x.eq(k, wDlrs) || x.eq(k, wDollars)) && x.tableRow(i) {
			// a table's heading in brackets: "as follows (Dlrs/Bu-Sorghum
			// Cwt) -", "(DLRS PER TON, BULK, IN CAR OF TRUCK LOTS)"
			if u := x.localCurrency(k, "USD"); u != "" && (!crossed || colon || lead) {
				return listMemo{kind: factcheck.Money, unit: u, scale: 1}
			}
		}
		if t.class == tWord && t.is(lexicon.Currency) && x.mark(k+1) == '/' && x.measureAt(k+2) && x.tableRow(i) && x.headingLine(k) {
			// a column's heading names its currency per unit: " Country
			// Differential stg/tonne" over " Brazil            55"
			if u := x.localCurrency(k, t.entry().Unit); u != "" && (!crossed || colon || lead) {
				return listMemo{kind: factcheck.Money, unit: u, scale: t.entry().Per}
			}
		}
		if t.class != tWord && !thousand(x.str(k)) && x.str(k) != "000" || !x.eq(k-1, wIn) && !x.sectionScale(k) && !(x.mark(k-1) == '/' && x.str(k) == "000") &&
			!(x.eq(k-1, wAll) && x.mark(k-2) == ',') { // (and "the following ... prices, all U.S. Dlrs per troy ounce.")
			continue // (a slash may stand for "in" before thousands: "deliverable against Chgo futures/000's bu-")
		}
		if l, ok := x.listUnitAt(k); ok && (!crossed || colon) && (l.kind != factcheck.Money || colon || lead) {
			if x.secondUnitBefore(k - 1) {
				return listMemo{} // "the rate of payments, in cts per lb, ... and the quantity covered, in short tons": two columns' units
			}
			return l // a currency only in a list's or a table's lead-in: "a dip in sterling to 72.2" is no list
		}
	}
	return listMemo{}
}

// sectionScale reports whether a scale opens, at token k, the unit of a
// section of a list after its name and a dash, without "in": "Soybean
// Oil -- mln lbs - Stocks ... at 1,360", "Soybean Cake/Meal -- thousand
// short tons - Stocks ... at 270".
func (x *extractor) sectionScale(k int) bool {
	return x.tokIs(k-1, tPunct) && isDash(x.str(k-1)) && x.tokIs(k, tWord) && x.toks[k].is(lexicon.Scale) && !x.eq(k, wDozen)
}

// secondUnitBefore reports whether the lead-in sentence of a list names
// another unit or currency with "in" before token k: "the rate of payments,
// in cts per lb, to growers and the quantity covered, in short tons".
func (x *extractor) secondUnitBefore(k int) bool {
	for j := k - 1; j > 0 && j > k-40; j-- {
		if x.tokIs(j, tPunct) && x.sentenceEnd(j) > j {
			return false
		}
		if x.eq(j, wIn) && x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Currency|lexicon.Measure) && !x.eq(j+1, wPounds) && !x.eq(j+2, wTerms) {
			return true
		}
	}
	return false
}

// unitBeforeDash reports whether a unit of measure or a currency stands
// before the dash (or dashes) that end at token k: "per lb --".
func (x *extractor) unitBeforeDash(k int) bool {
	for k > 0 && isDash(x.str(k)) {
		k--
	}
	return x.measureAt(k) || x.tokIs(k, tWord) && x.toks[k].is(lexicon.Currency)
}

// figureLine reports whether the line of token i holds a figure set
// apart by a run of spaces, a table's cell.
func (x *extractor) figureLine(i int) bool { return columns(x.lineOf(i)) > 0 }

// headingLine reports whether the line of token k holds no figure: a
// table's heading.
func (x *extractor) headingLine(k int) bool { return !strings.ContainsAny(x.lineOf(k), "0123456789") }

// lineOf returns the line of the text that token k stands on.
func (x *extractor) lineOf(k int) string {
	ls := strings.LastIndexByte(x.text[:x.toks[k].s], '\n') + 1
	line, _, _ := strings.Cut(x.text[ls:], "\n")
	return line
}

// thousand reports whether s, a number's digits, is a thousand: a scale
// a list's lead-in may name ("in 1,000 hectares").
func thousand(s string) bool { return s == "1,000" || s == "1000" }

// continuedTable reports whether the figure at token i stands in a table
// that continues the one above a blank line, whose unit it then takes:
// its lead-in, from token k on, says so ("Factory and Warehouse Stocks,
// continued -"), or no sentence stands between (a second block of
// columns under its heading, "CORN  BRLY  OATS").
func (x *extractor) continuedTable(k, i int) bool {
	if !x.tableRow(i) {
		return false
	}
	if !x.sentenceEndIn(k, i) {
		return true
	}
	for ; k < i; k++ {
		if x.eq(k, wContinued) {
			return true
		}
	}
	return false
}

// maxLeadSentences is how many sentences a table's lead-in may run to
// above it.
const maxLeadSentences = 2

// tableRow reports whether the line of token i is a table's row: two
// numbers or more on it, parted by runs of spaces, as columns are
// ("    Bread wheat        235,800    205,700    115,500"); or one, after
// a name, when the line above or below is a row of that shape too (" Brazil
// 55\n Ivory Coast       67").
func (x *extractor) tableRow(i int) bool {
	ls, le, cols := x.lineColumns(i)
	switch cols {
	case 0:
		return false
	case 1:
		prev := strings.TrimSuffix(x.text[:max(ls-1, 0)], "\r")
		next := ""
		if le < len(x.text) {
			next = x.text[le+1:]
		}
		above := prev[strings.LastIndexByte(prev, '\n')+1:]
		below, _, _ := strings.Cut(next, "\n")
		return columns(above) == 1 && namedRow(above) || columns(below) == 1 && namedRow(below)
	}
	return true
}

// lineColumns returns the bounds in bytes of the line of token i, from its
// start to its line break, and its columns (columns). It keeps the last
// line's, which the figures of a line ask for in turn: a long line is
// read once, not once for each figure on it.
func (x *extractor) lineColumns(i int) (start, end, cols int) {
	at := int(x.toks[i].s)
	if x.colsEnd > 0 && x.colsStart <= at && at < x.colsEnd {
		return x.colsStart, x.colsEnd, x.cols
	}
	start = strings.LastIndexByte(x.text[:at], '\n') + 1
	end = strings.IndexByte(x.text[at:], '\n')
	if end < 0 {
		end = len(x.text)
	} else {
		end += at
	}
	x.colsStart, x.colsEnd, x.cols = start, end, columns(x.text[start:end])
	return start, end, x.cols
}

// columns counts the figures of a line that runs of spaces, tabs or
// leader dots set apart, a table's columns ("BRENT.......18.89......19.19", "Milk
// ....... 1.45", "Kirkby Fell      −11.2").
func columns(line string) int {
	cols := 0
	for k := 0; k+1 < len(line); k++ {
		d := k + 2
		switch {
		case line[k] == '\t':
			d = k + 1 // "2020\t-4.6": a tab between columns
		case line[k] == ' ' && line[k+1] == ' ' || line[k] == '.' && line[k+1] == '.':
		default:
			continue
		}
		if d < len(line) && line[k] == '.' && line[d] == ' ' {
			d++ // "Milk, 2 pints ....... 1.45": leader dots, then a space
		}
		if strings.HasPrefix(line[d:], "\u2212") {
			d += len("\u2212") // "Kirkby Fell      −11.2": a figure below zero
		} else if d+1 < len(line) && (line[d] == '-' || line[d] == '+') && line[d+1] >= '0' && line[d+1] <= '9' {
			d++ // "2020\t-4.6", "Iraq   4.21   +15"
		}
		if d < len(line) && line[d] >= '0' && line[d] <= '9' {
			cols++
		}
	}
	return cols
}

// namedRow reports whether a line of one column opens with a name in
// letters, a table's row of a country or a product, or with a year before
// a gap, a row of a year's figures ("2020\t-4.6", "2019     1.8").
func namedRow(line string) bool {
	t := strings.TrimLeft(line, " \t")
	if len(t) > 5 && yearLike(t[:4]) && (t[4] == '\t' || t[4] == ' ' && t[5] == ' ') {
		return true
	}
	return t != "" && (t[0] >= 'A' && t[0] <= 'Z' || t[0] >= 'a' && t[0] <= 'z')
}

// cellEndsAt reports whether a table's cell may end at byte end of the
// text: at the text's or the line's end, or before a run of spaces.
func (x *extractor) cellEndsAt(end int) bool {
	return end == len(x.text) || x.text[end] == '\n' || x.text[end] == '\r' || strings.HasPrefix(x.text[end:], "  ")
}

// nextCell reports whether token j, after a figure in a table's row,
// stands in the next cell: a run of spaces before it on the line.
func (x *extractor) nextCell(j int) bool {
	if j < 1 || j >= len(x.toks) || x.toks[j].flags&fNewline != 0 {
		return false
	}
	return strings.HasPrefix(x.text[x.toks[j-1].e:], "  ") && x.tableRow(j-1)
}

// leadMeasure returns the unit of measure, and its scale, that an "in
// <unit>" phrase names in the sentence ending at token end: a table's
// lead-in. It reads no currency: "Note - Price in dlrs per bu." under a
// table is a note on a row above.
func (x *extractor) leadMeasure(end int) (listMemo, bool) {
	for k := end - 1; k > 0 && k > end-40; k-- {
		if x.tokIs(k, tPunct) && x.sentenceEnd(k) > k {
			break
		}
		if x.eq(k-1, wIn) {
			if l, ok := x.listUnitAt(k); ok && l.kind == factcheck.Measure {
				return l, true
			}
		}
	}
	return listMemo{}, false
}

// followingLead reports whether the sentence that ends at token k opens
// with "The following", or its dateline's dash does: a lead-in to the
// lines below it ("BRUSSELS, March 9 - The following import levies ...").
func (x *extractor) followingLead(k int) bool {
	st := x.sentenceStartBefore(k)
	for j := st; j < k; j++ {
		if x.eq(j, wThe) && x.eq(j+1, wFollowing) && (j == st || isDash(x.str(j-1))) {
			return true
		}
	}
	return false
}

// listUnitAt reads the unit that "in" (or a section's dash, sectionScale)
// names before token k: "in tonnes", "in mln bushels", "in thousands of
// tonnes", "in 1,000 hectares", "in short tons", "in mln 480 lb bales",
// with its scale; or the
// currency of a list of prices, "in dlrs per tonne FOB, previous in
// brackets, as follows", "in U.S. dollars", "in Australian dollars".
func (x *extractor) listUnitAt(k int) (listMemo, bool) {
	scale := 1.0
	switch {
	case x.eq(k, wThousands) && x.eq(k+1, wOf):
		scale, k = 1e3, k+2
	case x.tokIs(k, tWord) && x.toks[k].is(lexicon.Scale) && !x.eq(k, wDozen):
		scale, k = x.toks[k].entry().Num, k+1
	case thousand(x.str(k)) && x.tokIs(k+1, tWord):
		scale, k = 1e3, k+1 // "in 1,000 hectares"
	case x.str(k) == "000" && (x.str(k+1) == "'" || x.str(k+1) == "’") && x.eq(k+2, wS):
		scale, k = 1e3, k+3 // "(in 000's bushels)"
	case x.str(k) == "000" && x.eq(k+1, wS) && x.toks[k+1].flags&fSpace == 0:
		scale, k = 1e3, k+2 // "in 000s tonnes"
	}
	if scale == 1e3 && x.eq(k, wOf) && x.tokIs(k-1, tWord) && x.eq(k-1, wS) {
		k++ // "(in 000s of bushels)"
	}
	if x.tokIs(k, tNum) && x.hyphenAt(k) && x.measureAt(k+2) && x.measureAt(k+3) {
		k += 3 // "in mln 480-lb\nbales": the weight of one bale, then the unit
	} else if x.tokIs(k, tNum) && scale != 1 && x.measureAt(k+1) && x.measureAt(k+2) {
		k += 2 // "in mln 480 lb bales"
	} else if x.tokIs(k, tNum) && scale != 1 && x.measureAt(k+1) {
		k++ // "in mln 480 bales"
	}
	if a := x.afterUS(k); a > k && (x.eq(a, wDollars) || x.eq(a, wDlrs)) {
		return listMemo{kind: factcheck.Money, unit: "USD", scale: scale}, true // "Price per bushel is in U.S. dollars."
	}
	if u := x.currencyAdjective(k); u != "" {
		return listMemo{kind: factcheck.Money, unit: u, scale: scale}, true // "reserve assets in Australian dollars ... were."
	}
	if u := x.namedMoney(k); u != "" {
		return listMemo{kind: factcheck.Money, unit: u, scale: scale}, true // "levies ..., in European currency units (ecu) per 100 kilos."
	}
	if t := &x.toks[k]; t.class == tWord && t.is(lexicon.Currency) && (t.entry().Per == 1 || t.entry().Per == 0.01 && scale == 1) && t.flags&fUpper == 0 && !x.eq(k, wPound) && !x.eq(k, wPounds) &&
		!x.eq(k+1, wTerms) && !x.eq(k+1, wValue) {
		if u := x.localCurrency(k, t.entry().Unit); u != "" {
			return listMemo{kind: factcheck.Money, unit: u, scale: scale * t.entry().Per}, true // "in cts per lb --": hundredths
		}
	}
	if scale == 1 && (x.eq(k, wPercentages) || (x.eq(k, wPercent) || x.eq(k, wPct)) && x.tokIs(k+1, tPunct)) {
		return listMemo{kind: factcheck.Percent, unit: percentList, scale: 1}, true // "Weights in percentages compared with former weights."
	}
	if x.eq(k, wShort) || x.eq(k, wLong) || x.eq(k, wMetric) || x.eq(k, wTroy) {
		// "for the quota year in short tons, raw value --"
		if u, e := x.compoundUnit(k); u != "" && strings.HasSuffix(x.lowerAt(e-1), "s") && !x.eq(e, wPer) && !x.eq(e, wOf) && !x.eq(e, wTerms) {
			return listMemo{kind: factcheck.Measure, unit: u, scale: scale}, true
		}
	}
	if !x.measureAt(k) || x.eq(k, wPounds) || x.eq(k, wPoints) || x.eq(k, wDegrees) {
		return listMemo{}, false
	}
	w := x.lowerAt(k)
	abbreviated := (!strings.ContainsAny(w, "aeiou") || x.toks[k].entry().Unit != w) && x.toks[k].flags&fUpper == 0 && x.tokIs(k+1, tPunct) &&
		(isDash(x.str(k+1)) || x.mark(k+1) == ':' || x.mark(k+1) == ')') // "in mln bpd -", "in 1,000 bu:", "(in 000's bu)"
	if len(w) < 3 && !abbreviated || singular(w) == w && w != "feet" && !abbreviated || x.eq(k+1, wTerms) || x.eq(k+1, wPer) || x.eq(k+1, wOf) || x.eq(k+1, wA) {
		return listMemo{}, false // "in tonne terms", a rate, "in tonnes of oil equivalent"; but "as follows, in mln bpd -"
	}
	return listMemo{kind: factcheck.Measure, unit: x.toks[k].entry().Unit, scale: scale}, true
}

// sharedUnit gives the bare figure c the unit of measure or time, or
// percent, that ends the list of figures it opens or stands in, said once
// after the last: "0.5, 1.0, and 2.0 meters", "3, 4 or 5 percent", "days
// 1, 3 and 7 days", "11 and seven months", dimensions "55 x 40 x 20 cm". The figures
// between are bare numbers parted by commas, "and" or "or", with no scale
// of their own, as c has none. A list of sums in one scale ends in their
// currency or unit: "gains of 2.6 mln and 7.7 mln dlrs", and so does a
// part of a sum: "35 billion of (the) 61 billion schillings", and a sum in full
// digits beside a scaled one: "500,000 and one mln dlrs", "five mln and
// 6,500,000 dlrs"; so does a figure
// changed from another: "imports rose to 760,000 from 709,200 tonnes".
func (x *extractor) sharedUnit(c *claimParts) {
	if k := c.num.last; c.subjectEnd == k+1 && timesSign(x.str(k)) && x.tokIs(k+1, tNum) {
		c.subjectStart, c.subjectEnd, c.last = 0, 0, k // "55 x 40 x 20 cm": a sign of dimensions, no noun
	}
	if c.unitKind != factcheck.Count || c.subjectEnd > c.first || c.num.year || c.end != nil {
		return
	}
	scale := ""
	if c.num.scaled {
		scale = x.lowerAt(c.num.last - 1)
	}
	k := c.num.last
	if _, mixed := x.mixedNumberBefore(k); x.mark(k) == ',' && mixed && x.tokIs(k+1, tNum) && x.mark(k+2) == '/' && x.tokIs(k+3, tNum) {
		// "6-1/2, 3/8 pct": a quote's two sides, the unit after the second
		last := claimParts{first: k + 1, last: k + 4, unitKind: factcheck.Count, factor: 1}
		if x.tokIs(k+4, tWord) && x.unitAt(&last, k+4) && (last.unitKind == factcheck.Percent || last.unitKind == factcheck.Money) && last.factor == 1 {
			c.unitKind, c.unit = last.unitKind, last.unit
		}
		return
	}
	joined := false // the last figure follows "and" or "or"
	dims := false   // the figures are dimensions, parted by "x"
	for n := 0; n < 16; n++ {
		sep := false
		if x.tokIs(k, tPunct) && x.mark(k) == ',' {
			k, sep = k+1, true
		}
		joined = false
		if n == 0 && sep && x.eq(k, wOr) {
			return // "from 219,600, or 9.7 pct": the figure restated as a share, no list
		}
		from := n == 0 && !sep && x.eq(k, wFrom) && x.eq(c.first-1, wTo) && x.tokIs(k+1, tNum)
		if from {
			k, sep, joined = k+1, true, true // "imports rose to 760,000\nfrom 709,200 tonnes": the unit said after the older figure
		} else if (timesSign(x.str(k)) && (x.toks[k].flags&fSpace != 0 || x.lengthAfterFigure(k+1)) || x.eq(k, wBy) && x.lengthAfterFigure(k+1)) && x.tokIs(k+1, tNum) && scale == "" {
			k, sep, dims = k+1, true, true // "55 x 40 x 20 cm", "the 9x13-inch pan", "measuring 80 by 60 inches": dimensions, their unit said after the last
		} else if x.hyphenAt(k-1) && x.eq(k+1, wBy) && x.hyphenAt(k+1) && x.lengthAfterFigure(k+3) && scale == "" {
			k, sep, dims = k+3, true, true // "a 12-by-14-foot bedroom": dimensions as one adjective
		} else if x.eq(k, wAnd) || x.eq(k, wOr) || n == 0 && scale != "" && x.eq(k, wOf) {
			if x.eq(k, wOf) && (x.eq(k+1, wThe) || x.eq(k+1, wIts) || x.eq(k+1, wTheir)) {
				k++ // "8.6 billion of the 30 billion franc revenues"
			}
			k, sep, joined = k+1, true, true // "35 billion of 61 billion schillings"
		}
		if !sep || !x.tokIs(k, tNum) && !(x.tokIs(k, tWord) && x.toks[k].is(lexicon.Cardinal)) || x.toks[k].flags&fNewline != 0 && !(joined && x.proseWraps(k)) {
			// (a line of prose may wrap after "and": "denominations of 1,000 and\n10,000 dlrs")
			return
		}
		var m number
		var ok bool
		if x.tokIs(k, tNum) {
			m, ok = x.digits(k)
		} else {
			m, ok = x.wordNumber(k) // "for 11 and seven months": wire copy spells numbers under ten
		}
		if !ok || m.year {
			return
		}
		if scale == "" && m.scaled && !c.num.words && x.tokIs(m.last-1, tWord) {
			// "against 4.89 and 4.79 billion": the scale said once, for both
			if raw := x.unscaled(k, m); raw > 0 && c.num.value >= raw/10 && c.num.value <= raw*10 && (x.eq(k-1, wAnd) || x.eq(k-1, wOr)) {
				c.num.value *= m.value / raw
				c.num.scaled, scale = true, x.lowerAt(m.last-1)
			}
		}
		// "denominations will be 500,000 and one mln dlrs": a sum in full
		// digits before the last one scaled, of its size or a little less
		mixed := scale == "" && m.scaled && c.num.value >= 1000 && joined && m.value >= c.num.value && m.value <= 100*c.num.value
		// or after it: "charges of five mln and 6,500,000 dlrs"
		mixed = mixed || scale != "" && !m.scaled && joined && m.value >= 1000 && m.value >= c.num.value/100 && m.value <= 100*c.num.value
		if m.scaled != (scale != "") && !mixed || scale != "" && m.scaled && x.lowerAt(m.last-1) != scale {
			return
		}
		k = m.last
		if x.tokIs(k, tNum) || x.tokIs(k, tPunct) && x.mark(k) == ',' || x.eq(k, wAnd) || x.eq(k, wOr) || timesSign(x.str(k)) && x.tokIs(k+1, tNum) {
			if from {
				return // "to 4,573,200 from 3,192,700 and 34.3 pct": the older figure has no unit of its own
			}
			continue // more of the list
		}
		last := claimParts{num: m, first: m.first, last: m.last, unitKind: factcheck.Count, factor: 1}
		hyphened := dims && x.hyphenAt(k-1) && x.tokIs(k+1, tWord)
		if hyphened {
			k++ // "a 12 x 14-foot room": the last dimension's unit an adjective's
		}
		if !x.tokIs(k, tWord) && !(x.tokIs(k, tPunct) && x.mark(k) == '%') || !x.unitAt(&last, k) || dims && !hyphened && x.toks[k].flags&fSpace == 0 {
			return // (but "24 × 330ml cans" counts cans of a size)
		}
		switch {
		case scale != "":
			if last.unitKind == factcheck.Money || last.unitKind == factcheck.Measure {
				c.unitKind, c.unit = last.unitKind, last.unit // "3 mln and 4 mln tonnes"
			}
		case (last.unitKind == factcheck.Measure || last.unitKind == factcheck.Percent) && last.factor == 1 && c.num.value <= 100*m.value:
			// (but not "3,192,700 and 34.3 pct": no percentage of a
			// figure's size)
			c.unitKind, c.unit = last.unitKind, last.unit
		case last.unitKind == factcheck.Duration && (joined || c.num.value <= 10*m.value && m.value <= 10*c.num.value):
			// "on days 1.0, 3.0 and 64.0 days" (but "put the toll at 26,271,
			// ten days after the quake": a count, then when)
			c.unitKind, c.unit, c.factor = last.unitKind, last.unit, last.factor
		case last.unitKind == factcheck.Money && joined && !x.eq(c.first-1, wFrom) && (last.factor == 1 || c.num.value <= 10*m.value && m.value <= 10*c.num.value):
			// but "103.32 yen from 103.15, 1.0763 swiss francs" is no list,
			// nor "1.2391 NZ dlrs from 1.2403, and 0.4392 sterling"
			// "closed at 752.50 and 750 ringgit per tonne", "sell stops at
			// 6.60 and 6.55 cents" (but not "a gain of 195,000 or 12 cts")
			c.unitKind, c.unit, c.factor = last.unitKind, last.unit, last.factor
		}
		return
	}
}

// lengthAfterFigure reports whether a length's unit of the lexicon
// follows the figure in digits at token k, spaced or after a hyphen ("60
// inches", "1.6 metres", "14-foot"): what makes "80 by 60 inches" two
// dimensions, not a figure moved by another.
func (x *extractor) lengthAfterFigure(k int) bool {
	j := k + 1
	if x.hyphenAt(k) {
		j++
	}
	if !x.tokIs(k, tNum) || !x.tokIs(j, tWord) || !x.toks[j].is(lexicon.Measure) {
		return false
	}
	switch x.toks[j].entry().Unit {
	case "m", "cm", "mm", "km", "inch", "foot", "yard", "mile":
		return true
	}
	return false
}

// scaleRespectively gives the bare figure c, the second of a pair said
// "respectively", the scale, and the unit, of the first just before it:
// "average shares were 172.5 mln and\n175.9, respectively". The two are
// of a size (within a factor of ten, the scale aside).
func (x *extractor) scaleRespectively(c *claimParts) {
	if c.unitKind != factcheck.Count || c.num.scaled || c.num.words || c.num.year || c.end != nil || c.subjectEnd > c.first || !x.eq(c.first-1, wAnd) || len(x.claims) == 0 {
		return
	}
	k := c.num.last
	if x.mark(k) == ',' {
		k++
	}
	p := &x.claims[len(x.claims)-1]
	if !x.eq(k, wRespectively) || x.tokenAfter(p) != c.first-1 || p.EndValue != nil {
		return
	}
	pi := x.tokenOf(p)
	pn, ok := x.digits(pi)
	if !ok || !pn.scaled {
		return
	}
	raw := x.unscaled(pi, pn)
	if raw <= 0 || c.num.value > 10*raw || c.num.value < raw/10 {
		return
	}
	c.num.value *= pn.value / raw
	c.num.scaled = true
	if p.Kind == factcheck.Money || p.Kind == factcheck.Measure {
		c.unitKind, c.unit = p.Kind, p.Unit
	}
}

// listedLength gives the bare count c the unit of the length of time
// just before it in its sentence that a list leaves unsaid, each item
// read alike with the same preposition after it: "strike for two hours
// on Thursday, four on Friday, six on Saturday". A few words and a comma
// or "and" stand between the two.
func (x *extractor) listedLength(c *claimParts) {
	if c.unitKind != factcheck.Count || c.subjectEnd != 0 || c.num.scaled || c.end != nil || len(x.claims) == 0 ||
		x.mark(c.first-1) != ',' && !x.eq(c.first-1, wAnd) {
		return
	}
	p := &x.claims[len(x.claims)-1]
	if p.Kind != factcheck.Duration || p.EndValue != nil {
		return
	}
	pe := x.tokenAfter(p)
	prep := x.lowerAt(pe)
	if prep != "on" && prep != "in" && prep != "at" && prep != "during" || !x.eqText(c.last, prep) || c.first-1-pe > 4 || x.sentenceEndIn(pe, c.first) {
		return
	}
	for k := pe + 1; k < c.first-1; k++ {
		if !x.tokIs(k, tWord) {
			return
		}
	}
	c.unitKind, c.unit = p.Kind, p.Unit
}
