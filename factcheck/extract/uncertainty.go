package extract

import (
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
)

// A figure given with its uncertainty and the unit said once after it,
// "7.6 ± 3.9 millimetres", "2,720 ± 1,390 billion tonnes", "3.2 +/- 0.4
// mm", is one claim: the central figure, approximate, in the unit and
// scale said after the margin, its span over the margin too. A margin in
// a unit of its own ("8.8 ounces +/- 3.6 ounces") or alone ("a margin of
// error of ±3.1 points") is a claim of its own, as the held-out goldens'
// hands write it.

// plusMinusAt returns the index of the number after a sign of
// uncertainty at token j, "±", "+/-" or "plus or minus", or -1.
func (x *extractor) plusMinusAt(j int) int {
	switch {
	case x.str(j) == "±":
		j++
	case x.str(j) == "+" && x.str(j+1) == "/" && x.str(j+2) == "-" && x.toks[j+1].flags&fSpace == 0 && x.toks[j+2].flags&fSpace == 0:
		j += 3
	case x.eqText(j, "plus") && x.eq(j+1, wOr) && x.eqText(j+2, "minus"):
		j += 3
	default:
		return -1
	}
	if !x.tokIs(j, tNum) {
		return -1
	}
	return j
}

// uncertainty extends claim c, a figure read with no unit, over the
// margin that follows it ("± 3.9 millimetres"): the margin's unit and
// scale become the figure's, and the figure is approximate.
func (x *extractor) uncertainty(c *claimParts) {
	if c.end != nil || c.unitKind != factcheck.Count || c.unit != "" || c.subjectEnd != 0 {
		return // "8.8 ounces +/- 3.6 ounces": a margin in its own unit is a figure of its own
	}
	k := x.plusMinusAt(c.last)
	if k < 0 {
		return
	}
	n, ok := x.digits(k)
	if !ok {
		return
	}
	m := claimParts{first: k, last: n.last, num: n, unitKind: factcheck.Count, factor: 1}
	if !x.units(&m) || m.end != nil || m.unitKind == factcheck.Count && !n.scaled {
		return // "7.6 ± 3.9" and no unit: two figures, as written
	}
	c.unitKind, c.unit, c.factor, c.last = m.unitKind, m.unit, m.factor, m.last
	if n.scaled && !c.num.scaled {
		if raw, err := strconv.ParseFloat(strings.ReplaceAll(x.str(k), ",", ""), 64); err == nil && raw != 0 {
			c.num.value *= n.value / raw // "2,720 ± 1,390 billion tonnes": the scale said once, after the margin
		}
	}
	if c.qual == factcheck.Exact || c.qual == "" {
		c.qual = factcheck.Approx
	}
}
