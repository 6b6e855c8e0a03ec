package group

import (
	"strconv"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/factcheck/internal/testcorpus"
)

// corpusClaims extracts the claims of the BBC corpus, each article named
// docN.txt, and returns them with the articles' publication dates.
func corpusClaims(tb testing.TB) ([]factcheck.Claim, map[string]string) {
	docs := testcorpus.Load(tb)
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
	return claims, pub
}

// BenchmarkGroup measures grouping over the claims of the whole corpus,
// in claims a second.
func BenchmarkGroup(b *testing.B) {
	claims, pub := corpusClaims(b)
	b.ResetTimer()
	for b.Loop() {
		Group(claims, pub, nil)
	}
	b.ReportMetric(float64(len(claims))*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
}
