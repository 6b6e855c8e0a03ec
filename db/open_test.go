package db

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// closedSeed returns the path of a database holding the seeds, closed and
// checkpointed into one file, and its claims.
func closedSeed(t *testing.T) (string, []factcheck.Record) {
	t.Helper()
	s, claims := mustSeed(t)
	s.Close()
	return s.Path(), claims
}

// TestDamagedInside damages an index inside a file whose header is whole:
// the first write of a session (a ruling, an import) is refused with
// factcheck.ErrCorrupt naming the file, and the file is left as it was.
func TestDamagedInside(t *testing.T) {
	fileOnly(t)
	ctx := context.Background()
	path, claims := closedSeed(t)
	raw := rawDB(t, path)
	var root, pageSize int64
	if err := raw.QueryRow("SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_schema WHERE name = 'sqlite_autoindex_claims_1'").Scan(&root, &pageSize); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt(bytes.Repeat([]byte{0xa5}, int(pageSize)), (root-1)*pageSize); err != nil {
		t.Fatal(err)
	}
	f.Close()
	before, _ := os.ReadFile(path)
	dir := t.TempDir()
	makeArticles(t, dir, 3)

	s, err := Open(path)
	if err != nil {
		t.Fatalf("Open: %v (reading is allowed)", err)
	}
	_, err = s.Rule(ctx, factcheck.Ruling{Claim: claims[0].ID, Verdict: factcheck.Verified, Checker: "ann"})
	if !errors.Is(err, factcheck.ErrCorrupt) || !strings.Contains(err.Error(), path) {
		t.Errorf("Rule: %v, want factcheck.ErrCorrupt naming %s", err, path)
	}
	rep, err := ingest.Import(ctx, s, []string{dir}, ingest.Options{})
	if !errors.Is(err, factcheck.ErrCorrupt) || len(rep.Added) != 0 {
		t.Errorf("Import: %d added, %v; want factcheck.ErrCorrupt and none", len(rep.Added), err)
	}
	s.Close()
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the damaged file was changed")
	}
}

// copyFile copies src to dst.
func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestRefusedWithWAL: a file refused (newer version, another program's)
// with a -wal file left beside it by a crash is opened read-only: the
// -wal is neither folded in nor deleted.
func TestRefusedWithWAL(t *testing.T) {
	fileOnly(t)
	tests := []struct {
		name, sql string
		want      error
	}{
		{"newer version", "PRAGMA user_version = 99", factcheck.ErrNewerSchema},
		{"another program", "PRAGMA application_id = 42", factcheck.ErrNotFactcheck},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, _ := closedSeed(t)
			raw := rawDB(t, src)
			if _, err := raw.Exec("PRAGMA wal_autocheckpoint = 0; " + tt.sql + "; INSERT INTO meta (key, value) VALUES ('x', 'y')"); err != nil {
				t.Fatal(err)
			}
			// A crash now leaves the file and its -wal: copy them.
			path := filepath.Join(t.TempDir(), "crashed.db")
			copyFile(t, src, path)
			copyFile(t, src+"-wal", path+"-wal")
			raw.Close()
			db, _ := os.ReadFile(path)
			wal, _ := os.ReadFile(path + "-wal")
			if len(wal) == 0 {
				t.Fatal("no -wal to test with")
			}
			s, err := Open(path)
			if err == nil {
				s.Close()
			}
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), path) {
				t.Errorf("Open: %v, want %v naming the file", err, tt.want)
			}
			if got, _ := os.ReadFile(path); !bytes.Equal(got, db) {
				t.Error("the file was changed")
			}
			if got, err := os.ReadFile(path + "-wal"); err != nil || !bytes.Equal(got, wal) {
				t.Errorf("the -wal was changed or removed: %d bytes, %v", len(got), err)
			}
		})
	}
}

// TestCreateOnlyWhenAsked: Open makes no database where there is no file;
// an empty file and a blank SQLite file of another program are refused
// untouched, by Create too.
func TestCreateOnlyWhenAsked(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "misspelt.db")
	if _, err := Open(missing); !errors.Is(err, factcheck.ErrNoDatabase) || !strings.Contains(err.Error(), missing) {
		t.Errorf("Open(missing): %v, want factcheck.ErrNoDatabase naming it", err)
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Open(missing) made a file: %v", err)
	}
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o644)
	blank := filepath.Join(dir, "blank.db")
	raw := rawDB(t, blank)
	if _, err := raw.Exec("CREATE TABLE x (a); DROP TABLE x"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	for _, path := range []string{empty, blank} {
		before, _ := os.ReadFile(path)
		for _, open := range []func(string) (*Store, error){Open, Create} {
			s, err := open(path)
			if err == nil {
				s.Close()
			}
			if !errors.Is(err, factcheck.ErrNotFactcheck) || !strings.Contains(err.Error(), path) {
				t.Errorf("open %s: %v, want factcheck.ErrNotFactcheck", filepath.Base(path), err)
			}
		}
		if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
			t.Errorf("%s was changed", filepath.Base(path))
		}
	}
	s, err := Create(missing)
	if err != nil || !s.Created() {
		t.Fatalf("Create(missing): %v", err)
	}
	s.Close()
	if s, err = Create(missing); err != nil || s.Created() {
		t.Fatalf("Create(existing): created %t, %v", s != nil && s.Created(), err)
	}
	s.Close()
	if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) > 0 {
		t.Errorf("Create left %q", left)
	}
}
