package factcheck

import (
	"cmp"
	"context"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/sahilm/fuzzy"
)

// Search matches a query against one line per claim with sahilm/fuzzy and
// ranks the hits exactly as fuzzy.FindFrom ranks them over the claims that
// pass the filter: by score, best first, then in the order the entries were
// given. A claim's line is
//
//	DOC | SENTENCE | VALUE[ END VALUE][ UNIT] | TEXT | SUBJECT
//
// with VALUE as Value.String writes it, so "2000000" finds "two million
// residents" and "blnkn 2nd vist" finds "Blinken's second visit" (fuzzy
// wants the query's runes in order: context first, then number, then
// claim). NUL bytes are read as spaces.

// A SearchEntry is a claim as the store hands it to NewIndex: the claim and
// its current state.
type SearchEntry struct {
	Claim     Claim
	Verdict   Verdict // the current verdict; Unruled (or Cleared) when none
	Checker   string  // who gave the current verdict
	Suggested bool    // whether grouping proposes a verdict for the claim
}

// A Filter narrows a search. Its zero value keeps every entry.
type Filter struct {
	Kinds     []Kind    // keep claims of these kinds; all when empty
	Verdicts  []Verdict // keep claims whose current verdict is one of these (Unruled: none); all when empty
	Doc       string    // keep this article's claims; all when ""
	Suggested bool      // keep only claims with a suggestion
	RuledBy   string    // keep only claims whose current verdict this checker gave; all when ""
}

// A Hit is an entry that matches a query.
type Hit struct {
	Entry int // the entry's index in the slice given to NewIndex
	Score int // fuzzy's score, higher is better; 0 for an empty query
	// Matched holds the byte offsets in the entry's line of the matched
	// runes (fuzzy.Match.MatchedIndexes); Marks maps them to the claim.
	Matched []int
}

// Marks holds the offsets of a hit's matched runes within the claim's
// fields, for highlighting. Matches in the value are left out.
type Marks struct {
	Doc, Sentence, Text, Subject []int
}

// Marks splits h.Matched by the field of c, the hit's claim, it falls in.
func (h Hit) Marks(c *Claim) Marks {
	f := lineFields(c, valueField(c))
	var m Marks
	dst := [...]*[]int{&m.Doc, &m.Sentence, nil, &m.Text, &m.Subject}
	start := 0
	i := 0
	for k, s := range f {
		end := start + len(s)
		for ; i < len(h.Matched) && h.Matched[i] < end+len(lineSep); i++ {
			if off := h.Matched[i] - start; off >= 0 && off < len(s) && dst[k] != nil {
				*dst[k] = append(*dst[k], off)
			}
		}
		start = end + len(lineSep)
	}
	return m
}

// An Index searches a fixed list of entries. It is safe for concurrent use;
// SetVerdict may run while searches do.
type Index struct {
	// Entries are stored by line length, shortest first, so that a search
	// for the best few hits can stop early; pos maps back and forth.
	lines string   // every line, concatenated
	ends  []int    // ends[p]: where line p ends in lines
	entry []int32  // entry[p]: the index NewIndex was given
	pos   []int32  // pos[entry]: p
	all   []uint64 // rune sets, see lineSets
	heads []uint64
	slow  []bool
	kind  []uint8 // kindCode
	doc   []int32
	sugg  []bool
	state []atomic.Uint32 // verdictCode | checker<<3

	docs map[string]int32

	mu       sync.Mutex
	checkers map[string]uint32
}

// NewIndex indexes entries. It keeps no reference to them.
func NewIndex(entries []SearchEntry) *Index {
	n := len(entries)
	values := make([]string, n)
	lens := make([]int, n)
	for i := range entries {
		c := &entries[i].Claim
		values[i] = valueField(c)
		for _, f := range lineFields(c, values[i]) {
			lens[i] += len(f)
		}
		lens[i] += len(lineSep) * 4
	}
	order := make([]int32, n)
	total := 0
	for i := range order {
		order[i] = int32(i)
		total += lens[i]
	}
	slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(lens[a], lens[b]) })

	x := &Index{
		ends: make([]int, n), entry: order, pos: make([]int32, n),
		all: make([]uint64, n), heads: make([]uint64, n), slow: make([]bool, n),
		kind: make([]uint8, n), doc: make([]int32, n), sugg: make([]bool, n),
		state: make([]atomic.Uint32, n),
		docs:  make(map[string]int32), checkers: map[string]uint32{"": 0},
	}
	var b strings.Builder
	b.Grow(total)
	for p, i := range order {
		e := &entries[i]
		start := b.Len()
		for k, f := range lineFields(&e.Claim, values[i]) {
			if k > 0 {
				b.WriteString(lineSep)
			}
			writeNoNUL(&b, f)
		}
		x.ends[p] = b.Len()
		x.pos[i] = int32(p)
		x.all[p], x.heads[p], x.slow[p] = lineSets(b.String()[start:])
		x.kind[p] = kindCode(e.Claim.Kind)
		id, ok := x.docs[e.Claim.Doc]
		if !ok {
			id = int32(len(x.docs))
			x.docs[e.Claim.Doc] = id
		}
		x.doc[p] = id
		x.sugg[p] = e.Suggested
		x.state[p].Store(x.stateOf(e.Verdict, e.Checker))
	}
	x.lines = b.String()
	return x
}

// lineSep separates the fields of a line.
const lineSep = " | "

// lineFields returns the fields of c's line in order; value is valueField(c).
func lineFields(c *Claim, value string) [5]string {
	return [5]string{c.Doc, c.Sentence, value, c.Text, c.Subject}
}

// valueField is the value part of a claim's line.
func valueField(c *Claim) string {
	s := c.Value.String()
	if c.EndValue != nil {
		s += " " + c.EndValue.String()
	}
	if c.Unit != "" {
		s += " " + c.Unit
	}
	return s
}

// writeNoNUL writes s with each NUL byte as a space (fuzzy stops at NUL).
func writeNoNUL(b *strings.Builder, s string) {
	for {
		i := strings.IndexByte(s, 0)
		if i < 0 {
			b.WriteString(s)
			return
		}
		b.WriteString(s[:i])
		b.WriteByte(' ')
		s = s[i+1:]
	}
}

// Len returns the number of entries.
func (x *Index) Len() int { return len(x.entry) }

// line returns line p.
func (x *Index) line(p int) string {
	start := 0
	if p > 0 {
		start = x.ends[p-1]
	}
	return x.lines[start:x.ends[p]]
}

// SetVerdict records entry i's new current verdict and its checker, as
// after a ruling, without rebuilding the index.
func (x *Index) SetVerdict(i int, v Verdict, checker string) {
	x.state[x.pos[i]].Store(x.stateOf(v, checker))
}

// stateOf packs a verdict and its checker.
func (x *Index) stateOf(v Verdict, checker string) uint32 {
	x.mu.Lock()
	defer x.mu.Unlock()
	id, ok := x.checkers[checker]
	if !ok {
		id = uint32(len(x.checkers))
		x.checkers[checker] = id
	}
	return uint32(verdictCode(v)) | id<<3
}

// kindCode numbers the kinds from 1; 0 is a kind Kinds does not list.
func kindCode(k Kind) uint8 {
	return uint8(slices.Index(Kinds, k) + 1)
}

// verdictCode numbers the verdicts: 0 unruled, 1..3 Verified, Disputed,
// Superseded, 4 anything else.
func verdictCode(v Verdict) uint8 {
	switch v {
	case Unruled, Cleared:
		return 0
	case Verified:
		return 1
	case Disputed:
		return 2
	case Superseded:
		return 3
	}
	return 4
}

// keep is a Filter compiled against an Index.
type keep struct {
	kinds, verdicts uint32 // masks of codes; 0 keeps all
	doc             int32  // -1 keeps all
	sugg            bool
	checker         int64 // -1 keeps all
	none            bool  // nothing can pass
}

func (x *Index) compile(f Filter) keep {
	k := keep{doc: -1, sugg: f.Suggested, checker: -1}
	for _, kd := range f.Kinds {
		if c := kindCode(kd); c != 0 {
			k.kinds |= 1 << c
		}
	}
	for _, v := range f.Verdicts {
		if c := verdictCode(v); c != 4 {
			k.verdicts |= 1 << c
		}
	}
	k.none = len(f.Kinds) > 0 && k.kinds == 0 || len(f.Verdicts) > 0 && k.verdicts == 0
	if f.Doc != "" {
		id, ok := x.docs[f.Doc]
		k.doc, k.none = id, k.none || !ok
	}
	if f.RuledBy != "" {
		x.mu.Lock()
		id, ok := x.checkers[f.RuledBy]
		x.mu.Unlock()
		k.checker, k.none = int64(id), k.none || !ok
	}
	return k
}

// passes reports whether line p passes the filter.
func (x *Index) passes(k *keep, p int) bool {
	if k.kinds != 0 && k.kinds&(1<<x.kind[p]) == 0 ||
		k.doc >= 0 && x.doc[p] != k.doc ||
		k.sugg && !x.sugg[p] {
		return false
	}
	if k.verdicts == 0 && k.checker < 0 {
		return true
	}
	st := x.state[p].Load()
	v := st & 7
	if k.verdicts != 0 && k.verdicts&(1<<v) == 0 {
		return false
	}
	return k.checker < 0 || v != 0 && int64(st>>3) == k.checker
}

// Search returns the entries that pass f and match query, ranked as
// fuzzy.FindFrom ranks them; with limit > 0, only the first limit of them.
// An empty query returns the entries that pass f in their given order. The
// search stops with ctx's error when ctx is done.
func (x *Index) Search(ctx context.Context, query string, f Filter, limit int) ([]Hit, error) {
	k := x.compile(f)
	if k.none {
		return nil, ctx.Err()
	}
	if query == "" {
		return x.list(ctx, &k, limit)
	}
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
	hits := slices.Concat(results...)
	slices.SortFunc(hits, byRank)
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, nil
}

// list returns the entries that pass k in their given order.
func (x *Index) list(ctx context.Context, k *keep, limit int) ([]Hit, error) {
	var hits []Hit
	for i, p := range x.pos {
		if i%blockSize == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if x.passes(k, int(p)) {
			hits = append(hits, Hit{Entry: i})
			if len(hits) == limit {
				break
			}
		}
	}
	return hits, nil
}

// blockSize is how many lines a worker takes at a time; it checks for
// cancellation between blocks.
const blockSize = 4096

// A search is one query under way, shared by its workers.
type search struct {
	x     *Index
	ctx   context.Context
	keep  keep
	pat   *pattern
	query string
	limit int
	next  atomic.Int64 // the next block to take
	// floor is a score the limit-th best hit is known to reach: lines that
	// cannot reach it are skipped.
	floor atomic.Int64
}

// work takes blocks in order, shortest lines first, and returns the hits
// it found: with a limit, at most the best limit of them.
func (s *search) work() []Hit {
	x, pat := s.x, s.pat
	var hits []Hit
	var cand []int32
	for s.ctx.Err() == nil {
		lo := int(s.next.Add(1)-1) * blockSize
		if lo >= len(x.entry) {
			break
		}
		hi := min(lo+blockSize, len(x.entry))
		floor := s.floor.Load()
		if pat.bound && int64(pat.maxScore-x.lineLen(lo)) < floor {
			break // every line from here on is too long to rank
		}
		cand = cand[:0]
		for p := lo; p < hi; p++ {
			if !pat.mayMatch(x.all[p]) || !x.passes(&s.keep, p) {
				continue
			}
			n := x.lineLen(p)
			hb := 0
			if pat.bound {
				hb = pat.headBonus(x.heads[p])
				if int64(pat.scoreBound(n, hb, 0, len(pat.runes)-1)) < floor {
					continue
				}
			}
			ok, first, adj := pat.embed(x.line(p), x.slow[p])
			if !ok || pat.bound && int64(pat.scoreBound(n, hb, first, adj)) < floor {
				continue
			}
			cand = append(cand, int32(p))
		}
		for _, m := range fuzzy.FindFromNoSort(s.query, lineSource{x, cand}) {
			p := cand[m.Index]
			hits = append(hits, Hit{Entry: int(x.entry[p]), Score: m.Score, Matched: m.MatchedIndexes})
		}
		if s.limit > 0 && len(hits) >= 2*s.limit {
			hits = s.trim(hits)
		}
	}
	if s.limit > 0 {
		hits = s.trim(hits)
	}
	return hits
}

// trim keeps the best limit hits and raises the shared floor to the worst
// of them when there are limit.
func (s *search) trim(hits []Hit) []Hit {
	slices.SortFunc(hits, byRank)
	if len(hits) < s.limit {
		return hits
	}
	hits = hits[:s.limit]
	worst := int64(hits[len(hits)-1].Score)
	for {
		old := s.floor.Load()
		if worst <= old || s.floor.CompareAndSwap(old, worst) {
			return hits
		}
	}
}

// byRank orders hits as fuzzy.FindFrom does: by score, best first, then by
// entry.
func byRank(a, b Hit) int {
	if c := cmp.Compare(b.Score, a.Score); c != 0 {
		return c
	}
	return cmp.Compare(a.Entry, b.Entry)
}

// lineLen returns the length of line p.
func (x *Index) lineLen(p int) int {
	if p == 0 {
		return x.ends[0]
	}
	return x.ends[p] - x.ends[p-1]
}

// lineSource gives fuzzy some of an index's lines without copying them.
type lineSource struct {
	x *Index
	p []int32
}

func (s lineSource) String(i int) string { return s.x.line(int(s.p[i])) }
func (s lineSource) Len() int            { return len(s.p) }
