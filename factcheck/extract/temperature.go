package extract

import (
	"slices"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Temperatures: a number and its scale ("12C", "37ºC", "32.2 Celsius",
// "minus 30 centigrade", "53 degrees Celsius") are "°C" or "°F". A bare
// "degrees" takes a scale from what the text says:
//
//   - beside a conversion in brackets, the other scale: "neared 90 degrees
//     (32.2 Celsius)" is Fahrenheit, "30 degrees (86F)" Celsius;
//   - else the one scale the text states elsewhere, outside such
//     conversions;
//   - else, for an oven at 300 degrees or more, Fahrenheit (no oven is so
//     hot in Celsius);
//   - else, said of the weather, from 61 to 135, Fahrenheit (no weather is
//     so hot in Celsius: "Brownsville hit 97 degrees ..., and highs"), and
//     after temperatures all Fahrenheit, Fahrenheit ("breaking the old
//     daily record by 3 degrees");
//   - else, said of a temperature under a dateline, the scale of the
//     dateline's country: Fahrenheit in the United States, else Celsius
//     ("SYDNEY, Jan 9 (AAP) - ... temperatures climb to 44 degrees");
//   - else, in a text with no dateline set in the United States (usText),
//     a figure from -80 to 135 in digits, Fahrenheit ("Phoenix notched its
//     24th straight day at or above 110 degrees");
//   - else it stays "degree", as angles ("a 90 degrees turn") do.

// scaleAt reads a temperature scale at token j: "Celsius", "centigrade",
// "Fahrenheit", a capital "C" or "F", or "°C". It returns "°C" or "°F" and
// the index after the scale, or "" and j.
func (x *extractor) scaleAt(j int) (string, int) {
	switch {
	case x.eq(j, wCelsius) || x.eq(j, wCentigrade) || x.tokIs(j, tWord) && (x.str(j) == "C" || x.str(j) == "ºC"):
		return "°C", j + 1
	case x.eq(j, wFahrenheit) || x.tokIs(j, tWord) && (x.str(j) == "F" || x.str(j) == "ºF"):
		return "°F", j + 1
	case x.tokIs(j, tPunct) && x.str(j) == "°" && x.tokIs(j+1, tWord) && x.toks[j+1].flags&fSpace == 0 && (x.eq(j+1, wC) || x.eq(j+1, wF)):
		return degrees(x.str(j + 1)), j + 2
	case x.tokIs(j, tPunct) && x.str(j) == "°" && x.toks[j].flags&fSpace == 0 && x.tokIs(j+1, tWord) && (x.str(j+1) == "C" || x.str(j+1) == "F") && x.oneSpaceBefore(j+1) &&
		(!x.tokIs(j+2, tWord) || x.toks[j+2].flags&fUpper == 0):
		return degrees(x.str(j + 1)), j + 2 // "95° F": the scale spaced once from its sign
	}
	return "", j
}

// temperatureIn reports whether a word of temperature stands in tokens
// [i, j): "temperature(s)", "frost", "warm", "cold", "heat", "thermometer",
// an oven.
func (x *extractor) temperatureIn(i, j int) bool {
	for k := max(i, 0); k < j && k < len(x.toks); k++ {
		if !x.tokIs(k, tWord) {
			continue
		}
		switch x.lowerAt(k) {
		case "temperature", "temperatures", "frost", "frosts", "warm", "warmer", "cold", "colder", "heat", "thermometer", "thermometers",
			"chill", "chills", "highs", "lows", "hot", "hotter", "freezing", "heatwave", "celsius", "fahrenheit", "windchill",
			"preheat", "preheated", "oven", "ovens": // "Preheat to 200 C": a cook's oven
			return true
		}
	}
	return false
}

// pressureIn reports whether a unit of pressure in kilopascals,
// atmospheres or millimetres of mercury stands between tokens i and j:
// a gas's state, whose temperature a lab gives in kelvins ("22.4 litres at
// 273.15 K and 101.325 kPa").
func (x *extractor) pressureIn(i, j int) bool {
	for k := max(i, 0); k < j && k < len(x.toks); k++ {
		if x.tokIs(k, tWord) {
			switch x.str(k) {
			case "kPa", "MPa", "hPa", "Pa", "atm", "mmHg", "atmosphere", "atmospheres":
				return true
			}
		}
	}
	return false
}

// temperatureNear reports whether the sentence of token i, up to token j,
// speaks of temperatures: a word of temperature stands in it, or a
// temperature is claimed in it before i ("Seville hit 46ºC, while Phoenix
// recorded 118 F").
func (x *extractor) temperatureNear(i, j int) bool {
	from := x.sentenceStartBefore(i)
	if x.temperatureIn(from, j) {
		return true
	}
	return slices.ContainsFunc(x.sentenceClaims(i), func(p factcheck.Claim) bool { return p.Unit == "°C" || p.Unit == "°F" })
}

// belowZero reads "below zero" after the figure of c, a temperature
// below zero, or "below" alone ending a phrase of temperature ("wind
// chills of 60 below."): "a low of 42 below zero" is -42, in the scale of
// the text's weather (weatherScale), else in Fahrenheit in an American
// outlet's text (a dateline in the United States, usText) and in Celsius
// elsewhere.
func (x *extractor) belowZero(c *claimParts) {
	if !x.eq(c.last, wBelow) {
		return
	}
	zero := x.eq(c.last+1, wZero)
	// "wind chills of 60 below.": "below" alone ending the phrase, said of a temperature
	// (or a time after it in a sentence of temperatures: "It was 40 below
	// at dawn, the point where the Celsius and Fahrenheit scales meet")
	alone := !zero && c.num.value <= 100 && ((c.last+1 >= len(x.toks) || x.tokIs(c.last+1, tPunct)) && x.temperatureNear(c.num.first, c.last+1) ||
		(x.eq(c.last+1, wAt) || x.eq(c.last+1, wOn) || x.eqText(c.last+1, "overnight")) && x.temperatureNear(c.num.first, c.last+14))
	if !zero && !alone || c.end != nil || c.num.value <= 0 || c.num.scaled ||
		!(c.unitKind == factcheck.Count && c.subjectEnd == 0 || c.unit == "°C" || c.unit == "°F" || c.unit == "degree") {
		return
	}
	c.num.value, c.last = -c.num.value, c.last+1
	if zero {
		c.last++
	}
	switch x.lowerAt(c.last) {
	case "fahrenheit":
		c.unitKind, c.unit, c.last = factcheck.Measure, "°F", c.last+1 // "296 degrees below zero Fahrenheit"
		return
	case "celsius", "centigrade":
		c.unitKind, c.unit, c.last = factcheck.Measure, "°C", c.last+1
		return
	}
	if c.unitKind == factcheck.Measure && c.unit != "degree" {
		return
	}
	c.unitKind, c.unit = factcheck.Measure, x.weatherScale()
	if c.unit == "" {
		c.unit = "°C"
		if x.usDateline() || x.usText() {
			c.unit = "°F" // "Wind chills reached 48 below zero" under "DULUTH, Minn."
		}
	}
}

// bareTemperature gives a figure below zero with no unit, said of a
// temperature, or any bare figure of what a temperature feels like
// (feltBefore), the scale the text states: "temperatures of minus 8" in a
// text that writes "-12.4C", "making it feel like 50" after "41.5C";
// where it states none, Fahrenheit in a text set in the United States ("a
// wind chill of minus-3" under "KANSAS CITY, Mo."); and a figure
// a day's high, low or the mercury reaches (readingOfWeather), in the
// scale of the text's weather (weatherScale); below zero in a text that
// names no scale and no American place, Celsius.
func (x *extractor) bareTemperature(c *claimParts) {
	timed := c.subjectEnd == c.subjectStart+1 && c.subjectStart == c.num.last && timeOfNight(x.lowerAt(c.subjectStart))
	if c.unitKind != factcheck.Count || c.num.scaled {
		return
	}
	if c.subjectEnd != 0 && !timed {
		if c.subjectEnd <= c.num.first && (x.forecastSentence(c.num.first) || c.num.value < 0) && x.readingOfWeather(c) {
			x.forecastReading(c) // "Expect a low of 28 tonight under clear skies": its subject the low before it
		}
		return
	}
	if !(c.num.value < 0 && x.temperatureNear(c.num.first, c.last+4) || x.feltBefore(c.first)) {
		if x.readingOfWeather(c) && (x.weatherScale() != "" || x.forecastSentence(c.num.first) || c.num.value < 0) {
			x.forecastReading(c) // "The low was 79." after "97 degrees" in Washington; "a low of minus 27"
		}
		return
	}
	u := x.scaleStated()
	if place, _ := x.datelinePlace(); u == "" && (x.usDateline() || place == "" && x.usText()) {
		u = "°F" // "a wind chill of minus-3" in Kansas City
	} else if u == "" && x.setAbroad() {
		u = "°C" // "dropping as low as minus 2 overnight" in a story of Ireland
	}
	if u == "" {
		u = x.weatherScale() // "a low of minus 27 and a high of minus 19": the scale of the reading before
	}
	if u == "" && c.num.value < 0 && !x.usText() {
		u = "°C" // "after a night in temperatures of minus 6" in a text of no scale and no American place: below zero as most of the world reads it
	}
	if u == "" {
		return
	}
	c.unitKind, c.unit = factcheck.Measure, u
	if timed {
		c.last, c.subjectStart, c.subjectEnd = c.num.last, 0, 0 // "minus 2 overnight": no count of nights
	}
}

// weatherScale returns the scale of the temperatures read before in the
// text, the last one's but a conversion's in brackets ("a high of 95
// degrees (35 C) ... lows near 75" are Fahrenheit), else the scale the
// text states; or "", for a text of no weather ("shares hit a low of 11",
// "highs of 16.50" of yields).
func (x *extractor) weatherScale() string {
	for k := len(x.claims) - 1; k >= 0; k-- {
		if p := &x.claims[k]; p.Kind == factcheck.Measure && (p.Unit == "°C" || p.Unit == "°F") && (p.Start == 0 || x.text[p.Start-1] != '(') {
			return p.Unit
		}
	}
	return x.scaleStated()
}

// readingOfWeather reports whether the bare figure c is what a day's
// high or low, the mercury or the temperatures reach, a few words after
// them in its clause: "The low was 79", "a top of just 29", "the
// mercury peaking at 43.7", "overnight lows rarely drop beneath 35",
// "lows will drop to -18", "sunny, max 27°, min 16°".
func (x *extractor) readingOfWeather(c *claimParts) bool {
	if c.num.words || c.end != nil || c.num.value < -90 || c.num.value > 135 {
		return false
	}
	i := c.num.first // before its bound: "overnight lows near 94"
	for k := i - 1; k >= 0 && k >= i-5 && x.tokIs(k, tWord); k-- {
		switch x.lowerAt(k) {
		case "low", "lows", "high", "highs", "top", "mercury", "temperature", "temperatures", "max", "min", "maximum", "minimum":
			// "high 72, low 55" (but "the high 90s": a decade's; "Steer
			// top 67.50": a price)
			return k < i-1 || !c.num.decimal && x.lowerAt(k) != "top" && !(x.str(c.num.last) == "s" && x.toks[c.num.last].flags&fSpace == 0)
		case "was", "is", "were", "of", "to", "at", "near", "just", "beneath", "below", "above", "reached", "hit", "peaked", "peaking",
			"drop", "dropped", "dropping", "fell", "fall", "rose", "climbed", "soared", "around", "about", "rarely", "not", "will", "could", "a", "the", "minus":
			continue
		}
		return false
	}
	return false
}

// forecastSentence reports whether the sentence of token i forecasts or
// reports the weather, by a word of the sky, wind, rain or snow:
// "Expect a low of 28 tonight under clear skies", "partly cloudy, high
// 72, low 55".
func (x *extractor) forecastSentence(i int) bool { return x.sentenceNames(i, 30, weatherWords) }

// weatherWords are the words of the sky, wind, rain or snow of
// forecastSentence.
var weatherWords = wordSet("skies", "sky", "sunny", "sunshine", "cloudy", "clouds", "overcast", "forecast", "forecasters", "rain", "showers",
	"snow", "snowfall", "drizzle", "fog", "frost", "thunderstorms", "winds", "breezy", "humidity", "humid", "dew")

// forecastReading makes the bare high or low c of a weather forecast
// (forecastSentence) a temperature: in the scale of the text's weather
// (weatherScale), else of its place (placeScale), else Fahrenheit in a
// text of the United States or for a figure no Celsius reading of the
// weather reaches (a high above 45, a low above 30), else Celsius below
// zero in a text set nowhere in America (worldScale); else it stays a
// count.
func (x *extractor) forecastReading(c *claimParts) {
	u := x.weatherScale()
	if u == "" {
		u = x.placeScale()
	}
	if u == "" && (x.usText() || c.num.value > 45 || c.num.value > 30 && x.lowBefore(c.num.first)) {
		u = "°F" // "high 72, low 55": no Celsius reading of the weather
	}
	if u == "" && c.num.value < 0 && x.worldScale() {
		u = "°C" // "Moscow saw a low of minus 27": below zero in a text set nowhere in America, the world's scale
	}
	if u != "" {
		c.unitKind, c.unit = factcheck.Measure, u
	}
}

// lowBefore reports whether "low" or "lows" stands among the five words
// before token i: the figure is a night's low.
func (x *extractor) lowBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5 && x.tokIs(k, tWord); k-- {
		if w := x.lowerAt(k); w == "low" || w == "lows" {
			return true
		}
	}
	return false
}

// timeOfNight reports whether w, after a temperature, says when it holds:
// "overnight", "tonight".
func timeOfNight(w string) bool {
	return w == "overnight" || w == "tonight"
}

// feltBefore reports whether the words before token i say what a
// temperature feels like: "feel like", "feels like", "felt like", or a
// humidex, heat index or wind chill "of".
func (x *extractor) feltBefore(i int) bool {
	if x.eqText(i-1, "like") {
		switch x.lowerAt(max(i-2, 0)) {
		case "feel", "feels", "felt":
			return true
		}
	}
	if x.eq(i-1, wOf) {
		switch x.lowerAt(max(i-2, 0)) {
		case "humidex", "chill", "chills":
			return true
		case "index":
			return x.eqText(i-3, "heat")
		}
	}
	return false
}

// bareDegrees returns the unit of "degrees" at token j, with no scale
// after it, for the number of c.
func (x *extractor) bareDegrees(c *claimParts, j int) string {
	if u := x.conversionAt(j + 1); u != "" {
		if u == "°C" {
			return "°F"
		}
		return "°C"
	}
	switch x.spAt(min(j+1, len(x.toks)-1)) {
	case wTurn, wTurns, wAngle, wAngles, wView, wViews, wRotation, wArc, wOf, wTilt, wIncline, wSlope, wPitch, wNorth, wSouth, wEast, wWest, wLatitude, wLongitude:
		return "degree"
	}
	switch x.lowerAt(max(c.num.first-1, 0)) {
	case "turn", "turned", "turns", "turning", "rotate", "rotated", "rotates", "rotating", "spin", "spun", "spins",
		"swung", "swing", "pivot", "pivoted", "tilt", "tilted", "angle", "angled", "bent", "bend", "veered":
		return "degree" // "turned 180 degrees"
	}
	if g := x.statedGravity(); g != "" {
		return "degree " + g // "at 16 degrees" after "26 degrees API gravity"
	}
	if u := x.scaleStated(); u != "" {
		return u
	}
	if c.num.value >= 300 && x.ovenNear(j) {
		return "°F"
	}
	if x.skyBefore(c.num.first) {
		// a US market report's weather: "Omaha, April 7 - Clear/45
		// degrees -", in Fahrenheit unless its dateline is abroad
		if place, _ := x.datelinePlace(); !ukDatelines[place] && dollarPlaces[place] == "" && x.datelineCountry() == "" {
			return "°F"
		}
	}
	reading := x.readingOfWeather(c)
	if weather := reading || x.temperatureNear(c.num.first, x.clauseLimit(j)); weather && !c.num.words && c.num.value > 60 && c.num.value <= 135 && !x.ovenNear(j) && !x.eqText(j+1, "kelvin") {
		return "°F" // "Brownsville hit 97 degrees ..., and highs": no weather is so hot in Celsius
	} else if weather && x.weatherScale() == "°F" && !slices.ContainsFunc(x.claims, func(p factcheck.Claim) bool { return p.Unit == "°C" }) {
		return "°F" // "breaking the old daily record by 3 degrees" after "hit 97 degrees": the scale of the text's weather
	}
	if !c.num.words && c.num.value >= 10 && c.num.value <= 32 && x.freezingBefore(c.num.first) {
		return "°F" // "Freezing temperatures of 25 to 28 degrees": below freezing, so Fahrenheit
	}
	if reading || x.temperatureNear(c.num.first, min(j+4, len(x.toks))) {
		// "temperatures climb from 20 to 25 degrees", "Little Rock's low of
		// 19 degrees" under a dateline: the scale of the dateline's country ("the temperature at the
		// Observatory dipped to 26.1 degrees" in a story of Hong Kong)
		if u := x.placeScale(); u != "" {
			return u
		}
		if x.worldScale() {
			return "°C" // "temperatures in parts of Niigata Prefecture dropped to minus 8 degrees": a place of no known country, the world's scale
		}
	}
	if place, _ := x.datelinePlace(); place == "" && !c.num.words && c.num.value >= -80 && c.num.value <= 135 && x.usText() {
		return "°F" // "Phoenix notched its 24th straight day at or above 110 degrees": an American text's weather
	}
	if !c.num.words && c.num.value >= -80 && c.num.value <= 135 && x.usDateline() && (x.forecastSentence(c.num.first) || x.sentenceNames(c.num.first, 20, mildWords)) {
		return "°F" // "the city's coldest March in nearly 70 years, averaging 55.8 degrees" under "LOS ANGELES": an American dateline's weather
	}
	if !c.num.words && c.num.value >= -90 && c.num.value <= 60 && x.placeScale() == "°C" && !x.scaleNamedNear(c.num.first, j) {
		return "°C" // "Melbourne sweltered through 39.2 degrees at 3pm": the weather of a text set abroad (but "four to six degrees on the 12-degree Mercalli scale")
	}
	if c.num.value < 0 && c.num.value >= -90 && (x.setAbroad() || x.worldScale()) {
		return "°C" // "icy roads at minus 15 degrees" in a story of Norway: cold below zero, in the scale of a country not America's
	}
	return "degree"
}

// mildWords are the words of warmth and cold that make bare degrees in
// their sentence a temperature.
var mildWords = wordSet("coldest", "hottest", "warmest", "coolest", "warmer", "colder", "cooler", "hotter", "warm", "cold", "chill", "chilly", "mild",
	"frost", "freezing", "heat", "heatwave")

// freezingBefore reports whether a word of frost or freezing stands in
// the sentence before token i, within eight words, and no "above" before
// it: "Freezing temperatures of 25 to 28 degrees", "a hard freeze, lows of
// 27 degrees" (but "above freezing at 12 degrees").
func (x *extractor) freezingBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8 && !x.sentenceEndIn(k, k+1); k-- {
		switch x.lowerAt(k) {
		case "freezing", "freeze", "freezes", "frost", "frosts", "subfreezing", "frozen":
			return !x.eq(k-1, wAbove)
		}
	}
	return false
}

// clauseLimit returns the index of the token that ends the sentence of
// token j, or 30 tokens after j, whichever comes first.
func (x *extractor) clauseLimit(j int) int {
	k := j
	for k < len(x.toks) && k < j+30 && !(x.tokIs(k, tPunct) && x.sentenceEnd(k) > k) {
		k++
	}
	return k
}

// decadeScale returns the scale of temperatures said by their decade, "in
// the mid-40s": the scale the text states, else Celsius in a text whose
// dateline or places are abroad ("Queensland's Western Downs ... in the
// mid-40s"), else Fahrenheit, as American forecasters say them.
func (x *extractor) decadeScale() string {
	if u := x.scaleStated(); u != "" {
		return u
	}
	if x.placeScale() == "°C" {
		return "°C"
	}
	return "°F"
}

// scaleStated returns the scale the text states for its temperatures
// (statedScale), "°C" or "°F", or "".
func (x *extractor) scaleStated() string {
	if x.tempScale == 0 {
		x.tempScale = x.statedScale()
	}
	switch x.tempScale {
	case 'C':
		return "°C"
	case 'F':
		return "°F"
	}
	return ""
}

// placeScale returns the scale of temperatures where the text is set:
// "°F" under a dateline in the United States, "°C" under one abroad or,
// with none, in a text that names places abroad only (setAbroad); "" when
// it tells none.
func (x *extractor) placeScale() string {
	place, _ := x.datelinePlace()
	switch {
	case x.usDateline():
		return "°F" // "KANSAS CITY", "AUSTIN, Texas —"
	case ukDatelines[place] || dollarPlaces[place] != "" || x.datelineCountry() != "" && x.datelineCountry() != "US":
		return "°C"
	case place == "" && x.setAbroad():
		return "°C"
	}
	return ""
}

// worldScale reports whether a text's temperatures said in bare degrees
// are in the world's scale, Celsius: it is set in no place of the United
// States, by its dateline or its words, and names no other country
// either (setAbroad tells those).
func (x *extractor) worldScale() bool {
	return !x.usDateline() && x.setting().mentions["US"] == 0
}

// setAbroad reports whether the text names a country, and none of them
// the United States: its temperatures are Celsius.
func (x *extractor) setAbroad() bool {
	w := x.setting()
	return w.mentions["US"] == 0 && len(w.mentions) > 0
}

// skyBefore reports whether the sky's state and a slash stand just
// before token i, as a market report gives its weather: "Clear/45
// degrees", "Clear/calm/43 degrees".
func (x *extractor) skyBefore(i int) bool {
	if x.mark(i-1) != '/' {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4 && x.tokIs(k, tWord); k -= 2 {
		switch x.spAt(k) {
		case wClear, wSunny, wCloudy, wOvercast, wFair, wRain, wRainy, wSnow, wFog, wFoggy, wWindy, wHazy, wDrizzle:
			return true
		}
		if x.mark(k-1) != '/' {
			return false
		}
	}
	return false
}

// datelineCountry returns the country of the text's dateline among those
// of places, or "".
func (x *extractor) datelineCountry() string {
	return x.setting().dateline
}

// gravityScale returns the name of a scale of density or sugar at token
// j, after "degrees", which makes them no temperature: "50 degrees API"
// (of crude oil), "12 degrees Brix", "degrees Baumé", "degrees Plato"; or
// "".
func (x *extractor) gravityScale(j int) string {
	switch {
	case !x.tokIs(j, tWord):
		return ""
	case x.eq(j, wApi):
		return "API" // "26 degrees api gravity"
	case x.eq(j, wBrix), x.eq(j, wBaume), x.eq(j, wBaumeAccented), x.eq(j, wPlato), x.eq(j, wTwaddell):
		return strings.ToUpper(x.str(j)[:1]) + lower(x.str(j)[1:])
	}
	return ""
}

// statedGravity returns the scale of density the text names after
// "degrees" ("API" of "26 degrees API"), whose bare degrees are then of it:
// a posting of crude's grades, "the Huntington Beach grade, at 16
// degrees". It returns "" when the text names none, and reads the text
// once.
func (x *extractor) statedGravity() string {
	if x.gravity == "" {
		x.gravity = "-"
		for k := 0; k+1 < len(x.toks); k++ {
			if x.eq(k, wDegrees) || x.eq(k, wDegree) {
				if g := x.gravityScale(k + 1); g != "" {
					x.gravity = g
					break
				}
			}
		}
	}
	return strings.TrimPrefix(x.gravity, "-")
}

// conversionAt reads a temperature in brackets at token k, "(32.2
// Celsius)", "(-5C)", "(90 degrees F)", and returns its scale, or "".
func (x *extractor) conversionAt(k int) string {
	if !x.tokIs(k, tPunct) || x.mark(k) != '(' {
		return ""
	}
	k++
	if x.eq(k, wMinus) || x.tokIs(k, tPunct) && (x.mark(k) == '-' || x.str(k) == "\u2212") {
		k++
	}
	if !x.tokIs(k, tNum) {
		return ""
	}
	k++
	if x.eq(k, wDegrees) || x.eq(k, wDegree) {
		k++
	}
	u, _ := x.scaleAt(k)
	return u
}

// statedScale returns 'C' or 'F' when the text states that one scale (and
// not the other) after a number, outside conversions in brackets; else
// 'n'.
func (x *extractor) statedScale() byte {
	var seen byte
	for k := 1; k < len(x.toks); k++ {
		if !x.tokIs(k-1, tNum) && !x.eq(k-1, wDegrees) && !x.eq(k-1, wDegree) {
			continue
		}
		u, e := x.scaleAt(k)
		if u == "" || x.inBrackets(k) || x.conversionAt(e) != "" {
			continue
		}
		s := u[len(u)-1]
		if seen != 0 && seen != s {
			return 'n'
		}
		seen = s
	}
	if seen == 0 {
		return 'n'
	}
	return seen
}

// inBrackets reports whether an opening bracket stands a few tokens before
// k with no closing one between.
func (x *extractor) inBrackets(k int) bool {
	for i := k - 1; i >= 0 && i >= k-5; i-- {
		switch x.str(i) {
		case "(":
			return true
		case ")":
			return false
		}
	}
	return false
}

// ovenNear reports whether an oven or baking is named within a few words of
// token j: "a 400 degree oven", "bake at 400 degrees".
func (x *extractor) ovenNear(j int) bool {
	for k := max(j-6, 0); k < j+4 && k < len(x.toks); k++ {
		switch x.spAt(k) {
		case wOven, wOvens, wBake, wBaked, wBaking, wPreheat, wPreheated, wRoast, wRoasted, wBroil:
			return true
		}
	}
	return false
}

// degrees returns the unit of a temperature whose scale is the letter s.
func degrees(s string) string {
	if s == "F" || s == "f" {
		return "°F"
	}
	return "°C"
}

// tenths reports whether the digits s have one decimal, as a reading of a
// thermometer gives it: "36.0".
func tenths(s string) bool {
	k := strings.IndexByte(s, '.')
	return k > 0 && len(s)-k == 2
}

// ratingWordAt returns the index of the word that names a storm's scale
// before the number at token i ("made landfall as a Category 4 storm",
// "downgraded to category four", "category-three", "Cat 1", and "EF4" of a
// tornado), when the number rates the storm on its scale, one to five
// (zero to five for a tornado), and such a storm, its landfall or its
// winds are named in its sentence ("Lee vaulted from a Category 1 to a
// category-five ..., gaining about 80 mph"); else -1.
func (x *extractor) ratingWordAt(i int) int {
	k := i - 1
	if x.mark(k) == '-' && x.toks[k].flags&fSpace == 0 && x.toks[i].flags&fSpace == 0 {
		k-- // "category-three", "EF-4"
	} else if x.mark(k) == '.' && x.toks[k].flags&fSpace == 0 && x.eqText(k-1, "cat") {
		k-- // "a Cat. 5 hurricane"
	}
	if !x.tokIs(i, tNum) && !(x.tokIs(i, tWord) && x.toks[i].is(lexicon.Cardinal)) {
		return -1
	}
	switch {
	case x.str(k) == "EF" && x.tokIs(i, tNum):
		if (x.str(i) == "0" || x.stormRating(i)) && x.stormNamed(i, "tornado", "tornadoes", "twister") {
			return k
		}
	case x.eqText(k, "category") || x.eqText(k, "cat") && x.toks[k].flags&fUpper != 0:
		if x.stormRating(i) && x.stormNamed(i, "hurricane", "hurricanes", "storm", "storms", "cyclone", "cyclones", "typhoon", "typhoons", "landfall", "winds", "mph") {
			return k
		}
	}
	return -1
}

// stormRating reports whether the number at token i is a storm's rating,
// one to five in a digit or a word.
func (x *extractor) stormRating(i int) bool {
	v := x.toks[i].entry().Num
	return !(x.tokIs(i, tWord) && (v < 1 || v > 5) || x.tokIs(i, tNum) && (len(x.str(i)) != 1 || x.str(i) < "1" || x.str(i) > "5"))
}

// stormNamed reports whether one of words names a storm in the sentence of
// token i, up to 20 tokens after it.
func (x *extractor) stormNamed(i int, words ...string) bool {
	for k := x.sentenceStartBefore(i); k < len(x.toks) && k < i+20 && !(k > i && x.sentenceEndIn(k, k+1)); k++ {
		if slices.Contains(words, x.lowerAt(k)) {
			return true
		}
	}
	return false
}

// scaleNamedNear reports whether the sentence of the figure at token i,
// whose "degrees" is token j, names a scale other than a thermometer's
// within a few words after: "registered four to six degrees on the
// 12-degree Mercalli scale".
func (x *extractor) scaleNamedNear(i, j int) bool {
	for k := x.sentenceStartBefore(i); k < len(x.toks) && k <= j+8; k++ {
		if x.eq(k, wScale) || x.eq(k, wRichter) || x.eqText(k, "mercalli") {
			return true
		}
	}
	return false
}

// gasMarkAt returns the index of the words that name a gas oven's scale
// before the number at token i, a setting of a quarter to nine: "gas mark 4", "Gas Mark ¼",
// "Gas Mark 6", or "gas" alone after an oven's temperature and a slash
// ("180C/350F/gas 4"); else -1.
func (x *extractor) gasMarkAt(i int) int {
	if !x.tokIs(i, tNum) || !(len(x.str(i)) == 1 && x.str(i) >= "1" && x.str(i) <= "9" && x.mark(i+1) != '/' || x.str(i) == "¼" || x.str(i) == "½") {
		return -1 // (a setting below one is a fraction: "Gas Mark ¼")
	}
	switch {
	case x.eqText(i-1, "mark") && x.eqText(i-2, "gas"):
		return i - 2
	case x.eqText(i-1, "gas") && x.mark(i-2) == '/' && x.toks[i-1].flags&fSpace == 0:
		return i - 1
	}
	return -1
}
