package db

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/factcheck/factcheck/factcheck"
)

// reopen opens another Store on s's database, as another checker's
// process would.
func reopen(t testing.TB, s *Store) *Store {
	t.Helper()
	target := s.target
	if target == "" {
		target = s.path
	}
	o, err := Open(target)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { o.Close() })
	return o
}

// deskRulings has checkers rule on the seeds' claims at once, each on
// its own Store, n rulings each, and returns each ruling's latency.
func deskRulings(t testing.TB, s *Store, claims []factcheck.Record, checkers, n int) ([]time.Duration, error) {
	var mu sync.Mutex
	var took []time.Duration
	var errs []error
	var wg sync.WaitGroup
	for c := range checkers {
		st := reopen(t, s)
		wg.Go(func() {
			for i := range n {
				r := factcheck.Ruling{Claim: claims[(c*7+i*3)%len(claims)].ID, Verdict: []factcheck.Verdict{factcheck.Verified, factcheck.Disputed}[i%2],
					Checker: fmt.Sprintf("checker %d", c), Note: fmt.Sprintf("ruling %d", i)}
				start := time.Now()
				_, err := st.Rule(context.Background(), r)
				d := time.Since(start)
				mu.Lock()
				took = append(took, d)
				if err != nil {
					errs = append(errs, err)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if len(errs) > 0 {
		return took, fmt.Errorf("%d rulings failed, the first: %w", len(errs), errs[0])
	}
	return took, nil
}

// TestDeskRulesAtOnce: eight checkers ruling at once, each through a
// Store of its own, lose no ruling; the log numbers them 1, 2, 3, …
// without a gap, and each claim's events follow one another (each
// replaces the claim's event before it in the log's order).
func TestDeskRulesAtOnce(t *testing.T) {
	s, claims := mustSeed(t)
	const checkers, each = 8, 60
	if _, err := deskRulings(t, s, claims, checkers, each); err != nil {
		t.Fatal(err)
	}
	rows, err := s.db.Query("SELECT id, claim_id, seq, coalesce(replaces, 0) FROM rulings ORDER BY seq")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	last := map[int64]int64{} // claim → its latest event so far
	var seqs []int64
	for rows.Next() {
		var id, claim, seq, replaces int64
		if err := rows.Scan(&id, &claim, &seq, &replaces); err != nil {
			t.Fatal(err)
		}
		if replaces != last[claim] {
			t.Errorf("event %d of claim %d replaces %d, want %d, the claim's event before it", id, claim, replaces, last[claim])
		}
		last[claim] = id
		seqs = append(seqs, seq)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if len(seqs) != checkers*each {
		t.Fatalf("%d events, want %d", len(seqs), checkers*each)
	}
	if seqs[0] != 1 || seqs[len(seqs)-1] != int64(len(seqs)) {
		t.Errorf("seq runs from %d to %d over %d events", seqs[0], seqs[len(seqs)-1], len(seqs))
	}
}

// BenchmarkDeskRulings: eight checkers making 500 rulings each at once on
// one review (a file, or with FACTCHECK_TEST_POSTGRES a server's
// database); reports the rulings' latency, median and 99th percentile.
func BenchmarkDeskRulings(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		s, claims := mustSeed(b)
		b.StartTimer()
		took, err := deskRulings(b, s, claims, 8, 500)
		if err != nil {
			b.Fatal(err)
		}
		sort.Slice(took, func(i, j int) bool { return took[i] < took[j] })
		b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "ms-p50")
		b.ReportMetric(float64(took[len(took)*99/100].Microseconds())/1000, "ms-p99")
		b.ReportMetric(float64(slices.Max(took).Microseconds())/1000, "ms-max")
	}
}

// TestRulingsSince: a window that read the log up to some seq finds the
// rulings made since, by another Store, in the log's order.
func TestRulingsSince(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	other := reopen(t, s)
	if _, err := s.Rule(ctx, factcheck.Ruling{Claim: claims[0].ID, Verdict: factcheck.Verified, Checker: "ann"}); err != nil {
		t.Fatal(err)
	}
	seen, err := s.LogSeq(ctx)
	if err != nil || seen != 1 {
		t.Fatalf("LogSeq = %d, %v; want 1", seen, err)
	}
	for i, v := range []factcheck.Verdict{factcheck.Disputed, factcheck.Verified} {
		if _, err := other.Rule(ctx, factcheck.Ruling{Claim: claims[i+1].ID, Verdict: v, Checker: "bo"}); err != nil {
			t.Fatal(err)
		}
	}
	ev, last, err := s.RulingsSince(ctx, seen)
	if err != nil {
		t.Fatal(err)
	}
	if len(ev) != 2 || last != 3 || ev[0].Claim != claims[1].ID || ev[0].Verdict != factcheck.Disputed || ev[1].Checker != "bo" {
		t.Errorf("RulingsSince(1) = %+v, last %d; want bo's two rulings, last 3", ev, last)
	}
	if ev, last, err := s.RulingsSince(ctx, last); err != nil || len(ev) != 0 || last != 3 {
		t.Errorf("RulingsSince(3) = %v, %d, %v; want none, 3", ev, last, err)
	}
}

// TestClaimsOfNone: ClaimsOf takes no articles or no groups (nil lists)
// and returns the claims of the other list, on a file as on a server.
func TestClaimsOfNone(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	got, err := s.ClaimsOf(ctx, []int64{claims[0].ArticleID}, nil)
	if err != nil || len(got) == 0 {
		t.Fatalf("ClaimsOf(article, nil) = %d claims, %v; want the article's", len(got), err)
	}
	got, err = s.ClaimsOf(ctx, nil, nil)
	if err != nil || len(got) != 0 {
		t.Errorf("ClaimsOf(nil, nil) = %d claims, %v; want none", len(got), err)
	}
}

// TestWaitLog: a window waiting on the log wakes when another checker's
// ruling commits: on a server by its notification (long before the poll
// it was given), on a file after the poll.
func TestWaitLog(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	other := reopen(t, s)
	const poll = time.Hour
	if testServer == "" {
		// A file has no notifications: WaitLog waits its poll.
		start := time.Now()
		if err := s.WaitLog(ctx, 10*time.Millisecond); err != nil || time.Since(start) < 10*time.Millisecond {
			t.Errorf("WaitLog on a file: %v after %v, want nil after its poll", err, time.Since(start))
		}
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		if err := s.WaitLog(cctx, poll); !errors.Is(err, context.Canceled) {
			t.Errorf("WaitLog with its context ended: %v", err)
		}
		return
	}
	if err := s.WaitLog(ctx, poll); err != nil { // listens, returns
		t.Fatal(err)
	}
	done := make(chan error, 1)
	wctx, cancel := context.WithTimeout(ctx, 8*time.Second)
	defer cancel()
	go func() { done <- s.WaitLog(wctx, poll) }()
	time.Sleep(100 * time.Millisecond)
	if _, err := other.Rule(ctx, factcheck.Ruling{Claim: claims[0].ID, Verdict: factcheck.Verified, Checker: "bo"}); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Errorf("WaitLog did not wake on another checker's ruling: %v", err)
	}
	events, _, err := s.RulingsSince(ctx, 0)
	if err != nil || len(events) != 1 || events[0].Checker != "bo" {
		t.Errorf("after waking: %+v, %v", events, err)
	}
	// Close ends a wait under way.
	go func() { done <- s.WaitLog(ctx, poll) }()
	time.Sleep(100 * time.Millisecond)
	s.Close()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("a wait when the store closed: %v", err)
	}
}

// TestDeskLoad is the desk's load test: eight checker processes, each
// with a Store of its own, make their rulings at once (500 each on a
// server, 100 on a file); every ruling is kept and none fails. It logs
// the rulings' latency, median and 99th percentile (run with -v to read
// it; BenchmarkDeskRulings measures the same in one process).
func TestDeskLoad(t *testing.T) {
	s, _ := mustSeed(t)
	target := targetOf(s)
	const checkers = 8
	each := 100
	if testServer != "" {
		each = 500
	}
	procs := make([]*childProc, checkers)
	for c := range procs {
		procs[c] = startChild(t, "desk", target, fmt.Sprintf("checker %d", c+1), fmt.Sprintf("FACTCHECK_DB_N=%d", each))
	}
	var took []time.Duration
	for c, p := range procs {
		n := 0
		for line := range p.lines {
			us, err := strconv.ParseInt(line, 10, 64)
			if err != nil {
				t.Fatalf("checker %d: %s", c+1, line)
			}
			took = append(took, time.Duration(us)*time.Microsecond)
			n++
		}
		if err := p.cmd.Wait(); err != nil || n != each {
			t.Fatalf("checker %d made %d of %d rulings: %v", c+1, n, each, err)
		}
	}
	var events, last int64
	if err := s.db.QueryRow("SELECT count(*), coalesce(max(seq), 0) FROM rulings").Scan(&events, &last); err != nil {
		t.Fatal(err)
	}
	if events != checkers*int64(each) || last != events {
		t.Errorf("%d events, the last seq %d; want %d rulings kept, numbered without a gap", events, last, checkers*each)
	}
	slices.Sort(took)
	t.Logf("%d checker processes × %d rulings: latency p50 %v, p99 %v, max %v", checkers, each,
		took[len(took)/2], took[len(took)*99/100], took[len(took)-1])
}
