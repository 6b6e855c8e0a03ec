package ingest

import (
	"cmp"
	"context"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/factcheck"
)

// A fakeStore is a Store in memory, for the tests of the pipeline that
// need no SQLite. It behaves as db.Store does where the pipeline depends
// on it: AddArticles and ReplaceClaims leave their articles ungrouped and
// advance the generation; SetGroups refuses, writing nothing, a
// generation that is no longer the store's; Claims and ClaimsOf order
// claims by article ID, then span and text, each claim's Doc its
// article's stored name. It keeps no rulings. It records the calls the
// tests look at, and lets them interfere (see the fields below).
type fakeStore struct {
	mu     sync.Mutex
	gen    int64
	arts   []*fakeArticle // by ID
	nextID int64          // the last claim ID given
	rules  int

	// taken holds the hashes of articles that another process stores
	// first: AddArticles returns "" for them, storing nothing.
	taken map[string]bool
	// askedStored, when set, makes HasArticle report a hash asked before
	// as stored, as when a batch holding a file's first copy is
	// committed while its next copy is read.
	askedStored bool
	asked       map[string]bool
	// beforeSetGroups, when not nil, runs at the start of each SetGroups
	// call, numbered from 1, with the lock not held: it may change the
	// store as another process would.
	beforeSetGroups func(call int)

	added      [][]NewArticle // what each AddArticles call was given
	setGroups  []setGroupsCall
	claimsRead int // Claims calls
	scopeReads int // ClaimsOf calls
}

type fakeArticle struct {
	StoryArticle
	hash   string
	given  string
	bytes  []byte
	claims []factcheck.Record // by span and text; Doc the article's name
}

// A setGroupsCall is one call of SetGroups, and whether it wrote.
type setGroupsCall struct {
	gen     int64
	places  []Placement
	names   map[int64][]string
	grouped []int64
	stale   bool
}

func newFakeStore() *fakeStore { return &fakeStore{taken: map[string]bool{}} }

func (f *fakeStore) HasArticle(ctx context.Context, hash string) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.askedStored {
		seen := f.asked[hash]
		if f.asked == nil {
			f.asked = map[string]bool{}
		}
		f.asked[hash] = true
		if seen {
			return true, nil
		}
	}
	return f.hasHash(hash), nil
}

func (f *fakeStore) AddArticles(ctx context.Context, arts []NewArticle) ([]Stored, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.added = append(f.added, slices.Clone(arts))
	stored := make([]Stored, len(arts))
	for i := range arts {
		a := &arts[i]
		if f.taken[a.Hash] || f.hasHash(a.Hash) {
			continue
		}
		name := a.Name
		if f.hasName(name) {
			ext := path.Ext(name)
			name = strings.TrimSuffix(name, ext) + " (" + a.Hash[:8] + ")" + ext
		}
		fa := &fakeArticle{
			StoryArticle: StoryArticle{
				ID:        int64(len(f.arts) + 1),
				Name:      name,
				Published: a.Article.Published,
				Names:     a.Names,
				Claims:    len(a.Article.Claims),
			},
			hash: a.Hash, given: a.Given, bytes: a.Bytes,
		}
		if fa.Names == nil {
			fa.Names = []string{}
		}
		ids := make([]int64, len(a.Article.Claims))
		for k := range ids {
			ids[k] = f.nextID + 1 + int64(k) // as records gives them
		}
		fa.claims = f.records(fa, a.Article.Claims)
		f.arts = append(f.arts, fa)
		stored[i] = Stored{Name: name, ID: fa.ID, Claims: ids}
	}
	f.gen++
	return stored, nil
}

// records makes the stored claims of a, giving each a new ID.
func (f *fakeStore) records(a *fakeArticle, claims []factcheck.Claim) []factcheck.Record {
	out := make([]factcheck.Record, len(claims))
	for i, c := range claims {
		f.nextID++
		c.Doc = a.Name
		out[i] = factcheck.Record{ID: f.nextID, ArticleID: a.ID, Claim: c}
	}
	sortRecords(out)
	return out
}

func sortRecords(rs []factcheck.Record) {
	slices.SortStableFunc(rs, func(a, b factcheck.Record) int {
		return cmp.Or(cmp.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.Start, b.Start),
			cmp.Compare(a.End, b.End), strings.Compare(a.Text, b.Text))
	})
}

func (f *fakeStore) hasHash(h string) bool {
	return slices.ContainsFunc(f.arts, func(a *fakeArticle) bool { return a.hash == h })
}

func (f *fakeStore) hasName(n string) bool {
	return slices.ContainsFunc(f.arts, func(a *fakeArticle) bool { return a.Name == n })
}

func (f *fakeStore) StoredArticles(ctx context.Context) ([]StoredArticle, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []StoredArticle
	for _, a := range f.arts {
		out = append(out, StoredArticle{ID: a.ID, Name: a.Name, Given: a.given})
	}
	return out, nil
}

func (f *fakeStore) ArticleBytes(ctx context.Context, id int64) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if id < 1 || int(id) > len(f.arts) {
		return nil, factcheck.ErrNotFound
	}
	return f.arts[id-1].bytes, nil
}

// ReplaceClaims keeps the ID of each claim whose span and text come back
// and drops the others (the fake has no rulings to keep them for).
func (f *fakeStore) ReplaceClaims(ctx context.Context, arts []Reextracted) (ReextractReport, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var rep ReextractReport
	type key struct {
		start, end int
		text       string
	}
	for _, re := range arts {
		a := f.arts[re.ID-1]
		old := map[key]factcheck.Record{}
		for _, c := range a.claims {
			old[key{c.Start, c.End, c.Text}] = c
		}
		var claims []factcheck.Record
		for _, c := range re.Article.Claims {
			c.Doc = a.Name
			k := key{c.Start, c.End, c.Text}
			r, ok := old[k]
			if ok {
				delete(old, k)
			} else {
				f.nextID++
				r = factcheck.Record{ID: f.nextID, ArticleID: a.ID}
				rep.Added++
			}
			r.Claim = c
			claims = append(claims, r)
		}
		sortRecords(claims)
		rep.Removed += len(old)
		rep.Articles++
		rep.Claims += len(claims)
		a.claims, a.Claims, a.Names, a.Grouped = claims, len(claims), re.Names, false
	}
	f.gen++
	return rep, nil
}

func (f *fakeStore) SetRulesVersion(ctx context.Context, v int) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.rules = v
	return nil
}

func (f *fakeStore) StoryArticles(ctx context.Context, q StoryQuery) ([]StoryArticle, int64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	all := len(q.IDs) == 0 && len(q.Names) == 0 && !q.Ungrouped
	var out []StoryArticle
	for _, a := range f.arts {
		named := false
		for _, n := range a.Names {
			named = named || slices.Contains(q.Names, n)
		}
		if all || slices.Contains(q.IDs, a.ID) || named || q.Ungrouped && !a.Grouped {
			out = append(out, a.StoryArticle)
			out[len(out)-1].Names = slices.Clone(a.Names)
		}
	}
	return out, f.gen, nil
}

func (f *fakeStore) ClaimTotals(ctx context.Context) (claims, ungrouped int, unnamed bool, _ error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, a := range f.arts {
		claims += a.Claims
		if !a.Grouped {
			ungrouped += a.Claims
		}
		unnamed = unnamed || a.Names == nil && a.Claims > 0
	}
	return claims, ungrouped, unnamed, nil
}

func (f *fakeStore) Claims(ctx context.Context) ([]factcheck.Record, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.claimsRead++
	return f.claimsWhere(func(*factcheck.Record) bool { return true }), nil
}

func (f *fakeStore) ClaimsOf(ctx context.Context, articles []int64, groups []string) ([]factcheck.Record, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.scopeReads++
	return f.claimsWhere(func(c *factcheck.Record) bool {
		return slices.Contains(articles, c.ArticleID) || slices.Contains(groups, c.Group)
	}), nil
}

// claimsWhere returns copies of the claims for which keep is true, in
// store order.
func (f *fakeStore) claimsWhere(keep func(*factcheck.Record) bool) []factcheck.Record {
	var out []factcheck.Record
	for _, a := range f.arts {
		for i := range a.claims {
			if c := &a.claims[i]; keep(c) {
				out = append(out, *c)
			}
		}
	}
	return out
}

func (f *fakeStore) SetGroups(ctx context.Context, gen int64, places []Placement, names map[int64][]string, grouped []int64) error {
	f.mu.Lock()
	call := len(f.setGroups) + 1
	f.mu.Unlock()
	if f.beforeSetGroups != nil {
		f.beforeSetGroups(call)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	rec := setGroupsCall{gen: gen, places: slices.Clone(places), names: names, grouped: slices.Clone(grouped), stale: gen != f.gen}
	f.setGroups = append(f.setGroups, rec)
	if rec.stale {
		return ErrStale
	}
	byID := map[int64]*factcheck.Record{}
	for _, a := range f.arts {
		for i := range a.claims {
			byID[a.claims[i].ID] = &a.claims[i]
		}
	}
	for _, p := range places {
		if c := byID[p.Claim]; c != nil {
			c.Group, c.Suggestion = p.Group, p.Suggestion
		}
	}
	for id, ns := range names {
		f.arts[id-1].Names = ns
	}
	for _, id := range grouped {
		f.arts[id-1].Grouped = true
	}
	return nil
}

// addRaw stores an article of the given claims (their Doc set to name) as
// an import would, without grouping them, as another process does.
func (f *fakeStore) addRaw(name string, claims []factcheck.Claim, names []string) {
	f.AddArticles(context.Background(), []NewArticle{{
		Name: name, Path: name, Hash: strings.Repeat("f", 56) + name,
		Article: &factcheck.Article{Name: name, Claims: claims}, Names: names,
	}})
}

var _ Store = (*fakeStore)(nil)
