package extract

import (
	"math"
	"strconv"

	"github.com/factcheck/factcheck/factcheck"
)

// coordinate reads at token i a latitude or a longitude: degrees with
// their sign or word and perhaps minutes and seconds, then a hemisphere
// ("33°52′S", "12°34'N", "15° 38' east", "51.5° N", "50 deg 10 min N",
// "40 degrees north"), or a pair of decimal degrees by their hemispheres'
// letters alone, as storm and earthquake bulletins write a position
// ("18.4N 64.6W", "37.17 N, 37.03 E"). Each is a measure in decimal
// degrees, to four places, its unit "°" and the hemisphere's letter
// ("°S"). It returns the index after it, or i.
func (x *extractor) coordinate(i int) int {
	if next := x.letteredPosition(i); next > i {
		return next
	}
	if d := x.str(i + 1); d != "\u00b0" && d != "\u00ba" && !x.eq(i+1, wDegrees) && !x.eq(i+1, wDegree) && d != "deg" {
		return i // (read cheaply first: most figures are no angles)
	}
	if x.tokIs(i-1, tWord) && (x.str(i-1) == "N" || x.str(i-1) == "S") && x.tokIs(i-2, tWord) {
		return i // "N 40° E": a bearing from north towards east, no longitude
	}
	deg, ok := x.digits(i)
	if !ok && allDigits(x.str(i)) && x.str(i+1) == "\u00b0" {
		v, _ := strconv.Atoi(x.str(i))
		deg, ok = number{first: i, last: i + 1, value: float64(v)}, true // "045°12'E": a longitude's three places
	}
	if !ok || deg.scaled || deg.value > 180 {
		return i
	}
	j := deg.last
	switch {
	case (x.str(j) == "\u00b0" || x.str(j) == "\u00ba") && x.toks[j].flags&fSpace == 0:
		j++
	case x.eq(j, wDegrees) || x.eq(j, wDegree) || x.eqText(j, "deg"):
		j++
		if x.mark(j) == '.' && x.toks[j].flags&fSpace == 0 {
			j++ // "31 deg."
		}
	default:
		return i
	}
	v := deg.value
	if m, k := x.arcPart(j, "\u2032'", "min", "mins", "minutes"); k > j {
		v += m / 60
		j = k
		if s, k := x.arcPart(j, "\u2033\"", "sec", "secs", "seconds"); k > j {
			v += s / 3600
			j = k
		}
	}
	h := x.hemisphere(j)
	if h == "" || (h == "N" || h == "S") && v > 90 {
		return i
	}
	c := claimParts{first: i, last: j + 1, num: number{first: i, last: j + 1, value: math.Round(v*1e4) / 1e4, decimal: true}, unitKind: factcheck.Measure, unit: "\u00b0" + h, factor: 1}
	c.qual, c.first = x.qualifier(i)
	x.emit(&c)
	return c.last
}

// arcPart reads at token j the minutes or the seconds of an angle: a
// whole number under 60 (or a decimal) and its mark ("52′", "34'") or
// word ("10 min"). It returns the value and the index after it, or j.
func (x *extractor) arcPart(j int, marks string, words ...string) (float64, int) {
	if !x.tokIs(j, tNum) || x.toks[j].flags&fNewline != 0 {
		return 0, j
	}
	v, err := strconv.ParseFloat(x.str(j), 64)
	if err != nil || v >= 60 {
		return 0, j
	}
	k := j + 1
	if x.tokIs(k, tPunct) && x.toks[k].flags&fSpace == 0 {
		for _, r := range marks {
			if x.str(k) == string(r) {
				return v, k + 1
			}
		}
		return 0, j
	}
	for _, w := range words {
		if x.eqText(k, w) {
			if x.mark(k+1) == '.' && x.toks[k+1].flags&fSpace == 0 {
				return v, k + 2 // "10 min."
			}
			return v, k + 1
		}
	}
	return 0, j
}

// hemisphere returns the letter of the hemisphere named at token j, a
// capital "N", "S", "E" or "W" standing alone or a word ("north",
// "South"), or "".
func (x *extractor) hemisphere(j int) string {
	if !x.tokIs(j, tWord) || x.toks[j].flags&fNewline != 0 {
		return ""
	}
	switch s := x.str(j); s {
	case "N", "S", "E", "W":
		if x.tokIs(j+1, tWord) && x.toks[j+1].flags&fSpace == 0 {
			return ""
		}
		return s
	}
	switch x.lowerAt(j) {
	case "north":
		return "N"
	case "south":
		return "S"
	case "east":
		return "E"
	case "west":
		return "W"
	}
	return ""
}

// letteredPosition reads at token i a position as a pair of decimal
// degrees each followed by its hemisphere's capital, latitude first:
// "18.4N 64.6W", "37.17 N, 37.03 E". It emits both and returns the index
// after the pair, or i.
func (x *extractor) letteredPosition(i int) int {
	if ns := x.str(i + 1); ns != "N" && ns != "S" {
		return i
	}
	lat, ns, ok := x.letteredDegrees(i, 90, "N", "S")
	if !ok {
		return i
	}
	j := lat.last + 1
	if x.mark(j) == ',' {
		j++
	}
	lon, ew, ok := x.letteredDegrees(j, 180, "E", "W")
	if !ok {
		return i
	}
	for _, p := range []struct {
		n number
		h string
	}{{lat, ns}, {lon, ew}} {
		c := claimParts{first: p.n.first, last: p.n.last + 1, num: p.n, unitKind: factcheck.Measure, unit: "\u00b0" + p.h, factor: 1}
		c.qual = factcheck.Exact
		if p.n.first == i {
			c.qual, c.first = x.qualifier(i)
		}
		x.emit(&c)
	}
	return lon.last + 1
}

// letteredDegrees reads at token k decimal degrees up to most and one of
// the hemispheres' letters a and b after them: the degrees, the letter
// and whether there were both.
func (x *extractor) letteredDegrees(k int, most float64, a, b string) (number, string, bool) {
	if !x.tokIs(k, tNum) {
		return number{}, "", false
	}
	n, ok := x.digits(k)
	if !ok || !n.decimal || n.scaled || n.value > most {
		return number{}, "", false
	}
	h := x.str(n.last)
	return n, h, (h == a || h == b) && x.hemisphere(n.last) != ""
}
