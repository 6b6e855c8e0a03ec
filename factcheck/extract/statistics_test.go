package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

// TestExtractStudyStatistics reads a study's ratios named before their
// estimates and their intervals in the same unit, p-values by their
// letter and sign, and leaves the "95%" of "95% CI", pence after a
// comma and a ratio of business as they were.
func TestExtractStudyStatistics(t *testing.T) {
	m := factcheck.Measure
	checkClaims(t, "No link was found (OR 1.04, 95% CI 0.93 to 1.17, p=0.48). The hazard ratio for death was 0.74 (95% CI 0.66-0.90), P < .001; "+
		"the aOR fell to 1.9 [1.4–2.6]. Shares stood at 366p, 9p down. The book-to-bill ratio was 1.13.", "", []want{
		{"1.04", m, "1.04", "", "odds ratio", ""}, {"0.93 to 1.17", m, "0.93", "1.17", "odds ratio", ""}, {"0.48", m, "0.48", "", "p-value", ""},
		{"0.74", m, "0.74", "", "hazard ratio", ""}, {"0.66-0.90", m, "0.66", "0.9", "hazard ratio", ""}, {".001", m, "0.001", "", "p-value", factcheck.UpperBound},
		{"1.9", m, "1.9", "", "odds ratio", ""}, {"1.4–2.6", m, "1.4", "2.6", "odds ratio", ""},
		{"366p", factcheck.Money, "3.66", "", "GBP", ""}, {"9p", factcheck.Money, "0.09", "", "GBP", ""}, {"1.13", m, "1.13", "", "ratio", ""}})
}
