package group

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/calendar"
)

func TestPastMonth(t *testing.T) {
	march10 := calendar.Date{M: 3, D: 10} // a wire story's date: no year
	jan5 := calendar.Date{Y: 2005, M: 1, D: 5}
	for _, tt := range []struct {
		sentence, claim string
		published       calendar.Date
		want            calendar.Date
	}{
		{"Output averaged 2.6 mln bpd, compared to a February average of 3.5 mln bpd.", "3.5 mln bpd", march10, calendar.Date{M: 2}},
		{"Output averaged 2.6 mln bpd, compared to a February average of 3.5 mln bpd.", "2.6 mln bpd", march10, calendar.Date{}},
		{"Output fell to 3.1 mln bpd in early March from 3.5 mln bpd in February.", "3.5 mln bpd", march10, calendar.Date{M: 2}},
		{"Output fell to 3.1 mln bpd in early March from 3.5 mln bpd in February.", "3.1 mln bpd", march10, calendar.Date{}},
		{"Saudi output last month fell to 3.5 mln bpd.", "3.5 mln bpd", march10, calendar.Date{M: 2}},
		{"Sales in December rose 4 pct.", "4 pct", jan5, calendar.Date{Y: 2004, M: 12}},
		{"Sales in December rose 4 pct.", "4 pct", march10, calendar.Date{}},
		{"The strike, for the past six weeks, began on January 19.", "six weeks", march10, calendar.Date{}},
		{"Output fell to 3.5 mln bpd in February 1986.", "3.5 mln bpd", march10, calendar.Date{}},
		{"It may rise 4 pct next quarter.", "4 pct", calendar.Date{M: 6, D: 1}, calendar.Date{}},
		{"Prices rose 4 pct in May.", "4 pct", calendar.Date{M: 6, D: 1}, calendar.Date{M: 5}},
	} {
		c := &factcheck.Claim{Text: tt.claim, Sentence: tt.sentence, Start: strings.Index(tt.sentence, tt.claim)}
		if got := pastMonth(c, tt.published); got != tt.want {
			t.Errorf("pastMonth(%q in %q, published %v) = %v, want %v", tt.claim, tt.sentence, tt.published, got, tt.want)
		}
	}
}

// TestFigureOfPastMonthIsPast: February's average beside early March's
// output, in a report of March 10, is a figure of its month, true of its
// time (isPast): no verdict for or against it (suggestAmong), and no
// figure that moved since (linkMovedShares).
func TestFigureOfPastMonthIsPast(t *testing.T) {
	articles := map[string]string{
		"b.txt": "RIYADH, March 10 - Saudi crude oil output in the first eight days of March averaged 2.6 mln bpd, compared to a February average of 3.5 mln bpd.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"b.txt": "1987-03-10"})
	g := newGrouper(claims, pub, nil)
	if feb := claimAt(t, claims, "b.txt", "3.5 mln bpd", 0); !g.isPast(feb) {
		t.Errorf("%q, February's in a report of March 10: not past", claims[feb].Text)
	}
	if march := claimAt(t, claims, "b.txt", "2.6 mln bpd", 0); g.isPast(march) {
		t.Errorf("%q, March's in a report of March 10: past", claims[march].Text)
	}
}
