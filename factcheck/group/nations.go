package group

import (
	"strings"

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
// in the plural, w in lower case ("iraqi", "iranians"), or "".
func nationOf(w string) string {
	if n, ok := nations[w]; ok {
		return n
	}
	if t, ok := strings.CutSuffix(w, "s"); ok {
		return nations[t]
	}
	return ""
}
