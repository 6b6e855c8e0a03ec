package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

// TestExtractRatings reads marks on a scale where a rating is given, over
// the scale by a slash or "out of" it, in stars by word or by glyph, and
// leaves shares said the same way, a fraction of a point, and the stars
// of a show counted.
func TestExtractRatings(t *testing.T) {
	m := factcheck.Measure
	checkClaims(t, "The app holds a 4.5/5 average; critics gave it 3.9 out of 10, the hotel 3 out of 5 stars and the play three and a half stars out of five. "+
		"It has 4.7 stars on Tripadvisor, a 1.2-star rating elsewhere, and the critic gave the film ★★★★☆. "+
		"Eight out of 10 dentists agree. The rate will be 1/10 point above Libor. The final two stars will battle it out.", "", []want{
		{"4.5/5", m, "4.5", "", "out of 5", ""}, {"3.9 out of 10", m, "3.9", "", "out of 10", ""}, {"3 out of 5 stars", m, "3", "", "star", ""},
		{"three and a half stars out of five", m, "3.5", "", "star", ""}, {"4.7 stars", m, "4.7", "", "star", ""}, {"1.2-star", m, "1.2", "", "star", ""},
		{"★★★★☆", m, "4", "", "star", ""}, {"Eight out of 10", factcheck.Percent, "80", "", "", ""}, {"1/10 point", factcheck.Percent, "0.1", "", "percentage point", ""},
		{"two stars", factcheck.Count, "2", "", "", ""}})
}

// TestExtractMarkOnAScale reads a mark said with its scale after "on a":
// a range from zero or one, a number of points, or "a scale of 1 to 5".
func TestExtractMarkOnAScale(t *testing.T) {
	m := factcheck.Measure
	checkClaims(t, "Patients rated their pain at seven on a 0-10 scale. The prison scored two on a four-point scale. It rated 4 on a scale of 1 to 5.", "", []want{
		{"seven on a 0-10 scale", m, "7", "", "out of 10", ""}, {"two on a four-point scale", m, "2", "", "out of 4", ""}, {"4 on a scale of 1 to 5", m, "4", "", "out of 5", ""}})
}

func TestExtractExamMark(t *testing.T) {
	m := factcheck.Measure
	checkClaims(t, "The top mark was 78 out of 80. The grade 9 threshold was 214 out of 240, or 89%. Parents in 3 out of 10 households agreed.", "", []want{
		{"78 out of 80", m, "78", "", "out of 80", ""}, {"214 out of 240", m, "214", "", "out of 240", ""}, {"89%", factcheck.Percent, "89", "", "", ""},
		{"3 out of 10 households", factcheck.Percent, "30", "", "", ""}})
}
