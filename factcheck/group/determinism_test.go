package group

import (
	"reflect"
	"strconv"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/factcheck/internal/testcorpus"
)

// TestGroupIsDeterministic groups the claims of the BBC corpus three
// times: the groups and suggestions must be the same each time. Joins are
// capped and weights compared with thresholds, so a map's order or a sum
// in another order changed a few groups from one run to the next.
func TestGroupIsDeterministic(t *testing.T) {
	docs := testcorpus.Load(t)
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
	first := Group(claims, pub, nil)
	for run := 2; run <= 3; run++ {
		again := Group(claims, pub, nil)
		for i := range first {
			if !reflect.DeepEqual(first[i], again[i]) {
				t.Fatalf("run %d placed %s:%d %q at %+v, the first run at %+v", run, claims[i].Doc, claims[i].Start, claims[i].Text, again[i], first[i])
			}
		}
	}
}
