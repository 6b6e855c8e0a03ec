package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestLocalCurrency(t *testing.T) {
	m := factcheck.Money
	tests := []struct {
		name, in, published string
		want                []want
	}{
		{"bare francs after a sum in CFA francs in their sentence; a crown's hundredth as the wires spell it; Slovenia's tolar", "OSLO, May 7 - A sack costs 25,000 CFA francs ($50), up from 10,000 francs. Norway raises petrol tax by 30 oere a litre. The rate was 239.64 tolars to the euro.", "", []want{
			{"25,000 CFA francs", m, "25000", "", "XOF", ""}, {"$50", m, "50", "", "USD", ""}, {"10,000 francs", m, "10000", "", "XOF", ""}, {"30 oere", m, "0.3", "", "NOK", ""}, {"239.64 tolars", m, "239.64", "", "SIT", ""}}},
		{"euros with a decimal comma and two places of cents after the euro's sign, in a text that groups thousands with commas", "A coffee costs €3,50 and a cake €12,00; the café raised $3,500.", "", []want{
			{"€3,50", m, "3.5", "", "EUR", ""}, {"€12,00", m, "12", "", "EUR", ""}, {"$3,500", m, "3500", "", "USD", ""}}},
		{"Zimbabwe's dollar by its sign", "A loaf of bread costs Z$3,500.", "", []want{
			{"Z$3,500", m, "3500", "", "ZWD", ""}}},
		{"a glued 'R' where no country is named is the rand when written as a sum is (but a mutation's name and a road's)", "The router costs R599 a month. It won a R25m contract. The R246K mutation spread. Take the R21 north.", "", []want{
			{"R599", m, "599", "", "ZAR", ""}, {"R25m", m, "25000000", "", "ZAR", ""}}},
		{"a bare dollar in a text that marks two countries' dollars by their signs is the US dollar", "Australia pledged A$1bn, Canada C$425m, while Washington raised its offer from $35m to $350m.", "", []want{
			{"A$1bn", m, "1000000000", "", "AUD", ""}, {"C$425m", m, "425000000", "", "CAD", ""}, {"$35m", m, "35000000", "", "USD", ""}, {"$350m", m, "350000000", "", "USD", ""}}},
		{"cents of a change take the currency of the dollars the price moved to, under a dateline of another dollar", "SINGAPORE, May 6 - Spot jet kerosene rose 60 cents to 19.80 dlrs a barrel, traders said.", "", []want{
			{"60 cents", m, "0.6", "", "USD", ""}, {"19.80 dlrs", m, "19.8", "", "USD", ""}}},
		{"cents glued to a change's figure take the currency of the local price it reaches", "Petrol in South Africa went up by 83c to R24.50 a litre.", "", []want{
			{"83c", m, "0.83", "", "ZAR", ""}, {"R24.50", m, "24.5", "", "ZAR", ""}}},
		{"a rand's 'R' apart from its sum where the text glues it too", "The taxi from the airport to Sandton cost R 850, about R200 more than the Gautrain.", "", []want{
			{"R 850", m, "850", "", "ZAR", ""}, {"about R200", m, "200", "", "ZAR", "approx"}}},
		{"pence of every pound are a share of it", "Costs swallowed 35p in every £1 donated, while 87p of every pound reached the cause and Gift Aid adds 28p to every £1.", "", []want{
			{"35p in every £1", factcheck.Percent, "35", "", "", ""}, {"87p of every pound", factcheck.Percent, "87", "", "", ""}, {"28p to every £1", factcheck.Percent, "28", "", "", ""}}},
		{"a dividend's cents glued under a Johannesburg dateline are the rand's; thousands glued to 'K' before 'video' count", "JOHANNESBURG, Dec 1 - It paid a final dividend of 90c, making 165c for the year. Charter lost 400K video customers.", "", []want{
			{"90c", m, "0.9", "", "ZAR", ""}, {"165c", m, "1.65", "", "ZAR", ""}, {"400K video customers", factcheck.Count, "400000", "", "", ""}}},
		{"income tax's bands in pence are rates in the pound; a fare in pence is a sum", "The 40p rate and the 10p starting rate stay, with a new top rate of 50p; the bus fare rose 40p, and calls cost a rate of 50p a minute.", "", []want{
			{"40p rate", factcheck.Percent, "40", "", "", ""}, {"10p starting rate", factcheck.Percent, "10", "", "", ""}, {"50p", factcheck.Percent, "50", "", "", ""},
			{"40p", m, "0.4", "", "GBP", ""}, {"50p", m, "0.5", "", "GBP", ""}}},
		{"an interstate's number sets the text in the United States, its bare degrees Fahrenheit", "Cars slid off I-80 as the temperature fell to minus 12 degrees.", "", []want{
			{"minus 12 degrees", factcheck.Measure, "-12", "", "°F", ""}}},
		{"yen as 'Y' glued to a sum written as only sums are (but a school year's 'Y10' is no sum)", "TOKYO, Dec 30 - The cabinet approved a Y54,101bn budget. Y10 pupils sat the test.", "", []want{
			{"Y54,101bn", m, "54101000000000", "", "JPY", ""}}},
		{"a people of a home of dollars counted sets the text there (but its adjective in passing does not)", "From 20 September, the pension rises by $29.70 a fortnight, and about 2.6 million Australians receive it. Elsewhere, the Australian firm's $1.5m deal closed.", "", []want{
			{"20 September", factcheck.Date, "--09-20", "", "", ""}, {"$29.70", m, "29.7", "", "AUD", ""}, {"about 2.6 million Australians receive", factcheck.Count, "2600000", "", "", factcheck.Approx}, {"$1.5m", m, "1500000", "", "AUD", ""}}},
		{"a country's adjective named once in passing sets no dollar", "The Australian firm's $1.5m deal closed on Friday.", "", []want{
			{"$1.5m", m, "1500000", "", "USD", ""}}},
		{"'NZ' names New Zealand", "Detours will add 15 minutes, the NZ Transport Agency said. The $12.4 million programme is the largest.", "", []want{
			{"15 minutes", factcheck.Duration, "15", "", "minute", ""}, {"$12.4 million", m, "12400000", "", "NZD", ""}}},
		{"a home's dateline outweighs one place of another home of dollars", "SINGAPORE - A record 47 flats were sold for at least $1 million. A flat in Queenstown changed hands for $1.56 million.", "", []want{
			{"47 flats", factcheck.Count, "47", "", "", ""}, {"at least $1 million", m, "1000000", "", "SGD", factcheck.LowerBound}, {"$1.56 million", m, "1560000", "", "SGD", ""}}},
		{"a bank or a scheme of one country of its own dollar sets a text's bare dollars there", "The big banks, led by CBA, will pass on the cut, saving a borrower with a $600,000 loan about $90 a month.", "", []want{
			{"$600,000", m, "600000", "", "AUD", ""}, {"about $90", m, "90", "", "AUD", factcheck.Approx}}},
		{"New South Wales is Australia's (but South Wales alone Britain's)", "Councils in New South Wales will share $45 million for koala habitat.", "", []want{
			{"$45 million", m, "45000000", "", "AUD", ""}}},
		{"a state named for its country is a place of it: South Australia's", "Farmers in South Australia's south-east can claim up to $75,000 under a $55 million package.", "", []want{
			{"up to $75,000", m, "75000", "", "AUD", factcheck.UpperBound}, {"$55 million", m, "55000000", "", "AUD", ""}}},
		{"a road's number after 'the' and before a place's preposition is no sum", "JOHANNESBURG - Police offer up to R150 000 after a heist on the R21 near OR Tambo; the R50 fee rose.", "", []want{
			{"up to R150 000", m, "150000", "", "ZAR", factcheck.UpperBound}, {"R50", m, "50", "", "ZAR", ""}}},
		{"Medicare, a scheme of two countries, sets no text in the United States; a tax's rate in cents in the dollar, and the next band's cents", "Taxpayers earning between $135,001 and $190,000 now pay 37c in the dollar, while those above $190,000 pay 45c, plus the 2 per cent Medicare levy. About 3.3 million Australians earn more than the $135,000 threshold, according to Australian Taxation Office figures.", "", []want{
			{"between $135,001 and $190,000", m, "135001", "190000", "AUD", ""}, {"37c in the dollar", factcheck.Percent, "37", "", "", ""}, {"above $190,000", m, "190000", "", "AUD", factcheck.LowerBound},
			{"45c", factcheck.Percent, "45", "", "", ""}, {"2 per cent Medicare levy", factcheck.Percent, "2", "", "", ""}, {"About 3.3 million Australians earn", factcheck.Count, "3300000", "", "", factcheck.Approx}, {"$135,000", m, "135000", "", "AUD", ""}}},
		{"cents glued before '-a-share' take the home dollar, not the last sum's conversion in brackets", "Perth-based miner Redgum Resources has rejected an unsolicited 68c-a-share proposal valuing it at about $410 million (US$270 million). Redgum shares rose 14.5 per cent to 61.5c on Thursday.", "", []want{
			{"68c", m, "0.68", "", "AUD", ""}, {"about $410 million", m, "410000000", "", "AUD", factcheck.Approx}, {"US$270 million", m, "270000000", "", "USD", factcheck.Approx},
			{"14.5 per cent", factcheck.Percent, "14.5", "", "", ""}, {"61.5c", m, "0.615", "", "AUD", ""}}},
		{"a dateline in a country of its own dollar outweighs another named once in passing", "SYDNEY, 18 December 2024 — Shareholders will vote on the $1.35 billion scheme with Singapore's Meridian Ports.", "", []want{
			{"$1.35 billion", m, "1350000000", "", "AUD", ""}}},
		{"the competition regulator sets Australia", "The ACCC cleared a $4.6 billion deal.", "", []want{
			{"$4.6 billion", m, "4600000000", "", "AUD", ""}}},
		{"the dole sets Australia", "The JobSeeker rate rises by $8.50 a fortnight.", "", []want{
			{"$8.50", m, "8.5", "", "AUD", ""}}},
		{"a South African union sets a text's rand", "The minimum wage rose to R27.58 an hour; Cosatu wanted more.", "", []want{
			{"R27.58", m, "27.58", "", "ZAR", ""}}},
		{"an air force of one country sets a text's bare dollar", "Boeing will deliver the drones to the RAAF under a $1.4 billion contract.", "", []want{
			{"$1.4 billion", m, "1400000000", "", "AUD", ""}}},
		{"a table's note naming another country's dollars sets them, whatever the dateline", "MSR EXPLORATION LTD YEAR LOSS\n    CUT BANK, Mont., April 9 -\n    Shr loss five cts vs profit 10 cts\n    Net loss 381,391 vs profit 736,974\n    NOTE: Canadian dollars.\n", "", []want{
			{"five cts", m, "0.05", "", "CAD", ""}, {"10 cts", m, "0.1", "", "CAD", ""}, {"381,391", m, "381391", "", "CAD", ""}, {"736,974", m, "736974", "", "CAD", ""}}},
		{"the new lira of a text that writes its code before a sum", "Profit rose to 370.8 billion lira, and Garanti reported TRY 45.2bn.", "", []want{
			{"370.8 billion lira", m, "370800000000", "", "TRY", ""}, {"TRY 45.2bn", m, "45200000000", "", "TRY", ""}}},
		{"regions of Chile and Colombia set a text's pesos", "A court in Atacama ordered the owners to pay 480 million pesos. In Boyacá miners earn 1.5 million pesos.", "", []want{
			{"480 million pesos", m, "480000000", "", "CLP", ""}, {"1.5 million pesos", m, "1500000", "", "COP", ""}}},
		{"a Canadian scheme alone", "The TFSA dollar limit for 2025 is $7,000, and RRSP room grows.", "", []want{
			{"2025", factcheck.Date, "2025", "", "", ""}, {"$7,000", m, "7000", "", "CAD", ""}}},
		{"a currency quoted just after its move, anywhere in its sentence; the euro's in dollars", "WARSAW - The forint eased 0.5% to 395.80 per euro and the zloty steady at 4.3150, while the Philippine peso slid to 56.81. Mexico's peso -0.18% at 17.02. The euro dipped 0.2% to 1.0760.", "", []want{
			{"0.5%", factcheck.Percent, "0.5", "", "", ""}, {"395.80", m, "395.8", "", "HUF", ""}, {"4.3150", m, "4.315", "", "PLN", ""}, {"56.81", m, "56.81", "", "PHP", ""},
			{"-0.18%", factcheck.Percent, "-0.18", "", "", ""}, {"17.02", m, "17.02", "", "MXN", ""}, {"0.2%", factcheck.Percent, "0.2", "", "", ""}, {"1.0760", m, "1.076", "", "USD", ""}}},
		{"no quote: a future's price after its month, a rate of interest, a sentence whose quotes are in another money", "ZURICH - June yen closed at 0.006913 on Tuesday. Overnight interbank sterling dipped to 10 pct. The mark slipped to 82.83 centimes and the French franc dipped to 24.90.", "", []want{
			{"0.006913", factcheck.Count, "0.006913", "", "", ""}, {"10 pct", factcheck.Percent, "10", "", "", ""}, {"82.83 centimes", m, "0.8283", "", "CHF", ""}, {"24.90", factcheck.Count, "24.9", "", "", ""}}},
		{"a currency of several countries after a country's possessive, Peru's sol, the CFA franc as FCFA", "STOCKHOLM - Norway's crown firmed to 11.38 per euro. The sol firmed to 3.70 per dollar. In Abidjan, Sonatel gained 75 FCFA.", "", []want{
			{"11.38", m, "11.38", "", "NOK", ""}, {"3.70", m, "3.7", "", "PEN", ""}, {"75 FCFA", m, "75", "", "XOF", ""}}},
		{"a rupee's paisa, of the rupee of the dateline's country; the greenback", "KARACHI - The rupee closed at 280.46 against the greenback, up 11 paisa.", "", []want{
			{"280.46", m, "280.46", "", "PKR", ""}, {"11 paisa", m, "0.11", "", "PKR", ""}}},
		{"a move in won after a sum in won; half a US cent in a text of Australian dollars", "SEOUL - The currency ended at 1,323.4 won against the U.S. dollar, up 8.6 won from the previous close. SYDNEY - The Aussie dollar fell half a US cent to US65.12c.", "", []want{
			{"1,323.4 won", m, "1323.4", "", "KRW", ""}, {"8.6 won", m, "8.6", "", "KRW", ""}, {"half a US cent", m, "0.005", "", "USD", ""}, {"US65.12c", m, "0.6512", "", "USD", ""}}},
		{"no sum: a bond named by its letter and year, the one dollar a rate is per", "JOHANNESBURG - The yield on the R2030 government bond fell 8.5 basis points. LAGOS - The naira weakened to ₦1,612.35/$1 on Wednesday.", "", []want{
			{"8.5 basis points", factcheck.Measure, "8.5", "", "basis point", ""}, {"₦1,612.35", m, "1612.35", "", "NGN", ""}}},
		{"won per kilowatt-hour in a story of Korea; a krone's øre in a story of Norway", "Korea Electric Power will raise rates by 16.1 won per kilowatt-hour. In Oslo the spot price rose above 73 øre/kWh.", "", []want{
			{"16.1 won", m, "16.1", "", "KRW", ""}, {"above 73 øre", m, "0.73", "", "NOK", factcheck.LowerBound}}},
		{"a bare dollar under a Singapore dateline Singapore's", "SINGAPORE — The draw produced a $15.2 million prize, Singapore Pools said.", "", []want{
			{"$15.2 million", m, "15200000", "", "SGD", ""}}},
		{"a bare dollar under a Singapore dateline of a commodities' price agency the US dollar", "SINGAPORE, May 2 (Platts) - Billet offers were steady at $512/t CFR.", "", []want{
			{"$512", m, "512", "", "USD", ""}}},
		{"the lira of a text that names Türkiye the new one", "Domestic rebar in Türkiye was quoted at TL 21,750 per ton.", "", []want{
			{"TL 21,750", m, "21750", "", "TRY", ""}}},
		{"rupees under a dateline of Pakistan's north", "PESHAWAR: Each returning family may carry up to Rs50,000 in cash.", "", []want{
			{"up to Rs50,000", m, "50000", "", "PKR", factcheck.UpperBound}}},
		{"a rate per U.S. dollar in a text whose own dollar is another; the shilling of the country named", "TAIPEI - Turnover was NT$482.12bn. The New Taiwan dollar strengthened to 32.25 per U.S. dollar. NAIROBI - Kenya's shilling gained to 155.5 per dollar.", "", []want{
			{"NT$482.12bn", m, "482120000000", "", "TWD", ""}, {"32.25", m, "32.25", "", "TWD", ""}, {"155.5", m, "155.5", "", "KES", ""}}},
		{"a pound of the one country its sentence names, over the country the text names most", "Egypt's pound fell to 49.5 per dollar. Egypt let the pound fall to about 49.5 per dollar. Lebanon's pound traded at 89,500 to the dollar. In London the pound rose to 1.27 dollars.", "", []want{
			{"49.5", m, "49.5", "", "EGP", ""}, {"about 49.5", m, "49.5", "", "EGP", factcheck.Approx}, {"89,500", m, "89500", "", "LBP", ""}, {"1.27 dollars", m, "1.27", "", "USD", ""}}},
		{"the Gulf's dinars by their letters, millions glued after a currency's letters (prices that start at one bounded below); metres before 'taller'", "Public debt, at BD17.2bn, tops Jordan's JD12.3bn. Prices start at Dh1.35m for a flat in 1.2 million square metres; the tower is 172m taller.", "", []want{
			{"BD17.2bn", m, "17200000000", "", "BHD", ""}, {"JD12.3bn", m, "12300000000", "", "JOD", ""}, {"start at Dh1.35m", m, "1350000", "", "AED", factcheck.LowerBound}, {"1.2 million square metres", factcheck.Measure, "1200000", "", "sq m", ""}, {"172m", factcheck.Measure, "172", "", "m", ""}}},
		{"Ghana's cedi by its letters and sign, or its code, in the new money whatever the date; a naira's letter where the text names the naira or writes its sign", "Rice costs GH¢1,100 and GH₵ 650, and LPG GHS 14.60. The naira closed weak; it changed hands at N1,600, and the old N30,000 floor rose to ₦70k.", "", []want{
			{"GH¢1,100", m, "1100", "", "GHS", ""}, {"GH₵ 650", m, "650", "", "GHS", ""}, {"GHS 14.60", m, "14.6", "", "GHS", ""}, {"N1,600", m, "1600", "", "NGN", ""}, {"N30,000", m, "30000", "", "NGN", ""}, {"₦70k", m, "70000", "", "NGN", ""}}},
		{"a bare dollar after the text's first sum named its country's, no dateline; a conversion in brackets and a text that wrote a bare dollar first keep the US dollar", "Canberra forecasts an A$9.3 billion surplus, then a deficit of about $28bn. The firm's 1.2bn Australian dollars (£458m; $874m) rebuild.", "", []want{
			{"A$9.3 billion", m, "9300000000", "", "AUD", ""}, {"about $28bn", m, "28000000000", "", "AUD", factcheck.Approx},
			{"1.2bn Australian dollars", m, "1200000000", "", "AUD", ""}, {"£458m", m, "458000000", "", "GBP", ""}, {"$874m", m, "874000000", "", "USD", ""}}},
		{"a bare dollar first, then a country's: the bare one is the US dollar's", "Avatar grossed $2.92B, including A$48.6m in Australia; its sequel crossed $2 billion.", "", []want{
			{"$2.92B", m, "2920000000", "", "USD", ""}, {"A$48.6m", m, "48600000", "", "AUD", ""}, {"crossed $2 billion", m, "2000000000", "", "USD", factcheck.LowerBound}}},
		{"a bare dollar where the text's one prefixed dollar is another's, its country named by a place", "SYDNEY, Feb 18 – The banks cut rates: a $600,000 loan costs about A$90 less.", "", []want{
			{"$600,000", m, "600000", "", "AUD", ""}, {"about A$90", m, "90", "", "AUD", factcheck.Approx}}},
		{"a bare dollar where the text's one prefixed dollar is another's, its country not named", "Fonterra's milk price is $7.75, and a farm earns about NZ$1.4m.", "", []want{
			{"$7.75", m, "7.75", "", "NZD", ""}, {"about NZ$1.4m", m, "1400000", "", "NZD", factcheck.Approx}}},
		{"a crown's prefix with its abbreviation dot, a sum in won after a scale's hyphen, a currency renamed new", "The Danish link cost kr. 52.6 billion; in Korea a builder won a 1.5 trillion-won contract; one dlr was 1.485 new Israeli shekels.", "", []want{
			{"kr. 52.6 billion", m, "52600000000", "", "DKK", ""}, {"1.5 trillion-won", m, "1500000000000", "", "KRW", ""}, {"one dlr", m, "1", "", "USD", ""},
			{"1.485 new Israeli shekels", m, "1.485", "", "ILS", ""}}},
		{"a rupee's prefix in a story of Nepal or Pakistan named by its people's word or a town", "The youngest Nepali to climb them spent Rs 1.8 crore. SKARDU: Families of the porters will get Rs1 million each.", "", []want{
			{"Rs 1.8 crore", m, "18000000", "", "NPR", ""}, {"Rs1 million", m, "1000000", "", "PKR", ""}}},
		{"a peso's sign with its name said after, in a story of Mexico", "MEXICO CITY - The institute will spend $45 million pesos on the site.", "", []want{
			{"$45 million pesos", m, "45000000", "", "MXN", ""}}},
		{"a bare dollar in a text that names a farming region of its country", "Dairy farm sales in Waikato are averaging $38,500 a hectare; a unit sold for $6.1m.", "", []want{
			{"$38,500", m, "38500", "", "NZD", ""}, {"$6.1m", m, "6100000", "", "NZD", ""}}},
		{"a home dollar under a dateline whose text names West Texas Intermediate", "CALGARY — Alberta now expects a $5.2-billion surplus, on oil at US$76 a barrel for West Texas Intermediate.", "", []want{
			{"$5.2-billion", m, "5200000000", "", "CAD", ""}, {"US$76", m, "76", "", "USD", ""}}},
		{"a home dollar in a text that writes US cents glued to 'US'", "Queensland zinc producer Leichhardt takes a $185 million charge at a cost of US94c/lb.", "", []want{
			{"$185 million", m, "185000000", "", "AUD", ""}, {"US94c", m, "0.94", "", "USD", ""}}},
		{"a sum's sign between its symbol and its figure; a conversion in brackets under a dateline of another dollar the US dollar", "HONG KONG — Profit rose to HK$5.1bn ($650mn). EBIT was €-112m (€+38m), and $−3.2bn.", "", []want{
			{"HK$5.1bn", m, "5100000000", "", "HKD", ""}, {"$650mn", m, "650000000", "", "USD", ""}, {"€-112m", m, "-112000000", "", "EUR", ""}, {"€+38m", m, "38000000", "", "EUR", ""}, {"$−3.2bn", m, "-3200000000", "", "HKD", ""}}},
		{"a dollar's country named by New York keeps the bare dollar the US dollar's", "A bottle sold for $558,000 in New York, and a case made HK$2.7m in Hong Kong.", "", []want{
			{"$558,000", m, "558000", "", "USD", ""}, {"HK$2.7m", m, "2700000", "", "HKD", ""}}},
		{"a naira's letter where the text writes sums only money writes so; a shilling's letters where no country is named; a birr's letters where the text names the birr; Egypt's 'LE'; a pound of the one country its sentence names several words before", "The Senate passed a N28.7trn bill, with N8.25tn for debt and N68 for each unit. Growers say the Sh3,500 price is low. It slid to 74.7 birr, then above Br100. Rooms cost LE 4,500. Egypt let its currency plunge to about 49.5 pounds per dollar.", "", []want{
			{"N28.7trn", m, "28700000000000", "", "NGN", ""}, {"N8.25tn", m, "8250000000000", "", "NGN", ""}, {"N68", m, "68", "", "NGN", ""}, {"Sh3,500", m, "3500", "", "KES", ""},
			{"74.7 birr", m, "74.7", "", "ETB", ""}, {"above Br100", m, "100", "", "ETB", factcheck.LowerBound}, {"LE 4,500", m, "4500", "", "EGP", ""}, {"about 49.5 pounds", m, "49.5", "", "EGP", factcheck.Approx}}},
		{"rupees by their letters in the country the text names: Pakistan's, Sri Lanka's, Nepal's; India's where it names none", "ISLAMABAD, Sept 15: Petrol fell by Rs10.80 to Rs248.38 in a Rs18.877tr budget.", "", []want{
			{"Rs10.80", m, "10.8", "", "PKR", ""}, {"Rs248.38", m, "248.38", "", "PKR", ""}, {"Rs18.877tr", m, "18877000000000", "", "PKR", ""}}},
		{"Sri Lanka's rupee after its letters and a dot", "Rice in Colombo is fixed at Rs. 230 a kilo.", "", []want{{"Rs. 230", m, "230", "", "LKR", ""}}},
		{"Nepal's rupee", "Kathmandu, Jan 16 – Nepal Oil Corporation raised petrol to Rs 173 a litre.", "", []want{{"Rs 173", m, "173", "", "NPR", ""}}},
		{"India's rupee where no country is named; crores after lakhs abbreviated, and after a hedge", "It costs Rs 550, or ₹2 lakh cr, with ₹29,000-odd crore from one state.", "", []want{
			{"Rs 550", m, "550", "", "INR", ""}, {"₹2 lakh cr", m, "2000000000000", "", "INR", ""}, {"₹29,000-odd crore", m, "290000000000", "", "INR", factcheck.LowerBound}}},
		{"the new cedi by its sign after a qualifier too, whatever the date", "A bale went from GH₵3,500 to nearly GH₵4,800.", "", []want{
			{"GH₵3,500", m, "3500", "", "GHS", ""}, {"nearly GH₵4,800", m, "4800", "", "GHS", factcheck.UpperBound}}},
		{"crowns capitalised at a wrapped line's start", "STOCKHOLM, March 18 -\n    Group profit 731 mln\n    Crowns vs 651 mln", "", []want{
			{"731 mln\n    Crowns", m, "731000000", "", "SEK", ""}, {"651 mln", m, "651000000", "", "SEK", ""}}},
		{"cents glued in the one currency the text names; a range of cents a litre; millions glued before a rate's unit", "Motorists will pay 86c a litre less, while diesel drops by between 51c and 53c/l. The rand averaged R18.21. Output is 1.78m bpd.", "", []want{
			{"86c", m, "0.86", "", "ZAR", ""}, {"between 51c and 53", m, "0.51", "0.53", "ZAR", ""}, {"R18.21", m, "18.21", "", "ZAR", ""}, {"1.78m bpd", factcheck.Measure, "1780000", "", "barrel per day", ""}}},
		{"a bare dollar in a text set in Canada by its dateline", "TORONTO — Ontario is projecting a $9.8-billion deficit, above the $6.1B it forecast.", "", []want{
			{"$9.8-billion", m, "9800000000", "", "CAD", ""}, {"$6.1B", m, "6100000000", "", "CAD", ""}}},
		{"a home dollar where the text marks US sums by their sign, though it prefixes its own dollar too", "HALIFAX — The province will borrow $1.6-billion next year, with lobster at US$9 a pound and a C$40-million fund for wharves.", "", []want{
			{"$1.6-billion", m, "1600000000", "", "CAD", ""}, {"US$9", m, "9", "", "USD", ""}, {"C$40-million", m, "40000000", "", "CAD", ""}}},
		{"a home dollar read from a US sum converted in brackets into it, no country named", "The hospital appeal collected $4.6 million, and one donor gave US$500,000 (S$670,000).", "", []want{
			{"$4.6 million", m, "4600000", "", "SGD", ""}, {"US$500,000", m, "500000", "", "USD", ""}, {"S$670,000", m, "670000", "", "SGD", ""}}},
		{"an undated text's lira are the new lira by their worth: a sum of a few hundred, a rate of tens to the dollar", "Each household will pay about 640 lira a month. The lira slid to 31.2 per dollar.", "", []want{
			{"about 640 lira", m, "640", "", "TRY", factcheck.Approx}, {"31.2", m, "31.2", "", "TRY", ""}}},
		{"an undated text's lira below a million are the new lira, the code after the sum too", "A week on the coast costs about 240,000 lira. Rooms start at 9,500 TL.", "", []want{
			{"about 240,000 lira", m, "240000", "", "TRY", factcheck.Approx}, {"9,500 TL", m, "9500", "", "TRY", ""}}},
		{"a rupee's prefix in a story of two countries of rupees, neither named in its sentence: the one named first", "Sri Lanka's cabinet approved Rs 410 billion in relief. Of it, Rs 95 billion goes to farmers, after talks with India ended.", "", []want{
			{"Rs 410 billion", m, "410000000000", "", "LKR", ""}, {"Rs 95 billion", m, "95000000000", "", "LKR", ""}}},
		{"cents before 'to' and a sum in letters of a currency of cents are its cents", "The levy was cut by 42 cents to KSh 2.90 a litre.", "", []want{
			{"42 cents", m, "0.42", "", "KES", ""}, {"KSh 2.90", m, "2.9", "", "KES", ""}}},
		{"a rate of exchange per U.S. dollar after Brazil's real, a word that is no money elsewhere", "The real weakened to 5.87 per U.S. dollar on Friday.", "", []want{
			{"5.87", m, "5.87", "", "BRL", ""}}},
		{"cents in a text of a country of the euro that writes no dollar are the euro's", "Lakeland cut its milk price by 1.5 cent to 41c a litre, Irish farmers said.", "", []want{
			{"1.5 cent", m, "0.015", "", "EUR", ""}, {"41c", m, "0.41", "", "EUR", ""}}},
		{"a home of dollars named with its places outweighs another named once in passing", "Three Australian men were charged after police found 60kg of cocaine off the Northland coast, the High Court at Auckland heard; it was worth $18m.", "", []want{
			{"Three Australian men", factcheck.Count, "3", "", "", ""}, {"60kg", factcheck.Measure, "60", "", "kg", ""}, {"$18m", m, "18000000", "", "NZD", ""}}},
		{"'Ft' after a sum in a story of Hungary is the forint", "Hungary raised the minimum wage to 290,800 Ft.", "", []want{
			{"290,800 Ft", m, "290800", "", "HUF", ""}}},
		{"Scandinavian crowns as the FT writes them, Rwanda's franc by its letters, crores abbreviated before a noun in a text of rupees; a two-wheeler no count", "It was valued at SKr9.1bn and DKr120mn; Kigali spent Rwf 2.3 billion. The app has 4.2 Cr users and raised Rs 40 crore; two-wheeler sales rose.", "", []want{
			{"SKr9.1bn", m, "9100000000", "", "SEK", ""}, {"DKr120mn", m, "120000000", "", "DKK", ""}, {"Rwf 2.3 billion", m, "2300000000", "", "RWF", ""},
			{"4.2 Cr users", factcheck.Count, "42000000", "", "", ""}, {"Rs 40 crore", m, "400000000", "", "INR", ""}}},
		{"a bare dollar in a text of yen sums is American, though it names a home of dollars once", "The fund's holdings fell to ¥2.1tn; its Singaporean stake was marked at $4bn, a 40 per cent fall.", "", []want{
			{"¥2.1tn", m, "2100000000000", "", "JPY", ""}, {"$4bn", m, "4000000000", "", "USD", ""}, {"40 per cent", factcheck.Percent, "40", "", "", ""}}},
		{"cents before the text's sums in rand are the rand's; a fuel's octane rating a measure", "South African motorists pay 42 cents a litre more, taking 93 octane to R24.10 and 95-octane to R24.60.", "", []want{
			{"42 cents", m, "0.42", "", "ZAR", ""}, {"93 octane", factcheck.Measure, "93", "", "octane", ""}, {"R24.10", m, "24.1", "", "ZAR", ""},
			{"95-octane", factcheck.Measure, "95", "", "octane", ""}, {"R24.60", m, "24.6", "", "ZAR", ""}}},
		{"a home's dateline and the US money marked by its sums: the bare dollar is the home's, though the text names the United States", "CALGARY — Shoppers drove to Montana as the loonie sat near 72 U.S. cents; a fridge cost $1,299 in Calgary.", "", []want{
			{"near 72 U.S. cents", m, "0.72", "", "USD", factcheck.Approx}, {"$1,299", m, "1299", "", "CAD", ""}}},
		{"an undated wire's lira at hundreds to the dollar are the old lira", "ANKARA - The central bank set a rate of 773.05 lira per dollar, and a loan of 25 billion lira.", "", []want{
			{"773.05 lira", m, "773.05", "", "TRL", ""}, {"25 billion lira", m, "25000000000", "", "TRL", ""}}},
		{"a bare dollar in a text that names a city of Australia", "Sydney's median house price climbed to a record $1.41 million, CoreLogic said.", "", []want{{"$1.41 million", m, "1410000", "", "AUD", ""}}},
		{"a bare dollar where the country is named once in passing, or the text converts to pounds, stays the US dollar's", "The Australian firm paid $1.5m. In Sydney, News Corp offered $5.4bn (£3.7bn).", "", []want{
			{"$1.5m", m, "1500000", "", "USD", ""}, {"$5.4bn", m, "5400000000", "", "USD", ""}, {"£3.7bn", m, "3700000000", "", "GBP", ""}}},
		{"a bare dollar where the country is named once by a text that writes 'per cent', as its own papers do", "About 20 per cent of mortgages in Canada renew in 2025, lifting payments by $300 on a $500K loan.", "", []want{
			{"20 per cent", factcheck.Percent, "20", "", "", factcheck.Approx}, {"2025", factcheck.Date, "2025", "", "", ""},
			{"$300", m, "300", "", "CAD", ""}, {"$500K", m, "500000", "", "CAD", ""}}},
		{"a bare dollar in a text that names its country's dollar by name is another's", "Urea traded at $355-365 per short ton, while potash held near 540 Canadian dlrs a tonne in western Canada.", "", []want{
			{"$355-365", m, "355", "365", "USD", ""}, {"near 540 Canadian dlrs", m, "540", "", "CAD", factcheck.Approx}}},
		{"cents in the one currency of cents the text's sums write", "Power cost 41.35 ct/kWh, about 10 cents lower, and a household pays €1,447.", "", []want{
			{"41.35 ct", m, "0.4135", "", "EUR", ""}, {"about 10 cents", m, "0.1", "", "EUR", factcheck.Approx}, {"€1,447", m, "1447", "", "EUR", ""}}},
		{"cents glued with no price word in a text of euros", "The bill falls by about €150, and the rate will fall to 36.2c, down from 40.2c.", "", []want{
			{"about €150", m, "150", "", "EUR", factcheck.Approx}, {"36.2c", m, "0.362", "", "EUR", ""}, {"40.2c", m, "0.402", "", "EUR", ""}}},
		{"cents of a dollar named by its prefix; Sweden's öre", "Bills rose to 31.2c/kWh from 28.9 cents, or A$170. Spot power hit 186 öre/kWh.", "", []want{
			{"31.2c", m, "0.312", "", "AUD", ""}, {"28.9 cents", m, "0.289", "", "AUD", ""}, {"A$170", m, "170", "", "AUD", ""}, {"186 öre", m, "1.86", "", "SEK", ""}}},
		{"cents where the text writes two currencies stay the US dollar's", "It cost 50 cents, or €2 and A$3.", "", []want{
			{"50 cents", m, "0.5", "", "USD", ""}, {"€2", m, "2", "", "EUR", ""}, {"A$3", m, "3", "", "AUD", ""}}},
		{"Oman's rial by its letters where the text writes sums so; square feet as 'sft'", "Villas cost RO150,000 and rents RO950–1,100 a month for 3,000-sft.", "", []want{
			{"RO150,000", m, "150000", "", "OMR", ""}, {"RO950–1,100", m, "950", "1100", "OMR", ""}, {"3,000-sft", factcheck.Measure, "3000", "", "sq ft", ""}}},
		{"the letters of Zambia's, Malawi's, Guatemala's, Honduras's and Uganda's moneys where the text names the country or writes its sums so", "In Zambia maize fetched K300 a bag; in Malawi MK850 a kilo; in Guatemala Q225; in Honduras L2,400 to L2,600; in Uganda Shs7,000.", "2024-05-01", []want{
			{"K300", m, "300", "", "ZMW", ""}, {"MK850", m, "850", "", "MWK", ""}, {"Q225", m, "225", "", "GTQ", ""}, {"L2,400 to L2,600", m, "2400", "2600", "HNL", ""}, {"Shs7,000", m, "7000", "", "UGX", ""}}},
		{"the rand's letter where the text writes sums grouped by a space or a scale spaced after it; the naira's before 'million'", "The court fined him R4,7 million and R20 000, between R1 500 and R5 000. Bail was not less than N5 million. The Q160 160 megabyte drive shipped.", "", []want{
			{"R4,7 million", m, "4700000", "", "ZAR", ""}, {"R20 000", m, "20000", "", "ZAR", ""}, {"between R1 500 and R5 000", m, "1500", "5000", "ZAR", ""},
			{"not less than N5 million", m, "5000000", "", "NGN", factcheck.LowerBound}, {"160 megabyte", factcheck.Measure, "160", "", "megabyte", ""}}},
		{"a results table's nil in the dollar of its dateline's country, its first row", "SAND TECHNOLOGY 2ND QTR NET\n    Toronto, March 19 - ended January 31\n    Shr nil vs nil\n    Net profit 351,000 vs loss 243,000", "", []want{
			{"2ND", factcheck.Ordinal, "2", "", "", ""}, {"January 31", factcheck.Date, "--01-31", "", "", ""}, {"nil", m, "0", "", "CAD", ""}, {"nil", m, "0", "", "CAD", ""},
			{"351,000", m, "351000", "", "CAD", ""}, {"243,000", m, "243000", "", "CAD", ""}}},
		{"dirhams of the one country the text or the sentence names", "In Morocco, the state paid 140,000 dirhams per home. Dubai rents hit 120,000 dirhams.", "", []want{
			{"140,000 dirhams", m, "140000", "", "MAD", ""}, {"120,000 dirhams", m, "120000", "", "AED", ""}}},
		{"crowns by their letters before the figure in the country the text names", "In Norway a monthly pass costs kr 249, a yearly one Kr 2,400.", "", []want{
			{"kr 249", m, "249", "", "NOK", ""}, {"Kr 2,400", m, "2400", "", "NOK", ""}}},
		{"the rand's letter before a hyphenated scale or a glued 'm' after decimals", "The budget is R3.1-billion, R640-million for roads and R1.27m for parks.", "", []want{
			{"R3.1-billion", m, "3100000000", "", "ZAR", ""}, {"R640-million", m, "640000000", "", "ZAR", ""}, {"R1.27m", m, "1270000", "", "ZAR", ""}}},
		{"the ariary's and the ngultrum's letters where the text names their country; Namibia's dollar by its letter", "In Madagascar fines run from Ar 2 million to Ar 20 million. Bhutan pays Nu 1 million. Namibia charges N$80 000.", "", []want{
			{"Ar 2 million to Ar 20 million", m, "2000000", "20000000", "MGA", ""}, {"Nu 1 million", m, "1000000", "", "BTN", ""}, {"N$80 000", m, "80000", "", "NAD", ""}}},
		{"a letter before a short number names where no sum is written so", "Wear an N95 mask on the R2 road. Bayern won the RO16 tie. Nike and K2 bid, under rule K3.", "", nil},
		{"millions of marks where Finland goes unnamed", "Azpurua said a credit agreement for 100 mln marks will be signed.", "", []want{{"100 mln marks", m, "100000000", "", "DEM", ""}}},
		{"crowns abbreviated 'kr' in the one country of crowns the text names, by its people or its capital", "Swedes carried a median of 200 kronor, down from 500 kr.", "", []want{
			{"200 kronor", m, "200", "", "SEK", ""}, {"500 kr", m, "500", "", "SEK", ""}}},
		{"crowns abbreviated 'kr' under a dateline", "OSLO - Tickets cost 695–1 295 kr.", "", []want{{"695–1 295 kr", m, "695", "1295", "NOK", ""}}},
		{"'kr' where no country of crowns is named is no money", "Tickets cost 695 kr.", "", []want{{"695", factcheck.Count, "695", "", "", ""}}},
		{"crowns of the one country of crowns the text names", "NEW YORK, April 13 - L.M. Ericsson of Sweden said Intelsa, its Spanish unit, has sales of 800 mln crowns.", "", []want{{"800 mln crowns", m, "800000000", "", "SEK", ""}}},
		{"marks in a text that names Germany, not a level passed", "CARACAS, June 1 - A credit for 100 mln marks will be signed with the German state bank.", "", []want{{"100 mln marks", m, "100000000", "", "DEM", ""}}},
		{"a mark passed", "Sales in Germany passed the 100 million mark.", "", []want{{"100 million", factcheck.Count, "100000000", "", "", ""}}},
		{"francs in Geneva", "GENEVA, May 2 - The bank lost 40 mln francs.", "", []want{{"40 mln francs", m, "40000000", "", "CHF", ""}}},
		{"dollars said US before their figure in Toronto", "TORONTO, March 5 - It offered U.S 100 mln dlrs of debentures, U.S. 4.5 billion dlrs of notes and 20 mln dlrs of shares.", "", []want{
			{"100 mln dlrs", m, "100000000", "", "USD", ""}, {"4.5 billion dlrs", m, "4500000000", "", "USD", ""}, {"20 mln dlrs", m, "20000000", "", "CAD", ""}}},
		{"kwacha in Malawi and in Zambia", "ZOMBA, March 21 - Malawi projects a deficit of 303 mln kwacha.", "1987-03-21", []want{{"303 mln kwacha", m, "303000000", "", "MWK", ""}}},
		{"kwacha in Zambia, before the new kwacha", "LUSAKA, March 3 - The central bank auctioned 5 mln kwacha.", "1987-03-03", []want{{"5 mln kwacha", m, "5000000", "", "ZMK", ""}}},
		{"francs under a Paris dateline", "PARIS, May 2 - The bank lost 40 mln francs.", "", []want{{"40 mln francs", m, "40000000", "", "FRF", ""}}},
		{"Luxembourg francs, in a headline in capitals too", "BELGELECTRIC RAISES 300 MLN LUXEMBOURG FRANCS\n    LUXEMBOURG, April 13 - It raised 300 mln Luxembourg francs.", "", []want{
			{"300 MLN LUXEMBOURG FRANCS", m, "300000000", "", "LUF", ""}, {"300 mln Luxembourg francs", m, "300000000", "", "LUF", ""}}},
		{"CFA francs of Central Africa and of West Africa", "Cameroon says corruption in its finance ministry has cost it 1bn CFA francs a month; Cameroon's budget suffers.", "", []want{
			{"1bn CFA francs", m, "1000000000", "", "XAF", ""}}},
		{"CFA francs of West Africa", "DAKAR, May 2 - Senegal will spend 90 billion CFA francs on roads.", "2019-05-02", []want{{"90 billion CFA francs", m, "90000000000", "", "XOF", ""}}},
		{"a results table's cents of a country in capitals with dots, and the dividend's total", "JARDINE YEAR\n    HONG KONG, March 27 -\n    Shr 126 H.K. Cents vs 42 (adjusted)\n    Final div 30 cents vs 10, making 40\n", "", []want{
			{"126 H.K. Cents", m, "1.26", "", "HKD", ""}, {"42", m, "0.42", "", "HKD", ""}, {"30 cents", m, "0.3", "", "HKD", ""}, {"10", m, "0.1", "", "HKD", ""}, {"40", m, "0.4", "", "HKD", ""}}},
		{"francs CFA, as French writes them", "DAKAR, May 2 - Senegal's debt is 800\nbillion francs cfa.", "", []want{{"800\nbillion francs cfa", m, "800000000000", "", "XOF", ""}}},
		{"a currency's name capitalised in the plural", "BUENOS AIRES, Oct 20 - Wheat was hiked to 300\nAustrals per tonne, maize to 250 Australs from 220 Australs.", "", []want{
			{"300\nAustrals", m, "300", "", "ARA", ""}, {"250 Australs", m, "250", "", "ARA", ""}, {"220 Australs", m, "220", "", "ARA", ""}}},
		{"francs under a Brussels dateline", "BRUSSELS (Reuters) - Sales fell to 3 billion francs.", "1998-04-02", []want{{"3 billion francs", m, "3000000000", "", "BEF", ""}}},
		{"dollars named after the sum, under an Ottawa dateline", "CANADA SETS CREDIT\n    OTTAWA, June 29 - The facility was reduced to three\nbillion dlrs U.S. from 3.5 billion dlrs U.S. TransCanada made a 4.3 billion Can dlr offer.", "", []want{
			{"three\nbillion dlrs", m, "3000000000", "", "USD", ""}, {"3.5 billion dlrs", m, "3500000000", "", "USD", ""}, {"4.3 billion Can dlr", m, "4300000000", "", "CAD", ""}}},
		{"cents called U.S. in brackets under an Ottawa dateline, and the story's dollars after them", "OTTAWA, March 5 - The dollar is higher than 75 cts (U.S.) today. Foreigners bought a record 23.1 billion dlrs of bonds.", "", []want{
			{"75 cts", m, "0.75", "", "USD", factcheck.LowerBound}, {"23.1 billion dlrs", m, "23100000000", "", "CAD", ""}}},
		{"cents a headline calls Canadian after them", "SHELL CANADA RAISES CRUDE 32 CTS CANADIAN\n    NEW YORK, June 18 - Shell Canada raised its postings.", "", []want{{"32 CTS", m, "0.32", "", "CAD", ""}}},
		{"a note that the results are US dollars, under a Toronto dateline", "AMCA 3RD QTR LOSS\n    TORONTO, Oct 19 -\n    Shr loss two cts vs loss 1.79 dlrs\n    Revs 290.3 mln vs 245.0 mln\n    NOTE: Full name is AMCA International Ltd. Results in U.S.\ndlrs.\n", "", []want{
			{"3RD QTR LOSS", factcheck.Ordinal, "3", "", "", ""}, {"two cts", m, "0.02", "", "USD", ""}, {"1.79 dlrs", m, "1.79", "", "USD", ""},
			{"290.3 mln", m, "290300000", "", "USD", ""}, {"245.0 mln", m, "245000000", "", "USD", ""}}},
		{"a note that all figures are US dollars, under a Melbourne dateline", "WEEKS PETROLEUM YEAR\n    MELBOURNE, March 25 -\n    Pre-tax profit 21.31 mln dlrs vs 26.42 mln\n    Note - All figures in U.S. Dollars as the company is\nregistered in Bermuda.\n", "", []want{
			{"21.31 mln dlrs", m, "21310000", "", "USD", ""}, {"26.42 mln", m, "26420000", "", "USD", ""}}},
		{"a Toronto wire's share moves in fractions, in Canadian dollars", "TORONTO, April 7 - Toronto stocks rose.\n    Among resources, British Columbia Forest Products rose 1/2 to 21-1/4, Cominco added 1/4 to reach 18-5/8 and Imperial Oil class A firmed 1/2 to 72-5/8.", "", []want{
			{"1/2", m, "0.5", "", "CAD", ""}, {"21-1/4", m, "21.25", "", "CAD", ""}, {"1/4", m, "0.25", "", "CAD", ""}, {"18-5/8", m, "18.625", "", "CAD", ""},
			{"1/2", m, "0.5", "", "CAD", ""}, {"72-5/8", m, "72.625", "", "CAD", ""}}},
		{"marks of a dividend, hyphenated", "BONN, March 3 - Bayer paid a 10-mark dividend on its results, up one mark.", "", []want{
			{"10-mark", m, "10", "", "DEM", ""}, {"one mark", m, "1", "", "DEM", ""}}},
		{"a headline's sum in the currency of the body's sum of its figure", "DOW TO ISSUE 56 MLN DLRS IN BONDS\n    MIDLAND, MICH., March 19 - Dow will issue 100 mln New Zealand dollar bonds worth\napproximately 56 mln U.S. dlrs.", "", []want{
			{"56 MLN DLRS", m, "56000000", "", "USD", ""}, {"100 mln New Zealand dollar", m, "100000000", "", "NZD", ""}, {"approximately 56 mln U.S. dlrs", m, "56000000", "", "USD", "approx"}}},
		{"oil's cents a gallon or a barrel under a Singapore dateline, and the list's next", "SINGAPORE PRICES\n    SINGAPORE, June 18 - It cut its posted prices by one\ncent/gallon for lpg, two cents for gas\noil and by 60 cents/barrel for marine diesel oil.", "", []want{
			{"one\ncent", m, "0.01", "", "USD", ""}, {"two cents", m, "0.02", "", "USD", ""}, {"60 cents", m, "0.6", "", "USD", ""}}},
		{"a sum restated in brackets in another scale before its currency", "WASHINGTON, April 2 - The current ceiling of 2.3 trillion (2,300 billion) dlrs\ndrops on Friday.", "", []want{
			{"2.3 trillion", m, "2300000000000", "", "USD", ""}, {"2,300 billion", m, "2300000000000", "", "USD", ""}}},
		{"no francs of France after the euro", "PARIS, May 2 - The bank lost 40 mln francs.", "2004-05-02", []want{{"40 mln francs", m, "40000000", "", "CHF", ""}}},
		{"set in a country it names", "Manila has spent 5 billion pesos on roads, the Philippine government said.", "", []want{
			{"5 billion pesos", m, "5000000000", "", "PHP", ""}}},
		{"set in a country by a dateline whose place has an accent", "BOGOTÁ – The price was set at 1.9 million pesos per carga.", "", []want{
			{"1.9 million pesos", m, "1900000", "", "COP", ""}}},
		{"set in a country a dateline names after its place, before a dash", "ANTOFAGASTA, Chile — Workers rejected a bonus of 18 million pesos each.", "", []want{
			{"18 million pesos", m, "18000000", "", "CLP", ""}}},
		{"named once in another sentence, the money's own country named nowhere: that one country's; two named, the default", "Chile votes in May. A firm paid 5 billion pesos for it.", "", []want{{"5 billion pesos", m, "5000000000", "", "CLP", ""}}},
		{"two countries of pesos named once each in other sentences: the default", "Chile votes in May and Colombia in June. A firm paid 5 billion pesos for it.", "", []want{{"5 billion pesos", m, "5000000000", "", "MXN", ""}}},
		{"an ISO code that is also a word, in a story of its country; the dirhams of the one country named; a prefix's country its sentence names", "Morocco's fund has received MAD 9.6 billion. Each family gets 30,000 dirhams. Nepal's government released Rs 50 crore; India sent tents.", "", []want{
			{"MAD 9.6 billion", m, "9600000000", "", "MAD", ""}, {"30,000 dirhams", m, "30000", "", "MAD", ""}, {"Rs 50 crore", m, "500000000", "", "NPR", ""}}},
		{"an ISO code that is also a word, in a story of no country of its money", "The crowd went MAD 5 times over.", "", []want{{"5 times", factcheck.Measure, "5", "", "times", ""}}},
		{"named in the sum's own sentence just before it", "A Chilean firm paid 5 billion pesos for it.", "", []want{{"5 billion pesos", m, "5000000000", "", "CLP", ""}}},
		{"an adjective wins", "PARIS, May 2 - It cost 9 Swiss francs.", "", []want{{"9 Swiss francs", m, "9", "", "CHF", ""}}},
		{"rupees in Karachi", "KARACHI, Jan 3 - Pakistan raised 20 billion rupees.", "", []want{{"20 billion rupees", m, "20000000000", "", "PKR", ""}}},
		{"crowns in Stockholm", "STOCKHOLM, June 4 - Profit rose to 5.2 billion crowns.", "", []want{{"5.2 billion crowns", m, "5200000000", "", "SEK", ""}}},
		{"Czech crowns", "It paid 300 million Czech crowns.", "", []want{{"300 million Czech crowns", m, "300000000", "", "CZK", ""}}},
		{"marks in a headline in capitals, billions below them", "BUNDESBANK ALLOCATES 6.1 BILLION MARKS IN TENDER\n    FRANKFURT, April 8 - Banks bid 12.2\nbillion marks, below the outgoing 14.9 billion.", "", []want{
			{"6.1 BILLION MARKS", m, "6100000000", "", "DEM", ""}, {"12.2\nbillion marks", m, "12200000000", "", "DEM", ""}, {"14.9 billion", m, "14900000000", "", "DEM", ""}}},
		{"the states of a currency are no sum, a price's area is", "The 12 euro zone countries and the 16 euro area members met; copper held the 870 stg area.", "", []want{
			{"12 euro zone countries", factcheck.Count, "12", "", "", ""}, {"16 euro area members", factcheck.Count, "16", "", "", ""}, {"870 stg", m, "870", "", "GBP", ""}}},
		{"crowns nowhere", "The champion has 5 crowns.", "", []want{{"5 crowns", factcheck.Count, "5", "", "", ""}}},
		{"crowns of the country their sentence names, of several the text names", "HAMBURG, March 9 - Norway was not in the market and Iceland sold little.\n    Denmark offered meal at 315 crowns per 100 kilos.", "", []want{
			{"315 crowns", m, "315", "", "DKK", ""}, {"100 kilos", factcheck.Measure, "100", "", "kg", ""}}},
		{"Malaysia's cents, compared back across a month's name, and shared by a list said respectively", "RUBBER DUTY\n    KUALA LUMPUR, March 3 - The gazetted price rose to 213-1/2 cents per kilo from February's 207. The cesses stay at 3.85 and 9.92 cents per kg respectively.", "", []want{
			{"213-1/2 cents", m, "2.135", "", "MYR", ""}, {"207", m, "2.07", "", "MYR", ""}, {"3.85", m, "0.0385", "", "MYR", ""}, {"9.92 cents", m, "0.0992", "", "MYR", ""}}},
		{"a South African company's cents are the rand's", "HIGHVELD SEES LOWER EARNINGS\n    JOHANNESBURG, March 11 - Highveld expects earnings below last year's 85 cts a share; the rand rose to 30 U.S. Cents.", "", []want{
			{"85 cts", m, "0.85", "", "ZAR", ""}, {"30 U.S. Cents", m, "0.3", "", "USD", ""}}},
		{"dinars in Amman", "AMMAN (Reuters) - Jordan will borrow 500 million dinars.", "", []want{{"500 million dinars", m, "500000000", "", "JOD", ""}}},
		{"francs in Dakar", "DAKAR, May 2 - Senegal will spend 90 billion francs on roads.", "2019-05-02", []want{{"90 billion francs", m, "90000000000", "", "XOF", ""}}},
		{"naira, pesos and shillings by their letters", "LAGOS, June 14 - Nigeria set a N70,000 wage.", "", []want{{"N70,000", m, "70000", "", "NGN", ""}}},
		{"pesos by their letter", "MANILA, Philippines - Damage reached P1.8 billion.", "", []want{{"P1.8 billion", m, "1800000000", "", "PHP", ""}}},
		{"shillings by their letters", "NAIROBI - Kenya will raise Sh346 billion, the Kenyan Treasury said.", "", []want{{"Sh346 billion", m, "346000000000", "", "KES", ""}}},
		{"shillings by their letters spaced from the figure", "NAIROBI - Kenya's growers will get a bonus of Sh 5 per kilo.", "", []want{{"Sh 5", m, "5", "", "KES", ""}}},
		{"letters before a number elsewhere", "He scored P2 and N3 in the test.", "", nil},
		{"won each", "SEOUL (Yonhap) - Workers will get 300,000 won each.", "", []want{{"300,000 won", m, "300000", "", "KRW", ""}}},
		{"dollars spelled out under a dateline of a home of dollars are its own, as its 'dlrs' are", "SYDNEY, Jan 3 - The miner paid 7 million dollars.", "", []want{{"7 million dollars", m, "7000000", "", "AUD", ""}}},
		{"cents by sign or word, and dollars spelled out, take the home dollar", "Gas in Metro Vancouver hit 218.9 cents a litre in Canada, and B.C.'s tax adds 17.61¢. The couple from Calgary gave a quarter of a million dollars.", "", []want{
			{"218.9 cents", m, "2.189", "", "CAD", ""}, {"17.61¢", m, "0.1761", "", "CAD", ""}, {"a quarter of a million dollars", m, "250000", "", "CAD", ""}}},
		{"cents in a text that names its dollar take the last sum's dollar of cents", "The forecast is $8.00-$8.60, a lift of 30 cents, or roughly NZ$60,000 a farm.", "", []want{
			{"$8.00-$8.60", m, "8", "8.6", "NZD", ""}, {"30 cents", m, "0.3", "", "NZD", ""}, {"roughly NZ$60,000", m, "60000", "", "NZD", factcheck.Approx}}},
		{"cents before any sum take the dollar the text writes by its own sign", "Fuel rose 12 cents a litre, so a tank costs about C$143.", "", []want{
			{"12 cents", m, "0.12", "", "CAD", ""}, {"about C$143", m, "143", "", "CAD", factcheck.Approx}}},
		{"a text datelined in the United States has no home dollar, whatever places it names", "NEW YORK, June 18 - Glaxo's drug sales reached one billion dollars, analysts in Toronto and Montreal said.", "", []want{
			{"one billion dollars", m, "1000000000", "", "USD", ""}}},
		{"nor one datelined in a country of another money", "BRASILIA, March 13 - The Canadian banker from Montreal proposed converting Brazil's 1.3 billion dollars debt.", "", []want{
			{"1.3 billion dollars", m, "1300000000", "", "USD", ""}}},
		{"drams are Armenia's money where the text is set there; rials are the money of the country the text is set in", "YEREVAN, Sept 30 - Armenia will pay each refugee 100,000 drams.\n\nFuel in Aden, Yemen, sells for about 24,000 rials.", "", []want{
			{"100,000 drams", m, "100000", "", "AMD", ""}, {"about 24,000 rials", m, "24000", "", "YER", factcheck.Approx}}},
		{"drams where no text sets Armenia are no money (spirits poured)", "A bar poured two drams of brandy.", "", []want{{"two drams", factcheck.Count, "2", "", "", ""}}},
		{"a body of a home's state, its central bank or a department named for it, sets the text there", "The Bank of Canada cut its rate to 3.75%. Borrowers with a $500,000 mortgage save $145 a month.", "", []want{
			{"3.75%", factcheck.Percent, "3.75", "", "", ""}, {"$500,000", m, "500000", "", "CAD", ""}, {"$145", m, "145", "", "CAD", ""}}},
		{"but the health of a country's economy is no body of its state", "The Health of Canada's economy worries investors in a $500,000 fund.", "", []want{
			{"$500,000", m, "500000", "", "USD", ""}}},
		{"a town of Singapore sets a text's bare dollars", "Organisers in Punggol raised $480,000.", "", []want{{"$480,000", m, "480000", "", "SGD", ""}}},
		{"a town of New Zealand, written with its macron", "Repairs near Kaikōura cost about $1.2b.", "", []want{{"about $1.2b", m, "1200000000", "", "NZD", factcheck.Approx}}},
		{"a town of Canada", "Kelowna bought a $1-million ticket.", "", []want{{"$1-million", m, "1000000", "", "CAD", ""}}},
		{"a river of Australia", "Water in the Murrumbidgee traded at $180.", "", []want{{"$180", m, "180", "", "AUD", ""}}},
		{"Brunswick is no place of Canada", "The swindle in Brunswick lost millions of dollars, a banker said.", "", []want{
			{"millions of dollars", m, "2000000", "", "USD", factcheck.LowerBound}}},
		{"marks pricing a measure, away from Germany", "ROTTERDAM, April 7 - Pellets traded at 27.50 Marks per 100 kilos; he got 12 marks out of 20.", "", []want{
			{"27.50 Marks", m, "27.5", "", "DEM", ""}, {"100 kilos", factcheck.Measure, "100", "", "kg", ""}, {"12 marks", factcheck.Count, "12", "", "", ""}, {"20", factcheck.Count, "20", "", "", ""}}},
		{"Ecus", "BRUSSELS, March 3 - It costs up to two billion Ecus.", "", []want{{"up to two billion Ecus", m, "2000000000", "", "XEU", factcheck.UpperBound}}},
		{"kwacha before and after the renomination", "LUSAKA, March 3 - It cost 500 mln kwacha.", "1987-03-03", []want{{"500 mln kwacha", m, "500000000", "", "ZMK", ""}}},
		{"kwacha after the renomination", "LUSAKA, March 3 - It cost 500 mln kwacha.", "2020-03-03", []want{{"500 mln kwacha", m, "500000000", "", "ZMW", ""}}},
		{"wire dlrs under a Canadian dateline", "GSW INC YEAR NET\n    TORONTO, Feb 26 - Shr 36 cts vs 39 cts; it paid 13 mln dlrs, oil 20 dlrs a barrel, and 6.3 mln U.S. dlrs, then 2 mln dlrs.", "", []want{
			{"36 cts", m, "0.36", "", "CAD", ""}, {"39 cts", m, "0.39", "", "CAD", ""}, {"13 mln dlrs", m, "13000000", "", "CAD", ""},
			{"20 dlrs", m, "20", "", "USD", ""}, {"6.3 mln U.S. dlrs", m, "6300000", "", "USD", ""}, {"2 mln dlrs", m, "2000000", "", "USD", ""}}},
		{"a sum compared back across its own wrapped dollars", "TAIPEI, April 29 - The surplus may exceed 5.5 billion U.S.\nDlrs in the first four months of 1987, against 4.25 billion a\nyear ago.", "", []want{
			{"exceed 5.5 billion U.S.\nDlrs", m, "5500000000", "", "USD", factcheck.LowerBound}, {"four months", factcheck.Duration, "4", "", "month", ""}, {"1987", factcheck.Date, "1987", "", "", ""},
			{"4.25 billion", m, "4250000000", "", "USD", ""}}},
		{"a sum whose own noun is money, far from the story's sum", "COLOMBO, March 30 - The letter said 548.76 mln rupees were needed for six months.\n    Officials of the ministry met the envoys of 24 countries and of several agencies of the United Nations in the capital for talks on the drought, the harvest and the relief of villages.\n    The 548.76 mln cash would cover payments to families.", "", []want{
			{"548.76 mln rupees", m, "548760000", "", "LKR", ""}, {"six months", factcheck.Duration, "6", "", "month", ""}, {"24 countries", factcheck.Count, "24", "", "", ""},
			{"548.76 mln cash", m, "548760000", "", "LKR", ""}}},
		{"wire dlrs under a Fijian dateline", "FIJI MAKES SUGAR PAYMENT\n    SUVA, June 18 - Farmers will get 14.10 dlrs and a loan of an estimated 14 mln dlrs.", "", []want{
			{"14.10 dlrs", m, "14.1", "", "FJD", ""}, {"14 mln dlrs", m, "14000000", "", "FJD", factcheck.Approx}}},
		{"the price of the currency in U.S. dlrs is no sum of the story", "MARKETS BOOMING\n    SYDNEY, April 8 - The currency hit 0.71 U.S. Dlrs. A hotel sold for 145 mln dlrs.", "", []want{
			{"0.71 U.S. Dlrs", m, "0.71", "", "USD", ""}, {"145 mln dlrs", m, "145000000", "", "AUD", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, tt.published, tt.want) })
	}
}
