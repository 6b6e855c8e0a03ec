package group

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestMeasuredPhrase(t *testing.T) {
	for _, tt := range []struct {
		name, sentence, figure, want string
	}{
		{"modified", "The strikers are seeking a 275 pct pay increase, officials said.", "275 pct", "pay rise"},
		{"of", "Brazil's seamen are seeking a pay rise of 275 pct.", "275 pct", "pay rise"},
		{"of a bound", "Seafarers who want pay rises of up to 180 pct may cost Petrobras dearly.", "up to 180 pct", "pay rise"},
		{"plural change noun", "The seamen are demanding pay raises of about 200 pct but were offered less.", "about 200 pct", "pay rise"},
		{"other noun", "It sought a 120 pct salary rise.", "120 pct", "salary rise"},
		{"bare head", "They rejected offers of a 100 pct raise from Petrobras.", "100 pct", ""},
		{"no noun", "It grew 5 pct in March.", "5 pct", ""},
		{"after a verb", "It acquired shares of 20 pct or more.", "20 pct", ""},
		{"a time after it", "It compares with 11.4 pct last year and three pct this year.", "11.4 pct", ""},
		{"a month or an adverb after it", "Money grew 8.3 pct above February, 4.1 pct originally forecast.", "8.3 pct", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			start := indexOf(t, tt.sentence, tt.figure)
			c := factcheck.Claim{Kind: factcheck.Percent, Text: tt.figure, Start: start, End: start + len(tt.figure), Sentence: tt.sentence}
			if got := measuredPhrase(&c); got != tt.want {
				t.Errorf("measuredPhrase(%q in %q) = %q, want %q", tt.figure, tt.sentence, got, tt.want)
			}
		})
	}
}

// TestGroupRevertedFigures: the figures of one phrase ("pay rise") are one
// fact whatever their values; reports that go back to an earlier value
// supersede none: those of one day that differ dispute each other, those
// of other days get no verdict; and two bare offers ("a 100 pct raise",
// "an 80 pct increase") stay apart.
func TestGroupRevertedFigures(t *testing.T) {
	articles := map[string]string{
		"a.txt": "RIO DE JANEIRO, March 5 - Ruritanian seamen of the Borduria Lines are seeking a pay rise of 275 pct.\n" +
			"They rejected offers of a 100 pct raise from Zenda Oil and an 80 pct increase from the owners.",
		"b.txt": "SAO PAULO, March 9 - Ruritanian seamen of the Borduria Lines who want pay rises of up to 180 pct " +
			"may have cost Zenda Oil 20 mln dlrs.",
		"c.txt": "RIO DE JANEIRO, March 9 - Ruritanian seamen of the Borduria Lines will not return to work unless " +
			"they receive a 275 pct pay rise, Zenda Oil said.",
		"d.txt": "SANTOS, March 12 - Ruritanian seamen of the Borduria Lines are demanding pay raises of about 200 pct " +
			"from Zenda Oil.",
	}
	claims, pub := parseArticles(t, articles, nil)
	places := Group(claims, pub, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	demand := []int{at("a.txt", "275"), at("b.txt", "up to 180"), at("c.txt", "275"), at("d.txt", "about 200")}
	for _, m := range demand[1:] {
		if places[m].Group != places[demand[0]].Group {
			t.Errorf("%s %q apart from the demand of %q", claims[m].Doc, claims[m].Text, claims[demand[0]].Text)
		}
	}
	for _, m := range demand[1:3] {
		if s := places[m].Suggestion; s == nil || s.Verdict != factcheck.Disputed {
			t.Errorf("%s %q: suggestion %+v, want disputed (March 9's two reports)", claims[m].Doc, claims[m].Text, s)
		}
	}
	for _, m := range []int{demand[0], demand[3]} {
		if s := places[m].Suggestion; s != nil {
			t.Errorf("%s %q: suggestion %+v, want none (no report of its day differs)", claims[m].Doc, claims[m].Text, s)
		}
	}
	if places[at("a.txt", "100")].Group == places[at("a.txt", "80")].Group {
		t.Error("two bare offers (a 100 pct raise, an 80 pct increase) grouped")
	}
}

// TestGroupPriceSetBackAndForth: a producer's price that its own
// announcements set down, up and down again ("is lowering its copper
// cathode price by 0.25 cent to 65.50 cents a lb") moved: each report is
// superseded by the latest, none disputed.
func TestGroupPriceSetBackAndForth(t *testing.T) {
	articles := map[string]string{
		"a.txt": "NEW YORK, April 1 - Magma Copper Co said it is lowering its copper cathode price by 0.25 cent to 65.50 cents a lb.",
		"b.txt": "NEW YORK, April 7 - Magma Copper Co said it is raising its copper cathode price by 0.50 cent to 66.00 cents a lb.",
		"c.txt": "NEW YORK, April 8 - Magma Copper Co said it is lowering its copper cathode price by 0.50 cent to 65.50 cents a lb.",
		"d.txt": "NEW YORK, April 9 - Magma Copper Co said it is raising its copper cathode price by 0.25 cent to 65.75 cents a lb.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-04-01", "b.txt": "1987-04-07", "c.txt": "1987-04-08", "d.txt": "1987-04-09"})
	places := Group(claims, pub, nil)
	latest := claimAt(t, claims, "d.txt", "65.75", 0)
	for _, doc := range []string{"a.txt", "b.txt", "c.txt"} {
		i := claimAt(t, claims, doc, "6", 0)
		if places[i].Group != places[latest].Group {
			t.Errorf("%s %q apart from the latest price", doc, claims[i].Text)
			continue
		}
		if s := places[i].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By.Doc != "d.txt" {
			t.Errorf("%s %q: suggestion %+v, want superseded by d.txt", doc, claims[i].Text, s)
		}
	}
}

// indexOf is the offset of figure in sentence.
func indexOf(t *testing.T, sentence, figure string) int {
	t.Helper()
	i := strings.Index(sentence, figure)
	if i < 0 {
		t.Fatalf("%q not in %q", figure, sentence)
	}
	return i
}
