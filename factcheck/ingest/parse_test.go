package ingest

import "testing"

// TestHeadlineOfPlainText checks which first lines of a plain text are its
// title, and that a wire headline's HTML entities read as the characters
// they stand for.
func TestHeadlineOfPlainText(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Harbour ferry fares rise\n\nFares rose 5 pct.\n", "Harbour ferry fares rise"},
		{"GRAIN CO &lt;GRC> SETS 2-FOR-1 SPLIT\n    CHICAGO, March 2 - Grain Co said...\n", "GRAIN CO <GRC> SETS 2-FOR-1 SPLIT"},
		{"SMITH &amp; SONS&#127; PROFIT UP\nSmith and Sons said profit rose.\n", "SMITH & SONS PROFIT UP"},
		{"Fares rose 5 pct on Monday, the company said.\nMore follows.\n", ""},
		{"Fares\nrose.\n", ""},
	}
	for _, tt := range tests {
		a, err := ParseFile("wire.txt", []byte(tt.text), "")
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tt.want {
			t.Errorf("title of %q = %q, want %q", tt.text, a.Title, tt.want)
		}
	}
}
