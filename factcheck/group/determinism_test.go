package group

import (
	"reflect"
	"testing"
)

// TestGroupIsDeterministic groups the claims of the BBC corpus three
// times: the groups and suggestions must be the same each time. Joins are
// capped and weights compared with thresholds, so a map's order or a sum
// in another order changed a few groups from one run to the next.
func TestGroupIsDeterministic(t *testing.T) {
	claims, pub := corpusClaims(t)
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
