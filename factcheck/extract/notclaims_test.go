package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestExtractNotClaimsByContext(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"a class's year in brackets, a runway's name in words, a stage of cuts hyphened to its noun and a law's number with its comma are no claims; a figure before 'additional' and a plural noun after a name counts", "The fund has a $2.5 million gift from alumna Dana Whitfield ('88). Heathrow's runway three would lift flights. Eskom implemented stage 6 load-shedding. A strike against the Due Obedience Law 23,521 paralysed the city. The deal would have given Fujitsu 14 additional production facilities.", []want{
			{"$2.5 million", factcheck.Money, "2500000", "", "USD", ""}, {"14 additional production facilities", factcheck.Count, "14", "", "", ""}}},
		{"a traffic line to check, a release's whole number after 'version', a number reached on its exchange's town and an exchange's code hyphened to six digits are no claims", "Drivers should check 511 before leaving. Midjourney's version 5 model has 13 staff. The board, which can be reached on Goroka 72 1266, sees 900,000 bags. Details are available from the association on 5-211347.", []want{
			{"13 staff", factcheck.Count, "13", "", "", ""}, {"900,000 bags", factcheck.Count, "900000", "", "", ""}}},
		{"a case's number with letters after a hyphen and a notice's number with its year first are no claims", "Court records in case No. 23-CR-00417 show 14 grams. It complied with ministry notice 87-114.", []want{
			{"14 grams", factcheck.Measure, "14", "", "g", ""}}},
		{"a school test's level reached 'in' a subject 'or above' is a grade, named (but a floor reached is a level)", "Some 1,046 schools had every pupil reach level 4 in English, and 71% reached level 5 or above. The core reached level 48 last month.", []want{
			{"Some 1,046 schools", factcheck.Count, "1046", "", "", factcheck.Approx}, {"71%", factcheck.Percent, "71", "", "", ""}, {"48", factcheck.Count, "48", "", "", ""}}},
		{"Tokyo's first section hyphened before its noun is a board of the exchange, no rank", "First-section turnover reached a record 2.62 billion shares, and daily first-section volume may average 1 billion shares.", []want{
			{"2.62 billion shares", factcheck.Count, "2620000000", "", "", ""}, {"1 billion shares", factcheck.Count, "1000000000", "", "", ""}}},
		{"a number called after 'call police on', a dividend's issue number, a Classic horse race and a road's number before 'to' are no claims", "Anyone who saw it should call police on 101 quoting incident 0412. It declared dividend No. 58 of 110 cents. She won the 1,000 Guineas. The limit on Interstate 10 rises to 80 mph and the limit on Interstate 10 to 75 mph.", []want{
			{"110 cents", factcheck.Money, "1.1", "", "USD", ""}, {"80 mph", factcheck.Measure, "80", "", "mph", ""}, {"75 mph", factcheck.Measure, "75", "", "mph", ""}}},
		{"a clock's colon glued on both sides (but a list of days before a colon and a spaced figure)", "It sold notes on May 5, 6 and 7: 10 billion dlrs of three-year notes. Trading opened at 10:30.", []want{
			{"May 5, 6 and 7", factcheck.Date, "--05-05", "--05-07", "", ""}, {"10 billion dlrs", factcheck.Money, "10000000000", "", "USD", ""}, {"three-year", factcheck.Duration, "3", "", "year", ""}}},
		{"a section of the United States Code cited after 'U.S.C.' is no claim; a deputy's age after a comma is years", "A former sheriff's deputy, 41, pleaded guilty, in violation of 21 U.S.C. 841.", []want{
			{"41", factcheck.Duration, "41", "", "year", ""}}},
		{"a train named by its time of departure and a ward or court by its ordinal are no claims (but a year before 'from' is one)", "Seven people died when the 1735 London Paddington to Plymouth service hit a car. She won the 23rd Ward. The 9th Circuit ruled. The 2006 Games from Melbourne ran.", []want{
			{"Seven people", factcheck.Count, "7", "", "", ""}, {"2006", factcheck.Date, "2006", "", "", ""}}},
		{"a timber's trade size before a timber's noun or alone after an article is no multiple", "An 8-foot run of 1x6 pickets is enough for a 2x4 but not for 4x6 posts.", []want{
			{"8-foot", factcheck.Measure, "8", "", "foot", ""}}},
		{"a telephone's groups joined by a hyphen and a space after 'telephone'", "Details are available on telephone 5-212 8811, the agent said.", nil},
		{"a file's number after 'number is'", "Its SEC file number is 811-3278.", nil},
		{"a film's certificate after 'rated', a short code to text and a maker's numbered model line are no claims", "Closer, rated 15, lasts 104 minutes. The number to text is 84599. BMW said 7-series sales rose.", []want{
			{"104 minutes", factcheck.Duration, "104", "", "minute", ""}}},
		{"a code of digits and letters after 'number' is no rank", "A holder won the £1m jackpot with bond number 432XY998765.", []want{
			{"£1m", factcheck.Money, "1000000", "", "GBP", ""}}},
		{"a rugby forward's position, a driver's car number, the 24-hour clock and a race 'in the 800m' are no claims; a daily average is no index", "Northampton signed the All Black number eight. Button, driving the number 3 BAR-Honda, was third. The 24-hour clock stopped. She ran 2min 12.12sec in the 800m to finish. Volume was a daily average of 400,000, and the stock closed down 3/8 at 24-5/8.", []want{
			{"third", factcheck.Ordinal, "3", "", "", ""}, {"2min 12.12sec", factcheck.Duration, "132.12", "", "second", ""}, {"400,000", factcheck.Count, "400000", "", "", ""},
			{"3/8", factcheck.Money, "0.375", "", "USD", ""}, {"24-5/8", factcheck.Money, "24.625", "", "USD", ""}}},
		{"a clock's four digits before a North American zone named in words are a time of day; a company opening 'Cent' after a count is no name", "Trading runs from 0900 to 1305 Central Time, or 1400 Eastern Standard Time. It bought 81,001 Centerre shares.", []want{
			{"81,001 Centerre shares", factcheck.Count, "81001", "", "", ""}}},
		{"jeans named by their model, a police line called before a participle and a crime's reference number are no claims", "Levi's said its 501 jeans remain its best seller. Call 101 quoting crime number 4471.", []want{}},
		{"America's crisis line after 'call or text' and a mine's numbered concentrator are no claims", "Residents in crisis can call or text 988. Phelps Dodge will reopen the No. 5 concentrator and hire 350 workers.", []want{
			{"350 workers", factcheck.Count, "350", "", "", ""}}},
		{"two models named together before a product's noun, a plant's battery numbered, a card's number after a comma, and Scotland's NHS line are no claims", "Volvo will build the 740 and 760 series. It will sell the coke plant's No. 2 battery. Scan your loyalty card, number 6340 1192 8857, at the till. NHS 24 handled 1.2m calls.", []want{
			{"1.2m calls", factcheck.Count, "1200000", "", "", ""}}},
		{"Britain's eleven-plus test and a car's benchmark said in words are no claims", "Pupils sit the 11-plus exam; he passed the eleven-plus. The car goes from nought to sixty in 2.1 seconds.", []want{
			{"2.1 seconds", factcheck.Duration, "2.1", "", "second", ""}}},
		{"a helpline's number after a comma and 'on', a house in a close, a shirt worn 'for' a country, a stock index's name, a time zone's offset, a seat's row and letter, and a departure on the 24-hour clock are no claims", "The charity's helpline, on 116 123, took calls. The house at 17 Orchard Close sold. He wore 23 for Italy. FTSE 250 housebuilder Oakfield Homes grew. Singapore is on GMT+8. I had seat 14C. The sleeper leaves London Euston at 21.15; shares closed at 21.15 pence.", []want{
			{"21.15 pence", factcheck.Money, "0.2115", "", "GBP", ""}}},
		{"a chemical element's number, a US highway after 'of' before a comma, a freeway's number and a city's service line are no claims", "Gold, element 79, melts. Crews cleared a stretch of U.S. 395, Caltrans said. A stretch of the 405 freeway was shut. The city's 311 line logged 4,800 calls in a year.", []want{
			{"4,800 calls", factcheck.Count, "4800", "", "", ""}, {"a year", factcheck.Duration, "1", "", "year", ""}}},
		{"a shirt's number after 'wearing', a document's long number after 'number', and a court's docket are no claims (but the world's No. 1 exporter of a crop ranks)", "Kenji Reyes, wearing 17, scored. Her passport, number 502918374, expired. It settled in case No. 1:21-cv-04508. Brazil is the world's No. 1 corn exporter.", []want{
			{"No. 1", factcheck.Ordinal, "1", "", "", ""}}},
		{"an airport's terminal, a train named by its time before 'to' and a place, an exchange's contract numbered, and a maker's model before its product's noun are no claims", "The flight leaves from terminal 2. The 18.04 to Glasgow Central calls at Motherwell. World sugar No. 11 futures fell; the No. 6 raws contract traded 2,340 lots. Nokia's 7610 handset costs £1.50 a song.", []want{
			{"2,340 lots", factcheck.Count, "2340", "", "", ""}, {"£1.50", factcheck.Money, "1.5", "", "GBP", ""}}},
		{"a US public law's number is no claim", "Under Public Law 117-58, the Corps will spend $1.3 billion.", []want{
			{"$1.3 billion", factcheck.Money, "1300000000", "", "USD", ""}}},
		{"a mine numbered and a permit's number with its year first are no claims", "Its No. 12 mine milled 9,880 tonnes a day under state permit 87-0412.", []want{
			{"9,880 tonnes a day", factcheck.Measure, "9880", "", "tonne per day", ""}}},
		{"a company's name opening with a number's word or an ordinal, before a word only companies end with, is no claim (but a race's edition is a rank)", "PITTSBURGH, Feb 20 - Three Rivers Bancorp said it would merge. A bid came from 20th Century Holdings. Runners ran the 51st Cross International Zornotza.", []want{
			{"51st", factcheck.Ordinal, "51", "", "", ""}}},
		{"an NHS number's and an American telephone's three groups, a square grid's size, a law's number with its thousands marked, a telephone's two groups after its word, a Spanish name of a day, a travel zone, a house on a numbered street, a Senate bill, a ZIP code named after its digits, and a penny never lost are no claims", "Your NHS number, 485 777 3456, is on it; call 555 123 4567. They solve a 15x15 cryptic grid. Resolution 1,265 and Decree-Law 2,283 apply; telephone 521-2030. Club 12 de Octubre won. Outside zone 1 fares are 70p. The FDIC is at 550 17th Street NW. The bill, known as S. 2155, passed. Homes in the 85032 ZIP code sold. Savers have never lost a penny.", []want{
			{"70p", factcheck.Money, "0.7", "", "GBP", ""}}},
		{"a scout troop numbered in its town and an alloy's series are no claims", "The 1st Kendal Scouts walked for four days. Pegs of 7000-series aluminium weigh less.", []want{
			{"four days", factcheck.Duration, "4", "", "day", ""}}},
		{"a model's number before its tier is no claim (but a count of titles is)", "The iPhone 14 Pro Max and Samsung's 990 Pro SSD sold well; he won 3 Pro titles.", []want{
			{"3 Pro titles", factcheck.Count, "3", "", "", ""}}},
		{"natural rubber's grades and a dredge named by its number are no claims", "RSS 1 rubber fell 2.75 cents and SMR 20 rose. Its dredge No. 7 will resume.", []want{
			{"2.75 cents", factcheck.Money, "0.0275", "", "USD", ""}}},
		{"a grid reference, a catalogue number's groups, a New York school's number, a ZIP code, a numbered bond, a school's grade, a shaft named after it and a drill hole's number are no claims (but the U.S. before a year)", "Park at grid reference SD 289 970. The CD, catalogue number 9868 522, is out. P.S. 161 shut. One ZIP code, 97204, had 24 deaths. The benchmark No. 89 government bond fell. Classes run through third grade. Its new shaft, No. 4, is deep; hole 87-14 cut gold. It raised the U.S. 1987 toll.", []want{
			{"24 deaths", factcheck.Count, "24", "", "", ""}, {"1987", factcheck.Date, "1987", "", "", ""}}},
		{"a batch's, a union local's and a lease sale's numbers, and 911 before its dispatch center, are no claims", "Packs from batch 5071 were recalled. Teamsters Local 710 members voted. Lease sale 110 drew bids. It shifted $750,000 from the 911 dispatch center's reserve.", []want{
			{"$750,000", factcheck.Money, "750000", "", "USD", ""}}},
		{"a composer's catalogue numbers and the work numbered after them, a British plate, an insurance group, a car's sprint and a Lloyd's syndicate are no claims (but its time is)", "Beethoven wrote his Op. 27 No. 2, and Mozart his K. 502. The Fiesta is on a 67 plate, insurance group 29, and does 0-60 in 4.9 seconds. Names on Lloyd's syndicate 418 paid.", []want{
			{"4.9 seconds", factcheck.Duration, "4.9", "", "second", ""}}},
		{"a circular's, an episode's and numbered seats' numbers, a short code to text, a freephone's many groups, 'one or both', a law named by its ordinal or its number, and a team's shape are no claims", "Consult circular 12/E after episode 112 drew 2.3m downloads. Seats 14 to 20 are reserved; text 85258 or call 00 800 6 7 8 9 10 11 free. Children lost one or both parents. Kepler's third law explains it. MPs passed the Finance (No. 2) Act. The Bears switched to a 3-4 defense.", []want{
			{"2.3m downloads", factcheck.Count, "2300000", "", "", ""}}},
		{"a telephone's groups led by a trunk's zero or a country's plus, an auction's lot and a memo's number are no claims (but 'a lot' before a length of time)", "Call the office on 02 33 60 14 30 or +44 20 7946 0958. It sold as lot 127 for £9,500, under Policy Memo 23-01. It was a lot 50 years ago.", []want{
			{"£9,500", factcheck.Money, "9500", "", "GBP", ""}, {"50 years", factcheck.Duration, "50", "", "year", ""}}},
		{"a screw's gauge after 'No.', a product's kind 'N-in-1' and a house on a grove are no claims", "Pick No. 10 screws and 3-in-1 oil for 22 Elm Grove, and 3 hinges.", []want{
			{"3 hinges", factcheck.Count, "3", "", "", ""}}},
		{"a board of Tokyo's exchange named by its ordinal (but a section of a report ranks)", "Of the 1,084 firms listed on the first section of the Tokyo Stock Exchange, 437 gained. The first section of the report covers costs.", []want{
			{"1,084 firms", factcheck.Count, "1084", "", "", ""}, {"437", factcheck.Count, "437", "", "", ""}, {"The first section", factcheck.Ordinal, "1", "", "", ""}}},
		{"a branch's number", "Visit branch number 42 on Baker Street with 3 friends.", []want{
			{"3 friends", factcheck.Count, "3", "", "", ""}}},
		{"a town hall's address on a hill is no claim, but a headline's year or count over a dateline of a street's abbreviation or a hill is", "CONSUMERS FINANCIAL CORP &lt;CFIN> 1986 NET\n    CAMP HILL, Pa., March 13 - Residents queued at the town hall, 18 Brixton Hill, today.", []want{
			{"1986", factcheck.Date, "1986", "", "", ""}}},
		{"a headline's year over a dateline of a street's abbreviation", "CPI CORP &lt;CPIC> TO POST HIGHER 1986 RESULTS\n    ST. LOUIS, March 18 - CPI Corp said it was pleased.", []want{
			{"1986", factcheck.Date, "1986", "", "", ""}}},
		{"buildings and addresses named by their numbers, a release's number in small letters, a tracking number's groups and a class of post are no claims (but a count before a model in capitals, and the year of a Plaza's meeting)", "The loans are tied to Gas Company Tower and 777 Tower, to 30 Rockefeller Plaza and to 9 West 57th Street. A patch, version 1.03, and its 2.3 update shipped. Tracking number 9400 1118 9922 3377 showed it. It went by second class post. Boeing delivered 27 737 MAX jets after the 1985 Plaza meeting.", []want{
			{"27", factcheck.Count, "27", "", "", ""}, {"1985", factcheck.Date, "1985", "", "", ""}}},
		{"an order's and a microchip's numbers, a table a waiter brings to, a subsection, titles after 'The' or a possessive, a route named after its number, and 'first' before the count of which ones are no claims", "Order number 4471 went to table 7; microchip number 941000024567893 was read. It broke Section 8(a)(3) of the Act. The 24 Hours of Le Mans and CBS's 60 Minutes ran. The timetable for the number 38 shows a bus. It gave fries to its first 100 customers; Mutu scored in his first Six Nations start.", []want{
			{"100 customers", factcheck.Count, "100", "", "", ""}, {"first", factcheck.Ordinal, "1", "", "", ""}}},
		{"a terrace's house numbers, a grade of warning, a telephone's number after a code with a leading zero, a memory chip's capacity and an index's base are no claims", "Plans for 24 flats at 12-14 High Street were approved, and a level 3 alert was issued. Call (03) 582-5511. Output of 256K dynamic random access memory chips fell. The index (1980 base 100) rose to 123.4.", []want{
			{"24 flats", factcheck.Count, "24", "", "", ""}, {"1980", factcheck.Date, "1980", "", "", ""}, {"123.4", factcheck.Measure, "123.4", "", "point", ""}}},
		{"a spaced telephone number after a word of telephones, a shirt's number, a zone, a name after 'known as', a warning's reference, a basketball court's line", "Call the line on 13 13 13 or the helpline 1800 180 1407. The back, who wears number 31, plays in zone 1. The asteroid, known as 16 Psyche, is far. Flood warning 2025-0143 stands. They shot 38.8% from three-point range.", []want{
			{"38.8%", factcheck.Percent, "38.8", "", "", ""}}},
		{"numbered things in the plural before two numbers are no claims", "Units 5 and 6 have closed, units 1 to 4 burn wood pellets and reactors 3 and 4 were shut. It sold 3 and 4 units.", []want{
			{"3", factcheck.Count, "3", "", "", ""}, {"4 units", factcheck.Count, "4", "", "", ""}}},
		{"a time said 'half seven' and a departure named by its time are no claims", "The cafe opens at half seven. On the 9.15 crossing more than 60 people were left behind. Half seven of the staff left.", []want{
			{"more than 60 people", factcheck.Count, "60", "", "", factcheck.LowerBound}, {"seven of the staff", factcheck.Count, "7", "", "", ""}}},
		{"an amendment named by its ordinal is no rank, but one in small letters is", "The 19th Amendment gave women the vote. It was the 19th amendment to pass.", []want{
			{"the 19th amendment", factcheck.Ordinal, "19", "", "", ""}}},
		{"a US highway's number is no count", "Caltrans reopened U.S. 101 near Gilroy, and drivers heading up U.S. 26, where chains were required, waited 3 hours.", []want{
			{"3 hours", factcheck.Duration, "3", "", "hour", ""}}},
		{"a mainframe's model number is no count", "IBM will cut the price of some 3090 mainframe configurations by up to 10 pct.", []want{
			{"up to 10 pct", factcheck.Percent, "10", "", "", factcheck.UpperBound}}},
		{"a school year opening its sentence and a 'first-aid' course are no claims", "Year 6 pupils sit their tests in the week beginning 13 May. Year 13 student Aisha Khan won a place. The first-aid course runs over two days.", []want{
			{"13 May", factcheck.Date, "--05-13", "", "", ""}, {"two days", factcheck.Duration, "2", "", "day", factcheck.Exact}}},
		{"an account's number after 'account', and 'first' after a verb's object, are no claims", "Pay into sort code 40-11-62, account 31926819, by 3 May. The cuts would hit the recruiting team first, and subscribers paying $20 a month get access first. She came first.", []want{
			{"3 May", factcheck.Date, "--05-03", "", "", ""}, {"$20", factcheck.Money, "20", "", "USD", ""}, {"first", factcheck.Ordinal, "1", "", "", ""}}},
		{"a Boeing jet named after its maker is no count, whatever follows it", "The new Boeing 737 seats 189 passengers.", []want{
			{"189 passengers", factcheck.Count, "189", "", "", ""}}},
		{"a route's number after its noun, a game's kind and 'first thing' are no claims; 'a day late' is a length", "The new bus route, the number 38, starts on 2 June. Bins will be collected a day late and the tip opens later. The five-a-side league opens soon. Call the surgery first thing to book.", []want{
			{"2 June", factcheck.Date, "--06-02", "", "", ""}, {"a day", factcheck.Duration, "1", "", "day", ""}}},
		{"a number in words before 'and' and a verb counts, as before a stop (but not before a bound, a hedge or a name's word)", "The recipe serves six and calls for chicken. The team won six and lost two. Children aged six and over go free. It booked over two and perhaps as much as four mln tonnes. It was a five and dime store.", []want{
			{"six", factcheck.Count, "6", "", "", ""}, {"six", factcheck.Count, "6", "", "", ""}, {"two", factcheck.Count, "2", "", "", ""}, {"six and over", factcheck.Duration, "6", "", "year", "lower_bound"}, {"four mln tonnes", factcheck.Measure, "4000000", "", "tonne", "upper_bound"}}},
		{"a gerund opening a sentence before a range counts; a batch's number is no claim", "Drinking 6 to 8 glasses of fluid a day is enough. Keep the pack, batch number 4471B, safe.", []want{
			{"6 to 8 glasses", factcheck.Count, "6", "8", "", ""}}},
		{"half-term is a school's holiday, no share", "Half-term runs from 27 to 31 October.", []want{
			{"27 to 31 October", factcheck.Date, "--10-27", "--10-31", "", ""}}},
		{"a bus's number, a numbered place's and a lock's code are no claims (but the seats a row holds are)", "Take the number 38 bus. Leave the key in box 12 and sit in row 4; the gate code is 4471. Each row has 12 seats.", []want{
			{"12 seats", factcheck.Count, "12", "", "", ""}}},
		{"a docket's or a case's number after 'No.' is no claim (but a rank after it is)", "Comments on Docket No. RM87-34 are due in 60 days. He is ranked world No. 5 now.", []want{
			{"60 days", factcheck.Duration, "60", "", "day", ""}, {"No. 5", factcheck.Ordinal, "5", "", "", ""}}},
		{"a first officer is a pilot, no rank", "The 41-year-old first officer had flown the route before.", []want{
			{"41-year-old", factcheck.Duration, "41", "", "year", ""}}},
		{"a federal highway, a mile marker, a street's block, a law's version and a bank account's number are names; the sum a rate is per is part of its unit", "Homes were lost near U.S. 412 and mile marker 112. Police surrounded the 2300 block of Maple Avenue. The tax would rise to 55 cents per $100 of assessed value under the SECURE 2.0 Act. Pay IE29 AIBK 9311 5212 3456 78 today.", []want{
			{"55 cents", factcheck.Money, "0.55", "", "USD", ""}}},
		{"a timber's trade size is a name, its count counts", "I cut three 2x4s into lengths and bought six 2x6 joists.", []want{
			{"three", factcheck.Count, "3", "", "", ""}, {"six", factcheck.Count, "6", "", "", ""}}},
		{"a telephone's extension is no claim", "Queries may be sent to extension 5512, it said.", nil},
		{"a telex's number is no claim", "Details are available on telex 8811234, brokers said.", nil},
		{"a standard's version, a virus's lineage, America's crisis line and London's telephone code with a hyphen are no claims", "Files move at up to 550 MB/s over USB 3.2; it runs iOS 17 on Wi-Fi 6. The XBB.1.5 subvariant spread. The 988 Suicide & Crisis Lifeline took 5 million calls; call 01-250 1122.", []want{
			{"up to 550 MB/s", factcheck.Measure, "550", "", "MB/s", factcheck.UpperBound}, {"5 million calls", factcheck.Count, "5000000", "", "", ""}}},
		{"an asteroid's designation and a short code to text are no claims", "The asteroid 2023 BU passed 2,200 miles above the Earth. Text the word GOODPUB to 85130.", []want{
			{"2,200 miles", factcheck.Measure, "2200", "", "mile", ""}}},
		{"a grade of fuel after 'No.' is named, no rank", "No. 2 heating oil futures rose 1.58 cents, and No. 6 fuel oil was steady.", []want{
			{"1.58 cents", factcheck.Money, "0.0158", "", "USD", ""}}},
		{"a North American telephone's number, its area code in brackets, and a hotline's number after 'on' are no claims", "Copies are available at (212) 555-0143; ring the hotline on 1672. It costs 45 dlrs.", []want{
			{"45 dlrs", factcheck.Money, "45", "", "USD", ""}}},
		{"a sum with a glued scale after a country's name is no name's number", "Norway offered 1bn Norwegian kroner and Sweden 500m kronor. Germany 500m euros.", []want{
			{"1bn Norwegian kroner", factcheck.Money, "1000000000", "", "NOK", ""}, {"500m kronor", factcheck.Money, "500000000", "", "SEK", ""}, {"500m euros", factcheck.Money, "500000000", "", "EUR", ""}}},
		{"a military unit named by its number; officers of the army and brigades in the plural are counted", "40 Commando flew home and 16 Air Assault Brigade deployed, as did some 20 Army officers and 3 Brigades.", []want{
			{"some 20 Army officers", factcheck.Count, "20", "", "", factcheck.Approx}, {"3 Brigades", factcheck.Count, "3", "", "", ""}}},
		{"a car's acceleration is timed to a mark, no speed claimed; '4x4' names a drive", "Sales of 4x4s rose 9 per cent. It sprints from 0 to 60mph in 10.8 seconds, or 0-62mph in 9 seconds, and goes from standstill to 62mph in four seconds; its top speed is 196mph.", []want{
			{"9 per cent", factcheck.Percent, "9", "", "", ""}, {"10.8 seconds", factcheck.Duration, "10.8", "", "second", ""}, {"9 seconds", factcheck.Duration, "9", "", "second", ""},
			{"four seconds", factcheck.Duration, "4", "", "second", ""}, {"196mph", factcheck.Measure, "196", "", "mph", ""}}},
		{"'9/11' names the attacks", "Jan. 11 saw the first nationwide stop since 9/11.", []want{
			{"Jan. 11", factcheck.Date, "--01-11", "", "", ""}, {"the first", factcheck.Ordinal, "1", "", "", ""}}},
		{"a school year's pupils, its grades, and a name whose figure is glued to its word are no claims", "Only 27 percent of the city's eighth-graders and Detroit's 3rd graders passed; grades 1-3 are capped at 24. Twenty20 cricket drew 27,509.", []want{
			{"27 percent of the city's", factcheck.Percent, "27", "", "", ""}, {"24", factcheck.Count, "24", "", "", factcheck.UpperBound}, {"27,509", factcheck.Count, "27509", "", "", ""}}},
		{"a grade of grain after 'No.', and the dozen a price is per, are no claims", "Cash bids for No. 2 yellow corn slid to $4.53 a bushel. The average price of a dozen large eggs fell to $2.04.", []want{
			{"$4.53", factcheck.Money, "4.53", "", "USD", ""}, {"$2.04", factcheck.Money, "2.04", "", "USD", ""}}},
		{"a sum or a measure after a name's number and 'and' or a comma, its unit after it: no number of the name's list (but 'Windows 95, 98 and 2000' is)", "The price is 446 dlrs per ton HP14 and 420 dlrs for other sizes. The vessel Northern 1, 4,217 dwt, docked. It runs Windows 95, 98 and 2000.", []want{
			{"446 dlrs", factcheck.Money, "446", "", "USD", ""}, {"420 dlrs", factcheck.Money, "420", "", "USD", ""}, {"4,217 dwt", factcheck.Measure, "4217", "", "dwt", ""}}},
		{"numbers to ring and a law's year after its comma are no claims (but a year after 'call' is, and what a call counts or redeems)", "Call 1300 264 625 or the 118 helpline; customers can call 105 or phone 911. Crews reached priority 1 patients. Under the Wildlife Protection Act, 1972, hunting is banned. Analysts call 2024 a turning point. It called 500 voters and calls 4-3/8 pct debentures.", []want{
			{"2024", factcheck.Date, "2024", "", "", ""}, {"500 voters", factcheck.Count, "500", "", "", ""}, {"4-3/8 pct", factcheck.Percent, "4.375", "", "", ""}}},
		{"a plant's part numbered 'No.' is named, no rank", "Mills idled the No. 3 blast furnace and the No. 2 reactor; she is world No. 3.", []want{
			{"No. 3", factcheck.Ordinal, "3", "", "", ""}}},
		{"a chart's rank written 'No' with no dot", "The band scored their first UK No 1 album; the single climbed 31 places to No 7.", []want{
			{"first UK", factcheck.Ordinal, "1", "", "", ""}, {"No 1", factcheck.Ordinal, "1", "", "", ""}, {"31 places", factcheck.Count, "31", "", "", ""}, {"No 7", factcheck.Ordinal, "7", "", "", ""}}},
		{"a motorway's junction and a registered number are names, no counts", "A hub near junction 15 of the M1 was let; the charity, registered number 1098765, raised £190,000.", []want{
			{"£190,000", factcheck.Money, "190000", "", "GBP", ""}}},
		{"a list of junctions, sections or chapters names them all; a page, a volume and the big four are names", "Traffic between junctions 10 and 16 averages 196,000 vehicles a day. Sections 3, 4 and 5 of the act and chapter 3 and 4 apply; see page 3. Guardians of the Galaxy Vol. 3 took $62m, and Britain's big four clearing banks lent more.", []want{
			{"196,000 vehicles a day", factcheck.Measure, "196000", "", "vehicle per day", ""}, {"$62m", factcheck.Money, "62000000", "", "USD", ""}}},
		{"a chart's rank glued to 'No.' beside a chart's name", "While Kill Bill climbed to No.2 on the Hot 100, SOS held No. 1 on the Billboard 200.", []want{
			{"No.2", factcheck.Ordinal, "2", "", "", ""}, {"No. 1", factcheck.Ordinal, "1", "", "", ""}}},
		{"a headline's figure after a word in capitals, 'PER CENT' after it", "ENERGY BILLS TO JUMP 10 PER CENT FROM OCTOBER\n\nThe regulator said so.", []want{
			{"10 PER CENT", factcheck.Percent, "10", "", "", ""}}},
		{"a rank moved from one 'No.' to another, and a film's rank with no dot", "Streams lifted it from No. 48 to No. 2 on the chart. It became the No 1 film of the year; he left No 10 at dawn.", []want{
			{"No. 48", factcheck.Ordinal, "48", "", "", ""}, {"No. 2", factcheck.Ordinal, "2", "", "", ""}, {"No 1", factcheck.Ordinal, "1", "", "", ""}}},
		{"a Long March rocket's number is its name, no date", "It flew on a Long March-2F rocket; the Long March 5 followed on March 8.", []want{
			{"March 8", factcheck.Date, "--03-08", "", "", ""}}},
		{"a number word opening a headline's company name, up to its ticker", "SEVEN OAKS INTERNATIONAL INC &lt;QPON.O> YEAR NET\n    MEMPHIS, Tenn., June 29 -\n    Shr 83 cts vs 94 cts\n", []want{
			{"83 cts", factcheck.Money, "0.83", "", "USD", ""}, {"94 cts", factcheck.Money, "0.94", "", "USD", ""}}},
		{"a stock's exchange code in angle brackets, a company named by its figure before its legal form, a brand's model number", "Toyota Motor Corp <7203.T> and HSBC &lt;0005.HK> fell. 3M Co. and Pfizer Inc. report on Tuesday; iPhone 15 sales slipped 10 pct.", []want{
			{"10 pct", factcheck.Percent, "10", "", "", ""}}},
		{"a ward's number at a sentence's start, a brand's capitalised number", "Works cost ₹694 crore. Ward No. 150 alone needs 40 drains. A 70g pack of Maggi 2-Minute Noodles carried 1.2g of salt.", []want{
			{"₹694 crore", factcheck.Money, "6940000000", "", "INR", ""}, {"40 drains", factcheck.Count, "40", "", "", ""},
			{"70g", factcheck.Measure, "70", "", "g", ""}, {"1.2g", factcheck.Measure, "1.2", "", "g", ""}}},
		{"a transit line named by its number", "Sound Transit's 2 Line will cross the lake; the 1 Line carries 80,000 riders.", []want{
			{"80,000 riders", factcheck.Count, "80000", "", "", ""}}},
		{"a count before a school year's name counts, no title nor length of time; a table's '3 Months' stays a length", "Kent needs an extra 1,150 Year 7 places by 2027.\nCOPPER\n 3 Months       456.0    456.0\n", []want{
			{"1,150 Year", factcheck.Count, "1150", "", "", ""}, {"2027", factcheck.Date, "2027", "", "", ""}, {"3 Months", factcheck.Duration, "3", "", "month", ""},
			{"456.0", factcheck.Count, "456", "", "", ""}, {"456.0", factcheck.Count, "456", "", "", ""}}},
		{"a list of four names or more with whole numbers adding up to a hundred is a poll's shares, no names' numbers; aircraft models stay names", "Labour 41, Conservatives 27, Reform 14, Lib Dem 10, Green 5 (fieldwork 12-14 Jan 2024). The Boeing 737, Airbus 320 and Fokker 100 flew.", []want{
			{"41", factcheck.Percent, "41", "", "", ""}, {"27", factcheck.Percent, "27", "", "", ""}, {"14", factcheck.Percent, "14", "", "", ""}, {"10", factcheck.Percent, "10", "", "", ""}, {"5", factcheck.Percent, "5", "", "", ""},
			{"12-14 Jan 2024", factcheck.Date, "2024-01-12", "2024-01-14", "", ""}}},
		{"a telephone number after its country's code is no claim; a change signed '+' with none after it is", "Support moved -4 while the Centre was +3; call +44 20 7946 0000 or +1 (212) 555-0100.", []want{
			{"-4", factcheck.Count, "-4", "", "", ""}, {"+3", factcheck.Count, "3", "", "", ""}}},
		{"a reference of a year and a serial number, a bus route's number and 'a second home' are no claims; a second home computer ranks", "2024/0871: Grafton Street will close. Fares on the 36 route rise. One in five homes is a second home or holiday let. He bought a second home computer. The 2023/24 season ended.", []want{
			{"One in five homes", factcheck.Percent, "20", "", "", ""}, {"a second home computer", factcheck.Ordinal, "2", "", "", ""}, {"2023/24", factcheck.Date, "2023", "2024", "", ""}}},
		{"a table's row opening with a month, its figure in the next cell, and the row's last cell before the next row's month, are no dates; a date spaced twice in prose stays one", "GASOLINE VOLUME\n      VOL    OPEN   CHANGE\n SEP    21    945   off    7\n OCT    25    582   up    13\nThe offer expires March  16.", []want{
			{"21", factcheck.Count, "21", "", "", ""}, {"945", factcheck.Count, "945", "", "", ""}, {"7", factcheck.Count, "7", "", "", ""},
			{"25", factcheck.Count, "25", "", "", ""}, {"582", factcheck.Count, "582", "", "", ""}, {"13", factcheck.Count, "13", "", "", ""}, {"March  16", factcheck.Date, "--03-16", "", "", ""}}},
		{"a futures contract's month and year digit in a table is a code, no date; a date in capitals stays one", "KANSAS CITY WHEAT\n MAY7     273            OFF     1\n JUL7 262 1/2            OFF   1/2\nTRADE ENDS MAY 7.", []want{
			{"273", factcheck.Count, "273", "", "", ""}, {"1", factcheck.Count, "1", "", "", ""}, {"262 1/2", factcheck.Count, "262.5", "", "", ""}, {"MAY 7", factcheck.Date, "--05-07", "", "", ""}}},
		{"a sample's size after 'n=' is counted (but a formula's values are none)", "Fieldwork 3-5 Jun, n=2,014; a survey (n=500). Set x=5 in the formula.", []want{
			{"3-5 Jun", factcheck.Date, "--06-03", "--06-05", "", ""}, {"2,014", factcheck.Count, "2014", "", "", ""}, {"500", factcheck.Count, "500", "", "", ""}}},
		{"a gerund or a recipe's verb opening a sentence before a count is no name (but a name so placed is)", "Scoring 41 goals in 38 games is absurd. Whisk 2 eggs with the sugar. Boeing 747 jets flew. Windows 95 sold well.", []want{
			{"41 goals", factcheck.Count, "41", "", "", ""}, {"38 games", factcheck.Count, "38", "", "", ""}, {"2 eggs", factcheck.Count, "2", "", "", ""}}},
		{"a gerund opening a sentence before a figure and a fraction and its unit is no name", "Standing 7 1/2 feet tall, the desk sold.", []want{
			{"7 1/2 feet", factcheck.Measure, "7.5", "", "foot", ""}}},
		{"a model's number and its variant joined by a hyphen after a name", "It won a contract for the Challenger 601-3A jet; the pills are Gynex 0.5-35E; 3-4A of cable.", []want{
			{"3-4", factcheck.Count, "3", "4", "", ""}}},
		{"a rate's base after 'per' before its sentence's end, its noun unsaid, is the rate's, no figure of its own; a rank compounded after 'the' (no day of a month named before)", "The unit had 14 beds, or 2.8 beds per 100,000. The mark was fixed at 332.70 francs per 100. In the week ending 5 January came the 2nd-highest total.", []want{
			{"14 beds", factcheck.Count, "14", "", "", ""}, {"2.8 beds per 100,000", factcheck.Measure, "2.8", "", "bed per 100,000", ""}, {"332.70 francs", factcheck.Money, "332.7", "", "CHF", ""}, {"5 January", factcheck.Date, "--01-05", "", "", ""}, {"the 2nd", factcheck.Ordinal, "2", "", "", ""}}},
		{"an index named by capitals and a figure, its level after it; points abbreviated; a fall signed after a name's number", "Closing levels: FTSE 100 8,104.33 (-0.41%); CAC 40 7,493.80. Wall St: Dow -318 pts at 41,012; S&P 500 -1.1 pct at 5,604.", []want{
			{"8,104.33", factcheck.Measure, "8104.33", "", "point", ""}, {"-0.41%", factcheck.Percent, "-0.41", "", "", ""}, {"7,493.80", factcheck.Measure, "7493.8", "", "point", ""},
			{"-318 pts", factcheck.Measure, "-318", "", "point", ""}, {"41,012", factcheck.Measure, "41012", "", "point", ""}, {"-1.1 pct", factcheck.Percent, "-1.1", "", "", ""}, {"5,604", factcheck.Measure, "5604", "", "point", ""}}},
		{"a class of bonds ranked by its claim", "Affirmed were BB first mortgage bonds, BB-minus second mortgage bonds and B-3 third mortgage and secured bonds.", []want{}},
		{"a list's markers in brackets, a model's letter and number, a programme's title in quotes", "Exceptions are:\n    (1) shares sold in an offering;\n    (2) shares of a merger. It costs 8,450 dlrs on an A 2 computer and 9,000 dlrs on a B 15. He cited CBS \"60 Minutes\" and waited 60 minutes.", []want{
			{"8,450 dlrs", factcheck.Money, "8450", "", "USD", ""}, {"9,000 dlrs", factcheck.Money, "9000", "", "USD", ""}, {"60 minutes", factcheck.Duration, "60", "", "minute", ""}}},
		{"a product's number after its noun", "The Kodak KIMS system 5000 will ship in mid-1987; the system 5000 costs 700,000 dlrs and the series 950 computers follow.", []want{
			{"mid-1987", factcheck.Date, "1987", "", "", factcheck.Approx}, {"700,000 dlrs", factcheck.Money, "700000", "", "USD", ""}}},
		{"a place's pair of shares, no name", "The harvest was 24 pct complete, with Parana 55 and 63 pct respectively and Mato Grosso do Sul 30 and 36 pct.", []want{
			{"24 pct complete", factcheck.Percent, "24", "", "", ""}, {"55", factcheck.Percent, "55", "", "", ""}, {"63 pct", factcheck.Percent, "63", "", "", ""}, {"30", factcheck.Percent, "30", "", "", ""}, {"36 pct", factcheck.Percent, "36", "", "", ""}}},
		{"a number within a company's name in a wire's brackets, a figure outside them", "&lt;SPECTRUM 2000 INC> SAYS TESTS WENT WELL\n    LONDON, April 13 - &lt;GPA Airbus 320 Ltd> said it had placed a 320 mln dlr order.", []want{
			{"320 mln dlr", factcheck.Money, "320000000", "", "USD", ""}}},
		{"a number that opens a company's name in a wire's brackets, and the name shortened to it", "BEDFORD HEIGHTS, Ohio, June 1 - Fisher Foods Inc said &lt;5300 Richmond Road Corp>, its largest shareholder, has not decided.\n    5300 is a Delaware corporation which owns 1.5 mln shares of Fisher.", []want{
			{"1.5 mln shares", factcheck.Count, "1500000", "", "", ""}}},
		{"a time of day to the minute before its zone, and a rank in a headline after a short word", "ACME SEES LOWER 2ND QTR NET\n    CHICAGO, May 4 - May silver was up 12.5 cents as of 1223 hrs EDT.", []want{
			{"2ND QTR", factcheck.Ordinal, "2", "", "", ""}, {"12.5 cents", factcheck.Money, "0.125", "", "USD", ""}}},
		{"a headline's verb before its figure, no name", "PAKISTAN BOMBING KILLS 22\n    ISLAMABAD, March 24 - Planes bombed a village.", []want{
			{"22", factcheck.Count, "22", "", "", ""}}},
		{"one seat won or lost", "The Greens lost one seat. The Christian Democrats were seen losing one\nseat to 41. One seat was empty.", []want{
			{"one seat", factcheck.Count, "1", "", "", ""}, {"one\nseat", factcheck.Count, "1", "", "", ""}, {"41", factcheck.Count, "41", "", "", ""}}},
		{"a law's section across a line, the latter half of a year", "NEW YORK, May 2 - It filed a complaint under Section\n301 of trade law. The economy may recover in the latter half of the fiscal year.", []want{}},
		{"a table's next row names an index, no unit", "Volume was:\n T-bond          84,694   87,980   133,766\n FT-SE           22,109   15,001    18,191\n", []want{
			{"84,694", factcheck.Count, "84694", "", "", ""}, {"87,980", factcheck.Count, "87980", "", "", ""}, {"133,766", factcheck.Count, "133766", "", "", ""},
			{"22,109", factcheck.Count, "22109", "", "", ""}, {"15,001", factcheck.Count, "15001", "", "", ""}, {"18,191", factcheck.Count, "18191", "", "", ""}}},
		{"a bare one that ends a list of counts, not an idiom", "Chelsea won with two goals from Flo and one by Zola; four are joint ventures and one is company owned; two promises were made and broken one after the other.", []want{
			{"two goals", factcheck.Count, "2", "", "", ""}, {"one", factcheck.Count, "1", "", "", ""}, {"four", factcheck.Count, "4", "", "", ""},
			{"one", factcheck.Count, "1", "", "", ""}, {"two promises", factcheck.Count, "2", "", "", ""}}},
		{"a part of a count after an adjective, no subject in prior to", "The film picked up two of a staggering 12 Oscar nominations. Shares were nine pence higher at 100 prior to the news.", []want{
			{"two", factcheck.Count, "2", "", "", ""}, {"12 Oscar nominations", factcheck.Count, "12", "", "", ""},
			{"nine pence", factcheck.Money, "0.09", "", "GBP", ""}, {"100", factcheck.Money, "1", "", "GBP", ""}}},
		{"a name spelled out before its abbreviation", "Human metapneumovirus 2 (HMPV-2) binds receptor kinase 4 (RK4) in 30 patients.", []want{
			{"30 patients", factcheck.Count, "30", "", "", ""}}},
		{"the scores of tests are results", "Doctors compared the scores of memory tests; scores of nurses helped.", []want{
			{"scores of nurses", factcheck.Count, "40", "", "", factcheck.LowerBound}}},
		{"a model priced", "New prices are 27,840 dlrs for the 944, up from 26,775 dlrs, and 71,035 dlrs on the 911 Turbo Targa; 440 mln ringgit for the 100 mln of bills.", []want{
			{"27,840 dlrs", factcheck.Money, "27840", "", "USD", ""}, {"26,775 dlrs", factcheck.Money, "26775", "", "USD", ""}, {"71,035 dlrs", factcheck.Money, "71035", "", "USD", ""},
			{"440 mln ringgit", factcheck.Money, "440000000", "", "MYR", ""}, {"100 mln of bills", factcheck.Count, "100000000", "", "", ""}}},
		{"street names", "Crews closed 4th Street and 42nd St. downtown.", nil},
		{"a house number, but a street word alone names no street", "The gala moves to 818 Maple Ave. and 40 New Harbor Road, with 12 Street Fighters.", []want{
			{"12 Street Fighters", factcheck.Count, "12", "", "", ""}}},
		{"an ordinal floor is no street", "She lives on the 4th floor.", []want{{"4th", factcheck.Ordinal, "4", "", "", ""}}},
		{"a house number before a compass point", "Address: 4255 W 3rd St., and 1842 W. Washington Blvd.; he won 6 W.", []want{{"6 W", factcheck.Count, "6", "", "", ""}}},
		{"a charge counted", "He is charged with one count of conspiracy, and one count of bribery; the first count of votes.", []want{
			{"one count", factcheck.Count, "1", "", "", ""}, {"one count", factcheck.Count, "1", "", "", ""}, {"first count", factcheck.Ordinal, "1", "", "", ""}}},
		{"a part of a law", "It drills in section 1002 of the refuge under chapter 11, and 5 sections apply.", []want{{"5 sections", factcheck.Count, "5", "", "", ""}}},
		{"a generation of technology", "Its third-generation (3G) phones and second-generation models sold.", nil},
		{"terms unhyphenated, a bill's number", "It sells third party services and third generation mobiles under bill S.490 and X.400.", nil},
		{"emergency number", "A neighbour made a 911 call; others dialled 999.", nil},
		{"a time at four digits, a price in pence", "The vote is due at 1330, after shares closed up 64 pence at 1130p and at 1045 pence.", []want{
			{"64 pence", factcheck.Money, "0.64", "", "GBP", ""}, {"1130p", factcheck.Money, "11.3", "", "GBP", ""}, {"1045 pence", factcheck.Money, "10.45", "", "GBP", ""}}},
		{"a number alone on its line", "Photo caption\n\n3\n\nThe mayor spoke.", nil},
		{"a counter in capitals", "VIEW GALLERY - 5 PHOTOS", nil},
		{"a gallery's count", "Image 1 of 2 The route of the race. Photo 3 of 12: the start.", nil},
		{"first as a noun's part", "Help for first responders and first aid came on the first day; it keeps the right of first refusal; he lost his first-team place.", []want{{"first", factcheck.Ordinal, "1", "", "", ""}}},
		{"first person", "A first person shooter; she was the first person to land.", []want{{"first person", factcheck.Ordinal, "1", "", "", ""}}},
		{"share counters in capitals", "WATCH: THE FLOODS | 12 SHARES | 3 COMMENTS", nil},
		{"a wire headline in capitals", "STEEL OUTPUT AT FOUR-YEAR HIGH, OVER 2 MLN TONNES\nLONDON - Output rose.", []want{
			{"FOUR-YEAR", factcheck.Duration, "4", "", "year", ""}, {"OVER 2 MLN TONNES", factcheck.Measure, "2000000", "", "tonne", factcheck.LowerBound}}},
		{"a wire headline of money", "BANK NET UP 8 PCT, TOPS 40 MLN DLRS", []want{
			{"8 PCT", factcheck.Percent, "8", "", "", ""}, {"TOPS 40 MLN DLRS", factcheck.Money, "40000000", "", "USD", "lower_bound"}}},
		{"a headline's deal in shares", "FUND SELLS 900 SHARES OF AJAX, ADDS 70 JOBS", []want{
			{"900 SHARES", factcheck.Count, "900", "", "", ""}, {"70 JOBS", factcheck.Count, "70", "", "", ""}}},
		{"a headline's index stays a name", "STOCKS SAG AS FTSE 100 SLIPS", nil},
		{"a sum after an acronym is no name", "Sudan owes the IMF 450 to 500 mln dlrs. The dam costs 301.6 mln dlrs, of which ISA gives about 100 mln and the IADB 115 mln. The FTSE 100 rose.", []want{
			{"450 to 500 mln dlrs", factcheck.Money, "450000000", "500000000", "USD", ""}, {"301.6 mln dlrs", factcheck.Money, "301600000", "", "USD", ""},
			{"about 100 mln", factcheck.Money, "100000000", "", "USD", factcheck.Approx}, {"115 mln", factcheck.Money, "115000000", "", "USD", ""}}},
		{"a list of names' numbers after the first", "Computers running Windows 95, 98, 2000 and XP, at Key Stages 1, 3 and 4; in 1998, 2000 and 2004 sales rose 5, 6 and 7 pct.", []want{
			{"1998", factcheck.Date, "1998", "", "", ""}, {"2000", factcheck.Date, "2000", "", "", ""}, {"2004", factcheck.Date, "2004", "", "", ""},
			{"5", factcheck.Percent, "5", "", "", ""}, {"6", factcheck.Percent, "6", "", "", ""}, {"7 pct", factcheck.Percent, "7", "", "", ""}}},
		{"an index and a law named with numbers", "The Dow Jones, Standard and Poor's 500, and Nasdaq swung; the Tax Reform Act of 1986 hits Britain's 60 million people, an act of 1986.", []want{
			{"60 million people", factcheck.Count, "60000000", "", "", ""}, {"1986", factcheck.Date, "1986", "", "", ""}}},
		{"a crowd alone on its line stays", "Att:\n8,661\n", []want{{"8,661", factcheck.Count, "8661", "", "", ""}}},
		{"model years", "It recalls the 2019-2023 Tucson.", nil},
		{"a name of a number and a money word in capitals", "The performer is one of the members of 50 Cent's G-Unit group; it costs 50 cents.", []want{
			{"50 cents", factcheck.Money, "0.5", "", "USD", ""}}},
		{"a championship named by its year", "Umbro profits were lifted by Euro 2004 and Expo 2005, in 2004.", []want{
			{"2004", factcheck.Date, "2004", "", "", ""}}},
		{"a certificate and a novice are no figures", "An 18-rated game was sold to first-time buyers, the first of them 15.", []want{
			{"first", factcheck.Ordinal, "1", "", "", ""}, {"15", factcheck.Count, "15", "", "", ""}}},
		{"years of events", "She ran the 2002 and 2003 London Marathons.", []want{{"2002 and 2003", factcheck.Date, "2002", "2003", "", ""}}},
		{"years before a name without an article", "From 2019-2023 Ford cut costs.", []want{{"2019-2023", factcheck.Date, "2019", "2023", "", ""}}},
		{"two years in a row", "It recalls the 2021 and 2022 models.", []want{{"2021 and 2022", factcheck.Date, "2021", "2022", "", ""}}},
		{"a length after a dashed list item", "Stocks: petrol-powered-45 days, diesel-62 days; covid-19 cases rose.", []want{
			{"45 days", factcheck.Duration, "45", "", "day", ""}, {"62 days", factcheck.Duration, "62", "", "day", ""}}},
		{"a service's number, and a policy's name of children", "NHS 111 took 1.9m calls. Ministers will keep the two-child limit, which affects 450,000 households.", []want{
			{"1.9m calls", factcheck.Count, "1900000", "", "", ""}, {"450,000 households", factcheck.Count, "450000", "", "", ""}}},
		{"a title of US law, named (but a title won so many times)", "Title 42 lapsed, after 2.8 million expulsions. She won the title 3 times.", []want{
			{"2.8 million expulsions", factcheck.Count, "2800000", "", "", ""}, {"3 times", factcheck.Count, "3", "", "", ""}}},
		{"sizes of clothes and shoes, named (but a range in size counts), a local telephone number, calls to an emergency number", "Trainers in sizes UK 5 to UK 12 sold out, and size 9 boots fetched $560. The vessels range in size from 6,000 to 10,000 tonnes. Call 555-0142 to comment; one in four calls to 911 involved a crisis.", []want{
			{"$560", factcheck.Money, "560", "", "USD", ""}, {"6,000 to 10,000 tonnes", factcheck.Measure, "6000", "10000", "tonne", ""}, {"one in four", factcheck.Percent, "25", "", "", ""}}},
		{"a policy of children named with a benefit's cap", "MPs voted to keep the two-child benefit cap, which affects 450,000 households.", []want{
			{"450,000 households", factcheck.Count, "450000", "", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}
