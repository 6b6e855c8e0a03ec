package group

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestTmpPairs(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "groups", "*.jsonl"))
	out, _ := os.Create("/tmp/pairs.tsv")
	defer out.Close()
	for _, path := range paths {
		goldOf := readGroupsGold(t, path)
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
		var ms []string
		for m := range goldOf {
			ms = append(ms, m)
		}
		for a := range ms {
			for b := a + 1; b < len(ms); b++ {
				i, j := at(ms[a]), at(ms[b])
				gt := goldOf[ms[a]] == goldOf[ms[b]]
				if i < 0 || j < 0 {
					if gt {
						fmt.Fprintf(out, "%s\tunextracted\t\t\t\t\n", filepath.Base(path))
					}
					continue
				}
				pt := places[i].Group == places[j].Group
				if gt == pt {
					if gt {
						fmt.Fprintf(out, "%s\thit\t%s\t%v\t%v\t%s\n", filepath.Base(path), claims[i].Kind, claims[i].Value == claims[j].Value, claims[i].Doc == claims[j].Doc, goldOf[ms[a]])
					}
					continue
				}
				kind := "miss"
				if pt {
					kind = "false"
				}
				fmt.Fprintf(out, "%s\t%s\t%s\t%v\t%v\t%s\t%q\t%q\t%q\t%q\n", filepath.Base(path), kind, claims[i].Kind, claims[i].Value == claims[j].Value, claims[i].Doc == claims[j].Doc, goldOf[ms[a]], claims[i].Text, claims[j].Text, claims[i].Sentence, claims[j].Sentence)
			}
		}
	}
}
