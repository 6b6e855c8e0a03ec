package group

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestChartTitle(t *testing.T) {
	for _, tt := range []struct{ sentence, text, want string }{
		{"Jailhouse Rock became the UK's number one on Sunday.", "number one", "jailhouse rock"},
		{"The charts included It's Now or Never at number 27 and Jailhouse Rock at number 37.", "number 27", "it's now or never"},
		{"The charts included It's Now or Never at number 27 and Jailhouse Rock at number 37.", "number 37", "jailhouse rock"},
		{"U2 pushed Eminem's Like Toy Soldiers from number one to number three.", "number three", "like toy soldiers"},
		{"Almost Here, the duet, fell from number three to number five.", "number five", "almost here"},
		{"Elvis has scored his 19th number one single.", "number one", ""},
		{"Soldier debuted at number four, while Almost Here, the duet, fell from number three to number five.", "number four", "soldier"},
		{"Soldier, by Destiny's Child, debuted at number four, while Almost Here, the duet, fell from number three to number five.", "number five", ""},
	} {
		k := strings.Index(tt.sentence, tt.text)
		c := &factcheck.Claim{Kind: factcheck.Ordinal, Text: tt.text, Start: k, End: k + len(tt.text), Sentence: tt.sentence}
		if got := chartTitle(c); got != tt.want {
			t.Errorf("chartTitle(%q in %q) = %q, want %q", tt.text, tt.sentence, got, tt.want)
		}
	}
}

// TestGroupChartPositions: a title's places in the chart, reported week by
// week, are one figure that moves, and the latest supersedes the earlier;
// another title's place is another figure.
func TestGroupChartPositions(t *testing.T) {
	articles := map[string]string{
		"a.txt": "LONDON, Jan 10 - Elvis Presley's reissue Jailhouse Rock became the UK's number one on Sunday. Keane's album Hopes and Fears stayed at number two.",
		"b.txt": "LONDON, Feb 14 - Five Elvis Presley reissues remain in the charts, with Jailhouse Rock at number 37. Hopes and Fears moved up to number one.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "2005-01-10", "b.txt": "2005-02-14"})
	places := Group(claims, pub, nil)
	first, later := claimAt(t, claims, "a.txt", "number one", 0), claimAt(t, claims, "b.txt", "number 37", 0)
	if places[first].Group != places[later].Group {
		t.Fatalf("Jailhouse Rock at number one, then number 37: apart, want one position that moved")
	}
	if s := places[first].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By.Doc != "b.txt" {
		t.Errorf("number one in January: suggestion %+v, want superseded by number 37", s)
	}
	if album := claimAt(t, claims, "a.txt", "number two", 0); places[album].Group == places[first].Group {
		t.Errorf("an album's number two joined a single's place")
	}
}
