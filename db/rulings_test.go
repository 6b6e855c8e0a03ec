package db

import (
	"context"
	"errors"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/factcheck/factcheck/factcheck"
)

func TestRule(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	a, b := claims[0].ID, claims[1].ID
	Version = "test-1.2"
	defer func() { Version = "dev" }()
	tests := []struct {
		name string
		r    factcheck.Ruling
		want error // nil: stored
	}{
		{"verified", factcheck.Ruling{Claim: a, Verdict: factcheck.Verified, Checker: "ann", Note: "=1+1", Evidence: "https://example.org"}, nil},
		{"superseded", factcheck.Ruling{Claim: a, Verdict: factcheck.Superseded, SupersededBy: b, Checker: "bob"}, nil},
		{"cleared", factcheck.Ruling{Claim: a, Verdict: factcheck.Cleared, Checker: "ann"}, nil},
		{"unsigned", factcheck.Ruling{Claim: a, Verdict: factcheck.Verified}, factcheck.ErrNoChecker},
		{"no verdict", factcheck.Ruling{Claim: a, Checker: "ann"}, factcheck.ErrBadVerdict},
		{"superseded by nothing", factcheck.Ruling{Claim: a, Verdict: factcheck.Superseded, Checker: "ann"}, factcheck.ErrNoSupersededBy},
		{"superseded by itself", factcheck.Ruling{Claim: a, Verdict: factcheck.Superseded, SupersededBy: a, Checker: "ann"}, factcheck.ErrSupersedesItself},
		{"verified by another", factcheck.Ruling{Claim: a, Verdict: factcheck.Verified, SupersededBy: b, Checker: "ann"}, factcheck.ErrSupersededBy},
		{"unknown claim", factcheck.Ruling{Claim: 1e6, Verdict: factcheck.Verified, Checker: "ann"}, factcheck.ErrNotFound},
		{"superseded by unknown", factcheck.Ruling{Claim: a, Verdict: factcheck.Superseded, SupersededBy: 1e6, Checker: "ann"}, factcheck.ErrNotFound},
	}
	var last int64
	stored := 0
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := time.Now().UTC()
			e, err := s.Rule(ctx, tt.r)
			if tt.want != nil {
				if !errors.Is(err, tt.want) {
					t.Fatalf("Rule: %v, want %v", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			stored++
			if e.Ruling != tt.r || e.Action != factcheck.Rule || e.Replaces != last || e.Version != "test-1.2" ||
				e.At.Before(before) || e.At.Location() != time.UTC {
				t.Errorf("event %+v: want ruling %+v replacing %d", e, tt.r, last)
			}
			last = e.ID
			c, err := s.Claim(ctx, a)
			if err != nil {
				t.Fatal(err)
			}
			want := factcheck.State{Verdict: tt.r.Verdict, SupersededBy: tt.r.SupersededBy, Note: tt.r.Note, Evidence: tt.r.Evidence,
				Checker: tt.r.Checker, RuledAt: e.At, Events: stored}
			if c.State != want {
				t.Errorf("state %+v, want %+v", c.State, want)
			}
		})
	}
	h, err := s.History(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != stored {
		t.Errorf("history: %d events, want %d", len(h), stored)
	}
	if h, err := s.History(ctx, b); err != nil || len(h) != 0 {
		t.Errorf("history of a claim never ruled on: %v, %v", h, err)
	}
	if _, err := s.History(ctx, 1e6); !errors.Is(err, factcheck.ErrNotFound) {
		t.Errorf("history of an unknown claim: %v, want factcheck.ErrNotFound", err)
	}
}

// TestUndoRedo runs sequences of rulings, undos and redos and checks each
// claim's verdict after every step.
func TestUndoRedo(t *testing.T) {
	type step struct {
		who     string
		do      string // "rule", "undo", "redo"
		claim   int    // index into the claims, for rule
		verdict factcheck.Verdict
		err     error               // expected error
		want    []factcheck.Verdict // verdicts of claims 0, 1, 2 after the step
	}
	V, D, C, U := factcheck.Verified, factcheck.Disputed, factcheck.Cleared, factcheck.Unruled
	tests := []struct {
		name  string
		steps []step
	}{
		{"nothing to undo", []step{
			{who: "ann", do: "undo", err: factcheck.ErrNothingToUndo, want: []factcheck.Verdict{U, U, U}},
			{who: "ann", do: "redo", err: factcheck.ErrNothingToRedo, want: []factcheck.Verdict{U, U, U}},
		}},
		{"undo back to unruled and redo", []step{
			{who: "ann", do: "rule", claim: 0, verdict: V, want: []factcheck.Verdict{V, U, U}},
			{who: "ann", do: "rule", claim: 0, verdict: D, want: []factcheck.Verdict{D, U, U}},
			{who: "ann", do: "rule", claim: 1, verdict: V, want: []factcheck.Verdict{D, V, U}},
			{who: "ann", do: "undo", want: []factcheck.Verdict{D, C, U}},
			{who: "ann", do: "undo", want: []factcheck.Verdict{V, C, U}},
			{who: "ann", do: "undo", want: []factcheck.Verdict{C, C, U}},
			{who: "ann", do: "undo", err: factcheck.ErrNothingToUndo, want: []factcheck.Verdict{C, C, U}},
			{who: "ann", do: "redo", want: []factcheck.Verdict{V, C, U}},
			{who: "ann", do: "redo", want: []factcheck.Verdict{D, C, U}},
			{who: "ann", do: "undo", want: []factcheck.Verdict{V, C, U}}, // undoes the redo
			{who: "ann", do: "redo", want: []factcheck.Verdict{D, C, U}},
			{who: "ann", do: "redo", want: []factcheck.Verdict{D, V, U}},
			{who: "ann", do: "redo", err: factcheck.ErrNothingToRedo, want: []factcheck.Verdict{D, V, U}},
		}},
		{"a new ruling empties redo", []step{
			{who: "ann", do: "rule", claim: 0, verdict: V, want: []factcheck.Verdict{V, U, U}},
			{who: "ann", do: "undo", want: []factcheck.Verdict{C, U, U}},
			{who: "ann", do: "rule", claim: 2, verdict: D, want: []factcheck.Verdict{C, U, D}},
			{who: "ann", do: "redo", err: factcheck.ErrNothingToRedo, want: []factcheck.Verdict{C, U, D}},
			{who: "ann", do: "undo", want: []factcheck.Verdict{C, U, C}},
		}},
		{"checkers undo their own", []step{
			{who: "ann", do: "rule", claim: 0, verdict: V, want: []factcheck.Verdict{V, U, U}},
			{who: "bob", do: "rule", claim: 1, verdict: D, want: []factcheck.Verdict{V, D, U}},
			{who: "ann", do: "undo", want: []factcheck.Verdict{C, D, U}},
			{who: "bob", do: "undo", want: []factcheck.Verdict{C, C, U}},
			{who: "bob", do: "redo", want: []factcheck.Verdict{C, D, U}},
		}},
		{"another checker ruled since", []step{
			{who: "ann", do: "rule", claim: 0, verdict: V, want: []factcheck.Verdict{V, U, U}},
			{who: "bob", do: "rule", claim: 0, verdict: D, want: []factcheck.Verdict{D, U, U}},
			{who: "ann", do: "undo", err: factcheck.ErrConflict, want: []factcheck.Verdict{D, U, U}},
			{who: "bob", do: "undo", want: []factcheck.Verdict{V, U, U}},
			{who: "ann", do: "undo", want: []factcheck.Verdict{C, U, U}},
			{who: "bob", do: "redo", err: factcheck.ErrConflict, want: []factcheck.Verdict{C, U, U}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s, claims := mustSeed(t)
			for i, st := range tt.steps {
				var err error
				switch st.do {
				case "rule":
					_, err = s.Rule(ctx, factcheck.Ruling{Claim: claims[st.claim].ID, Verdict: st.verdict, Checker: st.who, Note: string(st.verdict)})
				case "undo":
					_, err = s.Undo(ctx, st.who)
				case "redo":
					_, err = s.Redo(ctx, st.who)
				}
				if !errors.Is(err, st.err) {
					t.Fatalf("step %d (%s %s): %v, want %v", i, st.who, st.do, err, st.err)
				}
				for j, want := range st.want {
					c, err := s.Claim(ctx, claims[j].ID)
					if err != nil {
						t.Fatal(err)
					}
					if c.Verdict != want {
						t.Errorf("step %d (%s %s): claim %d is %q, want %q", i, st.who, st.do, j, c.Verdict, want)
					}
					// The note travels with the verdict it was written for.
					if c.Ruled() && c.Note != string(c.Verdict) {
						t.Errorf("step %d: claim %d has note %q with verdict %q", i, j, c.Note, c.Verdict)
					}
				}
			}
		})
	}
}

// TestUndoEvent checks what an undo and a redo event record.
func TestUndoEvent(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	id := claims[0].ID
	r1, _ := s.Rule(ctx, factcheck.Ruling{Claim: id, Verdict: factcheck.Superseded, SupersededBy: claims[1].ID, Checker: "ann", Note: "n", Evidence: "e"})
	r2, _ := s.Rule(ctx, factcheck.Ruling{Claim: id, Verdict: factcheck.Disputed, Checker: "ann"})
	u, err := s.Undo(ctx, "ann")
	if err != nil {
		t.Fatal(err)
	}
	want := factcheck.Ruling{Claim: id, Verdict: factcheck.Superseded, SupersededBy: claims[1].ID, Checker: "ann", Note: "n", Evidence: "e"}
	if u.Action != factcheck.Undo || u.Target != r2.ID || u.Replaces != r2.ID || u.Ruling != want {
		t.Errorf("undo event %+v", u)
	}
	r, err := s.Redo(ctx, "ann")
	if err != nil {
		t.Fatal(err)
	}
	if r.Action != factcheck.Redo || r.Target != r2.ID || r.Replaces != u.ID || r.Verdict != factcheck.Disputed || r.SupersededBy != 0 {
		t.Errorf("redo event %+v", r)
	}
	h, _ := s.History(ctx, id)
	if len(h) != 4 || h[0].ID != r1.ID || h[3].ID != r.ID {
		t.Errorf("history %+v", h)
	}
}

// replay replays the checker's events from the first into what can be
// undone (Rule and Redo events, latest last) and what can be redone
// (events undone, with the Undo event that undid them): the stacks that
// next walks back through.
func replay(t *testing.T, s *Store, checker string) (undo []int64, redo [][2]int64) {
	t.Helper()
	rows, err := s.db.Query("SELECT id, action, coalesce(target, 0) FROM rulings WHERE checker = ? ORDER BY id", checker)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, target int64
		var action factcheck.Action
		if err := rows.Scan(&id, &action, &target); err != nil {
			t.Fatal(err)
		}
		switch action {
		case factcheck.Rule:
			undo = append(undo, id)
			redo = redo[:0]
		case factcheck.Undo:
			if n := len(undo); n == 0 || undo[n-1] != target {
				t.Fatalf("event %d undoes %d, not the latest ruling", id, target)
			}
			undo = undo[:len(undo)-1]
			redo = append(redo, [2]int64{target, id})
		case factcheck.Redo:
			if n := len(redo); n == 0 || redo[n-1][0] != target {
				t.Fatalf("event %d redoes %d, not the latest undone", id, target)
			}
			redo = redo[:len(redo)-1]
			undo = append(undo, id)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return undo, redo
}

// TestUndoRedoAsAStack makes random rulings, undos and redos by two
// checkers on a few claims, and checks after each that what the next undo
// and redo would act on is the top of the stacks the whole log replays to.
func TestUndoRedoAsAStack(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	rng := rand.New(rand.NewPCG(1, 2))
	checkers := []string{"ann", "bob"}
	var undos, redos, conflicts int
	for range 400 {
		checker := checkers[rng.IntN(2)]
		var err error
		switch op := rng.IntN(10); {
		case op < 4:
			_, err = s.Rule(ctx, factcheck.Ruling{Claim: claims[rng.IntN(3)].ID, Verdict: factcheck.Verdicts[rng.IntN(2)], Checker: checker})
		case op < 7:
			if _, err = s.Undo(ctx, checker); err == nil {
				undos++
			}
		default:
			if _, err = s.Redo(ctx, checker); err == nil {
				redos++
			}
		}
		switch {
		case errors.Is(err, factcheck.ErrConflict):
			conflicts++
		case err != nil && !errors.Is(err, factcheck.ErrNothingToUndo) && !errors.Is(err, factcheck.ErrNothingToRedo):
			t.Fatal(err)
		}
		for _, c := range checkers {
			undo, redo := replay(t, s, c)
			var wantUndo int64
			var wantRedo [2]int64
			if n := len(undo); n > 0 {
				wantUndo = undo[n-1]
			}
			if n := len(redo); n > 0 {
				wantRedo = redo[n-1]
			}
			tx, err := s.db.BeginTx(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			gotUndo, _, err1 := next(ctx, tx, c, factcheck.Undo)
			target, undoneBy, err2 := next(ctx, tx, c, factcheck.Redo)
			tx.Rollback()
			if err := errors.Join(err1, err2); err != nil {
				t.Fatal(err)
			}
			if gotUndo != wantUndo || [2]int64{target, undoneBy} != wantRedo {
				t.Fatalf("%s: next undo %d, redo %d (undone by %d); the replay says %d, %v",
					c, gotUndo, target, undoneBy, wantUndo, wantRedo)
			}
		}
	}
	if undos < 20 || redos < 20 || conflicts == 0 {
		t.Errorf("%d undos, %d redos, %d conflicts: too few to prove much", undos, redos, conflicts)
	}
}
