package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

// TestExtractCoordinates reads latitudes and longitudes in degrees,
// minutes and seconds by their marks or words and a hemisphere, a pair of
// decimal degrees by their hemispheres' letters, and leaves a bearing of
// a quadrant and a plain angle in degrees.
func TestExtractCoordinates(t *testing.T) {
	m := factcheck.Measure
	checkClaims(t, "The ship was at 12°34'N 045°12'E; the mine lay at 27 degrees 14 minutes north, 50 deg 10 min N, near 15° 38' east. "+
		"The quake struck at 37.17 N, 37.03 E and the storm sat at 18.4N 64.6W, 51.5° N. The ridge runs N 40° E at a 30° slope.", "", []want{
		{"12°34'N", m, "12.5667", "", "°N", ""}, {"045°12'E", m, "45.2", "", "°E", ""}, {"27 degrees 14 minutes north", m, "27.2333", "", "°N", ""},
		{"50 deg 10 min N", m, "50.1667", "", "°N", ""}, {"15° 38' east", m, "15.6333", "", "°E", factcheck.Approx},
		{"37.17 N", m, "37.17", "", "°N", ""}, {"37.03 E", m, "37.03", "", "°E", ""}, {"18.4N", m, "18.4", "", "°N", ""}, {"64.6W", m, "64.6", "", "°W", ""},
		{"51.5° N", m, "51.5", "", "°N", ""}, {"30°", m, "30", "", "degree", ""}})
}
