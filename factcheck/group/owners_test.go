package group

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestOwnerOf(t *testing.T) {
	tests := []struct {
		sentence, figure, want string
	}{
		{"NEW YORK, April 1 - Asarco Inc said it is decreasing its domestic copper cathode price by 1.50 cents to 67.0 cents a lb.", "67.0 cents", "asarco"},
		{"Diamond Shamrock Corp said it raised its posted prices for crude oil by 50 cts.", "50 cts", "diamond"},
		{"Citgo cut its posted price to 17.00 dlrs.", "17.00 dlrs", "citgo"},
		{"MAGMA RAISES COPPER PRICE 0.25 CT TO 65.75 CTS", "65.75 CTS", "magma"},
		{"ChemLawn said it rejected the 35 dlr a share offer.", "35 dlr", ""},
		{"The company said it raised its dividend to 20 cts.", "20 cts", ""},
		{"Analysts expect prices to rise to 70 cents.", "70 cents", ""},
		{"CHEMLAWN REJECTS 35 DLR OFFER", "35 DLR", ""},
	}
	for _, tt := range tests {
		c := factcheck.Claim{Kind: factcheck.Money, Sentence: tt.sentence}
		c.Start = indexOf(t, tt.sentence, tt.figure)
		c.End = c.Start + len(tt.figure)
		if got := ownerOf(&c); got != tt.want {
			t.Errorf("ownerOf(%q in %q) = %q, want %q", tt.figure, tt.sentence, got, tt.want)
		}
	}
}

// TestOwnersApart: two companies' own prices, told in one story in the
// same words, are two facts; one company's price told twice is one.
func TestOwnersApart(t *testing.T) {
	articles := map[string]string{
		"a.txt": "NEW YORK, April 1 - Asarco Inc said it is decreasing its domestic copper cathode price by 1.50 cents to 67.0 cents a lb, effective immediately.",
		"b.txt": "NEW YORK, April 2 - Asarco Inc's copper cathode price of 67.0 cents a lb is the lowest since January, traders said.",
		"c.txt": "DENVER, April 3 - Cyprus Minerals Co said it is decreasing its copper cathode price by one cent to 67.0 cents a lb, effective immediately.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-04-01", "b.txt": "1987-04-02", "c.txt": "1987-04-03"})
	places := Group(claims, pub, nil)
	asarco, again, cyprus := claimAt(t, claims, "a.txt", "67.0 cents", 0), claimAt(t, claims, "b.txt", "67.0 cents", 0), claimAt(t, claims, "c.txt", "67.0 cents", 0)
	if places[asarco].Group != places[again].Group {
		t.Errorf("Asarco's price told twice: apart")
	}
	if places[asarco].Group == places[cyprus].Group {
		t.Errorf("Asarco's and Cyprus's own prices: one group")
	}
}
