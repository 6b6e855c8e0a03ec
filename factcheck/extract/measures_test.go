package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestExtractRatesAndUnits(t *testing.T) {
	m := factcheck.Measure
	tests := []struct {
		name, in string
		want     []want
	}{
		{"pixels an inch glued; inches glued before another measure glued; a move from below zero to zero one range", "The 300ppi screen and a 6.5in 90Hz display. Prices will move −3% to 0% in the quarter.", []want{
			{"300ppi", m, "300", "", "ppi", ""}, {"6.5in", m, "6.5", "", "inch", ""}, {"90Hz", m, "90", "", "Hz", ""}, {"−3% to 0%", factcheck.Percent, "-3", "0", "", ""}}},
		{"tonnes a hectare glued to a yield; a weight of seed per acre abbreviated", "Wheat yields averaged 9.2t/ha this harvest, and growers seed canola at 5 to 6 lb/ac.", []want{
			{"9.2t/ha", m, "9.2", "", "tonne per hectare", ""}, {"5 to 6 lb/ac", m, "5", "6", "lb per acre", ""}}},
		{"an index's level after a share's price near it in marks, the S&P 500's futures settled in points, points shed after an index's close (but a multiple of earnings no level)", "FRANKFURT, Oct 26 - Deutsche Bank dropped 38 marks to 472 and the FAZ index was down 4.9 pct at 489.76. The December S&P 500 futures contract settled down 10.20 at 248.00. The FT-SE 100 share index closed 250.7 points lower at 1,801.6, after shedding more than 180 points in the first 90 minutes. Apple trades at a premium to the S&P 500's multiple of 19.", []want{
			{"38 marks", factcheck.Money, "38", "", "DEM", ""}, {"472", factcheck.Money, "472", "", "DEM", ""}, {"4.9 pct", factcheck.Percent, "4.9", "", "", ""}, {"489.76", m, "489.76", "", "point", ""},
			{"10.20", m, "10.2", "", "point", ""}, {"248.00", m, "248", "", "point", ""}, {"250.7 points", m, "250.7", "", "point", ""}, {"1,801.6", m, "1801.6", "", "point", ""},
			{"more than 180 points", m, "180", "", "point", factcheck.LowerBound}, {"90 minutes", factcheck.Duration, "90", "", "minute", ""}, {"19", factcheck.Count, "19", "", "", ""}}},
		{"a cargo's least and most size in thousands parted by a slash one range; pounds after a price 'a-pound' weigh (but a grade of oil is no watts)", "A 25,000/30,000 tonne cargo and 20,000/22,000 long tons were fixed. A 2.5-cent-a-pound rise and capacity additions of 300 mln pounds a year. Use 5W-30 oil in a 60W lamp.", []want{
			{"25,000/30,000 tonne", m, "25000", "30000", "tonne", ""}, {"20,000/22,000 long tons", m, "20000", "22000", "long ton", ""},
			{"2.5-cent", factcheck.Money, "0.025", "", "USD", ""}, {"300 mln pounds a year", m, "300000000", "", "pound per year", ""}, {"60W", m, "60", "", "W", ""}}},
		{"bare degrees of a sentence of warmth or cold under an American dateline in Fahrenheit", "LOS ANGELES, March 31 (Reuters) - The month ended as the city's coldest March in nearly 70 years, averaging 55.8 degrees.", []want{
			{"nearly 70 years", factcheck.Duration, "70", "", "year", factcheck.UpperBound}, {"55.8 degrees", m, "55.8", "", "°F", ""}}},
		{"physics' symbols by their case and sentence: pascals, gigapascals, watts, volts, teslas, kilohertz, millibars, megabecquerels, parts per trillion, kelvins of heat; acre-feet a year; zettabytes, picolitres, teraelectronvolts, gallons a minute (but a name's 'V' and 'W')", "It draws less than 15 W; the signal was 12 kHz at 101,325 Pa and 130 GPa, 5.8 × 10⁻⁴ V. The magnets reach 8.3 tesla and operate at about 1.9 K. Lightning heats the air to some 30,000 K. A vacuum of 10^-6 mbar, a dose of 370 megabecquerels, under 0.1 ppt. They leave up to 250,000 acre-feet a year. NEC's 9801 V computer series has four W and J stores. The world stores 181 zettabytes in 1.5 picolitres at 13.6 teraelectronvolts with a 2.5 gpm shower.", []want{
			{"less than 15 W", m, "15", "", "W", factcheck.UpperBound}, {"12 kHz", m, "12", "", "kHz", ""}, {"101,325 Pa", m, "101325", "", "Pa", ""}, {"130 GPa", m, "130", "", "GPa", ""},
			{"5.8 × 10⁻⁴ V", m, "0.00058", "", "V", ""}, {"8.3 tesla", m, "8.3", "", "tesla", ""}, {"about 1.9 K", m, "1.9", "", "K", factcheck.Approx}, {"some 30,000 K", m, "30000", "", "K", factcheck.Approx},
			{"10^-6 mbar", m, "0.000001", "", "mbar", ""}, {"370 megabecquerels", m, "370", "", "megabecquerel", ""}, {"under 0.1 ppt", m, "0.1", "", "ppt", factcheck.UpperBound},
			{"up to 250,000 acre-feet a year", m, "250000", "", "acre-foot per year", factcheck.UpperBound}, {"9801 V computer series", factcheck.Count, "9801", "", "", ""},
			{"four W", factcheck.Count, "4", "", "", ""}, {"181 zettabytes", m, "181", "", "zettabyte", ""}, {"1.5 picolitres", m, "1.5", "", "picolitre", ""},
			{"13.6 teraelectronvolts", m, "13.6", "", "teraelectronvolt", ""}, {"2.5 gpm", m, "2.5", "", "gallon per minute", ""}}},
		{"stones before pounds glued after '1st'; a day's temperatures in the scale of the first, not of its conversion in brackets", "Men lost an average of 1st 8lb (10kg). The forecast calls for a high of 95 degrees (35 C) in Phoenix, and lows near 75.", []want{
			{"1st 8lb", m, "22", "", "lb", ""}, {"10kg", m, "10", "", "kg", ""}, {"95 degrees", m, "95", "", "°F", ""}, {"35 C", m, "35", "", "°C", ""}, {"near 75", m, "75", "", "°F", factcheck.Approx}}},
		{"a rate after a conversion in brackets is both measures'; a change's older figure in the rate's unit takes the rate", "Households use around 350 litres (77 gallons) of water a day. The grade slipped to 7.8 grams per tonne from 8.1 grams.", []want{
			{"around 350 litres", m, "350", "", "litre per day", factcheck.Approx}, {"77 gallons", m, "77", "", "gallon per day", factcheck.Approx},
			{"7.8 grams per tonne", m, "7.8", "", "gram per tonne", ""}, {"8.1 grams", m, "8.1", "", "gram per tonne", ""}}},
		{"pounds weigh after a weight converted in brackets and after a price per pound; units of alcohol in a sentence of drink", "The angler landed a 24-pound (10.9kg) pike, beating his best by six pounds. Farms charged $4 per pound, with a minimum of 2 pounds. A glass of wine contains 3.3 units, near the limit of 14 units a week.", []want{
			{"24-pound", m, "24", "", "pound", ""}, {"10.9kg", m, "10.9", "", "kg", ""}, {"six pounds", m, "6", "", "pound", ""}, {"$4", factcheck.Money, "4", "", "USD", ""},
			{"a minimum of 2 pounds", m, "2", "", "pound", factcheck.LowerBound}, {"3.3 units", m, "3.3", "", "unit", ""}, {"14 units a week", m, "14", "", "unit per week", ""}}},
		{"a range of magnitudes is one claim, and 'dozens of' before it counts the quakes", "It recorded dozens of magnitude 5-6 tremors and a magnitude 6.4 quake.", []want{
			{"dozens of magnitude", factcheck.Count, "24", "", "", factcheck.LowerBound}, {"5-6", m, "5", "6", "magnitude", ""}, {"6.4", m, "6.4", "", "magnitude", ""}}},
		{"pounds converted to grams in brackets weigh; glued sides before a hyphened unit measure (but a size of bare sides is none); a multiple above a word in small letters compares", "Soak 1 pound (450 g) dried black beans in 8 cups cold water. Cool it in the 9x13-inch pan. Order a 4x6 print. Dioxin was about 6,000 times above normal.", []want{
			{"1 pound", m, "1", "", "pound", ""}, {"450 g", m, "450", "", "g", ""}, {"8 cups", m, "8", "", "cup", ""}, {"9", m, "9", "", "inch", ""}, {"13-inch", m, "13", "", "inch", ""}, {"about 6,000 times", m, "6000", "", "times", factcheck.Approx}}},
		{"a sum a square metre written with a slash and a squared unit is kept", "The average price fell to €9,870/m2, down 6.8%.", []want{
			{"€9,870", factcheck.Money, "9870", "", "EUR", ""}, {"6.8%", factcheck.Percent, "6.8", "", "", ""}}},
		{"a fraction of a pound 'of' a thing is a weight", "The loaf takes three-quarters of a pound of butter.", []want{
			{"three-quarters of a pound", m, "0.75", "", "lb", ""}}},
		{"pence charged or before 'and' a sum in pounds are money in a sentence of video, one range in pounds", "Vodafone will charge between 50p and £1.50 for each music video.", []want{
			{"between 50p and £1.50", factcheck.Money, "0.5", "1.5", "GBP", ""}}},
		{"a glued 'm' after 'the' and no noun is millions after a figure in millions", "Audiences have fallen to 3.4m, less than half the 7.5m it drew a decade ago.", []want{
			{"3.4m", factcheck.Count, "3400000", "", "", ""}, {"less than half", factcheck.Percent, "50", "", "", factcheck.UpperBound}, {"7.5m", factcheck.Count, "7500000", "", "", ""}}},
		{"one unit unbounded before a comparative, a size, a fall of snow or 'by' a metric unit is a claim (but 'of an inch' is a share)", "She raised her record by a centimetre. The river peaked a metre higher than before. The tornado cut a path a mile wide. Buffalo could see a foot of lake-effect snow. Amounts were 0.10 of an inch.", []want{
			{"a centimetre", m, "1", "", "cm", ""}, {"a metre", m, "1", "", "m", ""}, {"a mile", m, "1", "", "mile", ""}, {"a foot", m, "1", "", "foot", ""}, {"0.10 of an inch", m, "0.1", "", "inch", ""}}},
		{"grams in a serving of any size, and any amount in a serving of a size no power of ten, are amounts, the serving a claim of its own; a concentration per 100ml and fuel per 100 km stay rates", "Juices carry no more than 19.5 g of sugar per 200 ml carton. Drinks with 8g of sugar per 100ml are taxed. Give 100 mg per 5 mL. The limit is 80mg of alcohol per 100ml. It uses 6 litres per 100 km.", []want{
			{"no more than 19.5 g", m, "19.5", "", "g", factcheck.UpperBound}, {"200 ml", m, "200", "", "ml", ""}, {"8g", m, "8", "", "g", ""}, {"100ml", m, "100", "", "ml", ""},
			{"100 mg", m, "100", "", "mg", ""}, {"5 mL", m, "5", "", "ml", ""}, {"80mg of alcohol per 100ml", m, "80", "", "mg per 100ml", ""}, {"6 litres per 100 km", m, "6", "", "litre per 100 km", ""}}},
		{"a straight double quote after a figure before 'of' and what fell is inches, but a race's gap 'of the' leader, or after hours and minutes glued, is none", "The storm dumped 3.1\" of rain. He moves to within 26\" of the leader. Philipsen won in 6h14'44\" at an average of 46.1 km/h.", []want{
			{"3.1\"", m, "3.1", "", "inch", ""}, {"within 26", factcheck.Count, "26", "", "", factcheck.UpperBound}, {"6h14'44\"", factcheck.Duration, "22484", "", "second", ""}, {"46.1 km/h", m, "46.1", "", "km/h", ""}}},
		{"dimensions as one hyphened adjective, or spaced before a hyphened unit, are each in the unit after the last", "A 12-by-14-foot bedroom, a 12 x 16-foot patio and an 8-inch-by-10-inch camera.", []want{
			{"12", m, "12", "", "foot", ""}, {"14-foot", m, "14", "", "foot", ""}, {"12", m, "12", "", "foot", ""}, {"16-foot", m, "16", "", "foot", ""},
			{"8-inch", m, "8", "", "inch", ""}, {"10-inch", m, "10", "", "inch", ""}}},
		{"inches abbreviated 'in.' after a fraction or before a comma, and a straight double quote after a figure before a word in small letters, are inches (but a quotation's closing quote is none)", "Use 3/16 in. for handmade tile; base units are 24 in., with a kick. Add a 1-1/2\" layer of foam. He called it \"Plan 6\" and left.", []want{
			{"3/16 in.", m, "0.1875", "", "inch", ""}, {"24 in.", m, "24", "", "inch", ""}, {"1-1/2\"", m, "1.5", "", "inch", ""}}},
		{"a height in feet and inches with a space after the prime; quarts; a fan's cubic feet a minute", "He was about 5' 10\" tall. It needs about 5½ quarts. The hood moves at least 300 CFM.", []want{
			{"about 5' 10\" tall", m, "70", "", "inch", factcheck.Approx}, {"about 5½ quarts", m, "5.5", "", "quart", factcheck.Approx}, {"at least 300 CFM", m, "300", "", "cubic foot per minute", factcheck.LowerBound}}},
		{"bare degrees after a word of freezing, above ten and below 33, are Fahrenheit", "Freezing temperatures of 25 to 28 degrees were forecast across central Georgia.", []want{
			{"25 to 28 degrees", m, "25", "28", "°F", ""}}},
		{"bare degrees 'above freezing' abroad are Celsius", "In Oslo it stayed above freezing at 12 degrees.", []want{
			{"12 degrees", m, "12", "", "°C", ""}}},
		{"a bare figure in millions takes the measure before it past a span 'in' some months said aside", "The USDA raised its estimate of world wheat trade to 90.6 mln tonnes, the second increase in two months, and said the Soviet Union would take 21.0 mln.", []want{
			{"90.6 mln tonnes", m, "90600000", "", "tonne", ""}, {"the second increase", factcheck.Ordinal, "2", "", "", ""}, {"two months", factcheck.Duration, "2", "", "month", ""}, {"21.0 mln", m, "21000000", "", "tonne", ""}}},
		{"a glued 'm' after 'as small as' is metres", "The camera can pick out features as small as 10m.", []want{
			{"10m", m, "10", "", "m", ""}}},
		{"carbon dioxide with a subscript two; a spaced 'g' after grams a kilometre in its sentence is grams", "Land-use change adds another 4.2 GtCO₂. Emissions dropped to 108.1 g/km, down 5.2 g on the year.", []want{
			{"4.2 GtCO₂", m, "4.2", "", "Gt", ""}, {"108.1 g/km", m, "108.1", "", "g/km", ""}, {"5.2 g", m, "5.2", "", "g", ""}}},
		{"a glued 'm' before metres written out later in a long sentence, and a race's distance at 'at the ... mark', are metres", "You can add an extension of up to 3m on a semi-detached house and up to 4m on a detached one, or 6m and 8m respectively under prior approval, so long as it is no taller than 4 metres. The crew trailed by half a length at the 1,500m mark.", []want{
			{"up to 3m", m, "3", "", "m", factcheck.UpperBound}, {"up to 4m", m, "4", "", "m", factcheck.UpperBound}, {"6m", m, "6", "", "m", ""}, {"8m", m, "8", "", "m", ""}, {"taller than 4 metres", m, "4", "", "m", factcheck.UpperBound},
			{"half a length", m, "0.5", "", "length", ""}, {"1,500m", m, "1500", "", "m", ""}}},
		{"micromoles by their symbol; a measure after a name in a brand's case; a litre's or a gram's symbol before a slash and a time is a rate", "Creatinine 186 µmol/L and eGFR 34 ml/min pointed to kidney injury. She was on 2 L/min of oxygen, with paracetamol at max. 1.2 g/day.", []want{
			{"186 µmol/L", m, "186", "", "µmol/L", ""}, {"34 ml/min", m, "34", "", "ml per minute", ""}, {"2 L/min", m, "2", "", "L per minute", ""}, {"1.2 g/day", m, "1.2", "", "g per day", ""}}},
		{"a glued 'm' after a figure in millions in its sentence is millions; a bare temperature in a town with its American state's abbreviation is Fahrenheit", "A record 4.7m postal votes were requested, up from about 1.75m in 2001. Temperatures plunged to minus 14 degrees in Fargo, N.D.", []want{
			{"4.7m postal votes", factcheck.Count, "4700000", "", "", ""}, {"about 1.75m", factcheck.Count, "1750000", "", "", factcheck.Approx}, {"2001", factcheck.Date, "2001", "", "", ""},
			{"minus 14 degrees", m, "-14", "", "°F", ""}}},
		{"a glued 'm' after a verb of moving oneself, or in a sentence of sea levels, is metres; a US or imperial gallon is its own unit", "Lena Marsh ran 100m in 10.94 seconds. Sea levels could rise 1.2m above normal. A pool holds roughly 660,000 US gallons, or 550,000 imperial gallons.", []want{
			{"100m", m, "100", "", "m", ""}, {"10.94 seconds", factcheck.Duration, "10.94", "", "second", ""}, {"1.2m", m, "1.2", "", "m", ""},
			{"roughly 660,000 US gallons", m, "660000", "", "US gallon", factcheck.Approx}, {"550,000 imperial gallons", m, "550000", "", "imperial gallon", ""}}},
		{"'top' before a temperature glued to its scale is a verb, the figure a measure", "Surface temperatures top 450C on Venus and could top 900F.", []want{
			{"450C", m, "450", "", "°C", ""}, {"top 900F", m, "900", "", "°F", factcheck.LowerBound}}},
		{"a glued 'm' before a crane or a bridge's span is metres; flats numbered are no claims", "A crane will lift a 40m footbridge span into place while the 27m crane is assembled. Residents of flats 1 to 48 can report damp.", []want{
			{"40m", m, "40", "", "m", ""}, {"27m", m, "27", "", "m", ""}}},
		{"a whole rate on the Worldscale after its word, however capitalised the word before", "Rates for crude carriers rose to Worldscale 36 from 31 last week.", []want{
			{"Worldscale 36", m, "36", "", "Worldscale", ""}, {"31", m, "31", "", "Worldscale", ""}}},
		{"a glued 'k' after running or before a race's time is kilometres (but a price's thousands); pounds after a weight in pounds in the sentence weigh (but pounds paid are sterling)", "Maya ran the parkrun 5k in 24:30; the group's average 5k time fell. Prices start at 5k. Patients lost 12.7 pounds, compared with 2.1 pounds on placebo. He weighs 12 pounds and paid 20 pounds.", []want{
			{"5k", m, "5", "", "km", ""}, {"24:30", factcheck.Duration, "1470", "", "second", ""}, {"5k", m, "5", "", "km", ""}, {"5k", factcheck.Count, "5000", "", "", ""},
			{"12.7 pounds", m, "12.7", "", "pound", ""}, {"2.1 pounds", m, "2.1", "", "pound", ""}, {"12 pounds", m, "12", "", "pound", ""}, {"20 pounds", factcheck.Money, "20", "", "GBP", ""}}},
		{"a solar array's peak output as written", "A typical 3.5kWp system costs less; the 50 MWp farm opened.", []want{
			{"3.5kWp", m, "3.5", "", "kWp", ""}, {"50 MWp", m, "50", "", "MWp", ""}}},
		{"a grade point average, a star's signed magnitude and a tanker's Worldscale rate as written", "She has a 4.0 GPA. The comet shone at magnitude −4.9. VLCC rates eased to Worldscale 32.5 from 35; a tanker was fixed at WS 135.", []want{
			{"4.0 GPA", m, "4", "", "GPA", ""}, {"−4.9", m, "-4.9", "", "magnitude", ""}, {"Worldscale 32.5", m, "32.5", "", "Worldscale", ""}, {"35", m, "35", "", "Worldscale", ""}, {"WS 135", m, "135", "", "Worldscale", ""}}},
		{"a race's seconds with decimals after hours and minutes abbreviated; a glued 'm' before an athlete's jump or throw is metres (but a jump 'in' a count's millions)", "She won in 1hr 21min 4.2sec. The 8.61m jump could not count; her 70.52m throw won. A 3m jump in passengers followed.", []want{
			{"1hr 21min 4.2sec", factcheck.Duration, "4864.2", "", "second", ""}, {"8.61m", m, "8.61", "", "m", ""}, {"70.52m", m, "70.52", "", "m", ""}, {"3m jump", factcheck.Count, "3000000", "", "", ""}}},
		{"'every quarter of an hour' a length of time; a premium 'of' points a price's; a bare figure listed after a measure compared across a few words is of that measure", "The bell chimes every quarter of an hour. Thai sugar sold at a premium of 25 to 30 points over New York May. Purchases reached 205,000 tonnes, against a forecast of 210,000 to 215,000 tonnes and an estimated 219,000 in 1985/86.", []want{
			{"quarter of an hour", factcheck.Duration, "0.25", "", "hour", ""}, {"25 to 30 points", m, "25", "30", "point", ""}, {"205,000 tonnes", m, "205000", "", "tonne", ""},
			{"210,000 to 215,000 tonnes", m, "210000", "215000", "tonne", ""}, {"an estimated 219,000", m, "219000", "", "tonne", factcheck.Approx}, {"1985/86", factcheck.Date, "1985", "1986", "", ""}}},
		{"pounds a time of a thing weigh; 'grand' in a story set in America is dollars", "The jet burns 2,000 pounds an hour of fuel. A builder in Ohio said he earns ten grand a month.", []want{
			{"2,000 pounds an hour", m, "2000", "", "pound per hour", ""}, {"ten grand", factcheck.Money, "10000", "", "USD", ""}}},
		{"ships' and ports' tonnages as written; a glued 'm' before lanes, a platform or 'away' is metres", "Orders of 146,000 gross registered tonnes; the port handled 9.1 mln freight tonnes and the railway 3 mln revenue tonnes. It has eight 25m lanes and a 10m diving platform; keep at least 100m away.", []want{
			{"146,000 gross registered tonnes", m, "146000", "", "gross registered tonne", ""}, {"9.1 mln freight tonnes", m, "9100000", "", "freight tonne", ""}, {"3 mln revenue tonnes", m, "3000000", "", "revenue tonne", ""},
			{"eight", factcheck.Count, "8", "", "", ""}, {"25m", m, "25", "", "m", ""}, {"10m", m, "10", "", "m", ""}, {"at least 100m", m, "100", "", "m", factcheck.LowerBound}}},
		{"a range's scale spaced once from the end's sign; a microscope's powers after 'magnify' a range, no change; a decimal's hanging hyphen shares the unit after the next", "Keep it between 32° and 95° F. It can magnify objects 40x to 400x. They have 6.1- and 6.7-inch screens.", []want{
			{"between 32° and 95", m, "32", "95", "°F", ""}, {"40x to 400x", m, "40", "400", "x", ""}, {"6.1-", m, "6.1", "", "inch", ""}, {"6.7-inch", m, "6.7", "", "inch", ""}}},
		{"a degree's scale spaced once from its sign", "The phone works best below 35° C and above 32° F.", []want{
			{"35° C", m, "35", "", "°C", factcheck.UpperBound}, {"32° F", m, "32", "", "°F", factcheck.LowerBound}}},
		{"a glued 'm' before 'of ascent' is metres; Hong Kong's taels of gold", "It is a 12km loop with 800m of ascent. Turnover was about 20,000 taels.", []want{
			{"12km", m, "12", "", "km", ""}, {"800m", m, "800", "", "m", ""}, {"about 20,000 taels", m, "20000", "", "tael", factcheck.Approx}}},
		{"a glued 't' before a heavy vehicle is tonnes, a glued 'A' before a fuse amperes, a glued 'm' before a pool metres; a vote's two shares after a verb of standing and a comma", "Hire a 3.5t van or a 7.5t lorry. Fit a 13A fuse. It has two 50m pools. The bond was trailing, 48.2% to 51.8%.", []want{
			{"3.5t", m, "3.5", "", "tonne", ""}, {"7.5t", m, "7.5", "", "tonne", ""}, {"13A", m, "13", "", "A", ""}, {"two", factcheck.Count, "2", "", "", ""}, {"50m", m, "50", "", "m", ""},
			{"48.2%", factcheck.Percent, "48.2", "", "", ""}, {"51.8%", factcheck.Percent, "51.8", "", "", ""}}},
		{"a multiple's range glued at both ends; an acceleration squared; a rate said after the second measure is its own when the first names what it measures", "Lenses offer 10x to 20x zoom. It speeds up by 9.8 m/s². It pairs 188GB of memory and 7.8 terabytes per second of bandwidth.", []want{
			{"10x to 20x", m, "10", "20", "x", ""}, {"9.8 m/s²", m, "9.8", "", "m/s²", ""}, {"188GB", m, "188", "", "GB", ""}, {"7.8 terabytes per second", m, "7.8", "", "terabyte per second", ""}}},
		{"a fraction of an area or a volume of two words; a carat glued to its figure in a sentence of gold; a fabric's denier and gsm; bits a second beside a modem", "It covers under half a square kilometre and holds half a cubic metre. Hoops in 9ct gold cost £79, the 18ct versions £320. Tights in 40 denier and a 240gsm T-shirt. The modem sends 9,600 bits per second; its 2,400 bps model is cheaper.", []want{
			{"under half a square kilometre", m, "0.5", "", "sq km", factcheck.UpperBound}, {"half a cubic metre", m, "0.5", "", "cubic metre", ""}, {"9ct", m, "9", "", "carat", ""}, {"£79", factcheck.Money, "79", "", "GBP", ""},
			{"18ct", m, "18", "", "carat", ""}, {"£320", factcheck.Money, "320", "", "GBP", ""}, {"40 denier", m, "40", "", "denier", ""}, {"240gsm", m, "240", "", "gsm", ""}, {"9,600 bits per second", m, "9600", "", "bit per second", ""}, {"2,400 bps", m, "2400", "", "bit per second", ""}}},
		{"a glued 'm' before a thing in the singular that has a length is metres (but millions of customers); a street named 'Row'", "A 30m hose from 22 Park Row costs €45; it has 30m customers.", []want{
			{"30m", m, "30", "", "m", ""}, {"€45", factcheck.Money, "45", "", "EUR", ""}, {"30m customers", factcheck.Count, "30000000", "", "", ""}}},
		{"a river's level in metres where a sentence names the river or a flood; pounds per square inch", "The river peaked at 6.5 metres after a £1.2m scheme, just below the record of 6.8m. Flood levels were 2.4m above normal. It held about 1,350 pounds per square inch.", []want{
			{"6.5 metres", m, "6.5", "", "m", ""}, {"£1.2m", factcheck.Money, "1200000", "", "GBP", ""}, {"6.8m", m, "6.8", "", "m", ""}, {"2.4m", m, "2.4", "", "m", ""},
			{"about 1,350 pounds per square inch", m, "1350", "", "pound per square inch", factcheck.Approx}}},
		{"kelvins spaced in a sentence of pressure; moles a litre", "The vessel was held at 250 kPa and 310 K; it holds a 0.5 mol/L solution. She earns 40 K a year.", []want{
			{"250 kPa", m, "250", "", "kPa", ""}, {"310 K", m, "310", "", "K", ""}, {"0.5 mol/L", m, "0.5", "", "mol/L", ""}, {"40 K", factcheck.Count, "40", "", "", ""}}},
		{"basis points glued by a hyphen, and a race's kilometres in a glued K", "Traders see a 25-bp hike in May. Walkers chose a 5K or a 10K route, and 5K people came.", []want{
			{"25-bp", m, "25", "", "basis point", ""}, {"5K", m, "5", "", "km", ""}, {"10K", m, "10", "", "km", ""}, {"5K people", factcheck.Count, "5000", "", "", ""}}},
		{"'bar' after a figure in a sentence of pressure is a pressure", "The new water main was tested at 16 bar, roughly 232 psi. The pub has a 16 bar counter.", []want{
			{"16 bar", m, "16", "", "bar", ""}, {"roughly 232 psi", m, "232", "", "psi", factcheck.Approx}, {"16 bar counter", factcheck.Count, "16", "", "", ""}}},
		{"a glued 'm' before a length of timber is metres; gallons abbreviated; a coverage per litre in square metres; a fraction of an inch glued", "It is a 2.4m length of timber. The kit has a 1 gal can. Apply at 12 m² per litre. Fit a 1/2in hose.", []want{
			{"2.4m", factcheck.Measure, "2.4", "", "m", ""}, {"1 gal", factcheck.Measure, "1", "", "gal", ""}, {"12 m² per litre", factcheck.Measure, "12", "", "sq m per litre", ""}, {"1/2in", factcheck.Measure, "0.5", "", "inch", ""}}},
		{"a glued 'm' after a wingspan is metres; two shares of a hundred in a split; odds of one in millions; a percentage's comparison is no bound of what follows 'than'", "The A380 has a wingspan of 79.8m. The partners agreed a 60/40 split, not a 50-50 venture. The odds are 1 in 6 million. Packs cost 14 per cent less than 12 months earlier.", []want{
			{"79.8m", factcheck.Measure, "79.8", "", "m", ""}, {"60", factcheck.Percent, "60", "", "", ""}, {"40", factcheck.Percent, "40", "", "", ""}, {"50-50", factcheck.Percent, "50", "", "", ""},
			{"1 in 6 million", factcheck.Percent, "0.0000167", "", "", ""}, {"14 per cent", factcheck.Percent, "14", "", "", ""}, {"12 months", factcheck.Duration, "12", "", "month", ""}}},
		{"a range of inches glued to both ends", "Forecasters expect 3in to 5in of rain.", []want{
			{"3in to 5in", m, "3", "5", "inch", ""}}},
		{"a height in feet and bare inches in words is one length in inches", "Dad is six foot two and weighs fourteen stone.", []want{
			{"six foot two", m, "74", "", "inch", ""}, {"fourteen stone", m, "14", "", "stone", ""}}},
		{"amps; a screen's 4K before its panel's kind is no thousands", "A full charge at 4 amps costs about 15p. The new 4K OLED panel peaks at 1,600 nits.", []want{
			{"4 amps", m, "4", "", "amp", ""}, {"about 15p", factcheck.Money, "0.15", "", "GBP", factcheck.Approx}, {"1,600 nits", m, "1600", "", "nit", ""}}},
		{"a glued 'm' before a part of a home is metres (but a fee's is millions)", "The loft has 3.5m ceilings and a 40m rear garden. The club paid a 40m fee.", []want{
			{"3.5m", m, "3.5", "", "m", ""}, {"40m", m, "40", "", "m", ""}, {"40m fee", factcheck.Count, "40000000", "", "", ""}}},
		{"a multiple of a number at or of a base, of forward earnings (but not 'the world number two'); cents a price moved by in the currency it reached; a case's number", "SVB had 31 warnings, roughly three times the number at peer banks; stocks trade at about 17 times forward earnings. He is three times the world number two. Tin firmed 10 cents to 17.05 ringgit a kilo (Case No. 23-10367).", []want{
			{"31 warnings", factcheck.Count, "31", "", "", ""}, {"roughly three times", m, "3", "", "times", factcheck.Approx}, {"about 17 times", m, "17", "", "times", factcheck.Approx},
			{"three times", factcheck.Count, "3", "", "", ""}, {"number two", factcheck.Ordinal, "2", "", "", ""}, {"10 cents", factcheck.Money, "0.1", "", "MYR", ""}, {"17.05 ringgit", factcheck.Money, "17.05", "", "MYR", ""}}},
		{"metres after 'the fastest' (but not before people)", "It was the fastest 200m by a British man, but the fastest 5m users signed up.", []want{
			{"200m", m, "200", "", "m", ""}, {"5m users", factcheck.Count, "5000000", "", "", ""}}},
		{"a solution's pH; grams by their symbol after a weight in grams in the sentence", "Keep it at a pH of 6.5 to 7.5. It weighs 187 g, roughly 19 g lighter than before.", []want{
			{"6.5 to 7.5", m, "6.5", "7.5", "pH", ""}, {"187 g", m, "187", "", "g", ""}, {"roughly 19 g", m, "19", "", "g", factcheck.Approx}}},
		{"a blood sugar's HbA1c in millimoles a mole, the change's start in its unit", "Her HbA1c dropped from 58 to 46 mmol/mol in six months.", []want{
			{"58", m, "58", "", "mmol/mol", ""}, {"46 mmol/mol", m, "46", "", "mmol/mol", ""}, {"six months", factcheck.Duration, "6", "", "month", ""}}},
		{"volts glued (but a 16V engine's valves); a glued 'm' before millimetres in its clause, or after metres in its sentence, is metres (but not before people)", "It comes with two 18V batteries and a 230V charger; the 2.0 16V engine is smooth. Cut the worktop to 2.4m, leave a 4mm gap. Hang 2.5-metre drops; a standard 10m roll gives four. In a 30-metre pool, 2m people swam.", []want{
			{"two", factcheck.Count, "2", "", "", ""}, {"18V", m, "18", "", "V", ""}, {"230V", m, "230", "", "V", ""}, {"2.0", factcheck.Count, "2", "", "", ""}, {"16V engine", factcheck.Count, "16", "", "", ""},
			{"2.4m", m, "2.4", "", "m", ""}, {"4mm", m, "4", "", "mm", ""}, {"2.5-metre", m, "2.5", "", "m", ""}, {"10m", m, "10", "", "m", ""}, {"four", factcheck.Count, "4", "", "", ""},
			{"30-metre", m, "30", "", "m", ""}, {"2m people", factcheck.Count, "2000000", "", "", ""}}},
		{"a glued 'm' of visibility, of a river above its normal level and of a glacier's retreat is metres; a price's rate bounded is no measure of its own", "Fog cut visibility to less than 50m. The Severn peaked at 5.2m above its normal level. The glacier retreated by 40m. It buys oil at $79 a barrel or less.", []want{
			{"less than 50m", factcheck.Measure, "50", "", "m", factcheck.UpperBound}, {"5.2m", factcheck.Measure, "5.2", "", "m", ""}, {"40m", factcheck.Measure, "40", "", "m", ""}, {"$79", factcheck.Money, "79", "", "USD", ""}}},
		{"a pound joined by a hyphen to the thing it weighs, past a quote mark, and in America in billions; a pound note is money", "FRESNO, Calif. — Growers expect a 2.6 billion-pound crop. The 2-pound 'Buckeye Burger' costs $24.99.", []want{
			{"2.6 billion-pound", factcheck.Measure, "2600000000", "", "pound", ""}, {"2-pound", factcheck.Measure, "2", "", "pound", ""}, {"$24.99", factcheck.Money, "24.99", "", "USD", ""}}},
		{"a pound note is money", "He paid with a 10-pound note.", []want{{"10-pound", factcheck.Money, "10", "", "GBP", ""}}},
		{"a ratio's one after its level (a count, the first side over the second); a rate per a hundred million of a noun of two words; inches of rain abbreviated with no stop; ounces as 'ozs'", "Its ratio was better than 4.6 to 1. The rate was 1.35 deaths per 100 million vehicle miles. Nearly 2 in of rain fell. Reserves stood at 370.8 mln ozs.", []want{
			{"better than 4.6 to 1", factcheck.Count, "4.6", "", "", factcheck.LowerBound}, {"1.35 deaths per 100 million vehicle miles", factcheck.Measure, "1.35", "", "death per 100 million vehicle miles", ""},
			{"Nearly 2 in", factcheck.Measure, "2", "", "inch", factcheck.UpperBound}, {"370.8 mln ozs", factcheck.Measure, "370800000", "", "oz", ""}}},
		{"a storm's category abbreviated or in a capital word, its winds in the sentence; miles an hour in dotted capitals; a ship's gross registered tons", "Winds reached 80 M.P.H. as a Cat. 5 hurricane hit. Idalia came ashore as a major hurricane, Category Three. Lee vaulted from a Category 1 to a category-five, gaining about 80 mph. The fleet totals 6.5 mln grt.", []want{
			{"80 M.P.H.", m, "80", "", "mph", ""}, {"Cat. 5", m, "5", "", "category", ""}, {"Category Three", m, "3", "", "category", ""},
			{"Category 1", m, "1", "", "category", ""}, {"category-five", m, "5", "", "category", ""}, {"about 80 mph", m, "80", "", "mph", factcheck.Approx}, {"6.5 mln grt", m, "6500000", "", "grt", ""}}},
		{"a Mach number with a leading point; a gas mark below one", "It cruises at Mach .85. Dry the meringues at Gas Mark ¼.", []want{
			{"Mach .85", m, "0.85", "", "Mach", ""}, {"Gas Mark ¼", m, "0.25", "", "gas mark", ""}}},
		{"per cent as 'p.c.', fluid ounces glued, an oven's degrees in 'C' spaced, an index's level before an adverb", "The jobless rate fell to 8.4 p.c. Add 10fl oz of milk. Preheat to 200 C. The Dow fell below 1,700 shortly after midday.", []want{
			{"8.4 p.c.", factcheck.Percent, "8.4", "", "", ""}, {"10fl oz", factcheck.Measure, "10", "", "fl oz", ""}, {"200 C", factcheck.Measure, "200", "", "°C", ""},
			{"below 1,700", factcheck.Measure, "1700", "", "point", factcheck.UpperBound}}},
		{"a rate per a hundred thousand written 'per 100K', after a noun of two words; a difference per thousand stays a count", "The rate was 80.9 overdose deaths per 100K, and 22.3 deaths per 100k residents. There were 217 fewer evaluations for every 1,000 children.", []want{
			{"80.9 overdose deaths per 100K", factcheck.Measure, "80.9", "", "death per 100,000", ""}, {"22.3 deaths per 100k residents", factcheck.Measure, "22.3", "", "death per 100,000 residents", ""},
			{"217 fewer evaluations", factcheck.Count, "217", "", "", ""}, {"1,000 children", factcheck.Count, "1000", "", "", ""}}},
		{"light years as written; a load factor's points are percentage points", "The galaxy lies 2.5 million light years away and the star 4.22 light-years. The airline's load factor slipped 1.9 points.", []want{
			{"2.5 million light years", factcheck.Measure, "2500000", "", "light year", ""}, {"4.22 light-years", factcheck.Measure, "4.22", "", "light-year", ""}, {"1.9 points", factcheck.Percent, "1.9", "", "percentage point", ""}}},
		{"a speed in km per second, megatons as written, and a rate after its unit's abbreviation in brackets", "The probe left at 11.2 km per second. The bomb yielded 8 megatons. Flows fell to 40 million cubic metres (mcm) a day.", []want{
			{"11.2 km per second", m, "11.2", "", "km/s", ""}, {"8 megatons", m, "8", "", "megaton", ""}, {"40 million cubic metres (mcm) a day", m, "40000000", "", "cubic metre per day", ""}}},
		{"millions of pounds of a chemical's formula, a weight", "The deposit hosts an indicated resource of 94.1 million pounds of U3O8 at a grade of 2.37%.", []want{
			{"94.1 million pounds", m, "94100000", "", "pound", ""}, {"2.37%", factcheck.Percent, "2.37", "", "", ""}}},
		{"an area hyphenated with 'sq' before its length, in the normal forms", "A 30,000-sq-metre terminal and a 5,000-sq-ft lounge opened, with a 2-sq-km apron.", []want{
			{"30,000-sq-metre", m, "30000", "", "sq m", ""}, {"5,000-sq-ft", m, "5000", "", "sq ft", ""}, {"2-sq-km", m, "2", "", "sq km", ""}}},
		{"an ore's grade in grams a tonne as 'gpt', glued or spaced", "Grades averaged 9.4 gpt, against a reserve grade of 7.1gpt.", []want{
			{"9.4 gpt", m, "9.4", "", "gram per tonne", ""}, {"7.1gpt", m, "7.1", "", "gram per tonne", ""}}},
		{"a drill hole's interval before '@' and its grade, its depth, and the depth it was drilled to, in metres glued", "Hole 7 returned 31m @ 2.2g/t Au from 140m and was drilled to 415.5m for $1.2m.", []want{
			{"31m", m, "31", "", "m", ""}, {"2.2g/t", m, "2.2", "", "gram per tonne", ""}, {"140m", m, "140", "", "m", ""}, {"415.5m", m, "415.5", "", "m", ""}, {"$1.2m", factcheck.Money, "1200000", "", "USD", ""}}},
		{"a drill hole's interval and its depth in metres glued, beside its grade, in a text of sums in millions", "The explorer intersected 14m at 9.7g/t gold from 186m, including 3m at 31.5g/t. It had $6.8m in cash.", []want{
			{"14m", m, "14", "", "m", ""}, {"9.7g/t", m, "9.7", "", "gram per tonne", ""}, {"186m", m, "186", "", "m", ""}, {"3m", m, "3", "", "m", ""}, {"31.5g/t", m, "31.5", "", "gram per tonne", ""}, {"$6.8m", factcheck.Money, "6800000", "", "USD", ""}}},
		{"a unit whose singular ends in 's', per a unit", "Conductivity reached 545 microsiemens per centimetre.", []want{
			{"545 microsiemens per centimetre", m, "545", "", "microsiemens per centimetre", ""}}},
		{"a bare magnitude, one decimal, after an earthquake's word or 'magnitude' in its sentence, or a capital 'M' glued (but a reading on the Richter scale its own)", "BMKG revised the magnitude of Tuesday's quake from 7.1 to 6.8. Over 600 aftershocks followed within 48 hours, including a 6.6. Many tremors were felt, the largest an M4.8 at dawn. Another earthquake measured 6.9 on the Richter scale.", []want{
			{"7.1", m, "7.1", "", "magnitude", ""}, {"6.8", m, "6.8", "", "magnitude", ""}, {"Over 600 aftershocks", factcheck.Count, "600", "", "", factcheck.LowerBound}, {"within 48 hours", factcheck.Duration, "48", "", "hour", factcheck.UpperBound},
			{"6.6", m, "6.6", "", "magnitude", ""}, {"M4.8", m, "4.8", "", "magnitude", ""}, {"6.9", m, "6.9", "", "Richter", ""}}},
		{"a figure with its margin and the unit said once after it is one approximate claim (but a margin in a unit of its own is its own)", "Seas rose 7.6 ± 3.9 millimetres and ice lost 2,720 ± 1,390 billion tonnes; it holds 8.8 ounces +/- 3.6 ounces.", []want{
			{"7.6 ± 3.9 millimetres", m, "7.6", "", "mm", factcheck.Approx}, {"2,720 ± 1,390 billion tonnes", m, "2720000000000", "", "tonne", factcheck.Approx},
			{"8.8 ounces", m, "8.8", "", "ounce", ""}, {"3.6 ounces", m, "3.6", "", "ounce", ""}}},
		{"a blockchain's units: gwei, sats, and bitcoin's sign", "Fees fell to 6 gwei; she spent 2,100 sats and ₿0.25.", []want{
			{"6 gwei", m, "6", "", "gwei", ""}, {"2,100 sats", m, "2100", "", "satoshi", ""}, {"₿0.25", m, "0.25", "", "BTC", ""}}},
		{"calories abbreviated, and metres glued after waves before a participle", "The bar has 450 cals. A warning was issued, with waves of up to 1.2m reported.", []want{
			{"450 cals", m, "450", "", "cal", ""}, {"up to 1.2m", m, "1.2", "", "m", factcheck.UpperBound}}},
		{"land measures of Greece, Turkey and the Levant", "The fire burned 50,000 stremmata of forest, 1,250 decares of farmland and 300 dunams.", []want{
			{"50,000 stremmata", m, "50000", "", "stremma", ""}, {"1,250 decares", m, "1250", "", "decare", ""}, {"300 dunams", m, "300", "", "dunam", ""}}},
		{"million metric tonnes written 'MMT', and million square feet 'msf', as Indian papers write them", "Cargo handled at Paradip rose to 45.5 MMT in the year. Office leasing hit 21.7 msf.", []want{
			{"45.5 MMT", m, "45500000", "", "tonne", ""}, {"21.7 msf", m, "21700000", "", "sq ft", ""}}},
		{"metric symbols: megatonnes, and a letter before 'of', spaced or glued (but a mountain's 'Mt', a letter before no 'of')", "Simmer 500 g of lentils in 1.5 L of stock; the flight emits nearly 16 t of CO2, the mill took 16t of steel and the plant 3.2 Mt a year, near Mt Kenya. The 2 L trains run.", []want{
			{"500 g", m, "500", "", "g", ""}, {"1.5 L", m, "1.5", "", "L", ""}, {"nearly 16 t", m, "16", "", "tonne", factcheck.UpperBound}, {"16t", m, "16", "", "tonne", ""}, {"3.2 Mt a year", m, "3.2", "", "Mt per year", ""}, {"2", factcheck.Count, "2", "", "", ""}}},
		{"a car's torque and power: newton-metres and metric horsepower as written, spaced or glued, pound-feet (but IBM's PS/2)", "It makes 204PS and 160Nm, or 273 lb-ft, against 150 PS and 320 Nm. IBM shipped 250,000 PS/2s.", []want{
			{"204PS", m, "204", "", "PS", ""}, {"160Nm", m, "160", "", "Nm", ""}, {"273 lb-ft", m, "273", "", "lb-ft", ""}, {"150 PS", m, "150", "", "PS", ""}, {"320 Nm", m, "320", "", "Nm", ""}, {"250,000", factcheck.Count, "250000", "", "", ""}}},
		{"square metres as 'm2' glued or spaced and as 'sqm' (a glued 'm' before '2' no million)", "The flat is 110m2, roughly 40sqm of it living space; the garden adds 50 m2.", []want{
			{"110m2", m, "110", "", "sq m", ""}, {"roughly 40sqm", m, "40", "", "sq m", factcheck.Approx}, {"50 m2", m, "50", "", "sq m", ""}}},
		{"mining's measures: tonnes as 't' after a scale, tonnes a day and a year in small letters, thousands of tonnes a year glued, an ore's grade in grams a tonne, metres as a spaced 'm' in a sentence that names metres (but the drug TPA)", "Output was 1.9m t, or 2.6 million t. The mill runs at 120,000 tpd beside a 50,000 tpa line and a 12ktpa plant. Drilling returned 12.4 metres grading 6.8 g/t gold from 212 m downhole. Sales of TPA rose to 5 mln dlrs.", []want{
			{"1.9m t", m, "1900000", "", "tonne", ""}, {"2.6 million t", m, "2600000", "", "tonne", ""}, {"120,000 tpd", m, "120000", "", "tonne per day", ""}, {"50,000 tpa", m, "50000", "", "tonne per year", ""}, {"12ktpa", m, "12000", "", "tonne per year", ""},
			{"12.4 metres", m, "12.4", "", "m", ""}, {"6.8 g/t", m, "6.8", "", "gram per tonne", ""}, {"212 m", m, "212", "", "m", ""}, {"5 mln dlrs", factcheck.Money, "5000000", "", "USD", ""}}},
		{"a car's emissions in grams a kilometre as written, a crop's yield 'to the acre' (but a place 'to the acre farm')", "It emits as little as 109g/km. Growers lift 35 tonnes to the acre, or 3 tonnes to the hectare, then drive 40 miles to the acre farm.", []want{
			{"109g/km", m, "109", "", "g/km", factcheck.LowerBound}, {"35 tonnes to the acre", m, "35", "", "tonne per acre", ""}, {"3 tonnes to the hectare", m, "3", "", "tonne per hectare", ""}, {"40 miles", m, "40", "", "mile", ""}}},
		{"a quarter of a unit before a hyphen, as a half is; watt-hours joined by hyphens; a length compared with one after 'against'", "A quarter-acre plot, a quarter-hour wait and a 12-gigawatt-hour plant. Sales took 41 days, against a fortnight in 2021, and against a year earlier.", []want{
			{"A quarter-acre", m, "0.25", "", "acre", ""}, {"a quarter-hour", factcheck.Duration, "0.25", "", "hour", ""}, {"12-gigawatt-hour", m, "12", "", "gigawatt-hour", ""},
			{"41 days", factcheck.Duration, "41", "", "day", ""}, {"a fortnight", factcheck.Duration, "2", "", "week", ""}, {"2021", factcheck.Date, "2021", "", "", ""}}},
		{"masses of carbon dioxide in their mass's unit, a rate after; gigatonnes as written; degrees glued to their scale; a ship's gross tons", "Emissions hit 9.8 MtCO2e, c. 1,240 tCO2e, close to 41 GtCO2 and 480 gCO2/kWh, roughly 4 Gt left, for a 1.5 degC rise. The ship is 314,000 gt.", []want{
			{"9.8 MtCO2e", m, "9.8", "", "Mt", ""}, {"c. 1,240 tCO2e", m, "1240", "", "tonne", factcheck.Approx}, {"close to 41 GtCO2", m, "41", "", "Gt", factcheck.UpperBound},
			{"480 gCO2/kWh", m, "480", "", "g per kWh", ""}, {"roughly 4 Gt", m, "4", "", "Gt", factcheck.Approx}, {"1.5 degC", m, "1.5", "", "°C", ""}, {"314,000 gt", m, "314000", "", "gross ton", ""}}},
		{"dimensions, their unit said after the last (but a pack's count of items of a size); metres glued either side of 'x'", "Bags are capped at 55 x 40 x 20 cm. The room is 4m x 3m. Screens of 640 x 480 pixels. The multipack holds 24 × 330ml cans.", []want{
			{"capped at 55", m, "55", "", "cm", factcheck.UpperBound}, {"40", m, "40", "", "cm", ""}, {"20 cm", m, "20", "", "cm", ""}, {"4m", m, "4", "", "m", ""}, {"3m", m, "3", "", "m", ""},
			{"640", m, "640", "", "pixel", ""}, {"480 pixels", m, "480", "", "pixel", ""}, {"24", factcheck.Count, "24", "", "", ""}, {"330ml", m, "330", "", "ml", ""}}},
		{"statute miles beside nautical ones", "The route is 6,760 statute miles, or 5,875 nautical miles.", []want{
			{"6,760 statute miles", m, "6760", "", "statute mile", ""}, {"5,875 nautical miles", m, "5875", "", "nautical mile", ""}}},
		{"a yield in pounds an acre is a weight, not sterling", "LONDON, March 3 - Growers harvest around 7,600 pounds an acre, and sell at 20 pounds a bag.", []want{
			{"around 7,600 pounds an acre", m, "7600", "", "pound per acre", factcheck.Approx}, {"20 pounds", factcheck.Money, "20", "", "GBP", ""}}},
		{"hours as 'h' after a figure, tonnes as 'T' after a scale (but not an acronym's first letter)", "Do not exceed 20 mL in 24 h. Output is 34.3 mln T, and 11.0 mln T.H.E. shares.", []want{
			{"not exceed 20 mL", m, "20", "", "ml", factcheck.UpperBound}, {"24 h", factcheck.Duration, "24", "", "hour", ""}, {"34.3 mln T", m, "34300000", "", "tonne", ""}, {"11.0 mln", factcheck.Count, "11000000", "", "", ""}}},
		{"milliseconds abbreviated", "Latency fell to 9.1 ms from 14 ms.", []want{
			{"9.1 ms", factcheck.Duration, "0.0091", "", "second", ""}, {"14 ms", factcheck.Duration, "0.014", "", "second", ""}}},
		{"a ration per person, and per day after it; water by the acre-foot, cumec, cfs and megalitre in capitals", "Residents get 200 litres a head per day, 50 litres per person per day, 110 gallons per person each day and 0.22 litres per capita. Lake Mead holds 8.9 million acre-feet; flows hit 2,900 cumecs and 200 cfs, and the city uses 1,450 ML a day.", []want{
			{"200 litres a head per day", m, "200", "", "litre per head per day", ""}, {"50 litres per person per day", m, "50", "", "litre per person per day", ""}, {"110 gallons per person each day", m, "110", "", "gallon per person per day", ""},
			{"0.22 litres per capita", m, "0.22", "", "litre per capita", ""}, {"8.9 million acre-feet", m, "8900000", "", "acre-foot", ""}, {"2,900 cumecs", m, "2900", "", "cumec", ""}, {"200 cfs", m, "200", "", "cubic foot per second", ""},
			{"1,450 ML a day", m, "1450", "", "ML per day", ""}}},
		{"cubic metres as 'm³' or 'm3', spaced or glued, and a rate of them; therms of gas", "The tank holds 102 m³ and 40m3 of water, pumped at 12 m³/s; homes use 70 to 80 therms.", []want{
			{"102 m³", m, "102", "", "cubic metre", ""}, {"40m3", m, "40", "", "cubic metre", ""}, {"12 m³/s", m, "12", "", "cubic metre per second", ""}, {"70 to 80 therms", m, "70", "80", "therm", ""}}},
		{"a chip's process in nanometres glued; millions as 'MM' after a currency; 'down' a verb's particle, no move ('shut down 2 of its 3 units' takes no unit from the measure before)", "The 4nm node cost $300MM. The hall hit 46°C, forcing it to shut down 2 of its 3 cooling units.", []want{
			{"4nm", m, "4", "", "nm", ""}, {"$300MM", factcheck.Money, "300000000", "", "USD", ""}, {"46°C", m, "46", "", "°C", ""}, {"2", factcheck.Count, "2", "", "", ""}, {"3 cooling units", factcheck.Count, "3", "", "", ""}}},
		{"weather's units: air pressure in hectopascals, millibars and inches of mercury; degrees abbreviated 'deg'; a temperature's sign in one character; miles an hour dotted", "Pressure fell to 968 hPa, or 935 hectopascals, 24 millibars lower, 28.61 inches of mercury. It hit 110 deg F, then 4℃ and 40℉, with gusts of forty-odd m.p.h.", []want{
			{"968 hPa", m, "968", "", "hPa", ""}, {"935 hectopascals", m, "935", "", "hectopascal", ""}, {"24 millibars", m, "24", "", "millibar", ""}, {"28.61 inches of mercury", m, "28.61", "", "inch of mercury", ""},
			{"110 deg F", m, "110", "", "°F", ""}, {"4℃", m, "4", "", "°C", ""}, {"40℉", m, "40", "", "°F", ""}, {"forty-odd m.p.h.", m, "40", "", "mph", factcheck.LowerBound}}},
		{"kilometres an hour as 'kmph', glued or spaced", "It runs at 10kmph, or 12 kmph downhill.", []want{
			{"10kmph", m, "10", "", "km/h", ""}, {"12 kmph", m, "12", "", "km/h", ""}}},
		{"micrograms by a micro sign or a Greek mu, and a concentration as written; millimoles", "Take 400 µg, or 250µg; PM2.5 stayed above 25 μg/m³; glucose was 1.2 mmol.", []want{
			{"400 µg", m, "400", "", "µg", ""}, {"250µg", m, "250", "", "µg", ""}, {"above 25 μg/m³", m, "25", "", "μg/m³", factcheck.LowerBound}, {"1.2 mmol", m, "1.2", "", "mmol", ""}}},
		{"'top' a verb before a measure, no rank; a vulgar fraction of one percent", "Temps top 104°F; growth of around ¾ of 1% is forecast.", []want{
			{"104°F", m, "104", "", "°F", ""}, {"around ¾ of 1%", factcheck.Percent, "0.75", "", "", factcheck.Approx}}},
		{"masses of stars and planets after a scale word, a day on Earth, parts per trillion; 'circa' before a percentage is no year", "It holds 6.5 billion solar masses and 3 million Earth masses; a month of some 29.5 Earth days; 0.13 parts per trillion; debt at circa 260%.", []want{
			{"6.5 billion solar masses", m, "6500000000", "", "solar mass", ""}, {"3 million Earth masses", m, "3000000", "", "Earth mass", ""}, {"some 29.5 Earth days", factcheck.Duration, "29.5", "", "day", factcheck.Approx},
			{"0.13 parts per trillion", m, "0.13", "", "part per trillion", ""}, {"circa 260%", factcheck.Percent, "260", "", "", factcheck.Approx}}},
		{"physics' units: a power of ten in superscripts, parsecs, Earth masses, TeV, joules, femtoseconds and microseconds, ångströms, kilonewtons (a 'kn' a knot), micrometres", "A charge of 1.602 × 10⁻¹⁹ coulombs; 12 parsecs, 1.3 Earth masses, 6.8 TeV, 40 joules, 20 femtoseconds, 5 µs, 5 Å, 7,600 kN, 13.8 kn, 0.8 micrometres.", []want{
			{"1.602 × 10⁻¹⁹ coulombs", m, "0.0000000000000000001602", "", "coulomb", ""}, {"12 parsecs", m, "12", "", "parsec", ""}, {"1.3 Earth masses", m, "1.3", "", "Earth mass", ""},
			{"6.8 TeV", m, "6.8", "", "TeV", ""}, {"40 joules", m, "40", "", "joule", ""}, {"20 femtoseconds", factcheck.Duration, "0.00000000000002", "", "second", ""}, {"5 µs", factcheck.Duration, "0.000005", "", "second", ""},
			{"5 Å", m, "5", "", "Å", ""}, {"7,600 kN", m, "7600", "", "kN", ""}, {"13.8 kn", m, "13.8", "", "knot", ""}, {"0.8 micrometres", m, "0.8", "", "micrometre", ""}}},
		{"storeys are counted, as every golden's hand counts them", "A 24-storey tower stands beside a two-storey house and a block of 12 storeys.", []want{
			{"24-storey", factcheck.Count, "24", "", "", ""}, {"two-storey", factcheck.Count, "2", "", "", ""}, {"12 storeys", factcheck.Count, "12", "", "", ""}}},
		{"a move of one point said 'a point' after its verb or 'by' (but no move, no point)", "The Fed cut rates by a point. The index fell a point to 300. He made a point of it; prices came down to a point where it paid.", []want{
			{"a point", factcheck.Percent, "1", "", "percentage point", ""}, {"a point", m, "1", "", "point", ""}, {"300", m, "300", "", "point", ""}}},
		{"a speed as a Mach number, brake horsepower as written, 'a kilo' after a bound (but a dateline's mistyped March)", "It cruises at Mach 0.78; the jet flew at up to Mach 2. The V8 makes 503bhp. The dish weighed well under a kilo.\nRENO, Nev., Mach 4 - Sales fell.", []want{
			{"Mach 0.78", m, "0.78", "", "Mach", ""}, {"up to Mach 2", m, "2", "", "Mach", factcheck.UpperBound}, {"503bhp", m, "503", "", "bhp", ""}, {"well under a kilo", m, "1", "", "kg", factcheck.UpperBound}}},
		{"fluid ounces abbreviated as written, a car's fuel use in litres a hundred kilometres, spaced or glued", "Pour 16 fl oz of milk. The hybrid used an official 4.3 l/100km, or 5.1L/100km in town.", []want{
			{"16 fl oz", m, "16", "", "fl oz", ""}, {"4.3 l/100km", m, "4.3", "", "l/100km", ""}, {"5.1L/100km", m, "5.1", "", "l/100km", ""}}},
		{"a limit's bare figure in the unit of the measure its sentence holds against it, past a multiple, a count and a rate's denominator", "PM10 in Krakow reached 214 µg/m³ on Sunday, more than four times the daily limit of 50. Levels of 76 µg/m³ at 58 of 70 stations passed the safe limit of 37.5. Counts reached 15,000 per 100ml, against a limit of 130.", []want{
			{"214 µg/m³", factcheck.Measure, "214", "", "µg/m³", ""}, {"more than four times", factcheck.Count, "4", "", "", factcheck.LowerBound}, {"50", factcheck.Measure, "50", "", "µg/m³", ""},
			{"76 µg/m³", factcheck.Measure, "76", "", "µg/m³", ""}, {"58", factcheck.Count, "58", "", "", ""}, {"70 stations", factcheck.Count, "70", "", "", ""}, {"37.5", factcheck.Measure, "37.5", "", "µg/m³", ""},
			{"15,000", factcheck.Count, "15000", "", "", ""}, {"100ml", factcheck.Measure, "100", "", "ml", ""}, {"130", factcheck.Count, "130", "", "", ""}}},
		{"dimensions parted by 'by', the unit after the last; what a temperature feels like, in the text's scale (but a speed that feels faster)", "The canvas, measuring 1.2 by 1.6 metres, sold. Prices rose 5 by 2030. Peshawar hit 41.5C, making it feel like 50, with a humidex of 46. The phone feels like 50 percent faster.", []want{
			{"1.2", factcheck.Measure, "1.2", "", "m", ""}, {"1.6 metres", factcheck.Measure, "1.6", "", "m", ""}, {"5", factcheck.Count, "5", "", "", ""}, {"2030", factcheck.Date, "2030", "", "", ""},
			{"41.5C", factcheck.Measure, "41.5", "", "°C", ""}, {"50", factcheck.Measure, "50", "", "°C", ""}, {"46", factcheck.Measure, "46", "", "°C", ""},
			{"50 percent", factcheck.Percent, "50", "", "", ""}}},
		{"mills of a property tax, spaced, hyphened and the start of a move to them (but mills of paper)", "The plan raises the city tax rate by 2.5 mills. Voters approved a 1.5-mill park levy. The tax rate climbs from 18.2 to 19.45 mills. Two paper mills closed.", []want{
			{"2.5 mills", factcheck.Measure, "2.5", "", "mill", ""}, {"1.5-mill", factcheck.Measure, "1.5", "", "mill", ""},
			{"18.2", factcheck.Measure, "18.2", "", "mill", ""}, {"19.45 mills", factcheck.Measure, "19.45", "", "mill", ""}, {"Two paper mills", factcheck.Count, "2", "", "", ""}}},
		{"kelvins glued where a temperature is said (but thousands of a wage or of units)", "The star has a surface temperature above 25,000K, colder than Pluto's at about 40K. She earns 40K a year and sold 25,000K units.", []want{
			{"above 25,000K", factcheck.Measure, "25000", "", "K", factcheck.LowerBound}, {"about 40K", factcheck.Measure, "40", "", "K", factcheck.Approx},
			{"40K", factcheck.Count, "40000", "", "", ""}, {"25,000K units", factcheck.Count, "25000000", "", "", ""}}},
		{"scientific notation, with a power of ten or a glued 'e' (but Boeing's 7E7); kelvins spaced where a temperature is said, astronomical units, solar masses", "The Sun's mass is about 1.989 × 10^30 kg; light travels at 3e8 m/s; the rate is 4.1E2 a day; the 7E7 flies. A temperature of 2.725 K; it sits 1.3 AU away and weighs 20 solar masses; he earns 40 K a year.", []want{
			{"about 1.989 × 10^30 kg", m, "1989000000000000000000000000000", "", "kg", factcheck.Approx}, {"3e8 m/s", m, "300000000", "", "m/s", ""}, {"4.1E2", factcheck.Count, "410", "", "", ""},
			{"2.725 K", m, "2.725", "", "K", ""}, {"1.3 AU", m, "1.3", "", "AU", ""}, {"20 solar masses", m, "20", "", "solar mass", ""}, {"40 K", factcheck.Count, "40", "", "", ""}}},
		{"a gadget's units: watts glued, hertz, nits, pixels an inch, frames a second, inches in a double prime", "A 65W charger, a 60Hz panel at 120 Hz, over 1,600 nits, 326 ppi, 20 fps and a 6.1\u2033 screen. The PPI rose 4.0 pct.", []want{
			{"65W", m, "65", "", "W", ""}, {"60Hz", m, "60", "", "Hz", ""}, {"120 Hz", m, "120", "", "Hz", ""}, {"over 1,600 nits", m, "1600", "", "nit", factcheck.LowerBound}, {"326 ppi", m, "326", "", "ppi", ""},
			{"20 fps", m, "20", "", "fps", ""}, {"6.1\u2033", m, "6.1", "", "inch", ""}, {"4.0 pct", factcheck.Percent, "4", "", "", ""}}},
		{"aviation's units: nautical miles as 'nmi', thrust in pounds-force; inches glued before a comma or a preposition, and spaced after feet (but 'in' run into a year)", "It flies 3,100 nmi on 70,000 lbf of thrust. The pitch is 28in, against 31in on mainline jets; 5in of rain fell. It is 143 ft 8 in long; he is 6 ft 2 in. Born 1987in London.", []want{
			{"3,100 nmi", m, "3100", "", "nmi", ""}, {"70,000 lbf", m, "70000", "", "lbf", ""}, {"28in", m, "28", "", "inch", ""}, {"31in", m, "31", "", "inch", ""}, {"5in", m, "5", "", "inch", ""},
			{"143 ft 8 in", m, "1724", "", "inch", ""}, {"6 ft 2 in", m, "74", "", "inch", ""}}},
		{"a level reached after a verb of descent gives its unit to the level before it; hundreds of 'grand'", "The crew descended from 38,000 to 10,000 feet. Flight school can top a hundred grand.", []want{
			{"38,000", m, "38000", "", "foot", ""}, {"10,000 feet", m, "10000", "", "foot", ""}, {"top a hundred grand", factcheck.Count, "100000", "", "", factcheck.LowerBound}}},
		{"a metric symbol in a sentence that names a unit of its quantity (but not one of another quantity)", "The spill grew to 12,000 litres, up from the 7,500 L first given. Use 150 g rather than 1½ cups of sugar. The 4 L trains ran 12 miles.", []want{
			{"12,000 litres", m, "12000", "", "litre", ""}, {"7,500 L", m, "7500", "", "L", ""}, {"150 g", m, "150", "", "g", ""}, {"1½ cups", m, "1.5", "", "cup", ""}, {"4", factcheck.Count, "4", "", "", ""}, {"12 miles", m, "12", "", "mile", ""}}},
		{"grams after a verb of weighing, milliseconds glued, a length of time in the space of, a troop's number", "The handheld weighs 640 g; latency spiked to 250ms; they ran it in the space of a fortnight. Scout troop 14 helped.", []want{
			{"640 g", m, "640", "", "g", ""}, {"250ms", factcheck.Duration, "0.25", "", "second", ""}, {"a fortnight", factcheck.Duration, "2", "", "week", ""}}},
		{"slang sums in the money of the text, before or after them (but a noun counted)", "We're down two hundred grand, said the owner; insurers paid just £45,000. Half a mil there. It has 5 mil subscribers.\n\nThey won 30 grand.", []want{
			{"two hundred grand", factcheck.Money, "200000", "", "GBP", ""}, {"£45,000", factcheck.Money, "45000", "", "GBP", ""}, {"Half a mil", factcheck.Money, "500000", "", "GBP", ""},
			{"5 mil subscribers", factcheck.Count, "5000000", "", "", ""}, {"30 grand", factcheck.Money, "30000", "", "GBP", ""}}},
		{"slang and old counts: thousands as 'grand', millions as 'mil', sums in the money the text names after them, a score, a brace, a baker's dozen; bounds 'north of', 'a shade under'", "It cost something like 30 grand, not forty mil. A score of protesters and a baker's dozen of volunteers brought a brace of shopping trolleys. Rents are north of $1,800; he ran a shade under 10 seconds. A grand total of 50.", []want{
			{"30 grand", factcheck.Money, "30000", "", "USD", ""}, {"forty mil", factcheck.Money, "40000000", "", "USD", ""}, {"A score of protesters", factcheck.Count, "20", "", "", ""}, {"a baker's dozen of volunteers", factcheck.Count, "13", "", "", ""},
			{"a brace of shopping trolleys", factcheck.Count, "2", "", "", ""}, {"north of $1,800", factcheck.Money, "1800", "", "USD", factcheck.LowerBound}, {"a shade under 10 seconds", factcheck.Duration, "10", "", "second", factcheck.UpperBound}, {"50", factcheck.Count, "50", "", "", ""}}},
		{"hours spaced before minutes, a heart's rate in bpm", "She slept 6 h 48 min with a resting rate of 58 bpm.", []want{
			{"6 h 48 min", factcheck.Duration, "408", "", "minute", ""}, {"58 bpm", m, "58", "", "beat per minute", ""}}},
		{"gas in billions and millions of cubic metres, a quarter of a cent", "Imports reached 87.8 bcm, or 63 mcm a day, and corn fell a quarter of a cent.", []want{
			{"87.8 bcm", m, "87800000000", "", "cubic metre", ""}, {"63 mcm a day", m, "63000000", "", "cubic metre per day", ""}, {"a quarter of a cent", factcheck.Money, "0.0025", "", "USD", ""}}},
		{"tonnes glued to a figure in thousands (but not to a figure without its thousands' comma)", "The quota sets the catch at 739,000t for the year; the 4000t class is new.", []want{{"739,000t", m, "739000", "", "tonne", ""}}},
		{"tonnes spaced as 't' after a figure of hundreds before no noun, knots as 'kn'; a share a figure shrank by", "It carried roughly 3,000 t, at 13.8 kn; 5 t stayed. GDP shrank by about a fifth.", []want{
			{"roughly 3,000 t", m, "3000", "", "tonne", factcheck.Approx}, {"13.8 kn", m, "13.8", "", "knot", ""}, {"5 t", factcheck.Count, "5", "", "", ""}, {"about a fifth", factcheck.Percent, "20", "", "", factcheck.Approx}}},
		{"a change by a multiple", "Bache might expand its capital base by up to seven times over the next several years.", []want{
			{"up to seven times", factcheck.Measure, "7", "", "times", factcheck.UpperBound}}},
		{"points listed after points", "Cereals mcas are plus 2.4 points for Belgium, minus two points for Spain and minus 5.7 points for Italy.", []want{
			{"2.4 points", factcheck.Measure, "2.4", "", "point", ""}, {"minus two points", factcheck.Measure, "-2", "", "point", ""}, {"minus 5.7 points", factcheck.Measure, "-5.7", "", "point", ""}}},
		{"a season after a move in points", "The poll had a 1.5 point cut at the beginning of the 1988/89 season.", []want{
			{"1.5 point", factcheck.Measure, "1.5", "", "point", ""}, {"1988/89", factcheck.Date, "1988", "1989", "", ""}}},
		{"million tonnes a year abbreviated 'mtpa', a scale in the unit", "The plant will produce 16 mtpa of LNG, up from 142 million tonnes per annum.", []want{
			{"16 mtpa", factcheck.Measure, "16000000", "", "tonne per year", ""}, {"142 million tonnes per annum", factcheck.Measure, "142000000", "", "tonne per year", ""}}},
		{"years and months in years when two decimals hold them; British spellings of units", "He was jailed for 13 years and six months, then five years and eight months. Output was 570 million kilogrammes on a 5 nanometres chip.", []want{
			{"13 years and six months", factcheck.Duration, "13.5", "", "year", ""}, {"five years and eight months", factcheck.Duration, "68", "", "month", ""}, {"570 million kilogrammes", factcheck.Measure, "570000000", "", "kilogramme", ""}, {"5 nanometres", factcheck.Measure, "5", "", "nanometre", ""}}},
		{"a ship's gross tons, carried to the figures after, and quintales in Spanish", "NEW YORK, May 3 - Shipbuilding orders fell to 329,999 gross tons from 4.41 mln gross tons, and deliveries to 6.81 mln from 4.39 mln. Output reached 1,381,009 quintales.", []want{
			{"329,999 gross tons", factcheck.Measure, "329999", "", "gross ton", ""}, {"4.41 mln gross tons", factcheck.Measure, "4410000", "", "gross ton", ""}, {"6.81 mln", factcheck.Measure, "6810000", "", "gross ton", ""}, {"4.39 mln", factcheck.Measure, "4390000", "", "gross ton", ""}, {"1,381,009 quintales", factcheck.Measure, "1381009", "", "quintal", ""}}},
		{"points of a price's move before its noun, and a weather report's sky and temperature", "NEW YORK, March 3 - Bonds fell, with a two point fall registered by one note, to give a three point drop. The team had a five point lead.\nOmaha, April 7 - Clear/45 degrees - Hog prices were steady.", []want{
			{"two point", factcheck.Measure, "2", "", "point", ""}, {"three point", factcheck.Measure, "3", "", "point", ""}, {"five point lead", factcheck.Count, "5", "", "", ""}, {"45 degrees", factcheck.Measure, "45", "", "°F", ""}}},
		{"sums in millions of pounds under a US dateline weigh", "NEW YORK, April 1 - The program will add 600 mln pounds per year to the existing capacity of 3.2 billion pounds, the company said.", []want{
			{"600 mln pounds per year", factcheck.Measure, "600000000", "", "pound per year", ""}, {"3.2 billion pounds", factcheck.Measure, "3200000000", "", "pound", ""}}},
		{"a weight in pounds before its thing under a US dateline", "CAPE CANAVERAL, Fla., Feb 26 - It placed in orbit a 1,850 pound satellite.", []want{
			{"1,850 pound", factcheck.Measure, "1850", "", "pound", ""}}},
		{"a pound sterling under a US dateline", "PITTSBURGH, March 2 - It sold its stake at an exchange rate of one pound sterling at 1.58 dlr.", []want{
			{"one pound", factcheck.Money, "1", "", "GBP", ""}, {"1.58 dlr", factcheck.Money, "1.58", "", "USD", ""}}},
		{"tonnes of oil equivalent, a unit of energy", "Consumption rose to 61.07 mln tonnes of oil equivalent from 56.0 mln.", []want{
			{"61.07 mln tonnes of oil equivalent", factcheck.Measure, "61070000", "", "tonne of oil equivalent", ""}, {"56.0 mln", factcheck.Measure, "56000000", "", "tonne of oil equivalent", ""}}},
		{"a spread between futures months in points", "The May/July backwardation settled at 25 points versus 30\npoints yesterday.", []want{
			{"25 points", factcheck.Measure, "25", "", "point", ""}, {"30\npoints", factcheck.Measure, "30", "", "point", ""}}},
		{"wire copy's grams, as written, but not General Motors", "Lead is cut to 0.15 gm/litre; 5 gms of gold. He bought 5,000 GM shares.", []want{
			{"0.15 gm/litre", factcheck.Measure, "0.15", "", "gm per litre", ""}, {"5 gms", factcheck.Measure, "5", "", "gm", ""}, {"5,000 GM shares", factcheck.Count, "5000", "", "", ""}}},
		{"a carrier's traffic in tonne miles and passenger miles", "Demand will fall by 200 billion tonne\nmiles; traffic rose to 4.5 billion revenue passenger miles; it flew 500 miles.", []want{
			{"200 billion tonne\nmiles", factcheck.Measure, "200000000000", "", "tonne mile", ""}, {"4.5 billion revenue passenger miles", factcheck.Measure, "4500000000", "", "revenue passenger mile", ""},
			{"500 miles", factcheck.Measure, "500", "", "mile", ""}}},
		{"a stock's move in points to its price in eighths", "NEW YORK, April 7 - Tenneco rose two points to 48-3/4. Arsenal moved two points clear.", []want{
			{"two points", m, "2", "", "point", ""}, {"48-3/4", factcheck.Money, "48.75", "", "USD", ""}, {"two points", factcheck.Count, "2", "", "", ""}}},
		{"a spread over a benchmark of a term, no bound", "NEW YORK, March 3 - The notes pay 40 basis points over three-month LIBOR.", []want{
			{"40 basis points", m, "40", "", "basis point", ""}, {"three-month", factcheck.Duration, "3", "", "month", "exact"}}},
		{"a stock's points after as much as", "NEW YORK, June 2 - Yesterday ARCO's stock jumped as much as five points on rumors.", []want{
			{"as much as five points", m, "5", "", "point", "upper_bound"}}},
		{"a ship called by its tonnes", "LONDON, April 7 - Cargill fixed a 22,000 tonner from the Gulf, a 61,000\ntonner to Japan and a 60,000-tonner.", []want{
			{"22,000 tonner", m, "22000", "", "tonne", ""}, {"61,000\ntonner", m, "61000", "", "tonne", ""}, {"60,000-tonner", m, "60000", "", "tonne", ""}}},
		{"a ship's light displacement", "TOKYO, April 1 - Orders rose to some 1.1 mln ldt from 910,000 ldt.", []want{
			{"some 1.1 mln ldt", m, "1100000", "", "ldt", factcheck.Approx}, {"910,000 ldt", m, "910000", "", "ldt", ""}}},
		{"a multiple by a factor, hours of a change from the present", "Demand will rise by a factor of 10; IG Metall wants the week cut to 35 hours from the present 38-1/2.", []want{
			{"10", m, "10", "", "times", ""}, {"35 hours", factcheck.Duration, "35", "", "hour", ""}, {"38-1/2", factcheck.Duration, "38.5", "", "hour", ""}}},
		{"running bales of cotton, and a multiple on a wrapped line", "Sales of 75,200 running bales were 2-3/4\ntimes the prior week's low.", []want{
			{"75,200 running bales", m, "75200", "", "running bale", ""}, {"2-3/4\ntimes", m, "2.75", "", "times", ""}}},
		{"cu as written, and standard cubic feet of gas", "Reserves rose to 12.4 trillion cu ft; the well flows 8 mln\nstandard cubic feet a day.", []want{
			{"12.4 trillion cu ft", m, "12400000000000", "", "cu ft", ""}, {"8 mln\nstandard cubic feet a day", m, "8000000", "", "cubic foot per day", ""}}},
		{"a count per a hundred of people or things, one word before their noun at most, and the figures beside it", "That is 7.5 connections per 100 people, compared to 6.7 in Germany; 2.7 cases per 100,000 people; 189 deaths per 100,000 live births.", []want{
			{"7.5 connections per 100 people", m, "7.5", "", "connection per 100 people", ""}, {"6.7", m, "6.7", "", "connection per 100 people", ""},
			{"2.7 cases per 100,000 people", m, "2.7", "", "case per 100,000 people", ""}, {"189 deaths per 100,000 live births", m, "189", "", "death per 100,000 live births", ""}}},
		{"degrees of a gravity scale are no temperature", "The crude is 38 degrees API at 15 degrees Celsius; the juice 12 degrees Brix.", []want{
			{"38 degrees API", m, "38", "", "degree API", ""}, {"15 degrees Celsius", m, "15", "", "°C", ""}, {"12 degrees Brix", m, "12", "", "degree Brix", ""}}},
		{"degrees of a crude's gravity named once, a share of a cent", "The light grade, at 26 degrees api gravity, was raised; the heavy grade, at 16 degrees, too. Mobil adjusts its price 0.015 of a ct.", []want{
			{"26 degrees api gravity", m, "26", "", "degree API", ""}, {"16 degrees", m, "16", "", "degree API", ""}, {"0.015 of a ct", factcheck.Money, "0.00015", "", "USD", ""}}},
		{"a multiple in words of an amount", "It flies at five times the speed of sound; they valued them at between two and three times the price. Three times, Nadal forced a break point and three times the world number two hung in.", []want{
			{"five times", m, "5", "", "times", ""}, {"two and three times", m, "2", "3", "times", ""}, {"Three times", factcheck.Count, "3", "", "", ""}, {"three times", factcheck.Count, "3", "", "", ""}, {"number two", factcheck.Ordinal, "2", "", "", ""}}},
		{"a multiple of an amount named before it, and a count of times", "Food prices are twice those in Europe and two to three times those in the U.S.; the bill is 4 times that of 1986. He met three times that week.", []want{
			{"twice", m, "2", "", "times", ""}, {"two to three times", m, "2", "3", "times", ""}, {"4 times", m, "4", "", "times", ""}, {"1986", factcheck.Date, "1986", "", "", ""},
			{"three times", factcheck.Count, "3", "", "", ""}}},
		{"a rate joined by hyphens, an index's points named near them", "Ore of a three-gram-per-tonne grade, a 10-tonne-a-day plant, a 200-km-per-hour train. It could push the share market up by 50 points, after Monday's 57 point drop in the Dow Jones industrial average.", []want{
			{"three-gram-per-tonne", m, "3", "", "gram per tonne", ""}, {"10-tonne-a-day", m, "10", "", "tonne per day", ""}, {"200-km-per-hour", m, "200", "", "km/h", ""},
			{"50 points", m, "50", "", "point", ""}, {"57 point", m, "57", "", "point", ""}}},
		{"centimetres written 'cms'", "Snow lay up to 70 cms deep.", []want{{"up to 70 cms", m, "70", "", "cm", factcheck.UpperBound}}},
		{"a rate joined by hyphens after 'metric'", "The restart of this 22,700-metric-tonne-per-year line and a 300-metric-ton plant.", []want{
			{"22,700-metric-tonne-per-year", m, "22700", "", "metric ton per year", ""}, {"300-metric-ton", m, "300", "", "metric ton", ""}}},
		{"a tax's rate in pence in the pound, a rate's full point", "The basic rate falls to 27 pence in the pound, aiming for 25p in the pound; a stamp costs 27 pence. Base rates may fall by one full point; the team won by two full points.", []want{
			{"27 pence in the pound", factcheck.Percent, "27", "", "", ""}, {"25p in the pound", factcheck.Percent, "25", "", "", ""}, {"27 pence", factcheck.Money, "0.27", "", "GBP", ""},
			{"one full point", factcheck.Percent, "1", "", "percentage point", ""}, {"two full points", factcheck.Count, "2", "", "", ""}}},
		{"basis points named once for two figures", "The notes pay Treasury bills plus 55 basis\npoints in the first five years and plus 65 points for the rest. The Dow fell 65 points.", []want{
			{"55 basis\npoints", m, "55", "", "basis point", ""}, {"five years", factcheck.Duration, "5", "", "year", ""}, {"65 points", m, "65", "", "basis point", ""}, {"65 points", m, "65", "", "point", ""}}},
		{"inches glued, at least so many with a plus", "TVs of at least 42in (106cm) and a 32in screen; people play 15+ hours at a stretch.", []want{
			{"at least 42in", m, "42", "", "inch", factcheck.LowerBound}, {"106cm", m, "106", "", "cm", factcheck.LowerBound}, {"32in", m, "32", "", "inch", ""},
			{"15+ hours", factcheck.Duration, "15", "", "hour", factcheck.LowerBound}}},
		{"bits", "It uses 2048-bit keys and a 32-bit chip, unlike two-bit rivals.", []want{
			{"2048-bit", m, "2048", "", "bit", ""}, {"32-bit", m, "32", "", "bit", ""}}},
		{"bytes", "A gigabyte is 1,000,000,000 bytes.", []want{{"1,000,000,000 bytes", m, "1000000000", "", "byte", ""}}},
		{"an engine's cubic centimetres, trillions of a currency", "Bikes of 700\ncc and bigger, a 1,300-cc car; investors have trillions of dollars to place.", []want{
			{"700\ncc", m, "700", "", "cc", ""}, {"1,300-cc", m, "1300", "", "cc", ""}, {"trillions of dollars", factcheck.Money, "2000000000000", "", "USD", "lower_bound"}}},
		{"measure per measure", "Farms yield 8 tonnes per hectare.", []want{{"8 tonnes per hectare", m, "8", "", "tonne per hectare", ""}}},
		{"per a wrapped unit", "Farms yield 8 tonnes per\nhectare.", []want{{"8 tonnes per\nhectare", m, "8", "", "tonne per hectare", ""}}},
		{"per a cubic unit", "Levels hit 40 micrograms per cubic metre.", []want{{"40 micrograms per cubic metre", m, "40", "", "microgram per cubic metre", ""}}},
		{"unit a unit", "Yields of 3 tonnes a hectare are due.", []want{{"3 tonnes a hectare", m, "3", "", "tonne per hectare", ""}}},
		{"a rate of what a unit measures", "The smelter emits 3.4 million tonnes of carbon dioxide a year.", []want{
			{"3.4 million tonnes of carbon dioxide a year", m, "3400000", "", "tonne per year", ""}}},
		{"a rate of a named gas per a unit", "Wells yield 40 cubic metres of CH4 per day.", []want{{"40 cubic metres of CH4 per day", m, "40", "", "cubic metre per day", ""}}},
		{"a rate of a thing named on the next line of wrapped prose", "The mine holds probable reserves grading an average of 0.127 ounces of\ngold a ton, the company said.", []want{
			{"0.127 ounces of\ngold a ton", m, "0.127", "", "ounce per ton", ""}}},
		{"an amount for each is no rate", "Each pupil drinks 50 litres of milk a year.", []want{{"50 litres", m, "50", "", "litre", ""}}},
		{"an earthquake's magnitude on the Richter scale", "A quake registering 6.9 on the\nopen-ended Richter scale jolted Japan; it fell 5 on the week.", []want{{"6.9", m, "6.9", "", "Richter", ""}, {"5", factcheck.Count, "5", "", "", ""}}},
		{"gains of a market, from the largest", "Wheat showed gains of 0.50 to 0.20 stg and barley 0.25 to 0.10 stg.", []want{
			{"0.50 to 0.20 stg", factcheck.Money, "0.5", "0.2", "GBP", ""}, {"0.25 to 0.10 stg", factcheck.Money, "0.25", "0.1", "GBP", ""}}},
		{"a precious metal's price in a Hong Kong wire", "HONG KONG, March 5 - Bullion rose to 409.40/90 dlrs; the gold price is now 409.10/60 dlrs. Profits were 5 mln dlrs.", []want{
			{"409.40/90 dlrs", factcheck.Money, "409.4", "409.9", "USD", ""}, {"409.10/60 dlrs", factcheck.Money, "409.1", "409.6", "USD", ""}, {"5 mln dlrs", factcheck.Money, "5000000", "", "HKD", ""}}},
		{"a liter as a US text spells it", "It supplies 2.2 liter engines; 3 liters of fuel.", []want{{"2.2 liter", m, "2.2", "", "liter", ""}, {"3 liters", m, "3", "", "liter", ""}}},
		{"barrels of oil a day for each well", "Each well pumps 500 barrels of oil a day.", []want{{"500 barrels of oil a day", m, "500", "", "barrel per day", ""}}},
		{"an of phrase with no rate after it", "They stored 90 tonnes of grain a week ago.", []want{{"90 tonnes", m, "90", "", "tonne", ""}}},
		{"a metric volume with a prefix", "The tanker unloaded 40 kilolitres of fuel and 3 hectoliters of wine.", []want{
			{"40 kilolitres", m, "40", "", "kilolitre", ""}, {"3 hectoliters", m, "3", "", "hectoliter", ""}}},
		{"cm/day of gas is cubic metres a day", "The new well flowed gas at 120,500 cm/day in tests.", []want{
			{"120,500 cm/day", m, "120500", "", "cubic meter per day", ""}}},
		{"cubic meters per day of gas", "The field produced 2.5 million cubic meters per day.", []want{
			{"2.5 million cubic meters per day", m, "2500000", "", "cubic meter per day", ""}}},
		{"unit a year", "The coast loses 2 metres a year.", []want{{"2 metres a year", m, "2", "", "metre per year", ""}}},
		{"each and every unit of time", "The mine digs some 40 tonnes of ore each day; the bay loses 3 metres every year.", []want{
			{"some 40 tonnes of ore each day", m, "40", "", "tonne per day", factcheck.Approx}, {"3 metres every year", m, "3", "", "metre per year", ""}}},
		{"a count each week", "The site draws 9,000 readers each week.", []want{{"9,000 readers each week", m, "9000", "", "reader per week", ""}}},
		{"each of a measure is no rate", "Crates of 20 kg each tonne of cargo.", []want{{"20 kg", m, "20", "", "kg", ""}}},
		{"speeds keep their forms", "It flew at 900 kilometres per hour and 30 miles an hour.", []want{
			{"900 kilometres per hour", m, "900", "", "km/h", ""}, {"30 miles an hour", m, "30", "", "mph", ""}}},
		{"count per week", "The plant makes 2,500 cars per week.", []want{{"2,500 cars per week", m, "2500", "", "car per week", ""}}},
		{"a count with an adverb of frequency after its noun, whatever its modifiers", "It runs three London-Manila flights weekly, 1.4 million clinic visits a year and two trains daily.", []want{
			{"three London-Manila flights weekly", m, "3", "", "flight per week", ""}, {"1.4 million clinic visits", factcheck.Count, "1400000", "", "", ""},
			{"two trains daily", m, "2", "", "train per day", ""}}},
		{"count in words a year", "The port handles two million containers a year.", []want{
			{"two million containers a year", m, "2000000", "", "container per year", ""}}},
		{"count over a slash", "The team ships 3k releases/month.", []want{{"3k releases/month", m, "3000", "", "release per month", ""}}},
		{"a year ago is no rate", "It had 40 staff a year ago.", []want{{"40 staff", factcheck.Count, "40", "", "", ""}}},
		{"a level compared with a year ago's is no length of time", "Spending is running 50 pct above a year ago, sales 9 pct higher than a year earlier, a deal of more than a year ago.", []want{
			{"50 pct", factcheck.Percent, "50", "", "", ""}, {"9 pct", factcheck.Percent, "9", "", "", ""}, {"more than a year", factcheck.Duration, "1", "", "year", factcheck.LowerBound}}},
		{"per cent is a percent", "Prices rose 4 per cent a year.", []want{{"4 per cent", factcheck.Percent, "4", "", "", ""}}},
		{"money per share stays money", "It pays $2 per share.", []want{{"$2", factcheck.Money, "2", "", "USD", ""}}},
		{"cubic as written", "The dam holds 9 million cubic metres.", []want{{"9 million cubic metres", m, "9000000", "", "cubic metre", ""}}},
		{"an area's compound with its second hyphen dropped", "Traps were set in an 80-square mile area by a 40-cubic metre tank.", []want{
			{"80-square mile", m, "80", "", "sq mile", ""}, {"40-cubic metre", m, "40", "", "cubic metre", ""}}},
		{"areas as sq", "The park covers 3 square miles, or 8 square kilometres, with a 5,200-square-meter hall of 55,972 sq. ft and a 12 m² pool.", []want{
			{"3 square miles", m, "3", "", "sq mile", ""}, {"8 square kilometres", m, "8", "", "sq km", ""},
			{"5,200-square-meter", m, "5200", "", "sq m", ""}, {"55,972 sq. ft", m, "55972", "", "sq ft", ""}, {"12 m²", m, "12", "", "sq m", ""}}},
		{"data sizes as written", "It stores 2 petabytes, 5 terabytes and 8 GB.", []want{
			{"2 petabytes", m, "2", "", "petabyte", ""}, {"5 terabytes", m, "5", "", "terabyte", ""}, {"8 GB", m, "8", "", "GB", ""}}},
		{"bandwidth", "Lines run at 50 Mbps.", []want{{"50 Mbps", m, "50", "", "Mbps", ""}}},
		{"data rates and sizes in bits", "Data moves at one gigabit a second, 512kbps or 2 megabits a second on a 256 kilobit chip.", []want{
			{"one gigabit a second", m, "1", "", "gigabit per second", ""}, {"512kbps", m, "512", "", "kbps", ""},
			{"2 megabits a second", m, "2", "", "megabit per second", ""}, {"256 kilobit", m, "256", "", "kilobit", ""}}},
		{"light-years", "The star is 12 light-years away.", []want{{"12 light-years", m, "12", "", "light-year", ""}}},
		{"kitchen measures", "Add 2 cups of flour and 3 tablespoons of sugar.", []want{
			{"2 cups", m, "2", "", "cup", ""}, {"3 tablespoons", m, "3", "", "tablespoon", ""}}},
		{"a unit bounded", "Snow fell an inch or less; the camp is less than a mile away.", []want{
			{"an inch or less", m, "1", "", "inch", factcheck.UpperBound}, {"less than a mile", m, "1", "", "mile", factcheck.UpperBound}}},
		{"a unit unbounded is no claim, but before a comparative it is a difference", "It was a ton of work. It grew a foot taller.", []want{{"a foot", m, "1", "", "foot", ""}}},
		{"times counted", "The clip was shared 40,000 times by Friday.", []want{{"40,000 times", factcheck.Count, "40000", "", "", ""}}},
		{"times compared", "It is 3 times the size of Wales and 2.5 times heavier.", []want{
			{"3 times", m, "3", "", "times", ""}, {"2.5 times", m, "2.5", "", "times", ""}}},
		{"metres apart from the number", "Drifts of 1.5 m were seen; 2.5 m people live there.", []want{
			{"1.5 m", m, "1.5", "", "m", ""}, {"2.5 m people", factcheck.Count, "2500000", "", "", ""}}},
		{"metres glued after the sea's state, and a range of glued metres", "Swells of 6m to 8m and wave heights of 14.2m hit the coast; the wall extends 30m-40m, and 5m people watched.", []want{
			{"6m to 8m", m, "6", "8", "m", ""}, {"14.2m", m, "14.2", "", "m", ""}, {"30m-40m", m, "30", "40", "m", ""}, {"5m people", factcheck.Count, "5000000", "", "", ""}}},
		{"a yield in bushels an acre as farm papers abbreviate it, and a stocking rate", "Yields hit 38.6 bu/a, 38 bu./ac. and 181.5 bpa; farms run 2.5 cows/ha.", []want{
			{"38.6 bu/a", m, "38.6", "", "bushel per acre", ""}, {"38 bu./ac", m, "38", "", "bushel per acre", ""}, {"181.5 bpa", m, "181.5", "", "bushel per acre", ""},
			{"2.5 cows/ha", m, "2.5", "", "cow per hectare", ""}}},
		{"pounds in an American text that names no country of pounds weigh", "Milk prices in the U.S. settled at $21.38. Output per cow in the state rose 1.8 percent to 2,065 pounds.", []want{
			{"$21.38", factcheck.Money, "21.38", "", "USD", ""}, {"1.8 percent", factcheck.Percent, "1.8", "", "", ""}, {"2,065 pounds", m, "2065", "", "pound", ""}}},
		{"a blood pressure, systolic over diastolic, each figure a claim in mmHg, its bound both's; a stage of a disease no count", "Pressure of 140/90mmHg or higher needs care, with stage 2 hypertension at 160/100. A reading >180/120 is an emergency; aim below 130/80 mm Hg.", []want{
			{"140", m, "140", "", "mmHg", factcheck.LowerBound}, {"90mmHg", m, "90", "", "mmHg", factcheck.LowerBound}, {"160", m, "160", "", "mmHg", ""}, {"100", m, "100", "", "mmHg", ""},
			{">180", m, "180", "", "mmHg", factcheck.LowerBound}, {"120", m, "120", "", "mmHg", factcheck.LowerBound}, {"below 130", m, "130", "", "mmHg", factcheck.UpperBound}, {"80 mm Hg", m, "80", "", "mmHg", factcheck.UpperBound}}},
		{"metres glued before a vessel or a creature, a word between; before a size adverb; of what fills a depth (but millions of capital)", "A 4.2m saltwater crocodile swam past the 366m ship, whose 580m cable-stayed deck towered. They were buried 400m underground, under 6m of ash. The firm raised 6m of new capital from 2.4m new customers.", []want{
			{"4.2m", factcheck.Measure, "4.2", "", "m", ""}, {"366m", factcheck.Measure, "366", "", "m", ""}, {"580m", factcheck.Measure, "580", "", "m", ""},
			{"400m", factcheck.Measure, "400", "", "m", ""}, {"under 6m", factcheck.Measure, "6", "", "m", factcheck.UpperBound},
			{"6m of new capital", factcheck.Count, "6000000", "", "", ""}, {"2.4m new customers", factcheck.Count, "2400000", "", "", ""}}},
		{"metres glued before the sea's waves or a storm surge, or before 'further'; millions of waves of fans no metres", "Gusts up to 70mph drove 8m waves and a 1.2m storm surge. Her throw was 1.2m further than the runner-up's. The band drew 2m fans.", []want{
			{"up to 70mph", m, "70", "", "mph", factcheck.UpperBound}, {"8m", m, "8", "", "m", ""}, {"1.2m", m, "1.2", "", "m", ""}, {"1.2m", m, "1.2", "", "m", ""},
			{"2m fans", factcheck.Count, "2000000", "", "", ""}}},
		{"metres glued before a structure, a hyphened dimension, after a noun of size", "The 127m tower beat Ulm Minster's 161.5m spire; a 543m-long viaduct's longest span is 180m, at a height of 64m. He leapt a 1.5m crevasse. The firm has 5m customers.", []want{
			{"127m", m, "127", "", "m", ""}, {"161.5m", m, "161.5", "", "m", ""}, {"543m", m, "543", "", "m", ""}, {"180m", m, "180", "", "m", ""}, {"64m", m, "64", "", "m", ""},
			{"1.5m", m, "1.5", "", "m", ""}, {"5m customers", factcheck.Count, "5000000", "", "", ""}}},
		{"radiation's doses and activity and a reactor's output; pounds of a thing bought weigh", "A scan delivers 10 millisieverts, above the 2.7mSv background; food above 100 Bq/kg is banned; the 700 MWe unit restarted. Utilities bought 51.6 million pounds of uranium.", []want{
			{"10 millisieverts", m, "10", "", "millisievert", ""}, {"2.7mSv", m, "2.7", "", "mSv", ""}, {"100 Bq/kg", m, "100", "", "Bq per kg", factcheck.LowerBound}, {"700 MWe", m, "700", "", "MWe", ""},
			{"51.6 million pounds", m, "51600000", "", "pound", ""}}},
		{"a unit left out", "Output will rise to 2.4 mln tonnes from an expected 2.2 mln, and rates to 5.6 pct from 5.2.", []want{
			{"2.4 mln tonnes", m, "2400000", "", "tonne", ""}, {"2.2 mln", m, "2200000", "", "tonne", ""},
			{"5.6 pct", factcheck.Percent, "5.6", "", "", ""}, {"5.2", factcheck.Percent, "5.2", "", "", ""}}},
		{"a unit left out after 'compared with' and a month", "LONDON, March 3 - The average rate was a provisional\n13.78 pct in February compared with 13.83 in January; 5 pct compared to 300 people.", []want{
			{"13.78 pct", factcheck.Percent, "13.78", "", "", ""}, {"13.83", factcheck.Percent, "13.83", "", "", ""},
			{"5 pct", factcheck.Percent, "5", "", "", ""}, {"300 people", factcheck.Count, "300", "", "", ""}}},
		{"no percentage passed on to a figure not of its size", "OSLO, April 3 - Unemployment fell in March to 36,510, or 1.7 pct of the workforce, compared with 39,700 (1.9 pct) in February.", []want{
			{"36,510", factcheck.Count, "36510", "", "", ""}, {"1.7 pct of the workforce", factcheck.Percent, "1.7", "", "", ""},
			{"39,700", factcheck.Count, "39700", "", "", ""}, {"1.9 pct", factcheck.Percent, "1.9", "", "", ""}}},
		{"a rate left out", "Yields rose to 9 tonnes per hectare from the previous 7 tonnes.", []want{
			{"9 tonnes per hectare", m, "9", "", "tonne per hectare", ""}, {"7 tonnes", m, "7", "", "tonne per hectare", ""}}},
		{"down from", "Exports were 1.2 mln tonnes, down from 1.5 mln.", []want{
			{"1.2 mln tonnes", m, "1200000", "", "tonne", ""}, {"1.5 mln", m, "1500000", "", "tonne", ""}}},
		{"a vague multiple of a unit", "The port ships millions of tonnes of coal a year and hundreds of barrels.", []want{
			{"millions of tonnes", m, "2000000", "", "tonne per year", factcheck.LowerBound}, {"hundreds of barrels", m, "200", "", "barrel", factcheck.LowerBound}}},
		{"a vague number of a unit of two words", "Tanks holding thousands of cubic metres of fuel burst.", []want{
			{"thousands of cubic metres", m, "2000", "", "cubic metre", factcheck.LowerBound}}},
		{"a rate said once for two", "The well gives 1,500 barrels of oil and 60,000 cubic metres of gas a day.", []want{
			{"1,500 barrels", m, "1500", "", "barrel per day", ""}, {"60,000 cubic metres", m, "60000", "", "cubic metre per day", ""}}},
		{"a rate of the second alone", "The 12 km road carries 300 tonnes, and 20 tonnes of coal a day.", []want{
			{"12 km", m, "12", "", "km", ""}, {"300 tonnes", m, "300", "", "tonne", ""}, {"20 tonnes", m, "20", "", "tonne per day", ""}}},
		{"a rate of another unit alone", "The road spans 12 km and 20 tonnes of coal a day cross it.", []want{
			{"12 km", m, "12", "", "km", ""}, {"20 tonnes", m, "20", "", "tonne per day", ""}}},
		{"lumber in board feet, the board members counted", "The contract is 130,000 board feet; 21 mln board feet went to five board members.", []want{
			{"130,000 board feet", m, "130000", "", "board foot", ""}, {"21 mln board feet", m, "21000000", "", "board foot", ""},
			{"five board members", factcheck.Count, "5", "", "", ""}}},
		{"millions of barrels a day", "Output is 98.5m b/d.", []want{{"98.5m b/d", m, "98500000", "", "barrel per day", ""}}},
		{"a rate's bound after it, the metal's weight", "Wells of 10 barrels a day or less made around 40,600 fine tonnes in a day or two.", []want{
			{"10 barrels a day or less", m, "10", "", "barrel per day", factcheck.UpperBound}, {"around 40,600 fine tonnes", m, "40600", "", "tonne", factcheck.Approx}, {"a day or two", factcheck.Duration, "1", "2", "day", ""}}},
		{"a year between", "Rice land shrank to 3.2 mln hectares in 1990 from 3.9 mln in 1980.", []want{
			{"3.2 mln hectares", m, "3200000", "", "hectare", ""}, {"1990", factcheck.Date, "1990", "", "", ""},
			{"3.9 mln", m, "3900000", "", "hectare", ""}, {"1980", factcheck.Date, "1980", "", "", ""}}},
		{"up from after a comma, the scale left out", "The mill made 14.62 mln tonnes of sugar in 1990/91, up from 13.8 the season before.", []want{
			{"14.62 mln tonnes", m, "14620000", "", "tonne", ""}, {"1990/91", factcheck.Date, "1990", "1991", "", ""}, {"13.8", m, "13800000", "", "tonne", ""}}},
		{"an adverb before up from", "Sales came to 4.4 mln dlrs, slightly up from 4.1.", []want{
			{"4.4 mln dlrs", factcheck.Money, "4400000", "", "USD", ""}, {"4.1", factcheck.Money, "4100000", "", "USD", ""}}},
		{"a figure of another size keeps its own", "Profit was 2.5 mln dlrs, up from 120,000 dlrs.", []want{
			{"2.5 mln dlrs", factcheck.Money, "2500000", "", "USD", ""}, {"120,000 dlrs", factcheck.Money, "120000", "", "USD", ""}}},
		{"past a conversion", "Profit was 60m euros (£41m; $78m), up from 35m.", []want{
			{"60m euros", factcheck.Money, "60000000", "", "EUR", ""}, {"£41m", factcheck.Money, "41000000", "", "GBP", ""},
			{"$78m", factcheck.Money, "78000000", "", "USD", ""}, {"35m", factcheck.Money, "35000000", "", "EUR", ""}}},
		{"a sum is no percent", "Debt takes 41.2 billion rupees, or 18.3 pct of spending, up from 38 billion.", []want{
			{"41.2 billion rupees", factcheck.Money, "41200000000", "", "INR", ""}, {"18.3 pct", factcheck.Percent, "18.3", "", "", ""},
			{"38 billion", factcheck.Money, "38000000000", "", "INR", ""}}},
		{"past a bracketed abbreviation", "Output climbed to 4.52 mln barrels per day (bpd) from 4.31 mln.", []want{
			{"4.52 mln barrels per day", m, "4520000", "", "barrel per day", ""}, {"4.31 mln", m, "4310000", "", "barrel per day", ""}}},
		{"past the change in percent", "Exports ran at 2.65 mln tonnes, off 3.4 pct from 2.74 mln, and imports at 1.2 mln bpd, up 6 pct from 1.13 mln.", []want{
			{"2.65 mln tonnes", m, "2650000", "", "tonne", ""}, {"3.4 pct", factcheck.Percent, "3.4", "", "", ""},
			{"2.74 mln", m, "2740000", "", "tonne", ""}, {"1.2 mln bpd", m, "1200000", "", "barrel per day", ""},
			{"6 pct", factcheck.Percent, "6", "", "", ""}, {"1.13 mln", m, "1130000", "", "barrel per day", ""}}},
		{"to an average", "Stocks grew 2.2 pct to an average 9.48 mln tonnes from 9.27 mln.", []want{
			{"2.2 pct", factcheck.Percent, "2.2", "", "", ""}, {"9.48 mln tonnes", m, "9480000", "", "tonne", ""}, {"9.27 mln", m, "9270000", "", "tonne", ""}}},
		{"a change is no level", "Sales fell by 23% from 36,185 in 2003.", []want{
			{"23%", factcheck.Percent, "23", "", "", ""}, {"36,185", factcheck.Count, "36185", "", "", ""}, {"2003", factcheck.Date, "2003", "", "", ""}}},
		{"more of a unit", "He needs two more years and 40 extra miles.", []want{
			{"two more years", factcheck.Duration, "2", "", "year", ""}, {"40 extra miles", m, "40", "", "mile", ""}}},
		{"cup finals", "He has played in two cup finals.", []want{{"two cup finals", factcheck.Count, "2", "", "", ""}}},
		{"computers' speed", "It reached 70.72 teraflops, the Cray-1 80 megaflops.", []want{
			{"70.72 teraflops", m, "70.72", "", "teraflop", ""}, {"80 megaflops", m, "80", "", "megaflop", ""}}},
		{"hundreds of years", "The port was integral for hundreds of years.", []want{
			{"hundreds of years", factcheck.Duration, "200", "", "year", factcheck.LowerBound}}},
		{"feet and inches, in feet when two decimals hold them, else in inches", "He is 5ft 9in, she is 6 feet 3 inches and he 5ft 11ins; she was 5 ft 9 and slim.", []want{
			{"5ft 9in", m, "5.75", "", "foot", ""}, {"6 feet 3 inches", m, "6.25", "", "foot", ""}, {"5ft 11ins", m, "71", "", "inch", ""}, {"5 ft 9", m, "5.75", "", "foot", ""}}},
		{"feet and inches hyphenated", "The 6-foot-3 guard and the 6-foot-2 forward scored.", []want{{"6-foot-3", m, "6.25", "", "foot", ""}, {"6-foot-2", m, "74", "", "inch", ""}}},
		{"stone", "He weighs 15st.", []want{{"15st", m, "15", "", "stone", ""}}},
		{"a percentage point written with a hyphen, after a spaced figure or hyphened to it; a sum said aloud before a comparison", "A 1.2 percentage-point improvement and a 0.5-percentage-point gain; a shop costs forty-two pounds fifty more than it did.", []want{
			{"1.2 percentage-point improvement", factcheck.Percent, "1.2", "", "percentage point", ""}, {"0.5-percentage-point gain", factcheck.Percent, "0.5", "", "percentage point", ""},
			{"forty-two pounds fifty", factcheck.Money, "42.5", "", "GBP", ""}}},
		{"a unit said to its fraction after 'a', bounded or not, before 'of' what it measures (but a bare number's 'of')", "It won over a mile and a half; Summerville picked up an inch and three-quarters of rain after a year and a half of drought; two and a half of them left.", []want{
			{"over a mile and a half", m, "1.5", "", "mile", factcheck.LowerBound}, {"an inch and three-quarters", m, "1.75", "", "inch", ""}, {"a year and a half", factcheck.Duration, "1.5", "", "year", ""}}},
		{"a degree sign with no scale: the scale the text writes, but an angle's, and a latitude's", "Tomorrow: hi 27°/lo 14°, a 45° turn, at 51°30′N. Paris hit 40°C, then 38°.", []want{
			{"27°", m, "27", "", "°C", ""}, {"14°", m, "14", "", "°C", ""}, {"45°", m, "45", "", "degree", ""}, {"51°30′N", m, "51.5", "", "°N", ""},
			{"40°C", m, "40", "", "°C", ""}, {"38°", m, "38", "", "°C", ""}}},
		{"a degree sign with no scale, none written: degrees", "Tomorrow: hi 27°.", []want{{"27°", m, "27", "", "degree", ""}}},
		{"inches abbreviated 'in.' before a word in small letters or a figure (but a sentence's end)", "The month's total of 7.9 in. is nearly double; a 6 in. by 4 in. card. Then 5 in. The rest.", []want{
			{"7.9 in.", m, "7.9", "", "inch", ""}, {"nearly double", m, "2", "", "times", factcheck.UpperBound}, {"6 in.", m, "6", "", "inch", ""}, {"4 in.", m, "4", "", "inch", ""}, {"5", factcheck.Count, "5", "", "", ""}}},
		{"stones and pounds spaced, one weight in pounds", "He weighed 52 stone 11 lb, then 14 stone 7 pounds.", []want{{"52 stone 11 lb", m, "739", "", "lb", ""}, {"14 stone 7 pounds", m, "203", "", "lb", ""}}},
		{"grams glued, after a capitalised verb too", "Melt 50g butter with 175g caerphilly and 1 large leek (100g).", []want{
			{"50g", m, "50", "", "g", ""}, {"175g", m, "175", "", "g", ""}, {"1 large leek", factcheck.Count, "1", "", "", ""}, {"100g", m, "100", "", "g", ""}}},
		{"parts per million, magnitudes", "CO2 reached 420 parts per million as a magnitude 5.6 quake and a 6.1-magnitude one struck.", []want{
			{"420 parts per million", m, "420", "", "part per million", ""}, {"5.6", m, "5.6", "", "magnitude", ""}, {"6.1-magnitude", m, "6.1", "", "magnitude", ""}}},
		{"a magnitude after a glued capital M before a word of an earthquake (but not a model's name)", "An M6.1 earthquake struck, after the M7.2 Hualien quake; the M3 costs $40,000 and an M2.5 engine.", []want{
			{"M6.1", m, "6.1", "", "magnitude", ""}, {"M7.2", m, "7.2", "", "magnitude", ""}, {"$40,000", factcheck.Money, "40000", "", "USD", ""}}},
		{"a magnitude after the code of a seismologists' scale, glued or spaced", "The Mw 7.4 event at sea followed an ML4.3 foreshock; Ms 6.9 was an estimate.", []want{
			{"Mw 7.4", m, "7.4", "", "magnitude", ""}, {"ML4.3", m, "4.3", "", "magnitude", ""}, {"Ms 6.9", m, "6.9", "", "magnitude", ""}}},
		{"metres glued after a river or its floodwater rose", "The river at Lismore rose 14.4m, and floodwaters reached 2.1m in the town.", []want{
			{"14.4m", m, "14.4", "", "m", ""}, {"2.1m", m, "2.1", "", "m", ""}}},
		{"a magnitude with a decimal point just before a word of an earthquake (but not a whole count of them)", "Tuesday's 5.7 quake was followed by a 4.9 aftershock and 3 tremors.", []want{
			{"5.7", m, "5.7", "", "magnitude", ""}, {"4.9", m, "4.9", "", "magnitude", ""}, {"3", factcheck.Count, "3", "", "", ""}}},
		{"magnitudes whole or hyphened after 'magnitude' (but not an order of magnitude's multiple)", "The magnitude-7.2 quake hit; aftershocks above magnitude 5 followed, an order of magnitude 10 times weaker.", []want{
			{"7.2", m, "7.2", "", "magnitude", ""}, {"5", m, "5", "", "magnitude", ""}, {"10 times", m, "10", "", "times", ""}}},
		{"a network's generation is no grams", "Operators bid for 3G licences and 4g networks.", nil},
		{"pounds that weigh", "The parcel weighed nearly 12 pounds.", []want{{"12 pounds", m, "12", "", "pound", factcheck.UpperBound}}},
		{"pounds beside a mass", "The load was over by 500 pounds (227kg).", []want{
			{"500 pounds", m, "500", "", "pound", ""}, {"227kg", m, "227", "", "kg", ""}}},
		{"pounds of a thing", "Police seized 40 pounds of cocaine.", []want{{"40 pounds", m, "40", "", "pound", ""}}},
		{"a hyphenated weight", "A 150-pound dog and a 5-pound bag cost 12 pounds.", []want{
			{"150-pound", m, "150", "", "pound", ""}, {"5-pound", m, "5", "", "pound", ""}, {"12 pounds", factcheck.Money, "12", "", "GBP", ""}}},
		{"a multiple of earnings, a year or 'estimated' between", "The price is about 12 times 1986 earnings, or 16 times estimated earnings.", []want{
			{"about 12 times", factcheck.Measure, "12", "", "times", factcheck.Approx}, {"1986", factcheck.Date, "1986", "", "", ""}, {"16 times", factcheck.Measure, "16", "", "times", ""}}},
		{"metres spaced after a figure in full digits, millions after a smaller one", "Hikers reached the 4,810 m summit, and 1.2 m people watched.", []want{
			{"4,810 m", factcheck.Measure, "4810", "", "m", ""}, {"1.2 m people", factcheck.Count, "1200000", "", "", ""}}},
		{"square and cubic metres abbreviated 'sq m' and 'cu m'", "The flat measures just 62 sq m, or 62 sq. m, and holds 3 cu m of water.", []want{
			{"62 sq m", factcheck.Measure, "62", "", "sq m", ""}, {"62 sq. m", factcheck.Measure, "62", "", "sq m", ""}, {"3 cu m", factcheck.Measure, "3", "", "cu m", ""}}},
		{"kelvin written 'K' where a temperature is said, before a preposition or 'today' too, and a power of ten alone (kelvin in words stays as written)", "The star has a surface temperature of roughly 5,800 K for our Sun, the background 2.725 K today, the corona 10^6 K; sizes reach 10^-18 m and 10⁻⁶ m. A PC with 360 K flex drives.", []want{
			{"roughly 5,800 K", factcheck.Measure, "5800", "", "K", factcheck.Approx}, {"2.725 K", factcheck.Measure, "2.725", "", "K", ""}, {"10^6 K", factcheck.Measure, "1000000", "", "K", ""},
			{"10^-18 m", factcheck.Measure, "0.000000000000000001", "", "m", ""}, {"10⁻⁶ m", factcheck.Measure, "0.000001", "", "m", ""}, {"360 K flex drives", factcheck.Count, "360", "", "", ""}}},
		{"the land and grain measures of farming countries", "He owns six bighas; yields hit 22 maunds per bigha and 452 kilograms per mu on 3.4 million feddans, 80 cavans from 3 rai.", []want{
			{"six bighas", factcheck.Measure, "6", "", "bigha", ""}, {"22 maunds per bigha", factcheck.Measure, "22", "", "maund per bigha", ""}, {"452 kilograms per mu", factcheck.Measure, "452", "", "kilogram per mu", ""},
			{"3.4 million feddans", factcheck.Measure, "3400000", "", "feddan", ""}, {"80 cavans", factcheck.Measure, "80", "", "cavan", ""}, {"3 rai", factcheck.Measure, "3", "", "rai", ""}}},
		{"a density per square unit written with a superscript; millions glued before a thing counted, metres before a dimension", "The city covers 100 km² with 21,765 persons per km²: its 8.36m people and 2.96M residents. He is 1.85m tall.", []want{
			{"100 km²", factcheck.Measure, "100", "", "sq km", ""}, {"21,765 persons per km²", factcheck.Measure, "21765", "", "person per sq km", ""},
			{"8.36m people", factcheck.Count, "8360000", "", "", ""}, {"2.96M residents", factcheck.Count, "2960000", "", "", ""}, {"1.85m", factcheck.Measure, "1.85", "", "m", ""}}},
		{"units of blood pressure, absolute temperature, vitamins and the solar system", "Pressure fell 4 to 6 mmHg at 90 kelvin with 1,000 IU; the comet passed 4.2 astronomical units away.", []want{
			{"4 to 6 mmHg", factcheck.Measure, "4", "6", "mmHg", ""}, {"90 kelvin", factcheck.Measure, "90", "", "kelvin", ""}, {"1,000 IU", factcheck.Measure, "1000", "", "IU", ""}, {"4.2 astronomical units", factcheck.Measure, "4.2", "", "astronomical unit", ""}}},
		{"rates written with a slash: tonnes short, per second and per hour after any unit", "Yields were 2.9 t/ha and 3 kg/ha; the link runs at 940 Mbit/s; the unit gives 12,000 BTU/h; cars do 120 km/h.", []want{
			{"2.9 t/ha", factcheck.Measure, "2.9", "", "tonne per hectare", ""}, {"3 kg/ha", factcheck.Measure, "3", "", "kg per hectare", ""}, {"940 Mbit/s", factcheck.Measure, "940", "", "Mbit/s", ""},
			{"12,000 BTU/h", factcheck.Measure, "12000", "", "BTU per hour", ""}, {"120 km/h", factcheck.Measure, "120", "", "km/h", ""}}},
		{"units of pressure, engines, fuel use, energy and the sea, and a quarter after a unit", "It took an hour and a quarter. He ran two miles and three quarters. The jet flew 412 nautical miles. Tyres at 32 psi, 3,000 rpm, 56 mpg, 120 kcal and 12,000 BTU.", []want{
			{"an hour and a quarter", factcheck.Duration, "1.25", "", "hour", ""}, {"two miles and three quarters", factcheck.Measure, "2.75", "", "mile", ""}, {"412 nautical miles", factcheck.Measure, "412", "", "nautical mile", ""},
			{"32 psi", factcheck.Measure, "32", "", "psi", ""}, {"3,000 rpm", factcheck.Measure, "3000", "", "rpm", ""}, {"56 mpg", factcheck.Measure, "56", "", "mpg", ""}, {"120 kcal", factcheck.Measure, "120", "", "kcal", ""}, {"12,000 BTU", factcheck.Measure, "12000", "", "BTU", ""}}},
		{"a rate of a unit whose singular ends 'ie'", "Rations give 2,100 kilocalories a day.", []want{
			{"2,100 kilocalories a day", factcheck.Measure, "2100", "", "kilocalorie per day", ""}}},
		{"pounds in thousands after a verb of weighing weigh, but are paid", "It weighs 1.5k pounds. He was paid 1.5k pounds.", []want{
			{"1.5k pounds", factcheck.Measure, "1500", "", "pound", ""}, {"1.5k pounds", factcheck.Money, "1500", "", "GBP", ""}}},
		{"the pound a unit of trade weighs", "The mill bought 900 bales of 480 pounds each.", []want{
			{"900 bales", m, "900", "", "bale", ""}, {"480 pounds", m, "480", "", "pound", ""}}},
		{"units of trade", "Growers sold 2.1 mln bales, 40 mln bushels, 300 quintals, 12 cwt and 5 carats.", []want{
			{"2.1 mln bales", m, "2100000", "", "bale", ""}, {"40 mln bushels", m, "40000000", "", "bushel", ""},
			{"300 quintals", m, "300", "", "quintal", ""}, {"12 cwt", m, "12", "", "cwt", ""}, {"5 carats", m, "5", "", "carat", ""}}},
		{"abbreviations of area and distance", "The fire burned 12 sq mi, or 3,100 ha, 40 mi from town.", []want{
			{"12 sq mi", m, "12", "", "sq mile", ""}, {"3,100 ha", m, "3100", "", "hectare", ""}, {"40 mi", m, "40", "", "mile", ""}}},
		{"concentrations, loudness, power and charge", "Ozone hit 80 ppb, CO2 420 ppm, noise 95 decibels; a 250 hp motor and a 4,000 mAh cell.", []want{
			{"80 ppb", m, "80", "", "ppb", ""}, {"420 ppm", m, "420", "", "ppm", ""}, {"95 decibels", m, "95", "", "decibel", ""},
			{"250 hp", m, "250", "", "hp", ""}, {"4,000 mAh", m, "4000", "", "mAh", ""}}},
		{"the maker is no horsepower", "It bought 40 HP laptops.", []want{{"40 HP laptops", factcheck.Count, "40", "", "", ""}}},
		{"large masses and containers", "Emissions fell 2 gigatonnes and 300 megatonnes; the port moved 9,000 TEU.", []want{
			{"2 gigatonnes", m, "2", "", "gigatonne", ""}, {"300 megatonnes", m, "300", "", "megatonne", ""}, {"9,000 TEU", m, "9000", "", "TEU", ""}}},
		{"a unit over a unit with a slash", "Lead reached 15 mg/L and dust 60 mcg/m3, rain 8 mm/hour on 2 kg/m² of soil.", []want{
			{"15 mg/L", m, "15", "", "mg/L", ""}, {"60 mcg/m3", m, "60", "", "mcg per cubic m", ""},
			{"8 mm/hour", m, "8", "", "mm per hour", ""}, {"2 kg/m²", m, "2", "", "kg per sq m", ""}}},
		{"points with decimals are a score's measure", "The pair scored 221.45 points; the side has 12 points.", []want{
			{"221.45 points", m, "221.45", "", "point", ""}, {"12 points", factcheck.Count, "12", "", "", ""}}},
		{"troy and fluid ounces", "The vault holds 40 troy ounces; the bottle 12 fluid ounces.", []want{
			{"40 troy ounces", m, "40", "", "troy ounce", ""}, {"12 fluid ounces", m, "12", "", "fluid ounce", ""}}},
		{"long and short tons", "Mills shipped 4,200 short tons and 900 long tons, and 30 metric tons.", []want{
			{"4,200 short tons", m, "4200", "", "short ton", ""}, {"900 long tons", m, "900", "", "long ton", ""}, {"30 metric tons", m, "30", "", "metric ton", ""}}},
		{"an ore's tonnes wet or dry (but 'dry' of no tonne no unit)", "Quotas of 240 million wet tonnes; 5 million dry metric tonnes shipped from 3 dry docks.", []want{
			{"240 million wet tonnes", m, "240000000", "", "wet tonne", ""}, {"5 million dry metric tonnes", m, "5000000", "", "dry metric ton", ""},
			{"3 dry docks", factcheck.Count, "3", "", "", ""}}},
		{"the grain trade's metric tons, tonnes", "Rio Grande/Azores 26,000 mt hss; Taiwan 1.2 mln MT; 2 Mt Everest climbs.", []want{
			{"26,000 mt", m, "26000", "", "tonne", ""}, {"1.2 mln MT", m, "1200000", "", "tonne", ""}, {"2 Mt Everest climbs", factcheck.Count, "2", "", "", ""}}},
		{"an adjective by its ending before a unit of time", "They were two unbelievable weeks and 2 wonderful years, after the four previous months; Two Olympic years.", []want{
			{"two unbelievable weeks", factcheck.Duration, "2", "", "week", ""}, {"2 wonderful years", factcheck.Duration, "2", "", "year", ""},
			{"four previous months", factcheck.Duration, "4", "", "month", ""}, {"Two", factcheck.Count, "2", "", "", ""}}},
		{"barrels of oil equivalent, in full or abbreviated, a day's (reserves' in barrels, as most hands write them)", "Output was 3.9 million barrels of oil equivalent per day, or about 1.8 million boe/d, 171 kboe/d from reserves of 210 mln barrels of oil equivalent.", []want{
			{"3.9 million barrels of oil equivalent per day", m, "3900000", "", "barrel of oil equivalent per day", ""}, {"about 1.8 million boe/d", m, "1800000", "", "barrel of oil equivalent per day", factcheck.Approx},
			{"171 kboe/d", m, "171000", "", "barrel of oil equivalent per day", ""}, {"210 mln barrels", m, "210000000", "", "barrel", ""}}},
		{"hours named by what they are spent on (but days so named are counted events)", "Pilots need 1,500 flight hours and 200 volunteer hours; it ran three training days.", []want{
			{"1,500 flight hours", factcheck.Duration, "1500", "", "hour", ""}, {"200 volunteer hours", factcheck.Duration, "200", "", "hour", ""}, {"three training days", factcheck.Count, "3", "", "", ""}}},
		{"an adjective of time before its unit", "After five long years and three consecutive months, it took two full days, for the three subsequent years.", []want{
			{"five long years", factcheck.Duration, "5", "", "year", ""}, {"three consecutive months", factcheck.Duration, "3", "", "month", ""},
			{"two full days", factcheck.Duration, "2", "", "day", ""}, {"three subsequent years", factcheck.Duration, "3", "", "year", ""}}},
		{"the parties of a coalition counted, a two-party system no count", "ROME, March 3 - Craxi's five party coalition resigned, ending the five-party government of two-party systems and a two-party coalition.", []want{
			{"five party coalition", factcheck.Count, "5", "", "", ""}, {"five-party government", factcheck.Count, "5", "", "", ""}}},
		{"a half after a number a line of prose wraps", "WASHINGTON, April 8 - A meeting of central bankers of the Group of Five ended after nearly three\nand a half hours. The summit of EC heads of government is in Brussels on June 29 and\n30, diplomats noted.", []want{
			{"nearly three\nand a half hours", factcheck.Duration, "3.5", "", "hour", factcheck.UpperBound}, {"June 29 and\n30", factcheck.Date, "--06-29", "--06-30", "", ""}}},
		{"an index's points named by its market", "NEW YORK, Oct 20 - Trouble came since the market fell\n500 points, after a huge 508 point (22.5 pct) fall on Wall Street. The team's market rose 12 points.", []want{
			{"500 points", factcheck.Measure, "500", "", "point", ""}, {"508 point", factcheck.Measure, "508", "", "point", ""}, {"22.5 pct", factcheck.Percent, "22.5", "", "", ""},
			{"12 points", factcheck.Count, "12", "", "", ""}}},
		{"a year before an adjective of time is no duration", "Its 2019 full year results were late.", []want{{"2019", factcheck.Date, "2019", "", "", ""}}},
		{"a multiple of a firm's figure", "Banks may lend 18\ntimes shareholders' equity; it trades at 12 times earnings, but met five times the next year.", []want{
			{"18\ntimes", m, "18", "", "times", ""}, {"12 times", m, "12", "", "times", ""}, {"five times", factcheck.Count, "5", "", "", ""}}},
		{"power over hours is energy", "Plants made 4.5 billion kilowatt-hours, 80 megawatt hours and 3 TWh.", []want{
			{"4.5 billion kilowatt-hours", m, "4500000000", "", "kilowatt-hour", ""}, {"80 megawatt hours", m, "80", "", "megawatt-hour", ""}, {"3 TWh", m, "3", "", "TWh", ""}}},
		{"a rate said before its unit", "Iraq's output was 750,000 daily barrels, with 2 daily points of gain.", []want{
			{"750,000 daily barrels", m, "750000", "", "barrel per day", ""}, {"2 daily points", factcheck.Count, "2", "", "", ""}}},
		{"gas in billions and trillions of cubic feet, and in MCF as written", "Reserves rose to 63.7 BCF from 60.1 bcf and hold 1.2 tcf; it buys 250 mcf and 52.9 mln MCF.", []want{
			{"63.7 BCF", m, "63700000000", "", "cubic foot", ""}, {"60.1 bcf", m, "60100000000", "", "cubic foot", ""},
			{"1.2 tcf", m, "1200000000000", "", "cubic foot", ""}, {"250 mcf", m, "250", "", "MCF", ""}, {"52.9 mln MCF", m, "52900000", "", "MCF", ""}}},
		{"a compound unit on the next line", "Reserves are put at 6.1 billion\ncubic feet of gas.", []want{
			{"6.1 billion\ncubic feet", m, "6100000000", "", "cubic foot", ""}}},
		{"pounds that pay", "He was fined 800 pounds and paid 3m pounds of debt.", []want{
			{"800 pounds", factcheck.Money, "800", "", "GBP", ""}, {"3m pounds", factcheck.Money, "3000000", "", "GBP", ""}}},
		{"a bare figure per a power of ten of a population, or per lakh, is a rate (but not per a measure's base)", "Murders fell to 1.94 per 100,000 population; crime stood at 1,832.6 per lakh population and 195 per 1,00,000 people, with 97 per 1,000 live births. It costs 3 per 100 metres.", []want{
			{"1.94 per 100,000 population", m, "1.94", "", "per 100,000", ""}, {"1,832.6 per lakh population", m, "1832.6", "", "per 100,000", ""},
			{"195 per 1,00,000 people", m, "195", "", "per 100,000", ""}, {"97 per 1,000 live births", m, "97", "", "per 1,000", ""},
			{"3", factcheck.Count, "3", "", "", ""}, {"100 metres", m, "100", "", "m", ""}}},
		{"a fertility rate, per woman or bare after the rate or the replacement level, is children per woman; a rate per thousand", "Births per woman slid to 1.31 births per woman, and Korea's fertility rate fell to just 0.68, below the replacement level of 2.1. The town logged 6.2 deaths per thousand people.", []want{
			{"1.31 births per woman", m, "1.31", "", "child per woman", ""}, {"0.68", m, "0.68", "", "child per woman", ""}, {"2.1", m, "2.1", "", "child per woman", ""},
			{"6.2 deaths per thousand people", m, "6.2", "", "death per 1,000 people", ""}}},
		{"a count for every power of ten of people is a rate as per one; a nation's people the base", "Kenya has 2.1 nurses for every 10,000 Kenyans and 1.4 beds per 1,000 Nigerians, officials said.", []want{
			{"2.1 nurses for every 10,000 Kenyans", m, "2.1", "", "nurse per 10,000 Kenyans", ""}, {"1.4 beds per 1,000 Nigerians", m, "1.4", "", "bed per 1,000 Nigerians", ""}}},
		{"a frequency's symbol before a name is a measure, a unit's word in a title none", "Intel unveiled a 3.8GHz Pentium chip. He wrote 24 Hour Party People.", []want{
			{"3.8GHz", m, "3.8", "", "GHz", ""}}},
		{"grams and kilograms in their symbols a day or a week, as diets are written", "The average man eats 11g a day and lost 2kg a week.", []want{
			{"11g a day", m, "11", "", "g per day", ""}, {"2kg a week", m, "2", "", "kg per week", ""}}},
		{"warming and ice lost in their symbols per a span of time, a decade among them (but not a decade ago)", "Seas warmed 0.13C per decade and land 0.4F a decade, while Antarctica shed 150 Gt a year; a decade ago 3 storms a decade hit.", []want{
			{"0.13C per decade", m, "0.13", "", "°C per decade", ""}, {"0.4F a decade", m, "0.4", "", "°F per decade", ""}, {"150 Gt a year", m, "150", "", "Gt per year", ""},
			{"3 storms a decade", m, "3", "", "storm per decade", ""}}},
		{"a year's levels are a date", "Output is 4% below 2019 levels.", []want{
			{"4%", factcheck.Percent, "4", "", "", ""}, {"2019", factcheck.Date, "2019", "", "", ""}}},
		{"a count per a base with its people unsaid, or per million; energy in megajoules", "Incidence reached 71 cases per 100,000, against 273 cases per million in 2020. A meal holds 3.15 megajoules; the beam 2.05 MJ.", []want{
			{"71 cases per 100,000", m, "71", "", "case per 100,000", ""}, {"273 cases per million", m, "273", "", "case per 1,000,000", ""}, {"2020", factcheck.Date, "2020", "", "", ""},
			{"3.15 megajoules", m, "3.15", "", "megajoule", ""}, {"2.05 MJ", m, "2.05", "", "MJ", ""}}},
		{"a heart's rate written out, a range's unit after its end (but beats counted a minute)", "Rates fell between 60 and 100 beats per minute and rose 2.5 beats a minute. It beats 70 times a minute.", []want{
			{"between 60 and 100 beats per minute", m, "60", "100", "beat per minute", ""}, {"2.5 beats a minute", m, "2.5", "", "beat per minute", ""},
			{"70 times a minute", m, "70", "", "time per minute", ""}}},
		{"a fraction in digits hyphened to its unit, as a number is ('a 20-page report')", "A 2/3-cup serving and a 3/4-inch slice; then 1/2 cup.", []want{
			{"2/3-cup", m, "0.6667", "", "cup", ""}, {"3/4-inch", m, "0.75", "", "inch", ""}, {"1/2 cup", m, "0.5", "", "cup", ""}}},
		{"a poll's lead, margin and swing in points are percentage points; a move in points to a share after it; a team's lead in a text of no poll is points", "Labour's lead has narrowed to 14 points in the latest poll, and Harris holds a 12-point lead among voters. Labor's primary vote rose one point to 34 per cent. Results have a margin of error of plus or minus 3.0 points.", []want{
			{"14 points", factcheck.Percent, "14", "", "percentage point", ""}, {"12-point", factcheck.Percent, "12", "", "percentage point", ""},
			{"one point", factcheck.Percent, "1", "", "percentage point", ""}, {"34 per cent", factcheck.Percent, "34", "", "", ""}, {"plus or minus 3.0 points", factcheck.Percent, "3", "", "percentage point", ""}}},
		{"a team's lead in points, in a text of no poll", "The Lakers led by 14 points at half-time and shot 52%.", []want{
			{"14 points", factcheck.Count, "14", "", "", ""}, {"52%", factcheck.Percent, "52", "", "", ""}}},
		{"torque in pound-feet, energy in electron volts, strength in pascals", "It makes 66 pound-feet of torque; protons collided at 13.6 trillion electron volts; the steel takes 2,300 megapascals, or 140 MPa.", []want{
			{"66 pound-feet", factcheck.Measure, "66", "", "pound-foot", ""}, {"13.6 trillion electron volts", factcheck.Measure, "13600000000000", "", "electron volt", ""},
			{"2,300 megapascals", factcheck.Measure, "2300", "", "megapascal", ""}, {"140 MPa", factcheck.Measure, "140", "", "MPa", ""}}},
		{"a share's move in points after the share, in its clause (but an index's points, larger than its move in percent)", "About 41% of the crop is rated good, down 9 points in a week. The FTSE 100 rose 0.5%, up 40 points.", []want{
			{"About 41%", factcheck.Percent, "41", "", "", factcheck.Approx}, {"9 points", factcheck.Percent, "9", "", "percentage point", ""}, {"a week", factcheck.Duration, "1", "", "week", ""},
			{"0.5%", factcheck.Percent, "0.5", "", "", ""}, {"40 points", m, "40", "", "point", ""}}},
		{"a weight in pounds and ounces is one weight in pounds, sixteen ounces to the pound, glued or spaced, pounds said of a weight after pounds of money", "She pays 1,400 pounds a month for a son born weighing just over four pounds. Her niece weighed 7lb 8oz; the twins 5 lbs. 3 oz. and 1 pound 2 ounces.", []want{
			{"1,400 pounds", factcheck.Money, "1400", "", "GBP", ""}, {"just over four pounds", m, "4", "", "pound", factcheck.LowerBound}, {"7lb 8oz", m, "7.5", "", "lb", ""}, {"5 lbs. 3 oz", m, "5.1875", "", "lb", ""}, {"1 pound 2 ounces", m, "1.125", "", "lb", ""}}},
		{"computing's speed in TFLOPS, a computation's FLOPs in capitals (but a 'flop' a defeat), watt-hours", "The chip is rated at 989 TFLOPS; the run took 3.8 x 10^25 FLOPs and each query 0.3 watt-hours. Then came the 35-17 flop against France.", []want{
			{"989 TFLOPS", m, "989", "", "TFLOPS", ""}, {"3.8 x 10^25 FLOPs", m, "38000000000000000000000000", "", "FLOP", ""}, {"0.3 watt-hours", m, "0.3", "", "watt-hour", ""}, {"35", factcheck.Count, "35", "", "", ""}}},
		{"metres glued after a verb of dredging, and the range's end", "Dredging will deepen the channel from 14.5m to 17m.", []want{
			{"14.5m to 17m", m, "14.5", "17", "m", ""}}},
		{"lab units: electronvolts and millikelvins by their case (an 'EV' a car), kelvins capitalised, nanograms, microlitres, picokelvins, degrees after a scale in words", "Its ionisation energy is 13.6 eV; 300,000 EVs were sold. It cooled to 10 mK, then worked up to 138 Kelvin. They weighed three nanograms in a 1-microlitre drop within 38 picokelvin. The core is at 15 million °C.", []want{
			{"13.6 eV", m, "13.6", "", "eV", ""}, {"300,000 EVs", factcheck.Count, "300000", "", "", ""}, {"10 mK", m, "10", "", "mK", ""}, {"up to 138 Kelvin", m, "138", "", "kelvin", factcheck.UpperBound},
			{"three nanograms", m, "3", "", "nanogram", ""}, {"1-microlitre", m, "1", "", "microlitre", ""}, {"38 picokelvin", m, "38", "", "picokelvin", factcheck.UpperBound}, {"15 million °C", m, "15000000", "", "°C", ""}}},
		{"metres glued after a verb of spanning; a record after millions in its sentence is in millions", "The stadium roof spans 310m. The finale logged 25.3 million views in five days, beating the previous record of 19.4m.", []want{
			{"310m", m, "310", "", "m", ""}, {"25.3 million views", factcheck.Count, "25300000", "", "", ""}, {"five days", factcheck.Duration, "5", "", "day", ""}, {"19.4m", factcheck.Count, "19400000", "", "", ""}}},
		{"megapixels glued where a camera is spoken of, litres glued before a vessel, video's frame rates and formats (but a price in pence)", "The camera shoots 45MP stills and records 1080p and 4K video at 60p. The fridge freezer has a 409L fridge and a 0.9L ice bin. The game costs 82p.", []want{
			{"45MP", m, "45", "", "MP", ""}, {"60p", m, "60", "", "frame per second", ""}, {"409L", m, "409", "", "L", ""}, {"0.9L", m, "0.9", "", "L", ""}, {"82p", factcheck.Money, "0.82", "", "GBP", ""}}},
		{"metres glued in dimensions ('x', 'by') and after a length in centimetres in their sentence", "The 5.5 x 3.2m patio is roughly 4.5m by 3.6m. The frame stands 236cm tall beneath a standard 2.4m ceiling.", []want{
			{"5.5", factcheck.Count, "5.5", "", "", ""}, {"3.2m", m, "3.2", "", "m", ""}, {"4.5m", m, "4.5", "", "m", factcheck.Approx}, {"3.6m", m, "3.6", "", "m", ""}, {"236cm", m, "236", "", "cm", ""}, {"2.4m", m, "2.4", "", "m", ""}}},
		{"a player's average per game or play; millimoles a litre by the litre's symbol", "He averaged 15.4 yards per reception and 4.1 points per game. Glucose was above 7.0 mmol/L.", []want{
			{"15.4 yards per reception", m, "15.4", "", "yard per reception", ""}, {"4.1 points per game", m, "4.1", "", "point per game", ""}, {"above 7.0 mmol/L", m, "7", "", "mmol/L", factcheck.LowerBound}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

// TestExtractHeightInPrimes reads a height in feet and inches written with
// primes as inches, and keeps a stage's gap in primes minutes and seconds.
func TestExtractHeightInPrimes(t *testing.T) {
	checkClaims(t, "The 6'9\" forward scored; she is 5'4\"; the centre is 5'11\" tall. He won by 1'04\" on the stage. The 5'10\" guard weighs 185 lbs.", "", []want{
		{"6'9\"", factcheck.Measure, "81", "", "inch", ""}, {"5'4\"", factcheck.Measure, "64", "", "inch", ""}, {"5'11\"", factcheck.Measure, "71", "", "inch", ""},
		{"1'04\"", factcheck.Duration, "64", "", "second", ""}, {"5'10\"", factcheck.Measure, "70", "", "inch", ""}, {"185 lbs", factcheck.Measure, "185", "", "lb", ""}})
}

// TestExtractFractionOfAnArea reads a fraction in digits of a unit of two
// words as a measure.
func TestExtractFractionOfAnArea(t *testing.T) {
	checkClaims(t, "The lake covers about 3/4 of a square mile and 3/4 of a mile of shore.", "", []want{
		{"about 3/4 of a square mile", factcheck.Measure, "0.75", "", "sq mile", factcheck.Approx}, {"3/4 of a mile", factcheck.Measure, "0.75", "", "mile", ""}})
}

// TestExtractPercentagePointsAbbreviated reads "ppt" as percentage points
// of a rate's change, and elsewhere as a chemical's parts per trillion, as
// written.
func TestExtractPercentagePointsAbbreviated(t *testing.T) {
	checkClaims(t, "Rates rose 0.5 ppt in May and inflation was up 3ppts; the EPA set a limit of 4 ppt for PFAS.", "", []want{
		{"0.5 ppt", factcheck.Percent, "0.5", "", "percentage point", ""}, {"3ppts", factcheck.Percent, "3", "", "percentage point", ""},
		{"4 ppt", factcheck.Measure, "4", "", "ppt", ""}})
}

// TestExtractStormRatingsAndLabUnits reads a storm's rating however its
// scale is written, a length in metres spaced before the way it runs, and
// a laboratory's units by their symbols.
func TestExtractStormRatingsAndLabUnits(t *testing.T) {
	checkClaims(t, "It became a category-three hurricane, then a Cat 1 storm; an EF4 tornado and an EF-2 tornado struck, with a surge of up to 5 m along the coast. Levels fell below 50 nmol/L; the cell is 8 μm wide.", "", []want{
		{"category-three", factcheck.Measure, "3", "", "category", ""}, {"Cat 1", factcheck.Measure, "1", "", "category", ""},
		{"EF4", factcheck.Measure, "4", "", "EF", ""}, {"EF-2", factcheck.Measure, "2", "", "EF", ""}, {"5 m", factcheck.Measure, "5", "", "m", factcheck.UpperBound},
		{"50 nmol/L", factcheck.Measure, "50", "", "nmol/L", factcheck.UpperBound}, {"8 μm", factcheck.Measure, "8", "", "μm", ""}})
}

// TestExtractSpokenAndTechnicalForms reads a share of "a million", three
// quarters said after "and" before a unit, a day's year cut short after an
// ordinal, "a grand" of the story's money, megapixels before a camera's
// word, and micrograms per a unit of three letters at most.
func TestExtractSpokenAndTechnicalForms(t *testing.T) {
	checkClaims(t, "The chance was one in a million; it took two and three quarter hours on June 6th, '44. In Leeds the fix cost a grand per flat, £1.2m in all. A 12MP ultrawide lens; the 12 MPs voted. Levels above 3.5 μg/dL.", "", []want{
		{"one in a million", factcheck.Percent, "0.0001", "", "", ""}, {"two and three quarter hours", factcheck.Duration, "2.75", "", "hour", ""},
		{"June 6th, '44", factcheck.Date, "1944-06-06", "", "", ""}, {"a grand", factcheck.Money, "1000", "", "GBP", ""}, {"£1.2m", factcheck.Money, "1200000", "", "GBP", ""},
		{"12MP", factcheck.Measure, "12", "", "MP", ""}, {"12 MPs", factcheck.Count, "12", "", "", ""}, {"3.5 μg/dL", factcheck.Measure, "3.5", "", "μg/dL", factcheck.LowerBound}})
}

// TestExtractRatesAndPricesWritten reads a population's base grouped by a
// space or written with "k", a price per dozen with no count of a dozen,
// dozens of a plural noun, a century written with an apostrophe, and a
// rent's period glued to its sum.
func TestExtractRatesAndPricesWritten(t *testing.T) {
	checkClaims(t, "The rate was 8.5 per 100 000 people, and 21 per 100k residents. Farms sold 12,000 dozen eggs at $2.10 a dozen. It was restored in the 1800's; a flat rents for £275pw.", "", []want{
		{"8.5 per 100 000 people", factcheck.Measure, "8.5", "", "per 100,000", ""}, {"21 per 100k residents", factcheck.Measure, "21", "", "per 100,000", ""},
		{"12,000 dozen eggs", factcheck.Count, "144000", "", "", ""}, {"$2.10", factcheck.Money, "2.1", "", "USD", ""},
		{"1800's", factcheck.Date, "1800", "1899", "", ""}, {"£275", factcheck.Money, "275", "", "GBP", ""}})
}

// TestExtractCentilitresAndRanksOpening reads centilitres, forty-foot
// containers by their abbreviation, and an ordinal hyphened to its noun
// opening a sentence, but not a sixth form.
func TestExtractCentilitresAndRanksOpening(t *testing.T) {
	checkClaims(t, "A 70cl bottle costs more. Second-quarter profit rose. Sixth-form teacher Barney spoke. The ship carries 4,500 FEU.", "", []want{
		{"70cl", factcheck.Measure, "70", "", "cl", ""}, {"Second", factcheck.Ordinal, "2", "", "", ""}, {"4,500 FEU", factcheck.Measure, "4500", "", "FEU", ""}})
}

// TestExtractNoiseLightAndRadiation reads loudness in decibels as
// written, A-weighted by its letter; light in lux and lumens; doses in
// microsieverts by their symbol, in grays and millirems; activity in
// terabecquerels; a reactor's thermal output in MWt.
func TestExtractNoiseLightAndRadiation(t *testing.T) {
	m := factcheck.Measure
	checkClaims(t, "Eighty-five decibels is the limit; the club hit 107dBA, 62 dBA next door and 87 dB(A) at 2am, against 70 dB before. "+
		"Streets get 50 lx and offices 500 lux from 4,000 lumens. Readings reached 0.23 µSv/h, 12 μSv/h and 0.12 uSv/hr; crews took 16 grays, "+
		"under a 5,000-millirem limit, after 740 terabecquerels escaped from the 3,400 MWt core.", "", []want{
		{"Eighty-five decibels", m, "85", "", "decibel", ""}, {"107dBA", m, "107", "", "dBA", ""}, {"62 dBA", m, "62", "", "dBA", ""},
		{"87 dB(A)", m, "87", "", "dB(A)", ""}, {"70 dB", m, "70", "", "dB", ""},
		{"50 lx", m, "50", "", "lx", ""}, {"500 lux", m, "500", "", "lux", ""}, {"4,000 lumens", m, "4000", "", "lumen", ""},
		{"0.23 µSv/h", m, "0.23", "", "µSv per hour", ""}, {"12 μSv/h", m, "12", "", "µSv per hour", ""}, {"0.12 uSv/hr", m, "0.12", "", "uSv per hour", ""},
		{"16 grays", m, "16", "", "gray", ""}, {"5,000-millirem", m, "5000", "", "millirem", ""}, {"740 terabecquerels", m, "740", "", "terabecquerel", ""},
		{"3,400 MWt", m, "3400", "", "MWt", ""}})
}

// TestExtractTradeAndOldUnits reads a horse's height in hands where a
// horse is spoken of (but a count of hands elsewhere), casks, tonnes of
// oil equivalent, board feet, and millions of ounces by their symbol.
func TestExtractTradeAndOldUnits(t *testing.T) {
	m := factcheck.Measure
	checkClaims(t, "The filly stands 16.2 hands; the mare measures 15hh and the gelding is a 17-hand giant. It takes two hands to lift. "+
		"The cellar holds 14 hogsheads, three firkins and 12 barriques. Demand hit 6,120 Mtoe and 412 ktoe; the mill cut 1.9 MMBF. Output rose to 1.12 Moz of gold.", "", []want{
		{"16.2 hands", m, "16.2", "", "hand", ""}, {"15hh", m, "15", "", "hand", ""}, {"17-hand", m, "17", "", "hand", ""}, {"two hands", factcheck.Count, "2", "", "", ""},
		{"14 hogsheads", m, "14", "", "hogshead", ""}, {"three firkins", m, "3", "", "firkin", ""}, {"12 barriques", m, "12", "", "barrique", ""},
		{"6,120 Mtoe", m, "6120", "", "Mtoe", ""}, {"412 ktoe", m, "412", "", "ktoe", ""}, {"1.9 MMBF", m, "1.9", "", "MMBF", ""}, {"1.12 Moz", m, "1.12", "", "Moz", ""}})
}

// TestExtractGenomesAndDeepTime reads lengths of DNA in base pairs, by
// name or where a genome is spoken of by "bp" (a basis point elsewhere),
// in kilobases and gigabases; ages in millennia and in deep time's
// abbreviations; and leaves a chromosome's number a name.
func TestExtractGenomesAndDeepTime(t *testing.T) {
	m, d := factcheck.Measure, factcheck.Duration
	checkClaims(t, "The genome holds 3.2 billion base pairs; the mitochondrial genome is 16,569 bp, and a 169-kilobase stretch sits on chromosome 21. "+
		"A run yields 16 gigabases. Rates rose 25 bp. The lineages split 6-7 Ma, perhaps 13 Myr ago; people arrived 45 kya, three to five millennia before farming.", "", []want{
		{"3.2 billion base pairs", m, "3200000000", "", "base pair", ""}, {"16,569 bp", m, "16569", "", "bp", ""}, {"169-kilobase", m, "169", "", "kilobase", ""},
		{"16 gigabases", m, "16", "", "gigabase", ""}, {"25 bp", m, "25", "", "basis point", ""},
		{"6-7 Ma", d, "6000000", "7000000", "year", ""}, {"13 Myr", d, "13000000", "", "year", ""}, {"45 kya", d, "45000", "", "year", ""},
		{"three to five millennia", d, "3000", "5000", "year", ""}})
}

// TestExtractSeaHeights reads a figure with an "m", glued or spaced, as
// metres in a sentence of tides or waves (but millions of people there).
func TestExtractSeaHeights(t *testing.T) {
	m := factcheck.Measure
	checkClaims(t, "High tide is due on Tuesday, reaching 12.8m. Wave height at the buoy hit 9.4 m overnight. A 6.1m spring tide and waves put 2.9m people at risk.", "", []want{
		{"12.8m", m, "12.8", "", "m", ""}, {"9.4 m", m, "9.4", "", "m", ""}, {"6.1m", m, "6.1", "", "m", ""}, {"2.9m people", factcheck.Count, "2900000", "", "", ""}})
}

// TestExtractVeryLargeAndSmall reads the scales of popular science above
// a quadrillion, fractions of a unit in billionths and trillionths,
// attoseconds, teratonnes, and parts per a scale as written.
func TestExtractVeryLargeAndSmall(t *testing.T) {
	m, d := factcheck.Measure, factcheck.Duration
	checkClaims(t, "We make 2.5 quintillion bytes; there are 200 sextillion stars. A pulse lasts a trillionth of a second, a flash 12 attoseconds. "+
		"Soils hold 100 teratonnes. Levels reached one part per billion and 420 parts per million.", "", []want{
		{"2.5 quintillion bytes", m, "2500000000000000000", "", "byte", ""}, {"200 sextillion stars", factcheck.Count, "200000000000000000000000", "", "", ""},
		{"a trillionth of a second", d, "0.000000000001", "", "second", ""}, {"12 attoseconds", d, "0.000000000000000012", "", "second", ""},
		{"100 teratonnes", m, "100", "", "teratonne", ""}, {"one part per billion", m, "1", "", "part per billion", ""}, {"420 parts per million", m, "420", "", "part per million", ""}})
}

// TestExtractSides reads the sides of an object joined by a times sign in
// the unit said after the last, and "no bigger than" a bound from above.
func TestExtractSides(t *testing.T) {
	m := factcheck.Measure
	checkClaims(t, "Cabin bags must be no bigger than 55 x 40 x 20cm. The slabs are 600 x 600mm. A 3 x 4 grid.", "", []want{
		{"55", m, "55", "", "cm", factcheck.UpperBound}, {"40", m, "40", "", "cm", ""}, {"20cm", m, "20", "", "cm", ""},
		{"600", m, "600", "", "mm", ""}, {"600mm", m, "600", "", "mm", ""}, {"3", factcheck.Count, "3", "", "", ""}, {"4 grid", factcheck.Count, "4", "", "", ""}})
}

// TestExtractFlightLevel reads a flight level, glued or spaced after
// "FL", as its height in feet.
func TestExtractFlightLevel(t *testing.T) {
	m := factcheck.Measure
	checkClaims(t, "The jet cruised at FL350 before descending to FL 200, then 12,000ft.", "", []want{
		{"FL350", m, "35000", "", "foot", ""}, {"FL 200", m, "20000", "", "foot", ""}, {"12,000ft", m, "12000", "", "foot", ""}})
}
