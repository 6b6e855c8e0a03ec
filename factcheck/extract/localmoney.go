package extract

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Some currency names have no world default: "francs" are Swiss in a
// report from Geneva, French in one from Paris, Belgian in one from
// Brussels. A bare name (no nation's adjective beside it, which
// currencyAdjective reads) takes the currency of the article's country:
// the country of its dateline ("PARIS, March 18 -"), else the country it
// names most often, at least twice and more often than the name's default
// country; else the default (the lexicon's unit).
//
// Only the names in localCurrencies are read so: franc, peso, krona and
// krone, rupee (India by default), lira, pound, shilling and riyal; and
// crown, dinar and mark, which have no default and are money only where
// the text gives the country (and a mark only before 2002: "the 10,000
// mark" is a milestone). The dollar is not: amounts in US dollars abound
// under foreign datelines. A bare dollar is instead the one the text last
// named with its country in a sum ("30.13 billion N.Z. dlrs ... 4.72
// billion dlrs"), else the US dollar.
//
// Codes of currencies that the euro replaced (FRF, BEF, LUF, ITL, IEP,
// ATS) are given only to articles published before 2002 or undated.

// localCurrencies maps a currency's name, singular, to the countries that
// call their money so and its code there.
var localCurrencies = map[string]map[string]string{
	"franc": {"CH": "CHF", "FR": "FRF", "BE": "BEF", "LU": "LUF", "SN": "XOF", "CI": "XOF", "ML": "XOF", "BF": "XOF",
		"NE": "XOF", "BJ": "XOF", "TG": "XOF", "CM": "XAF", "GA": "XAF", "TD": "XAF", "CF": "XAF", "CD": "CDF", "RW": "RWF",
		"BI": "BIF", "GN": "GNF", "DJ": "DJF"},
	"peso":     {"MX": "MXN", "PH": "PHP", "AR": "ARS", "CL": "CLP", "CO": "COP", "CU": "CUP", "UY": "UYU", "DO": "DOP"},
	"krona":    {"SE": "SEK", "IS": "ISK"},
	"krone":    {"DK": "DKK", "NO": "NOK"},
	"rupee":    {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR"},
	"lira":     {"TR": "TRY", "IT": "ITL"},
	"pound":    {"GB": "GBP", "EG": "EGP", "LB": "LBP", "SY": "SYP", "IE": "IEP", "SD": "SDG"},
	"shilling": {"KE": "KES", "UG": "UGX", "TZ": "TZS", "AT": "ATS", "SO": "SOS"},
	"riyal":    {"SA": "SAR", "QA": "QAR", "YE": "YER", "OM": "OMR"},
	"rial":     {"IR": "IRR", "YE": "YER", "OM": "OMR"},
	"dirham":   {"AE": "AED", "MA": "MAD"},
	"kwacha":   {"ZM": "ZMW", "MW": "MWK"},
	// no default: money only where the text gives the country
	"crown": {"SE": "SEK", "DK": "DKK", "NO": "NOK", "CZ": "CZK", "IS": "ISK"},
	"mark":  {"DE": "DEM", "FI": "FIM"},
	"dram":  {"AM": "AMD"},
	"dinar": {"KW": "KWD", "IQ": "IQD", "JO": "JOD", "BH": "BHD", "RS": "RSD", "YU": "YUD", "DZ": "DZD", "TN": "TND", "LY": "LYD"},
}

// replacedByEuro holds the codes of currencies that the euro replaced.
var replacedByEuro = map[string]bool{"FRF": true, "BEF": true, "LUF": true, "ITL": true, "IEP": true, "ATS": true,
	"DEM": true, "FIM": true}

// homeInstitutions maps the names of banks, regulators, unions, utilities
// and savings schemes of one country of its own money, as its papers write
// them, to it: a text that names them is set there as it would be by
// naming its cities ("saving a borrower with a $600,000 loan about $90 a
// month" of CBA and Westpac's customers is Australian; "the minimum wage
// rose to R27.58 an hour" where Cosatu pushed for more is South Africa's).
// Banks and firms that work in two of them (Westpac, ANZ), and names two
// of them give their own schemes (Medicare, in the United States and
// Australia), are left out.
var homeInstitutions = map[string]string{
	"CBA": "AU", "APRA": "AU", "ACCC": "AU", "JobSeeker": "AU", "ASIC": "AU", "ASFA": "AU", "ASX": "AU", "Centrelink": "AU", "Medibank": "AU", "RAAF": "AU",
	"TFSA": "CA", "RRSP": "CA", "RESP": "CA", "CMHC": "CA", "OSFI": "CA", "TSX": "CA", "RCMP": "CA", "RCAF": "CA",
	"KiwiSaver": "NZ", "Kiwibank": "NZ", "RBNZ": "NZ", "ASB": "NZ", "RNZAF": "NZ", "Metrolinx": "CA",
	"CPF": "SG", "HDB": "SG", "SGX": "SG",
	"FOMC": "US", "NYSE": "US", "Nasdaq": "US", "Medicaid": "US", "FDIC": "US", "IRS": "US", "FEMA": "US", "FAA": "US", "NTSB": "US",
	"SNAP": "US", "USDA": "US", "FDA": "US", "CDC": "US", "TSA": "US",
	"Cosatu": "ZA", "COSATU": "ZA", "Eskom": "ZA", "Sassa": "ZA", "SASSA": "ZA", "Nersa": "ZA", "NERSA": "ZA", "Transnet": "ZA", "SARB": "ZA", "JSE": "ZA",
}

// places maps the words that name a country of localCurrencies, lower
// case, to it: its name, its people's adjective, its capital and big
// cities as datelines write them (the last word of a name of two).
var places = map[string]string{
	"switzerland": "CH", "swiss": "CH", "zurich": "CH", "geneva": "CH", "bern": "CH", "berne": "CH", "basel": "CH", "basle": "CH", "lausanne": "CH",
	"france": "FR", "french": "FR", "paris": "FR", "lyon": "FR", "lyons": "FR", "marseille": "FR", "marseilles": "FR", "strasbourg": "FR",
	"zambia": "ZM", "zambian": "ZM", "lusaka": "ZM", "malawi": "MW", "malawian": "MW", "lilongwe": "MW", "blantyre": "MW", "zomba": "MW",
	"belgium": "BE", "belgian": "BE", "brussels": "BE", "antwerp": "BE",
	"luxembourg": "LU",
	"germany":    "DE", "german": "DE", "deutsche": "DE", "bonn": "DE", "frankfurt": "DE", "berlin": "DE", "munich": "DE",
	"wiesbaden": "DE", "hamburg": "DE", "cologne": "DE", "stuttgart": "DE", "dusseldorf": "DE", "duesseldorf": "DE", "bundesbank": "DE",
	"hanover": "DE", "hannover": "DE", "essen": "DE", "leverkusen": "DE", "ludwigshafen": "DE", "wolfsburg": "DE", "bremen": "DE",
	"finland": "FI", "finnish": "FI", "helsinki": "FI",
	"johannesburg": "ZA", "pretoria": "ZA", "durban": "ZA", "soweto": "ZA", "gauteng": "ZA", "kwazulu": "ZA", "sandton": "ZA",
	"ghana": "GH", "ghanaian": "GH", "accra": "GH", "kumasi": "GH",
	"malaysia": "MY", "malaysian": "MY", "lumpur": "MY",
	"nigeria": "NG", "nigerian": "NG", "lagos": "NG", "abuja": "NG",
	"mexico": "MX", "mexican": "MX", "philippines": "PH", "philippine": "PH", "manila": "PH", "filipino": "PH",
	"argentina": "AR", "argentine": "AR", "aires": "AR", "chile": "CL", "chilean": "CL", "santiago": "CL", "atacama": "CL", "antofagasta": "CL", "valparaiso": "CL",
	"colombia": "CO", "colombian": "CO", "bogota": "CO", "medellin": "CO", "antioquia": "CO", "boyaca": "CO", "cuba": "CU", "cuban": "CU", "havana": "CU",
	"uruguay": "UY", "uruguayan": "UY", "montevideo": "UY", "dominican": "DO", "domingo": "DO",
	"brazil": "BR", "brazilian": "BR", "brasilia": "BR", "paulo": "BR", "janeiro": "BR",
	"sweden": "SE", "swedish": "SE", "swedes": "SE", "stockholm": "SE", "iceland": "IS", "icelandic": "IS", "icelanders": "IS", "reykjavik": "IS",
	"denmark": "DK", "danish": "DK", "danes": "DK", "copenhagen": "DK", "norway": "NO", "norwegian": "NO", "norwegians": "NO", "oslo": "NO",
	"india": "IN", "indian": "IN", "delhi": "IN", "mumbai": "IN", "bombay": "IN", "kolkata": "IN", "calcutta": "IN", "chennai": "IN", "bengaluru": "IN", "hyderabad": "IN", "pakistan": "PK", "pakistani": "PK",
	"karachi": "PK", "islamabad": "PK", "lahore": "PK", "peshawar": "PK", "quetta": "PK", "rawalpindi": "PK", "faisalabad": "PK", "multan": "PK", "skardu": "PK", "gilgit": "PK", "lanka": "LK", "lankan": "LK", "colombo": "LK",
	"bangladesh": "BD", "bangladeshi": "BD", "dhaka": "BD", "chittagong": "BD", "nepal": "NP", "nepalese": "NP", "kathmandu": "NP", "nepali": "NP", "pokhara": "NP", "mauritius": "MU", "mauritian": "MU",
	"turkey": "TR", "turkish": "TR", "ankara": "TR", "istanbul": "TR", "italy": "IT", "italian": "IT", "rome": "IT", "milan": "IT",
	"britain": "GB", "british": "GB", "london": "GB", "egypt": "EG", "egyptian": "EG", "cairo": "EG",
	"lebanon": "LB", "lebanese": "LB", "beirut": "LB", "syria": "SY", "syrian": "SY", "damascus": "SY",
	"ireland": "IE", "irish": "IE", "dublin": "IE", "galway": "IE", "limerick": "IE", "kilkenny": "IE", "donegal": "IE", "wexford": "IE", "sligo": "IE", "athlone": "IE", "tipperary": "IE", "éireann": "IE", "eireann": "IE", "taoiseach": "IE", "gardaí": "IE", "sudan": "SD", "sudanese": "SD", "khartoum": "SD",
	"kenya": "KE", "kenyan": "KE", "nairobi": "KE", "mombasa": "KE", "kisumu": "KE", "uganda": "UG", "ugandan": "UG", "kampala": "UG",
	"tanzania": "TZ", "tanzanian": "TZ", "salaam": "TZ", "austria": "AT", "austrian": "AT", "vienna": "AT",
	"madagascar": "MG", "malagasy": "MG", "antananarivo": "MG", "bhutan": "BT", "bhutanese": "BT", "thimphu": "BT",
	"oman": "OM", "omani": "OM", "muscat": "OM", "yemen": "YE", "yemeni": "YE", "sanaa": "YE", "aden": "YE", "hodeidah": "YE",
	"iran": "IR", "iranian": "IR", "tehran": "IR", "armenia": "AM", "armenian": "AM", "yerevan": "AM", "morocco": "MA", "moroccan": "MA", "rabat": "MA", "casablanca": "MA", "marrakesh": "MA",
	"emirates": "AE", "emirati": "AE", "dubai": "AE", "dhabi": "AE",
	"guatemala": "GT", "guatemalan": "GT", "honduras": "HN", "honduran": "HN", "tegucigalpa": "HN", "papua": "PG", "moresby": "PG",
	"ethiopia": "ET", "ethiopian": "ET", "addis": "ET",
	"canada": "CA", "canadian": "CA", "canadians": "CA", "ontario": "CA", "toronto": "CA", "ottawa": "CA", "quebec": "CA", "montreal": "CA",
	"vancouver": "CA", "alberta": "CA", "calgary": "CA", "edmonton": "CA", "manitoba": "CA", "winnipeg": "CA", "saskatchewan": "CA",
	"halifax": "CA", "scotia": "CA", "newfoundland": "CA", "nunavut": "CA", "iqaluit": "CA", "yukon": "CA",
	"whitehorse": "CA", "yellowknife": "CA", "saskatoon": "CA", "mississauga": "CA", "gatineau": "CA", "fredericton": "CA",
	"charlottetown": "CA", "labrador": "CA", "kelowna": "CA", "kamloops": "CA", "nanaimo": "CA", "burnaby": "CA", "moncton": "CA", "lethbridge": "CA",
	"sherbrooke": "CA", "saguenay": "CA",
	"australia": "AU", "australian": "AU", "australians": "AU", "sydney": "AU", "melbourne": "AU", "brisbane": "AU", "perth": "AU",
	"adelaide": "AU", "canberra": "AU", "queensland": "AU", "nsw": "AU", "tasmania": "AU", "darwin": "AU", "hobart": "AU",
	"geelong": "AU", "townsville": "AU", "wollongong": "AU", "ballarat": "AU", "launceston": "AU", "fremantle": "AU",
	"parramatta": "AU", "toowoomba": "AU", "cairns": "AU", "bendigo": "AU", "bundaberg": "AU", "rockhampton": "AU", "mildura": "AU", "dubbo": "AU", "kalgoorlie": "AU", "gippsland": "AU", "riverina": "AU", "wimmera": "AU", "pilbara": "AU", "illawarra": "AU",
	"wagga": "AU", "shepparton": "AU", "bunbury": "AU", "mandurah": "AU", "murrumbidgee": "AU", "thredbo": "AU", "grampians": "AU",
	"singapore": "SG", "singaporean": "SG", "singaporeans": "SG", "punggol": "SG", "tampines": "SG", "jurong": "SG", "geylang": "SG", "changi": "SG",
	"bedok": "SG", "sengkang": "SG", "yishun": "SG",
	"zealand": "NZ", "zealanders": "NZ", "nz": "NZ", "auckland": "NZ", "wellington": "NZ", "christchurch": "NZ", "kiwi": "NZ", "kiwis": "NZ",
	"dunedin": "NZ", "tauranga": "NZ", "rotorua": "NZ", "queenstown": "NZ", "invercargill": "NZ", "waikato": "NZ", "otago": "NZ", "taranaki": "NZ", "manawatu": "NZ",
	"napier": "NZ", "whanganui": "NZ", "whangarei": "NZ", "gisborne": "NZ", "taupo": "NZ", "taupō": "NZ", "kaikoura": "NZ", "kaikōura": "NZ",
	"northland": "NZ", "kaikohe": "NZ", "whangārei": "NZ", "timaru": "NZ", "porirua": "NZ", "whakatane": "NZ", "whakatāne": "NZ", "masterton": "NZ", "greymouth": "NZ",
	"america": "US", "american": "US", "americans": "US", "washington": "US", "california": "US", "texas": "US", "florida": "US",
	"chicago": "US", "boston": "US", "manhattan": "US", "seattle": "US", "atlanta": "US", "detroit": "US", "houston": "US",
	"dallas": "US", "miami": "US", "philadelphia": "US", "illinois": "US", "massachusetts": "US", "pennsylvania": "US",
	"alabama": "US", "alaska": "US", "arizona": "US", "arkansas": "US", "colorado": "US", "connecticut": "US", "hawaii": "US",
	"idaho": "US", "indiana": "US", "iowa": "US", "kansas": "US", "kentucky": "US", "louisiana": "US", "maryland": "US",
	"michigan": "US", "minnesota": "US", "missouri": "US", "montana": "US", "nebraska": "US", "nevada": "US", "ohio": "US",
	"oklahoma": "US", "oregon": "US", "tennessee": "US", "utah": "US", "vermont": "US", "wisconsin": "US", "wyoming": "US",
	"vegas": "US", "angeles": "US", "francisco": "US", "diego": "US", "nashville": "US", "baltimore": "US", "pittsburgh": "US", "cincinnati": "US", "milwaukee": "US",
	"sacramento": "US", "tampa": "US", "honolulu": "US", "anchorage": "US", "albuquerque": "US", "tucson": "US", "omaha": "US", "indianapolis": "US", "brooklyn": "US", "bronx": "US",
	"texans": "US", "californians": "US", "floridians": "US", "phoenix": "US", "denver": "US", "orleans": "US", "cleveland": "US", "memphis": "US", "tulsa": "US", "minneapolis": "US", "fairbanks": "US",
	"somalia": "SO", "somali": "SO", "mogadishu": "SO",
	"saudi": "SA", "riyadh": "SA", "jeddah": "SA", "qatar": "QA", "qatari": "QA", "doha": "QA",
	"senegal": "SN", "senegalese": "SN", "dakar": "SN", "abidjan": "CI", "ivorian": "CI", "mali": "ML", "malian": "ML", "bamako": "ML",
	"burkina": "BF", "ouagadougou": "BF", "niger": "NE", "niamey": "NE", "benin": "BJ", "cotonou": "BJ", "togo": "TG", "lome": "TG",
	"cameroon": "CM", "cameroonian": "CM", "yaounde": "CM", "douala": "CM", "gabon": "GA", "gabonese": "GA", "libreville": "GA",
	"chad": "TD", "chadian": "TD", "bangui": "CF", "kinshasa": "CD", "congolese": "CD", "rwanda": "RW", "rwandan": "RW", "kigali": "RW",
	"burundi": "BI", "burundian": "BI", "bujumbura": "BI", "guinea": "GN", "guinean": "GN", "conakry": "GN", "djibouti": "DJ",
	"czech": "CZ", "prague": "CZ", "hungary": "HU", "hungarian": "HU", "hungarians": "HU", "budapest": "HU", "kuwait": "KW", "kuwaiti": "KW", "iraq": "IQ", "iraqi": "IQ", "baghdad": "IQ",
	"jordan": "JO", "jordanian": "JO", "amman": "JO", "bahrain": "BH", "bahraini": "BH", "manama": "BH",
	"serbia": "RS", "serbian": "RS", "belgrade": "RS", "yugoslavia": "YU", "yugoslav": "YU", "algeria": "DZ", "algerian": "DZ", "algiers": "DZ",
	"tunisia": "TN", "tunisian": "TN", "tunis": "TN", "libya": "LY", "libyan": "LY", "tripoli": "LY",
	"korea": "KR", "korean": "KR", "koreans": "KR", "seoul": "KR", "busan": "KR",
}

// country is what a text says of where it is set: its dateline's country
// and how often it names each country.
type country struct {
	dateline string
	mentions map[string]int
	written  map[string]bool // currencies the text writes by a prefix of their own ("KSh") or their code
	foreign  bool            // the text writes sums in pounds or euros by their signs, as a paper abroad converts a dollar's
	// homePlaces counts the places within Canada, Australia and New
	// Zealand (homeCountries) the text names ("Toronto", "Auckland"), not
	// the country itself ("Canadian")
	homePlaces [len(homeCountries)]int
	dollar     string // the country's own dollar that a bare "$" writes (homeDollar), once dollarRead
	dollarRead bool
	signed     string // the one dollar the text writes by its prefixed sign (signedDollar), once signedRead
	signedRead bool
	cents      string // the currency of the text's cents (centCurrency), once centsRead
	centsRead  bool
}

// named returns how many of countries the text names, and the last of
// them it names.
func (w *country) named(countries []string) (last string, n int) {
	for _, c := range countries {
		if w.mentions[c] > 0 {
			last, n = c, n+1
		}
	}
	return last, n
}

// mention counts a naming of the country c.
func (w *country) mention(c string) {
	if w.mentions == nil {
		w.mentions = map[string]int{}
	}
	w.mentions[c]++
}

// write records that the text writes the currency code by a sign, letters
// or name of its own.
func (w *country) write(code string) {
	if w.written == nil {
		w.written = map[string]bool{}
	}
	w.written[code] = true
}

// lastSumCurrency returns the currency of the last sum of money read, in
// cents or not, or "". A sum's conversion in brackets after it is passed
// over: "values Redgum at about $410 million (US$270 million) ... rose
// 14.5 per cent to 61.5c" gives the cents of the sum, not of its
// conversion.
func (x *extractor) lastSumCurrency() string {
	for k := len(x.claims) - 1; k >= 0; k-- {
		c := &x.claims[k]
		if c.Kind != factcheck.Money {
			continue
		}
		if k > 0 && x.claims[k-1].Kind == factcheck.Money && c.Start > 0 && x.text[c.Start-1] == '(' {
			continue
		}
		return c.Unit
	}
	return ""
}

// sentenceSumIn returns the code of the last sum before token j in its
// sentence, not a conversion in brackets, when it is one of codes, the
// countries' currencies of a name ("franc"); else "".
func (x *extractor) sentenceSumIn(j int, codes map[string]string) string {
	cs := x.sentenceClaims(j)
	for k := len(cs) - 1; k >= 0; k-- {
		c := &cs[k]
		if c.Kind != factcheck.Money || c.Start > 0 && x.text[c.Start-1] == '(' {
			continue
		}
		for _, u := range codes {
			if u == c.Unit {
				return u
			}
		}
		return ""
	}
	return ""
}

// localCurrency returns the code of the bare currency name at token j,
// whose lexicon unit is unit, in the country of the text; cents that a
// price moved by take the currency of the price it reached: "firmed 10
// cents to 17.05 ringgit".
func (x *extractor) localCurrency(j int, unit string) string {
	if (x.eq(j, wCents) || x.eq(j, wCent) || x.eq(j, wCts)) && x.eq(j+1, wTo) && x.tokIs(j+2, tNum) && x.tokIs(j+3, tWord) && x.toks[j+3].is(lexicon.Currency) {
		if e := x.toks[j+3].entry(); e.Per == 1 && e.Unit != unit {
			return x.localCurrency(j+3, e.Unit)
		}
	}
	if (x.eq(j, wCents) || x.eq(j, wCent) || x.eq(j, wCts)) && (x.eq(j+1, wLower) || x.eq(j+1, wHigher)) && x.eq(j+2, wAt) && x.tokIs(j+3, tNum) && x.tokIs(j+4, tWord) && x.toks[j+4].is(lexicon.Currency) {
		if e := x.toks[j+4].entry(); e.Per == 1 && e.Unit != unit {
			return x.localCurrency(j+4, e.Unit) // "closed 10 cents lower at 16.91 ringgit"
		}
	}
	if x.eq(j, wPenny) && unit == "GBP" && !x.namesSterling() {
		if u := x.lastSumCurrency(); u != "" && u != "GBP" {
			return u // "raised the dividend by a penny to 37 cents" after "600 million dollars": a cent
		}
	}
	noun := currencyNoun(x.lowerAt(j))
	if noun == "dollar" {
		if x.usBeforeFigure(j) {
			return "USD" // "an offering of U.S 100 mln dlrs" from Toronto
		}
		if u := x.namedDollar(j); u != "" {
			return u
		}
		if u := x.issueDollar(j); u != "" {
			return u
		}
	}
	if noun == "dollar" || unit == "USD" {
		if u := x.dollarCountryAfter(j); u != "" {
			return u // "32 CTS CANADIAN"
		}
		if a := x.afterUS(j + 2); x.mark(j+1) == '(' && a > j+2 && x.mark(a) == ')' {
			return "USD" // "higher than 75 cts (U.S.)" in Ottawa: this sum's dollar, no other's
		}
		if u := x.wireDollar(j); u != "" {
			return u
		}
	}
	if noun == "dollar" {
		if u := x.homeDollar(); u != "" && unit == "USD" && (x.eq(j, wDollars) || x.eq(j, wDollar)) {
			return u // "a quarter of a million dollars" in a story of Vancouver's lottery (a wire's "dlrs" are read by wireDollar)
		}
		return unit
	}
	codes := localCurrencies[noun]
	if codes == nil {
		return unit
	}
	if u := x.sentenceSumIn(j, codes); u != "" && unit != "" {
		if c := x.nearestCountry(j, codes, 8); c != "" {
			return codes[c] // of two sums in its sentence, each after its country: "Norway raised its pledge to 1bn kroner, and Denmark said it would give 400m kroner"
		}
		return u // "25,000 CFA francs ($50), up from 10,000 francs": the franc its sentence named
	}
	if c := codes[x.countryAt(j-1)]; c != "" && possessive(x.str(j-1)) {
		return c // "Norway's crown firmed to 11.38 per euro" in a report from Stockholm
	}
	w := x.setting()
	code := codes[w.dateline]
	if code == "" {
		home := ""
		countries := slices.Sorted(maps.Keys(codes)) // in order: the same text gives the same code
		for _, c := range countries {
			if codes[c] == unit {
				home = c
			}
		}
		best := 1
		for _, c := range countries {
			if n := w.mentions[c]; n > best && n > w.mentions[home] {
				code, best = codes[c], n
			}
		}
		if c, n := w.named(countries); code == "" && unit != "" && w.mentions[home] == 0 && n == 1 {
			// "an emergency grant of 30,000 dirhams" in a story that
			// names Morocco once and the Emirates never: the one
			// country of that money it names
			code = codes[c]
		}
		if c := x.sentenceCountry(j, countries); unit != "" && c != "" && c != home && x.countryWithin(j, c, 12) {
			code = codes[c] // the one country of the money its sentence names, just before it: "Egypt let the pound fall to about 49.5 per dollar", "Lebanon's pound"
		}
		if code == "" && unit == "" && noun != "mark" {
			// a currency of several countries and no default, and one of
			// them named once: "L.M. Ericsson of Sweden ... sales of 800 mln
			// crowns" (but marks: placeCurrency); of several named, the one
			// its own sentence names: "Denmark has ... 72 pct meal offered
			// at 315 crowns" beside Iceland's and Norway's catches
			switch c, n := w.named(countries); {
			case n == 1:
				code = codes[c]
			case n > 1:
				code = codes[x.sentenceCountry(j, countries)]
			}
		}
	}
	if code == "" || replacedByEuro[code] && x.pub.Y >= 2002 {
		return unit
	}
	if code == "RSD" && x.pub.Y < 1990 && (x.pub.Y > 0 || w.mentions["YU"] > 0) {
		return "YUD" // Belgrade's dinar before 1990 was Yugoslavia's
	}
	return code
}

// placeCurrency returns the code of "crowns" ("kr"), "dinars" or "marks" at
// token j, a currency's name with no default, in the country of the
// text; marks before 2002 beside another currency (an exchange rate), in
// a text that names Germany more often than Finland (but "the 100
// million mark" a figure passed), or millions of them in a text that
// names no Finland, are Deutsche Marks; or "".
func (x *extractor) placeCurrency(j int) string {
	if !isPlaceCurrency(x.spAt(j)) || x.eq(j, wKr) && x.tokIs(j+1, tNum) {
		return "" // (but "a yearly one Kr 2,400": the letters of the sum after them)
	}
	u := x.localCurrency(j, "")
	if u == "" && (x.eq(j, wMarks) || x.eq(j, wMark)) && x.pub.Y < 2002 && (x.moneyNamedNear(j) || x.pricePerMeasure(j) || x.where.mentions["DE"] > x.where.mentions["FI"] && !x.markPassed(j) ||
		x.where.mentions["FI"] == 0 && x.tokIs(j-1, tWord) && x.toks[j-1].is(lexicon.Scale) && !x.markPassed(j) ||
		x.dealersQuoteBefore(j) || x.where.mentions["FI"] == 0 && x.notMarked(j) && x.readMarks() || x.rateDecimals(j-1) ||
		(x.eq(j+1, wA) || x.eq(j+1, wPer)) && x.eq(j+2, wShare) || x.lastClaimIn(j, factcheck.Money, "DEM")) {
		// "the dollar rallied to 1.8200 marks": a rate of exchange; "a
		// credit ... for 100 mln marks ... with the German state bank";
		// millions of marks where Finland goes unnamed;
		// "tapioca traded at 27.50 Marks per 100 kilos" in Rotterdam: a
		// price; "recover to the unchanged level of 1.8265/73 marks": a
		// dealer's quote of a rate; "It ended that day at 1.7820/30
		// marks" after "1.7675 marks" read as Deutsche Marks; "Sterling
		// touched 2.9650 marks": a rate, to its fourth decimal; "a
		// dividend of 10 marks a share"; "rose to 580 mln marks, ... a
		// dividend of 10 marks": marks as a sum before in the sentence
		u = "DEM"
	}
	return u
}

// lastClaimIn reports whether the last claim read stands before token j
// in its sentence and is of kind in unit: a sum in Deutsche Marks, a
// weight in pounds.
func (x *extractor) lastClaimIn(j int, kind factcheck.Kind, unit string) bool {
	p := x.lastClaim()
	return p != nil && p.Kind == kind && p.Unit == unit && !x.sentenceEndIn(x.tokenAfter(p), j)
}

// rateDecimals reports whether the figure at token k has four decimals or
// more, as rates of exchange are quoted ("2.9650"): no mark of a score
// ("2.917 marks").
func (x *extractor) rateDecimals(k int) bool {
	if !x.tokIs(k, tNum) {
		return false
	}
	s := x.str(k)
	d := strings.IndexByte(s, '.')
	return d > 0 && len(s)-d-1 >= 4 && allDigits(s[d+1:])
}

// dealersQuoteBefore reports whether the words before token j are a
// dealer's two-sided quote, "1.8265/73": a rate of exchange.
func (x *extractor) dealersQuoteBefore(j int) bool {
	return x.slashFractionAt(j - 3)
}

// notMarked reports whether the figure before "marks" at token j is
// no mark out of a score: a price with decimals ("1.8100"), of a
// thousand or more ("1,000 marks"), or "Marks" written with its capital;
// an exam's "40 marks" is none of these.
func (x *extractor) notMarked(j int) bool {
	if x.text[x.toks[j].s] == 'M' {
		return true
	}
	n := x.str(j - 1)
	return x.tokIs(j-1, tNum) && (strings.ContainsAny(n, ".,") || len(n) >= 4)
}

// readMarks reports whether a claim of the text so far is in Deutsche
// Marks, reading each claim once (x.marks).
func (x *extractor) readMarks() bool {
	for ; x.marks.read < len(x.claims) && !x.marks.found; x.marks.read++ {
		x.marks.found = x.claims[x.marks.read].Unit == "DEM"
	}
	return x.marks.found
}

// pricePerMeasure reports whether the word at token j prices a unit of
// measure after it: "27.50 Marks per 100 kilos", "300 marks a tonne".
func (x *extractor) pricePerMeasure(j int) bool {
	k := j + 1
	if !x.eq(k, wPer) && !x.eq(k, wA) && !x.eq(k, wAn) {
		return false
	}
	if k++; x.tokIs(k, tNum) {
		k++
	}
	return x.measureAt(k) && !x.eq(k, wPoint) && !x.eq(k, wPoints)
}

// markPassed reports whether "mark" at token j is a level a figure
// reached, "passed the 100 million mark", not money.
func (x *extractor) markPassed(j int) bool {
	k := j - 1
	for k >= 0 && (x.tokIs(k, tNum) || x.tokIs(k, tWord) && x.toks[k].is(lexicon.Scale|lexicon.Cardinal)) {
		k--
	}
	return x.eq(j, wMark) && x.eq(k, wThe)
}

// isPlaceCurrency reports whether the word spelt sp is the name of a currency of several
// countries and no default, read by placeCurrency.
func isPlaceCurrency(sp spelling) bool {
	switch sp {
	case wCrown, wCrowns, wKr, wDinar, wDinars, wMark, wMarks, wDram, wDrams:
		return true // (and "kr", the crown as Scandinavia abbreviates it: "500 kr"; "drams" are Armenia's, else a measure of whisky)
	}
	return false
}

// rateCurrency returns the currency of a bare figure that is a rate of
// exchange, as markets quote one currency in another: "the yen closed at
// 151.53 to the dollar", "the kwacha fell from 2.20 to the dollar",
// "102.975 against the dollar". The figure is in the currency its sentence
// names last before it, other than the one after "to", "against" or "per";
// in "the Nigerian currency was fixed at 4.0 to the dollar", where the
// sentence names it only as a currency (or a peg, an exchange or a rate:
// "the government keeps it pegged close to a rate of 8.28 to the US
// dollar" after "the yuan", "The marginal rate set at today's auction ...
// was 3.7001 to the dollar" after "the naira"), in the one the text named
// last. It
// returns "" when the figure is no such rate.
func (x *extractor) rateCurrency(c *claimParts) string {
	j := c.last
	if !x.eq(j, wTo) && !x.eq(j, wAgainst) && !x.eq(j, wPer) || x.breakIn(c.num.last, j+1) {
		return x.quotedCurrency(c)
	}
	j++
	if x.eq(j, wThe) || x.eq(j, wA) || x.eq(j, wOne) {
		j++
	}
	us := false
	if k := x.afterUS(j); k > j {
		j, us = k, true // "to the U.S. dollar"
	}
	against := x.currencyNamedAt(j)
	if us && (x.eq(j, wCurrency) || currencyNoun(x.lowerAt(j)) == "dollar") {
		against = "USD" // "to the U.S. currency", "per U.S. dollar" in a text whose own dollar is another ("NT$482.12bn")
	}
	if against == "" && (x.eq(j, wMark) || x.eq(j, wMarks)) && x.pub.Y < 2002 {
		against = "DEM" // "a Lira/Mark rate of 417.20/419.29 to the Mark": a rate is against a currency
	}
	if against == "" {
		return ""
	}
	start := x.sentenceStartBefore(c.first)
	currencyWord := x.eq(start, wIt) // "The Taiwan dollar has risen ... It opened at 34.38 to the U.S. Dollar"
	for k := c.first - 1; k >= start; k-- {
		if u := x.currencyNamedAt(k); u != "" && u != against {
			return u
		}
		if x.eqText(k, "real") && (x.eq(k-1, wThe) || x.eqText(k-1, "Brazil's")) {
			return "BRL" // "The real hit a record low of 6.09 per U.S. dollar": Brazil's money, a word that is no money elsewhere
		}
		currencyWord = currencyWord || x.eq(k, wCurrency) || x.eq(k, wPegged) || x.eq(k, wPeg) || x.eq(k, wExchange) || x.eq(k, wRate)
	}
	if currencyWord {
		return x.currencyNamedBefore(start, against)
	}
	return ""
}

// quotedCurrency returns the currency of a bare figure after "at" in a
// sentence that opens with a currency other than the dollar and a verb of
// its market: "The Taiwan dollar opened four cents up today at 34.70",
// "The yen closed at 145.25"; or after "at" or "to" just after such a
// currency and its move, anywhere in the sentence: "the Philippine peso
// slid to 56.81", "the zloty steady at 4.3150", "Mexico's peso -0.18% at
// 17.02". The figure is a rate of exchange, in that currency (the pound's,
// the euro's and the Australian dollar's in US dollars, as markets quote
// them); or "".
func (x *extractor) quotedCurrency(c *claimParts) string {
	if !x.eq(c.first-1, wAt) && !x.eq(c.first-1, wTo) || c.num.scaled || c.num.words {
		return ""
	}
	start := x.sentenceStartBefore(c.first)
	u := x.movedCurrency(start, c.first-1)
	if u == "" && x.eq(c.first-1, wAt) {
		u = x.openingCurrency(start, c.first)
	}
	if u == "" || u == "USD" {
		return ""
	}
	for m := start; m < c.last+4 && m < len(x.toks); m++ {
		if x.eq(m, wWeighted) || x.eq(m, wIndex) {
			return "" // "Sterling opened 0.3 points lower in trade weighted terms at 71.3": an index
		}
	}
	switch u {
	case "GBP", "AUD", "NZD", "IEP", "EUR":
		return "USD" // "The pound ended unchanged against the dollar at 1.6175/85": dollars to the pound, as markets quote it
	}
	return u
}

// openingCurrency returns the currency that opens the sentence from
// token start with a verb of its market, within ten words of the figure
// at token first ("The yen closed at", "The Taiwan dollar opened four
// cents up today at"), or "".
func (x *extractor) openingCurrency(start, first int) string {
	k := start
	if x.eq(k, wThe) {
		k++
	}
	if x.tokIs(k, tWord) && x.currencyAdjective(k) != "" {
		k++ // "the Taiwan dollar"
	}
	u, reach := x.currencyNamedAt(k), 10
	if x.eq(k, wIt) && x.againstDollar(k, first) {
		// "It rose four cents against the U.S. Dollar on Saturday to
		// close at 34.59", after "the Taiwan dollar"
		u, reach = x.currencyNamedBefore(start, "USD"), 20
	}
	if u == "" || first-k > reach {
		return ""
	}
	switch x.spAt(k + 1) {
	case wOpened, wClosed, wEnded, wFinished, wWas, wStood, wTraded, wRose, wFell, wFirmed, wEased, wWeakened, wStrengthened:
		return u
	}
	return ""
}

// movedCurrency returns the currency named just before its move, which
// runs to token at ("at" or "to") after token start: its verb or state,
// perhaps its change in percent ("slid to", "steady at", "eased 0.5% to",
// "-0.18% at"); or "".
func (x *extractor) movedCurrency(start, at int) string {
	moved := false
	for k := at - 1; k >= start && k >= at-8; k-- {
		switch x.spAt(k) {
		case wOpened, wClosed, wEnded, wFinished, wStood, wTraded, wRose, wFell, wFirmed, wEased, wWeakened, wStrengthened,
			wSlid, wDipped, wGained, wLost, wSlipped, wEdged, wRallied, wDropped, wClimbed, wDeclined, wAdvanced, wJumped, wTumbled,
			wPlunged, wSank, wRecovered, wAppreciated, wDepreciated, wSettled, wHeld, wSteady, wFlat, wUnchanged, wFirm:
			moved = true
			continue
		case wUp, wDown, wHigher, wLower, wSlightly, wBy, wPct, wPercent, wPer, wCent:
			continue
		}
		if x.tokIs(k, tNum) || x.tokIs(k, tPunct) && strings.ContainsAny(x.str(k), "%+-\u2212") {
			moved = moved || x.mark(k) == '%'
			continue
		}
		if !moved || x.tokIs(k-1, tWord) && x.toks[k-1].is(lexicon.Month) || x.tokIs(k-2, tWord) && x.toks[k-2].is(lexicon.Month) {
			return "" // "June yen closed at 0.006913", "June Canadian dollar closed at 0.7656": a future's price, in US dollars
		}
		u := x.currencyNamedAt(k)
		for m := start + 1; u != "" && m < len(x.toks) && m < at+12; m++ {
			if x.tokIs(m, tWord) && x.toks[m].is(lexicon.Currency) && x.tokIs(m-1, tNum) && m != k {
				return "" // "The mark slipped to 82.83/93 centimes ... and the French franc dipped to 24.90/94": the sentence's quotes are in another money
			}
			if x.tokIs(m, tWord) && x.toks[m].is(lexicon.Percent) && m > at && m <= at+3 {
				return "" // "interbank sterling dipped to 10 nine pct": a rate of interest
			}
		}
		return u
	}
	return ""
}

// againstDollar reports whether "against the dollar" ("against the U.S.
// Dollar") stands among tokens [i, j).
func (x *extractor) againstDollar(i, j int) bool {
	for k := i; k+2 < j; k++ {
		if x.eq(k, wAgainst) && x.eq(k+1, wThe) && x.currencyNamedAt(x.afterUS(k+2)) == "USD" {
			return true
		}
	}
	return false
}

// afterUS returns the index after "U.S." or "US" at token k, or k.
func (x *extractor) afterUS(k int) int {
	if x.str(k) == "U" && x.mark(k+1) == '.' && x.str(k+2) == "S" && x.mark(k+3) == '.' {
		return k + 4
	}
	if x.str(k) == "US" {
		return k + 1
	}
	return k
}

// currencyNamedBefore returns the code of the currency other than
// except that the text names last in the 400 tokens before token start,
// or "".
func (x *extractor) currencyNamedBefore(start int, except string) string {
	for k := start - 1; k >= 0 && k >= start-400; k-- {
		if u := x.currencyNamedAt(k); u != "" && u != except {
			return u
		}
	}
	return ""
}

// currencyNamedAt returns the code of the currency whose name stands at
// token j ("the yen", "the naira", "the Philippine peso", "the won",
// "marks" beside another currency before 2002), or "".
func (x *extractor) currencyNamedAt(j int) string {
	if !x.tokIs(j, tWord) {
		return ""
	}
	if u := x.currencyAdjective(j - 1); u != "" {
		return u // "the Philippine peso"
	}
	if t := &x.toks[j]; t.is(lexicon.Currency) && t.entry().Per == 1 {
		return x.localCurrency(j, t.entry().Unit)
	}
	if x.eq(j-1, wThe) && withoutPossessive(x.lowerAt(j)) == "won" {
		return "KRW" // "the midrate of the won at 844.30 to the dollar", "the won's trading base rate at 855.30": the noun, not the verb
	}
	if x.lowerAt(j) == "sol" && x.toks[j].flags&fUpper == 0 && (x.eq(j-1, wThe) || withoutPossessive(x.lowerAt(j-1)) == "peru") {
		return "PEN" // "the sol firmed to 3.70 per dollar", "Peru's sol": Peru's money, not a day on Mars
	}
	if x.lowerAt(j) == "real" && possessive(x.str(j-1)) && withoutPossessive(x.lowerAt(j-1)) == "brazil" {
		return "BRL" // "Brazil's real", not the adjective
	}
	return x.placeCurrency(j)
}

// moneyNamedNear reports whether another currency is named in the
// sentence of token j, within 20 tokens: "the dollar", "yen", "sterling".
func (x *extractor) moneyNamedNear(j int) bool {
	for k := max(j-20, x.sentenceStartBefore(j)); k < len(x.toks) && k <= j+20; k++ {
		if k > j && x.tokIs(k, tPunct) && x.sentenceEnd(k) > k {
			break
		}
		if k == j || !x.tokIs(k, tWord) {
			continue
		}
		if x.toks[k].is(lexicon.Currency) && x.toks[k].entry().Per == 1 && (x.toks[k].flags&fUpper == 0 || x.usBefore(k)) {
			return true
		}
	}
	return false
}

// usBefore reports whether "U.S." or "US" stands just before token k, as
// wire copy writes "the U.S. Dollar".
func (x *extractor) usBefore(k int) bool {
	return k >= 4 && x.mark(k-1) == '.' && x.str(k-2) == "S" && x.mark(k-3) == '.' && x.str(k-4) == "U" || k >= 1 && x.str(k-1) == "US"
}

// usBeforeFigure reports whether "U.S." (or wire copy's "U.S" or "US")
// stands before the figure whose dollar word is token j: "U.S. 4.5 billion
// dlrs", the figure's scale and digits between.
func (x *extractor) usBeforeFigure(j int) bool {
	k := j - 1
	for k >= 0 && (x.tokIs(k, tWord) && x.toks[k].is(lexicon.Scale) || x.tokIs(k, tNum)) {
		k--
	}
	if k == j-1 || !x.tokIs(k+1, tNum) {
		return false
	}
	return x.usBefore(k+1) || k >= 2 && x.str(k) == "S" && x.mark(k-1) == '.' && x.str(k-2) == "U" && x.toks[k+1].flags&fSpace != 0
}

// inCountry reports whether the text is set in the country code: its
// dateline's, or one it names at least twice.
func (x *extractor) inCountry(code string) bool {
	return x.setting().dateline == code || x.setting().mentions[code] >= 2
}

// localPrefixes maps the letters that, glued to a number, write a
// currency only in the text of one country, to the countries and their
// codes: "R10bn" in a report from Johannesburg, "N70,000" from Lagos,
// "P1.8 billion" from Manila, "Sh346 billion" from Nairobi, "Br100" from
// Addis Ababa, "Rs. 230" from Colombo, "RO150,000" from Muscat (but
// "the Champions League RO16" is a round), "K300" from Lusaka, "MK850"
// from Lilongwe, "Q225" from Guatemala, "L2,400" from Tegucigalpa,
// "Shs7,000" from Kampala, "kr 249" from Oslo, "Ar 2 million" from
// Antananarivo, "Nu 1 million" from Thimphu.
var localPrefixes = map[string][]localCurrency{
	"R":   {{"ZA", "ZAR"}},
	"N":   {{"NG", "NGN"}},
	"P":   {{"PH", "PHP"}},
	"Br":  {{"ET", "ETB"}},
	"RO":  {{"OM", "OMR"}},
	"K":   {{"ZM", "ZMW"}, {"PG", "PGK"}},
	"MK":  {{"MW", "MWK"}},
	"Q":   {{"GT", "GTQ"}},
	"L":   {{"HN", "HNL"}},
	"Shs": {{"UG", "UGX"}, {"KE", "KES"}, {"TZ", "TZS"}},
	"kr":  kronor,
	"Ar":  {{"MG", "MGA"}},
	"Nu":  {{"BT", "BTN"}},
	"Kr":  kronor,
	"Rs":  {{"IN", "INR"}, {"PK", "PKR"}, {"LK", "LKR"}, {"NP", "NPR"}},
	"Sh":  {{"KE", "KES"}, {"UG", "UGX"}, {"TZ", "TZS"}},
	"USh": {{"UG", "UGX"}},
	"TSh": {{"TZ", "TZS"}},
	"Y":   {{"JP", "JPY"}}, // "a Y54,101bn budget" under a Tokyo dateline
}

// localCurrency is a country by its ISO 3166 code and the ISO 4217 code
// of its currency.
type localCurrency struct{ country, code string }

// kronor are the Scandinavian crowns, which "kr" and "Kr" write alike.
var kronor = []localCurrency{{"SE", "SEK"}, {"NO", "NOK"}, {"DK", "DKK"}}

// localPrefixAt returns the code of the currency that the letters at
// token i write, glued to the number after them (or spaced, but for one
// letter), in the article's country
// (localPrefixes), or in the one country of those the text names, when
// its dateline names none; or "".
func (x *extractor) localPrefixAt(i int) string {
	ps := localPrefixes[x.str(i)]
	k := i + 1
	if len(x.str(i)) > 1 && x.tokIs(k, tPunct) && x.mark(k) == '.' && x.toks[k].flags&fSpace == 0 {
		k++ // "Rs. 230"
	}
	if ps == nil || !x.tokIs(k, tNum) || x.toks[k].flags&fSpace != 0 && len(x.str(i)) == 1 && !x.prefixGlued(x.str(i)) {
		return "" // a shilling's "Sh" may stand apart ("a bonus of Sh 5 per kilo"), a lone letter only where the text glues it too ("cost R 850, about R200 more")
	}
	if x.str(i) == "Y" && !x.plainSumAt(k) {
		return "" // yen's "Y" only before a sum written as only sums are ("Y54,101bn"; but a school year's "Y10")
	}
	if x.eq(i-1, wThe) && len(x.str(i)) == 1 && allDigits(x.str(k)) {
		switch x.spAt(min(k+1, len(x.toks)-1)) {
		case wNear, wBetween, wOutside, wNorth, wSouth, wEast, wWest:
			return "" // "a heist on the R21 near OR Tambo": a road's number
		}
	}
	for _, p := range ps {
		if x.inCountry(p.country) {
			return p.code
		}
	}
	named := ""
	for _, p := range ps {
		if x.where.mentions[p.country] > 0 {
			if named != "" {
				return x.sentencePrefixCountry(i, ps) // "Sh" in a story of Kenya and Uganda, unless its sentence names one
			}
			named = p.code
		}
	}
	if x.where.dateline == "" && named != "" {
		return named // "Kenya's tea earnings fell by a fifth to Sh138 billion": named once, and no dateline elsewhere
	}
	written := ""
	for _, p := range ps {
		if x.where.written[p.code] {
			if written != "" {
				return ""
			}
			written = p.code
		}
	}
	if written == "" && len(ps) > 1 && len(x.str(i)) > 1 && x.toks[k].flags&fSpace == 0 {
		return ps[0].code // "Sh3,500 per 90-kg bag" where no country is named: the shilling Kenya's press writes so, as Uganda's writes "USh"
	}
	if written == "" && x.str(i) == "R" && x.toks[k].flags&fSpace == 0 && x.where.dateline == "" && x.sumCueAt(i, k) {
		return "ZAR" // "costs R599 a month", "a R25m contract": the rand, the one currency "R" writes alone
	}
	return written // "paid Sh2,500 for every bag ..., worth about KSh5 billion": the text's own shilling
}

// sumCueAt reports whether the number at token k, after the letters at
// token i, is written as a sum is: with a scale ("R25m"), at a rate of a
// period ("R599 a month"), or after a verb of price ("costs R599").
func (x *extractor) sumCueAt(i, k int) bool {
	if n, ok := x.digits(k); ok && n.scaled && x.str(n.last-1) != "K" {
		return true // (but "the R246K mutation" names a change of a protein)
	}
	if n, ok := x.digits(k); ok && (x.eq(n.last, wA) || x.eq(n.last, wPer)) && x.tokIs(n.last+1, tWord) && x.toks[n.last+1].is(lexicon.Duration) {
		return true
	}
	switch x.lowerAt(max(i-1, 0)) {
	case "costs", "cost", "costing", "paid", "pay", "pays", "priced", "charges", "fee", "price":
		return true
	}
	return false
}

// prefixGlued reports whether the text writes the letters p glued to a
// number somewhere ("R200"): its lone "R 850" is then the same money.
func (x *extractor) prefixGlued(p string) bool {
	for k := 0; k+1 < len(x.toks); k++ {
		if x.tokIs(k, tWord) && x.str(k) == p && x.tokIs(k+1, tNum) && x.toks[k+1].flags&fSpace == 0 {
			return true
		}
	}
	return false
}

// sentencePrefixCountry returns the code of the one country of ps that
// the sentence of token i names before it: "Nepal's federal government has
// released Rs 50 crore" in a story that names India too; else of the one
// the text names first; or "".
func (x *extractor) sentencePrefixCountry(i int, ps []localCurrency) string {
	countries := make([]string, len(ps))
	for k, p := range ps {
		countries[k] = p.country
	}
	c := x.sentenceCountry(i, countries)
	if c == "" {
		c = x.firstCountry(countries) // "Pakistan's government unveiled a Rs17.57 trillion budget ... clashes with India": the story's own, named first
	}
	for _, p := range ps {
		if p.country == c {
			return p.code
		}
	}
	return ""
}

// firstCountry returns the one of countries that the text names first, or
// "".
func (x *extractor) firstCountry(countries []string) string {
	for i := range x.toks {
		if t := &x.toks[i]; t.class != tWord || t.flags&fUpper == 0 {
			continue
		}
		if c := x.countryAt(i); c != "" && slices.Contains(countries, c) {
			return c
		}
	}
	return ""
}

// writtenCurrency returns the one currency of localPrefixes that the text
// writes by its name or its letters ("The rand averaged R18.21"), or "".
func (x *extractor) writtenCurrency() string {
	w := x.setting()
	if len(w.written) != 1 {
		return ""
	}
	for code := range w.written {
		return code
	}
	return ""
}

// homeCountries are the countries whose papers write their own dollar
// bare, "$" (homeDollar); homeDollars holds those dollars' codes, in the
// same order.
var (
	homeCountries = [...]string{"CA", "AU", "NZ", "SG"}
	homeDollars   = [len(homeCountries)]string{"CAD", "AUD", "NZD", "SGD"}
)

// countryName holds the names of the countries of their own dollars and
// their adjectives, as a paper abroad names them in passing ("the
// Australian firm"); a people counted or said to do a thing
// ("about 2.6 million Australians receive the payment") is of a paper at
// home, as a place is.
var countryName = map[string]bool{"canada": true, "canadian": true, "australia": true, "australian": true,
	"zealand": true, "kiwi": true, "singapore": true, "singaporean": true}

// homeDollar returns the dollar of the one country of its own dollar
// that the text is set in, Canada, Australia, New Zealand or Singapore, by its
// dateline, by naming one of its places ("Toronto") or it twice or more,
// or once in a text that writes "per cent" (writesPerCent),
// where it names no other of them and nothing of the United States but "US$" sums,
// names its own dollar nowhere by the country ("Canadian dlrs", "C$") and
// writes no sum in pounds or euros by their signs: a paper of the country
// writes its own dollar bare ("Ontario is projecting a $9.8-billion
// deficit"), one abroad converts it ("$5.4bn (£3.7bn)"). It returns ""
// otherwise.
func (x *extractor) homeDollar() string {
	w := x.setting()
	if !w.dollarRead {
		w.dollarRead = true
		w.dollar = x.readHomeDollar()
	}
	return w.dollar
}

// readHomeDollar reads the dollar homeDollar returns.
func (x *extractor) readHomeDollar() string {
	if x.usDateline() {
		return "" // "NEW YORK, June 18 - ... analysts in Toronto": a text set in the United States
	}
	home := -1
	datelined := slices.Contains(homeCountries[:], x.where.dateline)
	if x.where.dateline != "" && !datelined {
		return "" // "BRUSSELS, March 3 - ... Canadian dlrs": a text set in a country of another money
	}
	placed := false // whether a home is named with places of its own, twice or more
	for h, c := range homeCountries {
		placed = placed || x.where.homePlaces[h] >= 1 && x.where.mentions[c] >= 2
	}
	for h, c := range homeCountries {
		placedOnce := datelined && x.where.homePlaces[h] == 1 && x.where.mentions[c] == 1 // "SINGAPORE - ... A four-room flat in Queenstown": a home's dateline outweighs one place of another's
		if x.where.dateline != c && (placedOnce || x.where.mentions[c] < 2 && x.where.homePlaces[h] == 0 && !(x.where.mentions[c] == 1 && (x.writesPerCent() || x.usSignWritten()))) {
			if x.where.mentions[c] > 0 && !datelined && !placed {
				return "" // "the Australian firm's $1.5m": a country named once in passing, as a paper abroad names it (but "SYDNEY, 18 December 2024 — ... with Singapore's Meridian Ports", or "Two Australian nationals" in a story of Auckland's High Court and the Northland coast)
			}
			continue
		}
		if home >= 0 || x.where.mentions["US"] > 0 && !(x.where.dateline == c && x.usMoneyNamed()) || x.where.foreign {
			return "" // (but "VANCOUVER — ... the loonie traded at around 69 U.S. cents ... $499.99": the home's, the US money marked)
		}
		home = h
	}
	if home < 0 && x.where.mentions["US"] == 0 && !x.where.foreign {
		home = x.convertedHome()
	}
	if home < 0 || x.worldWireCredit() {
		return "" // "SYDNEY, May 9 (Reuters) - ... $2.4 billion": a world wire's dollar is the US dollar
	}
	code := homeDollars[home]
	if x.usSignWritten() {
		return code // "PERTH — WA will post a $3.2 billion surplus ... iron ore at US$99 a tonne ... about A$90m": US sums marked, the bare "$" is the home's
	}
	for k := range x.toks {
		if x.tokIs(k, tWord) && x.toks[k].flags&fUpper != 0 && (x.currencyAdjective(k) == code || x.mark(k+1) == '$' && x.toks[k+1].flags&fSpace == 0 && currencyPrefix(x.str(k)) == code) {
			return "" // "Urea traded at $355-365 ..., while potash held near 540 Canadian dlrs": the home dollar named, the bare one another
		}
	}
	return code
}

// usMoneyNamed reports whether the text writes a sum in US money by "U.S."
// or "US" after its figure ("69 U.S. cents") or by its own sign
// (usSignWritten): its bare dollars are another's (but "All figures in
// U.S. Dollars" says the bare ones are American).
func (x *extractor) usMoneyNamed() bool {
	for k := range x.toks {
		if a := x.afterUS(k); a > k && x.tokIs(k-1, tNum) && (x.eq(a, wCents) || x.eq(a, wCent) || x.eq(a, wDollar) || x.eq(a, wDollars)) {
			return true
		}
	}
	return x.usSignWritten()
}

// usSignWritten reports whether the text writes a sum in US dollars by
// their own sign: "US$40m", "U.S.$1 billion", "$US12m".
func (x *extractor) usSignWritten() bool {
	for k := range x.toks {
		if a := x.afterUS(k); a > k && x.mark(a) == '$' && x.toks[a].flags&fSpace == 0 && x.tokIs(a+1, tNum) || x.dollarSuffix(k) == "USD" {
			return true
		}
	}
	return false
}

// convertedHome returns the index in homeCountries of the country whose
// dollar, by its prefixed sign, a sum in US dollars by theirs is converted
// to in brackets after it, as the country's papers convert ("a family
// office that gave US$1 million (S$1.34 million)"), or -1.
func (x *extractor) convertedHome() int {
	for k := range x.toks {
		a := x.afterUS(k)
		if a == k || x.mark(a) != '$' || x.toks[a].flags&fSpace != 0 || !x.tokIs(a+1, tNum) {
			continue
		}
		e := a + 2
		for e < len(x.toks) && e < a+5 && x.mark(e) != '(' && x.toks[e].flags&fNewline == 0 {
			e++ // past the sum's scale: "US$1 million ("
		}
		if x.mark(e) != '(' || !x.tokIs(e+1, tWord) || x.mark(e+2) != '$' || x.toks[e+2].flags&fSpace != 0 || !x.tokIs(e+3, tNum) {
			continue
		}
		if h := slices.Index(homeDollars[:], currencyPrefix(x.str(e+1))); h >= 0 {
			return h
		}
	}
	return -1
}

// writesPerCent reports whether the text writes a percentage "per cent",
// as papers of the Commonwealth do and American ones do not ("percent"):
// a text that names Canada or Australia once and writes so is set there
// ("20 per cent of all outstanding mortgages in Canada ... a $500K loan").
func (x *extractor) writesPerCent() bool {
	for k := range x.toks {
		if x.eq(k, wPer) && x.eq(k+1, wCent) {
			return true
		}
	}
	return false
}

// signedDollar returns the one dollar other than the US's that the text
// writes by its prefixed sign ("A$90", "NZ$1.4m", "C$40", "$A1.1bn"),
// where it writes no other dollar so, names nothing of the United States
// nor its own country once only (as a paper abroad does),
// writes no sum in pounds or euros by their signs and converts no sum in
// brackets into a dollar ("A$1.2bn ($800m)"): a paper at home writes its
// own dollar bare and prefixed alike ("a $600,000 loan ... about A$90
// lower"). It returns "" otherwise.
func (x *extractor) signedDollar() string {
	w := x.setting()
	if !w.signedRead {
		w.signedRead = true
		w.signed = x.readSignedDollar()
	}
	return w.signed
}

// readSignedDollar reads the dollar signedDollar returns.
func (x *extractor) readSignedDollar() string {
	if x.where.mentions["US"] > 0 || x.where.foreign {
		return ""
	}
	signed := ""
	for k := range x.toks {
		if x.toks[k].class != tPunct || x.mark(k) != '$' {
			continue
		}
		code, before := x.dollarSuffix(k), k-1 // before: the token before the sum
		if code == "" && x.tokIs(k-1, tWord) && x.toks[k].flags&fSpace == 0 && x.tokIs(k+1, tNum) {
			code, before = currencyPrefix(x.str(k-1)), k-2
		}
		switch {
		case x.mark(before) == '(':
			return "" // "$874m (A$1.2bn)", "A$1.2bn ($800m)": a conversion
		case code == "":
		case code == "USD" || !strings.HasSuffix(code, "D") || signed != "" && signed != code:
			return ""
		default:
			signed = code
		}
	}
	if h := slices.Index(homeDollars[:], signed); h >= 0 {
		if c := homeCountries[h]; x.where.mentions[c] == 1 && x.where.dateline != c && x.where.homePlaces[h] == 0 {
			return "" // "Avatar grossed $2.92B, including A$48.6m in Australia": the country named once in passing, from abroad
		}
	}
	return signed
}

// worldWireCredit reports whether the text's dateline credits a world
// wire in brackets: "SYDNEY, May 9 (Reuters) -".
func (x *extractor) worldWireCredit() bool {
	place, k := x.datelinePlace()
	if place == "" {
		return false
	}
	for ; k < len(x.toks) && k < 12 && x.mark(k) != '('; k++ {
		if x.toks[k].flags&fNewline != 0 {
			return false
		}
	}
	return k < len(x.toks) && x.mark(k) == '(' && x.tokIs(k+1, tWord) && worldWire(x.str(k+1))
}

// centCurrency returns the currency whose hundredths are cents that the
// text is in: its home dollar (homeDollar), or the one currency of cents
// its sums write by a sign or a prefix ("€1,447", "A$170", "R25.21") where it writes
// no bare "$", or the euro where it writes none and is set in a country of
// the euro (inEuroArea); or "".
func (x *extractor) centCurrency() string {
	if u := x.homeDollar(); u != "" && u != "SGD" {
		return u // (but Singapore's market reports price oil in US cents: "one cent/gallon for lpg")
	}
	if x.where.centsRead {
		return x.where.cents
	}
	x.where.centsRead = true
	code := ""
	for k := range x.toks {
		u := ""
		switch {
		case x.tokIs(k, tPunct) && x.mark(k) == '$' && x.tokIs(k+1, tNum):
			u = "USD"
			if k > 0 && x.tokIs(k-1, tWord) && x.toks[k].flags&fSpace == 0 {
				u = currencyPrefix(x.str(k - 1))
			}
		case x.tokIs(k, tPunct) && x.str(k) == "€" && x.tokIs(k+1, tNum):
			u = "EUR"
		case x.tokIs(k, tWord) && x.str(k) == "R" && x.tokIs(k+1, tNum) && x.localPrefixAt(k) == "ZAR":
			u = "ZAR" // "a hike of 65 cents a litre ... will rise to R25.21": the rand's cents
		default:
			continue
		}
		if u != code && code != "" || !centCurrencies[u] {
			return ""
		}
		code = u
	}
	if code == "" && x.inEuroArea() {
		code = "EUR" // "cut its base milk price by 2 cent to 40c per litre" in a story of Irish farms
	}
	if code == "" && x.inRandArea() {
		code = "ZAR" // "raised its interim dividend to 185 cents ... 96.3 mln rand": a South African mine's
	}
	x.where.cents = code
	return code
}

// writesDollar reports whether the text writes a dollar: by its sign, its
// name or a wire's "dlrs".
func (x *extractor) writesDollar() bool {
	for k := range x.toks {
		if x.mark(k) == '$' || x.eq(k, wDollar) || x.eq(k, wDollars) || x.eq(k, wDlrs) || x.eq(k, wDlr) {
			return true
		}
	}
	return false
}

// euroArea holds the countries, by ISO code, whose money is the euro.
var euroArea = map[string]bool{"AT": true, "BE": true, "CY": true, "DE": true, "EE": true, "ES": true, "FI": true, "FR": true, "GR": true, "HR": true,
	"IE": true, "IT": true, "LT": true, "LU": true, "LV": true, "MT": true, "NL": true, "PT": true, "SI": true, "SK": true}

// inEuroArea reports whether the text is set in a country of the euro,
// its dateline's or the one country it names, and writes no dollar nor
// names the United States (its cents would be the dollar's: "subsidies of
// about 16 cents a pound" of the EC in 1987 wire copy), after the euro's
// first year where the text's date is known.
func (x *extractor) inEuroArea() bool {
	w := x.setting()
	if x.usDateline() || w.mentions["US"] > 0 || x.pub.Y != 0 && x.pub.Y < 1999 || x.writesDollar() {
		return false
	}
	if w.dateline != "" {
		return euroArea[w.dateline]
	}
	if len(w.mentions) != 1 {
		return false
	}
	for c := range w.mentions {
		return euroArea[c]
	}
	return false
}

// inRandArea reports whether the text is South Africa's and writes no
// dollar nor names the United States: its dateline's country, or the only
// country it names, is South Africa, or it writes sums in rand.
func (x *extractor) inRandArea() bool {
	w := x.setting()
	if x.usDateline() || w.mentions["US"] > 0 || x.writesDollar() {
		return false
	}
	if w.dateline == "ZA" || w.dateline == "" && len(w.mentions) == 1 && w.mentions["ZA"] > 0 {
		return true
	}
	for k := range x.toks {
		if t := &x.toks[k]; t.class == tWord && t.is(lexicon.Currency) && t.entry().Unit == "ZAR" && (x.tokIs(k-1, tNum) || x.scaleWordAt(k-1) && x.tokIs(k-2, tNum)) {
			return true
		}
	}
	return false
}

// textCents returns the currency of a text's bare cents ("30 cents",
// "17.61¢"): the one centCurrency reads, else that of the last sum read
// when its hundredths are cents ("a forecast of $8.00-$8.60 ... the lift
// of 30 cents" where "NZ$60,000" names the dollar), else the dollar the
// text writes by its own sign (signedDollar: "238.9 cents a litre" in
// Vancouver, before "about C$143"); or "".
func (x *extractor) textCents() string {
	if u := x.centCurrency(); u != "" {
		return u
	}
	if u := x.lastSumCurrency(); centCurrencies[u] {
		return u
	}
	if u := x.signedDollar(); centCurrencies[u] {
		return u
	}
	return ""
}

// centCurrencies are the currencies whose hundredths English calls cents:
// the euro, the dollars of other countries than the United States, the
// rand.
var centCurrencies = map[string]bool{"EUR": true, "AUD": true, "CAD": true, "NZD": true, "SGD": true, "HKD": true, "ZAR": true,
	"GYD": true, "BBD": true, "BZD": true, "FJD": true, "TTD": true, "JMD": true}

// prefixCodes are the codes of the currencies of localPrefixes.
var prefixCodes = func() map[string]bool {
	codes := map[string]bool{}
	for _, ps := range localPrefixes {
		for _, p := range ps {
			codes[p.code] = true
		}
	}
	return codes
}()

// plainSumAt reports whether the number at token k, glued to the letter
// before it, is written as only sums are: thousands grouped by commas
// ("N1,000") or a space ("R20 000"), or a scale of millions or more after
// it ("N28.7trn", "R10bn", "N5 million", "R3.1-billion", "R1.27m"), where
// names and codes ("N95", "R2") are short whole numbers.
func (x *extractor) plainSumAt(k int) bool {
	if !x.tokIs(k, tNum) || x.toks[k].flags&fSpace != 0 {
		return false
	}
	if s := x.str(k); strings.IndexByte(s, ',') >= 0 && validGrouping(s) {
		return true
	}
	if x.tokIs(k+1, tNum) && x.oneSpaceBefore(k+1) && len(x.str(k)) <= 3 && threeDigitGroup(x.str(k+1)) && !x.unitFollows(k+1) {
		return true // "R20 000": thousands grouped by a space, as South Africa writes them (but "Q160 160 megabyte", a model and its size)
	}
	if x.hyphenAt(k) && x.scaleWordAt(k+2) && x.toks[k+2].entry().Num >= 1e6 {
		return true // "R3.1-billion", "R640-million"
	}
	if x.tokIs(k+1, tWord) && x.toks[k+1].flags&fSpace == 0 && x.str(k+1) == "m" && strings.IndexByte(x.str(k), '.') >= 0 {
		return true // "R1.27m"
	}
	return x.tokIs(k+1, tWord) && x.toks[k+1].flags&fNewline == 0 && x.toks[k+1].is(lexicon.Scale) && x.toks[k+1].entry().Num >= 1e6
}

// ownPrefix returns the currency that the letters s write before a number
// in any text, the country in them ("KSh", "USh", "TSh"), or as its code
// ("KES"); "" for any other letters.
func ownPrefix(s string) string {
	switch {
	case kenyanShilling(s):
		return "KES"
	case s == "USh":
		return "UGX"
	case s == "TSh":
		return "TZS"
	}
	return isoCode(s)
}

// setting returns what the text says of where it is set (readCountry),
// read at the first ask.
func (x *extractor) setting() *country {
	if x.where == nil {
		x.where = x.readCountry()
	}
	return x.where
}

// readCountry reads the country of the text's dateline and counts the
// countries it names.
func (x *extractor) readCountry() *country {
	w := &country{} // its maps made at their first entry: most texts name no country
	for i := range x.toks {
		t := &x.toks[i]
		if t.class == tPunct && (x.str(i) == "£" || x.str(i) == "€" || x.str(i) == "¥" || x.str(i) == "\u20b9" || x.str(i) == "\u20a9") && x.tokIs(i+1, tNum) {
			w.foreign = true // "$5.4bn (£3.7bn)", "fell to ¥2.9tn ... marked at $6bn": a text of another money, whose "$" is the US dollar
		}
		if t.class == tPunct && symbolCodes[x.str(i)] != "" {
			w.write(symbolCodes[x.str(i)]) // "₦70k", "₱380": a sign whose currency's letter ("N", "P") the text may write too
		}
		if t.class == tWord && t.flags&fUpper == 0 {
			if t.is(lexicon.Currency) && prefixCodes[lexicon.At(t.word).Unit] {
				w.write(lexicon.At(t.word).Unit) // "The naira closed at ...; between N1,600 and N1,650", "74.7 birr ... above Br100"
			}
			continue
		}
		if t.class != tWord {
			continue
		}
		if ps := localPrefixes[x.str(i)]; len(ps) == 1 && x.plainSumAt(i+1) {
			w.write(ps[0].code) // "a N28.7trn bill", "N1,000 notes": sums no other letter writes so
		}
		if code := ownPrefix(x.str(i)); code != "" && x.tokIs(i+1, tNum) {
			w.write(code) // "KSh5 billion"
		}
		if a := x.afterUS(i); a > i && x.mark(a) != '$' && !(x.tokIs(a, tNum) && x.toks[a].flags&fSpace == 0) {
			w.mention("US") // "in the US", "U.S. tariffs" (but "US$40m" and "US94c/lb" are sums)
		}
		if x.str(i) == "I" && x.mark(i+1) == '-' && x.toks[i+1].flags&fSpace == 0 && x.tokIs(i+2, tNum) && x.toks[i+2].flags&fSpace == 0 && allDigits(x.str(i+2)) {
			w.mention("US") // "slid off I-80": an interstate highway, America's
		}
		if x.stateAfterPlace(i) {
			w.mention("US") // "in International Falls, Minn.", "Fargo, N.D.": a town and its state, as American copy writes them
		}
		c := x.countryAt(i)
		if c == "" {
			c = homeInstitutions[x.str(i)] // "CBA", "KiwiSaver", "RRSP": a bank or a scheme of one country of its own dollar
		}
		if c == "" && (x.eqText(i-1, "new") && x.str(i) == "York" || x.str(i) == "Weather" && x.eqText(i-1, "national") && x.eqText(i+1, "service")) {
			c = "US" // "in New York", "according to the National Weather Service"
		}
		if c == "" && x.eqText(i-1, "south") {
			switch w := withoutPossessive(lower(x.str(i))); {
			case w == "africa" || w == "african" || w == "africans":
				c = "ZA" // "South Africa's carbon tax"
			case w == "wales" && x.eqText(i-2, "new"):
				c = "AU" // "New South Wales", a state (but "South Wales" alone is Britain's)
			}
		}
		if c == "" || c == "US" && x.eq(i-1, wWest) && x.eqText(i+1, "intermediate") {
			continue // "West Texas Intermediate": a crude's name, sold everywhere
		}
		w.mention(c)
		if h := slices.Index(homeCountries[:], c); h >= 0 && (!countryName[withoutPossessive(lower(x.str(i)))] || x.eqText(i-1, "south") || x.eqText(i-1, "western") || x.nationalBody(i)) {
			w.homePlaces[h]++ // a city, a province, a state named for the country ("South Australia's south-east") or a body of its state ("the Bank of Canada")
		}
		if w.dateline == "" && i < 200 && (t.flags&fAllCaps != 0 && x.datelineAt(i) || x.datelineCountryAt(i)) {
			w.dateline = c
		}
	}
	return w
}

// stateAfterPlace reports whether token i opens a state of the United
// States in the Associated Press's abbreviation ("Minn.", "N.D."), after
// a comma and a capitalised place.
func (x *extractor) stateAfterPlace(i int) bool {
	if x.mark(i-1) != ',' || !x.tokIs(i-2, tWord) || x.toks[i-2].flags&fUpper == 0 || x.mark(i+1) != '.' || x.toks[i+1].flags&fSpace != 0 {
		return false
	}
	state := x.str(i) + "."
	if len(x.str(i)) == 1 && x.tokIs(i+2, tWord) && len(x.str(i+2)) == 1 && x.toks[i+2].flags&fSpace == 0 && x.mark(i+3) == '.' {
		state += x.str(i+2) + "." // "N.D."
	}
	return len(state) > 2 && usStates[state]
}

// nationalBody reports whether the country named at token i is the name's
// end of a body of its own state, as its papers name it at home: its
// central bank ("the Bank of Canada", "the Reserve Bank of New Zealand")
// or a department named for it ("Statistics Canada", "Stats NZ", "Health
// New Zealand", "Transport Canada").
func (x *extractor) nationalBody(i int) bool {
	k := i - 1
	if x.eqText(k, "new") {
		k-- // "New Zealand"
	}
	if x.eqText(k, "of") {
		k-- // "Bank of"
		if !x.eqText(k, "bank") {
			return false
		}
	}
	if !x.tokIs(k, tWord) || x.toks[k].flags&fUpper == 0 {
		return false // "the health of Canada's economy"
	}
	switch {
	case x.eqText(k, "bank"), x.eqText(k, "statistics"), x.eqText(k, "stats"), x.eqText(k, "health"), x.eqText(k, "finance"), x.eqText(k, "transport"), x.eqText(k, "elections"), x.eqText(k, "parks"):
		return true
	}
	return false
}

// countryAt returns the country (ISO code) the word at token i names,
// possessive or not ("West Germany's"), or "".
func (x *extractor) countryAt(i int) string {
	s := x.str(i)
	var buf [24]byte
	if len(s) > len(buf) {
		return ""
	}
	w := buf[:len(s)] // a name, no spelling: lowered on the stack, looked up with no copy
	for k := range len(s) {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		w[k] = c
	}
	if c := places[string(w)]; c != "" {
		return c
	}
	if n := len(w); n > 2 && w[n-2] == '\'' && w[n-1] == 's' {
		return places[string(w[:n-2])] // "West Germany's"
	}
	if n := len(w); n > 4 && string(w[n-4:]) == "\u2019s" {
		return places[string(w[:n-4])]
	}
	if !isASCIIText(s) {
		return places[withoutPossessive(withoutAccents(strings.ToLower(s)))] // "BOGOTÁ –", "Bogotá's"
	}
	return ""
}

// accentFolder takes the accents off letters: "bogotá" is "bogota".
var accentFolder = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// withoutAccents returns s with the accents of its letters taken off, as
// places lists the names of places: "bogotá" is "bogota".
func withoutAccents(s string) string {
	f, _, err := transform.String(accentFolder, s)
	if err != nil {
		return s
	}
	return f
}

// countryWithin reports whether one of the n tokens before token j names
// the country c (an ISO code).
func (x *extractor) countryWithin(j int, c string, n int) bool {
	for i := max(j-n, 0); i < j; i++ {
		if x.tokIs(i, tWord) && x.toks[i].flags&fUpper != 0 && x.countryAt(i) == c {
			return true
		}
	}
	return false
}

// nearestCountry returns the country (an ISO code) with a currency in
// codes (a country's code to its currency's) that the capitalised word
// nearest before token j names, within n tokens and its sentence, or "".
func (x *extractor) nearestCountry(j int, codes map[string]string, n int) string {
	for i := j - 1; i >= 0 && i >= j-n && !x.sentenceEndIn(i, i+1); i-- {
		if t := &x.toks[i]; t.class != tWord || t.flags&fUpper == 0 {
			continue
		}
		if c := x.countryAt(i); c != "" && codes[c] != "" {
			return c
		}
	}
	return ""
}

// sentenceCountry returns the one country of countries (ISO codes) that
// the sentence of token j names before it, or "".
func (x *extractor) sentenceCountry(j int, countries []string) string {
	found := ""
	for i := x.sentenceStartBefore(j); i < j; i++ {
		if t := &x.toks[i]; t.class != tWord || t.flags&fUpper == 0 {
			continue
		}
		c := x.countryAt(i)
		if c == "" || !slices.Contains(countries, c) {
			continue
		}
		if found != "" && found != c {
			return ""
		}
		found = c
	}
	return found
}

// datelineCountryAt reports whether the capitalised word at token i ends
// the country a dateline names after its place: "WOLFSBURG, West Germany,
// April 9 -", "ANTOFAGASTA, Chile —".
func (x *extractor) datelineCountryAt(i int) bool {
	k := i
	for k > 0 && k > i-3 && x.tokIs(k-1, tWord) && x.toks[k-1].flags&fUpper != 0 && x.toks[k-1].flags&fAllCaps == 0 {
		k--
	}
	if !x.eqText(k-1, ",") || !x.tokIs(k-2, tWord) || x.toks[k-2].flags&fAllCaps == 0 || !x.datelineAt(k-2) {
		return false
	}
	if x.tokIs(i+1, tPunct) && isDash(x.str(i+1)) {
		return true // "ANTOFAGASTA, Chile —"
	}
	m, _ := x.monthAt(i + 2)
	return x.eqText(i+1, ",") && m != 0
}

// datelineAt reports whether the capitals at token i end the place of a
// dateline: at the start of a line, and followed by a comma, "(" or a dash.
func (x *extractor) datelineAt(i int) bool {
	k := i
	for k > 0 && k > i-3 && x.toks[k].flags&fNewline == 0 && x.tokIs(k-1, tWord) && x.toks[k-1].flags&fAllCaps != 0 {
		k--
	}
	if j := k; j > 1 && x.tokIs(j-1, tPunct) && isDash(x.str(j-1)) {
		for j > 1 && x.tokIs(j-1, tPunct) && isDash(x.str(j-1)) {
			j--
		}
		if x.str(j-1) == "RPT" {
			k = j - 1 // a wire's repeat: "RPT --LUDWIGSHAFEN, West Germany, March 30 -"
		}
	}
	if k > 0 && x.toks[k].flags&fNewline == 0 || !x.tokIs(i+1, tPunct) {
		return false
	}
	s := x.str(i + 1)
	return s == "," || s == "(" || isDash(s)
}

// renominated maps the codes of currencies that a new unit replaced at
// par with fewer zeros to the year of the change and the code before it:
// "500 mln kwacha" in 1987 are ZMK, in 2020 ZMW.
var renominated = map[string]struct {
	since int
	old   string
}{
	"ZMW": {2013, "ZMK"}, "TRY": {2005, "TRL"}, "RON": {2005, "ROL"}, "GHS": {2007, "GHC"}, "MZN": {2006, "MZM"},
	"AZN": {2006, "AZM"}, "BYN": {2016, "BYR"}, "MRU": {2018, "MRO"}, "STN": {2018, "STD"}, "VES": {2018, "VEF"}, "VEF": {2008, "VEB"},
}

// mentions reports whether the text names the country c (an ISO code).
func (x *extractor) mentions(c string) bool {
	return x.setting().mentions[c] > 0
}

// yearSince reports whether the text names a year from since on, up to
// 2100: "Turkey's 2025 defence budget is TL 1.6 trillion" is in the new
// lira.
func (x *extractor) yearSince(since int) bool {
	for k := range x.toks {
		if t := &x.toks[k]; t.class == tNum && t.e-t.s == 4 && yearLike(x.str(k)) {
			if y, err := strconv.Atoi(x.str(k)); err == nil && y >= since && y <= 2100 {
				return true
			}
		}
	}
	return false
}

// newLiraText reports whether the undated text's Turkish lira are the new
// lira of 2005 by their worth: a sum below a million lira (the old lira's
// would be worth a dollar or less since the 1990s, too little for news: "a household will
// pay about 850 lira", "TL 795", "costs around 120,000 lira", "15,000 TL"), a dollar's rate below 60 lira ("the lira
// slid to a record 20.06 per dollar": the new lira's rates; the old
// lira's passed 60 by 1980, 770 in 1987, a million in 1995), or
// a sum given in dollars in brackets or after "about" or "roughly" at
// fewer than 1,000 lira to the dollar ("4.7 billion lira ($250 million)").
// It reads the text once.
func (x *extractor) newLiraText() bool {
	if x.newLira == 0 {
		x.newLira = 1
		if x.readNewLira() {
			x.newLira = 2
		}
	}
	return x.newLira == 2
}

// readNewLira reads the text for newLiraText.
func (x *extractor) readNewLira() bool {
	for k := range x.toks {
		if !x.tokIs(k, tNum) {
			continue
		}
		v, e := x.plainFigure(k)
		if v <= 0 {
			continue
		}
		lira := x.eqText(e, "lira") || x.eqText(e, "liras")
		r := e
		if lira {
			r++ // "773.05 lira per dollar"
		}
		perDollar := x.eqText(r, "per") && x.eqText(r+1, "dollar") || (x.eqText(r, "against") || x.eqText(r, "to")) && x.eq(r+1, wThe) && x.eqText(r+2, "dollar")
		switch {
		case perDollar:
			if v < 60 && strings.Contains(lower(x.text), "lira") {
				return true
			}
		case (lira || x.str(k-1) == "TL" || x.str(e) == "TL") && v < 1e6:
			return true
		case lira:
			for j := e + 1; j < e+6 && j < len(x.toks); j++ {
				if x.mark(j) == '$' && x.tokIs(j+1, tNum) {
					if d, _ := x.plainFigure(j + 1); d > 0 && v/d < 1000 {
						return true // "4.7 billion lira ($250 million)"
					}
					break
				}
			}
		}
	}
	return false
}

// plainFigure returns the value of the figure in digits at token k with
// the scale word after it ("4.7 billion", "250 million", "2,500"), and
// the token after them; a value of 0 when k holds no plain figure.
func (x *extractor) plainFigure(k int) (float64, int) {
	v, err := strconv.ParseFloat(strings.ReplaceAll(x.str(k), ",", ""), 64)
	if err != nil {
		return 0, k + 1
	}
	e := k + 1
	if x.tokIs(e, tWord) && x.toks[e].is(lexicon.Scale) {
		v *= x.toks[e].entry().Num
		e++
	}
	return v, e
}

// writesCode reports whether the text writes a sum with the currency
// code before it: "TRY 45.2bn", which the old money had not.
func (x *extractor) writesCode(code string) bool {
	for k := 0; k+1 < len(x.toks); k++ {
		if x.toks[k].class == tWord && x.str(k) == code && x.tokIs(k+1, tNum) {
			return true
		}
	}
	return false
}

// writesSign reports whether the text writes a sum in the currency code
// by its sign (symbolCodes): "₺700".
func (x *extractor) writesSign(code string) bool {
	for sign, c := range symbolCodes {
		if c == code && strings.Contains(x.text, sign) {
			return true
		}
	}
	return false
}

// codeOfItsTime returns the code unit had when the text was published,
// for the sum whose first token is i: the code before a renomination for
// a text published before it (see renominated). A text of no known date
// is taken for one before it, as the texts that give none are mostly
// wire copy and archives ("4.67 billion bolivars" in a Caracas wire of
// 1987 is VEB), unless it calls the money new ("the new one-lira coin")
// or writes it with the new money's sign ("₺40", "GH₵12.45") or code
// ("GHS 14.60"), there or anywhere in the text ("a loaf costs 15 lira,
// while beef sells for ₺700").
func (x *extractor) codeOfItsTime(unit string, i int) string {
	r, ok := renominated[unit]
	if !ok || x.pub.Y >= r.since || x.tokIs(i, tPunct) || x.str(i) == unit || x.tokIs(i+1, tPunct) && (currencySymbol(x.str(i+1)) == unit || x.str(i) == "GH") {
		return unit // a sign is the new money's: "₺40"; so is its code, which the old had not: "GHS 14.60"
	}
	if x.pub.Y == 0 && (x.writesSign(unit) || x.writesCode(unit) || x.yearSince(r.since) || unit == "TRY" && (strings.Contains(x.text, "Türkiye") || x.newLiraText())) {
		return unit // (and a text that writes the new code before a sum, "TRY 45.2bn", or names Türkiye, as the country has called itself in English since 2022)
	}
	if x.pub.Y == 0 {
		for k := max(i-3, 0); k <= i+2; k++ {
			if x.eq(k, wNew) {
				return unit
			}
		}
	}
	return r.old
}

// forintText reports whether the text is of Hungary's money: it names
// Hungary or the forint.
func (x *extractor) forintText() bool {
	if x.setting().mentions["HU"] > 0 {
		return true
	}
	for k := range x.toks {
		if x.eqText(k, "forint") || x.eqText(k, "forints") {
			return true
		}
	}
	return false
}
