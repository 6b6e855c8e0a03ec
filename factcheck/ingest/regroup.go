package ingest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/group"
)

// Grouping a store. The claims are read, grouped by group.Group with no
// lock held, and the groups that changed are written in short
// transactions (SetGroups) that first check the store's generation: when
// another process added or replaced claims meanwhile, the work is done
// again on the new claims.
//
// After an import of a few articles, only their story is grouped: the new
// articles, the articles related to one of them (group.Related: they share
// names), and every claim of a group that one of their claims is in, so
// that no group is cut in two. A store is grouped whole when a quarter of
// its claims or more are new, and when its articles' names were never
// recorded (a store from an older version).

// maxScopeClaims bounds the claims of related articles read to group a
// few new ones: the articles sharing most names come first. A wire
// archive relates every short article naming "U.S." to every other.
const maxScopeClaims = 20000

// staleRetries is how often Regroup starts again when claims change under
// it before it gives up, leaving the articles ungrouped for the next.
const staleRetries = 5

// writtenClaims are the claims a store's first import wrote, as the
// import holds them, so that grouping them need not read them back. They
// are the store's claims as long as the store's generation is the one
// the import's own writes led to: any other change to claims (another
// import, a checker's dismissal or amended reading) moves it further.
type writtenClaims struct {
	generation int64 // the store's after the import's last write
	articles   []writtenArticle
	claims     int
	ahead      *groupAhead // its claims grouped as parsed
}

// A writtenArticle is an article an import stored, with its claims.
type writtenArticle struct {
	stored Stored
	claims []factcheck.Claim
}

// newWrittenClaims starts the record of an import's writes into st.
func newWrittenClaims(ctx context.Context, st Store) (*writtenClaims, error) {
	_, gen, err := st.StoryArticles(ctx, StoryQuery{Ungrouped: true})
	if err != nil {
		return nil, err
	}
	return &writtenClaims{generation: gen}, nil
}

// wrote counts one Store.AddArticles. A nil w records nothing.
func (w *writtenClaims) wrote() {
	if w != nil {
		w.generation++
	}
}

// add records the claims of an article stored as s. A nil w records
// nothing.
func (w *writtenClaims) add(s Stored, claims []factcheck.Claim) {
	if w != nil {
		w.articles = append(w.articles, writtenArticle{s, claims})
		w.claims += len(claims)
	}
}

// placements returns group.Group's placements of the input, which w's
// import grouped ahead when they are its claims. A nil w groups them.
func (w *writtenClaims) placements(in groupInput) []group.Placement {
	if w == nil {
		return group.Group(in.claims, in.published, in.names)
	}
	return w.ahead.placements(in)
}

// at returns the claims written as Store.Claims would return them, when
// the store's generation is gen; else nil.
func (w *writtenClaims) at(gen int64) []factcheck.Record {
	if w == nil || gen != w.generation || w.claims == 0 {
		return nil
	}
	bySpan := func(a, b factcheck.Record) int { return claimSpanOrder(a.Claim, b.Claim) }
	slices.SortFunc(w.articles, func(a, b writtenArticle) int { return cmp.Compare(a.stored.ID, b.stored.ID) })
	out := make([]factcheck.Record, 0, w.claims)
	for _, a := range w.articles {
		start := len(out)
		for i := range a.claims {
			out = append(out, factcheck.Record{ID: a.stored.Claims[i], ArticleID: a.stored.ID, Claim: a.claims[i]})
			out[len(out)-1].Doc = a.stored.Name
		}
		if !slices.IsSortedFunc(out[start:], bySpan) {
			slices.SortFunc(out[start:], bySpan)
		}
	}
	return out
}

// Regroup groups the claims of st's ungrouped articles (those added or
// extracted again since their claims were last grouped) with the claims
// of the articles related to them by names and of every group one of
// these claims is in; the whole store when a quarter of its claims or
// more are new. Orphaned and dismissed claims belong to no group. It returns ErrStale
// when claims kept changing under it.
func Regroup(ctx context.Context, st Store) error { return regroup(ctx, st, false, nil) }

// regroup is Regroup, paced as a store's first import when first, and
// reading the store's claims from written when they are those.
func regroup(ctx context.Context, st Store, first bool, written *writtenClaims) error {
	for try := 1; ; try++ {
		err := regroupOnce(ctx, st, first, written)
		if !errors.Is(err, ErrStale) || try == staleRetries {
			if err != nil {
				return fmt.Errorf("regroup: %w", err)
			}
			return nil
		}
	}
}

func regroupOnce(ctx context.Context, st Store, first bool, written *writtenClaims) error {
	ungrouped, gen, err := st.StoryArticles(ctx, StoryQuery{Ungrouped: true})
	if err != nil || len(ungrouped) == 0 {
		return err
	}
	total, fresh, unnamed, err := st.ClaimTotals(ctx)
	if err != nil {
		return err
	}
	var arts []StoryArticle
	var claims []factcheck.Record
	if unnamed || 4*fresh >= total {
		if arts, _, err = st.StoryArticles(ctx, StoryQuery{}); err == nil {
			if claims = written.at(gen); claims == nil {
				claims, err = st.Claims(ctx)
			}
		}
	} else {
		arts, claims, err = scope(ctx, st, ungrouped)
	}
	if err != nil {
		return err
	}

	// Articles without names get them from their claims (which are all
	// read then: the store is grouped whole).
	names := make(map[string][]string, len(arts))
	published := make(map[string]string, len(arts))
	byName := make(map[string]int64, len(arts))
	for i := range arts {
		a := &arts[i]
		published[a.Name] = a.Published
		byName[a.Name] = a.ID
		if a.Names != nil {
			names[a.Name] = a.Names
		}
	}
	live := make([]factcheck.Claim, 0, len(claims))
	for i := range claims {
		if grouped(&claims[i]) {
			live = append(live, claims[i].Claim)
		}
	}
	newNames := map[int64][]string{}
	fillNames(live, names, func(doc string, ns []string) { newNames[byName[doc]] = ns })
	places := written.placements(groupInput{live, published, names})
	size := make(map[string]int, len(places))
	for _, p := range places {
		size[p.Group]++
	}

	// A claim alone is stored in no group: most claims are, and so are
	// never written again.
	var changed []Placement
	k := 0
	for i := range claims {
		c := &claims[i]
		var p group.Placement
		if grouped(c) {
			p = places[k]
			k++
			if size[p.Group] == 1 {
				p.Group = ""
			}
		}
		if p.Group != c.Group || !sameSuggestion(p.Suggestion, c.Suggestion) {
			changed = append(changed, Placement{Claim: c.ID, Group: p.Group, Suggestion: p.Suggestion})
		}
	}
	grouped := make([]int64, len(ungrouped))
	for i := range ungrouped {
		grouped[i] = ungrouped[i].ID
	}
	pace := newPacer(first)
	for {
		n := min(len(changed), pace.size())
		last := n == len(changed)
		var g []int64
		if last {
			g = grouped
		}
		start := time.Now()
		if err := st.SetGroups(context.WithoutCancel(ctx), gen, changed[:n], newNames, g); err != nil {
			return err
		}
		changed, newNames = changed[n:], nil
		if last {
			return nil
		}
		pace.wrote(n, time.Since(start))
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}

// grouped reports whether c is grouped: it is still extracted, or was
// added by a checker, and no checker said it is not a claim. Grouping
// reads the checker's reading of a claim where there is one.
func grouped(c *factcheck.Record) bool { return !c.Orphaned && c.Verdict != factcheck.Dismissed }

// scope returns the claims to group with those of the ungrouped articles:
// theirs, those of the articles related to them, up to maxScopeClaims, and
// every claim of a group one of these is in, ordered as Store.Claims
// orders them; and the articles of these claims.
func scope(ctx context.Context, st Store, ungrouped []StoryArticle) ([]StoryArticle, []factcheck.Record, error) {
	var names []string
	in := map[int64]bool{}
	for _, u := range ungrouped {
		names = append(names, u.Names...)
		in[u.ID] = true
	}
	slices.Sort(names)
	cands, _, err := st.StoryArticles(ctx, StoryQuery{Names: slices.Compact(names)})
	if err != nil {
		return nil, nil, err
	}
	byName := map[string][]int{} // name to the new articles with it
	for i, u := range ungrouped {
		for _, n := range u.Names {
			byName[n] = append(byName[n], i)
		}
	}
	shared := map[int]int{} // a related article, by index in cands, to the most names it shares with a new one
	count := make([]int, len(ungrouped))
	var touched []int // the new articles count counts for this candidate
	for j := range cands {
		if in[cands[j].ID] {
			continue
		}
		for _, n := range cands[j].Names {
			for _, i := range byName[n] {
				if count[i] == 0 {
					touched = append(touched, i)
				}
				count[i]++
			}
		}
		for _, i := range touched {
			if count[i] > shared[j] && group.Related(ungrouped[i].Names, cands[j].Names) {
				shared[j] = count[i]
			}
			count[i] = 0
		}
		touched = touched[:0]
	}
	related := slices.Collect(maps.Keys(shared))
	slices.SortFunc(related, func(a, b int) int {
		return cmp.Or(cmp.Compare(shared[b], shared[a]), cmp.Compare(cands[b].ID, cands[a].ID))
	})
	arts := slices.Clone(ungrouped)
	budget := maxScopeClaims
	for _, j := range related {
		if budget -= cands[j].Claims; budget < 0 {
			break
		}
		arts = append(arts, cands[j])
		in[cands[j].ID] = true
	}
	ids := make([]int64, len(arts))
	for i := range arts {
		ids[i] = arts[i].ID
	}
	claims, err := st.ClaimsOf(ctx, ids, nil)
	if err != nil {
		return nil, nil, err
	}
	seen := make(map[int64]bool, len(claims))
	var groups []string
	inGroup := map[string]bool{}
	for i := range claims {
		seen[claims[i].ID] = true
		if g := claims[i].Group; g != "" && !inGroup[g] {
			inGroup[g] = true
			groups = append(groups, g)
		}
	}
	more, err := st.ClaimsOf(ctx, nil, groups)
	if err != nil {
		return nil, nil, err
	}
	var others []int64 // articles of claims in those groups
	for i := range more {
		if !seen[more[i].ID] {
			claims = append(claims, more[i])
			if id := more[i].ArticleID; !in[id] {
				in[id] = true
				others = append(others, id)
			}
		}
	}
	if len(others) > 0 {
		o, _, err := st.StoryArticles(ctx, StoryQuery{IDs: others})
		if err != nil {
			return nil, nil, err
		}
		arts = append(arts, o...)
	}
	slices.SortFunc(claims, func(a, b factcheck.Record) int {
		return cmp.Or(cmp.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.Start, b.Start),
			cmp.Compare(a.End, b.End), strings.Compare(a.Text, b.Text))
	})
	return arts, claims, nil
}

// sameSuggestion reports whether two suggestions propose the same.
func sameSuggestion(a, b *factcheck.Suggestion) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Verdict == b.Verdict && (a.By == nil) == (b.By == nil) && (a.By == nil || *a.By == *b.By) &&
		slices.Equal(a.With, b.With)
}

// A Merger is a Store that can merge another review into itself:
// db.Store is one.
type Merger interface {
	Store
	// MergeFrom brings into the store what the review at target (a file
	// or a server's URL) holds and it lacks: articles, claims, ruling
	// events, label edits; see db.Store.Merge.
	MergeFrom(ctx context.Context, target string) (factcheck.MergeReport, error)
}

// Merge merges the review at target into st and groups what came in with
// its stories. The report counts what the merge committed, also when
// grouping then fails.
func Merge(ctx context.Context, st Merger, target string) (factcheck.MergeReport, error) {
	rep, err := st.MergeFrom(ctx, target)
	if err != nil {
		return rep, err
	}
	if err := Regroup(ctx, st); err != nil {
		return rep, fmt.Errorf("the merge of %s is stored; grouping it: %w", rep.From, err)
	}
	return rep, nil
}
