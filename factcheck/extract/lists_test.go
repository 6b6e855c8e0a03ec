package extract

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestExtractListUnit(t *testing.T) {
	m, n := factcheck.Measure, factcheck.Count
	tests := []struct {
		name, in string
		want     []want
	}{
		{"a table of grain futures in cents a bushel, its rows opening with their contract's month, a change a fraction alone; and a table's unit after 'all'", "MIDWEST GRAIN FUTURES 12:50   EDT\nKANSAS CITY WHEAT\n MAY7 272 1/2            OFF 1 1/2\n DEC7 269 3/4            OFF     1\n MAR8 271 1/4            UP    3/4\n", []want{
			{"272 1/2", factcheck.Money, "2.725", "", "USD", ""}, {"1 1/2", factcheck.Money, "0.015", "", "USD", ""}, {"269 3/4", factcheck.Money, "2.6975", "", "USD", ""}, {"1", factcheck.Money, "0.01", "", "USD", ""},
			{"271 1/4", factcheck.Money, "2.7125", "", "USD", ""}, {"3/4", factcheck.Money, "0.0075", "", "USD", ""}}},
		{"a lead-in's unit after 'all', over a table below one more sentence", "JOHNSON MATTHEY PRICES\n    LONDON, APRIL 9 - Johnson Matthey today issued the\nfollowing base prices, all U.S.\nDlrs per troy ounce.\n Previous prices in parentheses.\n PLATINUM  -   562   (567)\n PALLADIUM -   130   (130)\n RHODIUM     1,230 (1,230)\n", []want{
			{"562", factcheck.Money, "562", "", "USD", ""}, {"567", factcheck.Money, "567", "", "USD", ""}, {"130", factcheck.Money, "130", "", "USD", ""}, {"130", factcheck.Money, "130", "", "USD", ""},
			{"1,230", factcheck.Money, "1230", "", "USD", ""}, {"1,230", factcheck.Money, "1230", "", "USD", ""}}},
		{"a table's lead-in ending in a wire's dash, over groups of rows with headings of their own", "CASH GRAIN SORGHUM PRICES\n    Kansas City, April 7 - The following cash sorghum prices\nwere reported by trade sources this morning in dlrs per cwt-\n    LOCATION         TODAY      PREVIOUS\n Delivered\n    W COAST          4.50-4.55  4.48-4.53\n FOB Country Points\n    WEST TEXAS       3.20       3.20\n Reuter", []want{
			{"4.50-4.55", factcheck.Money, "4.5", "4.55", "USD", ""}, {"4.48-4.53", factcheck.Money, "4.48", "4.53", "USD", ""}, {"3.20", factcheck.Money, "3.2", "", "USD", ""}, {"3.20", factcheck.Money, "3.2", "", "USD", ""}}},
		{"a lead-in opening 'The following' after its dateline, its unit a unit of account per 100 kilos, over lines of prose", "EC LEVIES\n    BRUSSELS, March 9 - The following import levies for white\nand raw sugar are effective tomorrow, in European currency\nunits (ecu) per 100 kilos.\n    White sugar, denatured and non-denatured 49.70 versus 50.05\npreviously.\n", []want{
			{"100 kilos", m, "100", "", "kg", ""}, {"49.70", factcheck.Money, "49.7", "", "XEU", ""}, {"50.05", factcheck.Money, "50.05", "", "XEU", ""}}},
		{"a table's lead-in of one sentence below another table, its scale its own", "Registrations in the week, in tonnes, were as follows:\n    MAIZE          113,500    21,800\n    SORGHUM         13,600    26,500\n    Cumulative figures, with last year in brackets, were in thousands of\ntonnes.\n    MAIZE          2,305.1    (5,200.0)\n    SORGHUM          220.5      (625.7)\n", []want{
			{"113,500", m, "113500", "", "tonne", ""}, {"21,800", m, "21800", "", "tonne", ""}, {"13,600", m, "13600", "", "tonne", ""}, {"26,500", m, "26500", "", "tonne", ""},
			{"2,305.1", m, "2305100", "", "tonne", ""}, {"5,200.0", m, "5200000", "", "tonne", ""}, {"220.5", m, "220500", "", "tonne", ""}, {"625.7", m, "625700", "", "tonne", ""}}},
		{"a slash for 'in' before a table's thousands of its unit", "Corn stocks held against futures/000's bu-\n                   THIS WEEK   LAST WEEK\n    NO. 2 YELLOW       412         388\n", []want{
			{"412", m, "412000", "", "bushel", ""}, {"388", m, "388000", "", "bushel", ""}}},
		{"a heading cell of a price per unit in a currency, a change in percent signed '+', speeds a second, milliseconds and concentrations", "Prices:\nCommodity   US$/t      Chg %\nCopper      9,412      +1.8\n\nTests:\nTechnology   Download (Mbit/s)   Latency (ms)   PM10 (µg/m³)\nFibre        156.2               9.1            54\n", []want{
			{"9,412", factcheck.Money, "9412", "", "USD", ""}, {"+1.8", factcheck.Percent, "1.8", "", "", ""},
			{"156.2", factcheck.Measure, "156.2", "", "Mbit/s", ""}, {"9.1", factcheck.Duration, "0.0091", "", "second", ""}, {"54", factcheck.Measure, "54", "", "µg/m³", ""}}},
		{"a heading cell's thousands of a count, rates of barrels a day scaled, areas; a row with a figure signed '+'", "Output:\nProducer   Output (mb/d)   Change (kb/d)\nSaudi      9.02            −20\nIraq       4.21            +15\nLibya      1.08            −110\n\nCensus:\nDistrict    Population ('000)   Area (sq km)\nNorthgate   412.6               318\n", []want{
			{"9.02", factcheck.Measure, "9020000", "", "barrel per day", ""}, {"−20", factcheck.Measure, "-20000", "", "barrel per day", ""}, {"4.21", factcheck.Measure, "4210000", "", "barrel per day", ""}, {"+15", factcheck.Measure, "15000", "", "barrel per day", ""},
			{"1.08", factcheck.Measure, "1080000", "", "barrel per day", ""}, {"−110", factcheck.Measure, "-110000", "", "barrel per day", ""},
			{"412.6", factcheck.Count, "412600", "", "", ""}, {"318", factcheck.Measure, "318", "", "sq km", ""}}},
		{"a column's heading names its unit as its last word or a currency and scale in brackets; the first heading cell, over the labels, names all the columns' (but a column's own comes first); a heading of years is a heading", "Results:\n(£m)               2024     2023\nRevenue            842.6    869.5\n\nReadings:\nStation    Min °C   Rain mm\nBraemar    −11.0    0.2\n\nPrices:\nAverage price (£'000)   Now   Change %\nCornwall                302   4.5\n", []want{
			{"2024", factcheck.Date, "2024", "", "", ""}, {"2023", factcheck.Date, "2023", "", "", ""}, {"842.6", factcheck.Money, "842600000", "", "GBP", ""}, {"869.5", factcheck.Money, "869500000", "", "GBP", ""},
			{"−11.0", factcheck.Measure, "-11", "", "°C", ""}, {"0.2", factcheck.Measure, "0.2", "", "mm", ""}, {"302", factcheck.Money, "302000", "", "GBP", ""}, {"4.5", factcheck.Percent, "4.5", "", "", ""}}},
		{"a column's heading names its percentage or, in brackets, its unit, its cells set apart by spaces or by tabs (but the next column's counts)", "Share of the vote and seats won:\n\nParty              Vote %   Seats\nGreen Alliance      31.4      29\nOthers              22.5      17\n\nResults:\n\nParty\tVote %\tSeats\nGreens\t27.9\t25\n\nTallest:\n\nName             Height (m)   Floors\nMeridian Tower   310          72\n", []want{
			{"31.4", factcheck.Percent, "31.4", "", "", ""}, {"29", factcheck.Count, "29", "", "", ""}, {"22.5", factcheck.Percent, "22.5", "", "", ""}, {"17", factcheck.Count, "17", "", "", ""},
			{"27.9", factcheck.Percent, "27.9", "", "", ""}, {"25", factcheck.Count, "25", "", "", ""}, {"310", factcheck.Measure, "310", "", "m", ""}, {"72", factcheck.Count, "72", "", "", ""}}},
		{"a table's unit 'per cent' at its lead-in's end; rows of a year and one figure, set apart by a tab or spaces, below zero with a hyphen", "Annual GDP growth, per cent:\n\nYear\tGrowth\n2019\t1.8\n2020\t-4.6\n\nJobless rate, %:\n\n2021     5.3\n2022     4.9\n", []want{
			{"2019", factcheck.Date, "2019", "", "", ""}, {"1.8", factcheck.Percent, "1.8", "", "", ""}, {"2020", factcheck.Date, "2020", "", "", ""}, {"-4.6", factcheck.Percent, "-4.6", "", "", ""},
			{"2021", factcheck.Date, "2021", "", "", ""}, {"5.3", factcheck.Percent, "5.3", "", "", ""}, {"2022", factcheck.Date, "2022", "", "", ""}, {"4.9", factcheck.Percent, "4.9", "", "", ""}}},
		{"a table's unit at its lead-in's end, in brackets, after its last comma or after 'in'; rows below zero, or after leader dots", "Coldest nights this week (°C):\n\nBraemar       −9.4\nTyndrum       −7.1\n\nSpending by council, £m:\n\nCouncil     2023    2024\nNortham       41.5    44.0\n\nBasket, price in € (last year in brackets):\n\nBread ...... 2.10 (1.95)\nMilk ....... 1.05 (0.99)\n", []want{
			{"−9.4", m, "-9.4", "", "°C", ""}, {"−7.1", m, "-7.1", "", "°C", ""}, {"2023", factcheck.Date, "2023", "", "", ""}, {"2024", factcheck.Date, "2024", "", "", ""},
			{"41.5", factcheck.Money, "41500000", "", "GBP", ""}, {"44.0", factcheck.Money, "44000000", "", "GBP", ""},
			{"2.10", factcheck.Money, "2.1", "", "EUR", ""}, {"1.95", factcheck.Money, "1.95", "", "EUR", ""}, {"1.05", factcheck.Money, "1.05", "", "EUR", ""}, {"0.99", factcheck.Money, "0.99", "", "EUR", ""}}},
		{"a list in percentages", "The weights, in percentages, were:\n    Sterling 14.3 (13.8)\n    Swedish crown 20.4 (20.6)\n", []want{
			{"14.3", factcheck.Percent, "14.3", "", "", ""}, {"13.8", factcheck.Percent, "13.8", "", "", ""}, {"20.4", factcheck.Percent, "20.4", "", "", ""}, {"20.6", factcheck.Percent, "20.6", "", "", ""}}},
		{"a breakdown's lead-in that ends its line in a dash, its parts in the total's unit (a part in full digits keeps its own scale)", "    Profit comprised 57.78 mln stg vs 50.61 mln.\n    Profit breakdown by activity -\n    Engineering 10.75 mln vs 11.13 mln\n    Corporate finance 340,000 vs 4.12 mln\n", []want{
			{"57.78 mln stg", factcheck.Money, "57780000", "", "GBP", ""}, {"50.61 mln", factcheck.Money, "50610000", "", "GBP", ""}, {"10.75 mln", factcheck.Money, "10750000", "", "GBP", ""}, {"11.13 mln", factcheck.Money, "11130000", "", "GBP", ""}, {"340,000", factcheck.Money, "340000", "", "GBP", ""}, {"4.12 mln", factcheck.Money, "4120000", "", "GBP", ""}}},
		{"QUEBEC's dollars, 'gt', and a level after a change in a measure", "QUEBEC, April 1 - The auction of 85 mln dlrs of bills was held. Orders were 314,000 gt. Production rose by one mln tonnes to a record 1,377 mln, and trade two mln tonnes higher at 173 mln against 169 mln.", []want{
			{"85 mln dlrs", factcheck.Money, "85000000", "", "CAD", ""}, {"314,000 gt", factcheck.Measure, "314000", "", "gross ton", ""}, {"one mln tonnes", factcheck.Measure, "1000000", "", "tonne", ""}, {"1,377 mln", factcheck.Measure, "1377000000", "", "tonne", ""}, {"two mln tonnes", factcheck.Measure, "2000000", "", "tonne", ""}, {"173 mln", factcheck.Measure, "173000000", "", "tonne", ""}, {"169 mln", factcheck.Measure, "169000000", "", "tonne", ""}}},
		{"a list's currency named by its country's adjective in a lead-in ending 'were.'", "    The individual value of reserve assets in Australian\ndollars at end-February with end-January in brackets were.\n    Gold 4.71 billion (4.90 billion), SDR's 503 mln (524 mln).\n", []want{
			{"4.71 billion", factcheck.Money, "4710000000", "", "AUD", ""}, {"4.90 billion", factcheck.Money, "4900000000", "", "AUD", ""}, {"503 mln", factcheck.Money, "503000000", "", "AUD", ""}, {"524 mln", factcheck.Money, "524000000", "", "AUD", ""}}},
		{"a table's unit abbreviated in brackets", "TOLEDO WHEAT STOCKS\n    TOLEDO, April 7 - The CFTC reported the following stocks of wheat (in 000's bu).\n                        CURRENT  WEEK\n SOFT RED WINTER          955    1142\n", []want{
			{"955", m, "955000", "", "bushel", ""}, {"1142", m, "1142000", "", "bushel", ""}}},
		{"a table's unit in thousands 'of' a unit, in brackets", "MINNEAPOLIS, April 7 - The CFTC reported stocks of spring wheat as of Friday, April 3\n(in 000s of bushels).\n    Mpls      4/3/87  Week Ago  Year Ago\n Deliverable    2187      2235       982\n", []want{
			{"April 3", factcheck.Date, "--04-03", "", "", ""}, {"4/3/87", factcheck.Date, "1987-04-03", "", "", ""}, {"2187", factcheck.Measure, "2187000", "", "bushel", ""}, {"2235", factcheck.Measure, "2235000", "", "bushel", ""}, {"982", factcheck.Measure, "982000", "", "bushel", ""}}},
		{"a list of prices under a lead-in whose dash ends a bracket's remark, grades in capitals and a delivery term", "Offers were in dlrs per 50 kilos fob, unless stated (previous week's prices in brackets) -\n    Salvador SHG 110 (108), Nicaragua SHG 109 (same), Kenya AB FAQ 142 (134), Sumatra robusta EK-1 91 CIF (same).\n", []want{
			{"50 kilos", factcheck.Measure, "50", "", "kg", ""}, {"110", factcheck.Money, "110", "", "USD", ""}, {"108", factcheck.Money, "108", "", "USD", ""}, {"109", factcheck.Money, "109", "", "USD", ""}, {"142", factcheck.Money, "142", "", "USD", ""}, {"134", factcheck.Money, "134", "", "USD", ""}, {"91", factcheck.Money, "91", "", "USD", ""}}},
		{"sections of a list that name their own unit after a dash", "    WASHINGTON, April 9 - Following are highlights of the supply projections, in mln bushels, unless noted --\n    Corn -- Stocks at 5,240, vs 5,595 last month.\n    Cotton -- in mln 480 lb bales - Stocks at 5.40, vs 5.49 last month.\n    Soybean Oil -- mln lbs - Stocks at 1,360, vs 1,200 last month.\n    Soybean Meal -- thousand short tons - Stocks at 270, vs 315 last month.\n", []want{
			{"5,240", m, "5240000000", "", "bushel", ""}, {"5,595", m, "5595000000", "", "bushel", ""}, {"480 lb", m, "480", "", "lb", ""}, {"5.40", m, "5400000", "", "bale", ""}, {"5.49", m, "5490000", "", "bale", ""}, {"1,360", m, "1360000000", "", "lb", ""}, {"1,200", m, "1200000000", "", "lb", ""}, {"270", m, "270000", "", "short ton", ""}, {"315", m, "315000", "", "short ton", ""}}},
		{"the scale of a pair said respectively, and yen called euroyen", "Average shares were 172.5 mln and\n175.9, respectively; sales 3.2 billion dlrs and 3.5, respectively; votes 12 and 13, respectively; a 40 billion Euroyen loan.", []want{
			{"172.5 mln", n, "172500000", "", "", ""}, {"175.9", n, "175900000", "", "", ""},
			{"3.2 billion dlrs", factcheck.Money, "3200000000", "", "USD", ""}, {"3.5", factcheck.Money, "3500000000", "", "USD", ""},
			{"12", n, "12", "", "", ""}, {"13", n, "13", "", "", ""}, {"40 billion Euroyen", factcheck.Money, "40000000000", "", "JPY", ""}}},
		{"a list whose line wraps after and, and a table's unit after the weight of one bale", "The notes of the issue will be available in denominations of 1,000 and\n10,000 dlrs.\n    Data were as follows, in mln 480-lb\nbales --\n Start Stcks 16.00  18.30\n", []want{
			{"1,000", factcheck.Money, "1000", "", "USD", ""}, {"10,000 dlrs", factcheck.Money, "10000", "", "USD", ""},
			{"480-lb", m, "480", "", "lb", ""}, {"16.00", m, "16000000", "", "bale", ""}, {"18.30", m, "18300000", "", "bale", ""}}},
		{"a stake restated as a share is no list", "He raised his stake to 273,100 shares, or 12.1 pct, from 219,600, or 9.7 pct; rates of 3, 4 or 5 pct.", []want{
			{"273,100 shares", n, "273100", "", "", ""}, {"12.1 pct", factcheck.Percent, "12.1", "", "", ""}, {"219,600", n, "219600", "", "", ""}, {"9.7 pct", factcheck.Percent, "9.7", "", "", ""},
			{"3", factcheck.Percent, "3", "", "", ""}, {"4", factcheck.Percent, "4", "", "", ""}, {"5 pct", factcheck.Percent, "5", "", "", ""}}},
		{"a table's unit in two words in its lead-in, and a lead-in naming two units", "WASHINGTON, Feb 26 - Imports were as follows, with quota allocations for the quota\nyear in short tons, raw value --\n            IMPORTS     ALLOCATIONS\n ARGENTINA        nil          39,130\n\n    The table lists the rate, in cts per lb, and the quantity, in short tons --\n    QUANTITY            1988     1989\nFirst 350 tons         6.000    4.500\n", []want{
			{"39,130", m, "39130", "", "short ton", ""}, {"1988", factcheck.Date, "1988", "", "", ""}, {"1989", factcheck.Date, "1989", "", "", ""}, {"First", factcheck.Ordinal, "1", "", "", ""},
			{"350 tons", m, "350", "", "tonne", ""}, {"6.000", n, "6", "", "", ""}, {"4.500", n, "4.5", "", "", ""}}},
		{"a list of lengths whose unit is said once", "Dockers will strike for two hours on Thursday, four on Friday, six on Saturday; 12 ships wait, and 30 on Sunday.", []want{
			{"two hours", factcheck.Duration, "2", "", "hour", ""}, {"four", factcheck.Duration, "4", "", "hour", ""}, {"six", factcheck.Duration, "6", "", "hour", ""},
			{"12 ships", factcheck.Count, "12", "", "", ""}, {"30", factcheck.Count, "30", "", "", ""}}},
		{"a table set apart by leader dots under its lead-in, and an ellipsis within a sentence", "    Netbacks are shown below in dlrs a barrel.\nGRADE...........MAR 27.....MAR 20\nBRENT...........18.89......19.19\n    Income was 12 mln dlrs...or 5 mln stg.\n", []want{
			{"MAR 27", factcheck.Date, "--03-27", "", "", ""}, {"MAR 20", factcheck.Date, "--03-20", "", "", ""}, {"18.89", factcheck.Money, "18.89", "", "USD", ""}, {"19.19", factcheck.Money, "19.19", "", "USD", ""}, {"12 mln dlrs", factcheck.Money, "12000000", "", "USD", ""}, {"5 mln stg", factcheck.Money, "5000000", "", "GBP", ""}}},
		{"a table in cents per unit under a lead-in ending in a dash, and a table's signed cells", "The world price is determined as follows, in cts\nper lb --\n Northern European Price               66.32\n      Adjustments --\n Average U.S. location           0.53\n    Services                  +10.1 (+9.8)\n", []want{
			{"66.32", factcheck.Money, "0.6632", "", "USD", ""}, {"0.53", factcheck.Money, "0.0053", "", "USD", ""}, {"+10.1", factcheck.Money, "0.101", "", "USD", ""}, {"+9.8", factcheck.Money, "0.098", "", "USD", ""}}},
		{"a breakdown's rows in the unit and the scale of the total it breaks down, not the list's above", "Shipments in 1986 totalled 1,693,951 tonnes, the board said.\n    The breakdown was: cotton 4,000 (27,900), sunflower 929,847\n(816,727), the board added.\n    The account was 13.5 billion francs, made up of:\n    Goods                     -7.1 (-8.7)\n    Services                  +10.1 (+9.8)\n", []want{
			{"1986", factcheck.Date, "1986", "", "", ""}, {"1,693,951 tonnes", factcheck.Measure, "1693951", "", "tonne", ""}, {"4,000", factcheck.Measure, "4000", "", "tonne", ""}, {"27,900", factcheck.Measure, "27900", "", "tonne", ""}, {"929,847", factcheck.Measure, "929847", "", "tonne", ""}, {"816,727", factcheck.Measure, "816727", "", "tonne", ""}, {"13.5 billion francs", factcheck.Money, "13500000000", "", "CHF", ""}, {"-7.1", factcheck.Money, "-7100000000", "", "CHF", ""}, {"-8.7", factcheck.Money, "-8700000000", "", "CHF", ""}, {"+10.1", factcheck.Money, "10100000000", "", "CHF", ""}, {"+9.8", factcheck.Money, "9800000000", "", "CHF", ""}}},
		{"a unit said once for a list", "Sales in tonnes, with 1990 in brackets, were: rice 5,210 (4,980), sugar 730 (nil).", []want{
			{"1990", factcheck.Date, "1990", "", "", ""}, {"5,210", m, "5210", "", "tonne", ""}, {"4,980", m, "4980", "", "tonne", ""},
			{"730", m, "730", "", "tonne", ""}}},
		{"the list in the next lines", "Stocks were as follows, in barrels:\n    Ohio 4,100 (3,900), Iowa\n2,250 (2,600).\n", []want{
			{"4,100", m, "4100", "", "barrel", ""}, {"3,900", m, "3900", "", "barrel", ""}, {"2,250", m, "2250", "", "barrel", ""}, {"2,600", m, "2600", "", "barrel", ""}}},
		{"a table's unit in thousands written with zeros", "TOLEDO, April 7 - The CFTC reported stocks of corn (in 000's bushels) -\n                   CURRENT  WEEK\n DEL GRADES          14478   15326\n", []want{
			{"14478", factcheck.Measure, "14478000", "", "bushel", ""}, {"15326", factcheck.Measure, "15326000", "", "bushel", ""}}},
		{"a scale in the unit", "Crops, in thousands of tonnes, were:\n    Maize 48.3 (107.7)\n", []want{
			{"48.3", m, "48300", "", "tonne", ""}, {"107.7", m, "107700", "", "tonne", ""}}},
		{"a list's part under a lead-in of its own that names no unit", "Registrations were, in thousands of tonnes:\n    Maize Mar 48.0, total 48.0 (nil).\n    Oilseed registrations were:\n    Sunflowerseed total 15.0 (7.9)\n", []want{
			{"48.0", m, "48000", "", "tonne", ""}, {"48.0", m, "48000", "", "tonne", ""}, {"15.0", m, "15000", "", "tonne", ""}, {"7.9", m, "7900", "", "tonne", ""}}},
		{"a list's items named after in", "Out of this, traders in France received 31,000 tonnes, in West Germany 21,000, in the U.K. 15,800 and in Spain 1,000\ntonnes.", []want{
			{"31,000 tonnes", m, "31000", "", "tonne", ""}, {"21,000", m, "21000", "", "tonne", ""}, {"15,800", m, "15800", "", "tonne", ""}, {"1,000\ntonnes", m, "1000", "", "tonne", ""}}},
		{"a table of one column, its currency per unit in its heading", "LONDON, March 27 - Differentials were fixed as follows,\n Country       Differential stg/tonne\n Malaysia           0\n Brazil            55\n Ivory Coast       67\n", []want{
			{"0", factcheck.Money, "0", "", "GBP", ""}, {"55", factcheck.Money, "55", "", "GBP", ""}, {"67", factcheck.Money, "67", "", "GBP", ""}}},
		{"no further than the sentence", "Sales were given in tonnes. Rice fell to 5,210 (4,980).", []want{
			{"5,210", n, "5210", "", "", ""}, {"4,980", n, "4980", "", "", ""}}},
		{"a table's months in its heading, its revised cells marked, and its continuation", "Stocks included the following, in mln lbs --\n" +
			"                 Feb 87    Jan 87    Feb 86\n   Crude   355.5    387.6-r   427.4\n R-Revised.\n\n" +
			"    Stocks, continued -\n   Lard    31.4    31.5-r    36.4\n", []want{
			{"Feb 87", factcheck.Date, "1987-02", "", "", ""}, {"Jan 87", factcheck.Date, "1987-01", "", "", ""}, {"Feb 86", factcheck.Date, "1986-02", "", "", ""},
			{"355.5", m, "355500000", "", "lb", ""}, {"387.6", m, "387600000", "", "lb", ""}, {"427.4", m, "427400000", "", "lb", ""},
			{"31.4", m, "31400000", "", "lb", ""}, {"31.5", m, "31500000", "", "lb", ""}, {"36.4", m, "36400000", "", "lb", ""}}},
		{"a table's currency named two sentences up, and its second block of columns", "The service set these values.\n    Price per bushel is in U.S. dollars. Sorghum is priced per CWT.\n" +
			"     WHEAT     HRW   HRS\n Chicago       --    3.04   2.98\n\n             CORN  BRLY\n Chicago     1.47  2.04\n", []want{
			{"3.04", factcheck.Money, "3.04", "", "USD", ""}, {"2.98", factcheck.Money, "2.98", "", "USD", ""},
			{"1.47", factcheck.Money, "1.47", "", "USD", ""}, {"2.04", factcheck.Money, "2.04", "", "USD", ""}}},
		{"a list in thousands of a unit, each figure after a name with its comparison in brackets", "Estimates, in 1,000 hectares (1986 in brackets), are, Belgium 114 (118), Denmark 69 (69).", []want{
			{"1,000 hectares", m, "1000", "", "hectare", ""}, {"1986", factcheck.Date, "1986", "", "", ""},
			{"114", m, "114000", "", "hectare", ""}, {"118", m, "118000", "", "hectare", ""}, {"69", m, "69000", "", "hectare", ""}, {"69", m, "69000", "", "hectare", ""}}},
		{"a table's currency in brackets in its heading", "The department reported the average price as follows (Dlrs/Bu-Sorghum Cwt) -\n         Natl   Loan\n Wheat   2.55   2.41\n Corn    1.35   1.92\n", []want{
			{"2.55", factcheck.Money, "2.55", "", "USD", ""}, {"2.41", factcheck.Money, "2.41", "", "USD", ""},
			{"1.35", factcheck.Money, "1.35", "", "USD", ""}, {"1.92", factcheck.Money, "1.92", "", "USD", ""}}},
		{"a table in thousands of an abbreviated unit, and a column of marks beside its figures", "WASHINGTON, April 9 - The crush, in 1,000 bu:\n                  4/08/87   4/01/87  YEAR-AGO\n" +
			"       Illinois   2,576    3,479        X\n     South East   3,871    3,791    3,058\n", []want{
			{"1,000 bu", m, "1000", "", "bushel", ""}, {"4/08/87", factcheck.Date, "1987-04-08", "", "", ""}, {"4/01/87", factcheck.Date, "1987-04-01", "", "", ""},
			{"2,576", m, "2576000", "", "bushel", ""}, {"3,479", m, "3479000", "", "bushel", ""},
			{"3,871", m, "3871000", "", "bushel", ""}, {"3,791", m, "3791000", "", "bushel", ""}, {"3,058", m, "3058000", "", "bushel", ""}}},
		{"a table in thousands of tonnes, its headings of months with an apostrophe, its rows named", "Production was as follows (in thousands of tonnes) the IPAI said.\n" +
			"                 Feb'87   Jan'87    Feb'86\n    Africa           45       50        41\n    Total           354      389       353\n", []want{
			{"Feb'87", factcheck.Date, "1987-02", "", "", ""}, {"Jan'87", factcheck.Date, "1987-01", "", "", ""}, {"Feb'86", factcheck.Date, "1986-02", "", "", ""},
			{"45", m, "45000", "", "tonne", ""}, {"50", m, "50000", "", "tonne", ""}, {"41", m, "41000", "", "tonne", ""},
			{"354", m, "354000", "", "tonne", ""}, {"389", m, "389000", "", "tonne", ""}, {"353", m, "353000", "", "tonne", ""}}},
		{"a month before a count is no heading", "In March 50 people left; by Feb 27 more had.", []want{
			{"50 people", n, "50", "", "", ""}, {"Feb 27", factcheck.Date, "--02-27", "", "", ""}}},
		{"nor across a blank line", "Stocks, in tonnes:\n\n    Ohio 4,100\n", []want{{"4,100", n, "4100", "", "", ""}}},
		{"a year, brackets and terms name no unit", "In 1986, in brackets, in dollar terms and in pounds: rice 410 (390).", []want{
			{"1986", factcheck.Date, "1986", "", "", ""}, {"410", n, "410", "", "", ""}, {"390", n, "390", "", "", ""}}},
		{"a figure with a noun keeps it", "Exports in tonnes rose, and 12 ships sailed.", []want{{"12 ships", n, "12", "", "", ""}}},
		{"a list's items each ending in a full stop", "BUENOS AIRES - Prices in dlrs per tonne, previous in brackets, as follows:\n    Linseed cake 99 (97).\n    Linseed oil 308 (300).\n", []want{
			{"99", factcheck.Money, "99", "", "USD", ""}, {"97", factcheck.Money, "97", "", "USD", ""},
			{"308", factcheck.Money, "308", "", "USD", ""}, {"300", factcheck.Money, "300", "", "USD", ""}}},
		{"a unit abbreviated in the lead-in", "Figures are as follows, in\nmln bpd -\n ALGERIA        0.64           0.635\n", []want{
			{"0.64", m, "640000", "", "barrel per day", ""}, {"0.635", m, "635000", "", "barrel per day", ""}}},
		{"a currency outside a list's lead-in", "Sterling fell. A dip in sterling to 72.2 on its index followed.", []want{{"72.2", factcheck.Measure, "72.2", "", "point", ""}}},
	}
	long := "Stocks, in tonnes, were:\n" + strings.Repeat("    maize 410 (390), wheat 77 (nil)\n", 30)
	t.Run("a long table", func(t *testing.T) {
		a, err := ParseArticle("t.txt", []byte(long), "")
		if err != nil {
			t.Fatal(err)
		}
		if got, want := len(a.Claims), 90; got != want {
			t.Fatalf("got %d claims, want %d", got, want)
		}
		for _, c := range a.Claims {
			if c.Kind != m || c.Unit != "tonne" {
				t.Errorf("%q at %d: got %s %q, want measure tonne", c.Text, c.Start, c.Kind, c.Unit)
			}
		}
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

// TestExtractListingRooms reads a home's rooms as a listing writes them:
// "one-bedroom" (one counted where a room is), "two-bed, one-bath",
// bedrooms and bathrooms glued and slashed, and leaves a ZIP code a name.
func TestExtractListingRooms(t *testing.T) {
	c := factcheck.Count
	checkClaims(t, "Rent on a one-bedroom flat rose. The two-bed, one-bath condo sold. The 4bd/3ba Craftsman and the 5BR estate sold in ZIP code 94110.", "", []want{
		{"one-bedroom", c, "1", "", "", ""}, {"two-bed", c, "2", "", "", ""}, {"one-bath", c, "1", "", "", ""},
		{"4bd", c, "4", "", "", ""}, {"3ba", c, "3", "", "", ""}, {"5BR", c, "5", "", "", ""}})
}
