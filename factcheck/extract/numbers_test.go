package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestExtractAndAHalf(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"a length of time listed at a text's start", ", one year and two years", []want{
			{"one year", factcheck.Duration, "1", "", "year", ""}, {"two years", factcheck.Duration, "2", "", "year", ""}}},
		{"one year in a list of lengths of time", "The new CDs have maturities of six months, one year and two years; a loan has a term of one year.", []want{
			{"six months", factcheck.Duration, "6", "", "month", ""}, {"one year", factcheck.Duration, "1", "", "year", ""}, {"two years", factcheck.Duration, "2", "", "year", ""}, {"one year", factcheck.Duration, "1", "", "year", ""}}},
		{"one year after a period's of", "The contract has an initial performance period of one year.", []want{
			{"one year", factcheck.Duration, "1", "", "year", ""}}},
		{"a count of lengths of time, its unit said after it or before it", "It lost money in three out of the last four years. Japan would halve them within five years, or end them within three.", []want{
			{"three", factcheck.Duration, "3", "", "year", ""}, {"last four years", factcheck.Duration, "4", "", "year", ""},
			{"within five years", factcheck.Duration, "5", "", "year", factcheck.UpperBound}, {"within three", factcheck.Duration, "3", "", "year", factcheck.UpperBound}}},
		{"one minute at a change's end, one year before a period's noun", "It cuts the period from three minutes to one minute, during the one year period after the deal.", []want{
			{"three minutes", factcheck.Duration, "3", "", "minute", ""}, {"one minute", factcheck.Duration, "1", "", "minute", ""}, {"one year", factcheck.Duration, "1", "", "year", ""}}},
		{"one of a unit of time before a spell's noun, after a determiner", "The one year extension was needed after a one month suspension. In one year sales rose.", []want{
			{"one year", factcheck.Duration, "1", "", "year", ""}, {"one month", factcheck.Duration, "1", "", "month", ""}, {"one year", factcheck.Duration, "1", "", "year", ""}}},
		{"a span of the past and a half", "The dollar fell over the past year and a half, and over the last week-and-a-half.", []want{
			{"the past year and a half", factcheck.Duration, "1.5", "", "year", ""}, {"week-and-a-half", factcheck.Duration, "1.5", "", "week", ""}}},
		{"a scale written plural after a number in words", "It could cost as much as five billions dlrs a year.", []want{
			{"as much as five billions dlrs", factcheck.Money, "5000000000", "", "USD", factcheck.UpperBound}}},
		{"words before a unit", "The war has lasted two and a half years.", []want{
			{"two and a half years", factcheck.Duration, "2.5", "", "year", ""}}},
		{"words before hours", "The talks took three and a half hours.", []want{
			{"three and a half hours", factcheck.Duration, "3.5", "", "hour", ""}}},
		{"digits before a unit", "He waited 2 and a half years for a verdict.", []want{
			{"2 and a half years", factcheck.Duration, "2.5", "", "year", ""}}},
		{"digits before a scale", "The city has 1 and a half million residents.", []want{
			{"1 and a half million", factcheck.Count, "1500000", "", "", ""}}},
		{"words before a scale", "Two and a half million people voted.", []want{
			{"Two and a half million", factcheck.Count, "2500000", "", "", ""}}},
		{"digits before money", "It cost 2 and a half million dollars.", []want{
			{"2 and a half million dollars", factcheck.Money, "2500000", "", "USD", ""}}},
		{"qualified", "It took about 3 and a half hours.", []want{
			{"about 3 and a half hours", factcheck.Duration, "3.5", "", "hour", factcheck.Approx}}},
		{"half of is a share", "Of 2 and a half of them, none.", []want{{"2", factcheck.Count, "2", "", "", ""}}},
		{"after a unit", "The siege lasted four months and a half; the road runs 6 km and a half.", []want{
			{"four months and a half", factcheck.Duration, "4.5", "", "month", ""}, {"6 km and a half", factcheck.Measure, "6.5", "", "km", ""}}},
		{"two scales, and a wire's slip of a second", "It cost 1.2 thousand million dlrs; the Bank gave 1.143 billion mln stg.", []want{
			{"1.2 thousand million dlrs", factcheck.Money, "1200000000", "", "USD", ""}, {"1.143 billion mln stg", factcheck.Money, "1143000000", "", "GBP", ""}}},
		{"a half of a scale", "Exports were a half mln tonnes, with a half-mln tonnes plan and a half million people.", []want{
			{"half mln tonnes", factcheck.Measure, "500000", "", "tonne", ""}, {"half-mln tonnes", factcheck.Measure, "500000", "", "tonne", ""},
			{"half million people", factcheck.Count, "500000", "", "", ""}}},
		{"after a scale in words", "Three million and a half tourists came, and a billion and a half people watched.", []want{
			{"Three million and a half", factcheck.Count, "3500000", "", "", ""}, {"a billion and a half people", factcheck.Count, "1500000000", "", "", ""}}},
		{"after a scale in digits", "It raised 4 million and a half euros.", []want{
			{"4 million and a half euros", factcheck.Money, "4500000", "", "EUR", ""}}},
		{"a half-life is no half", "It decays in 30 years and a half-life follows.", []want{{"30 years", factcheck.Duration, "30", "", "year", ""}}},
		{"half the members stays a share", "Half the members voted.", []want{{"Half", factcheck.Percent, "50", "", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

func TestExtractIndianRemainder(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"crore and lakh", "The project cost Rs 1 crore 20 lakh.", []want{
			{"Rs 1 crore 20 lakh", factcheck.Money, "12000000", "", "INR", ""}}},
		{"lakh and thousand", "The scheme reached 2 lakh 50 thousand families.", []want{
			{"2 lakh 50 thousand", factcheck.Count, "250000", "", "", ""}}},
		{"three parts", "He paid Rs 1 crore 20 lakh 50 thousand for it.", []want{
			{"Rs 1 crore 20 lakh 50 thousand", factcheck.Money, "12050000", "", "INR", ""}}},
		{"currency after", "The budget grew 3 crore 50 lakh rupees.", []want{
			{"3 crore 50 lakh rupees", factcheck.Money, "35000000", "", "INR", ""}}},
		{"plain lakh", "Some 25 lakh people were affected.", []want{
			{"25 lakh", factcheck.Count, "2500000", "", "", factcheck.Approx}}},
		{"plain crore", "It has set aside Rs 1,200 crore.", []want{
			{"Rs 1,200 crore", factcheck.Money, "12000000000", "", "INR", ""}}},
		{"a larger scale is a second number", "He got 2 lakh, then 5 crore.", []want{
			{"2 lakh", factcheck.Count, "200000", "", "", ""}, {"5 crore", factcheck.Count, "50000000", "", "", ""}}},
		{"a remainder too big is a second number", "It rose 2 lakh 500 thousand times.", []want{
			{"2 lakh", factcheck.Count, "200000", "", "", ""}, {"500 thousand times", factcheck.Measure, "500000", "", "times", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

func TestExtractNumbersInWordsAndGroups(t *testing.T) {
	n, m := factcheck.Count, factcheck.Money
	tests := []struct {
		name, in string
		want     []want
	}{
		{"'a further' or 'an additional' before a scale; zero reached, in the unit of the figure it fell from; a ton bounded", "Poison killed a further dozen birds. Poaching fell to zero. Exports fell to zero last year from 300,000 tonnes. They burned nearly a ton of ivory.", []want{
			{"a further dozen birds", n, "12", "", "", ""}, {"zero", n, "0", "", "", ""}, {"zero", factcheck.Measure, "0", "", "tonne", ""}, {"300,000 tonnes", factcheck.Measure, "300000", "", "tonne", ""},
			{"nearly a ton", factcheck.Measure, "1", "", "tonne", factcheck.UpperBound}}},
		{"'multi-million' and 'multibillion': two of the scale at least, as 'millions' are", "It won a multi-million dlr contract, a multibillion-dollar plan and multi-million sellers.", []want{
			{"multi-million dlr", m, "2000000", "", "USD", factcheck.LowerBound}, {"multibillion-dollar", m, "2000000000", "", "USD", factcheck.LowerBound},
			{"multi-million sellers", n, "2000000", "", "", factcheck.LowerBound}}},
		{"scales stacked as translations write them: a thousand millions, hundreds of millions and tens of thousands in digits, a thousand and its remainder", "Revenue was one thousand million euros and 35 hundred million yuan, for 38 ten thousand households; exports were 63 thousand 313 million dollars, with 1 thousand 120 new shops and MXN 96 thousand millions.", []want{
			{"one thousand million euros", m, "1000000000", "", "EUR", ""}, {"35 hundred million yuan", m, "3500000000", "", "CNY", ""}, {"38 ten thousand households", n, "380000", "", "", ""},
			{"63 thousand 313 million dollars", m, "63313000000", "", "USD", ""}, {"1 thousand 120 new shops", n, "1120", "", "", ""}, {"MXN 96 thousand millions", m, "96000000000", "", "MXN", ""}}},
		{"a threshold of a scale's sum without its number ('the billion-dollar mark'); a million-pound thing", "Bookings stayed above the billion-dollar mark, in a million-pound home. The million-pound question.", []want{
			{"above the billion-dollar", m, "1000000000", "", "USD", factcheck.LowerBound}, {"a million-pound", m, "1000000", "", "GBP", ""}}},
		{"translations' forms: a decimal point said in a word before a scale, 'and half' without its article, Kuwait's dinar as 'KD'", "Output was 5 point 6 trillion yuan; the tour lasts 2 and half hours; a deficit of KD 5.6 billion. He won 5 points.", []want{
			{"5 point 6 trillion yuan", m, "5600000000000", "", "CNY", ""}, {"2 and half hours", factcheck.Duration, "2.5", "", "hour", ""}, {"KD 5.6 billion", m, "5600000000", "", "KWD", ""}, {"5 points", n, "5", "", "", ""}}},
		{"a milliard and translations' abbreviations of scales; decimal commas where a nought's decimals have three digits", "Reserves are 121,3 milliard dollars and 14,3 mlrd $. Sales hit 375,5 ths cars, growth +14,6% and the rate 0,709 dinar.", []want{
			{"121,3 milliard dollars", m, "121300000000", "", "USD", ""}, {"14,3 mlrd $", m, "14300000000", "", "USD", ""}, {"375,5 ths cars", n, "375500", "", "", ""},
			{"+14,6%", factcheck.Percent, "14.6", "", "", ""}, {"0,709 dinar", n, "0.709", "", "", ""}}},
		{"Europe's scales abbreviated with a point before the currency; a currency's sign spaced once from its figure", "Debt hit 476,8 Mrd. Euro, costs 25 Mio. EUR and 2,35 Mrd. €, and the plan € 1,5 miljard. Tickets cost € 149,90. Sales were 1.16 billion. Sterling fell.", []want{
			{"476,8 Mrd. Euro", m, "476800000000", "", "EUR", ""}, {"25 Mio. EUR", m, "25000000", "", "EUR", ""}, {"2,35 Mrd. €", m, "2350000000", "", "EUR", ""},
			{"€ 1,5 miljard", m, "1500000000", "", "EUR", ""}, {"€ 149,90", m, "149.9", "", "EUR", ""}, {"1.16 billion", m, "1160000000", "", "EUR", ""}}},
		{"Malaysian papers' 'bil' and a quadrillion of a currency", "Malaysia will spend RM421bil next year; Vietnam's budget is VND1.97 quadrillion.", []want{
			{"RM421bil", m, "421000000000", "", "MYR", ""}, {"VND1.97 quadrillion", m, "1970000000000000", "", "VND", ""}}},
		{"a power of ten in digits made plural is at least two of it, as 'hundreds' (but a level 'in the 100s')", "Crowds of 1000s of fans and 100s of cars; highs in the 100s.", []want{
			{"1000s of fans", n, "2000", "", "", factcheck.LowerBound}, {"100s of cars", n, "200", "", "", factcheck.LowerBound}}},
		{"a lakh of crores in words; dozens written plural after a number; a quarter of a large scale; a third after 'and' before a unit (but no 'third party')", "It costs three lakh crore rupees. They sold 3 dozens eggs and three dozens of roses to a quarter million fans in three and a third hours, not two and a third party.", []want{
			{"three lakh crore rupees", m, "3000000000000", "", "INR", ""}, {"3 dozens eggs", n, "36", "", "", ""}, {"three dozens of roses", n, "36", "", "", ""},
			{"a quarter million fans", n, "250000", "", "", ""}, {"three and a third hours", factcheck.Duration, "3.3333", "", "hour", ""}}},
		{"Indian English's figures: crores abbreviated 'cr' after rupees, a lakh hyphenated before a threshold, lakhs vague, a third written '1/3rd', a river's cusecs and a dam's tmcft", "It cost close to Rs 50 cr. Sales crossed the 15-lakh mark. Lakhs of pilgrims came. 1/3rd of adults walk. Flows of 12,500 cusecs filled 67.8 tmcft.", []want{
			{"close to Rs 50 cr", m, "500000000", "", "INR", factcheck.UpperBound}, {"15-lakh", n, "1500000", "", "", ""}, {"Lakhs of pilgrims", n, "200000", "", "", factcheck.LowerBound},
			{"1/3rd of adults", factcheck.Percent, "33.33", "", "", ""}, {"12,500 cusecs", factcheck.Measure, "12500", "", "cusec", ""}, {"67.8 tmcft", factcheck.Measure, "67.8", "", "tmcft", ""}}},
		{"thousands grouped by spaces, thin or not, over several groups, to the decimals", "A population of 1 414 021 100, or 1\u202f234\u202f567 people, paid 1 234 567.89 euros.", []want{
			{"1 414 021 100", n, "1414021100", "", "", ""}, {"1\u202f234\u202f567 people", n, "1234567", "", "", ""}, {"1 234 567.89 euros", m, "1234567.89", "", "EUR", ""}}},
		{"'minus' after a rate a formula subtracts from is no sign", "Pensions rise with wage growth minus 0.75 percentage points; the note pays Libor minus 20 basis points.", []want{
			{"0.75 percentage points", factcheck.Percent, "0.75", "", "percentage point", ""}, {"20 basis points", factcheck.Measure, "20", "", "basis point", ""}}},
		{"one signed 'minus' or 'negative' counts; trillions abbreviated 'trln', 'tln'", "It was minus one in Oslo; debt hit 3 trln dlrs and 10 tln yen.", []want{
			{"minus one", n, "-1", "", "", ""}, {"3 trln dlrs", m, "3000000000000", "", "USD", ""}, {"10 tln yen", m, "10000000000000", "", "JPY", ""}}},
		{"thousands and a remainder after 'and', as translations from Arabic write them (but not two scaled figures)", "The number of martyrs rose to 11 thousand and 78, among them 4 thousand and 506 children; 5 thousand and 6 thousand fled.", []want{
			{"11 thousand and 78", factcheck.Count, "11078", "", "", ""}, {"4 thousand and 506 children", factcheck.Count, "4506", "", "", ""}, {"5 thousand", factcheck.Count, "5000", "", "", ""}, {"6 thousand", factcheck.Count, "6000", "", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

func TestExtractSpokenFigures(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"figures as a bulletin says them: zero as 'nought', half a cent, a sum's cents unnamed, years in two pairs of digits or this century's in words", "Shares fell nought point eight per cent and rose half a cent. A loaf cost one dollar twenty-six, oil eighty-four dollars twenty a barrel, a ticket forty-two pounds fifty. It began in nineteen seventy-four, ended in twenty eleven, peaked on the fourteenth of February twenty nineteen and in two thousand and eight, with two thousand and eight cases.", []want{
			{"nought point eight per cent", factcheck.Percent, "0.8", "", "", ""}, {"half a cent", factcheck.Money, "0.005", "", "USD", ""},
			{"one dollar twenty-six", factcheck.Money, "1.26", "", "USD", ""}, {"eighty-four dollars twenty", factcheck.Money, "84.2", "", "USD", ""}, {"forty-two pounds fifty", factcheck.Money, "42.5", "", "GBP", ""},
			{"nineteen seventy-four", factcheck.Date, "1974", "", "", ""}, {"twenty eleven", factcheck.Date, "2011", "", "", ""}, {"fourteenth of February twenty nineteen", factcheck.Date, "2019-02-14", "", "", ""},
			{"two thousand and eight", factcheck.Date, "2008", "", "", ""}, {"two thousand and eight cases", factcheck.Count, "2008", "", "", ""}}},
		{"a quarter joined by hyphens to its number and unit; a banknote after a word", "A four-and-a-quarter-mile run paid a measly fiver.", []want{
			{"four-and-a-quarter-mile", factcheck.Measure, "4.25", "", "mile", ""}, {"a measly fiver", factcheck.Money, "5", "", "GBP", ""}}},
		{"a count of hundreds in words is no year; a percent hyphenated 'per-cent'", "Some fifteen hundred residents left, in nineteen hundred; a 23-per-cent rise.", []want{
			{"fifteen hundred residents", factcheck.Count, "1500", "", "", factcheck.Approx}, {"nineteen hundred", factcheck.Date, "1900", "", "", ""}, {"23-per-cent", factcheck.Percent, "23", "", "", ""}}},
		{"a scaled figure before 'est' no time of day; wire copy's 'mlln' a million", "Payrolls were 200K est. Sales hit 249.5 mlln dlrs.", []want{
			{"200K", factcheck.Count, "200000", "", "", ""}, {"249.5 mlln dlrs", factcheck.Money, "249500000", "", "USD", ""}}},
		{"a figure signed '+' before a glued scale, no telephone's code", "US payrolls +275K, or +1.2bn dollars in pay.", []want{
			{"+275K", factcheck.Count, "275000", "", "", ""}, {"+1.2bn dollars", factcheck.Money, "1200000000", "", "USD", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

func TestExtractHalfDozen(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"a half dozen, spaced", "In addition to a half dozen ships in the task force, it sent a half-dozen more.", []want{
			{"half dozen ships", factcheck.Count, "6", "", "", ""}, {"half-dozen", factcheck.Count, "6", "", "", ""}}},
		{"a half dozen after a sum takes no currency", "The sale fetched 5 mln dlrs, and interest came from a half dozen other oil companies.", []want{
			{"5 mln dlrs", factcheck.Money, "5000000", "", "USD", ""}, {"half dozen", factcheck.Count, "6", "", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

func TestExtractStrayGroup(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"a space after the comma", "Those earning under $40, 000 a year.", []want{{"$40, 000", factcheck.Money, "40000", "", "USD", factcheck.UpperBound}}},
		{"a count", "About 12, 050 people came.", []want{{"12, 050 people", factcheck.Count, "12050", "", "", factcheck.Approx}}},
		{"a list is no group", "The votes were 10, 200 and 300.", []want{
			{"10", factcheck.Count, "10", "", "", ""}, {"200", factcheck.Count, "200", "", "", ""}, {"300", factcheck.Count, "300", "", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

// Multiples are measures in "times", as "6x" and "6 times" are.
func TestExtractMultiples(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"hyphenated word", "Profits rose six-fold last year.", []want{{"six-fold", factcheck.Measure, "6", "", "times", ""}}},
		{"double after virtually", "I paid virtually double.", []want{{"virtually double", factcheck.Measure, "2", "", "times", factcheck.UpperBound}}},
		{"one word", "Profits rose sixfold last year.", []want{{"sixfold", factcheck.Measure, "6", "", "times", ""}}},
		{"a verb of a multiple over a time, not doubled over in pain", "Poverty has halved over two decades. He doubled over in pain.", []want{
			{"halved", factcheck.Measure, "0.5", "", "times", ""}, {"two decades", factcheck.Duration, "20", "", "year", ""}}},
		{"before a noun", "There was a threefold rise in cases.", []want{{"threefold", factcheck.Measure, "3", "", "times", ""}}},
		{"qualified", "Cases rose nearly tenfold.", []want{{"nearly tenfold", factcheck.Measure, "10", "", "times", factcheck.UpperBound}}},
		{"tens and hundreds", "A fiftyfold, then hundredfold gain.", []want{
			{"fiftyfold", factcheck.Measure, "50", "", "times", ""}, {"hundredfold", factcheck.Measure, "100", "", "times", ""}}},
		{"times in words before a comparative", "Smokers are three times more likely to fall ill and grow ten times as fast.", []want{
			{"three times", factcheck.Measure, "3", "", "times", ""}, {"ten times", factcheck.Measure, "10", "", "times", ""}}},
		{"times in words that count", "The panel met three times the next year.", []want{{"three times", factcheck.Count, "3", "", "", ""}}},
		{"times what it is", "It will be four times what it is this year.", []want{{"four times", factcheck.Measure, "4", "", "times", ""}}},
		{"a multiple's period", "Memory would double every year, then triple every second year.", []want{
			{"double", factcheck.Measure, "2", "", "times", ""}, {"every year", factcheck.Duration, "1", "", "year", ""},
			{"triple", factcheck.Measure, "3", "", "times", ""}, {"second", factcheck.Ordinal, "2", "", "", ""}}},
		{"the same multiple named again", "Chips would double in speed. The doubling of speed slowed, but a doubling of cost came.", []want{
			{"double", factcheck.Measure, "2", "", "times", ""}, {"doubling", factcheck.Measure, "2", "", "times", ""}}},
		{"every year alone is no claim", "It floods every year.", nil},
		{"digits hyphenated", "Sales rose 10-fold.", []want{{"10-fold", factcheck.Measure, "10", "", "times", ""}}},
		{"digits glued", "Sales rose 10fold.", []want{{"10fold", factcheck.Measure, "10", "", "times", ""}}},
		{"decimal", "A 2.5-fold increase in costs.", []want{{"2.5-fold", factcheck.Measure, "2.5", "", "times", ""}}},
		{"sentence start", "Twofold gains followed.", []want{{"Twofold", factcheck.Measure, "2", "", "times", ""}}},
		{"a name", "The Twofold Press published it.", nil},
		{"not a number", "The manifold problems remain.", nil},
		// verbs of multiplying and "twice" before a comparison multiply too
		{"verbs", "Prices doubled, tripled and then quadrupled.", []want{
			{"doubled", factcheck.Measure, "2", "", "times", ""}, {"tripled", factcheck.Measure, "3", "", "times", ""},
			{"quadrupled", factcheck.Measure, "4", "", "times", ""}}},
		{"doubled in a word", "The redoubled effort failed.", nil},
		{"doubled to", "Complaints doubled to 4,000.", []want{
			{"doubled", factcheck.Measure, "2", "", "times", ""}, {"4,000", factcheck.Count, "4000", "", "", ""}}},
		{"after to", "The mill plans to treble its exports.", []want{{"treble", factcheck.Measure, "3", "", "times", ""}}},
		{"after a modal and a bound", "Rents could more than double by June.", []want{{"more than double", factcheck.Measure, "2", "", "times", factcheck.LowerBound}}},
		{"before the", "Tickets now cost double the old fare.", []want{{"double", factcheck.Measure, "2", "", "times", ""}}},
		{"a noun of change", "Analysts expect a doubling of output.", []want{{"doubling", factcheck.Measure, "2", "", "times", ""}}},
		{"twice as", "The new line runs nearly twice as fast.", []want{{"nearly twice", factcheck.Measure, "2", "", "times", factcheck.UpperBound}}},
		{"twice the", "The lake is twice the size of the old reservoir.", []want{{"twice", factcheck.Measure, "2", "", "times", ""}}},
		{"twice what", "Sales were up 0.6%, twice what analysts expected.", []want{
			{"0.6%", factcheck.Percent, "0.6", "", "", ""}, {"twice", factcheck.Measure, "2", "", "times", ""}}},
		{"twice, how often, and in a period", "She visited twice and called twice a week; the twice-impeached leader spoke; take it twice daily.", []want{
			{"twice", factcheck.Count, "2", "", "", ""}, {"twice", factcheck.Count, "2", "", "", ""}, {"twice", factcheck.Count, "2", "", "", ""}, {"twice", factcheck.Count, "2", "", "", ""}}},
		{"twice the year before", "He won it twice in the previous year, but will think twice; it was twice the 169,000 figure.", []want{
			{"twice", factcheck.Count, "2", "", "", ""}, {"169,000", factcheck.Count, "169000", "", "", ""}}},
		{"adjectives and nouns", "A double murder, double-digit gains and a triple jump.", nil},
		{"the double", "They won the double and his treble.", nil},
		{"a phrasal verb", "The gym doubled as a shelter, and the firm is doubling down.", nil},
		{"as after a multiple", "The majority more than halved as rebels joined.", []want{{"more than halved", factcheck.Measure, "0.5", "", "times", factcheck.LowerBound}}},
		{"a second goal", "United doubled their lead after 57 minutes.", []want{{"57 minutes", factcheck.Duration, "57", "", "minute", ""}}},
		{"to an adjective", "She stormed to double Olympic gold.", nil},
		{"a language model's parameters in billions glued before a hyphen", "The 405B-parameter model beat a 70B model.", []want{
			{"405B-parameter", factcheck.Count, "405000000000", "", "", ""}, {"70B model", factcheck.Count, "70000000000", "", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

func TestExtractDozensInDigits(t *testing.T) {
	checkClaims(t, "He released 3 dozen albums and three dozen singles.", "", []want{
		{"3 dozen albums", factcheck.Count, "36", "", "", ""}, {"three dozen singles", factcheck.Count, "36", "", "", ""}})
}

func TestExtractHalfScaleAfterAdjective(t *testing.T) {
	checkClaims(t, "He will earn a prorated half-million dollars; the half-billion-dollar estimate stood.", "", []want{
		{"half-million dollars", factcheck.Money, "500000", "", "USD", ""}, {"half-billion-dollar", factcheck.Money, "500000000", "", "USD", ""}})
}

func TestExtractDecimalComma(t *testing.T) {
	p := factcheck.Percent
	tests := []struct {
		name, in string
		want     []want
	}{
		{"a text that writes decimals with a comma and groups thousands with dots", "Turnout was 61,36 %, as 78.000 spectators paid R$ 5.000 each, 1.234.567 in all.", []want{
			{"61,36 %", p, "61.36", "", "", ""}, {"78.000 spectators", factcheck.Count, "78000", "", "", ""}, {"R$ 5.000", factcheck.Money, "5000", "", "BRL", ""}, {"1.234.567", factcheck.Count, "1234567", "", "", ""}}},
		{"thousands grouped by an apostrophe, straight or curly, as Switzerland writes them; not a decade's", "Bags cost CHF 5'900, up from CHF 5\u2019600; sales hit 1'200'000 units in the 1980's.", []want{
			{"CHF 5'900", factcheck.Money, "5900", "", "CHF", ""}, {"CHF 5\u2019600", factcheck.Money, "5600", "", "CHF", ""}, {"1'200'000 units", factcheck.Count, "1200000", "", "", ""},
			{"1980's", factcheck.Date, "1980", "1989", "", ""}}},
		{"a currency's sign after a figure with a decimal comma", "The pass costs 9,99 \u20ac a month.", []want{
			{"9,99 \u20ac", factcheck.Money, "9.99", "", "EUR", ""}}},
		{"a slip of typing in a text that groups thousands with commas is no decimal", "The suits sold for $110,00 (£59,000), and a photograph for $2,115 and 1.234 tonnes.", []want{
			{"£59,000", factcheck.Money, "59000", "", "GBP", ""}, {"$2,115", factcheck.Money, "2115", "", "USD", ""}, {"1.234 tonnes", factcheck.Measure, "1.234", "", "tonne", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

func TestExtractSigns(t *testing.T) {
	p := factcheck.Percent
	tests := []struct {
		name, in string
		want     []want
	}{
		{"a bond's margin less a figure", "It was priced at a margin of less 0.24 pct, at less than 5 pct.", []want{
			{"less 0.24 pct", p, "-0.24", "", "", ""}, {"less than 5 pct", p, "5", "", "", factcheck.UpperBound}}},
		{"a plus sign joins its figure", "Output grew +1.4 pct after -0.2 pct.", []want{
			{"+1.4 pct", p, "1.4", "", "", ""}, {"-0.2 pct", p, "-0.2", "", "", ""}}},
		{"a plus sign before a currency", "Margins moved +€2bn.", []want{{"+€2bn", factcheck.Money, "2000000000", "", "EUR", ""}}},
		{"a range from below zero to a plus", "Forecasts lie between -1.5% and +2%.", []want{{"-1.5% and +2%", p, "-1.5", "2", "", ""}}},
		{"a range between two figures below zero", "Nights were between -8C and -3C.", []want{{"-8C and -3C", factcheck.Measure, "-8", "-3", "°C", ""}}},
		{"a telephone's country code is no figure", "Dial +33 for France.", nil},
		{"a poll's change in brackets after its share, either sign", "Labour is on 41% (+2), the Conservatives on 27% (\u22123) and the Lib Dems on 11% (nc).", []want{
			{"41%", p, "41", "", "", ""}, {"+2", p, "2", "", "", ""}, {"27%", p, "27", "", "", ""}, {"\u22123", p, "-3", "", "", ""}, {"11%", p, "11", "", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

// TestExtractNoUnitsAfterMillions: a small number in words after
// millions is a number of its own ("eight mln five year warrants"), where
// a scale after it joins it ("two million five hundred thousand").
func TestExtractNoUnitsAfterMillions(t *testing.T) {
	checkClaims(t, "Partners receive about eight mln five year warrants. It had two million five hundred thousand users.", "", []want{
		{"about eight mln", factcheck.Count, "8000000", "", "", "approx"}, {"five year", factcheck.Duration, "5", "", "year", ""},
		{"two million five hundred thousand users", factcheck.Count, "2500000", "", "", ""}})
}

func TestExtractMisspeltScale(t *testing.T) {
	checkClaims(t, "Deposits rose to 117.52 bilion dlrs from 116.9 billon dlrs, and loans to 3.1 billlion dlrs.", "", []want{
		{"117.52 bilion dlrs", factcheck.Money, "117520000000", "", "USD", ""}, {"116.9 billon dlrs", factcheck.Money, "116900000000", "", "USD", ""},
		{"3.1 billlion dlrs", factcheck.Money, "3100000000", "", "USD", ""}})
}

func TestDotGroupedForms(t *testing.T) {
	for s, want := range map[string]bool{"78.000": true, "1.234.567": true, "2.843": true, "9.129,41": true, "2.5": false, "1,500": false, "12.50": false, "1234.567": false, "1.23.456": false, "78": false} {
		if got := dotGrouped(s); got != want {
			t.Errorf("dotGrouped(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestExtractScalesInParts reads numbers whose scale is written as a word
// after digits, or as a glued "b" after decimals, and ranks in words of a
// hundred or ending in "second".
func TestExtractScalesInParts(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"hundreds after digits", "About 5 hundred people came; 4 thousand 3 hundred and 21 voted; he paid 3 hundred and 21 yuan.", []want{
			{"About 5 hundred people", factcheck.Count, "500", "", "", factcheck.Approx}, {"4 thousand 3 hundred and 21", factcheck.Count, "4321", "", "", ""},
			{"3 hundred and 21 yuan", factcheck.Money, "321", "", "CNY", ""}}},
		{"two figures of hundreds stay two", "There were 3 hundred and 2 hundred guests.", []want{
			{"3 hundred", factcheck.Count, "300", "", "", ""}, {"2 hundred guests", factcheck.Count, "200", "", "", ""}}},
		{"billions glued as b before a currency or a plural noun, or a capital B said alone after a word in lower case", "The deal is worth 1.2B euros; the app has 2.5b users; take vitamin B12. Users were flat at 3.07B and fell.", []want{
			{"1.2B euros", factcheck.Money, "1200000000", "", "EUR", ""}, {"2.5b users", factcheck.Count, "2500000000", "", "", ""}, {"3.07B", factcheck.Count, "3070000000", "", "", ""}}},
		{"half a scale with no article", "Half million eggs were broken and police said half million people marched.", []want{
			{"Half million eggs", factcheck.Count, "500000", "", "", ""}, {"half million people", factcheck.Count, "500000", "", "", ""}}},
		{"ranks in hundreds", "The city marked its two hundredth anniversary; it was one hundredth of a second.", []want{
			{"two hundredth anniversary", factcheck.Ordinal, "200", "", "", ""}, {"one hundredth of a second", factcheck.Duration, "0.01", "", "second", ""}}},
		{"a rank ending in second, or half a minute", "He finished thirty-second; the channel ran a thirty-second advert.", []want{
			{"thirty-second", factcheck.Ordinal, "32", "", "", ""}, {"thirty-second", factcheck.Duration, "30", "", "second", ""}}},
		{"thousands grouped by spaces before a hyphen's word, not a model's number", "It handed out 12 000-plus parcels; they ordered 10 737-800 planes.", []want{
			{"12 000-plus parcels", factcheck.Count, "12000", "", "", factcheck.LowerBound}, {"10", factcheck.Count, "10", "", "", ""}}},
		{"thousands grouped by dots: two groups, or one before a plural of whole things", "The city has 1.000.000 residents and nearly 3.500 people came; it weighs 3.500 kg; the mark was 2.917 marks; version 1.100.200 shipped.", []want{
			{"1.000.000 residents", factcheck.Count, "1000000", "", "", ""}, {"nearly 3.500 people", factcheck.Count, "3500", "", "", factcheck.UpperBound},
			{"3.500 kg", factcheck.Measure, "3.5", "", "kg", ""}, {"2.917 marks", factcheck.Count, "2.917", "", "", ""}}},
		{"a scale written plural after a number, or after hundreds and thousands", "Some 12 lakhs people came; it cost three hundred crores; the debt is three thousand millions dollars.", []want{
			{"Some 12 lakhs people", factcheck.Count, "1200000", "", "", factcheck.Approx}, {"three hundred crores", factcheck.Count, "3000000000", "", "", ""},
			{"three thousand millions dollars", factcheck.Money, "3000000000", "", "USD", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}
