package ingest

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/factcheck/factcheck/factcheck/group"
)

// seedArticles returns the seeds as Import parses them, in the order of
// their names.
func seedArticles(t *testing.T) []NewArticle {
	t.Helper()
	var arts []NewArticle
	for _, p := range seeds(t) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, newArticle(t, filepath.Base(p), string(b)))
	}
	return arts
}

// inputOf returns what regroup gives group.Group for arts stored in that
// order under the names given.
func inputOf(arts []NewArticle, names []string) groupInput {
	in := groupInput{published: map[string]string{}, names: map[string][]string{}}
	for i, a := range arts {
		in.published[names[i]] = a.Article.Published
		in.names[names[i]] = a.Names
		start := len(in.claims)
		for _, c := range a.Article.Claims {
			c.Doc = names[i]
			in.claims = append(in.claims, c)
		}
		slices.SortFunc(in.claims[start:], claimSpanOrder)
	}
	return in
}

// TestGroupAhead: the claims of a first import, grouped as they are
// parsed (in any order, from any goroutine), give the placements regroup
// takes when it would group the same claims under the same names; equal
// bytes met twice are grouped once; claims stored otherwise (a name made
// unique, an article missing) are grouped as read.
func TestGroupAhead(t *testing.T) {
	arts := seedArticles(t)
	srcs := append(slices.Clone(arts), arts[2]) // the same bytes again: stored once
	ahead := newGroupAhead(len(srcs) + 1)
	ahead.parsed(len(srcs), nil) // a file that could not be read
	var wg sync.WaitGroup
	for i := len(srcs) - 1; i >= 0; i-- {
		wg.Go(func() { ahead.parsed(i, &srcs[i]) })
	}
	wg.Wait() // as the import takes every result before it regroups
	names := make([]string, len(arts))
	for i, a := range arts {
		names[i] = a.Name
	}
	in := inputOf(arts, names)
	got := ahead.placements(in)
	if len(got) == 0 || &got[0] != &ahead.out[0] {
		t.Fatal("the placements grouped ahead were not taken")
	}
	if want := group.Group(in.claims, in.published, in.names); !slices.EqualFunc(got, want, samePlacement) {
		t.Error("the placements grouped ahead differ from those of the claims as stored")
	}

	renamed := slices.Clone(names)
	renamed[1] = "renamed (2).txt"
	for _, in := range []groupInput{inputOf(arts, renamed), inputOf(arts[1:], names[1:])} {
		got := ahead.placements(in)
		if len(got) > 0 && &got[0] == &ahead.out[0] {
			t.Error("placements grouped ahead taken for other claims")
		}
		if want := group.Group(in.claims, in.published, in.names); !slices.EqualFunc(got, want, samePlacement) {
			t.Error("the claims stored otherwise were not grouped as stored")
		}
	}
}

func samePlacement(a, b group.Placement) bool {
	return a.Group == b.Group && sameSuggestion(a.Suggestion, b.Suggestion)
}

// TestParseAllAheadInBytes: parseAll holds no more parsed and not yet
// taken than its lookahead's bytes allow (one result's worth a parser
// beyond it), whatever its bound in results, and gives every result in
// order.
func TestParseAllAheadInBytes(t *testing.T) {
	const n, weight, limit = 300, 10, 50
	srcs := make([]int, n)
	for i := range srcs {
		srcs[i] = i
	}
	var parsed, taken, most atomic.Int64
	look := lookahead[int]{results: n, bytes: limit, weigh: func(int) int64 { return weight }}
	out := parseAll(context.Background(), srcs, look, func(i, src int) int {
		if i != src {
			t.Errorf("source %d given as %d", src, i)
		}
		held := parsed.Add(1) - taken.Load()
		for m := most.Load(); held > m && !most.CompareAndSwap(m, held); m = most.Load() {
		}
		return src
	})
	want := 0
	for r := range out {
		if r != want {
			t.Fatalf("result %d, want %d", r, want)
		}
		want++
		taken.Add(1)
		if r%50 == 0 {
			time.Sleep(5 * time.Millisecond) // a slow writer: the parsers wait
		}
	}
	if want != n {
		t.Fatalf("%d results, want %d", want, n)
	}
	// a parse begins while fewer than limit bytes are held; then every
	// parser may finish one, and the taken lag one behind
	if bound := int64(limit/weight + runtime.GOMAXPROCS(0) + 2); most.Load() > bound {
		t.Errorf("%d results held at once, want at most %d", most.Load(), bound)
	}
}
