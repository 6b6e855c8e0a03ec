package extract

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestExtractBasisPointsAndMoneyRanges(t *testing.T) {
	p, m, me := factcheck.Percent, factcheck.Money, factcheck.Measure
	tests := []struct {
		name, in string
		want     []want
	}{
		{"a move and a level, the unit said twice, the level more than twenty times the move", "It is raising prices on its pickup truck 200 dlrs to 7,199 dlrs and Pathfinder XE 100 dlrs to 14,999 dlrs.", []want{
			{"200 dlrs", m, "200", "", "USD", ""}, {"7,199 dlrs", m, "7199", "", "USD", ""}, {"100 dlrs", m, "100", "", "USD", ""}, {"14,999 dlrs", m, "14999", "", "USD", ""}}},
		{"a dealer's quotes of rates in fractions after a rate in percent need no 'pct', nor does a move in points between them", "SINGAPORE, March 3 - Fed funds were at 6-1/8 pct. Overnight was little changed at 6-5/16 6-3/16 and week-fixed rose 1/16 point to 6-3/8 6-1/4.", []want{
			{"6-1/8 pct", factcheck.Percent, "6.125", "", "", ""}, {"6-5/16 6-3/16", factcheck.Percent, "6.3125", "6.1875", "", ""}, {"1/16 point", factcheck.Percent, "0.0625", "", "percentage point", ""}, {"6-3/8 6-1/4", factcheck.Percent, "6.375", "6.25", "", ""}}},
		{"a market's moves from one direction to the other, each end signed", "CHICAGO, April 7 - Live hog futures closed 0.82 cent higher\nto 0.02 lower. Bills were 7 basis points lower to 2 basis points higher.", []want{
			{"0.82 cent higher\nto 0.02 lower", factcheck.Money, "0.0082", "-0.0002", "USD", ""}, {"7 basis points lower to 2 basis points higher", factcheck.Measure, "-7", "2", "basis point", ""}}},
		{"a market's move from unchanged in a headline's slash, but not from steady", "OMAHA HOGS UNCH/UP 0.50 DLR\n    Omaha, April 7 - Cattle prices opened steady to 0.25 dlr higher, private sources said.\n", []want{
			{"UNCH/UP 0.50 DLR", factcheck.Money, "0", "0.5", "USD", ""}, {"0.25 dlr", factcheck.Money, "0.25", "", "USD", ""}}},
		{"a range of fractions ending in a mixed number before its unit, not a stock's move to its price", "NEW YORK, March 3 - Snow equals 1/2 to 1-1/2 inches of water. Exxon Corp rose 1/4 to 20-1/2.", []want{
			{"1/2 to 1-1/2 inches", factcheck.Measure, "0.5", "1.5", "inch", ""}, {"1/4", factcheck.Money, "0.25", "", "USD", ""}, {"20-1/2", factcheck.Money, "20.5", "", "USD", ""}}},
		{"a market's move from unchanged, a range from nothing", "Crude futures are called unchanged to five cts weaker. Product futures are due to open unchanged to 0.25 cent lower, and wheat unch to 1/4 cent higher. Yen gold was unchanged to eight yen per gram higher.", []want{
			{"unchanged to five cts", factcheck.Money, "0", "0.05", "USD", ""}, {"unchanged to 0.25 cent", factcheck.Money, "0", "0.0025", "USD", ""}, {"unch to 1/4 cent", factcheck.Money, "0", "0.0025", "USD", ""},
			{"unchanged to eight yen", factcheck.Money, "0", "8", "JPY", ""}}},
		{"a figure compared by a quote's mark, no noun of its own", "The yield closed at 3.905 pct against the 3.955 close yesterday.", []want{
			{"3.905 pct", factcheck.Percent, "3.905", "", "", ""}, {"3.955 close", factcheck.Percent, "3.955", "", "", ""}}},
		{"a change from a year's figure, told in the year's possessive", "Profits rose from 1985's 110.1 mln stg to 178.1 mln stg in 1986.", []want{
			{"1985", factcheck.Date, "1985", "", "", ""}, {"110.1 mln stg", factcheck.Money, "110100000", "", "GBP", ""}, {"178.1 mln stg", factcheck.Money, "178100000", "", "GBP", ""}, {"1986", factcheck.Date, "1986", "", "", ""}}},
		{"a dealer's quote to four places with no currency, the offer past a round figure or after a hyphen", "    N.Z. Dlr....0.5698/05\n    Aust Dlr....0.7076/81\nIt bought dollars around 137.80-85 yen; growth was 0.5-8 pct.", []want{
			{"0.5698/05", factcheck.Count, "0.5698", "0.5705", "", ""}, {"0.7076/81", factcheck.Count, "0.7076", "0.7081", "", ""}, {"around 137.80-85 yen", factcheck.Money, "137.8", "137.85", "JPY", factcheck.Approx}, {"0.5-8 pct", factcheck.Percent, "0.5", "8", "", ""}}},
		{"prices glued by a hyphen in a table's row are ranges, no scores", " U.S. 1-2 210-240  49.25-50.00  50.00-51.25\n actual year ago                  9,100\n week ago                         8,800\n", []want{
			{"210-240", factcheck.Count, "210", "240", "", ""}, {"49.25-50.00", factcheck.Count, "49.25", "50", "", ""}, {"50.00-51.25", factcheck.Count, "50", "51.25", "", ""}, {"9,100", factcheck.Count, "9100", "", "", ""}, {"8,800", factcheck.Count, "8800", "", "", ""}}},
		{"a dealer's quote in fractions, its offer first, and a move and a level in two scales said once for two", "Three months ended at 5-1/16 to 4-7/8 pct and overnight at 3-1/2 to three pct. Fed funds ranged from 6-3/16 to 6-1/8 pct. Deposits rose 589 mln to 45.10 billion in January and 140 mln to 43.80 billion a year before.", []want{
			{"Three months", factcheck.Duration, "3", "", "month", ""}, {"5-1/16 to 4-7/8 pct", factcheck.Percent, "5.0625", "4.875", "", ""}, {"3-1/2 to three pct", factcheck.Percent, "3.5", "3", "", ""}, {"6-3/16 to 6-1/8 pct", factcheck.Percent, "6.1875", "6.125", "", ""}, {"589 mln", factcheck.Count, "589000000", "", "", ""}, {"45.10 billion", factcheck.Count, "45100000000", "", "", ""}, {"140 mln", factcheck.Count, "140000000", "", "", ""}, {"43.80 billion", factcheck.Count, "43800000000", "", "", ""}}},
		{"a range from cents to a whole currency, not a move", "Prices rose between 10 cts and one dlr a barrel; it ranged from 50 cents to 1.50 dlrs; it rose 50 cents to 1.50 dlrs; contracts were 80 cts to 1.50 dlrs firmer.", []want{
			{"between 10 cts and one dlr", factcheck.Money, "0.1", "1", "USD", ""}, {"50 cents to 1.50 dlrs", factcheck.Money, "0.5", "1.5", "USD", ""},
			{"50 cents", factcheck.Money, "0.5", "", "USD", ""}, {"1.50 dlrs", factcheck.Money, "1.5", "", "USD", ""},
			{"80 cts to 1.50 dlrs", factcheck.Money, "0.8", "1.5", "USD", ""}}},
		{"a move and a level far apart, the verb misspelt, not a range", "TOKYO, June 2 - The average plummetted 313.00 to 22,609.20; rates ran from 0.25 to 10.50 dlrs.", []want{
			{"313.00", factcheck.Count, "313", "", "", ""}, {"22,609.20", factcheck.Count, "22609.2", "", "", ""}, {"0.25 to 10.50 dlrs", factcheck.Money, "0.25", "10.5", "USD", ""}}},
		{"basis points", "The bank cut its rate by 75 basis points.", []want{{"75 basis points", me, "75", "", "basis point", ""}}},
		{"bp glued", "Spreads widened 40bp on the day.", []want{{"40bp", me, "40", "", "basis point", ""}}},
		{"a range of basis points after a verb of change", "Yields eased one to two basis points.", []want{{"one to two basis points", me, "1", "2", "basis point", ""}}},
		{"basis points on the next line", "It dropped to 9.54 pct, a 30\nbasis point decline.", []want{
			{"9.54 pct", p, "9.54", "", "", ""}, {"30\nbasis point", me, "30", "", "basis point", ""}}},
		{"a range before a colon", "The proposals would raise between $1.6 – $2.1 billion:\n\nMore follows.", []want{
			{"$1.6 – $2.1 billion", factcheck.Money, "1600000000", "2100000000", "USD", ""}}},
		{"half a point of a rate", "The bank cut its rate by half a point to 3 pct.", []want{
			{"half a point", p, "0.5", "", "percentage point", ""}, {"3 pct", p, "3", "", "", ""}}},
		{"a hyphenated fraction of a point cut in rates", "Lenders made a half-point cut in mortgage rates.", []want{
			{"a half-point", p, "0.5", "", "percentage point", ""}}},
		{"the thousands of a range said once, a range after a name", "Nigeria produced 75-100,000 bpd, Qatar 20 to 30 pct under quota; Model 50 to 3,995 dlrs; between 5 and 10,000 people.", []want{
			{"75-100,000 bpd", factcheck.Measure, "75000", "100000", "barrel per day", ""}, {"20 to 30 pct", p, "20", "30", "", ""},
			{"3,995 dlrs", factcheck.Money, "3995", "", "USD", ""}, {"5 and 10,000 people", factcheck.Count, "5", "10000", "", ""}}},
		{"a half percentage point with no article", "Rates fell by half percentage point.", []want{{"half percentage point", p, "0.5", "", "percentage point", ""}}},
		{"a day's range, from its first price", "May was up at 62.70 cents a lb in a 62.85 to 62.55 cents range.", []want{
			{"62.70 cents", m, "0.627", "", "USD", ""}, {"62.85 to 62.55 cents", m, "0.6285", "0.6255", "USD", ""}}},
		{"a quarter-point with no article", "Eyskens was surprised by this week's quarter-point increase in U.S. Prime rates.", []want{
			{"quarter-point increase", p, "0.25", "", "percentage point", ""}}},
		{"a hike of points is a rate's, its rate named after it or not at all", "Officials penciled in a quarter-point hike, and two more quarter-point hikes.", []want{
			{"a quarter-point hike", p, "0.25", "", "percentage point", ""}, {"two", factcheck.Count, "2", "", "", ""}, {"quarter-point hikes", p, "0.25", "", "percentage point", ""}}},
		{"another full percentage point", "Officials projected 50 basis points of cuts this year and another full percentage point in 2025.", []want{
			{"50 basis points", factcheck.Measure, "50", "", "basis point", ""}, {"another full percentage point", factcheck.Percent, "1", "", "percentage point", ""}, {"2025", factcheck.Date, "2025", "", "", ""}}},
		{"a full point, said in words", "Rig utilization rose by a full percentage point to 41.3 pct; some expect a full point decline in interest rates. Prices fell by a full point.", []want{
			{"a full percentage point", factcheck.Percent, "1", "", "percentage point", ""}, {"41.3 pct", factcheck.Percent, "41.3", "", "", ""},
			{"a full point", factcheck.Percent, "1", "", "percentage point", ""}}},
		{"a count of quarter-point moves", "The Fed has pushed through three quarter-point rate rises since June; base rates will fall via two half-point cuts.", []want{
			{"three", factcheck.Count, "3", "", "", ""}, {"quarter-point", factcheck.Percent, "0.25", "", "percentage point", ""},
			{"two", factcheck.Count, "2", "", "", ""}, {"half-point", factcheck.Percent, "0.5", "", "percentage point", ""}}},
		{"a range between two figures whose unit follows the first", "Shares were valued at between 4.08 dlrs and 4.72, and between 10 dlrs and 20 shares.", []want{
			{"4.08 dlrs and 4.72", factcheck.Money, "4.08", "4.72", "USD", ""}, {"10 dlrs", factcheck.Money, "10", "", "USD", ""}, {"20 shares", factcheck.Count, "20", "", "", ""}}},
		{"a range between a qualified figure and another", "PARIS, March 3 - Prices vary widely between about 350\nand 800 dlrs a ton, and between around 5 and 10 tonnes.", []want{
			{"between about 350\nand 800 dlrs", factcheck.Money, "350", "800", "USD", factcheck.Approx}, {"between around 5 and 10 tonnes", factcheck.Measure, "5", "10", "tonne", factcheck.Approx}}},
		{"another half-point, the rate named further back", "Base rates stand at 10 pct now, and foreign exchange dealers and analysts expect them to shed another half-point soon.", []want{
			{"10 pct", p, "10", "", "", ""}, {"half-point", p, "0.5", "", "percentage point", ""}}},
		{"a cut of points, the rates sentences up", "Base lending rates are 10 pct. Dealers were divided. Many forecast a full\none-point cut tomorrow. He said a further half-point cut was quite possible later.", []want{
			{"10 pct", p, "10", "", "", ""}, {"one-point", p, "1", "", "percentage point", ""}, {"half-point", p, "0.5", "", "percentage point", ""}}},
		{"a quarter-point rise of a rate", "The Fed announced a quarter-point rise in its key rate.", []want{
			{"a quarter-point", p, "0.25", "", "percentage point", ""}}},
		{"rates cut by a quarter point", "The Fed cut rates by a quarter point to 5.25%.", []want{
			{"a quarter point", p, "0.25", "", "percentage point", ""}, {"5.25%", p, "5.25", "", "", ""}}},
		{"a one point cut in rates", "Traders had priced in a full one point cut in interest rates.", []want{
			{"one point", p, "1", "", "percentage point", ""}}},
		{"rates cut by points", "The central bank cut rates by two points on Friday.", []want{
			{"two points", p, "2", "", "percentage point", ""}}},
		{"points of a game are no rate", "The side gained one point in the table.", nil},
		{"points of an index beside rates", "The Dow fell by 3 points as rates rose.", []want{{"3 points", factcheck.Measure, "3", "", "point", ""}}},
		{"a range whose start says its rate", "Payouts would range from 16.50 dlrs a share to 17.25 dlrs; the dividend rose from 5 dlrs a share to 7 dlrs.", []want{
			{"16.50 dlrs a share to 17.25 dlrs", factcheck.Money, "16.5", "17.25", "USD", ""}, {"5 dlrs", factcheck.Money, "5", "", "USD", ""}, {"7 dlrs", factcheck.Money, "7", "", "USD", ""}}},
		{"shares listed after a percent", "Partners are Santos 50 pct, Delhi 30, Vamgas 10.", []want{
			{"50 pct", p, "50", "", "", ""}, {"30", p, "30", "", "", ""}, {"10", p, "10", "", "", ""}}},
		{"a wire name in brackets on a share list", "Owners: BHP 60 pct, &lt;Woodside Ltd> 40.", []want{
			{"60 pct", p, "60", "", "", ""}, {"40", p, "40", "", "", ""}}},
		{"a number after a percent and a clause is no share", "Prices rose 5 pct, analysts said 30.", []want{{"5 pct", p, "5", "", "", ""}, {"30", factcheck.Count, "30", "", "", ""}}},
		{"percentage points stay", "Support fell 3 percentage points.", []want{{"3 percentage points", p, "3", "", "percentage point", ""}}},
		{"currency said twice", "It may fetch \u00a32 million to \u00a33 million.", []want{{"\u00a32 million to \u00a33 million", m, "2000000", "3000000", "GBP", ""}}},
		{"code said twice", "Bids of CHF 4 million to CHF 6 million came in.", []want{{"CHF 4 million to CHF 6 million", m, "4000000", "6000000", "CHF", ""}}},
		{"a sum to raise", "The charity hopes to raise from $2 million to $3 million.", []want{{"$2 million to $3 million", m, "2000000", "3000000", "USD", ""}}},
		{"cents said twice, abbreviated", "Fares may climb another 20 cents to 30 cnts a ride.", []want{{"20 cents to 30 cnts", m, "0.2", "0.3", "USD", ""}}},
		{"a near range after a change", "Rents rose 4% to 4.5% last year.", []want{{"4% to 4.5%", p, "4", "4.5", "", ""}}},
		{"a change and a far level", "The bank raised rates 0.5% to 4.75%.", []want{
			{"0.5%", p, "0.5", "", "", ""}, {"4.75%", p, "4.75", "", "", ""}}},
		{"a change by and a level", "Rents rose by 4% to 4.5%.", []want{
			{"4%", p, "4", "", "", ""}, {"4.5%", p, "4.5", "", "", ""}}},
		{"a price cut in capitals", "MILL LOWERS STEEL PRICE 2 CTS TO 61 CTS", []want{
			{"2 CTS", m, "0.02", "", "USD", ""}, {"61 CTS", m, "0.61", "", "USD", ""}}},
		{"by a change to a level", "The population grew by 1.2 million to 67.3 million.", []want{
			{"1.2 million", factcheck.Count, "1200000", "", "", ""}, {"67.3 million", factcheck.Count, "67300000", "", "", ""}}},
		{"a forecast raised is a change", "It raised its forecast from $2 million to $3 million.", []want{
			{"$2 million", m, "2000000", "", "USD", ""}, {"$3 million", m, "3000000", "", "USD", ""}}},
		{"the start of a change takes the unit of its end", "It raised its stake from 25 to 37 pct. Fares were cut from 80 to 75 cents.", []want{
			{"25", p, "25", "", "", ""}, {"37 pct", p, "37", "", "", ""}, {"80", m, "0.8", "", "USD", ""}, {"75 cents", m, "0.75", "", "USD", ""}}},
		{"a range from and to takes nothing", "Highs ranged from 5 to 10C; the pension age rose from 60 to 65.", []want{
			{"5 to 10C", factcheck.Measure, "5", "10", "°C", ""}, {"60", factcheck.Duration, "60", "", "year", ""}, {"65", factcheck.Duration, "65", "", "year", ""}}},
		{"a unit, scale and qualifier said once for two parallel figures", "It adds about 65 miles in 4 minutes, or 125 in 10 minutes; output was 1.4 mln bpd in May and 1.15 in June.", []want{
			{"about 65 miles", factcheck.Measure, "65", "", "mile", factcheck.Approx}, {"4 minutes", factcheck.Duration, "4", "", "minute", ""},
			{"125", factcheck.Measure, "125", "", "mile", factcheck.Approx}, {"10 minutes", factcheck.Duration, "10", "", "minute", ""},
			{"1.4 mln bpd", factcheck.Measure, "1400000", "", "barrel per day", ""}, {"1.15", factcheck.Measure, "1150000", "", "barrel per day", ""}}},
		{"no parallel without the same preposition", "It rose 5 pct in May and 12 of the firms grew.", []want{
			{"5 pct", p, "5", "", "", ""}, {"12", factcheck.Count, "12", "", "", ""}}},
		{"both ends below zero, the larger last", "The notes traded at -0.25 to -0.40 pct.", []want{{"-0.25 to -0.40 pct", p, "-0.25", "-0.4", "", ""}}},
		{"both ends below zero, the smaller last", "Lows of -12 to -8C are due.", []want{{"-12 to -8C", factcheck.Measure, "-12", "-8", "°C", ""}}},
		{"a scale in words shared", "A two to three billion euro loan and eight or nine million viewers.", []want{
			{"two to three billion euro", m, "2000000000", "3000000000", "EUR", ""}, {"eight or nine million viewers", factcheck.Count, "8000000", "9000000", "", ""}}},
		{"basis points in capitals glued to the figure; a central bank's half-point cut, and one after an ordinal; a point and a half", "Hungary cut its base rate by 75BP. The Fed delivered a half-point cut at its meeting, the first half-point move since 2020. The Liberal Democrats are up a point and a half to 13.5%.", []want{
			{"75BP", me, "75", "", "basis point", ""}, {"a half-point", p, "0.5", "", "percentage point", ""}, {"the first", factcheck.Ordinal, "1", "", "", ""}, {"half-point", p, "0.5", "", "percentage point", ""}, {"2020", factcheck.Date, "2020", "", "", ""},
			{"a point and a half", p, "1.5", "", "percentage point", ""}, {"13.5%", p, "13.5", "", "", ""}}},
		{"a change's size estimated 'at' a range is one range", "The Tax Policy Center estimates the increase at $1,100 to $1,400.", []want{
			{"$1,100 to $1,400", m, "1100", "1400", "USD", factcheck.Approx}}},
		{"a range's end after 'up to' where 'anything from' opens it (but a price that rose from one figure up to another changed)", "Fares will rise by anything from 10 up to 15 per cent. The cash price rose from 805.50 up to 807 stg.", []want{
			{"10 up to 15 per cent", p, "10", "15", "", ""}, {"805.50", factcheck.Count, "805.5", "", "", ""}, {"up to 807 stg", m, "807", "", "GBP", factcheck.UpperBound}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

func TestExtractSuspendedAndPlainRanges(t *testing.T) {
	n, d := factcheck.Count, factcheck.Duration
	tests := []struct {
		name, in string
		want     []want
	}{
		{"'from' a hedged figure to another after a verb of change is a change, two figures; after a level reached, the older range", "Nato agreed to expand its force from about 6,500 to 8,000 troops. Ghana's premium has risen to about 50 stg from 25 to 30 stg a month ago.", []want{
			{"about 6,500", n, "6500", "", "", factcheck.Approx}, {"8,000 troops", n, "8000", "", "", ""}, {"about 50 stg", factcheck.Money, "50", "", "GBP", factcheck.Approx}, {"25 to 30 stg", factcheck.Money, "25", "30", "GBP", ""}}},
		{"an older range in percent 'from' after a newer one 'to' is a range too; a range's start ending '.0' after a name is no release", "It trimmed its forecast to 8% to 10% in local currency, from 8% to 11% earlier. Growth was above the Bundesbank's 3.0 to 6.0 pct target range.", []want{
			{"8% to 10%", factcheck.Percent, "8", "10", "", ""}, {"8% to 11%", factcheck.Percent, "8", "11", "", ""}, {"3.0 to 6.0 pct target range", factcheck.Percent, "3", "6", "", ""}}},
		{"an older range 'from' after a newer one 'to' is a range too; a designation's word after a modal is a verb", "Delta cut its forecast to 20 to 30 cents per share from 50 to 60 cents. Spaceform said it will exit 40 to 50 locations.", []want{
			{"20 to 30 cents", factcheck.Money, "0.2", "0.3", "USD", ""}, {"50 to 60 cents", factcheck.Money, "0.5", "0.6", "USD", ""}, {"40 to 50 locations", n, "40", "50", "", ""}}},
		{"a change's size 'of from' one sum to another is a range; a length cut 'by' one to another is a change and a level", "WASHINGTON, Oct 1 - Negotiators are weighing tax increases of from 12 billion to 15 billion dlrs. The new train cuts the journey by 25 minutes to 1hr 45min.", []want{
			{"12 billion to 15 billion dlrs", factcheck.Money, "12000000000", "15000000000", "USD", ""}, {"25 minutes", d, "25", "", "minute", ""}, {"1hr 45min", d, "105", "", "minute", ""}}},
		{"a suspended hyphen after a number in words before digits is a range; a rate's fraction moved to a level far above is a change in points", "It raised the rate on five- to 10-day repurchase agreements. Sterling rates were up 1/4 to 10-1/8 pct. Deposits were bid at 6-11/16 pct, up 1/16 from Friday.", []want{
			{"five- to 10-day", d, "5", "10", "day", ""}, {"1/4", factcheck.Percent, "0.25", "", "", ""}, {"10-1/8 pct", factcheck.Percent, "10.125", "", "", ""},
			{"6-11/16 pct", factcheck.Percent, "6.6875", "", "", ""}, {"1/16", factcheck.Percent, "0.0625", "", "", ""}}},
		{"a range's end in words after 'plus' or 'minus' keeps its sign; 'dozen' after the end is the start's scale too", "Temperatures will range from minus two to plus four degrees, lows minus two to minus six degrees. Two to three dozen people came.", []want{
			{"minus two to plus four degrees", factcheck.Measure, "-2", "4", "°C", ""}, {"minus two to minus six degrees", factcheck.Measure, "-2", "-6", "°C", ""}, {"Two to three dozen people", n, "24", "36", "", ""}}},
		{"a local currency's prefix said again before the end keeps one range; a length of hours and minutes after a comma is two when a comparison follows", "A taxi costs E£250 to E£400; in Durban R250 to R400. The train takes four hours, 20 minutes less than before; the flight 11 hours, 40 minutes.", []want{
			{"E£250 to E£400", factcheck.Money, "250", "400", "EGP", ""}, {"R250 to R400", factcheck.Money, "250", "400", "ZAR", ""},
			{"four hours", d, "4", "", "hour", ""}, {"20 minutes", d, "20", "", "minute", ""}, {"11 hours, 40 minutes", d, "700", "", "minute", ""}}},
		{"a price that has 'gone from' one sum to another changed: two claims", "The breakfast has gone from £8.95 to £9.50.", []want{
			{"£8.95", factcheck.Money, "8.95", "", "GBP", ""}, {"£9.50", factcheck.Money, "9.5", "", "GBP", ""}}},
		{"a range of percentages after a verb of losing is no score", "Regional lenders could lose 5%-10% of their deposits, and 3-6% of loans.", []want{
			{"5%-10%", factcheck.Percent, "5", "10", "", ""}, {"3-6%", factcheck.Percent, "3", "6", "", ""}}},
		{"a qualified range opening a sentence before a capitalised noun is a count's range, no result between two sides", "About 8,000-10,000 Iraqis are held.\nLondon Irish 19-33 Wasps", []want{
			{"About 8,000-10,000 Iraqis", n, "8000", "10000", "", factcheck.Approx}, {"19-33", n, "19", "", "", ""}}},
		{"a forecast's range across zero after 'by', its end signed or not (but a change by a sum and the level it reached stays two)", "The economy will grow by −0.5% to 0.5% next year. GDP is forecast to change by -1% to +1%. Shares fell by -3% to 40p.", []want{
			{"−0.5% to 0.5%", factcheck.Percent, "-0.5", "0.5", "", ""}, {"-1% to +1%", factcheck.Percent, "-1", "1", "", ""}, {"-3%", factcheck.Percent, "-3", "", "", ""}, {"40p", factcheck.Money, "0.4", "", "GBP", ""}}},
		{"'climb' just before a figure a change and its level (but 'climb from' a range); a span of dates after 'went' and a state", "Temperatures will climb 6C to 21C. Temperatures climb from 20 to 25 degrees. Arsenal went unbeaten from 7 May 2003 to 16 May 2004.", []want{
			{"6C", factcheck.Measure, "6", "", "°C", ""}, {"21C", factcheck.Measure, "21", "", "°C", ""}, {"20 to 25 degrees", factcheck.Measure, "20", "25", "°C", ""},
			{"7 May 2003 to 16 May 2004", factcheck.Date, "2003-05-07", "2004-05-16", "", ""}}},
		{"a forecast's range of changes after 'can' or an intent's 'to' before the verb and its object; a rate's change and level", "The devices can trim cooling bills by 8% to 10%. The firm expects to cut costs by 10% to 15%. Unemployment fell by 0.2% to 5.1%.", []want{
			{"8% to 10%", factcheck.Percent, "8", "10", "", ""}, {"10% to 15%", factcheck.Percent, "10", "15", "", ""}, {"0.2%", factcheck.Percent, "0.2", "", "", ""}, {"5.1%", factcheck.Percent, "5.1", "", "", ""}}},
		{"a range's end signed 'plus' after a start signed 'minus'", "Temperatures will be between minus 6C and plus 2C, and from minus 3 to plus 4 degrees at night.", []want{
			{"between minus 6C and plus 2C", factcheck.Measure, "-6", "2", "°C", ""}, {"minus 3 to plus 4 degrees", factcheck.Measure, "-3", "4", "°C", ""}}},
		{"a sum's change and its level after a verb in the past, each in full, are two claims; once or twice is one range", "Peru's reserves fell 550 mln dlrs to 850 mln dlrs. Tornadoes form once or twice a year.", []want{
			{"550 mln dlrs", factcheck.Money, "550000000", "", "USD", ""}, {"850 mln dlrs", factcheck.Money, "850000000", "", "USD", ""}, {"once or twice", factcheck.Count, "1", "2", "", ""}}},
		{"near ends of a count a verb of change takes, its noun after them; a forecast's second range after 'and by'; a range of millions glued to 'm' before a noun", "It would cut 1,500 to 2,000 jobs. The economy would grow by between 3% and 3.5% in 2004 and by 2.5% to 3% in 2005. It beat the 3m-3.5m analysts had forecast.", []want{
			{"1,500 to 2,000 jobs", factcheck.Count, "1500", "2000", "", ""}, {"between 3% and 3.5%", factcheck.Percent, "3", "3.5", "", ""}, {"2004", factcheck.Date, "2004", "", "", ""},
			{"2.5% to 3%", factcheck.Percent, "2.5", "3", "", ""}, {"2005", factcheck.Date, "2005", "", "", ""}, {"3m-3.5m analysts", factcheck.Count, "3000000", "3500000", "", ""}}},
		{"a count raised by a figure to a level far above it is a change and a level", "Indonesia's health ministry raised its toll by 14,000 to 94,000.", []want{
			{"14,000", factcheck.Count, "14000", "", "", ""}, {"94,000", factcheck.Count, "94000", "", "", ""}}},
		{"a loss's near ends, each with its sign, hedged or a rate, are a range; a move to a price is not", "Hog farmers lost an estimated $30 to $40 a head. Prices rose $30 to $40 a tonne. Biogen fell $28.63 to $38.65.", []want{
			{"an estimated $30 to $40", factcheck.Money, "30", "40", "USD", factcheck.Approx}, {"$30 to $40", factcheck.Money, "30", "40", "USD", ""},
			{"$28.63", factcheck.Money, "28.63", "", "USD", ""}, {"$38.65", factcheck.Money, "38.65", "", "USD", ""}}},
		{"a range whose end is 'a million'", "Between 800,000 and a million fled, and from 800,000 to a million returned.", []want{
			{"Between 800,000 and a million", factcheck.Count, "800000", "1000000", "", ""}, {"800,000 to a million", factcheck.Count, "800000", "1000000", "", ""}}},
		{"a range of glued units said twice", "Packs weigh 330g–500g; screens range from 55in to 85in.", []want{
			{"330g–500g", factcheck.Measure, "330", "500", "g", ""}, {"55in to 85in", factcheck.Measure, "55", "85", "inch", ""}}},
		{"money to be raised is no change: its range after 'raise' is one claim", "The levy could raise $10 billion to $15 billion a year.", []want{
			{"$10 billion to $15 billion", factcheck.Money, "10000000000", "15000000000", "USD", ""}}},
		{"a range whose unit of a slash is said at each end", "Winds of between 30 km/h and 50 km/h are due.", []want{
			{"between 30 km/h and 50 km/h", factcheck.Measure, "30", "50", "km/h", ""}}},
		{"a range of sums per a unit after a slash said at each end, and 'lift' a verb of change", "Costs of US$1,150/oz to US$1,250/oz are seen. The state will lift the royalty from 2.5 per cent to 3.75 per cent.", []want{
			{"US$1,150/oz to US$1,250", factcheck.Money, "1150", "1250", "USD", ""}, {"2.5 per cent", factcheck.Percent, "2.5", "", "", ""}, {"3.75 per cent", factcheck.Percent, "3.75", "", "", ""}}},
		{"a change by a sum and the level it reached, the verb far before 'by' (but a range of percents after 'by')", "The cabinet raised the support price for common paddy by ₹117 to ₹2,300 a quintal, and reduced its rates by two to 15 pct.", []want{
			{"₹117", factcheck.Money, "117", "", "INR", ""}, {"₹2,300", factcheck.Money, "2300", "", "INR", ""}, {"two to 15 pct", factcheck.Percent, "2", "15", "", ""}}},
		{"a level's range after 'at' in a clause of change, below freezing or not", "It extended the shelf life from 9 to 12 months when stored at −90°C to −60°C, or at 2C to 8C.", []want{
			{"9", d, "9", "", "month", ""}, {"12 months", d, "12", "", "month", ""}, {"−90°C to −60°C", factcheck.Measure, "-90", "-60", "°C", ""}, {"2C to 8C", factcheck.Measure, "2", "8", "°C", ""}}},
		{"two near counts joined by 'or' before their noun, a list's last two apart", "Buyers may hold 10 or 15 large stakes, and 8, 9 or 12 small ones. It takes 150 or 200. Polls gave 60 or 40 pct.", []want{
			{"10 or 15", n, "10", "15", "", ""}, {"8", n, "8", "", "", ""}, {"9", n, "9", "", "", ""}, {"12 small", n, "12", "", "", ""},
			{"150 or 200", n, "150", "200", "", ""}, {"60", factcheck.Percent, "60", "", "", ""}, {"40 pct", factcheck.Percent, "40", "", "", ""}}},
		{"an older range after a level and 'up from' or 'down from', but a change from one figure to another", "BUENOS AIRES, March 11 - Growers harvested between 15 and 18 pct of the area, up from seven to nine pct a week ago. The crop ranged from 2.3 to 2.6 mln tonnes, down from 2.4 to 2.7 mln tonnes estimated last week. Sales rose from 5 to 7 pct.", []want{
			{"between 15 and 18 pct", factcheck.Percent, "15", "18", "", ""}, {"seven to nine pct", factcheck.Percent, "7", "9", "", ""},
			{"2.3 to 2.6 mln tonnes", factcheck.Measure, "2300000", "2600000", "tonne", ""}, {"2.4 to 2.7 mln tonnes", factcheck.Measure, "2400000", "2700000", "tonne", ""},
			{"5", factcheck.Percent, "5", "", "", ""}, {"7 pct", factcheck.Percent, "7", "", "", ""}}},
		{"a range whose unit of two words is said at each end", "It calls for 21 mln board feet\nto 30 mln board feet of lumber, and 5 cubic feet to the house.", []want{
			{"21 mln board feet\nto 30 mln board feet", factcheck.Measure, "21000000", "30000000", "board foot", ""}, {"5 cubic feet", factcheck.Measure, "5", "", "cubic foot", ""}}},
		{"a sum said once of two near values after or, but no sum and its share", "It will not fall much below 380 or 390 dlrs an ounce; borrowing of 1.6 or 1.7 billion dlrs. Net was 765,000 or 1.73 dlrs a share.", []want{
			{"380 or 390 dlrs", factcheck.Money, "380", "390", "USD", factcheck.UpperBound}, {"1.6 or 1.7 billion dlrs", factcheck.Money, "1600000000", "1700000000", "USD", ""},
			{"765,000", factcheck.Money, "765000", "", "USD", ""}, {"1.73 dlrs", factcheck.Money, "1.73", "", "USD", ""}}},
		{"a range between a figure and its unit and an end of the scale", "Stocks should build between\n700,000 barrels and one mln from the 96 mln barrel level, crude between 1.5 mln barrels and three mln.", []want{
			{"700,000 barrels and one mln", factcheck.Measure, "700000", "1000000", "barrel", ""}, {"96 mln barrel", factcheck.Measure, "96000000", "", "barrel", ""},
			{"1.5 mln barrels and three mln", factcheck.Measure, "1500000", "3000000", "barrel", ""}}},
		{"a dealer's quote, its offer's whole said once", "Three months closed at 6-9/16 7/16 pct and six at 7-3/4 7/8\npct; it rose 6-1/4 to 7 pct; 6-1/2 3/8 tons.", []want{
			{"Three months", d, "3", "", "month", ""}, {"6-9/16 7/16 pct", factcheck.Percent, "6.5625", "6.4375", "", ""}, {"six", n, "6", "", "", ""}, {"7-3/4 7/8\npct", factcheck.Percent, "7.75", "7.875", "", ""},
			{"6-1/4 to 7 pct", factcheck.Percent, "6.25", "7", "", ""}, {"6-1/2", n, "6.5", "", "", ""}, {"3/8 tons", factcheck.Measure, "0.375", "", "tonne", ""}}},
		{"a dealer's quote, its offer whole", "Overnight closed at 6-5/16 6-3/16 pct, one month at 6-1/2\n6-3/8 pct; rates rose to 19 19-1/2 pct from 18-1/8 19 pct; in 1986 9-7/8 pct.", []want{
			{"6-5/16 6-3/16 pct", factcheck.Percent, "6.3125", "6.1875", "", ""}, {"one month", factcheck.Duration, "1", "", "month", ""}, {"6-1/2\n6-3/8 pct", factcheck.Percent, "6.5", "6.375", "", ""},
			{"19 19-1/2 pct", factcheck.Percent, "19", "19.5", "", ""}, {"18-1/8 19 pct", factcheck.Percent, "18.125", "19", "", ""},
			{"1986", factcheck.Date, "1986", "", "", ""}, {"9-7/8 pct", factcheck.Percent, "9.875", "", "", ""}}},
		{"a market's moves in whole figures, from its largest", "Robusta futures held small gains of 12 to\nfive stg per tonne.", []want{
			{"12 to\nfive stg", factcheck.Money, "12", "5", "GBP", ""}}},
		{"ranges listed with between said once", "Snow reached between 20 and 90 cm in the Alps, 10 and 40 cm in the Jura, and five and 30\ncm in the Vosges.", []want{
			{"20 and 90 cm", factcheck.Measure, "20", "90", "cm", ""}, {"10 and 40 cm", factcheck.Measure, "10", "40", "cm", ""},
			{"five and 30\ncm", factcheck.Measure, "5", "30", "cm", ""}}},
		{"one or two of a unit of time", "Symptoms can linger one or two weeks after the fever.", []want{{"one or two weeks", d, "1", "2", "week", ""}}},
		{"a suspended hyphen in digits", "Jets of the 150- to 250-seat class sold well.", []want{
			{"150- to 250-seat", n, "150", "250", "", ""}}},
		{"a suspended hyphen joined by 'and', of two numbers in a row (but two maturities)", "Places for 10- and 11-year-olds in two- and three-bedroom flats; 10- and 30-year bonds.", []want{
			{"10- and 11-year-olds", factcheck.Duration, "10", "11", "year", ""}, {"two- and three-bedroom", n, "2", "3", "", ""},
			{"10-", factcheck.Duration, "10", "", "year", ""}, {"30-year", factcheck.Duration, "30", "", "year", ""}}},
		{"a suspended hyphen of a measure", "Plant them 6- to 8-inches apart.", []want{
			{"6- to 8-inches", factcheck.Measure, "6", "8", "inch", ""}}},
		{"a suspended hyphen in words", "It signed a two- to four-year deal for six- or eight-hour shifts.", []want{
			{"two- to four-year", d, "2", "4", "year", ""}, {"six- or eight-hour", d, "6", "8", "hour", ""}}},
		{"near values joined by 'or', the scale said twice and the unit once (but not far ones)", "A portfolio of 11 billion or 12 billion dlrs, and sales of 2 billion or 9 billion dlrs.", []want{
			{"11 billion or 12 billion dlrs", factcheck.Money, "11000000000", "12000000000", "USD", ""}, {"2 billion", factcheck.Money, "2000000000", "", "USD", ""},
			{"9 billion dlrs", factcheck.Money, "9000000000", "", "USD", ""}}},
		{"a suspended hyphen with its space dropped", "Markets shrugged off a one-or two-day fall and a 10-to 12-week slide.", []want{
			{"one-or two-day", d, "1", "2", "day", ""}, {"10-to 12-week", d, "10", "12", "week", ""}}},
		{"ages of a suspended hyphen", "Books for nine- to twelve-year-olds sold out.", []want{
			{"nine- to twelve-year-olds", d, "9", "12", "year", ""}}},
		{"a hyphen and no second hyphen is no range", "The 40- to 50 metres gap.", []want{
			{"40", n, "40", "", "", ""}, {"50 metres", factcheck.Measure, "50", "", "m", ""}}},
		{"a degree sign said twice", "Lows of 4°C to 9°C, between 2°F and 6°F; 5°C to 10°F is no range.", []want{
			{"4°C to 9°C", factcheck.Measure, "4", "9", "°C", ""}, {"2°F and 6°F", factcheck.Measure, "2", "6", "°F", ""},
			{"5°C", factcheck.Measure, "5", "", "°C", ""}, {"10°F", factcheck.Measure, "10", "", "°F", ""}}},
		{"hyphenated words of a range", "It takes two-to-three weeks or four-or-five days.", []want{
			{"two-to-three weeks", d, "2", "3", "week", ""}, {"four-or-five days", d, "4", "5", "day", ""}}},
		{"both ends said with minus", "Nights fell to between minus 4 and minus 9 degrees Celsius.", []want{
			{"minus 4 and minus 9 degrees Celsius", factcheck.Measure, "-4", "-9", "°C", ""}}},
		{"from a word to digits with no change", "Tickets carry numbers from one to 250.", []want{
			{"one to 250", n, "1", "250", "", ""}}},
		{"between a figure and a scaled one below it unscaled: the scale the end's alone; but a shared scale where the start is below", "Fines run between 5,000 and 10 million euros; between 2 and 3 million people voted.", []want{
			{"between 5,000 and 10 million euros", factcheck.Money, "5000", "10000000", "EUR", ""}, {"between 2 and 3 million people", n, "2000000", "3000000", "", ""}}},
		{"a change from one sum to another after a verb of change in its base form", "Prices could soar from $3 to $5, or slip from $5 to $4.", []want{
			{"$3", factcheck.Money, "3", "", "USD", ""}, {"$5", factcheck.Money, "5", "", "USD", ""}, {"$5", factcheck.Money, "5", "", "USD", ""}, {"$4", factcheck.Money, "4", "", "USD", ""}}},
		{"a forecast's range of changes after 'by', its ends near; but a change and the level it reached", "It will raise prices by 3% to 5%; income is expected to fall by 40% to 45%; prices could rise by $10 to $25 a pair. The bank raised the ratio by 0.5 pct to 10 pct and rates rose by 3% to 3.5%.", []want{
			{"3% to 5%", factcheck.Percent, "3", "5", "", ""}, {"40% to 45%", factcheck.Percent, "40", "45", "", ""}, {"$10 to $25", factcheck.Money, "10", "25", "USD", ""},
			{"0.5 pct", factcheck.Percent, "0.5", "", "", ""}, {"10 pct", factcheck.Percent, "10", "", "", ""}, {"3%", factcheck.Percent, "3", "", "", ""}, {"3.5%", factcheck.Percent, "3.5", "", "", ""}}},
		{"a range whose ends each say 'per cent'", "It imposed duties of between 9.1 per cent and 27.4 per cent on rod, and 5 per cent to 10 per cent on wire.", []want{
			{"between 9.1 per cent and 27.4 per cent", factcheck.Percent, "9.1", "27.4", "", ""}, {"5 per cent to 10 per cent", factcheck.Percent, "5", "10", "", ""}}},
		{"between a word and far digits", "Detainees may be held for between seven and 365 days; Occidental rose one to 34.", []want{
			{"seven and 365 days", d, "7", "365", "day", ""}, {"one", n, "1", "", "", ""}, {"34", n, "34", "", "", ""}}},
		{"from a word to far digits with a unit, but no change", "Notes have maturities of seven to 364 days; the index rose three to 120 points.", []want{
			{"seven to 364 days", d, "7", "364", "day", ""}, {"three", n, "3", "", "", ""}, {"120 points", factcheck.Measure, "120", "", "point", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

// TestRangeSpanTakesBetween: a range "between" two figures is quoted with
// its "between", as CLAIMS.md writes the form, so that a checker's mark on
// the word finds the claim.
func TestRangeSpanTakesBetween(t *testing.T) {
	// (a wire's line may break after "between")
	claims, _ := extract("a.txt", "Growers have harvested between 15 and 18 pct of the area, and it costs between\n5 and 10 dlrs.", "")
	if len(claims) != 2 {
		t.Fatalf("got %d claims, want 2: %+v", len(claims), claims)
	}
	for _, c := range claims {
		if !strings.HasPrefix(c.Text, "between ") && !strings.HasPrefix(c.Text, "between\n") {
			t.Errorf("range %q: want its text to begin with \"between\"", c.Text)
		}
	}
}

// TestExtractHedgedRange reads a figure and a higher one offered after a
// comma and "maybe" or "perhaps" as one approximate range, as people say
// them.
func TestExtractHedgedRange(t *testing.T) {
	checkClaims(t, "There were 30, maybe 40 of them. He was 19, perhaps 20, when he left. Sales rose 5%, maybe more.", "", []want{
		{"30, maybe 40", factcheck.Count, "30", "40", "", factcheck.Approx}, {"19, perhaps 20", factcheck.Count, "19", "20", "", factcheck.Approx},
		{"5%", factcheck.Percent, "5", "", "", ""}})
}

// TestExtractPriceGoesFrom reads a price that "goes from" one sum to
// another as a change, two sums, where a battery's charge that goes from
// one share to another is a range; and a power of ten said in words.
func TestExtractPriceGoesFrom(t *testing.T) {
	checkClaims(t, "A day Travelcard goes from £15.90 to £16.60. The battery goes from 10 to 80 per cent in 18 minutes. There are 10 to the power of 80 atoms.", "", []want{
		{"£15.90", factcheck.Money, "15.9", "", "GBP", ""}, {"£16.60", factcheck.Money, "16.6", "", "GBP", ""},
		{"10 to 80 per cent", factcheck.Percent, "10", "80", "", ""}, {"18 minutes", factcheck.Duration, "18", "", "minute", ""},
		{"10 to the power of 80", factcheck.Count, "100000000000000000000000000000000000000000000000000000000000000000000000000000000", "", "", ""}})
}
