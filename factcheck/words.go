package factcheck

// The lexicon: every word the extractor gives a meaning to, with what it
// means. A word may carry several meanings ("second" is an ordinal and a
// unit of time; "third" an ordinal and a fraction).

// Word categories, as bits of lexEntry.cat.
const (
	cCardinal      uint32 = 1 << iota // "two", "twenty"
	cScale                            // "million", "bn": multiplies the number before it
	cVague                            // "hundreds", "dozens": a vague multiple
	cOrdinal                          // "first", "thirty"
	cFraction                         // "half", "third", "quarter"
	cMonth                            // "November", "Nov"
	cDuration                         // "day", "years"
	cMeasure                          // "km", "tonnes"
	cCurrency                         // "dollars", "euros"
	cPercent                          // "percent", "pct"
	cStop                             // a word that ends a subject: verbs, prepositions, conjunctions
	cDeterminer                       // "the", "a", "its": may open a subject, never part of one
	cWeekday                          // "Monday"
	cTermNoun                         // what makes "two-state", "one-off" a term, not a count
	cSportMeasure                     // "sprint", "hurdles": "100m" then means metres
	cOrdinalSuffix                    // "st", "nd", "rd", "th"
	cTimeSuffix                       // "am", "pm", "GMT": a time of day
	cOther                            // a word some rule reads by its spelling
	cLead                             // a word that may open a claim: "a", "half", "US" (in US$)
	cQualEnd                          // the last word of a qualifier: "than", "least", "nearly"
	cSeason                           // "spring", "Christmas": may name a year after it
)

// cStart marks the words that may open a claim.
const cStart = cCardinal | cScale | cVague | cOrdinal | cFraction | cMonth | cLead

// A lexEntry is what the lexicon knows of a word.
type lexEntry struct {
	cat   uint32
	num   float64 // value as cardinal, scale, vague multiple, ordinal or fraction denominator
	month int     // 1-12 for months
	unit  string  // normalised unit for durations, measures and currencies
	per   float64 // a duration's length in its unit (a decade is 10 years); a currency's factor (cents: 0.01)
}

const maxLexLen = 24

var (
	lex      = []lexEntry{{}}
	lexIndex = map[string]uint16{} // built at init; lookups go through lexTable
	lexTable wordTable
)

// wordTable is an open-addressing hash table from lower-case words to
// lexicon indexes: a text's words are looked up without allocating.
type wordTable struct {
	keys [4096]string
	vals [4096]uint16
}

func wordHash(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

func (t *wordTable) put(w string, v uint16) {
	for i := wordHash([]byte(w)) & 4095; ; i = (i + 1) & 4095 {
		if t.keys[i] == "" || t.keys[i] == w {
			t.keys[i], t.vals[i] = w, v
			return
		}
	}
}

func (t *wordTable) get(b []byte) uint16 {
	for i := wordHash(b) & 4095; ; i = (i + 1) & 4095 {
		k := t.keys[i]
		if k == "" {
			return 0
		}
		if k == string(b) {
			return t.vals[i]
		}
	}
}

// lexFilter has a bit for each (length, first letter, last letter) of a
// lexicon word: most words of a text are ruled out without a map lookup.
var lexFilter [maxLexLen + 1][32]uint32

func letterBit(c byte) uint32 {
	c |= 0x20
	if c >= 'a' && c <= 'z' {
		return uint32(c - 'a')
	}
	return 26
}

// lexMayHold reports whether w, of at most maxLexLen bytes, may be in the
// lexicon.
func lexMayHold(w string) bool {
	return lexFilter[len(w)][letterBit(w[0])]&(1<<letterBit(w[len(w)-1])) != 0
}

func addWord(w string, e lexEntry) {
	lexFilter[len(w)][letterBit(w[0])] |= 1 << letterBit(w[len(w)-1])
	if i, ok := lexIndex[w]; ok {
		old := &lex[i]
		old.cat |= e.cat
		if e.num != 0 {
			old.num = e.num
		}
		if e.month != 0 {
			old.month = e.month
		}
		if e.unit != "" {
			old.unit, old.per = e.unit, e.per
		}
		return
	}
	if len(w) > maxLexLen {
		panic("lexicon word too long: " + w)
	}
	lexIndex[w] = uint16(len(lex))
	lexTable.put(w, uint16(len(lex)))
	lex = append(lex, e)
}

func addWords(cat uint32, words ...string) {
	for _, w := range words {
		addWord(w, lexEntry{cat: cat})
	}
}

// entry returns the lexicon entry of a token (the zero entry when unknown).
func (t *token) entry() *lexEntry { return &lex[t.word] }

func (t *token) is(cat uint32) bool { return lex[t.word].cat&cat != 0 }

func init() {
	cardinals := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range cardinals {
		addWord(w, lexEntry{cat: cCardinal, num: float64(i)})
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		addWord(w, lexEntry{cat: cCardinal, num: float64(20 + 10*i)})
	}
	for w, n := range map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
		"trillion": 1e12, "mn": 1e6, "mln": 1e6, "mio": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "crore": 1e7, "lakh": 1e5} {
		addWord(w, lexEntry{cat: cScale, num: n})
	}
	for w, n := range map[string]float64{"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000,
		"millions": 2e6, "billions": 2e9, "tens": 20} {
		addWord(w, lexEntry{cat: cVague, num: n})
	}
	addWord("dozen", lexEntry{cat: cScale, num: 12})
	ordinals := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
		"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
		"eighteenth", "nineteenth"}
	for i, w := range ordinals[1:] {
		addWord(w, lexEntry{cat: cOrdinal, num: float64(i + 1)})
	}
	tenOrds := []string{"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"}
	for i, w := range tenOrds {
		addWord(w, lexEntry{cat: cOrdinal, num: float64(20 + 10*i)})
	}
	addWord("hundredth", lexEntry{cat: cOrdinal, num: 100})
	addWord("thousandth", lexEntry{cat: cOrdinal, num: 1000})
	addWord("millionth", lexEntry{cat: cOrdinal, num: 1e6})
	for w, n := range map[string]float64{"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4,
		"quarters": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
		"eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10} {
		addWord(w, lexEntry{cat: cFraction, num: n})
	}
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december"}
	for i, w := range months {
		addWord(w, lexEntry{cat: cMonth, month: i + 1})
		if len(w) > 3 {
			addWord(w[:3], lexEntry{cat: cMonth, month: i + 1})
		}
	}
	addWord("sept", lexEntry{cat: cMonth, month: 9})
	addWords(cWeekday, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

	for _, d := range []struct {
		unit  string
		per   float64
		words []string
	}{
		{"second", 1, []string{"second", "seconds", "sec", "secs"}},
		{"minute", 1, []string{"minute", "minutes", "mins"}},
		{"hour", 1, []string{"hour", "hours", "hrs", "hr"}},
		{"day", 1, []string{"day", "days"}},
		{"week", 1, []string{"week", "weeks"}},
		{"week", 2, []string{"fortnight", "fortnights"}},
		{"month", 1, []string{"month", "months"}},
		{"year", 1, []string{"year", "years", "yr", "yrs"}},
		{"year", 10, []string{"decade", "decades"}},
		{"year", 100, []string{"century", "centuries"}},
	} {
		for _, w := range d.words {
			addWord(w, lexEntry{cat: cDuration, unit: d.unit, per: d.per})
		}
	}
	for unit, words := range map[string][]string{
		"km":   {"km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"},
		"mile": {"mile", "miles"}, "m": {"metre", "metres", "meter", "meters"},
		"cm": {"cm", "centimetre", "centimetres", "centimeter", "centimeters"},
		"mm": {"mm", "millimetre", "millimetres"}, "foot": {"ft", "foot", "feet"},
		"inch": {"inch", "inches"}, "yard": {"yard", "yards"},
		"kg": {"kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"}, "g": {"gram", "grams", "gramme", "grammes"},
		"mg": {"mg", "milligram", "milligrams"}, "lb": {"lb", "lbs"}, "ounce": {"ounce", "ounces", "oz"},
		"tonne": {"tonne", "tonnes", "ton", "tons"}, "stone": {"stone"},
		"litre": {"litre", "litres", "liter", "liters"}, "ml": {"ml", "millilitre", "millilitres"},
		"gallon": {"gallon", "gallons"}, "barrel": {"barrel", "barrels", "bbl"}, "pint": {"pint", "pints"},
		"acre": {"acre", "acres"}, "hectare": {"hectare", "hectares"},
		"mph": {"mph"}, "km/h": {"kph", "kmh"}, "knot": {"knot", "knots"},
		"degree": {"degree", "degrees"}, "MW": {"mw", "megawatt", "megawatts"}, "GW": {"gw", "gigawatt", "gigawatts"},
		"kW": {"kw", "kilowatt", "kilowatts"}, "kWh": {"kwh"}, "watt": {"watt", "watts"},
		"volt": {"volt", "volts"}, "MB": {"mb", "megabyte", "megabytes"}, "GB": {"gb", "gigabyte", "gigabytes"},
		"TB": {"tb", "terabyte", "terabytes"}, "KB": {"kb", "kilobyte", "kilobytes"},
		"Mbps": {"mbps", "mbit"}, "kbps": {"kbps"}, "Gbps": {"gbps"}, "GHz": {"ghz"}, "MHz": {"mhz"},
		"pixel": {"pixel", "pixels"}, "megapixel": {"megapixel", "megapixels"}, "calorie": {"calorie", "calories"},
		"point": {"point", "points"}, "storey": {"storey", "storeys"},
	} {
		for _, w := range words {
			addWord(w, lexEntry{cat: cMeasure, unit: unit, per: 1})
		}
	}
	for unit, words := range map[string][]string{
		"USD": {"dollar", "dollars", "dlrs", "dlr", "usd"}, "EUR": {"euro", "euros", "eur"},
		"GBP": {"pound", "pounds", "sterling", "stg", "gbp", "quid"}, "JPY": {"yen", "jpy"},
		"CNY": {"yuan", "renminbi", "cny"}, "INR": {"rupee", "rupees", "inr"},
		"CHF": {"franc", "francs", "chf"}, "RUB": {"rouble", "roubles", "ruble", "rubles"},
		"AUD": {"aud"}, "CAD": {"cad"}, "SEK": {"kronor", "krona", "sek"},
		"NOK": {"kroner", "nok"}, "ILS": {"shekel", "shekels"}, "BRL": {"reais"},
		"MXN": {"pesos", "peso"}, "NGN": {"naira"}, "ZAR": {"rand"}, "THB": {"baht"}, "MYR": {"ringgit"},
		"AED": {"dirham", "dirhams"}, "SAR": {"riyal", "riyals"}, "TRY": {"lira", "liras"}, "PLN": {"zloty", "zlotys"},
		"HUF": {"forint", "forints"}, "IDR": {"rupiah"}, "KES": {"shillings"}, "DKK": {"krone"},
	} {
		for _, w := range words {
			addWord(w, lexEntry{cat: cCurrency, unit: unit, per: 1})
		}
	}
	addWord("cents", lexEntry{cat: cCurrency, unit: "USD", per: 0.01})
	addWord("cent", lexEntry{cat: cCurrency, unit: "USD", per: 0.01})
	addWord("cts", lexEntry{cat: cCurrency, unit: "USD", per: 0.01})
	addWord("pence", lexEntry{cat: cCurrency, unit: "GBP", per: 0.01})
	addWords(cPercent, "percent", "pct", "percentage")
	addWords(cSeason, "spring", "summer", "autumn", "winter", "christmas", "easter")
	addWords(cLead, "number", "top", "rs", "a", "an", "half", "several", "few", "http", "https", "www", "us", "hk", "nz", "au", "ca",
		"c", "s")
	addWords(cOther, "http", "https", "www", "half", "several", "few", "in", "out", "per", "times", "fold",
		"strong", "plus", "square", "sq", "cubic", "old", "long", "ever", "us", "american", "australian",
		"canadian", "singapore", "celsius", "fahrenheit", "centigrade", "between", "from", "or", "and", "to",
		"at", "no", "nos", "number", "mid", "pre", "post", "early", "late", "over", "under", "top", "about",
		"every", "split", "hand", "class", "rate", "guess", "degree", "quarter", "of", "all", "p", "m", "k",
		"b", "s", "pc", "x", "c", "f", "hk", "nz", "au", "ca")
	addWords(cOrdinalSuffix, "st", "nd", "rd", "th")
	addWords(cTimeSuffix, "am", "pm", "gmt", "bst", "est", "edt", "utc", "cet", "pst")
	addWords(cSportMeasure, "sprint", "hurdles", "race", "final", "relay", "freestyle", "breaststroke",
		"backstroke", "butterfly", "medley", "dash", "title", "indoor", "outdoor", "record", "champion",
		"gold", "silver", "bronze", "world", "race", "event")
	addWords(cTermNoun, "state", "way", "off", "sided", "tier", "horse", "party", "speed", "dimensional",
		"fold", "handed", "nil", "all", "time", "stage", "to", "on", "and", "hander", "seater", "legged",
		"liner", "man", "woman", "shot", "stop")
	addWords(cDeterminer, "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that",
		"these", "those", "some", "all", "each", "every", "other", "another", "such", "whose")
	addWords(cStop,
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
		"whom", "what", "how", "why", "whether", "both", "either", "neither", "exactly", "i'm", "it's",
		"he's", "she's", "they're", "we're", "you're", "that's", "there's", "i've", "we've", "they've",
		"let's", "who's", "what's", "vs", "rose", "fell", "grew", "rise", "rises", "fall", "falls",
		"grow", "grows", "took", "take", "takes", "gave", "give", "gives", "come", "comes", "go", "goes",
		"make", "makes", "saw", "see", "sees", "tell", "tells", "want", "wants", "win", "wins", "beat",
		"beats", "lose", "loses", "led", "meant", "means", "show", "shows", "remains", "leave", "leaves",
		"pay", "pays", "hold", "holds", "think", "thinks", "knew", "know", "began", "begin", "begins",
		"ran", "runs", "stood", "stand", "stands", "sat", "spent", "spend", "spends", "met", "meet",
		"felt", "feel", "feels", "kept", "keep", "keeps", "topped", "tops", "hits", "cuts", "sets", "puts")
}
