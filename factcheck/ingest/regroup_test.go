package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/factcheck/group"
)

// seedsDir holds the five seed articles, one story.
const seedsDir = "../../seeds"

// seeds returns the seed articles' paths in order.
func seeds(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil || len(paths) != 5 {
		t.Fatalf("seeds: %v, %v", paths, err)
	}
	return paths
}

// newArticle extracts text as Import would an article of that name.
func newArticle(t *testing.T, name, text string) NewArticle {
	t.Helper()
	sum := sha256.Sum256([]byte(text))
	a, err := extract.ParseArticle(name, []byte(text), "")
	if err != nil {
		t.Fatal(err)
	}
	return NewArticle{Name: name, Path: name, Hash: hex.EncodeToString(sum[:]), Bytes: []byte(text),
		Article: a, Names: group.Names(a.Claims)}
}

// add stores articles in f as another process would: ungrouped.
func add(t *testing.T, f *fakeStore, arts ...NewArticle) {
	t.Helper()
	if _, err := f.AddArticles(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
}

// ungroupedIn returns the names of f's articles left ungrouped.
func ungroupedIn(f *fakeStore) []string {
	arts, _, _ := f.StoryArticles(context.Background(), StoryQuery{})
	var out []string
	for _, a := range arts {
		if !a.Grouped {
			out = append(out, a.Name)
		}
	}
	return out
}

// placement is where a claim was put, by its key rather than its ID.
type placement struct {
	group      string
	suggestion *factcheck.Suggestion
}

type claimKey struct {
	doc        string
	start, end int
	text       string
}

// placements returns where each claim of f is.
func placements(t *testing.T, f *fakeStore) map[claimKey]placement {
	t.Helper()
	claims, err := f.Claims(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := map[claimKey]placement{}
	for _, c := range claims {
		out[claimKey{c.Doc, c.Start, c.End, c.Text}] = placement{c.Group, c.Suggestion}
	}
	return out
}

// wholeGrouping returns where group.Group puts every claim of f, grouped
// all at once, given the articles' names as stored.
func wholeGrouping(t *testing.T, f *fakeStore) map[claimKey]placement {
	t.Helper()
	claims, err := f.Claims(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	published := map[string]string{}
	names := map[string][]string{}
	for _, a := range f.arts {
		published[a.Name] = a.Published
		names[a.Name] = a.Names
	}
	live := make([]factcheck.Claim, len(claims))
	for i := range claims {
		live[i] = claims[i].Claim
	}
	places := group.Group(live, published, names)
	size := map[string]int{}
	for _, p := range places {
		size[p.Group]++
	}
	out := map[claimKey]placement{}
	for i, c := range claims {
		g := places[i].Group
		if size[g] == 1 {
			g = "" // a claim alone is stored in no group
		}
		out[claimKey{c.Doc, c.Start, c.End, c.Text}] = placement{g, places[i].Suggestion}
	}
	return out
}

// diffPlacements reports every claim placed differently in got and want.
func diffPlacements(t *testing.T, got, want map[claimKey]placement) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d claims, want %d", len(got), len(want))
	}
	for k, w := range want {
		g, ok := got[k]
		switch {
		case !ok:
			t.Errorf("%v: missing", k)
		case g.group != w.group:
			t.Errorf("%s %d-%d %q: group %q, want %q", k.doc, k.start, k.end, k.text, g.group, w.group)
		case !sameSuggestion(g.suggestion, w.suggestion):
			t.Errorf("%s %d-%d %q: suggestion %+v, want %+v", k.doc, k.start, k.end, k.text, g.suggestion, w.suggestion)
		}
	}
}

// TestFirstImportGroupsWhatItWrote: a store's first import groups the
// claims it wrote as it holds them, with no read of the store's claims,
// and places them as grouping the stored claims whole does; when another
// process changes claims meanwhile, it reads them.
func TestFirstImportGroupsWhatItWrote(t *testing.T) {
	ctx := context.Background()
	f := newFakeStore()
	if _, err := Import(ctx, f, seeds(t), Options{}); err != nil {
		t.Fatal(err)
	}
	if f.claimsRead != 0 {
		t.Errorf("the claims were read back %d times", f.claimsRead)
	}
	diffPlacements(t, placements(t, f), wholeGrouping(t, f))

	f = newFakeStore()
	f.beforeSetGroups = func(call int) {
		if call == 1 {
			add(t, f, newArticle(t, "meanwhile.txt", storyText))
		}
	}
	if _, err := Import(ctx, f, seeds(t), Options{}); err != nil {
		t.Fatal(err)
	}
	if f.claimsRead != 1 {
		t.Errorf("the claims were read %d times after another process added an article, want once", f.claimsRead)
	}
	diffPlacements(t, placements(t, f), wholeGrouping(t, f))
	if u := ungroupedIn(f); len(u) != 0 {
		t.Errorf("left ungrouped: %q", u)
	}
}

// An article of the same story as the seeds, stored by another process.
const storyText = "Secretary of State Antony Blinken met Israeli leaders in Tel Aviv on November 3 as more than 9,000 people had died in Gaza.\n"

// TestRegroupRetriesStale: claims added by another process between the
// reading of the claims and the writing of their groups make SetGroups
// refuse (ErrStale, writing nothing); Regroup computes the groups again,
// over the new claims too, and writes them.
func TestRegroupRetriesStale(t *testing.T) {
	f := newFakeStore()
	add(t, f, newArticle(t, "a.txt", "Sales at the Leeds plant rose 12% to $4 million in 2003.\n"))
	f.beforeSetGroups = func(call int) {
		if call <= 2 {
			add(t, f, newArticle(t, string(rune('a'+call))+"-meanwhile.txt", storyText+string(rune('a'+call))+".\n"))
		}
	}
	if err := Regroup(context.Background(), f); err != nil {
		t.Fatalf("Regroup: %v", err)
	}
	var stale []bool
	for _, c := range f.setGroups {
		stale = append(stale, c.stale)
	}
	if want := []bool{true, true, false}; !slices.Equal(stale, want) {
		t.Errorf("SetGroups calls stale: %v, want %v", stale, want)
	}
	if u := ungroupedIn(f); len(u) != 0 {
		t.Errorf("left ungrouped: %q", u)
	}
	if len(f.arts) != 3 {
		t.Fatalf("%d articles, want 3", len(f.arts))
	}
	diffPlacements(t, placements(t, f), wholeGrouping(t, f))
}

// TestRegroupGivesUp: when claims change under every try, Regroup gives up
// after staleRetries tries with ErrStale, having written nothing; the
// next Regroup groups the articles.
func TestRegroupGivesUp(t *testing.T) {
	ctx := context.Background()
	f := newFakeStore()
	for _, p := range seeds(t) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		add(t, f, newArticle(t, filepath.Base(p), string(b)))
	}
	f.beforeSetGroups = func(int) {
		f.mu.Lock()
		f.gen++ // as a re-extraction elsewhere that changes nothing would
		f.mu.Unlock()
	}
	err := Regroup(ctx, f)
	if !errors.Is(err, ErrStale) {
		t.Fatalf("Regroup: %v, want ErrStale", err)
	}
	if len(f.setGroups) != staleRetries {
		t.Errorf("%d SetGroups calls, want %d", len(f.setGroups), staleRetries)
	}
	for i, c := range f.setGroups {
		if !c.stale {
			t.Errorf("SetGroups call %d was not stale", i+1)
		}
	}
	if u := ungroupedIn(f); len(u) != 5 {
		t.Errorf("ungrouped after giving up: %q, want all 5", u)
	}
	for k, p := range placements(t, f) {
		if p.group != "" || p.suggestion != nil {
			t.Errorf("%v: placed at %+v by a stale SetGroups", k, p)
		}
	}

	f.beforeSetGroups = nil
	if err := Regroup(ctx, f); err != nil {
		t.Fatalf("the next Regroup: %v", err)
	}
	if u := ungroupedIn(f); len(u) != 0 {
		t.Errorf("left ungrouped by the next Regroup: %q", u)
	}
	diffPlacements(t, placements(t, f), wholeGrouping(t, f))
}

// TestRegroupOneAtATime imports the seeds, one story, one at a time: each
// import groups only the story of its article (the claims of the articles
// related to it and of their groups), and the result is the grouping of
// the five imported at once, claim by claim, group and suggestion.
func TestRegroupOneAtATime(t *testing.T) {
	ctx := context.Background()
	paths := seeds(t)
	whole := newFakeStore()
	if _, err := Import(ctx, whole, paths, Options{}); err != nil {
		t.Fatal(err)
	}
	want := placements(t, whole)
	diffPlacements(t, want, wholeGrouping(t, whole))

	f := newFakeStore()
	scoped := 0
	for _, p := range paths {
		before := f.scopeReads
		rep, err := Import(ctx, f, []string{p}, Options{})
		if err != nil || len(rep.Added) != 1 {
			t.Fatalf("import %s: %v, %v", p, rep, err)
		}
		if f.scopeReads > before {
			scoped++
		}
	}
	if scoped == 0 {
		t.Error("no import grouped its story alone: the test tests nothing")
	}
	t.Logf("%d of %d imports grouped their story alone", scoped, len(paths))
	diffPlacements(t, placements(t, f), want)
}

// TestRegroupUnrelated imports an article that shares no names with a
// stored story: the story's claims are neither read whole nor changed.
func TestRegroupUnrelated(t *testing.T) {
	ctx := context.Background()
	f := newFakeStore()
	if _, err := Import(ctx, f, seeds(t), Options{}); err != nil {
		t.Fatal(err)
	}
	story := placements(t, f)
	seedClaims := map[int64]bool{}
	for _, a := range f.arts {
		for _, c := range a.claims {
			seedClaims[c.ID] = true
		}
	}
	calls, reads := len(f.setGroups), f.claimsRead

	p := filepath.Join(t.TempDir(), "leeds.txt")
	os.WriteFile(p, []byte("Sales at the Leeds plant of Harrogate Foods rose 12% to £4 million in 2003, and 300 people work there.\n"), 0o644)
	rep, err := Import(ctx, f, []string{p}, Options{})
	if err != nil || len(rep.Added) != 1 || rep.Claims == 0 {
		t.Fatalf("import: %+v, %v", rep, err)
	}
	for _, a := range f.arts[:len(f.arts)-1] {
		if group.Related(f.arts[len(f.arts)-1].Names, a.Names) {
			t.Fatalf("the article (names %q) is related to %s of the story", f.arts[len(f.arts)-1].Names, a.Name)
		}
	}
	if f.claimsRead != reads {
		t.Error("the store's claims were read whole")
	}
	if len(f.setGroups) == calls {
		t.Fatal("SetGroups was not called")
	}
	for _, c := range f.setGroups[calls:] {
		for _, pl := range c.places {
			if seedClaims[pl.Claim] {
				t.Errorf("SetGroups changed claim %d of the story: %+v", pl.Claim, pl)
			}
		}
	}
	after := placements(t, f)
	for k, p := range story {
		if a := after[k]; a.group != p.group || !sameSuggestion(a.suggestion, p.suggestion) {
			t.Errorf("%v: %+v, was %+v", k, a, p)
		}
	}
	if u := ungroupedIn(f); len(u) != 0 {
		t.Errorf("left ungrouped: %q", u)
	}
	diffPlacements(t, after, wholeGrouping(t, f))
}

// TestRegroupWholeGroups: a new article related to b.txt, whose claim is
// in a group with one of c.txt, an article the new one is not related
// to: the claims of c.txt in that group are grouped with the new article
// too, so that the group is not cut in two.
func TestRegroupWholeGroups(t *testing.T) {
	ctx := context.Background()
	f := newFakeStore()
	article := func(name, text string, names ...string) NewArticle {
		a := newArticle(t, name, text)
		a.Names = names
		return a
	}
	var pad strings.Builder
	for i := range 20 {
		fmt.Fprintf(&pad, "The mill in Halifax made %d bolts of cloth in %d. ", 100+i, 1850+i)
	}
	add(t, f,
		article("c.txt", "Police said 12 people died in the fire in Leeds.\n", "p", "q", "r", "s"),
		article("b.txt", "Police said 14 people died in the fire in Leeds.\n", "r", "s", "t", "u"),
		article("d.txt", pad.String(), "x1", "x2", "x3", "x4"))
	if err := Regroup(ctx, f); err != nil {
		t.Fatal(err)
	}
	before := placements(t, f)
	var c, b placement
	for k, p := range before {
		switch k.doc {
		case "c.txt":
			c = p
		case "b.txt":
			b = p
		}
	}
	if c.group == "" || c.group != b.group {
		t.Fatalf("c.txt's claim in group %q, b.txt's in %q: want one group", c.group, b.group)
	}

	add(t, f, article("n.txt", "Police said 15 people died in the fire in Leeds.\n", "t", "u", "v", "w"))
	reads, scoped := f.claimsRead, f.scopeReads
	if err := Regroup(ctx, f); err != nil {
		t.Fatal(err)
	}
	if f.claimsRead != reads || f.scopeReads == scoped {
		t.Fatal("the store was grouped whole, not the new article's story")
	}
	diffPlacements(t, placements(t, f), wholeGrouping(t, f))
}
