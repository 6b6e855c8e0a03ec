package db

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// packLegacyClaim appends c packed in the legacy format to b: what schema
// 3 stored in claims.data, written here for tests only.
func packLegacyClaim(b []byte, c *factcheck.Claim) []byte {
	b = append(b, legacyVersion)
	b = appendLegacyString(b, string(c.Kind))
	b = appendLegacyString(b, c.Value.Date)
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(c.Value.Num))
	switch {
	case c.EndValue == nil:
		b = append(b, legacyNoEnd)
	case c.EndValue.IsDate():
		b = append(b, legacyDateEnd)
		b = appendLegacyString(b, c.EndValue.Date)
	default:
		b = append(b, legacyNumEnd)
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(c.EndValue.Num))
	}
	b = appendLegacyString(b, c.Unit)
	b = appendLegacyString(b, string(c.Qualifier))
	b = appendLegacyString(b, c.Subject)
	b = appendLegacyString(b, c.Sentence)
	b = binary.AppendUvarint(b, uint64(c.SentenceStart))
	return binary.AppendUvarint(b, uint64(c.SentenceEnd))
}

// packLegacySuggestion appends s packed in the legacy format to b: what
// schema 3 stored in claims.suggestion.
func packLegacySuggestion(b []byte, s *factcheck.Suggestion) []byte {
	b = append(b, legacyVersion)
	b = appendLegacyString(b, string(s.Verdict))
	if s.By == nil {
		b = append(b, 0)
	} else {
		b = append(b, 1)
		b = appendLegacyString(b, s.By.Doc)
		b = binary.AppendUvarint(b, uint64(s.By.Start))
	}
	b = binary.AppendUvarint(b, uint64(len(s.With)))
	for _, r := range s.With {
		b = appendLegacyString(b, r.Doc)
		b = binary.AppendUvarint(b, uint64(r.Start))
	}
	return b
}

func appendLegacyString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func TestLegacyRoundTrip(t *testing.T) {
	end := factcheck.Value{Num: 2.5}
	endDate := factcheck.Value{Date: "2023-11-02"}
	tests := []struct {
		name string
		c    factcheck.Claim
	}{
		{"zero", factcheck.Claim{}},
		{"count", factcheck.Claim{Kind: factcheck.Count, Value: factcheck.Value{Num: 200}, Qualifier: factcheck.LowerBound,
			Subject: "hostages", Sentence: "More than 200 hostages.", SentenceStart: 1104, SentenceEnd: 1200}},
		{"range", factcheck.Claim{Kind: factcheck.Money, Value: factcheck.Value{Num: -1.5e9}, EndValue: &end, Unit: "USD"}},
		{"date range", factcheck.Claim{Kind: factcheck.Date, Value: factcheck.Value{Date: "--11-01"}, EndValue: &endDate,
			Sentence: "Café “quoted” \x00 bytes"}},
		{"odd numbers", factcheck.Claim{Value: factcheck.Value{Num: math.Inf(-1)}, SentenceEnd: math.MaxInt32}},
	}
	u := newLegacyReader()
	for _, tt := range tests {
		var got factcheck.Claim
		if err := u.unpack(packLegacyClaim(nil, &tt.c), &got); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if !claimEqual(got, tt.c) {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.c)
		}
	}
	sugs := []factcheck.Suggestion{
		{Verdict: factcheck.Superseded, By: &factcheck.Ref{Doc: "a.txt", Start: 12}},
		{Verdict: factcheck.Disputed, With: []factcheck.Ref{{Doc: "b.txt", Start: 1}, {Doc: "ç.txt", Start: 1 << 40}}},
	}
	for _, want := range sugs {
		got, err := u.unpackSuggestion(packLegacySuggestion(nil, &want))
		if err != nil || !reflect.DeepEqual(*got, want) {
			t.Errorf("suggestion: got %+v, %v; want %+v", got, err, want)
		}
	}
}

func TestLegacyMalformed(t *testing.T) {
	good := packLegacyClaim(nil, &factcheck.Claim{Kind: factcheck.Count, Subject: "people", Sentence: "Some people."})
	tests := []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"other version", append([]byte{9}, good[1:]...)},
		{"truncated", good[:len(good)-1]},
		{"trailing bytes", append(good[:len(good):len(good)], 0)},
		{"length past the end", []byte{legacyVersion, 200, 1}},
	}
	u := newLegacyReader()
	for _, tt := range tests {
		var c factcheck.Claim
		if err := u.unpack(tt.b, &c); err == nil {
			t.Errorf("%s: unpacked %+v", tt.name, c)
		}
		if s, err := u.unpackSuggestion(tt.b); err == nil {
			t.Errorf("%s: unpacked suggestion %+v", tt.name, s)
		}
	}
}

func FuzzLegacyUnpack(f *testing.F) {
	f.Add(packLegacyClaim(nil, &factcheck.Claim{Kind: factcheck.Percent, Value: factcheck.Value{Num: 12}, Sentence: "12%."}))
	f.Add(packLegacySuggestion(nil, &factcheck.Suggestion{Verdict: factcheck.Disputed, With: []factcheck.Ref{{Doc: "a", Start: 3}}}))
	f.Fuzz(func(t *testing.T, b []byte) {
		u := newLegacyReader()
		var c factcheck.Claim
		u.unpack(b, &c) // must not panic
		u.unpackSuggestion(b)
	})
}

// sectionOf returns the statement of sql from the line starting with
// first through the line starting with last.
func sectionOf(t testing.TB, sql, first, last string) string {
	t.Helper()
	i := strings.Index(sql, "\n"+first)
	if i < 0 {
		t.Fatalf("no %q in the migrations", first)
	}
	j := strings.Index(sql[i:], "\n"+last)
	if j < 0 {
		t.Fatalf("no %q after %q in the migrations", last, first)
	}
	return sql[i : i+j+1+len(last)]
}

// downgradeTo8 undoes migrations 0010 and 0009 on s: events without uids, the
// current ruling the last by seq.
func downgradeTo8(t testing.TB, s *Store) {
	t.Helper()
	downgradeTo9(t, s)
	_, err := s.db.Exec(`DROP TRIGGER rulings_uid_required; DROP INDEX rulings_uid;
		DROP INDEX rulings_claim; CREATE INDEX rulings_claim ON rulings (claim_id, seq);
		DROP VIEW current_rulings;` +
		sectionOf(t, migrations[6].before, "CREATE VIEW current_rulings", "JOIN rulings AS r ON r.seq = l.last;") + `
		ALTER TABLE rulings DROP COLUMN uid;
		PRAGMA user_version = 8`)
	if err != nil {
		t.Fatal(err)
	}
}

// downgradeTo7 undoes migrations 0009 and 0008 on s: no claim packs.
func downgradeTo7(t testing.TB, s *Store) {
	t.Helper()
	downgradeTo8(t, s)
	_, err := s.db.Exec(`DROP TRIGGER claims_unpack_insert; DROP TRIGGER claims_unpack_update;
		DROP TRIGGER claims_unpack_move; DROP TRIGGER claims_unpack_delete; DROP TABLE claims_unpacked; DROP TABLE claim_packs;
		PRAGMA user_version = 7`)
	if err != nil {
		t.Fatal(err)
	}
}

// downgradeTo6 undoes migrations 0008 and 0007 on s: the log as 0001 and
// 0003 made it, its events (which must use none of 0007's actions,
// verdicts or columns) copied.
func downgradeTo6(t testing.TB, s *Store) {
	t.Helper()
	downgradeTo7(t, s)
	m3 := migrations[2].before
	_, err := s.db.Exec(`PRAGMA foreign_keys = OFF; BEGIN;
		CREATE TEMP TABLE events AS SELECT id, claim_id, action, target, verdict, superseded_by, note, evidence,
			checker, at, replaces, app_version, seq FROM rulings;
		DROP VIEW current_rulings; DROP TRIGGER claims_keep_ruled; DROP TABLE rulings;` +
		sectionOf(t, migrations[0].before, "CREATE TABLE rulings (", ") STRICT;") + `
		ALTER TABLE rulings ADD COLUMN seq INTEGER;
		INSERT INTO rulings SELECT * FROM events;
		DROP TABLE events;
		CREATE INDEX rulings_superseded_by ON rulings (superseded_by) WHERE superseded_by IS NOT NULL;
		CREATE UNIQUE INDEX rulings_seq ON rulings (seq);
		CREATE INDEX rulings_claim ON rulings (claim_id, seq);
		CREATE INDEX rulings_checker ON rulings (checker, seq);` +
		sectionOf(t, migrations[0].before, "CREATE TRIGGER rulings_no_update", "END;") +
		sectionOf(t, migrations[0].before, "CREATE TRIGGER rulings_no_delete", "END;") +
		sectionOf(t, m3, "CREATE TRIGGER rulings_next_seq", "END;") +
		sectionOf(t, m3, "CREATE TRIGGER rulings_no_replace", "END;") +
		sectionOf(t, m3, "CREATE TRIGGER rulings_positive_id", "END;") +
		sectionOf(t, m3, "CREATE TRIGGER claims_keep_ruled", "END;") +
		sectionOf(t, m3, "CREATE VIEW current_rulings AS", "JOIN rulings AS r ON r.seq = l.last;") + `
		PRAGMA user_version = 6; COMMIT; PRAGMA foreign_keys = ON`)
	if err != nil {
		t.Fatal(err)
	}
}

// downgradeTo3 undoes migrations 0008 to 0004 on s, leaving the schema
// 3 that 0001 to 0003 made: claims packed as they were, rulings untouched.
func downgradeTo3(t testing.TB, s *Store) {
	t.Helper()
	ctx := context.Background()
	claims, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	downgradeTo6(t, s)
	if _, err := s.db.Exec(`DROP VIEW article_labels; DROP TABLE article_edits; DROP TABLE article_metadata;
		DROP INDEX claims_group; DROP INDEX articles_dates;
		DROP TABLE article_grouping; DELETE FROM meta WHERE key = 'generation'`); err != nil {
		t.Fatal(err)
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := conn.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("%v\n%s", err, q)
		}
	}
	exec("PRAGMA foreign_keys = OFF")
	defer exec("PRAGMA foreign_keys = ON")
	exec("BEGIN")
	exec(`DROP TABLE suggestion_refs; DROP TABLE suggestions; DROP TRIGGER articles_keep_claimed; DROP TABLE claims;` +
		sectionOf(t, migrations[0].before, "CREATE TABLE claims (", ") STRICT;"))
	for _, c := range claims {
		var sug []byte
		if c.Suggestion != nil {
			sug = packLegacySuggestion(nil, c.Suggestion)
		}
		exec(`INSERT INTO claims (id, article_id, span_start, span_end, text, data, grp, suggestion, orphaned)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, c.ID, c.ArticleID, c.Start, c.End, c.Text, packLegacyClaim(nil, &c.Claim),
			c.Group, sug, c.Orphaned)
	}
	exec(sectionOf(t, migrations[2].before, "CREATE TRIGGER claims_keep_ruled", "END;") +
		sectionOf(t, migrations[2].before, "CREATE TRIGGER claims_no_replace", "END;") +
		sectionOf(t, migrations[2].before, "CREATE TRIGGER claims_positive_id", "END;") +
		sectionOf(t, migrations[2].before, "CREATE TRIGGER articles_keep_claimed", "END;") +
		"PRAGMA user_version = 3")
	exec("COMMIT")
}

// rawRows returns every row query returns, each as its values.
func rawRows(t testing.TB, db *sql.DB, query string) [][]any {
	t.Helper()
	rows, err := db.Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out [][]any
	for rows.Next() {
		vals := make([]any, len(cols))
		dest := make([]any, len(cols))
		for i := range vals {
			dest[i] = &vals[i]
		}
		if err := rows.Scan(dest...); err != nil {
			t.Fatal(err)
		}
		out = append(out, vals)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// copyLegacy copies the schema-3 review testdata/legacy/v3.db into a new
// directory and returns its path. Its claims are the seeds' and three
// planted by hand (a date range, an amount from -Inf to 2.5 and one
// deleted since), ruled on, undone and redone, re-extracted (two
// orphaned) and given a suggestion of each shape; testdata/legacy
// holds what the code of schema 3 read of it and how it was made.
func copyLegacy(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("testdata/legacy/v3.db")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "v3.db")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestMigrateLegacyFile converts a review file written by schema 3's code
// in place: every claim reads back as that code read it, every event and
// article is kept as it was, the exports are byte for byte the same, and
// the log's rules still hold.
func TestMigrateLegacyFile(t *testing.T) {
	ctx := context.Background()
	path := copyLegacy(t)
	raw := rawDB(t, path)
	const eventsQuery = `SELECT id, claim_id, action, target, verdict, superseded_by, note, evidence, checker, at,
		replaces, app_version, seq FROM rulings ORDER BY seq` // the columns of schema 3
	const articlesQuery = "SELECT * FROM articles ORDER BY id"
	events, articles := rawRows(t, raw, eventsQuery), rawRows(t, raw, articlesQuery)
	var version int
	if err := raw.QueryRow("PRAGMA user_version").Scan(&version); err != nil || version != 3 {
		t.Fatalf("testdata: schema %d, %v; want 3", version, err)
	}
	raw.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got, want := pragma(t, s, "user_version"), fmt.Sprint(len(migrations)); got != want {
		t.Errorf("schema %s after Open, want %s", got, want)
	}
	var want []factcheck.Record
	b, err := os.ReadFile("testdata/legacy/v3.claims.gob")
	if err != nil {
		t.Fatal(err)
	}
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&want); err != nil {
		t.Fatal(err)
	}
	got, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sameClaims(t, "Claims", got, want)
	for i := range got { // read one by one, as the app does after a ruling
		c, err := s.Claim(ctx, got[i].ID)
		if err != nil {
			t.Fatal(err)
		}
		sameClaims(t, "Claim", []factcheck.Record{*c}, got[i:i+1])
	}
	var sugs, orphans, ranges int
	for _, c := range got {
		if c.Suggestion != nil {
			sugs++
		}
		if c.Orphaned {
			orphans++
		}
		if c.EndValue != nil {
			ranges++
		}
	}
	if sugs < 2 || orphans != 2 || ranges < 2 {
		t.Errorf("%d suggestions, %d orphaned, %d ranges: the test file lost what it tests", sugs, orphans, ranges)
	}
	for _, f := range []struct {
		golden  string
		history bool
	}{{"v3.verdicts.csv", false}, {"v3.history.csv", true}} {
		var buf bytes.Buffer
		if err := s.ExportTo(ctx, &buf, f.history); err != nil {
			t.Fatal(err)
		}
		if want, _ := os.ReadFile(filepath.Join("testdata/legacy", f.golden)); !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("export differs from %s:\n%s", f.golden, buf.Bytes())
		}
	}
	if !reflect.DeepEqual(rawRows(t, s.db.DB, eventsQuery), events) {
		t.Error("the log changed")
	}
	if !reflect.DeepEqual(rawRows(t, s.db.DB, articlesQuery), articles) {
		t.Error("the articles changed")
	}

	// The rules hold, with foreign keys off too.
	raw = rawDB(t, path)
	var ruled, event int64
	if err := raw.QueryRow("SELECT claim_id, id FROM rulings ORDER BY seq LIMIT 1").Scan(&ruled, &event); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"DELETE FROM claims WHERE id = ?",
		"DELETE FROM rulings WHERE id = ?",
		"UPDATE rulings SET note = 'forged' WHERE id = ?",
		"INSERT OR REPLACE INTO claims (id, article_id, span_start, span_end, text, kind, value, unit, qualifier, subject, sentence, sentence_start, sentence_end) VALUES (?, 1, 0, 1, 'x', 'count', 1, '', 'exact', '', '', 0, 1)",
		"DELETE FROM articles WHERE id = 1",
	} {
		arg := ruled
		if strings.Contains(q, "rulings") {
			arg = event
		}
		if _, err := raw.Exec(q, arg); err == nil {
			t.Errorf("%s (%d) was let through", q, arg)
		}
	}
	if !reflect.DeepEqual(rawRows(t, raw, eventsQuery), events) {
		t.Error("the log changed")
	}

	// The converted file has the schema a new one has: it opens again.
	raw.Close()
	s.Close()
	if s, err = Open(path); err != nil {
		t.Fatal(err)
	}
	s.Close()
}

// TestMigrateAtomic: a packed claim the conversion cannot read fails the
// migration with factcheck.ErrCorrupt, naming the claim, and leaves the
// file at schema 3 as it was.
func TestMigrateAtomic(t *testing.T) {
	path := copyLegacy(t)
	raw := rawDB(t, path)
	var last int64
	if err := raw.QueryRow("SELECT max(id) FROM claims").Scan(&last); err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("UPDATE claims SET data = x'0100' WHERE id = ?", last); err != nil {
		t.Fatal(err)
	}
	const everything = "SELECT * FROM claims ORDER BY id"
	before := rawRows(t, raw, everything)
	raw.Close()
	_, err := Open(path)
	if !errors.Is(err, factcheck.ErrCorrupt) || !strings.Contains(err.Error(), "claim") {
		t.Fatalf("Open: %v, want factcheck.ErrCorrupt naming the claim", err)
	}
	raw = rawDB(t, path)
	var version int
	if err := raw.QueryRow("PRAGMA user_version").Scan(&version); err != nil || version != 3 {
		t.Errorf("schema %d, %v after the failed migration; want 3", version, err)
	}
	if !reflect.DeepEqual(rawRows(t, raw, everything), before) {
		t.Error("the failed migration changed the claims")
	}
	var n int
	if err := raw.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name IN ('claims_new', 'suggestions')").Scan(&n); err != nil || n != 0 {
		t.Errorf("%d tables of schema 4 left, %v", n, err)
	}
	if fk := rawRows(t, raw, "PRAGMA foreign_keys"); len(fk) != 1 {
		t.Errorf("PRAGMA foreign_keys: %v", fk)
	}
}

// TestMigrateSeeded: a store of the seeds, ruled on and regrouped, taken
// back to schema 3 and opened again reads back the same claims.
func TestMigrateSeeded(t *testing.T) {
	fileOnly(t)
	s, claims := mustSeed(t)
	shapeIDs(t, s, claims, true)
	regroupAll(t, s)
	before, s, after := reopenOlder(t, s, func(t *testing.T, s *Store) { downgradeTo3(t, s) })
	sameClaims(t, "after migration", after, before)
	// The connection that migrated has foreign keys on again.
	for range 4 {
		if got := pragma(t, s, "foreign_keys"); got != "1" {
			t.Fatalf("foreign_keys = %s after the migration", got)
		}
	}
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

// reopenOlder reads s's claims, takes s back to an older schema with
// down, opens it again (migrating it) and reads the claims again. The
// store opened again is closed when the test ends.
func reopenOlder(t *testing.T, s *Store, down func(*testing.T, *Store)) (before []factcheck.Record, again *Store, after []factcheck.Record) {
	t.Helper()
	ctx := context.Background()
	before, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	down(t, s)
	path := s.Path()
	s.Close()
	if again, err = Open(path); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { again.Close() })
	if after, err = again.Claims(ctx); err != nil {
		t.Fatal(err)
	}
	return before, again, after
}

// regroupAll groups every claim of s again, as after an upgrade.
func regroupAll(t testing.TB, s *Store) {
	t.Helper()
	if _, err := s.db.Exec("UPDATE article_grouping SET grouped = 0"); err != nil {
		t.Fatal(err)
	}
	if err := ingest.Regroup(context.Background(), s); err != nil {
		t.Fatal(err)
	}
}
