package extract

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

// The seeds gold (testdata/seeds.gold.jsonl, a copy of
// ../shared/gold/seeds.gold.jsonl), scored as
// ../shared/tools/score_claims.py scores it: a prediction matches a gold
// mention when their byte ranges overlap in the same document, one to one,
// greedily by overlap; predictions landing on mentions marked
// "required": false do not count against precision. A missing gold file
// fails the test.

type goldMention struct {
	Doc       string              `json:"doc"`
	Start     int                 `json:"start"`
	End       int                 `json:"end"`
	Text      string              `json:"text"`
	Value     json.RawMessage     `json:"value"`
	Kind      factcheck.Kind      `json:"kind"`
	Qualifier factcheck.Qualifier `json:"qualifier"`
	Required  bool                `json:"required"`
}

type score struct {
	f1, precision, recall, value, kind, qualifier float64
}

func scoreClaims(gold []goldMention, pred []factcheck.Claim) score {
	type pair struct{ ov, g, p int }
	var pairs []pair
	for gi, g := range gold {
		for pi, p := range pred {
			if g.Doc != p.Doc {
				continue
			}
			if ov := min(g.End, p.End) - max(g.Start, p.Start); ov > 0 {
				pairs = append(pairs, pair{ov, gi, pi})
			}
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		a, b := pairs[i], pairs[j]
		if a.ov != b.ov {
			return a.ov > b.ov
		}
		if a.g != b.g {
			return a.g > b.g
		}
		return a.p > b.p
	})
	gUsed, pUsed := map[int]bool{}, map[int]bool{}
	var s score
	required, tp, optional := 0, 0, 0
	var nVal, okVal, okKind, okQual int
	for _, g := range gold {
		if g.Required {
			required++
		}
	}
	for _, pr := range pairs {
		if gUsed[pr.g] || pUsed[pr.p] {
			continue
		}
		gUsed[pr.g], pUsed[pr.p] = true, true
		g, p := gold[pr.g], pred[pr.p]
		if !g.Required {
			optional++
			continue
		}
		tp++
		if p.Kind == g.Kind {
			okKind++
		}
		if p.Qualifier == g.Qualifier {
			okQual++
		}
		if string(g.Value) != "null" {
			nVal++
			if sameValue(g.Value, p.Value) {
				okVal++
			}
		}
	}
	counted := len(pred) - optional
	if counted > 0 {
		s.precision = float64(tp) / float64(counted)
	}
	if required > 0 {
		s.recall = float64(tp) / float64(required)
	}
	if s.precision+s.recall > 0 {
		s.f1 = 2 * s.precision * s.recall / (s.precision + s.recall)
	}
	ratio := func(ok, n int) float64 {
		if n == 0 {
			return 1
		}
		return float64(ok) / float64(n)
	}
	s.value, s.kind, s.qualifier = ratio(okVal, nVal), ratio(okKind, tp), ratio(okQual, tp)
	return s
}

// sameValue compares as the scorer does: dates by month and day, numbers
// within a relative 1e-9.
func sameValue(gold json.RawMessage, v factcheck.Value) bool {
	var date string
	if json.Unmarshal(gold, &date) == nil {
		return len(v.Date) >= 5 && len(date) >= 5 && v.Date[len(v.Date)-5:] == date[len(date)-5:]
	}
	var n float64
	if json.Unmarshal(gold, &n) != nil || v.IsDate() {
		return false
	}
	return math.Abs(v.Num-n) <= 1e-9*math.Max(1, math.Abs(n))
}

func TestSeedsGold(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "seeds.gold.jsonl"))
	if err != nil {
		t.Fatalf("seeds gold: %v", err)
	}
	defer f.Close()
	var gold []goldMention
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var g goldMention
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		gold = append(gold, g)
	}
	docs := map[string]bool{}
	for _, g := range gold {
		docs[g.Doc] = true
	}
	var pred []factcheck.Claim
	for doc := range docs {
		src, err := os.ReadFile(filepath.Join("..", "..", "seeds", doc))
		if err != nil {
			t.Fatal(err)
		}
		a, err := ParseArticle(doc, src, "")
		if err != nil {
			t.Fatal(err)
		}
		pred = append(pred, a.Claims...)
	}
	s := scoreClaims(gold, pred)
	t.Logf("F1 %.3f P %.3f R %.3f value %.3f kind %.3f qualifier %.3f (%d predictions)",
		s.f1, s.precision, s.recall, s.value, s.kind, s.qualifier, len(pred))
	if s.f1 < 0.95 || s.value < 0.95 {
		t.Errorf("seeds gold: F1 %.3f, value %.3f; want both >= 0.95", s.f1, s.value)
	}
}
