package ui

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"github.com/factcheck/factcheck/factcheck"
)

// valueText writes a claim's value for reading: "9,000", "30–40 %",
// "USD 2,500,000", "2023-11-03", "10 years".
func valueText(c *factcheck.Claim) string {
	s := numberText(c.Value)
	if c.EndValue != nil {
		s += "–" + numberText(*c.EndValue)
	}
	switch {
	case c.Kind == factcheck.Percent:
		s += " %"
	case c.Kind == factcheck.Money && c.Unit != "":
		s = c.Unit + " " + s
	case c.Kind == factcheck.Duration && c.Unit != "" && (c.Value.Num != 1 || c.EndValue != nil):
		s += " " + c.Unit + "s" // "10 years": a unit of time, plural as read (the normal form is singular)
	case c.Unit != "":
		s += " " + c.Unit
	}
	return s
}

// numberText writes a number with thousands separators, or a date as
// "3 Nov 2023" ("3 Nov" without a year, "Nov 2023" without a day).
func numberText(v factcheck.Value) string {
	if v.IsDate() {
		return dateText(v.Date)
	}
	s := v.String()
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, dot := strings.Cut(s, ".")
	if n, err := strconv.Atoi(whole); err == nil {
		whole = thousands(n)
	}
	if dot {
		return sign + whole + "." + frac
	}
	return sign + whole
}

// dateText writes an ISO date, complete or not, for reading; what it does
// not understand it returns as it is.
func dateText(iso string) string {
	for _, f := range []struct{ in, out string }{
		{"2006-01-02", "2 Jan 2006"}, {"--01-02", "2 Jan"}, {"2006-01", "Jan 2006"},
	} {
		if t, err := time.Parse(f.in, iso); err == nil {
			return t.Format(f.out)
		}
	}
	return iso
}

// qualifierText reads a qualifier as words; exact reads as "".
func qualifierText(q factcheck.Qualifier) string {
	switch q {
	case factcheck.Approx:
		return "about"
	case factcheck.LowerBound:
		return "at least"
	case factcheck.UpperBound:
		return "at most"
	}
	return ""
}

// verdictName is a verdict in a sentence: "verified", "unruled".
func verdictName(v factcheck.Verdict) string { return v.Words() }

// when writes a time of a ruling in the local zone: "3 Nov 2023 14:02".
func when(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Local().Format("2 Jan 2006 15:04")
}

// rulingText says who ruled on a claim and when, beside its badge: "by
// Ann · 3 Nov 2023 14:02"; "not ruled on yet" when nobody has.
func rulingText(s *factcheck.State) string {
	switch {
	case s.Checker == "":
		return "not ruled on yet"
	case !s.Ruled():
		return "no verdict in force · last changed by " + s.Checker + " · " + when(s.RuledAt)
	}
	return "by " + s.Checker + " · " + when(s.RuledAt)
}

// shorten cuts s to at most n runes, with an ellipsis when it cuts.
func shorten(s string, n int) string {
	r := []rune(oneLine(s))
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// oneLine returns s with its line breaks as spaces, byte for byte (an
// offset into s holds): a claim of wire copy wrapped at a fixed width
// ("13.90\ndlrs") reads on one line.
func oneLine(s string) string { return strings.ReplaceAll(s, "\n", " ") }

// count writes n of a noun: "1 article", "2,199 articles".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return thousands(n) + " " + noun + "s"
}

// fitText returns s when it fits in width (in Fyne's units) at the given
// text size and style, else its longest start that fits with "…" after
// it ("…" alone when none does).
func fitText(s string, width, size float32, style fyne.TextStyle) string {
	if fyne.MeasureText(s, size, style).Width <= width {
		return s
	}
	runes := []rune(s)
	lo, hi := 0, len(runes) // the longest start that fits has lo runes, fewer than hi
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if fyne.MeasureText(string(runes[:mid])+"…", size, style).Width <= width {
			lo = mid
		} else {
			hi = mid
		}
	}
	return strings.TrimRight(string(runes[:lo]), " ·") + "…"
}
