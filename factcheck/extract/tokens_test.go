package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck/internal/testcorpus"
)

// BenchmarkTokenize measures the tokenizer alone over BenchmarkExtract's
// articles, a pass over all of them an op: its share of an extraction
// (`go test -run '^$' -bench Tokenize ./factcheck/extract`).
func BenchmarkTokenize(b *testing.B) {
	docs := testcorpus.Load(b)
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	var toks []token
	for b.Loop() {
		for _, d := range docs {
			toks = tokenize(string(d), toks[:0])
		}
	}
}
