package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestExtractTemperatures(t *testing.T) {
	m := factcheck.Measure
	tests := []struct {
		name, in string
		want     []want
	}{
		{"below zero in a text of no scale and no American place is Celsius; hours of the clock no claim", "A woman was treated after a night in temperatures of minus 6, and lows of minus 2 to minus 5 are forecast. The cafe closes between 3-5pm.", []want{
			{"a night", factcheck.Duration, "1", "", "day", ""}, {"minus 6", factcheck.Measure, "-6", "", "°C", ""}, {"minus 2 to minus 5", factcheck.Measure, "-2", "-5", "°C", ""}}},
		{"bare degrees of weather too hot for Celsius are Fahrenheit, and so are the degrees of the weather after them; not degrees Kelvin", "Brownsville hit 97 degrees on March 13, breaking the old daily record by 3 degrees, and highs between 93 and 96 degrees are expected. Cooled to 91 degrees Kelvin, it conducts.", []want{
			{"97 degrees", m, "97", "", "°F", ""}, {"March 13", factcheck.Date, "--03-13", "", "", ""}, {"3 degrees", m, "3", "", "°F", ""}, {"between 93 and 96 degrees", m, "93", "96", "°F", ""}, {"91 degrees", m, "91", "", "degree", ""}}},
		{"a bare figure a day's low, a top or the mercury reaches, in the scale of the weather read before; none in a text of no weather", "Monday's high was 97 degrees Fahrenheit. The low was 79. A cooler change brings a top of just 29, and overnight lows rarely drop beneath 35.", []want{
			{"97 degrees Fahrenheit", m, "97", "", "°F", ""}, {"79", m, "79", "", "°F", ""}, {"29", m, "29", "", "°F", ""}, {"35", m, "35", "", "°F", ""}}},
		{"bare degrees of weather in a text of the National Weather Service are Fahrenheit, a wind chill's bare figure after a bound too", "Bristol County saw 9 inches of snow, the National Weather Service said. Lows drop to 4 degrees, with wind chills of around minus 12.", []want{
			{"9 inches", m, "9", "", "inch", ""}, {"4 degrees", m, "4", "", "°F", ""}, {"around minus 12", m, "-12", "", "°F", factcheck.Approx}}},
		{"below zero, a day's low in degrees and a low after a bound, under a dateline in the United States", "FARGO, N.D., Jan. 9 (AP) — Fargo's low of 22 degrees below zero broke a record; wind chills hit 51 below zero. Tuesday's low of 3 degrees came after highs near 10.", []want{
			{"22 degrees below zero", m, "-22", "", "°F", ""}, {"51 below zero", m, "-51", "", "°F", ""},
			{"3 degrees", m, "3", "", "°F", ""}, {"near 10", m, "10", "", "°F", factcheck.Approx}}},
		{"bare degrees of weather in a place of no known country are the world's Celsius, below zero or not", "Temperatures in parts of Niigata Prefecture dropped to minus 8 degrees. The temperature at the Observatory dipped to 26.1 degrees.", []want{
			{"minus 8 degrees", m, "-8", "", "°C", ""}, {"26.1 degrees", m, "26.1", "", "°C", ""}}},
		{"but Fahrenheit in a text set in the United States", "DENVER — Temperatures dropped to minus 8 degrees overnight.", []want{
			{"minus 8 degrees", m, "-8", "", "°F", ""}}},
		{"a temperature in two scales and an oven's settings joined by slashes, each a claim", "It was 30C/86F in Madrid. Heat the oven to 220°C/425°F/gas 7, or 180C (160C fan)/350F/Gas Mark 4.", []want{
			{"30C", m, "30", "", "°C", ""}, {"86F", m, "86", "", "°F", ""}, {"220°C", m, "220", "", "°C", ""}, {"425°F", m, "425", "", "°F", ""}, {"gas 7", m, "7", "", "gas mark", ""},
			{"180C", m, "180", "", "°C", ""}, {"160C", m, "160", "", "°C", ""}, {"350F", m, "350", "", "°F", ""}, {"Gas Mark 4", m, "4", "", "gas mark", ""}}},
		{"a product's code with a slash is still no temperature", "The isotron 142b/22 system was sold.", nil},
		{"a share's low is no temperature; its price in eighths is a dollar's", "Hutton stock hit a low of 11 and was trading at 19-1/4.", []want{
			{"11", factcheck.Count, "11", "", "", ""}, {"19-1/4", factcheck.Money, "19.25", "", "USD", ""}}},
		{"a decade of degrees in a text set abroad, Celsius", "Crews in Queensland are bracing for temperatures in the mid-40s.", []want{
			{"mid-40s", m, "44", "46", "°C", ""}}},
		{"a decade of degrees in a text of no place, Fahrenheit", "Temperatures were forecast in the mid-40s on Sunday.", []want{
			{"mid-40s", m, "44", "46", "°F", ""}}},
		{"bare degrees in a text set abroad are Celsius, but not on an earthquake's scale", "Melbourne sweltered through 39.2 degrees at 3pm. In Antofagasta the tremor registered five to six degrees on the Mercalli scale.", []want{
			{"39.2 degrees", m, "39.2", "", "°C", ""}, {"five to six degrees", m, "5", "6", "degree", ""}}},
		{"scale without degrees", "It hit 41.5 Celsius, then minus 12 centigrade, then 50 Fahrenheit.", []want{
			{"41.5 Celsius", m, "41.5", "", "°C", ""}, {"minus 12 centigrade", m, "-12", "", "°C", ""}, {"50 Fahrenheit", m, "50", "", "°F", ""}}},
		{"conversion in brackets after", "Highs reached 100 degrees (37.8 Celsius) on Monday.", []want{
			{"100 degrees", m, "100", "", "°F", ""}, {"37.8 Celsius", m, "37.8", "", "°C", ""}}},
		{"conversion the other way", "It was 30 degrees (86F) in the shade.", []want{
			{"30 degrees", m, "30", "", "°C", ""}, {"86F", m, "86", "", "°F", ""}}},
		{"the scale the text states", "Lows of 3C are due. By noon it will be 11 degrees.", []want{
			{"3C", m, "3", "", "°C", ""}, {"11 degrees", m, "11", "", "°C", ""}}},
		{"two scales stated, the first the conversion's source: bare degrees after are the world's Celsius", "It was 3C, or 37F. Later it was 11 degrees.", []want{
			{"3C", m, "3", "", "°C", ""}, {"37F", m, "37", "", "°F", ""}, {"11 degrees", m, "11", "", "°C", ""}}},
		{"degrees of a temperature under a dateline abroad", "SYDNEY, Jan 9 (AAP) - Temperatures climb from 20 to 25 degrees on the coast.", []want{
			{"20 to 25 degrees", m, "20", "25", "°C", ""}}},
		{"degrees of a temperature in a story of a country abroad, no dateline; a hyphened degree in the scale the text states", "Temperatures in Bangladesh climbed to 41 degrees. Penrith reached 43.1C; another 40-degree day is due.", []want{
			{"41 degrees", m, "41", "", "°C", ""}, {"43.1C", m, "43.1", "", "°C", ""}, {"40-degree", m, "40", "", "°C", ""}}},
		{"'below' alone ending a phrase of temperature, not a count's", "MINNEAPOLIS - He endured wind chills of 60 below. Sales were 10 below.", []want{
			{"60 below", m, "-60", "", "°F", ""}, {"10", factcheck.Count, "10", "", "", ""}}},
		{"degrees of a temperature under an American dateline", "HOUSTON, June 18 - The temperature in West Texas has been about 95 degrees.", []want{
			{"about 95 degrees", m, "95", "", "°F", factcheck.Approx}}},
		{"a wind chill below zero, its minus hyphened, no scale stated, under an American dateline (and a plus-minus a count)", "KANSAS CITY, Mo. — The temperature was 14 degrees, with a wind chill of minus-3. He finished plus-12.", []want{
			{"14 degrees", m, "14", "", "°F", ""}, {"minus-3", m, "-3", "", "°F", ""}, {"plus-12", factcheck.Count, "12", "", "", ""}}},
		{"degrees under a dateline of a state after a dash, not a comma; a fraction of another unit after 'and' adds nothing", "AUSTIN, Texas — Temperatures in Dallas fell to minus 2 degrees and three-quarters of an inch of ice fell.", []want{
			{"minus 2 degrees", m, "-2", "", "°F", ""}, {"three-quarters of an inch", m, "0.75", "", "inch", ""}}},
		{"'40 below' before a time, in a sentence of the scales; a reading to a tenth before a spaced C", "WINNIPEG — It was 40 below at dawn, the point where the Celsius and Fahrenheit scales meet. Toronto hit 36.0 C at the airport.", []want{
			{"40 below", m, "-40", "", "°C", ""}, {"36.0 C", m, "36", "", "°C", ""}}},
		{"a storm's category, in a sentence of a storm (but a ticket's category is a name)", "Hurricane Ian made landfall as a Category 4 storm. Category 2 tickets cost more.", []want{
			{"Category 4", m, "4", "", "category", ""}}},
		{"wind chills and highs in degrees under an American dateline", "HOUSTON (AP) — The storm sent wind chills to minus 20 degrees. Highs of 40 degrees are expected.", []want{
			{"minus 20 degrees", m, "-20", "", "°F", ""}, {"40 degrees", m, "40", "", "°F", ""}}},
		{"degrees with no dateline in a text set in the United States (but an angle stays degrees)", "Phoenix, Arizona, saw its 24th straight day at or above 110 degrees. The wind turned 90 degrees.", []want{
			{"24th", factcheck.Ordinal, "24", "", "", ""}, {"110 degrees", m, "110", "", "°F", factcheck.LowerBound}, {"90 degrees", m, "90", "", "degree", ""}}},
		{"degrees with no dateline in a text of no country stay degrees", "It was at or above 110 degrees for 24 days.", []want{
			{"110 degrees", m, "110", "", "degree", factcheck.LowerBound}, {"24 days", factcheck.Duration, "24", "", "day", ""}}},
		{"an oven", "Bake the loaf at 425 degrees for 30 minutes.", []want{
			{"425 degrees", m, "425", "", "°F", ""}, {"30 minutes", factcheck.Duration, "30", "", "minute", ""}}},
		{"an angle", "Lows of 3C. The car made a 180 degrees turn.", []want{
			{"3C", m, "3", "", "°C", ""}, {"180 degrees", m, "180", "", "degree", ""}}},
		{"a turn", "Lows of 3C. The ship turned 90 degrees.", []want{
			{"3C", m, "3", "", "°C", ""}, {"90 degrees", m, "90", "", "degree", ""}}},
		{"a forecast's bare high and low, no scale stated and no place: Fahrenheit where no Celsius reading reaches, then the text's scale (but a steer's top price no temperature)", "Forecast: partly cloudy, high 72, low 55. Expect a low of 28 tonight under clear skies. Steer top 67.50.", []want{
			{"72", m, "72", "", "°F", ""}, {"55", m, "55", "", "°F", ""}, {"28", m, "28", "", "°F", ""}, {"67.50", factcheck.Count, "67.5", "", "", ""}}},
		{"a forecast's bare low no Celsius reading rules out stays a count", "Expect a low of 28 tonight under clear skies.", []want{
			{"28", factcheck.Count, "28", "", "", ""}}},
		{"nothing stated, no place: the world's scale", "Temperatures hit 35 degrees.", []want{{"35 degrees", m, "35", "", "°C", ""}}},
		{"a figure below zero of a night in a story of Ireland, its places named, is Celsius; a range in 'deg C' each end", "Gusts hit Galway and Sligo. Temperatures will reach 9 or 10 degrees, before dropping to minus 2 overnight. Highs will range between 33 deg C and 35 deg C.", []want{
			{"9 or 10 degrees", m, "9", "10", "°C", ""}, {"minus 2", m, "-2", "", "°C", ""}, {"between 33 deg C and 35 deg C", m, "33", "35", "°C", ""}}},
		{"a day's low and high below zero in a text set nowhere in America, Celsius, the second in the first's scale; a forecast's max and min in bare degrees", "Moscow saw a low of minus 27 and a high of minus 19. Lisbon forecast: sunny, max 27°, min 16°.", []want{
			{"minus 27", factcheck.Measure, "-27", "", "°C", ""}, {"minus 19", factcheck.Measure, "-19", "", "°C", ""}, {"27°", factcheck.Measure, "27", "", "°C", ""}, {"16°", factcheck.Measure, "16", "", "°C", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}
