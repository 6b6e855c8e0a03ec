package ingest_test

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/factcheck/factcheck/db"
	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
	"modernc.org/sqlite"
)

// pageLimits caps the size of the databases tests name, for every
// connection the "sqlite" driver opens to them (PRAGMA max_page_count is
// a connection's, and package db opens its own): by the start of the
// file's DSN, the most pages.
var pageLimits struct {
	sync.Mutex
	once sync.Once
	max  map[string]int
}

// limitPages makes every connection opened from now on to the database at
// path stop it at max pages, failing with SQLITE_FULL as a full disk does.
func limitPages(t *testing.T, path string, max int) {
	pageLimits.once.Do(func() {
		pageLimits.max = map[string]int{}
		sqlite.RegisterConnectionHook(func(conn sqlite.ExecQuerierContext, dsn string) error {
			pageLimits.Lock()
			defer pageLimits.Unlock()
			for p, n := range pageLimits.max {
				if strings.HasPrefix(dsn, p) {
					_, err := conn.ExecContext(context.Background(), fmt.Sprintf("PRAGMA max_page_count = %d", n), []driver.NamedValue{})
					return err
				}
			}
			return nil
		})
	})
	key := "file:" + escapedPath(path) + "?"
	pageLimits.Lock()
	pageLimits.max[key] = max
	pageLimits.Unlock()
	t.Cleanup(func() {
		pageLimits.Lock()
		delete(pageLimits.max, key)
		pageLimits.Unlock()
	})
}

// TestImportReportCommitted fills the database up (PRAGMA max_page_count,
// giving SQLITE_FULL as a full disk does) part way through an import: the
// report counts the articles and claims committed, not those of the batch
// that failed.
func TestImportReportCommitted(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "factcheck.db")
	s, err := db.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	dir := t.TempDir()
	makeArticles(t, dir, 843)
	var pages int
	if err := rawDB(t, s).QueryRow("PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	limitPages(t, path, pages+1000)
	if s, err = db.Open(path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
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
	b, err := db.Open(a.Path())
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
