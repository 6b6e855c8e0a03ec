// Package testcorpus reads the news corpora that lie beside the repository
// in ../shared/corpus (the BBC News corpus, 2,199 articles of 2004-05,
// above all), for the tests and benchmarks of factcheck's packages. The
// corpora are read in place, never copied into the repository; a test that
// needs them fails when they are missing.
package testcorpus

import (
	"os"
	"path/filepath"
	"testing"
)

// Root is the folder of the corpora, as seen from a package folder under
// factcheck/ (where go test runs a package's tests): bbc_news_2004_2005,
// reuters21578_1987 and us_news_2023.
const Root = "../../../shared/corpus"

// Dir is the BBC News corpus folder, seen as Root is.
const Dir = Root + "/bbc_news_2004_2005"

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
