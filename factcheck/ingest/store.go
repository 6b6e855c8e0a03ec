package ingest

import (
	"context"
	"errors"

	"github.com/factcheck/factcheck/factcheck"
)

// A Store is a review's storage as the pipeline needs it: db.Store is one.
// Each method that writes does so in one transaction of its own, so that
// the pipeline decides how long the store is held: a ruling made by
// another process meanwhile waits for one batch at most.
type Store interface {
	// HasArticle reports whether an article with the given bytes' hash
	// (SHA-256, hex) is stored. It is called from several goroutines.
	HasArticle(ctx context.Context, hash string) (bool, error)
	// AddArticles stores articles with their claims, and returns where
	// each went (see Stored), the zero Stored for an article whose bytes
	// another process stored meanwhile. Its claims are in no group and
	// the articles are left ungrouped (see StoryArticles); the store's
	// generation goes up by one.
	AddArticles(ctx context.Context, articles []NewArticle) ([]Stored, error)
	// StoredArticles returns every stored article, by ID, with the
	// publication date given when it was imported.
	StoredArticles(ctx context.Context) ([]StoredArticle, error)
	// ArticleBytes returns the bytes an article was imported from.
	ArticleBytes(ctx context.Context, id int64) ([]byte, error)
	// ReplaceClaims stores the claims of articles extracted again (see
	// Reextract for what becomes of the claims that do not come back), and
	// returns what it changed. The articles are left ungrouped.
	ReplaceClaims(ctx context.Context, articles []Reextracted) (ReextractReport, error)
	// SetRulesVersion records that the store's claims were found by the
	// rules of factcheck.RulesVersion v.
	SetRulesVersion(ctx context.Context, v int) error

	// StoryArticles returns what grouping needs of the articles q
	// selects, by ID, and the store's generation: a number that changes
	// whenever claims are added, replaced or removed, read before the
	// articles.
	StoryArticles(ctx context.Context, q StoryQuery) (_ []StoryArticle, generation int64, _ error)
	// ClaimTotals returns how many claims that are not orphaned the store
	// holds, how many of them are of ungrouped articles, and whether an
	// article's names were never recorded (see StoryArticle).
	ClaimTotals(ctx context.Context) (claims, ungrouped int, unnamed bool, _ error)
	// Claims returns every claim, orphaned ones included, with its group,
	// suggestion and current ruling (and so the checker's reading where
	// one was amended), its Doc the article's name, ordered by article ID
	// and then span (start, end, text).
	Claims(ctx context.Context) ([]factcheck.Record, error)
	// ClaimsOf returns the claims of the articles given and the claims of
	// the groups given, as Claims returns them.
	ClaimsOf(ctx context.Context, articles []int64, groups []string) ([]factcheck.Record, error)
	// SetGroups records groups computed from the claims of generation
	// generation: each Placement's claim gets its group and suggestion,
	// each article of names its Names, and the articles of grouped are
	// marked grouped. It returns ErrStale, writing nothing, when the
	// store's generation is no longer generation.
	SetGroups(ctx context.Context, generation int64, p []Placement, names map[int64][]string, grouped []int64) error
}

// ErrStale is returned by a Store's SetGroups when claims changed since
// the groups were computed; Regroup then computes them again.
var ErrStale = errors.New("claims changed since the groups were computed")

// A NewArticle is an article read and extracted, for Store.AddArticles.
type NewArticle struct {
	Name    string             // base name of the file
	Path    string             // the path it was read from, as the user named it
	Hash    string             // SHA-256 of Bytes, hex
	Bytes   []byte             // the file as read
	Given   string             // the publication date given at import, YYYY-MM-DD, or ""
	Article *factcheck.Article // what the extractor found; Article.Text is Bytes decoded
	Names   []string           // group.NamesOfText of its text
}

// A Stored is where Store.AddArticles put an article.
type Stored struct {
	Name   string  // its name in the store: its own, or one made unique there
	ID     int64   // its ID
	Claims []int64 // its claims' IDs, in the order of Article.Claims
}

// A StoredArticle is an article as Reextract reads it back.
type StoredArticle struct {
	ID    int64
	Name  string
	Given string // the publication date given at import, or ""
}

// Reextracted is an article extracted again, for Store.ReplaceClaims.
type Reextracted struct {
	ID      int64
	Bytes   []byte // as stored
	Article *factcheck.Article
	Names   []string // group.NamesOfText of its text
}

// A StoryQuery selects articles for Store.StoryArticles: those of IDs,
// those with one of Names, and the ungrouped ones when Ungrouped; every
// article when it is zero.
type StoryQuery struct {
	IDs       []int64
	Names     []string
	Ungrouped bool
}

// A StoryArticle is what grouping needs of a stored article.
type StoryArticle struct {
	ID        int64
	Name      string
	Published string   // YYYY-MM-DD, --MM-DD or ""
	Names     []string // group.Names; nil when not computed yet (a store from before they were kept)
	Claims    int      // claims that are not orphaned
	Grouped   bool     // whether its claims were grouped since they last changed
}

// A Placement is a claim's group and suggestion, for Store.SetGroups.
type Placement struct {
	Claim      int64 // the claim's ID
	Group      string
	Suggestion *factcheck.Suggestion // nil for none
}
