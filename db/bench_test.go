package db

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// corpusDir holds 2,199 BBC articles (one of them Latin-1), outside the
// repository.
const corpusDir = "../../shared/corpus/bbc_news_2004_2005"

// replicateCorpus writes n articles into a new directory: the corpus over
// and over, each copy made distinct by a line of letters at its end.
// It returns the directory and the number of bytes written.
func replicateCorpus(b *testing.B, n int) (string, int64) {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(files) == 0 {
		b.Fatalf("no corpus in %s", corpusDir)
	}
	srcs := make([][]byte, len(files))
	for i, f := range files {
		var err error
		if srcs[i], err = os.ReadFile(f); err != nil {
			b.Fatal(err)
		}
	}
	dir := b.TempDir()
	var size int64
	for i := range n {
		k, f := i/len(files), i%len(files)
		// The corpus holds some articles twice: tag every copy.
		data := append(srcs[f][:len(srcs[f]):len(srcs[f])], "\nCopy "+copyTag(i)+".\n"...)
		name := fmt.Sprintf("%s_%03d.txt", strings.TrimSuffix(filepath.Base(files[f]), ".txt"), k)
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			b.Fatal(err)
		}
		size += int64(len(data))
	}
	return dir, size
}

// BenchmarkImport imports 10,000 (and 100,000) articles, extraction
// included, into a new database.
func BenchmarkImport(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			dir, size := replicateCorpus(b, n)
			b.SetBytes(size)
			work := b.TempDir()
			i := 0
			for b.Loop() {
				path := filepath.Join(work, fmt.Sprintf("f%d.db", i))
				i++
				s, err := Create(path)
				if err != nil {
					b.Fatal(err)
				}
				rep, err := ingest.Import(context.Background(), s, []string{dir}, ingest.Options{})
				if err != nil {
					b.Fatal(err)
				}
				if len(rep.Added) != n {
					b.Fatalf("added %d of %d (%v)", len(rep.Added), n, rep.Errors.Err())
				}
				s.Close()
				for _, ext := range []string{"", "-wal", "-shm"} {
					os.Remove(path + ext)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// BenchmarkRule records rulings one by one, each in its own transaction.
func BenchmarkRule(b *testing.B) {
	ctx := context.Background()
	s, claims := mustSeed(b)
	i := 0
	for b.Loop() {
		c := claims[i%len(claims)]
		_, err := s.Rule(ctx, factcheck.Ruling{Claim: c.ID, Verdict: factcheck.Verdicts[i%2], Checker: "ann", Note: "checked"})
		if err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkClaim reads one claim with its current ruling, as the desktop
// app does after each ruling, from a log of 250,000 events.
func BenchmarkClaim(b *testing.B) {
	ctx := context.Background()
	s, claims := mustSeed(b)
	tx, err := s.db.Begin()
	if err != nil {
		b.Fatal(err)
	}
	for i := range 250_000 {
		uid, err := newEventID()
		if err != nil {
			b.Fatal(err)
		}
		_, err = tx.Exec(`INSERT INTO rulings (uid, claim_id, action, verdict, checker, at, app_version, seq)
			VALUES (?, ?, 'rule', 'verified', 'ann', ?, 'bench', (SELECT coalesce(max(seq), 0) + 1 FROM rulings))`,
			uid, claims[i%len(claims)].ID, formatTime(time.Now()))
		if err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		c, err := s.Claim(ctx, claims[i%len(claims)].ID)
		if err != nil || c.Verdict != factcheck.Verified {
			b.Fatalf("claim %d: %v, %v", claims[i%len(claims)].ID, c, err)
		}
		i++
	}
}

// BenchmarkClaims loads every claim of a 10,000-article store with its
// current ruling, as the desktop app does at start-up.
func BenchmarkClaims(b *testing.B) {
	ctx := context.Background()
	dir, _ := replicateCorpus(b, 10_000)
	s := mustOpen(b)
	if _, err := ingest.Import(ctx, s, []string{dir}, ingest.Options{}); err != nil {
		b.Fatal(err)
	}
	claims, err := s.Claims(ctx)
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < len(claims); i += 3 {
		s.Rule(ctx, factcheck.Ruling{Claim: claims[i].ID, Verdict: factcheck.Verified, Checker: "ann"})
	}
	for b.Loop() {
		if claims, err = s.Claims(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(claims)*b.N)/b.Elapsed().Seconds(), "claims/s")
	b.ReportMetric(float64(len(claims)), "claims")
}

// BenchmarkQuickCheck times the check a Store makes before a session's
// first write (PRAGMA quick_check) on the database FACTCHECK_BENCH_DB
// names, such as the 100,000 articles scripts/benchdb builds, or else on
// the seeds:
//
//	FACTCHECK_BENCH_DB=bin/bench/100000.db go test -run XXX -bench QuickCheck ./db/
func BenchmarkQuickCheck(b *testing.B) {
	path := os.Getenv("FACTCHECK_BENCH_DB")
	if path == "" {
		s, _ := mustSeed(b)
		path = s.Path()
	}
	s, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if fi, err := os.Stat(path); err == nil {
		b.SetBytes(fi.Size())
	}
	for b.Loop() {
		if err := quickCheck(context.Background(), s.db.DB); err != nil {
			b.Fatal(err)
		}
	}
}

// benchStore returns a store to import into: a copy of the database
// FACTCHECK_BENCH_DB names (such as the 100,000 articles and 941,691
// claims scripts/benchdb builds), or else a store of the 2,199 corpus
// articles.
func benchStore(b *testing.B) *Store {
	b.Helper()
	path := filepath.Join(b.TempDir(), "bench.db")
	if from := os.Getenv("FACTCHECK_BENCH_DB"); from != "" {
		src, err := Open(from)
		if err != nil {
			b.Fatal(err)
		}
		// VACUUM INTO copies a consistent snapshot, WAL included.
		_, err = src.db.Exec("VACUUM INTO ?", path)
		src.Close()
		if err != nil {
			b.Fatal(err)
		}
		s, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		return s
	}
	dir, _ := replicateCorpus(b, 2199)
	s, err := Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := ingest.Import(context.Background(), s, []string{dir}, ingest.Options{}); err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkImportOne imports one new article at a time into a large store
// (see benchStore), its story's claims grouped again included: the time a
// checker waits for an article dropped into a review. Each article is a
// corpus article with a line of its own.
//
//	scripts/benchdb 100000 bin/bench/100k.db
//	FACTCHECK_BENCH_DB=bin/bench/100k.db go test -tags migrated_fynedo -run XXX -bench ImportOne -benchtime 20x ./db/
func BenchmarkImportOne(b *testing.B) {
	ctx := context.Background()
	s := benchStore(b)
	defer s.Close()
	src, _ := replicateCorpus(b, 2199)
	files, _ := filepath.Glob(filepath.Join(src, "*.txt"))
	dir := b.TempDir()
	i := 0
	for b.Loop() {
		data, err := os.ReadFile(files[(i*97)%len(files)])
		if err != nil {
			b.Fatal(err)
		}
		path := filepath.Join(dir, fmt.Sprintf("one%d.txt", i))
		data = append(data, "\nOnce more "+copyTag(i)+".\n"...)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			b.Fatal(err)
		}
		i++
		rep, err := ingest.Import(ctx, s, []string{path}, ingest.Options{})
		if err != nil || len(rep.Added) != 1 {
			b.Fatalf("import %s: %v, %+v", path, err, rep)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/article")
}

// BenchmarkRuleDuringImport records rulings 5 ms apart (a checker is
// slower by far), through a second Store on the same file (as a second
// process would), while the first imports 1,000 articles into a large
// store (see benchStore): how long a checker's ruling waits for an import.
// It reports the rulings' median, 99th percentile and longest times.
//
//	FACTCHECK_BENCH_DB=bin/bench/100k.db go test -tags migrated_fynedo -run XXX -bench RuleDuringImport -benchtime 1x ./db/
func BenchmarkRuleDuringImport(b *testing.B) {
	ctx := context.Background()
	s := benchStore(b)
	defer s.Close()
	other, claims := checkerStore(b, s)
	// The session's first write checks the file first: not the import's doing.
	if _, err := other.Rule(ctx, factcheck.Ruling{Claim: claims[0].ID, Verdict: factcheck.Verified, Checker: "ann"}); err != nil {
		b.Fatal(err)
	}
	var waits []time.Duration
	for b.Loop() {
		src, _ := replicateCorpus(b, 1000)
		dir := b.TempDir()
		files, _ := filepath.Glob(filepath.Join(src, "*.txt"))
		for k, f := range files {
			data, _ := os.ReadFile(f)
			data = append(data, "\nDuring "+copyTag(len(waits)+k)+".\n"...)
			os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644)
		}
		waits = ruleWhile(b, other, claims, waits, func() error {
			_, err := ingest.Import(ctx, s, []string{dir}, ingest.Options{})
			return err
		})
	}
	reportWaits(b, waits)
}

// checkerStore opens a second Store on s's file, as a checker's process
// would, and returns it with the first claims to rule on. It is closed
// when the benchmark ends.
func checkerStore(b *testing.B, s *Store) (*Store, []factcheck.Record) {
	b.Helper()
	other, err := Open(s.Path())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { other.Close() })
	claims, _, err := other.FirstClaims(context.Background(), 1000)
	if err != nil || len(claims) == 0 {
		b.Fatal(err)
	}
	return other, claims
}

// ruleWhile rules on claims through other, one ruling every 5 ms, while
// write runs, and returns waits with how long each ruling took added.
func ruleWhile(b *testing.B, other *Store, claims []factcheck.Record, waits []time.Duration, write func() error) []time.Duration {
	b.Helper()
	ctx := context.Background()
	done := make(chan error)
	go func() { done <- write() }()
	for {
		select {
		case err := <-done:
			if err != nil {
				b.Fatal(err)
			}
			return waits
		default:
			c := claims[len(waits)%len(claims)]
			start := time.Now()
			if _, err := other.Rule(ctx, factcheck.Ruling{Claim: c.ID, Verdict: factcheck.Verified, Checker: "ann"}); err != nil {
				b.Fatal(err)
			}
			waits = append(waits, time.Since(start))
			time.Sleep(5 * time.Millisecond)
		}
	}
}

// reportWaits reports how many rulings there were and how long they
// waited: the median, the 99th percentile and the longest, in ms.
func reportWaits(b *testing.B, waits []time.Duration) {
	slices.Sort(waits)
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(float64(len(waits)), "rulings")
	b.ReportMetric(ms(waits[len(waits)/2]), "ms/median")
	b.ReportMetric(ms(waits[len(waits)*99/100]), "ms/p99")
	b.ReportMetric(ms(waits[len(waits)-1]), "ms/max")
}

// BenchmarkRuleDuringRepack measures, as BenchmarkRuleDuringImport does,
// how long rulings from a second connection wait while Repack packs every
// article of a store (see benchStore) again, every article listed first.
//
//	FACTCHECK_BENCH_DB=bin/bench/100k.db go test -tags migrated_fynedo -run XXX -bench RuleDuringRepack -benchtime 1x ./db/
func BenchmarkRuleDuringRepack(b *testing.B) {
	ctx := context.Background()
	s := benchStore(b)
	defer s.Close()
	other, claims := checkerStore(b, s)
	// The session's first write checks the file first: not Repack's doing.
	for _, st := range []*Store{s, other} {
		if _, err := st.Rule(ctx, factcheck.Ruling{Claim: claims[0].ID, Verdict: factcheck.Verified, Checker: "ann"}); err != nil {
			b.Fatal(err)
		}
	}
	var waits []time.Duration
	var took time.Duration
	for b.Loop() {
		b.StopTimer()
		if _, err := s.db.Exec("INSERT OR IGNORE INTO claims_unpacked (article_id) SELECT DISTINCT article_id FROM claims"); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		waits = ruleWhile(b, other, claims, waits, func() error { return s.Repack(ctx) })
		took += time.Since(start)
	}
	reportWaits(b, waits)
	b.ReportMetric(took.Seconds()/float64(b.N), "s/repack")
}
