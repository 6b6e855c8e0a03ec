package search

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/factcheck/internal/testcorpus"
)

// corpusClaims are the claims ParseArticle finds in the BBC corpus.
var corpusClaims = sync.OnceValues(func() ([]factcheck.Claim, error) {
	paths, err := filepath.Glob(filepath.Join(testcorpus.Dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		return nil, err
	}
	var claims []factcheck.Claim
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		a, err := extract.ParseArticle(filepath.Base(p), src, "")
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		claims = append(claims, a.Claims...)
	}
	return claims, nil
})

// corpusSearchClaims returns the corpus claims, failing when the corpus
// is absent.
func corpusSearchClaims(tb testing.TB) []factcheck.Claim {
	claims, err := corpusClaims()
	if err != nil {
		tb.Fatal(err)
	}
	if len(claims) == 0 {
		tb.Fatal("no claims: corpus not found at " + testcorpus.Dir)
	}
	return claims
}

// benchEntries makes n entries from the corpus claims, copied under new
// article names as often as needed (1,000,000 claims come from about
// 100,000 articles), with a third of them ruled by five checkers and one
// in ten suggested.
func benchEntries(claims []factcheck.Claim, n int) []factcheck.Record {
	r := rand.New(rand.NewPCG(1, 1))
	checkers := []string{"ana", "ben", "chloe", "dev", "eli"}
	verdicts := []factcheck.Verdict{factcheck.Verified, factcheck.Disputed, factcheck.Superseded}
	entries := make([]factcheck.Record, n)
	for i := range entries {
		c := claims[i%len(claims)]
		if copyNo := i / len(claims); copyNo > 0 {
			c.Doc = fmt.Sprintf("%s-%d.txt", strings.TrimSuffix(c.Doc, ".txt"), copyNo)
		}
		e := factcheck.Record{Claim: c}
		if r.IntN(10) == 0 {
			e.Suggestion = &factcheck.Suggestion{}
		}
		if r.IntN(3) == 0 {
			e.Verdict, e.Checker = verdicts[r.IntN(len(verdicts))], checkers[r.IntN(len(checkers))]
		}
		entries[i] = e
	}
	return entries
}

// A benchQuery is a query as a checker types it, with a filter.
type benchQuery struct {
	text string
	f    Filter
}

// benchQueries draws n realistic queries from the claims: a subject word,
// a value typed as digits, a word with a letter missing, a name from the
// sentence with its vowels left out then the value and the subject's start
// (as "blnkn 2nd vist"), and two words; one in four with a filter.
func benchQueries(claims []factcheck.Claim, n int) []benchQuery {
	r := rand.New(rand.NewPCG(2, 2))
	filters := []Filter{
		{Kinds: []factcheck.Kind{factcheck.Count, factcheck.Money}},
		{Verdicts: []factcheck.Verdict{factcheck.Unruled}},
		{Suggested: true},
	}
	var qs []benchQuery
	for len(qs) < n {
		c := &claims[r.IntN(len(claims))]
		subject := longWords(c.Subject)
		name := capitalised(c.Sentence)
		if len(subject) == 0 || len(name) == 0 {
			continue
		}
		word := strings.ToLower(subject[r.IntN(len(subject))])
		var q string
		switch len(qs) % 5 {
		case 0:
			q = word
		case 1:
			q = c.Value.String()
		case 2:
			i := 1 + r.IntN(len(word)-2)
			q = word[:i] + word[i+1:]
		case 3:
			q = dropVowels(strings.ToLower(name[r.IntN(len(name))])) + " " + c.Value.String() + " " + word[:min(4, len(word))]
		case 4:
			q = strings.ToLower(name[r.IntN(len(name))]) + " " + word
		}
		bq := benchQuery{text: q}
		if len(qs)%4 == 3 {
			bq.f = filters[r.IntN(len(filters))]
		}
		qs = append(qs, bq)
	}
	return qs
}

// longWords returns the words of s of four letters or more.
func longWords(s string) []string {
	return slices.DeleteFunc(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }),
		func(w string) bool { return len(w) < 4 })
}

// capitalised returns the capitalised words of s past its first, of four
// letters or more: names, mostly.
func capitalised(s string) []string {
	var names []string
	for i, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if i > 0 && len(w) >= 4 && unicode.IsUpper(rune(w[0])) {
			names = append(names, w)
		}
	}
	return names
}

func dropVowels(w string) string {
	return w[:1] + strings.Map(func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}, w[1:])
}

// keystrokes returns every prefix of the first n queries, as typed.
func keystrokes(qs []benchQuery, n int) []benchQuery {
	var out []benchQuery
	for _, q := range qs[:n] {
		for i := range q.text {
			out = append(out, benchQuery{text: q.text[:i+1], f: q.f})
		}
	}
	return out
}

var benchSizes = []int{10_000, 100_000, 1_000_000}

// BenchmarkSearch measures queries over 10k, 100k and 1M corpus claims:
// "top1000" asks for the best 1,000 hits, as the app does; "keys" does the
// same for every prefix of a query as it is typed; "all" asks for every
// hit, as "claims list --search" does (up to 100k claims: over 1M, fuzzy
// scoring every match takes seconds). It reports the median and 99th
// percentile of the queries' times; run enough iterations to go through
// the queries (-benchtime=400x).
func BenchmarkSearch(b *testing.B) {
	claims := corpusSearchClaims(b)
	qs := benchQueries(claims, 200)
	keys := keystrokes(qs, 20)
	for _, n := range benchSizes {
		x := indexOf(benchEntries(claims, n))
		b.Run(fmt.Sprintf("top1000/claims=%d", n), func(b *testing.B) { benchSearch(b, x, qs, 1000) })
		b.Run(fmt.Sprintf("keys/claims=%d", n), func(b *testing.B) { benchSearch(b, x, keys, 1000) })
		if n <= 100_000 {
			b.Run(fmt.Sprintf("all/claims=%d", n), func(b *testing.B) { benchSearch(b, x, qs, 0) })
		}
	}
}

func benchSearch(b *testing.B, x *Index, qs []benchQuery, limit int) {
	runtime.GC() // not the garbage of building the index
	var times []time.Duration
	hits := 0
	for b.Loop() {
		q := qs[len(times)%len(qs)]
		start := time.Now()
		h, err := x.Search(context.Background(), q.text, q.f, limit)
		times = append(times, time.Since(start))
		if err != nil {
			b.Fatal(err)
		}
		hits += len(h)
	}
	slices.Sort(times)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(times[len(times)/2]), "ms-median")
	b.ReportMetric(ms(times[len(times)*99/100]), "ms-p99")
	b.ReportMetric(float64(hits)/float64(len(times)), "hits/query")
}

// BenchmarkSearchNewIndex measures building the index, and the memory it
// holds.
func BenchmarkSearchNewIndex(b *testing.B) {
	claims := corpusSearchClaims(b)
	for _, n := range benchSizes {
		entries := benchEntries(claims, n)
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			x := indexOf(entries)
			runtime.GC()
			runtime.ReadMemStats(&after)
			runtime.KeepAlive(x)
			for b.Loop() {
				indexOf(entries)
			}
			b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/1e6, "MB-index")
		})
	}
}
