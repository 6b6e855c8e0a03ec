package group

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/extract"
)

func TestWhy(t *testing.T) {
	parse := func(name, text string) []factcheck.Claim {
		a, err := extract.ParseArticle(name, []byte(text), "2005-03-01")
		if err != nil {
			t.Fatal(err)
		}
		return a.Claims
	}
	a := parse("a.txt", "The walkout by 40,000 striking seamen idled 158 ships. Borduria Lines owns 28.9 pct of the fleet. "+
		"Granite raised its bid to 45 dlrs a share from 40 dlrs. Two people were killed in Zenda, Ebbers, 63, said.")
	b := parse("b.txt", "The strike by 40,000 seamen has now idled 170 ships. Borduria Lines owns 29 pct of the fleet. "+
		"The death toll rose to nine. Ebbers, 64, spoke.")
	c := parse("c.txt", "The storm moved 26 km (16 miles) inland.")
	d := parse("d.txt", "Dart said it offered to buy the chain for 1.62 billion dlrs.")
	e := parse("e.txt", "S and P cited the withdrawal of its 1.73 billion dlr bid for the chain.")
	f := parse("f.txt", "The UK economy grew by an estimated 3.1% in 2004. GDP is expected at 3.2% in 2004.")
	g := parse("g.txt", "US light crude traded in New York lost more than $2 to $43.25.")
	h := parse("h.txt", "A barrel of US crude oil closed up $2.80 to $51.15 in New York.")
	o := parse("o.txt", "It was his first call in more than a month. His second visit came less than a month after the first.")
	m := parse("m.txt", "Officials in Zenda counted 12 boats near the harbour.")
	n := parse("n.txt", "The Zenda harbour had 15 berths.")
	k := parse("k.txt", "Reed said the 100 dlr per share tender offer, which expires April 15, is a fair offer.")
	l := parse("l.txt", "General Partners raised its offer to 110 dlrs per share. The offer, which is due to expire April 14, is conditioned on financing.")
	q := parse("q.txt", "The Bank of France cut its intervention rate to 7-3/4 pct. Its intervention rate was expected at 7.5 pct.")
	r := parse("r.txt", "The dollar slid to a record $1.3666 versus the euro. At 1300 GMT the euro was at 1.3187 euros per US dollar. The dollar was at $1.3652 versus the euro.")
	at := func(cs []factcheck.Claim, text string) *factcheck.Claim {
		for i := range cs {
			if strings.HasPrefix(cs[i].Text, text) {
				return &cs[i]
			}
		}
		t.Fatalf("no claim %q among %v", text, cs)
		return nil
	}
	for _, tt := range []struct {
		a, b *factcheck.Claim
		want string
	}{
		{at(a, "40,000"), at(b, "40,000"), "the same figure, beside “striking”, “seamen”, “idled”"},
		{at(a, "158"), at(b, "170"), "both count ships, a number that moved from one report to the next"},
		{at(a, "28.9"), at(b, "29"), "one figure rounds the other, beside “borduria”, “fleet”, “lines”"},
		{at(a, "45"), at(a, "40 dlrs"), "the figure before or after the change this sentence states"},
		{at(a, "Two"), at(b, "nine"), "both are about deaths"},
		{at(a, "63"), at(b, "64"), "the age of Ebbers"},
		{at(a, "158"), at(b, "29"), "joined through other claims of this group"},
		{at(c, "26 km"), at(c, "16 miles"), "the same length in another unit"},
		{at(d, "1.62"), at(e, "1.73"), "the bid, a sum that moved from one report to the next"},
		{at(f, "an estimated 3.1%"), at(f, "3.2%"), "both state UK growth in 2004"},
		{at(q, "7-3/4"), at(q, "7.5"), "both state the intervention rate"},
		{at(g, "$43.25"), at(h, "$51.15"), "the price of crude, a sum that moved from one report to the next"},
		{at(k, "100 dlr"), at(l, "110 dlrs"), "the bid, a sum that moved from one report to the next"},
		{at(k, "April 15"), at(l, "April 14"), "the deadline, a date that moved from one report to the next, beside “expires”, “offer”"},
		{at(o, "more than a month"), at(o, "less than a month"), "the same figure as opposite bounds, one “more than”, the other “less than”"},
		{at(m, "12"), at(n, "15"), "their sentences share “harbour”, “zenda”"},
		{at(r, "$1.3666"), at(r, "1.3187"), "the rate of exchange of EUR and USD, a rate that moved from one report to the next"},
		{at(r, "$1.3666"), at(r, "$1.3652"), "the rate of exchange of EUR and USD, a rate that moved from one report to the next"},
	} {
		if got := Why(tt.a, tt.b); got != tt.want {
			t.Errorf("Why(%q, %q) = %q, want %q", tt.a.Text, tt.b.Text, got, tt.want)
		}
	}
}
