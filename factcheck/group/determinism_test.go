package group

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/testcorpus"
)

// TestGroupIsDeterministic groups the claims of the BBC corpus, and of the
// first 6,000 Reuters stories, three times: the groups and suggestions
// must be the same each time. Joins are capped and weights compared with
// thresholds, so a map's order or a sum in another order changed a few
// groups from one run to the next; and one group's suggestions may name
// another's claims (supersedeReplacedValue), so the groups are weighed in one
// order.
func TestGroupIsDeterministic(t *testing.T) {
	bbc, bbcPub := corpusClaims(t)
	reuters, reutersPub, reutersNames := reutersClaims(t, 6000)
	for _, corpus := range []struct {
		name   string
		claims []factcheck.Claim
		pub    map[string]string
		names  map[string][]string
	}{{"bbc", bbc, bbcPub, nil}, {"reuters", reuters, reutersPub, reutersNames}} {
		claims := corpus.claims
		first := Group(claims, corpus.pub, corpus.names)
		for run := 2; run <= 3; run++ {
			again := Group(claims, corpus.pub, corpus.names)
			for i := range first {
				if !reflect.DeepEqual(first[i], again[i]) {
					t.Fatalf("%s: run %d placed %s:%d %q at %+v, the first run at %+v", corpus.name, run, claims[i].Doc, claims[i].Start, claims[i].Text, again[i], first[i])
				}
			}
		}
	}
}

// reutersClaims returns the claims of the first n stories of the Reuters
// corpus, with their publication dates and names (NamesOfText), as
// claims group reads them.
func reutersClaims(tb testing.TB, n int) ([]factcheck.Claim, map[string]string, map[string][]string) {
	tb.Helper()
	paths, _ := filepath.Glob(filepath.Join(testcorpus.Root, "reuters21578_1987", "*.txt"))
	if len(paths) < n {
		tb.Fatalf("%d Reuters stories under %s, want %d", len(paths), testcorpus.Root, n)
	}
	return parseFiles(tb, paths[:n], "")
}
