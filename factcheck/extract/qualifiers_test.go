package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestExtractQualifiers(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"a bound after a verb negated by 'cannot' turns, as after 'do not'", "Interest cannot rise above 11.50 pct, and it cannot buy more than 15 pct of the stock.", []want{
			{"above 11.50 pct", factcheck.Percent, "11.5", "", "", factcheck.UpperBound}, {"more than 15 pct", factcheck.Percent, "15", "", "", factcheck.UpperBound}}},
		{"a sum said again after 'or' keeps the estimate of the sum before it", "It expects a charge of about 686,000 dlrs or 19 cts per share.", []want{
			{"about 686,000 dlrs", factcheck.Money, "686000", "", "USD", factcheck.Approx}, {"19 cts", factcheck.Money, "0.19", "", "USD", factcheck.Approx}}},
		{"'within the next' a most; 'up to an additional' a most; a figure after 'estimated' and a noun phrase ending in 'of' an estimate", "It will trade futures within the next two years. Underwriters may buy up to an additional 322,500 shares. It was built at an estimated cost of $694 million.", []want{
			{"two years", factcheck.Duration, "2", "", "year", factcheck.UpperBound}, {"322,500 shares", factcheck.Count, "322500", "", "", factcheck.UpperBound},
			{"$694 million", factcheck.Money, "694000000", "", "USD", factcheck.Approx}}},
		{"a most after a verb negated is a least", "In Phoenix the overnight low did not fall below 90F.", []want{
			{"below 90F", factcheck.Measure, "90", "", "°F", factcheck.LowerBound}}},
		{"'over' a length of time after a figure or a word of its own phrase is the time it took (but after a preposition, a verb of waiting or passing, or before 'ago' or 'behind', a bound)", "Nearly 40 amendments were offered over two days. He had spent over 22 months in jail. She finished over a minute behind the winner. Jurors deliberated for 11 hours over two days.", []want{
			{"40 amendments", factcheck.Count, "40", "", "", factcheck.UpperBound}, {"two days", factcheck.Duration, "2", "", "day", factcheck.Exact},
			{"over 22 months", factcheck.Duration, "22", "", "month", factcheck.LowerBound}, {"over a minute", factcheck.Duration, "1", "", "minute", factcheck.LowerBound},
			{"11 hours", factcheck.Duration, "11", "", "hour", factcheck.Exact}, {"two days", factcheck.Duration, "2", "", "day", factcheck.Exact}}},
		{"'as low as' gives the lowest reached; 'under' before a term's adjective is a preposition; 'beyond' a least, but not of a date", "Rates fell as low as 60%. Firms run them under five-year contracts. His spell runs beyond 22 years and beyond March 2024.", []want{
			{"as low as 60%", factcheck.Percent, "60", "", "", factcheck.Exact}, {"five-year", factcheck.Duration, "5", "", "year", factcheck.Exact},
			{"beyond 22 years", factcheck.Duration, "22", "", "year", factcheck.LowerBound}, {"March 2024", factcheck.Date, "2024-03", "", "", factcheck.Exact}}},
		{"a lower bound after a verb negated is a most; an age with '+' or 'and up' a least; 'over' a length of time after a verb of spreading and its object spreads", "Do not take more than eight tablets. Don't store it above 25C. For 2-6 players aged 8+, and ages 12 and up. They seek to reschedule loans over five years.", []want{
			{"more than eight tablets", factcheck.Count, "8", "", "", factcheck.UpperBound}, {"above 25C", factcheck.Measure, "25", "", "°C", factcheck.UpperBound},
			{"2-6 players", factcheck.Count, "2", "6", "", ""}, {"8+", factcheck.Duration, "8", "", "year", factcheck.LowerBound}, {"12 and up", factcheck.Duration, "12", "", "year", factcheck.LowerBound},
			{"five years", factcheck.Duration, "5", "", "year", factcheck.Exact}}},
		{"'over' after a verb of handing on is its particle, no bound", "The Game handed over $103,500, and Boeing handed over 396 737s last year, as it took over 12 hours.", []want{
			{"$103,500", factcheck.Money, "103500", "", "USD", ""}, {"396", factcheck.Count, "396", "", "", ""}, {"over 12 hours", factcheck.Duration, "12", "", "hour", factcheck.LowerBound}}},
		{"a forecast revised up to a level past a possessive and its nouns is no bound; a range spread over years", "TOKYO, Oct 30 - The agency revised its fiscal 1987 growth forecast up to 3.5 pct from 3.0. Germany put 500m euros over three to five years.", []want{
			{"1987", factcheck.Date, "1987", "", "", ""}, {"3.5 pct", factcheck.Percent, "3.5", "", "", ""}, {"3.0", factcheck.Percent, "3", "", "", ""},
			{"500m euros", factcheck.Money, "500000000", "", "EUR", ""}, {"three to five years", factcheck.Duration, "3", "5", "year", ""}}},
		{"'Approx.' with its stop, a sum crossed or passed and a figure surpassed are bounds", "Approx. 1,200 officers took part. The film crossed $1 billion, the tour was the first to pass US$1 billion, and stocks surpassed 1.9 billion bushels.", []want{
			{"Approx. 1,200 officers", factcheck.Count, "1200", "", "", factcheck.Approx}, {"crossed $1 billion", factcheck.Money, "1000000000", "", "USD", factcheck.LowerBound},
			{"the first", factcheck.Ordinal, "1", "", "", ""}, {"pass US$1 billion", factcheck.Money, "1000000000", "", "USD", factcheck.LowerBound},
			{"surpassed 1.9 billion bushels", factcheck.Measure, "1900000000", "", "bushel", factcheck.LowerBound}}},
		{"'over' a length of time that payments, arrears or spending are spread over is no bound, its own cue kept; 'for over' is", "It stretches payments over 14 years and reschedules arrears over seven years, to be spent over 25 years; it costs $1 trillion over a decade, with payments over about two years. It ran for over 20 years.", []want{
			{"14 years", factcheck.Duration, "14", "", "year", ""}, {"seven years", factcheck.Duration, "7", "", "year", ""}, {"25 years", factcheck.Duration, "25", "", "year", ""},
			{"$1 trillion", factcheck.Money, "1000000000000", "", "USD", ""}, {"a decade", factcheck.Duration, "10", "", "year", ""}, {"about two years", factcheck.Duration, "2", "", "year", factcheck.Approx},
			{"over 20 years", factcheck.Duration, "20", "", "year", factcheck.LowerBound}}},
		{"'sub-' before a figure bounds it from above, and stays out of an ordinal's noun", "A sub-$1,000 phone, a sub-10% rate and the sub-4-minute mile; his third sub-20 run. A sub-Saharan state.", []want{
			{"sub-$1,000", factcheck.Money, "1000", "", "USD", factcheck.UpperBound}, {"sub-10% rate", factcheck.Percent, "10", "", "", factcheck.UpperBound},
			{"sub-4-minute", factcheck.Duration, "4", "", "minute", factcheck.UpperBound}, {"his third", factcheck.Ordinal, "3", "", "", ""}, {"sub-20", factcheck.Count, "20", "", "", factcheck.UpperBound}}},
		{"a figure bounded by 'sub-' in the unit of time of a race's time before it", "He clocked 9.91sec, his fourth sub-10 run. The crew clocked 5:58.3, the first sub-6 time.", []want{
			{"9.91sec", factcheck.Duration, "9.91", "", "second", ""}, {"his fourth", factcheck.Ordinal, "4", "", "", ""}, {"sub-10", factcheck.Duration, "10", "", "second", factcheck.UpperBound},
			{"5:58.3", factcheck.Duration, "358.3", "", "second", ""}, {"the first", factcheck.Ordinal, "1", "", "", ""}, {"sub-6 time", factcheck.Duration, "6", "", "minute", factcheck.UpperBound}}},
		{"nearly all of a figure: 'the best part of', 'the better part of', 'the thick end of'", "It took the best part of a week, the better part of three weeks and the thick end of an hour, for the best part of £3bn.", []want{
			{"the best part of a week", factcheck.Duration, "1", "", "week", factcheck.UpperBound}, {"the better part of three weeks", factcheck.Duration, "3", "", "week", factcheck.UpperBound},
			{"the thick end of an hour", factcheck.Duration, "1", "", "hour", factcheck.UpperBound}, {"the best part of £3bn", factcheck.Money, "3000000000", "", "GBP", factcheck.UpperBound}}},
		{"bounds that take their value in, and comparatives of size; a bound sign with '='", "A cap of less than or equal to 100 people, greater than or equal to 50 firms, equal to or more than 30 days, larger than 10 and smaller than 20 units, >= 30 cars.", []want{
			{"less than or equal to 100 people", factcheck.Count, "100", "", "", factcheck.UpperBound}, {"greater than or equal to 50 firms", factcheck.Count, "50", "", "", factcheck.LowerBound},
			{"equal to or more than 30 days", factcheck.Duration, "30", "", "day", factcheck.LowerBound}, {"larger than 10", factcheck.Count, "10", "", "", factcheck.LowerBound},
			{"smaller than 20 units", factcheck.Count, "20", "", "", factcheck.UpperBound}, {">= 30 cars", factcheck.Count, "30", "", "", factcheck.LowerBound}}},
		{"'inside' a length of time bounds it as 'within' does", "Boss Eddie Howe wants the deal done inside a fortnight. He scored inside 10 minutes.", []want{
			{"inside a fortnight", factcheck.Duration, "2", "", "week", factcheck.UpperBound}, {"inside 10 minutes", factcheck.Duration, "10", "", "minute", factcheck.UpperBound}}},
		{"on the order of", "NEW YORK, March 13 - PDVSA will pay on the order of 30 mln dlrs, in the region of 40 mln dlrs with fees.", []want{
			{"on the order of 30 mln dlrs", factcheck.Money, "30000000", "", "USD", factcheck.Approx}, {"in the region of 40 mln dlrs", factcheck.Money, "40000000", "", "USD", factcheck.Approx}}},
		{"a verb of topping a figure after a modal in a headline, and a rank's top", "ACME LOSS MAY TOP 20 CTS\n    ATLANTA, April 28 - Imports could top 50 pct. The song reached the top 10.", []want{
			{"TOP 20 CTS", factcheck.Money, "0.2", "", "USD", factcheck.LowerBound}, {"top 50 pct", factcheck.Percent, "50", "", "", factcheck.LowerBound}, {"top 10", factcheck.Ordinal, "10", "", "", factcheck.UpperBound}}},
		{"a verb of topping a figure, and a rank's top", "The surplus was projected to top 10 billion dlrs. Sales topped 5 mln dlrs. The song reached the top 10.", []want{
			{"top 10 billion dlrs", factcheck.Money, "10000000000", "", "USD", factcheck.LowerBound}, {"topped 5 mln dlrs", factcheck.Money, "5000000", "", "USD", factcheck.LowerBound},
			{"top 10", factcheck.Ordinal, "10", "", "", factcheck.UpperBound}}},
		{"signs of comparison glued to the number", "In the trial >80% of mice and ≥12 dogs responded, at p <0.01 and ≈300 doses.", []want{
			{">80% of mice", factcheck.Percent, "80", "", "", factcheck.LowerBound}, {"≥12 dogs", factcheck.Count, "12", "", "", factcheck.LowerBound},
			{"<0.01", factcheck.Measure, "0.01", "", "p-value", factcheck.UpperBound}, {"≈300 doses", factcheck.Count, "300", "", "", factcheck.Approx}}},
		{"a bound before about wins", "Repairs may take up to about six weeks.", []want{{"up to about six weeks", factcheck.Duration, "6", "", "week", factcheck.UpperBound}}},
		{"a bound with the word that says it is near", "It holds a little more than 1,800 billion yen, slightly more than 20 pct, just below 50 tonnes and a little under 2 mln dlrs.", []want{
			{"a little more than 1,800 billion yen", factcheck.Money, "1800000000000", "", "JPY", factcheck.LowerBound},
			{"slightly more than 20 pct", factcheck.Percent, "20", "", "", factcheck.LowerBound},
			{"just below 50 tonnes", factcheck.Measure, "50", "", "tonne", factcheck.UpperBound},
			{"a little under 2 mln dlrs", factcheck.Money, "2000000", "", "USD", factcheck.UpperBound}}},
		{"limits bound from above", "Stays could not exceed 96 hours, bags were limited to two pieces and fees capped at 2 pct, not to exceed 10.1 mln dlrs.", []want{
			{"not exceed 96 hours", factcheck.Duration, "96", "", "hour", factcheck.UpperBound},
			{"limited to two pieces", factcheck.Count, "2", "", "", factcheck.UpperBound},
			{"capped at 2 pct", factcheck.Percent, "2", "", "", factcheck.UpperBound},
			{"not to exceed 10.1 mln dlrs", factcheck.Money, "10100000", "", "USD", factcheck.UpperBound}}},
		{"a figure someone estimates", "The organiser estimates 5,000-8,000 people watch.", []want{
			{"estimates 5,000-8,000 people", factcheck.Count, "5000", "8000", "", factcheck.Approx}}},
		{"a year someone estimates for", "The firm estimates 1987 earnings at 3.10 dlrs.", []want{
			{"1987", factcheck.Date, "1987", "", "", ""}, {"3.10 dlrs", factcheck.Money, "3.1", "", "USD", factcheck.Approx}}},
		{"points of a player are counted", "Smith scored 31 points.", []want{{"31 points", factcheck.Count, "31", "", "", ""}}},
		{"points of an index are measured", "The Nikkei index rose 120 points.", []want{{"120 points", factcheck.Measure, "120", "", "point", ""}}},
		{"points of a futures contract are measured", "Cocoa was steady. Near July fell 45 points and the May contract rose 12 points.", []want{
			{"45 points", factcheck.Measure, "45", "", "point", ""}, {"12 points", factcheck.Measure, "12", "", "point", ""}}},
		{"as high as", "Gusts were as high as 90 mph.", []want{{"as high as 90 mph", factcheck.Measure, "90", "", "mph", factcheck.UpperBound}}},
		{"neared", "The toll neared 300 deaths.", []want{{"neared 300", factcheck.Count, "300", "", "", factcheck.UpperBound}}},
		{"near", "Rates stayed near 5%.", []want{{"near 5%", factcheck.Percent, "5", "", "", factcheck.Approx}}},
		{"a near", "Sales hit a near 10-year low.", []want{{"10-year", factcheck.Duration, "10", "", "year", ""}}},
		{"only one part of", "It is only one part of the plan.", nil},
		{"no less than", "It cost no less than $9m.", []want{{"no less than $9m", factcheck.Money, "9000000", "", "USD", factcheck.LowerBound}}},
		{"or greater", "A 40% or greater chance of rain.", []want{{"40% or greater", factcheck.Percent, "40", "", "", factcheck.LowerBound}}},
		{"or less", "Trips of 3 miles or less are free.", []want{{"3 miles or less", factcheck.Measure, "3", "", "mile", factcheck.UpperBound}}},
		{"a conversion keeps the bound", "It is less than 50 miles (80 km) away.", []want{
			{"less than 50 miles", factcheck.Measure, "50", "", "mile", factcheck.UpperBound}, {"80 km", factcheck.Measure, "80", "", "km", factcheck.UpperBound}}},
		{"a bound before the next", "It will run for at least the next 20 years.", []want{
			{"at least the next 20 years", factcheck.Duration, "20", "", "year", factcheck.LowerBound}}},
		{"a bound before the", "Bitcoin stayed above the $60,000 mark.", []want{
			{"above the $60,000", factcheck.Money, "60000", "", "USD", factcheck.LowerBound}}},
		{"about the last is a topic", "A film about the last two miners.", []want{{"two miners", factcheck.Count, "2", "", "", ""}}},
		{"over the past is no bound", "Prices rose over the past 10 years.", []want{{"10 years", factcheck.Duration, "10", "", "year", ""}}},
		{"an estimate at", "Analysts estimate the cost at $4bn.", []want{{"$4bn", factcheck.Money, "4000000000", "", "USD", factcheck.Approx}}},
		{"put at is no estimate", "Polls put support at 18%.", []want{{"18%", factcheck.Percent, "18", "", "", ""}}},
		{"only one", "There is only one bridge left.", []want{{"one bridge", factcheck.Count, "1", "", "", ""}}},
		{"one beside a second count", "There was one death and four injuries.", []want{
			{"one death", factcheck.Count, "1", "", "", ""}, {"four injuries", factcheck.Count, "4", "", "", ""}}},
		{"one more", "They have only one more game to play.", []want{{"one more game", factcheck.Count, "1", "", "", ""}}},
		{"a bound before the article of a multiple", "It found about a four-fold gap and nearly a tenfold rise.", []want{
			{"about a four-fold", factcheck.Measure, "4", "", "times", factcheck.Approx}, {"nearly a tenfold", factcheck.Measure, "10", "", "times", factcheck.UpperBound}}},
		{"no bound before the article of a length", "It ran over a 10-year span.", []want{{"10-year", factcheck.Duration, "10", "", "year", ""}}},
		{"a bound before the article of any figure, and of 'a record'", "It would produce about a 133 billion dlr deficit, and at least a record 6.5 mln bags, more than a 90% share.", []want{
			{"about a 133 billion dlr", factcheck.Money, "133000000000", "", "USD", factcheck.Approx}, {"at least a record 6.5 mln bags", factcheck.Count, "6500000", "", "", factcheck.LowerBound},
			{"more than a 90% share", factcheck.Percent, "90", "", "", factcheck.LowerBound}}},
		{"no bound from a preposition or a comparison before an article", "A film about an 18-year-old, higher than a 25-dlr offer, under a 5-year plan.", []want{
			{"18-year-old", factcheck.Duration, "18", "", "year", ""}, {"25-dlr", factcheck.Money, "25", "", "USD", ""}, {"5-year", factcheck.Duration, "5", "", "year", ""}}},
		{"issued over a term", "The bonds were issued over 13 years and 80 days.", []want{
			{"13 years", factcheck.Duration, "13", "", "year", ""}, {"80 days", factcheck.Duration, "80", "", "day", ""}}},
		{"one alone is no claim", "One man said it was just one example.", nil},
		{"one in a toll", "One worker was killed and the storm wrecked one barn.", []want{{"One worker", factcheck.Count, "1", "", "", ""}}},
		{"one after a verb of damage", "The fire destroyed one warehouse; crews saved one house.", []want{
			{"one warehouse", factcheck.Count, "1", "", "", ""}}},
		{"one bounded, or one more", "The juror spoke to at least one defendant. She would love one more child, one more time.", []want{
			{"at least one defendant", factcheck.Count, "1", "", "", factcheck.LowerBound}, {"one more child", factcheck.Count, "1", "", "", ""}}},
		{"one after a rescue of", "The rescue of one miner took hours.", []want{{"one miner", factcheck.Count, "1", "", "", ""}}},
		{"one of, or across a relative pronoun", "One of the guards was hurt. It was one shop that killed the mood.", nil},
		{"a name on the line before", "Ingredients\n2 eggs", []want{{"2 eggs", factcheck.Count, "2", "", "", ""}}},
		{"topping", "Bequests topping £80,000 were listed.", []want{{"topping £80,000", factcheck.Money, "80000", "", "GBP", factcheck.LowerBound}}},
		{"a cue before a quote", `He said about "40% of staff will leave".`, []want{{"about \"40%", factcheck.Percent, "40", "", "", factcheck.Approx}}},
		{"a bound after a conversion bounds both", "Households earning $90,000 (£48,000) or more.", []want{
			{"$90,000", factcheck.Money, "90000", "", "USD", factcheck.LowerBound}, {"£48,000", factcheck.Money, "48000", "", "GBP", factcheck.LowerBound}}},
		{"up to after a verb and its object", "Good reviews pushed its takings up to $8.2m (£4.4m).", []want{
			{"$8.2m", factcheck.Money, "8200000", "", "USD", ""}, {"£4.4m", factcheck.Money, "4400000", "", "GBP", ""}}},
		{"up to after a verb that goes up by itself", "The unemployment rate went up to 5.5% from 5.4%; prices rose up to 10% in places.", []want{
			{"5.5%", factcheck.Percent, "5.5", "", "", ""}, {"5.4%", factcheck.Percent, "5.4", "", "", ""},
			{"up to 10%", factcheck.Percent, "10", "", "", factcheck.UpperBound}}},
		{"up to after a revision", "It revised the shortage up to 850 mln stg from 750 mln; growth was revised up to 8.2%.", []want{
			{"850 mln stg", factcheck.Money, "850000000", "", "GBP", ""}, {"750 mln", factcheck.Money, "750000000", "", "GBP", ""},
			{"8.2%", factcheck.Percent, "8.2", "", "", ""}}},
		{"up to after what can be", "It can push speeds up to 40 mph.", []want{{"up to 40 mph", factcheck.Measure, "40", "", "mph", factcheck.UpperBound}}},
		{"up to after the verb bounds", "The repair could take up to nine days; shipping it takes up to a week.", []want{
			{"up to nine days", factcheck.Duration, "9", "", "day", factcheck.UpperBound}, {"up to a week", factcheck.Duration, "1", "", "week", factcheck.UpperBound}}},
		{"over a length after a figure spreads it", "The plan costs $2.3bn over 10 years and cuts 900 jobs over two years; loans are repayable over 18 years.", []want{
			{"$2.3bn", factcheck.Money, "2300000000", "", "USD", ""}, {"10 years", factcheck.Duration, "10", "", "year", ""},
			{"900 jobs", factcheck.Count, "900", "", "", ""}, {"two years", factcheck.Duration, "2", "", "year", ""},
			{"18 years", factcheck.Duration, "18", "", "year", ""}}},
		{"over a length after a verb of repaying spreads", "Debts will be rescheduled over 10 years and are payable over six years; it has lasted over 10 years.", []want{
			{"10 years", factcheck.Duration, "10", "", "year", factcheck.Exact}, {"six years", factcheck.Duration, "6", "", "year", factcheck.Exact},
			{"over 10 years", factcheck.Duration, "10", "", "year", factcheck.LowerBound}}},
		{"a second conversion in brackets bounded as the first", "It faces a fine of up to 200,000 yuan ($24,000; £12,700) for it.", []want{
			{"up to 200,000 yuan", factcheck.Money, "200000", "", "CNY", factcheck.UpperBound}, {"$24,000", factcheck.Money, "24000", "", "USD", factcheck.UpperBound},
			{"£12,700", factcheck.Money, "12700", "", "GBP", factcheck.UpperBound}}},
		{"approximate before a sum", "It reschedules part of the country's approximate 19 billion dlrs of debt.", []want{
			{"approximate 19 billion dlrs", factcheck.Money, "19000000000", "", "USD", factcheck.Approx}}},
		{"over a length after a sum in savings spreads", "It cuts 1.6 billion dlrs, for a total of 5.3 billion dlrs in saving over three years.", []want{
			{"1.6 billion dlrs", factcheck.Money, "1600000000", "", "USD", ""}, {"5.3 billion dlrs", factcheck.Money, "5300000000", "", "USD", ""},
			{"three years", factcheck.Duration, "3", "", "year", factcheck.Exact}}},
		{"over a length after paid spreads", "The loans are to be paid over 10\nyears; it paid over 20 mln dlrs.", []want{
			{"10\nyears", factcheck.Duration, "10", "", "year", factcheck.Exact}, {"over 20 mln dlrs", factcheck.Money, "20000000", "", "USD", factcheck.LowerBound}}},
		{"over a length bounds after for or in", "He taught 30 pupils for over 20 years, the first time in over three years.", []want{
			{"30 pupils", factcheck.Count, "30", "", "", ""}, {"over 20 years", factcheck.Duration, "20", "", "year", factcheck.LowerBound},
			{"first", factcheck.Ordinal, "1", "", "", ""}, {"over three years", factcheck.Duration, "3", "", "year", factcheck.LowerBound}}},
		{"over an age or a bucket bounds", "It sold 2m copies in little over two years to 11m voters over 60.\n5.5 pct\nOver 90 days 6 pct", []want{
			{"2m copies", factcheck.Count, "2000000", "", "", ""}, {"over two years", factcheck.Duration, "2", "", "year", factcheck.LowerBound},
			{"11m voters", factcheck.Count, "11000000", "", "", ""}, {"over 60", factcheck.Duration, "60", "", "year", factcheck.LowerBound},
			{"5.5 pct", factcheck.Percent, "5.5", "", "", ""}, {"Over 90 days", factcheck.Duration, "90", "", "day", factcheck.LowerBound},
			{"6 pct", factcheck.Percent, "6", "", "", ""}}},
		{"a qualifier across a wrapped line", "Output fell to more than\n200 tonnes.", []want{{"200 tonnes", factcheck.Measure, "200", "", "tonne", factcheck.LowerBound}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}
