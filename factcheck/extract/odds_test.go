package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestExtractOdds(t *testing.T) {
	m := factcheck.Measure
	tests := []struct {
		name, in string
		want     []want
	}{
		{"a price after 'at', 'of' or 'to', or before the noun it prices, with a dash or a slash", "The outsider won at 100-1; the 5/2 favourite was third. Bookmakers cut her to 4/6, a 66/1 shot drifted out to 9-4.", []want{
			{"100-1", m, "100", "", "odds", ""}, {"5/2", m, "2.5", "", "odds", ""}, {"third", factcheck.Ordinal, "3", "", "", ""},
			{"4/6", m, "0.6667", "", "odds", ""}, {"66/1", m, "66", "", "odds", ""}, {"9-4", m, "2.25", "", "odds", ""}}},
		{"'evens', a pair with 'to', a number in words to one, a thousands separator", "Punters backed him from evens; a straight bet pays 35 to 1 and the odds are a million to one. Her 1,244-1 treble landed.", []want{
			{"evens", m, "1", "", "odds", ""}, {"35 to 1", m, "35", "", "odds", ""}, {"a million to one", m, "1000000", "", "odds", ""}, {"1,244-1", m, "1244", "", "odds", ""}}},
		{"a list, and a change of price, where a betting word is far or the first odds stand near", "William Hill has given The Aviator 4/9 and 8/13 odds of winning. The Aviator is 4/9 to win, from 8/13 last week.", []want{
			{"4/9", m, "0.4444", "", "odds", ""}, {"8/13", m, "0.6154", "", "odds", ""}, {"4/9", m, "0.4444", "", "odds", ""}, {"8/13", m, "0.6154", "", "odds", ""}}},
		{"a qualifier before odds, and a joint favourite", "Punters found him at around 10/1 before the race. The 100-30 joint-favourite was beaten.", []want{
			{"around 10/1", m, "10", "", "odds", factcheck.Approx}, {"100-30", m, "3.3333", "", "odds", ""}}},
		{"no odds: a score, a set after another, a range of prices, a time", "Spain, the favourites, won 2-1. The top seed and favourite went down 7-6 (7-4) 6-3 to the American. Shares were priced at 20-22 dlrs. At ten to one the odds looked long.", []want{
			{"2-1", factcheck.Count, "2", "", "", ""}, {"7-6", factcheck.Count, "7", "", "", ""}, {"7-4", factcheck.Count, "7", "", "", ""}, {"6-3", factcheck.Count, "6", "", "", ""},
			{"20-22 dlrs", factcheck.Money, "20", "22", "USD", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}
