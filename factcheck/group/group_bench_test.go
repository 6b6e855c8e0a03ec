package group

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/extract"
)

const corpusDir = "../../../shared/corpus/bbc_news_2004_2005"

// loadCorpus reads the BBC corpus beside the repository, failing when it
// is missing.
func loadCorpus(tb testing.TB) [][]byte {
	tb.Helper()
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(paths) == 0 {
		tb.Fatal("corpus not found at " + corpusDir)
	}
	var docs [][]byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, b)
	}
	return docs
}

// BenchmarkGroup measures grouping over the claims of the whole corpus,
// in claims a second.
func BenchmarkGroup(b *testing.B) {
	docs := loadCorpus(b)
	var claims []factcheck.Claim
	pub := map[string]string{}
	for i, d := range docs {
		name := "doc" + strconv.Itoa(i) + ".txt"
		a, err := extract.ParseArticle(name, d, "")
		if err != nil {
			continue
		}
		claims = append(claims, a.Claims...)
		pub[name] = a.Published
	}
	b.ResetTimer()
	for b.Loop() {
		Group(claims, pub)
	}
	b.ReportMetric(float64(len(claims))*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
}
