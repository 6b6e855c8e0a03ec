package group

import (
	"strings"

	"github.com/factcheck/factcheck/factcheck"
)

// Reporting periods: a sales report counts one thing over several
// periods at once, each beside the year before's ("car sales for the
// February 21 to 28 period fell 42.5 pct to 1,572 from 2,734 cars in the
// same period last year", "For the year-to-date, ... to 6,627 from 12,194
// cars in the comparable period of 1986"), and the next report counts
// them again to its own day. Each period's figure, and the year before's,
// is a running figure of its own, whatever is counted: the year to date
// of March 4 and of March 13 are one, the year to date and the ten days
// of late February two.

// priorCues, after a figure of a change's start, tell that it is the
// year before's: "from 2,734 cars in the same period last year".
var priorCues = []string{"last year", "a year ago", "year ago", "year earlier", "a year before", "comparable period", "same period", "same month", "year-ago", "previous year", "prior year"}

// reportingPeriod returns the period a count c is of, as its sentence
// names it, with " prior" when c is the year before's; "" when the
// sentence names none. The periods: the year to date ("year-to-date",
// "year to date"), a span of days a date of the sentence gives
// ("February 21 to 28", "March 1 through 20"), by its days (span holds
// that date's value, "" for none), and a month ("for the month of
// February").
func reportingPeriod(c *factcheck.Claim, span string) string {
	s := strings.ToLower(c.Sentence)
	period := ""
	switch {
	case strings.Contains(s, "year-to-date") || strings.Contains(s, "year to date"):
		period = "year to date"
	case span != "":
		period = "days " + span
	case strings.Contains(s, "month of "):
		// "For the month of February, Volkswagen said sales were off 35.2
		// pct to 3,808 from 5,873 cars in the same month last year"
		ws := words(s[strings.Index(s, "month of ")+len("month of "):])
		if len(ws) == 0 || monthNumber(ws[0]) == 0 {
			return ""
		}
		period = "month " + ws[0]
	default:
		// "said February car sales fell 17.8 pct to 25,779 units"
		m := monthOfFlow(words(s))
		if m == "" {
			return ""
		}
		period = "month " + m
	}
	rel, end := c.Start-c.SentenceStart, c.End-c.SentenceStart
	if rel < 0 || end > len(s) || rel > end {
		return period
	}
	if ws := words(s[max(0, rel-24):rel]); len(ws) > 0 && (ws[len(ws)-1] == "year-earlier" || ws[len(ws)-1] == "year-ago") {
		return period + " prior" // "from year-earlier 14,589 units"
	}
	before := words(s[max(0, rel-12):rel])
	if len(before) > 0 && before[len(before)-1] == "from" {
		after := strings.Join(words(s[end:min(len(s), end+80)]), " ") // "a year\nearlier"
		for _, cue := range priorCues {
			if strings.Contains(after, cue) {
				return period + " prior"
			}
		}
	}
	return period
}

// monthOfFlow returns the month that names a flow counted in a sentence
// of words ws, lower case: a month's name one or two words before a word
// of flowNouns ("February car sales", "March exports"), or "".
func monthOfFlow(ws []string) string {
	for i, w := range ws {
		if !flowNouns[w] {
			continue
		}
		for d := 1; d <= 2 && i-d >= 0; d++ {
			if monthNumber(ws[i-d]) != 0 {
				return ws[i-d]
			}
		}
	}
	return ""
}

// spanOfSentence returns the span of days that a date of claim m's
// sentence gives ("February 21 to 28"), as its value, or "".
func (g *grouper) spanOfSentence(m int) string {
	c := &g.claims[m]
	for k := m - 1; k >= 0 && g.claims[k].Doc == c.Doc && g.claims[k].SentenceStart == c.SentenceStart; k-- {
		if d := &g.claims[k]; d.Kind == factcheck.Date && d.EndValue != nil {
			return d.Value.String() + "/" + d.EndValue.String()
		}
	}
	for k := m + 1; k < len(g.claims) && g.claims[k].Doc == c.Doc && g.claims[k].SentenceStart == c.SentenceStart; k++ {
		if d := &g.claims[k]; d.Kind == factcheck.Date && d.EndValue != nil {
			return d.Value.String() + "/" + d.EndValue.String()
		}
	}
	return ""
}

// periodsDiffer reports whether claims i and j are counts of two
// reporting periods, or of one and the year before's (reportingPeriod).
func (g *grouper) periodsDiffer(i, j int) bool {
	if g.claims[i].Kind != factcheck.Count || g.claims[j].Kind != factcheck.Count {
		return false
	}
	pi, pj := g.periodOf(i), g.periodOf(j)
	return pi != "" && pj != "" && pi != pj
}

// periodOf is reportingPeriod, read once a claim.
func (g *grouper) periodOf(i int) string {
	if g.periods == nil {
		g.periods = make([]*string, len(g.claims))
	}
	if g.periods[i] == nil {
		p := reportingPeriod(&g.claims[i], g.spanOfSentence(i))
		g.periods[i] = &p
	}
	return *g.periods[i]
}
