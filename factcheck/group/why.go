package group

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
)

// Why says in a few words why claim b is in claim a's group, for a checker
// who reads them side by side: "the same figure, beside “seamen”,
// “strike”", "the change this sentence states", "both count ships". It
// reads the two claims alone, as grouping's rules do; when no rule joins
// them directly, it quotes the words their sentences share, else says
// that Group joined them through other claims of the group.
func Why(a, b *factcheck.Claim) string {
	if a.Doc == b.Doc && a.SentenceStart == b.SentenceStart && a.Kind == b.Kind && a.Unit == b.Unit {
		g := newGrouper([]factcheck.Claim{*a, *b}, nil, map[string][]string{a.Doc: nil})
		if a.Start > b.Start {
			g = newGrouper([]factcheck.Claim{*b, *a}, nil, map[string][]string{a.Doc: nil})
		}
		g.linkChanges()
		if len(g.newerOf) > 0 {
			return "the figure before or after the change this sentence states"
		}
	}
	if a.Kind == factcheck.Money && b.Kind == factcheck.Money && a.Unit != b.Unit {
		if fa := frameOf(a); strings.HasPrefix(fa, frameRate+" ") && fa == frameOf(b) {
			return "the rate of exchange of " + strings.Replace(strings.TrimPrefix(fa, frameRate+" "), " ", " and ", 1) + ", a rate that moved from one report to the next"
		}
		return "the same sum in another currency"
	}
	if a.Kind == factcheck.Measure && b.Kind == factcheck.Measure && a.Unit != b.Unit && dimension[a.Unit] != "" && dimension[a.Unit] == dimension[b.Unit] {
		return "the same " + dimension[a.Unit] + " in another unit"
	}
	shared := sharedContext(a, b)
	switch {
	case a.Kind != b.Kind || a.Unit != b.Unit:
	case a.Value == b.Value && endString(a) == endString(b) && oppositeBounds(a, b):
		return "the same figure as opposite bounds, one “more than”, the other “less than”" + beside(shared)
	case a.Value == b.Value && endString(a) == endString(b):
		return "the same figure" + beside(shared)
	case a.EndValue == nil && b.EndValue == nil && a.Kind != factcheck.Date && (rounds(a.Value.Num, b.Value.Num) || rounds(b.Value.Num, a.Value.Num)) &&
		math.Abs(a.Value.Num-b.Value.Num) <= maxRounding*max(math.Abs(a.Value.Num), math.Abs(b.Value.Num)):
		return "one figure rounds the other" + beside(shared) // (but a bid of 100 dlrs raised to 110 moved, though 100 rounds 110)
	case a.Kind == factcheck.Date && sameStatedValue(a, b):
		return "the same date, one more precise" + beside(shared)
	case isDeadline(a) && isDeadline(b):
		if a.Value != b.Value {
			return "the deadline, a date that moved from one report to the next" + beside(shared)
		}
		return "the same deadline" + beside(shared)
	}
	if name := ageOf(a); name != "" && name == ageOf(b) {
		return "the age of " + capitalName(name)
	}
	fa, fb := featureOf(a, 0), featureOf(b, 0)
	switch {
	case fa.concept != "" && fa.concept == fb.concept:
		return "both are about " + fa.concept + beside(shared)
	case fa.counted != "" && fa.counted == fb.counted:
		_, noun := subjectConcept(a.Subject)
		lo, hi := math.Min(a.Value.Num, b.Value.Num), math.Max(a.Value.Num, b.Value.Num)
		if lo != hi {
			return "both count " + plural(noun) + ", a number that moved from one report to the next"
		}
		return "both count " + plural(noun)
	case fa.head != "" && fa.head == fb.head:
		return "both are about " + plural(fa.head[strings.LastIndexByte(fa.head, '|')+1:]) + beside(shared)
	case fa.frame != "" && fa.frame == fb.frame && a.Kind == factcheck.Money && (a.Unit == b.Unit || strings.HasPrefix(fa.frame, frameRate+" ")) &&
		magnitude(a) == magnitude(b) && magnitude(a) != "":
		what := map[string]string{frameBid: "the bid", framePrice: "the stock's price", frameJudgment: "the award"}[fa.frame]
		if cm, ok := strings.CutPrefix(fa.frame, frameCommodity+" "); ok {
			what = "the price of " + cm
		}
		if pair, ok := strings.CutPrefix(fa.frame, frameRate+" "); ok {
			what = "the rate of exchange of " + strings.Replace(pair, " ", " and ", 1)
			if a.Value.Num != b.Value.Num {
				return what + ", a rate that moved from one report to the next"
			}
		}
		if a.Value.Num != b.Value.Num {
			return what + ", a sum that moved from one report to the next"
		}
		return "both state " + what + beside(shared)
	case fa.ind.name != "" && fa.ind.name == fb.ind.name && !indicatorsClash(fa.ind, fb.ind):
		return "both state " + describeIndicator(fa.ind, fb.ind)
	}
	if len(shared) > 0 {
		return "their sentences share “" + strings.Join(shared, "”, “") + "”"
	}
	return "joined through other claims of this group"
}

// oppositeBounds reports whether one of a and b bounds its figure from
// below and the other from above: "more than a month", "less than a
// month".
func oppositeBounds(a, b *factcheck.Claim) bool {
	return a.Qualifier == factcheck.LowerBound && b.Qualifier == factcheck.UpperBound ||
		a.Qualifier == factcheck.UpperBound && b.Qualifier == factcheck.LowerBound
}

// describeIndicator names the indicator two figures state, with the place
// and the period either gives: "UK growth in 2004", "the interest
// rate".
func describeIndicator(a, b indicator) string {
	place, year, quarter := cmp.Or(a.place, b.place), cmp.Or(a.year, b.year), cmp.Or(a.period, b.period)
	out := a.name
	if own := cmp.Or(a.rate, b.rate); own != "" {
		out = own + " rate" // "the discount rate"
	}
	switch {
	case len(place) > 3:
		out = strings.ToUpper(place[:1]) + place[1:] + " " + out // "Singapore growth"
	case place != "":
		out = strings.ToUpper(place) + " " + out // "UK growth"
	case a.name == indicatorRate:
		out = "the " + out
	}
	switch {
	case quarter != "" && year != "":
		out += " in the " + quarter + " quarter of " + year
	case quarter != "":
		out += " in the " + quarter + " quarter"
	case year != "":
		out += " in " + year
	}
	return out
}

// sharedContext returns up to three words the two claims' contexts share
// (by stem), longest first: what the checker can look for in both
// sentences.
func sharedContext(a, b *factcheck.Claim) []string {
	theirs := contextWords(b)
	var out []string
	for w, s := range wordsNear(a) {
		if theirs[s] {
			out = append(out, w)
		}
	}
	slices.SortFunc(out, func(x, y string) int {
		if len(x) != len(y) {
			return len(y) - len(x)
		}
		return strings.Compare(x, y)
	})
	return out[:min(3, len(out))]
}

// wordsNear maps the content words of claim c's context (contextWords),
// as written in lower case, to their stems.
func wordsNear(c *factcheck.Claim) map[string]string {
	stems := contextWords(c)
	out := map[string]string{}
	for _, w := range append(words(c.Sentence), words(c.Subject)...) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		if s := stem(w); stems[s] {
			out[w] = s
		}
	}
	return out
}

// beside quotes the shared words: ", beside “seamen”, “strike”".
func beside(ws []string) string {
	if len(ws) == 0 {
		return ""
	}
	return ", beside “" + strings.Join(ws, "”, “") + "”"
}

// plural returns a rough plural of an English noun.
func plural(w string) string {
	switch {
	case w == "" || strings.HasSuffix(w, "s") || w == "people" || w == "police" || w == "staff":
		return w
	case strings.HasSuffix(w, "y") && len(w) > 2 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "x"):
		return w + "es"
	}
	return w + "s"
}

// capitalName capitalises a name in lower case: "ebbers" is "Ebbers".
func capitalName(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
