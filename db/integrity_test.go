package db

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

// The tests of this file play another SQLite client on the file: a
// connection of its own, with foreign keys off as most clients have them.

// rawDB opens path as a plain SQLite client does.
func rawDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

// TestLogRefusesReplace: INSERT OR REPLACE and REPLACE INTO on an existing
// event's ID would delete it without firing the DELETE trigger; they are
// refused, with or without a valid seq, and the event stays as it was.
func TestLogRefusesReplace(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	e, err := s.Rule(ctx, factcheck.Ruling{Claim: claims[0].ID, Verdict: factcheck.Verified, Checker: "ann", Note: "checked"})
	if err != nil {
		t.Fatal(err)
	}
	raw := rawDB(t, s.Path())
	const cols = "(id, claim_id, action, verdict, checker, at, app_version"
	vals := fmt.Sprintf("(%d, %d, 'rule', 'disputed', 'mallory', '2020-01-01T00:00:00.000000000Z', 'x'", e.ID, claims[0].ID)
	for _, verb := range []string{"INSERT OR REPLACE INTO", "REPLACE INTO"} {
		for _, seq := range []struct{ col, val string }{{"", ""}, {", seq", ", (SELECT max(seq) + 1 FROM rulings)"}} {
			stmt := verb + " rulings " + cols + seq.col + ") VALUES " + vals + seq.val + ")"
			if _, err := raw.Exec(stmt); err == nil {
				t.Errorf("%s: accepted, want refused", stmt)
			}
		}
	}
	h, err := s.History(ctx, claims[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 1 || h[0].Verdict != factcheck.Verified || h[0].Checker != "ann" || h[0].Note != "checked" {
		t.Errorf("history after REPLACE: %+v", h)
	}
}

// TestRuledClaimStays: with foreign keys off, deleting a ruled claim (or a
// superseding one, or the article of one) is refused, and the export of
// the history keeps every event.
func TestRuledClaimStays(t *testing.T) {
	fileOnly(t)
	ctx := context.Background()
	s, claims := mustSeed(t)
	a, b := claims[0], claims[len(claims)-1]
	for _, r := range []factcheck.Ruling{
		{Claim: a.ID, Verdict: factcheck.Verified, Checker: "ann"},
		{Claim: claims[1].ID, Verdict: factcheck.Superseded, SupersededBy: b.ID, Checker: "ann"},
	} {
		if _, err := s.Rule(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	raw := rawDB(t, s.Path())
	for _, stmt := range []string{
		fmt.Sprintf("DELETE FROM claims WHERE id = %d", a.ID),
		fmt.Sprintf("DELETE FROM claims WHERE id = %d", b.ID),
		fmt.Sprintf("DELETE FROM articles WHERE id = %d", a.ArticleID),
		fmt.Sprintf("REPLACE INTO claims (id, article_id, span_start, span_end, text, data) VALUES (%d, %d, 0, 1, 'x', x'')", a.ID, a.ArticleID),
	} {
		if _, err := raw.Exec(stmt); err == nil {
			t.Errorf("%s: accepted, want refused", stmt)
		}
	}
	var buf bytes.Buffer
	if err := s.ExportTo(ctx, &buf, true); err != nil {
		t.Fatal(err)
	}
	if rows := strings.Count(buf.String(), "\n") - 1; rows != 2 {
		t.Errorf("export --history has %d events, want 2:\n%s", rows, buf.String())
	}
	if c, err := s.Claim(ctx, a.ID); err != nil || c.Verdict != factcheck.Verified {
		t.Errorf("claim %d after the deletes: %+v, %v", a.ID, c, err)
	}
	// Even with the trigger dropped and the claim gone, the export keeps
	// its events (with empty claim cells).
	if _, err := raw.Exec(fmt.Sprintf("DROP TRIGGER claims_keep_ruled; DELETE FROM claims WHERE id = %d", a.ID)); err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	if err := s.ExportTo(ctx, &buf, true); err != nil {
		t.Fatal(err)
	}
	if rows := strings.Count(buf.String(), "\n") - 1; rows != 2 {
		t.Errorf("export --history of a deleted claim has %d events, want 2:\n%s", rows, buf.String())
	}
}

// TestLatestIgnoresIDs: an event inserted by another client with the
// largest ID makes SQLite pick later IDs at random; each claim's current
// ruling is still the one ruled last.
func TestLatestIgnoresIDs(t *testing.T) {
	fileOnly(t)
	ctx := context.Background()
	s, claims := mustSeed(t)
	raw := rawDB(t, s.Path())
	const forged = "INSERT INTO rulings (id, claim_id, action, verdict, checker, at, app_version, seq, uid) VALUES (9223372036854775807, %d, 'rule', 'verified', 'eve', '2020-01-01T00:00:00.000000000Z', 'x', (SELECT coalesce(max(seq), 0) + 1 FROM rulings), '01700000-0000-7000-8000-000000000000')"
	if _, err := raw.Exec(fmt.Sprintf(forged, claims[0].ID)); err != nil {
		t.Fatal(err)
	}
	want := map[int64]factcheck.Verdict{}
	for i := range 60 {
		c := claims[i%3]
		v := factcheck.Verdicts[(i/3)%2]
		if _, err := s.Rule(ctx, factcheck.Ruling{Claim: c.ID, Verdict: v, Checker: "ann"}); err != nil {
			t.Fatal(err)
		}
		want[c.ID] = v
		got, err := s.Claim(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Verdict != v {
			t.Fatalf("ruling %d: claim %d shows %s, was just ruled %s", i, c.ID, got.Verdict, v)
		}
	}
	all, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range all {
		if w, ok := want[c.ID]; ok && c.Verdict != w {
			t.Errorf("Claims: claim %d shows %s, want %s", c.ID, c.Verdict, w)
		}
	}
	if _, err := s.Undo(ctx, "ann"); err != nil {
		t.Errorf("undo after the forged event: %v", err)
	}
}

// TestSchemaChecked: a file whose append-only triggers another program
// dropped, or to which it added a trigger, is refused on open, naming the
// file and the trigger, and left as it was.
func TestSchemaChecked(t *testing.T) {
	fileOnly(t)
	tests := []struct{ name, sql, want string }{
		{"dropped", "DROP TRIGGER rulings_no_update", "trigger rulings_no_update is missing"},
		{"changed", "DROP TRIGGER rulings_no_delete; CREATE TRIGGER rulings_no_delete BEFORE DELETE ON rulings WHEN 0 BEGIN SELECT 1; END",
			"trigger rulings_no_delete was changed"},
		{"added", "CREATE TRIGGER sneak AFTER INSERT ON rulings BEGIN DELETE FROM meta; END", "trigger sneak was added"},
		{"view dropped", "DROP VIEW current_rulings", "view current_rulings is missing"},
		{"table changed", "ALTER TABLE meta ADD COLUMN extra TEXT", "table meta was changed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := mustSeed(t)
			path := s.Path()
			s.Close()
			raw := rawDB(t, path)
			if _, err := raw.Exec(tt.sql); err != nil {
				t.Fatal(err)
			}
			raw.Close()
			before, _ := os.ReadFile(path)
			_, err := Open(path)
			if !errors.Is(err, factcheck.ErrCorrupt) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Open: %v, want factcheck.ErrCorrupt naming %s and saying %q", err, path, tt.want)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("Open changed the file")
			}
		})
	}
}

// TestMigrateNumbersTheLog: migrating a schema 2 store numbers its events
// in the order of their IDs, which it assigned then, and keeps every
// claim's current ruling and history.
func TestMigrateNumbersTheLog(t *testing.T) {
	fileOnly(t)
	ctx := context.Background()
	s, claims := mustSeed(t)
	for i := range 12 {
		if _, err := s.Rule(ctx, factcheck.Ruling{Claim: claims[i%3].ID, Verdict: factcheck.Verdicts[i%2], Checker: "ann", Note: fmt.Sprint(i)}); err != nil {
			t.Fatal(err)
		}
	}
	before, s, after := reopenOlder(t, s, downgrade)
	for i := range before {
		if before[i].State != after[i].State {
			t.Errorf("claim %d: %+v before the migration, %+v after", before[i].ID, before[i].State, after[i].State)
		}
	}
	var bad int
	if err := s.db.QueryRow("SELECT count(*) FROM rulings WHERE seq IS NOT id").Scan(&bad); err != nil || bad != 0 {
		t.Errorf("%d events numbered out of ID order (%v)", bad, err)
	}
	if _, err := s.Rule(ctx, factcheck.Ruling{Claim: claims[0].ID, Verdict: factcheck.Disputed, Checker: "bob"}); err != nil {
		t.Errorf("rule after the migration: %v", err)
	}
}
