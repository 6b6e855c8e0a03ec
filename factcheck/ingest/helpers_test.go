package ingest_test

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/factcheck/factcheck/db"
	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// The tests of this file's package import into SQLite stores (package db)
// through the public API only; fake_test.go's tests need no SQLite.

// seedsDir holds the five seed articles.
const seedsDir = "../../seeds"

// mustOpen opens a new store in a temporary directory.
func mustOpen(t testing.TB) *db.Store {
	t.Helper()
	s, err := db.Create(filepath.Join(t.TempDir(), "factcheck.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// sqlDSN is the data source name that opens the database at path through
// database/sql, with the pragmas package db gives its own connections.
func sqlDSN(path string) string {
	return "file:" + escapedPath(path) + "?_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)"
}

// escapedPath returns path as a "file:" URI names it.
func escapedPath(path string) string { return (&url.URL{Path: path}).EscapedPath() }

// rawDB opens s's file through database/sql, for what no Store method
// reads.
func rawDB(t testing.TB, s *db.Store) *sql.DB {
	t.Helper()
	d, err := sql.Open("sqlite", sqlDSN(s.Path()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// count returns SELECT count(*) FROM table of s's file.
func count(t *testing.T, s *db.Store, table string) int {
	t.Helper()
	var n int
	if err := rawDB(t, s).QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// makeArticles writes n distinct articles into dir, made from the seeds.
func makeArticles(t testing.TB, dir string, n int) {
	t.Helper()
	seeds, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	for i := range n {
		b, err := os.ReadFile(seeds[i%len(seeds)])
		if err != nil {
			t.Fatal(err)
		}
		b = append(b, "\nCopy "+copyTag(i)+".\n"...)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%06d.txt", i)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// copyTag spells i in letters, so that it adds no claim to a copy.
func copyTag(i int) string {
	var b []byte
	for {
		b = append(b, byte('a'+i%26))
		i /= 26
		if i == 0 {
			return string(b)
		}
	}
}

// wantClaims returns what the extractor finds in each file of dir, by name.
func wantClaims(t *testing.T, dir string) map[string][]factcheck.Claim {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no .txt in %s: %v", dir, err)
	}
	out := map[string][]factcheck.Claim{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := extract.ParseArticle(filepath.Base(f), b, "")
		if err != nil {
			t.Fatal(err)
		}
		out[a.Name] = a.Claims
	}
	return out
}

// byArticle groups stored claims by article name, without their store
// fields.
func byArticle(claims []factcheck.Record) map[string][]factcheck.Claim {
	out := map[string][]factcheck.Claim{}
	for _, c := range claims {
		out[c.Doc] = append(out[c.Doc], c.Claim)
	}
	return out
}

// claimEqual reports whether two claims are the same, comparing their end
// values by what they say.
func claimEqual(a, b factcheck.Claim) bool {
	ea, eb := "", ""
	if a.EndValue != nil {
		ea = a.EndValue.String()
	}
	if b.EndValue != nil {
		eb = b.EndValue.String()
	}
	a.EndValue, b.EndValue = nil, nil
	return a == b && ea == eb
}

// ungrouped returns how many articles wait for their claims to be grouped.
func ungrouped(t *testing.T, s *db.Store) int {
	t.Helper()
	arts, _, err := s.StoryArticles(context.Background(), ingest.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, a := range arts {
		if !a.Grouped {
			n++
		}
	}
	return n
}

// checkGrouped checks that grouping ran over every article: none is left
// ungrouped, claims share groups, and no group holds a single claim (a
// claim alone is stored in no group).
func checkGrouped(t *testing.T, s *db.Store) {
	t.Helper()
	ctx := context.Background()
	arts, _, err := s.StoryArticles(ctx, ingest.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if !a.Grouped {
			t.Errorf("article %s left ungrouped", a.Name)
		}
	}
	claims, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	size := map[string]int{}
	for _, c := range claims {
		if c.Group != "" {
			size[c.Group]++
		}
	}
	if len(size) == 0 {
		t.Error("no claims share a group")
	}
	for g, n := range size {
		if n == 1 {
			t.Errorf("group %s holds one claim", g)
		}
	}
}

// checkWholeArticles checks that every stored article has all the claims
// the extractor finds in its bytes.
func checkWholeArticles(t *testing.T, s *db.Store) {
	t.Helper()
	ctx := context.Background()
	arts, err := s.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	claims, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	stored := byArticle(claims)
	for _, a := range arts {
		b, err := s.ArticleBytes(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		x, err := extract.ParseArticle(a.Name, b, "")
		if err != nil {
			t.Fatal(err)
		}
		if len(stored[a.Name]) != len(x.Claims) || a.Claims != len(x.Claims) {
			t.Errorf("%s: %d claims stored, %d extracted", a.Name, len(stored[a.Name]), len(x.Claims))
		}
	}
}
