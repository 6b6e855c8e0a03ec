package group

import (
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
)

// Conversions. An amount converted in brackets is one fact in several
// units: "260.75bn roubles (£4.8bn; $9.4bn)" states one price three
// times, and "$9.4bn (261bn roubles, £4.8bn)" in another article states
// it again. A sum and its conversions are groups of their own, one a
// currency; once two amounts of a currency are grouped, their
// conversions into another join too. A measure converted in brackets is
// one fact with it: "26 km (16 miles)".

// linkConversions joins the conversions of one amount: the amounts of
// each other currency in the brackets of two amounts of one group.
func (g *grouper) linkConversions() {
	first := map[string]int{}
	for _, set := range g.conversionSets() {
		for _, x := range set {
			for _, y := range set {
				if g.claims[x].Unit == g.claims[y].Unit {
					continue
				}
				key := strconv.Itoa(g.find(x)) + "|" + g.claims[y].Unit
				if j, ok := first[key]; ok {
					g.union(j, y)
				} else {
					first[key] = y
				}
			}
		}
	}
}

// conversionSets returns the sums of money stated with their conversions,
// each the amount and those in the brackets after it, separated by
// semicolons or commas; measures converted in brackets are joined on the
// way. It marks the conversions in g.converted, and the amount each
// converts in g.convertedFrom.
func (g *grouper) conversionSets() [][]int {
	var sets [][]int
	open := false // the claim before is an amount converted, in brackets still open
	for i := 1; i < len(g.claims); i++ {
		c, p := &g.claims[i], &g.claims[i-1]
		between := ""
		if c.Kind == p.Kind && c.Doc == p.Doc && c.Unit != p.Unit && c.SentenceStart == p.SentenceStart && c.Start >= p.End && c.Start-p.End <= 3 {
			from, to := p.End-c.SentenceStart, c.Start-c.SentenceStart
			if from >= 0 && to <= len(c.Sentence) {
				between = strings.TrimSpace(c.Sentence[from:to])
			}
		}
		switch {
		case between == "(" && c.Kind == factcheck.Measure && dimension[c.Unit] != "" && dimension[c.Unit] == dimension[p.Unit]:
			g.union(i-1, i) // one measure, converted
			open = false
		case between == "(" && c.Kind == factcheck.Money:
			sets = append(sets, []int{i - 1, i})
			g.converted[i], g.convertedFrom[i], open = true, i-1, true
		case open && (between == ";" || between == ",") && c.Kind == factcheck.Money:
			sets[len(sets)-1] = append(sets[len(sets)-1], i)
			g.converted[i], g.convertedFrom[i] = true, sets[len(sets)-1][0]
		default:
			open = false
		}
	}
	return sets
}

// dimension maps the units of measure news converts between to what they
// measure: a measure in brackets after another of its dimension is the
// same measure converted.
var dimension = map[string]string{
	"km": "length", "m": "length", "cm": "length", "mm": "length", "mile": "length", "yard": "length", "yd": "length",
	"foot": "length", "inch": "length", "nautical mile": "length", "metre": "length", "kilometre": "length",
	"kg": "mass", "g": "mass", "gramme": "mass", "mg": "mass", "milligram": "mass", "tonne": "mass", "ton": "mass", "lb": "mass", "pound": "mass",
	"ounce": "mass", "stone": "mass",
	"sq km": "area", "sq mile": "area", "sq m": "area", "sq ft": "area", "hectare": "area", "acre": "area",
	"litre": "volume", "liter": "volume", "gallon": "volume", "barrel": "volume", "cubic metre": "volume", "pint": "volume",
	"°C": "temperature", "°F": "temperature",
	"km/h": "speed", "mph": "speed", "m/s": "speed", "knot": "speed",
}
