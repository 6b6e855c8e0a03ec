package db

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// seedsDir holds the five seed articles.
const seedsDir = "../seeds"

// testServer is the PostgreSQL server that the store's tests run on when
// it is set (FACTCHECK_TEST_POSTGRES, a URL; scripts/test starts one and
// runs them on both): each test then has a database of its own.
var testServer = os.Getenv("FACTCHECK_TEST_POSTGRES")

// mustOpen opens a new store: a file in a temporary directory, or a new
// database on testServer.
func mustOpen(t testing.TB) *Store {
	t.Helper()
	if testServer != "" {
		return mustOpenServer(t)
	}
	s, err := Create(filepath.Join(t.TempDir(), "factcheck.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// fileOnly skips t on testServer: t tests what is SQLite's own (its file,
// its pragmas, its migrations, a byte in its text columns that
// PostgreSQL's UTF-8 text refuses), not the store's contract.
func fileOnly(t *testing.T) {
	t.Helper()
	if testServer != "" {
		t.Skip("a test of the SQLite file")
	}
}

// mustOpenServer makes a database on testServer for t, dropped after it,
// and opens it.
func mustOpenServer(t testing.TB) *Store {
	t.Helper()
	s, err := Create(newTarget(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// newTarget returns where a new store of t's goes: a file's path in a
// temporary directory, or on testServer the URL of a new database, dropped
// after t.
func newTarget(t testing.TB) string {
	t.Helper()
	if testServer == "" {
		return filepath.Join(t.TempDir(), "factcheck.db")
	}
	admin, err := sql.Open("pgx", testServer)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	name := fmt.Sprintf("factcheck_test_%d_%d", os.Getpid(), rand.Uint64())
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		admin, err := sql.Open("pgx", testServer)
		if err != nil {
			t.Error(err)
			return
		}
		defer admin.Close()
		if _, err := admin.Exec("DROP DATABASE " + name + " WITH (FORCE)"); err != nil {
			t.Error(err)
		}
	})
	u, err := url.Parse(testServer)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// targetOf returns what opens s's database again: its file's path, or
// its server's URL.
func targetOf(s *Store) string {
	if s.target != "" {
		return s.target
	}
	return s.path
}

// mustSeed opens a new store holding the seeds and returns it with its
// claims.
func mustSeed(t testing.TB) (*Store, []factcheck.Record) {
	t.Helper()
	s := mustOpen(t)
	if _, err := ingest.Import(context.Background(), s, []string{seedsDir}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	claims, err := s.Claims(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(claims) < 3 {
		t.Fatalf("the seeds gave %d claims; these tests need 3", len(claims))
	}
	return s, claims
}

func pragma(t testing.TB, s *Store, name string) string {
	t.Helper()
	var v string
	if err := s.db.QueryRow("PRAGMA " + name).Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestOpenNew(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "dir", "f.db")
	s, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if !s.Created() {
		t.Error("Created() = false for a new database")
	}
	for _, tt := range []struct{ pragma, want string }{
		{"journal_mode", "wal"},
		{"foreign_keys", "1"},
		{"busy_timeout", "5000"},
		{"application_id", "1180787572"},
		{"user_version", fmt.Sprint(len(migrations))},
	} {
		if got := pragma(t, s, tt.pragma); got != tt.want {
			t.Errorf("PRAGMA %s = %s, want %s", tt.pragma, got, tt.want)
		}
	}
	if got := len(migrations); got < 1 {
		t.Errorf("%d migrations", got)
	}
	if s.busy != DefaultBusyTimeout {
		t.Errorf("writes wait %v for the lock, want %v", s.busy, DefaultBusyTimeout)
	}
	s.Close()
	// Reopening finds the schema in place.
	s2, err := Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	s2.Close()
}

// TestOpenRefuses opens files that are not usable Factcheck databases: each
// gives the right error naming the file, and the file is unchanged.
func TestOpenRefuses(t *testing.T) {
	fileOnly(t)
	good := func(t *testing.T) []byte {
		// A real database with a few rulings, checkpointed into one file.
		s, claims := mustSeed(t)
		for _, c := range claims[:3] {
			if _, err := s.Rule(context.Background(), factcheck.Ruling{Claim: c.ID, Verdict: factcheck.Verified, Checker: "ann"}); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
			t.Fatal(err)
		}
		s.Close()
		b, err := os.ReadFile(s.Path())
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	foreign := func(t *testing.T, setup string) []byte {
		path := filepath.Join(t.TempDir(), "other.db")
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(setup); err != nil {
			t.Fatal(err)
		}
		db.Close()
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	random := make([]byte, 64<<10)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(r.UintN(256))
	}
	tests := []struct {
		name    string
		content func(t *testing.T) []byte
		want    error
	}{
		{"random bytes", func(*testing.T) []byte { return random }, factcheck.ErrNotFactcheck},
		{"text file", func(*testing.T) []byte { return []byte("hello, world\n") }, factcheck.ErrNotFactcheck},
		{"truncated header", func(t *testing.T) []byte { return good(t)[:60] }, factcheck.ErrCorrupt},
		{"truncated to half", func(t *testing.T) []byte { b := good(t); return b[:len(b)/2] }, factcheck.ErrCorrupt},
		{"truncated by a page", func(t *testing.T) []byte { b := good(t); return b[:len(b)-4096] }, factcheck.ErrCorrupt},
		{"another program's database", func(t *testing.T) []byte {
			return foreign(t, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('x')")
		}, factcheck.ErrNotFactcheck},
		{"another application id", func(t *testing.T) []byte {
			return foreign(t, "PRAGMA application_id = 42; CREATE TABLE t (x)")
		}, factcheck.ErrNotFactcheck},
		{"newer schema", func(t *testing.T) []byte {
			return foreign(t, "PRAGMA application_id = 1180787572; PRAGMA user_version = 999; CREATE TABLE future (x)")
		}, factcheck.ErrNewerSchema},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			content := tt.content(t)
			path := filepath.Join(t.TempDir(), "review.db")
			if err := os.WriteFile(path, content, 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := Open(path)
			if err == nil {
				s.Close()
				t.Fatalf("Open succeeded, want %v", tt.want)
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("Open: %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("Open: %q does not name the file %s", err, path)
			}
			got, rerr := os.ReadFile(path)
			if rerr != nil {
				t.Fatal(rerr)
			}
			if !bytes.Equal(got, content) {
				t.Errorf("Open changed the file (%d bytes, was %d)", len(got), len(content))
			}
			for _, ext := range []string{"-wal", "-journal"} {
				if fi, err := os.Stat(path + ext); err == nil && fi.Size() > 0 {
					t.Errorf("Open left %s of %d bytes", path+ext, fi.Size())
				}
			}
		})
	}
}

func TestOpenDirectory(t *testing.T) {
	dir := t.TempDir()
	_, err := Open(dir)
	if !errors.Is(err, factcheck.ErrNotFactcheck) {
		t.Errorf("Open(a directory): %v, want factcheck.ErrNotFactcheck", err)
	}
}

// TestLogAppendOnly checks that the database itself refuses to rewrite
// history.
func TestLogAppendOnly(t *testing.T) {
	s, claims := mustSeed(t)
	if _, err := s.Rule(context.Background(), factcheck.Ruling{Claim: claims[0].ID, Verdict: factcheck.Verified, Checker: "ann"}); err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{
		"UPDATE rulings SET verdict = 'disputed'",
		"UPDATE rulings SET note = 'rewritten' WHERE id = 1",
		"DELETE FROM rulings",
		"DELETE FROM claims", // the log's claims are referenced
	} {
		if _, err := s.db.Exec(stmt); err == nil {
			t.Errorf("%s: succeeded, want refused", stmt)
		}
	}
	h, err := s.History(context.Background(), claims[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 1 || h[0].Verdict != factcheck.Verified || h[0].Note != "" {
		t.Errorf("history after refused rewrites: %+v", h)
	}
}

func TestDefaultPath(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("XDG_CONFIG_HOME is for Linux")
	}
	t.Setenv("XDG_CONFIG_HOME", "/cfg")
	p, err := DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	if want := "/cfg/Factcheck/factcheck.db"; p != want {
		t.Errorf("DefaultPath() = %q, want %q", p, want)
	}
}

// downgrade undoes migrations 0006 to 0003 on s, leaving the schema 2
// that 0001 and 0002 made, rulings and all.
func downgrade(t *testing.T, s *Store) {
	t.Helper()
	downgradeTo3(t, s)
	_, err := s.db.Exec(`DROP TRIGGER rulings_next_seq; DROP TRIGGER rulings_no_replace;
		DROP TRIGGER rulings_positive_id; DROP TRIGGER claims_keep_ruled; DROP TRIGGER claims_no_replace;
		DROP TRIGGER claims_positive_id; DROP TRIGGER articles_keep_claimed; DROP VIEW current_rulings;
		DROP INDEX rulings_seq; DROP INDEX rulings_claim; DROP INDEX rulings_checker;
		DROP TRIGGER rulings_no_update; ALTER TABLE rulings DROP COLUMN seq;
		CREATE INDEX rulings_claim ON rulings (claim_id, id);
		CREATE INDEX rulings_checker ON rulings (checker, id);
		CREATE TRIGGER rulings_no_update BEFORE UPDATE ON rulings
BEGIN
	SELECT RAISE(ABORT, 'rulings are append-only: UPDATE refused');
END;
		CREATE VIEW current_rulings AS
SELECT r.*, l.events
FROM (SELECT claim_id, max(id) AS last, count(*) AS events FROM rulings GROUP BY claim_id) AS l
JOIN rulings AS r ON r.id = l.last;
		PRAGMA user_version = 2`)
	if err != nil {
		t.Fatal(err)
	}
}
