package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

// TestExtractExposure reads a camera's exposure settings: f-numbers
// slashed or glued and a zoom's range of them, ISO speeds of the
// third-stop series and their ranges (but not the standards named by
// number), and shutter times as fractions of a second.
func TestExtractExposure(t *testing.T) {
	m, d := factcheck.Measure, factcheck.Duration
	checkClaims(t, "The 400mm f/2.8 lens reaches 560mm at f/4; the kit zoom is an f/3.5-5.6 and the prime an f1.8. "+
		"Native sensitivity runs from ISO64 to 25,600, expanded ISO 32–102,400, and the plant is certified to ISO 9001 and ISO 14001:2015. "+
		"The shutter tops out at 1/8000s, the electronic one at 1/32,000 sec, or 1/250th of a second with flash. The F1 team shot at ISO 100 to ISO 51,200.", "", []want{
		{"400mm", m, "400", "", "mm", ""}, {"f/2.8", m, "2.8", "", "f-number", ""}, {"560mm", m, "560", "", "mm", ""}, {"f/4", m, "4", "", "f-number", ""},
		{"f/3.5-5.6", m, "3.5", "5.6", "f-number", ""}, {"f1.8", m, "1.8", "", "f-number", ""},
		{"ISO64 to 25,600", m, "64", "25600", "ISO", ""}, {"ISO 32–102,400", m, "32", "102400", "ISO", ""},
		{"1/8000s", d, "0.000125", "", "second", ""}, {"1/32,000 sec", d, "0.00003125", "", "second", ""}, {"1/250th of a second", d, "0.004", "", "second", ""},
		{"ISO 100 to ISO 51,200", m, "100", "51200", "ISO", ""}})
}
