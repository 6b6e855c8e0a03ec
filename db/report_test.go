package db

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// count returns SELECT count(*) FROM table.
func count(t *testing.T, s *Store, table string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestImportReportCommitted fills the database up (PRAGMA max_page_count,
// giving SQLITE_FULL as a full disk does) part way through an import: the
// report counts the articles and claims committed, not those of the batch
// that failed.
func TestImportReportCommitted(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	s.db.SetMaxOpenConns(1) // the limit is per connection: keep one
	dir := t.TempDir()
	makeArticles(t, dir, 843)
	var pages int
	if err := s.db.QueryRow("PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(fmt.Sprintf("PRAGMA max_page_count = %d", pages+1000)); err != nil {
		t.Fatal(err)
	}
	rep, err := ingest.Import(ctx, s, []string{dir}, ingest.Options{})
	if !errors.Is(err, factcheck.ErrFull) {
		t.Fatalf("import: %v, want factcheck.ErrFull", err)
	}
	if got, want := len(rep.Added), count(t, s, "articles"); got != want {
		t.Errorf("report: %d articles added, %d stored", got, want)
	}
	if got, want := rep.Claims, count(t, s, "claims"); got != want {
		t.Errorf("report: %d claims, %d stored", got, want)
	}
}

// TestConcurrentImports runs a second import of the same files into the
// database after the first has read what it holds but before it writes:
// it finds them stored, reports them as already imported, and fails
// nothing.
func TestConcurrentImports(t *testing.T) {
	ctx := context.Background()
	a := mustOpen(t)
	b, err := Open(a.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	dir := t.TempDir()
	const n = 40
	makeArticles(t, dir, n)
	bin := filepath.Join(t.TempDir(), "0.txt") // read first: no write yet
	os.WriteFile(bin, []byte("\x00binary"), 0o644)
	var first *ingest.Report
	rep, err := ingest.Import(ctx, b, []string{bin, dir}, ingest.Options{Progress: func(p ingest.Progress) {
		if p.Done == 1 {
			var err error
			if first, err = ingest.Import(ctx, a, []string{dir}, ingest.Options{}); err != nil {
				t.Errorf("first import: %v", err)
			}
		}
	}})
	if err != nil {
		t.Fatalf("second import: %v", err)
	}
	if len(first.Added) != n || len(rep.Added) != 0 || len(rep.Unchanged) != n {
		t.Errorf("first added %d; second added %d, found %d already imported; want %d, 0, %d",
			len(first.Added), len(rep.Added), len(rep.Unchanged), n, n)
	}
	if got := count(t, a, "articles"); got != n {
		t.Errorf("%d articles stored, want %d", got, n)
	}
}
