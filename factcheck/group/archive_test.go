package group

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/testcorpus"
)

// TestGroupsGoldInArchive groups a whole corpus at once, as a newsroom
// that imports a wire's archive does, and scores the story batches drawn
// from it on those groups: the mean groups F1 of its batches must hold a
// floor. Each batch grouped alone scores 0.72 (Reuters) and 0.72 (BBC) on
// average; grouped within their archives they scored 0.53 and 0.58 until
// stories were bounded and values compared within them (0.62 and 0.62).
func TestGroupsGoldInArchive(t *testing.T) {
	for _, tt := range []struct {
		corpus, prefix, batches string
		floor                   float64
	}{
		{"reuters21578_1987", "reuters_", "reuters_", 0.61},
		{"bbc_news_2004_2005", "", "bbc_", 0.61},
	} {
		t.Run(tt.corpus, func(t *testing.T) {
			paths, _ := filepath.Glob(filepath.Join(testcorpus.Root, tt.corpus, "*.txt"))
			if len(paths) < 1000 {
				t.Fatalf("%d articles under %s: the corpus beside the repository is needed", len(paths), testcorpus.Root)
			}
			claims, pub, names := parseFiles(t, paths, tt.prefix)
			places := Group(claims, pub, names)
			byDoc := map[string][]int{}
			for i, c := range claims {
				byDoc[c.Doc] = append(byDoc[c.Doc], i)
			}
			files, _ := filepath.Glob(filepath.Join("testdata", "groups", tt.batches+"*.jsonl"))
			sum := 0.0
			for _, f := range files {
				goldOf := readGroupsGold(t, f)
				var bc []factcheck.Claim // the batch's claims, placed as the archive placed them
				var bp []Placement
				for m := range goldOf {
					doc, s, _ := strings.Cut(m, ":")
					start, _ := strconv.Atoi(s)
					for _, i := range byDoc[doc] {
						if claims[i].Start <= start && start < claims[i].End {
							bc, bp = append(bc, claims[i]), append(bp, places[i])
							break
						}
					}
				}
				sum += scoreGroups(t, goldOf, bc, bp)
			}
			if mean := sum / float64(len(files)); mean < tt.floor {
				t.Errorf("%d batches grouped within %s: mean groups F1 %.4f, want >= %.2f", len(files), tt.corpus, mean, tt.floor)
			} else {
				t.Logf("%d batches grouped within %s: mean groups F1 %.4f", len(files), tt.corpus, mean)
			}
		})
	}
}
