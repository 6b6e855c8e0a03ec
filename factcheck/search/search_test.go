package search

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/extract"
	"github.com/sahilm/fuzzy"
)

// seedSearchEntries are claims as the extractor reads them from the seed
// articles, with states to filter on.
func seedSearchEntries() []factcheck.Record {
	const (
		d0 = "000_4ee9da4ced806d5c.txt"
		d1 = "001_a4cbd5e51f4ff980.txt"
		d3 = "003_d6128c9dd60b449d.txt"
		d4 = "004_3aa517d278104099.txt"
	)
	visit := "This is Blinken’s second visit to the region in less than a month."
	return []factcheck.Record{
		{Claim: factcheck.Claim{Doc: d0, Text: "November 3", Value: factcheck.Value{Date: "--11-03"}, Kind: factcheck.Date, Subject: "Middle East",
			Sentence: "theo reuters, US Secretary of State Antony Blinken plans to return to the Middle East on November 3 with a mission to evacuate more foreigners from the Gaza Strip and increase aid for the people there."}},
		{Claim: factcheck.Claim{Doc: d0, Text: "second visit", Value: factcheck.Value{Num: 2}, Kind: factcheck.Ordinal, Subject: "visit", Sentence: visit},
			State: factcheck.State{Verdict: factcheck.Verified, Checker: "ana"}},
		{Claim: factcheck.Claim{Doc: d0, Text: "less than a month", Value: factcheck.Value{Num: 1}, Unit: "month", Kind: factcheck.Duration, Subject: "region", Sentence: visit},
			Suggestion: &factcheck.Suggestion{}},
		{Claim: factcheck.Claim{Doc: d0, Text: "more than 200 hostages", Value: factcheck.Value{Num: 200}, Kind: factcheck.Count, Subject: "hostages",
			Sentence: "According to Mr. Miller, the US Secretary of State will pursue negotiations led by Egypt and Qatar on the release of more than 200 hostages held by Hamas."},
			State: factcheck.State{Verdict: factcheck.Disputed, Checker: "ben"}},
		{Claim: factcheck.Claim{Doc: d1, Text: "more than two million residents", Value: factcheck.Value{Num: 2000000}, Kind: factcheck.Count, Subject: "residents",
			Sentence: "Israel has ordered more than two million residents of Gaza to move south."}, Suggestion: &factcheck.Suggestion{}},
		{Claim: factcheck.Claim{Doc: d1, Text: "more than a million displaced people", Value: factcheck.Value{Num: 1000000}, Kind: factcheck.Count, Subject: "displaced people",
			Sentence: "The UN says more than a million displaced people are sheltering in the south."},
			State: factcheck.State{Verdict: factcheck.Superseded, Checker: "ana"}},
		{Claim: factcheck.Claim{Doc: d3, Text: "two diplomats", Value: factcheck.Value{Num: 2}, Kind: factcheck.Count, Subject: "diplomats",
			Sentence: "Two diplomats said the talks were tense."}, State: factcheck.State{Verdict: factcheck.Cleared, Checker: "ben"}},
		{Claim: factcheck.Claim{Doc: d4, Text: "sixth visit", Value: factcheck.Value{Num: 6}, Kind: factcheck.Ordinal, Subject: "visit",
			Sentence: "It is Blinken's sixth visit to the region since the war began."}},
		{Claim: factcheck.Claim{Doc: d4, Text: "$1.2 billion", Value: factcheck.Value{Num: 1.2e9}, Unit: "USD", Kind: factcheck.Money, Subject: "aid",
			Sentence: "Washington pledged $1.2 billion in aid."}, State: factcheck.State{Verdict: factcheck.Verified, Checker: "ben"}},
	}
}

// fuzzyHits is what the plain sahilm/fuzzy search gives, its matches that
// hold each word compact (compact): FindFrom over the key lines of the
// entries that want keeps, in order, then over the full lines of those
// that did not match.
func fuzzyHits(x *Index, entries []factcheck.Record, query string, want func(*factcheck.Record) bool) []Hit {
	matched := map[int]bool{}
	tier := func(x *Index, inClaim bool) []Hit {
		var idx []int
		var lines []string
		for i := range entries {
			if want(&entries[i]) && !matched[i] {
				idx = append(idx, i)
				lines = append(lines, x.line(int(x.pos[i])))
			}
		}
		var hits []Hit
		for _, m := range fuzzy.Find(query, lines) {
			if compact(query, lines[m.Index]) {
				hits = append(hits, Hit{Entry: idx[m.Index], Score: m.Score, Matched: m.MatchedIndexes, InClaim: inClaim})
			}
		}
		return hits
	}
	key := tier(x.key, true)
	for _, h := range key {
		matched[h.Entry] = true
	}
	return append(key, tier(x, false)...)
}

// filterWants is Filter's meaning, written plainly.
func filterWants(f Filter) func(*factcheck.Record) bool {
	return func(e *factcheck.Record) bool {
		v := e.Verdict
		if v == factcheck.Cleared {
			v = factcheck.Unruled
		}
		return (len(f.Kinds) == 0 || slices.Contains(f.Kinds, e.Claim.Kind)) &&
			(len(f.Verdicts) == 0 || slices.Contains(f.Verdicts, v)) &&
			(f.Doc == "" || e.Claim.Doc == f.Doc) &&
			(f.Docs == nil || slices.Contains(f.Docs, e.Claim.Doc)) &&
			(!f.Suggested || e.Suggestion != nil) &&
			(f.RuledBy == "" || v != factcheck.Unruled && e.Checker == f.RuledBy)
	}
}

func TestSearchLine(t *testing.T) {
	entries := append(seedSearchEntries(),
		factcheck.Record{Claim: factcheck.Claim{Doc: "b.txt", Text: "two", Value: factcheck.Value{Num: 2}, Sentence: "two or two", Start: 107, SentenceStart: 100}},
		factcheck.Record{Claim: factcheck.Claim{Doc: "c.txt", Text: "", Value: factcheck.Value{Num: 3}, Unit: "km", EndValue: &factcheck.Value{Num: 4}, Sentence: "é", Start: 1}},
		factcheck.Record{Claim: factcheck.Claim{Doc: "d.txt", Text: "Middle", Subject: "Middle\x00East", Value: factcheck.Value{Num: 2}, Sentence: "The Middle\x00East."}},
	)
	x := indexOf(entries)
	tests := []struct {
		entry int
		want  string
	}{
		{1, "second visit | visit | This is Blinken’s 2 second visit to the region in less than a month. | 000_4ee9da4ced806d5c.txt"},
		{2, "less than a month | region | This is Blinken’s second visit to the region in 1 month less than a month. | 000_4ee9da4ced806d5c.txt"},
		{8, "$1.2 billion | aid | Washington pledged 1200000000 USD $1.2 billion in aid. | 004_3aa517d278104099.txt"},
		{9, "two |  | two or 2 two | b.txt"},                      // the text where the offsets say
		{10, " |  | 3 4 km é | c.txt"},                            // not inside a rune
		{11, "Middle | Middle East | The 2 Middle East. | d.txt"}, // NUL read as space
	}
	for _, tt := range tests {
		if got := x.line(int(x.pos[tt.entry])); got != tt.want {
			t.Errorf("line of entry %d = %q, want %q", tt.entry, got, tt.want)
		}
	}
	keys := []struct {
		entry int
		want  string
	}{
		{1, "second visit | visit | 2"},
		{8, "$1.2 billion | aid | 1200000000 USD"},
		{10, " |  | 3 4 km"},
		{11, "Middle | Middle East | 2"},
	}
	for _, tt := range keys {
		if got := x.key.line(int(x.key.pos[tt.entry])); got != tt.want {
			t.Errorf("key line of entry %d = %q, want %q", tt.entry, got, tt.want)
		}
	}
}

func TestSearchFinds(t *testing.T) {
	entries := seedSearchEntries()
	x := indexOf(entries)
	tests := []struct {
		query string
		want  string // the top hit's claim text
	}{
		{"blnkn 2nd vist", "second visit"},
		{"2000000", "more than two million residents"},
		{"2000000 resid", "more than two million residents"},
		{"1000000", "more than a million displaced people"},
		{"2 diplomats", "two diplomats"},
		{"blinken 6 visit", "sixth visit"},
		{"1200000000", "$1.2 billion"},
		{"usd", "$1.2 billion"},
		{"hostges", "more than 200 hostages"},
		{"--11-03", "November 3"},
	}
	for _, tt := range tests {
		hits, err := x.Search(context.Background(), tt.query, Filter{}, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 {
			t.Errorf("Search(%q) found nothing, want %q", tt.query, tt.want)
			continue
		}
		if got := entries[hits[0].Entry].Claim.Text; got != tt.want {
			t.Errorf("Search(%q) ranks %q first, want %q", tt.query, got, tt.want)
		}
	}
}

// TestSearchSeedArticles searches the claims the extractor finds in the
// seed articles.
func TestSearchSeedArticles(t *testing.T) {
	paths, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	var entries []factcheck.Record
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := extract.ParseArticle(filepath.Base(p), src, "")
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range a.Claims {
			entries = append(entries, factcheck.Record{Claim: c})
		}
	}
	x := indexOf(entries)
	tests := []struct {
		query, doc, text string // the top hit's article, and a word of its text
	}{
		{"blnkn 2nd vist", "000_4ee9da4ced806d5c.txt", "second"},
		{"2000000", "001_a4cbd5e51f4ff980.txt", "two million"},
		{"435", "000_4ee9da4ced806d5c.txt", "435"}, // not a claim whose article's name has 4, 3 and 5
		{"10,022", "003_d6128c9dd60b449d.txt", "10,022"},
		{"passport holders", "000_4ee9da4ced806d5c.txt", "passport holders"},
	}
	for _, tt := range tests {
		hits, err := x.Search(context.Background(), tt.query, Filter{}, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 {
			t.Errorf("Search(%q) found nothing", tt.query)
			continue
		}
		if c := entries[hits[0].Entry].Claim; c.Doc != tt.doc || !strings.Contains(c.Text, tt.text) {
			t.Errorf("Search(%q) ranks %s %q first, want %s %q", tt.query, c.Doc, c.Text, tt.doc, tt.text)
		}
	}
}

func TestSearchFilter(t *testing.T) {
	entries := seedSearchEntries()
	x := indexOf(entries)
	tests := []struct {
		name  string
		query string
		f     Filter
		want  []int
	}{
		{"all", "", Filter{}, []int{0, 1, 2, 3, 4, 5, 6, 7, 8}},
		{"kind", "", Filter{Kinds: []factcheck.Kind{factcheck.Ordinal, factcheck.Money}}, []int{1, 7, 8}},
		{"unknown kind", "", Filter{Kinds: []factcheck.Kind{"bogus"}}, nil},
		{"verdict", "", Filter{Verdicts: []factcheck.Verdict{factcheck.Verified}}, []int{1, 8}},
		{"unruled", "", Filter{Verdicts: []factcheck.Verdict{factcheck.Unruled}}, []int{0, 2, 4, 6, 7}},
		{"unknown verdict", "", Filter{Verdicts: []factcheck.Verdict{"bogus"}}, nil},
		{"doc", "", Filter{Doc: "001_a4cbd5e51f4ff980.txt"}, []int{4, 5}},
		{"unknown doc", "", Filter{Doc: "nope.txt"}, nil},
		{"docs", "", Filter{Docs: []string{"001_a4cbd5e51f4ff980.txt", "004_3aa517d278104099.txt", "nope.txt"}}, []int{4, 5, 7, 8}},
		{"no docs", "", Filter{Docs: []string{}}, nil},
		{"docs and doc", "", Filter{Docs: []string{"001_a4cbd5e51f4ff980.txt"}, Doc: "004_3aa517d278104099.txt"}, nil},
		{"docs and query", "visit", Filter{Docs: []string{"004_3aa517d278104099.txt"}}, []int{7}},
		{"suggested", "", Filter{Suggested: true}, []int{2, 4}},
		{"ruled by", "", Filter{RuledBy: "ben"}, []int{3, 8}},
		{"ruled by nobody known", "", Filter{RuledBy: "zoe"}, nil},
		{"query and filter", "visit", Filter{Kinds: []factcheck.Kind{factcheck.Ordinal}, RuledBy: "ana"}, []int{1}},
		{"together", "", Filter{Kinds: []factcheck.Kind{factcheck.Count}, Verdicts: []factcheck.Verdict{factcheck.Unruled, factcheck.Superseded}, Doc: "001_a4cbd5e51f4ff980.txt"}, []int{4, 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := x.Search(context.Background(), tt.query, tt.f, 0)
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, h := range hits {
				got = append(got, h.Entry)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got entries %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSearchEmptyQueryLimit(t *testing.T) {
	x := indexOf(seedSearchEntries())
	hits, err := x.Search(context.Background(), "", Filter{Verdicts: []factcheck.Verdict{factcheck.Unruled}}, 3)
	if err != nil {
		t.Fatal(err)
	}
	want := []Hit{{Entry: 0}, {Entry: 2}, {Entry: 4}}
	if !slices.EqualFunc(hits, want, equalHit) {
		t.Errorf("got %v, want %v", hits, want)
	}
}

func TestSearchSetVerdict(t *testing.T) {
	entries := seedSearchEntries()
	x := indexOf(entries)
	x.SetVerdict(0, factcheck.Disputed, "zoe")
	x.SetVerdict(1, factcheck.Cleared, "ana")
	tests := []struct {
		f    Filter
		want []int
	}{
		{Filter{RuledBy: "zoe"}, []int{0}},
		{Filter{RuledBy: "ana"}, []int{5}},
		{Filter{Verdicts: []factcheck.Verdict{factcheck.Disputed}}, []int{0, 3}},
		{Filter{Verdicts: []factcheck.Verdict{factcheck.Unruled}}, []int{1, 2, 4, 6, 7}},
	}
	for _, tt := range tests {
		hits, err := x.Search(context.Background(), "", tt.f, 0)
		if err != nil {
			t.Fatal(err)
		}
		var got []int
		for _, h := range hits {
			got = append(got, h.Entry)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%+v: got entries %v, want %v", tt.f, got, tt.want)
		}
	}
}

func TestSearchCancelled(t *testing.T) {
	x := indexOf(randomSearchEntries(rand.New(rand.NewPCG(1, 2)), 3*blockSize))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, q := range []string{"", "a"} {
		if hits, err := x.Search(ctx, q, Filter{}, 0); !errors.Is(err, context.Canceled) || hits != nil {
			t.Errorf("Search(%q) after cancel = %d hits, %v; want none, context.Canceled", q, len(hits), err)
		}
	}
}

func TestHitMarks(t *testing.T) {
	c := factcheck.Claim{Doc: "a.txt", Sentence: "xy Qq z", Value: factcheck.Value{Num: 7}, Text: "Qq", Subject: "Ww"}
	x := indexOf([]factcheck.Record{{Claim: c}}) // Qq | Ww | xy 7 Qq z | a.txt
	tests := []struct {
		query string
		want  Marks
	}{
		{"ww 7 z a", Marks{Subject: []int{0, 1}, Sentence: []int{6}, Doc: []int{0}}},
		{"qqx", Marks{Text: []int{0, 1}, Sentence: []int{0}}},
		{"xyqqzt", Marks{Sentence: []int{0, 1, 3, 4, 6}, Doc: []int{2}}},
		{"|", Marks{}},
	}
	for _, tt := range tests {
		hits, err := x.Search(context.Background(), tt.query, Filter{}, 0)
		if err != nil || len(hits) != 1 {
			t.Fatalf("Search(%q) = %v, %v; want one hit", tt.query, hits, err)
		}
		if got := hits[0].Marks(&c); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Search(%q) marks %+v (matched %v), want %+v", tt.query, got, hits[0].Matched, tt.want)
		}
	}
}

// searchAlphabet mixes what changes fuzzy's scores and matching: both cases,
// separators, camel case, digits, runes that fold to ASCII (ſ, K), other
// folding runes, an invalid byte and a NUL.
var searchAlphabet = []string{"a", "b", "e", "k", "s", "A", "B", "E", "K", "S", "1", "2", "0", " ", "-", "_", ".", "/", "|",
	"ſ", "K", "é", "É", "ß", "ẞ", "’", "\xff", "\x00", "ab", "Ab", "aB", "bE", "ke", "sa", "  "}

// randomSearchText joins n pieces of the searchAlphabet.
func randomSearchText(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(searchAlphabet[r.IntN(len(searchAlphabet))])
	}
	return b.String()
}

// indexOf indexes records with their current verdicts, as a caller of
// NewIndex does.
func indexOf(records []factcheck.Record) *Index {
	x := NewIndex(records)
	for i := range records {
		x.SetVerdict(i, records[i].Verdict, records[i].Checker)
	}
	return x
}

// randomSearchEntries makes n entries of random text and state, of lengths
// varied enough that searches stop early.
func randomSearchEntries(r *rand.Rand, n int) []factcheck.Record {
	docs := []string{"a.txt", "Bes_k.txt", "ſ.txt"}
	checkers := []string{"", "ana", "ben"}
	verdicts := []factcheck.Verdict{factcheck.Unruled, factcheck.Verified, factcheck.Disputed, factcheck.Superseded, factcheck.Cleared}
	out := make([]factcheck.Record, n)
	for i := range out {
		out[i] = factcheck.Record{
			Claim: factcheck.Claim{
				Doc:      docs[r.IntN(len(docs))],
				Text:     randomSearchText(r, 1+r.IntN(4)),
				Subject:  randomSearchText(r, r.IntN(4)),
				Sentence: randomSearchText(r, r.IntN(40)),
				Value:    factcheck.Value{Num: float64(r.IntN(3000))},
				Kind:     factcheck.Kinds[r.IntN(len(factcheck.Kinds))],
			},
			State: factcheck.State{Verdict: verdicts[r.IntN(len(verdicts))], Checker: checkers[r.IntN(len(checkers))]},
		}
		if r.IntN(4) == 0 {
			out[i].Suggestion = &factcheck.Suggestion{}
		}
	}
	return out
}

// randomSearchQuery draws a query: random pieces, a subsequence or a substring
// of a line (so that it matches), or a long substring, which scores are
// not bounded for.
func randomSearchQuery(r *rand.Rand, line string) string {
	runes := []rune(line)
	switch r.IntN(5) {
	case 0:
		return randomSearchText(r, 1+r.IntN(4))
	case 1, 2:
		n := min(len(runes), 1+r.IntN(8))
		var q []rune
		for _, i := range r.Perm(len(runes))[:n] {
			q = append(q, rune(i))
		}
		slices.Sort(q)
		for k, i := range q {
			q[k] = runes[i]
		}
		return string(q)
	case 3:
		i := r.IntN(len(runes))
		return string(runes[i:min(len(runes), i+1+r.IntN(12))])
	}
	i := r.IntN(max(1, len(runes)-maxBoundRunes-8))
	return string(runes[i:min(len(runes), i+maxBoundRunes+1+r.IntN(8))])
}

// TestSearchMatchesFuzzy compares the fast path with a plain fuzzy.FindFrom
// over the same lines, on random lines and queries and on corpus claims
// and realistic queries: same entries, scores, matched runes and order.
func TestSearchMatchesFuzzy(t *testing.T) {
	filters := []Filter{
		{},
		{Kinds: []factcheck.Kind{factcheck.Count, factcheck.Date, factcheck.Ordinal}, Verdicts: []factcheck.Verdict{factcheck.Unruled, factcheck.Disputed}},
		{Doc: "Bes_k.txt", Suggested: true},
		{RuledBy: "ana"},
		{Docs: []string{"Bes_k.txt", "000_4ee9da4ced806d5c.txt"}},
	}
	t.Run("random", func(t *testing.T) {
		r := rand.New(rand.NewPCG(5, 7))
		entries := append(seedSearchEntries(), randomSearchEntries(r, 3*blockSize)...)
		x := indexOf(entries)
		queries := []string{"blnkn 2nd vist", "e", "a b", "ſ", "S", "K", "k", "\x00", "\xff", "’", "ss", "ab ab", "1 0", "é"}
		for range 100 {
			queries = append(queries, randomSearchQuery(r, x.line(r.IntN(x.Len()))))
		}
		checkSearch(t, x, entries, queries, filters, []int{0, 1, 7, 100, 2000})
	})
	t.Run("corpus", func(t *testing.T) {
		claims := corpusSearchClaims(t)
		entries := benchEntries(claims, 3*blockSize)
		x := indexOf(entries)
		var queries []string
		for _, q := range keystrokes(benchQueries(claims, 40), 3) {
			queries = append(queries, q.text)
		}
		for _, q := range benchQueries(claims, 40) {
			queries = append(queries, q.text)
		}
		checkSearch(t, x, entries, queries, filters[:2], []int{0, 10, 1000})
	})
}

// checkSearch compares x.Search with fuzzyHits for every query, filter
// and limit.
func checkSearch(t *testing.T, x *Index, entries []factcheck.Record, queries []string, filters []Filter, limits []int) {
	t.Helper()
	for _, q := range queries {
		for fi, f := range filters {
			want := fuzzyHits(x, entries, q, filterWants(f))
			for _, limit := range limits {
				got, err := x.Search(context.Background(), q, f, limit)
				if err != nil {
					t.Fatal(err)
				}
				w := want
				if limit > 0 && len(w) > limit {
					w = w[:limit]
				}
				if i := firstHitDifference(got, w); i >= 0 {
					t.Fatalf("Search(%q, filter %d, limit %d): %d hits, want %d; first difference at %d: %s",
						q, fi, limit, len(got), len(w), i, describeHitDiff(got, w, i))
				}
			}
		}
	}
}

// FuzzSearch checks, for any text and query, that Search neither panics
// nor differs from fuzzy.FindFrom.
func FuzzSearch(f *testing.F) {
	f.Add("This is Blinken’s second visit", "second visit", "blnkn 2nd vist")
	f.Add("ſtate KELVIN K", "aB_c-d", "sk")
	f.Add("\xff\x00é", "É", "\xffé")
	f.Fuzz(func(t *testing.T, sentence, text, query string) {
		var entries []factcheck.Record
		for i := range 20 {
			// Cut the sentence differently for each entry, so that
			// lines differ in length and in what they hold.
			k := i * len(sentence) / 20
			entries = append(entries, factcheck.Record{Claim: factcheck.Claim{
				Doc: "d.txt", Text: text[:min(i, len(text))], Sentence: sentence[k:] + sentence[:k], Value: factcheck.Value{Num: float64(i)},
			}})
		}
		x := indexOf(entries)
		for _, limit := range []int{0, 3} {
			got, err := x.Search(context.Background(), query, Filter{}, limit)
			if err != nil {
				t.Fatal(err)
			}
			want := fuzzyHits(x, entries, query, filterWants(Filter{}))
			if limit > 0 && len(want) > limit {
				want = want[:limit]
			}
			if query == "" {
				want = got // an empty query lists the entries; fuzzy finds nothing
			}
			if i := firstHitDifference(got, want); i >= 0 {
				t.Fatalf("Search(%q, limit %d): first difference at %d: %s", query, limit, i, describeHitDiff(got, want, i))
			}
		}
	})
}

// TestSearchWhileRuling runs searches while rulings change; run it with
// -race.
func TestSearchWhileRuling(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	entries := randomSearchEntries(r, 2*blockSize)
	x := indexOf(entries)
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := range entries {
			x.SetVerdict(i, factcheck.Verified, fmt.Sprint("checker", i%7))
		}
	})
	for range 20 {
		if _, err := x.Search(context.Background(), "ab", Filter{RuledBy: "checker3"}, 10); err != nil {
			t.Fatal(err)
		}
	}
	wg.Wait()
	hits, err := x.Search(context.Background(), "", Filter{RuledBy: "checker3"}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := (len(entries) + 3) / 7; len(hits) != want {
		t.Errorf("after ruling, %d entries ruled by checker3, want %d", len(hits), want)
	}
}

func equalHit(a, b Hit) bool {
	return a.Entry == b.Entry && a.Score == b.Score && slices.Equal(a.Matched, b.Matched) && a.InClaim == b.InClaim
}

// firstHitDifference returns the first index where got and want differ, or -1.
func firstHitDifference(got, want []Hit) int {
	for i := range min(len(got), len(want)) {
		if !equalHit(got[i], want[i]) {
			return i
		}
	}
	if len(got) != len(want) {
		return min(len(got), len(want))
	}
	return -1
}

func describeHitDiff(got, want []Hit, i int) string {
	s := func(h []Hit) string {
		if i < len(h) {
			return fmt.Sprintf("%+v", h[i])
		}
		return "none"
	}
	return "got " + s(got) + ", want " + s(want)
}
