package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestExtractMoreDates(t *testing.T) {
	d := factcheck.Date
	tests := []struct {
		name, in string
		want     []want
	}{
		{"day range after a name", "Fashion Week 14 \u2013 19 April 2024 opens.", []want{{"14 \u2013 19 April 2024", d, "2024-04-14", "2024-04-19", "", ""}}},
		{"ordinal word day", "The vote is on the fourth of July.", []want{{"fourth of July", d, "2023-07-04", "", "", ""}}},
		{"ordinal word day at a sentence start", "First of June is the deadline.", []want{{"First of June", d, "2023-06-01", "", "", ""}}},
		{"an ordinal of a month is no date when not a day", "The fourth of the games was won.", []want{{"fourth", factcheck.Ordinal, "4", "", "", ""}}},
		{"month and day with a hyphen", "Sales open Oct-9.", []want{{"Oct-9", d, "2023-10-09", "", "", ""}}},
		{"fiscal year with a slash", "The 2024/25 budget passed.", []want{{"2024/25", d, "2024", "", "", ""}}},
		{"year first with slashes", "Filed on 2019/04/15 at noon.", []want{{"2019/04/15", d, "2019-04-15", "", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "2023-06-15", tt.want) })
	}
}
