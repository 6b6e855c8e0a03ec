package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// want is one expected claim: the text it must cover, and its fields.
type want struct {
	core  string // a part of the text the claim covers
	kind  factcheck.Kind
	value string // Value.String()
	end   string // EndValue.String(), or ""
	unit  string
	qual  factcheck.Qualifier
}

func (w want) String() string {
	return fmt.Sprintf("%q %s %s-%s %s %s", w.core, w.kind, w.value, w.end, w.unit, w.qual)
}

func describe(c factcheck.Claim) string {
	end := ""
	if c.EndValue != nil {
		end = c.EndValue.String()
	}
	return fmt.Sprintf("%q %s %s-%s %s %s", c.Text, c.Kind, c.Value, end, c.Unit, c.Qualifier)
}

// checkClaims compares the claims extracted from in with want, in order.
func checkClaims(t *testing.T, in, published string, wants []want) {
	t.Helper()
	a, err := ParseArticle("t.txt", []byte(in), published)
	if err != nil {
		t.Fatalf("ParseArticle(%q): %v", in, err)
	}
	var got []string
	for _, c := range a.Claims {
		got = append(got, describe(c))
	}
	if len(a.Claims) != len(wants) {
		t.Fatalf("%q:\n got %d claims %v\nwant %d %v", in, len(a.Claims), got, len(wants), wants)
	}
	for i, w := range wants {
		c := a.Claims[i]
		if !strings.Contains(c.Text, w.core) {
			t.Errorf("%q: claim %d is %s, want it to cover %q", in, i, describe(c), w.core)
		}
		end := ""
		if c.EndValue != nil {
			end = c.EndValue.String()
		}
		q := w.qual
		if q == "" {
			q = factcheck.Exact
		}
		if c.Kind != w.kind || c.Value.String() != w.value || end != w.end || c.Unit != w.unit || c.Qualifier != q {
			t.Errorf("%q: claim %d\n got %s\nwant %s", in, i, describe(c), w)
		}
	}
}

func TestExtractCounts(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"counts gapped after names in a row, the first before 'and', a name hyphened", "Labour ended the night with 356 seats, the Conservatives 197 and the Liberal Democrats 62. Independents bagged 101 seats, the PML-N 75.", []want{
			{"356 seats", factcheck.Count, "356", "", "", ""}, {"197", factcheck.Count, "197", "", "", ""}, {"62", factcheck.Count, "62", "", "", ""}, {"101 seats", factcheck.Count, "101", "", "", ""}, {"75", factcheck.Count, "75", "", "", ""}}},
		{"'one share of' a security a count where it is exchanged for each of others, bought by a right or converted into, and a warrant beside it after 'of common and'", "Holders will receive one share of stock in the new company for every 10 shares. Each right entitles holders to buy one share of common stock. Each preferred share will be converted into one share of United common. It sold units of one share of common and one redeemable warrant.", []want{
			{"one share", factcheck.Count, "1", "", "", ""}, {"10 shares", factcheck.Count, "10", "", "", ""}, {"one share", factcheck.Count, "1", "", "", ""}, {"one share", factcheck.Count, "1", "", "", ""},
			{"one share", factcheck.Count, "1", "", "", ""}, {"one redeemable warrant", factcheck.Count, "1", "", "", ""}}},
		{"'one' after 'all but', after 'just' before its noun, and after 'only' before its verb, a count (but 'just one of the many', 'just one thing', 'the only one')", "All but one Iranian diplomat will return. Trade dropped to just one cargo. Of the ten images only one showed his wings. Seven saw it higher and just one expected a fall. Activcard is just one of the many companies. It is just one thing. He was the only one to confess.", []want{
			{"one Iranian", factcheck.Count, "1", "", "", ""}, {"one cargo", factcheck.Count, "1", "", "", ""}, {"ten images", factcheck.Count, "10", "", "", ""}, {"one", factcheck.Count, "1", "", "", ""}, {"Seven", factcheck.Count, "7", "", "", ""}, {"one", factcheck.Count, "1", "", "", ""}}},
		{"'between' a start's scale in words and an end in digits above it one range", "Between a dozen and 20 homes were damaged, and between a hundred and 200 people fled.", []want{
			{"Between a dozen and 20 homes", factcheck.Count, "12", "20", "", ""}, {"between a hundred and 200 people", factcheck.Count, "100", "200", "", ""}}},
		{"'another hundred and' its units one sum; a fraction of a length 'up on' a rival a margin", "We saved another hundred and twenty dollars. The eight finished three-quarters of a length up on the Netherlands.", []want{
			{"hundred and twenty dollars", factcheck.Money, "120", "", "USD", ""}, {"eight", factcheck.Count, "8", "", "", ""}, {"three-quarters of a length", factcheck.Measure, "0.75", "", "length", ""}}},
		{"'one' the level a count in words was cut to after 'from' (but a ratio's 'to one')", "It will cut its squadrons from three to one. The ratio improved to 1.8 to one from 2.1 to one.", []want{
			{"three", factcheck.Count, "3", "", "", ""}, {"one", factcheck.Count, "1", "", "", ""}, {"1.8 to one", factcheck.Measure, "1.8", "", "ratio", ""}, {"2.1", factcheck.Measure, "2.1", "", "ratio", ""}}},
		{"a count opening the line after a page's time stamp; 'by a fifth by' a year a share; pounds after a price by the pound weigh, in billions too", "Last Updated: Friday, 5 November 2004, 09:12 GMT\nThree Black Watch soldiers were killed. It plans to cut obesity, now 17%, by a fifth by 2030. Hens averaged $1.78 a pound; output is put at 5.45 billion pounds.", []want{
			{"5 November 2004", factcheck.Date, "2004-11-05", "", "", ""}, {"Three Black Watch soldiers", factcheck.Count, "3", "", "", ""}, {"17%", factcheck.Percent, "17", "", "", ""},
			{"a fifth", factcheck.Percent, "20", "", "", ""}, {"2030", factcheck.Date, "2030", "", "", ""}, {"$1.78", factcheck.Money, "1.78", "", "USD", ""}, {"5.45 billion pounds", factcheck.Measure, "5450000000", "", "pound", ""}}},
		{"a share's whole a figure of its own after 'of its' and a qualifier; an age listed after another with 'or even'", "GitHub is laying off 10% of its roughly 3,000 staff. The state pension age may have to rise to 67 or even 70.", []want{
			{"10%", factcheck.Percent, "10", "", "", ""}, {"roughly 3,000 staff", factcheck.Count, "3000", "", "", factcheck.Approx},
			{"67", factcheck.Duration, "67", "", "year", ""}, {"70", factcheck.Duration, "70", "", "year", ""}}},
		{"a person's age after 'is now' and before a comma; two ages in a row before '-year-olds' one range; a share after 'and' and another share", "The typical first-time buyer is now 34, has an income of £37,000. He served alcohol to 15 and 16-year-olds. Two-thirds live within 15 km, and about a quarter cycle the whole way.", []want{
			{"34", factcheck.Duration, "34", "", "year", ""}, {"£37,000", factcheck.Money, "37000", "", "GBP", ""}, {"15 and 16-year-olds", factcheck.Duration, "15", "16", "year", ""},
			{"Two-thirds", factcheck.Percent, "66.67", "", "", ""}, {"within 15 km", factcheck.Measure, "15", "", "km", factcheck.UpperBound}, {"about a quarter cycle", factcheck.Percent, "25", "", "", factcheck.Approx}}},
		{"stops of two or more are counted (but 'a one-stop shop' is a term)", "The bill is for a 16-stop, £10bn line. It is a one-stop shop.", []want{
			{"16-stop", factcheck.Count, "16", "", "", ""}, {"£10bn", factcheck.Money, "10000000000", "", "GBP", ""}}},
		{"a golfer's lead in shots is a count; a bylaw's number is none", "Davies opened up a four-shot lead. He remains barred under bylaw 25.", []want{
			{"four-shot lead", factcheck.Count, "4", "", "", ""}}},
		{"a bound in a capitalised adverb after a dateline's place and its dash opens a sentence, no name", "LAS VEGAS — Nearly 300 teaching positions remain vacant.", []want{
			{"Nearly 300 teaching positions", factcheck.Count, "300", "", "", factcheck.UpperBound}}},
		{"a decimal 'in' a count is a rate of its own and the count, no share", "Vance is batting .412 in 17 at-bats this spring.", []want{
			{".412", factcheck.Count, "0.412", "", "", ""}, {"17 at-bats", factcheck.Count, "17", "", "", ""}}},
		{"a count in words before 'and' and another clause's subject and verb is a count", "In Wales, Plaid Cymru held three and the Conservatives won three. Greens took four and Labour lost two.", []want{
			{"three", factcheck.Count, "3", "", "", ""}, {"three", factcheck.Count, "3", "", "", ""}, {"four", factcheck.Count, "4", "", "", ""}, {"two", factcheck.Count, "2", "", "", ""}}},
		{"'twice' after a verb and before 'over' a time counts; 'more than' after a sum compares it, no bound of the time after", "The lander bounced twice over some two hours. A mortgage now costs about £640 a month, some £90 more than a year ago.", []want{
			{"twice", factcheck.Count, "2", "", "", ""}, {"some two hours", factcheck.Duration, "2", "", "hour", factcheck.Approx}, {"about £640", factcheck.Money, "640", "", "GBP", factcheck.Approx},
			{"some £90", factcheck.Money, "90", "", "GBP", factcheck.Approx}, {"a year", factcheck.Duration, "1", "", "year", ""}}},
		{"two near counts joined by 'or' before 'other' are one range; a fraction before 'come' is a share", "Analysts said 15 or 20 other major banks could follow. Two-thirds walk to school, while just under a quarter come by bus.", []want{
			{"15 or 20", factcheck.Count, "15", "20", "", ""}, {"Two-thirds", factcheck.Percent, "66.67", "", "", ""}, {"just under a quarter", factcheck.Percent, "25", "", "", factcheck.UpperBound}}},
		{"a ratio after 'ratio ... is' is one count; a bare figure 'from' after a record's span said aside takes the measure before it", "The ratio of women to men among them is about six to one. Output will fall to 96.5 mln tonnes, the lowest in 18 years, from 105.3 mln.", []want{
			{"about six to one", factcheck.Count, "6", "", "", factcheck.Approx}, {"96.5 mln tonnes", factcheck.Measure, "96500000", "", "tonne", ""}, {"18 years", factcheck.Duration, "18", "", "year", ""},
			{"105.3 mln", factcheck.Measure, "105300000", "", "tonne", ""}}},
		{"a ratio's level under one before 'to 1' is no range; a fraction before a past verb of what people did is a share; a telephone's two groups after 'call' no claims", "The ratio of vacancies to unemployed people fell to 0.8 to 1. A third kept indoor temperatures low. Bankers were told to call the bank on 394-1311.", []want{
			{"0.8 to 1", factcheck.Measure, "0.8", "", "ratio", ""}, {"A third", factcheck.Percent, "33.33", "", "", ""}}},
		{"a ratio with a decimal side after 'ratio', and one compared with it, are one count each; a rate's quarter point after the Federal Open Market Committee is a percentage point; English 'as a second language' no rank", "Schools had a pupil-teacher ratio of 22.5:1 in January, compared with 9.8:1 elsewhere. The Federal Open Market Committee voted for the quarter-point increase. Pupils speak English as a second language.", []want{
			{"22.5:1", factcheck.Count, "22.5", "", "", ""}, {"9.8:1", factcheck.Count, "9.8", "", "", ""}, {"quarter-point increase", factcheck.Percent, "0.25", "", "percentage point", ""}}},
		{"a list of ages after 'ages' are all ages; 'N in M' after 'last year' is a share, no school year", "Teenagers ages 15, 16 and 17 were charged. Last year 7 in 10 candidates passed.", []want{
			{"15", factcheck.Duration, "15", "", "year", ""}, {"16", factcheck.Duration, "16", "", "year", ""}, {"17", factcheck.Duration, "17", "", "year", ""},
			{"7 in 10 candidates", factcheck.Percent, "70", "", "", ""}}},
		{"the age one turns, or is younger than, is a length of years; 'the fortnight before' a day lasts two weeks", "The defendant, who turned 18 three weeks after the shooting, was younger than 25. Sprout sales rise in the fortnight before December 25.", []want{
			{"18", factcheck.Duration, "18", "", "year", ""}, {"three weeks", factcheck.Duration, "3", "", "week", ""}, {"younger than 25", factcheck.Duration, "25", "", "year", factcheck.UpperBound},
			{"fortnight", factcheck.Duration, "2", "", "week", ""}, {"December 25", factcheck.Date, "--12-25", "", "", ""}}},
		{"a scale word after 'another' counts one more of the scale", "The council hopes to plant another million in the next decade. Another million people moved.", []want{
			{"million", factcheck.Count, "1000000", "", "", ""}, {"next decade", factcheck.Duration, "10", "", "year", ""}, {"million people", factcheck.Count, "1000000", "", "", ""}}},
		{"a figure 'of its' things after a sum 'of' things is a count, no part of the sum; a ratio after 'outnumbered' one count; a player listed at pounds weighs", "Flagstar took $38.4 billion of deposits and 40 of its branches. Fans were outnumbered roughly 10 to 1. The prospect is listed at 230 pounds.", []want{
			{"$38.4 billion", factcheck.Money, "38400000000", "", "USD", ""}, {"40", factcheck.Count, "40", "", "", ""}, {"roughly 10 to 1", factcheck.Count, "10", "", "", factcheck.Approx}, {"230 pounds", factcheck.Measure, "230", "", "pound", ""}}},
		{"'one' after a bound's words before its noun counts (but not 'one of', 'one-half' or a length of time, and 'one or more' stays no claim)", "Households with more than one dog grew. At least one child was hurt. It could drag on beyond one full fiscal year. Control over one of the largest airlines passed. It will list on one or more exchanges.", []want{
			{"more than one dog", factcheck.Count, "1", "", "", factcheck.LowerBound}, {"At least one child", factcheck.Count, "1", "", "", factcheck.LowerBound}}},
		{"a player's record 'in' games or appearances is two counts (but 'one in five games' a share); a hyphenated ratio after a margin's 'of', and one held 'at' after 'ratio', one count", "Henry has 19 in 26 appearances. One in five games ends in a draw. Members backed it by a margin of more than 3-to-1. The ratio of openings to jobless workers held at 1.9 to 1.", []want{
			{"19", factcheck.Count, "19", "", "", ""}, {"26 appearances", factcheck.Count, "26", "", "", ""}, {"One in five games", factcheck.Percent, "20", "", "", ""},
			{"more than 3-to-1", factcheck.Count, "3", "", "", factcheck.LowerBound}, {"1.9 to 1", factcheck.Count, "1.9", "", "", ""}}},
		{"a ratio said with 'to' after 'by' or a margin's 'of' is one count, the first side over the second; odds stay odds, a tally with its noun two counts", "Advances led declines by about three to two. Voters backed it by a margin of nearly 2 to 1. The odds were three to one. It won by five votes to two.", []want{
			{"about three to two", factcheck.Count, "1.5", "", "", factcheck.Approx}, {"nearly 2 to 1", factcheck.Count, "2", "", "", factcheck.UpperBound}, {"three to one", factcheck.Measure, "3", "", "odds", ""},
			{"five votes", factcheck.Count, "5", "", "", ""}, {"two", factcheck.Count, "2", "", "", ""}}},
		{"'one' and a noun 'in five' before an adjective is a share (but before a plural noun a count)", "It left one farmer in five short of fodder. He scored one goal in four games.", []want{
			{"one farmer in five", factcheck.Percent, "20", "", "", ""}, {"one goal", factcheck.Count, "1", "", "", ""}, {"four games", factcheck.Count, "4", "", "", ""}}},
		{"a ratio written with a colon beside 'ratio' or before 'majority' is one count, the larger side over the smaller; 'U.S.$' the US dollar under any dateline", "Applicants outnumber places by a ratio of 4:1; sand and gravel go in a 3:2 ratio. A 2:1 majority voted. The meeting starts at 10:30.\nSINGAPORE, March 16 - Exports were 2.14 billion Singapore dlrs, or about U.S.$1.0 billion.", []want{
			{"4:1", factcheck.Count, "4", "", "", ""}, {"3:2", factcheck.Count, "1.5", "", "", ""}, {"2:1", factcheck.Count, "2", "", "", ""},
			{"2.14 billion Singapore dlrs", factcheck.Money, "2140000000", "", "SGD", ""}, {"U.S.$1.0 billion", factcheck.Money, "1000000000", "", "USD", factcheck.Approx}}},
		{"a figure after a name at its clause's end counts what the count before it in its sentence counted; 'one previous owner' a car's keepers", "The Liberals won 88 seats and the Tories 62. It has had one previous owner.", []want{
			{"88 seats", factcheck.Count, "88", "", "", ""}, {"62", factcheck.Count, "62", "", "", ""}, {"one", factcheck.Count, "1", "", "", ""}}},
		{"a label's verb opening a sentence before a count, and 'one' of a dose of a strength or of drops, are counts", "Contains 24 film-coated tablets. Sleeps 6 people. Take one 500mg tablet. Use one drop of the eye drops.", []want{
			{"24 film-coated tablets", factcheck.Count, "24", "", "", ""}, {"6 people", factcheck.Count, "6", "", "", ""}, {"one", factcheck.Count, "1", "", "", ""}, {"500mg", factcheck.Measure, "500", "", "mg", ""},
			{"one drop", factcheck.Count, "1", "", "", ""}}},
		{"'one' of a dose", "Adults should take one capsule a day with food.", []want{
			{"one capsule", factcheck.Count, "1", "", "", ""}}},
		{"a score after a verb of result and a team's name is no odds, though a word of betting is near; planes of a model written 'Max'; a glued 'm' before a thing that has a length or a rower's splits is metres; brewers' hectolitres", "UConn, a −7.5 favorite, routed San Diego State 76-59. Boeing delivered 31 737 Max jets, up from 22. The club's 3m delta kite flew; Jones held 500m splits. Peroni sold 3.9 mln hl.", []want{
			{"−7.5 favorite", factcheck.Count, "-7.5", "", "", ""}, {"76-59", factcheck.Count, "76", "", "", ""}, {"31", factcheck.Count, "31", "", "", ""}, {"22", factcheck.Count, "22", "", "", ""},
			{"3m", factcheck.Measure, "3", "", "m", ""}, {"500m", factcheck.Measure, "500", "", "m", ""}, {"3.9 mln hl", factcheck.Measure, "3900000", "", "hl", ""}}},
		{"'one' on a side of a ratio, before 'to' or 'for' and a count of a plural noun or 'every'; the other side's 'one' after votes or goals (but a move of one point to a level)", "Keep one adult for every four children. Mix one part cement to four parts sand. Holders get one bond for eight shares. Ministers agreed by 12 votes to one. The score slipped one point to 717.", []want{
			{"one adult", factcheck.Count, "1", "", "", ""}, {"four children", factcheck.Count, "4", "", "", ""}, {"one part cement", factcheck.Count, "1", "", "", ""}, {"four parts", factcheck.Count, "4", "", "", ""},
			{"one bond", factcheck.Count, "1", "", "", ""}, {"eight shares", factcheck.Count, "8", "", "", ""}, {"12 votes", factcheck.Count, "12", "", "", ""}, {"one", factcheck.Count, "1", "", "", ""}, {"717", factcheck.Count, "717", "", "", ""}}},
		{"minutes and seconds after a verb of length in a sentence of music; half of those asked after a verb of saying; 'one' of a car's keepers; 'to number' a verb after a verb of thinking (but a rank reached); a count by the dozen; cents glued before the sum's noun", "The album's opening track runs 3:45 and no song is longer than 4:10. Half reported cuts. It had one careful owner. The force is thought to number 12-20,000 men; it rose to number 3. They sold five-dozen egg cartons. SYDNEY - Shoppers get a 10c refund.", []want{
			{"3:45", factcheck.Duration, "225", "", "second", ""}, {"4:10", factcheck.Duration, "250", "", "second", ""}, {"Half", factcheck.Percent, "50", "", "", ""}, {"one careful owner", factcheck.Count, "1", "", "", ""},
			{"12-20,000 men", factcheck.Count, "12000", "20000", "", ""}, {"number 3", factcheck.Ordinal, "3", "", "", ""}, {"five-dozen", factcheck.Count, "60", "", "", ""}, {"10c", factcheck.Money, "0.1", "", "AUD", ""}}},
		{"a count before a compound of 'time' and a plural noun, 'one' that a change reaches, a share 'of every', and a rank among a country's firms", "The train crosses eight time zones. GM will cut production to one shift; the lane came down to a point. Three of every 10 agents are new. LTV Corp, the No. 2 U.S. steelmaker, lost money.", []want{
			{"eight time zones", factcheck.Count, "8", "", "", ""}, {"one shift", factcheck.Count, "1", "", "", ""}, {"Three of every 10 agents", factcheck.Percent, "30", "", "", ""}, {"No. 2", factcheck.Ordinal, "2", "", "", ""}}},
		{"'the first' before a sum that ends its phrase is a part of it, no rank (but before a sum that sizes a noun it ranks); an age after visitors or savers", "They get 1% on the first £10,000 they spend. It was the first £1m house. Visitors over 65 and savers over 75 pay less.", []want{
			{"1%", factcheck.Percent, "1", "", "", ""}, {"£10,000", factcheck.Money, "10000", "", "GBP", ""}, {"the first", factcheck.Ordinal, "1", "", "", ""}, {"£1m", factcheck.Money, "1000000", "", "GBP", ""},
			{"over 65", factcheck.Duration, "65", "", "year", factcheck.LowerBound}, {"over 75", factcheck.Duration, "75", "", "year", factcheck.LowerBound}}},
		{"a glued 'm' remaining, climbed or at a mark is metres; a bill's number is no count", "Fisher kicked with 300m remaining. The course climbs about 60m in its final stretch. He peaked at the 80m mark. The House passed H.R. 1 by 225 votes.", []want{
			{"300m", factcheck.Measure, "300", "", "m", ""}, {"about 60m", factcheck.Measure, "60", "", "m", factcheck.Approx}, {"80m", factcheck.Measure, "80", "", "m", ""}, {"225 votes", factcheck.Count, "225", "", "", ""}}},
		{"a glued 'm' after a record is millions of the thing counted after it, metres of a jump", "Organisers hope to beat the previous record of 1.2m steps. She broke the record of 7.52m.", []want{
			{"1.2m steps", factcheck.Count, "1200000", "", "", ""}, {"7.52m", factcheck.Measure, "7.52", "", "m", ""}}},
		{"an imperative opening a sentence before a figure and a compound noun is no name (but 'Route 66 signs' is one)", "Whisk 2 egg whites. Plant 6 tulip bulbs in autumn. Route 66 signs were stolen.", []want{
			{"2 egg whites", factcheck.Count, "2", "", "", ""}, {"6 tulip bulbs", factcheck.Count, "6", "", "", ""}}},
		{"a page's time stamp ends its furniture: a word number after it opens a sentence", "Last Updated: Friday, 4 March 2005, 17:12 GMT Three men were found guilty.", []want{
			{"4 March 2005", factcheck.Date, "2005-03-04", "", "", ""}, {"Three men", factcheck.Count, "3", "", "", ""}}},
		{"a share's noun stops before a figure in words of its own", "Roughly a third of the quarter-million coastal residents left.", []want{
			{"Roughly a third", factcheck.Percent, "33.33", "", "", factcheck.Approx}}},
		{"a quarter-million, hyphened", "Four years there can top a quarter-million dollars.", []want{
			{"Four years", factcheck.Duration, "4", "", "year", ""}, {"top a quarter-million dollars", factcheck.Money, "250000", "", "USD", factcheck.LowerBound}}},
		{"a number word stressed in capitals in a line of small letters counts; a name's does not", "He splashed out on a mansion and THREE sports cars. He joined The Three Degrees.", []want{
			{"THREE sports cars", factcheck.Count, "3", "", "", ""}}},
		{"hours and minutes in minutes, in words or abbreviated", "It took 2 hours 30 minutes, then two hours and 40 minutes, then 1h 45m, then 2h 23m.", []want{
			{"2 hours 30 minutes", factcheck.Duration, "150", "", "minute", ""}, {"two hours and 40 minutes", factcheck.Duration, "160", "", "minute", ""}, {"1h 45m", factcheck.Duration, "105", "", "minute", ""}, {"2h 23m", factcheck.Duration, "143", "", "minute", ""}}},
		{"digits with subject", "More than 200 hostages are held.", []want{{"200", factcheck.Count, "200", "", "", factcheck.LowerBound}}},
		{"a tally's moves in words", "Texas lost 23 rigs, Louisiana was down three and New Mexico dropped by one; Kansas and Ohio reported gains of six, five and four rigs.", []want{
			{"23 rigs", factcheck.Count, "23", "", "", ""}, {"three", factcheck.Count, "3", "", "", ""}, {"one", factcheck.Count, "1", "", "", ""},
			{"six", factcheck.Count, "6", "", "", ""}, {"five", factcheck.Count, "5", "", "", ""}, {"four rigs", factcheck.Count, "4", "", "", ""}}},
		{"no move in words", "Hutton is putting up zero, and one day they wake up one morning.", nil},
		{"thousands separator", "The toll reached 10,022 Palestinians.", []want{{"10,022", factcheck.Count, "10022", "", "", ""}}},
		{"space separator", "Some 9 000 people fled.", []want{{"9 000", factcheck.Count, "9000", "", "", factcheck.Approx}}},
		{"two numbers joined by and", "At least 435 foreign passport holders and 76 Palestinian patients left.",
			[]want{{"435", factcheck.Count, "435", "", "", factcheck.LowerBound}, {"76", factcheck.Count, "76", "", "", ""}}},
		{"a noun said once for two counts", "Five parcels went to Lima, and two to Cusco; later, and two to one it lost.", []want{
			{"Five parcels", factcheck.Count, "5", "", "", ""}, {"two", factcheck.Count, "2", "", "", ""}}},
		{"words with scale", "It has more than two million residents.", []want{{"two million", factcheck.Count, "2000000", "", "", factcheck.LowerBound}}},
		{"a dozen", "A dozen protesters were arrested.", []want{{"dozen", factcheck.Count, "12", "", "", ""}}},
		{"a number in words opens the sentence after a dateline", "MINERS FOUND\n    MURDOCHVILLE, Que., April 2- Seventeen miners were found.\n    First of America Bank Corp said so.", []want{
			{"Seventeen miners", factcheck.Count, "17", "", "", ""}}},
		{"a part of a count that follows", "Five of the eight men held a protest, plus or minus two pct of them.", []want{
			{"Five", factcheck.Count, "5", "", "", ""}, {"eight men", factcheck.Count, "8", "", "", ""},
			{"plus or minus two pct", factcheck.Percent, "2", "", "", ""}}},
		{"a rank after a nation's adjective", "Sprem, the Croatian 13th seed, won. The Boeing 737 flew.", []want{
			{"13th seed", factcheck.Ordinal, "13", "", "", ""}}},
		{"a part of a count after a possessive", "They have now lost nine of their last 14 matches.", []want{
			{"nine", factcheck.Count, "9", "", "", ""}, {"14 matches", factcheck.Count, "14", "", "", ""}}},
		{"a result's headline between its sides", "London Irish 19-33 Wasps\n\nWasps won with a trio of second-half tries.", []want{
			{"19-33 Wasps", factcheck.Count, "19", "", "", ""}}},
		{"first as an adverb after an auxiliary, a rank elsewhere", "ACME HAS FIRST QUARTER LOSS\n    Brazil was first approaching banks; we must first talk. He was first to arrive.", []want{
			{"FIRST QUARTER", factcheck.Ordinal, "1", "", "", ""}, {"first", factcheck.Ordinal, "1", "", "", ""}}},
		{"first as an adverb before a gerund", "It is risky to seek refinancing without first negotiating with the IMF. After first extending the rally, it fell. They had seen no notice on rule 390. The ships collided near buoy 129.", nil},
		{"first as an adverb after a pronoun", "It is essential that we first reaffirm our commitment. They first meet in May. It was the first meeting.", []want{
			{"the first meeting", factcheck.Ordinal, "1", "", "", ""}}},
		{"a count of states, a term of two", "The enlarged 25-state EU backs a two-state solution.", []want{
			{"25-state EU", factcheck.Count, "25", "", "", ""}}},
		{"a part of a text numbered with a point, a law's section after its sign, a title of the US Code", "Under Section 14.3 and Clause 7.1, it breaches 18 U.S.C. \u00a7 664; prices rose 14.3 pct.", []want{
			{"14.3 pct", factcheck.Percent, "14.3", "", "", ""}}},
		{"a figure said in words and again in digits in brackets, as contracts do, is one claim", "The tenant must pay within thirty (30) days a fine of fifty thousand pounds (\u00a350,000) and keep two (2) copies.", []want{
			{"within thirty (30) days", factcheck.Duration, "30", "", "day", factcheck.UpperBound}, {"fifty thousand pounds (\u00a350,000)", factcheck.Money, "50000", "", "GBP", ""}, {"two (2) copies", factcheck.Count, "2", "", "", ""}}},
		{"a term's noun counted after 'of' is no term, nor 'state' before a plural noun it modifies", "They pave the way two party system. It drew tens of thousands of party agents. It backed a two state solution; two state trading firms lead.", []want{
			{"tens of thousands of party agents", factcheck.Count, "20000", "", "", factcheck.LowerBound}, {"two state", factcheck.Count, "2", "", "", ""}}},
		{"a name of a list and a telephone's groups", "The Top 500 list is out; call 0800 028 9276.", nil},
		{"a product's model by its number", "Owners found the icons on their 7610 phone swapped; it locks the 7610's functions, and 7610 owners are hit. The 1986 model year ended.", []want{
			{"1986", factcheck.Date, "1986", "", "", ""}}},
		{"a chip's number", "It sells an 80286-based machine.", nil},
		{"a chip's number before the chip, and again alone", "It uses Intel Corp's &lt;INTC> 80386 microprocessor and an 8087 math coprocessor; the 80386 is fast, and it sold 4000 chips.", []want{
			{"4000 chips", factcheck.Count, "4000", "", "", ""}}},
		{"near- before a number, billions of years ago, points of an index named after them", "Of the near-400,000 complaints, most came 4 billion years ago; a record fall of 508 points in the Dow.", []want{
			{"near-400,000 complaints", factcheck.Count, "400000", "", "", factcheck.Approx}, {"4 billion years", factcheck.Duration, "4000000000", "", "year", ""},
			{"508 points", factcheck.Measure, "508", "", "point", ""}}},
		{"a unit of time bounded or ranged with no number before it, a rate after a sum", "They lived apart for a year or more; it takes another year or so, a week or two; another year passed; most live on $2,000 a year or less.", []want{
			{"a year or more", factcheck.Duration, "1", "", "year", factcheck.LowerBound}, {"another year or so", factcheck.Duration, "1", "", "year", factcheck.Approx},
			{"a week or two", factcheck.Duration, "1", "2", "week", ""}, {"$2,000", factcheck.Money, "2000", "", "USD", ""}}},
		{"another year a length where it is granted or lasts", "Completion was delayed for another year; he might get another year to finish; another year passed.", []want{
			{"another year", factcheck.Duration, "1", "", "year", ""}, {"another year", factcheck.Duration, "1", "", "year", ""}}},
		{"a time of day in hours, a shirt's number, a lower-case month after record", "Offers are due by 1200 hrs EST; he keeps the number 10 jersey; holders of record may 14 are paid; prices may 14 rise.", []want{
			{"may 14", factcheck.Date, "--05-14", "", "", ""}, {"14", factcheck.Count, "14", "", "", ""}}},
		{"grades of grain, no ranks", "Cargill sold 1,503.5 tonnes of number two soft red winter wheat, number two SRW wheat and U.S. number five or better rice; he is the world number two player.", []want{
			{"1,503.5 tonnes", factcheck.Measure, "1503.5", "", "tonne", ""}, {"number two player", factcheck.Ordinal, "2", "", "", ""}}},
		{"a grade of fuel oil, a power's metric prefix hyphenated", "Posted prices for number six fuel rose; it builds two 550 mega-watt units of 12 kilo-metres.", []want{
			{"two", factcheck.Count, "2", "", "", ""}, {"550 mega-watt", factcheck.Measure, "550", "", "megawatt", ""}, {"12 kilo-metres", factcheck.Measure, "12", "", "km", ""}}},
		{"an hour of the night", "It leaves us awake at 3 in the morning; he scored 3 in the first half.", []want{
			{"3", factcheck.Count, "3", "", "", ""}, {"first half", factcheck.Ordinal, "1", "", "", ""}}},
		{"an hour by the clock, in digits and words", "If you get up at three o'clock, or at 4 o’clock, you still sleep seven hours.", []want{
			{"seven hours", factcheck.Duration, "7", "", "hour", ""}}},
		{"seats of a plane", "It will buy five 34-seater planes and a two-seater.", []want{
			{"five", factcheck.Count, "5", "", "", ""}, {"34-seater planes", factcheck.Count, "34", "", "", ""}}},
		{"a part of a sum after 'the first', but a thing ranked; 'which ever' comes first", "Rates are 17 pct on the first 27,500 dlrs of income. It built the first 32-bit chip and paid the first 500,000 dlr payment, on June 1 or July 1, which ever occurs first.", []want{
			{"17 pct", factcheck.Percent, "17", "", "", ""}, {"27,500 dlrs", factcheck.Money, "27500", "", "USD", ""},
			{"first", factcheck.Ordinal, "1", "", "", ""}, {"32-bit", factcheck.Measure, "32", "", "bit", ""},
			{"first", factcheck.Ordinal, "1", "", "", ""}, {"500,000 dlr", factcheck.Money, "500000", "", "USD", ""},
			{"June 1", factcheck.Date, "--06-01", "", "", ""}, {"July 1", factcheck.Date, "--07-01", "", "", ""}}},
		{"a class of preferred stock named before its company", "Holders get 140,700 first\npreferred Groupe Cantrex shares.", []want{
			{"140,700", factcheck.Count, "140700", "", "", ""}}},
		{"men of a squad, a lane's name, a relay, the first choice", "A 25-man squad trains; a one-man show. I was in lane seven, then lane 4, in the 4x100m relay; he is first-choice keeper. A member of the three man directorate spoke; it was a one man show.", []want{
			{"25-man squad", factcheck.Count, "25", "", "", ""}, {"three man directorate", factcheck.Count, "3", "", "", ""}}},
		{"USDA grades after U.S. and choice, a model's number after a count", "steers - choice 2-4 975-1250 lbs 64.00.\nU.S. 1-2 210-250 LB 49.50\nIt sold 10 737-800 planes.", []want{
			{"975-1250 lbs", factcheck.Measure, "975", "1250", "lb", ""}, {"64.00", factcheck.Count, "64", "", "", ""},
			{"210-250 LB", factcheck.Measure, "210", "250", "lb", ""}, {"49.50", factcheck.Count, "49.5", "", "", ""}, {"10", factcheck.Count, "10", "", "", ""}}},
		{"a results table's period in words", "INFINITE GRAPHICS 3RD QTR NET\n    MINNEAPOLIS, March 13 -\n    Shr two cts vs 11 cts\n    Nine Mths\n    Shr eight cts vs 53 cts\n", []want{
			{"3RD QTR", factcheck.Ordinal, "3", "", "", ""}, {"two cts", factcheck.Money, "0.02", "", "USD", ""}, {"11 cts", factcheck.Money, "0.11", "", "USD", ""},
			{"Nine Mths", factcheck.Duration, "9", "", "month", ""}, {"eight cts", factcheck.Money, "0.08", "", "USD", ""}, {"53 cts", factcheck.Money, "0.53", "", "USD", ""}}},
		{"a lot's grade after package, a price after a count of head", "Steers were firm to 0.50 dlr higher.\n    steers - choice 2-4 975-1250 lbs 64.00-65.50, package 2-3\n1230 lbs 66.00. Top 52.50 dlrs per cwt.\n    us 1-2 200-250 lbs 51.50-52.00 and 200 head 52.25-52.50.", []want{
			{"0.50 dlr", factcheck.Money, "0.5", "", "USD", ""}, {"975-1250 lbs", factcheck.Measure, "975", "1250", "lb", ""}, {"64.00-65.50", factcheck.Money, "64", "65.5", "USD", ""}, {"1230 lbs", factcheck.Measure, "1230", "", "lb", ""},
			{"66.00", factcheck.Money, "66", "", "USD", ""}, {"52.50 dlrs", factcheck.Money, "52.5", "", "USD", ""}, {"200-250 lbs", factcheck.Measure, "200", "250", "lb", ""},
			{"51.50-52.00", factcheck.Money, "51.5", "52", "USD", ""}, {"200 head", factcheck.Count, "200", "", "", ""}, {"52.25-52.50", factcheck.Money, "52.25", "52.5", "USD", ""}}},
		{"a USDA grade before a range of weights", "barrow and gilt prices rose in moderately active trade. us 1-3 230-240 lbs 51.50.", []want{
			{"230-240 lbs", factcheck.Measure, "230", "240", "lb", ""}, {"51.50", factcheck.Count, "51.5", "", "", ""}}},
		{"a chip's number after -based, and again alone", "It is an Intel 8-megahertz (MHz) 8086-based system; the coprocessor runs at the same rate as the 8086.", []want{
			{"8-megahertz", factcheck.Measure, "8", "", "megahertz", ""}}},
		{"idioms of second", "He played second fiddle; it is second nature; first hand accounts; his work was second to none; unions may bargain for a second-tier increase; he trained with the first team.", nil},
		{"a second life and a second lease of life, idioms; a second life sentence", "Old phones can have a useful second life and enjoy a second lease of life; he got a second life sentence at the second lease sale, and missed his second serve.", []want{
			{"second life sentence", factcheck.Ordinal, "2", "", "", ""}, {"second lease sale", factcheck.Ordinal, "2", "", "", ""}}},
		{"first as an adverb after a pronoun, first of whichever comes", "We first detected signs of trouble, which ends on April 12, or in 14 days, whichever comes first.", []want{
			{"April 12", factcheck.Date, "--04-12", "", "", ""}, {"14 days", factcheck.Duration, "14", "", "day", ""}}},
		{"a maximum and a minimum before a figure", "It faces a maximum 50,000 dlr fine and sells a minimum five mln shares.", []want{
			{"a maximum 50,000 dlr", factcheck.Money, "50000", "", "USD", factcheck.UpperBound},
			{"a minimum five mln shares", factcheck.Count, "5000000", "", "", factcheck.LowerBound}}},
		{"names of number words", "Half-Life 2 sold well; nonoxynol-nine killed it.", nil},
		{"ratios of a stock split", "A three-for-two stock split, a 2-for-1 split and a 3 for 2 split; a two-for-one bonus issue.", []want{
			{"three-for-two", factcheck.Measure, "1.5", "", "ratio", ""}, {"2-for-1", factcheck.Count, "2", "", "", ""},
			{"3 for 2", factcheck.Measure, "1.5", "", "ratio", ""}, {"two-for-one", factcheck.Count, "2", "", "", ""}}},
		{"a number word in a name a line break or a headline hides", "BASE TEN &lt;BASE> SET VENTURE\n    It formed a venture with Base\nTen Telecom Inc to sell meters.\n\nThree executives left.\n", []want{
			{"Three executives", factcheck.Count, "3", "", "", ""}}},
		{"a wire's ticker of a number word", "MOTEL 6 LP &lt;SIX> SETS DISTRIBUTION\nTelecom firm <ONE> said so.", nil},
		{"a bookmaker's odds, a measure in odds (odds_test.go), and a score", "Jackman has odds of 4-1, Scott odds of 6-9, followed by Oscar nominee Clive Owen at 5-2; he was the 6/4 favourite. Spain won 2-1 at home.", []want{
			{"4-1", factcheck.Measure, "4", "", "odds", ""}, {"6-9", factcheck.Measure, "0.6667", "", "odds", ""}, {"5-2", factcheck.Measure, "2.5", "", "odds", ""},
			{"6/4", factcheck.Measure, "1.5", "", "odds", ""}, {"2-1", factcheck.Count, "2", "", "", ""}}},
		{"a number before a ticker in a headline, not of a name", "SEC PROBES 1986 TRE &lt;TRE> TAKEOVER ATTEMPT\nACME BUYS 6 PCT OF &lt;XYZ>\n", []want{
			{"1986", factcheck.Date, "1986", "", "", ""}, {"6 PCT", factcheck.Percent, "6", "", "", ""}}},
		{"a wire's fraction after a word in capitals", "MCDONALD'S &lt;MCD> TO BUY 10-7/8 PCT DEBENTURES\n    OAK BROOK, ILL., March 30 - It will buy them back.", []want{
			{"10-7/8 PCT", factcheck.Percent, "10.875", "", "", ""}}},
		{"a wire headline with a ticker", "FIRST UNION &lt;FUNC> SELLS 10-YEAR NOTES AT 8-1/8 PCT\n    NEW YORK, March 3 - The bank sold notes.", []want{
			{"10-YEAR", factcheck.Duration, "10", "", "year", ""}, {"8-1/8 PCT", factcheck.Percent, "8.125", "", "", ""}}},
		{"a wire headline of results to a day", "MARCUS CORP &lt;MRCS> NINE MTHS FEB FIVE NET\n    CHICAGO, March 20 - Shr 12 cts.", []want{
			{"NINE MTHS", factcheck.Duration, "9", "", "month", ""}, {"FEB FIVE", factcheck.Date, "--02-05", "", "", ""},
			{"12 cts", factcheck.Money, "0.12", "", "USD", ""}}},
		{"a count a verb of holding takes after a count of a noun", "The MDP won six out of the 14 places, with the christian democrats holding five.", []want{
			{"six", factcheck.Count, "6", "", "", ""}, {"14 places", factcheck.Count, "14", "", "", ""}, {"five", factcheck.Count, "5", "", "", ""}}},
		{"a count before a hyphenated adjective of a term noun", "Bonds of four state-owned firms and two party-backed candidates.", []want{
			{"four state-owned firms", factcheck.Count, "4", "", "", ""}, {"two party-backed candidates", factcheck.Count, "2", "", "", ""}}},
		{"tens of thousands", "Tens of thousands of people marched.", []want{{"Tens of thousands", factcheck.Count, "20000", "", "", factcheck.LowerBound}}},
		{"hundreds", "Hundreds of foreigners left.", []want{{"Hundreds", factcheck.Count, "200", "", "", factcheck.LowerBound}}},
		{"dozens", "Dozens of trucks waited.", []want{{"Dozens", factcheck.Count, "24", "", "", factcheck.LowerBound}}},
		{"twenty-four", "Twenty-four soldiers died.", []want{{"Twenty-four", factcheck.Count, "24", "", "", ""}}},
		{"compound words", "It cost two hundred and fifty thousand jobs.", []want{{"two hundred and fifty thousand", factcheck.Count, "250000", "", "", ""}}},
		{"300k", "The rally drew 300k people.", []want{{"300k", factcheck.Count, "300000", "", "", ""}}},
		{"range between", "Between 20 and 30 people were hurt.", []want{{"20", factcheck.Count, "20", "30", "", ""}}},
		{"range to", "It will hire 20 to 30 staff.", []want{{"20", factcheck.Count, "20", "30", "", ""}}},
		{"nearly", "Nearly 4,000 children were killed.", []want{{"4,000", factcheck.Count, "4000", "", "", factcheck.UpperBound}}},
		{"around", "Israel sent back around 7,000 Palestinian workers.", []want{{"7,000", factcheck.Count, "7000", "", "", factcheck.Approx}}},
		{"or more", "It needs 500 or more staff.", []want{{"500", factcheck.Count, "500", "", "", factcheck.LowerBound}}},
		{"up to", "Up to eight resorts may open.", []want{{"eight", factcheck.Count, "8", "", "", factcheck.UpperBound}}},
		{"a court's tally", "The court rejected it in a 2-1 decision.", []want{{"2", factcheck.Count, "2", "", "", ""}, {"1", factcheck.Count, "1", "", "", ""}}},
		{"half a million", "Half a million people voted.", []want{{"Half a million", factcheck.Count, "500000", "", "", ""}}},
		{"wire mln", "It sold 1.5 mln shares.", []want{{"1.5 mln", factcheck.Count, "1500000", "", "", ""}}},
		{"wire table", "Shr 34 cts vs 1.19 dlrs\nNet 3,207,000 vs 4,715,000", []want{
			{"34 cts", factcheck.Money, "0.34", "", "USD", ""}, {"1.19 dlrs", factcheck.Money, "1.19", "", "USD", ""},
			{"3,207,000", factcheck.Money, "3207000", "", "USD", ""}, {"4,715,000", factcheck.Money, "4715000", "", "USD", ""}}},
		{"a figure compared with cents is in cents", "Shr 55.01 cents vs 97.76\nInt div 18 cents vs 16\nShr nine cts vs nine cts\nNet 98,0000 vs 97,000", []want{
			{"55.01 cents", factcheck.Money, "0.5501", "", "USD", ""}, {"97.76", factcheck.Money, "0.9776", "", "USD", ""},
			{"18 cents", factcheck.Money, "0.18", "", "USD", ""}, {"16", factcheck.Money, "0.16", "", "USD", ""},
			{"nine cts", factcheck.Money, "0.09", "", "USD", ""}, {"nine cts", factcheck.Money, "0.09", "", "USD", ""}, {"97,000", factcheck.Money, "97000", "", "USD", ""}}},
		{"cents compared, but not a sum's comparison", "It raised its dividend to 18 cts a share from 16. It earned 78,000 dlrs, or two cts a share, versus 597,000.", []want{
			{"18 cts", factcheck.Money, "0.18", "", "USD", ""}, {"16", factcheck.Money, "0.16", "", "USD", ""},
			{"78,000 dlrs", factcheck.Money, "78000", "", "USD", ""}, {"two cts", factcheck.Money, "0.02", "", "USD", ""}, {"597,000", factcheck.Count, "597000", "", "", ""}}},
		{"a results report whose share's row follows its dateline", "LONDON, April 13 - Year to end-December Shr 76.7p vs 67.7p\n    Div 17p making 23p vs 21p\n    Administrative expenses 65.1 mln vs 58.9 mln\n", []want{
			{"76.7p", factcheck.Money, "0.767", "", "GBP", ""}, {"67.7p", factcheck.Money, "0.677", "", "GBP", ""}, {"17p", factcheck.Money, "0.17", "", "GBP", ""},
			{"23p", factcheck.Money, "0.23", "", "GBP", ""}, {"21p", factcheck.Money, "0.21", "", "GBP", ""},
			{"65.1 mln", factcheck.Money, "65100000", "", "GBP", ""}, {"58.9 mln", factcheck.Money, "58900000", "", "GBP", ""}}},
		{"mixed fraction", "Rates rose 3-1/2 pct, from 5 1/4 pct.", []want{
			{"3-1/2 pct", factcheck.Percent, "3.5", "", "", ""}, {"5 1/4 pct", factcheck.Percent, "5.25", "", "", ""}}},
		{"an index named after its level", "The pound has strengthened to 72.7 on its trade-weighted index from 72.1 last night.", []want{
			{"72.7", factcheck.Measure, "72.7", "", "point", ""}, {"72.1", factcheck.Measure, "72.1", "", "point", ""}}},
		{"a quote compared with a quote takes its percent", "Call money traded at 3.85/95 pct, up from 3.80/90 yesterday.", []want{
			{"3.85/95 pct", factcheck.Percent, "3.85", "3.95", "", ""}, {"3.80/90", factcheck.Percent, "3.8", "3.9", "", ""}}},
		{"a rate's quotes run down", "Bills yielded 5.71/70 and 5.76/75 pct, against 4.50/43 pct.", []want{
			{"5.71/70", factcheck.Percent, "5.71", "5.7", "", ""}, {"5.76/75 pct", factcheck.Percent, "5.76", "5.75", "", ""},
			{"4.50/43 pct", factcheck.Percent, "4.5", "4.43", "", ""}}},
		{"a rate's quote after a wrapped line", "BEIRUT, Oct 19 - Trading in the Lebanese pound was halted. The pound closed on\nThursday at 407.00/412.00 to the dollar.", []want{
			{"407.00/412.00", factcheck.Money, "407", "412", "LBP", ""}}},
		{"hyphens in and a half, and two-bit", "Labour had two-and-a-half years, said two-bit Tories.", []want{
			{"two-and-a-half years", factcheck.Duration, "2.5", "", "year", ""}}},
		{"days of work or trading", "The halt ran two more working days, and the offer 20 business days.", []want{
			{"two more working days", factcheck.Duration, "2", "", "day", ""}, {"20 business days", factcheck.Duration, "20", "", "day", ""}}},
		{"days a market reports", "The price rose 10 cents in the past two reporting days.", []want{
			{"10 cents", factcheck.Money, "0.1", "", "USD", ""}, {"past two reporting days", factcheck.Duration, "2", "", "day", ""}}},
		{"a day of trading before a period's noun", "The price is the average over the 10\ntrading day period. It bought three profitable day care centers.", []want{
			{"10\ntrading day", factcheck.Duration, "10", "", "day", ""}, {"three profitable day care centers", factcheck.Count, "3", "", "", ""}}},
		{"a day in words after a word of time", "It announced on March nine that rates ended March One of the year; in March two people left.", []want{
			{"March nine", factcheck.Date, "--03-09", "", "", ""}, {"March One", factcheck.Date, "--03-01", "", "", ""}, {"two people", factcheck.Count, "2", "", "", ""}}},
		{"a day in words after 'sign'", "It expects to sign March six a 900,000 dlr contract.", []want{
			{"March six", factcheck.Date, "--03-06", "", "", ""}, {"900,000 dlr", factcheck.Money, "900000", "", "USD", ""}}},
		{"a rate against the Mark", "ANKARA - The bank set a Lira/Mark rate of 417.20/419.29 to the Mark.", []want{
			{"417.20/419.29", factcheck.Money, "417.2", "419.29", "TRL", ""}}},
		{"a rate per a unit of two words", "It averaged 0.30 ounces per short ton.", []want{
			{"0.30 ounces per short ton", factcheck.Measure, "0.3", "", "ounce per short ton", ""}}},
		{"a mine's grade in wire shorthand", "Reserves grade 0.342 ounce gold a short\nton, up from 0.756 ounce gold ton; it mined 40 tons of ore.", []want{
			{"0.342 ounce gold a short\nton", factcheck.Measure, "0.342", "", "ounce per short ton", ""},
			{"0.756 ounce gold ton", factcheck.Measure, "0.756", "", "ounce per ton", ""}, {"40 tons", factcheck.Measure, "40", "", "tonne", ""}}},
		{"a company trading, off a fraction", "NEW YORK - Warrants cost 3.00 dlrs. Thermwood is trading at 1-7/8, off 1/8.", []want{
			{"3.00 dlrs", factcheck.Money, "3", "", "USD", ""}, {"1-7/8", factcheck.Money, "1.875", "", "USD", ""}, {"1/8", factcheck.Money, "0.125", "", "USD", ""}}},
		{"a company's move in eighths with today between", "CHICAGO, March 25 - UAL today rose 2-1/2 to 62-1/2 on heavy volume.", []want{
			{"2-1/2", factcheck.Money, "2.5", "", "USD", ""}, {"62-1/2", factcheck.Money, "62.5", "", "USD", ""}}},
		{"a share's move said as was up, and the price it is at", "CHICAGO, March 25 - UAL stock today was up three at 63.\n    LONDON, April 2 - Lasmo shares were down 2p at 251 after the news.", []want{
			{"three", factcheck.Money, "3", "", "USD", ""}, {"63", factcheck.Money, "63", "", "USD", ""},
			{"2p", factcheck.Money, "0.02", "", "GBP", ""}, {"251", factcheck.Money, "2.51", "", "GBP", ""}}},
		{"a market report's moves in cents after one set out in full", "SYDNEY, April 13 - Western Mining jumped 1.04 dlrs to a record 10.30. Poseidon gained 3.00 to 16.00. Placer Pacific rose 25 cents to 3.95 dlrs, Elders 17 to 3.20, CRA 36 to 8.70 and Bell Resources rose eight to 5.70. BHP closed 15 down at 11.40. Turnover was 228 mln shares, with rises outnumbering falls by four to three.", []want{
			{"1.04 dlrs", factcheck.Money, "1.04", "", "AUD", ""}, {"10.30", factcheck.Money, "10.3", "", "AUD", ""}, {"3.00", factcheck.Money, "3", "", "AUD", ""}, {"16.00", factcheck.Money, "16", "", "AUD", ""},
			{"25 cents", factcheck.Money, "0.25", "", "AUD", ""}, {"3.95 dlrs", factcheck.Money, "3.95", "", "AUD", ""}, {"17", factcheck.Money, "0.17", "", "AUD", ""}, {"3.20", factcheck.Money, "3.2", "", "AUD", ""},
			{"36", factcheck.Money, "0.36", "", "AUD", ""}, {"8.70", factcheck.Money, "8.7", "", "AUD", ""}, {"eight", factcheck.Money, "0.08", "", "AUD", ""}, {"5.70", factcheck.Money, "5.7", "", "AUD", ""},
			{"15", factcheck.Money, "0.15", "", "AUD", ""}, {"11.40", factcheck.Money, "11.4", "", "AUD", ""}, {"228 mln shares", factcheck.Count, "228000000", "", "", ""}, {"four to three", factcheck.Count, "1.33", "", "", ""}}},
		{"a move and a price with no move set out in full", "Acme Corp 17 to 3.20 and Beta 36 to 8.70.", []want{
			{"17", factcheck.Count, "17", "", "", ""}, {"3.20", factcheck.Count, "3.2", "", "", ""}, {"36", factcheck.Count, "36", "", "", ""}, {"8.70", factcheck.Count, "8.7", "", "", ""}}},
		{"a company's moves in eighths", "NEW YORK, March 6 - Hughes Tool closed up 5-3/8 at 49-1/8. Piedmont, which slipped 1/2 to close at 69-5/8, said nothing. Acme fell one to 68-5/8 and Barnes was off 3/8 to 31.", []want{
			{"5-3/8", factcheck.Money, "5.375", "", "USD", ""}, {"49-1/8", factcheck.Money, "49.125", "", "USD", ""},
			{"1/2", factcheck.Money, "0.5", "", "USD", ""}, {"69-5/8", factcheck.Money, "69.625", "", "USD", ""},
			{"one", factcheck.Money, "1", "", "USD", ""}, {"68-5/8", factcheck.Money, "68.625", "", "USD", ""},
			{"3/8", factcheck.Money, "0.375", "", "USD", ""}, {"31", factcheck.Money, "31", "", "USD", ""}}},
		{"a list of moves, the verb said once, with tickers", "NEW YORK, April 20 - Zenith Paper &lt;ZP> fell 4-3/8 to 95-1/2, Acme Corp &lt;AC> 3-1/2 to 69, Boise Widget 2-3/8 to 74-3/8 and Tolland Inc &lt;TOL> 1/2 to 36.", []want{
			{"4-3/8", factcheck.Money, "4.375", "", "USD", ""}, {"95-1/2", factcheck.Money, "95.5", "", "USD", ""},
			{"3-1/2", factcheck.Money, "3.5", "", "USD", ""}, {"69", factcheck.Money, "69", "", "USD", ""},
			{"2-3/8", factcheck.Money, "2.375", "", "USD", ""}, {"74-3/8", factcheck.Money, "74.375", "", "USD", ""},
			{"1/2", factcheck.Money, "0.5", "", "USD", ""}, {"36", factcheck.Money, "36", "", "USD", ""}}},
		{"a company's move in whole figures is a count", "NEW YORK, March 6 - Hughes Tool said exports rose 5 to 10 and Acme rose 3.5 to 12.", []want{
			{"5", factcheck.Count, "5", "", "", ""}, {"10", factcheck.Count, "10", "", "", ""},
			{"3.5", factcheck.Count, "3.5", "", "", ""}, {"12", factcheck.Count, "12", "", "", ""}}},
		{"a range of months and years", "It ran from September 1956 to September 1957 and in (October 1986-April 1987).", []want{
			{"September 1956 to September 1957", factcheck.Date, "1956-09", "1957-09", "", ""},
			{"October 1986-April 1987", factcheck.Date, "1986-10", "1987-04", "", ""}}},
		{"a range of months and years between", "Rates rose five times between November 2003 and August 2004.", []want{
			{"five times", factcheck.Count, "5", "", "", ""}, {"November 2003 and August 2004", factcheck.Date, "2003-11", "2004-08", "", ""}}},
		{"an approximate day and a half", "Crews battled the fire for roughly a day and a half.", []want{
			{"roughly a day and a half", factcheck.Duration, "1.5", "", "day", factcheck.Approx}}},
		{"a range with or in digits", "Countries could have 15 or 20 years to repay at 10 or 12 pct; rates of 3, 4 or 5 percent.", []want{
			{"15 or 20 years", factcheck.Duration, "15", "20", "year", ""}, {"10 or 12 pct", factcheck.Percent, "10", "12", "", ""},
			{"3", factcheck.Percent, "3", "", "", ""}, {"4", factcheck.Percent, "4", "", "", ""}, {"5 percent", factcheck.Percent, "5", "", "", ""}}},
		{"a range with or, its end in words", "Growth will be 2.5 or three pct.", []want{{"2.5 or three pct", factcheck.Percent, "2.5", "3", "", ""}}},
		{"a time said with how it passed", "He served 47 continuous years; offers stay open 30 calendar days.", []want{
			{"47 continuous years", factcheck.Duration, "47", "", "year", ""}, {"30 calendar days", factcheck.Duration, "30", "", "day", ""}}},
		{"an age after age", "Most are diagnosed by age 8; a minimum age of 21 applies.", []want{
			{"8", factcheck.Duration, "8", "", "year", ""}, {"21", factcheck.Duration, "21", "", "year", ""}}},
		{"an age a few words after age", "It asked for a lowering of the voting age to 16, as the age of majority was reduced to 18.", []want{
			{"16", factcheck.Duration, "16", "", "year", ""}, {"18", factcheck.Duration, "18", "", "year", ""}}},
		{"the start of a change in the unit of its end", "They extend the period to 14 years from\n12-1/2, and sold 49 cars in the first two months, up from 37.", []want{
			{"14 years", factcheck.Duration, "14", "", "year", ""}, {"12-1/2", factcheck.Duration, "12.5", "", "year", ""},
			{"49 cars", factcheck.Count, "49", "", "", ""}, {"two months", factcheck.Duration, "2", "", "month", ""}, {"37", factcheck.Count, "37", "", "", ""}}},
		{"a change and the level it reached", "Brent crude rose, adding $1.89 to $48.62 at the close.", []want{
			{"$1.89", factcheck.Money, "1.89", "", "USD", ""}, {"$48.62", factcheck.Money, "48.62", "", "USD", ""}}},
		{"the end of a change in the unit of its start", "It cut the line from 25.0 mln dlrs to 20.0 and set a new one.", []want{
			{"25.0 mln dlrs", factcheck.Money, "25000000", "", "USD", ""}, {"20.0", factcheck.Money, "20000000", "", "USD", ""}}},
		{"a decimal said in words", "Sales fell only one point three per cent; the deficit was two point five billion pounds.", []want{
			{"one point three per cent", factcheck.Percent, "1.3", "", "", ""}, {"two point five billion pounds", factcheck.Money, "2500000000", "", "GBP", ""}}},
		{"a fraction after and, US style", "It ended three and one-half years of tests and eleven and three-quarters pct of costs.", []want{
			{"three and one-half years", factcheck.Duration, "3.5", "", "year", ""}, {"eleven and three-quarters pct", factcheck.Percent, "11.75", "", "", ""}}},
		{"a month, a comma and a year", "It will hold 40 pct until January, 1999. In March, 2000 people marched.", []want{
			{"40 pct", factcheck.Percent, "40", "", "", ""}, {"January, 1999", factcheck.Date, "1999-01", "", "", ""}, {"2000 people", factcheck.Count, "2000", "", "", ""}}},
		{"a month, a comma and a year before a conjunction", "Cathay floated its shares in April, 1986 and is now listed.", []want{
			{"April, 1986", factcheck.Date, "1986-04", "", "", ""}}},
		{"one after a count of other things", "It may nominate two directors to the board and one representative to serve as an adviser.", []want{
			{"two directors", factcheck.Count, "2", "", "", ""}, {"one representative", factcheck.Count, "1", "", "", ""}}},
		{"ordinals of terms", "His second-string side beat two first class sides; the first baseman and the first minister's aide agreed.", []want{
			{"two", factcheck.Count, "2", "", "", ""}}},
		{"a few dozen, several dozen", "A few dozen protesters came and several dozen stayed.", []want{
			{"A few dozen protesters", factcheck.Count, "24", "", "", factcheck.LowerBound}, {"several dozen", factcheck.Count, "24", "", "", factcheck.LowerBound}}},
		{"several hundred of a larger scale", "Funds sold several hundred million dollars and a few hundred thousand bags.", []want{
			{"several hundred million dollars", factcheck.Money, "200000000", "", "USD", factcheck.LowerBound},
			{"a few hundred thousand bags", factcheck.Count, "200000", "", "", factcheck.LowerBound}}},
		{"a month then a count", "In January 25 people were convicted; on March 3 workers struck.", []want{
			{"25 people", factcheck.Count, "25", "", "", ""}, {"March 3", factcheck.Date, "--03-03", "", "", ""}}},
		{"a month and year compared, not bounded", "Sales rose 12 pct over March 1986, and no rises until at least April 1990.", []want{
			{"12 pct", factcheck.Percent, "12", "", "", ""}, {"March 1986", factcheck.Date, "1986-03", "", "", ""},
			{"at least April 1990", factcheck.Date, "1990-04", "", "", factcheck.LowerBound}}},
		{"a range's end in words before per cent", "They will have between 6.5 and seven per cent.", []want{
			{"6.5 and seven per cent", factcheck.Percent, "6.5", "7", "", ""}}},
		{"a bond's price in 32nds", "The bond held at 98-16/32 after a range of 101-24/32 to 101-28/32; it fell 1-3/32 points.", []want{
			{"98-16/32", factcheck.Measure, "98.5", "", "point", ""}, {"101-24/32 to 101-28/32", factcheck.Measure, "101.75", "101.875", "point", ""},
			{"1-3/32 points", factcheck.Measure, "1.09375", "", "point", ""}}},
		{"one alone is no claim", "One of them said no one knew.", nil},
		{"quarters of a year after an ordinal or a word of time", "It declared 15-cnt-per-share dividends for the first three quarters; sales fell in the past two quarters, and three quarters of analysts agreed.", []want{
			{"15-cnt", factcheck.Money, "0.15", "", "USD", ""}, {"three quarters", factcheck.Count, "3", "", "", ""},
			{"two quarters", factcheck.Count, "2", "", "", ""}, {"three quarters of analysts", factcheck.Percent, "75", "", "", ""}}},
		{"a third world record ranks", "It was the third world record of the day.", []want{
			{"third world record", factcheck.Ordinal, "3", "", "", ""}}},
		{"a count of a capitalised noun, hyphened", "England face a three-Test series, and a BMW 3-Series car is a name.", []want{
			{"three-Test", factcheck.Count, "3", "", "", ""}}},
		{"a rank opening a sentence", "Dechy won. Number one men's seed Lleyton Hewitt begins on Tuesday.", []want{
			{"Number one men's seed", factcheck.Ordinal, "1", "", "", ""}}},
		{"a rating's steps", "S&P lifted the rating by one notch to BB+, one notch below investment grade.", []want{
			{"one notch", factcheck.Count, "1", "", "", ""}, {"one notch", factcheck.Count, "1", "", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

func TestExtractPercentMoneyMeasure(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"percent sign", "Profits jumped 76% to $1.13bn (£600m).", []want{
			{"76%", factcheck.Percent, "76", "", "", ""}, {"$1.13bn", factcheck.Money, "1130000000", "", "USD", ""}, {"£600m", factcheck.Money, "600000000", "", "GBP", ""}}},
		{"a verb that says what a figure shows is no noun of it", "A rise of 2 pct suggests growth; a 6 pct increase; a survey of 1,300 bosses suggests it.", []want{
			{"2 pct", factcheck.Percent, "2", "", "", ""}, {"6 pct increase", factcheck.Percent, "6", "", "", ""}, {"1,300 bosses", factcheck.Count, "1300", "", "", ""}}},
		{"percent word", "Turnout was 12 percent, up from 9 per cent.", []want{
			{"12 percent", factcheck.Percent, "12", "", "", ""}, {"9 per cent", factcheck.Percent, "9", "", "", ""}}},
		{"a hyphenated scale", "A one-billion stg tap issue and a two-million tonne crop.", []want{
			{"one-billion stg", factcheck.Money, "1000000000", "", "GBP", ""}, {"two-million tonne", factcheck.Measure, "2000000", "", "tonne", ""}}},
		{"hundreds and thousands hyphenated to their number", "Repairs cost two-hundred-odd pounds, or three-thousand dollars.", []want{
			{"two-hundred-odd pounds", factcheck.Money, "200", "", "GBP", factcheck.LowerBound}, {"three-thousand dollars", factcheck.Money, "3000", "", "USD", ""}}},
		{"a sum joined by hyphens to its dollar's nation, over a line's end", "It bid 300-mln-Canadian-dlr and its proposed 5.22-billion-\nCanadian-dlr acquisition went ahead.", []want{
			{"300-mln-Canadian-dlr", factcheck.Money, "300000000", "", "CAD", ""}, {"5.22-billion-\nCanadian-dlr", factcheck.Money, "5220000000", "", "CAD", ""}}},
		{"a figure with no digit before its point", "He hit .425 (.265/.324) and Regal offered .50 share.", []want{
			{".425", factcheck.Count, "0.425", "", "", ""}, {".265", factcheck.Count, "0.265", "", "", ""},
			{".324", factcheck.Count, "0.324", "", "", ""}, {".50 share", factcheck.Count, "0.5", "", "", ""}}},
		{"a zero after a figure's leading point, a range and a change of such figures", "It cut its fee of .06 pct. Assays showed gold .062 to .19 oz per ton. The fee rose from .05 to .07 pct.", []want{
			{".06 pct", factcheck.Percent, "0.06", "", "", ""}, {".062 to .19 oz per ton", factcheck.Measure, "0.062", "0.19", "ounce per ton", ""},
			{".05", factcheck.Percent, "0.05", "", "", ""}, {".07 pct", factcheck.Percent, "0.07", "", "", ""}}},
		{"billions after a dollar sign, abbreviated measures", "A tax of $1.2B; add 2 TBLS of oil; 300 MLN BBLS, or 300,000 barrels daily.", []want{
			{"$1.2B", factcheck.Money, "1200000000", "", "USD", ""}, {"2 TBLS", factcheck.Measure, "2", "", "tablespoon", ""},
			{"300 MLN BBLS", factcheck.Measure, "300000000", "", "barrel", ""}, {"300,000 barrels daily", factcheck.Measure, "300000", "", "barrel per day", ""}}},
		{"a time is no subject", "The index gained 2.77 after falling 4.77 yesterday.", []want{
			{"2.77", factcheck.Measure, "2.77", "", "point", ""}, {"4.77", factcheck.Measure, "4.77", "", "point", ""}}}, // an index's moves
		{"a time after a share is no subject", "It holds a 90 pct stake through 1987 and 100 pct thereafter.", []want{
			{"90 pct stake", factcheck.Percent, "90", "", "", ""}, {"1987", factcheck.Date, "1987", "", "", ""}, {"100 pct", factcheck.Percent, "100", "", "", ""}}},
		{"the currencies of the 1980s", "Petrol costs 17.5 intis, or 1.26 cruzados.", []want{
			{"17.5 intis", factcheck.Money, "17.5", "", "PEI", ""}, {"1.26 cruzados", factcheck.Money, "1.26", "", "BRC", ""}}},
		{"the wires' francs, guilders and lire before or after a sum; a table's capital label is no currency", "PARIS, March 3 - Peugeot rose FFr 42, Fiat gained Lit 45, Petrofina fell 11,925 bfrs and Unilever rose Dfl 3.\nFFR          7.8520/8678", []want{
			{"FFr 42", factcheck.Money, "42", "", "FRF", ""}, {"Lit 45", factcheck.Money, "45", "", "ITL", ""}, {"11,925 bfrs", factcheck.Money, "11925", "", "BEF", ""},
			{"Dfl 3", factcheck.Money, "3", "", "NLG", ""}, {"7.8520/8678", factcheck.Count, "7.852", "7.8678", "", ""}}},
		{"a dealer's quote after a currency's sign, and a loss in 'Cdn dlrs'", "Sterling traded at US$1.5325-35 early. The bank lost 87 mln Cdn dlrs.", []want{
			{"US$1.5325-35", factcheck.Money, "1.5325", "1.5335", "USD", ""}, {"87 mln Cdn dlrs", factcheck.Money, "87000000", "", "CAD", ""}}},
		{"a dealer's quote", "The inti's rate is 14.85/92 and the dollar closed at 1.8340/45 marks.", []want{
			{"14.85/92", factcheck.Count, "14.85", "14.92", "", ""}, {"1.8340/45 marks", factcheck.Money, "1.834", "1.8345", "DEM", ""}}},
		{"a dealer's quote whose offer keeps its point", "NEW YORK, April 7 - Bullion firmed to 423.00/423.50 dlrs an ounce from 422.25/3.25 in New York.", []want{
			{"423.00/423.50 dlrs", factcheck.Money, "423", "423.5", "USD", ""}, {"422.25/3.25", factcheck.Money, "422.25", "423.25", "USD", ""}}},
		{"a quote in two whole figures", "Near Aug was quoted at 154.60/154.80 dlrs (bid-asked) after a high-low of 155.80/152.", []want{
			{"154.60/154.80 dlrs", factcheck.Money, "154.6", "154.8", "USD", ""}}},
		{"a quote in whole figures and a currency, not a fraction or a ratio", "Gold was 125/132 dlrs a kilo, up from 120/126 (a ratio of 125/132), with 1/2 dlr and 3/4 of the lots.", []want{
			{"125/132 dlrs", factcheck.Money, "125", "132", "USD", ""}, {"120/126", factcheck.Money, "120", "126", "USD", ""},
			{"1/2 dlr", factcheck.Money, "0.5", "", "USD", ""}, {"3/4 of the lots", factcheck.Percent, "75", "", "", ""}}},
		{"whole figures and a slash, no currency", "The panel voted 125/132 and the ratio stood at 24/25.", nil},
		{"a quote in thousands and a currency, not thousands apart", "The latest gold price was 2,045/2,070 francs per 100 grammes; 1,000/2,000 francs were paid.", []want{
			{"2,045/2,070 francs", factcheck.Money, "2045", "2070", "CHF", ""}, {"100 grammes", factcheck.Measure, "100", "", "gramme", ""}}},
		{"billions of debt in the story's currency, not revenue miles", "SYDNEY - The deficit was 4.2 billion dlrs. Output would grow, inflation would fall and the current account deficit would narrow; far on, net foreign debt would grow from 81 billion to 97.2 billion, and revenue passenger miles rose to 1.35 billion.", []want{
			{"4.2 billion dlrs", factcheck.Money, "4200000000", "", "AUD", ""}, {"81 billion", factcheck.Money, "81000000000", "", "AUD", ""},
			{"97.2 billion", factcheck.Money, "97200000000", "", "AUD", ""}, {"1.35 billion", factcheck.Measure, "1350000000", "", "revenue passenger mile", ""}}},
		{"bolivars of no known time, and new ones", "The debt rose to 4.67 billion bolivars. It owed the new 40 bolivars.", []want{{"4.67 billion bolivars", factcheck.Money, "4670000000", "", "VEB", ""}, {"40 bolivars", factcheck.Money, "40", "", "VEF", ""}}},
		{"sales in billions in the story's currency", "TOKYO - Net profit was 10.95 billion yen.\n    Sales were 0.3 pct down at 592.37 billion, and 4,000 cars were sold.", []want{
			{"10.95 billion yen", factcheck.Money, "10950000000", "", "JPY", ""}, {"0.3 pct", factcheck.Percent, "0.3", "", "", ""},
			{"592.37 billion", factcheck.Money, "592370000000", "", "JPY", ""}, {"4,000 cars", factcheck.Count, "4000", "", "", ""}}},
		{"a dealer's quotes, a currency said once", "The pound fetched 2.9480/9520 marks and 1.6190/6200 dlrs after its opening 2.9540/75 and 1.6213/23.", []want{
			{"2.9480/9520 marks", factcheck.Money, "2.948", "2.952", "DEM", ""}, {"1.6190/6200 dlrs", factcheck.Money, "1.619", "1.62", "USD", ""},
			{"2.9540/75", factcheck.Money, "2.954", "2.9575", "DEM", ""}, {"1.6213/23", factcheck.Money, "1.6213", "1.6223", "USD", ""}}},
		{"lire, and two numbers with one scale each", "ROME, March 3 - Deposits between one billion and three billion lire are covered.", []want{
			{"one billion and three billion lire", factcheck.Money, "1000000000", "3000000000", "ITL", ""}}},
		{"a minus after a table's column gap is a sign, no range's dash (but '10 -15' a range)", "Closing levels:\n\nCAC 40       7,611.02    -18.65   -0.24%\n\nYear\tGrowth\n2020\t-4.6\n\nIt cost 10 -15 dollars.", []want{
			{"7,611.02", factcheck.Measure, "7611.02", "", "point", ""}, {"-18.65", factcheck.Measure, "-18.65", "", "point", ""}, {"-0.24%", factcheck.Percent, "-0.24", "", "", ""},
			{"2020", factcheck.Date, "2020", "", "", ""}, {"-4.6", factcheck.Count, "-4.6", "", "", ""}, {"10 -15 dollars", factcheck.Money, "10", "15", "USD", ""}}},
		{"a range of pence, the 'p' said twice", "Tins cost 10p-15p, or between 302p and 310p.", []want{
			{"10p-15p", factcheck.Money, "0.1", "0.15", "GBP", ""}, {"between 302p and 310p", factcheck.Money, "3.02", "3.1", "GBP", ""}}},
		{"a range of sums whose end has its own scale, the currency said again", "Fines range from £200 to £5k, and between $2 and $5bn.", []want{
			{"£200 to £5k", factcheck.Money, "200", "5000", "GBP", ""}, {"between $2 and $5bn", factcheck.Money, "2000000000", "5000000000", "USD", ""}}},
		{"two numbers with a hundred and one scale each, a range", "The galaxy holds between one hundred billion and four hundred billion stars, and two thousand and five comets.", []want{
			{"one hundred billion and four hundred billion stars", factcheck.Count, "100000000000", "400000000000", "", ""}, {"two thousand and five comets", factcheck.Count, "2005", "", "", ""}}},
		{"wire pct", "Sales rose 4.5 pct.", []want{{"4.5 pct", factcheck.Percent, "4.5", "", "", ""}}},
		{"percent range", "Growth of 10-12% is expected.", []want{{"10-12%", factcheck.Percent, "10", "12", "", ""}}},
		{"percent range between", "Growth of between 3% and 5%.", []want{{"3% and 5%", factcheck.Percent, "3", "5", "", ""}}},
		{"a third of", "A third of voters agreed.", []want{{"A third", factcheck.Percent, "33.33", "", "", ""}}},
		{"a share of a change whose verb stands far before it", "Westland will reduce the 6,000 workforce of its helicopter division by around\na third over the next few weeks; crude prices cut revenue from oil exports by half.", []want{
			{"6,000 workforce", factcheck.Count, "6000", "", "", ""}, {"around\na third", factcheck.Percent, "33.33", "", "", factcheck.Approx}, {"half", factcheck.Percent, "50", "", "", ""}}},
		{"a share taken off a price, in words or a vulgar fraction", "Coats are ⅓ off, boots a third off and shirts ½ off; he set off a third time.", []want{
			{"⅓", factcheck.Percent, "33.33", "", "", ""}, {"a third", factcheck.Percent, "33.33", "", "", ""}, {"½", factcheck.Percent, "50", "", "", ""}, {"a third time", factcheck.Ordinal, "3", "", "", ""}}},
		{"a fraction before any comparative and 'than'; watt-hours glued", "At 58 grams it is about a third lighter than the original, and its battery about 74Wh.", []want{
			{"58 grams", factcheck.Measure, "58", "", "g", ""}, {"about a third lighter", factcheck.Percent, "33.33", "", "", factcheck.Approx}, {"about 74Wh", factcheck.Measure, "74", "", "Wh", factcheck.Approx}}},
		{"a third alone", "Sales fell by a third, and jobs by a quarter.", []want{
			{"a third", factcheck.Percent, "33.33", "", "", ""}, {"a quarter", factcheck.Percent, "25", "", "", ""}}},
		{"a third term", "She won a third term.", []want{{"third", factcheck.Ordinal, "3", "", "", ""}}},
		{"a share that said", "Around one quarter said no, a third backed it and a fifth felt unsure.", []want{
			{"Around one quarter", factcheck.Percent, "25", "", "", factcheck.Approx}, {"a third", factcheck.Percent, "33.33", "", "", ""},
			{"a fifth", factcheck.Percent, "20", "", "", ""}}},
		{"a share that does", "More than a quarter have bought online, and almost a third are keen.", []want{
			{"More than a quarter", factcheck.Percent, "25", "", "", factcheck.LowerBound}, {"almost a third", factcheck.Percent, "33.33", "", "", factcheck.UpperBound}}},
		{"a quarter of a year is no share", "Profits for one quarter rose.", nil},
		{"fraction of a percentage point", "Rates rose by a quarter of a percentage point, then half a percentage point.", []want{
			{"a quarter of a percentage point", factcheck.Percent, "0.25", "", "percentage point", ""},
			{"half a percentage point", factcheck.Percent, "0.5", "", "percentage point", ""}}},
		{"half a point of a price", "The call price falls by half a point each year and the gilts lost a half point.", []want{
			{"half a point", factcheck.Measure, "0.5", "", "point", ""}, {"a half point", factcheck.Measure, "0.5", "", "point", ""}}},
		{"half a point of a rate named before", "The rate was unchanged at 8-3/4 since it was raised by a half-point.", []want{
			{"8-3/4", factcheck.Count, "8.75", "", "", ""}, {"a half-point", factcheck.Percent, "0.5", "", "percentage point", ""}}},
		{"a half-point change with no rate in sight is left", "Forecasts are for a half-point cut.", nil},
		{"a fraction of a point, its article dropped or hyphenated through 'percentage'", "Rates may fall: some see a possible quarter point cut and a half-point rise, or a quarter-percentage-point cut. Rates fell a quarter of a point.", []want{
			{"quarter point", factcheck.Percent, "0.25", "", "percentage point", ""}, {"a half-point", factcheck.Percent, "0.5", "", "percentage point", ""},
			{"a quarter-percentage-point", factcheck.Percent, "0.25", "", "percentage point", ""}, {"a quarter of a point", factcheck.Percent, "0.25", "", "percentage point", ""}}},
		{"a fraction of an index's point", "The index fell three quarters of a point.", []want{
			{"three quarters of a point", factcheck.Measure, "0.75", "", "point", ""}}},
		{"a quarter point of a rate its change names, or that rates were changed by", "Quarter-point prime rate increases came; banks lifted their rates a quarter point to 7-3/4 pct.", []want{
			{"Quarter-point", factcheck.Percent, "0.25", "", "percentage point", ""}, {"a quarter point", factcheck.Percent, "0.25", "", "percentage point", ""},
			{"7-3/4 pct", factcheck.Percent, "7.75", "", "", ""}}},
		{"another share", "Coffee will be one-third of exports, with oil making up another third and another third term unlikely.", []want{
			{"one-third", factcheck.Percent, "33.33", "", "", ""}, {"another third", factcheck.Percent, "33.33", "", "", ""}, {"third term", factcheck.Ordinal, "3", "", "", ""}}},
		{"metres across a span, but millions across what an audience spans; 'c.' before a figure is about it", "The crater is 100m across. It drew an audience of c. 9.3m across linear and streaming and cost c. $90m.", []want{
			{"100m", factcheck.Measure, "100", "", "m", ""}, {"c. 9.3m", factcheck.Count, "9300000", "", "", factcheck.Approx}, {"c. $90m", factcheck.Money, "90000000", "", "USD", factcheck.Approx}}},
		{"metres high", "The statue is 2.5m high and 6m long; it cost £6m.", []want{
			{"2.5m", factcheck.Measure, "2.5", "", "m", ""}, {"6m", factcheck.Measure, "6", "", "m", ""}, {"£6m", factcheck.Money, "6000000", "", "GBP", ""}}},
		{"the final 400m", "He faded over the final 400m.", []want{{"400m", factcheck.Measure, "400", "", "m", ""}}},
		{"a running time's minutes glued after its hours", "The documentary runs 1h52; the cut ran 2h05m.", []want{{"1h52", factcheck.Duration, "112", "", "minute", ""}, {"2h05m", factcheck.Duration, "125", "", "minute", ""}}},
		{"hours and minutes abbreviated", "The stage took 4h 12m; the marathon 2h 06m 10s, and the delay about 1h 5min.", []want{
			{"4h 12m", factcheck.Duration, "252", "", "minute", ""}, {"2h 06m 10s", factcheck.Duration, "7570", "", "second", ""},
			{"about 1h 5min", factcheck.Duration, "65", "", "minute", factcheck.Approx}}},
		{"metres to go", "She kicked with 600m to go.", []want{{"600m", factcheck.Measure, "600", "", "m", ""}}},
		{"metres of a run on a pitch", "The winger scored a 75m intercept try.", []want{{"75m", factcheck.Measure, "75", "", "m", ""}}},
		{"rain in litres a square metre, written short", "Chiva recorded 491 l/m² and Turis had 300 l/m2.", []want{
			{"491 l/m²", factcheck.Measure, "491", "", "litre per sq m", ""}, {"300 l/m2", factcheck.Measure, "300", "", "litre per sq m", ""}}},
		{"people counted in millions, two decimals and all", "The number of people on zero-hours contracts hit a record 1.03m in the quarter.", []want{{"1.03m", factcheck.Count, "1030000", "", "", ""}}},
		{"a fraction of a percentage point in digits", "The rate fell by 0.9 of a percentage point to 4.1%.", []want{
			{"0.9 of a percentage point", factcheck.Percent, "0.9", "", "percentage point", ""}, {"4.1%", factcheck.Percent, "4.1", "", "", ""}}},
		{"ages of a life told in an obituary: a career begun, a first work, a name's appositive, 'is now', a list after an age, a birthday to come", "Okafor began boxing professionally at 17 and won his first title at 22. The earl, now 84, lives nearby. The twins, now 90 and 88, still farm. Adeyemi is now 91. She will turn 100 in May.", []want{
			{"17", factcheck.Duration, "17", "", "year", ""}, {"his first title", factcheck.Ordinal, "1", "", "", ""}, {"22", factcheck.Duration, "22", "", "year", ""},
			{"84", factcheck.Duration, "84", "", "year", ""}, {"90", factcheck.Duration, "90", "", "year", ""}, {"88", factcheck.Duration, "88", "", "year", ""},
			{"91", factcheck.Duration, "91", "", "year", ""}, {"100", factcheck.Duration, "100", "", "year", ""}}},
		{"a multiple's noun naming one of a series of events is no multiple (but one 'of' a thing is)", "The network's third halving came in 2020; the next halving is due in 2028. Rivals planned a halving of fees.", []want{
			{"third", factcheck.Ordinal, "3", "", "", ""}, {"2020", factcheck.Date, "2020", "", "", ""}, {"2028", factcheck.Date, "2028", "", "", ""},
			{"halving", factcheck.Measure, "0.5", "", "times", ""}}},
		{"ages told of medians and the youngest", "Africa has a median age of about 19; Utah was the youngest at 31.9.", []want{
			{"about 19", factcheck.Duration, "19", "", "year", factcheck.Approx}, {"31.9", factcheck.Duration, "31.9", "", "year", ""}}},
		{"ages of a population after a verb, an adverb or a change", "Chile's median age of only 36 rose, and the mean age of fathers at birth climbed to 33.4, up from 31.2; life expectancy rose to 81.", []want{
			{"36", factcheck.Duration, "36", "", "year", ""}, {"33.4", factcheck.Duration, "33.4", "", "year", ""}, {"31.2", factcheck.Duration, "31.2", "", "year", ""},
			{"81", factcheck.Duration, "81", "", "year", ""}}},
		{"a change's end in its start's unit, metres of a length", "He backs a cut in the limit from 24 weeks to 20, and a rate from 5.2 pct to 5.6; the roll stretches for about 300m. Leave grows from six months to nine.", []want{
			{"24 weeks", factcheck.Duration, "24", "", "week", ""}, {"20", factcheck.Duration, "20", "", "week", ""},
			{"5.2 pct", factcheck.Percent, "5.2", "", "", ""}, {"5.6", factcheck.Percent, "5.6", "", "", ""},
			{"about 300m", factcheck.Measure, "300", "", "m", factcheck.Approx}, {"six months", factcheck.Duration, "6", "", "month", ""}, {"nine", factcheck.Duration, "9", "", "month", ""}}},
		{"metres of a play, a run to score", "Walder was wide with a 40m penalty. Tait raced 30m to score. The club took a £40m penalty.", []want{
			{"40m", factcheck.Measure, "40", "", "m", ""}, {"30m", factcheck.Measure, "30", "", "m", ""}, {"£40m", factcheck.Money, "40000000", "", "GBP", ""}}},
		{"metres in a race report", "She won the 3,000m. She led for 700m and then faded.", []want{
			{"700m", factcheck.Measure, "700", "", "m", ""}}},
		{"millions in a text of money", "Profit hit £40m in 1,500 shops. Sales were 700m.", []want{
			{"£40m", factcheck.Money, "40000000", "", "GBP", ""}, {"1,500 shops", factcheck.Count, "1500", "", "", ""},
			{"700m", factcheck.Count, "700000000", "", "", ""}}},
		{"two-thirds", "Two-thirds of the staff left.", []want{{"Two-thirds", factcheck.Percent, "66.67", "", "", ""}}},
		{"one in five", "One in five children is poor.", []want{{"One in five", factcheck.Percent, "20", "", "", ""}}},
		{"out of mixed", "Nine out of 10 separations.", []want{{"Nine out of 10", factcheck.Percent, "90", "", "", ""}}},
		{"swiss francs", "It made 86.7bn Swiss francs.", []want{{"86.7bn Swiss francs", factcheck.Money, "86700000000", "", "CHF", ""}}},
		{"name with cent", "The rapper 50 Cent sang.", nil},
		{"half of", "Half of the budget went.", []want{{"Half", factcheck.Percent, "50", "", "", ""}}},
		{"euros", "It raised 300 million euros.", []want{{"300 million euros", factcheck.Money, "300000000", "", "EUR", ""}}},
		{"pounds sign", "Tickets cost £5.", []want{{"£5", factcheck.Money, "5", "", "GBP", ""}}},
		{"dollar billion", "A $1.2 billion deal.", []want{{"$1.2 billion", factcheck.Money, "1200000000", "", "USD", ""}}},
		{"range with currency", "It costs between £5bn and £6bn.", []want{{"£5bn and £6bn", factcheck.Money, "5000000000", "6000000000", "GBP", ""}}},
		{"rupees", "It earned Rs 500 crore.", []want{{"Rs 500 crore", factcheck.Money, "5000000000", "", "INR", ""}}},
		{"marks where Germany is said", "FRANKFURT, March 4 - Profits of German banks rose to 3.78 billion marks from 2.92 billion.", []want{
			{"3.78 billion marks", factcheck.Money, "3780000000", "", "DEM", ""}, {"2.92 billion", factcheck.Money, "2920000000", "", "DEM", ""}}},
		{"marks elsewhere are no money: an index's level, a test's score", "The index passed the 10,000 mark and she got 40 marks in the test.", []want{
			{"10,000 mark", factcheck.Measure, "10000", "", "point", ""}, {"40 marks", factcheck.Count, "40", "", "", ""}}},
		{"Deutsche Mark abbreviated", "It had 5 billion D-marks, DM 3 billion and DM3.5bn.", []want{
			{"5 billion D-marks", factcheck.Money, "5000000000", "", "DEM", ""}, {"DM 3 billion", factcheck.Money, "3000000000", "", "DEM", ""},
			{"DM3.5bn", factcheck.Money, "3500000000", "", "DEM", ""}}},
		{"currencies the euro replaced", "Fares were 40 guilders, 300 pesetas, 9 drachmas, 12 escudos and 1.8 billion schillings.", []want{
			{"40 guilders", factcheck.Money, "40", "", "NLG", ""}, {"300 pesetas", factcheck.Money, "300", "", "ESP", ""},
			{"9 drachmas", factcheck.Money, "9", "", "GRD", ""}, {"12 escudos", factcheck.Money, "12", "", "PTE", ""},
			{"1.8 billion schillings", factcheck.Money, "1800000000", "", "ATS", ""}}},
		{"currency carried to a figure compared", "The deficit is 56.88 billion rupees, down from an upwardly revised estimate of a record 82.85 billion.", []want{
			{"56.88 billion rupees", factcheck.Money, "56880000000", "", "INR", ""}, {"82.85 billion", factcheck.Money, "82850000000", "", "INR", ""}}},
		{"range from a fraction to words", "Profits were some 6-1/2 to seven billion dlrs.", []want{
			{"6-1/2 to seven billion dlrs", factcheck.Money, "6500000000", "7000000000", "USD", factcheck.Approx}}},
		{"a year then a figure", "Robots will swell from 81,000 units in 2003 to 106,000 in 2007.", []want{
			{"81,000 units", factcheck.Count, "81000", "", "", ""}, {"2003", factcheck.Date, "2003", "", "", ""},
			{"106,000", factcheck.Count, "106000", "", "", ""}, {"2007", factcheck.Date, "2007", "", "", ""}}},
		{"a fraction before its unit", "About a tenth inch of rain fell in a roughly half mile stretch a half hour later.", []want{
			{"a tenth inch", factcheck.Measure, "0.1", "", "inch", factcheck.Approx}, {"half mile", factcheck.Measure, "0.5", "", "mile", factcheck.Approx},
			{"a half hour", factcheck.Duration, "0.5", "", "hour", ""}}},
		{"a fraction of time that ranks", "Rates held for a sixth month, a third week in a row.", []want{
			{"sixth month", factcheck.Ordinal, "6", "", "", ""}, {"third week", factcheck.Ordinal, "3", "", "", ""}}},
		{"spaced scale of a temperature", "Air temperatures down to minus 30 C and 12 C.", []want{
			{"minus 30 C", factcheck.Measure, "-30", "", "°C", ""}, {"12 C", factcheck.Measure, "12", "", "°C", ""}}},
		{"times out of", "At 40mph, nine times out of ten they die.", []want{
			{"40mph", factcheck.Measure, "40", "", "mph", ""}, {"nine times out of ten", factcheck.Percent, "90", "", "", ""}}},
		{"places moved in a chart, and the place reached", "The game moved up one spot to first place. Halo 2 dropped one place to five. It stays in one place.", []want{
			{"one spot", factcheck.Count, "1", "", "", ""}, {"first place", factcheck.Ordinal, "1", "", "", ""},
			{"one place", factcheck.Count, "1", "", "", ""}, {"five", factcheck.Ordinal, "5", "", "", ""}}},
		{"a list of sums in one scale, the currency said last", "Gains of 2.6 mln and 7.7\nmln dlrs; 3 mln and 4 mln tonnes; 2 mln shares and 3 mln dlrs.", []want{
			{"2.6 mln", factcheck.Money, "2600000", "", "USD", ""}, {"7.7\nmln dlrs", factcheck.Money, "7700000", "", "USD", ""},
			{"3 mln", factcheck.Measure, "3000000", "", "tonne", ""}, {"4 mln tonnes", factcheck.Measure, "4000000", "", "tonne", ""},
			{"2 mln shares", factcheck.Count, "2000000", "", "", ""}, {"3 mln dlrs", factcheck.Money, "3000000", "", "USD", ""}}},
		{"a unit said once after a list", "Scenarios of 0.5, 1.0, and 2.0 meters; rates of 3, 4 or 5 percent.", []want{
			{"0.5", factcheck.Measure, "0.5", "", "m", ""}, {"1.0", factcheck.Measure, "1", "", "m", ""}, {"2.0 meters", factcheck.Measure, "2", "", "m", ""},
			{"3", factcheck.Percent, "3", "", "", ""}, {"4", factcheck.Percent, "4", "", "", ""}, {"5 percent", factcheck.Percent, "5", "", "", ""}}},
		{"a concentration", "The limit is 80mg of alcohol per 100ml of blood; doses of 5 mg/kg/min.", []want{
			{"80mg of alcohol per 100ml", factcheck.Measure, "80", "", "mg per 100ml", ""}, {"5 mg/kg/min", factcheck.Measure, "5", "", "mg per kg per minute", ""}}},
		{"a price per a quantity", "Meal was offered at 315 crowns per 100 kilos.", []want{
			{"315 crowns", factcheck.Count, "315", "", "", ""}, {"100 kilos", factcheck.Measure, "100", "", "kg", ""}}},
		{"currency carried over a wrapped line", "LONDON, March 12 - Turnover slipped to 81.25 billion stg from\nJanuary's 83.37 billion, 165 pct higher than the 30.63 billion a year ago.", []want{
			{"81.25 billion stg", factcheck.Money, "81250000000", "", "GBP", ""}, {"83.37 billion", factcheck.Money, "83370000000", "", "GBP", ""},
			{"165 pct", factcheck.Percent, "165", "", "", ""}, {"30.63 billion", factcheck.Money, "30630000000", "", "GBP", ""}}},
		{"a measure carried to a scale in words", "Imports were projected at 15 mln tonnes, up one mln from last month.", []want{
			{"15 mln tonnes", factcheck.Measure, "15000000", "", "tonne", ""}, {"one mln", factcheck.Measure, "1000000", "", "tonne", ""}}},
		{"pounds of a thing weigh, in millions too", "Kodak will idle 100 mln pounds of polyester fiber; capacity falls to 400 mln pounds. It paid 1.5m pounds for it.", []want{
			{"100 mln pounds", factcheck.Measure, "100000000", "", "pound", ""}, {"400 mln pounds", factcheck.Measure, "400000000", "", "pound", ""},
			{"1.5m pounds", factcheck.Money, "1500000", "", "GBP", ""}}},
		{"pounds a year weigh as a rate", "ANDALUSIA, Ala., March 3 - It will bring capacity to nearly 140 mln pounds\na year.", []want{
			{"140 mln pounds\na year", factcheck.Measure, "140000000", "", "pound per year", factcheck.UpperBound}}},
		{"a range from digits to a number in words before its unit", "The offer is 6.25 to seven dlrs a share.", []want{
			{"6.25 to seven dlrs", factcheck.Money, "6.25", "7", "USD", ""}}},
		{"marks of an exchange rate", "It helped the dollar rally to a high of 1.8200 marks from a low of 1.7880. She got 40 marks in the exam.", []want{
			{"1.8200 marks", factcheck.Money, "1.82", "", "DEM", ""}, {"1.7880", factcheck.Money, "1.788", "", "DEM", ""},
			{"40 marks", factcheck.Count, "40", "", "", ""}}},
		{"ages listed after 'aged', after an accused, in brackets after a name opening its sentence, and what a person will be; seeds in brackets are no ages", "The brothers, aged 19 and 22, appear today. Tomás Ruiz (24), arrested on Friday, was remanded. His co-accused, 31, was freed. By then he will be at least 62. New Zealand (1), Scotland (8) and Tonga play.", []want{
			{"19", factcheck.Duration, "19", "", "year", ""}, {"22", factcheck.Duration, "22", "", "year", ""}, {"24", factcheck.Duration, "24", "", "year", ""}, {"31", factcheck.Duration, "31", "", "year", ""},
			{"at least 62", factcheck.Duration, "62", "", "year", factcheck.LowerBound}, {"1", factcheck.Count, "1", "", "", ""}, {"8", factcheck.Count, "8", "", "", ""}}},
		{"ages after 'then' in apposition, opening a sentence after 'At', and what a person 'was' at a time; a level is no age", "The Kenyan, then 37, went through. At 40, the Jamaican became the oldest. He was 22 at the time. At 3, the index fell.", []want{
			{"37", factcheck.Duration, "37", "", "year", ""}, {"40", factcheck.Duration, "40", "", "year", ""}, {"22", factcheck.Duration, "22", "", "year", ""}, {"3", factcheck.Count, "3", "", "", ""}}},
		{"an age opening a sentence after 'Now', and what people must be; a count with its noun stays one", "Now 34, the goalkeeper is out. Runners must be at least 18 on race day; candidates must be 21. There must be 11 players on the pitch.", []want{
			{"34", factcheck.Duration, "34", "", "year", ""}, {"at least 18", factcheck.Duration, "18", "", "year", factcheck.LowerBound},
			{"21", factcheck.Duration, "21", "", "year", ""}, {"11 players", factcheck.Count, "11", "", "", ""}}},
		{"ages after a noun of a person", "The Spider-Man star, 26, and the actress, also 26, left; totals 3, 26, 27 were cut.", []want{
			{"26", factcheck.Duration, "26", "", "year", ""}, {"26", factcheck.Duration, "26", "", "year", ""},
			{"3", factcheck.Count, "3", "", "", ""}, {"26", factcheck.Count, "26", "", "", ""}, {"27", factcheck.Count, "27", "", "", ""}}},
		{"an age after a speaker's name ends a sentence", `Sales rose at Ford, 53. "We are a tribute band," said Chrissie Hynde, 53.`, []want{
			{"53", factcheck.Count, "53", "", "", ""}, {"53", factcheck.Duration, "53", "", "year", ""}}},
		{"a plus of time", "Work booked in the first two-plus months of this year fell, and the majority more than halved.", []want{
			{"first", factcheck.Ordinal, "1", "", "", ""}, {"two-plus months", factcheck.Duration, "2", "", "month", factcheck.LowerBound},
			{"more than halved", factcheck.Measure, "0.5", "", "times", factcheck.LowerBound}}},
		{"a rate of exchange per 100, and cents of a currency", "The parity is 112.673 guilders per 100 marks; the mark rose 10 guilder cents.", []want{
			{"112.673 guilders per 100 marks", factcheck.Money, "112.673", "", "NLG", ""}, {"10 guilder cents", factcheck.Money, "0.1", "", "NLG", ""}}},
		{"one unit of time in a sentence's flow, but a story's day and a change of mood", "The loan runs one month. He served one year in jail. One day he will return. Brilliant one minute, inept the next.", []want{
			{"one month", factcheck.Duration, "1", "", "month", ""}, {"one year", factcheck.Duration, "1", "", "year", ""}}},
		{"a unit of time left until a day, at its clause's end; a year ago stays a time", "The closing date is Feb. 17, a fortnight away, and the vote is a month away. It began a year ago.", []want{
			{"Feb. 17", factcheck.Date, "--02-17", "", "", ""}, {"a fortnight", factcheck.Duration, "2", "", "week", ""}, {"a month", factcheck.Duration, "1", "", "month", ""}}},
		{"one unit of time to an event", "We are one week away from the final, and it began one year ago.", []want{
			{"one week", factcheck.Duration, "1", "", "week", ""}, {"one year", factcheck.Duration, "1", "", "year", ""}}},
		{"a unit of time between two events", "The arrest came a year after T-Mobile found the leak. Sales were 5 mln dlrs, up from 4 mln dlrs a year before. He starts a week long visit.", []want{
			{"a year", factcheck.Duration, "1", "", "year", ""}, {"5 mln dlrs", factcheck.Money, "5000000", "", "USD", ""}, {"4 mln dlrs", factcheck.Money, "4000000", "", "USD", ""},
			{"a week", factcheck.Duration, "1", "", "week", ""}}},
		{"changes by and to, the verb said once", "It raised rates by a half pct to nine pct and by one pct to 10 pct; it's 50-50 now, with one minor injury.", []want{
			{"a half pct", factcheck.Percent, "0.5", "", "", ""}, {"nine pct", factcheck.Percent, "9", "", "", ""},
			{"one pct", factcheck.Percent, "1", "", "", ""}, {"10 pct", factcheck.Percent, "10", "", "", ""},
			{"50-50", factcheck.Percent, "50", "", "", ""}, {"one minor injury", factcheck.Count, "1", "", "", ""}}},
		{"an even split, but a tied vote two counts", "They will own it on a 50/50 basis, in a 50-50 joint venture. The Senate voted 50-50.", []want{
			{"50/50", factcheck.Percent, "50", "", "", ""}, {"50-50", factcheck.Percent, "50", "", "", ""},
			{"50", factcheck.Count, "50", "", "", ""}, {"50", factcheck.Count, "50", "", "", ""}}},
		{"one share in an exchange of shares", "It involves a swap of one Breakwater share for two Novamin common shares. It owns one share for now.", []want{
			{"one Breakwater share", factcheck.Count, "1", "", "", ""}, {"two Novamin common shares", factcheck.Count, "2", "", "", ""}}},
		{"one share or warrant in a unit, or for each share", "Each unit will consist of one common share and one warrant. Holders get one additional share for each share held.", []want{
			{"one common share", factcheck.Count, "1", "", "", ""}, {"one warrant", factcheck.Count, "1", "", "", ""}, {"one additional", factcheck.Count, "1", "", "", ""}}},
		{"one a toll's verb counts, no noun after it", "QUAKE KILLS ONE\n    TOKYO, March 18 - The blast killed one and injured three; it killed one of the guards.", []want{
			{"ONE", factcheck.Count, "1", "", "", ""}, {"one", factcheck.Count, "1", "", "", ""}, {"three", factcheck.Count, "3", "", "", ""}}},
		{"a length of time said once after a list", "Samples were taken on days 1.0, 3.0, 14.0 and 64.0 days after vaccination.", []want{
			{"1.0", factcheck.Duration, "1", "", "day", ""}, {"3.0", factcheck.Duration, "3", "", "day", ""},
			{"14.0", factcheck.Duration, "14", "", "day", ""}, {"64.0 days", factcheck.Duration, "64", "", "day", ""}}},
		{"pounds of a body", "Bale had to lose weight again. He lost 45 pounds to look the part, and minors under 18 may not.", []want{
			{"45 pounds", factcheck.Measure, "45", "", "pound", ""}, {"under 18", factcheck.Duration, "18", "", "year", factcheck.UpperBound}}},
		{"a rate's points by a qualifier", "Underwriters may want a rise in the coupon rate by nearly one point from the current 4.9 pct.", []want{
			{"nearly one point", factcheck.Percent, "1", "", "percentage point", factcheck.UpperBound}, {"4.9 pct", factcheck.Percent, "4.9", "", "", ""}}},
		{"a stock's move and price in eighths, its verb after 'was' or a comma", "STEEL STOCKS\n    NEW YORK, April 9 - Analysts like steel. Armco shares, trading off 1/4 at 10 today, could go higher. USX was trading up 1/8 at 28-1/2.", []want{
			{"1/4", factcheck.Money, "0.25", "", "USD", ""}, {"10", factcheck.Money, "10", "", "USD", ""}, {"1/8", factcheck.Money, "0.125", "", "USD", ""}, {"28-1/2", factcheck.Money, "28.5", "", "USD", ""}}},
		{"a scaled sum listed before one in full digits", "They take charges of five mln and 6,500,000 dlrs respectively. Notes come in one mln and 500,000 stg. It had 2 mln and 1,500 dlrs.", []want{
			{"five mln", factcheck.Money, "5000000", "", "USD", ""}, {"6,500,000 dlrs", factcheck.Money, "6500000", "", "USD", ""},
			{"one mln", factcheck.Money, "1000000", "", "GBP", ""}, {"500,000 stg", factcheck.Money, "500000", "", "GBP", ""},
			{"2 mln", factcheck.Count, "2000000", "", "", ""}, {"1,500 dlrs", factcheck.Money, "1500", "", "USD", ""}}},
		{"Latin American and Caribbean dollar and peso signs; a quote's pips; basis points hyphenated", "The peso hit Mex$18.40; Col$162,000, AR$3,500, J$5,000 and EC$2.70. Sterling slipped 40 pips after a 650-basis-point hike and a 25 basis-point cut.", []want{
			{"Mex$18.40", factcheck.Money, "18.4", "", "MXN", ""}, {"Col$162,000", factcheck.Money, "162000", "", "COP", ""}, {"AR$3,500", factcheck.Money, "3500", "", "ARS", ""},
			{"J$5,000", factcheck.Money, "5000", "", "JMD", ""}, {"EC$2.70", factcheck.Money, "2.7", "", "XCD", ""}, {"40 pips", factcheck.Measure, "40", "", "pip", ""},
			{"650-basis-point", factcheck.Measure, "650", "", "basis point", ""}, {"25 basis-point", factcheck.Measure, "25", "", "basis point", ""}}},
		{"a change by a prefixed sum and the level it reached", "A bakery raised the price of its tarts by HK$1 to HK$9.50 each.", []want{
			{"HK$1", factcheck.Money, "1", "", "HKD", ""}, {"HK$9.50", factcheck.Money, "9.5", "", "HKD", ""}}},
		{"a change by a prefixed sum after 'a record', or after a name's dot, and the level it reached (a model's 'ID.7' no count); Chile's Ch$", "The panel raised the wage by a record ¥50 to ¥1,054. VW cut the price of the ID.7 Pro by €3,000 to €53,995. A bonus of Ch$50,000 was approved.", []want{
			{"¥50", factcheck.Money, "50", "", "JPY", ""}, {"¥1,054", factcheck.Money, "1054", "", "JPY", ""},
			{"€3,000", factcheck.Money, "3000", "", "EUR", ""}, {"€53,995", factcheck.Money, "53995", "", "EUR", ""}, {"Ch$50,000", factcheck.Money, "50000", "", "CLP", ""}}},
		{"'HK dlrs' and a fraction of a nation's cents", "It will issue 300 mln HK dlrs in bonds. Lead fell by 1/2 Canadian cts per pound.", []want{
			{"300 mln HK dlrs", factcheck.Money, "300000000", "", "HKD", ""}, {"1/2 Canadian cts", factcheck.Money, "0.005", "", "CAD", ""}}},
		{"a count of things reckoned in a money ('dollar-denominated') is no sum", "Three dollar-denominated bonds matured on the five won-based exchanges.", []want{
			{"Three dollar-denominated bonds", factcheck.Count, "3", "", "", ""}, {"five won-based exchanges", factcheck.Count, "5", "", "", ""}}},
		{"a price per a face value in the same money is two sums", "The debentures were priced at 998 dlrs per 1,000 dlrs face amount.", []want{
			{"998 dlrs", factcheck.Money, "998", "", "USD", ""}, {"1,000 dlrs", factcheck.Money, "1000", "", "USD", ""}}},
		{"a change to come after 'will go from' (but a battery that 'goes from 10 to 80 per cent' spans a range)", "The fare will go from ¥150 to ¥160. The battery goes from 10 to 80 per cent in 18 minutes.", []want{
			{"¥150", factcheck.Money, "150", "", "JPY", ""}, {"¥160", factcheck.Money, "160", "", "JPY", ""},
			{"10 to 80 per cent", factcheck.Percent, "10", "80", "", ""}, {"18 minutes", factcheck.Duration, "18", "", "minute", ""}}},
		{"a change 'from ... to' after a percentage of it, its sign no break of the clause", "The minimum salary rose by nearly 50% from £26,200 to £38,700.", []want{
			{"nearly 50%", factcheck.Percent, "50", "", "", factcheck.UpperBound}, {"£26,200", factcheck.Money, "26200", "", "GBP", ""}, {"£38,700", factcheck.Money, "38700", "", "GBP", ""}}},
		{"a change by a sum and the level it reached, more than twice it, both scaled", "The company narrowed its operating loss by ¥48.6 billion to ¥104.3 billion.", []want{
			{"¥48.6 billion", factcheck.Money, "48600000000", "", "JPY", ""}, {"¥104.3 billion", factcheck.Money, "104300000000", "", "JPY", ""}}},
		{"a size compared in metres, not millions", "Ships longer than 200m and shallower than 15m pay more.", []want{
			{"longer than 200m", factcheck.Measure, "200", "", "m", factcheck.LowerBound}, {"shallower than 15m", factcheck.Measure, "15", "", "m", factcheck.UpperBound}}},
		{"a temperature below zero, in Fahrenheit in an American text", "Fairbanks, Alaska, shivered through a low of 42 below zero.", []want{
			{"42 below zero", factcheck.Measure, "-42", "", "°F", ""}}},
		{"a temperature below zero, its scale after", "The wires were cooled to 296 degrees below zero Fahrenheit.", []want{
			{"296 degrees below zero Fahrenheit", factcheck.Measure, "-296", "", "°F", ""}}},
		{"the new lira where the text writes its sign; Korea's won where the text names Korea", "In Istanbul a loaf costs 15 lira, beef ₺700. In Seoul a box fetched 93,000 won at wholesale.", []want{
			{"15 lira", factcheck.Money, "15", "", "TRY", ""}, {"₺700", factcheck.Money, "700", "", "TRY", ""}, {"93,000 won", factcheck.Money, "93000", "", "KRW", ""}}},
		{"a countdown's 'T-minus' is no sign; a sea's fathoms; Iceland's krónur, Poland's złoty", "The clock starts at T-minus 10 hours, 15 minutes. Cod were caught at 70 fathoms and sold for 612 krónur a kilo. It was minus 5 degrees. Fines reach 500 złoty.", []want{
			{"10 hours, 15 minutes", factcheck.Duration, "615", "", "minute", ""}, {"70 fathoms", factcheck.Measure, "70", "", "fathom", ""},
			{"612 krónur", factcheck.Money, "612", "", "ISK", ""}, {"minus 5 degrees", factcheck.Measure, "-5", "", "°C", ""}, {"500 złoty", factcheck.Money, "500", "", "PLN", ""}}},
		{"grams and litres alone in a sentence of packs ('750 g jars', '1L and 2L bottles'; but '4g networks' name no weight)", "The 750 g jars were recalled. Bottles of 1L and 2L were recalled. The firm runs 4g networks.", []want{
			{"750 g", factcheck.Measure, "750", "", "g", ""}, {"1L", factcheck.Measure, "1", "", "L", ""}, {"2L", factcheck.Measure, "2", "", "L", ""}}},
		{"a water utility's millions of gallons or litres a day", "The 40 MGD plant and a 1,000 MLD plant opened.", []want{
			{"40 MGD", factcheck.Measure, "40000000", "", "gallon per day", ""}, {"1,000 MLD", factcheck.Measure, "1000000000", "", "litre per day", ""}}},
		{"units as written: a line's kilovolts, glued or spaced; American mills' net tons", "The 88kV transformer and a 400 kV line failed. Mills shipped 1,712,000 net tons.", []want{
			{"88kV", factcheck.Measure, "88", "", "kV", ""}, {"400 kV", factcheck.Measure, "400", "", "kV", ""}, {"1,712,000 net tons", factcheck.Measure, "1712000", "", "net ton", ""}}},
		{"units as written: nautical miles, milligrams, gas carriers' cubic metres, knots; pence a litre, sen, containers spelt out", "It sailed 12,050 nmi at 22 kts and 11.5kn with a 174,000 cbm cargo; salt 3,400 milligrams; milk 41.71ppl; bread up 50 sen; 3.41 million twenty-foot equivalent units.", []want{
			{"12,050 nmi", factcheck.Measure, "12050", "", "nmi", ""}, {"22 kts", factcheck.Measure, "22", "", "kt", ""}, {"11.5kn", factcheck.Measure, "11.5", "", "knot", ""},
			{"174,000 cbm", factcheck.Measure, "174000", "", "cbm", ""}, {"3,400 milligrams", factcheck.Measure, "3400", "", "milligram", ""},
			{"41.71ppl", factcheck.Money, "0.4171", "", "GBP", ""}, {"50 sen", factcheck.Money, "0.5", "", "MYR", ""},
			{"3.41 million twenty-foot equivalent units", factcheck.Measure, "3410000", "", "TEU", ""}}},
		{"the Turkish lira's letters, new in a text of its years; months as 'mons'", "Turkey's 2025 defence budget is TL 1.6 trillion. It earned 1,500,000 dlrs for the first nine mons of 1987.", []want{
			{"2025", factcheck.Date, "2025", "", "", ""}, {"TL 1.6 trillion", factcheck.Money, "1600000000000", "", "TRY", ""}, {"1,500,000 dlrs", factcheck.Money, "1500000", "", "USD", ""},
			{"nine mons", factcheck.Duration, "9", "", "month", ""}, {"1987", factcheck.Date, "1987", "", "", ""}}},
		{"a share of a change after a participle, no rank; tonnes as a spaced capital after a grouped figure; thousands of ounces", "Prices have fallen almost a fifth since March. Stocks rose to 1,014,300 T. It made 118koz of gold.", []want{
			{"almost a fifth", factcheck.Percent, "20", "", "", factcheck.UpperBound}, {"1,014,300 T", factcheck.Measure, "1014300", "", "tonne", ""}, {"118koz", factcheck.Measure, "118", "", "koz", ""}}},
		{"tonnes as a spaced capital after a grouped figure with a sign", "Aluminium -18,725 T to 1,014,300 T; lead -3,100 T.", []want{
			{"-18,725 T", factcheck.Measure, "-18725", "", "tonne", ""}, {"1,014,300 T", factcheck.Measure, "1014300", "", "tonne", ""}, {"-3,100 T", factcheck.Measure, "-3100", "", "tonne", ""}}},
		{"a headline's range of a price's move, its ends joined by a slash", "ST JOSEPH HOGS UP 1.00/1.50 DLR - USDA\n    st joseph, april 7 - prices rose 1.00 to\n1.50 dlr.", []want{
			{"1.00/1.50 DLR", factcheck.Money, "1", "1.5", "USD", ""}, {"april 7", factcheck.Date, "--04-07", "", "", ""}, {"1.00 to\n1.50 dlr", factcheck.Money, "1", "1.5", "USD", ""}}},
		{"basis points after a rate's name; the zloty's sign before its figure", "Bank Indonesia cut the BI-Rate 25 bps to 5.75%. Banks had set aside zł70.4bn by June.", []want{
			{"25 bps", factcheck.Measure, "25", "", "basis point", ""}, {"5.75%", factcheck.Percent, "5.75", "", "", ""}, {"zł70.4bn", factcheck.Money, "70400000000", "", "PLN", ""}}},
		{"millions of tonnes written 'mt' in a crop's trade, metric tons elsewhere; Brazil's decimal comma after its sign", "The soy crop was put at 153.5 mt and exports at 31 mt, officials said. A 500 mt cargo sailed. Prices reached R$ 1.250,00 a bag and R$ 232,50 an arroba; it cost R$ 1,250 in May.", []want{
			{"153.5 mt", factcheck.Measure, "153500000", "", "tonne", ""}, {"31 mt", factcheck.Measure, "31000000", "", "tonne", ""}, {"500 mt", factcheck.Measure, "500", "", "tonne", ""},
			{"R$ 1.250,00", factcheck.Money, "1250", "", "BRL", ""}, {"R$ 232,50", factcheck.Money, "232.5", "", "BRL", ""}, {"R$ 1,250", factcheck.Money, "1250", "", "BRL", ""}}},
		{"the rand's letter in a text of South Africa; a code glued to a small number a name; hours glued as 'hr'; ranks in millions; metres apart", "South Africa's carbon tax rose to R190 a tonne. At COP29, under SSP5-8.5, it was a 27hr ordeal for the park's 15 millionth visitor and its 30-millionth. Keep 2m apart.", []want{
			{"R190", factcheck.Money, "190", "", "ZAR", ""}, {"27hr", factcheck.Duration, "27", "", "hour", ""},
			{"15 millionth visitor", factcheck.Ordinal, "15000000", "", "", ""}, {"its 30-millionth", factcheck.Ordinal, "30000000", "", "", ""}, {"2m", factcheck.Measure, "2", "", "m", ""}}},
		{"a party's seats after its name; a fraction's majority a share", "Forecasters give Democrats 205–225 House seats. Final tally: Lib Dems 27 seats. It needs a 2/3 majority. Boeing 737 jets flew.", []want{
			{"205–225 House seats", factcheck.Count, "205", "225", "", ""}, {"27 seats", factcheck.Count, "27", "", "", ""}, {"2/3", factcheck.Percent, "66.67", "", "", ""}}},
		{"a game's clock in seconds, but a time of day", "Chicago cut it with 4:12 remaining. The drive ate 7:52 off the clock; he averaged 21:14 of ice time and scored at 14:33 of the second period. We meet at 4:12 pm.", []want{
			{"4:12", factcheck.Duration, "252", "", "second", ""}, {"7:52", factcheck.Duration, "472", "", "second", ""},
			{"21:14", factcheck.Duration, "1274", "", "second", ""}, {"14:33", factcheck.Duration, "873", "", "second", ""},
			{"the second period", factcheck.Ordinal, "2", "", "", ""}}},
		{"a car's benchmark of acceleration no claim, its time one; litres a hundred kilometres in a sentence of litres", "It does 0-62mph in 3.2 seconds and 0–100 km/h in 4.1 seconds. A sedan burns 7.8 L/100 km, which at C$1.65 a litre costs more.", []want{
			{"3.2 seconds", factcheck.Duration, "3.2", "", "second", ""}, {"4.1 seconds", factcheck.Duration, "4.1", "", "second", ""},
			{"7.8 L/100 km", factcheck.Measure, "7.8", "", "l/100km", ""}, {"C$1.65", factcheck.Money, "1.65", "", "CAD", ""}}},
		{"a year and a half's worth", "It got more than a year and a half's worth of rain.", []want{
			{"more than a year and a half's", factcheck.Duration, "1.5", "", "year", factcheck.LowerBound}}},
		{"knots abbreviated 'kts', as written; Peru's soles by name", "It flew at 90 kts; the fine was 45,000 soles.", []want{
			{"90 kts", factcheck.Measure, "90", "", "kt", ""}, {"45,000 soles", factcheck.Money, "45000", "", "PEN", ""}}},
		{"a minus after a tilde's 'about' a sign", "Inflation was seen at ~-0.5% and the yield at ~ -1.2%.", []want{
			{"~-0.5%", factcheck.Percent, "-0.5", "", "", factcheck.Approx}, {"~ -1.2%", factcheck.Percent, "-1.2", "", "", factcheck.Approx}}},
		{"arrows glued before a change as its sign", "Shares ▼11% today, sales ↓6.1%, profit ▲4.2% and users ↑2%.", []want{
			{"▼11%", factcheck.Percent, "-11", "", "", ""}, {"↓6.1%", factcheck.Percent, "-6.1", "", "", ""}, {"▲4.2%", factcheck.Percent, "4.2", "", "", ""}, {"↑2%", factcheck.Percent, "2", "", "", ""}}},
		{"a prefixed dollar's sign spaced once from its figure", "A ticket costs R$ 39,40 and the float raised HK$ 733.2bn.", []want{
			{"R$ 39,40", factcheck.Money, "39.4", "", "BRL", ""}, {"HK$ 733.2bn", factcheck.Money, "733200000000", "", "HKD", ""}}},
		{"Peru's sol by its sign, the baht as Bangkok writes it, rupiah and đồng with dots grouping thousands, a peso's letter where its sign is written (but a UN document's symbol)", "A kilo costs S/ 11.30, up from S/10.25; the dollar buys S/.3.72 under S/2023/845. Exports earned Bt1.2tn. The rupiah hit Rp 15.600 and Rp 1.250.000; a bowl costs 30.000 đồng, a coffee 25.000₫ and VND 45.000. Rice sold at ₱38 a kilo and fares came to about P600.", []want{
			{"S/ 11.30", factcheck.Money, "11.3", "", "PEN", ""}, {"S/10.25", factcheck.Money, "10.25", "", "PEN", ""}, {"S/.3.72", factcheck.Money, "3.72", "", "PEN", ""},
			{"Bt1.2tn", factcheck.Money, "1200000000000", "", "THB", ""}, {"Rp 15.600", factcheck.Money, "15600", "", "IDR", ""}, {"Rp 1.250.000", factcheck.Money, "1250000", "", "IDR", ""},
			{"30.000 đồng", factcheck.Money, "30000", "", "VND", ""}, {"25.000₫", factcheck.Money, "25000", "", "VND", ""}, {"VND 45.000", factcheck.Money, "45000", "", "VND", ""},
			{"₱38", factcheck.Money, "38", "", "PHP", ""}, {"about P600", factcheck.Money, "600", "", "PHP", factcheck.Approx}}},
		{"sums listed in full digits before a scaled one, a relay's stage", "Denominations will be 500,000 and one mln dlrs. The USA stumbled at the 300m stage.", []want{
			{"500,000", factcheck.Money, "500000", "", "USD", ""}, {"one mln dlrs", factcheck.Money, "1000000", "", "USD", ""}, {"300m", factcheck.Measure, "300", "", "m", ""}}},
		{"cents in words of a results table under a Toronto dateline, its headline's company named for gold", "ROYAL GOLD AND SILVER CORP 1ST QTR NET\n    TORONTO, March 19 - ended January 31\n    Shr profit two cts vs loss one ct\n", []want{
			{"1ST QTR NET", factcheck.Ordinal, "1", "", "", ""}, {"January 31", factcheck.Date, "--01-31", "", "", ""}, {"two cts", factcheck.Money, "0.02", "", "CAD", ""}, {"one ct", factcheck.Money, "0.01", "", "CAD", ""}}},
		{"a results table whose first row is 'Net income', its earnings per share in its money", "BENGUET CORP CALENDAR 1986\n    MANILA, March 2 -\n    Net income 154.7 mln pesos vs 127.5 mln\n    Earnings per share 4.80 vs 3.95\n", []want{
			{"1986", factcheck.Date, "1986", "", "", ""}, {"154.7 mln pesos", factcheck.Money, "154700000", "", "PHP", ""}, {"127.5 mln", factcheck.Money, "127500000", "", "PHP", ""},
			{"4.80", factcheck.Money, "4.8", "", "PHP", ""}, {"3.95", factcheck.Money, "3.95", "", "PHP", ""}}},
		{"a results table with no share's row", "WARNACO GROUP INC EIGHT MTHS NET\n    NEW YORK, March 17 -\n    Oper net 46.6 mln\n    Revs 392 mln\n    12 mths\n    Oper net 65 mln vs 47.1 mln\n", []want{
			{"EIGHT MTHS", factcheck.Duration, "8", "", "month", ""}, {"46.6 mln", factcheck.Money, "46600000", "", "USD", ""}, {"392 mln", factcheck.Money, "392000000", "", "USD", ""},
			{"12 mths", factcheck.Duration, "12", "", "month", ""}, {"65 mln", factcheck.Money, "65000000", "", "USD", ""}, {"47.1 mln", factcheck.Money, "47100000", "", "USD", ""}}},
		{"a length in metres converting feet", "The intruder jumped 30ft (10m) from a window onto a 6m (20ft) wall.", []want{
			{"30ft", factcheck.Measure, "30", "", "foot", ""}, {"10m", factcheck.Measure, "10", "", "m", ""},
			{"6m", factcheck.Measure, "6", "", "m", ""}, {"20ft", factcheck.Measure, "20", "", "foot", ""}}},
		{"shares of a change", "Rates fell 7/8 of a percentage point; the one third reduction is rare, and judges reduce sentences by a third.", []want{
			{"7/8 of a percentage point", factcheck.Percent, "0.875", "", "percentage point", ""},
			{"one third reduction", factcheck.Percent, "33.33", "", "", ""}, {"a third", factcheck.Percent, "33.33", "", "", ""}}},
		{"a sum carried after instead of, and in money's sentence before", "It agreed to pay 250 mln dlrs instead of the 1.55 billion. Reserve money was 52.58 billion pesos. This was 5.19 pct up from 49.98 billion.", []want{
			{"250 mln dlrs", factcheck.Money, "250000000", "", "USD", ""}, {"1.55 billion", factcheck.Money, "1550000000", "", "USD", ""},
			{"52.58 billion pesos", factcheck.Money, "52580000000", "", "MXN", ""}, {"5.19 pct", factcheck.Percent, "5.19", "", "", ""},
			{"49.98 billion", factcheck.Money, "49980000000", "", "MXN", ""}}},
		{"a rate carried past an ordinal", "OPEC proposed ceilings of 16.6 mln bpd for the third quarter and 18.3 mln for the fourth.", []want{
			{"16.6 mln bpd", factcheck.Measure, "16600000", "", "barrel per day", ""}, {"third quarter", factcheck.Ordinal, "3", "", "", ""},
			{"18.3 mln", factcheck.Measure, "18300000", "", "barrel per day", ""}, {"fourth", factcheck.Ordinal, "4", "", "", ""}}},
		{"ranges of shares", "Prices could fall by one-quarter to one-third, and a third to a half of voters agreed.", []want{
			{"one-quarter to one-third", factcheck.Percent, "25", "33.33", "", ""}, {"a third to a half", factcheck.Percent, "33.33", "50", "", ""}}},
		{"wire prices in fractions, ranges between digits and words", "Shares rose 1/2 dlr to 48-1/2; output was between 7.7 and eight mln tonnes; a two-time champion.", []want{
			{"1/2 dlr", factcheck.Money, "0.5", "", "USD", ""}, {"48-1/2", factcheck.Money, "48.5", "", "USD", ""},
			{"7.7 and eight mln tonnes", factcheck.Measure, "7700000", "8000000", "tonne", ""}, {"two-time", factcheck.Count, "2", "", "", ""}}},
		{"ranges that a slash fraction opens", "Rates may fall 1/2 to one pct; shares eased around 1/8 to 1/4 dlr.", []want{
			{"1/2 to one pct", factcheck.Percent, "0.5", "1", "", ""}, {"around 1/8 to 1/4 dlr", factcheck.Money, "0.125", "0.25", "USD", factcheck.Approx}}},
		{"half joined to its unit, and sides", "He works a half-day shift after a half-mile race, in a three-way primary.", []want{
			{"a half-day", factcheck.Duration, "0.5", "", "day", ""}, {"a half-mile", factcheck.Measure, "0.5", "", "mile", ""},
			{"three-way", factcheck.Count, "3", "", "", ""}}},
		{"half joined to its unit after the", "It aired the half-hour programme in the half of the year before the half-time score, and Murphy scored just before the half-hour.", []want{
			{"half-hour", factcheck.Duration, "0.5", "", "hour", ""}}},
		{"a local outlet's dollar", "SYDNEY, May 9 (AAP) - The state will spend $2.4 billion.", []want{
			{"$2.4 billion", factcheck.Money, "2400000000", "", "AUD", ""}}},
		{"a world wire's dollar", "SYDNEY, May 9 (Reuters) - The state will spend $2.4 billion.", []want{
			{"$2.4 billion", factcheck.Money, "2400000000", "", "USD", ""}}},
		{"a dollar converted", "It paid 1.2bn Australian dollars (£458m; $874m).", []want{
			{"1.2bn Australian dollars", factcheck.Money, "1200000000", "", "AUD", ""}, {"£458m", factcheck.Money, "458000000", "", "GBP", ""},
			{"$874m", factcheck.Money, "874000000", "", "USD", ""}}},
		{"Swiss francs abbreviated", "The bank was fined Fr. 2.5 million.", []want{{"Fr. 2.5 million", factcheck.Money, "2500000", "", "CHF", ""}}},
		{"rand where South Africa is said", "JOHANNESBURG, Feb 9 (Reuters) - Eskom needs R10bn-R12bn a year, and R5 million now.", []want{
			{"R10bn-R12bn", factcheck.Money, "10000000000", "12000000000", "ZAR", ""}, {"R5 million", factcheck.Money, "5000000", "", "ZAR", ""}}},
		{"a range whose end alone has a scale", "Fees run 500,000 to 1 million shillings; it rose from 32,000 to 1.41 million.", []want{
			{"500,000 to 1 million shillings", factcheck.Money, "500000", "1000000", "KES", ""}, {"32,000", factcheck.Count, "32000", "", "", ""},
			{"1.41 million", factcheck.Count, "1410000", "", "", ""}}},
		{"a scale spaced after a temperature", "Seville hit 46ºC, while Phoenix recorded 118 F.", []want{
			{"46ºC", factcheck.Measure, "46", "", "°C", ""}, {"118 F", factcheck.Measure, "118", "", "°F", ""}}},
		{"negative rates said once for a list, not for a count after", "West Germany and Japan have negative rates of 0.5 pct and 1.4 pct. It had negative growth of four pct and 300 jobs.", []want{
			{"0.5 pct", factcheck.Percent, "-0.5", "", "", ""}, {"1.4 pct", factcheck.Percent, "-1.4", "", "", ""},
			{"four pct", factcheck.Percent, "-4", "", "", ""}, {"300 jobs", factcheck.Count, "300", "", "", ""}}},
		{"negative said in words", "The economy had negative growth of four pct and a negative 314 mln franc position. Coleco had negative equity of 7.7 mln dlrs and a negative net worth of 2.1 mln dlrs.", []want{
			{"four pct", factcheck.Percent, "-4", "", "", ""}, {"negative 314 mln franc", factcheck.Money, "-314000000", "", "CHF", ""},
			{"7.7 mln dlrs", factcheck.Money, "-7700000", "", "USD", ""}, {"2.1 mln dlrs", factcheck.Money, "-2100000", "", "USD", ""}}},
		{"a temperature's scale said once", "It was -12.4C, and temperatures of minus 8 are due.", []want{
			{"-12.4C", factcheck.Measure, "-12.4", "", "°C", ""}, {"minus 8", factcheck.Measure, "-8", "", "°C", ""}}},
		{"bounds said around a figure", "Lows were as low as minus 20 degrees C, minus 20C and less, and a minimum of 3C; rates < 4 pct, ≥ 8 pct; aged 65 and over.", []want{
			{"as low as minus 20 degrees C", factcheck.Measure, "-20", "", "°C", factcheck.Exact},
			{"minus 20C and less", factcheck.Measure, "-20", "", "°C", factcheck.UpperBound},
			{"a minimum of 3C", factcheck.Measure, "3", "", "°C", factcheck.LowerBound},
			{"< 4 pct", factcheck.Percent, "4", "", "", factcheck.UpperBound}, {"≥ 8 pct", factcheck.Percent, "8", "", "", factcheck.LowerBound},
			{"65 and over", factcheck.Duration, "65", "", "year", factcheck.LowerBound}}},
		{"a part of a count", "Seventeen structures were damaged, with eleven of them badly hit, and one person was sent to the hospital.", []want{
			{"Seventeen structures", factcheck.Count, "17", "", "", ""}, {"eleven", factcheck.Count, "11", "", "", ""},
			{"one person", factcheck.Count, "1", "", "", ""}}},
		{"trillion", "Debt hit 3.5 trillion dollars.", []want{{"3.5 trillion dollars", factcheck.Money, "3500000000000", "", "USD", ""}}},
		{"US dollars prefix", "It paid US$40m.", []want{{"US$40m", factcheck.Money, "40000000", "", "USD", ""}}},
		{"wire dlrs", "Net income was 5.2 mln dlrs.", []want{{"5.2 mln dlrs", factcheck.Money, "5200000", "", "USD", ""}}},
		{"pence", "Shares fell 30p.", []want{{"30p", factcheck.Money, "0.3", "", "GBP", ""}}},
		{"km", "A convoy drove 40 km south.", []want{{"40 km", factcheck.Measure, "40", "", "km", ""}}},
		{"glued kg", "He lost 5kg.", []want{{"5kg", factcheck.Measure, "5", "", "kg", ""}}},
		{"tonnes", "Aid of 5 tonnes arrived.", []want{{"5 tonnes", factcheck.Measure, "5", "", "tonne", ""}}},
		{"square miles", "It covers 2.5 square miles.", []want{{"2.5 square miles", factcheck.Measure, "2.5", "", "sq mile", ""}}},
		{"temperatures", "It was 12C, 12 °C, 37ºC and 50 degrees Fahrenheit.", []want{
			{"12C", factcheck.Measure, "12", "", "°C", ""}, {"12 °C", factcheck.Measure, "12", "", "°C", ""},
			{"37ºC", factcheck.Measure, "37", "", "°C", ""}, {"50 degrees Fahrenheit", factcheck.Measure, "50", "", "°F", ""}}},
		{"rates", "Output was 500,000 bpd, then 300,000 b/d, then 200,000 barrels a day.", []want{
			{"500,000 bpd", factcheck.Measure, "500000", "", "barrel per day", ""}, {"300,000 b/d", factcheck.Measure, "300000", "", "barrel per day", ""},
			{"200,000 barrels a day", factcheck.Measure, "200000", "", "barrel per day", ""}}},
		{"speeds", "Winds of 30 m/s, 60 miles an hour and 90 km/h.", []want{
			{"30 m/s", factcheck.Measure, "30", "", "m/s", ""}, {"60 miles an hour", factcheck.Measure, "60", "", "mph", ""},
			{"90 km/h", factcheck.Measure, "90", "", "km/h", ""}}},
		{"areas", "It burned 20 square kilometres, or 20 sq km.", []want{
			{"20 square kilometres", factcheck.Measure, "20", "", "sq km", ""}, {"20 sq km", factcheck.Measure, "20", "", "sq km", ""}}},
		{"metric tons", "It shipped 5 metric tons.", []want{{"5 metric tons", factcheck.Measure, "5", "", "metric ton", ""}}},
		{"area spellings", "It covers 5 sq. km, 12 km2 and 4 km².", []want{
			{"5 sq. km", factcheck.Measure, "5", "", "sq km", ""}, {"12 km2", factcheck.Measure, "12", "", "sq km", ""},
			{"4 km²", factcheck.Measure, "4", "", "sq km", ""}}},
		{"oil rates", "They pump 2 million barrels of oil per day, or 1.2 mb/d.", []want{
			{"2 million barrels of oil per day", factcheck.Measure, "2000000", "", "barrel per day", ""},
			{"1.2 mb/d", factcheck.Measure, "1200000", "", "barrel per day", ""}}},
		{"degrees with a letter", "It was 1.5 degrees C.", []want{{"1.5 degrees C", factcheck.Measure, "1.5", "", "°C", ""}}},
		{"negatives", "It fell to -12C, then −0.3% (-5%), a deficit of -£2.1bn and minus five percent.", []want{
			{"-12C", factcheck.Measure, "-12", "", "°C", ""}, {"−0.3%", factcheck.Percent, "-0.3", "", "", ""},
			{"-5%", factcheck.Percent, "-5", "", "", ""}, {"-£2.1bn", factcheck.Money, "-2100000000", "", "GBP", ""},
			{"minus five percent", factcheck.Percent, "-5", "", "", ""}}},
		{"hyphens are no minus", "A 2-1 win for F-16 pilots.", []want{{"2-1", factcheck.Count, "2", "", "", ""}}},
		{"ranges with units", "It ranged from -10 to -5C, then −3C to 4C, and 5 km to 10 km.", []want{
			{"-10 to -5C", factcheck.Measure, "-10", "-5", "°C", ""}, {"−3C to 4C", factcheck.Measure, "-3", "4", "°C", ""},
			{"5 km to 10 km", factcheck.Measure, "5", "10", "km", ""}}},
		{"percent ranges", "Growth of 3% to 3.5%, then 3%-4%, and eight to 10 percent.", []want{
			{"3% to 3.5%", factcheck.Percent, "3", "3.5", "", ""}, {"3%-4%", factcheck.Percent, "3", "4", "", ""},
			{"eight to 10 percent", factcheck.Percent, "8", "10", "", ""}}},
		{"ranges after a change", "Sales fell 10 to 15 percent and costs rose 2 to 3 million dollars.", []want{
			{"10 to 15 percent", factcheck.Percent, "10", "15", "", ""}, {"2 to 3 million dollars", factcheck.Money, "2000000", "3000000", "USD", ""}}},
		{"a change and a level", "The index fell 10.5 to 1,234.5 and profits rose from 5% to 10%.", []want{
			{"10.5", factcheck.Measure, "10.5", "", "point", ""}, {"1,234.5", factcheck.Measure, "1234.5", "", "point", ""},
			{"5%", factcheck.Percent, "5", "", "", ""}, {"10%", factcheck.Percent, "10", "", "", ""}}},
		{"a fraction after an", "Rates fell an eighth of a point and an eighth of the staff left.", []want{
			{"an eighth of a point", factcheck.Percent, "0.125", "", "percentage point", ""}, {"an eighth of the staff", factcheck.Percent, "12.5", "", "", ""}}},
		{"change by a fraction", "Costs were cut by a quarter last year, and three-fourths of staff left.", []want{
			{"a quarter", factcheck.Percent, "25", "", "", ""}, {"three-fourths", factcheck.Percent, "75", "", "", ""}}},
		{"indian grouping", "It costs Rs 1,20,00,000 and is estimated at 5 tonnes.", []want{
			{"Rs 1,20,00,000", factcheck.Money, "12000000", "", "INR", ""}, {"estimated at 5 tonnes", factcheck.Measure, "5", "", "tonne", factcheck.Approx}}},
		{"10-mile", "A 10-mile walk.", []want{{"10-mile", factcheck.Measure, "10", "", "mile", ""}}},
		{"a race is no measure", "He won the 100m sprint and the 60 metres.", nil},
		{"metres run", "He ran 10,000m in 9.8 seconds.", []want{{"10,000m", factcheck.Measure, "10000", "", "m", ""}, {"9.8 seconds", factcheck.Duration, "9.8", "", "second", ""}}},
		{"jump metres", "Idowu landed 17.30m.", []want{{"17.30m", factcheck.Measure, "17.3", "", "m", ""}}},
		{"a headline's figure in a line of mixed case, its unit after it or its verb before (but an index's name)", "SHARES FALL 12% AFTER PROFIT WARNING. Stock slid. OIL JUMPS 4PC ON FEARS. The FTSE 100 rose.", []want{
			{"12%", factcheck.Percent, "12", "", "", ""}, {"4PC", factcheck.Percent, "4", "", "", ""}}},
		{"a glued m after 'a record' is millions", "Traffic climbed to a record 31.7m in 2024.", []want{
			{"31.7m", factcheck.Count, "31700000", "", "", ""}, {"2024", factcheck.Date, "2024", "", "", ""}}},
		{"two decimals with a glued m beside a figure in millions, or after a percentage, are millions", "Ratings slid to a record low of 9.85m, down 2.6 million from last year. Applications jumped 52 pct to 1.14m.", []want{
			{"9.85m", factcheck.Count, "9850000", "", "", ""}, {"2.6 million", factcheck.Count, "2600000", "", "", ""}, {"52 pct", factcheck.Percent, "52", "", "", ""}, {"1.14m", factcheck.Count, "1140000", "", "", ""}}},
		{"hyphenated million", "A $2.5-million contract.", []want{{"$2.5-million", factcheck.Money, "2500000", "", "USD", ""}}},
		{"millions of dollars", "It cost millions of dollars.", []want{{"millions of dollars", factcheck.Money, "2000000", "", "USD", factcheck.LowerBound}}},
		{"broadband", "Speeds of 2Mbps are common.", []want{{"2Mbps", factcheck.Measure, "2", "", "Mbps", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

func TestExtractDurationsOrdinals(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"a part of a prison term its unit left out, after 'jailed for' the term, before 'before'", "He was jailed for eight years and told he must serve at least four before he can be considered for parole.", []want{
			{"eight years", factcheck.Duration, "8", "", "year", ""}, {"at least four", factcheck.Duration, "4", "", "year", factcheck.LowerBound}}},
		{"an age set off by commas after 'now', in words or figures, after a champion is years", "The former champion, now thirty-eight, won. The champion, now 38, lost.", []want{
			{"thirty-eight", factcheck.Duration, "38", "", "year", ""}, {"38", factcheck.Duration, "38", "", "year", ""}}},
		{"an age people 'are over' is years, ticket holders among people", "Almost half of season-ticket holders are over 45.", []want{
			{"Almost half of season-ticket holders", factcheck.Percent, "50", "", "", factcheck.UpperBound}, {"over 45", factcheck.Duration, "45", "", "year", factcheck.LowerBound}}},
		{"an age 'at' set off by commas after a verb of a life's event is years", "Sharapova beat Williams in the Wimbledon final to become, at 17, the third-youngest champion.", []want{
			{"17", factcheck.Duration, "17", "", "year", ""}, {"the third", factcheck.Ordinal, "3", "", "", ""}}},
		{"what a person named 'is' or 'was', before 'when', 'now', another's age or the sentence's end, and what someone 'was' before 'when she', are ages", "They want to play again when Ohtani is 31 and Trout is 34. But Del Rey is 37 now. The former world number one was 22 when she retired. The index is 40.", []want{
			{"31", factcheck.Duration, "31", "", "year", ""}, {"34", factcheck.Duration, "34", "", "year", ""}, {"37", factcheck.Duration, "37", "", "year", ""}, {"number one", factcheck.Ordinal, "1", "", "", ""}, {"22", factcheck.Duration, "22", "", "year", ""},
			{"40", factcheck.Measure, "40", "", "point", ""}}},
		{"the age of the youngest or the eldest of people named, and an age 'at' an event before 'but', are years", "Around 200 veterans, the youngest of them 98, came. Of 214 pupils, 167 turned up, the eldest of them now 68. She retired in 1996 at 65 but kept an office.", []want{
			{"Around 200 veterans", factcheck.Count, "200", "", "", factcheck.Approx}, {"98", factcheck.Duration, "98", "", "year", ""}, {"214 pupils", factcheck.Count, "214", "", "", ""}, {"167", factcheck.Count, "167", "", "", ""},
			{"68", factcheck.Duration, "68", "", "year", ""}, {"1996", factcheck.Date, "1996", "", "", ""}, {"65", factcheck.Duration, "65", "", "year", ""}}},
		{"minutes and seconds as a lead 'over' a rival are a race's time", "Pogacar stretched his overall lead to 4:21 over Vinge.", []want{
			{"4:21", factcheck.Duration, "261", "", "second", ""}}},
		{"the age of a person typical of many; a body's weight lost in pounds in a text that names no sterling", "At the college the median student is 37. Patients in the trial lost an average of 15 pounds over 68 weeks.", []want{
			{"37", factcheck.Duration, "37", "", "year", ""}, {"15 pounds", factcheck.Measure, "15", "", "pound", ""}, {"68 weeks", factcheck.Duration, "68", "", "week", ""}}},
		{"lengths of time told free of something", "The discount reaches 65% after five claim-free years.", []want{
			{"65%", factcheck.Percent, "65", "", "", ""}, {"five claim-free years", factcheck.Duration, "5", "", "year", ""}}},
		{"a length after 'for' takes the unit of a length after 'for' before it; a route after 'No.'", "The issue is non-callable for three years and non-refundable for five. They met on the No. 38 bus. The bonds run for three years.", []want{
			{"three years", factcheck.Duration, "3", "", "year", ""}, {"five", factcheck.Duration, "5", "", "year", ""}, {"three years", factcheck.Duration, "3", "", "year", ""}}},
		{"a share of a chance; a day to come before the dateline's day is of the month after", "FRANKFURT, Jan 31 - Those who took it were a third less likely to fall ill. The ECB next meets on the 7th.", []want{
			{"a third", factcheck.Percent, "33.33", "", "", ""}, {"7th", factcheck.Date, "--02-07", "", "", ""}}},
		{"ages after 'he becomes', 'on reaching', 'retire before', 'work on till' and 'live until'; lengths of time told good or lean", "He stays until he becomes 67. Trotter steps aside on reaching 60. Firms may not force workers to retire before 65; they may work on till 70, and women can expect to live until 85. It profits after two lean years and three good years.", []want{
			{"67", factcheck.Duration, "67", "", "year", ""}, {"60", factcheck.Duration, "60", "", "year", ""}, {"before 65", factcheck.Duration, "65", "", "year", factcheck.UpperBound},
			{"70", factcheck.Duration, "70", "", "year", ""}, {"85", factcheck.Duration, "85", "", "year", ""}, {"two lean years", factcheck.Duration, "2", "", "year", ""}, {"three good years", factcheck.Duration, "3", "", "year", ""}}},
		{"a change between two lengths each said in two units; a manner said 'day-to-day', no length of time", "Waits rose from three hours 50 minutes to four hours 12 minutes. They kept building under a day-to-day extension.", []want{
			{"three hours 50 minutes", factcheck.Duration, "230", "", "minute", ""}, {"four hours 12 minutes", factcheck.Duration, "252", "", "minute", ""}}},
		{"a fraction before a verb in the plural is a share; a sport's rate per game", "Of the landlords, three quarters plan to raise rents and A fifth intend to sell. He averaged 27 points per game and 0.58 goals per match, before 15.1M viewers per game.", []want{
			{"three quarters", factcheck.Percent, "75", "", "", ""}, {"A fifth", factcheck.Percent, "20", "", "", ""},
			{"27 points per game", factcheck.Measure, "27", "", "point per game", ""}, {"0.58 goals per match", factcheck.Measure, "0.58", "", "goal per match", ""}, {"15.1M viewers", factcheck.Count, "15100000", "", "", ""}}},
		{"'number one' after an ordinal is a chart-topper counted; a lawmaker's age after party and state", "It was the 1,000th number one, at number one for a week. Sen. Bob Dole (R-Kan.), 63, spoke.", []want{
			{"the 1,000th number", factcheck.Ordinal, "1000", "", "", ""}, {"number one", factcheck.Ordinal, "1", "", "", ""}, {"a week", factcheck.Duration, "1", "", "week", ""}, {"63", factcheck.Duration, "63", "", "year", ""}}},
		{"an age ending the sentence after a speaker's full name and a title in small letters", "The plant ran for 312 hours in 2023, said plant manager Mari Jensen, 58. It sold 1,402 copies, said shop staff, 58.", []want{
			{"312 hours", factcheck.Duration, "312", "", "hour", ""}, {"2023", factcheck.Date, "2023", "", "", ""}, {"58", factcheck.Duration, "58", "", "year", ""},
			{"1,402 copies", factcheck.Count, "1402", "", "", ""}, {"58", factcheck.Count, "58", "", "", ""}}},
		{"a change's share after an abbreviation between the verb and 'by'; a school year's rooms no rank", "They would cut their holdings of U.S. Treasury bonds by up to a fifth. Class sizes swelled to 32 in some fourth-grade rooms.", []want{
			{"up to a fifth", factcheck.Percent, "20", "", "", factcheck.UpperBound}, {"32", factcheck.Count, "32", "", "", ""}}},
		{"ages after a kin's name and an executive set off by commas; a change's share before the level 'at'", "At 18, she won, and her brother Finneas was 22. Deliveroo's chief executive, 45, sold shares. Profit per passenger was down a fifth at €5.10.", []want{
			{"18", factcheck.Duration, "18", "", "year", ""}, {"22", factcheck.Duration, "22", "", "year", ""}, {"45", factcheck.Duration, "45", "", "year", ""},
			{"a fifth", factcheck.Percent, "20", "", "", ""}, {"€5.10", factcheck.Money, "5.1", "", "EUR", ""}}},
		{"a bounded length after a share of those asked takes the unit of the length before", "Adults need seven to nine hours of sleep, yet about 35 per cent said they managed fewer than six.", []want{
			{"seven to nine hours", factcheck.Duration, "7", "9", "hour", ""}, {"about 35 per cent", factcheck.Percent, "35", "", "", factcheck.Approx}, {"fewer than six", factcheck.Duration, "6", "", "hour", factcheck.UpperBound}}},
		{"a length compared 'more than' after a comma takes the unit before it; a change 'by an average of' and the level it reached", "Cardiff had 228 hours of sunshine in May, 40 more than average. Bills will go up by an average of £23 to £398 a year.", []want{
			{"228 hours", factcheck.Duration, "228", "", "hour", ""}, {"40", factcheck.Duration, "40", "", "hour", ""}, {"£23", factcheck.Money, "23", "", "GBP", ""}, {"£398", factcheck.Money, "398", "", "GBP", ""}}},
		{"ages set off by commas after a fan and after a count of people", "A Leeds United fan, 29, was given a ban. Two men, 33 and 45, were later arrested. Two men, 3 and 4 of them armed, fled.", []want{
			{"29", factcheck.Duration, "29", "", "year", ""}, {"Two men", factcheck.Count, "2", "", "", ""}, {"33", factcheck.Duration, "33", "", "year", ""}, {"45", factcheck.Duration, "45", "", "year", ""},
			{"Two men", factcheck.Count, "2", "", "", ""}, {"3", factcheck.Count, "3", "", "", ""}, {"4", factcheck.Count, "4", "", "", ""}}},
		{"the age of the oldest person; a length compared for a place, its unit unsaid", "The oldest person recorded was 112, a woman from Oakham. The median age is 44.7 years, compared with 40.1 for England as a whole.", []want{
			{"112", factcheck.Duration, "112", "", "year", ""}, {"44.7 years", factcheck.Duration, "44.7", "", "year", ""}, {"40.1", factcheck.Duration, "40.1", "", "year", ""}}},
		{"a bounded length after one in its sentence, its unit unsaid", "Fast boats do it in under five hours, the slow ones in up to eight. Plan on four to five hours going up and about three coming down. It is the first time in almost 20 years that the four have met.", []want{
			{"under five hours", factcheck.Duration, "5", "", "hour", factcheck.UpperBound}, {"up to eight", factcheck.Duration, "8", "", "hour", factcheck.UpperBound},
			{"four to five hours", factcheck.Duration, "4", "5", "hour", ""}, {"about three", factcheck.Duration, "3", "", "hour", factcheck.Approx},
			{"the first time", factcheck.Ordinal, "1", "", "", ""}, {"almost 20 years", factcheck.Duration, "20", "", "year", factcheck.UpperBound}, {"four", factcheck.Count, "4", "", "", ""}}},
		{"'a week later' how long after, but not set off by a comma; 'half what' a share", "GCSE results follow a week later on August 21. The victim died in hospital a fortnight later. A year later, he left. It sells coffee for $1.50, half what the cafe charges.", []want{
			{"a week", factcheck.Duration, "1", "", "week", ""}, {"August 21", factcheck.Date, "--08-21", "", "", ""}, {"a fortnight", factcheck.Duration, "2", "", "week", ""},
			{"$1.50", factcheck.Money, "1.5", "", "USD", ""}, {"half", factcheck.Percent, "50", "", "", ""}}},
		{"an age opening its sentence before people in the plural; 'half price' a share", "At 57, savers will be able to take a quarter of their pension. At 5, workers go home. The sandals are down to half price.", []want{
			{"57", factcheck.Duration, "57", "", "year", ""}, {"a quarter", factcheck.Percent, "25", "", "", ""}, {"5", factcheck.Count, "5", "", "", ""}, {"half price", factcheck.Percent, "50", "", "", ""}}},
		{"quarters of a year counted after 'in'; the age a person turns or ends a career at; a web's version no count", "It returned to profit for the first time in three quarters. Three quarters of voters agree. A knee injury ended his playing career at 29. Trainees earn more once they turn 21. Web 3.0 startups raised $2.4B.", []want{
			{"the first time", factcheck.Ordinal, "1", "", "", ""}, {"three quarters", factcheck.Count, "3", "", "", ""}, {"Three quarters of voters", factcheck.Percent, "75", "", "", ""},
			{"29", factcheck.Duration, "29", "", "year", ""}, {"21", factcheck.Duration, "21", "", "year", ""}, {"$2.4B", factcheck.Money, "2400000000", "", "USD", ""}}},
		{"the age at which a person got a job, left school or became the youngest of something, told before a clause of purpose or after a comma", "He won six times, having left school at 14 to work as a miner. He became the country's youngest store manager at 19. I got a part time job at 16 when I was at school. Shares rose at 45 to reach a high.", []want{
			{"six times", factcheck.Count, "6", "", "", ""}, {"14", factcheck.Duration, "14", "", "year", ""}, {"19", factcheck.Duration, "19", "", "year", ""}, {"16", factcheck.Duration, "16", "", "year", ""}, {"45", factcheck.Count, "45", "", "", ""}}},
		{"the age of a person 'who is' so old, or since or when 'she was'; a way's length in a race's metres", "Sam, who is nine and three-quarters, reads a lot. She has lived there since she was four. My daughter walks the 800 metres to school. He won the 800 metres in Rome.", []want{
			{"nine and three-quarters", factcheck.Duration, "9.75", "", "year", ""}, {"four", factcheck.Duration, "4", "", "year", ""}, {"800 metres", factcheck.Measure, "800", "", "m", ""}}},
		{"a day or an hour by which a time is later or less; days named by what they are spent on; a number of times digits make; a grandparent's age", "School starts a day later than in most counties, an hour less in bed. A year later, he left. It ends after 190 teaching days and two rest days. The 18-time champions won. The photo was taken when Grandad was 24.", []want{
			{"a day", factcheck.Duration, "1", "", "day", ""}, {"an hour", factcheck.Duration, "1", "", "hour", ""}, {"190 teaching days", factcheck.Duration, "190", "", "day", ""}, {"two rest days", factcheck.Duration, "2", "", "day", ""},
			{"18-time", factcheck.Count, "18", "", "", ""}, {"24", factcheck.Duration, "24", "", "year", ""}}},
		{"the age at which a person's life event took place; the age a person 'was' before the clause ends (but not a vote, nor an age and an era's year as a share)", "Mozart wrote his first symphony at eight. Cleopatra took the throne at 18 in 51 BC. It premiered when the composer was 53 and almost deaf. Orville Wright was 32; the vote was 4-1.", []want{
			{"his first symphony", factcheck.Ordinal, "1", "", "", ""}, {"eight", factcheck.Duration, "8", "", "year", ""}, {"18", factcheck.Duration, "18", "", "year", ""}, {"51 BC", factcheck.Date, "-0050", "", "", ""},
			{"53", factcheck.Duration, "53", "", "year", ""}, {"32", factcheck.Duration, "32", "", "year", ""}, {"4", factcheck.Count, "4", "", "", ""}, {"1", factcheck.Count, "1", "", "", ""}}},
		{"an age a person must be; ages opening a sentence; a marathon's record that stands at hours, minutes and seconds (but a clock's 'at')", "You must be at least 18 to open the account. Applicants must be 18 or over. The fee must be 18. Ages 5-11 can join. The marathon record now stands at 2:00:35. The gates shut at 2:10:00.", []want{
			{"at least 18", factcheck.Duration, "18", "", "year", factcheck.LowerBound}, {"18 or over", factcheck.Duration, "18", "", "year", factcheck.LowerBound}, {"18", factcheck.Count, "18", "", "", ""},
			{"5-11", factcheck.Duration, "5", "11", "year", ""}, {"2:00:35", factcheck.Duration, "7235", "", "second", ""}}},
		{"an extra fortnight; an age in words after 'turns'; an age that has risen; a day 'is on' ahead of the publication's", "Date: 4 November 2023\nBooks can be kept for an extra fortnight. Jake, who turns eighteen on Friday, drives. The average age of a first-time buyer has risen to 34. The school trip is on the 14th.", []want{
			{"an extra fortnight", factcheck.Duration, "2", "", "week", ""}, {"eighteen", factcheck.Duration, "18", "", "year", ""}, {"34", factcheck.Duration, "34", "", "year", ""},
			{"14th", factcheck.Date, "2023-11-14", "", "", ""}}},
		{"an adjective of days joined by hyphens; qualifying years; ages reached and an age that rose", "It made a 20-business-day tender offer. Women need 39 qualifying years. Women who reach 60 in 2005 gain. The median age of first-time buyers rose to a record 35.", []want{
			{"20-business-day", factcheck.Duration, "20", "", "day", ""}, {"39 qualifying years", factcheck.Duration, "39", "", "year", ""},
			{"60", factcheck.Duration, "60", "", "year", ""}, {"2005", factcheck.Date, "2005", "", "", ""}, {"35", factcheck.Duration, "35", "", "year", ""}}},
		{"the ages of a people named before a bound or a span, opening a sentence too; a length 'or longer'", "Half a million Americans 65 or older died, with teens 19 and younger. Adults 18 to 64 paid more. Symptoms lasted three months or longer.", []want{
			{"Half a million Americans", factcheck.Count, "500000", "", "", ""}, {"65 or older", factcheck.Duration, "65", "", "year", factcheck.LowerBound}, {"19 and younger", factcheck.Duration, "19", "", "year", factcheck.UpperBound},
			{"18 to 64", factcheck.Duration, "18", "64", "year", ""}, {"three months or longer", factcheck.Duration, "3", "", "month", factcheck.LowerBound}}},
		{"a toll, then a length of time after a comma, is no list of lengths; an islands' height above sea level is in metres", "Iran put the death toll at 26,271, ten days after the quake. Most islands lie less than 1.5m above sea level.", []want{
			{"26,271", factcheck.Count, "26271", "", "", ""}, {"ten days", factcheck.Duration, "10", "", "day", ""}, {"less than 1.5m", factcheck.Measure, "1.5", "", "m", factcheck.UpperBound}}},
		{"a running time in abbreviations with stops; a girl's age after 'of', and an audience's under a bound (but a factor's number is no age)", "The film runs 2 hrs. 43 min. A girl of 13 and a boy of 15 were held. Two-thirds of the audience was under 25. Demand rose by a factor of 10.", []want{
			{"2 hrs. 43 min", factcheck.Duration, "163", "", "minute", ""}, {"13", factcheck.Duration, "13", "", "year", ""}, {"15", factcheck.Duration, "15", "", "year", ""},
			{"Two-thirds of the audience", factcheck.Percent, "66.67", "", "", ""}, {"under 25", factcheck.Duration, "25", "", "year", factcheck.UpperBound}, {"10", factcheck.Measure, "10", "", "times", ""}}},
		{"days a market works, after another adjective or a wrapped line, but not its months of contracts; fiscal years", "The price must exceed 21.78 dlrs for 10 consecutive trading days, or for 20\nconsecutive trading days. Turnover was 1.33 billion in the 21\ntrading days of January. Six consecutive trading months in options will be listed. The plan runs two fiscal years, plus two option years.", []want{
			{"exceed 21.78 dlrs", factcheck.Money, "21.78", "", "USD", factcheck.LowerBound}, {"10 consecutive trading days", factcheck.Duration, "10", "", "day", ""}, {"20\nconsecutive trading days", factcheck.Duration, "20", "", "day", ""}, {"1.33 billion", factcheck.Money, "1330000000", "", "USD", ""}, {"21\ntrading days", factcheck.Duration, "21", "", "day", ""}, {"Six consecutive", factcheck.Count, "6", "", "", ""}, {"two fiscal years", factcheck.Duration, "2", "", "year", ""}, {"two option years", factcheck.Duration, "2", "", "year", ""}}},
		{"a bare count compared with a length of time just before it", "Laptops last up to 22 hours on a charge, against eighteen for last year's. The trip took 5 days, compared with three in 2019. It ran 3 days against 200 rivals.", []want{
			{"up to 22 hours", factcheck.Duration, "22", "", "hour", factcheck.UpperBound}, {"eighteen", factcheck.Duration, "18", "", "hour", ""},
			{"5 days", factcheck.Duration, "5", "", "day", ""}, {"three", factcheck.Duration, "3", "", "day", ""}, {"2019", factcheck.Date, "2019", "", "", ""},
			{"3 days", factcheck.Duration, "3", "", "day", ""}, {"200 rivals", factcheck.Count, "200", "", "", ""}}},
		{"a unit after 'added', and after '-odd-' hyphenated; yards abbreviated as written", "The board showed six added minutes, ending a 40-odd-year wait, with a 30-yd drive and a 40yds run.", []want{
			{"six added minutes", factcheck.Duration, "6", "", "minute", ""}, {"40-odd-year", factcheck.Duration, "40", "", "year", factcheck.LowerBound},
			{"30-yd", factcheck.Measure, "30", "", "yd", ""}, {"40yds", factcheck.Measure, "40", "", "yd", ""}}},
		{"four-day trip", "He ended his four-day trip.", []want{{"four-day", factcheck.Duration, "4", "", "day", ""}}},
		{"hours and minutes abbreviated and spaced in minutes; a recipe's spoons as written", "It took 1 hr 15 min. Add 2 tbsp oil and 3/4 tsp salt.", []want{
			{"1 hr 15 min", factcheck.Duration, "75", "", "minute", ""},
			{"2 tbsp", factcheck.Measure, "2", "", "tbsp", ""}, {"3/4 tsp", factcheck.Measure, "0.75", "", "tsp", ""}}},
		{"a length of time after 'or' and another", "The stock keeps for up to five days, or a fortnight if reboiled.", []want{
			{"up to five days", factcheck.Duration, "5", "", "day", factcheck.UpperBound}, {"a fortnight", factcheck.Duration, "2", "", "week", ""}}},
		{"a golfer's score against par with 'par' unsaid in a report of golf; but a bound elsewhere", "After a birdie at the 16th she was three under through 10 holes and won at seven under. The children were two under 10.", []want{
			{"the 16th", factcheck.Ordinal, "16", "", "", ""}, {"three under", factcheck.Count, "-3", "", "", ""}, {"10 holes", factcheck.Count, "10", "", "", ""},
			{"seven under", factcheck.Count, "-7", "", "", ""}, {"two", factcheck.Count, "2", "", "", ""}, {"under 10", factcheck.Count, "10", "", "", factcheck.UpperBound}}},
		{"a word of the claim before is no qualifier of the next: a round's score after its score against par, a level compared after a change", "Monroe shot a 7-under 65. Output was 3.6 pct higher than 1.11 billion cubic metres.", []want{
			{"7-under", factcheck.Count, "-7", "", "", ""}, {"65", factcheck.Count, "65", "", "", ""},
			{"3.6 pct higher", factcheck.Percent, "3.6", "", "", ""}, {"1.11 billion cubic metres", factcheck.Measure, "1110000000", "", "cubic metre", ""}}},
		{"a golfer's score against par, below it negative; a race's margin in lengths and its distance in furlongs", "He finished seven-under after a four-under-par 68, 14 under par in all, one over par on Friday. The colt won by 2½ lengths over seven furlongs.", []want{
			{"seven-under", factcheck.Count, "-7", "", "", ""}, {"four-under-par", factcheck.Count, "-4", "", "", ""}, {"68", factcheck.Count, "68", "", "", ""}, {"14 under par", factcheck.Count, "-14", "", "", ""}, {"one over par", factcheck.Count, "1", "", "", ""},
			{"2½ lengths", factcheck.Measure, "2.5", "", "length", ""}, {"seven furlongs", factcheck.Measure, "7", "", "furlong", factcheck.LowerBound}}},
		{"a dose and how often is no rate (how often is a count of its own); a decimal's middle dot; a number in words after a comma; seconds spaced as 's'", "He was given 2.5 mg of apixaban twice daily. Fractures fell to 4\u00b77% of them. The town has forty-seven thousand, three hundred and twelve inhabitants; it sold ten thousand, two of which broke. The scan took 8 min 40 s.", []want{
			{"2.5 mg", factcheck.Measure, "2.5", "", "mg", ""}, {"twice", factcheck.Count, "2", "", "", ""}, {"4\u00b77%", factcheck.Percent, "4.7", "", "", ""}, {"forty-seven thousand, three hundred and twelve inhabitants", factcheck.Count, "47312", "", "", ""},
			{"ten thousand", factcheck.Count, "10000", "", "", ""}, {"two", factcheck.Count, "2", "", "", ""}, {"8 min 40 s", factcheck.Duration, "520", "", "second", ""}}},
		{"race times: a lap to the thousandth, minutes and seconds abbreviated, glued or spaced, seconds padded with a zero", "He lapped in 1:29.708, won in 2 min 07.4 sec, then 1min 06sec and 1m 31.4s; the record is eight minutes, 04.69 seconds.", []want{
			{"1:29.708", factcheck.Duration, "89.708", "", "second", ""}, {"2 min 07.4 sec", factcheck.Duration, "127.4", "", "second", ""}, {"1min 06sec", factcheck.Duration, "66", "", "second", ""},
			{"1m 31.4s", factcheck.Duration, "91.4", "", "second", ""}, {"eight minutes, 04.69 seconds", factcheck.Duration, "484.69", "", "second", ""}}},
		{"years and hours abbreviated after a hyphen, an age with 'old'", "The 27-yr-old man signed a 3-yr deal for a 10-hr shift.", []want{
			{"27-yr-old", factcheck.Duration, "27", "", "year", ""}, {"3-yr", factcheck.Duration, "3", "", "year", ""}, {"10-hr", factcheck.Duration, "10", "", "hour", ""}}},
		{"hours with a glued 'h', weeks as 'wks', a recipe's times and yield after a capitalised verb", "Results are due within 48h; the loan ran 3wks.\nBake 45-50 minutes.\nServes 4.", []want{
			{"within 48h", factcheck.Duration, "48", "", "hour", factcheck.UpperBound}, {"3wks", factcheck.Duration, "3", "", "week", ""}, {"45-50 minutes", factcheck.Duration, "45", "50", "minute", ""}, {"4", factcheck.Count, "4", "", "", ""}}},
		{"a length of time left or remaining", "The side is third with a fortnight left; there is a week remaining.", []want{
			{"third", factcheck.Ordinal, "3", "", "", ""}, {"a fortnight", factcheck.Duration, "2", "", "week", ""}, {"a week", factcheck.Duration, "1", "", "week", ""}}},
		{"a race's margin in seconds glued or a share of a unit, a length of time to go, but snooker's century breaks and a bond's coupon", "Verstappen took pole by 0.312s, won by 0.0974 of a second with a fortnight to go, and rain fell 0.10 of an inch. O'Sullivan made more than 1,200 century breaks. It sold the 7.70s of 1991.", []want{
			{"0.312s", factcheck.Duration, "0.312", "", "second", ""}, {"0.0974 of a second", factcheck.Duration, "0.0974", "", "second", ""}, {"a fortnight", factcheck.Duration, "2", "", "week", ""},
			{"0.10 of an inch", factcheck.Measure, "0.1", "", "inch", ""}, {"more than 1,200 century breaks", factcheck.Count, "1200", "", "", factcheck.LowerBound}, {"1991", factcheck.Date, "1991", "", "", ""}}},
		{"a unit said as 'a' or 'an' and a smaller one after 'and', with or without a verb of time before", "The trip took an hour and ten minutes, a year and six months, and a minute and 47 seconds. At an hour and 40 minutes, the album is long.", []want{
			{"an hour and ten minutes", factcheck.Duration, "70", "", "minute", ""}, {"a year and six months", factcheck.Duration, "1.5", "", "year", ""}, {"a minute and 47 seconds", factcheck.Duration, "107", "", "second", ""},
			{"an hour and 40 minutes", factcheck.Duration, "100", "", "minute", ""}}},
		{"days and hours with nothing between, one length in hours", "The winner crossed the line in 3 days 19 hours, two days later.", []want{
			{"3 days 19 hours", factcheck.Duration, "91", "", "hour", ""}, {"two days", factcheck.Duration, "2", "", "day", ""}}},
		{"a length of time a verb of waiting or staying takes", "He waited a fortnight for the reply, stayed a week and would wait another week or two.", []want{
			{"a fortnight", factcheck.Duration, "2", "", "week", ""}, {"a week", factcheck.Duration, "1", "", "week", ""}, {"another week or two", factcheck.Duration, "1", "2", "week", ""}}},
		{"a rank of tens and units without its hyphen after a determiner, but a count of things whose word is hyphenated", "The twenty first century began; her thirty second birthday came. The twenty first-time buyers left.", []want{
			{"twenty first century", factcheck.Ordinal, "21", "", "", ""}, {"thirty second birthday", factcheck.Ordinal, "32", "", "", ""}, {"twenty", factcheck.Count, "20", "", "", ""}}},
		{"a time of day as a clock's hands tell it, but a length of time after 'to'", "We met at a quarter past three and left at half past four; he came at twenty past six, ten minutes to midnight. Calls fell from three minutes to one minute.", []want{
			{"three minutes", factcheck.Duration, "3", "", "minute", ""}, {"one minute", factcheck.Duration, "1", "", "minute", ""}}},
		{"a span of clock times, its zone after its end, an hour before \"am\", but a count of local people", "Trading halts from 1115 to 1330 GMT, runs between 1800 and 2100 local time, from 8.30 am to 11 am; 1500 local traders joined.", []want{
			{"1500", factcheck.Count, "1500", "", "", ""}}},
		{"a period before or after now, its word in the span", "Aid over the next four years will grow; in the past two years it fell, and in the first\nthree months. Talks are expected to last 12 days.", []want{
			{"next four years", factcheck.Duration, "4", "", "year", ""}, {"past two years", factcheck.Duration, "2", "", "year", ""}, {"three months", factcheck.Duration, "3", "", "month", ""},
			{"12 days", factcheck.Duration, "12", "", "day", ""}}},
		{"one day's notice, a length compared to another, a decade celebrated", "Exercise requires one day's notice. One day he will go. It is a 20-minute ride, compared to an hour to get to Heathrow, and up 2 pct compared with a year earlier, a loss compared with a year-ago profit. Yahoo celebrates a decade online.", []want{
			{"one day's", factcheck.Duration, "1", "", "day", ""}, {"20-minute", factcheck.Duration, "20", "", "minute", ""}, {"an hour", factcheck.Duration, "1", "", "hour", ""}, {"2 pct", factcheck.Percent, "2", "", "", ""}, {"a decade", factcheck.Duration, "10", "", "year", ""}}},
		{"a change by half, a hyphened half before a scale, a band's name", "We could cut unemployment by half for one-and-a-half million families. It bought 8 mln stg in band two, then left the band two years later.", []want{
			{"half", factcheck.Percent, "50", "", "", ""}, {"one-and-a-half million families", factcheck.Count, "1500000", "", "", ""},
			{"8 mln stg", factcheck.Money, "8000000", "", "GBP", ""}, {"two years", factcheck.Duration, "2", "", "year", ""}}},
		{"a range of lengths ending in a longer unit", "Building takes eight months to a year; terms run two weeks to one year, about 45 minutes to an hour.", []want{
			{"eight months to a year", factcheck.Duration, "8", "12", "month", ""}, {"two weeks to one year", factcheck.Duration, "2", "52", "week", ""},
			{"about 45 minutes to an hour", factcheck.Duration, "45", "60", "minute", factcheck.Approx}}},
		{"a length or another, in one unit or two", "You gave the players a week or 10 days off. It may take a year or 18 months; it lasted a month or six weeks, or a week or two weeks.", []want{
			{"a week or 10 days", factcheck.Duration, "7", "10", "day", ""}, {"a year or 18 months", factcheck.Duration, "12", "18", "month", ""},
			{"a month", factcheck.Duration, "1", "", "month", ""}, {"six weeks", factcheck.Duration, "6", "", "week", ""},
			{"a week or two weeks", factcheck.Duration, "1", "2", "week", ""}}},
		{"and a half, hyphened after digits", "I put in 15-and-a-half miles on a 15-and-a-half-mile course.", []want{
			{"15-and-a-half miles", factcheck.Measure, "15.5", "", "mile", ""}, {"15-and-a-half-mile", factcheck.Measure, "15.5", "", "mile", ""}}},
		{"an age by its decade, and a part of it", "A man in his 30s was held; she is in her late 60s; he is in his mid-40s; she is in her early thirties.", []want{
			{"his 30s", factcheck.Duration, "30", "39", "year", ""}, {"her late 60s", factcheck.Duration, "67", "69", "year", factcheck.Approx},
			{"his mid-40s", factcheck.Duration, "45", "", "year", factcheck.Approx}, {"her early thirties", factcheck.Duration, "30", "33", "year", factcheck.Approx}}},
		{"a length's unit for a bare count after it in its sentence, of its size; not a period the sentence is of, a bracketed cell, a score, a quote's sides, nor a count far from its size", "Buses run every 8 minutes, up from every 12. The pilot had about 1,150 hours, including 300 in gliders. The trip took 21 days, though it normally takes four. In the first two months sales rose to 49, up from 37. He served 20 years and paid 3,000 in fines.", []want{
			{"8 minutes", factcheck.Duration, "8", "", "minute", ""}, {"12", factcheck.Duration, "12", "", "minute", ""},
			{"about 1,150 hours", factcheck.Duration, "1150", "", "hour", factcheck.Approx}, {"300", factcheck.Duration, "300", "", "hour", ""},
			{"21 days", factcheck.Duration, "21", "", "day", ""}, {"four", factcheck.Duration, "4", "", "day", ""},
			{"two months", factcheck.Duration, "2", "", "month", ""}, {"49", factcheck.Count, "49", "", "", ""}, {"37", factcheck.Count, "37", "", "", ""},
			{"20 years", factcheck.Duration, "20", "", "year", ""}, {"3,000", factcheck.Count, "3000", "", "", ""}}},
		{"a unit said once for a list of lengths", "UNOCAL SELLS SEVEN AND 10-YEAR NOTES\n\nIt sells two, three and four-year notes, CDs of one, three and six months, five- and 10-year bonds.", []want{
			{"SEVEN", factcheck.Duration, "7", "", "year", ""}, {"10-YEAR", factcheck.Duration, "10", "", "year", ""},
			{"two", factcheck.Duration, "2", "", "year", ""}, {"three", factcheck.Duration, "3", "", "year", ""}, {"four-year", factcheck.Duration, "4", "", "year", ""},
			{"one", factcheck.Duration, "1", "", "month", ""}, {"three", factcheck.Duration, "3", "", "month", ""}, {"six months", factcheck.Duration, "6", "", "month", ""},
			{"five-", factcheck.Duration, "5", "", "year", ""}, {"10-year", factcheck.Duration, "10", "", "year", ""}}},
		{"a unit said once after a list in words", "It expects gains of four and seven pct, and sells CDs of one and two years; it valued them at between \"two and three times\" that.", []want{
			{"four", factcheck.Percent, "4", "", "", ""}, {"seven pct", factcheck.Percent, "7", "", "", ""},
			{"one", factcheck.Duration, "1", "", "year", ""}, {"two years", factcheck.Duration, "2", "", "year", ""},
			{"two and three times", factcheck.Measure, "2", "3", "times", ""}}},
		{"points of a bond's price moved", "Eurodollar bonds fell about one point, while Treasury bonds lost more than one point. The side gained one point.", []want{
			{"about one point", factcheck.Measure, "1", "", "point", factcheck.Approx}, {"more than one point", factcheck.Measure, "1", "", "point", factcheck.LowerBound}}},
		{"points of an index named far back in the sentence", "The Dow Jones Industrial Average, which soared 85 points to\nrecord levels in the past two sessions, tumbled 45 points to\nclose at 2361 today.", []want{
			{"85 points", factcheck.Measure, "85", "", "point", ""}, {"two sessions", factcheck.Count, "2", "", "", ""}, {"45 points", factcheck.Measure, "45", "", "point", ""}, {"2361", factcheck.Measure, "2361", "", "point", ""}}},
		{"a unit said once, not across a range or a score", "It lies between three and 160 miles off; she won 6-4 and 18-year-old Lee lost.", []want{
			{"three and 160 miles", factcheck.Measure, "3", "160", "mile", ""}, {"6-4", factcheck.Count, "6", "", "", ""},
			{"18-year-old", factcheck.Duration, "18", "", "year", ""}}},
		{"how long a plant stopped", "Workers will be laid off one week beginning March 9; the plant was closed a week, idled two days, and shut a week ago.", []want{
			{"one week", factcheck.Duration, "1", "", "week", ""}, {"March 9", factcheck.Date, "--03-09", "", "", ""},
			{"a week", factcheck.Duration, "1", "", "week", ""}, {"two days", factcheck.Duration, "2", "", "day", ""}}},
		{"a unit of time of something, not a rate", "After a decade of work and a week of talks, it airs two hours a week of drama.", []want{
			{"a decade", factcheck.Duration, "10", "", "year", ""}, {"a week", factcheck.Duration, "1", "", "week", ""},
			{"two hours", factcheck.Duration, "2", "", "hour", ""}}},
		{"two-year-old", "A two-year-old girl was hurt.", []want{{"two-year-old", factcheck.Duration, "2", "", "year", ""}}},
		{"a headline in capitals with an apostrophe", "SEAMEN'S STRIKE ENTERS THIRD DAY\nRIO, March 1 - It goes on.", []want{
			{"THIRD DAY", factcheck.Ordinal, "3", "", "", ""}}},
		{"a unit made an adjective", "The week-old strike ended; a month-long search began.", []want{
			{"week-old", factcheck.Duration, "1", "", "week", ""}, {"month-long", factcheck.Duration, "1", "", "month", ""}}},
		{"forty and some, hyphenated or not", "In his 40-odd years at the firm, 40-odd calls came; 20 odd years passed; two odd socks.", []want{
			{"40-odd years", factcheck.Duration, "40", "", "year", factcheck.LowerBound}, {"40-odd", factcheck.Count, "40", "", "", factcheck.LowerBound},
			{"20 odd years", factcheck.Duration, "20", "", "year", factcheck.LowerBound}, {"two", factcheck.Count, "2", "", "", ""}}},
		{"a unit and a half with no article", "Prices rose in the past week-and-a-half, after a year-and-a-half; 15-and-a-half miles.", []want{
			{"week-and-a-half", factcheck.Duration, "1.5", "", "week", ""}, {"a year-and-a-half", factcheck.Duration, "1.5", "", "year", ""},
			{"15-and-a-half miles", factcheck.Measure, "15.5", "", "mile", ""}}},
		{"two and a half hours", "The meeting lasted approximately two and a half hours.", []want{
			{"two and a half hours", factcheck.Duration, "2.5", "", "hour", factcheck.Approx}}},
		{"less than a month", "It is his second visit in less than a month.", []want{
			{"second", factcheck.Ordinal, "2", "", "", ""}, {"a month", factcheck.Duration, "1", "", "month", factcheck.UpperBound}}},
		{"one day is no duration", "One day he will win, for one year at least.", []want{{"one year", factcheck.Duration, "1", "", "year", ""}}},
		{"aged", "A man aged 45 was held.", []want{{"45", factcheck.Duration, "45", "", "year", ""}}},
		{"a rank's holder, possessive", "Roche turned down an approach to be the world number one's new coach; two's company.", []want{
			{"number one's", factcheck.Ordinal, "1", "", "", ""}}},
		{"an age set off after a title, said after who, a bound of anyone's", "The prince, 20, apologised; Jean Mantelet, who is 87, said so. Anyone under 17 must be accompanied, and users must prove they are over 18.", []want{
			{"20", factcheck.Duration, "20", "", "year", ""}, {"87", factcheck.Duration, "87", "", "year", ""},
			{"under 17", factcheck.Duration, "17", "", "year", factcheck.UpperBound}, {"over 18", factcheck.Duration, "18", "", "year", factcheck.LowerBound}}},
		{"an age set off after who does a job", "The veteran film-maker, 68, won; the historian, 71, and the vice-president, 55, agreed.", []want{
			{"68", factcheck.Duration, "68", "", "year", ""}, {"71", factcheck.Duration, "71", "", "year", ""}, {"55", factcheck.Duration, "55", "", "year", ""}}},
		{"a figure and its comparison in brackets, the unit after both", "LEAD - Steady 2900 (3250) tonnes mainly carries. Turnover 290 (325) tonnes.", []want{
			{"2900", factcheck.Measure, "2900", "", "tonne", ""}, {"3250", factcheck.Measure, "3250", "", "tonne", ""},
			{"290", factcheck.Measure, "290", "", "tonne", ""}, {"325", factcheck.Measure, "325", "", "tonne", ""}}},
		{"a list's unit said once, its verb gapped", "French traders planned to sell 775,000 tonnes into intervention stocks, West German traders 7,500 tonnes and Dutch traders 2,500.", []want{
			{"775,000 tonnes", factcheck.Measure, "775000", "", "tonne", ""}, {"7,500 tonnes", factcheck.Measure, "7500", "", "tonne", ""},
			{"2,500", factcheck.Measure, "2500", "", "tonne", ""}}},
		{"a change's start in its end's unit, a word of degree before the end", "The time fell from 36 to just 21 days; it rose from 21 to nearly 36 days.", []want{
			{"36", factcheck.Duration, "36", "", "day", ""}, {"21 days", factcheck.Duration, "21", "", "day", ""},
			{"21", factcheck.Duration, "21", "", "day", ""}, {"nearly 36 days", factcheck.Duration, "36", "", "day", factcheck.UpperBound}}},
		{"a currency's rate quoted after its name, or after 'it'", "TAIPEI, March 24 - The Taiwan dollar has risen 15 pct against the U.S.\nDollar. It opened at 34.38 to the U.S.\nDollar today.\n    The Taiwan dollar opened higher today at 34.70.\n    The pound ended unchanged against the dollar at 1.6175. Sterling opened 0.3 points lower in trade weighted terms at 71.3.\n", []want{
			{"15 pct", factcheck.Percent, "15", "", "", ""}, {"34.38", factcheck.Money, "34.38", "", "TWD", ""},
			{"34.70", factcheck.Money, "34.7", "", "TWD", ""},
			{"1.6175", factcheck.Money, "1.6175", "", "USD", ""}, {"0.3 points", factcheck.Measure, "0.3", "", "point", ""}, {"71.3", factcheck.Measure, "71.3", "", "point", ""}}},
		{"a Japanese company's current profit in a results table", "KIRIN BREWERY CO LTD &lt;KNBW.T> YEAR TO JANUARY 31\n    TOKYO, March 20 -\n    Parent shr 37.12 yen vs 34.97\n    Net 33.34 billion vs 31.05 billion\n    Current 79.30 billion vs 73.32 billion\n", []want{
			{"JANUARY 31", factcheck.Date, "--01-31", "", "", ""}, {"37.12 yen", factcheck.Money, "37.12", "", "JPY", ""}, {"34.97", factcheck.Money, "34.97", "", "JPY", ""},
			{"33.34 billion", factcheck.Money, "33340000000", "", "JPY", ""}, {"31.05 billion", factcheck.Money, "31050000000", "", "JPY", ""},
			{"79.30 billion", factcheck.Money, "79300000000", "", "JPY", ""}, {"73.32 billion", factcheck.Money, "73320000000", "", "JPY", ""}}},
		{"a company's move that a verb made", "NEW YORK, March 24 - Heavy buying by speculators boosted Conrac Corp 7-7/8 to 29, higher than a 25-dlr-per-share offer.", []want{
			{"7-7/8", factcheck.Money, "7.875", "", "USD", ""}, {"29", factcheck.Money, "29", "", "USD", ""},
			{"25-dlr", factcheck.Money, "25", "", "USD", ""}}},
		{"a part of a count, a length of time between", "Only five of the 37 fields have been discovered in the last 20 years, three of them in the Middle East.", []want{
			{"five", factcheck.Count, "5", "", "", ""}, {"37 fields", factcheck.Count, "37", "", "", ""}, {"20 years", factcheck.Duration, "20", "", "year", ""},
			{"three", factcheck.Count, "3", "", "", ""}}},
		{"a day in words after a verb of leaving or starting", "NEW YORK, Oct 9 - Bushati will leave September One to accept a post; trading is to start November Two. In May two men left.", []want{
			{"September One", factcheck.Date, "--09-01", "", "", ""}, {"November Two", factcheck.Date, "--11-02", "", "", ""}, {"two men", factcheck.Count, "2", "", "", ""}}},
		{"a day in words after a verb's participle", "It sought concessions on a plan proposed March Four\ncalling for a sale; in May two people died.", []want{
			{"March Four", factcheck.Date, "--03-04", "", "", ""}, {"two people", factcheck.Count, "2", "", "", ""}}},
		{"a bound 'exceed' says, and its negation", "Proceeds will exceed 90 mln dlrs, but borrowings cannot exceed 50 pct and rises are not expected to exceed 10 pct.", []want{
			{"exceed 90 mln dlrs", factcheck.Money, "90000000", "", "USD", factcheck.LowerBound}, {"exceed 50 pct", factcheck.Percent, "50", "", "", factcheck.UpperBound},
			{"exceed 10 pct", factcheck.Percent, "10", "", "", factcheck.UpperBound}}},
		{"a currency sign a web page escaped", "Stars raise &#163;1.8m for charity; tickets cost &euro;40 and &#36;55.", []want{
			{"&#163;1.8m", factcheck.Money, "1800000", "", "GBP", ""}, {"&euro;40", factcheck.Money, "40", "", "EUR", ""}, {"&#36;55", factcheck.Money, "55", "", "USD", ""}}},
		{"a Boeing jet's number in a story of Boeing", "Boeing said the 787 Dreamliner plane and its 777 line sold well; the 717 did not. It sold 777 seats.", []want{
			{"777 seats", factcheck.Count, "777", "", "", ""}}},
		{"a rate against one unit of a currency", "TAIPEI, March 3 - The Taiwan dollar has risen to about 35 to one U.S. Dollar.", []want{
			{"about 35 to one U.S. Dollar", factcheck.Money, "35", "", "TWD", factcheck.Approx}}},
		{"a count of a group with a word between", "Goode was named in a 30-man training squad; a three-man arbitration panel met.", []want{
			{"30-man training squad", factcheck.Count, "30", "", "", ""}, {"three-man arbitration panel", factcheck.Count, "3", "", "", ""}}},
		{"a bond's maturity no year of the story", "MCDONALD'S TO BUY DEBENTURES\n    OAK BROOK, ILL., March 30 - McDonald's Corp said it is offering to buy its debentures due July 15, 2015.\n    It said the buyback offer expires April Eight, unless extended.\n", []want{
			{"July 15, 2015", factcheck.Date, "2015-07-15", "", "", ""}, {"April Eight", factcheck.Date, "--04-08", "", "", ""}}},
		{"a bond's maturity after its verb and on, no year of the story", "GENENTECH BOND UPPED\n    LONDON, March 12 - Payment date is March 27 and the bonds will mature on March 27, 2002.\n", []want{
			{"March 27", factcheck.Date, "--03-27", "", "", ""}, {"March 27, 2002", factcheck.Date, "2002-03-27", "", "", ""}}},
		{"a scale written plural after digits", "Tax cuts of £22 billions were planned for 3 millions of people, and millions more.", []want{
			{"£22 billions", factcheck.Money, "22000000000", "", "GBP", ""}, {"3 millions of people", factcheck.Count, "3000000", "", "", ""},
			{"millions", factcheck.Count, "2000000", "", "", factcheck.LowerBound}}},
		{"a wire's stray delete character, escaped, a space", "Analysts forecast 125 mln to&#127;160 mln dlrs, making 13 cents for&#127;the year.", []want{
			{"125 mln to&#127;160 mln dlrs", factcheck.Money, "125000000", "160000000", "USD", ""}, {"13 cents", factcheck.Money, "0.13", "", "USD", ""}}},
		{"a day's high in eighths and the price it dropped back to", "NEW YORK, March 23 - Wendy's stock has been flying high. Today, Wendy's hit a high of 13-3/8 before dropping back to 12-3/8. Deposits settled at 6-1/2 pct against Friday's close of 6-11/16.", []want{
			{"13-3/8", factcheck.Money, "13.375", "", "USD", ""}, {"12-3/8", factcheck.Money, "12.375", "", "USD", ""},
			{"6-1/2 pct", factcheck.Percent, "6.5", "", "", ""}, {"6-11/16", factcheck.Count, "6.6875", "", "", ""}}},
		{"a company's close in eighths on its exchange", "NEW YORK, Feb 26 - American Express closed on the New York Stock Exchange at 72-5/8, up 4-1/8 on heavy volume.", []want{
			{"72-5/8", factcheck.Money, "72.625", "", "USD", ""}, {"4-1/8", factcheck.Money, "4.125", "", "USD", ""}}},
		{"one man of a toll, and a one man show", "One man also died of a heart attack; soldiers killed one man. It was a one man show.", []want{
			{"One man", factcheck.Count, "1", "", "", ""}, {"one man", factcheck.Count, "1", "", "", ""}}},
		{"a range in digits joined by hyphens", "Smith expects it to earn 8.25-to-8.50 dlrs a share; sales rose 10-to-12 pct.", []want{
			{"8.25-to-8.50 dlrs", factcheck.Money, "8.25", "8.5", "USD", ""}, {"10-to-12 pct", factcheck.Percent, "10", "12", "", ""}}},
		{"at least one of a count", "Jets attacked three oil rigs, setting at least one of them ablaze; one of them sank.", []want{
			{"three oil rigs", factcheck.Count, "3", "", "", ""}, {"at least one", factcheck.Count, "1", "", "", factcheck.LowerBound}}},
		{"a market's moves from its largest", "Barley futures closed 0.15 to 0.05 stg per tonne higher; rye ended 3.10 to 0.10 dlrs lower, with losses of between 2.20\nand 1.80 dlrs a tonne. Shares fell from 10 to 5 pct.", []want{
			{"0.15 to 0.05 stg", factcheck.Money, "0.15", "0.05", "GBP", ""}, {"3.10 to 0.10 dlrs", factcheck.Money, "3.1", "0.1", "USD", ""},
			{"between 2.20\nand 1.80 dlrs", factcheck.Money, "2.2", "1.8", "USD", ""},
			{"10", factcheck.Percent, "10", "", "", ""}, {"5 pct", factcheck.Percent, "5", "", "", ""}}},
		{"an age when one became something", "Mr Hague became an MP at 27 and Leader of the Opposition at 36. Shares became cheaper at 27.", []want{
			{"27", factcheck.Duration, "27", "", "year", ""}, {"36", factcheck.Duration, "36", "", "year", ""}, {"27", factcheck.Count, "27", "", "", ""}}},
		{"an age opening a sentence of a person", "At 34, Holmes will also be aware that time is running out. At 12, he was canvassing. At 34, the index was up.", []want{
			{"34", factcheck.Duration, "34", "", "year", ""}, {"12", factcheck.Duration, "12", "", "year", ""}, {"34", factcheck.Count, "34", "", "", ""}}},
		{"a race's time in minutes and seconds, the minutes in words", "He set a best of one minute, 46.68 seconds; the drive took one hour 15 minutes. One minute he was there.", []want{
			{"one minute, 46.68 seconds", factcheck.Duration, "106.68", "", "second", ""}, {"one hour 15 minutes", factcheck.Duration, "75", "", "minute", ""}}},
		{"an age worked or lived past", "Staff may ask to work past 65; she lived beyond 100. Prices rose past 65.", []want{
			{"past 65", factcheck.Duration, "65", "", "year", factcheck.LowerBound}, {"beyond 100", factcheck.Duration, "100", "", "year", factcheck.LowerBound},
			{"65", factcheck.Count, "65", "", "", ""}}},
		{"a range of time in two units", "It carries 16 months to four years, or 10 days to two weeks; seven days to five years.", []want{
			{"16 months to four years", factcheck.Duration, "16", "48", "month", ""}, {"10 days to two weeks", factcheck.Duration, "10", "14", "day", ""},
			{"seven days", factcheck.Duration, "7", "", "day", ""}, {"five years", factcheck.Duration, "5", "", "year", ""}}},
		{"a month of a year", "It was bought in September of 1985.", []want{{"September of 1985", factcheck.Date, "1985-09", "", "", ""}}},
		{"a results note glued to its year", "NOTE:1986 net loss includes a loss of 1.4 mln dlrs.", []want{
			{"1986", factcheck.Date, "1986", "", "", ""}, {"1.4 mln dlrs", factcheck.Money, "1400000", "", "USD", ""}}},
		{"a rate said after what it measures", "It will supply 7.5 million tonnes of LPG annually and 40 barrels of condensate daily.", []want{
			{"7.5 million tonnes of LPG annually", factcheck.Measure, "7500000", "", "tonne per year", ""},
			{"40 barrels of condensate daily", factcheck.Measure, "40", "", "barrel per day", ""}}},
		{"a rate's quotes in a dealers' report", "SYDNEY, April 7 - The dollar closed at 0.7092/97 U.S. Dlrs. It had not recovered to yesterday's 0.7109/14. Traders see it above 0.7100. The U.S. Dollar finished at 1.8208/18 marks against Tokyo's 1.8205/15.", []want{
			{"0.7092/97 U.S. Dlrs", factcheck.Money, "0.7092", "0.7097", "USD", ""}, {"0.7109/14", factcheck.Money, "0.7109", "0.7114", "USD", ""},
			{"above 0.7100", factcheck.Money, "0.71", "", "USD", factcheck.LowerBound},
			{"1.8208/18 marks", factcheck.Money, "1.8208", "1.8218", "DEM", ""}, {"1.8205/15", factcheck.Money, "1.8205", "1.8215", "DEM", ""}}},
		{"a currency's quotes in US dollars leave the wire's dollar its dateline's", "SYDNEY, March 17 - The currency jumped to 0.6858/63 U.S. Dlrs, after dealers sold it down to 0.6820 U.S. Dlrs.\n    The 750 mln dlr deficit was welcome, and 1.5 mln U.S. Dlrs was lent.\n    The 42 mln dlr loan was repaid.", []want{
			{"0.6858/63 U.S. Dlrs", factcheck.Money, "0.6858", "0.6863", "USD", ""}, {"0.6820 U.S. Dlrs", factcheck.Money, "0.682", "", "USD", ""},
			{"750 mln dlr", factcheck.Money, "750000000", "", "AUD", ""}, {"1.5 mln U.S. Dlrs", factcheck.Money, "1500000", "", "USD", ""},
			{"42 mln dlr", factcheck.Money, "42000000", "", "USD", ""}}},
		{"another sum in the currency before it", "Fiat is to get 1bn euros now, with another 550m to follow, and a further 2m people came.", []want{
			{"1bn euros", factcheck.Money, "1000000000", "", "EUR", ""}, {"550m", factcheck.Money, "550000000", "", "EUR", ""},
			{"2m people", factcheck.Count, "2000000", "", "", ""}}},
		{"another sum in the next paragraph of a wire, of the same scale", "It approved 125.9 mln SDR's for Jamaica. Of this total, 85 mln SDR's can be drawn.\n    Another 40.9 mln is available. Another 40 tonnes and another two mln came.", []want{
			{"125.9 mln SDR's", factcheck.Money, "125900000", "", "XDR", ""}, {"85 mln SDR's", factcheck.Money, "85000000", "", "XDR", ""},
			{"40.9 mln", factcheck.Money, "40900000", "", "XDR", ""}, {"40 tonnes", factcheck.Measure, "40", "", "tonne", ""}, {"two mln", factcheck.Count, "2000000", "", "", ""}}},
		{"a change of a sum and a sum said before", "LONDON - Reserves rose 4.87 billion dlrs, against April's 2.8 billion increase. Repayments were 85 mln dlrs, after 90 mln previously.", []want{
			{"4.87 billion dlrs", factcheck.Money, "4870000000", "", "USD", ""}, {"2.8 billion increase", factcheck.Money, "2800000000", "", "USD", ""},
			{"85 mln dlrs", factcheck.Money, "85000000", "", "USD", ""}, {"90 mln", factcheck.Money, "90000000", "", "USD", ""}}},
		{"a rugby player's place and a rate's half-point", "The fly-half and the scrum-half saw two\nhalf-point cuts in U.K. Bank base lending rates.", []want{
			{"two", factcheck.Count, "2", "", "", ""}, {"half-point", factcheck.Percent, "0.5", "", "percentage point", ""}}},
		{"no claims: a notice, a rate's base, a title, idioms", "Copyright \u00a9 2023 NPR. It was 2.7 cases per 100,000 people and $2 per 1,000 cubic metres. He spoke to CBS network's 60 Minutes show.\n\nHe told US TV show 60 Minutes that it was dark. Never in a million years; a year on year comparison.", []want{
			{"2.7 cases per 100,000 people", factcheck.Measure, "2.7", "", "case per 100,000 people", ""}, {"$2", factcheck.Money, "2", "", "USD", ""},
			{"1,000 cubic metres", factcheck.Measure, "1000", "", "cubic metre", ""}}},
		{"an age an age is, a year range around, Jamaica dollars", "The average age, I think, is 57.5. It began around 2015-2016. KINGSTON, Jamaica - a budget of 6.9 billion jamaica dlrs and 3.7 billion dlrs.", []want{
			{"57.5", factcheck.Duration, "57.5", "", "year", ""}, {"around 2015-2016", factcheck.Date, "2015", "2016", "", factcheck.Approx},
			{"6.9 billion jamaica dlrs", factcheck.Money, "6900000000", "", "JMD", ""}, {"3.7 billion dlrs", factcheck.Money, "3700000000", "", "JMD", ""}}},
		{"first, before anything else", "I would like to do it first. Net income will fall, and that first-quarter loss came first.", []want{
			{"first", factcheck.Ordinal, "1", "", "", ""}, {"first", factcheck.Ordinal, "1", "", "", ""}}},
		{"a part of a count, a rank in the world", "A total of four of nine indicators rose. The Belgian has slipped to eight in the world; Mirza, ranked 134 in the world, won.", []want{
			{"four", factcheck.Count, "4", "", "", ""}, {"nine indicators", factcheck.Count, "9", "", "", ""},
			{"eight", factcheck.Ordinal, "8", "", "", ""}, {"134", factcheck.Ordinal, "134", "", "", ""}}},
		{"a range of ranks", "Few games separate fourth through 12th, between eighth and 15th place; he was fourth to arrive and had fallen from fourth to 11th.", []want{
			{"fourth through 12th", factcheck.Ordinal, "4", "12", "", ""}, {"eighth and 15th place", factcheck.Ordinal, "8", "15", "", ""},
			{"fourth", factcheck.Ordinal, "4", "", "", ""}, {"fourth", factcheck.Ordinal, "4", "", "", ""}, {"11th", factcheck.Ordinal, "11", "", "", ""}}},
		{"a range of ranks with 'the' before each end", "The tenant took the 40th to the 53rd floors.", []want{
			{"the 40th to the 53rd floors", factcheck.Ordinal, "40", "53", "", ""}}},
		{"a range of ranks of floors in a story that named a month, and ranges of percentages and of days (a month the story names before them) with through", "NEW YORK, March 3 - It will occupy the 17th through 21st floors. On the 17th through the 21st, loan rates begin at 3.9 pct through 9.9 pct.", []want{
			{"the 17th through 21st floors", factcheck.Ordinal, "17", "21", "", ""}, {"17th through the 21st", factcheck.Date, "--02-17", "--02-21", "", ""},
			{"3.9 pct through 9.9 pct", factcheck.Percent, "3.9", "9.9", "", ""}}},
		{"ranges with through, a month said again", "Pupils in grades 9 through 12 met from March 11 through March 20 and June 24 through 26; the offer was changed from March 12 to March 16.", []want{
			{"9 through 12", factcheck.Count, "9", "12", "", ""}, {"March 11 through March 20", factcheck.Date, "--03-11", "--03-20", "", ""},
			{"June 24 through 26", factcheck.Date, "--06-24", "--06-26", "", ""},
			{"March 12", factcheck.Date, "--03-12", "", "", ""}, {"March 16", factcheck.Date, "--03-16", "", "", ""}}},
		{"a change of dates across months, and a span", "Valhi changed its fiscal year-end from June 30 to December 31. The fair runs from June 30 to July 4.", []want{
			{"June 30", factcheck.Date, "--06-30", "", "", ""}, {"December 31", factcheck.Date, "--12-31", "", "", ""},
			{"June 30 to July 4", factcheck.Date, "--06-30", "--07-04", "", ""}}},
		{"a share of change with a qualifier", "Sales dropped by nearly a quarter from 2003 and profits rose by almost a third in the year.", []want{
			{"nearly a quarter", factcheck.Percent, "25", "", "", factcheck.UpperBound}, {"2003", factcheck.Date, "2003", "", "", ""},
			{"almost a third", factcheck.Percent, "33.33", "", "", factcheck.UpperBound}}},
		{"a share of change bounded by two words, the changed noun after it", "The act would cut by up to one\nthird the cash benefits paid.", []want{
			{"up to one\nthird", factcheck.Percent, "33.33", "", "", factcheck.UpperBound}}},
		{"ages set off after a person's noun or name, listed after 'aged', bounded after people", "The pilot, 64, held a licence. Councillor Siobhán Duggan (44) was elected. The trio, aged 27, 31 and 36, were held. He died aged just 26. Mehmed II, then just 21, won. Homeowners 65 or older and people older than 75 pay less.", []want{
			{"64", factcheck.Duration, "64", "", "year", ""}, {"44", factcheck.Duration, "44", "", "year", ""},
			{"27", factcheck.Duration, "27", "", "year", ""}, {"31", factcheck.Duration, "31", "", "year", ""}, {"36", factcheck.Duration, "36", "", "year", ""},
			{"26", factcheck.Duration, "26", "", "year", ""}, {"21", factcheck.Duration, "21", "", "year", ""},
			{"65 or older", factcheck.Duration, "65", "", "year", factcheck.LowerBound}, {"older than 75", factcheck.Duration, "75", "", "year", factcheck.LowerBound}}},
		{"ages after a hyphenated name or a name's suffix, and a figure a person turns", "The TPP's Ko Wen-je, 64, drew votes. Ferdinand Marcos Jr., 64, won. Faye, who turned 44 the following day, won.", []want{
			{"64", factcheck.Duration, "64", "", "year", ""}, {"64", factcheck.Duration, "64", "", "year", ""}, {"44", factcheck.Duration, "44", "", "year", ""}}},
		{"no age in brackets after a company, a captioned player or a golfer", "Disney (58) led Comcast (45). Minnesota's Jimmy Snuggerud (81) scores. After a bogey-free round, Iker Sanz (67) is second.", []want{
			{"58", factcheck.Count, "58", "", "", ""}, {"45", factcheck.Count, "45", "", "", ""}, {"81", factcheck.Count, "81", "", "", ""}, {"67", factcheck.Count, "67", "", "", ""},
			{"second", factcheck.Ordinal, "2", "", "", ""}}},
		{"an age said with a verb", "Smith, who turns 35 next month, said: \"I'm 30 and she was 42 when I was 16. By then I will be 35 so.\" He was 30 points clear.", []want{
			{"35", factcheck.Duration, "35", "", "year", ""}, {"30", factcheck.Duration, "30", "", "year", ""},
			{"42", factcheck.Duration, "42", "", "year", ""}, {"16", factcheck.Duration, "16", "", "year", ""},
			{"35", factcheck.Duration, "35", "", "year", ""}, {"30 points clear", factcheck.Count, "30", "", "", ""}}},
		{"a stage of an event a rank, capitalised before 'of' too, not a squad, a score or an idiom", "She withdrew on day two of the competition and he lost in round one; the day two people died he named his match-day 22, lost the match 3-0 and said from day one it was hard. On Day 2 of the Test rain fell.", []want{
			{"day two", factcheck.Ordinal, "2", "", "", ""}, {"round one", factcheck.Ordinal, "1", "", "", ""}, {"two people", factcheck.Count, "2", "", "", ""},
			{"22", factcheck.Count, "22", "", "", ""}, {"3-0", factcheck.Count, "3", "", "", ""}, {"Day 2", factcheck.Ordinal, "2", "", "", ""}}},
		{"races named by their distance, and distances run", "She fell in the final of 1500m, won the 1500m and 5,000m, and lost her world 100m title; he ran 800m and 1500m in training.", []want{
			{"800m", factcheck.Measure, "800", "", "m", ""}, {"1500m", factcheck.Measure, "1500", "", "m", ""}}},
		{"units named after their number, an edition a rank", "The 10th Mountain Division and the 11th Judicial Circuit met at 20th Century Fox before the 77th Academy Awards; a 231,722 dwt tanker sailed, a 37,635 deadweight tonnes carrier and a 150,000 deadweight tons one. The 9th U.S. Circuit Court of Appeals ruled on the 2nd U.S. bank to fail.", []want{
			{"77th", factcheck.Ordinal, "77", "", "", ""}, {"231,722 dwt", factcheck.Measure, "231722", "", "dwt", ""},
			{"37,635 deadweight tonnes", factcheck.Measure, "37635", "", "deadweight tonne", ""}, {"150,000 deadweight tons", factcheck.Measure, "150000", "", "deadweight ton", ""}, {"2nd", factcheck.Ordinal, "2", "", "", ""}}},
		{"a name's age said before when", "Gabriela was 22 when she retired. The index was 22 when it closed.", []want{
			{"22", factcheck.Duration, "22", "", "year", ""}, {"22", factcheck.Measure, "22", "", "point", ""}}}, // an index's level
		{"two days either of which", "A meeting is planned for 6 or 7 January, and results on April 22 or 23.", []want{
			{"6 or 7 January", factcheck.Date, "--01-06", "--01-07", "", ""}, {"April 22 or 23", factcheck.Date, "--04-22", "--04-23", "", ""}}},
		{"a wire headline's sum rounded from its story's", "ADVANCES TOTAL 4.2 BILLION\n    AMSTERDAM, March 25 - The bank allocated 4.183 billion guilders at tender, after 3.9 billion guilders.", []want{
			{"4.2 BILLION", factcheck.Money, "4200000000", "", "NLG", ""},
			{"4.183 billion guilders", factcheck.Money, "4183000000", "", "NLG", ""}, {"3.9 billion guilders", factcheck.Money, "3900000000", "", "NLG", ""}}},
		{"a wire headline's bare sum in its story's currency", "COP II TOPS 100 MLN AT BOX OFFICE\n    NEW YORK, June 18 - The movie has topped the 100 mln dlr mark.", []want{
			{"TOPS 100 MLN", factcheck.Money, "100000000", "", "USD", "lower_bound"}, {"100 mln dlr", factcheck.Money, "100000000", "", "USD", ""}}},
		{"bare dlrs of a security named with its dollar", "BOND RAISED\n    LONDON, March 12 - The Canadian dollar bond has been increased to 150 mln dlrs from 125 mln.\n    Japan bought 10 mln dlrs of bonds.", []want{
			{"150 mln dlrs", factcheck.Money, "150000000", "", "CAD", ""}, {"125 mln", factcheck.Money, "125000000", "", "CAD", ""},
			{"10 mln dlrs", factcheck.Money, "10000000", "", "USD", ""}}},
		{"figures listed before their currency, not a change's older figure", "Bonds come in denominations of 1,000 and 10,000 dlrs. Palm oil closed at 752.50 and 750 ringgit per tonne after highs of 757.50. It was 103.32 yen from 103.15, 1.0763 swiss francs.", []want{
			{"1,000", factcheck.Money, "1000", "", "USD", ""}, {"10,000 dlrs", factcheck.Money, "10000", "", "USD", ""},
			{"752.50", factcheck.Money, "752.5", "", "MYR", ""}, {"750 ringgit", factcheck.Money, "750", "", "MYR", ""}, {"757.50", factcheck.Money, "757.5", "", "MYR", ""},
			{"103.32 yen", factcheck.Money, "103.32", "", "JPY", ""}, {"103.15", factcheck.Money, "103.15", "", "JPY", ""}, {"1.0763 swiss francs", factcheck.Money, "1.0763", "", "CHF", ""}}},
		{"a share's price after its move and a time of day", "NEW YORK, March 25 - Its shares were trading off 1-3/4 at 37-1/4 late in the day.", []want{
			{"1-3/4", factcheck.Money, "1.75", "", "USD", ""}, {"37-1/4", factcheck.Money, "37.25", "", "USD", ""}}},
		{"figures in words and a scale listed before their currency", "It stands at four billion and 16 billion marks, respectively; notes come in denominations of one mln and 10 mln yen.", []want{
			{"four billion", factcheck.Money, "4000000000", "", "DEM", ""}, {"16 billion marks", factcheck.Money, "16000000000", "", "DEM", ""},
			{"one mln", factcheck.Money, "1000000", "", "JPY", ""}, {"10 mln yen", factcheck.Money, "10000000", "", "JPY", ""}}},
		{"figures in cents listed before their unit, of one size", "NEW YORK, April 7 - Sell stops were triggered at 6.60 and 6.55 cents. It had a gain of 195,000 or 12 cts per share.", []want{
			{"6.60", factcheck.Money, "0.066", "", "USD", ""}, {"6.55 cents", factcheck.Money, "0.0655", "", "USD", ""},
			{"195,000", factcheck.Money, "195000", "", "USD", ""}, {"12 cts", factcheck.Money, "0.12", "", "USD", ""}}},
		{"a figure changed, its unit said after the older one", "HAMBURG, March 3 - Imports rose to 760,000\nfrom 709,200 tonnes, and to 12 from 10 ships.", []want{
			{"760,000", factcheck.Measure, "760000", "", "tonne", ""}, {"709,200 tonnes", factcheck.Measure, "709200", "", "tonne", ""},
			{"12", factcheck.Count, "12", "", "", ""}, {"10 ships", factcheck.Count, "10", "", "", ""}}},
		{"a figure changed, a percentage after the older one not its unit", "NEW YORK, April 3 - Passenger miles rose in March to 4,573,200 from 3,192,700 and 34.3 pct year-to-date.", []want{
			{"4,573,200", factcheck.Count, "4573200", "", "", ""}, {"3,192,700", factcheck.Count, "3192700", "", "", ""},
			{"34.3 pct year-to-date", factcheck.Percent, "34.3", "", "", ""}}},
		{"millions in full digits compared with a sum, and a sum for each quarter", "Revenues were 24.5 mln dlrs, compared with 7,900,000 for 1985; it bought shares at a cost of 416 mln dlrs compared with 3,132,000 before. It was losing about 140,000 dlrs a quarter.", []want{
			{"24.5 mln dlrs", factcheck.Money, "24500000", "", "USD", ""}, {"7,900,000", factcheck.Money, "7900000", "", "USD", ""}, {"1985", factcheck.Date, "1985", "", "", ""},
			{"416 mln dlrs", factcheck.Money, "416000000", "", "USD", ""}, {"3,132,000", factcheck.Count, "3132000", "", "", ""},
			{"about 140,000 dlrs", factcheck.Money, "140000", "", "USD", factcheck.Approx}}},
		{"a figure below or above the one it is compared with, and a level", "Profits will be below the 1,058,000 dlrs earned a year ago; output stayed above the 15 pct level.", []want{
			{"1,058,000 dlrs", factcheck.Money, "1058000", "", "USD", ""}, {"above the 15 pct level", factcheck.Percent, "15", "", "", factcheck.LowerBound}}},
		{"one score made or let in", "Tait scored one try and made another; the keeper conceded one goal. One try would do.", []want{
			{"one try", factcheck.Count, "1", "", "", ""}, {"one goal", factcheck.Count, "1", "", "", ""}}},
		{"one of a family or a place in a chart, a caucus's name, an annual percentage rate", "She leaves one son, Alan. It entered at number three, one place ahead of Wake Me Up. The Group of 24 met, as the so-called group of 77 will. Loans cost 3.9- to 9.9-annual percentage rate.", []want{
			{"one son", factcheck.Count, "1", "", "", ""}, {"number three", factcheck.Ordinal, "3", "", "", ""}, {"one place ahead", factcheck.Count, "1", "", "", ""},
			{"3.9- to 9.9-annual percentage rate", factcheck.Percent, "3.9", "9.9", "", ""}}},
		{"a figure after instead of or rather than in the unit before it", "It gets six months instead of three to sell assets, and three years rather than two; the fare is 40 dlrs instead of 30.", []want{
			{"six months", factcheck.Duration, "6", "", "month", ""}, {"three", factcheck.Duration, "3", "", "month", ""},
			{"three years", factcheck.Duration, "3", "", "year", ""}, {"two", factcheck.Duration, "2", "", "year", ""},
			{"40 dlrs", factcheck.Money, "40", "", "USD", ""}, {"30", factcheck.Money, "30", "", "USD", ""}}},
		{"millions glued as m before a currency's name, capitalised or not", "Illva will pay 481.42m yuan. Jugnot made 5.45m Euros and 5 million Dollars, more than 10 bucks.", []want{
			{"481.42m yuan", factcheck.Money, "481420000", "", "CNY", ""}, {"5.45m Euros", factcheck.Money, "5450000", "", "EUR", ""},
			{"5 million Dollars", factcheck.Money, "5000000", "", "USD", ""}, {"more than 10 bucks", factcheck.Money, "10", "", "USD", factcheck.LowerBound}}},
		{"closer to a figure, round a place, a limit's noun", "Growth was closer to 20%. They searched round three Greek islands. Any settlement must be above the two billion dlrs range.", []want{
			{"closer to 20%", factcheck.Percent, "20", "", "", factcheck.Approx}, {"three Greek islands", factcheck.Count, "3", "", "", ""},
			{"above the two billion dlrs", factcheck.Money, "2000000000", "", "USD", factcheck.LowerBound}}},
		{"minutes and seconds after a word of timing, not a clock's", "He finished in a time of 31:41, to match the starting time of 7:20 a.m. CDT.", []want{
			{"31:41", factcheck.Duration, "1901", "", "second", ""}}},
		{"minutes and seconds past a clock's hours after 'in', and a margin's; hours and minutes after 'in' are a clock's", "He went through halfway in 59:51 and trailed home 9th, 1:14 down. The train leaves in 10:30 minutes' time.", []want{
			{"59:51", factcheck.Duration, "3591", "", "second", ""}, {"9th", factcheck.Ordinal, "9", "", "", ""}, {"1:14", factcheck.Duration, "74", "", "second", ""}}},
		{"a fortnight that a period's adjective places, with no article of its own; 'last fortnight' a time", "Data were collected over the final fortnight of the campaign and the past fortnight. Sales fell last fortnight.", []want{
			{"final fortnight", factcheck.Duration, "2", "", "week", ""}, {"past fortnight", factcheck.Duration, "2", "", "week", ""}}},
		{"a length of time gone without a thing, and 'a single day' after 'in'", "The town went a fortnight without water, and logged 372 mm in a single day. A single day ticket.", []want{
			{"a fortnight", factcheck.Duration, "2", "", "week", ""}, {"372 mm", factcheck.Measure, "372", "", "mm", ""}, {"a single day", factcheck.Duration, "1", "", "day", ""}}},
		{"the time allowed after 'has' or 'given'", "Paris has a fortnight to respond and was given a month to comply. It has a week's pay.", []want{
			{"a fortnight", factcheck.Duration, "2", "", "week", ""}, {"a month", factcheck.Duration, "1", "", "month", ""}, {"a week's", factcheck.Duration, "1", "", "week", ""}}},
		{"days, hours and minutes after a comma, in minutes; days and weeks stay apart", "The quickest crew took 29 days, 14 hours and 34 minutes. It took 2 days, 3 weeks.", []want{
			{"29 days, 14 hours and 34 minutes", factcheck.Duration, "42634", "", "minute", ""}, {"2 days", factcheck.Duration, "2", "", "day", ""}, {"3 weeks", factcheck.Duration, "3", "", "week", ""}}},
		{"a part of a sum in its currency, a change from a range's unit, a film's title", "Klauhs said 35 billion of 61 billion schillings were owed. Sowings will rise to between 600,000 and 650,000 hectares from 388,000 planted last year. The festival opens today with Vince Vaughn, while 21 Grams actress Naomi Watts plays.", []want{
			{"35 billion", factcheck.Money, "35000000000", "", "ATS", ""}, {"61 billion schillings", factcheck.Money, "61000000000", "", "ATS", ""},
			{"600,000 and 650,000 hectares", factcheck.Measure, "600000", "650000", "hectare", ""}, {"388,000", factcheck.Measure, "388000", "", "hectare", ""}}},
		{"a bare sum of the scale of a sum before it in its clause, past an abbreviation's stops", "The deficit would overshoot both the target of 144 billion dlrs and official U.S. Estimates of 175 billion. It would be around a high 125 billion dlrs next year and a record 147.25 billion this year. The deficit is about 190 billion dollars. This would be 30 billion lower than the sale of 2.3 billion shares. Coffee traded around the 102.50 cent level.", []want{
			{"144 billion dlrs", factcheck.Money, "144000000000", "", "USD", ""}, {"175 billion", factcheck.Money, "175000000000", "", "USD", ""},
			{"125 billion dlrs", factcheck.Money, "125000000000", "", "USD", ""}, {"147.25 billion", factcheck.Money, "147250000000", "", "USD", ""},
			{"about 190 billion dollars", factcheck.Money, "190000000000", "", "USD", factcheck.Approx},
			{"30 billion", factcheck.Money, "30000000000", "", "USD", ""}, {"2.3 billion shares", factcheck.Count, "2300000000", "", "", ""},
			{"around the 102.50 cent", factcheck.Money, "1.025", "", "USD", factcheck.Approx}}},
		{"a compound's hyphen wrapped before its scale", "Brazil suspended interest on its 68-\nbillion dlrs debt after a 2.1-\nbillion-dlr buyout.", []want{
			{"68-\nbillion dlrs", factcheck.Money, "68000000000", "", "USD", ""}, {"2.1-\nbillion-dlr", factcheck.Money, "2100000000", "", "USD", ""}}},
		{"a range of dates that each name their year, a multiple hyphenated, terms", "Warrants are exercisable from May 21, 1987 until April 23, 1992; the deadline was extended from March 17, 1987 to March 24, 1987. The chip is 10-times faster than a five-times-in-rehab star. The EC is divided on third currencies. He can also play in the back four.", []want{
			{"May 21, 1987 until April 23, 1992", factcheck.Date, "1987-05-21", "1992-04-23", "", ""},
			{"March 17, 1987", factcheck.Date, "1987-03-17", "", "", ""}, {"March 24, 1987", factcheck.Date, "1987-03-24", "", "", ""},
			{"10-times", factcheck.Measure, "10", "", "times", ""}, {"five-times", factcheck.Count, "5", "", "", ""}}},
		{"a multiple hyphenated before the amount it multiplies", "It tests systems at four- to eight-times the speed of its current model.", []want{
			{"four- to eight-times", factcheck.Measure, "4", "8", "times", ""}}},
		{"a round of a knockout by its players left after a verb of reaching, and rugby's five-eighth, are no claims (but the last eight years are)", "She reached the last eight in Paris, and Hewitt made the last 16. They re-signed five-eighth Tyler Moana. The last eight years were hard.", []want{
			{"last eight years", factcheck.Duration, "8", "", "year", ""}}},
		{"a multiple of a measure's amount: a temperature, a height", "The plasma reached more than three times the temperature at the core of the sun; the tower is twice the height of its neighbour and five times the height of the old one.", []want{
			{"more than three times", factcheck.Measure, "3", "", "times", factcheck.LowerBound}, {"twice", factcheck.Measure, "2", "", "times", ""}, {"five times", factcheck.Measure, "5", "", "times", ""}}},
		{"a list's scale said once, deposits a sum", "SINGAPORE, March 30 - Loans rose to 4.77 billion dlrs, while deposits dropped to 4.68 billion against 4.89 and 4.79 billion. Tax payments of 25 and 30 billion yen are due.", []want{
			{"4.77 billion dlrs", factcheck.Money, "4770000000", "", "SGD", ""}, {"4.68 billion", factcheck.Money, "4680000000", "", "SGD", ""},
			{"4.89", factcheck.Money, "4890000000", "", "SGD", ""}, {"4.79 billion", factcheck.Money, "4790000000", "", "SGD", ""},
			{"25", factcheck.Money, "25000000000", "", "JPY", ""}, {"30 billion yen", factcheck.Money, "30000000000", "", "JPY", ""}}},
		{"bounds said with exceeded and as ... as, a market's moves a range, kina, a rugby place", "Sales exceeded 75 million units, but profits in 1986 exceeded 1985 profits; it could go as deep as 90 metres for 6.5 mln kina. Rye fell 0.10 to 0.20. He was one of the finest second rows.", []want{
			{"exceeded 75 million units", factcheck.Count, "75000000", "", "", factcheck.LowerBound}, {"1986", factcheck.Date, "1986", "", "", ""}, {"1985", factcheck.Date, "1985", "", "", ""},
			{"as deep as 90 metres", factcheck.Measure, "90", "", "m", factcheck.UpperBound}, {"6.5 mln kina", factcheck.Money, "6500000", "", "PGK", ""},
			{"0.10 to 0.20", factcheck.Count, "0.1", "0.2", "", ""}}},
		{"a release's name, a unit after a bound, dls, millimeter", "The Firefox 1.0 web browser, the Berkeley 4.2 system and version 2.0 of NetPrint are out; the Grain Reserve holds 180.0 mln bushels. Bonds of 10 or more years cost up to 30 mln dls for a 130 millimeter disk.", []want{
			{"180.0 mln bushels", factcheck.Measure, "180000000", "", "bushel", ""}, {"10 or more years", factcheck.Duration, "10", "", "year", factcheck.LowerBound},
			{"up to 30 mln dls", factcheck.Money, "30000000", "", "USD", factcheck.UpperBound}, {"130 millimeter", factcheck.Measure, "130", "", "mm", ""}}},
		{"a short release's name before a noun of releases, and again; not before another word or a unit", "It will extend its Lotus Symphony 1.2 upgrade program. Symphony 1.2 is designed for it. Brent 85.20 a barrel; Acme 1.5 mln shares; Delta 2.5 is out.", []want{
			{"85.20", factcheck.Count, "85.2", "", "", ""}, {"1.5 mln shares", factcheck.Count, "1500000", "", "", ""}, {"2.5", factcheck.Count, "2.5", "", "", ""}}},
		{"an ordinal after 'a' before a unit of time, but a quarter of one; one thing in so many a share, an acronym's or before a verb", "Workers struck for a fourth week; a quarter hour passed. Roughly one worker in eight earns less, and one TGV in three runs, but one goal in four games.", []want{
			{"a fourth week", factcheck.Ordinal, "4", "", "", ""}, {"a quarter hour", factcheck.Duration, "0.25", "", "hour", ""}, {"one worker in eight", factcheck.Percent, "12.5", "", "", factcheck.Approx},
			{"one TGV in three", factcheck.Percent, "33.33", "", "", ""}, {"four games", factcheck.Count, "4", "", "", ""}}},
		{"ages their clause tells: beside a superlative of age, after a life's event, after 'the oldest', where an age moves, under a bound after people or 'them', 'or older' after 'is now'", "Okafor, at 38 the oldest man in the squad, retired. The singer died in 1971 at 27. She made her debut at 17. The youngest victim was aged 19 and the oldest 84. The age for a state pension rises from 66 to 67 next year. Of the members, 6 in 10 of them are under 40. A third of the population is now 60 or older.", []want{
			{"38", factcheck.Duration, "38", "", "year", ""}, {"1971", factcheck.Date, "1971", "", "", ""}, {"27", factcheck.Duration, "27", "", "year", ""},
			{"17", factcheck.Duration, "17", "", "year", ""}, {"19", factcheck.Duration, "19", "", "year", ""}, {"84", factcheck.Duration, "84", "", "year", ""},
			{"66", factcheck.Duration, "66", "", "year", ""}, {"67", factcheck.Duration, "67", "", "year", ""},
			{"6 in 10", factcheck.Percent, "60", "", "", ""}, {"under 40", factcheck.Duration, "40", "", "year", factcheck.UpperBound},
			{"A third of the population", factcheck.Percent, "33.33", "", "", ""}, {"60 or older", factcheck.Duration, "60", "", "year", factcheck.LowerBound}}},
		{"a change by a figure and the level it reached, each with its unit, after 'by'; but a range of changes in millions", "Its running time was trimmed by 12 minutes to two hours and 35 minutes. The firm will raise the plan's price in the U.S. by $2 to $17.99 a month. It would cut profits by $3.8m to $4.9m.", []want{
			{"12 minutes", factcheck.Duration, "12", "", "minute", ""}, {"two hours and 35 minutes", factcheck.Duration, "155", "", "minute", ""},
			{"$2", factcheck.Money, "2", "", "USD", ""}, {"$17.99", factcheck.Money, "17.99", "", "USD", ""}, {"$3.8m to $4.9m", factcheck.Money, "3800000", "4900000", "USD", ""}}},
		{"days listed after a date of a month said once are of that month", "The band plays on Nov. 9-10 and 16-17. Shows are on March 2-3 and 9.", []want{
			{"Nov. 9-10", factcheck.Date, "--11-09", "--11-10", "", ""}, {"16-17", factcheck.Date, "--11-16", "--11-17", "", ""}, {"March 2-3", factcheck.Date, "--03-02", "--03-03", "", ""},
			{"9", factcheck.Date, "--03-09", "", "", ""}}},
		{"ages set off after people 'both' are, after a clerk, and 'who was' at the time; rates both so are no age", "The victims, both 24, were dragged. The clerk, 61, was shot. The boy, who was 13 at the time, left. The rates, both 5, held.", []want{
			{"24", factcheck.Duration, "24", "", "year", ""}, {"61", factcheck.Duration, "61", "", "year", ""}, {"13", factcheck.Duration, "13", "", "year", ""}, {"5", factcheck.Count, "5", "", "", ""}}},
		{"ages at the start of a career or a pastime, after 'at just' and 'lived to', and opening a sentence before a pronoun; an index's level where a firm, no person, joined", "The teenager made his debut at just 15. It is her best tally since joining the club at 19. The champion, who turned pro at 16, won. Tom, who took up running at 70, trained daily. At 13 she met the painter. He lived to 94. The firm joined the index at 45.", []want{
			{"15", factcheck.Duration, "15", "", "year", ""}, {"19", factcheck.Duration, "19", "", "year", ""}, {"16", factcheck.Duration, "16", "", "year", ""},
			{"70", factcheck.Duration, "70", "", "year", ""}, {"13", factcheck.Duration, "13", "", "year", ""}, {"94", factcheck.Duration, "94", "", "year", ""}, {"45", factcheck.Measure, "45", "", "point", ""}}},
		{"ages after 'the youngest' or 'the oldest' with a noun and 'was' or a comma between, and after ', now' that follows a person; a tally's no age", "The youngest victim was 16; the oldest, 63, had been due to retire. It was unveiled by the only survivor, now 79. The tally of wins, now 79, rose.", []want{
			{"16", factcheck.Duration, "16", "", "year", ""}, {"63", factcheck.Duration, "63", "", "year", ""}, {"79", factcheck.Duration, "79", "", "year", ""}, {"79", factcheck.Count, "79", "", "", ""}}},
		{"a part of a group named before, in words; a lorry's wheels; people's age after 'was under'", "Police held 30 men. Twelve of them were freed, and twenty-one of those arrested were charged; two and a half of them left. It was a 10-wheeler truck. About 1 in 5 suspects in the murders was under 18.", []want{
			{"30 men", factcheck.Count, "30", "", "", ""}, {"Twelve", factcheck.Count, "12", "", "", ""}, {"twenty-one", factcheck.Count, "21", "", "", ""},
			{"About 1 in 5 suspects", factcheck.Percent, "20", "", "", factcheck.Approx}, {"under 18", factcheck.Duration, "18", "", "year", factcheck.UpperBound}}},
		{"a day after 'on the' before the clause it opens", "Boats came on 13 September. On the 12th alone, 110 boats arrived; on the 16th some 40 came. It was on the 4th floor.", []want{
			{"13 September", factcheck.Date, "--09-13", "", "", ""}, {"12th", factcheck.Date, "--09-12", "", "", ""}, {"110 boats", factcheck.Count, "110", "", "", ""},
			{"16th", factcheck.Date, "--09-16", "", "", ""}, {"some 40", factcheck.Count, "40", "", "", factcheck.Approx}, {"the 4th floor", factcheck.Ordinal, "4", "", "", ""}}},
		{"a period 'from ... until' after a change of a figure; a clock's time in brackets before its zone; short tonnes", "It cut the price to 1.5 cts from 2.5 cts from June 22 until July 22. RAIN IN THE 24 HOURS UP TO (1200) GMT TODAY\nCapacity rises to 424,000 short tonnes a year.", []want{
			{"1.5 cts", factcheck.Money, "0.015", "", "USD", ""}, {"2.5 cts", factcheck.Money, "0.025", "", "USD", ""}, {"June 22 until July 22", factcheck.Date, "--06-22", "--07-22", "", ""},
			{"24 HOURS", factcheck.Duration, "24", "", "hour", ""}, {"424,000 short tonnes a year", factcheck.Measure, "424000", "", "short tonne per year", ""}}},
		{"a figure in the currency of the one it is set against", "BOLIDEN RESULTS\n    STOCKHOLM, Mar 12 -\n    Group loss 1.08\n    Billion vs loss 71 mln crowns.", []want{
			{"1.08\n    Billion", factcheck.Money, "1080000000", "", "SEK", ""}, {"71 mln crowns", factcheck.Money, "71000000", "", "SEK", ""}}},
		{"people of an age: hyphenated groups, a bound's plus after them, in words between commas; a day of an event; a trial's phase and a treatment's line", "It funds walking for over-60s and a ban for under-16s, not England's Under-21s. Rates were highest among adults 75+, at 9.8. Hale, twenty-four, scored. He was costly on day one of the auction. In a phase 3 trial the pill won approval for first-line use.", []want{
			{"over-60s", factcheck.Duration, "60", "", "year", factcheck.LowerBound}, {"under-16s", factcheck.Duration, "16", "", "year", factcheck.UpperBound},
			{"75+", factcheck.Duration, "75", "", "year", factcheck.LowerBound}, {"9.8", factcheck.Count, "9.8", "", "", ""}, {"twenty-four", factcheck.Duration, "24", "", "year", ""},
			{"day one", factcheck.Ordinal, "1", "", "", ""}}},
		{"water's and blood's units: megalitres a day, cubic metres after a scale, kilolitres, mg/dL; metres above after metres; a scale's abbreviation before crowns", "Demand was about 100Ml/d above normal. Dams hold 593 million m3. The first 6 kℓ are free. LDL fell to 64 mg/dL. COPENHAGEN - The river peaked at 14.4 metres, more than 2m above the record of 70 mio. kr. claims.", []want{
			{"about 100Ml/d", factcheck.Measure, "100", "", "ML per day", factcheck.Approx}, {"593 million m3", factcheck.Measure, "593000000", "", "cubic metre", ""},
			{"first", factcheck.Ordinal, "1", "", "", ""}, {"6 kℓ", factcheck.Measure, "6", "", "kℓ", ""}, {"64 mg/dL", factcheck.Measure, "64", "", "mg/dL", ""},
			{"14.4 metres", factcheck.Measure, "14.4", "", "m", ""}, {"more than 2m", factcheck.Measure, "2", "", "m", factcheck.LowerBound}, {"70 mio. kr", factcheck.Money, "70000000", "", "DKK", ""}}},
		{"a name's number before a sum far above it, no range; a range after an acronym", "It raised its Obligation TRUST 23 to 350 mln dlrs. It owes the IMF 450 to 500 mln dlrs.", []want{
			{"350 mln dlrs", factcheck.Money, "350000000", "", "USD", ""}, {"450 to 500 mln dlrs", factcheck.Money, "450000000", "500000000", "USD", ""}}},
		{"an ordinal after 'for a' whose noun a first before it gave; a range from a weekday to a weekday; grams a litre of blood with a decimal comma no thousands can have; cold below zero in a story of Norway", "A fine of P5,000 for a first offense, rising to P30,000 for a fourth. It lasted for a second. Double demerits apply from Thursday 28 March to Monday 1 April. Drivers over the 1,145 mark or the 0,5 g/l limit pay. Icy roads at minus 15 degrees in Oslo caused crashes.", []want{
			{"P5,000", factcheck.Money, "5000", "", "PHP", ""}, {"a first offense", factcheck.Ordinal, "1", "", "", ""}, {"P30,000", factcheck.Money, "30000", "", "PHP", ""}, {"a fourth", factcheck.Ordinal, "4", "", "", ""},
			{"a second", factcheck.Duration, "1", "", "second", ""}, {"28 March to Monday 1 April", factcheck.Date, "--03-28", "--04-01", "", ""}, {"1,145", factcheck.Count, "1145", "", "", ""},
			{"0,5 g/l", factcheck.Measure, "0.5", "", "g/l", ""}, {"minus 15 degrees", factcheck.Measure, "-15", "", "°C", ""}}},
		{"the gas trade's volumes a day, thousands of barrels a day, a rate per day after which the sentence goes on, a share of hours, a range whose end has a vulgar fraction", "Supply reached 102.3 bcfd and 1.1 bcf/d, with 450 mmcfd more. Output was 260 kb/d, above 660,000 barrels per day after the start. Gas set the price in nine out of 10 hours. It expects a glut of 2-2½ million bpd.", []want{
			{"102.3 bcfd", factcheck.Measure, "102300000000", "", "cubic foot per day", ""}, {"1.1 bcf/d", factcheck.Measure, "1100000000", "", "cubic foot per day", ""},
			{"450 mmcfd", factcheck.Measure, "450000000", "", "cubic foot per day", ""}, {"260 kb/d", factcheck.Measure, "260000", "", "barrel per day", ""},
			{"above 660,000 barrels per day", factcheck.Measure, "660000", "", "barrel per day", factcheck.LowerBound}, {"nine out of 10 hours", factcheck.Percent, "90", "", "", ""},
			{"2-2½ million bpd", factcheck.Measure, "2000000", "2500000", "barrel per day", ""}}},
		{"physics' units as written; metres glued in a person's height, a stretch of road, a dish's diameter, millions of people", "It gave 680kJ and 244 EeV at 429 THz, 0.6 and 28.5 microns, 18 microkelvin, 4.24 ly away. The 1.93m teenager joined; crews dig up a 650m stretch of road; each dish is 13.5m in diameter; 8.36m people live there.", []want{
			{"680kJ", factcheck.Measure, "680", "", "kJ", ""}, {"244 EeV", factcheck.Measure, "244", "", "EeV", ""}, {"429 THz", factcheck.Measure, "429", "", "THz", ""},
			{"0.6", factcheck.Measure, "0.6", "", "micron", ""}, {"28.5 microns", factcheck.Measure, "28.5", "", "micron", ""}, {"18 microkelvin", factcheck.Measure, "18", "", "microkelvin", ""},
			{"4.24 ly", factcheck.Measure, "4.24", "", "ly", ""}, {"1.93m", factcheck.Measure, "1.93", "", "m", ""}, {"650m", factcheck.Measure, "650", "", "m", ""},
			{"13.5m", factcheck.Measure, "13.5", "", "m", ""}, {"8.36m people", factcheck.Count, "8360000", "", "", ""}}},
		{"a language model counted in billions or trillions by a glued letter, computing in exaflops, litres per kilowatt-hour; no vitamin's letter", "It serves a 70B model with ~2T parameters trained on 15T tokens, at 21 exaflops and below 0.4 litres per kilowatt-hour. Vitamin B12 helps.", []want{
			{"70B model", factcheck.Count, "70000000000", "", "", ""}, {"~2T parameters", factcheck.Count, "2000000000000", "", "", factcheck.Approx}, {"15T tokens", factcheck.Count, "15000000000000", "", "", ""},
			{"21 exaflops", factcheck.Measure, "21", "", "exaflop", ""}, {"below 0.4 litres per kilowatt-hour", factcheck.Measure, "0.4", "", "litre per kilowatt-hour", factcheck.UpperBound}}},
		{"a chance of one in many millions a share to three figures, not nothing", "The odds of winning are 1 in 139,838,160. One in three voters agreed.", []want{
			{"1 in 139,838,160", factcheck.Percent, "0.000000715", "", "", ""}, {"One in three voters agreed", factcheck.Percent, "33.33", "", "", ""}}},
		{"metres glued after a field event's effort and in a wind's speed; a sprinter's time after 'ran'", "His sixth-round throw of 88.17m won; a 22.98m heave led. He ran 9.97 (+1.1m/s) on the 250m boards. Sales made a 5m profit.", []want{
			{"His sixth", factcheck.Ordinal, "6", "", "", ""}, {"88.17m", factcheck.Measure, "88.17", "", "m", ""}, {"22.98m", factcheck.Measure, "22.98", "", "m", ""}, {"9.97", factcheck.Duration, "9.97", "", "second", ""},
			{"+1.1m/s", factcheck.Measure, "1.1", "", "m/s", ""}, {"250m", factcheck.Measure, "250", "", "m", ""}, {"5m profit", factcheck.Count, "5000000", "", "", ""}}},
		{"how often after a name's word", "Troops violated the Line of Control 23 times since January.", []want{{"23 times", factcheck.Count, "23", "", "", ""}}},
		{"millions of litres a day as India's water boards write them, milliards of money", "The city needs 2,100 MLD but gets about 1,450 MLD. Italy spends 5 mld euro.", []want{
			{"2,100 MLD", factcheck.Measure, "2100000000", "", "litre per day", ""}, {"about 1,450 MLD", factcheck.Measure, "1450000000", "", "litre per day", factcheck.Approx}, {"5 mld euro", factcheck.Money, "5000000000", "", "EUR", ""}}},
		{"a part of a percent to two places where it has no end; a fiscal year's span across the new year", "Rates fell by one-third of a percent and by an eighth of a point. The fiscal year runs July 1 to June 30.", []want{
			{"one-third of a percent", factcheck.Percent, "0.33", "", "", ""}, {"an eighth of a point", factcheck.Percent, "0.125", "", "percentage point", ""}, {"July 1 to June 30", factcheck.Date, "--07-01", "--06-30", "", ""}}},
		{"a share set beside a percentage after 'rather than'; no subject ends in 'rather' or 'instead'", "Offenders are freed after serving 40% of their sentence rather than half. It sold 722,000 units instead of 800,000.", []want{
			{"40% of their sentence", factcheck.Percent, "40", "", "", ""}, {"half", factcheck.Percent, "50", "", "", ""}, {"722,000 units", factcheck.Count, "722000", "", "", ""}, {"800,000", factcheck.Count, "800000", "", "", ""}}},
		{"a quarter-point move of a central bank named by its initials", "Markets price about three quarter-point ECB cuts this year.", []want{
			{"about three", factcheck.Count, "3", "", "", factcheck.Approx}, {"quarter-point ECB", factcheck.Percent, "0.25", "", "percentage point", ""}}},
		{"an index's level in points after its short name", "Brazil's Ibovespa closed down 0.46% at 127,690 points; the JSE all share added 0.8% to 74,120 points. He scored 30 points.", []want{
			{"0.46%", factcheck.Percent, "0.46", "", "", ""}, {"127,690 points", factcheck.Measure, "127690", "", "point", ""}, {"0.8%", factcheck.Percent, "0.8", "", "", ""},
			{"74,120 points", factcheck.Measure, "74120", "", "point", ""}, {"30 points", factcheck.Count, "30", "", "", ""}}},
		{"a rank and a count, no share", "The 23-year-old has never been beyond round four in eight attempts; one in five voters agreed.", []want{
			{"23-year-old", factcheck.Duration, "23", "", "year", ""}, {"round four", factcheck.Ordinal, "4", "", "", ""},
			{"eight attempts", factcheck.Count, "8", "", "", ""}, {"one in five", factcheck.Percent, "20", "", "", ""}}},
		{"one of a noun in a number a share, a term over years starting", "Soon one household in three will be single, though they conceded only one goal in four games. It sells power over 10 years starting in 1990.", []want{
			{"one household in three", factcheck.Percent, "33.33", "", "", ""}, {"one goal", factcheck.Count, "1", "", "", ""}, {"four games", factcheck.Count, "4", "", "", ""},
			{"10 years", factcheck.Duration, "10", "", "year", ""}, {"1990", factcheck.Date, "1990", "", "", ""}}},
		{"an age after 'age' and a comma's 'now', or a range of ages after 'age between'", "The state pension age, now 66, will rise. Pensions can start at any age between 60 and 75.", []want{
			{"66", factcheck.Duration, "66", "", "year", ""}, {"between 60 and 75", factcheck.Duration, "60", "75", "year", ""}}},
		{"ages of a change, business days wrapped, Taiwanese cents in a range, mlns", "TAIPEI, April 1 - It would raise the pension age for council workers from 60 to 65. Holders have 20\nbusiness days. The dollar fell two to five Taiwanese cents. Net was 281 mlns dlrs.", []want{
			{"60", factcheck.Duration, "60", "", "year", ""}, {"65", factcheck.Duration, "65", "", "year", ""}, {"20\nbusiness days", factcheck.Duration, "20", "", "day", ""},
			{"two to five Taiwanese cents", factcheck.Money, "0.02", "0.05", "TWD", ""}, {"281 mlns dlrs", factcheck.Money, "281000000", "", "USD", ""}}},
		{"a dealer's quote past a round figure, and a high-low", "ZURICH, April 9 - The dollar ended at 1.5085/00 Swiss francs after 1.5110/20, with a session high-low of 155.80/154 dlrs.", []want{
			{"1.5085/00 Swiss francs", factcheck.Money, "1.5085", "1.51", "CHF", ""}, {"1.5110/20", factcheck.Money, "1.511", "1.512", "CHF", ""}}},
		{"a range of years between, a document's number, a repeated wire's dateline", "RPT --LUDWIGSHAFEN, West Germany, March 30 - Warrants run between March 31, 1987 and March 31, 1989. It adopted FASB statement number 86. Profit fell to 2.63 billion marks.", []want{
			{"March 31, 1987 and March 31, 1989", factcheck.Date, "1987-03-31", "1989-03-31", "", ""}, {"2.63 billion marks", factcheck.Money, "2630000000", "", "DEM", ""}}},
		{"the first of a number, and first after put", "It dropped the first four games. Put safety first by barring them.", []want{
			{"four games", factcheck.Count, "4", "", "", ""}}},
		{"an entire month", "He ate only fast food for an entire month.", []want{{"an entire month", factcheck.Duration, "1", "", "month", ""}}},
		{"a unit said once after a figure and a number in words", "They were treated for 11 and seven months.", []want{
			{"11", factcheck.Duration, "11", "", "month", ""}, {"seven months", factcheck.Duration, "7", "", "month", ""}}},
		{"ages, or older", "It is 10.8% in people ages 18 or older.", []want{
			{"10.8%", factcheck.Percent, "10.8", "", "", ""}, {"18 or older", factcheck.Duration, "18", "", "year", factcheck.LowerBound}}},
		{"the last of a list of ages", "She came with George, 9, Charlotte, 7, and Louis, 4. The rest stayed.", []want{
			{"9", factcheck.Duration, "9", "", "year", ""}, {"7", factcheck.Duration, "7", "", "year", ""}, {"4", factcheck.Duration, "4", "", "year", ""}}},
		{"the first quarters of a year are a period", "NOTE: First three quarters of 1986 were restated; net rose in first three qtrs.", []want{
			{"three quarters", factcheck.Count, "3", "", "", ""}, {"1986", factcheck.Date, "1986", "", "", ""}, {"three qtrs", factcheck.Count, "3", "", "", ""}}},
		{"the first months are a period", "Sales for the first 10 months of 1986 and its first two days rose.", []want{
			{"10 months", factcheck.Duration, "10", "", "month", ""}, {"1986", factcheck.Date, "1986", "", "", ""},
			{"two days", factcheck.Duration, "2", "", "day", ""}}},
		{"at the age of", "She began painting at the age of 63.", []want{{"63", factcheck.Duration, "63", "", "year", ""}}},
		{"abbreviated minutes", "A 5 min walk; he ran 1min 58.3secs.", []want{
			{"5 min", factcheck.Duration, "5", "", "minute", ""}, {"1min 58.3secs", factcheck.Duration, "118.3", "", "second", ""}}},
		{"a reading time is furniture", "Listen 7 min\nShare this. A 4 min read.", nil},
		{"hours, minutes and seconds", "She won the marathon in 2:21:36; the gates shut at 2:10:00.", []want{
			{"2:21:36", factcheck.Duration, "8496", "", "second", ""}}},
		{"race times in a results table, after a runner's name or her country's code in brackets", "Women's top three:\n\n1  Ruth Wambui (KEN)      2:21:07\n2  Sara Lindqvist         2:23:30\n", []want{
			{"top three", factcheck.Ordinal, "3", "", "", factcheck.UpperBound}, {"1  Ruth Wambui", factcheck.Count, "1", "", "", ""}, {"2:21:07", factcheck.Duration, "8467", "", "second", ""}, {"2  Sara Lindqvist", factcheck.Count, "2", "", "", ""}, {"2:23:30", factcheck.Duration, "8610", "", "second", ""}}},
		{"race times", "He won in 3:49.78 and the marathon in 2:08:30.5; doors open at 10:30.", []want{
			{"3:49.78", factcheck.Duration, "229.78", "", "second", ""}, {"2:08:30.5", factcheck.Duration, "7710.5", "", "second", ""}}},
		{"aged range", "Those aged 16 to 18 and aged over 19.", []want{{"16 to 18", factcheck.Duration, "16", "18", "year", ""}, {"over 19", factcheck.Duration, "19", "", "year", factcheck.LowerBound}}},
		{"age of people", "Children under 12 and people over 65 go free, as do those aged between 18 and 21; it has over 40 staff.", []want{
			{"under 12", factcheck.Duration, "12", "", "year", factcheck.UpperBound}, {"over 65", factcheck.Duration, "65", "", "year", factcheck.LowerBound},
			{"18 and 21", factcheck.Duration, "18", "21", "year", ""}, {"over 40 staff", factcheck.Count, "40", "", "", factcheck.LowerBound}}},
		{"ages from one to another", "Pupils aged from 15 to 17 were held.", []want{{"15 to 17", factcheck.Duration, "15", "17", "year", ""}}},
		{"age after name", "Mrs Hassan, 59, said so.", []want{{"59", factcheck.Duration, "59", "", "year", ""}}},
		{"milliseconds", "An access time of 250 milliseconds.", []want{{"250 milliseconds", factcheck.Duration, "0.25", "", "second", ""}}},
		{"ages set off by commas, of children and of those and up", "So, for the first time, at 29, I decide. Shares, at 29, held. Children under seven and those 18 and up pay.", []want{
			{"first time", factcheck.Ordinal, "1", "", "", ""}, {"29", factcheck.Duration, "29", "", "year", ""}, {"29", factcheck.Count, "29", "", "", ""},
			{"under seven", factcheck.Duration, "7", "", "year", factcheck.UpperBound}, {"18 and up", factcheck.Duration, "18", "", "year", factcheck.LowerBound}}},
		{"the last of a list of ages, before a verb", "Their children Emily, 16, and Pelham, 14 were pleased.", []want{
			{"16", factcheck.Duration, "16", "", "year", ""}, {"14", factcheck.Duration, "14", "", "year", ""}}},
		{"no age in a score after a name", "He beat Smith, 6-3, and Jones, 7-5.", []want{
			{"6-3", factcheck.Count, "6", "", "", ""}, {"7-5", factcheck.Count, "7", "", "", ""}}},
		{"age at the end of a life or career", "The painter has died at 88; her brother retired at 60 after 30 matches at 12 venues.", []want{
			{"88", factcheck.Duration, "88", "", "year", ""}, {"60", factcheck.Duration, "60", "", "year", ""},
			{"30 matches", factcheck.Count, "30", "", "", ""}, {"12 venues", factcheck.Count, "12", "", "", ""}}},
		{"an age in words after when, an age I turn", "When she was eight, her mother moved; he was one of them. Maybe when I turn 60 and retire.", []want{
			{"eight", factcheck.Duration, "8", "", "year", ""}, {"60", factcheck.Duration, "60", "", "year", ""}}},
		{"age at the end of a life said a few words on, an age said just", "The conductor has died in Germany at 50. He won a prize when he was just 14, and left at 20 hours notice.", []want{
			{"50", factcheck.Duration, "50", "", "year", ""}, {"14", factcheck.Duration, "14", "", "year", ""}, {"20 hours", factcheck.Duration, "20", "", "hour", ""}}},
		{"an age or a life expectancy an adverb from its verb", "The median age is now 44.1. Life expectancy at birth is 78.9.", []want{
			{"44.1", factcheck.Duration, "44.1", "", "year", ""}, {"78.9", factcheck.Duration, "78.9", "", "year", ""}}},
		{"ages of players over a verb, an age being", "A majority of players are over 18, with the average age of a gamer being 29.", []want{
			{"over 18", factcheck.Duration, "18", "", "year", factcheck.LowerBound}, {"29", factcheck.Duration, "29", "", "year", ""}}},
		{"hours and minutes", "The match lasted four hours and 21 minutes.", []want{{"four hours and 21 minutes", factcheck.Duration, "261", "", "minute", ""}}},
		{"'in as many' units after a count or a rank, as many units (but not across a sentence)", "It was breached for the third time in as many years, after two delays in as many days. In as many weeks, it fell.", []want{
			{"the third time", factcheck.Ordinal, "3", "", "", ""}, {"as many years", factcheck.Duration, "3", "", "year", ""},
			{"two delays", factcheck.Count, "2", "", "", ""}, {"as many days", factcheck.Duration, "2", "", "day", ""}}},
		{"a decade after 'the' and a period's adjective, ten years", "Deaths fell over the past decade, and it needs $84 million over the next decade.", []want{
			{"past decade", factcheck.Duration, "10", "", "year", ""}, {"$84 million", factcheck.Money, "84000000", "", "USD", ""}, {"next decade", factcheck.Duration, "10", "", "year", ""}}},
		{"a count opening a sentence after a dateline's credit or place and its dash; the next fortnight", "Colombo, June 3 (Newsfirst) – Sixteen people have died. Prices are fixed for the next fortnight, and next fortnight the board meets.", []want{
			{"Sixteen people", factcheck.Count, "16", "", "", ""}, {"next fortnight", factcheck.Duration, "2", "", "week", ""}}},
		{"a year abbreviated in capitals in a headline that runs into its text", "INFLATION EASES TO 2-1/2 YR LOW OF 3.1 PCT. Prices rose 0.2 pct.", []want{
			{"2-1/2 YR", factcheck.Duration, "2.5", "", "year", ""}, {"3.1 PCT", factcheck.Percent, "3.1", "", "", ""}, {"0.2 pct", factcheck.Percent, "0.2", "", "", ""}}},
		{"months abbreviated 'mos', in a headline's capitals too", "AGENCY RENT-A-CAR 12 MOS NET\n    MIAMI, March 19 - It took 6 mos. to close.", []want{
			{"12 MOS", factcheck.Duration, "12", "", "month", ""}, {"6 mos", factcheck.Duration, "6", "", "month", ""}}},
		{"hours and minutes hyphenated as adjectives", "It was a 2-hour-11-minute win after a four-hour, 37-minute semi-final and a four-day, 20-strong camp.", []want{
			{"2-hour-11-minute", factcheck.Duration, "131", "", "minute", ""}, {"four-hour, 37-minute", factcheck.Duration, "277", "", "minute", ""}, {"four-day", factcheck.Duration, "4", "", "day", ""}, {"20-strong camp", factcheck.Count, "20", "", "", ""}}},
		{"hours, minutes and seconds", "She won in two hours, 23 minutes and 10 seconds.", []want{{"two hours, 23 minutes and 10 seconds", factcheck.Duration, "8590", "", "second", ""}}},
		{"a range of ages between the ages of", "It is aimed at pupils between the ages of 16 and 18.", []want{{"16 and 18", factcheck.Duration, "16", "18", "year", ""}}},
		{"years and months, joined by and only", "She has done the job for five years and eight months; he served two years, three months.", []want{
			{"five years and eight months", factcheck.Duration, "68", "", "month", ""},
			{"two years", factcheck.Duration, "2", "", "year", ""}, {"three months", factcheck.Duration, "3", "", "month", ""}}},
		{"a couple of", "It ran for a couple of months.", []want{{"a couple of months", factcheck.Duration, "2", "", "month", ""}}},
		{"decades", "The trouble starts decades before, and for centuries it went unseen.", []want{
			{"decades", factcheck.Duration, "20", "", "year", factcheck.LowerBound}, {"centuries", factcheck.Duration, "200", "", "year", factcheck.LowerBound}}},
		{"decades bounded otherwise", "In recent decades, and over the past centuries, many decades passed.", nil},
		{"a bound before a", "The wait grew by at least a week.", []want{{"at least a week", factcheck.Duration, "1", "", "week", factcheck.LowerBound}}},
		{"a possessive unit", "Dealers hold 90 day's sales.", []want{{"90 day's", factcheck.Duration, "90", "", "day", ""}}},
		{"a unit made a possessive after a", "A month's pass is cheap, and a year’s rent is due.", []want{
			{"A month's", factcheck.Duration, "1", "", "month", ""}, {"a year’s", factcheck.Duration, "1", "", "year", ""}}},
		{"within", "They left within 24 hours.", []want{{"within 24 hours", factcheck.Duration, "24", "", "hour", factcheck.UpperBound}}},
		{"decade", "It took two decades.", []want{{"two decades", factcheck.Duration, "20", "", "year", ""}}},
		{"half an hour", "They waited half an hour.", []want{{"half an hour", factcheck.Duration, "0.5", "", "hour", ""}}},
		{"three months", "Profits for the three months to December.", []want{{"three months", factcheck.Duration, "3", "", "month", ""}}},
		{"sixth", "Blinken's sixth visit to the Middle East.", []want{{"sixth", factcheck.Ordinal, "6", "", "", ""}}},
		{"number one", "It held the number one spot for a second week.", []want{{"number one", factcheck.Ordinal, "1", "", "", ""}, {"second", factcheck.Ordinal, "2", "", "", ""}}},
		{"hyphenated ranks", "The number-one seed faced a top-10 rival.", []want{
			{"number-one", factcheck.Ordinal, "1", "", "", ""}, {"top-10", factcheck.Ordinal, "10", "", "", factcheck.UpperBound}}},
		{"top ten", "It was a top 10 hit; the top 12 films took more.", []want{{"top 10", factcheck.Ordinal, "10", "", "", factcheck.UpperBound}, {"12 films", factcheck.Count, "12", "", "", ""}}},
		{"first time", "They left for the first time.", []want{{"first", factcheck.Ordinal, "1", "", "", ""}}},
		{"digit ordinal", "Its 12th nomination.", []want{{"12th", factcheck.Ordinal, "12", "", "", ""}}},
		{"twenty-first", "The twenty-first century.", []want{{"twenty-first", factcheck.Ordinal, "21", "", "", ""}}},
		{"names are not ordinals", "After the Second World War, the First Minister spoke. Fifth Avenue shops rose. CHRYSLER BOOSTS PRICE ON FIFTH AVENUE CAR.", nil},
		{"a headline's ordinal before a street's word is a name, before 'place' a rank", "CHRYSLER BOOSTS PRICE ON FIFTH AVENUE CAR\n    DETROIT, March 13 - Prices rose.\n", nil},
		{"a headline's rank in 'place'", "POLL PUTS ALLIANCE IN SECOND PLACE\n    LONDON, March 13 - Polls moved.\n", []want{{"SECOND PLACE", factcheck.Ordinal, "2", "", "", ""}}},
		{"a title and a bond in small letters are not ordinals", "The first minister spoke, and the bank sold first mortgage bonds.", nil},
		{"a chart's top ten after a count, used goods and a round-the-clock service", "He had two US top 10 albums, six second hand airplanes and 24-hour news channels. First time buyers pay less, as they did for the first time in 2004.", []want{
			{"two", factcheck.Count, "2", "", "", ""}, {"six", factcheck.Count, "6", "", "", ""}, {"the first time", factcheck.Ordinal, "1", "", "", ""}, {"2004", factcheck.Date, "2004", "", "", ""}}},
		{"discourse first", "First, we must wait. At first nobody came.", nil},
		{"one second of time where no noun follows it (but a second chance ranks)", "The clock loses less than one second in 30 billion years; she was one second faster but got one second chance.", []want{
			{"less than one second", factcheck.Duration, "1", "", "second", factcheck.UpperBound}, {"30 billion years", factcheck.Duration, "30000000000", "", "year", ""}, {"one second", factcheck.Duration, "1", "", "second", ""}, {"second chance", factcheck.Ordinal, "2", "", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

func TestExtractDates(t *testing.T) {
	tests := []struct {
		name, in, published string
		want                []want
	}{
		{"a day of the month after 'would' and a sum looks ahead", "TOKYO, Dec 18 - The Bank of Japan would inject about 800 billion yen on the 25th.", "", []want{
			{"about 800 billion yen", factcheck.Money, "800000000000", "", "JPY", factcheck.Approx}, {"25th", factcheck.Date, "--12-25", "", "", ""}}},
		{"a day that the month named last has not takes the dateline's month", "WASHINGTON, March 30 - Growth was 3.2% in the July-September period, ahead of data due on the 31st.", "", []want{
			{"3.2%", factcheck.Percent, "3.2", "", "", ""}, {"31st", factcheck.Date, "--03-31", "", "", ""}}},
		{"a day of the month after 'would' and a verb looks ahead of the page's date", "LONDON, 3 March 2025 - Heathrow said Terminal 5 would reopen its security lanes on the 17th.", "", []want{
			{"17th", factcheck.Date, "2025-03-17", "", "", ""}}},
		{"a date in digits moved 'from' one 'to' another after a verb of moving is two dates, not a span", "The deadline moved from 03/25/2024 to 04/02/2024, though bookings run from 03/01/2024 to 03/31/2024.", "", []want{
			{"03/25/2024", factcheck.Date, "2024-03-25", "", "", ""}, {"04/02/2024", factcheck.Date, "2024-04-02", "", "", ""}, {"03/01/2024 to 03/31/2024", factcheck.Date, "2024-03-01", "2024-03-31", "", ""}}},
		{"a day of the month after the page's date, its day that the month before lacks, or after a present verb of ending, is of the page's month", "Date: March 15, 2023\nThe sale closes on the 20th. Enrollment ends on the 31st.", "", []want{
			{"20th", factcheck.Date, "2023-03-20", "", "", ""}, {"31st", factcheck.Date, "2023-03-31", "", "", ""}}},
		{"a day and month padded after 'for' are a date", "The Trust called a meeting for 14/04.", "", []want{
			{"14/04", factcheck.Date, "--04-14", "", "", ""}}},
		{"a date after 'on or about' an estimate, after 'no later than' a most; the middle of a year an estimate", "NEW YORK, March 3 - Shares moved on or about December 23, the offer comes no later than October 27, and the plant opens in mid-1988.", "", []want{
			{"December 23", factcheck.Date, "--12-23", "", "", factcheck.Approx}, {"October 27", factcheck.Date, "--10-27", "", "", factcheck.UpperBound}, {"mid-1988", factcheck.Date, "1988", "", "", factcheck.Approx}}},
		{"a British text naming the FBI keeps its numeric dates day first", "Officers took part after the FBI passed on a list, dated 12/08/2002, of 7,272 British names.", "", []want{
			{"12/08/2002", factcheck.Date, "2002-08-12", "", "", ""}, {"7,272 British names", factcheck.Count, "7272", "", "", ""}}},
		{"a date after 'on or before' is a most; after 'at least' or 'no earlier than' a least; after 'by' exact", "NEW YORK, March 3 - The deal closes on or before August 31. The plant stays shut until at least March 13; trials start no earlier than April 10 and end by May 5.", "", []want{
			{"August 31", factcheck.Date, "--08-31", "", "", factcheck.UpperBound}, {"March 13", factcheck.Date, "--03-13", "", "", factcheck.LowerBound},
			{"April 10", factcheck.Date, "--04-10", "", "", factcheck.LowerBound}, {"May 5", factcheck.Date, "--05-05", "", "", factcheck.Exact}}},
		{"the day of next month after a page's date", "Date: 2025-03-04\nThe bridge opens on the 21st of next month.", "", []want{
			{"2025-03-04", factcheck.Date, "2025-03-04", "", "", ""}, {"21st of next month", factcheck.Date, "2025-04-21", "", "", ""}}},
		{"'the week of the 10th' is a day of the month named", "The food bank is short for March: 2,000 parcels go out in the week of the 10th.", "", []want{
			{"2,000 parcels", factcheck.Count, "2000", "", "", ""}, {"10th", factcheck.Date, "--03-10", "", "", ""}}},
		{"numeric dates in a text whose dates in words are month first, a month abbreviated with its stop", "In an order dated 3/8/2023, the regulator set a deadline of Oct. 1, 2025.", "", []want{
			{"3/8/2023", factcheck.Date, "2023-03-08", "", "", ""}, {"Oct. 1, 2025", factcheck.Date, "2025-10-01", "", "", ""}}},
		{"numeric dates in a text of a US agency and no dateline are month first", "A receivership notice from the FDIC dated 3/10/2023 says claims must be filed by 6/12/2023.", "", []want{
			{"3/10/2023", factcheck.Date, "2023-03-10", "", "", ""}, {"6/12/2023", factcheck.Date, "2023-06-12", "", "", ""}}},
		{"a day that a birthday 'falls on' is a day to come, of the page's month", "Date: 2 April 2024\nHis birthday falls on the 14th.", "", []want{
			{"14th", factcheck.Date, "2024-04-14", "", "", ""}}},
		{"a day after 'by the', under a page's date line written year first and nothing else naming a month, is of that line's month", "Published: 2005/03/17 09:30:11 GMT\nBAE said 150 jobs will go by the 31st.", "", []want{
			{"2005/03/17", factcheck.Date, "2005-03-17", "", "", ""}, {"150 jobs", factcheck.Count, "150", "", "", ""}, {"31st", factcheck.Date, "2005-03-31", "", "", ""}}},
		{"a day after 'the deadline on' is a day to come, of the dateline's month", "TOKYO, March 3 - Parties vowed to block the tax before the budget deadline on the 31st.", "", []want{
			{"31st", factcheck.Date, "--03-31", "", "", ""}}},
		{"a span of dates after a verb of change whose object is no date (but a date moved)", "Farmers may not cut hedges from March 1 to August 31. The firm moved the meeting from March 3 to March 10.", "", []want{
			{"March 1 to August 31", factcheck.Date, "--03-01", "--08-31", "", ""}, {"March 3", factcheck.Date, "--03-03", "", "", ""}, {"March 10", factcheck.Date, "--03-10", "", "", ""}}},
		{"'the 30th' a deadline is, a day ahead", "Date: 2 September 2024\nChildren return to school this week, and the free-meals deadline is the 30th.", "", []want{
			{"30th", factcheck.Date, "2024-09-30", "", "", ""}}},
		{"a run of days from one abbreviated weekday to another", "Roadworks will close the A38 from Mon 3 Nov to Fri 7 Nov.", "2025-10-01", []want{
			{"3 Nov to Fri 7 Nov", factcheck.Date, "2025-11-03", "2025-11-07", "", ""}}},
		{"ranges of days written 'the Nth of' a month after weekdays or 'between'; a change of day from 'the 9th' two dates", "The fair runs from Friday the 12th to Thursday the 18th of December. The pool is open between the 1st of April and the 30th of September. The vote was moved from the 9th to the 23rd of May. The launch was moved from the 1st of April to the 30th of June.", "2025-01-02", []want{
			{"12th to Thursday the 18th of December", factcheck.Date, "2024-12-12", "2024-12-18", "", ""}, {"1st of April and the 30th of September", factcheck.Date, "2025-04-01", "2025-09-30", "", ""},
			{"9th", factcheck.Date, "2025-05-09", "", "", ""}, {"23rd of May", factcheck.Date, "2025-05-23", "", "", ""}, {"1st of April", factcheck.Date, "2025-04-01", "", "", ""}, {"30th of June", factcheck.Date, "2025-06-30", "", "", ""}}},
		{"a range from a day to 'the' day of a month named after it", "The bridge will be closed from the 6th until the 19th of January.", "2025-01-02", []want{
			{"6th until the 19th of January", factcheck.Date, "2025-01-06", "2025-01-19", "", ""}}},
		{"a day and a month in the possessive; an abbreviated weekday before a numeric date; a count opening a sentence after a dateline's dash", "Posted: 25 February 2025\nFriday 18 April's round moves to Saturday 19 April. The quiz is on Tues 4/3.\n\nDec. 14, 2023 \u2014 Twenty-three students were treated.", "", []want{
			{"18 April's", factcheck.Date, "2025-04-18", "", "", ""}, {"19 April", factcheck.Date, "2025-04-19", "", "", ""}, {"4/3", factcheck.Date, "2025-03-04", "", "", ""},
			{"Dec. 14, 2023", factcheck.Date, "2023-12-14", "", "", ""}, {"Twenty-three students", factcheck.Count, "23", "", "", ""}}},
		{"a weekday counted in a month of a year said or the publication's; days after a month named in the possessive", "The AGM falls on the first Monday of March 2025, the fair on the second Tuesday of June. October's salaries will be paid on the 25th.", "2024-10-02", []want{
			{"first Monday of March 2025", factcheck.Date, "2025-03-03", "", "", ""}, {"second Tuesday of June", factcheck.Date, "2024-06-11", "", "", ""}, {"25th", factcheck.Date, "2024-10-25", "", "", ""}}},
		{"a deadline pushed back from a day to 'the 31st' is two dates, no range", "The club has pushed the deadline back from 15 May to the 31st.", "2024-05-02", []want{
			{"15 May", factcheck.Date, "2024-05-15", "", "", ""}, {"31st", factcheck.Date, "2024-05-31", "", "", ""}}},
		{"a range from a day and month to 'the 31st' ends in that month (but 'until the 15th' is a date of its own)", "Flu jabs run from 1 October to the 31st. The clause is active from 1 July until the 15th.", "2023-03-08", []want{
			{"1 October to the 31st", factcheck.Date, "2022-10-01", "2022-10-31", "", ""}, {"1 July", factcheck.Date, "2023-07-01", "", "", ""}, {"15th", factcheck.Date, "2023-07-15", "", "", ""}}},
		{"'starting on the 15th' looks ahead of the publication", "Posted March 8, 2023\nMeter rates rise to $2.50 an hour starting on the 15th.", "", []want{
			{"$2.50", factcheck.Money, "2.5", "", "USD", ""}, {"15th", factcheck.Date, "2023-03-15", "", "", ""}}},
		{"days of a notice after abbreviated weekdays; a letter's 'inst.' and 'ult.'", "Date: 14 June 2024\nThe library will be closed from Mon 4 to Fri 8 March, and open Tues 2 – Sun 7 July. We received your cheque dated the 28th ult. and will pay by the 15th inst.", "", []want{
			{"4 to Fri 8 March", factcheck.Date, "2024-03-04", "2024-03-08", "", ""}, {"2 – Sun 7 July", factcheck.Date, "2024-07-02", "2024-07-07", "", ""},
			{"28th ult.", factcheck.Date, "2024-05-28", "", "", ""}, {"15th inst.", factcheck.Date, "2024-06-15", "", "", ""}}},
		{"a meeting moved from a weekday's date to another's is two dates; two days in a row across a month's end are one range (but not 'respectively')", "The meeting has been moved from Thursday 8 February to Tuesday 13 February. Tornadoes hit on March 31 and April 1. The canals open on March 31 and April 1, respectively.", "2024-01-10", []want{
			{"8 February", factcheck.Date, "2024-02-08", "", "", ""}, {"13 February", factcheck.Date, "2024-02-13", "", "", ""}, {"March 31 and April 1", factcheck.Date, "2024-03-31", "2024-04-01", "", ""},
			{"March 31", factcheck.Date, "2024-03-31", "", "", ""}, {"April 1", factcheck.Date, "2024-04-01", "", "", ""}}},
		{"month day", "He returns on November 3.", "2023-11-02", []want{{"November 3", factcheck.Date, "2023-11-03", "", "", ""}}},
		{"day month", "The war began on 7 October.", "2023-11-02", []want{{"7 October", factcheck.Date, "2023-10-07", "", "", ""}}},
		{"abbreviated", "It began on Oct. 7 and Nov 6.", "2023-11-06", []want{
			{"Oct. 7", factcheck.Date, "2023-10-07", "", "", ""}, {"Nov 6", factcheck.Date, "2023-11-06", "", "", ""}}},
		{"year unknown", "They left on November 1.", "", []want{{"November 1", factcheck.Date, "--11-01", "", "", ""}}},
		{"after a weekday", "They play on Wednesday 19 January.", "2005-01-10", []want{{"19 January", factcheck.Date, "2005-01-19", "", "", ""}}},
		{"numeric, a US dateline", "NEW YORK (CNBC) - The sale runs from 12/03 to 12/09, with deals on 12/05 and 12/06.", "", []want{
			{"12/03 to 12/09", factcheck.Date, "--12-03", "--12-09", "", ""}, {"12/05", factcheck.Date, "--12-05", "", "", ""},
			{"12/06", factcheck.Date, "--12-06", "", "", ""}}},
		{"numeric, a UK dateline", "LONDON (Evening Standard) - Drivers walk out on 12/03 and 05/04.", "", []want{
			{"12/03", factcheck.Date, "--03-12", "", "", ""}, {"05/04", factcheck.Date, "--04-05", "", "", ""}}},
		{"numeric, nothing to tell: after 'on', a word of days, and a pair padded with a zero, which no fraction is, day first as CLAIMS.md reads it (but no day after 'after' nor 'by')", "Drivers walk out on 3/4 and again on 12/03. In December, after 9/11, it fell by 1/2 pct.", "", []want{
			{"3/4", factcheck.Date, "--04-03", "", "", ""}, {"12/03", factcheck.Date, "--03-12", "", "", ""}, {"1/2 pct", factcheck.Percent, "0.5", "", "", ""}}},
		{"numeric, the second of a list fixing the order", "Forwarders expect rises on 7/1 and 7/15, and more through 8/3.", "", []want{
			{"7/1", factcheck.Date, "--07-01", "", "", ""}, {"7/15", factcheck.Date, "--07-15", "", "", ""}, {"8/3", factcheck.Date, "--08-03", "", "", ""}}},
		{"numeric, words of time in a US text", "The U.S. weather service counted 31 twisters between 4/9 and 4/11. As of 4/20, aid reached $4.2M; on the night of 4/9 it hit, for the week ending 3/16.", "", []want{
			{"31", factcheck.Count, "31", "", "", ""}, {"4/9 and 4/11", factcheck.Date, "--04-09", "--04-11", "", ""},
			{"4/20", factcheck.Date, "--04-20", "", "", ""}, {"$4.2M", factcheck.Money, "4200000", "", "USD", ""},
			{"4/9", factcheck.Date, "--04-09", "", "", ""}, {"3/16", factcheck.Date, "--03-16", "", "", ""}}},
		{"numeric, after the week ended or a time set (but not a vote for a share, nor the hours of a week)", "Sales for the week ended 11/14 rose; his hearing is set for 3/22. He voted for 3/4 of bills; it is open for 24/7.", "", []want{
			{"11/14", factcheck.Date, "--11-14", "", "", ""}, {"3/22", factcheck.Date, "--03-22", "", "", ""}, {"3/4 of bills", factcheck.Percent, "75", "", "", ""}}},
		{"numeric, after a word of a start or a posting", "A boycott starting 24/03 drew 150,000 backers; the cut is effective 1/4, the reel posted 9/1.", "", []want{
			{"24/03", factcheck.Date, "--03-24", "", "", ""}, {"150,000", factcheck.Count, "150000", "", "", ""},
			{"1/4", factcheck.Date, "--04-01", "", "", ""}, {"9/1", factcheck.Date, "--01-09", "", "", ""}}},
		{"numeric, a range into the next year", "NEW YORK, June 2 - The harvest runs from 11/1 through 3/15.", "", []want{
			{"11/1 through 3/15", factcheck.Date, "--11-01", "--03-15", "", ""}}},
		{"numeric, shares after words of time, no dates", "The U.S. poll found between 1/4 and 1/3 of voters undecided, through 1/2 of the season.", "", []want{
			{"1/3 of voters", factcheck.Percent, "33.33", "", "", ""}, {"1/2 of the season", factcheck.Percent, "50", "", "", ""}}},
		{"odds, no dates", "LONDON (Reuters) - He moved from 4/1 to 5/2 favourite; The Aviator has 4/9 and 8/13 odds.", "", []want{
			{"4/1", factcheck.Measure, "4", "", "odds", ""}, {"5/2", factcheck.Measure, "2.5", "", "odds", ""},
			{"4/9", factcheck.Measure, "0.4444", "", "odds", ""}, {"8/13", factcheck.Measure, "0.6154", "", "odds", ""}}},
		{"month, the ordinal", "It opens on Friday, March the third.", "", []want{{"March the third", factcheck.Date, "--03-03", "", "", ""}}},
		{"ordinal days, a range", "It runs from the fourth to the twenty-eighth of August.", "", []want{
			{"fourth to the twenty-eighth of August", factcheck.Date, "--08-04", "--08-28", "", ""}}},
		{"the day ahead", "LONDON, Jan 17 (Reuters) - It will be mild by the 21st.", "", []want{{"21st", factcheck.Date, "--01-21", "", "", ""}}},
		{"the day past", "LONDON, Jan 17 (Reuters) - Prices fell on the 21st, the Treasury said.", "", []want{{"21st", factcheck.Date, "--12-21", "", "", ""}}},
		{"the day ahead, a word looking ahead before it", "NEW YORK, Jan 8 (Reuters) - The next weekly survey is due on the 15th.", "", []want{{"15th", factcheck.Date, "--01-15", "", "", ""}}},
		{"range and", "They left on November 1 and 2.", "2023-11-03", []want{{"November 1 and 2", factcheck.Date, "2023-11-01", "2023-11-02", "", ""}}},
		{"range days first", "Talks on 1-2 December.", "2023-11-03", []want{{"1-2 December", factcheck.Date, "2023-12-01", "2023-12-02", "", ""}}},
		{"explicit year", "It was signed on November 3, 2021.", "2023-11-03", []want{{"November 3, 2021", factcheck.Date, "2021-11-03", "", "", ""}}},
		{"nearest year", "It happened on December 28.", "2024-01-05", []want{{"December 28", factcheck.Date, "2023-12-28", "", "", ""}}},
		{"the 31st", "The raid began on October 30. Since Tuesday, the 31st, it went on.", "", []want{
			{"October 30", factcheck.Date, "--10-30", "", "", ""}, {"31st", factcheck.Date, "--10-31", "", "", ""}}},
		{"date line sets the year", "Date: November 3, 2023\n\nHe flew on November 1.", "", []want{
			{"November 1", factcheck.Date, "2023-11-01", "", "", ""}}},
		{"wire dateline", "NEW YORK, March 2 - It closed on March 1.", "", []want{{"March 1", factcheck.Date, "--03-01", "", "", ""}}},
		{"wire dateline with a country", "SAO PAULO, Brazil, March 5 - It began on March 1.", "", []want{{"March 1", factcheck.Date, "--03-01", "", "", ""}}},
		{"wire dateline with a state", "OAK BROOK, ILL., March 19 - It began on March 1.", "", []want{{"March 1", factcheck.Date, "--03-01", "", "", ""}}},
		{"reuters dateline", "ANKARA, Nov 6 (Reuters) - He left on Nov 5.", "2023-11-06", []want{
			{"Nov 5", factcheck.Date, "2023-11-05", "", "", ""}}},
		{"year", "The law was passed in 1999.", "", []want{{"1999", factcheck.Date, "1999", "", "", ""}}},
		{"numeric dates", "It was on 11/09/2001, or 2001-09-11.", "", []want{
			{"11/09/2001", factcheck.Date, "2001-09-11", "", "", ""}, {"2001-09-11", factcheck.Date, "2001-09-11", "", "", ""}}},
		{"numeric dates of a document", "It began on 2/5/2019 and ended on 4/15/2019.", "", []want{
			{"2/5/2019", factcheck.Date, "2019-02-05", "", "", ""}, {"4/15/2019", factcheck.Date, "2019-04-15", "", "", ""}}},
		{"numeric dates of an American outlet", "On March 5, 2019, the notice dated 2/5/2019 came.", "", []want{
			{"March 5, 2019", factcheck.Date, "2019-03-05", "", "", ""}, {"2/5/2019", factcheck.Date, "2019-02-05", "", "", ""}}},
		{"a decade is its years, a century's first year with an 's' its hundred", "In the 1990s and the 80s, the 1900s.", "", []want{{"1990s", factcheck.Date, "1990", "1999", "", factcheck.Exact}, {"1900s", factcheck.Date, "1900", "1999", "", factcheck.Exact}}},
		{"a decade in two digits after an apostrophe", "Since the ’80s or ’90s, and in the '20s, the 80s went by.", "", []want{
			{"’80s", factcheck.Date, "1980", "1989", "", ""}, {"’90s", factcheck.Date, "1990", "1999", "", ""}, {"'20s", factcheck.Date, "2020", "2029", "", ""}}},
		{"a decade in words: of the century capitalised, of a life after a possessive", "Actresses who first electrified audiences in the Nineties and the late Eighties; she is in her forties, and sang her Nineties hits.", "", []want{
			{"Nineties", factcheck.Date, "1990", "1999", "", ""}, {"Eighties", factcheck.Date, "1980", "1989", "", ""}, {"her forties", factcheck.Duration, "40", "49", "year", ""}}},
		{"a decade of degrees", "Highs in the 50s and 60s F; readings in the 40s C. Highs will warm into the 70s. He is in his 30s.", "", []want{
			{"50s and 60s F", factcheck.Measure, "50", "69", "°F", ""}, {"40s C", factcheck.Measure, "40", "49", "°C", ""},
			{"70s", factcheck.Measure, "70", "79", "°F", ""}, {"his 30s", factcheck.Duration, "30", "39", "year", ""}}},
		{"a part of a decade of degrees", "Temperatures will peak in the low to mid 30s, the Twin Cities in the upper 30s and the coast in the mid-to-upper 40s. We'll be back into the 50s on Friday, Meteorologist Chris Shaffer says.", "", []want{
			{"low to mid 30s", factcheck.Measure, "30", "36", "°F", ""}, {"upper 30s", factcheck.Measure, "37", "39", "°F", ""},
			{"mid-to-upper 40s", factcheck.Measure, "44", "49", "°F", ""}, {"50s", factcheck.Measure, "50", "59", "°F", ""}}},
		{"month year", "Sales fell in December 2004.", "", []want{{"December 2004", factcheck.Date, "2004-12", "", "", ""}}},
		{"year count", "Some 2000 people came.", "", []want{{"2000", factcheck.Count, "2000", "", "", factcheck.Approx}}},
		{"year before plural", "The 2001 winners came.", "", []want{{"2001", factcheck.Date, "2001", "", "", ""}}},
		{"year range", "It grew between 1997 and 2002.", "", []want{{"1997 and 2002", factcheck.Date, "1997", "2002", "", ""}}},
		{"a run of days until another", "It runs from Wednesday 12th April until Sunday 16th April, open 10 May till 12 June; the offer was extended from March 17 until March 24.", "", []want{
			{"12th April until Sunday 16th April", factcheck.Date, "--04-12", "--04-16", "", ""}, {"10 May till 12 June", factcheck.Date, "--05-10", "--06-12", "", ""},
			{"March 17", factcheck.Date, "--03-17", "", "", ""}, {"March 24", factcheck.Date, "--03-24", "", "", ""}}},
		{"a year and a figure after a dash", "Chile shipped 229,176 tonnes (1985 - 182,959); net imports surged from 175,901 to 251,708 tonnes.", "", []want{
			{"229,176 tonnes", factcheck.Measure, "229176", "", "tonne", ""}, {"1985", factcheck.Date, "1985", "", "", ""}, {"182,959", factcheck.Count, "182959", "", "", ""},
			{"175,901", factcheck.Measure, "175901", "", "tonne", ""}, {"251,708 tonnes", factcheck.Measure, "251708", "", "tonne", ""}}},
		{"may the verb", "It may take 5 days.", "", []want{{"5 days", factcheck.Duration, "5", "", "day", ""}}},
		{"a capitalised day after next and its month", "It will pay a lump sum of 2,800,000 dlrs next January Two.", "1987-04-06", []want{
			{"2,800,000 dlrs", factcheck.Money, "2800000", "", "USD", ""}, {"January Two", factcheck.Date, "1988-01-02", "", "", ""}}},
		{"day in words on a wrapped line", "    Chrysler's debt issues were put on creditwatch on March\nnine after the automaker announced plans to acquire American\nMotors, the rating agency said in a statement on Tuesday.", "1987-03-30", []want{
			{"March\nnine", factcheck.Date, "1987-03-09", "", "", ""}}},
		{"day in words", "The date was extended to April six from April three, payable May one.", "1987-03-30", []want{
			{"April six", factcheck.Date, "1987-04-06", "", "", ""}, {"April three", factcheck.Date, "1987-04-03", "", "", ""},
			{"May one", factcheck.Date, "1987-05-01", "", "", ""}}},
		{"a capitalised day in words ending its clause", "Ford extended its incentives to April Six. Service begins by July One, 1987.", "1987-03-12", []want{
			{"April Six", factcheck.Date, "1987-04-06", "", "", ""}, {"July One, 1987", factcheck.Date, "1987-07-01", "", "", ""}}},
		{"a month and a number of people", "In May two people died; in March one of them left.", "", []want{
			{"two people", factcheck.Count, "2", "", "", ""}}},
		{"a dividend's day in words on its row", "H.F. AHMANSON QTLY DIVIDEND\n    LOS ANGELES, March 24 -\n    Shr 22 cts vs 22 cts prior qtr\n    Pay June one\n    Record May Three\n", "1987-03-24", []want{
			{"22 cts", factcheck.Money, "0.22", "", "USD", ""}, {"22 cts", factcheck.Money, "0.22", "", "USD", ""},
			{"June one", factcheck.Date, "1987-06-01", "", "", ""}, {"May Three", factcheck.Date, "1987-05-03", "", "", ""}}},
		{"a range of dated days, the second's day wrapped to a new line", "The warrants are exercisable from May 19, 1987 until April\n9, 1992.", "1987-03-05", []want{
			{"May 19, 1987 until April\n9, 1992", factcheck.Date, "1987-05-19", "1992-04-09", "", ""}}},
		{"a range of dated days, a comma after the first's year", "The warrants are exercisable from March 27, 1987, until March 19, 1990. It opened March 27, 1987, to applause on March 30, 1987.", "1987-03-05", []want{
			{"March 27, 1987, until March 19, 1990", factcheck.Date, "1987-03-27", "1990-03-19", "", ""}, {"March 27, 1987", factcheck.Date, "1987-03-27", "", "", ""},
			{"March 30, 1987", factcheck.Date, "1987-03-30", "", "", ""}}},
		{"a range of dated days after a period, a change said earlier in the clause", "Company lowered to nine pct from 13.5 pct the rate on its loan for period august 1,\n1987, to July 31, 1988. It extended the offer from March 17, 1987 to April 1, 1988.", "1987-03-05", []want{
			{"nine pct", factcheck.Percent, "9", "", "", ""}, {"13.5 pct", factcheck.Percent, "13.5", "", "", ""},
			{"august 1,\n1987, to July 31, 1988", factcheck.Date, "1987-08-01", "1988-07-31", "", ""},
			{"March 17, 1987", factcheck.Date, "1987-03-17", "", "", ""}, {"April 1, 1988", factcheck.Date, "1988-04-01", "", "", ""}}},
		{"a list of days in words, capitalised or wrapped, and a range of them before a noun", "Dividends are payable commencing May 18 and June\neight, and payable April Three, May Six, June Four\nand August Six; accrued from April one to May one of 68\ncts per share. It rose on March 3, and one analyst said.", "1987-03-11", []want{
			{"May 18", factcheck.Date, "1987-05-18", "", "", ""}, {"June\neight", factcheck.Date, "1987-06-08", "", "", ""},
			{"April Three", factcheck.Date, "1987-04-03", "", "", ""}, {"May Six", factcheck.Date, "1987-05-06", "", "", ""}, {"June Four", factcheck.Date, "1987-06-04", "", "", ""},
			{"August Six", factcheck.Date, "1987-08-06", "", "", ""}, {"April one to May one", factcheck.Date, "1987-04-01", "1987-05-01", "", ""},
			{"68\ncts", factcheck.Money, "0.68", "", "USD", ""}, {"March 3", factcheck.Date, "1987-03-03", "", "", ""}}},
		{"a span of days glued by a dash or a slash, into the next year", "WASHINGTON, March 17 - Exports for July 1-March 13 and July 1/March\n13 rose.", "1987-03-17", []want{
			{"July 1-March 13", factcheck.Date, "1986-07-01", "1987-03-13", "", ""}, {"July 1/March\n13", factcheck.Date, "1986-07-01", "1987-03-13", "", ""}}},
		{"years between parts of years", "Delivery is due between early 1989 and early 1990; between early 1989 and 50 cars.", "1987-03-11", []want{
			{"1989 and early 1990", factcheck.Date, "1989", "1990", "", ""}, {"1989", factcheck.Date, "1989", "", "", ""}, {"50 cars", factcheck.Count, "50", "", "", ""}}},
		{"capitalised days in words from one to another", "The program will run from April Six through August Three.", "1987-04-09", []want{
			{"April Six through August Three", factcheck.Date, "1987-04-06", "1987-08-03", "", ""}}},
		{"a decade with an apostrophe", "Prices of the 1990's recalled Germany during the 30's and the late 70's.", "", []want{
			{"1990's", factcheck.Date, "1990", "1999", "", ""}, {"30's", factcheck.Date, "1930", "1939", "", ""},
			{"70's", factcheck.Date, "1970", "1979", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, tt.published, tt.want) })
	}
}

func TestExtractNotClaims(t *testing.T) {
	tests := []struct{ name, in string }{
		{"two-state solution", "They backed a two-state solution."},
		{"two state garbled", "They pave the way two state solution."},
		{"a match official's title and a shirt's number", "The fourth official raised the board and the third umpire ruled. Santos, in the No. 9 shirt, scored."},
		{"G7", "The G7 met in Rome."},
		{"a grade's name, its number in a capitalised word after 'No.'", "Dyecast alloy No. Three and No. Five are named grades."},
		{"a picture's resolution written with a K", "It drives 4K monitors, a 2.5K screen and 6.2K video."},
		{"a model's number before one machine named in the singular", "IBM will ship its mid-range 9370 computer early, and the 1190 mainframe too."},
		{"a retirement plan named by the tax code's section", "The 401(k) limit rose, as did a 403(b) plan's."},
		{"a study's level of confidence", "The hazard ratio was lower (95% CI, within a 95% confidence interval)."},
		{"a number's word after a letter names a fund and a class of bonds", "Z-SEVEN FUND SEES HIGHER NET\n    The class J-five bonds of the Z-Seven Fund were sold."},
		{"a company's name a wire tags, and its headline", "FOUR SEASONS BUYING MARRIOTT HOTEL\n    TORONTO, March 2 - &lt;Four Seasons Hotels Inc> said it bought the hotel."},
		{"a company's name opening a sentence with a number's word, before its suffix", "MEMPHIS, Tenn., March 16 - Seven Oaks International Inc said it formed a venture."},
		{"a company's name opening with an ordinal in digits, before its ticker in a headline", "1ST CENTRAL FINANCIAL &lt;FCC> SEES HIGHER EARNINGS"},
		{"the last half of a year", "The survey covers prospects for the last half of the year."},
		{"the nations' club in a headline", "GROUP OF FIVE MEETING ENDS"},
		{"first come, first served", "Shares may be tendered on a first come, first serve basis."},
		{"a wire's code for an item of a roundup", "Cocoa futures were steady. (XYZS 1019)"},
		{"a product's or a directive's designation after its abbreviation in brackets or glued to a letter", "It replaces chlorofluorocarbon (CFC) 12, as does isotron 142b/22; under Directive (NSDD) 266, aid flows."},
		{"a wire's codes listed, a year's digits among them, or of five digits", "The long bond was steady. (MRUA 2019, NYFK 2123) Gold was flat. (NYFK 21512)"},
		{"F-16", "It bought F-16 jets."},
		{"COVID-19", "COVID-19 spread."},
		{"Boeing", "A Boeing 737 landed."},
		{"Section", "Under Section 8 of the act."},
		{"Route", "They drove Route 66."},
		{"a company's annual form", "It reported the loss on its 10K filing and a Form 10Q."},
		{"No.", "He lives at No. 10."},
		{"phone", "Call 020-7946-0000 now."},
		{"time of day", "It starts at 10:30 and ends at 3pm, or 4 p.m."},
		{"url", "See http://example.com/2023/11/03/page-2 for more."},
		{"identifier glued", "The 3G phone and MP3 player."},
		{"version", "Version 2.0.1 shipped."},
		{"slashes", "After 9/11, a 24/7 service took 1/2."},
		{"designations", "Patients with type 1 diabetes took route 189 and flight 370."},
		{"doi", "DOI: 10.1038/s41558-023-01642-3 (About DOIs)."},
		{"a sum written out", "They held a blackboard reading 2+2=5 at the launch."},
		{"terms and idioms", "States allow third-party returns. France were down at half-time. They are exposed in the first place. She won the half-marathon half-heartedly. Cash flows include half-yearly tax payments. The drives are in half-height configuration. Mathis, a retired four-star general, stayed at a five-star hotel. Rebates are bigger on four-door models."},
		{"a thread's post number, a sound format, a two-pronged plan", "1/ Crypto is global.\n\nIt has 5.1 surround sound and a two-pronged plan."},
		{"first, when something was done", "The WHO first reported a surge. First discovered in Japan, it spread. Patients first sought treatment."},
		{"a third country's trade, a class of preferred stock", "It halted sales to the third country brokers. The bank will redeem its first preferred shares and its second preferred stock."},
		{"a court's circuit by its ordinal in small letters", "The ruling by the U.S. Court of Appeals for the fourth\ncircuit upheld it."},
		{"a product's designation with a slash and capitals", "It sells the 2114/PC Retail Management System."},
		{"a release's number, a region's half", "Cullinet introduced Release 10.1 of Performance Monitor, and IBM DOS Version 3.3 shipped. Frost hit the eastern half of the United States."},
		{"a company named by its figure before its ticker", "AMERICAN HEALTHCARE AND 3M &lt;MMM> SIGN ACCORD\n    NEW YORK, March 5 - 3M &lt;MMM> said so."},
		{"a bank named by an ordinal in a headline", "FOURTH NATIONAL CORP SETS DIVIDEND\n    TULSA, April 3 - Fourth National said so."},
		{"a film new to its screen", "It plans to offer first-run movies and first-run syndication."},
		{"third countries, first and foremost", "Chips were dumped in third countries. The first and foremost finding came first shown in 2003."[:60]},
		{"numbered items", "Here are the questions.\n\n1. What causes it?\n\nIt is rare.\n\n2) How common is it?\n"},
		{"a list's markers in a sentence", "He missed the point: 1) If they act, all lose. 2) The threat is real."},
		{"a mark of a playing field", "He shot from the edge of the six-yard box and kicked from the 22-metre line. He released Mayerhofler in his own 22. They camped inside the 22 for ages."},
		{"a kind of drive", "It sells four-wheel drive cars with Four-wheel steering."},
		{"the third world", "BANKS SEE THIRD WORLD DEBT CRISIS\n    Banks eye the third world debt crisis and Third World nations."},
		{"an age or a level with an apostrophe", "He is in his late 40's; the stock will trade in the mid-30's and plantings in the high 60's."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", nil) })
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in, claim, sentence string
	}{
		{"abbreviations", "Mr. Miller said the U.S. will send 200 troops. Others disagreed.", "200", "Mr. Miller said the U.S. will send 200 troops."},
		{"month abbreviation", "Fighting began on Oct. 7 in the south. It spread.", "Oct. 7", "Fighting began on Oct. 7 in the south."},
		{"decimal", "Growth was 1.5% last year. Next year it may fall.", "1.5%", "Growth was 1.5% last year."},
		{"no space after stop", "It was hard.so 24 soldiers died.", "24", "so 24 soldiers died."},
		{"lower-case start", "It ended. the 76 patients left.", "76", "the 76 patients left."},
		{"quotes", "\u201cWe saw 40 trucks.\u201d Then more came.", "40", "\u201cWe saw 40 trucks.\u201d"},
		{"line break", "Headline with 5 words\nBody text.", "5", "Headline with 5 words"},
		{"wrapped prose", "TOWN HALL VOTE DELAYED AGAIN\n    MILLTOWN, May 2 - The council said on Tuesday that the\nvote on the 12 mln dlr budget would wait for the\nauditors. Nobody objected.\n",
			"12 mln", "MILLTOWN, May 2 - The council said on Tuesday that the\nvote on the 12 mln dlr budget would wait for the\nauditors."},
		{"wrapped lines end at a paragraph", "The board said the offer of 40 dlrs a share was too low and\n    It will meet again.", "40 dlrs",
			"The board said the offer of 40 dlrs a share was too low and"},
		{"short lines are rows", "Shr 34 cts vs 1.19 dlrs\nNet 1.2 mln vs 3.4 mln", "34 cts", "Shr 34 cts vs 1.19 dlrs"},
		{"a headline in capitals", "COUNCIL APPROVES 5 MLN DLR BUDGET FOR SCHOOLS AND ROADS TODAY\nThe vote was close.", "5 MLN",
			"COUNCIL APPROVES 5 MLN DLR BUDGET FOR SCHOOLS AND ROADS TODAY"},
		{"web address", "Visit bbc.co.uk where 30 stories wait.", "30", "Visit bbc.co.uk where 30 stories wait."},
		{"a ticker's exchange", "Acme Banking Group Ltd &lt;ACMA.S> will cut its prime rate to 16 pct.", "16 pct", "Acme Banking Group Ltd &lt;ACMA.S> will cut its prime rate to 16 pct."},
		{"an ellipsis between two sentences", "Holders may exchange the certificates for cash, the agency said...The agency reported inspections of 9,120,000 bushels.", "9,120,000",
			"The agency reported inspections of 9,120,000 bushels."},
		{"an ellipsis within one", "Output was 3.1 mln barrels...1987 net rose 12 pct.", "12 pct", "Output was 3.1 mln barrels...1987 net rose 12 pct."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseArticle("t.txt", []byte(tt.in), "")
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range a.Claims {
				if strings.Contains(c.Text, tt.claim) {
					if c.Sentence != tt.sentence {
						t.Errorf("sentence of %q = %q, want %q", c.Text, c.Sentence, tt.sentence)
					}
					if tt.in[c.SentenceStart:c.SentenceEnd] != c.Sentence {
						t.Errorf("sentence offsets [%d,%d) do not hold %q", c.SentenceStart, c.SentenceEnd, c.Sentence)
					}
					return
				}
			}
			t.Fatalf("no claim covering %q in %q", tt.claim, tt.in)
		})
	}
}

// TestQualifierCuesInLexicon checks that the last word of every qualifier
// cue is in the lexicon as a lexicon.QualEnd: the extractor looks for cues
// only before such a word.
func TestQualifierCuesInLexicon(t *testing.T) {
	for _, c := range qualifierCues {
		w := c.words[len(c.words)-1]
		if lexicon.At(lexicon.Lookup(w)).Cat&lexicon.QualEnd == 0 {
			t.Errorf("%q (ending %q) is not a lexicon.QualEnd", strings.Join(c.words, " "), w)
		}
	}
}
