package ingest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

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
const maxScopeClaims = 50000

// setGroupsRows is how many claims a SetGroups transaction writes.
const setGroupsRows = 500

// staleRetries is how often Regroup starts again when claims change under
// it before it gives up, leaving the articles ungrouped for the next.
const staleRetries = 5

// Regroup groups the claims of st's ungrouped articles: the articles
// added or extracted again since their claims were last grouped (see the
// comment above for which other claims are grouped with them). Orphaned
// claims belong to no group. It returns ErrStale when claims kept changing
// under it.
func Regroup(ctx context.Context, st Store) error {
	for try := 1; ; try++ {
		err := regroupOnce(ctx, st)
		if !errors.Is(err, ErrStale) || try == staleRetries {
			if err != nil {
				return fmt.Errorf("regroup: %w", err)
			}
			return nil
		}
	}
}

func regroupOnce(ctx context.Context, st Store) error {
	arts, gen, err := st.StoryArticles(ctx)
	if err != nil {
		return err
	}
	var ungrouped []int // indexes into arts
	unnamed, fresh, total := false, 0, 0
	for i := range arts {
		a := &arts[i]
		total += a.Claims
		if !a.Grouped {
			ungrouped = append(ungrouped, i)
			fresh += a.Claims
		}
		unnamed = unnamed || a.Names == nil && a.Claims > 0
	}
	if len(ungrouped) == 0 {
		return nil
	}
	var claims []factcheck.Record
	if unnamed || 4*fresh >= total {
		claims, err = st.Claims(ctx)
	} else {
		claims, err = scopeClaims(ctx, st, arts, ungrouped)
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
		if !claims[i].Orphaned {
			live = append(live, claims[i].Claim)
		}
	}
	newNames := map[int64][]string{}
	for lo := 0; lo < len(live); {
		doc := live[lo].Doc
		hi := lo + 1
		for hi < len(live) && live[hi].Doc == doc {
			hi++
		}
		if _, ok := names[doc]; !ok {
			names[doc] = group.Names(live[lo:hi])
			newNames[byName[doc]] = names[doc]
		}
		lo = hi
	}
	places := group.Group(live, published, names)

	var changed []Placement
	k := 0
	for i := range claims {
		c := &claims[i]
		var p group.Placement
		if !c.Orphaned {
			p = places[k]
			k++
		}
		if p.Group != c.Group || !sameSuggestion(p.Suggestion, c.Suggestion) {
			changed = append(changed, Placement{Claim: c.ID, Group: p.Group, Suggestion: p.Suggestion})
		}
	}
	grouped := make([]int64, len(ungrouped))
	for i, u := range ungrouped {
		grouped[i] = arts[u].ID
	}
	for {
		n := min(len(changed), setGroupsRows)
		last := n == len(changed)
		var g []int64
		if last {
			g = grouped
		}
		if err := st.SetGroups(context.WithoutCancel(ctx), gen, changed[:n], newNames, g); err != nil {
			return err
		}
		changed, newNames = changed[n:], nil
		if last {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}

// scopeClaims returns the claims to group with those of the ungrouped
// articles: theirs, those of the articles related to them, up to
// maxScopeClaims, and every claim of a group one of these is in, ordered
// as Store.Claims orders them.
func scopeClaims(ctx context.Context, st Store, arts []StoryArticle, ungrouped []int) ([]factcheck.Record, error) {
	byName := map[string][]int{}
	for i := range arts {
		for _, n := range arts[i].Names {
			byName[n] = append(byName[n], i)
		}
	}
	in := make(map[int]bool, len(ungrouped))
	ids := make([]int64, 0, len(ungrouped))
	budget := maxScopeClaims
	for _, u := range ungrouped {
		in[u] = true
		ids = append(ids, arts[u].ID)
	}
	shared := map[int]int{} // related article to the most names it shares with a new one
	for _, u := range ungrouped {
		count := map[int]int{}
		for _, n := range arts[u].Names {
			for _, j := range byName[n] {
				if !in[j] {
					count[j]++
				}
			}
		}
		for j, n := range count {
			if group.Related(arts[u].Names, arts[j].Names) {
				shared[j] = max(shared[j], n)
			}
		}
	}
	related := make([]int, 0, len(shared))
	for j := range shared {
		related = append(related, j)
	}
	slices.SortFunc(related, func(a, b int) int {
		return cmp.Or(cmp.Compare(shared[b], shared[a]), cmp.Compare(arts[b].ID, arts[a].ID))
	})
	for _, j := range related {
		if budget -= arts[j].Claims; budget < 0 {
			break
		}
		ids = append(ids, arts[j].ID)
	}
	claims, err := st.ClaimsOf(ctx, ids, nil)
	if err != nil {
		return nil, err
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
		return nil, err
	}
	for i := range more {
		if !seen[more[i].ID] {
			claims = append(claims, more[i])
		}
	}
	slices.SortFunc(claims, func(a, b factcheck.Record) int {
		return cmp.Or(cmp.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.Start, b.Start),
			cmp.Compare(a.End, b.End), strings.Compare(a.Text, b.Text))
	})
	return claims, nil
}

// sameSuggestion reports whether two suggestions propose the same.
func sameSuggestion(a, b *factcheck.Suggestion) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Verdict == b.Verdict && (a.By == nil) == (b.By == nil) && (a.By == nil || *a.By == *b.By) &&
		slices.Equal(a.With, b.With)
}
