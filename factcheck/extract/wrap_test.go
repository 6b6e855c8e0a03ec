package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestExtractWrappedLines(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"scale word on the next line", "The state will raise five\nbillion euros.", []want{{"five\nbillion euros", factcheck.Money, "5000000000", "", "EUR", ""}}},
		{"unit on the next line", "It bought 1.4 mln\ntonnes of wheat.", []want{{"1.4 mln\ntonnes", factcheck.Measure, "1400000", "", "tonne", ""}}},
		{"per cent on the next line", "Sales rose 20\nper cent.", []want{{"20\nper cent", factcheck.Percent, "20", "", "", ""}}},
		{"a nation's money on the next line", "It paid 500 mln\nCanadian dlrs.", []want{{"500 mln\nCanadian dlrs", factcheck.Money, "500000000", "", "CAD", ""}}},
		{"a blank line ends the number", "Votes cast: four\n\nmillion people say so.", []want{{"four", factcheck.Count, "4", "", "", ""}}},
		{"a capital starts a new line", "They saw 12\nMiles Davis records.", []want{{"12", factcheck.Count, "12", "", "", ""}}},
		{"a measure's abbreviation in capitals on the next line", "Output will fall to 380,000\nBPD next year.", []want{{"380,000\nBPD", factcheck.Measure, "380000", "", "barrel per day", ""}}},
		{"a word of time in capitals starts a new line", "Revs 441.6 mln vs 470.8 mln\nYEAR\nRevs 1.2 billion", []want{
			{"441.6 mln", factcheck.Count, "441600000", "", "", ""}, {"470.8 mln", factcheck.Count, "470800000", "", "", ""}, {"1.2 billion", factcheck.Count, "1200000000", "", "", ""}}},
		{"a country's cents on the next line", "It will raise postings by 24\ncanadian cts a barrel.", []want{
			{"24\ncanadian cts", factcheck.Money, "0.24", "", "CAD", ""}}},
		{"a country's marks on the next line", "BONN, March 12 - The order was worth one billion\nmarks.", []want{
			{"one billion\nmarks", factcheck.Money, "1000000000", "", "DEM", ""}}},
		{"a count's noun on the next line of wrapped prose", "At present the new market is trading the shares of only one\ncompany, the state printer.", []want{
			{"one\ncompany", factcheck.Count, "1", "", "", ""}}},
		{"a count's 'of' on the next line of wrapped prose", "Delta said a court order requiring Western Air Lines to arbitrate with two\nof its unions will not delay the merger.", []want{
			{"two\nof its unions", factcheck.Count, "2", "", "", ""}}},
		{"a price's next word on the next line is no noun", "In Asia, the U.S. Dollar ended lower at 145.15 yen against Tokyo's 145.25\nclose on Friday.", []want{
			{"145.15 yen", factcheck.Money, "145.15", "", "JPY", ""}, {"145.25", factcheck.Money, "145.25", "", "JPY", ""}}},
		{"an age said at the end of a wrapped line", "He will also chair the executive committee, succeeding Sticht, who is\n69. Wilson, 55, will retire.", []want{
			{"69", factcheck.Duration, "69", "", "year", ""}, {"55", factcheck.Duration, "55", "", "year", ""}}},
		{"a name wrapped to the start of a line", "Company officials said production of the six million dollar plane, the\nDash 8, has been delayed by two months.", []want{
			{"six million dollar", factcheck.Money, "6000000", "", "USD", ""}, {"two months", factcheck.Duration, "2", "", "month", ""}}},
		{"nights", "She stayed for three nights.", []want{{"three nights", factcheck.Duration, "3", "", "day", ""}}},
		{"a year, then a figure", "Output will rise in 2027 to 3.1 mln tonnes.", []want{
			{"2027", factcheck.Date, "2027", "", "", ""}, {"3.1 mln tonnes", factcheck.Measure, "3100000", "", "tonne", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}
