package group

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/extract"
)

func TestZZ(t *testing.T) {
	paths, _ := filepath.Glob(os.Getenv("ZZDIR") + "/*.txt")
	var claims []factcheck.Claim
	pub := map[string]string{}
	names := map[string][]string{}
	for _, p := range paths {
		b, _ := os.ReadFile(p)
		a, err := extract.ParseArticle(filepath.Base(p), b, "")
		if err != nil {
			t.Fatal(err)
		}
		claims = append(claims, a.Claims...)
		pub[a.Name] = a.Published
		names[a.Name] = NamesOfText(a.Text)
	}
	g := newGrouper(claims, pub, names)
	var sel []int
	for i, c := range claims {
		if fmt.Sprintf("%s:%d", c.Doc, c.Start) == os.Getenv("ZZA") || fmt.Sprintf("%s:%d", c.Doc, c.Start) == os.Getenv("ZZB") {
			sel = append(sel, i)
			fmt.Printf("%s:%d %q story=%d feat=%+v asOf=%v\n", c.Doc, c.Start, c.Text, g.story[c.Doc], g.feats[i], g.asOf[i])
		}
	}
	if len(sel) == 2 {
		fmt.Println("why:", Why(&claims[sel[0]], &claims[sel[1]]))
	}
}
