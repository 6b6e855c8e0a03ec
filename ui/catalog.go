package ui

import (
	"fmt"
	"maps"
	"slices"
	"sort"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/search"
)

// A catalog is one database's claims held in memory for the window: every
// claim with its current ruling, and, once built in the background (see
// extras), the search index over them, their groups and the articles'
// publication dates. The UI goroutine owns it.
type catalog struct {
	claims []factcheck.Record
	byID   map[int64]int     // claim ID to index, when the IDs are not in order
	docs   map[string][2]int // article name to its claims, claims[docs[n][0]:docs[n][1]]
	tally  tally

	// assigned maps an article's ID to the checker it is assigned to
	// (Store.Assignments), for the Mine filter and the progress view.
	assigned map[int64]string

	// partial is true while claims are only the first of the database's,
	// listed while the rest are read. changed keeps the states set
	// meanwhile, by claim ID, for the complete catalog (see carryOver).
	partial bool
	changed map[int64]factcheck.State

	// Built after the list shows; nil until then.
	*extras
}

// newCatalog holds claims, in article order as Store.Claims returns
// them, with what the list needs at once.
func newCatalog(claims []factcheck.Record) *catalog {
	c := &catalog{claims: claims, docs: map[string][2]int{}}
	start := 0
	for i := range claims {
		cl := &claims[i]
		c.tally.add(&cl.State, 1)
		if i > 0 && cl.ID <= claims[i-1].ID && c.byID == nil {
			c.byID = make(map[int64]int, len(claims))
			for j := range i {
				c.byID[claims[j].ID] = j
			}
		}
		if c.byID != nil {
			c.byID[cl.ID] = i
		}
		if i > 0 && cl.Doc != claims[i-1].Doc {
			c.docs[claims[i-1].Doc] = [2]int{start, i}
			start = i
		}
	}
	if n := len(claims); n > 0 {
		c.docs[claims[n-1].Doc] = [2]int{start, n}
	}
	c.tally.claims += len(claims) // less those dismissed, which add uncounted
	return c
}

// extras are the parts of a catalog built off the UI goroutine after the
// list shows: on a million claims they take seconds.
type extras struct {
	index    *search.Index                     // entry i is claims[i]
	groups   map[string][]int                  // group name to its claims, for groups of two or more
	articles []string                          // article names, sorted
	labels   map[string]factcheck.ArticleLabel // by article name
}

// buildExtras indexes claims and groups them; labels are the articles'
// dates and metadata by name. It reads only the parts of the claims that never change,
// so it may run while the UI goroutine records rulings; setExtras gives
// the index their verdicts.
func buildExtras(claims []factcheck.Record, labels map[string]factcheck.ArticleLabel) *extras {
	x := &extras{
		groups:   map[string][]int{},
		articles: slices.Sorted(maps.Keys(labels)),
		labels:   labels,
	}
	first := map[string]int{} // a group's first claim, until it has a second
	for i := range claims {
		cl := &claims[i]
		if cl.Group == "" {
			continue
		}
		if m, ok := x.groups[cl.Group]; ok {
			x.groups[cl.Group] = append(m, i)
		} else if j, ok := first[cl.Group]; ok {
			x.groups[cl.Group] = []int{j, i}
			delete(first, cl.Group)
		} else {
			first[cl.Group] = i
		}
	}
	x.index = search.NewIndex(claims)
	return x
}

// setExtras installs x and gives its index the claims' current verdicts.
func (c *catalog) setExtras(x *extras) {
	for i := range c.claims {
		if s := &c.claims[i].State; s.Verdict != factcheck.Unruled {
			x.index.SetVerdict(i, s.Verdict, s.Checker)
		}
	}
	c.extras = x
}

// ready reports whether the extras are built: search, groups and dates.
func (c *catalog) ready() bool { return c.extras != nil }

// A tally counts the claims by state, for the status bar. Claims a
// checker dismissed as not claims are counted apart: claims, ruled and
// left count the others.
type tally struct {
	claims, ruled, disputed, dismissed int
}

// add counts a claim in state s, or uncounts it when n is -1.
func (t *tally) add(s *factcheck.State, n int) {
	switch {
	case s.Verdict == factcheck.Dismissed:
		t.dismissed += n
		t.claims -= n
	case s.Ruled():
		t.ruled += n
	}
	if s.Verdict == factcheck.Disputed {
		t.disputed += n
	}
}

// String reads like "1,204 claims · 310 ruled · 12 disputed · 894 left",
// followed by " · 3 not claims" when a checker dismissed some.
func (t tally) String() string {
	return fmt.Sprintf("%s claims · %s ruled · %s disputed · %s left", thousands(t.claims), thousands(t.ruled),
		thousands(t.disputed), thousands(t.claims-t.ruled)) + t.notClaims()
}

// soFar reads like "1,204 claims · 310 ruled · 12 disputed", for a
// partial catalog, which cannot tell how many are left.
func (t tally) soFar() string {
	return fmt.Sprintf("%s claims · %s ruled · %s disputed", thousands(t.claims), thousands(t.ruled), thousands(t.disputed)) + t.notClaims()
}

// notClaims reads " · 3 not claims", or "" when none was dismissed.
func (t tally) notClaims() string {
	if t.dismissed == 0 {
		return ""
	}
	if t.dismissed == 1 {
		return " · 1 not a claim"
	}
	return " · " + thousands(t.dismissed) + " not claims"
}

// group returns the other claims about the same thing as claim i: those
// of other articles by article date and then position, then those of its
// own article; none until the extras are built.
func (c *catalog) group(i int) []int {
	if !c.ready() {
		return nil
	}
	var out []int
	for _, j := range c.groups[c.claims[i].Group] {
		if j != i {
			out = append(out, j)
		}
	}
	// Other articles' claims first, by publication date; then the
	// article's own repeats of the figure.
	doc := c.claims[i].Doc
	sort.SliceStable(out, func(a, b int) bool {
		da, db := c.claims[out[a]].Doc, c.claims[out[b]].Doc
		if (da == doc) != (db == doc) {
			return db == doc
		}
		return c.labels[da].Published < c.labels[db].Published
	})
	return out
}

// lookup returns the index of the claim with the given ID.
func (c *catalog) lookup(id int64) (int, bool) {
	if c.byID != nil {
		i, ok := c.byID[id]
		return i, ok
	}
	i := sort.Search(len(c.claims), func(i int) bool { return c.claims[i].ID >= id })
	return i, i < len(c.claims) && c.claims[i].ID == id
}

// lookupRef returns the index of the claim a suggestion names: the first
// claim of its article starting at its offset.
func (c *catalog) lookupRef(r *factcheck.Ref) (int, bool) {
	if r == nil {
		return 0, false
	}
	span := c.docs[r.Doc]
	for j := span[0]; j < span[1]; j++ {
		if c.claims[j].Start == r.Start {
			return j, true
		}
	}
	return 0, false
}

// publishedOn returns an article's publication date, "" when unknown or
// not loaded yet.
func (c *catalog) publishedOn(doc string) string {
	if !c.ready() {
		return ""
	}
	return c.labels[doc].Published
}

// articleLabel names the article doc to the checker: by its title and
// outlet once the articles are read and when its file gave them, else by
// its file name.
func (c *catalog) articleLabel(doc string) string {
	if !c.ready() {
		return doc
	}
	l := c.labels[doc]
	return l.Label(doc)
}

// claimAt returns the index of the claim of article doc at the span
// [start, end), or -1.
func (c *catalog) claimAt(doc string, start, end int) int {
	for i := range c.claims {
		if cl := &c.claims[i].Claim; cl.Doc == doc && cl.Start == start && cl.End == end {
			return i
		}
	}
	return -1
}

// setState records claim i's new state after a ruling, undo or redo.
func (c *catalog) setState(i int, s factcheck.State) {
	c.tally.add(&c.claims[i].State, -1)
	c.claims[i].SetState(s)
	c.tally.add(&s, 1)
	if c.ready() {
		c.index.SetVerdict(i, s.Verdict, s.Checker)
	}
}

// update records the new state of the claim with the given ID, which a
// partial catalog may not hold, and returns its index if it does.
func (c *catalog) update(id int64, s factcheck.State) (int, bool) {
	if c.partial {
		c.changed[id] = s
	}
	i, ok := c.lookup(id)
	if ok {
		c.setState(i, s)
	}
	return i, ok
}

// carryOver sets in full, the complete catalog read while c was partial,
// the states set in this window meanwhile, which the reading may have
// missed.
func (c *catalog) carryOver(full *catalog) {
	for id, s := range c.changed {
		if i, ok := full.lookup(id); ok {
			full.setState(i, s)
		}
	}
}

// assignedTo returns the names of the listed articles assigned to
// checker: none, not nil, when there are none.
func (c *catalog) assignedTo(checker string) []string {
	docs := []string{}
	for doc, span := range c.docs {
		if checker != "" && c.assigned[c.claims[span[0]].ArticleID] == checker {
			docs = append(docs, doc)
		}
	}
	return docs
}

// articleID returns the ID of the listed article doc.
func (c *catalog) articleID(doc string) (int64, bool) {
	span, ok := c.docs[doc]
	if !ok {
		return 0, false
	}
	return c.claims[span[0]].ArticleID, true
}

// setAssigned records that the article is now checker's, or nobody's
// for "".
func (c *catalog) setAssigned(article int64, checker string) {
	if c.assigned == nil {
		c.assigned = map[int64]string{}
	}
	if checker == "" {
		delete(c.assigned, article)
		return
	}
	c.assigned[article] = checker
}

// thousands formats n with commas: 1234567 is "1,234,567".
func thousands(n int) string {
	if n < 0 {
		return "-" + thousands(-n)
	}
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
