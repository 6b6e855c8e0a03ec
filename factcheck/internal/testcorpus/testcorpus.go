// Package testcorpus reads the BBC News corpus (2,199 articles, 2004-05)
// that lies beside the repository in ../shared/corpus, for the tests and
// benchmarks of factcheck's packages. The corpus is read in place, never
// copied into the repository; a test that needs it fails when it is
// missing.
package testcorpus

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir is the corpus folder, as seen from a package folder under
// factcheck/ (where go test runs a package's tests).
const Dir = "../../../shared/corpus/bbc_news_2004_2005"

// Paths returns the corpus articles' paths in lexical order; it fails tb
// when there are none.
func Paths(tb testing.TB) []string {
	tb.Helper()
	paths, _ := filepath.Glob(filepath.Join(Dir, "*.txt"))
	if len(paths) == 0 {
		tb.Fatal("corpus not found at " + Dir)
	}
	return paths
}

// Load returns the bytes of every corpus article, in Paths' order.
func Load(tb testing.TB) [][]byte {
	tb.Helper()
	var docs [][]byte
	for _, p := range Paths(tb) {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, b)
	}
	return docs
}
