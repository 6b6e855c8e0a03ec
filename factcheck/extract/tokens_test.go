package extract

import "testing"

// BenchmarkTokenize measures the tokenizer alone over BenchmarkExtract's
// articles, a pass over all of them an op: its share of an extraction
// (`go test -run '^$' -bench Tokenize ./factcheck/extract`).
func BenchmarkTokenize(b *testing.B) {
	docs := benchDocs(b)
	var toks []token
	for b.Loop() {
		for _, d := range docs {
			toks = tokenize(string(d), toks[:0])
		}
	}
}
