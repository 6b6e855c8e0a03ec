package ingest

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/group"
)

// Grouping ahead. A store's first import groups every claim it wrote once
// the last is written (regroup). Its parsers run far ahead of its writer
// (firstAheadBytes), so every claim is parsed well before the writes end:
// grouping starts then, on the claims as parsed, beside the writer, and
// regroup takes its placements when the claims it would group are those,
// in the same order, under the same names and dates. They are not when
// another process changed the store meanwhile, or when the store made a
// name unique: regroup then groups what it reads.

// A groupAhead groups the articles of a first import as they are parsed.
type groupAhead struct {
	arts []*NewArticle // by source; nil: not stored (an error, no article)
	left atomic.Int64  // sources not parsed yet
	done chan struct{} // closed when the fields below are set
	in   groupInput
	out  []group.Placement
}

// groupInput is what group.Group is given.
type groupInput struct {
	claims    []factcheck.Claim
	published map[string]string
	names     map[string][]string
}

// newGroupAhead returns the groupAhead of n sources.
func newGroupAhead(n int) *groupAhead {
	g := &groupAhead{arts: make([]*NewArticle, n), done: make(chan struct{})}
	g.left.Store(int64(n))
	if n == 0 {
		close(g.done)
	}
	return g
}

// parsed records what source i gave (a nil a for nothing to store), from
// any goroutine; after the last source, grouping starts. A nil g
// records nothing.
func (g *groupAhead) parsed(i int, a *NewArticle) {
	if g == nil {
		return
	}
	g.arts[i] = a
	if g.left.Add(-1) == 0 {
		go g.group()
	}
}

// group groups the articles parsed in the order the import stores them
// (that of the sources, the first of equal bytes), with the inputs regroup
// would read from the store.
func (g *groupAhead) group() {
	defer close(g.done)
	in := groupInput{published: map[string]string{}, names: map[string][]string{}}
	seen := map[string]bool{}
	for _, a := range g.arts {
		if a == nil || seen[a.Hash] {
			continue
		}
		seen[a.Hash] = true
		in.published[a.Name] = a.Article.Published
		in.names[a.Name] = a.Names // stored for every new article, none as none
		start := len(in.claims)
		for _, c := range a.Article.Claims {
			c.Doc = a.Name
			in.claims = append(in.claims, c)
		}
		if seg := in.claims[start:]; !slices.IsSortedFunc(seg, claimSpanOrder) {
			slices.SortFunc(seg, claimSpanOrder)
		}
	}
	fillNames(in.claims, in.names, nil)
	g.in, g.out = in, group.Group(in.claims, in.published, in.names)
}

// placements returns the placements group.Group gives the input, from
// what g grouped ahead when its input was this one.
func (g *groupAhead) placements(in groupInput) []group.Placement {
	if g != nil && g.left.Load() == 0 {
		<-g.done
		if slices.Equal(g.in.claims, in.claims) && maps.Equal(g.in.published, in.published) &&
			maps.EqualFunc(g.in.names, in.names, slices.Equal) {
			return g.out
		}
	}
	return group.Group(in.claims, in.published, in.names)
}

// claimSpanOrder orders one article's claims as the store lists them: by
// span, then text.
func claimSpanOrder(a, b factcheck.Claim) int {
	return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), strings.Compare(a.Text, b.Text))
}

// fillNames gives the articles of claims (each article's together) that
// have no names in names those of their claims (group.Names), recording
// them in added by article name when added is not nil.
func fillNames(claims []factcheck.Claim, names map[string][]string, added func(doc string, names []string)) {
	for lo := 0; lo < len(claims); {
		doc := claims[lo].Doc
		hi := lo + 1
		for hi < len(claims) && claims[hi].Doc == doc {
			hi++
		}
		if _, ok := names[doc]; !ok {
			names[doc] = group.Names(claims[lo:hi])
			if added != nil {
				added(doc, names[doc])
			}
		}
		lo = hi
	}
}
