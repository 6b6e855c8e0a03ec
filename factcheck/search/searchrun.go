package search

import (
	"cmp"
	"container/heap"
	"context"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/sahilm/fuzzy"
)

// A search runs on every core: workers take blocks of lines, shortest
// first, skip the lines the prefilter rules out, and hand the rest to
// fuzzy.FindFromNoSort through a lineSource. With a limit, the best hits
// so far set a floor that the limit-th best hit is known to reach; lines
// whose score bound falls below it are skipped, and once the lines are too
// long for any to reach it the search is over.

// blockSize is how many lines a worker takes at a time; it checks for
// cancellation between blocks.
const blockSize = 4096

// batchSize is how many candidate lines a worker gathers before it scores
// them and raises the floor.
const batchSize = 256

// A search is one query under way, shared by its workers.
type search struct {
	x     *Index
	ctx   context.Context
	keep  *keep
	pat   *pattern
	query string
	limit int
	next  atomic.Int64 // the next block to take
	floor atomic.Int64 // see above; math.MinInt64 until there are limit hits

	mu   sync.Mutex
	best bestHits // with a limit: the best hits so far
}

// run searches for query among the lines that pass k.
func (x *Index) run(ctx context.Context, query string, k *keep, limit int) ([]Hit, error) {
	s := &search{x: x, ctx: ctx, keep: k, pat: newPattern(query), query: query, limit: limit}
	s.floor.Store(math.MinInt64)
	workers := min(runtime.GOMAXPROCS(0), (len(x.entry)+blockSize-1)/blockSize)
	results := make([][]Hit, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() { results[w] = s.work() })
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	hits := []Hit(s.best)
	if limit <= 0 {
		hits = slices.Concat(results...)
	}
	slices.SortFunc(hits, byRank)
	return hits, nil
}

// work takes blocks in order until there are none left, or none that can
// rank. Without a limit it returns every hit it found.
func (s *search) work() []Hit {
	x, pat := s.x, s.pat
	var hits []Hit
	cand := make([]int32, 0, batchSize)
	at := make([]int, len(pat.runes))
	score := func() {
		if len(cand) == 0 {
			return
		}
		ms := fuzzy.FindFromNoSort(s.query, lineSource{x, cand})
		for _, m := range ms {
			p := cand[m.Index]
			hits = append(hits, Hit{Entry: int(x.entry[p]), Score: m.Score, Matched: m.MatchedIndexes})
		}
		if s.limit > 0 {
			s.offer(hits)
			hits = hits[:0]
		}
		cand = cand[:0]
	}
	for s.ctx.Err() == nil {
		lo := int(s.next.Add(1)-1) * blockSize
		if lo >= len(x.entry) {
			break
		}
		floor := int(s.floor.Load())
		if pat.bound && pat.maxScore(x.length(lo)) < floor {
			break // this line is the shortest left
		}
		for p := lo; p < min(lo+blockSize, len(x.entry)); p++ {
			if !pat.mayMatch(x.all[p]) || !x.passes(s.keep, p) ||
				!pat.admits(x.line(p), x.all[p], &x.info[p], floor, at) || !compact(s.query, x.line(p)) {
				continue // (compact: no word of the query scattered over the line)
			}
			cand = append(cand, int32(p))
			if len(cand) == batchSize {
				score()
				floor = int(s.floor.Load())
			}
		}
		score()
	}
	return hits
}

// offer adds hits to the best so far and raises the floor.
func (s *search) offer(hits []Hit) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, h := range hits {
		switch {
		case len(s.best) < s.limit:
			heap.Push(&s.best, h)
		case byRank(h, s.best[0]) < 0:
			s.best[0] = h
			heap.Fix(&s.best, 0)
		}
	}
	if len(s.best) == s.limit {
		s.floor.Store(int64(s.best[0].Score))
	}
}

// bestHits is a heap of hits with the worst on top.
type bestHits []Hit

func (b bestHits) Len() int           { return len(b) }
func (b bestHits) Less(i, j int) bool { return byRank(b[i], b[j]) > 0 }
func (b bestHits) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }
func (b *bestHits) Push(h any)        { *b = append(*b, h.(Hit)) }
func (b *bestHits) Pop() any {
	h := (*b)[len(*b)-1]
	*b = (*b)[:len(*b)-1]
	return h
}

// byRank orders hits as fuzzy.FindFrom does: by score, best first, then by
// entry.
func byRank(a, b Hit) int {
	if c := cmp.Compare(b.Score, a.Score); c != 0 {
		return c
	}
	return cmp.Compare(a.Entry, b.Entry)
}

// lineSource gives fuzzy some of an index's lines without copying them.
type lineSource struct {
	x *Index
	p []int32
}

func (s lineSource) String(i int) string { return s.x.line(int(s.p[i])) }
func (s lineSource) Len() int            { return len(s.p) }

// compact reports whether line holds each word of query close together,
// in order: the runes of a word of n runes within 3n+3 runes, case
// folded, each word after the one before. Fuzzy matching alone takes the
// runes of a word from anywhere in a long sentence, in order ("xylophone"
// from a sentence of sixty words); a misspelt or shortened word stays
// close ("blnkn" in "Blinken", "vist" in "visit").
func compact(query, line string) bool {
	if isASCII(query) && isASCII(line) { // read in place
		return compactIn(len(line), len(query), func(i int) rune { return rune(lowerASCII(line[i])) },
			func(i int) rune { return rune(lowerASCII(query[i])) })
	}
	l, q := []rune(strings.ToLower(line)), []rune(strings.ToLower(query))
	return compactIn(len(l), len(q), func(i int) rune { return l[i] }, func(i int) rune { return q[i] })
}

// lowerASCII lowers an ASCII letter.
func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// compactIn is compact over a line of nl runes and a query of nq, read
// folded by l and q.
func compactIn(nl, nq int, l, q func(int) rune) bool {
	pos := 0
	for k := 0; k < nq; {
		for k < nq && q(k) == ' ' {
			k++
		}
		e := k
		for e < nq && q(e) != ' ' {
			e++
		}
		if k == e {
			break
		}
		end := -1
		for i := pos; i < nl && end < 0; i++ {
			if l(i) == q(k) {
				end = within(i, min(nl, i+3*(e-k)+4), k, e, l, q)
			}
		}
		if end < 0 {
			return false
		}
		pos, k = end, e
	}
	return true
}

// within returns where the runes k to e of the query, in order, end in
// the line's runes from i to j, or -1.
func within(i, j, k, e int, l, q func(int) rune) int {
	for ; k < e; k++ {
		for i < j && l(i) != q(k) {
			i++
		}
		if i == j {
			return -1
		}
		i++
	}
	return i
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
