package db

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/factcheck/factcheck/factcheck"
)

// downgradeServerTo8 undoes migrations 0010 and 0009 on a server's review s.
func downgradeServerTo8(t testing.TB, s *Store) {
	t.Helper()
	downgradeServerTo9(t, s)
	_, err := s.db.Exec(`DROP TRIGGER rulings_notify ON rulings; DROP FUNCTION rulings_notify();
		DROP VIEW current_rulings; DROP INDEX rulings_claim; DROP INDEX rulings_uid;
		ALTER TABLE rulings DROP COLUMN uid;
		CREATE INDEX rulings_claim ON rulings (claim_id, seq);
		CREATE VIEW current_rulings AS SELECT r.*, l.events
		FROM (SELECT claim_id, max(seq) AS last, count(*) AS events FROM rulings GROUP BY claim_id) AS l
		JOIN rulings AS r ON r.seq = l.last;
		UPDATE meta SET value = '8' WHERE key = 'schema'`)
	if err != nil {
		t.Fatal(err)
	}
}

// TestMigrateEventIDs: migration 9 gives every event a uid, made from what
// the event holds, and leaves every claim's current ruling as it was; two
// copies of one review migrated apart agree on their events' uids.
func TestMigrateEventIDs(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	for i, v := range []factcheck.Verdict{factcheck.Verified, factcheck.Disputed, factcheck.Verified, factcheck.Verified} {
		if _, err := s.Rule(ctx, factcheck.Ruling{Claim: claims[i%3].ID, Verdict: v, Checker: "ann", Note: "n"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Undo(ctx, "ann"); err != nil {
		t.Fatal(err)
	}
	before, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if testServer != "" {
		downgradeServerTo8(t, s)
	} else {
		downgradeTo8(t, s)
	}
	var copies []*Store
	if testServer == "" {
		// A copy of the file, taken before either is opened again.
		s.Close()
		data, err := os.ReadFile(s.Path())
		if err != nil {
			t.Fatal(err)
		}
		other := filepath.Join(t.TempDir(), "copy.db")
		if err := os.WriteFile(other, data, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, p := range []string{s.Path(), other} {
			o, err := Open(p)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { o.Close() })
			copies = append(copies, o)
		}
	} else {
		copies = append(copies, reopen(t, s))
	}
	var first []factcheck.Event
	for n, o := range copies {
		after, err := o.Claims(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for i := range before {
			if before[i].State != after[i].State {
				t.Errorf("copy %d: claim %d was %+v before the migration, %+v after", n, before[i].ID, before[i].State, after[i].State)
			}
		}
		var events []factcheck.Event
		for _, c := range claims[:3] {
			h, err := o.History(ctx, c.ID)
			if err != nil {
				t.Fatal(err)
			}
			events = append(events, h...)
		}
		if len(events) != 5 {
			t.Fatalf("copy %d: %d events, want 5", n, len(events))
		}
		seen := map[string]bool{}
		for i, e := range events {
			if len(e.UID) != 36 || e.UID[14] != '7' || seen[e.UID] {
				t.Errorf("copy %d: event %d has uid %q: want a UUIDv7 of its own", n, e.ID, e.UID)
			}
			seen[e.UID] = true
			if n > 0 && e.UID != first[i].UID {
				t.Errorf("copy %d: event %d has uid %s, the other copy %s", n, e.ID, e.UID, first[i].UID)
			}
		}
		first = events
		// A new ruling takes a new, random uid and becomes current.
		e, err := o.Rule(ctx, factcheck.Ruling{Claim: claims[0].ID, Verdict: factcheck.Disputed, Checker: "bo"})
		if err != nil {
			t.Fatal(err)
		}
		if seen[e.UID] || len(e.UID) != 36 {
			t.Errorf("copy %d: a new event's uid %q", n, e.UID)
		}
		if c, err := o.Claim(ctx, claims[0].ID); err != nil || c.Verdict != factcheck.Disputed || c.Checker != "bo" {
			t.Errorf("copy %d: after a new ruling the claim shows %+v, %v", n, c, err)
		}
	}
}

// TestLatestByTimeNotClock: a claim's new ruling is its current one even
// when the clock went back since its last, and is stamped after it.
func TestLatestByTimeNotClock(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	e1, err := s.Rule(ctx, factcheck.Ruling{Claim: claims[0].ID, Verdict: factcheck.Verified, Checker: "ann"})
	if err != nil {
		t.Fatal(err)
	}
	defer func(f func() time.Time) { now = f }(now)
	now = func() time.Time { return e1.At.Add(-time.Hour) }
	e2, err := s.Rule(ctx, factcheck.Ruling{Claim: claims[0].ID, Verdict: factcheck.Disputed, Checker: "ann"})
	if err != nil {
		t.Fatal(err)
	}
	if !e2.At.After(e1.At) {
		t.Errorf("a ruling after the clock went back is stamped %v, before its claim's last %v", e2.At, e1.At)
	}
	if c, err := s.Claim(ctx, claims[0].ID); err != nil || c.Verdict != factcheck.Disputed {
		t.Errorf("the claim shows %+v, %v: want the ruling made last", c, err)
	}
}
