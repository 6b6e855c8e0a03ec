package group

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestScratchPairs dumps cross-article pairs of same-kind claims with
// features, and each gold member's claim, for an offline look at what
// separates gold pairs.
func TestScratchPairs(t *testing.T) {
	files, _ := filepath.Glob("testdata/groups/*.jsonl")
	pf, _ := os.Create("/tmp/pairs.tsv")
	mf, _ := os.Create("/tmp/members.tsv")
	defer pf.Close()
	defer mf.Close()
	for _, f := range files {
		b := filepath.Base(f)
		goldOf := readGroupsGold(t, f)
		claims, pub, names := parseCorpusDocs(t, goldOf)
		places := Group(claims, pub, names)
		g := newGrouper(claims, pub, names)
		g.link()
		gid := map[int]string{}
		for m, gg := range goldOf {
			doc, s, _ := strings.Cut(m, ":")
			start, _ := strconv.Atoi(s)
			ci := -1
			for i, c := range claims {
				if c.Doc == doc && c.Start <= start && start < c.End {
					ci = i
					break
				}
			}
			fmt.Fprintf(mf, "%s\t%s\t%d\t%s\t%s\n", b, m, ci, gg, func() string {
				if ci < 0 {
					return ""
				}
				return places[ci].Group
			}())
			if ci >= 0 {
				gid[ci] = gg
			}
		}
		var idx []int
		for i := range gid {
			idx = append(idx, i)
		}
		for _, i := range idx {
			for _, j := range idx {
				ci, cj := claims[i], claims[j]
				if i >= j || ci.Doc == cj.Doc || ci.Kind != cj.Kind {
					continue
				}
				lr := 9.0
				if ci.Value.Num > 0 && cj.Value.Num > 0 {
					lr = math.Abs(math.Log(ci.Value.Num / cj.Value.Num))
				}
				if ci.Kind == "date" {
					lr = 9
					if ci.Value.Date == cj.Value.Date {
						lr = 0
					}
				}
				fi, fj := g.feats[i], g.feats[j]
				eq := func(a, b string) int {
					if a == "" || b == "" {
						return 0
					}
					if a == b {
						return 1
					}
					return -1
				}
				bo := func(x bool) int {
					if x {
						return 1
					}
					return 0
				}
				fmt.Fprintf(pf, "%s\t%d\t%d\t%s\t%d\t%d\t%.4f\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s\n",
					b, bo(gid[i] == gid[j]), bo(places[i].Group == places[j].Group), ci.Kind, bo(ci.Unit == cj.Unit), bo(ci.Value == cj.Value), lr,
					g.weigh(g.context(i), g.context(j)), g.weigh(contextWithin(&ci, 6), contextWithin(&cj, 6)), g.weigh(contextWithin(&ci, 60), contextWithin(&cj, 60)),
					eq(fi.key, fj.key), eq(fi.head, fj.head), eq(fi.concept, fj.concept), eq(fi.frame, fj.frame), eq(fi.counted, fj.counted),
					bo(fi.ind == fj.ind && fi.ind != indicator{}), bo(g.story[ci.Doc] == g.story[cj.Doc]), sharedNames(g.names[ci.Doc], g.names[cj.Doc]),
					bo(g.find(i) == g.find(j)), i, j, places[i].Group, places[j].Group)
			}
		}
	}
}
