package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck/internal/testcorpus"
)

// BenchmarkExtract measures extraction over real news text, in bytes a
// second on one core.
func BenchmarkExtract(b *testing.B) {
	docs := benchDocs(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := ParseArticle("bench.txt", d, ""); err != nil && err != ErrBinary {
				b.Fatal(err)
			}
		}
	}
}

// benchDocs loads the benchmarks' articles (testcorpus.Load) and sets the
// bytes an op reads to all of theirs.
func benchDocs(b *testing.B) [][]byte {
	docs := testcorpus.Load(b)
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	return docs
}

// BenchmarkExtractRuns extracts texts that are one long run of what a
// claim's rules look back over (figures, number words, a list's items,
// a line of sentences with no line break) with no sum, date or dateline
// to stop them: each rule's look back must stay bounded, so that the
// time grows with the text, not its square (`go test -bench ExtractRuns
// -benchtime 3x`).
func BenchmarkExtractRuns(b *testing.B) {
	var figures, words, items, line strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&figures, "%d ", i)
		words.WriteString("one two three ")
		fmt.Fprintf(&items, "X %d (%d), ", i, i)
		fmt.Fprintf(&line, "The council spent $%dm on %d roads in 2004 and 12%% more ", i%90+1, i)
	}
	texts := [][]byte{[]byte(figures.String()), []byte(words.String()), []byte("in tonnes: " + items.String()), []byte(line.String())}
	for b.Loop() {
		for _, t := range texts {
			if _, err := ParseArticle("runs.txt", t, ""); err != nil {
				b.Fatal(err)
			}
		}
	}
}
