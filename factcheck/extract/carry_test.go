package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestExtractCarriedCurrency(t *testing.T) {
	m, n := factcheck.Money, factcheck.Count
	tests := []struct {
		name, in string
		want     []want
	}{
		{"a London share's price after its move in pence, an adverb of cause after it, or after a company 'was' so much higher, is in pence", "LONDON, April 7 - Jaguar rose 12p to 587 mainly on U.S. demand. Lloyds was one penny higher at 488. There were 16 mainly foreign banks.", []want{
			{"12p", m, "0.12", "", "GBP", ""}, {"587", m, "5.87", "", "GBP", ""}, {"one penny", m, "0.01", "", "GBP", ""}, {"488", m, "4.88", "", "GBP", ""}, {"16 mainly foreign banks", n, "16", "", "", ""}}},
		{"a share's move in eighths to a price in words; a price before its move; a later move and a bound of a share moved in eighths", "NEW YORK, March 3 - Its common stock was up 5/8 to five in midafternoon trading. The stock traded around 12, down 1/8. Anacomp rose 1/2 to 6-3/4 after trading as high as seven earlier. The stock was down one today at 17-1/4, and down about four since Thursday.", []want{
			{"5/8", factcheck.Money, "0.625", "", "USD", ""}, {"five", factcheck.Money, "5", "", "USD", ""}, {"around 12", factcheck.Money, "12", "", "USD", factcheck.Approx}, {"1/8", factcheck.Money, "0.125", "", "USD", ""},
			{"1/2", factcheck.Money, "0.5", "", "USD", ""}, {"6-3/4", factcheck.Money, "6.75", "", "USD", ""}, {"as high as seven", factcheck.Money, "7", "", "USD", factcheck.UpperBound},
			{"one", factcheck.Money, "1", "", "USD", ""}, {"17-1/4", factcheck.Money, "17.25", "", "USD", ""}, {"about four", factcheck.Money, "4", "", "USD", factcheck.Approx}}},
		{"a company's move in eighths after an index's move, and a sum changed 'by' after a verb and its object", "NEW YORK, Oct 20 - Oil stocks fell in Monday's 508-point collapse of the Dow Jones industrial average, with Exxon Corp down 5-1/2 at 38-7/8.\n    The protection swelled enrollment by about 20 million to 93 million, but would cut the deficit by $3.8m to $4.9m.", []want{
			{"508-point", factcheck.Measure, "508", "", "point", ""}, {"5-1/2", m, "5.5", "", "USD", ""}, {"38-7/8", m, "38.875", "", "USD", ""},
			{"about 20 million", n, "20000000", "", "", factcheck.Approx}, {"93 million", n, "93000000", "", "", ""}, {"$3.8m to $4.9m", m, "3800000", "4900000", "USD", ""}}},
		{"a table's rows whose labels hold commas and stops take the currency of the row above", "GKN PLC 1986 YEAR\n    LONDON, March 11 -\n    Interest payable 42.5 mln stg vs 43.9 mln\n    Profits from related companies, less losses, 23.8 mln vs\n    14.7 mln\n    Tax 51.4 mln vs 58.3 mln\n    By region, Britain contributed 34 mln stg vs 47 mln\n    U.S.A. 28 mln vs 51 mln\n    Rest of world seven mln vs four mln\n REUTER\n", []want{
			{"1986", factcheck.Date, "1986", "", "", ""}, {"42.5 mln stg", m, "42500000", "", "GBP", ""}, {"43.9 mln", m, "43900000", "", "GBP", ""}, {"23.8 mln", m, "23800000", "", "GBP", ""}, {"14.7 mln", m, "14700000", "", "GBP", ""},
			{"51.4 mln", m, "51400000", "", "GBP", ""}, {"58.3 mln", m, "58300000", "", "GBP", ""}, {"34 mln stg", m, "34000000", "", "GBP", ""}, {"47 mln", m, "47000000", "", "GBP", ""},
			{"28 mln", m, "28000000", "", "GBP", ""}, {"51 mln", m, "51000000", "", "GBP", ""}, {"seven mln", m, "7000000", "", "GBP", ""}, {"four mln", m, "4000000", "", "GBP", ""}}},
		{"a rate of exchange changed from an older one, after 'a new rate of'", "JAKARTA, Sept 12 - Indonesia set a new rate of 1,644 rupiah to the dollar from 1,134.", []want{
			{"1,644 rupiah", m, "1644", "", "IDR", ""}, {"1,134", m, "1134", "", "IDR", ""}}},
		{"a count of the sums its noun names, told by the verb after it, takes no currency; a sum its noun names does", "Cold weather payments of £25 are made. More than 2.6 million payments were triggered in January. It posted a 10.59 billion net profit.", []want{
			{"£25", m, "25", "", "GBP", ""}, {"More than 2.6 million payments", n, "2600000", "", "", factcheck.LowerBound}, {"10.59 billion net profit", m, "10590000000", "", "GBP", ""}}},
		{"a results table under a dateline whose state is in capitals, its nil a sum of the dollar", "BOSTON DIGITAL CORP 4TH QTR NET\n    MILFORD, MASS., June 19 -\n    Shr profit nil vs loss eight cts\n    Net profit 4,000 vs loss 213,000", []want{
			{"4TH QTR", factcheck.Ordinal, "4", "", "", ""}, {"nil", factcheck.Money, "0", "", "USD", ""}, {"eight cts", factcheck.Money, "0.08", "", "USD", ""}, {"4,000", factcheck.Money, "4000", "", "USD", ""}, {"213,000", factcheck.Money, "213000", "", "USD", ""}}},
		{"a feeder cattle report under a dateline of a US city the stylebook names alone, its prices per hundredweight after the weights; a label's number before a spaced dash and a range", "OKLAHOMA CITY, April 7 - Feeder cattle steady.\n    steers - medium, frame 1 - 540-600 lbs\n75.30-81.50, 650-700 lbs 70.05-73.90.", []want{
			{"1", n, "1", "", "", ""}, {"540-600 lbs", factcheck.Measure, "540", "600", "lb", ""}, {"75.30-81.50", m, "75.3", "81.5", "USD", ""}, {"650-700 lbs", factcheck.Measure, "650", "700", "lb", ""}, {"70.05-73.90", m, "70.05", "73.9", "USD", ""}}},
		{"shares before a figure's noun are what it counts, whatever the noun names", "MAJOR VIDEO FILES 1.4 MLN SHR OFFER\n    LAS VEGAS, June 19 - Major Video filed for 1.4 mln shares. Rival took a 90 mln dlr charge.", []want{
			{"1.4 MLN SHR OFFER", n, "1400000", "", "", ""}, {"1.4 mln shares", n, "1400000", "", "", ""}, {"90 mln dlr", m, "90000000", "", "USD", ""}}},
		{"a company's common stock priced in eighths, and its later price and move in the sentence", "TORONTO, April 3 - Algoma common closed yesterday in Toronto at 18-1/2, up\n2-3/4, and was trading today at 18-1/4, down 1/4.", []want{
			{"18-1/2", m, "18.5", "", "CAD", ""}, {"2-3/4", m, "2.75", "", "CAD", ""}, {"18-1/4", m, "18.25", "", "CAD", ""}, {"1/4", m, "0.25", "", "CAD", ""}}},
		{"a sum in full digits after a noun of money and 'of', in the story's currency, but shares after 'amount of'", "NEW YORK, March 3 - It got a term loan of\n2,500,000, with monthly payments of 29,800 due on it, and paid an aggregate price of 1,125,000 plus a royalty for an amount of 5,000 shares.", []want{
			{"2,500,000", m, "2500000", "", "USD", ""}, {"29,800", m, "29800", "", "USD", ""}, {"1,125,000", m, "1125000", "", "USD", ""}, {"5,000 shares", n, "5000", "", "", ""}}},
		{"a measure compared with an estimate right after it", "Rape plantings were forecast at 627,000 hectares against a previous estimate of 621,000.", []want{
			{"627,000 hectares", factcheck.Measure, "627000", "", "hectare", ""}, {"621,000", factcheck.Measure, "621000", "", "hectare", ""}}},
		{"a penny's move in a list of moves", "LONDON, April 7 - Dixons 4p to 373, British Telecom a penny to 253 and Reuters 2p to 701.", []want{
			{"4p", factcheck.Money, "0.04", "", "GBP", ""}, {"373", factcheck.Count, "373", "", "", ""}, {"a penny", factcheck.Money, "0.01", "", "GBP", ""}, {"253", factcheck.Money, "2.53", "", "GBP", ""}, {"2p", factcheck.Money, "0.02", "", "GBP", ""}, {"701", factcheck.Money, "7.01", "", "GBP", ""}}},
		{"a share price off a fraction", "NEW YORK, March 3 - The Salomon share price was off 5/8 at 37-1/2 today.", []want{
			{"5/8", factcheck.Money, "0.625", "", "USD", ""}, {"37-1/2", factcheck.Money, "37.5", "", "USD", ""}}},
		{"a move in words after a ticker", "NEW YORK, March 3 - E.F. Hutton &lt;EFH> fell one to 41-1/4 today.", []want{
			{"one", factcheck.Money, "1", "", "USD", ""}, {"41-1/4", factcheck.Money, "41.25", "", "USD", ""}}},
		{"a share's price in eighths after its stock, a verb of trading and 'at', or a move; a move in words to a price in eighths; a rate in eighths or a fraction with a unit stays",
			"NEW YORK, March 3 - The stock today hit 36-1/4, up one. Ford, up over a point for most of the session, stood at 90-5/8. Continental's stock closed at seven. " +
				"McDonald's, an operator of restaurants, rose 1-5/8 to 77-3/8, and Campbell Red Lake Mines &lt;CRK> was up 1-3/8. GM gained two to 83-1/2. " +
				"The Centre Party gained three to 40. Federal funds were quoted at 6-3/16. Xerox fell 1/2 dlr.", []want{
				{"36-1/4", factcheck.Money, "36.25", "", "USD", ""}, {"one", factcheck.Money, "1", "", "USD", ""}, {"90-5/8", factcheck.Money, "90.625", "", "USD", ""},
				{"seven", factcheck.Money, "7", "", "USD", ""}, {"1-5/8", factcheck.Money, "1.625", "", "USD", ""}, {"77-3/8", factcheck.Money, "77.375", "", "USD", ""},
				{"1-3/8", factcheck.Money, "1.375", "", "USD", ""}, {"two", factcheck.Money, "2", "", "USD", ""}, {"83-1/2", factcheck.Money, "83.5", "", "USD", ""},
				{"three", factcheck.Count, "3", "", "", ""}, {"40", factcheck.Count, "40", "", "", ""}, {"6-3/16", factcheck.Count, "6.1875", "", "", ""},
				{"1/2 dlr", factcheck.Money, "0.5", "", "USD", ""}}},
		{"a share's price in eighths with no dateline is a dollar's, after 'settling' too, in glyphs too", "International Business Machines rose 1-3/8 to 122-1/4 in moderate trading. Polaroid was up ¾ at 36¼. Philip Morris was settling at 94-3/4, up 1-1/4.", []want{
			{"1-3/8", factcheck.Money, "1.375", "", "USD", ""}, {"122-1/4", factcheck.Money, "122.25", "", "USD", ""}, {"¾", factcheck.Money, "0.75", "", "USD", ""},
			{"36¼", factcheck.Money, "36.25", "", "USD", ""}, {"94-3/4", factcheck.Money, "94.75", "", "USD", ""}, {"1-1/4", factcheck.Money, "1.25", "", "USD", ""}}},
		{"a bond's price in eighths is no share's", "NEW YORK, March 3 - Among notes, the 6-3/8s of 1989 dropped 1/4 to 99-9/16.", []want{
			{"1989", factcheck.Date, "1989", "", "", ""}, {"99-9/16", factcheck.Count, "99.5625", "", "", ""}}},
		{"the parts of a sum after 'of which' take its currency, and its scale when they have none", "ROME, March 3 - Lending will total 1.4 billion dlrs, of which 550 mln will come from the IDA and 850 mln from the World Bank. The bills replace paper worth 23,442 billion lire, of which 20,322 was held by operators.", []want{
			{"1.4 billion dlrs", factcheck.Money, "1400000000", "", "USD", ""}, {"550 mln", factcheck.Money, "550000000", "", "USD", ""}, {"850 mln", factcheck.Money, "850000000", "", "USD", ""}, {"23,442 billion lire", factcheck.Money, "23442000000000", "", "ITL", ""}, {"20,322", factcheck.Money, "20322000000000", "", "ITL", ""}}},
		{"a list of moves after wire tickers: a dotted ticker and ', up', a ticker's comma, a move in words, a hyphenated name; a headline's 'STOCKS' names no index", "OIL STOCKS\n    NEW YORK, March 17 - He recommends Imperial Oil &lt;IMO.A>, up 1/2 to 49-1/8, Standard Oil Co &lt;SRD>, 7/8 to 62-3/4, Exxon &lt;XON> one to\n83-1/8, and Schering-Plough Corp &lt;SGP> 2-7/8 to 97. Philip Morris &lt;MO> rose 2-5/8 to 87-3/4 and U.S. Tobacco &lt;UBO> 7/8 to 27. Telex fell 11 to 34-1/4. Trading in Stan West was halted. It last traded at 4-11/16.", []want{
			{"1/2", factcheck.Money, "0.5", "", "USD", ""}, {"49-1/8", factcheck.Money, "49.125", "", "USD", ""}, {"7/8", factcheck.Money, "0.875", "", "USD", ""}, {"62-3/4", factcheck.Money, "62.75", "", "USD", ""}, {"one", factcheck.Money, "1", "", "USD", ""}, {"83-1/8", factcheck.Money, "83.125", "", "USD", ""}, {"2-7/8", factcheck.Money, "2.875", "", "USD", ""}, {"97", factcheck.Money, "97", "", "USD", ""},
			{"2-5/8", factcheck.Money, "2.625", "", "USD", ""}, {"87-3/4", factcheck.Money, "87.75", "", "USD", ""}, {"7/8", factcheck.Money, "0.875", "", "USD", ""}, {"27", factcheck.Money, "27", "", "USD", ""},
			{"11", factcheck.Money, "11", "", "USD", ""}, {"34-1/4", factcheck.Money, "34.25", "", "USD", ""}, {"4-11/16", factcheck.Money, "4.6875", "", "USD", ""}}},
		{"a change's figure takes the level's unit, said once after the level (but a change by near ends is a range)", "WASHINGTON, March 3 - The USDA raised the line by 20 mln to 165 mln dlrs. Liabilities rose 200 mln to 11.9 billion guilders. It cut output by two mln to three mln tonnes.", []want{
			{"20 mln", factcheck.Money, "20000000", "", "USD", ""}, {"165 mln dlrs", factcheck.Money, "165000000", "", "USD", ""}, {"200 mln", factcheck.Money, "200000000", "", "NLG", ""}, {"11.9 billion guilders", factcheck.Money, "11900000000", "", "NLG", ""}, {"two mln to three mln tonnes", factcheck.Measure, "2000000", "3000000", "tonne", ""}}},
		{"a price's move after a comma and 'up' or 'down' is in its currency, in its cents when the price is, past a unit it is per; a percent's is no sum", "NEW YORK, March 3 - Prices are: light 22.50 dlrs, up 1.25, heavy 733 dlrs, down one. Gold was 410.50 dlrs an ounce, up 2.25 on the day. Hogs were 62.50 cts a lb, off 1.75. Yields were 7.5 pct, up 0.25.", []want{
			{"22.50 dlrs", m, "22.5", "", "USD", ""}, {"1.25", m, "1.25", "", "USD", ""}, {"733 dlrs", m, "733", "", "USD", ""}, {"one", m, "1", "", "USD", ""},
			{"410.50 dlrs", m, "410.5", "", "USD", ""}, {"2.25", m, "2.25", "", "USD", ""}, {"62.50 cts", m, "0.625", "", "USD", ""}, {"1.75", m, "0.0175", "", "USD", ""},
			{"7.5 pct", factcheck.Percent, "7.5", "", "", ""}, {"0.25", n, "0.25", "", "", ""}}},
		{"figures after names, the year before's in brackets, the first with its unit", "PARIS, March 3 - Exports went to Belgium 500,000 tonnes (one mln), Netherlands 500,000 (600,000), and Ireland 100,000 (200,000).", []want{
			{"500,000 tonnes", factcheck.Measure, "500000", "", "tonne", ""}, {"one mln", factcheck.Measure, "1000000", "", "tonne", ""},
			{"500,000", factcheck.Measure, "500000", "", "tonne", ""}, {"600,000", factcheck.Measure, "600000", "", "tonne", ""},
			{"100,000", factcheck.Measure, "100000", "", "tonne", ""}, {"200,000", factcheck.Measure, "200000", "", "tonne", ""}}},
		{"figures in brackets after names, the first with its unit", "CAIRO, March 3 - Shipments went to China (419,196 tonnes), Egypt (301,909), Iraq (142,055) and the Soviet Union (100,056 tonnes).", []want{
			{"419,196 tonnes", factcheck.Measure, "419196", "", "tonne", ""}, {"301,909", factcheck.Measure, "301909", "", "tonne", ""}, {"142,055", factcheck.Measure, "142055", "", "tonne", ""}, {"100,056 tonnes", factcheck.Measure, "100056", "", "tonne", ""}}},
		{"points before a premium, a discount or a barrier are a price's, and a fraction after 'and' in words", "LONDON, March 3 - Sugar rose from 13 points premium to 15 points discount. The index broke the 1,000 points barrier. Rates fell one and 5/8 pct.", []want{
			{"13 points", factcheck.Measure, "13", "", "point", ""}, {"15 points", factcheck.Measure, "15", "", "point", ""}, {"1,000 points", factcheck.Measure, "1000", "", "point", ""}, {"one and 5/8 pct", factcheck.Percent, "1.625", "", "", ""}}},
		{"a stock's move in eighths before 'point' or before its direction, then its price", "TORONTO, March 11 - Inco closed 1-3/8 lower at 19-3/8 on the Toronto Stock Exchange. Caesars' stock opened up 1/8 point at 28-1/8.", []want{
			{"1-3/8 lower", factcheck.Money, "1.375", "", "CAD", ""}, {"19-3/8", factcheck.Money, "19.375", "", "CAD", ""}, {"1/8", factcheck.Money, "0.125", "", "CAD", ""}, {"28-1/8", factcheck.Money, "28.125", "", "CAD", ""}}},
		{"a sum after a participle of change its subject governs", "Bowater's profits were 18.9 mln stg from 13.2 mln previously.\n    Profit from Australia showed the greatest percentage rise, jumping 55.0 pct to 15.5 mln from 10.0 mln.", []want{
			{"18.9 mln stg", factcheck.Money, "18900000", "", "GBP", ""}, {"13.2 mln", factcheck.Money, "13200000", "", "GBP", ""}, {"55.0 pct", factcheck.Percent, "55", "", "", ""}, {"15.5 mln", factcheck.Money, "15500000", "", "GBP", ""}, {"10.0 mln", factcheck.Money, "10000000", "", "GBP", ""}}},
		{"a lot's price changed from a bare figure", "Spot April soybean contracts will increase to 90,000\nyen per 15 tonne lot from 70,000 now.", []want{
			{"90,000\nyen", factcheck.Money, "90000", "", "JPY", ""}, {"15 tonne", factcheck.Measure, "15", "", "tonne", ""}, {"70,000", factcheck.Money, "70000", "", "JPY", ""}}},
		{"livestock prices after a weight in pounds, and the next column", "MISSOURI DIRECT HOGS - USDA\n    JEFFERSON CITY, April 7 - Barrows and gilts were 1.00 to 1.50 dlr higher.\nU.S. 1-2 210-250 LB 49.50-50.50   49.50-51.00\n    Steers - 1025-1150 lb 69.00-70.00, late mostly 69.50-70.00.\n", []want{
			{"1.00 to 1.50 dlr", factcheck.Money, "1", "1.5", "USD", ""}, {"210-250 LB", factcheck.Measure, "210", "250", "lb", ""}, {"49.50-50.50", factcheck.Money, "49.5", "50.5", "USD", ""}, {"49.50-51.00", factcheck.Money, "49.5", "51", "USD", ""}, {"1025-1150 lb", factcheck.Measure, "1025", "1150", "lb", ""}, {"69.00-70.00", factcheck.Money, "69", "70", "USD", ""}, {"69.50-70.00", factcheck.Money, "69.5", "70", "USD", ""}}},
		{"a table of parts whose first row names the unit once", "    U.S. operating profit by sector -\n    Consumer goods 25 mln stg vs 20 mln\n    Building products 29 mln vs 25 mln\n    Food seven mln vs two mln\n", []want{
			{"25 mln stg", factcheck.Money, "25000000", "", "GBP", ""}, {"20 mln", factcheck.Money, "20000000", "", "GBP", ""}, {"29 mln", factcheck.Money, "29000000", "", "GBP", ""}, {"25 mln", factcheck.Money, "25000000", "", "GBP", ""}, {"seven mln", factcheck.Money, "7000000", "", "GBP", ""}, {"two mln", factcheck.Money, "2000000", "", "GBP", ""}}},
		{"a sum compared past its share in cents", "It earned 23.2 mln dlrs, or 48 cts a share, up from 16.6\nmln, or 40 cts a share, a year earlier.", []want{
			{"23.2 mln dlrs", factcheck.Money, "23200000", "", "USD", ""}, {"48 cts", factcheck.Money, "0.48", "", "USD", ""}, {"16.6\nmln", factcheck.Money, "16600000", "", "USD", ""}, {"40 cts", factcheck.Money, "0.4", "", "USD", ""}}},
		{"a count in the sentence after a share in cents", "It earned 25.7 mln dlrs, or 76 cts per share, up from 11.1 mln dlrs, or 59 cts per share, in 1985. Shares outstanding rose to 39 mln from 27.8 mln.", []want{
			{"25.7 mln dlrs", factcheck.Money, "25700000", "", "USD", ""}, {"76 cts", factcheck.Money, "0.76", "", "USD", ""}, {"11.1 mln dlrs", factcheck.Money, "11100000", "", "USD", ""}, {"59 cts", factcheck.Money, "0.59", "", "USD", ""}, {"1985", factcheck.Date, "1985", "", "", ""}, {"39 mln", factcheck.Count, "39000000", "", "", ""}, {"27.8 mln", factcheck.Count, "27800000", "", "", ""}}},
		{"a compound with a hyphen parts no clauses", "Holdings totalled 264 mln stg at end-April, down six mln from March; it sold 400 mln dlrs of 13-week bills and 100 mln of 26-week bills.", []want{
			{"264 mln stg", factcheck.Money, "264000000", "", "GBP", ""}, {"six mln", factcheck.Money, "6000000", "", "GBP", ""}, {"400 mln dlrs", factcheck.Money, "400000000", "", "USD", ""}, {"13-week", factcheck.Duration, "13", "", "week", ""}, {"100 mln", factcheck.Money, "100000000", "", "USD", ""}, {"26-week", factcheck.Duration, "26", "", "week", ""}}},
		{"a sum with a noun that names money, in the wire's next paragraph (but not a noun that goes on over a wrapped line)", "Japan's surplus was revised to 25.8 billion yen from 25.4 billion.\n    This compares with a 1.5 billion deficit in 1985.\n    It said eight mln privileged investment\ncertificates would be issued.", []want{
			{"25.8 billion yen", factcheck.Money, "25800000000", "", "JPY", ""}, {"25.4 billion", factcheck.Money, "25400000000", "", "JPY", ""}, {"1.5 billion deficit", factcheck.Money, "1500000000", "", "JPY", ""}, {"1985", factcheck.Date, "1985", "", "", ""}, {"eight mln privileged investment", factcheck.Count, "8000000", "", "", ""}}},
		{"a dividend raised by a penny, a cent of the story's dollars", "It raised its buyback to 600 million dollars and the dividend by a penny to 37 cents.", []want{
			{"600 million dollars", factcheck.Money, "600000000", "", "USD", ""}, {"a penny", factcheck.Money, "0.01", "", "USD", ""}, {"37 cents", factcheck.Money, "0.37", "", "USD", ""}}},
		{"a price moved by a penny, or compared by one, and the price after it", "LONDON, April 8 - Shares were weak. ICI fell a penny at 1,334, Barclays eased a penny\nto 503. The dollar rose a cent. He gave a penny. Diesel is 159.9p, a penny higher than in May.", []want{
			{"a penny", factcheck.Money, "0.01", "", "GBP", ""}, {"1,334", factcheck.Money, "13.34", "", "GBP", ""},
			{"a penny", factcheck.Money, "0.01", "", "GBP", ""}, {"503", factcheck.Money, "5.03", "", "GBP", ""}, {"a cent", factcheck.Money, "0.01", "", "USD", ""},
			{"159.9p", factcheck.Money, "1.599", "", "GBP", ""}, {"a penny", factcheck.Money, "0.01", "", "GBP", ""}}},
		{"London shares' prices in pence after their moves, a name before each", "LONDON, April 8 - ICI fell 1p at 1,334, Glaxo 8p at 1,480, Beecham 12p\nat 521, BPB 10p to 660 and P and O 3p to 617. Shell lost 10p at 1,223. The FTSE 100 index fell.", []want{
			{"1p", factcheck.Money, "0.01", "", "GBP", ""}, {"1,334", factcheck.Money, "13.34", "", "GBP", ""},
			{"8p", factcheck.Money, "0.08", "", "GBP", ""}, {"1,480", factcheck.Money, "14.8", "", "GBP", ""}, {"12p", factcheck.Money, "0.12", "", "GBP", ""}, {"521", factcheck.Money, "5.21", "", "GBP", ""},
			{"10p", factcheck.Money, "0.1", "", "GBP", ""}, {"660", factcheck.Money, "6.6", "", "GBP", ""}, {"3p", factcheck.Money, "0.03", "", "GBP", ""}, {"617", factcheck.Money, "6.17", "", "GBP", ""},
			{"10p", factcheck.Money, "0.1", "", "GBP", ""}, {"1,223", factcheck.Money, "12.23", "", "GBP", ""}}},
		{"a share market's moves and prices, each, up, put on, a price beside another, a price standing still", "SYDNEY, April 7 - ACM and Nuigini Mining gained 60 cents each to 8.10 and 7.90. CRA closed 10 up at 7.80 after reaching 7.90, Western Mining gained two to 8.12 and MIM was unchanged at 3.10, off its high of 3.22. News Corp put on 10 to 24.30. Sales rose 5 to 8.50 pct.", []want{
			{"60 cents", m, "0.6", "", "AUD", ""}, {"8.10", m, "8.1", "", "AUD", ""}, {"7.90", m, "7.9", "", "AUD", ""},
			{"10", m, "0.1", "", "AUD", ""}, {"7.80", m, "7.8", "", "AUD", ""}, {"7.90", m, "7.9", "", "AUD", ""}, {"two", m, "0.02", "", "AUD", ""}, {"8.12", m, "8.12", "", "AUD", ""},
			{"3.10", m, "3.1", "", "AUD", ""}, {"3.22", m, "3.22", "", "AUD", ""}, {"10", m, "0.1", "", "AUD", ""}, {"24.30", m, "24.3", "", "AUD", ""},
			{"5 to 8.50 pct", factcheck.Percent, "5", "8.5", "", ""}}},
		{"a market review's prices and moves, its currency said once", "BUENOS AIRES, April 9 - Wheat rose six Australs per tonne to 118.\n    For export it rose eight to 108 per tonne, increased 0.50 to 104 at Necochea and was unchanged at Rosario at 108.30.\n    It was quoted at 75 at Villa Constitucion.\n    Loadings rose 12 at the ports.", []want{
			{"six Australs", m, "6", "", "ARA", ""}, {"118", m, "118", "", "ARA", ""}, {"eight", m, "8", "", "ARA", ""}, {"108", m, "108", "", "ARA", ""},
			{"0.50", m, "0.5", "", "ARA", ""}, {"104", m, "104", "", "ARA", ""}, {"108.30", m, "108.3", "", "ARA", ""}, {"75", m, "75", "", "ARA", ""},
			{"12", n, "12", "", "", ""}}},
		{"a stock's quote at its two sides, and a price after a name of common words and its day", "NEW YORK, March 3 - Its stock closed at 5-5/8 bid and 5-3/4 offered. Outboard Marine today was trading at 33-5/8, down 5/8. The 40 bid was low.", []want{
			{"5-5/8", factcheck.Money, "5.625", "", "USD", ""}, {"5-3/4", factcheck.Money, "5.75", "", "USD", ""},
			{"33-5/8", factcheck.Money, "33.625", "", "USD", ""}, {"5/8", factcheck.Money, "0.625", "", "USD", ""}, {"40 bid", factcheck.Count, "40", "", "", ""}}},
		{"a result told with its share's, and a verb of money's sum, in the story's currency", "MIAMI, March 20 - Lennar recorded net earnings of 4,403,000, or 51 cts per share, compared to 1,775,000, or 20 cts per share.\n    Panhandle Eastern earned 133.5 mln in 1986 on sales of 3.2 billion dlrs, and it earned 12.5 mln in the quarter.", []want{
			{"4,403,000", factcheck.Money, "4403000", "", "USD", ""}, {"51 cts", factcheck.Money, "0.51", "", "USD", ""},
			{"1,775,000", factcheck.Money, "1775000", "", "USD", ""}, {"20 cts", factcheck.Money, "0.2", "", "USD", ""},
			{"133.5 mln", factcheck.Money, "133500000", "", "USD", ""}, {"1986", factcheck.Date, "1986", "", "", ""},
			{"3.2 billion dlrs", factcheck.Money, "3200000000", "", "USD", ""}, {"12.5 mln", factcheck.Money, "12500000", "", "USD", ""}}},
		{"a net result in the story's currency, its 'of' and its 'dlrs' dropped; a dateline's Melbourne in Florida is American", "MELBOURNE, Fla., March 16 - Valex reported a net loss 219,632 for 1986, against 5.2 mln dlrs.\n    Net profit 160,700 vs loss 1,867,100", []want{
			{"219,632", factcheck.Money, "219632", "", "USD", ""}, {"1986", factcheck.Date, "1986", "", "", ""}, {"5.2 mln dlrs", factcheck.Money, "5200000", "", "USD", ""},
			{"160,700", factcheck.Money, "160700", "", "USD", ""}, {"1,867,100", factcheck.Money, "1867100", "", "USD", ""}}},
		{"a list of prices per a unit, each for its period", "PARIS, March 5 - The rebate was set at 153 European currency units per tonne for March and 133 for April.", []want{
			{"153 European currency units", factcheck.Money, "153", "", "XEU", ""}, {"133", factcheck.Money, "133", "", "XEU", ""}}},
		{"a list of sums each for its thing, and results in full digits after their name", "NEW YORK, March 3 - Loan rates are 2.28 dlrs\nfor wheat, 1.92 for corn, and effectively 4.56 for soybeans. It posted total revenues for 1986 of 4,255,731, and net income of 258,125. Sales of 5,000 cars rose; the rise of 5,000 was big.", []want{
			{"2.28 dlrs", factcheck.Money, "2.28", "", "USD", ""}, {"1.92", factcheck.Money, "1.92", "", "USD", ""}, {"4.56", factcheck.Money, "4.56", "", "USD", ""},
			{"1986", factcheck.Date, "1986", "", "", ""}, {"4,255,731", factcheck.Money, "4255731", "", "USD", ""}, {"258,125", factcheck.Money, "258125", "", "USD", ""},
			{"5,000 cars", factcheck.Count, "5000", "", "", ""}, {"5,000", factcheck.Count, "5000", "", "", ""}}},
		{"a price changed from a bare figure, its base said between", "Prices were raised to 18 dlrs a barrel from 16. It cut the price to 40 dlrs from 1987. Staff rose to 5 dlrs from 400 workers.", []want{
			{"18 dlrs", factcheck.Money, "18", "", "USD", ""}, {"16", factcheck.Money, "16", "", "USD", ""},
			{"40 dlrs", factcheck.Money, "40", "", "USD", ""}, {"1987", factcheck.Date, "1987", "", "", ""},
			{"5 dlrs", factcheck.Money, "5", "", "USD", ""}, {"400 workers", factcheck.Count, "400", "", "", ""}}},
		{"the next changes of a list, the thing named after and or but", "Coffee exports rose to 753 mln dlrs from 580 mln in 1985,\nbut rubber shipments fell to 625 mln from 720 mln and tin to\n180.6 mln from 246 mln. Sales rose to 5 mln dlrs from 4 mln and 300 workers to 2 mln.", []want{
			{"753 mln dlrs", factcheck.Money, "753000000", "", "USD", ""}, {"580 mln", factcheck.Money, "580000000", "", "USD", ""}, {"1985", factcheck.Date, "1985", "", "", ""},
			{"625 mln", factcheck.Money, "625000000", "", "USD", ""}, {"720 mln", factcheck.Money, "720000000", "", "USD", ""},
			{"180.6 mln", factcheck.Money, "180600000", "", "USD", ""}, {"246 mln", factcheck.Money, "246000000", "", "USD", ""},
			{"5 mln dlrs", factcheck.Money, "5000000", "", "USD", ""}, {"4 mln", factcheck.Money, "4000000", "", "USD", ""},
			{"300 workers", factcheck.Count, "300", "", "", ""}, {"2 mln", factcheck.Count, "2000000", "", "", ""}}},
		{"a price repeated digit for digit, and a percentage of its digits", "They call for income support at 5.02 dlrs.\n    The bills call for either a\n5.02 marketing loan or a payment. Costs rose 5.02 pct.", []want{
			{"5.02 dlrs", factcheck.Money, "5.02", "", "USD", ""}, {"5.02 marketing loan", factcheck.Money, "5.02", "", "USD", ""}, {"5.02 pct", factcheck.Percent, "5.02", "", "", ""}}},
		{"a sum a share compared with one after it, a requirement's sum", "FRANKFURT, March 26 - Earnings were 3.55 per share against 1.66 dlrs per share. Banks held 52.1 billion marks, well above the 50.7 billion requirement.", []want{
			{"3.55", m, "3.55", "", "USD", ""}, {"1.66 dlrs", m, "1.66", "", "USD", ""}, {"52.1 billion marks", m, "52100000000", "", "DEM", ""}, {"50.7 billion", m, "50700000000", "", "DEM", ""}}},
		{"a currency named for its sentence's sums, in its terms", "Pre-tax profits rose to 1.14 billion stg from 953 mln. In guilder terms, however, profits dropped three pct to 3.69 billion from 3.81 billion.", []want{
			{"1.14 billion stg", m, "1140000000", "", "GBP", ""}, {"953 mln", m, "953000000", "", "GBP", ""}, {"three pct", factcheck.Percent, "3", "", "", ""},
			{"3.69 billion", m, "3690000000", "", "NLG", ""}, {"3.81 billion", m, "3810000000", "", "NLG", ""}}},
		{"a comparison the next sentence opens with", "The crop fetched 14.5 mln dlrs. This compares with 12.1 mln a year ago.", []want{
			{"14.5 mln dlrs", m, "14500000", "", "USD", ""}, {"12.1 mln", m, "12100000", "", "USD", ""}}},
		{"a rate reached near the one before it in its sentence", "The intervention came near the dollar's early low of 148.50 yen and the U.S. currency firmed to 149.05/15; capitalised at 89.93 mln cruzeiros.", []want{
			{"148.50 yen", m, "148.5", "", "JPY", ""}, {"149.05/15", m, "149.05", "149.15", "JPY", ""}, {"89.93 mln cruzeiros", m, "89930000", "", "BRB", ""}}},
		{"a repayment after expenditure", "Expenditure is expected to total 173.5 billion stg, up from 164.9 billion.\n    A repayment of 800 mln on corporations' debt is due.", []want{
			{"173.5 billion stg", m, "173500000000", "", "GBP", ""}, {"164.9 billion", m, "164900000000", "", "GBP", ""}, {"800 mln", m, "800000000", "", "GBP", ""}}},
		{"a part of a sum, of which", "FRANKFURT, April 13 - Net purchases totalled 63.0 billion marks - 44.1 billion of which was intramarginal.", []want{
			{"63.0 billion marks", m, "63000000000", "", "DEM", ""}, {"44.1 billion", m, "44100000000", "", "DEM", ""}}},
		{"a sum for each share after the sum", "Net income would have been 263.3 mln dlrs, or 5.41 a share, against 111.2 mln\ndlrs, or 2.57 per share. It sold 40 a share.", []want{
			{"263.3 mln dlrs", m, "263300000", "", "USD", ""}, {"5.41", m, "5.41", "", "USD", ""},
			{"111.2 mln\ndlrs", m, "111200000", "", "USD", ""}, {"2.57", m, "2.57", "", "USD", ""}, {"40", n, "40", "", "", ""}}},
		{"a wire figure compared, with a noun of money", "Items debit 3.4 mln stg vs 4.3 mln credit\n    Associates 1.4 mln stg vs 2.4 mln loss\n", []want{
			{"3.4 mln stg", m, "3400000", "", "GBP", ""}, {"4.3 mln", m, "4300000", "", "GBP", ""},
			{"1.4 mln stg", m, "1400000", "", "GBP", ""}, {"2.4 mln", m, "2400000", "", "GBP", ""}}},
		{"a sum's start after 'to a total of' and a noun of money", "The note issue was raised to a total of 80 mln dlrs from the original\n60 mln amount.", []want{
			{"80 mln dlrs", m, "80000000", "", "USD", ""}, {"60 mln amount", m, "60000000", "", "USD", ""}}},
		{"a list of sums, each of its goods, the currency said first", "It includes 1.13 billion dlrs of capital goods, 700 mln of farm products, 50 mln of aluminium and other raw materials, and 250 mln of steel.", []want{
			{"1.13 billion dlrs", m, "1130000000", "", "USD", ""}, {"700 mln of farm products", m, "700000000", "", "USD", ""},
			{"50 mln of aluminium", m, "50000000", "", "USD", ""}, {"250 mln of steel", m, "250000000", "", "USD", ""}}},
		{"a change's new level after a verb of change and 'to'", "The government targeted a surplus of five billion dlrs, but had to raise this to seven billion.\n\nThe firm earns $40 million a year - it wants its quota raised to 3.5 million.", []want{
			{"five billion dlrs", m, "5000000000", "", "USD", ""}, {"seven billion", m, "7000000000", "", "USD", ""},
			{"$40 million", m, "40000000", "", "USD", ""}, {"3.5 million", factcheck.Count, "3500000", "", "", ""}}},
		{"a change's new level before 'due to'", "The surplus fell by 5.6 billion guilders in 1986 to 11.4 billion due to declining terms of trade.", []want{
			{"5.6 billion guilders", m, "5600000000", "", "NLG", ""}, {"1986", factcheck.Date, "1986", "", "", ""}, {"11.4 billion", m, "11400000000", "", "NLG", ""}}},
		{"a day's close and high of shares after their price", "The shares have advanced from an initial 1.87 dlrs to a Friday close of 2.32 after a 2.80 high. The index hit a 1,500 high.", []want{
			{"1.87 dlrs", m, "1.87", "", "USD", ""}, {"2.32", m, "2.32", "", "USD", ""}, {"2.80 high", m, "2.8", "", "USD", ""}, {"1,500 high", factcheck.Count, "1500", "", "", ""}}},
		{"a share's price and its change", "MTS offered 28 dlrs a share.\nCaesars shares were trading at 27-7/8, up 3-3/8. He sold 40 at 12.", []want{
			{"28 dlrs", m, "28", "", "USD", ""}, {"27-7/8", m, "27.875", "", "USD", ""}, {"3-3/8", m, "3.375", "", "USD", ""},
			{"40", n, "40", "", "", ""}, {"12", n, "12", "", "", ""}}},
		{"a share's change and its new price", "It bid 24.60 dlrs per share. Its stock rose 8-5/8 to 24 in active trading.", []want{
			{"24.60 dlrs", m, "24.6", "", "USD", ""}, {"8-5/8", m, "8.625", "", "USD", ""}, {"24", m, "24", "", "USD", ""}}},
		{"a sum that a word of money names, not last", "It wants a 15 billion dlr replenishment, not a short-term five billion funding effort.", []want{
			{"15 billion dlr", factcheck.Money, "15000000000", "", "USD", ""}, {"five billion funding", factcheck.Money, "5000000000", "", "USD", ""}}},
		{"a sum a contract, a loan or a deal names, its currency the story's", "SCHENECTADY, N.Y., June 18 - General Electric said it signed a 21 mln contract. It seeks a two billion loan.", []want{
			{"21 mln contract", factcheck.Money, "21000000", "", "USD", ""}, {"two billion loan", factcheck.Money, "2000000000", "", "USD", ""}}},
		{"a stock's price after its move in points", "NEW YORK, March 3 - The stock rose four points to 189. The index rose four points to 1,890. Its stock was up 1-1/8 points to 11.", []want{
			{"four points", factcheck.Measure, "4", "", "point", ""}, {"189", factcheck.Money, "189", "", "USD", ""},
			{"four points", factcheck.Measure, "4", "", "point", ""}, {"1,890", factcheck.Measure, "1890", "", "point", ""},
			{"1-1/8 points", factcheck.Measure, "1.125", "", "point", ""}, {"11", factcheck.Money, "11", "", "USD", ""}}},
		{"a stock's move and its price after a verb of being", "NEW YORK, March 3 - The company's stock was down 1-1/8 to 34-3/4 this morning. It has 30 plants.", []want{
			{"1-1/8", factcheck.Money, "1.125", "", "USD", ""}, {"34-3/4", factcheck.Money, "34.75", "", "USD", ""},
			{"30 plants", factcheck.Count, "30", "", "", ""}}},
		{"a US dateline after a headline's hyphen, its place abbreviated", "ANHEUSER-BUSCH &lt;BUD> OFFICER RESIGNS\n    ST. LOUIS, Mo., March 25 - Its officer resigned.\n    The company's stock was down 1-1/8 to 34-3/4 this morning.\n", []want{
			{"1-1/8", factcheck.Money, "1.125", "", "USD", ""}, {"34-3/4", factcheck.Money, "34.75", "", "USD", ""}}},
		{"a share's move in words and its price", "ZURICH, March 16 - The bearers dropped 30 Swiss francs to 460. Registered shares were less affected, slipping five to 165.", []want{
			{"30 Swiss francs", factcheck.Money, "30", "", "CHF", ""}, {"460", factcheck.Money, "460", "", "CHF", ""},
			{"five", factcheck.Money, "5", "", "CHF", ""}, {"165", factcheck.Money, "165", "", "CHF", ""}}},
		{"a price's level a few words after its move", "LONDON, March 20 - Raws prices fell 3.50 dlrs on tone to 147. Whites were down 2.50 dlrs at 190. Gold rose five dlrs an ounce to 410, and 12 stores sold it at 400 stores.", []want{
			{"3.50 dlrs", factcheck.Money, "3.5", "", "USD", ""}, {"147", factcheck.Money, "147", "", "USD", ""}, {"2.50 dlrs", factcheck.Money, "2.5", "", "USD", ""},
			{"190", factcheck.Money, "190", "", "USD", ""}, {"five dlrs", factcheck.Money, "5", "", "USD", ""}, {"410", factcheck.Money, "410", "", "USD", ""},
			{"12 stores", factcheck.Count, "12", "", "", ""}, {"400 stores", factcheck.Count, "400", "", "", ""}}},
		{"a share's opening range, its change in words and its close", "It offered 100 dlrs a share. The shares were to open at 103 to 115. The shares closed up two yesterday at 90-1/2.", []want{
			{"100 dlrs", m, "100", "", "USD", ""}, {"103 to 115", m, "103", "115", "USD", ""}, {"two", m, "2", "", "USD", ""}, {"90-1/2", m, "90.5", "", "USD", ""}}},
		{"a noun of money after a measure takes nothing", "Output 3.4 mln tonnes vs 4.3 mln loss.", []want{
			{"3.4 mln tonnes", factcheck.Measure, "3400000", "", "tonne", ""}, {"4.3 mln loss", n, "4300000", "", "", ""}}},
		{"a parallel in the same clause", "Exports rose to 4.1 billion euros from 3.8 billion.", []want{
			{"4.1 billion euros", m, "4100000000", "", "EUR", ""}, {"3.8 billion", m, "3800000000", "", "EUR", ""}}},
		{"a clause that names money", "Sales hit GBP 2.6 million, while costs were 1.9 million.", []want{
			{"GBP 2.6 million", m, "2600000", "", "GBP", ""}, {"1.9 million", m, "1900000", "", "GBP", ""}}},
		{"the sentence before in the paragraph", "Orders grew to 80.5 bln yen. That follows a fall to 77.2 bln.", []want{
			{"80.5 bln yen", m, "80500000000", "", "JPY", ""}, {"77.2 bln", m, "77200000000", "", "JPY", ""}}},
		{"a percentage between does not matter", "Profit was $4.2 million, up 12% from 3.75 million.", []want{
			{"$4.2 million", m, "4200000", "", "USD", ""}, {"12%", factcheck.Percent, "12", "", "", ""}, {"3.75 million", m, "3750000", "", "USD", ""}}},
		{"a level named before its figure", "The backlog was 1,210.7 mln dlrs, up 0.6 pct from the revised January backlog of 1,203.3.", []want{
			{"1,210.7 mln dlrs", m, "1210700000", "", "USD", ""}, {"0.6 pct", factcheck.Percent, "0.6", "", "", ""}, {"1,203.3", m, "1203300000", "", "USD", ""}}},
		{"a conversion in brackets is passed over", "The budget rose to 900 billion yen ($6bn) from 850 billion.", []want{
			{"900 billion yen", m, "900000000000", "", "JPY", ""}, {"$6bn", m, "6000000000", "", "USD", ""}, {"850 billion", m, "850000000000", "", "JPY", ""}}},
		{"the ends of a change", "It lifted its target from €2.5 billion to 3 billion.", []want{
			{"€2.5 billion", m, "2500000000", "", "EUR", ""}, {"3 billion", m, "3000000000", "", "EUR", ""}}},
		{"the ends of a change of people", "The city grew from 1.2 million people to 1.5 million.", []want{
			{"1.2 million people", n, "1200000", "", "", ""}, {"1.5 million", n, "1500000", "", "", ""}}},
		{"a clause without money keeps a count", "The firm earns $40 million a year - it wants its quota raised to 3.5 million.", []want{
			{"$40 million", m, "40000000", "", "USD", ""}, {"3.5 million", n, "3500000", "", "", ""}}},
		{"a noun of its own keeps a count", "Revenue was $2.1 billion from 1.4 million customers.", []want{
			{"$2.1 billion", m, "2100000000", "", "USD", ""}, {"1.4 million customers", n, "1400000", "", "", ""}}},
		{"a plain integer keeps a count", "Sales were $5 million, and the costs of 40 rose.", []want{
			{"$5 million", m, "5000000", "", "USD", ""}, {"40", n, "40", "", "", ""}}},
		{"a bracket after the sum, then a list compared", "Bad debts were 3.46 billion dlrs (2.18 billion excluding Chile), compared with 2.9 billion in June and 2.71 billion in March.", []want{
			{"3.46 billion dlrs", m, "3460000000", "", "USD", ""}, {"2.18 billion", m, "2180000000", "", "USD", ""},
			{"2.9 billion", m, "2900000000", "", "USD", ""}, {"2.71 billion", m, "2710000000", "", "USD", ""}}},
		{"a word of borrowing in the sentence", "The state raised 8 billion francs and needs to raise borrowing of some 40 billion.", []want{
			{"8 billion francs", m, "8000000000", "", "CHF", ""}, {"some 40 billion", m, "40000000000", "", "CHF", factcheck.Approx}}},
		{"a word of money in the clause, lines of wire copy later", "It joined a 90-billion-yen venture, he said.\n    The firm,\ncapitalised at 12 billion, grew.", []want{
			{"90-billion-yen", m, "90000000000", "", "JPY", ""}, {"12 billion", m, "12000000000", "", "JPY", ""}}},
		{"a word of sales, lines later, keeps a count", "It joined a 90-billion-yen venture, he said.\n    The firm wants sales of 4 million by 2008.", []want{
			{"90-billion-yen", m, "90000000000", "", "JPY", ""}, {"4 million", n, "4000000", "", "", ""}, {"2008", factcheck.Date, "2008", "", "", ""}}},
		{"a list of sums each dated alike", "The charge will rise to 2.60 dlrs in June 1987,\n3.20 in September 1988, and 3.50 dlrs in April 1989. Profits were 278 mln dlrs in 1984, 267 mln in 1983 and 294 mln in 1982.", []want{
			{"2.60 dlrs", m, "2.6", "", "USD", ""}, {"June 1987", factcheck.Date, "1987-06", "", "", ""}, {"3.20", m, "3.2", "", "USD", ""},
			{"September 1988", factcheck.Date, "1988-09", "", "", ""}, {"3.50 dlrs", m, "3.5", "", "USD", ""}, {"April 1989", factcheck.Date, "1989-04", "", "", ""},
			{"278 mln dlrs", m, "278000000", "", "USD", ""}, {"1984", factcheck.Date, "1984", "", "", ""}, {"267 mln", m, "267000000", "", "USD", ""},
			{"1983", factcheck.Date, "1983", "", "", ""}, {"294 mln", m, "294000000", "", "USD", ""}, {"1982", factcheck.Date, "1982", "", "", ""}}},
		{"a list of changes, the currency said first", "Payments are lowered to 1.05 billion dlrs from 1.339 mln, to 1.25\nbillion from 1.994 mln in 1991. Output rose to 5 mln dlrs from 4 mln, while shipments fell to 3 mln.", []want{
			{"1.05 billion dlrs", m, "1050000000", "", "USD", ""}, {"1.339 mln", m, "1339000", "", "USD", ""}, {"1.25\nbillion", m, "1250000000", "", "USD", ""},
			{"1.994 mln", m, "1994000", "", "USD", ""}, {"1991", factcheck.Date, "1991", "", "", ""},
			{"5 mln dlrs", m, "5000000", "", "USD", ""}, {"4 mln", m, "4000000", "", "USD", ""}, {"3 mln", n, "3000000", "", "", ""}}},
		{"a wire's pairs compared with vs", "Net includes gains of 12.4 mln dlrs vs 93.4 mln, and 139.7 mln vs 264.0 mln in nine mths.", []want{
			{"12.4 mln dlrs", m, "12400000", "", "USD", ""}, {"93.4 mln", m, "93400000", "", "USD", ""}, {"139.7 mln", m, "139700000", "", "USD", ""},
			{"264.0 mln", m, "264000000", "", "USD", ""}, {"nine mths", factcheck.Duration, "9", "", "month", ""}}},
		{"Irish punts, not a football team's", "Debt charges are about two billion\npunts a year. He had 5 punts for 200 yards.", []want{
			{"about two billion\npunts", m, "2000000000", "", "IEP", factcheck.Approx}, {"5 punts", n, "5", "", "", ""}, {"200 yards", factcheck.Measure, "200", "", "yard", ""}}},
		{"a vague sum that a verb of money governs, in the story's currency or the dollar", "Piracy costs them billions every year; viruses infect millions.\n\nBillions of pounds were spent, and billions have been spent since; it is essential for millions.", []want{
			{"billions", m, "2000000000", "", "USD", factcheck.LowerBound}, {"millions", n, "2000000", "", "", factcheck.LowerBound},
			{"Billions of pounds", m, "2000000000", "", "GBP", factcheck.LowerBound}, {"billions", m, "2000000000", "", "GBP", factcheck.LowerBound},
			{"millions", n, "2000000", "", "", factcheck.LowerBound}}},
		{"billions in a story whose figures of that size are sums, over a paragraph's indent", "It agreed to cut 1.25 billion dlrs from spending.\n    The cut is a compromise between 1.4\nbillion sought by the Senate and one billion by the House.\n    Banks held 52.0 billion yen, averaging 51.0 billion over the month.", []want{
			{"1.25 billion dlrs", m, "1250000000", "", "USD", ""}, {"1.4\nbillion", m, "1400000000", "", "USD", ""}, {"one billion", m, "1000000000", "", "USD", ""},
			{"52.0 billion yen", m, "52000000000", "", "JPY", ""}, {"51.0 billion", m, "51000000000", "", "JPY", ""}}},
		{"no billions of sums where billions are counted, nor after a blank line", "The city sold 2 billion dlrs of bonds for its 1.1 billion people, and 1.3 billion more.\n\nIt spent 5 billion dlrs.\n\nCounts reached 2.2 billion.", []want{
			{"2 billion dlrs", m, "2000000000", "", "USD", ""}, {"1.1 billion people", n, "1100000000", "", "", ""}, {"1.3 billion", n, "1300000000", "", "", ""},
			{"5 billion dlrs", m, "5000000000", "", "USD", ""}, {"2.2 billion", n, "2200000000", "", "", ""}}},
		{"a sum whose own noun is money after a compound, past cents", "It lost 10 mln dlrs or 35 cts a share, after a 90 mln after-tax charge.", []want{
			{"10 mln dlrs", m, "10000000", "", "USD", ""}, {"35 cts", m, "0.35", "", "USD", ""}, {"90 mln", m, "90000000", "", "USD", ""}}},
		{"no carrying across a paragraph", "Sales were $5 million.\n\nThe town has 1.2 million.", []want{
			{"$5 million", m, "5000000", "", "USD", ""}, {"1.2 million", n, "1200000", "", "", ""}}},
		{"a market's report names companies, not shares", "FRANKFURT, April 7 - Acme fell 4.50 marks to 781.\n    Zeta Werke firmed 2.50 to 213.50 and Omega shed 12 to 716.", []want{
			{"4.50 marks", m, "4.5", "", "DEM", ""}, {"781", m, "781", "", "DEM", ""}, {"2.50", m, "2.5", "", "DEM", ""},
			{"213.50", m, "213.5", "", "DEM", ""}, {"12", m, "12", "", "DEM", ""}, {"716", m, "716", "", "DEM", ""}}},
		{"a price compared 'up on' one before, its alternative after 'or'", "The metal closed at 420.00/420.50 dlrs an ounce, up on the\nafternoon fix of 418.50. Platinum closed at 565.50 dlrs, little changed from the fix of 566.35 or the morning setting of 565.75.", []want{
			{"420.00/420.50 dlrs", m, "420", "420.5", "USD", ""}, {"418.50", m, "418.5", "", "USD", ""}, {"565.50 dlrs", m, "565.5", "", "USD", ""}, {"566.35", m, "566.35", "", "USD", ""}, {"565.75", m, "565.75", "", "USD", ""}}},
		{"a sum a verb of money takes, far from any other", "HOUSTON, March 3 - Panhandle Eastern earned 133.5 mln in 1986 on revenues of 2.0 billion dlrs.", []want{
			{"133.5 mln", m, "133500000", "", "USD", ""}, {"1986", factcheck.Date, "1986", "", "", ""}, {"2.0 billion dlrs", m, "2000000000", "", "USD", ""}}},
		{"a sum's estimate and a list's sums of things alike", "LONDON, March 4 - The shortage was 1.2 billion stg, revised down from an initial 1.15 billion estimate. It bought 20 mln stg of band one bank bills and 111\nmln of band two bank bills; 2 mln of the workers were idle.", []want{
			{"1.2 billion stg", m, "1200000000", "", "GBP", ""}, {"1.15 billion estimate", m, "1150000000", "", "GBP", ""}, {"20 mln stg", m, "20000000", "", "GBP", ""},
			{"111\nmln of band", m, "111000000", "", "GBP", ""}, {"2 mln of the workers", n, "2000000", "", "", ""}}},
		{"a sum's conversion after a comma, passed over for the figure compared", "LONDON, April 13 - Gold was fixed at 436.50 dlrs, 268.368 stg, an ounce, up from Friday's close of 432.00/50.", []want{
			{"436.50 dlrs", m, "436.5", "", "USD", ""}, {"268.368 stg", m, "268.368", "", "GBP", ""}, {"432.00/50", m, "432", "432.5", "USD", ""}}},
		{"a stock's price after was at, and its move after it", "BOSTON, Oct 19 - Gillette's stock was at 24-1/8, up 1/8, in morning trade.", []want{
			{"24-1/8", m, "24.125", "", "USD", ""}, {"1/8", m, "0.125", "", "USD", ""}}},
		{"a stock selling at its price, a company currently trading at it, a move in eighths of a stock named before", "BOSTON, Oct 19 - Reebok's stock was selling at 45-1/2, up 1/8. Wendy's is currently trading up one at 11-3/4. It was discounted in the stock yesterday when it fell 1-7/8, making it a buy.", []want{
			{"45-1/2", m, "45.5", "", "USD", ""}, {"1/8", m, "0.125", "", "USD", ""}, {"11-3/4", m, "11.75", "", "USD", ""}, {"1-7/8", m, "1.875", "", "USD", ""}}},
		{"a sum restated per share after 'or', and zero reached from a sum", "NEW YORK, March 20 - It had a loss of 553,000 or 11 cts a share, against a loss of 227,000 or\nfour cts, and sold 4,000 or five units. The line fell from 5.0 mln dlrs to zero.", []want{
			{"553,000", m, "553000", "", "USD", ""}, {"11 cts", m, "0.11", "", "USD", ""}, {"227,000", m, "227000", "", "USD", ""}, {"four cts", m, "0.04", "", "USD", ""},
			{"4,000", n, "4000", "", "", ""}, {"five units", n, "5", "", "", ""}, {"5.0 mln dlrs", m, "5000000", "", "USD", ""}, {"zero", m, "0", "", "USD", ""}}},
		{"a share's gain after its name, and the price it reached", "NEW YORK, March 20 - Navistar led the active list with a gain of 1/4 to 7-1/4 on volume of 4.2 mln shares.", []want{
			{"1/4", m, "0.25", "", "USD", ""}, {"7-1/4", m, "7.25", "", "USD", ""}, {"4.2 mln shares", n, "4200000", "", "", ""}}},
		{"a list of sums of one scale, each with its rate in fractions", "LONDON, March 4 - The Bank bought bills in band one 20 mln stg at 9-7/8\npct, in band two 254 mln at 9-13/16 pct.", []want{
			{"20 mln stg", m, "20000000", "", "GBP", ""}, {"9-7/8\npct", factcheck.Percent, "9.875", "", "", ""}, {"254 mln", m, "254000000", "", "GBP", ""},
			{"9-13/16 pct", factcheck.Percent, "9.8125", "", "", ""}}},
		{"a list of sums of one scale, commas between", "LONDON, March 20 - Notes in circulation will add some 340 mln stg, exchequer transactions around 300 mln and bankers' balances about 50 mln - it wants 3 mln.", []want{
			{"some 340 mln stg", m, "340000000", "", "GBP", factcheck.Approx}, {"around 300 mln", m, "300000000", "", "GBP", factcheck.Approx}, {"about 50 mln", m, "50000000", "", "GBP", factcheck.Approx}, {"3 mln", n, "3000000", "", "", ""}}},
		{"prices at one size after 'at', one said in its currency", "LONDON, March 20 - Jan/Mar deliveries traded at 113 stg and Apr/Jun at 117 basis Liverpool, and at 111 and 115 basis Norfolk; at 300 tonnes and 12 at 900.", []want{
			{"113 stg", m, "113", "", "GBP", ""}, {"117 basis", m, "117", "", "GBP", ""}, {"111", m, "111", "", "GBP", ""}, {"115", m, "115", "", "GBP", ""},
			{"300 tonnes", factcheck.Measure, "300", "", "tonne", ""}, {"12", n, "12", "", "", ""}, {"900", n, "900", "", "", ""}}},
		{"a share's price in pence before, after 'after'", "LONDON, March 23 - Its shares were little changed at 242p after 241 at Friday's close, and 40 after 12 were sold.", []want{
			{"242p", m, "2.42", "", "GBP", ""}, {"241", m, "2.41", "", "GBP", ""}, {"40", n, "40", "", "", ""}, {"12", n, "12", "", "", ""}}},
		{"a part of the sum after it, a sum of debt in full", "They said 8.6 billion of the 30 billion franc revenues would go to debt. It has 15.2 mln dlrs of bonds, and approximately 1,350,000 of unsecured debt; 2 mln of the 15 mln shares and 20,000 of its workers stay.", []want{
			{"8.6 billion", m, "8600000000", "", "CHF", ""}, {"30 billion franc", m, "30000000000", "", "CHF", ""}, {"15.2 mln dlrs", m, "15200000", "", "USD", ""},
			{"approximately 1,350,000", m, "1350000", "", "USD", factcheck.Approx}, {"2 mln", n, "2000000", "", "", ""}, {"15 mln shares", n, "15000000", "", "", ""}, {"20,000", n, "20000", "", "", ""}}},
		{"a US sum in a Hong Kong wire, the US named by its Congress", "HONG KONG, March 30 - Profits were 1.8 billion dlrs. The Reagan Administration faces uproar in Congress over cutting the country's 169.8 billion dlr trade deficit.", []want{
			{"1.8 billion dlrs", m, "1800000000", "", "HKD", ""}, {"169.8 billion dlr", m, "169800000000", "", "USD", ""}}},
		{"a part of the total of a sum in the sentence before", "ZURICH, March 3 - Swiss capital exports rose to 4.64 billion francs in January. New bond issues accounted for 4.12 billion of the total, and credits 525.1 mln.", []want{
			{"4.64 billion francs", m, "4640000000", "", "CHF", ""}, {"4.12 billion", m, "4120000000", "", "CHF", ""}, {"525.1 mln", m, "525100000", "", "CHF", ""}}},
		{"an index's move is no price", "FRANKFURT, April 7 - Acme fell 4.50 marks to 781. The share index fell 15.6 to 1,855.7.", []want{
			{"4.50 marks", m, "4.5", "", "DEM", ""}, {"781", m, "781", "", "DEM", ""}, {"15.6", factcheck.Measure, "15.6", "", "point", ""}, {"1,855.7", factcheck.Measure, "1855.7", "", "point", ""}}},
		{"a results report's rows of regions each take the currency of the row above, named or so taken", "LONDON, April 13 - Six months\n    Pre-tax profit 376 mln stg vs 260 mln\n    Turnover 883 mln vs 686 mln\n    Tax 133 mln vs 94 mln\n    Britain 111 mln vs 91 mln\n    Europe 299 mln vs 218 mln\n    North America 334 mln vs 229 mln\n    Central and South America 21 mln vs 20 mln\n    Africa and Middle East 29 mln vs 23 mln\n    Australasia 24 mln vs 19 mln\n", []want{
			{"Six months", factcheck.Duration, "6", "", "month", ""}, {"376 mln stg", factcheck.Money, "376000000", "", "GBP", ""}, {"260 mln", factcheck.Money, "260000000", "", "GBP", ""},
			{"883 mln", factcheck.Money, "883000000", "", "GBP", ""}, {"686 mln", factcheck.Money, "686000000", "", "GBP", ""}, {"133 mln", factcheck.Money, "133000000", "", "GBP", ""}, {"94 mln", factcheck.Money, "94000000", "", "GBP", ""},
			{"111 mln", factcheck.Money, "111000000", "", "GBP", ""}, {"91 mln", factcheck.Money, "91000000", "", "GBP", ""}, {"299 mln", factcheck.Money, "299000000", "", "GBP", ""}, {"218 mln", factcheck.Money, "218000000", "", "GBP", ""},
			{"334 mln", factcheck.Money, "334000000", "", "GBP", ""}, {"229 mln", factcheck.Money, "229000000", "", "GBP", ""}, {"21 mln", factcheck.Money, "21000000", "", "GBP", ""}, {"20 mln", factcheck.Money, "20000000", "", "GBP", ""},
			{"29 mln", factcheck.Money, "29000000", "", "GBP", ""}, {"23 mln", factcheck.Money, "23000000", "", "GBP", ""}, {"24 mln", factcheck.Money, "24000000", "", "GBP", ""}, {"19 mln", factcheck.Money, "19000000", "", "GBP", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

func TestExtractCarriedMeasure(t *testing.T) {
	m, n := factcheck.Measure, factcheck.Count
	tests := []struct {
		name, in string
		want     []want
	}{
		{"a bare figure 'from' after the level a change fell 'to' takes its unit, however much larger", "Krugerrand sales slumped to 12,400 ounces in the first quarter from 203,000 a year earlier.", []want{
			{"12,400 ounces", m, "12400", "", "ounce", ""}, {"the first quarter", factcheck.Ordinal, "1", "", "", ""}, {"203,000", m, "203000", "", "ounce", ""}}},
		{"a bare figure 'at' right after a measure moved 'up' is the level it reached, in its unit; test scores move in points", "Crude oil imports were up 3.1 mln tonnes at 62.4 mln. Reading scores climbed 10 points to 219.", []want{
			{"3.1 mln tonnes", m, "3100000", "", "tonne", ""}, {"62.4 mln", m, "62400000", "", "tonne", ""}, {"10 points", m, "10", "", "point", ""}, {"219", m, "219", "", "point", ""}}},
		{"a bare figure of a clause whose verb is left out, after 'and' and its noun, takes the measure of the clause before", "Thailand's exports in February were 32,800 tonnes and consumption 57,800. Mills crushed 90 tonnes and 40 workers left.", []want{
			{"32,800 tonnes", m, "32800", "", "tonne", ""}, {"57,800", m, "57800", "", "tonne", ""}, {"90 tonnes", m, "90", "", "tonne", ""}, {"40 workers", n, "40", "", "", ""}}},
		{"a figure before a size and the things it gives the size of counts them in their unit", "Growers plant 10.4 mln acres, and output could reach 13 mln 480-lb bales.", []want{
			{"10.4 mln acres", m, "10400000", "", "acre", ""}, {"13 mln", m, "13000000", "", "bale", ""}, {"480-lb", m, "480", "", "lb", ""}}},
		{"a list's first part after 'with' and a name; a figure compared with the measure of its scale past a sum of another", "HAMBURG, March 3 - Imports fell to 198,450 tonnes from 214,300, with Ivory Coast 71,230 and Ghana 40,115. Exports may reach 15.5 mln tonnes worth some 2.3 billion Australian dlrs, compared with 15.8 mln.", []want{
			{"198,450 tonnes", m, "198450", "", "tonne", ""}, {"214,300", m, "214300", "", "tonne", ""}, {"71,230", m, "71230", "", "tonne", ""}, {"40,115", m, "40115", "", "tonne", ""},
			{"15.5 mln tonnes", m, "15500000", "", "tonne", ""}, {"some 2.3 billion Australian dlrs", factcheck.Money, "2300000000", "", "AUD", factcheck.Approx}, {"15.8 mln", m, "15800000", "", "tonne", ""}}},
		{"a list's last figure after 'and' and a name, and a figure after 'and' whose preposition follows the thing the measure is of", "HAMBURG, March 3 - Buyers were the U.S. 86,383 tonnes, China 69,952 and West Germany 32,172. Zambia sent 100,000 tonnes of copper through Durban and 17,000 through Beira. It makes 5,000 cars a month and employs 1,200 workers.", []want{
			{"86,383 tonnes", m, "86383", "", "tonne", ""}, {"69,952", m, "69952", "", "tonne", ""}, {"32,172", m, "32172", "", "tonne", ""},
			{"100,000 tonnes", m, "100000", "", "tonne", ""}, {"17,000", m, "17000", "", "tonne", ""}, {"5,000 cars a month", m, "5000", "", "car per month", ""}, {"1,200 workers", n, "1200", "", "", ""}}},
		{"a change told before the level it reached takes the level's unit", "Copper stocks rose 2,100 to 154,300 tonnes, while zinc fell 450 to 12,000 tonnes.", []want{
			{"2,100", m, "2100", "", "tonne", ""}, {"154,300 tonnes", m, "154300", "", "tonne", ""}, {"450", m, "450", "", "tonne", ""}, {"12,000 tonnes", m, "12000", "", "tonne", ""}}},
		{"a bare figure, bounded and ending its clause, takes the unit of a measure of its size before it in its sentence (but not a toll after a temperature)", "It had an average heart rate of 152 bpm, peaking at upwards of 175. Rest is between 60 and 100 bpm, while athletes can sit at ~40. In temperatures of 38C, nearly 40 died.", []want{
			{"152 bpm", m, "152", "", "beat per minute", ""}, {"upwards of 175", m, "175", "", "beat per minute", factcheck.LowerBound}, {"between 60 and 100 bpm", m, "60", "100", "beat per minute", ""},
			{"~40", m, "40", "", "beat per minute", factcheck.Approx}, {"38C", m, "38", "", "°C", ""}, {"nearly 40", n, "40", "", "", factcheck.UpperBound}}},
		{"a measure's change just after it, far smaller, and a figure after the change take its unit; metres in a list are no millions", "Oil World put output at 196.3 mln tonnes, up roughly 1.8 mln, with soybeans at 103.5 mln. The zone is 100 metres in the south and 200m in the north.", []want{
			{"196.3 mln tonnes", factcheck.Measure, "196300000", "", "tonne", ""}, {"roughly 1.8 mln", factcheck.Measure, "1800000", "", "tonne", factcheck.Approx},
			{"103.5 mln", factcheck.Measure, "103500000", "", "tonne", ""}, {"100 metres", factcheck.Measure, "100", "", "m", ""}, {"200m", factcheck.Measure, "200", "", "m", ""}}},
		{"a measure carried past a length of time that names a noun's span", "Some 2.6 million acres burned, far below the 10-year average of about 7.1 million.", []want{
			{"Some 2.6 million acres", m, "2600000", "", "acre", factcheck.Approx}, {"10-year", factcheck.Duration, "10", "", "year", ""}, {"about 7.1 million", m, "7100000", "", "acre", factcheck.Approx}}},
		{"a list's second figure of a thing, its unit said with the first", "The total comprises 3.94 mln tonnes of wheat and\n3.66 mln barley, compared with 1.63 mln and 2.39 mln a year ago; 3 mln tonnes of debt and 4 mln shareholders.", []want{
			{"3.94 mln tonnes", factcheck.Measure, "3940000", "", "tonne", ""}, {"3.66 mln barley", factcheck.Measure, "3660000", "", "tonne", ""},
			{"1.63 mln", factcheck.Measure, "1630000", "", "tonne", ""}, {"2.39 mln", factcheck.Measure, "2390000", "", "tonne", ""},
			{"3 mln tonnes", factcheck.Measure, "3000000", "", "tonne", ""}, {"4 mln shareholders", factcheck.Count, "4000000", "", "", ""}}},
		{"a range's unit carried", "PEKING, March 9 - China aims to produce between 425 and 450 mln tonnes of grain by 1990, up from a target of 405 mln this year.", []want{
			{"between 425 and 450 mln tonnes", factcheck.Measure, "425000000", "450000000", "tonne", ""}, {"1990", factcheck.Date, "1990", "", "", ""}, {"405 mln", factcheck.Measure, "405000000", "", "tonne", ""}}},
		{"an estimate compared across a few words", "Shipments averaged around 160,000 tonnes, higher than earlier estimates of 150,000, the official said.", []want{
			{"around 160,000 tonnes", m, "160000", "", "tonne", factcheck.Approx}, {"150,000", m, "150000", "", "tonne", ""}}},
		{"a part of a measure in a clause 'of which' opens", "TOKYO, April 24 - Imports may reach 1.8 mln tonnes, against 1.81 mln in 1986, of which Australia is expected to supply 550,000, against 470,000. Of the 12 ships, of which Japan has 5, all sail.", []want{
			{"1.8 mln tonnes", m, "1800000", "", "tonne", ""}, {"1.81 mln", m, "1810000", "", "tonne", ""}, {"1986", factcheck.Date, "1986", "", "", ""},
			{"550,000", m, "550000", "", "tonne", ""}, {"470,000", m, "470000", "", "tonne", ""}, {"12 ships", n, "12", "", "", ""}, {"5", n, "5", "", "", ""}}},
		{"a list's figures of a measure, each of a place after 'in'", "BRUSSELS, April 8 - Stocks were 936,000 tonnes in Belgium, 499,000\nin Denmark and 4,000 in\nPortugal. It sold 12 cars in March, 15 in April.", []want{
			{"936,000 tonnes", m, "936000", "", "tonne", ""}, {"499,000", m, "499000", "", "tonne", ""}, {"4,000", m, "4000", "", "tonne", ""},
			{"12 cars", n, "12", "", "", ""}, {"15", n, "15", "", "", ""}}},
		{"a second change of a measure, its verb said once", "HAMBURG, March 3 - Soybean imports rose to\n445,400 tonnes from 362,500 and exports to 151,500 from\n139,800. Sales rose to 12 tonnes from 10 and the staff to 300.", []want{
			{"445,400 tonnes", m, "445400", "", "tonne", ""}, {"362,500", m, "362500", "", "tonne", ""}, {"151,500", m, "151500", "", "tonne", ""}, {"139,800", m, "139800", "", "tonne", ""},
			{"12 tonnes", m, "12", "", "tonne", ""}, {"10", m, "10", "", "tonne", ""}, {"300", n, "300", "", "", ""}}},
		{"a measure compared after a stop that U.S. seems to end", "TOKYO, March 27 - The total included 19,102 tonnes from the U.S.\nAgainst 16,577 in January and 9,933 a year ago.", []want{
			{"19,102 tonnes", m, "19102", "", "tonne", ""}, {"16,577", m, "16577", "", "tonne", ""}, {"9,933", m, "9933", "", "tonne", ""}}},
		{"no measure that describes another, nor one of another size (but a price near a price is in its currency)", "Prices were between 46.40 and 46.50 Ecus per 100 kilos, compared to last week's 46.864; 2,477 under 40 horsepower tractors were sold compared to 2,479 a year ago.", []want{
			{"46.40 and 46.50 Ecus", factcheck.Money, "46.4", "46.5", "XEU", ""}, {"100 kilos", m, "100", "", "kg", ""}, {"46.864", factcheck.Money, "46.864", "", "XEU", ""},
			{"2,477", n, "2477", "", "", ""}, {"under 40 horsepower", m, "40", "", "horsepower", factcheck.UpperBound}, {"2,479", n, "2479", "", "", ""}}},
		{"a market's later quotes near its first, the currency said once, across sentences (but no ratio in a slash)", "The central bank set the yuan midpoint at 7.1106 per dollar, weaker than a Reuters estimate of 7.2222. Later it traded at 7.2335. The rupee slid to 84.09 against the dollar; dealers sold around the 84.10 level.", []want{
			{"7.1106", factcheck.Money, "7.1106", "", "CNY", ""}, {"7.2222", factcheck.Money, "7.2222", "", "CNY", ""}, {"7.2335", factcheck.Money, "7.2335", "", "CNY", ""},
			{"84.09", factcheck.Money, "84.09", "", "INR", ""}, {"around the 84.10 level", factcheck.Money, "84.1", "", "INR", factcheck.Approx}}},
		{"an estimate of the measure", "The crop will fall to 15.4 mln tonnes from a previous 15.68 mln estimate.", []want{
			{"15.4 mln tonnes", m, "15400000", "", "tonne", ""}, {"15.68 mln estimate", m, "15680000", "", "tonne", ""}}},
		{"compared after the measure's phrase", "Mills will use 4.1 mln bales of cotton this season after 3.92 mln last season.", []want{
			{"4.1 mln bales", m, "4100000", "", "bale", ""}, {"3.92 mln", m, "3920000", "", "bale", ""}}},
		{"a list of names and figures, its measure said once", "The Soviet Union took 263,051 tonnes of wheat, Saudi Arabia 90,944 tonnes barley, China 87,259 wheat, Morocco 27,500 maize and the U.K. 8,797 tonnes wheat.", []want{
			{"263,051 tonnes", m, "263051", "", "tonne", ""}, {"90,944 tonnes", m, "90944", "", "tonne", ""}, {"87,259", m, "87259", "", "tonne", ""},
			{"27,500", m, "27500", "", "tonne", ""}, {"8,797 tonnes", m, "8797", "", "tonne", ""}}},
		{"a list of destinations and the parts of a load", "They include 30,000 tonnes for China, 31,000 for the Soviet Union and 35,000 for Italy. Four ships load 32,000 tonnes, including 24,000 for Egypt and 6,000 for Tanzania.", []want{
			{"30,000 tonnes", m, "30000", "", "tonne", ""}, {"31,000", m, "31000", "", "tonne", ""}, {"35,000", m, "35000", "", "tonne", ""}, {"Four ships", n, "4", "", "", ""},
			{"32,000 tonnes", m, "32000", "", "tonne", ""}, {"24,000", m, "24000", "", "tonne", ""}, {"6,000", m, "6000", "", "tonne", ""}}},
		{"a list's item after and, its name in lower case", "Pig feed was 170,800 tonnes versus 171,600, and poultry\nfeed 287,600 compared with 256,600; and only 12 lambs.", []want{
			{"170,800 tonnes", m, "170800", "", "tonne", ""}, {"171,600", m, "171600", "", "tonne", ""}, {"287,600", m, "287600", "", "tonne", ""},
			{"256,600", m, "256600", "", "tonne", ""}, {"12 lambs", n, "12", "", "", ""}}},
		{"a part of a measure in brackets", "Use was 2.81 mln tonnes (including 993,000 imported) and stocks 3.05 mln tonnes (96,000\nimported), not 40 mln tonnes (1,500 farms).", []want{
			{"2.81 mln tonnes", m, "2810000", "", "tonne", ""}, {"993,000", m, "993000", "", "tonne", ""}, {"3.05 mln tonnes", m, "3050000", "", "tonne", ""},
			{"96,000", m, "96000", "", "tonne", ""}, {"40 mln tonnes", m, "40000000", "", "tonne", ""}, {"1,500 farms", n, "1500", "", "", ""}}},
		{"a carrier's traffic its sentence opens with", "Revenue passenger miles rose 16.5 pct in March to 274.3 mln from 235.3 mln, and available seat miles to 1.33 billion. Sales rose to 2.5 mln.", []want{
			{"16.5 pct", factcheck.Percent, "16.5", "", "", ""}, {"274.3 mln", m, "274300000", "", "revenue passenger mile", ""}, {"235.3 mln", m, "235300000", "", "revenue passenger mile", ""},
			{"1.33 billion", m, "1330000000", "", "available seat mile", ""}, {"2.5 mln", n, "2500000", "", "", ""}}},
		{"a comparison the next sentence opens with", "The crop is expected to yield a record 14.5 mln\ntonnes. This compares with a target of 14.7 mln and last year's yield of 14.0 mln. It has 12 mln people.", []want{
			{"14.5 mln\ntonnes", m, "14500000", "", "tonne", ""}, {"14.7 mln", m, "14700000", "", "tonne", ""}, {"14.0 mln", m, "14000000", "", "tonne", ""}, {"12 mln people", n, "12000000", "", "", ""}}},
		{"a second verb's figure", "The plant milled 620 mln kilos of wheat in 1986 and shipped 210 mln.", []want{
			{"620 mln kilos", m, "620000000", "", "kg", ""}, {"1986", factcheck.Date, "1986", "", "", ""}, {"210 mln", m, "210000000", "", "kg", ""}}},
		{"a change past the weight of each", "The crop came to 5.5 mln sacks of 60 kilos each, up 400,000 on last year.", []want{
			{"5.5 mln sacks", n, "5500000", "", "", ""}, {"60 kilos", m, "60", "", "kg", ""}, {"400,000", n, "400000", "", "", ""}}},
		{"a change past the weight of a unit", "Output reached 8.2 mln bales of 480 pounds each, up 600,000 from 1985.", []want{
			{"8.2 mln bales", m, "8200000", "", "bale", ""}, {"480 pounds", m, "480", "", "pound", ""}, {"600,000", m, "600000", "", "bale", ""},
			{"1985", factcheck.Date, "1985", "", "", ""}}},
		{"another sentence keeps its own", "Stocks hold 2.2 mln tonnes. The firm employs 1.4 mln.", []want{
			{"2.2 mln tonnes", m, "2200000", "", "tonne", ""}, {"1.4 mln", n, "1400000", "", "", ""}}},
		{"a word of money keeps it a count", "It shipped 3.1 mln tonnes and its debt reached 2.5 mln.", []want{
			{"3.1 mln tonnes", m, "3100000", "", "tonne", ""}, {"2.5 mln", n, "2500000", "", "", ""}}},
		{"a scaled figure of another size", "Highs hit 104 degrees Fahrenheit, 3K more than usual.", []want{
			{"104 degrees Fahrenheit", m, "104", "", "°F", ""}, {"3K", n, "3000", "", "", ""}}},
		{"a bare figure of another size", "Exports were 9.4 mln tonnes, up 12 from the year before.", []want{
			{"9.4 mln tonnes", m, "9400000", "", "tonne", ""}, {"12", n, "12", "", "", ""}}},
		{"the level a change of a measure reached", "The index was down 9.1 points by 1340\nGMT to 1997.5, and stocks rose 700,000 barrels to 329.38 mln.", []want{
			{"9.1 points", m, "9.1", "", "point", ""}, {"1997.5", m, "1997.5", "", "point", ""},
			{"700,000 barrels", m, "700000", "", "barrel", ""}, {"329.38 mln", m, "329380000", "", "barrel", ""}}},
		{"the level a move in points reached, a few words between, a year's digits no year", "The Dow recovered 102 points to a preliminary closing figure of 1841. Taiwan's stock market plunged a record 75.53 points to close at 1,803.08. The team scored 12 points in 1987.", []want{
			{"102 points", m, "102", "", "point", ""}, {"1841", m, "1841", "", "point", ""},
			{"75.53 points", m, "75.53", "", "point", ""}, {"1,803.08", m, "1803.08", "", "point", ""},
			{"12 points", n, "12", "", "", ""}, {"1987", factcheck.Date, "1987", "", "", ""}}},
		{"points of a poll's lead, and points in words of an index", "Most polls put the Conservatives nine to 10\npoints ahead. A poll gave Labour a 26 point lead. The FTSE 100 share index was eight points down at 1,981.0. Real slipped to 13 points behind Barcelona.", []want{
			{"nine to 10\npoints", m, "9", "10", "point", ""}, {"26 point", m, "26", "", "point", ""},
			{"eight points", m, "8", "", "point", ""}, {"1,981.0", m, "1981", "", "point", ""}, {"13 points", n, "13", "", "", ""}}},
		{"points of a story of a stock market that names no index in their sentence", "Shares on the Sao Paulo stock exchange rose again.\n\n\"There is space for gains up to 27,000 points,\" he said, while Real stayed 13 points behind.", []want{
			{"up to 27,000 points", m, "27000", "", "point", "upper_bound"}, {"13 points", n, "13", "", "", ""}}},
		{"the level the market of a stock market's story reaches", "Tokyo stock market prices fell.\n\nThe market will end up at about 22,300 in a week. Losses in 2001 and 2002 were not offset at the market price of 900.", []want{
			{"about 22,300", m, "22300", "", "point", "approx"}, {"a week", factcheck.Duration, "1", "", "week", ""}, {"2001 and 2002", factcheck.Date, "2001", "2002", "", ""}, {"900", n, "900", "", "", ""}}},
		{"points of a game in a story of a stock market", "The FTSE rose on Monday.\n\nUnited scored 21 points in the match.", []want{
			{"21 points", n, "21", "", "", ""}}},
		{"compared past a period's rank", "Exports rose to 351,889 tonnes during the first quarter from 93,038 a year earlier.", []want{
			{"351,889 tonnes", m, "351889", "", "tonne", ""}, {"the first quarter", factcheck.Ordinal, "1", "", "", ""}, {"93,038", m, "93038", "", "tonne", ""}}},
		{"the next level a change of the measure reaches", "Exports will decline to 480,000 tonnes in 1987 from 515,000 in 1986, and then rally to 490,000 in 1988.", []want{
			{"480,000 tonnes", m, "480000", "", "tonne", ""}, {"1987", factcheck.Date, "1987", "", "", ""}, {"515,000", m, "515000", "", "tonne", ""},
			{"1986", factcheck.Date, "1986", "", "", ""}, {"490,000", m, "490000", "", "tonne", ""}, {"1988", factcheck.Date, "1988", "", "", ""}}},
		{"a list of figures compared with the measure", "Output fell to 5,298\ntonnes in February from 7,472 in January and 14,280 a year earlier, and 300 in all.", []want{
			{"5,298\ntonnes", m, "5298", "", "tonne", ""}, {"7,472", m, "7472", "", "tonne", ""}, {"14,280", m, "14280", "", "tonne", ""}, {"300", n, "300", "", "", ""}}},
		{"a previous figure in brackets after a percentage or a measure", "New rates (previous in brackets) -\n    Average CD rates all banks 4.13 pct (4.33)\n    Italy 4,014 tonnes (1,340), 12 stores (40), 2.5 pct (300)", []want{
			{"4.13 pct", factcheck.Percent, "4.13", "", "", ""}, {"4.33", factcheck.Percent, "4.33", "", "", ""}, {"4,014 tonnes", m, "4014", "", "tonne", ""}, {"1,340", m, "1340", "", "tonne", ""},
			{"12 stores", n, "12", "", "", ""}, {"40", n, "40", "", "", ""}, {"2.5 pct", factcheck.Percent, "2.5", "", "", ""}, {"300", n, "300", "", "", ""}}},
		{"a table's unit declared once, in thousands, the next cell 'nil'", "The board issued figures for shipments in the week, in tonnes, with comparisons for the same week in 1986.\n    Bread wheat        235,800    205,700\n    Sunflowerseed        1,800     18,800        nil\nCumulative figures, in thousands of tonnes:\n                 Feb'87   Jan'87\n    Maize              48.3  (107.7)\n\n    It has 12 ships.", []want{
			{"1986", factcheck.Date, "1986", "", "", ""}, {"235,800", m, "235800", "", "tonne", ""}, {"205,700", m, "205700", "", "tonne", ""}, {"1,800", m, "1800", "", "tonne", ""}, {"18,800", m, "18800", "", "tonne", ""},
			{"Feb'87", factcheck.Date, "1987-02", "", "", ""}, {"Jan'87", factcheck.Date, "1987-01", "", "", ""}, {"48.3", m, "48300", "", "tonne", ""}, {"107.7", m, "107700", "", "tonne", ""}, {"12 ships", n, "12", "", "", ""}}},
		{"a range of the measure's scale, an adjective before its unit", "The trade guess was 66.06 mln acres, ranging from 60.7 to 69.0 mln, below the 76.67 mln planted last year; 67.6 mln planted acres will be 60 mln harvested acres.", []want{
			{"66.06 mln acres", m, "66060000", "", "acre", ""}, {"60.7 to 69.0 mln", m, "60700000", "69000000", "acre", ""}, {"76.67 mln", m, "76670000", "", "acre", ""},
			{"67.6 mln planted acres", m, "67600000", "", "acre", ""}, {"60 mln harvested acres", m, "60000000", "", "acre", ""}}},
		{"a list's figures of a thing", "Buyers were Peru with 58,100 tonnes of rice for the army, 47,200 of rice for\nLima and Cuba 21,000 of maize.", []want{
			{"58,100 tonnes", m, "58100", "", "tonne", ""}, {"47,200", m, "47200", "", "tonne", ""}, {"21,000", m, "21000", "", "tonne", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

func TestExtractRevisedFigure(t *testing.T) {
	m, p := factcheck.Money, factcheck.Percent
	tests := []struct {
		name, in string
		want     []want
	}{
		{"a change after a comma, and a range after the level reached", "A bank had upped its target for the share price, from £35 to £36.20. The share fell to 25.9 pct in the half-year, from 35 to 36 pct five years ago.", []want{
			{"£35", factcheck.Money, "35", "", "GBP", ""}, {"£36.20", factcheck.Money, "36.2", "", "GBP", ""},
			{"25.9 pct", p, "25.9", "", "", ""}, {"35 to 36 pct", p, "35", "36", "", ""}, {"five years", factcheck.Duration, "5", "", "year", ""}}},
		{"a change from a word to a figure with its noun or unit", "The U.S. is increasing its Gulf fleet from seven to 10 warships; planting is up from seven to nine pct; sailings are increased from nine to seven days.\nFRANCE REVISES GDP GROWTH FROM TWO TO 1.9 PCT\n", []want{
			{"seven", factcheck.Count, "7", "", "", ""}, {"10 warships", factcheck.Count, "10", "", "", ""},
			{"seven", p, "7", "", "", ""}, {"nine pct", p, "9", "", "", ""},
			{"nine", factcheck.Duration, "9", "", "day", ""}, {"seven days", factcheck.Duration, "7", "", "day", ""},
			{"TWO", p, "2", "", "", ""}, {"1.9 PCT", p, "1.9", "", "", ""}}},
		{"a change from a word to a word, neither naming its noun", "Disco Inferno crept up from six to five; sales rose from six to nine last year.", []want{
			{"six", factcheck.Count, "6", "", "", ""}, {"five", factcheck.Count, "5", "", "", ""},
			{"six", factcheck.Count, "6", "", "", ""}, {"nine", factcheck.Count, "9", "", "", ""}}},
		{"a percent revised", "Inflation was 5.1 pct against a 4.8 pct (revised from 4.6) rise.", []want{
			{"5.1 pct", p, "5.1", "", "", ""}, {"4.8 pct", p, "4.8", "", "", ""}, {"4.6", p, "4.6", "", "", ""}}},
		{"a sum revised, its scale unsaid", "Reserves fell to 12.4 billion Swiss francs from 12.9 (revised 12.7) billion.", []want{
			{"12.4 billion Swiss francs", m, "12400000000", "", "CHF", ""}, {"12.9", m, "12900000000", "", "CHF", ""},
			{"12.7", m, "12700000000", "", "CHF", ""}}},
		{"a measure previously", "Stocks stood at 88,300 tonnes (previously 87,900).", []want{
			{"88,300 tonnes", factcheck.Measure, "88300", "", "tonne", ""}, {"87,900", factcheck.Measure, "87900", "", "tonne", ""}}},
		{"a revision does not part two parallel figures", "Imports fell to 812.4 mln dlrs from 790.2 (revised from 791.0) in May and 744.6 in June.", []want{
			{"812.4 mln dlrs", m, "812400000", "", "USD", ""}, {"790.2", m, "790200000", "", "USD", ""}, {"791.0", m, "791000000", "", "USD", ""},
			{"744.6", m, "744600000", "", "USD", ""}}},
		{"a revision before the scale the figures share", "M-3 rose to 41.2 billion yen from 40.6 (revised from 40.5) billion in May and 38.9 billion in June.", []want{
			{"41.2 billion yen", m, "41200000000", "", "JPY", ""}, {"40.6", m, "40600000000", "", "JPY", ""}, {"40.5", m, "40500000000", "", "JPY", ""},
			{"38.9 billion", m, "38900000000", "", "JPY", ""}}},
		{"a figure of another size is no revision", "Sales were 4.2 pct (revised after 1,200 returns).", []want{
			{"4.2 pct", p, "4.2", "", "", ""}, {"1,200 returns", factcheck.Count, "1200", "", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}
