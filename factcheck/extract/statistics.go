package extract

import (
	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Statistics of studies, as health news quotes them: a ratio named
// before its estimate ("HR 0.77", "an odds ratio of 2.33", "RR = 0.91"),
// its confidence interval in the same unit ("(95% CI 0.66-0.90)"), and a
// p-value by its letter ("p<0.05", "P = 0.006"). The "95%" of "95% CI"
// names the interval, no claim.

// statisticNames maps the abbreviations of a study's ratios, and of a
// solution's acidity, to the names their estimates' units take: "HR 0.77",
// "a pH of 6.5 to 7.5".
var statisticNames = map[string]string{
	"HR": "hazard ratio", "aHR": "hazard ratio", "OR": "odds ratio", "aOR": "odds ratio", "RR": "relative risk",
	"aRR": "relative risk", // (not "IRR", a project's internal rate of return as often as a study's ratio)
	"pH":  "pH",
}

// statisticVerbs are the verbs that may stand between a ratio's name and
// its estimate: "the aOR fell to 1.9".
var statisticVerbs = wordSet("fell", "rose", "stood", "remained", "were")

// statisticUnit returns the unit of the bare figure c where it is a
// study's statistic: a ratio named in the few tokens before it, marks and
// "of", "was" or "is" between ("HR 0.77", "HR, 1.62", "hazard ratio of
// 0.85"); the interval after "CI" or "confidence interval" of a ratio
// read before it in the sentence; a p-value after "p" and a sign ("the
// aOR fell to 1.9" has a verb and "to" between). It returns "" when c is
// none.
func (x *extractor) statisticUnit(c *claimParts) string {
	j := c.num.last
	if c.end != nil {
		j = c.end.last
	}
	if c.unitKind != factcheck.Count || c.unit != "" || c.num.scaled || c.num.words || c.num.year || c.num.value >= 100 ||
		x.mark(j) == '%' || x.tokIs(j, tWord) && x.toks[j].is(lexicon.Percent|lexicon.Measure|lexicon.Currency|lexicon.Duration) {
		return "" // "an IRR of 31%": a unit of its own
	}
	k := c.num.first - 1
	for ; k >= 0 && k >= c.num.first-4; k-- {
		if x.tokIs(k, tPunct) && (x.mark(k) == '=' || x.mark(k) == ',' || x.mark(k) == ':' || x.mark(k) == '<' || x.mark(k) == '>' || x.str(k) == "\u2264") ||
			x.eq(k, wOf) || x.eq(k, wWas) || x.eq(k, wIs) || x.eq(k, wTo) || x.eq(k, wAt) || x.wordIn(k, statisticVerbs) {
			continue
		}
		break
	}
	if c.end != nil && (x.mark(c.num.first-1) == '(' || x.mark(c.num.first-1) == '[') && len(x.claims) > 0 && ratioUnit(x.claims[len(x.claims)-1].Unit) &&
		x.claims[len(x.claims)-1].End >= int(x.toks[c.num.first-1].s)-1 {
		return x.claims[len(x.claims)-1].Unit // "OR 1.04 (0.93 to 1.17)", "aOR 1.9 [1.4–2.6]": the interval in brackets after its estimate
	}
	if k < 0 || !x.tokIs(k, tWord) {
		return ""
	}
	switch s := x.str(k); {
	case statisticNames[s] != "":
		return statisticNames[s]
	case (s == "p" || s == "P") && x.pSign(k+1) && !(x.tokIs(k-1, tNum) && x.toks[k].flags&fSpace == 0) || x.eqText(k, "p-value"):
		return "p-value" // "p<0.05", "(P = 0.006)" (but "366p, 9p" are pence)
	case x.studyRatioAt(k) != "":
		return x.studyRatioAt(k) // "a hazard ratio of 0.85"
	case x.eqText(k, "risk") && x.eqText(k-1, "relative"):
		return "relative risk"
	case s == "CI" || x.eqText(k, "interval") && x.eqText(k-1, "confidence"):
		return x.ratioBefore(k) // "(95% CI 0.66-0.90)"
	}
	return ""
}

// ratioBefore returns the unit of the last ratio read before token k in
// its sentence (an interval's estimate), or "".
func (x *extractor) ratioBefore(k int) string {
	start := int(x.toks[x.sentenceStartBefore(k)].s)
	for j := len(x.claims) - 1; j >= 0 && x.claims[j].Start >= start; j-- {
		if u := x.claims[j].Unit; ratioUnit(u) {
			return u
		}
	}
	return ""
}

// ratioUnit reports whether u is the unit of a study's ratio.
func ratioUnit(u string) bool {
	switch u {
	case "hazard ratio", "odds ratio", "relative risk", "incidence rate ratio":
		return true
	}
	return false
}

// intervalLevel reports whether the percent c names a confidence
// interval, "95% CI", "95 per cent confidence interval": no claim.
func (x *extractor) intervalLevel(c *claimParts) bool {
	k := c.last
	return c.unitKind == factcheck.Percent && c.end == nil && (x.str(k) == "CI" || x.eqText(k, "confidence") && x.eqText(k+1, "interval"))
}

// ratioNamed returns the unit of a ratio's level whose name ends in
// "ratio" in the few words before token i (ratioLevel): a study's
// ("hazard ratio for death, 0.74"), else "ratio" ("the book-to-bill
// ratio was 1.13").
func (x *extractor) ratioNamed(i int) string {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if x.eq(k, wRatio) {
			if u := x.studyRatioAt(k); u != "" {
				return u
			}
			break
		}
	}
	return "ratio"
}

// studyRatioAt returns the name of a study's ratio whose word "ratio"
// stands at token k, "hazard ratio", "odds ratio", "incidence rate
// ratio", or "".
func (x *extractor) studyRatioAt(k int) string {
	switch {
	case !x.eq(k, wRatio):
		return ""
	case x.eqText(k-1, "hazard"):
		return "hazard ratio"
	case x.eqText(k-1, "odds"):
		return "odds ratio"
	case x.eqText(k-1, "rate") && x.eqText(k-2, "incidence"):
		return "incidence rate ratio"
	}
	return ""
}

// pSign reports whether a sign that compares a p-value stands at token k:
// "<", "=", ">" or "≤".
func (x *extractor) pSign(k int) bool {
	switch x.str(k) {
	case "<", "=", ">", "\u2264":
		return true
	}
	return false
}
