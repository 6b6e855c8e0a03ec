package db

import (
	"context"
	"errors"
	"maps"
	"testing"
	"time"

	"github.com/factcheck/factcheck/factcheck"
)

// articleIDs returns the IDs of s's articles by name.
func articleIDs(t *testing.T, s *Store) map[string]int64 {
	t.Helper()
	infos, err := s.Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	for _, a := range infos {
		ids[a.Name] = a.ID
	}
	if len(ids) < 2 {
		t.Fatalf("the seeds gave %d articles; these tests need 2", len(ids))
	}
	return ids
}

func mustAssignments(t *testing.T, s *Store) map[int64]string {
	t.Helper()
	m, err := s.Assignments(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestAssign: articles assigned, assigned again to the same checker (no
// event), reassigned and unassigned, in steps whose counts are the events
// committed; a step naming a missing article, or unsigned, commits none;
// an assignment made while the clock went back is still the one in force.
func TestAssign(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	a, b := claims[0].ArticleID, claims[len(claims)-1].ArticleID
	if a == b {
		t.Fatal("the seeds' first and last claims are of one article")
	}
	steps := []struct {
		name     string
		articles []int64
		checker  string
		want     int
		after    map[int64]string
	}{
		{"assign two", []int64{a, b, a}, "ann", 2, map[int64]string{a: "ann", b: "ann"}},
		{"again", []int64{a, b}, "ann", 0, map[int64]string{a: "ann", b: "ann"}},
		{"reassign one", []int64{b}, "bo", 1, map[int64]string{a: "ann", b: "bo"}},
		{"unassign one", []int64{a}, "", 1, map[int64]string{b: "bo"}},
		{"unassign again", []int64{a}, "", 0, map[int64]string{b: "bo"}},
	}
	for _, st := range steps {
		n, err := s.Assign(ctx, st.articles, st.checker, "desk")
		if err != nil || n != st.want {
			t.Errorf("%s: %d, %v; want %d", st.name, n, err, st.want)
		}
		if got := mustAssignments(t, s); !maps.Equal(got, st.after) {
			t.Errorf("%s: assignments %v, want %v", st.name, got, st.after)
		}
	}
	for _, bad := range []struct {
		name        string
		articles    []int64
		checker, by string
		want        error
	}{
		{"missing article", []int64{a, 1 << 40}, "cy", "desk", factcheck.ErrNotFound},
		{"unsigned", []int64{a}, "cy", " ", factcheck.ErrNoChecker},
		{"bad checker", []int64{a}, "cy\x1b", "desk", factcheck.ErrBadChecker},
	} {
		if n, err := s.Assign(ctx, bad.articles, bad.checker, bad.by); !errors.Is(err, bad.want) || n != 0 {
			t.Errorf("%s: %d, %v; want 0, %v", bad.name, n, err, bad.want)
		}
	}
	if got, want := mustAssignments(t, s), map[int64]string{b: "bo"}; !maps.Equal(got, want) {
		t.Errorf("after refused steps: assignments %v, want %v", got, want)
	}

	defer func(f func() time.Time) { now = f }(now)
	now = func() time.Time { return time.Now().Add(-time.Hour) }
	if n, err := s.Assign(ctx, []int64{b}, "cy", "desk"); err != nil || n != 1 {
		t.Fatalf("assign with the clock back: %d, %v", n, err)
	}
	if got := mustAssignments(t, s)[b]; got != "cy" {
		t.Errorf("with the clock back the article is %q's, want cy's", got)
	}
}

// TestAssignmentsAppendOnly: whoever writes, an assignment event is never
// changed or deleted, and on a file not replaced either.
func TestAssignmentsAppendOnly(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	if _, err := s.Assign(ctx, []int64{claims[0].ArticleID}, "ann", "desk"); err != nil {
		t.Fatal(err)
	}
	stmts := []string{"UPDATE assignments SET checker = 'mallory'", "DELETE FROM assignments"}
	if testServer == "" {
		stmts = append(stmts, `INSERT OR REPLACE INTO assignments (id, uid, article_id, checker, assigned_by, at)
			SELECT id, uid, article_id, 'mallory', 'mallory', at FROM assignments`)
	}
	for _, stmt := range stmts {
		if _, err := s.db.Exec(stmt); err == nil {
			t.Errorf("%s: accepted, want refused", stmt)
		}
	}
	if got := mustAssignments(t, s)[claims[0].ArticleID]; got != "ann" {
		t.Errorf("after the refused statements the article is %q's, want ann's", got)
	}
}

// TestMergeAssignments: two reviews assign the same article apart; merged
// either way both show the later assignment, a second merge adds nothing.
func TestMergeAssignments(t *testing.T) {
	ctx := context.Background()
	a, _ := mustSeed(t)
	b, _ := mustSeed(t)
	ia, ib := articleIDs(t, a), articleIDs(t, b)
	var first, second string
	for name := range ia {
		if first == "" {
			first = name
		} else if second == "" {
			second = name
		}
	}
	if _, err := a.Assign(ctx, []int64{ia[first]}, "ann", "desk"); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Millisecond)
	if _, err := b.Assign(ctx, []int64{ib[first]}, "bo", "desk"); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Assign(ctx, []int64{ib[second]}, "cy", "desk"); err != nil {
		t.Fatal(err)
	}
	if rep := mustMerge(t, a, b); rep.Assigned != 2 {
		t.Errorf("b into a: %d assignments merged, want 2", rep.Assigned)
	}
	if rep := mustMerge(t, b, a); rep.Assigned != 1 {
		t.Errorf("a into b: %d assignments merged, want 1", rep.Assigned)
	}
	for _, s := range []*Store{a, b} {
		ids := articleIDs(t, s)
		want := map[int64]string{ids[first]: "bo", ids[second]: "cy"}
		if got := mustAssignments(t, s); !maps.Equal(got, want) {
			t.Errorf("%s after merging: %v, want %v", s.Path(), got, want)
		}
		if rep := mustMerge(t, s, map[*Store]*Store{a: b, b: a}[s]); rep.Assigned != 0 {
			t.Errorf("%s: a second merge brought %d assignments", s.Path(), rep.Assigned)
		}
	}
}

// downgradeTo9 undoes migration 0010 on a file s: no assignments.
func downgradeTo9(t testing.TB, s *Store) {
	t.Helper()
	_, err := s.db.Exec(`DROP VIEW current_assignments; DROP TABLE assignments; PRAGMA user_version = 9`)
	if err != nil {
		t.Fatal(err)
	}
}

// downgradeServerTo9 undoes migration 0010 on a server's review s.
func downgradeServerTo9(t testing.TB, s *Store) {
	t.Helper()
	_, err := s.db.Exec(`DROP VIEW current_assignments; DROP TABLE assignments; UPDATE meta SET value = '9' WHERE key = 'schema'`)
	if err != nil {
		t.Fatal(err)
	}
}

// TestMigrateAssignments: a review made before assignments opens with
// none, and takes them.
func TestMigrateAssignments(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	if testServer != "" {
		downgradeServerTo9(t, s)
	} else {
		downgradeTo9(t, s)
	}
	again := reopen(t, s)
	if got := mustAssignments(t, again); len(got) != 0 {
		t.Errorf("assignments after the migration: %v, want none", got)
	}
	if n, err := again.Assign(ctx, []int64{claims[0].ArticleID}, "ann", "desk"); err != nil || n != 1 {
		t.Errorf("assign after the migration: %d, %v", n, err)
	}
}
