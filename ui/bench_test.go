package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/factcheck/factcheck/db"
	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/factcheck/group"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// corpusDir holds 2,199 BBC articles, outside the repository.
const corpusDir = "../../shared/corpus/bbc_news_2004_2005"

// corpusClaims are the claims the extractor finds in the corpus, grouped.
var corpusClaims = sync.OnceValues(func() ([]factcheck.Record, error) {
	paths, err := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if err != nil || len(paths) == 0 {
		return nil, err
	}
	var claims []factcheck.Claim
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		a, err := extract.ParseArticle(filepath.Base(p), src, "")
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		claims = append(claims, a.Claims...)
	}
	places := group.Group(claims, nil, nil)
	out := make([]factcheck.Record, len(claims))
	for i := range claims {
		out[i] = factcheck.Record{Claim: claims[i], Group: places[i].Group, Suggestion: places[i].Suggestion}
	}
	return out, nil
})

// benchCatalog returns a catalog of n claims: the corpus's, copied under
// new article names as often as needed (1,000,000 claims come from about
// 100,000 articles), a third of them ruled.
func benchCatalog(b *testing.B, n int) *catalog {
	b.Helper()
	base, err := corpusClaims()
	if err != nil {
		b.Fatal(err)
	}
	if len(base) == 0 {
		b.Fatal("no corpus at " + corpusDir)
	}
	claims := make([]factcheck.Record, n)
	labels := map[string]factcheck.ArticleLabel{} // by article name
	verdicts := []factcheck.Verdict{factcheck.Verified, factcheck.Disputed, factcheck.Superseded}
	for i := range claims {
		c := base[i%len(base)]
		if copyNo := i / len(base); copyNo > 0 {
			suffix := fmt.Sprintf("-%d", copyNo)
			c.Doc = strings.TrimSuffix(c.Doc, ".txt") + suffix + ".txt"
			c.Group += suffix
		}
		c.ID = int64(i + 1)
		if i%3 == 0 {
			c.State = factcheck.State{Verdict: verdicts[i%len(verdicts)], Checker: "ana", Events: 1}
		}
		if _, ok := labels[c.Doc]; !ok {
			labels[c.Doc] = factcheck.ArticleLabel{}
		}
		c.ArticleID = int64(len(labels))
		claims[i] = c
	}
	cat := newCatalog(claims)
	cat.setExtras(buildExtras(claims, labels))
	return cat
}

// newBenchReview shows cat in a review window of a test app.
func newBenchReview(b *testing.B, cat *catalog) *harness {
	b.Helper()
	a := test.NewTempApp(b)
	w := test.NewTempWindow(b, nil)
	w.Resize(fyne.NewSize(1280, 800))
	h := &harness{Review: New(a, w, Options{Checker: testChecker}), q: &uiQueue{}}
	h.bg.do = h.q.add
	h.sess = newSession(newFakeStore("bench.db"))
	h.showListing(&listing{cat: cat}, false)
	h.settle()
	return h
}

// BenchmarkKeystroke measures a keystroke in the search field until the
// list shows the new hits, at 1,000,000 claims: the search off the UI
// goroutine and the list's update. The keys spell realistic queries one
// letter at a time; each starts from an empty field.
func BenchmarkKeystroke(b *testing.B) {
	cat := benchCatalog(b, 1_000_000)
	h := newBenchReview(b, cat)
	queries := []string{"unemployment", "oil price", "3.5bn", "labour party", "per cent", "iraq troops", "2005"}
	var keys []string // the field's text after each key
	for _, q := range queries {
		for i := 1; i <= len(q); i++ {
			keys = append(keys, q[:i])
		}
	}
	i := 0
	for b.Loop() {
		k := keys[i%len(keys)]
		i++
		if len(k) == 1 {
			b.StopTimer()
			h.col.search.SetText("")
			h.settle()
			b.StartTimer()
		}
		h.col.search.SetText(k)
		h.settle()
		if h.col.rowCount() == 0 && h.col.searchGen == 0 {
			b.Fatal("nothing searched")
		}
	}
}

// BenchmarkStartup measures opening a database in a new window until its
// first claims are listed (ms/list: the window is usable: scroll, read,
// rule), until all its claims are (ms/full), and until the search index
// and the groups are built too (ms/all). It uses the database named by
// $FACTCHECK_BENCH_DB (for example one of 100,000 articles made with
// "claims import"), else one of 10,000 articles built from the corpus in a
// temporary directory.
func BenchmarkStartup(b *testing.B) {
	path := os.Getenv("FACTCHECK_BENCH_DB")
	if path == "" {
		path = buildBenchDB(b, 10_000)
	}
	claims := 0
	var listed, full, all time.Duration
	for b.Loop() {
		a := test.NewTempApp(b)
		w := test.NewTempWindow(b, nil)
		w.Resize(fyne.NewSize(1280, 800))
		start := time.Now()
		var h *harness
		h = &harness{Review: New(a, w, Options{Open: openDB, Checker: testChecker, OnLoaded: func(n int, err error) {
			if err != nil {
				b.Fatal(err)
			}
			listed += time.Since(start)
		}}), q: &uiQueue{}}
		fullAt := time.Duration(0)
		h.bg.do = func(f func()) {
			h.q.add(func() {
				f()
				if fullAt == 0 && h.cat() != nil && !h.cat().partial {
					fullAt = time.Since(start)
				}
			})
		}
		h.Open(path, false)
		h.settle()
		all += time.Since(start)
		full += fullAt
		if !h.cat().ready() {
			b.Fatal("the index was not built")
		}
		claims = len(h.cat().claims)
		h.sess.store.Close()
	}
	b.ReportMetric(float64(claims), "claims")
	b.ReportMetric(float64(listed.Milliseconds())/float64(b.N), "ms/list")
	b.ReportMetric(float64(full.Milliseconds())/float64(b.N), "ms/full")
	b.ReportMetric(float64(all.Milliseconds())/float64(b.N), "ms/all")
}

// buildBenchDB imports n articles, the corpus's copied as often as needed,
// into a new database.
func buildBenchDB(b *testing.B, n int) string {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(files) == 0 {
		b.Fatal("no corpus at " + corpusDir)
	}
	dir := b.TempDir()
	for i := range n {
		src, err := os.ReadFile(files[i%len(files)])
		if err != nil {
			b.Fatal(err)
		}
		name := fmt.Sprintf("%s_%03d.txt", strings.TrimSuffix(filepath.Base(files[i%len(files)]), ".txt"), i/len(files))
		// Each copy is made distinct, so that the store keeps it.
		if err := os.WriteFile(filepath.Join(dir, name), fmt.Appendf(src, "\nCopy %d.\n", i), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	path := filepath.Join(b.TempDir(), "bench.db")
	st, err := db.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if _, err := ingest.Import(context.Background(), st, []string{dir}, ingest.Options{}); err != nil {
		b.Fatal(err)
	}
	return path
}
