// Package search finds claims by fuzzy text and by filter, fast enough to
// run on every keystroke over a million claims.
//
// An Index is built once from a slice of factcheck.Records; Search returns
// Hits, each naming an entry by its position in that slice. Filters (kind, verdict, article, checker,
// suggested) are exact; the query is matched fuzzily, as sahilm/fuzzy
// matches: every rune of the query must appear in order, case-folded; and
// each word of the query close together (compact), not scattered over a
// sentence.
// SetVerdict changes an entry's state in place, so a ruling needs no
// rebuild.
//
// Search matches a query with sahilm/fuzzy against two lines per claim
// (see lineParts): first its key line, its own words and value, then its
// full line, with its sentence and article. Hits on key lines rank first:
// fuzzy takes a point off for every unmatched byte, so on full lines the
// length of a sentence would outweigh how well the query matches the
// claim. Within each tier hits rank exactly as fuzzy.FindFrom ranks them
// over the claims that pass the filter: by score, best first, then in the
// order the entries were given.
package search

import (
	"cmp"
	"context"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/factcheck/factcheck/factcheck"
)

// A Filter narrows a search. Its zero value keeps every entry.
type Filter struct {
	Kinds     []factcheck.Kind    // keep claims of these kinds; all when empty
	Verdicts  []factcheck.Verdict // keep claims whose current verdict is one of these (Unruled: none); all when empty
	Doc       string              // keep this article's claims; all when ""
	Docs      []string            // keep the claims of these articles, by name; all when nil, none when empty
	Suggested bool                // keep only claims with a suggestion
	RuledBy   string              // keep only claims whose current verdict this checker gave; all when ""
}

// A Hit is an entry that matches a query.
type Hit struct {
	Entry int // the entry's index in the slice given to NewIndex
	Score int // fuzzy's score, higher is better; 0 for an empty query
	// Matched holds the byte offsets in the entry's line of the matched
	// runes (fuzzy.Match.MatchedIndexes); Marks maps them to the claim.
	Matched []int
	// InClaim is true when the query matched the claim's key line (its
	// text, subject and value), false when it needed the full line.
	InClaim bool
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
	all   []uint64 // the set of each line's runes, see runeBits
	info  []lineInfo
	kind  []uint8 // kindCode
	doc   []int32
	sugg  []bool
	state []atomic.Uint32 // verdictCode | checker<<3

	docs map[string]int32

	mu       sync.Mutex
	checkers map[string]uint32

	// key indexes the same entries by their key lines; nil in the key
	// index itself.
	key *Index
}

// NewIndex indexes records by what never changes once a claim is stored:
// the claim and whether grouping suggests a verdict. Every entry starts
// unruled; SetVerdict gives it the record's current verdict, so that an
// index can be built on one goroutine while another records rulings. It
// keeps no reference to records.
func NewIndex(records []factcheck.Record) *Index {
	x := newIndex(records, false)
	x.key = newIndex(records, true)
	return x
}

// newIndex indexes entries by their key lines, or by their full lines.
func newIndex(entries []factcheck.Record, key bool) *Index {
	n := len(entries)
	lens := make([]int, n)
	onEveryCore(n, func(i int) { lens[i] = lineLen(&entries[i].Claim, key) })
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(lens[a], lens[b]) })

	x := &Index{
		ends: make([]int, n), entry: order, pos: make([]int32, n),
		all: make([]uint64, n), info: make([]lineInfo, n),
		kind: make([]uint8, n), doc: make([]int32, n), sugg: make([]bool, n),
		state: make([]atomic.Uint32, n),
		docs:  make(map[string]int32), checkers: map[string]uint32{"": 0},
	}
	end := 0
	for p, i := range order {
		end += lens[i]
		x.ends[p] = end
		x.pos[i] = int32(p)
		e := &entries[i]
		x.kind[p] = kindCode(e.Claim.Kind)
		id, ok := x.docs[e.Claim.Doc]
		if !ok {
			id = int32(len(x.docs))
			x.docs[e.Claim.Doc] = id
		}
		x.doc[p] = id
		x.sugg[p] = e.Suggestion != nil
	}
	buf := make([]byte, end)
	onEveryCore(n, func(p int) {
		start := 0
		if p > 0 {
			start = x.ends[p-1]
		}
		writeLine(buf[start:x.ends[p]], &entries[order[p]].Claim, key)
	})
	x.lines = string(buf)
	onEveryCore(n, func(p int) { x.all[p], x.info[p] = newLineInfo(x.line(p)) })
	return x
}

// onEveryCore calls f(i) for i from 0 to n-1, from as many goroutines as
// there are cores.
func onEveryCore(n int, f func(i int)) {
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w * n / workers; i < (w+1)*n/workers; i++ {
				f(i)
			}
		})
	}
	wg.Wait()
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
func (x *Index) SetVerdict(i int, v factcheck.Verdict, checker string) {
	x.state[x.pos[i]].Store(x.stateOf(v, checker))
	if x.key != nil {
		x.key.SetVerdict(i, v, checker)
	}
}

// stateOf packs a verdict and its checker.
func (x *Index) stateOf(v factcheck.Verdict, checker string) uint32 {
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
func kindCode(k factcheck.Kind) uint8 {
	return uint8(slices.Index(factcheck.Kinds, k) + 1)
}

// verdictCode numbers the verdicts in three bits: 0 unruled, 1 to 5
// Verified, Disputed, Superseded, Unverifiable and Dismissed, and 7 a
// verdict Verdicts does not list.
func verdictCode(v factcheck.Verdict) uint8 {
	switch v {
	case factcheck.Unruled, factcheck.Cleared:
		return 0
	case factcheck.Verified:
		return 1
	case factcheck.Disputed:
		return 2
	case factcheck.Superseded:
		return 3
	case factcheck.Unverifiable:
		return 4
	case factcheck.Dismissed:
		return 5
	}
	return unknownVerdict
}

// unknownVerdict is the code of a verdict Verdicts does not list.
const unknownVerdict = 7

// keep is a Filter compiled against an Index.
type keep struct {
	kinds, verdicts uint32 // masks of codes; 0 keeps all
	doc             int32  // -1 keeps all
	docs            []bool // by article: kept; nil keeps all
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
		if c := verdictCode(v); c != unknownVerdict {
			k.verdicts |= 1 << c
		}
	}
	k.none = len(f.Kinds) > 0 && k.kinds == 0 || len(f.Verdicts) > 0 && k.verdicts == 0
	if f.Doc != "" {
		id, ok := x.docs[f.Doc]
		k.doc, k.none = id, k.none || !ok
	}
	if f.Docs != nil {
		k.docs = make([]bool, len(x.docs))
		kept := false
		for _, name := range f.Docs {
			if id, ok := x.docs[name]; ok {
				k.docs[id], kept = true, true
			}
		}
		k.none = k.none || !kept
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
		k.docs != nil && !k.docs[x.doc[p]] ||
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

// Search returns the entries that pass f and match query, ranked: those
// that match on their key lines first, then the others (see above); with
// limit > 0, only the first limit of them. An empty query returns the
// entries that pass f in their given order. The search stops with ctx's
// error when ctx is done.
func (x *Index) Search(ctx context.Context, query string, f Filter, limit int) ([]Hit, error) {
	k := x.compile(f)
	if k.none {
		return nil, ctx.Err()
	}
	if query == "" {
		return x.list(ctx, &k, limit)
	}
	var hits []Hit
	if x.key != nil {
		kk := x.key.compile(f)
		var err error
		if hits, err = x.key.run(ctx, query, &kk, limit); err != nil {
			return nil, err
		}
		for i := range hits {
			hits[i].InClaim = true
		}
		if limit > 0 && len(hits) == limit {
			return hits, nil
		}
	}
	more := limit
	if limit > 0 {
		more += len(hits) // the key hits are full-line hits too
	}
	full, err := x.run(ctx, query, &k, more)
	if err != nil {
		return nil, err
	}
	seen := make(map[int]bool, len(hits))
	for _, h := range hits {
		seen[h.Entry] = true
	}
	for _, h := range full {
		if limit > 0 && len(hits) == limit {
			break
		}
		if !seen[h.Entry] {
			hits = append(hits, h)
		}
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

// length returns the length of line p.
func (x *Index) length(p int) int {
	if p == 0 {
		return x.ends[0]
	}
	return x.ends[p] - x.ends[p-1]
}
