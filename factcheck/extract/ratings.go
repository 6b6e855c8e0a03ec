package extract

import (
	"strconv"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Ratings. A mark on a scale is a measure whose unit names the scale, as
// reviewers and inspectors give them: "4.5/5", "3.9 out of 10" ("out of
// 10"), "4.7 stars", "★★★★☆" ("star"). A share said the same way counts
// people or things ("eight out of 10 dentists", a percent: see ratio).

// ratingWords are the words that give a mark on a scale.
var ratingWords = wordSet("score", "scores", "scored", "scoring", "rated", "rating", "ratings", "gave", "give", "gives",
	"given", "awarded", "mark", "marks", "marked", "threshold", "verdict", "review", "reviews", "reviewer", "reviewers", "critic", "critics", "landed", "earned",
	"averaged", "average")

// ratingNear reports whether a word of ratingWords stands within six
// tokens before token i or three after it, in its sentence.
func (x *extractor) ratingNear(i int) bool { return x.namesWithin(i, i-6, 4, ratingWords) }

// markScale reports whether the mark c, followed by "out of" and the whole
// number d, is a mark on a scale of d rather than a share of d things:
// stars follow the scale ("3 out of 5 stars"), or nothing is counted
// after it ("4 out of 10 for repairability") and the mark has a decimal
// or a rating is given ("voters gave it 3.9 out of 10"). It returns the scale's unit
// ("out of 10", "star") and the index after it, or "".
func (x *extractor) markScale(c *claimParts, d number) (string, int) {
	k := d.last
	if d.scaled || d.decimal || c.num.value > d.value {
		return "", 0
	}
	switch {
	case x.eqText(k, "stars"):
		return "star", k + 1
	case !c.num.decimal && !x.ratingNear(c.num.first):
		return "", 0
	case x.eqText(k, "points"):
		return "out of " + strconv.Itoa(int(d.value)), k + 1
	case k >= len(x.toks) || x.tokIs(k, tPunct) || x.toks[k].is(lexicon.Stop|lexicon.Determiner):
		return "out of " + strconv.Itoa(int(d.value)), k
	}
	return "", 0
}

// slashRating reads at token i a mark written over its scale where a
// rating is given, "a 4.5/5 average", "an IMDb rating of 8.7/10", "earned
// a 9 / 10": a measure in "out of 5", the scale one of 5, 10, 20 and 100
// (without a rating's word, "1/10 point" is a fraction and "8/10" a date).
func (x *extractor) slashRating(i int) int {
	k := i + 1
	if x.mark(k) != '/' || !x.tokIs(k+1, tNum) || x.toks[k].flags&fNewline != 0 || x.toks[k+1].flags&fSpace != x.toks[k].flags&fSpace ||
		x.mark(k+2) == '/' || i > 0 && x.toks[i].flags&fSpace == 0 && !x.tokIs(i-1, tPunct) {
		return i // "3/10/2024" is a date
	}
	n, ok := x.digits(i)
	if !ok || n.last != k || n.scaled {
		return i
	}
	d, err := strconv.Atoi(x.str(k + 1))
	if err != nil || d != 5 && d != 10 && d != 20 && d != 100 || n.value > float64(d) || !x.ratingNear(i) ||
		x.tokIs(k+2, tWord) && (x.toks[k+2].flags&fSpace == 0 || !x.toks[k+2].is(lexicon.Stop|lexicon.Determiner) && !x.wordIn(k+2, ratingWords)) {
		return i
	}
	c := claimParts{first: i, last: k + 2, num: n, unitKind: factcheck.Measure, unit: "out of " + strconv.Itoa(d), factor: 1}
	c.qual, c.first = x.qualifier(i)
	x.emit(&c)
	return c.last
}

// starRating reports whether "star" or "stars" at token j after the mark
// c is a rating's: a mark of seven at most, in halves or tenths, out of a
// scale or where a rating is given ("4.7 stars on Tripadvisor", "a
// 1.2-star rating", "three and a half stars out of five"). The stars of a
// stage or the sky are counted, and a "five-star hotel" is of a class.
func (x *extractor) starRating(c *claimParts, j int) bool {
	w := x.lowerAt(j)
	if w != "star" && w != "stars" || c.num.scaled || c.num.value > 7 || c.end != nil || x.eq(j+1, wOf) {
		return false
	}
	return c.num.decimal && c.num.value != float64(int(c.num.value)) || x.eq(j+1, wOut) || x.ratingNear(c.num.first)
}

// starGlyphs reads at token i a rating drawn in stars, "★★★★☆", "★★": a
// measure in "star" of the black stars (and a half, "½", after them).
func (x *extractor) starGlyphs(i int) int {
	k, v := i, 0.0
	for ; k < len(x.toks) && x.str(k) == "\u2605" && (k == i || x.toks[k].flags&fSpace == 0); k++ {
		v++
	}
	if v == 0 || v > 5 {
		return i
	}
	if x.str(k) == "\u00bd" && x.toks[k].flags&fSpace == 0 {
		v, k = v+0.5, k+1
	}
	for ; k < len(x.toks) && x.str(k) == "\u2606" && x.toks[k].flags&fSpace == 0; k++ {
	}
	c := claimParts{first: i, last: k, num: number{first: i, last: k, value: v}, unitKind: factcheck.Measure, unit: "star", factor: 1, qual: factcheck.Exact}
	x.emit(&c)
	return k
}

// scaleAfter reads after the bare count c the scale it is a mark on, said
// after "on a": "seven on a 0-10 scale", "two on a four-point scale", "4
// on a scale of 1 to 5". It returns the unit, "out of 10", and the index
// after the scale, or "".
func (x *extractor) scaleAfter(c *claimParts) (string, int) {
	j := c.num.last
	if c.unitKind != factcheck.Count || c.unit != "" || c.end != nil || c.num.scaled || c.last != j || !x.eq(j, wOn) || !x.eq(j+1, wA) {
		return "", 0
	}
	k := j + 2
	var top number
	switch {
	case x.tokIs(k, tNum) && (x.str(k) == "0" || x.str(k) == "1") && x.tokIs(k+1, tPunct) && isDash(x.str(k+1)) && x.tokIs(k+2, tNum) && x.eq(k+3, wScale):
		top, _ = x.digits(k + 2) // "a 0-10 scale"
		k += 4
	case x.eq(k, wScale) && x.eq(k+1, wOf) && x.tokIs(k+2, tNum) && x.eq(k+3, wTo) && x.tokIs(k+4, tNum):
		top, _ = x.digits(k + 4) // "a scale of 1 to 5"
		k = top.last
	default:
		n, ok := x.numberAt(k)
		if !ok || !x.hyphenAt(n.last-1) || !x.eq(n.last+1, wPoint) || !x.eq(n.last+2, wScale) {
			return "", 0
		}
		top, k = n, n.last+3 // "a four-point scale"
	}
	if top.value <= 0 || top.value < c.num.value || top.value > 100 || top.scaled || top.decimal {
		return "", 0
	}
	return "out of " + strconv.Itoa(int(top.value)), k
}
