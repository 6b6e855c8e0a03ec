package factcheck

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// parseSeeds reads the seed articles.
func parseSeeds(t testing.TB) ([]Claim, map[string]string) {
	t.Helper()
	paths, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	var claims []Claim
	pub := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := ParseArticle(filepath.Base(p), b, "")
		if err != nil {
			t.Fatal(err)
		}
		claims = append(claims, a.Claims...)
		pub[a.Name] = a.Published
	}
	return claims, pub
}

// TestSeedsGroups scores grouping on the seeds as
// ../shared/tools/score_groups.py does: pairs of gold members put in one
// group, over the gold members only.
func TestSeedsGroups(t *testing.T) {
	f, err := os.Open(filepath.Join(sharedDir, "gold", "seeds.groups.jsonl"))
	if err != nil {
		t.Skip("seeds groups gold not found beside the repository: ", err)
	}
	defer f.Close()
	goldOf := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var g struct {
			Group   string   `json:"group"`
			Members []string `json:"members"`
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		for _, m := range g.Members {
			goldOf[m] = g.Group
		}
	}
	claims, pub := parseSeeds(t)
	places := Group(claims, pub)
	found := map[string]string{}
	for m := range goldOf {
		doc, s, _ := strings.Cut(m, ":")
		start, _ := strconv.Atoi(s)
		for i, c := range claims {
			if c.Doc == doc && c.Start <= start && start < c.End {
				found[m] = places[i].Group
				break
			}
		}
	}
	var members []string
	for m := range goldOf {
		members = append(members, m)
	}
	tp, goldPairs, predPairs := 0, 0, 0
	for a := range members {
		for b := a + 1; b < len(members); b++ {
			x, y := members[a], members[b]
			gold := goldOf[x] == goldOf[y]
			fx, okx := found[x]
			fy, oky := found[y]
			pred := okx && oky && fx == fy
			if gold {
				goldPairs++
			}
			if pred {
				predPairs++
			}
			if gold && pred {
				tp++
			}
			if gold != pred {
				t.Logf("%s %s: gold together %v, predicted together %v", x, y, gold, pred)
			}
		}
	}
	var p, r, f1 float64
	if predPairs > 0 {
		p = float64(tp) / float64(predPairs)
	}
	if goldPairs > 0 {
		r = float64(tp) / float64(goldPairs)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	t.Logf("groups F1 %.3f P %.3f R %.3f (%d gold pairs, %d predicted)", f1, p, r, goldPairs, predPairs)
	if f1 < 0.85 {
		t.Errorf("groups F1 %.3f, want >= 0.85", f1)
	}
}

// TestSuggestionsNameClaims checks every suggestion names a claim that
// exists, and the seeds' rising figures are proposed as superseded.
func TestSuggestionsNameClaims(t *testing.T) {
	claims, pub := parseSeeds(t)
	places := Group(claims, pub)
	exists := map[Ref]int{}
	for i, c := range claims {
		exists[Ref{c.Doc, c.Start}] = i
	}
	check := func(r Ref, i int) {
		j, ok := exists[r]
		if !ok {
			t.Errorf("suggestion for %s names %s, which is no claim", claims[i].Text, r)
		} else if places[j].Group != places[i].Group {
			t.Errorf("suggestion for %s names %s of another group", claims[i].Text, r)
		}
	}
	superseded := map[string]string{}
	for i, p := range places {
		if p.Suggestion == nil {
			continue
		}
		if p.Suggestion.By != nil {
			check(*p.Suggestion.By, i)
			superseded[claims[i].Text] = claims[exists[*p.Suggestion.By]].Text
		}
		for _, r := range p.Suggestion.With {
			check(r, i)
		}
	}
	for old, newer := range map[string]string{
		"more than 9,000 people":                "10,022 Palestinians",
		"at least 435 foreign passport holders": "More than 700 foreign citizens",
	} {
		if superseded[old] != newer {
			t.Errorf("%q: superseded by %q, want %q", old, superseded[old], newer)
		}
	}
}

func claimIn(doc, sentence, text string, kind Kind, v float64, q Qualifier, subject string) Claim {
	k := strings.Index(sentence, text)
	return Claim{Doc: doc, Start: k, End: k + len(text), Text: text, Value: Value{Num: v}, Kind: kind,
		Qualifier: q, Subject: subject, Sentence: sentence, SentenceStart: 0, SentenceEnd: len(sentence)}
}

func TestGroupRules(t *testing.T) {
	s1 := "Strikes on Ruritania by Borduria killed 120 people, Ruritanian officials in Zenda said."
	s2 := "The death toll in Ruritania rose to 150, Borduria and Zenda officials said."
	s3 := "In Atlantis, Lemuria and Mu, a storm killed 150 people on Friday."
	s4 := "Strikes on Ruritania by Borduria wounded 300 people, officials in Zenda said."
	claims := []Claim{
		claimIn("a.txt", s1, "120 people", Count, 120, Exact, "people"),
		claimIn("b.txt", s2, "150", Count, 150, Exact, ""),
		claimIn("c.txt", s3, "150 people", Count, 150, Exact, "people"),
		claimIn("a.txt", s4, "300 people", Count, 300, Exact, "people"),
	}
	claims[3].SentenceStart, claims[3].Start, claims[3].End = 200, 200+claims[3].Start, 200+claims[3].End
	places := Group(claims, map[string]string{"a.txt": "2024-03-01", "b.txt": "2024-03-02", "c.txt": "2024-03-02"})
	if places[0].Group != places[1].Group {
		t.Errorf("killed 120 people and a death toll of 150 in one story: apart")
	}
	if places[2].Group == places[0].Group {
		t.Errorf("a storm's deaths in another story joined the strikes' toll")
	}
	if places[3].Group == places[0].Group {
		t.Errorf("300 wounded joined 120 killed")
	}
	if s := places[0].Suggestion; s == nil || s.Verdict != Superseded || *s.By != (Ref{"b.txt", claims[1].Start}) {
		t.Errorf("120 killed (1 March) then 150 (2 March): suggestion %+v, want superseded by b.txt", s)
	}
	if places[1].Suggestion != nil {
		t.Errorf("the newest figure has suggestion %+v, want none", places[1].Suggestion)
	}
}

func TestSubjectConcept(t *testing.T) {
	tests := []struct{ in, concept, head string }{
		{"foreign passport holders", "foreign nationals", ""},
		{"foreign citizens", "foreign nationals", ""},
		{"foreigners", "foreign nationals", ""},
		{"hostages", "hostages", ""},
		{"people", "", ""},
		{"Palestinians", "", ""},
		{"Israeli soldiers", "", "soldier"},
		{"children", "", "child"},
		{"urgent mission", "visit", ""},
		{"trucks", "aid trucks", ""},
	}
	for _, tt := range tests {
		c, h := subjectConcept(tt.in)
		if c != tt.concept || h != tt.head {
			t.Errorf("subjectConcept(%q) = %q, %q; want %q, %q", tt.in, c, h, tt.concept, tt.head)
		}
	}
}
