package lexicon

// The words, by category.

func init() {
	// the last words of the extractor's qualifier cues ("more than", "at
	// least", "nearly"); extract's TestQualifierCuesInLexicon checks the two
	// lists agree.
	addWords(QualEnd, "than", "of", "as", "to", "least", "most", "estimated", "estimates", "at", "over", "under", "above",
		"nearly", "neared", "nearing", "near", "within", "inside", "almost", "virtually", "below", "barely", "exceeding", "exceed", "exceeded", "exceeds", "surpassed", "surpassing", "surpasses", "surpass", "topping", "topped", "tops", "top", "about", "around", "round",
		"approximately", "approximate", "approx", "roughly", "some", "circa", "~", "maximum", "minimum", "beyond")

	cardinals := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range cardinals {
		addWord(w, Entry{Cat: Cardinal, Num: float64(i)})
	}
	// zero as British speech says it: "nought point eight per cent"
	addWord("nought", Entry{Cat: Cardinal})
	addWord("naught", Entry{Cat: Cardinal})
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		addWord(w, Entry{Cat: Cardinal, Num: float64(20 + 10*i)})
	}
	// multiples in one word: "twofold", "sixfold", "hundredfold"
	for i, w := range cardinals[2:] {
		addWord(w+"fold", Entry{Cat: Multiple, Num: float64(i + 2)})
	}
	for i, w := range tens {
		addWord(w+"fold", Entry{Cat: Multiple, Num: float64(20 + 10*i)})
	}
	addWord("hundredfold", Entry{Cat: Multiple, Num: 100})
	addWord("thousandfold", Entry{Cat: Multiple, Num: 1000})
	// multiples as verbs and an adverb: "to double", "tripled", "twice as
	// fast"; the extractor reads them as multiples only where they multiply
	for w, n := range map[string]float64{"double": 2, "doubled": 2, "doubling": 2, "triple": 3, "tripled": 3, "tripling": 3,
		"treble": 3, "trebled": 3, "trebling": 3, "quadruple": 4, "quadrupled": 4, "quadrupling": 4, "twice": 2, "halved": 0.5, "halving": 0.5} {
		addWord(w, Entry{Cat: Multiple, Num: n})
	}
	for w, n := range map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
		"trillion": 1e12, "mn": 1e6, "mil": 1e6, "mln": 1e6, "mlns": 1e6, "mio": 1e6, "bn": 1e9, "bln": 1e9, "blns": 1e9, "tn": 1e12, "trn": 1e12, "trln": 1e12, "tln": 1e12, "crore": 1e7, "lakh": 1e5,
		// wire copy's misspellings, which a reader reads as meant: "117.52 bilion dlrs"
		"bilion": 1e9, "billon": 1e9, "billlion": 1e9, "mlln": 1e6, "milion": 1e6,
		// the milliard of Europe's languages, and the abbreviations their
		// translations keep: "121,3 milliard dollars", "14,3 mlrd $", "78
		// thous. rub.", "375,5 ths cars"
		"milliard": 1e9, "mlrd": 1e9, "thous": 1e3, "ths": 1e3,
		// Malaysian papers' billions ("RM421bil"), and the scale above a
		// trillion that đồng and rupiah budgets reach ("VND1.97 quadrillion")
		"bil": 1e9, "quadrillion": 1e15,
		// the scales of popular science: "2.5 quintillion bytes", "200 sextillion stars"
		"quintillion": 1e18, "sextillion": 1e21, "septillion": 1e24,
		// Pakistani papers' trillions of rupees: "a Rs18.877tr budget"
		"tr": 1e12,
		// the abbreviations of Europe's papers translated: "476,8 Mrd.
		// Euro", "25 Mio. EUR", "71,5 mld. lei", "DKK 1,45 mia.", "€ 1,5
		// miljard"
		"mrd": 1e9, "mld": 1e9, "mia": 1e9, "miljard": 1e9, "miljoen": 1e6} {
		addWord(w, Entry{Cat: Scale, Num: n})
	}
	for w, n := range map[string]float64{"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000,
		"millions": 2e6, "billions": 2e9, "trillions": 2e12, "tens": 20, "lakhs": 2e5, "crores": 2e7, "milliards": 2e9,
		"multimillion": 2e6, "multibillion": 2e9} {
		addWord(w, Entry{Cat: Vague, Num: n})
	}
	addWord("dozen", Entry{Cat: Scale, Num: 12})
	ordinals := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
		"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
		"eighteenth", "nineteenth"}
	for i, w := range ordinals[1:] {
		addWord(w, Entry{Cat: Ordinal, Num: float64(i + 1)})
	}
	tenOrds := []string{"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"}
	for i, w := range tenOrds {
		addWord(w, Entry{Cat: Ordinal, Num: float64(20 + 10*i)})
	}
	addWord("hundredth", Entry{Cat: Ordinal, Num: 100})
	addWord("thousandth", Entry{Cat: Ordinal, Num: 1000})
	addWord("millionth", Entry{Cat: Ordinal, Num: 1e6})
	addWord("billionth", Entry{Cat: Ordinal, Num: 1e9})
	for w, n := range map[string]float64{"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4,
		"quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
		"eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10} {
		addWord(w, Entry{Cat: Fraction, Num: n})
	}
	// "one-twelfth", "five-sixteenths": the ordinals to twentieth are
	// fractions too
	for i, w := range ordinals[11:] {
		addWord(w, Entry{Cat: Fraction, Num: float64(i + 11)})
		addWord(w+"s", Entry{Cat: Fraction, Num: float64(i + 11)})
	}
	addWord("twentieth", Entry{Cat: Fraction, Num: 20})
	addWord("twentieths", Entry{Cat: Fraction, Num: 20})
	// "one-hundredth of a second", "a thousandth of an inch"
	for w, n := range map[string]float64{"hundredth": 100, "hundredths": 100, "thousandth": 1000, "thousandths": 1000,
		"millionth": 1e6, "millionths": 1e6, "billionth": 1e9, "billionths": 1e9, "trillionth": 1e12, "trillionths": 1e12} {
		addWord(w, Entry{Cat: Fraction, Num: n})
	}
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december"}
	for i, w := range months {
		addWord(w, Entry{Cat: Month, Month: i + 1})
		if len(w) > 3 {
			addWord(w[:3], Entry{Cat: Month, Month: i + 1})
		}
	}
	addWord("sept", Entry{Cat: Month, Month: 9})
	addWords(Weekday, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

	for _, d := range []struct {
		unit  string
		per   float64
		words []string
	}{
		{"second", 1, []string{"second", "seconds", "sec", "secs"}},
		{"second", 0.001, []string{"millisecond", "milliseconds"}},
		{"second", 1e-6, []string{"microsecond", "microseconds"}},
		{"second", 1e-9, []string{"nanosecond", "nanoseconds"}},
		{"second", 1e-12, []string{"picosecond", "picoseconds"}},
		{"second", 1e-15, []string{"femtosecond", "femtoseconds"}},
		{"second", 1e-18, []string{"attosecond", "attoseconds"}},
		{"minute", 1, []string{"minute", "minutes", "min", "mins"}},
		{"hour", 1, []string{"hour", "hours", "hrs", "hr"}},
		{"day", 1, []string{"day", "days", "night", "nights"}},
		{"week", 1, []string{"week", "weeks", "wk", "wks"}},
		{"week", 2, []string{"fortnight", "fortnights"}},
		{"month", 1, []string{"month", "months", "mth", "mths", "mos", "mons"}},
		{"year", 1, []string{"year", "years", "yr", "yrs"}},
		{"year", 10, []string{"decade", "decades"}},
		{"year", 100, []string{"century", "centuries"}},
		{"year", 1000, []string{"millennia", "millenniums"}}, // (not "the 2000 Millennium Declaration")
		// deep time's abbreviations: "45 kya" (thousands of years ago), "13 Myr", "4.5 Gyr"
		{"year", 1000, []string{"kya"}}, {"year", 1e6, []string{"myr", "myrs"}}, {"year", 1e9, []string{"gyr", "gyrs"}},
	} {
		for _, w := range d.words {
			addWord(w, Entry{Cat: Duration, Unit: d.unit, Per: d.per})
		}
	}
	for unit, words := range map[string][]string{
		"km":   {"km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"},
		"mile": {"mile", "miles", "mi"}, "m": {"metre", "metres", "meter", "meters"},
		"cm": {"cm", "cms", "centimetre", "centimetres", "centimeter", "centimeters"},
		"mm": {"mm", "millimetre", "millimetres", "millimeter", "millimeters"}, "foot": {"ft", "foot", "feet"},
		"inch": {"inch", "inches"}, "yard": {"yard", "yards"}, "yd": {"yd", "yds"}, "furlong": {"furlong", "furlongs"},
		"kg": {"kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"}, "g": {"gram", "grams"}, "gramme": {"gramme", "grammes"}, "kilogramme": {"kilogramme", "kilogrammes"},
		"milligramme": {"milligramme", "milligrammes"}, "nanometre": {"nanometre", "nanometres"}, "nanometer": {"nanometer", "nanometers"},
		"mg": {"mg"}, "milligram": {"milligram", "milligrams"}, "lb": {"lb", "lbs"}, "ounce": {"ounce", "ounces", "oz", "ozs"},
		"tonne": {"tonne", "tonnes", "ton", "tons", "tonner", "tonners", "mt"}, "stone": {"stone"}, "dwt": {"dwt"}, "ldt": {"ldt"}, "grt": {"grt"},
		"litre": {"litre", "litres"}, "liter": {"liter", "liters"}, "ml": {"ml", "millilitre", "millilitres"}, "cl": {"cl", "centilitre", "centilitres"},
		"milliliter": {"milliliter", "milliliters"},
		"centilitre": {"centilitre", "centilitres"}, "centiliter": {"centiliter", "centiliters"},
		"decilitre": {"decilitre", "decilitres"}, "deciliter": {"deciliter", "deciliters"},
		"hectolitre": {"hectolitre", "hectolitres"}, "hectoliter": {"hectoliter", "hectoliters"}, "hl": {"hl"}, // (and brewers' "3.9 mln hl")
		"kilolitre": {"kilolitre", "kilolitres"}, "kiloliter": {"kiloliter", "kiloliters"},
		"megalitre": {"megalitre", "megalitres"}, "megaliter": {"megaliter", "megaliters"},
		// a river's flow: "2,900 cumecs" (cubic metres a second), "200 cfs"
		// (cubic feet a second, a rate written out as "bpd" is)
		"cumec": {"cumec", "cumecs"}, "cubic foot per second": {"cfs"},
		// a fan's or a hood's air flow: "a 600 CFM range hood", cubic feet a minute
		"cubic foot per minute": {"cfm"},
		// a pump's or a shower head's flow: "a 2.5 gpm shower head", gallons a minute
		"gallon per minute": {"gpm"},
		"gigalitre":         {"gigalitre", "gigalitres"}, "gigaliter": {"gigaliter", "gigaliters"},
		// a kilolitre as South African water boards write it, "6 kℓ"
		"kℓ": {"kℓ"}, "dL": {"decilitre", "decilitres", "deciliter", "deciliters"},
		"gallon": {"gallon", "gallons"}, "gal": {"gal", "gals"}, "barrel": {"barrel", "barrels", "bbl", "bbls"}, "pint": {"pint", "pints"},
		"quart": {"quart", "quarts"},
		"acre":  {"acre", "acres"}, "hectare": {"hectare", "hectares", "ha"},
		"mph": {"mph"}, "km/h": {"kph", "kmh", "kmph"}, "cc": {"cc"}, "barrel per day": {"bpd"}, "bushel per acre": {"bpa"}, "gram per tonne": {"gpt"}, "knot": {"knot", "knots"}, "kt": {"kts"},
		"fathom": {"fathom", "fathoms"}, // a sea's depth as fishermen and sailors give it: "70 fathoms", six feet each
		"degree": {"degree", "degrees", "deg"}, "MW": {"mw"}, "GW": {"gw"},
		// degrees glued to their scale: "1.5 degC"
		"°C": {"degc"}, "°F": {"degf"},
		// air pressure, as weather reports give it: "968 hPa", "24 millibars"
		"hPa": {"hpa"}, "hectopascal": {"hectopascal", "hectopascals"}, "millibar": {"millibar", "millibars"}, "mbar": {"mbar"},
		// a material's strength and a gas's pressure: "2,300 megapascals", "140 MPa", "10 pascals"
		"pascal": {"pascal", "pascals"}, "kilopascal": {"kilopascal", "kilopascals"}, "megapascal": {"megapascal", "megapascals"},
		"gigapascal": {"gigapascal", "gigapascals"}, "kPa": {"kpa"}, "MPa": {"mpa"}, // (not "GPa": "a 3.8 GPA" is a grade)
		// radiation's doses and activity, and a reactor's electrical output: "20 millisieverts",
		// "100 mSv", "1,250 Bq/kg", "700 MWe"
		"sievert": {"sievert", "sieverts"}, "millisievert": {"millisievert", "millisieverts"},
		"microsievert": {"microsievert", "microsieverts"}, "mSv": {"msv"}, "becquerel": {"becquerel", "becquerels"},
		"Bq": {"bq"}, "MWe": {"mwe"}, "GWe": {"gwe"}, "MWt": {"mwt"}, "uSv": {"usv"},
		"terabecquerel": {"terabecquerel", "terabecquerels"}, "gigabecquerel": {"gigabecquerel", "gigabecquerels"},
		"megabecquerel": {"megabecquerel", "megabecquerels"}, "MBq": {"mbq"}, "GBq": {"gbq"}, "kBq": {"kbq"},
		"millirem": {"millirem", "millirems"}, "gray": {"grays"}, // (a single "gray" is a colour)
		// light: "500 lux", "50 lx", "4,000 lumens"
		"lux": {"lux"}, "lx": {"lx"}, "lumen": {"lumen", "lumens"},
		"kW": {"kw"}, "Wh": {"wh"}, "kWh": {"kwh"}, "MWh": {"mwh"}, "GWh": {"gwh"}, "TWh": {"twh"},
		"TW": {"tw"}, "watt": {"watt", "watts"},
		// a solar array's peak output: "a 3.5kWp system", "a 50 MWp farm"
		"kWp": {"kwp"}, "MWp": {"mwp"},
		// units of power written in full stay as written
		"kilowatt": {"kilowatt", "kilowatts"}, "megawatt": {"megawatt", "megawatts"}, "gigawatt": {"gigawatt", "gigawatts"},
		"terawatt": {"terawatt", "terawatts"},
		// a line's or a transformer's voltage: "the 400 kV line", "an 88kV transformer"
		"kV": {"kv"}, "kilovolt": {"kilovolt", "kilovolts"}, "kVA": {"kva"}, "MVA": {"mva"},
		"volt": {"volt", "volts"}, "amp": {"amp", "amps", "ampere", "amperes"}, "MB": {"mb"}, "GB": {"gb"}, "TB": {"tb"}, "KB": {"kb"},
		// data sizes written in full stay as written
		"megabyte": {"megabyte", "megabytes"}, "gigabyte": {"gigabyte", "gigabytes"}, "terabyte": {"terabyte", "terabytes"},
		"petabyte": {"petabyte", "petabytes"}, "kilobyte": {"kilobyte", "kilobytes"}, "byte": {"byte", "bytes"},
		"exabyte": {"exabyte", "exabytes"}, "zettabyte": {"zettabyte", "zettabytes"}, "yottabyte": {"yottabyte", "yottabytes"},
		"kilobit": {"kbit", "kilobit", "kilobits"}, "megabit": {"mbit", "megabit", "megabits"},
		"gigabit": {"gbit", "gigabit", "gigabits"}, "terabit": {"tbit", "terabit", "terabits"},
		// data rates as written, as the goldens' hands write them: "14Mbps"
		"kbps": {"kbps"}, "Mbps": {"mbps"}, "Gbps": {"gbps"},
		"GHz": {"ghz"}, "MHz": {"mhz"}, "Hz": {"hz"},
		// a screen's brightness and rate of frames: "1,600 nits", "20 fps"
		"nit": {"nit", "nits"}, "fps": {"fps"},
		// a heart's rate, as two goldens' hands write it: "58 bpm"
		"beat per minute": {"bpm"},
		// a typist's speed: "41 wpm"
		"word per minute": {"wpm"},
		// frequencies written in full stay as written: "an 8-megahertz chip"
		"hertz": {"hertz"}, "kilohertz": {"kilohertz"}, "megahertz": {"megahertz"}, "gigahertz": {"gigahertz"}, "kHz": {"khz"},
		"microgram": {"microgram", "micrograms"}, "mcg": {"mcg"}, "cup": {"cup", "cups"}, "tablespoon": {"tablespoon", "tablespoons", "tbls", "tbl"},
		// a recipe's abbreviations stay as written: "2 tbsp", "¾ tsp"
		"tbsp": {"tbsp", "tbsps"}, "tsp": {"tsp", "tsps"}, "teaspoon": {"teaspoon", "teaspoons"},
		"pixel": {"pixel", "pixels"}, "megapixel": {"megapixel", "megapixels"}, "calorie": {"calorie", "calories"},
		// a blockchain's units: gas and its price in gwei, bitcoin's
		// hundred-millionths ("2,100 sats")
		"gwei": {"gwei"}, "satoshi": {"satoshi", "satoshis", "sats"},
		// a diet's calories abbreviated stay as written: "450 cals"
		"cal":   {"cals"},
		"point": {"point", "points", "pts"},
		// a currency's smallest move in the market's quote: "Sterling slipped 40 pips"
		"pip": {"pip", "pips"},
		// areas glued into one word, as property listings write them: "40sqm", "850 sqft"
		"sq m": {"sqm"}, "sq ft": {"sqft", "sft"},
		// the trade's units of mass and volume: "7.7 mln bales of cotton", "40 mln bushels"
		// (its "26,000 mt", metric tons, are tonnes)
		"bale": {"bale", "bales"}, "bushel": {"bushel", "bushels", "bu"}, "quintal": {"quintal", "quintals", "quintales"},
		// the land and grain measures of farming countries: South Asia's
		// bigha, kanal, marla, ropani, aana and maund, Egypt's feddan and
		// ardeb, China's mu, Thailand's rai, the Philippines' cavan,
		// Central America's manzana, cuerda and tarea, Greece's stremma,
		// Turkey's decare and the Levant's dunam
		"stremma": {"stremma", "stremmata", "stremmas"}, "decare": {"decare", "decares"}, "dunam": {"dunam", "dunams", "dunum", "dunums"},
		"bigha": {"bigha", "bighas"}, "kanal": {"kanal", "kanals"}, "marla": {"marla", "marlas"}, "ropani": {"ropani", "ropanis"},
		"aana": {"aana", "aanas"}, "maund": {"maund", "maunds"}, "feddan": {"feddan", "feddans"}, "ardeb": {"ardeb", "ardebs"},
		"mu": {"mu"}, "rai": {"rai"}, "cavan": {"cavan", "cavans"}, "manzana": {"manzana", "manzanas"}, "cuerda": {"cuerda", "cuerdas"},
		"tarea":         {"tarea", "tareas"},
		"hundredweight": {"hundredweight", "hundredweights"}, "cwt": {"cwt", "cwts"}, "carat": {"carat", "carats"},
		// a yarn's weight: tights' "40 denier", grams for 9 km of it
		"denier": {"denier", "deniers"},
		// Hong Kong's and China's weight of gold: "3,372 H.K. dlrs a tael"
		"tael":      {"tael", "taels"},
		"teratonne": {"teratonne", "teratonnes"}, "megatonne": {"megatonne", "megatonnes"}, "megaton": {"megaton", "megatons"}, "gigatonne": {"gigatonne", "gigatonnes"}, "gigaton": {"gigaton", "gigatons"},
		"TEU": {"teu", "teus"}, "FEU": {"feu", "feus"},
		// computers' speed in floating-point operations a second
		"megaflop": {"megaflop", "megaflops"}, "gigaflop": {"gigaflop", "gigaflops"}, "teraflop": {"teraflop", "teraflops"},
		"petaflop": {"petaflop", "petaflops"}, "exaflop": {"exaflop", "exaflops"}, "EFLOPS": {"eflops"}, "PFLOPS": {"pflops"},
		"TFLOPS": {"tflops"}, "GFLOPS": {"gflops"},
		// concentrations, loudness, power and charge
		"psi": {"psi"}, "mmHg": {"mmhg"}, "kelvin": {"kelvin", "kelvins"}, "IU": {"iu"}, "rpm": {"rpm"}, "mpg": {"mpg"}, "kcal": {"kcal", "kilocalorie", "kilocalories"}, "BTU": {"btu", "btus"}, "therm": {"therm", "therms"},
		// physics' units, as written: "a shade over 12 parsecs", "6.8 TeV", "40 joules", "0.8 micrometres"
		"parsec": {"parsec", "parsecs"}, "megaparsec": {"megaparsec", "megaparsecs"}, "joule": {"joule", "joules"},
		"kilojoule": {"kilojoule", "kilojoules"}, "electronvolt": {"electronvolt", "electronvolts"},
		"teraelectronvolt": {"teraelectronvolt", "teraelectronvolts"}, "gigaelectronvolt": {"gigaelectronvolt", "gigaelectronvolts"}, "TeV": {"tev"}, "GeV": {"gev"},
		"MeV": {"mev"}, "keV": {"kev"}, "EeV": {"eev"}, "PeV": {"pev"}, "kJ": {"kj"}, "micron": {"micron", "microns"},
		// energy in millions and billions of joules: "3.15 megajoules", "2.05 MJ", "40 GJ"
		"megajoule": {"megajoule", "megajoules"}, "gigajoule": {"gigajoule", "gigajoules"}, "terajoule": {"terajoule", "terajoules"},
		"MJ": {"mj"}, "GJ": {"gj"},
		"microkelvin": {"microkelvin", "microkelvins"}, "nanokelvin": {"nanokelvin", "nanokelvins"},
		"picokelvin": {"picokelvin", "picokelvins"}, "millikelvin": {"millikelvin", "millikelvins"},
		"nanogram": {"nanogram", "nanograms"}, "picogram": {"picogram", "picograms"},
		"microlitre": {"microlitre", "microlitres", "microliter", "microliters"}, "nanolitre": {"nanolitre", "nanolitres", "nanoliter", "nanoliters"},
		"picolitre": {"picolitre", "picolitres", "picoliter", "picoliters"}, "THz": {"thz"}, "ly": {"ly"},
		"coulomb": {"coulomb", "coulombs"}, "micrometre": {"micrometre", "micrometres"}, "micrometer": {"micrometer", "micrometers"},
		"arcsecond": {"arcsecond", "arcseconds"}, "microarcsecond": {"microarcsecond", "microarcseconds"}, "gigapixel": {"gigapixel", "gigapixels"}, "cusec": {"cusec", "cusecs"}, "tmcft": {"tmcft"}, "nm": {"nm"}, "mmol": {"mmol"}, "mol": {"mol"},
		// a blood test's nanomoles and picomoles, a cell's micrometres by their symbol: "50 nmol/L", "8 μm"
		"nmol": {"nmol"}, "pmol": {"pmol"}, "\u00b5m": {"\u00b5m"}, "\u03bcm": {"\u03bcm"},
		// aviation's nautical miles and thrust in pounds-force: "3,100 nmi", "70,000 lbf"
		"nmi": {"nmi"}, "lbf": {"lbf"},
		// a miner's thousands and millions of ounces, as written: "118koz", "710 Moz"
		"koz": {"koz"}, "Moz": {"moz"},
		// a genome's lengths in bases: "a 169-kilobase stretch", "16 gigabases"
		"kilobase": {"kilobase", "kilobases"}, "megabase": {"megabase", "megabases"}, "gigabase": {"gigabase", "gigabases"},
		// casks of the wine and beer trades: "14 hogsheads", "three firkins", "12 barriques"
		"hogshead": {"hogshead", "hogsheads"}, "firkin": {"firkin", "firkins"}, "barrique": {"barrique", "barriques"},
		// energy as tonnes of oil equivalent, and timber in board feet: "6,120 Mtoe", "412 ktoe", "1.9 MMBF"
		"Mtoe": {"mtoe"}, "ktoe": {"ktoe"}, "MMBF": {"mmbf"}, "MBF": {"mbf"},
		// a gas carrier's capacity in cubic metres, as the trade writes it: "a 174,000 cbm carrier"
		"cbm": {"cbm"},
		"ppm": {"ppm"}, "ppb": {"ppb"}, "magnitude": {"magnitude"}, "dB": {"db"}, "decibel": {"decibel", "decibels"}, "hp": {"hp"}, "bhp": {"bhp"}, "horsepower": {"horsepower"}, "mAh": {"mah"},
	} {
		for _, w := range words {
			addWord(w, Entry{Cat: Measure, Unit: unit, Per: 1})
		}
	}
	for unit, words := range map[string][]string{
		"USD": {"dollar", "dollars", "dlrs", "dlr", "dls", "drls", "usd", "buck", "bucks", "greenback", "greenbacks", "eurodollar", "eurodollars"}, "EUR": {"euro", "euros", "eur"},
		"GBP": {"pound", "pounds", "sterling", "stg", "gbp", "quid"}, "JPY": {"yen", "jpy", "euroyen"},
		"CNY": {"yuan", "renminbi", "cny"}, "INR": {"rupee", "rupees", "inr"},
		"CHF": {"franc", "francs", "chf", "sfr"}, "XOF": {"fcfa"}, "RUB": {"rouble", "roubles", "ruble", "rubles"},
		"AUD": {"aud"}, "CAD": {"cad"}, "SEK": {"kronor", "krona", "sek"},
		"NOK": {"kroner", "nok"}, "ILS": {"shekel", "shekels"}, "BRL": {"reais"},
		"MXN": {"pesos", "peso"}, "NGN": {"naira"}, "ZAR": {"rand"}, "THB": {"baht"}, "MYR": {"ringgit"}, "PGK": {"kina"},
		"AED": {"dirham", "dirhams"}, "SAR": {"riyal", "riyals"}, "TRY": {"lira", "liras", "tl"}, "PLN": {"zloty", "zlotys", "zloties", "złoty", "złotys", "złotych"},
		"HUF": {"forint", "forints"}, "IDR": {"rupiah"}, "KES": {"shilling", "shillings"}, "DKK": {"krone"},
		// the currencies of one country each, by their names
		"UAH": {"hryvnia", "hryvnias", "hryvnya", "hryvnyas"}, "GEL": {"lari", "laris"}, "CZK": {"koruna", "korunas", "korun"},
		"BGN": {"lev", "leva"}, "ISK": {"kronur", "krónur", "króna"}, "KZT": {"tenge"}, "BDT": {"taka"}, "GHS": {"cedi", "cedis"},
		"ZMW": {"kwacha", "kwachas"}, "RON": {"leu", "lei"}, "VND": {"dong", "đồng"}, "IRR": {"rial", "rials"}, "LAK": {"kip"},
		"KHR": {"riel", "riels"}, "KGS": {"som", "soms"}, "AZN": {"manat", "manats"}, "MNT": {"tugrik", "tugriks", "tögrög"},
		"MMK": {"kyat", "kyats"}, "ETB": {"birr", "birrs"}, "BWP": {"pula"}, "GTQ": {"quetzal", "quetzales", "quetzals"}, "PEN": {"soles"},
		"PYG": {"guarani", "guaranis"}, "AFN": {"afghani", "afghanis"}, "MZN": {"metical", "meticais"}, "AOA": {"kwanza", "kwanzas"},
		"VEF": {"bolivar", "bolivars", "bolivares"}, // VES since 2018, which golang.org/x/text does not know
		"HTG": {"gourde", "gourdes"}, "VUV": {"vatu"}, "HNL": {"lempira", "lempiras"}, "BOB": {"boliviano", "bolivianos"},
		"TJS": {"somoni"}, "ERN": {"nakfa"}, "SZL": {"lilangeni", "emalangeni"}, "LSL": {"loti", "maloti"},
		// the currencies the euro replaced whose names no other money has
		"NLG": {"guilder", "guilders", "dfl", "dfls"}, "ESP": {"peseta", "pesetas"},
		// the wires' abbreviations of francs of one country: "FFr 42", "11,925 bfrs"
		"FRF": {"ffr", "ffrs"}, "BEF": {"bfr", "bfrs"}, "ITL": {"lire", "eurolire", "eurolira"}, "GRD": {"drachma", "drachmas", "drachmae"},
		"SIT": {"tolar", "tolars"}, "PTE": {"escudo", "escudos"}, "ATS": {"schilling", "schillings"}, "FIM": {"markka", "markkaa"}, "IEP": {"punt", "punts"},
		"DEM": {"deutschmark", "deutschmarks", "deutschemark", "deutschemarks", "dm"},
		// the currencies of the 1980s since replaced, whose names no other money has
		"PEI": {"inti", "intis"}, "BRC": {"cruzado", "cruzados"}, "BRB": {"cruzeiro", "cruzeiros"}, "ARA": {"austral", "australs", "australes"}, "XEU": {"ecu", "ecus"}, "XDR": {"sdr", "sdrs"},
		"MGA": {"ariary"}, "GMD": {"dalasi", "dalasis"}, "HRK": {"kuna", "kunas"}, "MVR": {"rufiyaa"}, "BTN": {"ngultrum", "ngultrums"},
		// crypto-currencies have no ISO 4217 code: the one exception, their
		// tickers stand for them
		"BTC": {"bitcoin", "bitcoins", "btc"}, "ETH": {"ether", "ethers", "eth"},
	} {
		for _, w := range words {
			addWord(w, Entry{Cat: Currency, Unit: unit, Per: 1})
		}
	}
	addWord("cents", Entry{Cat: Currency, Unit: "USD", Per: 0.01})
	addWord("cent", Entry{Cat: Currency, Unit: "USD", Per: 0.01})
	addWord("cts", Entry{Cat: Currency, Unit: "USD", Per: 0.01})
	addWord("fen", Entry{Cat: Currency, Unit: "CNY", Per: 0.01}) // a hundredth of a yuan: "17 fen per 0.5 kg"
	addWord("cnts", Entry{Cat: Currency, Unit: "USD", Per: 0.01})
	addWord("cnt", Entry{Cat: Currency, Unit: "USD", Per: 0.01}) // "15-cnt-per-share dividends"
	// wire copy's cent before its noun, "a 15 ct fee"; a carat before gold
	// or a stone is told apart where the unit is read
	addWord("ct", Entry{Cat: Currency, Unit: "USD", Per: 0.01})
	addWord("pence", Entry{Cat: Currency, Unit: "GBP", Per: 0.01})
	addWord("penny", Entry{Cat: Currency, Unit: "GBP", Per: 0.01}) // "prices fell one penny"
	addWord("ppl", Entry{Cat: Currency, Unit: "GBP", Per: 0.01})   // pence a litre, as Britain's milk and fuel trades write it: "41.71ppl"
	// the hundredths of other currencies, by their names
	for unit, words := range map[string][]string{"DEM": {"pfennig", "pfennigs"}, "RUB": {"kopek", "kopeks", "kopeck", "kopecks"},
		"INR": {"paise", "paisa"}, "ATS": {"groschen"}, "FRF": {"centime", "centimes"},
		"EGP": {"piaster", "piasters", "piastre", "piastres"}, "SAR": {"halala", "halalas"}, "NGN": {"kobo"},
		"ILS": {"agora", "agorot"}, "PLN": {"grosz", "groszy"}, "THB": {"satang"}, "SEK": {"öre"}, "NOK": {"øre", "oere"}, "MYR": {"sen"}} {
		for _, w := range words {
			addWord(w, Entry{Cat: Currency, Unit: unit, Per: 0.01})
		}
	}
	addWords(Percent, "percent", "pct", "percentage")
	addWords(Season, "spring", "summer", "autumn", "winter", "christmas", "easter")
	addWords(Lead, "number", "no", "top", "rs", "nrs", "rp", "rm", "dm", "fr", "sfr", "ffr", "bfr", "dfl", "dfls", "lit", "lire", "kd", "bd", "jd", "ksh", "kshs", "dh", "dhs", "sr", "qr", "tk", "tl", "bt", "le", "rmb", "php", "stg", "skr", "nkr", "dkr", "rwf", "frw", "r", "a", "an", "another", "half", "several", "few", "http", "https", "www", "us", "hk", "nz", "au", "ca",
		"c", "s", "decades", "centuries",
		// decades in words: "in the Nineties"
		"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
		"multi") // "multi-million dlr"
	addWords(Other, "http", "https", "www", "half", "several", "few", "in", "out", "per", "times", "fold",
		"strong", "plus", "square", "sq", "cubic", "old", "long", "ever", "us", "american", "australian",
		"canadian", "singapore", "metric", "celsius", "fahrenheit", "centigrade", "between", "from", "or", "and", "to",
		"at", "no", "nos", "number", "mid", "pre", "post", "early", "late", "over", "under", "top", "about",
		"every", "split", "hand", "class", "rate", "guess", "degree", "quarter", "of", "all", "p", "m", "k",
		"b", "s", "pc", "x", "c", "f", "hk", "nz", "au", "ca")
	addWords(OrdinalSuffix, "st", "nd", "rd", "th")
	addWords(TimeSuffix, "am", "pm", "gmt", "bst", "est", "edt", "utc", "cet", "pst", "pdt", "cst", "cdt", "mst", "mdt")
	addWords(SportMeasure, "sprint", "hurdles", "race", "final", "relay", "freestyle", "breaststroke",
		"backstroke", "butterfly", "medley", "dash", "title", "indoor", "outdoor", "record", "champion",
		"gold", "silver", "bronze", "world", "race", "event", "time", "personal", "heats", "heat",
		// a race's ground: "on the 250m track", "a 250m lap"
		"track", "velodrome", "lap", "boards",
		// a field event's effort: "a 22.98m heave", "a throw of 88.17m"
		"throw", "throws", "heave", "vault", "javelin", "discus",
		// a run or kick on a pitch: "a 75m intercept try", "a 40m penalty"
		"try", "intercept", "breakaway", "solo", "kick", "penalty")
	addWords(TermNoun, "state", "way", "off", "sided", "tier", "horse", "party", "speed", "dimensional",
		"fold", "handed", "nil", "all", "time", "stage", "to", "on", "and", "hander", "seater", "legged",
		"liner", "man", "woman", "shot", "stop", "pointer", "pointers", "pronged", "tiered", "faced", "wheel",
		"star",                // "a four-star general", "a five-star hotel": a grade, no count
		"door",                // "a four-door sedan": a body style
		"wheeler", "wheelers") // "two-wheeler sales": a kind of vehicle, as Indian papers name it
	addWords(Determiner, "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that",
		"these", "those", "some", "all", "each", "every", "other", "another", "such", "whose")
	addWords(Stop,
		// verbs and auxiliaries
		"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does",
		"did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "said", "say",
		"says", "told", "according", "who", "which", "that", "whom", "whose", "where", "when", "while",
		"whereas", "as", "than", "because", "since", "after", "before", "until", "till", "unless", "if",
		"though", "although", "so", "but", "and", "or", "nor", "yet", "also", "then", "now", "still",
		"already", "just", "only", "even", "more", "less", "most", "least", "not", "no", "there", "here",
		"it", "they", "he", "she", "we", "you", "i", "them", "him", "us", "me",
		// prepositions
		"of", "in", "on", "at", "to", "from", "by", "for", "with", "without", "into", "onto", "over", "under",
		"about", "around", "between", "among", "against", "during", "through", "across", "per", "toward",
		"towards", "within", "upon", "via", "like", "including", "up", "down", "out", "off", "than",
		"ago", "earlier", "later", "each", "apiece", "a", "an", "the", "this", "these", "those",
		"last", "next", "previous", "this", "every", "further", "compared", "versus", "vs", "amid",
		"despite", "following", "near", "behind", "beyond", "inside", "outside", "above", "below",
		// irregular past participles and common verbs after a count
		"held", "taken", "left", "made", "sent", "seen", "given", "found", "lost", "paid", "sold", "kept",
		"born", "built", "brought", "bought", "caught", "won", "hit", "cut", "put", "set", "run", "got",
		"become", "became", "came", "went", "gone", "known", "shown", "thrown", "flown", "died", "fled",
		"remain", "remained", "live", "lived", "work", "worked", "face", "faced", "get", "need", "needed",
		"earns", "gets", "remains", "pays", "owns", "goes", // "one worker in eight earns less"
		"rather", "instead", // "40% of their sentence rather than half"
		"whom", "what", "how", "why", "whether", "both", "either", "neither", "exactly", "i'm", "it's",
		"he's", "she's", "they're", "we're", "you're", "that's", "there's", "i've", "we've", "they've",
		"let's", "who's", "what's", "vs", "rose", "fell", "grew", "rise", "rises", "fall", "falls",
		"grow", "grows", "took", "take", "takes", "gave", "give", "gives", "come", "comes", "go", "goes",
		"make", "makes", "saw", "see", "sees", "tell", "tells", "want", "wants", "win", "wins", "beat",
		"beats", "lose", "loses", "led", "meant", "means", "show", "shows", "remains", "leave", "leaves",
		"pay", "pays", "hold", "holds", "think", "thinks", "knew", "know", "began", "begin", "begins",
		"ran", "runs", "stood", "stand", "stands", "sat", "spent", "spend", "spends", "met", "meet",
		"felt", "feel", "feels", "kept", "keep", "keeps", "topped", "tops", "hits", "cuts", "sets", "puts",
		"seem", "seems", "seemed", "appear", "appears", "appeared", "sought", "begun", "drawn", "chosen",
		"written", "struck", "fought", "thought", "heard",
		// adverbs that end a list of figures: "258.34 billion respectively"
		"respectively")
}
