package extract

import "testing"

// TestSubjects checks what a claim's noun phrase takes in and where its
// span ends: an age's subject is whose age it is, the noun after "-old",
// while its span ends at "-old"; a count's noun reads past a country's
// initials ("U.S.", "U.K."), which count as one of its words, but not into
// a capitalised word after them; an adverb of time after a figure ends its
// noun ("seven contracts currently"), so that a sum takes the currency of
// the sum it is compared with.
func TestSubjects(t *testing.T) {
	type want struct{ text, subject, unit string }
	tests := []struct {
		name, in string
		want     []want
	}{
		{"ages", "Talks failed to end the four-day-old strike. Police held a 20-year-old man. The 18-year-old battled past her.", []want{
			{"four-day-old", "strike", "day"}, {"20-year-old", "man", "year"}, {"18-year-old", "", "year"}}},
		{"initials in a count's noun", "It drew 41.2 million U.S. streams. Seven major U.K. farm groups met. Four U.S. Banks lent.", []want{
			{"41.2 million U.S. streams", "U.S. streams", ""}, {"Seven major U.K. farm groups", "major U.K. farm groups", ""}, {"Four U.S.", "U.S.", ""}}},
		{"an adverb of time ends a noun", "NTPC raised 4.51 billion rupees against 1.2 billion originally permitted. It has seven contracts currently.", []want{
			{"4.51 billion rupees", "NTPC raised", "INR"}, {"1.2 billion", "", "INR"}, {"seven contracts", "contracts", ""}}},
		{"a comparison of a period with the one before is no noun", "Profit was down 11% year on year. Sales rose 5% year-on-year, and 3% quarter on quarter.", []want{
			{"11%", "Profit", ""}, {"5%", "Sales", ""}, {"3%", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseArticle("t.txt", []byte(tt.in), "")
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Claims) != len(tt.want) {
				t.Fatalf("got %d claims %v, want %d", len(a.Claims), a.Claims, len(tt.want))
			}
			for i, w := range tt.want {
				if c := a.Claims[i]; c.Text != w.text || c.Subject != w.subject || c.Unit != w.unit {
					t.Errorf("claim %d: got %q subject %q unit %q, want %q subject %q unit %q", i, c.Text, c.Subject, c.Unit, w.text, w.subject, w.unit)
				}
			}
		})
	}
}
