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
		{"The increase brings Marathon's posted price for West Texas Intermediate and West Texas Sour grades to 17.50 dlrs a barrel.", "17.50 dlrs", "marathon"},
		{"The increase bring's Citgo's posted price for the grades to 17.50 dlrs a barrel.", "17.50 dlrs", "citgo"},
		{"Japan's exports rose to 17.50 billion dlrs.", "17.50 billion dlrs", ""},
		{"The company's posted price rose to 17.50 dlrs.", "17.50 dlrs", ""},
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

// TestOwnedLevelsMove: a company's own price, which a change brings to a
// new level in each of its reports, is one figure moving; another
// company's price of the same words stays apart.
func TestOwnedLevelsMove(t *testing.T) {
	articles := map[string]string{
		"a.txt": "NEW YORK, March 9 - Oil traders in the New York area said Exxon Corp's Exxon U.S.A. subsidiary increased the price it charges contract barge customers for heating oil in New York harbor 0.50 cent a gallon, effective today.\n\nThey said the increase brought Exxon's contract barge price to 50 cts a gallon.",
		"b.txt": "NEW YORK, April 24 - Oil traders in the New York area said Exxon Corp's Exxon U.S.A. subsidiary raised the price it charges contract barge customers for heating oil in New York harbor 0.50 cent a gallon, effective today.\n\nThey said the 0.50 cent a gallon increase brings Exxon's contract barge price to 44.25 cts a gallon.",
		"c.txt": "NEW YORK, April 8 - Sun Co's Sun Refining and Marketing Co subsidiary said it cut the price it charges contract barge customers for heating oil in New York harbor 0.50 cent a gallon, effective today.\n\nThe 0.50 cent a gallon price reduction brings Sun's heating oil contract barge price to 50 cts a gallon, the company said.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-09", "b.txt": "1987-04-24", "c.txt": "1987-04-08"})
	places := Group(claims, pub, nil)
	a, b, c := claimAt(t, claims, "a.txt", "50 cts", 0), claimAt(t, claims, "b.txt", "44.25 cts", 0), claimAt(t, claims, "c.txt", "50 cts", 0)
	if places[a].Group != places[b].Group {
		t.Errorf("Exxon's contract barge price in two reports: apart")
	}
	if places[c].Group == places[a].Group || places[c].Group == places[b].Group {
		t.Errorf("Sun's contract barge price joined Exxon's")
	}
}
