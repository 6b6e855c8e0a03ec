package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck/internal/testcorpus"
)

// BenchmarkExtract measures extraction over real news text, in bytes a
// second on one core.
func BenchmarkExtract(b *testing.B) {
	docs := testcorpus.Load(b)
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
