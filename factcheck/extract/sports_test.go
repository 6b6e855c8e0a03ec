package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestExtractSports(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"score after a verb", "The Rams beat the Jets 27-24 at home.", []want{
			{"27", factcheck.Count, "27", "", "", ""}, {"24", factcheck.Count, "24", "", "", ""}}},
		{"record in brackets", "Leeds (12-9) travel to Hull.", []want{
			{"12", factcheck.Count, "12", "", "", ""}, {"9", factcheck.Count, "9", "", "", ""}}},
		{"level record", "They stand at 30-30 now.", []want{
			{"30", factcheck.Count, "30", "", "", ""}, {"30", factcheck.Count, "30", "", "", ""}}},
		{"ascending with a score noun", "After a 3-9 stretch the coach left.", []want{
			{"3", factcheck.Count, "3", "", "", ""}, {"9", factcheck.Count, "9", "", "", ""}}},
		{"ascending after a verb", "Spain lost 1-4 on Sunday.", []want{
			{"1", factcheck.Count, "1", "", "", ""}, {"4", factcheck.Count, "4", "", "", ""}}},
		{"ascending record after a name", "Utah (5-11) visits Denver.", []want{
			{"5", factcheck.Count, "5", "", "", ""}, {"11", factcheck.Count, "11", "", "", ""}}},
		{"a range stays a range", "The party won 20-25 seats.", []want{{"20-25", factcheck.Count, "20", "25", "", ""}}},
		{"rank", "The club is No. 4 in the table.", []want{{"No. 4", factcheck.Ordinal, "4", "", "", ""}}},
		{"rank before a hyphen", "They face the No. 2-seeded Celtics.", []want{{"No. 2", factcheck.Ordinal, "2", "", "", ""}}},
		{"address is no rank", "The talks were held at No. 10 Downing Street.", nil},
		{"3-pointer", "He hit a 3-pointer and a three-pointer late.", nil},
		{"3-point range", "She was 4 of 6 from 3-point range.", []want{
			{"4", factcheck.Count, "4", "", "", ""}, {"6", factcheck.Count, "6", "", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

func TestExtractNotClaims16(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"street names", "Crews closed 4th Street and 42nd St. downtown.", nil},
		{"an ordinal floor is no street", "She lives on the 4th floor.", []want{{"4th", factcheck.Ordinal, "4", "", "", ""}}},
		{"emergency number", "A neighbour made a 911 call; others dialled 999.", nil},
		{"a number alone on its line", "Photo caption\n\n3\n\nThe mayor spoke.", nil},
		{"a counter in capitals", "VIEW GALLERY - 5 PHOTOS", nil},
		{"a crowd alone on its line stays", "Att:\n8,661\n", []want{{"8,661", factcheck.Count, "8661", "", "", ""}}},
		{"model years", "It recalls the 2019-2023 Tucson.", nil},
		{"years of events", "She ran the 2002 and 2003 London Marathons.", []want{{"2002 and 2003", factcheck.Date, "2002", "2003", "", ""}}},
		{"years before a name without an article", "From 2019-2023 Ford cut costs.", []want{{"2019-2023", factcheck.Date, "2019", "2023", "", ""}}},
		{"two years in a row", "It recalls the 2021 and 2022 models.", []want{{"2021 and 2022", factcheck.Date, "2021", "2022", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}
