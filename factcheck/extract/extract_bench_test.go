package extract

import (
	"os"
	"path/filepath"
	"testing"
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

// BenchmarkExtract measures extraction over real news text, in bytes a
// second on one core.
func BenchmarkExtract(b *testing.B) {
	docs := loadCorpus(b)
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := ParseArticle("bench.txt", d, ""); err != nil && err != ErrBinary {
				b.Fatal(err)
			}
		}
	}
}
