package extract

import (
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
)

// exposure reads at the number at token i a camera's exposure setting,
// as camera reviews write them: an aperture's f-number, a sensor's ISO
// speed, a shutter's time. It returns the index after it, or i.
func (x *extractor) exposure(i int) int {
	if next := x.fNumber(i); next > i {
		return next
	}
	if next := x.isoSpeed(i); next > i {
		return next
	}
	return x.shutterSpeed(i)
}

// fNumber reads at token i an aperture's f-number, "f/2.8", "f/4", "an
// f2.8 zoom" (glued, with its decimal), "f/3.5-5.6" (a zoom's range from
// wide to long): a measure in "f-number" of 0.7 to 64, a lens's range.
func (x *extractor) fNumber(i int) int {
	f := i - 1
	if x.mark(f) == '/' && x.toks[f].flags&fSpace == 0 {
		f--
	} else if !x.decimalAt(i) {
		return i // "f2.8", but not "f1" nor "F1"
	}
	if x.str(f) != "f" || x.toks[i].flags&fSpace != 0 || x.toks[f+1].flags&fSpace != 0 ||
		f > 0 && x.toks[f].flags&fSpace == 0 && x.toks[f-1].class != tPunct {
		return i
	}
	n, ok := x.digits(i)
	if !ok || n.scaled || n.value < 0.7 || n.value > 64 {
		return i
	}
	c := claimParts{first: f, last: n.last, num: n, unitKind: factcheck.Measure, unit: "f-number", factor: 1}
	if k := n.last; x.tokIs(k, tPunct) && isDash(x.str(k)) && x.toks[k].flags&fSpace == 0 && x.tokIs(k+1, tNum) && x.toks[k+1].flags&fSpace == 0 {
		if end, ok := x.digits(k + 1); ok && !end.scaled && end.value > n.value && end.value <= 64 {
			c.end, c.last = &end, end.last // "f/3.5-5.6"
		}
	}
	c.qual, c.first = x.qualifier(f)
	x.emit(&c)
	return c.last
}

// decimalAt reports whether the digits at token i hold a decimal point.
func (x *extractor) decimalAt(i int) bool { return strings.IndexByte(x.str(i), '.') >= 0 }

// isoSpeed reads at token i a sensor's sensitivity after "ISO", "ISO
// 3200", "ISO64" (glued), and its range, "ISO 100 to ISO 51,200", "ISO
// 32–102,400": a measure in "ISO". A speed is one of the third-stop series
// of ISO 12232 (25, 32, 40, 50, 64, 80, 100 ... 409,600), which the
// standards named by number ("ISO 9001", "ISO 14001") are not.
func (x *extractor) isoSpeed(i int) int {
	if i == 0 || x.str(i-1) != "ISO" {
		return i
	}
	n, ok := x.digits(i)
	if !ok || n.scaled || !isoSeries(n.value) || x.mark(n.last) == ':' {
		return i // "ISO 9001:2015"
	}
	c := claimParts{first: i - 1, last: n.last, num: n, unitKind: factcheck.Measure, unit: "ISO", factor: 1}
	k := n.last
	if x.eq(k, wTo) || x.tokIs(k, tPunct) && isDash(x.str(k)) {
		k++
		if x.str(k) == "ISO" {
			k++ // "ISO 100 to ISO 51,200"
		}
		if x.tokIs(k, tNum) {
			if end, ok := x.digits(k); ok && !end.scaled && end.value > n.value && isoSeries(end.value) {
				c.end, c.last = &end, end.last
			}
		}
	}
	c.qual, c.first = x.qualifier(i - 1)
	x.emit(&c)
	return c.last
}

// isoSeries reports whether v is a film or sensor speed of the third-stop
// series as cameras print it (ISO 12232), 6 to 409,600 and the doubled
// extensions to 3,276,800.
func isoSeries(v float64) bool { return v == float64(int(v)) && isoSpeeds[int(v)] }

// isoSpeeds are the printed speeds of isoSeries.
var isoSpeeds = func() map[int]bool {
	m := map[int]bool{}
	for _, s := range []int{6, 8, 10, 12, 16, 20, 25, 32, 40, 50, 64, 80, 100, 125, 160, 200, 250, 320, 400, 500, 640, 800,
		1000, 1250, 1600, 2000, 2500, 3200, 4000, 5000, 6400, 8000, 10000, 12800, 16000, 20000, 25600, 32000, 40000,
		51200, 64000, 80000, 102400, 128000, 160000, 204800, 256000, 320000, 409600, 819200, 1638400, 3276800} {
		m[s] = true
	}
	return m
}()

// shutterSpeed reads at token i a shutter's time written as a fraction of
// a second, "1/8000s", "1/32,000 sec", "1/250th of a second": a duration
// in seconds (1/8000 is 0.000125).
func (x *extractor) shutterSpeed(i int) int {
	if x.mark(i+1) != '/' || !x.tokIs(i+2, tNum) || x.toks[i+1].flags&fSpace != 0 || x.toks[i+2].flags&fSpace != 0 ||
		i > 0 && x.toks[i].flags&fSpace == 0 && x.toks[i-1].class != tPunct {
		return i
	}
	num, err := strconv.Atoi(x.str(i))
	den, ok := x.digits(i + 2)
	if err != nil || !ok || den.scaled || num <= 0 || float64(num) >= den.value {
		return i
	}
	j := den.last
	if x.tokIs(j, tWord) && x.toks[j].flags&fSpace == 0 && x.eq(j, wTh) {
		j++ // "1/250th"
	}
	switch {
	case x.eq(j, wOf) && (x.eq(j+1, wA) || x.eq(j+1, wOne)) && x.eq(j+2, wSecond):
		j += 3 // "1/250th of a second"
	case secondsWord(x.str(j)):
		j++
	default:
		return i
	}
	c := claimParts{first: i, last: j, num: number{first: i, last: den.last, value: float64(num) / den.value, decimal: true}, unitKind: factcheck.Duration, unit: "second", factor: 1}
	c.qual, c.first = x.qualifier(i)
	x.emit(&c)
	return c.last
}

// secondsWord reports whether w names seconds after a shutter's fraction:
// "s", "sec", "secs", "second", "seconds".
func secondsWord(w string) bool {
	switch w {
	case "s", "sec", "secs", "second", "seconds":
		return true
	}
	return false
}
