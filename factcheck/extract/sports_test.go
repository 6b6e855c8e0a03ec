package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestExtractSports(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"a side ranked 'No.' after a verb of playing or before its score; a record after 'now' and before 'shot'; a record before 'season'", "Miami upset No. 1 Houston 89-75. Creighton meets No. 15 Princeton. The Zags beat No. 6 TCU 84-81. The Tigers, now 22-8, shot just 34.5% from the floor after a 7-25 season.", []want{
			{"No. 1", factcheck.Ordinal, "1", "", "", ""}, {"89-75", factcheck.Count, "89", "", "", ""}, {"No. 15", factcheck.Ordinal, "15", "", "", ""},
			{"No. 6", factcheck.Ordinal, "6", "", "", ""}, {"84-81", factcheck.Count, "84", "", "", ""}, {"22-8", factcheck.Count, "22", "", "", ""},
			{"34.5%", factcheck.Percent, "34.5", "", "", ""}, {"7-25 season", factcheck.Count, "7", "", "", ""}}},
		{"an index's move and level far from its name when a move of it in points comes between; its range", "NEW YORK, Sept 10 - Traders expect the Dow to hold between 2,500 and 2,550 in coming sessions, after it swung in a 40-point range on Thursday before settling up 3.52 at 2,549.27. Dealers said the Dow, which many funds track closely and which was watched by dealers in London and Tokyo all of this week, may hit 2,600. Analysts see the Dow trading in a 1,850-2,050 range.", []want{
			{"between 2,500 and 2,550", factcheck.Measure, "2500", "2550", "point", ""}, {"40-point", factcheck.Measure, "40", "", "point", ""},
			{"3.52", factcheck.Measure, "3.52", "", "point", ""}, {"2,549.27", factcheck.Measure, "2549.27", "", "point", ""}, {"2,600", factcheck.Count, "2600", "", "", ""},
			{"1,850-2,050 range", factcheck.Measure, "1850", "2050", "point", ""}}},
		{"a chart's rank held for weeks; a residence's number after years at it", "Her ballad spent six weeks at No. 1, her label said. He spent three years at No 10 before he resigned.", []want{
			{"six weeks", factcheck.Duration, "6", "", "week", ""}, {"No. 1", factcheck.Ordinal, "1", "", "", ""}, {"three years", factcheck.Duration, "3", "", "year", ""}}},
		{"a stage's gap and time in primes, after its hours if any, seconds (a clock's primes nothing else); a race's length in nautical miles hyphenated", "Pogacar gained 1'04\" on the climb and finished in 6h 14'44\", with Vingegaard at 0'14\". The 628-nautical-mile race starts on Boxing Day.", []want{
			{"1'04\"", factcheck.Duration, "64", "", "second", ""}, {"6h 14'44\"", factcheck.Duration, "22484", "", "second", ""}, {"0'14\"", factcheck.Duration, "14", "", "second", ""},
			{"628-nautical-mile", factcheck.Measure, "628", "", "nautical mile", ""}}},
		{"a race's miles and furlongs in furlongs, no millions and no bound after 'over'; a horse's age 'yo'; a jockey's stones and pounds in pounds", "The 3yo filly won over 2m 5f, then a 1m 6f trip cut to 2m 3½f. She carries 11st 10lb.", []want{
			{"3yo", factcheck.Duration, "3", "", "year", ""}, {"2m 5f", factcheck.Measure, "21", "", "f", ""}, {"1m 6f", factcheck.Measure, "14", "", "f", ""}, {"2m 3½f", factcheck.Measure, "19.5", "", "f", ""}, {"11st 10lb", factcheck.Measure, "164", "", "lb", ""}}},
		{"a rank after 'No' undotted or glued, in a ranking (but a position and Downing Street)", "He is world No 1 and India's No 2 singles player behind Rana (No 97), against world No.5 Lindqvist. Wales have two young No 9 prospects. No 10 said no.", []want{
			{"No 1", factcheck.Ordinal, "1", "", "", ""}, {"No 2", factcheck.Ordinal, "2", "", "", ""}, {"No 97", factcheck.Ordinal, "97", "", "", ""}, {"two young", factcheck.Count, "2", "", "", ""}}},
		{"metres glued before a race's ground; a distance and a half after 'the final'", "She averaged 17.9 seconds a lap on the 250m track, and faded over the final mile and a half.", []want{
			{"17.9 seconds", factcheck.Duration, "17.9", "", "second", ""}, {"250m", factcheck.Measure, "250", "", "m", ""}, {"the final mile and a half", factcheck.Measure, "1.5", "", "mile", ""}}},
		{"a gap between racers in seconds glued; a golf club's name; a hole, no day, after a word of golf in its sentence", "Kessler was 0.079s faster than Lind and Marin 1.748s behind. On 9 May Muir aced the 8th with a 7-iron and the 16th with a 3-wood, then holed for birdie on the 18th.", []want{
			{"0.079s", factcheck.Duration, "0.079", "", "second", ""}, {"1.748s", factcheck.Duration, "1.748", "", "second", ""}, {"9 May", factcheck.Date, "--05-09", "", "", ""}, {"the 8th", factcheck.Ordinal, "8", "", "", ""}, {"the 16th", factcheck.Ordinal, "16", "", "", ""}, {"the 18th", factcheck.Ordinal, "18", "", "", ""}}},
		{"a side's target after 'Chasing' opening its sentence a count, no name", "Chasing 287, India were bowled out for 241 in 47.3 overs.", []want{
			{"287", factcheck.Count, "287", "", "", ""}, {"241", factcheck.Count, "241", "", "", ""}, {"47.3 overs", factcheck.Count, "47.3", "", "", ""}}},
		{"a cricket side's total and wickets with a slash, one count of its runs (but after 'starts on' a day, day first, no score); a lost set before the others", "Chasing 241, Australia were 47/3 and closed on 152/5 in 20 overs. The next Test starts on 11/3. Pinder beat Novak 4-6, 7-6 (8-6), 6-3.", []want{
			{"241", factcheck.Count, "241", "", "", ""}, {"47/3", factcheck.Count, "47", "", "", ""}, {"152/5", factcheck.Count, "152", "", "", ""}, {"20 overs", factcheck.Count, "20", "", "", ""}, {"11/3", factcheck.Date, "--03-11", "", "", ""},
			{"4-6", factcheck.Count, "4", "", "", ""}, {"7-6", factcheck.Count, "7", "", "", ""}, {"8-6", factcheck.Count, "8", "", "", ""}, {"6-3", factcheck.Count, "6", "", "", ""}}},
		{"a score after a side named in capitals", "Japan defeated Team USA 3-2 on Tuesday night to win the title.", []want{
			{"3-2", factcheck.Count, "3", "", "", ""}}},
		{"an index's level named by 'level'", "The Dow Jones Industrial average would reach the 2400 level by April and climb above Dow Jones Industrial 2500 level by June.", []want{
			{"2400 level", factcheck.Measure, "2400", "", "point", ""}, {"2500 level", factcheck.Measure, "2500", "", "point", ""}}},
		{"a ratio's level", "CUPERTINO, Calif., March 6 - The book-to-bill ratio was 1.13; the average price/earnings ratio is 10.", []want{
			{"1.13", factcheck.Measure, "1.13", "", "ratio", ""}, {"10", factcheck.Measure, "10", "", "ratio", ""}}},
		{"an index's level far after its name, not a count's record", "ROME, March 31 - Istat said its consumer price index for the families of workers and employees, base year 1985 equals 100, registered 109.5 in March. Open interest in the Nikkei Stock Average contract passed 2,000 contracts for the first time, to hit a record high 2,697.", []want{
			{"1985", factcheck.Date, "1985", "", "", ""}, {"100", factcheck.Measure, "100", "", "point", ""}, {"109.5", factcheck.Measure, "109.5", "", "point", ""},
			{"2,000 contracts", factcheck.Count, "2000", "", "", ""}, {"first", factcheck.Ordinal, "1", "", "", ""}, {"2,697", factcheck.Count, "2697", "", "", ""}}},
		{"the rows of an index's table, a wire's unchanged", "COMMODITY RESEARCH BUREAU PRICES INDEX\n    212.28 up 1.71  COMPARED WITH 210.2 unch    year ago.\n GRAINS           162.80  up   0.82", []want{
			{"212.28", factcheck.Measure, "212.28", "", "point", ""}, {"1.71", factcheck.Measure, "1.71", "", "point", ""}, {"210.2", factcheck.Measure, "210.2", "", "point", ""},
			{"162.80", factcheck.Measure, "162.8", "", "point", ""}, {"0.82", factcheck.Measure, "0.82", "", "point", ""}}},
		{"a tight score one claim, a vote's tally and a table's cells two", "WASHINGTON, March 3 - The bill passed 213-208 and Democrats hold a 51-49 majority. Japan won 3-2.\nCOPPER     15-19     24-28", []want{
			{"213", factcheck.Count, "213", "", "", ""}, {"208", factcheck.Count, "208", "", "", ""}, {"51", factcheck.Count, "51", "", "", ""}, {"49 majority", factcheck.Count, "49", "", "", ""},
			{"3-2", factcheck.Count, "3", "", "", ""}, {"15", factcheck.Count, "15", "", "", ""}, {"19", factcheck.Count, "19", "", "", ""},
			{"24", factcheck.Count, "24", "", "", ""}, {"28", factcheck.Count, "28", "", "", ""}}},
		{"a match sheet's minutes of substitutes, goals and bookings", "Ashdown, Faye (Berkovic 83), Fuller (Yakubu 55).\n\nSubs not used: Hislop, Cisse.\n\nGoals: Rooney 68, Dunne 75 og.\n\nLita 45, 52.\n\n20,170.", []want{
			{"83", factcheck.Duration, "83", "", "minute", ""}, {"55", factcheck.Duration, "55", "", "minute", ""}, {"68", factcheck.Duration, "68", "", "minute", ""},
			{"75", factcheck.Duration, "75", "", "minute", ""}, {"45", factcheck.Duration, "45", "", "minute", ""}, {"52", factcheck.Duration, "52", "", "minute", ""},
			{"20,170", factcheck.Count, "20170", "", "", ""}}},
		{"a runner's time in brackets after a race's time", "She broke her record by clocking 8.06 which left her third behind Sarah Claxton (7.96). Shares of Acme (12.50) rose.", []want{
			{"8.06", factcheck.Duration, "8.06", "", "second", ""}, {"her third", factcheck.Ordinal, "3", "", "", ""}, {"7.96", factcheck.Duration, "7.96", "", "second", ""},
			{"12.50", factcheck.Count, "12.5", "", "", ""}}},
		{"no minutes without a match sheet", "Faye (Berkovic 83) played.\n\nCampbell 75.", nil},
		{"a rugby number eight before his name is a position", "Star number eight Simon Taylor will miss it; he was number eight in the chart.", []want{
			{"number eight", factcheck.Ordinal, "8", "", "", ""}}},
		{"score after a verb", "The Rams beat the Jets 27-24 at home.", []want{
			{"27-24", factcheck.Count, "27", "", "", ""}}},
		{"record in brackets", "Leeds (12-9) travel to Hull.", []want{
			{"12-9", factcheck.Count, "12", "", "", ""}}},
		{"level record", "They stand at 30-30 now.", []want{
			{"30-30", factcheck.Count, "30", "", "", ""}}},
		{"ascending with a score noun", "After a 3-9 stretch the coach left.", []want{
			{"3-9", factcheck.Count, "3", "", "", ""}}},
		{"ascending after a verb", "Spain lost 1-4 on Sunday.", []want{
			{"1-4", factcheck.Count, "1", "", "", ""}}},
		{"ascending record after a name", "Utah (5-11) visits Denver.", []want{
			{"5-11", factcheck.Count, "5", "", "", ""}}},
		{"a vote after a name", "The measure cleared the Assembly 61 to 17.", []want{
			{"61", factcheck.Count, "61", "", "", ""}, {"17", factcheck.Count, "17", "", "", ""}}},
		{"a tally with a dash after a name", "The Council 9–4 decision stood.", []want{
			{"9", factcheck.Count, "9", "", "", ""}, {"4 decision", factcheck.Count, "4", "", "", ""}}},
		{"a descending pair is no range", "Delegates voted 140 to 35, and the club won 3-1.", []want{
			{"140", factcheck.Count, "140", "", "", ""}, {"35", factcheck.Count, "35", "", "", ""},
			{"3-1", factcheck.Count, "3", "", "", ""}}},
		{"an ascending pair after a name stays a name", "It flew a Boeing 777-300 to Lima.", nil},
		{"a range stays a range", "The party won 20-25 seats.", []want{{"20-25", factcheck.Count, "20", "25", "", ""}}},
		{"rank", "The club is No. 4 in the table.", []want{{"No. 4", factcheck.Ordinal, "4", "", "", ""}}},
		{"rank before a hyphen", "They face the No. 2-seeded Celtics.", []want{{"No. 2", factcheck.Ordinal, "2", "", "", ""}}},
		{"address is no rank", "The talks were held at No. 10 Downing Street.", nil},
		{"a name before No.", "The bill bans Red Dye No. 3 and she wore Chanel No. 5.", nil},
		{"a headline in title case, and a line after", "Prince William Also Wants Baby No. 4: Not Just Kate\n\nHe hints at baby no. 4\n\nWilliam smiled.", []want{
			{"No. 4", factcheck.Ordinal, "4", "", "", ""}, {"no. 4", factcheck.Ordinal, "4", "", "", ""}}},
		{"a possessive before No. keeps the rank", "They met the West's No. 3 team.", []want{{"No. 3", factcheck.Ordinal, "3", "", "", ""}}},
		{"a game of a series is a rank", "They won Game No. 82 last year.", []want{{"No. 82", factcheck.Ordinal, "82", "", "", ""}}},
		{"sets of a match", "Williams beat Bovina 1-6 6-1 6-4; Davenport won 6-7 (8-10) 7-6.", []want{
			{"1-6", factcheck.Count, "1", "", "", ""}, {"6-1", factcheck.Count, "6", "", "", ""}, {"6-4", factcheck.Count, "6", "", "", ""},
			{"6-7", factcheck.Count, "6", "", "", ""}, {"8-10", factcheck.Count, "8", "", "", ""}, {"7-6", factcheck.Count, "7", "", "", ""}}},
		{"sets after a name", "Rochus beat third seed Nicolas Kiefer 6-7 (4-7) 7-5.", []want{
			{"third seed", factcheck.Ordinal, "3", "", "", ""}, {"6-7", factcheck.Count, "6", "", "", ""},
			{"4-7", factcheck.Count, "4", "", "", ""}, {"7-5", factcheck.Count, "7", "", "", ""}}},
		{"a shirt's number", "He wears No. 43 for Ottawa.", nil},
		{"a rank written with '#' after a determiner (but a name's or a lane's number)", "She is the #1 seed. See Issue #42. The #1 & #2 e/b lanes are open.", []want{
			{"#1", factcheck.Ordinal, "1", "", "", ""}}},
		{"a chart's rank after at", "She was the first producer to debut at No. 1, and he arrived at No. 10.", []want{
			{"first producer", factcheck.Ordinal, "1", "", "", ""}, {"No. 1", factcheck.Ordinal, "1", "", "", ""}}},
		{"a rank reached after a verb of a move, and a ranked player's name after the rank", "He rises to No. 4 in the world after beating world No. 2 Arjun Mehta.", []want{
			{"No. 4", factcheck.Ordinal, "4", "", "", ""}, {"No. 2", factcheck.Ordinal, "2", "", "", ""}}},
		{"a chart's rank after a move of places", "The single climbed two places to #1; the album leapt 31 spots to No. 4. He moved to No. 10.", []want{
			{"two places", factcheck.Count, "2", "", "", ""}, {"#1", factcheck.Ordinal, "1", "", "", ""}, {"31 spots", factcheck.Count, "31", "", "", ""}, {"No. 4", factcheck.Ordinal, "4", "", "", ""}}},
		{"a chart's places written No beside a record's words, and glued", "The single went in at No 1, knocking Eminem down to No.2. The song stayed at No1 for a week.", []want{
			{"No 1", factcheck.Ordinal, "1", "", "", ""}, {"No.2", factcheck.Ordinal, "2", "", "", ""}, {"No1", factcheck.Ordinal, "1", "", "", ""},
			{"a week", factcheck.Duration, "1", "", "week", ""}}},
		{"a chart's places written No", "Even so the title debuted at No 3 in the UK charts, then fell to No. 4. Cabinet met at No 10 before the election.", []want{
			{"No 3", factcheck.Ordinal, "3", "", "", ""}, {"No. 4", factcheck.Ordinal, "4", "", "", ""}}},
		{"a chart's places after to and at in its paragraph, not a list's end", "In this week's chart her single went in at number two, pushing his to three, followed by Blue at five with a cover. Scores ran from 68 for Sony to 47 for Disney.", []want{
			{"number two", factcheck.Ordinal, "2", "", "", ""}, {"three", factcheck.Ordinal, "3", "", "", ""}, {"five", factcheck.Ordinal, "5", "", "", ""},
			{"68", factcheck.Count, "68", "", "", ""}, {"47", factcheck.Count, "47", "", "", ""}}},
		{"a race run over its distance, no bound", "Holmes will compete over 1500m in a five-way match, and the sprinter ran 6.61 seconds over 60m in Birmingham. The tower rises over 60m high.", []want{
			{"1500m", factcheck.Measure, "1500", "", "m", factcheck.Exact}, {"five-way", factcheck.Count, "5", "", "", ""},
			{"6.61 seconds", factcheck.Duration, "6.61", "", "second", ""}, {"60m", factcheck.Measure, "60", "", "m", factcheck.Exact},
			{"over 60m", factcheck.Measure, "60", "", "m", factcheck.LowerBound}}},
		{"a measure named No.", "Voters backed Proposition No. 1 by a wide margin.", nil},
		{"world rank capitalised", "The World No. 2 lost in straight sets.", []want{{"No. 2", factcheck.Ordinal, "2", "", "", ""}}},
		{"rank at a sentence start", "They rose to the top. Ranked No. 3 in May, they fell.", []want{{"No. 3", factcheck.Ordinal, "3", "", "", ""}}},
		{"3-pointer", "He hit a 3-pointer and a three-pointer late.", nil},
		{"3-point range", "She was 4 of 6 from 3-point range.", []want{
			{"4", factcheck.Count, "4", "", "", ""}, {"6", factcheck.Count, "6", "", "", ""}}},
		{"a race before a time is no million", "His 200m time was quick and her 400m personal best fell.", nil},
		{"an index's level and move, not a stock's price in eighths, a score after a verb, nor the next paragraph's counts", "The Hang Seng index fell 61.07 to 2,713.81. In NASDAQ trading Acme fell 4-1/4 to close at 31. He had to hang on for a 7-5 win. The index closed at 1,200.\n    Declines led advances 1121 to 504.", []want{
			{"61.07", factcheck.Measure, "61.07", "", "point", ""}, {"2,713.81", factcheck.Measure, "2713.81", "", "point", ""},
			{"4-1/4", factcheck.Count, "4.25", "", "", ""}, {"31", factcheck.Count, "31", "", "", ""},
			{"7-5", factcheck.Count, "7", "", "", ""}, {"1,200", factcheck.Measure, "1200", "", "point", ""},
			{"1121", factcheck.Count, "1121", "", "", ""}, {"504", factcheck.Count, "504", "", "", ""}}},
		{"an index named by its kind, a composite or a managers' PMI, in points (but a composite's trading is no index)", "The Shanghai Composite rose to 3,004.88. The services PMI slipped to 49.6 from 50.2. In NYSE Composite trading Acme rose to 20.", []want{
			{"3,004.88", factcheck.Measure, "3004.88", "", "point", ""}, {"49.6", factcheck.Measure, "49.6", "", "point", ""}, {"50.2", factcheck.Measure, "50.2", "", "point", ""},
			{"20", factcheck.Count, "20", "", "", ""}}},
		{"a race's bare time after a verb of running or swimming, tenths too; after a record lowered 'to'; in a sentence of a race's distance", "Bolt ran 9.58 in Berlin. Moura lowered his record to 21.31. She covered the last 100m in 13.9. Anchor Asante was timed at 8.9 for his leg.", []want{
			{"9.58", factcheck.Duration, "9.58", "", "second", ""}, {"21.31", factcheck.Duration, "21.31", "", "second", ""},
			{"100m", factcheck.Measure, "100", "", "m", ""}, {"13.9", factcheck.Duration, "13.9", "", "second", ""}, {"8.9", factcheck.Duration, "8.9", "", "second", ""}}},
		{"a putt, a kick and a yacht by their hyphened '-footer' and '-yarder'; yards gained by a kind of play", "Daly holed a 60-footer for birdie, Doyle hit a 43-yarder and Reese has 1,300 receiving yards on 61 catches.", []want{
			{"60-footer", factcheck.Measure, "60", "", "foot", ""}, {"43-yarder", factcheck.Measure, "43", "", "yard", ""},
			{"1,300 receiving yards", factcheck.Measure, "1300", "", "yard", ""}, {"61 catches", factcheck.Count, "61", "", "", ""}}},
		{"a race's bare time in seconds", "She set a time of 6.45 and he took the title in 46.46 ahead of Dale; the index closed at 46.46.", []want{
			{"6.45", factcheck.Duration, "6.45", "", "second", ""}, {"46.46", factcheck.Duration, "46.46", "", "second", ""},
			{"46.46", factcheck.Measure, "46.46", "", "point", ""}}}, // the level of an index
		{"a margin after a race's time and a dash", "He took gold in 46.45 - .02 outside his best; the index rose 46.45 - .02 more than forecast.", []want{
			{"46.45", factcheck.Duration, "46.45", "", "second", ""}, {".02", factcheck.Duration, "0.02", "", "second", ""},
			{"46.45", factcheck.Measure, "46.45", "", "point", ""}, {".02", factcheck.Measure, "0.02", "", "point", ""}}},
		{"a race's time in minutes and seconds, and hundredths", "He won in one minute, 47.96 seconds, one-hundredth of a second clear.", []want{
			{"one minute, 47.96 seconds", factcheck.Duration, "107.96", "", "second", ""},
			{"one-hundredth of a second", factcheck.Duration, "0.01", "", "second", ""}}},
		{"an age after a people's adjective", "Sudanese 18-year-old Rabah Yusuf won.", []want{{"18-year-old", factcheck.Duration, "18", "", "year", ""}}},
		{"a race after a sport word is no million", "She ran the fastest women's 60m this year and the indoor 400m mark fell.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}

// TestExtractRanksWritten reads a rank after "#" at a chart's week and
// "No" before "seed", and an age after "Aged" opening a sentence.
func TestExtractRanksWritten(t *testing.T) {
	checkClaims(t, "The album spent a 13th week at #1. The No 3 seed lost; he lives at No 3 Church Street. Aged 67, the miner spoke.", "", []want{
		{"13th week", factcheck.Ordinal, "13", "", "", ""}, {"#1", factcheck.Ordinal, "1", "", "", ""}, {"No 3", factcheck.Ordinal, "3", "", "", ""},
		{"67", factcheck.Duration, "67", "", "year", ""}})
}

// TestExtractRaceTimes reads a race's times where its sentence speaks of
// a race: bare seconds to a tenth or a hundredth, minutes and seconds
// after "sub-", a lap's words or a lead, or before "at halfway"; a
// relay's name and an event's distance are none; "clocked up" a
// computer's figure stays a count.
func TestExtractRaceTimes(t *testing.T) {
	d := factcheck.Duration
	checkClaims(t, "Men's 400m hurdles final: Warholm (NOR) 45.94 WR, Benjamin (USA) 46.17. The laps read 54.2, 55.0 and 53.8. "+
		"Splits for the 10,000m winner: 13:41 at halfway. Her split put her on pace for a sub-4:10 finish. The 4 x 400m relay went to Poland. "+
		"The machine clocked up 35.86.", "", []want{
		{"45.94", d, "45.94", "", "second", ""}, {"46.17", d, "46.17", "", "second", ""},
		{"54.2", d, "54.2", "", "second", ""}, {"55.0", d, "55", "", "second", ""}, {"53.8", d, "53.8", "", "second", ""},
		{"13:41", d, "821", "", "second", ""}, {"4:10", d, "250", "", "second", factcheck.UpperBound},
		{"35.86", factcheck.Count, "35.86", "", "", ""}})
}

// TestExtractWinningPercentage reads a team's winning percentage written
// as a fraction to three places as a percent, where the words say so (a
// batting average stays as written).
func TestExtractWinningPercentage(t *testing.T) {
	checkClaims(t, "The Celtics hold a .774 winning percentage; the Mariners a 0.625 win pct. He is hitting .312 this season.", "", []want{
		{".774", factcheck.Percent, "77.4", "", "", ""}, {"0.625", factcheck.Percent, "62.5", "", "", ""}, {".312", factcheck.Count, "0.312", "", "", ""}})
}

// TestExtractVoteTallies reads a division's counts after their labels
// and a tally in words after a verb of voting as one count, as a tally in
// figures is.
func TestExtractVoteTallies(t *testing.T) {
	c := factcheck.Count
	checkClaims(t, "Ayes 287, Noes 241: the motion was carried. The justices voted seven to two to reinstate the rule. The court split 7-2 on the case.", "", []want{
		{"287", c, "287", "", "", ""}, {"241", c, "241", "", "", ""}, {"seven to two", c, "7", "", "", ""}, {"7-2", c, "7", "", "", ""}})
}

// TestExtractMarginsInLengths reads a race's margin in fractions of a
// length, where a word of winning or leading stands before or "ahead"
// after, and "a length and a half".
func TestExtractMarginsInLengths(t *testing.T) {
	m := factcheck.Measure
	checkClaims(t, "The crew led by three-quarters of a length and won by a length and a half, a third of a length ahead of Yale. Oxford won by 2½ lengths.", "", []want{
		{"three-quarters of a length", m, "0.75", "", "length", ""}, {"a length and a half", m, "1.5", "", "length", ""},
		{"a third of a length", m, "0.3333", "", "length", ""}, {"2½ lengths", m, "2.5", "", "length", ""}})
}
