package group

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestZZSameSentence(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "suggestions", "*.jsonl"))
	for _, path := range paths {
		goldOf := readGroupsGold(t, filepath.Join("testdata", "groups", filepath.Base(path)))
		claims, pub, names := parseCorpusDocs(t, goldOf)
		places := Group(claims, pub, names)
		at := func(key string) int {
			doc, s, _ := strings.Cut(key, ":")
			start, _ := strconv.Atoi(s)
			for i, c := range claims {
				if c.Doc == doc && c.Start <= start && start < c.End {
					return i
				}
			}
			return -1
		}
		gold := readSuggestionsGold(t, path)
		byClaim := map[string]goldSuggestion{}
		for _, g := range gold {
			byClaim[g.Claim] = g
		}
		for member := range goldOf {
			i := at(member)
			if i < 0 || places[i].Suggestion == nil || places[i].Suggestion.By == nil {
				continue
			}
			s := places[i].Suggestion
			if s.By.Doc != claims[i].Doc {
				continue
			}
			j := -1
			for jj, c := range claims {
				if c.Doc == s.By.Doc && c.Start == s.By.Start {
					j = jj
				}
			}
			if j < 0 || claims[j].SentenceStart != claims[i].SentenceStart {
				continue
			}
			g, ok := byClaim[member]
			res := "FP"
			if ok && g.Verdict == string(s.Verdict) {
				res = "TP"
			}
			sent := strings.Join(strings.Fields(claims[i].Sentence), " ")
			if len(sent) > 200 {
				sent = sent[:200]
			}
			fmt.Printf("%s | %q -> %q | %s\n", res, claims[i].Text, claims[j].Text, sent)
		}
	}
}
