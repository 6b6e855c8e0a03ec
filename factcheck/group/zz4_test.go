package group

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/extract"
)

func TestZZGroup(t *testing.T) {
	paths, _ := filepath.Glob(os.Getenv("ZZDIR") + "/*.txt")
	var claims []factcheck.Claim
	pub := map[string]string{}
	names := map[string][]string{}
	for _, p := range paths {
		b, _ := os.ReadFile(p)
		a, _ := extract.ParseArticle(filepath.Base(p), b, "")
		claims = append(claims, a.Claims...)
		pub[a.Name] = a.Published
		names[a.Name] = NamesOfText(a.Text)
	}
	places := Group(claims, pub, names)
	want := os.Getenv("ZZG")
	var ms []int
	for i, p := range places {
		if p.Group == want {
			ms = append(ms, i)
		}
	}
	for _, a := range ms {
		for _, b := range ms {
			if a < b {
				fmt.Printf("%s:%d %q | %s:%d %q: %s\n", claims[a].Doc, claims[a].Start, claims[a].Text, claims[b].Doc, claims[b].Start, claims[b].Text, Why(&claims[a], &claims[b]))
			}
		}
	}
}
