package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

// The cases from the field (testdata/extraction-2026-11-30.jsonl, a copy
// of ../shared/cases/extraction-2026-11-30.jsonl): each is a short text
// and the claims CLAIMS.md asks of it, in text order. Every expected claim
// must be found, in that order, with its kind, value, end value, unit and
// qualifier; other claims in the text are not judged. Each case stands for
// a kind of expression, not for its one sentence.

type caseClaim struct {
	Kind      factcheck.Kind      `json:"kind"`
	Value     json.RawMessage     `json:"value"`
	EndValue  json.RawMessage     `json:"end_value"`
	Unit      *string             `json:"unit"`
	Qualifier factcheck.Qualifier `json:"qualifier"`
}

func (w caseClaim) String() string {
	unit := ""
	if w.Unit != nil {
		unit = *w.Unit
	}
	end := ""
	if string(w.EndValue) != "null" {
		end = string(w.EndValue)
	}
	return fmt.Sprintf("%s %s-%s %s %s", w.Kind, w.Value, end, unit, w.Qualifier)
}

// matches reports whether c has every field of w.
func (w caseClaim) matches(c factcheck.Claim) bool {
	unit := ""
	if w.Unit != nil {
		unit = *w.Unit
	}
	if c.Kind != w.Kind || c.Unit != unit || c.Qualifier != w.Qualifier || !exactValue(w.Value, &c.Value) {
		return false
	}
	if string(w.EndValue) == "null" || len(w.EndValue) == 0 {
		return c.EndValue == nil
	}
	return exactValue(w.EndValue, c.EndValue)
}

// exactValue compares a value of the cases file with v: a date in full, a
// number within a relative 1e-9.
func exactValue(want json.RawMessage, v *factcheck.Value) bool {
	if v == nil {
		return false
	}
	var date string
	if json.Unmarshal(want, &date) == nil {
		return v.Date == date
	}
	var n float64
	if json.Unmarshal(want, &n) != nil || v.IsDate() {
		return false
	}
	return math.Abs(v.Num-n) <= 1e-9*math.Max(1, math.Abs(n))
}

func TestFieldCases(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "extraction-2026-11-30.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var tc struct {
			ID       string      `json:"id"`
			Text     string      `json:"text"`
			Expected []caseClaim `json:"expected"`
		}
		if err := json.Unmarshal(sc.Bytes(), &tc); err != nil {
			t.Fatalf("%s: %v", f.Name(), err)
		}
		t.Run(tc.ID, func(t *testing.T) {
			a, err := ParseArticle("case.txt", []byte(tc.Text), "")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range a.Claims {
				got = append(got, describe(c))
			}
			k := 0
			for _, w := range tc.Expected {
				for k < len(a.Claims) && !w.matches(a.Claims[k]) {
					k++
				}
				if k == len(a.Claims) {
					t.Errorf("%q:\nmissing %s\n    got %v", tc.Text, w, got)
					return
				}
				k++
			}
		})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}
