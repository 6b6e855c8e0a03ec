package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestExtractFractions(t *testing.T) {
	p, m := factcheck.Percent, factcheck.Measure
	tests := []struct {
		name, in string
		want     []want
	}{
		{"'by half' after a verb of change and a sum in pounds is the change's share", "The company battles to cut its £95m pension deficit by half.", []want{
			{"£95m", factcheck.Money, "95000000", "", "GBP", ""}, {"half", p, "50", "", "", ""}}},
		{"a fraction right after a verb of change before 'to' and the level reached is the change's share, and 'half a billion' an amount, no range of shares", "Sales rose a third to 40,000 units. His pay rose about a quarter to half a billion yen.", []want{
			{"a third", p, "33.33", "", "", ""}, {"40,000 units", factcheck.Count, "40000", "", "", ""}, {"about a quarter", p, "25", "", "", factcheck.Approx}, {"half a billion yen", factcheck.Money, "500000000", "", "JPY", ""}}},
		{"a slash fraction 'by' a hedge after a verb of change, and a fraction before 'less' and a noun, are shares", "Costs fell by roughly 1/3 to EUR 900,000. The jets burn about a quarter less fuel per seat.", []want{
			{"roughly 1/3", p, "33.33", "", "", factcheck.Approx}, {"EUR 900,000", factcheck.Money, "900000", "", "EUR", ""}, {"about a quarter", p, "25", "", "", factcheck.Approx}}},
		{"a fraction before 'was' is a share", "Nearly half were built before 1965, and about a quarter was built before 1919.", []want{
			{"Nearly half", p, "50", "", "", factcheck.UpperBound}, {"1965", factcheck.Date, "1965", "", "", ""}, {"about a quarter", p, "25", "", "", factcheck.Approx}, {"1919", factcheck.Date, "1919", "", "", ""}}},
		{"a quarter point's increases after a percentage point named in the sentence are a rate's", "Powell had opened the door to a half-percentage-point hike, and economists had forecast three more quarter-point increases.", []want{
			{"a half-percentage-point hike", p, "0.5", "", "percentage point", ""}, {"three", factcheck.Count, "3", "", "", ""}, {"quarter-point increases", p, "0.25", "", "percentage point", ""}}},
		{"a fraction before a verb of opinion is a share; a quarter point's rises after a central bank named as its own are a rate's", "A third blamed stamp duty, and a quarter backed the plan. Costs rose after the Bank's four quarter-point rises since November.", []want{
			{"A third", p, "33.33", "", "", ""}, {"a quarter", p, "25", "", "", ""}, {"four", factcheck.Count, "4", "", "", ""}, {"quarter-point", p, "0.25", "", "percentage point", ""}}},
		{"'a sixth' before 'full' and a noun ranks; before 'full' alone it is a share", "She will not seek a sixth full term. Reservoirs are less than a third full.", []want{
			{"a sixth full term", factcheck.Ordinal, "6", "", "", ""}, {"less than a third full", p, "33.33", "", "", factcheck.UpperBound}}},
		{"'the remaining third' before a modal verb, and a bounded fraction before 'to', are shares", "Two-thirds of the crop was cut, and the remaining third should be in by Friday. Half goes to prizes and roughly a third to tax relief.", []want{
			{"Two-thirds of the crop", p, "66.67", "", "", ""}, {"third", p, "33.33", "", "", ""}, {"roughly a third", p, "33.33", "", "", factcheck.Approx}}},
		{"a fraction before a verb of what a share of things does is a share", "Of the cases, a third involve violent felonies.", []want{
			{"a third involve violent felonies", p, "33.33", "", "", ""}}},
		{"a fraction before a modal verb and a verb other than 'be' is a share; 'a second-quarter loss' ranks", "Only a third would back it. A third will be for the bank. It expects a second-quarter loss.", []want{
			{"a third", p, "33.33", "", "", ""}, {"A third", factcheck.Ordinal, "3", "", "", ""}, {"a second", factcheck.Ordinal, "2", "", "", ""}}},
		{"a fraction 'as' an adjective of degree is a share; an ordinal 'and final' ranks", "The pull is roughly a sixth as strong. Hubble was helped by a fifth and final servicing mission.", []want{
			{"roughly a sixth", p, "16.67", "", "", factcheck.Approx}, {"a fifth", factcheck.Ordinal, "5", "", "", ""}}},
		{"'one millionth' and a unit after a possessive ranks; a hyphenated quarter- or half-pound weighs", "The mine poured its one millionth ounce of gold. A hen eats about a quarter-pound of feed a day; he ate a half-pound burger.", []want{
			{"its one millionth ounce", factcheck.Ordinal, "1000000", "", "", ""}, {"about a quarter-pound", m, "0.25", "", "lb", factcheck.Approx}, {"a half-pound", m, "0.5", "", "lb", ""}}},
		{"a bounded fraction before a verb of doing is a share", "Only around a third do so.", []want{
			{"around a third", factcheck.Percent, "33.33", "", "", factcheck.Approx}}},
		{"a fraction bounded before a preposition is a share, no rank", "Gas fell to under a fifth for the first time.", []want{
			{"under a fifth", factcheck.Percent, "20", "", "", factcheck.UpperBound}, {"first", factcheck.Ordinal, "1", "", "", ""}}},
		{"a bounded fraction before a modal verb is a share (but 'a third will be' ranks)", "About a quarter would close entirely. One bank will lead and a third will be for a Swiss bank.", []want{
			{"About a quarter", factcheck.Percent, "25", "", "", factcheck.Approx}, {"a third", factcheck.Ordinal, "3", "", "", ""}}},
		{"the remaining share before a verb", "About three quarters of the guests chose the fish, and the remaining quarter had the lasagne.", []want{
			{"About three quarters of the guests", factcheck.Percent, "75", "", "", factcheck.Approx}, {"quarter", factcheck.Percent, "25", "", "", ""}}},
		{"a range of fractions of a cent is no date; a fraction a share fell from; a superlative's share", "Corn ended 1/4 to 1/2 cent higher. The pension should be restored to a quarter of average earnings, from less than a fifth now. The poorest third gained; the bottom tenth of earners lost.", []want{
			{"1/4 to 1/2 cent", factcheck.Money, "0.0025", "0.005", "USD", ""}, {"a quarter of average earnings", factcheck.Percent, "25", "", "", ""},
			{"less than a fifth", factcheck.Percent, "20", "", "", factcheck.UpperBound}, {"third", factcheck.Percent, "33.33", "", "", ""}, {"tenth of earners", factcheck.Percent, "10", "", "", ""}}},
		{"one of every six is a share", "Investors bought one of every six homes sold.", []want{
			{"one of every six homes", factcheck.Percent, "16.67", "", "", ""}}},
		{"a share of a sum after 'of which', a verb after it", "Premiums rose to 9.85 billion marks, of which roughly one third came from abroad.", []want{
			{"9.85 billion marks", factcheck.Money, "9850000000", "", "DEM", ""}, {"roughly one third", p, "33.33", "", "", factcheck.Approx}}},
		{"a range that 'between' opens with a fraction alone, its end a fraction, a word or digits with the unit after", "Margins will be cut to between 7/8 and one pct over Libor, between 3/4 and 7/8 pct, or between 7/8 and 1 pct; bonds rose between 1/2 and 3/4 point.", []want{
			{"between 7/8 and one pct", p, "0.875", "1", "percentage point", ""}, {"between 3/4 and 7/8 pct", p, "0.75", "0.875", "", ""},
			{"between 7/8 and 1 pct", p, "0.875", "1", "", ""}, {"between 1/2 and 3/4 point", m, "0.5", "0.75", "point", ""}}},
		{"points of a rate as a fraction after 'the', or in a fraction of more than one quarter", "For a worker, the half-percentage-point increase adds $400. Rates rose in a three-quarter-point move.", []want{
			{"half-percentage-point", p, "0.5", "", "percentage point", ""}, {"$400", factcheck.Money, "400", "", "USD", ""}, {"three-quarter-point", p, "0.75", "", "percentage point", ""}}},
		{"a return period in years, '1-in-200-year' or before 'return period' (but 'one in five' a share)", "It was a 1-in-200-year flood. Layers beyond the 1-in-100 return period saw cuts. One in five adults smoke.", []want{
			{"1-in-200-year", factcheck.Duration, "200", "", "year", ""}, {"1-in-100", factcheck.Duration, "100", "", "year", ""}, {"One in five adults smoke", p, "20", "", "", ""}}},
		{"a share of fifths or less a change started from ('up from a fifth', 'to a third from a fifth'), but a fifth term an ordinal", "Ads rose to a third of sales from a fifth. It was up from a fifth in 2020. She won a fifth term.", []want{
			{"a third of sales", p, "33.33", "", "", ""}, {"a fifth", p, "20", "", "", ""}, {"a fifth", p, "20", "", "", ""}, {"2020", factcheck.Date, "2020", "", "", ""},
			{"fifth", factcheck.Ordinal, "5", "", "", ""}}},
		{"a fraction of a scale after 'a further'", "Analysts expect a further quarter of a million teu of tonnage.", []want{
			{"a further quarter of a million teu", m, "250000", "", "TEU", ""}}},
		{"a fraction of a scale after a small count ('two parks cover'), not a sum for each quarter", "The two parks cover a quarter of a million hectares, losing 140,000 dlrs a quarter.", []want{
			{"two parks cover", factcheck.Count, "2", "", "", ""}, {"a quarter of a million hectares", m, "250000", "", "hectare", ""}, {"140,000 dlrs", factcheck.Money, "140000", "", "USD", ""}}},
		{"a change's share as a fraction in digits after 'by', no day even where numeric dates come month first; points' fractions after 'by' a range", "NEW YORK, March 3 - Exports dropped by 1/3 to 4,100 tonnes and output rose by 2/3 on 2022. Longer dates dipped by 1/4 to 1/2 point.", []want{
			{"1/3", p, "33.33", "", "", ""}, {"4,100 tonnes", m, "4100", "", "tonne", ""}, {"2/3", p, "66.67", "", "", ""}, {"2022", factcheck.Date, "2022", "", "", ""},
			{"1/4 to 1/2 point", m, "0.25", "0.5", "point", ""}}},
		{"a share of an amount said before, 'as much', and one thing in so many of its kind", "Growers get 1,000 dlrs a kilo, about a third as much, and one class in eight had 31 pupils.", []want{
			{"1,000 dlrs", factcheck.Money, "1000", "", "USD", ""}, {"about a third", factcheck.Percent, "33.33", "", "", factcheck.Approx}, {"one class in eight", factcheck.Percent, "12.5", "", "", ""}, {"31 pupils", factcheck.Count, "31", "", "", ""}}},
		{"a vulgar fraction glued to a decimal is a fraction of its last place", "Soybeans fell to $11.92½ a bushel; the pie took 1½ hours.", []want{
			{"$11.92½", factcheck.Money, "11.925", "", "USD", ""}, {"1½ hours", factcheck.Duration, "1.5", "", "hour", ""}}},
		{"a bounded share before a preposition, not a rank; a rank before its noun", "Two-thirds goes on care, leaving a little over a third for everything else and just over a quarter on roads. She won a third term.", []want{
			{"Two-thirds", p, "66.67", "", "", ""}, {"a little over a third", p, "33.33", "", "", factcheck.LowerBound}, {"just over a quarter", p, "25", "", "", factcheck.LowerBound}, {"a third term", factcheck.Ordinal, "3", "", "", ""}}},
		{"a share compared with another after 'against'", "Exports were half of sales, against about a third in recent years; foreigners may own two fifths, as against one fifth before.", []want{
			{"half of sales", factcheck.Percent, "50", "", "", ""}, {"about a third", factcheck.Percent, "33.33", "", "", factcheck.Approx}, {"two fifths", factcheck.Percent, "40", "", "", ""}, {"one fifth", factcheck.Percent, "20", "", "", ""}}},
		{"a share compared with another after 'compared with' and a bound, no share of the unit after it", "Two-thirds of listeners stream now, compared with fewer than a quarter a decade ago.", []want{
			{"Two-thirds of listeners", factcheck.Percent, "66.67", "", "", ""}, {"fewer than a quarter", factcheck.Percent, "25", "", "", factcheck.UpperBound}}},
		{"a quarter point of a rate, as a half point is", "Bank of New York said it raised its prime lending rate a quarter point to 7-3/4 pct.", []want{
			{"a quarter point", factcheck.Percent, "0.25", "", "percentage point", ""}, {"7-3/4 pct", factcheck.Percent, "7.75", "", "", ""}}},
		{"one thing in every so many of its kind", "One patient in every 250 is affected, and one household in three. Roughly one sample in eight failed.", []want{
			{"One patient in every 250", factcheck.Percent, "0.4", "", "", ""}, {"one household in three", factcheck.Percent, "33.33", "", "", ""}, {"Roughly one sample in eight", factcheck.Percent, "12.5", "", "", factcheck.Approx}}},
		{"a share after a bound before a verb in the past", "Just under a fifth tested positive; nearly a fifth failed.", []want{
			{"Just under a fifth", factcheck.Percent, "20", "", "", factcheck.UpperBound}, {"nearly a fifth", factcheck.Percent, "20", "", "", factcheck.UpperBound}}},
		{"a share of one percent", "Prices rose four-tenths of a percent, then half a percent; sales rose one-tenth of one pct.", []want{
			{"four-tenths of a percent", factcheck.Percent, "0.4", "", "", ""}, {"half a percent", factcheck.Percent, "0.5", "", "", ""}, {"one-tenth of one pct", factcheck.Percent, "0.1", "", "", ""}}},
		{"the share of a change after its noun and 'of'", "Rents saw a jump of nearly a fifth on last year.", []want{
			{"nearly a fifth", factcheck.Percent, "20", "", "", factcheck.UpperBound}}},
		{"a range of shares between two fractions", "Bonuses shrank by between a fifth and a quarter this year.", []want{
			{"between a fifth and a quarter", factcheck.Percent, "20", "25", "", ""}}},
		{"a share of a change right after its direction, no 'by'", "Wheat yields were down a fifth on last season, and emissions fell nearly a quarter from 2022.", []want{
			{"a fifth", factcheck.Percent, "20", "", "", ""}, {"nearly a quarter", factcheck.Percent, "25", "", "", factcheck.UpperBound}, {"2022", factcheck.Date, "2022", "", "", ""}}},
		{"a fraction's denominator written as an ordinal, points of a rate", "The notes carry interest of 1/8th of a point over the rate.", []want{
			{"1/8th of a point", factcheck.Percent, "0.125", "", "percentage point", ""}}},
		{"a fraction's denominator written as an ordinal, points of an index", "In London, the index of shares rose 3/4ths of a point.", []want{
			{"3/4ths of a point", factcheck.Measure, "0.75", "", "point", ""}}},
		{"a share cut in half", "Revenue from oil exports was cut in half last year.", []want{
			{"half", factcheck.Percent, "50", "", "", ""}}},
		{"a fee's parts", "Fees total 1-7/8 pct, with 1-1/4 for selling and 5/8 for management and underwriting.", []want{
			{"1-7/8 pct", factcheck.Percent, "1.875", "", "", ""}, {"1-1/4", factcheck.Percent, "1.25", "", "", ""}, {"5/8", factcheck.Percent, "0.625", "", "", ""}}},
		{"a fee's parts in basis points", "Fees total 15 basis points with five for selling and 10 for management and underwriting combined.", []want{
			{"15 basis points", factcheck.Measure, "15", "", "basis point", ""}, {"five", factcheck.Measure, "5", "", "basis point", ""}, {"10", factcheck.Measure, "10", "", "basis point", ""}}},
		{"a fraction of a point", "Government bonds showed gains ranging to 3/16 point, mostly due to sentiment.", []want{
			{"3/16 point", factcheck.Measure, "0.1875", "", "point", ""}}},
		{"fractions of a point as alternatives", "The market opened with further gains of 1/8 or 1/4 point.", []want{
			{"1/8", factcheck.Measure, "0.125", "", "point", ""}, {"1/4 point", factcheck.Measure, "0.25", "", "point", ""}}},
		{"a market's move in points, its direction after them", "Dry cargo futures closed 30 to 52\npoints lower. The stock was quoted one full point lower. Chelsea won by 30 points.", []want{
			{"30 to 52\npoints", factcheck.Measure, "30", "52", "point", ""}, {"one full point", factcheck.Measure, "1", "", "point", ""},
			{"30 points", factcheck.Count, "30", "", "", ""}}},
		{"32nds of a point running down", "At 0950 EDT, CBT T-bonds ranged from down 16/32 to 11/32 point, and closed 28/32 to 30/32 point lower.", []want{
			{"16/32 to 11/32 point", factcheck.Measure, "0.5", "0.34375", "point", ""}, {"28/32 to 30/32 point", factcheck.Measure, "0.875", "0.9375", "point", ""}}},
		{"a fraction in digits after 'and' ends a number in words, but not after a list's 'and'", "The margin will be 5/8 point over LIBOR in years five and six and 3/4 point over LIBOR thereafter, after rates fell one and 5/8 pct.", []want{
			{"5/8 point", factcheck.Percent, "0.625", "", "percentage point", ""}, {"3/4 point", factcheck.Percent, "0.75", "", "percentage point", ""}, {"one and 5/8 pct", factcheck.Percent, "1.625", "", "", ""}}},
		{"the rest of a whole after 'the remaining', alone or before 'of' (but a remaining game ranks)", "His children share the remaining third. The remaining quarter of the land went to the state. The remaining fifth game is on Sunday.", []want{
			{"third", factcheck.Percent, "33.33", "", "", ""}, {"quarter of the land", factcheck.Percent, "25", "", "", ""}, {"fifth game", factcheck.Ordinal, "5", "", "", ""}}},
		{"a fifth below a figure compared, and a quarter a change started from (but a fifth term ranks)", "Profit was about a fifth below the record. Losses fell to 22.6 percent, down from a quarter in 2021. He won a fifth term.", []want{
			{"about a fifth", factcheck.Percent, "20", "", "", factcheck.Approx}, {"22.6 percent", factcheck.Percent, "22.6", "", "", ""}, {"a quarter", factcheck.Percent, "25", "", "", ""}, {"2021", factcheck.Date, "2021", "", "", ""}, {"a fifth term", factcheck.Ordinal, "5", "", "", ""}}},
		{"a fraction short of a figure, or before a comparative that ends its clause (but a fifth lower court ranks)", "Additions were about a quarter short of the pace. Costs were a fifth lower. A fifth lower court ruled.", []want{
			{"about a quarter short", factcheck.Percent, "25", "", "", factcheck.Approx}, {"a fifth lower", factcheck.Percent, "20", "", "", ""}, {"A fifth lower court", factcheck.Ordinal, "5", "", "", ""}}},
		{"a bond issued at a price, a percentage of par", "The seven-year bond pays 11 pct and is being issued at 101 of par.", []want{
			{"seven-year", factcheck.Duration, "7", "", "year", ""}, {"11 pct", p, "11", "", "", ""}, {"101", p, "101", "", "", ""}}},
		{"a bond's issue price, a percentage of par, and a share's price, in eighths a dollar's", "The bonds are priced at 101-1/2 and pay a coupon of 7-1/4 pct. The issue price is 99.396. The shares are priced at 21-1/2.", []want{
			{"101-1/2", factcheck.Percent, "101.5", "", "", ""}, {"7-1/4 pct", factcheck.Percent, "7.25", "", "", ""}, {"99.396", factcheck.Percent, "99.396", "", "", ""}, {"21-1/2", factcheck.Money, "21.5", "", "USD", ""}}},
		{"half a holding", "PDVSA bought a half interest in the refinery, then the half stake of another, and half ownership of the plant.", []want{
			{"a half interest", p, "50", "", "", ""}, {"half stake", p, "50", "", "", ""}, {"half ownership", p, "50", "", "", ""}}},
		{"a whole and a fraction joined by and, a change to a fraction of a unit", "The margin was lowered from 1 and 1/8 to 7/8 of a pct over Libor.", []want{
			{"1 and 1/8", p, "1.125", "", "", ""}, {"7/8 of a pct", p, "0.875", "", "", ""}}},
		{"fractions of a point in a story of spreads over Libor", "Loans carry 13/16 pct over London Interbank Offered Rate (Libor). Manila came down to 7/8 points. They got a 1/16 reduction.", []want{
			{"13/16 pct", p, "0.8125", "", "percentage point", ""}, {"7/8 points", p, "0.875", "", "percentage point", ""}, {"1/16", p, "0.0625", "", "percentage point", ""}}},
		{"a part of a cent, and half a share", "Asarco raised its price by one-half cent to 26.50 cents, then a quarter cent. Each unit has a warrant to buy one-half share of common.", []want{
			{"one-half cent", factcheck.Money, "0.005", "", "USD", ""}, {"26.50 cents", factcheck.Money, "0.265", "", "USD", ""}, {"a quarter cent", factcheck.Money, "0.0025", "", "USD", ""},
			{"one-half share", factcheck.Count, "0.5", "", "", ""}}},
		{"a headline's change and level, its country said in capitals with dots", "ASARCO UPS U.S. LEAD PRICE 0.50 CT TO 26.50 CTS\n", []want{
			{"0.50 CT", factcheck.Money, "0.005", "", "USD", ""}, {"26.50 CTS", factcheck.Money, "0.265", "", "USD", ""}}},
		{"a bond's price in dealers' 32nds without their denominator, a '+' a 64th more", "The 7-1/2 pct bonds of 2016 were quoted at 97-24 bid, 99-16+ asked.", []want{
			{"7-1/2 pct", factcheck.Percent, "7.5", "", "", ""}, {"2016", factcheck.Date, "2016", "", "", ""}, {"97-24", factcheck.Measure, "97.75", "", "point", ""},
			{"99-16+", factcheck.Measure, "99.515625", "", "point", ""}}},
		{"a bond's move in 32nds where the sentence names a bond, in points unsaid; 32nds elsewhere no claim", "The 30-year bond was up 12/32 at 98-20/32. The recipe takes 3/32 of it.", []want{
			{"30-year", factcheck.Duration, "30", "", "year", ""}, {"12/32", factcheck.Measure, "0.375", "", "point", ""}, {"98-20/32", factcheck.Measure, "98.625", "", "point", ""}}},
		{"a fraction of a point with no benchmark in sight: points, no percentage points", "The stock fell 1/8 point; it got a 1/16 reduction.", []want{
			{"1/8 point", m, "0.125", "", "point", ""}}},
		{"fractions exact to six decimals, else to four, and of a percent", "Use a 3/8 inch bolt and 1/3 cup of oil; rates rose a slight 1/2 pct.", []want{
			{"3/8 inch", m, "0.375", "", "inch", ""}, {"1/3 cup", m, "0.3333", "", "cup", ""}, {"1/2 pct", p, "0.5", "", "", ""}}},
		{"a grain price's fraction of a cent", "CHICAGO, April 6 - Soybeans closed at 5.04-1/2 dlrs a bushel, up from 5.04-3/4; Conrac rose to 48-3/4.", []want{
			{"5.04-1/2 dlrs", factcheck.Money, "5.045", "", "USD", ""}, {"5.04-3/4", factcheck.Money, "5.0475", "", "USD", ""},
			{"48-3/4", factcheck.Count, "48.75", "", "", ""}}},
		{"a fraction more than a figure compared", "There were nearly 400 entries - a third more than last year, and a quarter fewer jobs than in 2003; a third man came.", []want{
			{"nearly 400 entries", factcheck.Count, "400", "", "", factcheck.UpperBound}, {"a third", p, "33.33", "", "", ""},
			{"a quarter", p, "25", "", "", ""}, {"2003", factcheck.Date, "2003", "", "", ""}, {"third", factcheck.Ordinal, "3", "", "", ""}}},
		{"an inch's sixty-fourths", "The well flowed through a 13/64 inch choke.", []want{
			{"13/64 inch", m, "0.203125", "", "inch", ""}}},
		{"vulgar fractions", "Stir in ½ cup of oats and ¾ teaspoon of salt.", []want{
			{"½ cup", m, "0.5", "", "cup", ""}, {"¾ teaspoon", m, "0.75", "", "teaspoon", ""}}},
		{"digits and a vulgar fraction", "The walk took 2½ hours.", []want{{"2½ hours", factcheck.Duration, "2.5", "", "hour", ""}}},
		{"digits, a space and a vulgar fraction; a vulgar fraction of", "Ingredients\n1 ½ cups quinoa\nSprinkle in ¼ of each spice. Add 2 ½ cups of water.", []want{
			{"1 ½ cups", m, "1.5", "", "cup", ""}, {"¼ of each spice", p, "25", "", "", ""}, {"2 ½ cups", m, "2.5", "", "cup", ""}}},
		{"slash fraction and a unit", "Add 2/3 cup of water.", []want{{"2/3 cup", m, "0.6667", "", "cup", ""}}},
		{"a bare spread over a benchmark, a spread's points before the word, a spread proposed before", "Manila offered interest at 5/8 over LIBOR, then 7/8 over the London interbank offered rate. " +
			"It guarantees a 7/8 point spread over LIBOR, up from the 5/8 points it proposed. It sold 5/8 of the shares.", []want{
			{"5/8", factcheck.Percent, "0.625", "", "percentage point", ""}, {"7/8", factcheck.Percent, "0.875", "", "percentage point", ""},
			{"7/8 point", factcheck.Percent, "0.875", "", "percentage point", ""}, {"5/8 points", factcheck.Percent, "0.625", "", "percentage point", ""},
			{"5/8 of the shares", factcheck.Percent, "62.5", "", "", ""}}},
		{"a fraction of one percent, a rate per annum, a term of mobiles", "It holds less than 1/10 of one pct and 7/8 of a pct over Libor; it makes 500,000 tonnes per annum for third generation (3G) phones.", []want{
			{"less than 1/10 of one pct", factcheck.Percent, "0.1", "", "", factcheck.UpperBound}, {"7/8 of a pct", factcheck.Percent, "0.875", "", "", ""},
			{"500,000 tonnes per annum", factcheck.Measure, "500000", "", "tonne per year", ""}}},
		{"a spread in pct over a benchmark is in points", "It pays no more than 5/8 pct above Libor and one pct over the prime rate; inflation is 3 pct.", []want{
			{"no more than 5/8 pct", factcheck.Percent, "0.625", "", "percentage point", factcheck.UpperBound}, {"one pct", factcheck.Percent, "1", "", "percentage point", ""},
			{"3 pct", factcheck.Percent, "3", "", "", ""}}},
		{"a spread's points over a rate", "The loan pays 13/16 points over London interbank offered rates (Libor).", []want{
			{"13/16 points", factcheck.Percent, "0.8125", "", "percentage point", ""}}},
		{"a rate's points after a change", "The interbank rate was down 1/8 point at 10 pct; rates fell a quarter point.", []want{
			{"1/8 point", p, "0.125", "", "percentage point", ""}, {"10 pct", p, "10", "", "", ""},
			{"a quarter point", p, "0.25", "", "percentage point", ""}}},
		{"a rate's points after its percentage points, not past a semicolon", "Interest is 1/4 percentage point over the rate for the first two years, rising to 3/8 point thereafter. Rates fell one full point; the team won by 1/2 point.", []want{
			{"1/4 percentage point", p, "0.25", "", "percentage point", ""}, {"two years", factcheck.Duration, "2", "", "year", ""}, {"3/8 point", p, "0.375", "", "percentage point", ""},
			{"one full point", p, "1", "", "percentage point", ""}, {"1/2 point", m, "0.5", "", "point", ""}}},
		{"a share by a year", "The elderly will be nearly a third by 2025.", []want{
			{"nearly a third", p, "33.33", "", "", factcheck.UpperBound}, {"2025", factcheck.Date, "2025", "", "", ""}}},
		{"a fifth after a bound, a sixth after by", "Nearly a fifth saying they were sick, it cut the jobless by a sixth, and she won a fifth term.", []want{
			{"Nearly a fifth", p, "20", "", "", factcheck.UpperBound}, {"a sixth", p, "16.67", "", "", ""}, {"fifth term", factcheck.Ordinal, "5", "", "", ""}}},
		{"slash fraction of", "Nearly 3/4 of the members agreed.", []want{{"3/4", p, "75", "", "", factcheck.UpperBound}}},
		{"slash fraction alone, no share (after 'on' a day, day first; before a noun a name)", "The match on 3/4 was delayed. Rates on 5/1 adjustable mortgages rose.", []want{{"3/4", factcheck.Date, "--04-03", "", "", ""}}},
		{"a fifth after a change", "Sales have dropped by a fifth this year.", []want{{"a fifth", p, "20", "", "", ""}}},
		{"fractions past a tenth", "Each month it may spend one-twelfth of the budget; five-sixteenths of it went.", []want{
			{"one-twelfth", p, "8.33", "", "", ""}, {"five-sixteenths", p, "31.25", "", "", ""}}},
		{"a twelfth win", "It was a twelfth straight win for the twelfth time.", []want{
			{"twelfth", factcheck.Ordinal, "12", "", "", ""}, {"twelfth", factcheck.Ordinal, "12", "", "", ""}}},
		{"a fifth term", "She won a fifth term.", []want{{"fifth", factcheck.Ordinal, "5", "", "", ""}}},
		{"one in five", "One in five adults smokes.", []want{{"One in five", p, "20", "", "", ""}}},
		{"one in every five of a measure is a share", "One in every five hectares was sown late.", []want{
			{"One in every five hectares", p, "20", "", "", ""}}},
		{"a couple of dozen", "A couple of dozen boats sank.", []want{{"A couple of dozen boats", factcheck.Count, "24", "", "", ""}}},
		{"a year and a half", "The trial lasted a year and a half.", []want{{"a year and a half", factcheck.Duration, "1.5", "", "year", ""}}},
		{"a length to its fraction with no verb of time", "A year and a half later, families were still in camps.", []want{{"A year and a half", factcheck.Duration, "1.5", "", "year", ""}}},
		{"a hundred and five", "The ship carried a hundred and five sailors.", []want{{"a hundred and five", factcheck.Count, "105", "", "", ""}}},
		{"a hundred and its units, then thousands", "It sold a hundred and twelve thousand album units.", []want{{"a hundred and twelve thousand album units", factcheck.Count, "112000", "", "", ""}}},
		{"a count that opens a sentence", "Twelve of the 40 seats changed hands.", []want{
			{"Twelve", factcheck.Count, "12", "", "", ""}, {"40 seats", factcheck.Count, "40", "", "", ""}}},
		{"a fraction of a scale in a currency", "The grant was a third of a billion euros, not three-quarters of a million pounds.", []want{
			{"a third of a billion euros", factcheck.Money, "333333333.333", "", "EUR", ""},
			{"three-quarters of a million pounds", factcheck.Money, "750000", "", "GBP", ""}}},
		{"a fraction of a scale of a unit", "Ships carry a quarter of a million tonnes.", []want{
			{"a quarter of a million tonnes", m, "250000", "", "tonne", ""}}},
		{"a fraction of a unit", "The road runs half a mile, or 3/4 of a kilometre, and takes a quarter of an hour.", []want{
			{"half a mile", m, "0.5", "", "mile", ""}, {"3/4 of a kilometre", m, "0.75", "", "km", ""},
			{"a quarter of an hour", factcheck.Duration, "0.25", "", "hour", ""}}},
		{"a fraction of a unit hyphenated", "With just over a quarter-of-an-hour gone, they had waited half-an-hour.", []want{
			{"just over a quarter-of-an-hour", factcheck.Duration, "0.25", "", "hour", factcheck.LowerBound},
			{"half-an-hour", factcheck.Duration, "0.5", "", "hour", ""}}},
		{"a quarter of a century, its article dropped", "Over that nearly quarter of a century the world changed.", []want{
			{"nearly quarter of a century", factcheck.Duration, "25", "", "year", factcheck.UpperBound}}},
		{"a mark on a scale out of its maximum is no share: a measure in its scale", "Its satisfaction score was 4.1 out of 5, and seven out of ten students agreed.", []want{
			{"4.1 out of 5", factcheck.Measure, "4.1", "", "out of 5", ""}, {"seven out of ten", factcheck.Percent, "70", "", "", ""}}},
		{"large counts out of large counts are two counts", "Smartphones will be 117 million out of 833 million handsets; nine out of ten agree.", []want{
			{"117 million", factcheck.Count, "117000000", "", "", ""}, {"833 million handsets", factcheck.Count, "833000000", "", "", ""},
			{"nine out of ten", factcheck.Percent, "90", "", "", ""}}},
		{"half a dozen, hyphenated or not", "It took half a dozen tries, then half-a-dozen and a half-dozen more.", []want{
			{"half a dozen tries", factcheck.Count, "6", "", "", ""}, {"half-a-dozen", factcheck.Count, "6", "", "", ""},
			{"half-dozen", factcheck.Count, "6", "", "", ""}}},
		{"a quarter and three-quarters after and, and a share compared below or above", "Sales were two and three-quarter times the prior week's level; it took two and a quarter hours; soybeans were nearly a third below the average.", []want{
			{"two and three-quarter times", factcheck.Measure, "2.75", "", "times", ""}, {"two and a quarter hours", factcheck.Duration, "2.25", "", "hour", ""},
			{"nearly a third", factcheck.Percent, "33.33", "", "", factcheck.UpperBound}}},
		{"fractions of change in words", "Profits fell by three quarters and debts by two-fifths.", []want{
			{"three quarters", p, "75", "", "", ""}, {"two-fifths", p, "40", "", "", ""}}},
		{"quarters of a year are no share", "In the three quarters to June, profits rose.", []want{
			{"three quarters", factcheck.Count, "3", "", "", ""}}},
		{"a quote's two sides, the second a fraction of the first's whole number", "Deposits rose to 6-1/2, 3/8 pct from 6-1/4, six pct; three-month at 5-1/8, 15/16 pct.", []want{
			{"6-1/2", p, "6.5", "", "", ""}, {"3/8 pct", p, "6.375", "", "", ""}, {"6-1/4", p, "6.25", "", "", ""}, {"six pct", p, "6", "", "", ""},
			{"three-month", factcheck.Duration, "3", "", "month", ""}, {"5-1/8", p, "5.125", "", "", ""}, {"15/16 pct", p, "4.9375", "", "", ""}}},
		{"no share of a whole or more", "The loss followed four quarters of modest profits.", []want{
			{"four quarters", factcheck.Count, "4", "", "", ""}}},
		{"a hyphenated ratio", "There is a one-in-five chance, and a 1-in-3 risk.", []want{
			{"one-in-five", factcheck.Percent, "20", "", "", ""}, {"1-in-3", factcheck.Percent, "33.33", "", "", ""}}},
		{"a share under a tenth of a percent in three significant figures", "Triplets occur in roughly one in 6,000 births, and one in 150 children is affected.", []want{
			{"one in 6,000", factcheck.Percent, "0.0167", "", "", factcheck.Approx}, {"one in 150", factcheck.Percent, "0.67", "", "", ""}}},
		{"a fraction before a verb in the plural is a share (but before a noun a rank)", "Only 12 of 36 hospitals work, meaning roughly a third remain open; a quarter said so. He won a third term.", []want{
			{"12", factcheck.Count, "12", "", "", ""}, {"36 hospitals", factcheck.Count, "36", "", "", ""}, {"roughly a third", factcheck.Percent, "33.33", "", "", factcheck.Approx}, {"a quarter", factcheck.Percent, "25", "", "", ""}, {"a third term", factcheck.Ordinal, "3", "", "", ""}}},
		{"a fraction before 'full' is a share", "The reservoirs are now less than a third full.", []want{
			{"less than a third", factcheck.Percent, "33.33", "", "", factcheck.UpperBound}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}
