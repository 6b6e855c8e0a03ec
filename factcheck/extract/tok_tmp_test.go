package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck/internal/testcorpus"
)

func BenchmarkTokenizeTmp(b *testing.B) {
	docs := testcorpus.Load(b)
	var toks []token
	for b.Loop() {
		for _, d := range docs {
			toks = tokenize(string(d), toks[:0])
		}
	}
}
