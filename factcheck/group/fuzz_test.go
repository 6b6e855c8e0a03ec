package group

import (
	"bytes"
	"errors"
	"strconv"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/extract"
)

// FuzzGroup groups the claims of up to three articles cut from one input
// at form feeds, read with no dates given and with their texts' names, and
// checks what every caller relies on: one placement a claim, each in a
// named group, and each suggestion citing a claim of the batch, never its
// own.
func FuzzGroup(f *testing.F) {
	for _, s := range []string{
		"LONDON, March 2 - The toll rose to 120.\fLONDON, March 3 - The toll rose to 150, up from 120.",
		"Omaha, April 7 - Clear/45 degrees - Hog prices were steady.\fOMAHA HOGS UP 1.00 DLR\n    Omaha, April 7 - Hog prices were up 1.00 dlr.",
		"Net 1,279,000 vs 7,979,000\fNet 1,538,000 vs 8,614,000\f",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		var claims []factcheck.Claim
		published := map[string]string{}
		names := map[string][]string{}
		for k, part := range bytes.SplitN(src, []byte{'\f'}, 3) {
			name := "a" + strconv.Itoa(k) + ".txt"
			a, err := extract.ParseArticle(name, part, "")
			if errors.Is(err, extract.ErrBinary) {
				continue
			} else if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			claims = append(claims, a.Claims...)
			published[name], names[name] = a.Published, NamesOfText(a.Text)
		}
		places := Group(claims, published, names)
		if len(places) != len(claims) {
			t.Fatalf("%d placements for %d claims", len(places), len(claims))
		}
		for i, p := range places {
			if p.Group == "" {
				t.Fatalf("claim %d (%q) has no group", i, claims[i].Text)
			}
			s := p.Suggestion
			if s == nil {
				continue
			}
			refs := s.With
			if s.By != nil {
				refs = append(refs, *s.By)
			}
			for _, r := range refs {
				if r.Doc == claims[i].Doc && r.Start == claims[i].Start {
					t.Fatalf("claim %d (%q) cites itself", i, claims[i].Text)
				}
			}
		}
	})
}
