package extract

import (
	"testing"

	"golang.org/x/text/currency"

	"github.com/factcheck/factcheck/factcheck"
)

func TestExtractCurrencies(t *testing.T) {
	m := factcheck.Money
	tests := []struct {
		name, in string
		want     []want
	}{
		{"kroner after Denmark the Danish krone though Norway's came before in the sentence; a sum's ends 'each way' one range after 'adds'", "Norway raised its pledge to 1bn kroner on Wednesday, and Denmark said it would give 400m kroner. A checked bag adds £35 to £60 each way.", []want{
			{"1bn kroner", m, "1000000000", "", "NOK", ""}, {"400m kroner", m, "400000000", "", "DKK", ""}, {"£35 to £60", m, "35", "60", "GBP", ""}}},
		{"a part of a cent hyphened to it; an ordinal 'in a second' after 'its first' and a noun, the noun's", "It is funded by a half-cent sales tax and a quarter-cent levy. It will make 4nm chips in its first fab and 3nm parts in a second.", []want{
			{"a half-cent", m, "0.005", "", "USD", ""}, {"a quarter-cent", m, "0.0025", "", "USD", ""}, {"4nm", factcheck.Measure, "4", "", "nm", ""},
			{"its first fab", factcheck.Ordinal, "1", "", "", ""}, {"3nm", factcheck.Measure, "3", "", "nm", ""}, {"a second", factcheck.Ordinal, "2", "", "", ""}}},
		{"a price's move signed after its comma in the price's currency; pence to pounds dashed one range in pounds", "Spot Brent for January closed at 18.10 dlrs, -0.35 on the day. Downloads cost 75p-£1 each.", []want{
			{"18.10 dlrs", m, "18.1", "", "USD", ""}, {"-0.35", m, "-0.35", "", "USD", ""}, {"75p-£1", m, "0.75", "1", "GBP", ""}}},
		{"a bare '$' of a price at New Orleans, beside a Canadian dollar signed, the US dollar", "Urea at New Orleans traded at $355 a short ton, while potash sold for C$480 a tonne in Saskatoon.", []want{
			{"$355", m, "355", "", "USD", ""}, {"C$480", m, "480", "", "CAD", ""}}},
		{"a price in eighths after 'closed at' in a sentence that opens with a company, and after a block of shares 'crossing at' before 'shortly'", "Kimball Metals Inc, whose debentures were downgraded by Moody's, closed at 17-7/8, off 1/8, on 312,400 shares. A block of 1,250,000 shares crossed at 42-3/4 shortly after the opening.", []want{
			{"17-7/8", m, "17.875", "", "USD", ""}, {"1/8", m, "0.125", "", "USD", ""}, {"312,400 shares", factcheck.Count, "312400", "", "", ""},
			{"1,250,000 shares", factcheck.Count, "1250000", "", "", ""}, {"42-3/4", m, "42.75", "", "USD", ""}}},
		{"a figure before another in brackets takes the currency said after both, 'previous' inside or not", "Closing prices: gold 446.25 (previous 443.90) dlrs an ounce; silver 7.32 (7.28) dlrs; copper 1,102 (1,089) stg a tonne. She types 41 wpm.", []want{
			{"446.25", m, "446.25", "", "USD", ""}, {"443.90", m, "443.9", "", "USD", ""}, {"7.32", m, "7.32", "", "USD", ""}, {"7.28", m, "7.28", "", "USD", ""},
			{"1,102", m, "1102", "", "GBP", ""}, {"1,089", m, "1089", "", "GBP", ""}, {"41 wpm", factcheck.Measure, "41", "", "word per minute", ""}}},
		{"a discount after 'less' is its rate, no figure below zero (but a margin after 'less' is)", "Qty 6 at £14.99 = £89.94; less 10% loyalty discount (£8.99). The bond pays Libor less 0.24 pct.", []want{
			{"£14.99", m, "14.99", "", "GBP", ""}, {"£89.94", m, "89.94", "", "GBP", ""}, {"10% loyalty discount", factcheck.Percent, "10", "", "", ""}, {"£8.99", m, "8.99", "", "GBP", ""},
			{"less 0.24 pct", factcheck.Percent, "-0.24", "", "", ""}}},
		{"pence to pounds after 'from' or 'between' one range in pounds (but after a verb of change two sums)", "Pies cost from 25p to £1.10 each; a scheme charging between 2p and £1.34 a mile. The price rose from 25p to £1.10.", []want{
			{"25p to £1.10", m, "0.25", "1.1", "GBP", ""}, {"between 2p and £1.34", m, "0.02", "1.34", "GBP", ""}, {"25p", m, "0.25", "", "GBP", ""}, {"£1.10", m, "1.1", "", "GBP", ""}}},
		{"cents in a text that writes sums in rand are the rand's", "The mine raised its dividend to 185 cents from 140 cents after profit climbed to 96.3 mln rand.", []want{
			{"185 cents", m, "1.85", "", "ZAR", ""}, {"140 cents", m, "1.4", "", "ZAR", ""}, {"96.3 mln rand", m, "96300000", "", "ZAR", ""}}},
		{"a smallest coin after a verb of change, 'by' and a bound is a move", "Sterling fell by more than a cent against the dollar to $1.8650. He did not lose a cent.", []want{
			{"more than a cent", m, "0.01", "", "USD", factcheck.LowerBound}, {"$1.8650", m, "1.865", "", "USD", ""}}},
		{"the Slovak koruna and the Maltese lira by their adjectives", "Wages reached 15,825 Slovak koruna. It cost 40 Maltese lira.", []want{
			{"15,825 Slovak koruna", m, "15825", "", "SKK", ""}, {"40 Maltese lira", m, "40", "", "MTL", ""}}},
		{"a rate 'to the dollar' after 'the won's' is in won", "SEOUL, Feb 24 - The Bank of Korea set the won's trading base rate at 855.30 to the dollar.", []want{
			{"855.30", m, "855.3", "", "KRW", ""}}},
		{"cents a price closed lower 'at' a price in another currency are that currency's", "Tin closed 10 cents lower at 16.91 ringgit per kilo.", []want{
			{"10 cents", m, "0.1", "", "MYR", ""}, {"16.91 ringgit", m, "16.91", "", "MYR", ""}}},
		{"a bare dollar's price of oil a barrel is a world price in US dollars, after a dollar of Canada named", "Canada's loonie edged up to C$1.3615 per U.S. dollar, or 73.45 U.S. cents, while oil added 62 cents to $79.12 a barrel.", []want{
			{"C$1.3615", m, "1.3615", "", "CAD", ""}, {"73.45 U.S. cents", m, "0.7345", "", "USD", ""}, {"62 cents", m, "0.62", "", "USD", ""}, {"$79.12", m, "79.12", "", "USD", ""}}},
		{"a results row run into a sentence after a semicolon, its label capitalised, is in the report's currency, no share's price", "CHICAGO, April 14 - Midwest Grain Corp reported for the first quarter ended March 31: Shr 45 cts vs 38 cts; Net 4,512,000 vs 3,807,000; Revs 61.2 mln vs 55.9 mln.", []want{
			{"the first quarter", factcheck.Ordinal, "1", "", "", ""}, {"March 31", factcheck.Date, "--03-31", "", "", ""}, {"45 cts", m, "0.45", "", "USD", ""}, {"38 cts", m, "0.38", "", "USD", ""},
			{"4,512,000", m, "4512000", "", "USD", ""}, {"3,807,000", m, "3807000", "", "USD", ""}, {"61.2 mln", m, "61200000", "", "USD", ""}, {"55.9 mln", m, "55900000", "", "USD", ""}}},
		{"a results row run into a sentence with 'loss' and 'profit' about its figures is in the report's currency", "Midwest Rubber Co, 4th qtr: shr loss 18 cts vs profit 22 cts; net loss 1,104,000 vs profit 1,352,000.", []want{
			{"4th qtr", factcheck.Ordinal, "4", "", "", ""}, {"18 cts", m, "0.18", "", "USD", ""}, {"22 cts", m, "0.22", "", "USD", ""}, {"1,104,000", m, "1104000", "", "USD", ""}, {"1,352,000", m, "1352000", "", "USD", ""}}},
		{"a change in cents before a level in another currency's cents is in that currency", "SYDNEY, April 15 - The deficit narrowed to 1.04 billion Australian dlrs. The Australian dollar rose nearly half a cent to 71.20 U.S. Cents.", []want{
			{"1.04 billion Australian dlrs", m, "1040000000", "", "AUD", ""}, {"nearly half a cent", m, "0.005", "", "USD", factcheck.UpperBound}, {"71.20 U.S. Cents", m, "0.712", "", "USD", ""}}},
		{"'a double' room's price from one sum to another is a range, no change", "A double costs from €120 to €260 a night.", []want{
			{"€120 to €260", m, "120", "260", "EUR", ""}}},
		{"sums a total 'swelled' from and to are a change, two sums", "Deposits swelled from $61.8 billion to $189.2 billion over two years.", []want{
			{"$61.8 billion", m, "61800000000", "", "USD", ""}, {"$189.2 billion", m, "189200000000", "", "USD", ""}, {"two years", factcheck.Duration, "2", "", "year", ""}}},
		{"a bare change before 'to' and a level in a currency, the level larger, is in the level's currency (in pence, a share of a pound)", "White sugar fell 1.50 to 181 dlrs. Shares rose 2 to 181 pence.", []want{
			{"1.50", m, "1.5", "", "USD", ""}, {"181 dlrs", m, "181", "", "USD", ""}, {"2", m, "0.02", "", "GBP", ""}, {"181 pence", m, "1.81", "", "GBP", ""}}},
		{"a bare change before a level in millions of a currency keeps its scale unsaid: a count", "Profit rose 2 to 181 mln dlrs.", []want{
			{"2", factcheck.Count, "2", "", "", ""}, {"181 mln dlrs", m, "181000000", "", "USD", ""}}},
		{"a capitalised word opening 'Cent' after a sum is no name, but '50 Cent' is the rapper", "The fund paid a €2,540 Centenarian Bounty and $900 Central funding. 50 Cent's band played.", []want{
			{"€2,540", m, "2540", "", "EUR", ""}, {"$900", m, "900", "", "USD", ""}}},
		{"'lire' before a sum, as the wires wrote it, is the lira, and the bare figure it is compared with", "MILAN, April 2 - Fiat reported net profit of lire 2,162 billion, up 55.8 pct from 1,387 billion.", []want{
			{"lire 2,162 billion", m, "2162000000000", "", "ITL", ""}, {"55.8 pct", factcheck.Percent, "55.8", "", "", ""}, {"1,387 billion", m, "1387000000000", "", "ITL", ""}}},
		{"marks a share, or after a sum in marks in the sentence, are Deutsche Marks (but a pupil's marks count)", "Net profit rose to 580 mln marks and the board proposed a dividend of 10 marks. It pays 12 marks a share. She got 10 marks out of 20.", []want{
			{"580 mln marks", m, "580000000", "", "DEM", ""}, {"10 marks", m, "10", "", "DEM", ""}, {"12 marks", m, "12", "", "DEM", ""}, {"10 marks", factcheck.Count, "10", "", "", ""}, {"20", factcheck.Count, "20", "", "", ""}}},
		{"cents a share after ', or' restate a sum in US dollars just before under a Canadian dateline", "TORONTO, Feb 26 - It posted a loss of 39.2 mln U.S. dlrs, or 54 cts a share. Its pay rose 20 cts an hour.", []want{
			{"39.2 mln U.S. dlrs", m, "39200000", "", "USD", ""}, {"54 cts", m, "0.54", "", "USD", ""}, {"20 cts", m, "0.2", "", "CAD", ""}}},
		{"a bare '$' sum that converts, or is converted to, a dollar its country's prefix signs, after ', or', is the US dollar", "A fund raised HK$780 million, or about $100 million. The phone costs $799, or HK$6,249 in Hong Kong.", []want{
			{"HK$780 million", m, "780000000", "", "HKD", ""}, {"about $100 million", m, "100000000", "", "USD", factcheck.Approx}, {"$799", m, "799", "", "USD", ""}, {"HK$6,249", m, "6249", "", "HKD", ""}}},
		{"a price from which fares or rooms start is bounded below (but not a change from it to another, nor a range)", "Economy fares from S$1,680 one way; fares starting at £39. Prices fell from £5 to £4. Films range in price from £1 or £2 for old movies to £3.50.", []want{
			{"from S$1,680", m, "1680", "", "SGD", factcheck.LowerBound}, {"starting at £39", m, "39", "", "GBP", factcheck.LowerBound}, {"£5", m, "5", "", "GBP", ""}, {"£4", m, "4", "", "GBP", ""},
			{"£1", m, "1", "", "GBP", ""}, {"£2", m, "2", "", "GBP", ""}, {"£3.50", m, "3.5", "", "GBP", ""}}},
		{"a company's results run into a sentence after its share's earnings, each row's label in small letters before it and 'vs' after", "DALLAS, April 16 - Southwest Airlines Co 1st qtr shr 12 cts vs 20 cts, net 3.8 mln vs 6.1 mln, revs 178.4 mln vs 162.5 mln.", []want{
			{"1st qtr shr", factcheck.Ordinal, "1", "", "", ""}, {"12 cts", m, "0.12", "", "USD", ""}, {"20 cts", m, "0.2", "", "USD", ""}, {"3.8 mln", m, "3800000", "", "USD", ""}, {"6.1 mln", m, "6100000", "", "USD", ""},
			{"178.4 mln", m, "178400000", "", "USD", ""}, {"162.5 mln", m, "162500000", "", "USD", ""}}},
		{"a sum with no unit of its own before 'in' and a noun of money takes the story's currency (but not 'in Britain')", "LONDON, March 3 - The bank had 37.0 mln in assets. Microsoft is seeking millions in damages and the scheme produced millions in illegal profits. About 5 million in Britain use it.", []want{
			{"37.0 mln", m, "37000000", "", "GBP", ""}, {"millions", m, "2000000", "", "GBP", factcheck.LowerBound}, {"millions", m, "2000000", "", "GBP", factcheck.LowerBound}, {"About 5 million", factcheck.Count, "5000000", "", "", factcheck.Approx}}},
		{"marks quoted to a rate's fourth decimal are Deutsche Marks; grand in slang takes the currency its sentence names after it", "She bought a used car for ten grand and has spent over two thousand dollars on it. In London, sterling touched 2.9650 marks.", []want{
			{"ten grand", factcheck.Money, "10000", "", "USD", ""}, {"over two thousand dollars", factcheck.Money, "2000", "", "USD", factcheck.LowerBound}, {"2.9650 marks", factcheck.Money, "2.965", "", "DEM", ""}}},
		{"a sum in cents after a sign, its point leading; the cruzado's sign", "BRASILIA, March 3 - Sodas cost $.99 each. The deficit reached Cz$ 150 billion.", []want{
			{"$.99", factcheck.Money, "0.99", "", "USD", ""}, {"Cz$ 150 billion", factcheck.Money, "150000000000", "", "BRC", ""}}},
		{"Brazil's real and Paraguay's guaraní group thousands with dots (but a real's sum in billions keeps its decimal point); dots and a comma after a code read the continental way", "The minimum wage rose to R$ 1.412 a month and beef costs ₲7.300 a kilo; Petrobras earned R$1.412 billion. The peso closed at COP 3.912,50.", []want{
			{"R$ 1.412", m, "1412", "", "BRL", ""}, {"₲7.300", m, "7300", "", "PYG", ""}, {"R$1.412 billion", m, "1412000000", "", "BRL", ""}, {"COP 3.912,50", m, "3912.5", "", "COP", ""}}},
		{"dollars of the Caribbean, Central America and the Pacific by their prefixed signs, Nepal's rupee by its letters", "Guyana approved a G$1.5 billion fund. Barbados set aside BDS$12 million. Belize spent BZ$40 million and Fiji FJ$2.5 million. Nepal pays NRs 200,000 a family.", []want{
			{"G$1.5 billion", m, "1500000000", "", "GYD", ""}, {"BDS$12 million", m, "12000000", "", "BBD", ""}, {"BZ$40 million", m, "40000000", "", "BZD", ""},
			{"FJ$2.5 million", m, "2500000", "", "FJD", ""}, {"NRs 200,000", m, "200000", "", "NPR", ""}}},
		{"a world wire's cents under a dateline of a home of dollars are American, as its '$' is", "SINGAPORE, Dec 5 (Reuters) - Aramco cut its price by 50 cents to a premium of $3.50 a barrel, less than the 70-80 cents expected.", []want{
			{"50 cents", m, "0.5", "", "USD", ""}, {"$3.50", m, "3.5", "", "USD", ""}, {"70-80 cents", m, "0.7", "0.8", "USD", ""}}},
		{"Luxembourg francs as a wire's headline cuts them", "SWEDISH EXPORT CREDIT TO RAISE 300 MLN LUX FRANCS", []want{
			{"300 MLN LUX FRANCS", m, "300000000", "", "LUF", ""}}},
		{"a sum in Eurodollars, dollars held abroad", "Mitsui said it is issuing 300 mln Eurodollar warrant bonds in two tranches.", []want{
			{"300 mln Eurodollar", m, "300000000", "", "USD", ""}, {"two tranches", factcheck.Count, "2", "", "", ""}}},
		{"Korea's won hyphenated after a sum in full digits, a banknote's (but a score won)", "The bank issued a 10,000-won note. The team won 2-1.", []want{
			{"10,000-won", m, "10000", "", "KRW", ""}, {"2-1", factcheck.Count, "2", "", "", ""}}},
		{"Brazil's real hyphenated after a scale, as Korea's won is", "Brazil will build towers under a 6.2 billion-real plan and a 1.5 trillion-won deal.", []want{
			{"6.2 billion-real", m, "6200000000", "", "BRL", ""}, {"1.5 trillion-won", m, "1500000000000", "", "KRW", ""}}},
		{"currencies' signs beyond ASCII after the figure or before it", "It cost 4000 z\u0142 in Warsaw, 2 490 K\u010d in Prague, GH\u20b512.05 in Accra and 50,000\u20ab in Hanoi.", []want{
			{"4000 z\u0142", m, "4000", "", "PLN", ""}, {"2 490 K\u010d", m, "2490", "", "CZK", ""}, {"\u20b512.05", m, "12.05", "", "GHS", ""}, {"50,000\u20ab", m, "50000", "", "VND", ""}}},
		{"the UN's goals are no Sudanese pounds", "It serves SDG 14 and SDG 2, and cost SDG 14 million.", []want{
			{"SDG 14 million", m, "14000000", "", "SDG", ""}}},
		{"a sum British slang names by its note", "Entry costs a tenner, or about a fiver for children.", []want{
			{"a tenner", factcheck.Money, "10", "", "GBP", ""}, {"about a fiver", factcheck.Money, "5", "", "GBP", factcheck.Approx}}},
		{"a gold miner's results under its dateline's dollar", "&lt;KIENA GOLD MINES LTD> 4TH QTR NET\n    TORONTO, March 11 -\n    Shr 17 cts vs 16 cts\n    Net 1,019,000 vs 985,000\n", []want{
			{"4TH QTR NET", factcheck.Ordinal, "4", "", "", ""}, {"17 cts", factcheck.Money, "0.17", "", "CAD", ""}, {"16 cts", factcheck.Money, "0.16", "", "CAD", ""}, {"1,019,000", factcheck.Money, "1019000", "", "CAD", ""}, {"985,000", factcheck.Money, "985000", "", "CAD", ""}}},
		{"a rate to the dollar after the currency named", "LAGOS, April 2 - The naira firmed at the auction. The marginal rate set today was 3.7001 to the dollar compared with 4.0002 at the last session.", []want{
			{"3.7001", factcheck.Money, "3.7001", "", "NGN", ""}, {"4.0002", factcheck.Money, "4.0002", "", "NGN", ""}}},
		{"Zimbabwean dollars", "HARARE, March 3 - It will cost one billion Zimbabwean dlrs, or about 100 dollars (60 U.S. Dlrs) a head.", []want{
			{"one billion Zimbabwean dlrs", factcheck.Money, "1000000000", "", "ZWD", ""}, {"about 100 dollars", factcheck.Money, "100", "", "ZWD", factcheck.Approx}, {"60 U.S. Dlrs", factcheck.Money, "60", "", "USD", factcheck.Approx}}},
		{"Irish pence", "Coats is offering one Irish penny in cash per share, and the placing is at 371 Irish pence.", []want{
			{"one Irish penny", factcheck.Money, "0.01", "", "IEP", ""}, {"371 Irish pence", factcheck.Money, "3.71", "", "IEP", ""}}},
		{"Irish pounds", "Youghal had a pre-tax profit of 205,000 Irish pounds on turnover of 44.5 mln Irish\npounds.", []want{
			{"205,000 Irish pounds", factcheck.Money, "205000", "", "IEP", ""}, {"44.5 mln Irish\npounds", factcheck.Money, "44500000", "", "IEP", ""}}},
		{"a dealer's quote in marks after marks read", "The dollar fell to a low of 1.7675 marks on January 28. It ended that day at 1.7820/30 marks.", []want{
			{"1.7675 marks", factcheck.Money, "1.7675", "", "DEM", ""}, {"January 28", factcheck.Date, "--01-28", "", "", ""}, {"1.7820/30 marks", factcheck.Money, "1.782", "1.783", "DEM", ""}}},
		{"a dealer's quote in marks", "The currency recovered to the unchanged level of 1.8265/73 marks.", []want{
			{"1.8265/73 marks", factcheck.Money, "1.8265", "1.8273", "DEM", ""}}},
		{"a results note on the net's parts", "ACME CORP 4TH QTR NET\n    DAYTON, Ohio, March 6 -\n    Shr 12 cts vs 20 cts\n    Net 1,200,000 vs 2,050,000\n    NOTE: Net for 1987 includes 2.3 mln from discontinued opers, and 1.1 mln on an extraordinary gain.\n", []want{
			{"4TH QTR NET", factcheck.Ordinal, "4", "", "", ""}, {"12 cts", factcheck.Money, "0.12", "", "USD", ""}, {"20 cts", factcheck.Money, "0.2", "", "USD", ""}, {"1,200,000", factcheck.Money, "1200000", "", "USD", ""}, {"2,050,000", factcheck.Money, "2050000", "", "USD", ""}, {"1987", factcheck.Date, "1987", "", "", ""}, {"2.3 mln", factcheck.Money, "2300000", "", "USD", ""}, {"1.1 mln", factcheck.Money, "1100000", "", "USD", ""}}},
		{"a results note said again of the year", "ACME CORP 4TH QTR NET\n    DAYTON, Ohio, March 6 -\n    Shr 12 cts vs 20 cts\n    Revs for qtr include royalties of 412,500 vs 380,250, and for year of 1,633,900 vs 1,402,150.\n", []want{
			{"4TH QTR NET", factcheck.Ordinal, "4", "", "", ""}, {"12 cts", factcheck.Money, "0.12", "", "USD", ""}, {"20 cts", factcheck.Money, "0.2", "", "USD", ""}, {"412,500", factcheck.Money, "412500", "", "USD", ""}, {"380,250", factcheck.Money, "380250", "", "USD", ""}, {"1,633,900", factcheck.Money, "1633900", "", "USD", ""}, {"1,402,150", factcheck.Money, "1402150", "", "USD", ""}}},
		{"the Gulf's and Qatar's prefixes, the Irish and Egyptian pounds, Kenya's shilling named once, won an hour, and a bare dollar after the dollar its dateline names", "SYDNEY \u2014 The bank made A$5.02 billion and paid $2.25 a share. Al Reem made Dh15.5 billion; the fund raised SR15 billion and Doha QR9 billion. It cost IR\u00a34,500 and E\u00a3200.", []want{
			{"A$5.02 billion", factcheck.Money, "5020000000", "", "AUD", ""}, {"$2.25", factcheck.Money, "2.25", "", "AUD", ""}, {"Dh15.5 billion", factcheck.Money, "15500000000", "", "AED", ""}, {"SR15 billion", factcheck.Money, "15000000000", "", "SAR", ""}, {"QR9 billion", factcheck.Money, "9000000000", "", "QAR", ""}, {"IR\u00a34,500", factcheck.Money, "4500", "", "IEP", ""}, {"E\u00a3200", factcheck.Money, "200", "", "EGP", ""}}},
		{"a bare dollar of the one dollar country named, where the US dollar is written $US", "Netball Australia posted a surplus of $4.2 million for the year. It expects to pay about $US3m towards the world cup.", []want{
			{"$4.2 million", factcheck.Money, "4200000", "", "AUD", ""}, {"about $US3m", factcheck.Money, "3000000", "", "USD", factcheck.Approx}}},
		{"a local prefix in the one country the text names", "Kenya's tea earnings fell to Sh138 billion, and Seoul set the wage at 10,030 won an hour.", []want{
			{"Sh138 billion", factcheck.Money, "138000000000", "", "KES", ""}, {"10,030 won", factcheck.Money, "10030", "", "KRW", ""}}},
		{"the yen's sign under a Tokyo dateline in capitals, though the text names China", "TOKYO, April 11, 2024 — Sales topped ¥1.6tn; it plans 90 stores in greater China.", []want{
			{"topped ¥1.6tn", factcheck.Money, "1600000000000", "", "JPY", factcheck.LowerBound}, {"90 stores", factcheck.Count, "90", "", "", ""}}},
		{"a dividend in cents and eighths after a class's letter", "CHICAGO, March 13 -\n    Qtly div Class B 1-1/2 cts vs 1-1/2 cts prior", []want{
			{"1-1/2 cts", factcheck.Money, "0.015", "", "USD", ""}, {"1-1/2 cts", factcheck.Money, "0.015", "", "USD", ""}}},
		{"a results line's dividend in won against the year before's, under a name's abbreviation", "SEOUL, March 2 -\n    Div 50 won vs 50 won\n    Net profit 35.4 billion won vs 34.2 billion", []want{
			{"50 won", factcheck.Money, "50", "", "KRW", ""}, {"50 won", factcheck.Money, "50", "", "KRW", ""},
			{"35.4 billion won", factcheck.Money, "35400000000", "", "KRW", ""}, {"34.2 billion", factcheck.Money, "34200000000", "", "KRW", ""}}},
		{"dollars misspelt as the wire does", "Some 650 mln drls of outstanding debt is affected.", []want{
			{"650 mln drls", factcheck.Money, "650000000", "", "USD", factcheck.Approx}}},
		{"a local prefix in a text that writes its country's own", "Farmers will be paid Sh2,500 a bag, worth about KSh5 billion. Wages rose to Tk 12,500.", []want{
			{"Sh2,500", factcheck.Money, "2500", "", "KES", ""}, {"KSh5 billion", factcheck.Money, "5000000000", "", "KES", factcheck.Approx},
			{"Tk 12,500", factcheck.Money, "12500", "", "BDT", ""}}},
		{"Yugoslavia's dinars before 1990 (the text names Yugoslavia, no year given), zloties, and a Johannesburg share's earnings in cents", "BELGRADE, March 30 - Yugoslav exports were 875.59 billion dinars. Warsaw raised the price to 2,400 zloties per quintal.", []want{
			{"875.59 billion dinars", factcheck.Money, "875590000000", "", "YUD", ""}, {"2,400 zloties", factcheck.Money, "2400", "", "PLN", ""}}},
		{"South African cents of a share's earnings its sentence names before them", "JOHANNESBURG, March 12 - The rand stays at 48 U.S. Cents. General Mining said 1986 per share earnings rose 28 pct to 616 cts.", []want{
			{"48 U.S. Cents", factcheck.Money, "0.48", "", "USD", ""}, {"1986", factcheck.Date, "1986", "", "", ""}, {"28 pct", factcheck.Percent, "28", "", "", ""}, {"616 cts", factcheck.Money, "6.16", "", "ZAR", ""}}},
		{"bare pounds compared with a sum in pounds of money before them are money, a weight between", "CAIRO - Egypt pays farmers 2,000 Egyptian pounds per ardeb, equal to 150 kg, up from 1,600 pounds last year.", []want{
			{"2,000 Egyptian pounds", factcheck.Money, "2000", "", "EGP", ""}, {"150 kg", factcheck.Measure, "150", "", "kg", ""}, {"1,600 pounds", factcheck.Money, "1600", "", "EGP", ""}}},
		{"South African cents of a share's earnings written 'earnings per share' before them", "JOHANNESBURG, Sept 2 (Reuters) - Kestrel reported a 14% rise in headline earnings per share to 1,342 cents.", []want{
			{"14%", factcheck.Percent, "14", "", "", ""}, {"1,342 cents", factcheck.Money, "13.42", "", "ZAR", ""}}},
		{"a sum of a company's balance named before 'of' takes the story's currency", "LONDON, March 3 - The placing raised 160.7 mln stg. The group had listed investments of 47.1 mln.", []want{
			{"160.7 mln stg", factcheck.Money, "160700000", "", "GBP", ""}, {"47.1 mln", factcheck.Money, "47100000", "", "GBP", ""}}},
		{"the Kenyan shilling written Ksh before a number, spaced or glued", "NAIROBI, Kenya - Kenya Power posted a net profit of KSh 2.3bn, reversing a Ksh 1.1 billion loss. A bag sells at Kshs4,100.", []want{
			{"KSh 2.3bn", factcheck.Money, "2300000000", "", "KES", ""}, {"Ksh 1.1 billion", factcheck.Money, "1100000000", "", "KES", ""}, {"Kshs4,100", factcheck.Money, "4100", "", "KES", ""}}},
		{"a price's table under its headline, a day heading its columns", "U.S. FEEDER STEER PRICE\n    Chicago, April 13 - The U.S. Feeder Steer Price is a seven-day average of feeder steer prices.\n    April 9         Previous quote\n    70.03             69.87\n Reuter\n", []want{
			{"seven-day", factcheck.Duration, "7", "", "day", ""}, {"April 9", factcheck.Date, "--04-09", "", "", ""}, {"70.03", factcheck.Money, "70.03", "", "USD", ""}, {"69.87", factcheck.Money, "69.87", "", "USD", ""}}},
		{"a results table in small letters, a row's label cut off below it", "FHLMC 4TH QTR NET\n    WASHINGTON, March 18 -\n    net 65 mln vs 57 mln\n    year\n    shr preferred 14.87 dlrs vs 12.51 dlrs\n", []want{
			{"4TH QTR NET", factcheck.Ordinal, "4", "", "", ""}, {"65 mln", factcheck.Money, "65000000", "", "USD", ""}, {"57 mln", factcheck.Money, "57000000", "", "USD", ""}, {"14.87 dlrs", factcheck.Money, "14.87", "", "USD", ""}, {"12.51 dlrs", factcheck.Money, "12.51", "", "USD", ""}}},
		{"a flow of money named by its noun in the story's currency", "CANBERRA, March 12 - The net inflow jumped to 7.3 billion dlrs in the quarter. The turnaround to a 1.52 billion inflow from a 555 mln outflow was largely on account of borrowings, against a 57 mln withdrawal.", []want{
			{"7.3 billion dlrs", factcheck.Money, "7300000000", "", "AUD", ""}, {"1.52 billion inflow", factcheck.Money, "1520000000", "", "AUD", ""}, {"555 mln outflow", factcheck.Money, "555000000", "", "AUD", ""}, {"57 mln withdrawal", factcheck.Money, "57000000", "", "AUD", ""}}},
		{"a sum's noun before a date whose commas part no clause", "The company expects earnings of between 2.35 dlrs and 2.55 dlrs per share for fiscal 1988.\n    Total revenues for the year ending Feb 29, 1988, should be between 320 mln and 350 mln, he said.", []want{
			{"between 2.35 dlrs and 2.55 dlrs", factcheck.Money, "2.35", "2.55", "USD", ""}, {"1988", factcheck.Date, "1988", "", "", ""}, {"Feb 29, 1988", factcheck.Date, "1988-02-29", "", "", ""}, {"between 320 mln and 350 mln", factcheck.Money, "320000000", "350000000", "USD", ""}}},
		{"dollars of the country a phrase of terms names", "Reserves fell to 8.50 billion U.S. Dlrs in February.\n    In Australian dollar terms, reserves fell by 1.24 billion\ndlrs to 12.60 billion.", []want{
			{"8.50 billion U.S. Dlrs", factcheck.Money, "8500000000", "", "USD", ""}, {"1.24 billion\ndlrs", factcheck.Money, "1240000000", "", "AUD", ""}, {"12.60 billion", factcheck.Money, "12600000000", "", "AUD", ""}}},
		{"hundredths of currencies by their names, and Australia's dollar shortened", "Diesel rose to 4.5 piasters a litre and bread to 50 kobo.\nSHELL PLANS 60 MLN AUS DLR ISSUE\nIt also sold 5 mln Aust dlrs of notes.", []want{
			{"4.5 piasters", factcheck.Money, "0.045", "", "EGP", ""}, {"50 kobo", factcheck.Money, "0.5", "", "NGN", ""}, {"60 MLN AUS DLR", factcheck.Money, "60000000", "", "AUD", ""}, {"5 mln Aust dlrs", factcheck.Money, "5000000", "", "AUD", ""}}},
		{"a British results table with no share's row, its rows in the currency of its sums", "PENINSULAR AND ORIENTAL 1986 YEAR\n    LONDON, March 24 -\n    Turnover 1.95 billion stg vs 1.63 billion\n    Pretax profit 174.1 mln vs 125.6 mln\n    NOTE - Company's full name is Peninsular and Oriental\n    Net interest payable 29.5 mln vs 29.2 mln\n", []want{
			{"1986", factcheck.Date, "1986", "", "", ""}, {"1.95 billion stg", factcheck.Money, "1950000000", "", "GBP", ""}, {"1.63 billion", factcheck.Money, "1630000000", "", "GBP", ""}, {"174.1 mln", factcheck.Money, "174100000", "", "GBP", ""}, {"125.6 mln", factcheck.Money, "125600000", "", "GBP", ""}, {"29.5 mln", factcheck.Money, "29500000", "", "GBP", ""}, {"29.2 mln", factcheck.Money, "29200000", "", "GBP", ""}}},
		{"eurolire, lire lent outside Italy", "It issued 70 billion eurolire of bonds.", []want{
			{"70 billion eurolire", factcheck.Money, "70000000000", "", "ITL", ""}}},
		{"marks under a dateline of a German city as wire copy spells it", "HENKEL EXPECTS HIGHER PROFIT\n    DUESSELDORF, June 29 - Henkel said net profit rose 28 pct to 226 mln marks in 1986.", []want{
			{"28 pct", factcheck.Percent, "28", "", "", ""}, {"226 mln marks", factcheck.Money, "226000000", "", "DEM", ""}, {"1986", factcheck.Date, "1986", "", "", ""}}},
		{"a currency that is one nation's by its own name, after its adjective", "It cost 5 mln Italian lire, 3 mln Dutch guilders, 26 mln Peruvian intis and 169.4 Finnish markka; 5 Canadian cents.\n Eurodollar     140,417\n Short sterling  94,720\n", []want{
			{"5 mln Italian lire", factcheck.Money, "5000000", "", "ITL", ""}, {"3 mln Dutch guilders", factcheck.Money, "3000000", "", "NLG", ""},
			{"26 mln Peruvian intis", factcheck.Money, "26000000", "", "PEI", ""}, {"169.4 Finnish markka", factcheck.Money, "169.4", "", "FIM", ""},
			{"5 Canadian cents", factcheck.Money, "0.05", "", "CAD", ""}, {"140,417", factcheck.Count, "140417", "", "", ""}, {"94,720", factcheck.Count, "94720", "", "", ""}}},
		{"shillings, rupees and others named by their country's noun", "NAIROBI, April 1 - The surplus was 780 mln Kenya shillings, or 48 mln dlrs; it paid 20 mln Tanzania shillings and 5 mln Pakistan rupees.", []want{
			{"780 mln Kenya shillings", factcheck.Money, "780000000", "", "KES", ""}, {"48 mln dlrs", factcheck.Money, "48000000", "", "USD", ""},
			{"20 mln Tanzania shillings", factcheck.Money, "20000000", "", "TZS", ""}, {"5 mln Pakistan rupees", factcheck.Money, "5000000", "", "PKR", ""}}},
		{"a dollar named by its country's noun", "It is issuing a zero coupon 75 mln Australia dlr bond and a 50 mln Canada dlr issue.", []want{
			{"75 mln Australia dlr", factcheck.Money, "75000000", "", "AUD", ""}, {"50 mln Canada dlr", factcheck.Money, "50000000", "", "CAD", ""}}},
		{"the francs of Africa's nations by their adjective", "Rice imports rose to 82.4 billion Malagasy francs from 20 billion; fees were 900 Burundi francs.", []want{
			{"82.4 billion Malagasy francs", m, "82400000000", "", "MGF", ""}, {"20 billion", m, "20000000000", "", "MGF", ""}, {"900 Burundi francs", m, "900", "", "BIF", ""}}},
		{"a word that says whose between a vague number and its money", "It gives thousands of taxpayer dollars, then hundreds of Canadian dollars.", []want{
			{"thousands of taxpayer dollars", m, "2000", "", "USD", factcheck.LowerBound}, {"hundreds of Canadian dollars", m, "200", "", "CAD", factcheck.LowerBound}}},
		{"a hundredth of a yuan, a dollar made an adjective with its country", "It rose to 17 fen from 16 fen on a 104-mln-\nU.S.-dlr loan.", []want{
			{"17 fen", m, "0.17", "", "CNY", ""}, {"16 fen", m, "0.16", "", "CNY", ""}, {"104-mln-\nU.S.-dlr", m, "104000000", "", "USD", ""}}},
		{"a scale and a unit an editor bracketed in a quote", "\"People shouldn't think they are saved once we get over\n7.7 (billion dlrs),\" one warned. \"Below 15.8 (mln barrels per day),\" he said.", []want{
			{"over\n7.7 (billion dlrs)", m, "7700000000", "", "USD", factcheck.LowerBound},
			{"Below 15.8 (mln barrels per day)", factcheck.Measure, "15800000", "", "barrel per day", factcheck.UpperBound}}},
		{"the IMF's Special Drawing Rights", "Jamaica will draw 40.9 mln Special\nDrawing Rights and 85 mln SDRs, of 125.9 mln SDR's in all (125.9 MLN SDR'S, 85 mln sdr's); IBM's 3 mln.", []want{
			{"40.9 mln Special\nDrawing Rights", m, "40900000", "", "XDR", ""}, {"85 mln SDRs", m, "85000000", "", "XDR", ""},
			{"125.9 mln SDR's", m, "125900000", "", "XDR", ""}, {"125.9 MLN SDR'S", m, "125900000", "", "XDR", ""}, {"85 mln sdr's", m, "85000000", "", "XDR", ""},
			{"3 mln", factcheck.Count, "3000000", "", "", ""}}},
		{"European currency units", "A rebate of 1.3 European\ncurrency units (Ecus) was set, then a maximum 44.819\nEuropean Currency Units.", []want{
			{"1.3 European\ncurrency units", m, "1.3", "", "XEU", ""}, {"a maximum 44.819\nEuropean Currency Units", m, "44.819", "", "XEU", factcheck.UpperBound}}},
		{"Ecus wrapped to the next line", "It now costs 2,000\nEcus a hectare.", []want{{"2,000\nEcus", m, "2000", "", "XEU", ""}}},
		{"a penny", "Prices fell one penny, to 40 pence.", []want{{"one penny", m, "0.01", "", "GBP", ""}, {"40 pence", m, "0.4", "", "GBP", ""}}},
		{"code before", "The fund raised EUR 40m and USD 1.2 billion; the fine was CHF 300.", []want{
			{"EUR 40m", m, "40000000", "", "EUR", ""}, {"USD 1.2 billion", m, "1200000000", "", "USD", ""}, {"CHF 300", m, "300", "", "CHF", ""}}},
		{"code after", "It paid 40m EUR, then 1.2bn USD and 5bn KRW.", []want{
			{"40m EUR", m, "40000000", "", "EUR", ""}, {"1.2bn USD", m, "1200000000", "", "USD", ""}, {"5bn KRW", m, "5000000000", "", "KRW", ""}}},
		{"code glued", "Fees of SEK500 and RMB 3bn.", []want{
			{"SEK500", m, "500", "", "SEK", ""}, {"RMB 3bn", m, "3000000000", "", "CNY", ""}}},
		{"the IMF's special drawing rights by their code before the sum", "The IMF approved SDR 2.1 billion for the program.", []want{{"SDR 2.1 billion", m, "2100000000", "", "XDR", ""}}},
		{"US dollars with dots, across a line", "Reserves hit 76 billion U.S. Dlrs and the loan was 300 mln\nU.S. dlrs.", []want{
			{"76 billion U.S. Dlrs", m, "76000000000", "", "USD", ""}, {"300 mln\nU.S. dlrs", m, "300000000", "", "USD", ""}}},
		{"other dollars with dots", "Deposits reached 41.5 billion H.K. Dlrs and the float 3.2 mln N.Z.\ndlrs.", []want{
			{"41.5 billion H.K. Dlrs", m, "41500000000", "", "HKD", ""}, {"3.2 mln N.Z.\ndlrs", m, "3200000", "", "NZD", ""}}},
		{"a bare dollar after a dollar named with its country", "M-3 rose to 18.2 billion Australian dlrs.\n    M-1 grew to 6.1 billion dlrs, or 4.3 billion U.S. Dlrs, and fees were 12 dlrs.", []want{
			{"18.2 billion Australian dlrs", m, "18200000000", "", "AUD", ""}, {"6.1 billion dlrs", m, "6100000000", "", "AUD", ""},
			{"4.3 billion U.S. Dlrs", m, "4300000000", "", "USD", ""}, {"12 dlrs", m, "12", "", "USD", ""}}},
		{"a headline's dollars are the story's", "FIRM SELLS UNIT FOR 40 MLN DLRS\n    TORONTO - The firm sold the unit for 40 mln Canadian dlrs.", []want{
			{"40 MLN DLRS", m, "40000000", "", "CAD", ""}, {"40 mln Canadian dlrs", m, "40000000", "", "CAD", ""}}},
		{"cents glued as 'c' where a price is said: a change to a price, a rate, a word of paying, a sum before (but a temperature's 'c')", "Petrol rose 4.8c to A$1.89 a litre, against 40.2c in May. Power costs 36c/kWh. It was 23c in Perth, a hot day.", []want{
			{"4.8c", factcheck.Money, "0.048", "", "AUD", ""}, {"A$1.89", factcheck.Money, "1.89", "", "AUD", ""}, {"40.2c", factcheck.Money, "0.402", "", "AUD", ""}, {"36c", factcheck.Money, "0.36", "", "AUD", ""}}},
		{"dollars and cents said in words; a code's scale after it; millions of a currency by 'M' and its code", "It cost thirteen dollars and forty-five cents. They lost 75 USD million, then 30 MUSD and 120 MEUR.", []want{
			{"thirteen dollars and forty-five cents", factcheck.Money, "13.45", "", "USD", ""}, {"75 USD million", factcheck.Money, "75000000", "", "USD", ""}, {"30 MUSD", factcheck.Money, "30000000", "", "USD", ""}, {"120 MEUR", factcheck.Money, "120000000", "", "EUR", ""}}},
		{"a dollar named by its country's letters glued after the sign", "It paid $NZ1.05 million, then $A1.1bn, in excess of $NZ400m.", []want{
			{"$NZ1.05 million", factcheck.Money, "1050000", "", "NZD", ""}, {"$A1.1bn", factcheck.Money, "1100000000", "", "AUD", ""}, {"in excess of $NZ400m", factcheck.Money, "400000000", "", "NZD", factcheck.LowerBound}}},
		{"Israel's new shekel by its press code before a sum", "The war cost NIS 250bn, and NIS 3 billion more.", []want{
			{"NIS 250bn", factcheck.Money, "250000000000", "", "ILS", ""}, {"NIS 3 billion", factcheck.Money, "3000000000", "", "ILS", ""}}},
		{"a Canadian province after its dateline's place", "SEABRIGHT ISSUE APPROVED\n    HALIFAX, Nova Scotia, March 16 - It issued units priced at 6.25 dlrs each.", []want{
			{"6.25 dlrs", m, "6.25", "", "CAD", ""}}},
		{"a commodity's price per unit under a Canadian dateline", "EQUITY SILVER SELLS SHARES\n    VANCOUVER, British Columbia, March 11 - It sold shares for 37.1 mln dlrs to buy silver at 7.40 dlrs an ounce.", []want{
			{"37.1 mln dlrs", m, "37100000", "", "CAD", ""}, {"7.40 dlrs", m, "7.4", "", "USD", ""}}},
		{"a headline's dollars when the story's first are bare", "BOND RAISED TO 75 MLN DLRS\n    The bond was raised to 75 mln dlrs, not 90 mln Singapore dlrs.", []want{
			{"75 MLN DLRS", m, "75000000", "", "USD", ""}, {"75 mln dlrs", m, "75000000", "", "USD", ""}, {"90 mln Singapore dlrs", m, "90000000", "", "SGD", ""}}},
		{"shillings and pence", "In 1962 a pint cost 1s 4d and a ticket 12s 6d.", []want{
			{"1962", factcheck.Date, "1962", "", "", ""}, {"1s 4d", m, "0.0666666666667", "", "GBP", ""}, {"12s 6d", m, "0.625", "", "GBP", ""}}},
		{"a prefixed dollar names its country", "The bid of C$40 a share values it at 2 billion dollars.", []want{
			{"C$40", m, "40", "", "CAD", ""}, {"2 billion dollars", m, "2000000000", "", "CAD", ""}}},
		{"a dollar named without a sum names none", "The Canadian dollar fell as the bank sold 40 mln dlrs.", []want{
			{"40 mln dlrs", m, "40000000", "", "USD", ""}}},
		{"symbols of one currency each", "Fares were ₾12, ฿450, ₸3,000, ৳80 and ₲9,000.", []want{
			{"₾12", m, "12", "", "GEL", ""}, {"฿450", m, "450", "", "THB", ""}, {"₸3,000", m, "3000", "", "KZT", ""},
			{"৳80", m, "80", "", "BDT", ""}, {"₲9,000", m, "9000", "", "PYG", ""}}},
		{"abbreviations before the number", "Tickets cost NT$350, Rp 75,000 and RM45.", []want{
			{"NT$350", m, "350", "", "TWD", ""}, {"Rp 75,000", m, "75000", "", "IDR", ""}, {"RM45", m, "45", "", "MYR", ""}}},
		{"names of one small country's money", "Aid of 500 million gourdes and 100 million vatu; a wage of 40 bolivianos, 2,000 lempiras.", []want{
			{"500 million gourdes", m, "500000000", "", "HTG", ""}, {"100 million vatu", m, "100000000", "", "VUV", ""},
			{"40 bolivianos", m, "40", "", "BOB", ""}, {"2,000 lempiras", m, "2000", "", "HNL", ""}}},
		{"names of one country's money", "Bread costs 40 hryvnias, 3 lari, 900 tenge and 25,000 dong.", []want{
			{"40 hryvnias", m, "40", "", "UAH", ""}, {"3 lari", m, "3", "", "GEL", ""}, {"900 tenge", m, "900", "", "KZT", ""},
			{"25,000 dong", m, "25000", "", "VND", ""}}},
		{"names after a nation's adjective", "It paid 800 Czech korun and 60 Bulgarian leva.", []want{
			{"800 Czech korun", m, "800", "", "CZK", ""}, {"60 Bulgarian leva", m, "60", "", "BGN", ""}}},
		{"code with a qualifier", "It cost about ZAR 2 million.", []want{{"ZAR 2 million", m, "2000000", "", "ZAR", factcheck.Approx}}},
		{"symbols", "Prices hit ₩5,000, ₽300, ₺40, ₦1,000, ₱250 and ₹12.", []want{
			{"₩5,000", m, "5000", "", "KRW", ""}, {"₽300", m, "300", "", "RUB", ""}, {"₺40", m, "40", "", "TRY", ""},
			{"₦1,000", m, "1000", "", "NGN", ""}, {"₱250", m, "250", "", "PHP", ""}, {"₹12", m, "12", "", "INR", ""}}},
		{"the peso's code as Manila's papers write it, glued or spaced", "A Php2.1-billion jail, Php2.1 billion in bonds and Php 500 grants.", []want{
			{"Php2.1-billion", m, "2100000000", "", "PHP", ""}, {"Php2.1 billion", m, "2100000000", "", "PHP", ""}, {"Php 500", m, "500", "", "PHP", ""}}},
		{"lakh crore", "It set aside Rs 4.5 lakh crore.", []want{{"Rs 4.5 lakh crore", m, "4500000000000", "", "INR", ""}}},
		{"yen sign", "Sony made ¥500bn.", []want{{"¥500bn", m, "500000000000", "", "JPY", ""}}},
		{"sterling's 'stg' before a sum, as after it (after a sum, the sum's)", "British shoppers added stg 1.4 bln; the issue was 100 mln stg 9-3/8 pct notes.", []want{
			{"stg 1.4 bln", m, "1400000000", "", "GBP", ""}, {"100 mln stg", m, "100000000", "", "GBP", ""}, {"9-3/8 pct", factcheck.Percent, "9.375", "", "", ""}}},
		{"the yen sign in a text of China and not Japan is the yuan's", "Shipments in China fell as prices slipped to ¥312.", []want{{"¥312", m, "312", "", "CNY", ""}}},
		{"the yen sign in a text of China and Japan is the yen's", "Sony sold more in China than in Japan, at ¥312 each.", []want{{"¥312", m, "312", "", "JPY", ""}}},
		{"yen sign for yuan", "Alibaba made ¥500bn, or 500 billion yuan.", []want{
			{"¥500bn", m, "500000000000", "", "CNY", ""}, {"500 billion yuan", m, "500000000000", "", "CNY", ""}}},
		{"prefixed dollars", "It sold for R$10 million, C$5m, A$3bn, HK$200, NZ$40, S$7 and US$9.", []want{
			{"R$10 million", m, "10000000", "", "BRL", ""}, {"C$5m", m, "5000000", "", "CAD", ""}, {"A$3bn", m, "3000000000", "", "AUD", ""},
			{"HK$200", m, "200", "", "HKD", ""}, {"NZ$40", m, "40", "", "NZD", ""}, {"S$7", m, "7", "", "SGD", ""}, {"US$9", m, "9", "", "USD", ""}}},
		{"crypto-currencies, measures in their tickers: no ISO 4217 money", "The token sold for 40 ETH, then 12.5 Ether; a miner earned 0.8 bitcoin and held BTC 3.", []want{
			{"40 ETH", factcheck.Measure, "40", "", "ETH", ""}, {"12.5 Ether", factcheck.Measure, "12.5", "", "ETH", ""}, {"0.8 bitcoin", factcheck.Measure, "0.8", "", "BTC", ""},
			{"BTC 3", factcheck.Measure, "3", "", "BTC", ""}}},
		{"names", "They paid 500 yen, 30 yuan, 40 rupees, 20 euros, 10 francs, 5 rand and 300 roubles.", []want{
			{"500 yen", m, "500", "", "JPY", ""}, {"30 yuan", m, "30", "", "CNY", ""}, {"40 rupees", m, "40", "", "INR", ""},
			{"20 euros", m, "20", "", "EUR", ""}, {"10 francs", m, "10", "", "CHF", ""}, {"5 rand", m, "5", "", "ZAR", ""},
			{"300 roubles", m, "300", "", "RUB", ""}}},
		{"names with adjectives", "It cost 12 Swiss francs, 6 Mexican pesos, 7 Canadian dollars, 8 Australian dollars and 9 Hong Kong dollars.", []want{
			{"12 Swiss francs", m, "12", "", "CHF", ""}, {"6 Mexican pesos", m, "6", "", "MXN", ""}, {"7 Canadian dollars", m, "7", "", "CAD", ""},
			{"8 Australian dollars", m, "8", "", "AUD", ""}, {"9 Hong Kong dollars", m, "9", "", "HKD", ""}}},
		{"two-word nations", "It lent 5 South African rand, 50 mln New Zealand dlrs and 3 North Korean won.", []want{
			{"5 South African rand", m, "5", "", "ZAR", ""}, {"50 mln New Zealand dlrs", m, "50000000", "", "NZD", ""},
			{"3 North Korean won", m, "3", "", "KPW", ""}}},
		{"adjectives without a lexicon name", "Reserves of 2 billion Kuwaiti dinars and 41.7 billion Syrian pounds.", []want{
			{"2 billion Kuwaiti dinars", m, "2000000000", "", "KWD", ""}, {"41.7 billion Syrian pounds", m, "41700000000", "", "SYP", ""}}},
		{"cents written with their sign, and percentage points written 'pp'", "Wheat slid 14¢ to 5.62 dlrs; absence was 2.7pp above the norm.", []want{
			{"14¢", factcheck.Money, "0.14", "", "USD", ""}, {"5.62 dlrs", factcheck.Money, "5.62", "", "USD", ""}, {"2.7pp", factcheck.Percent, "2.7", "", "percentage point", ""}}},
		{"an editor's currency in brackets after a quoted figure, but not outside a quote", "\"I do not see the dollar getting above 142\n(yen)\", Mills said. Exports rose to 142 (yen terms).", []want{
			{"above 142\n(yen)", factcheck.Money, "142", "", "JPY", factcheck.LowerBound}, {"142", factcheck.Count, "142", "", "", ""}}},
		{"won on the next line after its figure", "Loans each exceed 50 billion\nwon, and exporters will now get only 575\nwon (0.686 dlrs).", []want{
			{"50 billion\nwon", factcheck.Money, "50000000000", "", "KRW", factcheck.LowerBound}, {"575\nwon", factcheck.Money, "575", "", "KRW", ""}, {"0.686 dlrs", factcheck.Money, "0.686", "", "USD", ""}}},
		{"won", "It spent 5 trillion won; exporters got 645 won.", []want{
			{"5 trillion won", m, "5000000000000", "", "KRW", ""}, {"645 won", m, "645", "", "KRW", ""}}},
		{"won the verb", "Labour won 355 seats and 12 won medals.", []want{
			{"355 seats", factcheck.Count, "355", "", "", ""}, {"12", factcheck.Count, "12", "", "", ""}}},
		{"wire forms", "Profit was 5 dlrs, 3 mln stg and 4 Canadian dlrs.", []want{
			{"5 dlrs", m, "5", "", "USD", ""}, {"3 mln stg", m, "3000000", "", "GBP", ""}, {"4 Canadian dlrs", m, "4", "", "CAD", ""}}},
		{"currency made an adjective", "It fought the 100-dlr-a-share offer, a 26-mln-dlr loan, a 50-cent dividend and a 10-franc fee.", []want{
			{"100-dlr", m, "100", "", "USD", ""}, {"26-mln-dlr", m, "26000000", "", "USD", ""}, {"50-cent", m, "0.5", "", "USD", ""},
			{"10-franc", m, "10", "", "CHF", ""}}},
		{"cents", "A coffee costs 99 cents.", []want{{"99 cents", m, "0.99", "", "USD", ""}}},
		{"dollars and cents", "It cost $3 and 50 cents, or 4 dollars and 5 cents.", []want{
			{"$3 and 50 cents", m, "3.5", "", "USD", ""}, {"4 dollars and 5 cents", m, "4.05", "", "USD", ""}}},
		{"dollars and cents with no and", "It cost 4 dollars 25 cents, or 3 euros 80 cents.", []want{
			{"4 dollars 25 cents", m, "4.25", "", "USD", ""}, {"3 euros 80 cents", m, "3.8", "", "EUR", ""}}},
		{"no cents joined to a sum of thousands, its 'or' dropped", "Net was 672,000 dlrs or 27 cts in 1987, 918,000\ndlrs 38 cts in 1986.", []want{
			{"672,000 dlrs", m, "672000", "", "USD", ""}, {"27 cts", m, "0.27", "", "USD", ""}, {"1987", factcheck.Date, "1987", "", "", ""},
			{"918,000\ndlrs", m, "918000", "", "USD", ""}, {"38 cts", m, "0.38", "", "USD", ""}, {"1986", factcheck.Date, "1986", "", "", ""}}},
		{"cents of a dollar named by its country", "The rand rose to 51 U.S. Cts and the loonie to 74 US cents, or 98 Canadian cents.", []want{
			{"51 U.S. Cts", m, "0.51", "", "USD", ""}, {"74 US cents", m, "0.74", "", "USD", ""}, {"98 Canadian cents", m, "0.98", "", "CAD", ""}}},
		{"pounds and pence", "It cost £3 and 20 pence.", []want{{"£3 and 20 pence", m, "3.2", "", "GBP", ""}}},
		{"wire's cent before its noun, not a carat", "It kept its 15 ct fee, against one ct, and sold an 18 ct gold ring after 3 CT scans.", []want{
			{"15 ct", m, "0.15", "", "USD", ""}, {"one ct", m, "0.01", "", "USD", ""}, {"18 ct", factcheck.Measure, "18", "", "carat", ""},
			{"3 CT scans", factcheck.Count, "3", "", "", ""}}},
		{"a wire report of results in the currency of its share's earnings", "ACME CORP 1ST QTR NET\n    CHICAGO, March 31 -\n    Shr 12 cts vs nine cts\n    Net 2,610,000 vs 2,442,000\n    Revs 14.5 mln vs 12.1 mln\n    Avg shrs 6,460,000 vs 5,719,000\n    Note: Net includes capital gains of 18,000 vs\n21,000.", []want{
			{"1ST QTR", factcheck.Ordinal, "1", "", "", ""}, {"12 cts", m, "0.12", "", "USD", ""}, {"nine cts", m, "0.09", "", "USD", ""},
			{"2,610,000", m, "2610000", "", "USD", ""}, {"2,442,000", m, "2442000", "", "USD", ""},
			{"14.5 mln", m, "14500000", "", "USD", ""}, {"12.1 mln", m, "12100000", "", "USD", ""},
			{"6,460,000", factcheck.Count, "6460000", "", "", ""}, {"5,719,000", factcheck.Count, "5719000", "", "", ""},
			{"18,000", m, "18000", "", "USD", ""}, {"21,000", m, "21000", "", "USD", ""}}},
		{"a dollar named in brackets after it", "It would receive 31 dlrs (Canadian) a share, and 6 dlrs (net).", []want{
			{"31 dlrs (Canadian)", m, "31", "", "CAD", ""}, {"6 dlrs", m, "6", "", "USD", ""}}},
		{"a results report's row labelled by a unit of measure", "GOLD MINE 1ST QTR\n    JOHANNESBURG, April 9 -\n    Net 264.32 mln rand vs 300.99 mln\n    Tonnes milled 3.74 mln vs 3.72 mln\n    Gold production 30,865 kgs vs 30,236 kgs", []want{
			{"1ST QTR", factcheck.Ordinal, "1", "", "", ""}, {"264.32 mln rand", m, "264320000", "", "ZAR", ""}, {"300.99 mln", m, "300990000", "", "ZAR", ""},
			{"3.74 mln", factcheck.Measure, "3740000", "", "tonne", ""}, {"3.72 mln", factcheck.Measure, "3720000", "", "tonne", ""},
			{"30,865 kgs", factcheck.Measure, "30865", "", "kg", ""}, {"30,236 kgs", factcheck.Measure, "30236", "", "kg", ""}}},
		{"a results report's rows that list a sum's parts", "DELTA GROUP YEAR\n    LONDON, March 25 -\n    Shr 24.8p vs 24.5p\n    Profit breakdown by activity -\n    Engineering 10.75 mln vs 11.13 mln\n    Corporate finance 340,000 vs 4.12 mln", []want{
			{"24.8p", m, "0.248", "", "GBP", ""}, {"24.5p", m, "0.245", "", "GBP", ""},
			{"10.75 mln", m, "10750000", "", "GBP", ""}, {"11.13 mln", m, "11130000", "", "GBP", ""},
			{"340,000", m, "340000", "", "GBP", ""}, {"4.12 mln", m, "4120000", "", "GBP", ""}}},
		{"a results report whose rows are operating figures", "ACME CORP 3RD QTR OPER NET\n    CHICAGO, Oct 20 -\n    Oper shr 30 cts vs 26 cts\n    Oper net 2,360,000 vs 2,018,000\n    Revs 74.4 mln vs 70.1 mln", []want{
			{"3RD QTR", factcheck.Ordinal, "3", "", "", ""}, {"30 cts", factcheck.Money, "0.3", "", "USD", ""}, {"26 cts", factcheck.Money, "0.26", "", "USD", ""},
			{"2,360,000", factcheck.Money, "2360000", "", "USD", ""}, {"2,018,000", factcheck.Money, "2018000", "", "USD", ""},
			{"74.4 mln", factcheck.Money, "74400000", "", "USD", ""}, {"70.1 mln", factcheck.Money, "70100000", "", "USD", ""}}},
		{"a results report's revenue said Rev", "ACME CORP QTR NET\n    MINNEAPOLIS, March 30 -\n    Shr 19 cts vs 13 cts\n    Rev 3.2 mln vs 2.5 mln", []want{
			{"19 cts", factcheck.Money, "0.19", "", "USD", ""}, {"13 cts", factcheck.Money, "0.13", "", "USD", ""},
			{"3.2 mln", factcheck.Money, "3200000", "", "USD", ""}, {"2.5 mln", factcheck.Money, "2500000", "", "USD", ""}}},
		{"a results report's parts under a wrapped lead-in", "GENERAL GROUP PLC RESULTS\n    LONDON, March 19 -\n    Shr 14.58p vs 7.86p\n    Pretax profit 83.2 mln stg vs 31.5\nmln, consists of -\n    Long term business 45.9 mln stg vs 43.8 mln\n    U.S. Long term business 6.2 mln vs 8.9 mln\n", []want{
			{"14.58p", m, "0.1458", "", "GBP", ""}, {"7.86p", m, "0.0786", "", "GBP", ""}, {"83.2 mln stg", m, "83200000", "", "GBP", ""},
			{"31.5\nmln", m, "31500000", "", "GBP", ""}, {"45.9 mln stg", m, "45900000", "", "GBP", ""}, {"43.8 mln", m, "43800000", "", "GBP", ""},
			{"6.2 mln", m, "6200000", "", "GBP", ""}, {"8.9 mln", m, "8900000", "", "GBP", ""}}},
		{"a results report's year, its expenses' parts and its profit's", "DELTA BANK 1986 YEAR\n    LONDON, March 24 -\n    Shr 97.0p vs 85.3p\n    Tax 96.3 mln vs 125.6 mln\n    Operating expenses include -\n    Staff 405.9 mln vs 376.0 mln\n    Pretax profit includes -  North America 65.8 mln vs 49.6 mln\n    Asia 0.9 mln vs 31.8 mln", []want{
			{"1986", factcheck.Date, "1986", "", "", ""}, {"97.0p", m, "0.97", "", "GBP", ""}, {"85.3p", m, "0.853", "", "GBP", ""}, {"96.3 mln", m, "96300000", "", "GBP", ""}, {"125.6 mln", m, "125600000", "", "GBP", ""},
			{"405.9 mln", m, "405900000", "", "GBP", ""}, {"376.0 mln", m, "376000000", "", "GBP", ""}, {"65.8 mln", m, "65800000", "", "GBP", ""},
			{"49.6 mln", m, "49600000", "", "GBP", ""}, {"0.9 mln", m, "900000", "", "GBP", ""}, {"31.8 mln", m, "31800000", "", "GBP", ""}}},
		{"a results report's parts under a lead-in that ends a sentence", "MINING CO NINE MONTHS\n    MELBOURNE, March 27 -\n    Shr 47.4 cents vs 65.2\n    Divisional net earnings were.\n    Petroleum 184.9 mln dlrs vs 472.4 mln\n    Minerals 254.6 mln vs 241.0 mln\n", []want{
			{"NINE MONTHS", factcheck.Duration, "9", "", "month", ""}, {"47.4 cents", m, "0.474", "", "AUD", ""}, {"65.2", m, "0.652", "", "AUD", ""}, {"184.9 mln dlrs", m, "184900000", "", "AUD", ""},
			{"472.4 mln", m, "472400000", "", "AUD", ""}, {"254.6 mln", m, "254600000", "", "AUD", ""}, {"241.0 mln", m, "241000000", "", "AUD", ""}}},
		{"a results report's notes name their sums", "ACME RESULTS\n    CHICAGO, March 3 -\n    Shr profit five cts vs loss 2.11 dlrs\n    The year includes a 6,000,000 provision and charges of 1,200,000.", []want{
			{"five cts", m, "0.05", "", "USD", ""}, {"2.11 dlrs", m, "2.11", "", "USD", ""},
			{"6,000,000 provision", m, "6000000", "", "USD", ""}, {"1,200,000", m, "1200000", "", "USD", ""}}},
		{"a results report under a US state's dateline with no sum before its rows", "ACME TECHNOLOGIES 4TH QTR\n    SECAUCUS, N.J., March 31 -\n    Shr N.A. vs N.A.\n    Net 46,000 vs 106,000\n    Revs 19.8 mln vs 19.0 mln", []want{
			{"4TH QTR", factcheck.Ordinal, "4", "", "", ""}, {"46,000", m, "46000", "", "USD", ""}, {"106,000", m, "106000", "", "USD", ""},
			{"19.8 mln", m, "19800000", "", "USD", ""}, {"19.0 mln", m, "19000000", "", "USD", ""}}},
		{"a results report with no share's row, its net a loss", "ACME INDUSTRIES 2ND QTR LOSS\n    NEW YORK, March 18 -\n    Net loss 1,321,000 vs loss 1,397,000\n    Sales 31.1 mln vs 29.2 mln", []want{
			{"2ND QTR LOSS", factcheck.Ordinal, "2", "", "", ""}, {"1,321,000", m, "1321000", "", "USD", ""}, {"1,397,000", m, "1397000", "", "USD", ""},
			{"31.1 mln", m, "31100000", "", "USD", ""}, {"29.2 mln", m, "29200000", "", "USD", ""}}},
		{"a results report with no sum before its rows, in another country of dollars", "ACME TECHNOLOGIES YEAR\n    TORONTO, March 31 -\n    Shr N.A. vs N.A.\n    Net 46,000 vs 106,000", []want{
			{"46,000", m, "46000", "", "CAD", ""}, {"106,000", m, "106000", "", "CAD", ""}}},
		{"a results report with no sum before its rows, in a country of no dollars", "ACME TECHNOLOGIES YEAR\n    ZURICH, March 31 -\n    Shr N.A. vs N.A.\n    Net 46,000 vs 106,000", []want{
			{"46,000", factcheck.Count, "46000", "", "", ""}, {"106,000", factcheck.Count, "106000", "", "", ""}}},
		{"cents of two dollars at par, the first named, and bare cents after them outside the US", "GENEVA, March 9 - The reference price is 201.66 Malaysian/Singapore\ncts a kilo; the indicator averages 196 cts, up five cents.", []want{
			{"201.66 Malaysian/Singapore\ncts", m, "2.0166", "", "MYR", ""}, {"196 cts", m, "1.96", "", "MYR", ""}, {"five cents", m, "0.05", "", "MYR", ""}}},
		{"bare cents under a US dateline are the dollar's", "NEW YORK, March 9 - The coin is worth 20 Canadian cents, and the stock rose 31 cts.", []want{
			{"20 Canadian cents", m, "0.2", "", "CAD", ""}, {"31 cts", m, "0.31", "", "USD", ""}}},
		{"nil in a results report, a sum of nothing, after a dividend's label too", "ACME CORP 3RD QTR NET\n    NEW YORK, Oct 20 -\n    Shr nil vs loss 14 cts\n    Net 1,697,000 vs nil\n    Interim div nil vs nil\n    The nil rate band stays.", []want{
			{"3RD QTR", factcheck.Ordinal, "3", "", "", ""}, {"nil", m, "0", "", "USD", ""}, {"14 cts", m, "0.14", "", "USD", ""},
			{"1,697,000", m, "1697000", "", "USD", ""}, {"nil", m, "0", "", "USD", ""}, {"nil", m, "0", "", "USD", ""}, {"nil", m, "0", "", "USD", ""}}},
		{"a rate of exchange in the currency it quotes", "The yen closed at 151.53 to the dollar and the Philippine peso, pegged at 20.50 to the U.S. dollar, held.", []want{
			{"151.53", m, "151.53", "", "JPY", ""}, {"20.50", m, "20.5", "", "PHP", ""}}},
		{"a sum in millions of pounds hyphenated before its thing; a weight in pounds so", "Its half-a-million-pound office lease and a two-million-pound house went, with a 20-pound bag.", []want{
			{"half-a-million-pound", m, "500000", "", "GBP", ""}, {"two-million-pound", m, "2000000", "", "GBP", ""}, {"20-pound", factcheck.Measure, "20", "", "pound", ""}}},
		{"cents glued as 'c' after a share's earnings, and a shortfall in them; a range of cents by their sign", "EPS of 97c missed the Street by 6c, and a dividend of 80¢ to 85¢ is seen.", []want{
			{"97c", m, "0.97", "", "USD", ""}, {"6c", m, "0.06", "", "USD", ""}, {"80¢ to 85¢", m, "0.8", "0.85", "USD", ""}}},
		{"a currency's sign after its figure, but for the dollar's and the pound's", "The average check reached 650 ₽. A ticket cost 7 € on Monday, and 5 $ more.", []want{
			{"650 ₽", m, "650", "", "RUB", ""}, {"7 €", m, "7", "", "EUR", ""}, {"5", factcheck.Count, "5", "", "", ""}}},
		{"the won named as the currency whose rate is quoted, not the verb", "SEOUL, April 8 - The bank fixed the midrate of the won at 844.30 to the dollar.\n    THE WON WAS SET at 845.50 YESTERDAY. Seoul won 3 of 4 votes.", []want{
			{"844.30", m, "844.3", "", "KRW", ""}, {"845.50", m, "845.5", "", "KRW", ""}, {"3", factcheck.Count, "3", "", "", ""}, {"4", factcheck.Count, "4", "", "", ""}}},
		{"a share's price and its changes under a US dateline", "POLAROID STOCK UP\n    NEW YORK, March 5 - Polaroid's stock, which gained early, was trading at 76-1/8, up 5/8, before closing down 7/8.", []want{
			{"76-1/8", m, "76.125", "", "USD", ""}, {"5/8", m, "0.625", "", "USD", ""}, {"7/8", m, "0.875", "", "USD", ""}}},
		{"a dealer's market in a stock, and a halted stock's price at the close, under a US dateline; 'third market trading' no rank", "NEW YORK, Oct 19 - Jefferies said it is making a market in Allegis Corp at 67 to 68.\n    The exchange halted the stock before the close at 75. It specializes in third market trading.", []want{
			{"67 to 68", m, "67", "68", "USD", ""}, {"75", m, "75", "", "USD", ""}}},
		{"a share's price under a title-case US dateline after a byline", "TAFT STOCK RISES\n    By Patti Domm\n    New York, March 17 - Taft stock rose 2-7/8 to 155-3/4.", []want{
			{"2-7/8", m, "2.875", "", "USD", ""}, {"155-3/4", m, "155.75", "", "USD", ""}}},
		{"a change's scale and currency said once", "It raised guarantees to Haiti from 1.8 to 2.8  mln dlrs.", []want{
			{"1.8", m, "1800000", "", "USD", ""}, {"2.8  mln dlrs", m, "2800000", "", "USD", ""}}},
		{"a share's price in pence after its change in pence", "LONDON, March 5 - Norcros shares firmed 30p to 342p. Williams rose 2p to 742.", []want{
			{"30p", m, "0.3", "", "GBP", ""}, {"342p", m, "3.42", "", "GBP", ""}, {"2p", m, "0.02", "", "GBP", ""}, {"742", m, "7.42", "", "GBP", ""}}},
		{"a share's price in pence at its change in pence", "LONDON, April 13 - The deal is worth 29 mln U.S. Dlrs.\n    Blue Arrow shares were trading 9p lower at 670 this\nmorning.", []want{
			{"29 mln U.S. Dlrs", m, "29000000", "", "USD", ""}, {"9p", m, "0.09", "", "GBP", ""}, {"670", m, "6.7", "", "GBP", ""}}},
		{"a currency's rate against the dollar with a pronoun for it, over a wrapped line", "TAIPEI, March 16 - Siew said the Taiwan dollar had risen by about 15 pct\nagainst the U.S. Dollar since September. It surged last week amid a major rise in its value. It rose against the U.S.\nDollar on Saturday to close at 34.59. It rose to 35.", []want{
			{"about 15 pct", factcheck.Percent, "15", "", "", factcheck.Approx}, {"34.59", m, "34.59", "", "TWD", ""}, {"35", factcheck.Count, "35", "", "", ""}}},
		{"marks under a dateline that names its country", "VW DIVIDEND\n    WOLFSBURG, West Germany, April 9 -\n    Dividend unchanged at 10 marks per share.", []want{
			{"10 marks", m, "10", "", "DEM", ""}}},
		{"marks in a text that names their country twice, once as a possessive", "SURPLUS WIDENS\n    BERGEN, April 29 - West Germany's surplus widened to 8.8 billion marks, West German officials said.\nThe 400 mln\nmark deficit narrowed.", []want{
			{"8.8 billion marks", m, "8800000000", "", "DEM", ""}, {"400 mln\nmark", m, "400000000", "", "DEM", ""}}},
		{"a dateline's dollar in wire copy", "SWIRE PROFIT SEEN UP\n    HONG KONG, March 24 - Profits will be 1.8 billion dlrs, or 6.3 mln U.S. Dlrs, and oil 18 dlrs a barrel.", []want{
			{"1.8 billion dlrs", m, "1800000000", "", "HKD", ""}, {"6.3 mln U.S. Dlrs", m, "6300000", "", "USD", ""},
			{"18 dlrs", m, "18", "", "USD", ""}}},
		{"a Hong Kong wire's sums of the US's trade in US dollars", "EXPORTERS FEAR RIFT\n    HONG KONG, April 8 - The U.S. Has said it will impose 300 mln dlrs of tariffs. Taiwan's reserves rose to 53 billion dlrs.", []want{
			{"300 mln dlrs", m, "300000000", "", "USD", ""}, {"53 billion dlrs", m, "53000000000", "", "HKD", ""}}},
		{"another currency's price in dlrs is in US dollars wherever quoted", "SIMEX FUTURES EASE\n    SINGAPORE, April 8 - June mark eased to around 0.5500 dlrs. June Sterling was at 1.6075/85 dlrs. The shares rose to 2.32 dlrs.", []want{
			{"around 0.5500 dlrs", m, "0.55", "", "USD", "approx"}, {"1.6075/85 dlrs", m, "1.6075", "1.6085", "USD", ""}, {"2.32 dlrs", m, "2.32", "", "SGD", ""}}},
		{"a dateline's cents in wire copy", "PUMP PRICES CUT\n    SINGAPORE, June 1 - Shell will set petrol at 96.8 cents/litre, from 94 cents.", []want{
			{"96.8 cents", m, "0.968", "", "SGD", ""}, {"94 cents", m, "0.94", "", "SGD", ""}}},
		{"cents of the currency just named", "Crepe sold at 20.10 rupees per kilo, up five cents; it cost 0.56 cruzados (about 2.5 cents).", []want{
			{"20.10 rupees", m, "20.1", "", "INR", ""}, {"five cents", m, "0.05", "", "INR", ""}, {"0.56 cruzados", m, "0.56", "", "BRC", ""},
			{"about 2.5 cents", m, "0.025", "", "USD", factcheck.Approx}}},
		{"the hundredths of other currencies", "ZURICH, April 8 - Bonds eased 50 pfennigs; bread cost 30 centimes, 20 kopeks and 50 paise.", []want{
			{"50 pfennigs", m, "0.5", "", "DEM", ""}, {"30 centimes", m, "0.3", "", "CHF", ""}, {"20 kopeks", m, "0.2", "", "RUB", ""},
			{"50 paise", m, "0.5", "", "INR", ""}}},
		{"a Canadian dateline's report in US dollars, as its last line says", "ASAMERA INC YEAR LOSS\n    CALGARY, Alberta, March 12 -\n    Oper shr loss 48 cts vs profit 50 cts\n    U.S. dlrs.\n Reuter\n", []want{
			{"48 cts", factcheck.Money, "0.48", "", "USD", ""}, {"50 cts", factcheck.Money, "0.5", "", "USD", ""}}},
		{"a dateline's dollar in small letters with its province", "GULF CANADA CHARGED\n    Edmonton, Alberta, March 19 - It faces a maximum 50,000 dlr fine.", []want{
			{"50,000 dlr", m, "50000", "", "CAD", factcheck.UpperBound}}},
		{"a company's move in eighths after the exchange's composite trading, no index", "SWANK INC\n    ATTLEBORO, Mass., March 20 - Swank said nothing.\n    In New York Stock Exchange composite trading yesterday,\nSwank stock rose 7/8 to 15-3/4 on volume of 104,700 shares.\n", []want{
			{"7/8", m, "0.875", "", "USD", ""}, {"15-3/4", m, "15.75", "", "USD", ""}, {"104,700 shares", factcheck.Count, "104700", "", "", ""}}},
		{"a results table under any town of a Canadian province", "CINRAM LTD 4TH QTR NET\n    Scarborough, Ontario, Feb 26 -\n    Shr 45 cts vs 58 cts\n    Net 1.1 mln vs 829,000\n Reuter\n", []want{
			{"4TH QTR NET", factcheck.Ordinal, "4", "", "", ""}, {"45 cts", m, "0.45", "", "CAD", ""}, {"58 cts", m, "0.58", "", "CAD", ""}, {"1.1 mln", m, "1100000", "", "CAD", ""}, {"829,000", m, "829000", "", "CAD", ""}}},
		{"a results table under a US state written without its dot, no Australian town", "NATIONAL HMO CORP 2ND QTR\n    MELBOURNE, Fla, March 20 -\n    Shr loss nine cts vs profit nine cts\n    Net loss 478,000 vs profit 371,000\n Reuter\n", []want{
			{"2ND QTR", factcheck.Ordinal, "2", "", "", ""}, {"nine cts", m, "0.09", "", "USD", ""}, {"nine cts", m, "0.09", "", "USD", ""}, {"478,000", m, "478000", "", "USD", ""}, {"371,000", m, "371000", "", "USD", ""}}},
		{"a million spaced after a currency's symbol", "It took an estimated $458 m (£242.7m) there.", []want{
			{"an estimated $458 m", m, "458000000", "", "USD", factcheck.Approx}, {"£242.7m", m, "242700000", "", "GBP", factcheck.Approx}}},
		{"a sum its noun names, in the story's currency", "Net profit will fall to three billion yen from the 10.59\nbillion net profit of a year earlier.", []want{
			{"three billion yen", m, "3000000000", "", "JPY", ""}, {"10.59\nbillion net profit", m, "10590000000", "", "JPY", ""}}},
		{"Malaysian dollars", "It traded between 2.60 and 2.70 Malaysian dlrs.", []want{
			{"2.60 and 2.70 Malaysian dlrs", m, "2.6", "2.7", "MYR", ""}}},
		{"notes in circulation are money", "The shortage was 1.3 billion guilders. Notes in circulation rose 360 mln to 27.7 billion.", []want{
			{"1.3 billion guilders", m, "1300000000", "", "NLG", ""}, {"360 mln", m, "360000000", "", "NLG", ""}, {"27.7 billion", m, "27700000000", "", "NLG", ""}}},
		{"a rate of exchange to the U.S. currency", "The Taiwan dollar rose to 36.77 to the U.S. currency from 40.45.", []want{
			{"36.77", m, "36.77", "", "TWD", ""}, {"40.45", m, "40.45", "", "TWD", ""}}},
		{"a year's earlier figure is no length of time", "Provision 35 mln dlrs vs 70 mln year earlier.", []want{
			{"35 mln dlrs", m, "35000000", "", "USD", ""}, {"70 mln", m, "70000000", "", "USD", ""}}},
		{"a week's earlier figure is no length of time", "CHICAGO, March 3 - Slaughter at about 280,000 head versus 257,000 week ago and 311,000 a year ago; it lasted 200 weeks.", []want{
			{"about 280,000 head", factcheck.Count, "280000", "", "", factcheck.Approx}, {"257,000", factcheck.Count, "257000", "", "", ""}, {"311,000", factcheck.Count, "311000", "", "", ""},
			{"200 weeks", factcheck.Duration, "200", "", "week", ""}}},
		{"a peg's rate of a currency the text named before", "The yuan is cheap.\n    The government keeps it pegged close to a rate of 8.28 to the US dollar.", []want{
			{"8.28", m, "8.28", "", "CNY", ""}}},
		{"a rate of exchange of a currency the text named before", "The naira has fallen.\n    The Nigerian currency was fixed at\n4.0 to the dollar, its third fall.", []want{
			{"4.0", m, "4", "", "NGN", ""}, {"third", factcheck.Ordinal, "3", "", "", ""}}},
		{"no code for ALL", "ALL 5 members voted.", []want{{"5 members", factcheck.Count, "5", "", "", ""}}},
		{"no code for TOP", "The TOP 10 list is out.", []want{{"TOP 10", factcheck.Ordinal, "10", "", "", factcheck.UpperBound}}},
		{"no code after a year", "Copyright 2023 NPR.", nil},
		{"code not next to a number", "The EUR fell against the dollar, 5 traders said.", []want{{"5 traders", factcheck.Count, "5", "", "", ""}}},
		{"code in lower case", "The eur was weak and usd strong.", nil},
		{"a price's move and the price, each in won; a ratio beside a price, no sum", "Samsung Electronics rose 1,500 won to 78,600 won. BHP shares, at A$43.10, trade on a price-to-earnings ratio of 11.6.", []want{
			{"1,500 won", factcheck.Money, "1500", "", "KRW", ""}, {"78,600 won", factcheck.Money, "78600", "", "KRW", ""}, {"A$43.10", factcheck.Money, "43.1", "", "AUD", ""}, {"11.6", factcheck.Measure, "11.6", "", "ratio", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

// TestCurrencyTables checks every code the hand-written tables give
// against golang.org/x/text/currency.
func TestCurrencyTables(t *testing.T) {
	valid := func(where, code string) {
		t.Helper()
		if _, err := currency.ParseISO(code); err != nil || len(code) != 3 {
			t.Errorf("%s: %q is no ISO 4217 code: %v", where, code, err)
		}
	}
	for noun, adjs := range currencyAdjectives {
		if currencyNoun(noun) != noun {
			t.Errorf("currencyNoun(%q) = %q, want the noun itself", noun, currencyNoun(noun))
		}
		for adj, code := range adjs {
			valid(adj+" "+noun, code)
		}
	}
	for _, s := range []string{"$", "£", "¥", "₩"} {
		valid("symbol "+s, currencySymbol(s))
	}
	for s, code := range symbolCodes {
		if crypto(code) {
			continue // "₿": a ticker, no ISO 4217 code
		}
		valid("symbol "+s, code)
	}
	for _, s := range []string{"US", "A", "AU", "C", "CA", "HK", "NZ", "NT", "S", "R", "Rs", "INR", "Rp", "RM"} {
		valid("prefix "+s, currencyPrefix(s))
	}
	for _, s := range []string{"ALL", "TOP", "CUP", "MOP", "BOB", "PEN", "AMD", "NPR", "XAU", "DEM"} {
		if isoCode(s) != "" {
			t.Errorf("isoCode(%q) = %q, want none", s, isoCode(s))
		}
	}
	for _, s := range []string{"EUR", "USD", "CHF", "KRW", "ZAR", "XOF"} {
		if isoCode(s) != s {
			t.Errorf("isoCode(%q) = %q, want %q", s, isoCode(s), s)
		}
	}
}

// TestExtractWholeUnitsAndCents reads a sum in whole units and its cents
// or pence as one ("$20 and 43c", "£3 50p", "a dollar and 42 cents"), and
// a dollar's or a pound's sign glued after its figure.
func TestExtractWholeUnitsAndCents(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"a sign's sum and its cents glued to their figure", "The fare rose to $20 and 43c, and he paid £3 50p.", []want{
			{"$20 and 43c", factcheck.Money, "20.43", "", "USD", ""}, {"£3 50p", factcheck.Money, "3.5", "", "GBP", ""}}},
		{"one whole unit said as 'a'", "Milk rose to more than a dollar and 42 cents; tea is a pound and fifty pence; he has a dollar and a dream.", []want{
			{"more than a dollar and 42 cents", factcheck.Money, "1.42", "", "USD", factcheck.LowerBound}, {"a pound and fifty pence", factcheck.Money, "1.5", "", "GBP", ""}}},
		{"a sum in digits said aloud, its cents unnamed", "He was fined 3 dollars 50 for jaywalking; they paid 10 dollars 25 years ago.", []want{
			{"3 dollars 50", factcheck.Money, "3.5", "", "USD", ""}, {"10 dollars", factcheck.Money, "10", "", "USD", ""}, {"25 years", factcheck.Duration, "25", "", "year", ""}}},
		{"a continental sum before the sign or name of its currency; a dollar's sign spaced once", "Tickets sold for 1.250,50 € and 1.250,50 euros; he won on a $ 5 card.", []want{
			{"1.250,50 €", factcheck.Money, "1250.5", "", "EUR", ""}, {"1.250,50 euros", factcheck.Money, "1250.5", "", "EUR", ""}, {"$ 5", factcheck.Money, "5", "", "USD", ""}}},
		{"a results line's cents stay a figure of their own", "Net was 918,000 dlrs 38 cts.", []want{
			{"918,000 dlrs", factcheck.Money, "918000", "", "USD", ""}, {"38 cts", factcheck.Money, "0.38", "", "USD", ""}}},
		{"the dollar's and the pound's signs glued after the figure", "Entry costs 10$ at the door and 50£ inside; the range is 10 $20.", []want{
			{"10$", factcheck.Money, "10", "", "USD", ""}, {"50£", factcheck.Money, "50", "", "GBP", ""}, {"10", factcheck.Count, "10", "", "", ""}, {"$20", factcheck.Money, "20", "", "USD", ""}}},
		{"a sum in thousands in words and its cents", "Each claimant will receive one thousand two hundred and fifty dollars and fifty cents.", []want{
			{"one thousand two hundred and fifty dollars and fifty cents", factcheck.Money, "1250.5", "", "USD", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}
