package group

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/factcheck/factcheck/factcheck"
)

// nations maps the adjective of a nation, in lower case, to the name of
// its country as articles write it: a story told in Tokyo names "Japan"
// in one report and "Japanese" officials in the next, and both are one
// name to storiesOf. Only adjectives that differ from their country's
// name are here.
var nations = map[string]string{
	"american": "america", "argentine": "argentina", "argentinian": "argentina", "australian": "australia",
	"austrian": "austria", "belgian": "belgium", "bolivian": "bolivia", "brazilian": "brazil", "british": "britain",
	"canadian": "canada", "chilean": "chile", "chinese": "china", "colombian": "colombia", "cuban": "cuba",
	"danish": "denmark", "dutch": "netherlands", "ecuadorean": "ecuador", "ecuadorian": "ecuador", "egyptian": "egypt",
	"ethiopian": "ethiopia", "european": "europe", "filipino": "philippines", "finnish": "finland", "french": "france",
	"german": "germany", "ghanaian": "ghana", "greek": "greece", "indian": "india", "indonesian": "indonesia",
	"iranian": "iran", "iraqi": "iraq", "irish": "ireland", "israeli": "israel", "italian": "italy",
	"jamaican": "jamaica", "japanese": "japan", "jordanian": "jordan", "kenyan": "kenya", "korean": "korea",
	"kuwaiti": "kuwait", "lebanese": "lebanon", "malaysian": "malaysia", "mexican": "mexico", "moroccan": "morocco",
	"nigerian": "nigeria", "norwegian": "norway", "pakistani": "pakistan", "peruvian": "peru", "philippine": "philippines",
	"polish": "poland", "portuguese": "portugal", "russian": "russia", "saudi": "arabia", "scottish": "scotland",
	"spanish": "spain", "sudanese": "sudan", "swedish": "sweden", "swiss": "switzerland", "syrian": "syria",
	"taiwanese": "taiwan", "thai": "thailand", "turkish": "turkey", "ugandan": "uganda", "ukrainian": "ukraine",
	"venezuelan": "venezuela", "welsh": "wales", "yugoslav": "yugoslavia", "zambian": "zambia", "zimbabwean": "zimbabwe",
}

// nationName returns the country of a nation's adjective w ("japan" of
// "japanese"), or w; w is in lower case.
func nationName(w string) string {
	if n, ok := nations[w]; ok {
		return n
	}
	return w
}

// sufferReach is how many words before a count's number sufferer reads.
const sufferReach = 4

// sufferer returns the country whose people the count c counts, by its
// nation's adjective: among the claim's own words ("3,000 IRAQI
// CASUALTIES", "15,000 Iranian Revolutionary Guards") or the few words
// before its number ("Iraqi troops suffered 3,000 casualties", "the
// Iranians had 15,000 casualties"); "" for any other claim. Two nations'
// tolls in one war are two facts.
func sufferer(c *factcheck.Claim) string {
	if c.Kind != factcheck.Count {
		return ""
	}
	for _, w := range words(c.Text) {
		if n := nationOf(w); n != "" {
			return n
		}
	}
	rel := c.Start - c.SentenceStart
	if rel < 0 || rel > len(c.Sentence) {
		return ""
	}
	ws := words(c.Sentence[max(0, rel-60):rel])
	for d := 0; d < len(ws) && d < sufferReach; d++ {
		if n := nationOf(ws[len(ws)-1-d]); n != "" {
			return n
		}
	}
	return ""
}

// nationOf returns the country of a nation's adjective or of its people
// in the plural, w in lower case ("iraqi", "iranians", "britons"), or "".
func nationOf(w string) string {
	if n, ok := nations[w]; ok {
		return n
	}
	if t, ok := strings.CutSuffix(w, "s"); ok {
		if n, ok := nations[t]; ok {
			return n
		}
		return peoples[t]
	}
	return ""
}

// peoples maps the name of a nation's people, in the singular and lower
// case, to its country, where it differs from the nation's adjective.
var peoples = map[string]string{"briton": "britain", "scot": "scotland", "swede": "sweden", "dane": "denmark", "turk": "turkey",
	"finn": "finland", "spaniard": "spain", "thai": "thailand", "new zealander": "new zealand"}

// countries returns the names of the world's countries and regions in
// lower case, as the Unicode CLDR names them in English ("indonesia",
// "sri lanka", "myanmar" and "burma"), and as the nations' adjectives
// name them ("britain", "america"): built on first use, not at start-up.
var countries = sync.OnceValue(countryNames)

func countryNames() map[string]bool {
	out := map[string]bool{}
	for _, n := range nations {
		out[n] = true
	}
	names := display.English.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil {
				continue
			}
			name := strings.ToLower(names.Name(r))
			for part := range strings.SplitSeq(strings.TrimSuffix(name, ")"), " (") {
				if part != "" && !strings.ContainsAny(part, "&,.-") && part != "unknown region" {
					out[part] = true
				}
			}
		}
	}
	return out
}

// placeReach is how many words after a count's number placeOf reads for
// the country it is of.
const placeReach = 10

// placeOf returns the country a count c is of: its people's (sufferer),
// or one its clause names after "in" ("100,000 people are believed to
// have been killed in Indonesia"), or before its clause ("in Thailand,
// where more than 5,000 people were killed", "Thailand's 5,300 deaths");
// "" when none. A disaster's tolls of two countries are two facts.
func placeOf(c *factcheck.Claim) string {
	if n := sufferer(c); n != "" {
		return n
	}
	if c.Kind != factcheck.Count {
		return ""
	}
	start, end := c.Start-c.SentenceStart, c.End-c.SentenceStart
	if start < 0 || end > len(c.Sentence) || start > end {
		return ""
	}
	after := c.Sentence[end:]
	if k := strings.IndexAny(after, ",;:()"); k >= 0 {
		after = after[:k]
	}
	ws := words(after)
	for k := 0; k+1 < len(ws) && k < placeReach; k++ {
		if ws[k] == "in" {
			if n := countryAt(ws[k+1:]); n != "" {
				return n
			}
		}
	}
	before := words(c.Sentence[max(0, start-40):start])
	if k := len(before) - 1; k >= 0 && strings.HasSuffix(before[k], "'s") {
		return countryAt([]string{strings.TrimSuffix(before[k], "'s")}) // "Thailand's 5,300 deaths"
	}
	if k := len(before) - 1; k >= 1 && before[k] == "where" {
		return countryAt(before[k-1 : k]) // "in Thailand, where more than 5,000 people were killed"
	}
	return ""
}

// countryAt returns the country that ws opens with, in one word or two
// ("indonesia", "sri lanka"), or "".
func countryAt(ws []string) string {
	names := countries()
	if len(ws) >= 2 && names[ws[0]+" "+ws[1]] {
		return ws[0] + " " + ws[1]
	}
	if len(ws) >= 1 && names[ws[0]] {
		return ws[0]
	}
	return ""
}
