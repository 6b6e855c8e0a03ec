package group

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestAgeOf(t *testing.T) {
	for _, tt := range []struct {
		name, sentence, figure, want string
	}{
		{"comma", "Ebbers, 63, denied it.", "63", "ebbers"},
		{"bracket", "Ebbers (63) denied it.", "63", "ebbers"},
		{"year-old before the name", "Arrese chose to rest 18-year-old Nadal in the doubles.", "18-year-old", "nadal"},
		{"who at", "His team-mates, including Nadal, who at 18 years and 187 days becomes the youngest winner.", "18 years", "nadal"},
		{"aged", "The bank's founder, Smith, aged 63, resigned.", "63", "smith"},
		{"years without a lead", "Microsoft, 18 years on, still leads.", "18 years", ""},
		{"year-old thing", "The 18-year-old record fell.", "18-year-old", ""},
		{"lower case", "The chairman, 63, resigned.", "63", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			start := indexOf(t, tt.sentence, tt.figure)
			c := factcheck.Claim{Kind: factcheck.Duration, Unit: "year", Text: tt.figure, Start: start, End: start + len(tt.figure), Sentence: tt.sentence}
			if got := ageOf(&c); got != tt.want {
				t.Errorf("ageOf(%q in %q) = %q, want %q", tt.figure, tt.sentence, got, tt.want)
			}
		})
	}
}
