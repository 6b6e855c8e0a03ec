package db

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// reviewWithEvents imports the articles of dir into a new review file at
// path and appends events rulings of checker on its claims at random, in
// one transaction, as a day of a desk's work would leave them.
func reviewWithEvents(b *testing.B, path, dir, checker string, events int) {
	b.Helper()
	ctx := context.Background()
	s, err := Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := ingest.Import(ctx, s, []string{dir}, ingest.Options{}); err != nil {
		b.Fatal(err)
	}
	claims, err := s.Claims(ctx)
	if err != nil {
		b.Fatal(err)
	}
	tx, err := s.db.Begin()
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	rnd := rand.New(rand.NewPCG(uint64(len(checker)), 1))
	at := time.Now()
	for i := range events {
		uid, err := newEventID()
		if err != nil {
			b.Fatal(err)
		}
		at = at.Add(time.Millisecond)
		_, err = tx.Exec(`INSERT INTO rulings (uid, claim_id, action, verdict, checker, at, app_version, seq)
			VALUES (?, ?, 'rule', ?, ?, ?, 'bench', ?)`, uid, claims[rnd.IntN(len(claims))].ID,
			factcheck.Verdicts[rnd.IntN(2)], checker, formatTime(at), i+1)
		if err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkMerge merges a review of 10,000 articles with 50,000 ruling
// events into another of 10,000 with 50,000 of its own, grouping what came
// in included, as "claims merge" does: "same" when both reviewed the same
// articles, "apart" when they share none (so 10,000 articles come in).
//
//	go test -tags migrated_fynedo -run XXX -bench Merge -benchtime 3x ./db/
func BenchmarkMerge(b *testing.B) {
	const n, events = 10_000, 50_000
	ctx := context.Background()
	dir, _ := replicateCorpus(b, 2*n)
	half := func(from int) string {
		d := b.TempDir()
		entries, err := os.ReadDir(dir)
		if err != nil {
			b.Fatal(err)
		}
		for _, e := range entries[from : from+n] {
			if err := os.Link(filepath.Join(dir, e.Name()), filepath.Join(d, e.Name())); err != nil {
				b.Fatal(err)
			}
		}
		return d
	}
	first, second := half(0), half(n)
	work := b.TempDir()
	ann := filepath.Join(work, "ann.db")
	reviewWithEvents(b, ann, first, "ann", events)
	for _, bench := range []struct{ name, dir string }{{"same", first}, {"apart", second}} {
		b.Run(bench.name, func(b *testing.B) {
			bo := filepath.Join(work, "bo-"+bench.name+".db")
			reviewWithEvents(b, bo, bench.dir, "bo", events)
			for i := 0; b.Loop(); i++ {
				b.StopTimer()
				into := filepath.Join(work, fmt.Sprintf("into-%s-%d.db", bench.name, i))
				src, err := Open(ann)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := src.db.Exec("VACUUM INTO ?", into); err != nil {
					b.Fatal(err)
				}
				src.Close()
				s, err := Open(into)
				if err != nil {
					b.Fatal(err)
				}
				other, err := Open(bo)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				rep, err := s.Merge(ctx, other)
				if err != nil {
					b.Fatal(err)
				}
				if err := ingest.Regroup(ctx, s); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				if rep.Events != events {
					b.Fatalf("merged %d events, want %d", rep.Events, events)
				}
				other.Close()
				s.Close()
				b.StartTimer()
			}
		})
	}
}
