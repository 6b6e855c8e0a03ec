package group

import (
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Claims of related articles (the same article, or two that share two of
// their most frequent names) that state the same value, of the same kind
// and unit, are about the same thing when the words around them agree:
// "$11bn" beside "fraud" in six articles on one trial, "Ebbers, 63," in
// four. Dates agree when one is the other made more precise ("2002" and
// "July 2002"). Relations are between two articles, not stories: a chain
// of articles each sharing two names with the next runs through a whole
// news archive.

// maxSameValue is how many claims of a batch may state a value for the
// value to tell them apart: across a news archive, "first" and "2004" are
// said of everything.
const maxSameValue = 50

// contextWindow is how many words either side of a claim make its context.
const contextWindow = 8

// minSharedContext is how much context two claims of the same value must
// share: the sum, over the words they share, of ln(N/n), N being the
// sentences of the claims grouped and n those with the word.
const minSharedContext = 1.5

// linkConversions joins the conversions of one amount: "(£5.7bn)" after
// "$11bn" in one article and "(£6bn)" after it in another are the same
// fact in pounds, once the dollar amounts are grouped.
func (g *grouper) linkConversions() {
	first := map[string]int{}
	for i := 1; i < len(g.claims); i++ {
		c, p := &g.claims[i], &g.claims[i-1]
		if c.Kind != factcheck.Money || p.Kind != factcheck.Money || c.Doc != p.Doc || c.Unit == p.Unit ||
			c.SentenceStart != p.SentenceStart || c.Start-p.End > 3 || c.Start < p.End {
			continue
		}
		from, to := p.End-c.SentenceStart, c.Start-c.SentenceStart
		if from < 0 || to > len(c.Sentence) || strings.TrimSpace(c.Sentence[from:to]) != "(" {
			continue
		}
		key := strconv.Itoa(g.find(i-1)) + "|" + c.Unit
		if j, ok := first[key]; ok {
			g.union(j, i)
		} else {
			first[key] = i
		}
	}
}

// linkAges joins the ages of one person stated in related articles
// ("Ebbers, 63," in one article, "Ebbers, 64," in a later one).
func (g *grouper) linkAges() {
	byName := map[string][]int{}
	for i := range g.claims {
		if name := ageOf(&g.claims[i]); name != "" {
			byName[name] = append(byName[name], i)
		}
	}
	for _, ms := range byName {
		if len(ms) > maxContextBucket {
			continue
		}
		for a := range ms {
			for b := a + 1; b < len(ms); b++ {
				if g.related(g.claims[ms[a]].Doc, g.claims[ms[b]].Doc) {
					g.union(ms[a], ms[b])
				}
			}
		}
	}
}

// related reports whether two articles, by name, are the same or Related.
func (g *grouper) related(a, b string) bool {
	return a == b || Related(g.names[a], g.names[b])
}

// Related reports whether two articles whose Names are na and nb share two
// of them (one, when either has three or fewer): claims of related
// articles that state the same value in the same context are grouped, and
// so are the articles of one story, which share three.
func Related(na, nb []string) bool {
	n := 0
	for _, x := range na {
		if _, ok := slices.BinarySearch(nb, x); ok {
			n++
		}
	}
	if min(len(na), len(nb)) <= 3 {
		return n > 0 // few names: claims name them rarely, one tells
	}
	return n >= 2
}

// ageOf returns the name of the person whose age c is, in lower case, when
// c is written as news writes ages: "Ebbers, 63," or "Ebbers (63)"; else "".
func ageOf(c *factcheck.Claim) string {
	if c.Kind != factcheck.Duration || c.Unit != "year" || len(c.Text) > 3 || strings.Trim(c.Text, "0123456789") != "" {
		return ""
	}
	rel := c.Start - c.SentenceStart
	if rel < 3 || rel > len(c.Sentence) {
		return ""
	}
	before := c.Sentence[:rel]
	switch {
	case strings.HasSuffix(before, ", "):
		before = before[:len(before)-2]
	case strings.HasSuffix(before, " ("):
		before = before[:len(before)-2]
	default:
		return ""
	}
	name := before[strings.LastIndexByte(before, ' ')+1:]
	if len(name) < 2 || name[0] < 'A' || name[0] > 'Z' {
		return ""
	}
	return strings.ToLower(name)
}

// linkSameValues joins the claims of related articles that state the same
// value and share their context: words that are rare among the sentences
// weigh more than the names every article repeats.
func (g *grouper) linkSameValues() {
	// A claim is compared with those of its article and of the articles
	// with one of its names; related then asks for two.
	buckets := map[string][]int{}
	stated := map[string]int{} // claims by value
	for i := range g.claims {
		c := &g.claims[i]
		stated[string(c.Kind)+"|"+c.Unit+"|"+valueBucket(c)]++
	}
	for i := range g.claims {
		c := &g.claims[i]
		v := string(c.Kind) + "|" + c.Unit + "|" + valueBucket(c)
		if stated[v] > maxSameValue {
			continue // "first", "2004": said of too many things to tell one
		}
		v += "|"
		buckets[v+c.Doc+"\x00"] = append(buckets[v+c.Doc+"\x00"], i)
		for _, name := range g.names[c.Doc] {
			buckets[v+name] = append(buckets[v+name], i)
		}
	}
	// Words weigh by how rare they are among the sentences of the claims.
	df, sentences := sentenceFrequencies(g.claims)
	n := float64(sentences)
	ctx := map[int]map[string]bool{}
	context := func(i int) map[string]bool {
		if m, ok := ctx[i]; ok {
			return m
		}
		ctx[i] = contextWords(&g.claims[i])
		return ctx[i]
	}
	weight := func(a, b map[string]bool) float64 {
		sum := 0.0
		for w := range a {
			if b[w] {
				sum += math.Log(n / float64(max(1, df[w])))
			}
		}
		return sum
	}
	// A specific figure ("£35bn", "800,000") repeated by related articles
	// needs less context to be the same fact than "two" or "2004", and a
	// sum of money none.
	need := func(c *factcheck.Claim) float64 {
		switch {
		case c.Kind == factcheck.Money:
			return 0 // "$250" in two reports on one launch: one price
		case specific(c):
			return minSharedContext / 3
		}
		return minSharedContext
	}
	for _, ms := range buckets {
		if len(ms) < 2 || len(ms) > maxContextBucket {
			continue
		}
		for a := range ms {
			for b := a + 1; b < len(ms); b++ {
				i, j := ms[a], ms[b]
				ci, cj := &g.claims[i], &g.claims[j]
				ki, kj := g.feats[i].key, g.feats[j].key
				switch {
				case g.find(i) == g.find(j):
				case ki != "" && kj != "" && ki != kj:
					// their concepts tell them apart: the war began on the day of another event
				case sameStatedValue(ci, cj) && g.related(ci.Doc, cj.Doc) && weight(context(i), context(j)) >= need(ci):
					g.union(i, j)
				}
			}
		}
	}
}

// specific reports whether c states a figure precise enough to name a fact
// on its own: a sum of money, or a number of 100 or more that is no year.
func specific(c *factcheck.Claim) bool {
	switch c.Kind {
	case factcheck.Money:
		return true
	case factcheck.Count, factcheck.Measure, factcheck.Percent:
		return c.Value.Num >= 100 && !(c.Kind == factcheck.Count && c.Value.Num < 2100 && c.Value.Num == float64(int(c.Value.Num)) && c.Value.Num >= 1900)
	}
	return false
}

// valueBucket is what claims of the same value share: the value and end
// value, a date's year (or month, without a year).
func valueBucket(c *factcheck.Claim) string {
	if c.Kind == factcheck.Date {
		return c.Value.Date[:min(len(c.Value.Date), 4)] // "2002" of "2002-07"; "--08" of "--08-12"
	}
	return c.Value.String() + "|" + endString(c)
}

// sameStatedValue reports whether a and b, of one bucket, state the same value:
// for dates, one is the other or a more precise one.
func sameStatedValue(a, b *factcheck.Claim) bool {
	if a.Kind != factcheck.Date {
		return true
	}
	if endString(a) != endString(b) {
		return false
	}
	x, y := a.Value.Date, b.Value.Date
	return x == y || a.EndValue == nil && (strings.HasPrefix(x, y+"-") || strings.HasPrefix(y, x+"-"))
}

// contextWords returns the content words of c's sentence within
// contextWindow words of the claim, and of its subject, in lower case and
// singular; numbers, months and stop words left out.
func contextWords(c *factcheck.Claim) map[string]bool {
	rel := c.Start - c.SentenceStart
	s := c.Sentence
	if rel < 0 || rel > len(s) || !strings.HasPrefix(s[rel:], c.Text) {
		rel = max(0, strings.Index(s, c.Text))
	}
	end := min(len(s), rel+len(c.Text))
	before, after := words(s[:rel]), words(s[end:])
	before = before[max(0, len(before)-contextWindow):]
	after = after[:min(len(after), contextWindow)]
	set := map[string]bool{}
	for _, ws := range [][]string{before, after, words(c.Subject)} {
		contentStems(set, ws)
	}
	return set
}

// sentenceFrequencies returns in how many of the claims' sentences each
// stem of a content word is, and how many sentences there are: a sentence
// is counted once for the claims after its first. The claims are read in
// parts on every core.
func sentenceFrequencies(claims []factcheck.Claim) (map[string]int, int) {
	workers := runtime.GOMAXPROCS(0)
	chunk := max(1, (len(claims)+workers-1)/workers)
	parts := (len(claims) + chunk - 1) / chunk
	dfs, counts := make([]map[string]int, parts), make([]int, parts)
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() {
			df := map[string]int{}
			for i := p * chunk; i < min((p+1)*chunk, len(claims)); i++ {
				c := &claims[i]
				if i > 0 && claims[i-1].Doc == c.Doc && claims[i-1].SentenceStart == c.SentenceStart {
					continue
				}
				counts[p]++
				for w := range contentStems(map[string]bool{}, words(c.Sentence)) {
					df[w]++
				}
			}
			dfs[p] = df
		})
	}
	wg.Wait()
	if parts == 0 {
		return map[string]int{}, 0
	}
	df, n := dfs[0], counts[0]
	for p := 1; p < parts; p++ {
		for w, m := range dfs[p] {
			df[w] += m
		}
		n += counts[p]
	}
	return df, n
}

// contentStems adds to set the stems of the content words of ws: numbers,
// months and stop words left out. It returns set.
func contentStems(set map[string]bool, ws []string) map[string]bool {
	for _, w := range ws {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		if len(w) < 3 || w[0] < 'a' || w[0] > 'z' {
			continue
		}
		if id := lexicon.Lookup(w); id != 0 && lexicon.At(id).Cat&(lexicon.Stop|lexicon.Determiner|lexicon.Cardinal|lexicon.Scale|lexicon.Ordinal|lexicon.Month|lexicon.Weekday|lexicon.Vague) != 0 {
			continue
		}
		set[stem(w)] = true
	}
	return set
}

// stem crudely reduces an English word to what its inflections share:
// "collapse", "collapsed" and "collapses" to "collaps".
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s", "e"} {
		if len(w)-len(suf) >= 3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}
