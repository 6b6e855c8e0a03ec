package group

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
