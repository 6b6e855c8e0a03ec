package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestExtractMoreDates(t *testing.T) {
	d := factcheck.Date
	tests := []struct {
		name, in string
		want     []want
	}{
		{"a range of days ending in 'the 8th'", "The launch window runs from Oct. 5 through the 8th.", []want{
			{"Oct. 5 through the 8th", d, "2023-10-05", "2023-10-08", "", ""}}},
		{"a decade of degrees in the scale written after it; a year's possessive before a noun is the year", "Temperatures soared into the mid-30s Celsius. It was the highest since 1990's record of 98.8F, as in the 1990's.", []want{
			{"mid-30s Celsius", factcheck.Measure, "34", "36", "°C", ""}, {"1990", factcheck.Date, "1990", "", "", ""}, {"98.8F", factcheck.Measure, "98.8", "", "°F", ""}, {"1990's", factcheck.Date, "1990", "1999", "", ""}}},
		{"an ordinal in digits after 'the' is a rank before 'to' and a verb with no preposition of time before it, or a cricket over; a dynasty a name", "MANILA, Oct 21 (AFP) - The storm, the 18th to hit the country this year, was postponed to the 25th to allow repairs. They were out in the 19th over. Amenhotep ruled in the 18th Dynasty.", []want{
			{"the 18th", factcheck.Ordinal, "18", "", "", ""}, {"25th", d, "2023-10-25", "", "", ""}, {"the 19th", factcheck.Ordinal, "19", "", "", ""}}},
		{"two consecutive days by their ordinals after 'and', one range", "The busiest days after March 27 are the 28th and 29th.", []want{
			{"March 27", d, "2023-03-27", "", "", ""}, {"28th and 29th", d, "2023-03-28", "2023-03-29", "", ""}}},
		{"two days of a month parted by a slash, one range", "The floods that followed on 21/22 December cost insurers.", []want{
			{"21/22 December", d, "2022-12-21", "2022-12-22", "", ""}}},
		{"days of a month by their ordinals, the month the sentence names before them over the last date read; 'to the 20th' ends a range", "Schools close on Friday, December 19th and reopen on Monday, January 5th. The February mid-term break will run from the 16th to the 20th.", []want{
			{"December 19th", d, "2022-12-19", "", "", ""}, {"January 5th", d, "2023-01-05", "", "", ""}, {"16th to the 20th", d, "2023-02-16", "2023-02-20", "", ""}}},
		{"a numeric date under a dateline abroad in the place's order, day first, whatever the wire's own dateline writes", "SANTIAGO, Feb 4 (Reuters) - Boric declared a state of catastrophe by a decree dated 03/02/2024.", []want{
			{"03/02/2024", d, "2024-02-03", "", "", ""}}},
		{"years before 1800 after 'from', 'between', 'late', in a span or a life's brackets, and their decades (but a count)", "The war ran from 1337 to 1453; the plague struck between 1347 and 1351. Keats (1775–1817) wrote in late 1758 of the 1470s. Then 1500 men came.", []want{
			{"1337 to 1453", factcheck.Date, "1337", "1453", "", ""}, {"between 1347 and 1351", factcheck.Date, "1347", "1351", "", ""}, {"1775–1817", factcheck.Date, "1775", "1817", "", ""},
			{"1758", factcheck.Date, "1758", "", "", ""}, {"1470s", factcheck.Date, "1470", "1479", "", ""}, {"1500 men", factcheck.Count, "1500", "", "", ""}}},
		{"a century by its first year, a name's early year, a circa year before its era, a year said with its 'and' (but counts)", "England recovered in the 1600s and the early 1900s, not the 2000s. The Great Frost of 1709 came; Sales of 1500 units fell. Stonehenge rose c. 2500 BC and c. 300 B.C., in eighteen hundred and twelve, not with fifteen hundred and ten men.", []want{
			{"1600s", d, "1600", "1699", "", ""}, {"1900s", d, "1900", "1999", "", ""}, {"2000s", d, "2000", "2009", "", ""}, {"1709", d, "1709", "", "", ""},
			{"1500 units", factcheck.Count, "1500", "", "", ""}, {"c. 2500 BC", d, "-2499", "", "", factcheck.Approx}, {"c. 300 B.C.", d, "-0299", "", "", factcheck.Approx},
			{"eighteen hundred and twelve", d, "1812", "", "", ""}, {"fifteen hundred and ten men", factcheck.Count, "1510", "", "", ""}}},
		{"a results headline's period end, a day in words at its line's end", "MICRON TECHNOLOGY INC 3RD QTR JUNE FOUR\n    BOISE, Idaho, June 25 - Shr 10 cts.", []want{
			{"3RD QTR", factcheck.Ordinal, "3", "", "", ""}, {"JUNE FOUR", factcheck.Date, "2023-06-04", "", "", ""}, {"10 cts", factcheck.Money, "0.1", "", "USD", ""}}},
		{"a quarter written 'Q' before its year, its months (but 'the first quarter of 2024' an ordinal and a year)", "Revenue rose in Q1 2024 and Q3 2023, and in the first quarter of 2024.", []want{
			{"Q1 2024", factcheck.Date, "2024-01", "2024-03", "", ""}, {"Q3 2023", factcheck.Date, "2023-07", "2023-09", "", ""},
			{"first quarter", factcheck.Ordinal, "1", "", "", ""}, {"2024", factcheck.Date, "2024", "", "", ""}}},
		{"a span of years after 'over' or 'above' is a date (but 'over' before people counts)", "Ice was lost over 2002-2023; it warmed above 1850-1900 levels. Over 1200-1500 people came.", []want{
			{"2002-2023", factcheck.Date, "2002", "2023", "", ""}, {"1850-1900", factcheck.Date, "1850", "1900", "", ""}, {"Over 1200-1500 people", factcheck.Count, "1200", "1500", "", factcheck.LowerBound}}},
		{"fiscal years written 'FY' and a year glued (or after an apostrophe), one year or two; a month's year cut short after a spaced apostrophe", "Results for FY25 and FY2024/25 beat FY24 and FY'23, still below the Oct '22 peak.", []want{
			{"FY25", factcheck.Date, "2025", "", "", ""}, {"FY2024/25", factcheck.Date, "2024", "2025", "", ""}, {"FY24", factcheck.Date, "2024", "", "", ""},
			{"FY'23", factcheck.Date, "2023", "", "", ""}, {"Oct '22", factcheck.Date, "2022-10", "", "", ""}}},
		{"fiscal years written 'FY' and a year spaced, two years parted by a slash or a dash; no year in a spaced sum", "Revenue for FY 2025/26 beat FY 2024 and FY 24-25, and FY 30 million was spent.", []want{
			{"FY 2025/26", factcheck.Date, "2025", "2026", "", ""}, {"FY 2024", factcheck.Date, "2024", "", "", ""}, {"FY 24-25", factcheck.Date, "2024", "2025", "", ""}, {"30 million", factcheck.Count, "30000000", "", "", ""}}},
		{"a futures spread's pair of delivery months before a table's cell, or glued to its figure, names no day (but a shipment by a day, and a period of a year)", "CBT SPREADS\n Jul/May  3-3/4   over\n Dec/Mar8 no quote\nPrices for March/May 15 shipments rose, as in January/December 1986.", []want{
			{"3-3/4", factcheck.Count, "3.75", "", "", ""}, {"May 15", d, "2023-05-15", "", "", ""}, {"January/December 1986", d, "1986-01", "1986-12", "", ""}}},
		{"the last or first day of a year", "It runs until the last day of 2027 from the first day of 1988, and in 2020.", []want{
			{"last day of 2027", d, "2027-12-31", "", "", ""}, {"first day of 1988", d, "1988-01-01", "", "", ""}, {"2020", d, "2020", "", "", ""}}},
		{"a document's day of a month, 'the 3rd day of August, 2019'", "Signed on the 3rd day of August, 2019.", []want{
			{"3rd day of August, 2019", d, "2019-08-03", "", "", ""}}},
		{"a rank before 'since' is no day of the month", "PARIS, March 5 - The realignment, the 11th since it was set up, came on the 12th.", []want{
			{"the 11th", factcheck.Ordinal, "11", "", "", ""}, {"12th", d, "2023-03-12", "", "", ""}}},
		{"a decade after 'at' is no time of day", "Federal revenues are at 1950s levels; the meeting is at 1830.", []want{
			{"1950s", d, "1950", "1959", "", ""}}},
		{"a year its era marks or 'circa' makes about it, from one to four digits (but circa before a count's noun)", "Rome was sacked in AD 410; Pompeii was buried in A.D. 79 and Caesar died in 44 BC. The book dates from c. 800, a map from ca. 1600, a church from 1174 AD. Circa 300 people came.", []want{
			{"AD 410", d, "0410", "", "", ""}, {"A.D. 79", d, "0079", "", "", ""}, {"44 BC", d, "-0043", "", "", ""}, {"c. 800", d, "0800", "", "", "approx"}, {"ca. 1600", d, "1600", "", "", "approx"}, {"1174 AD", d, "1174", "", "", ""}, {"Circa 300 people", factcheck.Count, "300", "", "", "approx"}}},
		{"a full date of a year before 1800, but a table's month and figure", "Handel's Messiah premiered on 13 April 1742; the Boston Tea Party was on Dec. 16, 1773.\n Position:\n Oct 13929\n Dec 1403\n", []want{
			{"13 April 1742", d, "1742-04-13", "", "", ""}, {"Dec. 16, 1773", d, "1773-12-16", "", "", ""}, {"13929", factcheck.Count, "13929", "", "", ""}, {"1403", factcheck.Count, "1403", "", "", ""}}},
		{"a capitalised day in a word after 'by' and its month, a clause after it", "NEW YORK, April 3 - It had to decide by March Two\nwhether to proceed, and will start by October One and grow.", []want{
			{"March Two", d, "2023-03-02", "", "", ""}, {"October One", d, "2023-10-01", "", "", ""}}},
		{"a year cut short with a leading zero, a date year first with dots, ranges of dates in digits year first and of dates each with its year, day first", "The startup was founded in '09. A release followed on 2017.01.05. The data cover 2015-08-12 through 2016-02-29. The show ran 28 Nov 2022 - 5 Feb 2023.", []want{
			{"'09", d, "2009", "", "", ""}, {"2017.01.05", d, "2017-01-05", "", "", ""}, {"2015-08-12 through 2016-02-29", d, "2015-08-12", "2016-02-29", "", ""}, {"28 Nov 2022 - 5 Feb 2023", d, "2022-11-28", "2023-02-05", "", ""}}},
		{"a day as an ordinal after 'the' takes a month named before it, alone, or said after it as 'the same month'", "Rent for March is due on the 1st, and a fee applies after the 5th. On 3rd Feb 2021 the council met, and work began on the 22nd of the same month. She finished 5th.", []want{
			{"1st", d, "2023-03-01", "", "", ""}, {"5th", d, "2023-03-05", "", "", ""}, {"3rd Feb 2021", d, "2021-02-03", "", "", ""}, {"22nd", d, "2021-02-22", "", "", ""}, {"5th", factcheck.Ordinal, "5", "", "", ""}}},
		{"a month misspelt by a letter left out or two swapped, and a day in a word before 'that' and a clause", "NEW YORK, April 3 - The offer expires Decmber 31 and the plant opens Febraury 1990. The union said March one that the pact had failed.", []want{
			{"Decmber 31", d, "2022-12-31", "", "", ""}, {"Febraury 1990", d, "1990-02", "", "", ""}, {"March one", d, "2023-03-01", "", "", ""}}},
		{"a day in a word between 'the', a month and an event it dates, an annual one too (but not a count's noun)", "NEW YORK, April 3 - Holders will vote at the May six meeting. In May two people died. The June one election date was extended. It will miss its July one interest payment. The split was approved at its August five annual meeting. Its shares trade starting September Seven, in the year beginning March One.", []want{
			{"May six", factcheck.Date, "2023-05-06", "", "", ""}, {"two people", factcheck.Count, "2", "", "", ""}, {"June one", factcheck.Date, "2023-06-01", "", "", ""},
			{"July one", factcheck.Date, "2023-07-01", "", "", ""}, {"August five", factcheck.Date, "2023-08-05", "", "", ""},
			{"September Seven", factcheck.Date, "2023-09-07", "", "", ""}, {"March One", factcheck.Date, "2023-03-01", "", "", ""}}},
		{"ranges of dates in digits, one claim each", "LONDON - Prices rose between 3/2/2021 and 15/8/2022, and from 1/3/2021 to 5/3/2021. The offer runs 01/06/2023-30/06/2023. On 5/3/2021 and 1/3/2021 it fell.", []want{
			{"between 3/2/2021 and 15/8/2022", factcheck.Date, "2021-02-03", "2022-08-15", "", ""}, {"1/3/2021 to 5/3/2021", factcheck.Date, "2021-03-01", "2021-03-05", "", ""}, {"01/06/2023-30/06/2023", factcheck.Date, "2023-06-01", "2023-06-30", "", ""}, {"5/3/2021", factcheck.Date, "2021-03-05", "", "", ""}, {"1/3/2021", factcheck.Date, "2021-03-01", "", "", ""}}},
		{"a day in a word after 'at' before a verb, after 'scheduled'", "NEW YORK, April 3 - Its backlog at March One was 13.6 mln dlrs, beyond the scheduled May one termination.", []want{
			{"March One", factcheck.Date, "2023-03-01", "", "", ""}, {"13.6 mln dlrs", factcheck.Money, "13600000", "", "USD", ""}, {"May one", factcheck.Date, "2023-05-01", "", "", ""}}},
		{"a year written with a thousands comma after 'the year' (but not before a count's noun)", "It will not join before the year 2,000. By the year 2,000 workers will retire.", []want{
			{"2,000", factcheck.Date, "2000", "", "", ""}, {"2,000 workers", factcheck.Count, "2000", "", "", ""}}},
		{"a year after a capitalised part of it or 'Fiscal'", "The work is due for completion in Early 1989. Fiscal 1987 net includes a gain.", []want{
			{"1989", factcheck.Date, "1989", "", "", ""}, {"1987", factcheck.Date, "1987", "", "", ""}}},
		{"fiscal years as one range, 'fiscal' said twice", "The plan covers fiscal 1988 through fiscal 1990, and runs from fiscal 1988 to fiscal 1990.", []want{
			{"1988 through fiscal 1990", factcheck.Date, "1988", "1990", "", ""}, {"1988 to fiscal 1990", factcheck.Date, "1988", "1990", "", ""}}},
		{"a year cut short after an apostrophe, of the century nearest the text's", "PROFIT RISE IN '87\n    VIENNA, March 18, 1987 - It expects a rise in '87, as in '95 and '19, and the class of '83 met; he said 'I paid 50'.", []want{
			{"'87", factcheck.Date, "1987", "", "", ""}, {"'87", factcheck.Date, "1987", "", "", ""}, {"'95", factcheck.Date, "1995", "", "", ""}, {"'19", factcheck.Date, "2019", "", "", ""}, {"'83", factcheck.Date, "1983", "", "", ""}, {"50", factcheck.Count, "50", "", "", ""}}},
		{"days one after another listed to an and, one range", "The bank will close on April 1, 2 and 3. On July 1, 3 and 5 votes were cast.", []want{
			{"April 1, 2 and 3", factcheck.Date, "2023-04-01", "2023-04-03", "", ""}, {"July 1", factcheck.Date, "2023-07-01", "", "", ""}, {"3", factcheck.Date, "2023-07-03", "", "", ""}, {"5 votes", factcheck.Count, "5", "", "", ""}}},
		{"years a sum is spread over, after over", "Manila will pay 111 mln dlrs over 1987-1989.", []want{
			{"111 mln dlrs", factcheck.Money, "111000000", "", "USD", ""}, {"1987-1989", factcheck.Date, "1987", "1989", "", ""}}},
		{"a month in lower case before a year, and a range of days in words over a wrapped line", "Prices rose in february and 5.3 pct in march 1986; they march 1986 miles.\n    Sales for the nine week period of February One\nthrough April Four rose.", []want{
			{"5.3 pct", factcheck.Percent, "5.3", "", "", ""}, {"march 1986", factcheck.Date, "1986-03", "", "", ""}, {"1986 miles", factcheck.Measure, "1986", "", "mile", ""}, {"nine week", factcheck.Duration, "9", "", "week", ""}, {"February One\nthrough April Four", factcheck.Date, "2023-02-01", "2023-04-04", "", ""}}},
		{"months whose year is said after the last: a range with and, two with or or of two things", "Dollars sold in September and\nOctober 1986 were bought back. Deliveries are set for September or November\n1990. Two stock splits in March and August 1986. Sales in March and April rose. Between April and December 1986, it issued bonds.", []want{
			{"September and\nOctober 1986", factcheck.Date, "1986-09", "1986-10", "", ""},
			{"September", factcheck.Date, "1990-09", "", "", ""}, {"November\n1990", factcheck.Date, "1990-11", "", "", ""},
			{"Two", factcheck.Count, "2", "", "", ""}, {"March", factcheck.Date, "1986-03", "", "", ""}, {"August 1986", factcheck.Date, "1986-08", "", "", ""},
			{"April and December 1986", factcheck.Date, "1986-04", "1986-12", "", ""}}},
		{"a month in lower case after a word that only a date follows", "The report for the four weeks ending may 22 said, for the week of may 22, the firm may 22 more.", []want{
			{"four weeks", factcheck.Duration, "4", "", "week", ""}, {"may 22", factcheck.Date, "2023-05-22", "", "", ""}, {"may 22", factcheck.Date, "2023-05-22", "", "", ""}, {"22", factcheck.Count, "22", "", "", ""}}},
		{"a month abbreviated in small letters, a month and a year before a noun, a day in words after for", "CARACAS, March 12 - The rescheduling signed\nfeb. 27 replaced a February, 1986 rescheduling; a hearing is set for July Eight.", []want{
			{"feb. 27", d, "2023-02-27", "", "", ""}, {"February, 1986", d, "1986-02", "", "", ""}, {"July Eight", d, "2023-07-08", "", "", ""}}},
		{"a day in a word, the other end of a span of dates", "CALGARY, April 7 - It extended to April 20 from April six the filing of a plan, and moved the date to Jan 1, 1988 from July one.", []want{
			{"April 20", factcheck.Date, "2023-04-20", "", "", ""}, {"April six", factcheck.Date, "2023-04-06", "", "", ""},
			{"Jan 1, 1988", factcheck.Date, "1988-01-01", "", "", ""}, {"July one", factcheck.Date, "2023-07-01", "", "", ""}}},
		{"a day in a word after 'date of' and its month", "NEW YORK, April 3 - The board set a record date of July six for the meeting.", []want{
			{"July six", factcheck.Date, "2023-07-06", "", "", ""}}},
		{"a day in a word after 'as of' and its month, across a wrapped line", "NEW YORK, April 3 - A patent would be issued on its analog image processor as of March\nthree. Holders as of May Eight get shares.", []want{
			{"March\nthree", d, "2023-03-03", "", "", ""}, {"May Eight", d, "2023-05-08", "", "", ""}}},
		{"a crop year after an abbreviation in brackets", "The Commodity Credit Corporation (CCC) 1986/87 export program is well advanced.", []want{
			{"1986/87", factcheck.Date, "1986", "1987", "", ""}}},
		{"a month and a year before a plural noun after 'the', or a count", "It came after the december, 1982 murders of 15 leaders. In March, 2000 people marched.", []want{
			{"december, 1982", d, "1982-12", "", "", ""}, {"15 leaders", factcheck.Count, "15", "", "", ""}, {"2000 people", factcheck.Count, "2000", "", "", ""}}},
		{"a year a headline's capitals compare", "ACME SEES LOWER 1986 EARNINGS\n    NEW YORK, March 12 - Acme said so.", []want{{"1986", d, "1986", "", "", ""}}},
		{"a span of years from one until another, an age after the age of just", "He became an MP at the age of just 28 and led Labour from 1983 until 1992; until 1995 he sat. Shows aim at children as young as 12.", []want{
			{"28", factcheck.Duration, "28", "", "year", ""}, {"1983 until 1992", d, "1983", "1992", "", ""}, {"1995", d, "1995", "", "", ""}, {"as young as 12", factcheck.Duration, "12", "", "year", factcheck.LowerBound}}},
		{"a window of days joined by a slash", "Loading April 20/May 5, May 20/June 20 and June 20/30; a 6/8 split.", []want{
			{"April 20/May 5", d, "2023-04-20", "2023-05-05", "", ""}, {"May 20/June 20", d, "2023-05-20", "2023-06-20", "", ""}, {"June 20/30", d, "2023-06-20", "2023-06-30", "", ""}}},
		{"years joined by a hyphen, the end in two digits", "He hosted the show from 1956-87; the 1986-87 season; in 1956-87; after a year-on-year decline; 11 were charged, five of whom were convicted.", []want{
			{"1956-87", d, "1956", "1987", "", ""}, {"1986-87", d, "1986", "1987", "", ""}, {"1956-87", d, "1956", "1987", "", ""}, {"11", factcheck.Count, "11", "", "", ""}, {"five", factcheck.Count, "5", "", "", ""}}},
		{"day range after a name", "Fashion Week 14 \u2013 19 April 2024 opens.", []want{{"14 \u2013 19 April 2024", d, "2024-04-14", "2024-04-19", "", ""}}},
		{"a year before a singular unit of time", "Output was 6.09 pct above the same 1986 month, and 2000 months later.", []want{
			{"6.09 pct", factcheck.Percent, "6.09", "", "", ""}, {"1986", d, "1986", "", "", ""}, {"2000 months", factcheck.Duration, "2000", "", "month", ""}}},
		{"a day wrapped to the next line", "Forecasts for the year starting April\n1 are not out yet.", []want{{"April\n1", d, "2023-04-01", "", "", ""}}},
		{"a wrapped line that opens with a time zone is no dateline", "NEW YORK, March 2 - Diamond will buy shares at 17 dlrs per share until midnight,\nEST, March 9.", []want{
			{"17 dlrs", factcheck.Money, "17", "", "USD", ""}, {"March 9", d, "2023-03-09", "", "", ""}}},
		{"a day wrapped after an abbreviated month", "It studied the drop that occurred Sept.\n11-12, 1986, and the rally of Oct.\n3.", []want{
			{"Sept.\n11-12, 1986", d, "1986-09-11", "1986-09-12", "", ""}, {"Oct.\n3", d, "2023-10-03", "", "", ""}}},
		{"a new paragraph is no day", "Sales fell in April\n\n3 stores closed.", []want{{"3", factcheck.Count, "3", "", "", ""}}},
		{"a dateline's day, then a length of time", "FAIRFAX FIRST HALF\n    SYDNEY, March 19 - 26 weeks ended Dec 28\n    Shr 25.9 cents vs 28.2", []want{
			{"FIRST HALF", factcheck.Ordinal, "1", "", "", ""}, {"26 weeks", factcheck.Duration, "26", "", "week", ""}, {"Dec 28", d, "2022-12-28", "", "", ""},
			{"25.9 cents", factcheck.Money, "0.259", "", "AUD", ""}, {"28.2", factcheck.Money, "0.282", "", "AUD", ""}}},
		{"a year wrapped to the next line", "The rescheduling was signed in February\n1986 and stays in effect.", []want{{"February\n1986", d, "1986-02", "", "", ""}}},
		{"a line of wire copy that begins with date", "It delays the tax beyond its original starting\ndate of January 1988.", []want{{"January 1988", d, "1988-01", "", "", ""}}},
		{"seasons before a comma, in two digits, at a year's end", "Grain for delivery in 1986/87, IN 86/87, stood at end-1985; the 10/11 deal.", []want{
			{"1986/87", d, "1986", "1987", "", ""}, {"86/87", d, "1986", "1987", "", ""}, {"end-1985", d, "1985", "", "", ""}}},
		{"a month of a year said by the article's", "Sales began in October last year and end in May next year.", []want{
			{"October last year", d, "2022-10", "", "", ""}, {"May next year", d, "2024-05", "", "", ""}}},
		{"months of one year said once", "It rose in January to September 1987 and in Jan-Dec, 1986, and shut Mar-3.", []want{
			{"January to September 1987", d, "1987-01", "1987-09", "", ""}, {"Jan-Dec, 1986", d, "1986-01", "1986-12", "", ""}, {"Mar-3", d, "2023-03-03", "", "", ""}}},
		{"years before 1800", "The birthplace in 1723 of Adam Smith, author of 1776's Wealth of Nations; orders after 1530 and in 1500 cases.", []want{
			{"1723", d, "1723", "", "", ""}, {"1776", d, "1776", "", "", ""}, {"1530", factcheck.Count, "1530", "", "", ""},
			{"1500 cases", factcheck.Count, "1500", "", "", ""}}},
		{"days in a row listed before their month, one range as two days are; days apart each a date", "Walkouts are set for 9, 10 and 11 March, then 14, 20 and 27 April.", []want{
			{"9, 10 and 11 March", factcheck.Date, "2023-03-09", "2023-03-11", "", ""}, {"14", factcheck.Date, "2023-04-14", "", "", ""}, {"20", factcheck.Date, "2023-04-20", "", "", ""}, {"27 April", factcheck.Date, "2023-04-27", "", "", ""}}},
		{"lists of days, each a date; two days alone a range", "Previews are on 14, 20 and 27 April. Strikes are set for April 2, 7 and 21, and talks for May 4 and 11. On March 3, 10 people died; notes due November 1, 1994 and 10 pct notes.", []want{
			{"14", d, "2023-04-14", "", "", ""}, {"20", d, "2023-04-20", "", "", ""}, {"27 April", d, "2023-04-27", "", "", ""},
			{"April 2", d, "2023-04-02", "", "", ""}, {"7", d, "2023-04-07", "", "", ""}, {"21", d, "2023-04-21", "", "", ""},
			{"May 4 and 11", d, "2023-05-04", "2023-05-11", "", ""}, {"March 3", d, "2023-03-03", "", "", ""}, {"10 people", factcheck.Count, "10", "", "", ""},
			{"November 1, 1994", d, "1994-11-01", "", "", ""}, {"10 pct", factcheck.Percent, "10", "", "", ""}}},
		{"a range of dates with their years, the days in words", "Holders may buy at 5.50 dlrs from March one, 1988, to\nSeptember one, 1989.", []want{
			{"5.50 dlrs", factcheck.Money, "5.5", "", "USD", ""}, {"March one, 1988, to\nSeptember one, 1989", d, "1988-03-01", "1989-09-01", "", ""}}},
		{"a range across months", "Polls open from May 30 to June 3.", []want{{"May 30 to June 3", d, "2023-05-30", "2023-06-03", "", ""}}},
		{"a range between days of two years", "It bought the shares between Sept 9 and\nMarch 6.", []want{{"Sept 9 and\nMarch 6", d, "2022-09-09", "2023-03-06", "", ""}}},
		{"months of a year joined by a slash", "Exports during Jan/Feb 1987 totalled 39,714 tonnes.", []want{
			{"Jan/Feb 1987", d, "1987-01", "1987-02", "", ""}, {"39,714 tonnes", factcheck.Measure, "39714", "", "tonne", ""}}},
		{"a range whose end wraps to the next line", "The company is to close its refining units from March 15th to March\n28th for maintenance, it said.", []want{
			{"March 15th to March\n28th", d, "2023-03-15", "2023-03-28", "", ""}}},
		{"years listed after a full date, each on its day; no range of a list", "Redemption will be in three tranches on February 2, 1997, 1998 and 1999. Manila will pay over 1987, 1988 and 1989.", []want{
			{"three tranches", factcheck.Count, "3", "", "", ""}, {"February 2, 1997", d, "1997-02-02", "", "", ""}, {"1998", d, "1998-02-02", "", "", ""},
			{"1999", d, "1999-02-02", "", "", ""}, {"1987", d, "1987", "", "", ""}, {"1988", d, "1988", "", "", ""}, {"1989", d, "1989", "", "", ""}}},
		{"a day of the month in words after due", "It did not pay the interest due May One on its notes.", []want{{"May One", d, "2023-05-01", "", "", ""}}},
		{"a day in words after around", "The cuts take effect around May One.", []want{{"May One", d, "2023-05-01", "", "", ""}}},
		{"a day in words after a verb of closing or operating", "The trust was scheduled to close April One. The plant started operating January One.", []want{
			{"April One", d, "2023-04-01", "", "", ""}, {"January One", d, "2023-01-01", "", "", ""}}},
		{"a day in words after a ruling's verb", "New Jersey Bell said the FCC ordered January one that companies could offer equipment.", []want{
			{"January one", d, "2023-01-01", "", "", ""}}},
		{"a capitalised day in words before from or to", "It will add a third daily nonstop April One from New Orleans. The board meets March Nine to form a committee.", []want{
			{"a third", factcheck.Ordinal, "3", "", "", ""}, {"April One", d, "2023-04-01", "", "", ""}, {"March Nine", d, "2023-03-09", "", "", ""}}},
		{"a day of May in words before from and a month", "The warrants were extended to May Nine from April 30.", []want{
			{"May Nine", d, "2023-05-09", "", "", ""}, {"April 30", d, "2023-04-30", "", "", ""}}},
		{"a capitalised day in words before an event of that day", "He succeeds Wall after the May Five annual meeting.", []want{{"May Five", d, "2023-05-05", "", "", ""}}},
		{"a day in words after a ruling", "The board will rule April One on the request.", []want{{"April One", d, "2023-04-01", "", "", ""}}},
		{"a range across months, day first", "The show runs 28 August - 2 September.", []want{{"28 August - 2 September", d, "2023-08-28", "2023-09-02", "", ""}}},
		{"a season from one day to a day of an earlier month", "Netting is banned from November 1 to May 31 each year.", []want{{"November 1 to May 31", d, "2022-11-01", "2023-05-31", "", ""}}},
		{"a range after an adjective in -ing, no verb of change ('the climbing season')", "The climbing season runs from July 1 to Sept. 10.", []want{{"July 1 to Sept. 10", d, "2023-07-01", "2023-09-10", "", ""}}},
		{"a range of days set off by commas after their weekdays", "Crowds are expected from Thursday, May 22, to Monday, May 26, officials said.", []want{{"May 22, to Monday, May 26", d, "2023-05-22", "2023-05-26", "", ""}}},
		{"a US city's numeric dates month first", "The Las Vegas show ran 3/4/2025 through 3/8/2025.", []want{{"3/4/2025 through 3/8/2025", d, "2025-03-04", "2025-03-08", "", ""}}},
		{"a range after a clause of change that 'after' closes", "Mills cut runs by a tenth after the province ordered curbs from 15 May to 30 June.", []want{
			{"a tenth", factcheck.Percent, "10", "", "", ""}, {"15 May to 30 June", d, "2023-05-15", "2023-06-30", "", ""}}},
		{"numeric days run 'through' a day whose numbers show their order", "Liquidation sales are running 3/1 through 4/30.", []want{{"3/1 through 4/30", d, "2023-03-01", "2023-04-30", "", ""}}},
		{"a bare day that ends what a later day of the month named began is of the next month", "The festival began on Oct 24 and ended at midnight on the 11th. The sale began on Oct 4 and ended on the 11th.", []want{
			{"Oct 24", d, "2023-10-24", "", "", ""}, {"11th", d, "2023-11-11", "", "", ""}, {"Oct 4", d, "2023-10-04", "", "", ""}, {"11th", d, "2023-10-11", "", "", ""}}},
		{"a freight report's loading window, days of the month after a slash (but a wire's mixed fraction stays a number)", "LONDON, April 1 - Rotterdam/Karachi 20,000 mt scrap 15-30/4. Shares rose 6-7/8 pct.", []want{
			{"20,000 mt", factcheck.Measure, "20000", "", "tonne", ""}, {"15-30/4", d, "2023-04-15", "2023-04-30", "", ""}, {"6-7/8 pct", factcheck.Percent, "6.875", "", "", ""}}},
		{"a range into the new year", "Offices shut Dec. 30 – Jan. 2.", []want{{"Dec. 30 – Jan. 2", d, "2022-12-30", "2023-01-02", "", ""}}},
		{"a range across months with its year", "It ran Nov 28 through Dec 5, 2022.", []want{{"Nov 28 through Dec 5, 2022", d, "2022-11-28", "2022-12-05", "", ""}}},
		{"between days of two months", "Fares rise between 28 July and 3 August.", []want{{"28 July and 3 August", d, "2023-07-28", "2023-08-03", "", ""}}},
		{"two days of other months are two dates", "Talks were held on June 30 and July 4.", []want{
			{"June 30", d, "2023-06-30", "", "", ""}, {"July 4", d, "2023-07-04", "", "", ""}}},
		{"a later month before is no range, but for a season after 'from'", "Sales July 9 to May 2 rose.", []want{
			{"July 9", d, "2023-07-09", "", "", ""}, {"May 2", d, "2023-05-02", "", "", ""}}},
		{"ordinal word day", "The vote is on the fourth of July.", []want{{"fourth of July", d, "2023-07-04", "", "", ""}}},
		{"ordinal word day at a sentence start", "First of June is the deadline.", []want{{"First of June", d, "2023-06-01", "", "", ""}}},
		{"an ordinal of a month is no date when not a day", "The fourth of the games was won.", []want{{"fourth", factcheck.Ordinal, "4", "", "", ""}}},
		{"month and day with a hyphen", "Sales open Oct-9.", []want{{"Oct-9", d, "2023-10-09", "", "", ""}}},
		{"fiscal year with a slash", "The 2024/25 budget passed, as in 1999-00.", []want{{"2024/25", d, "2024", "2025", "", ""}, {"1999-00", d, "1999", "2000", "", ""}}},
		{"since a day ahead of the nearest reading", "Crowds have marched nightly since Nov. 20, and meet again on Nov. 20.", []want{
			{"Nov. 20", d, "2022-11-20", "", "", ""}, {"Nov. 20", d, "2023-11-20", "", "", ""}}},
		{"year first with slashes", "Filed on 2019/04/15 at noon.", []want{{"2019/04/15", d, "2019-04-15", "", "", ""}}},
		{"numeric dates with dots", "Signed 9.11.2021 and sealed 14.02.22.", []want{
			{"9.11.2021", d, "2021-11-09", "", "", ""}, {"14.02.22", d, "2022-02-14", "", "", ""}}},
		{"numeric dates with hyphens and the year last", "Signed 21-03-2020.", []want{{"21-03-2020", d, "2020-03-21", "", "", ""}}},
		{"a dotted date day first whatever the text's dates in words", "NEW DELHI, Feb 1 (Reuters) - The notice dated 01.02.2025 applies from Feb 2.", []want{
			{"01.02.2025", factcheck.Date, "2025-02-01", "", "", ""}, {"Feb 2", factcheck.Date, "2023-02-02", "", "", ""}}},
		{"dotted dates in the order that makes them all valid", "Filed 04.19.2021, heard 05.03.2021.", []want{
			{"04.19.2021", d, "2021-04-19", "", "", ""}, {"05.03.2021", d, "2021-05-03", "", "", ""}}},
		{"day and month with no year after a word of time", "Bids close on 28/09 and results come by 05/10.", []want{
			{"28/09", d, "2023-09-28", "", "", ""}, {"05/10", d, "2023-10-05", "", "", ""}}},
		{"month first with no year", "Rent is due 11/30.", []want{{"11/30", d, "2023-11-30", "", "", ""}}},
		{"a year before 1800 after a month in full (but a table's abbreviated month)", "He died in July 1799; the plague came in October 1347.\n Dec 1403\n Mar 2901", []want{
			{"July 1799", d, "1799-07", "", "", ""}, {"October 1347", d, "1347-10", "", "", ""}, {"1403", factcheck.Count, "1403", "", "", ""}, {"2901", factcheck.Count, "2901", "", "", ""}}},
		{"a text that names the United States, no dateline, month first", "U.S. meters will charge $2.40 an hour starting 3/1/2025.", []want{
			{"$2.40", factcheck.Money, "2.4", "", "USD", ""}, {"3/1/2025", d, "2025-03-01", "", "", ""}}},
		{"bare dollars alone tell no outlet: day first", "Iron ore held north of $116 a tonne, data released on 11/12/2023 showed.", []want{
			{"north of $116", factcheck.Money, "116", "", "USD", factcheck.LowerBound}, {"11/12/2023", d, "2023-12-11", "", "", ""}}},
		{"a text of dollars that writes its dates day first reads no outlet's order", "Filed $1.3 trillion on 22 January, after 9/11.", []want{
			{"$1.3 trillion", factcheck.Money, "1300000000000", "", "USD", ""}, {"22 January", d, "2023-01-22", "", "", ""}}},
		{"a pair with no word of time is no date", "Staff work 24/7 and 3/5 agreed; on 2/3 of days.", []want{
			{"2/3 of days", factcheck.Percent, "66.67", "", "", ""}}},
		{"a version's number is no date", "It runs release 2.4.11 now.", nil},
		{"dots and a two-digit year after a preposition of a day", "The contract was signed in Vienna on 12.3.24, after release 3.5.12.", []want{
			{"12.3.24", d, "2024-03-12", "", "", ""}}},
		{"day and month joined by a hyphen or a slash", "Bids close 14-Sep and 3/Nov.", []want{
			{"14-Sep", d, "2023-09-14", "", "", ""}, {"3/Nov", d, "2023-11-03", "", "", ""}}},
		{"day, month and year joined", "Filed 7-Feb-2020 and 19/Aug/98, paid 2-Jan-19.", []want{
			{"7-Feb-2020", d, "2020-02-07", "", "", ""}, {"19/Aug/98", d, "1998-08-19", "", "", ""}, {"2-Jan-19", d, "2019-01-02", "", "", ""}}},
		{"a day that the month has not is no date", "The 31-Apr rumour spread.", []want{{"31", factcheck.Count, "31", "", "", ""}}},
		{"a compound ordinal word day", "Polls close on the twenty-second of October; Thirty-first of May is late.", []want{
			{"twenty-second of October", d, "2023-10-22", "", "", ""}, {"Thirty-first of May", d, "2023-05-31", "", "", ""}}},
		{"two days running in digits with 'and' one span, two days apart two dates", "Viewing opens on 12/08/2025 and 13/08/2025; talks were on 3/2/2021 and 15/8/2022.", []want{
			{"12/08/2025 and 13/08/2025", d, "2025-08-12", "2025-08-13", "", ""}, {"3/2/2021", d, "2021-02-03", "", "", ""}, {"15/8/2022", d, "2022-08-15", "", "", ""}}},
		{"a compound ordinal with no month stays an ordinal", "It was her twenty-first title.", []want{{"twenty-first", factcheck.Ordinal, "21", "", "", ""}}},
		{"a span of years in one era, its era said after the end or at both ends", "The pots date from 1150–1000 BC, the walls between 3000 and 2900 BC, the site from 4500 BC to 500 BC.", []want{
			{"1150–1000 BC", factcheck.Date, "-1149", "-0999", "", ""}, {"between 3000 and 2900 BC", factcheck.Date, "-2999", "-2899", "", ""}, {"4500 BC to 500 BC", factcheck.Date, "-4499", "-0499", "", ""}}},
		{"a day written as an ordinal word before 'day of' and its month, as a charter writes it", "Signed this fourteenth day of July, the charter stands. Done the twenty-first day of June, 2021.", []want{
			{"fourteenth day of July", factcheck.Date, "2023-07-14", "", "", ""}, {"twenty-first day of June, 2021", factcheck.Date, "2021-06-21", "", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "2023-06-15", tt.want) })
	}
}

// TestDayAheadOfDateline: a day of the month as an ordinal, ahead of a
// dateline's date that names its day first, is of the dateline's month,
// though a date of an earlier month comes before it.
func TestDayAheadOfDateline(t *testing.T) {
	d := factcheck.Date
	checkClaims(t, "MADRID, 8 Feb — The yield fell from the previous sale on January 4; the next auction is on the 22nd.", "", []want{
		{"January 4", d, "--01-04", "", "", ""}, {"22nd", d, "--02-22", "", "", ""}})
	checkClaims(t, "KOUROU, 19 Feb — It moved the launch of its heavy-lift rocket to the 26th.", "", []want{{"26th", d, "--02-26", "", "", ""}})
	// "on the 31st" before the past verb of the clause around it is a day
	// gone, of the month before the dateline's
	checkClaims(t, "LITTLE ROCK, Ark., April 2 (Reuters) - The tornado that struck on the 31st damaged some 2,600 structures.", "", []want{
		{"31st", d, "--03-31", "", "", ""}, {"some 2,600 structures", factcheck.Count, "2600", "", "", factcheck.Approx}})
	// a span of years before "school year" or "fiscal year" is the years'
	// span, no length of time
	checkClaims(t, "Pupils returned for the 2025-2026 school year, which runs 185 days.", "", []want{
		{"2025-2026", d, "2025", "2026", "", ""}, {"185 days", factcheck.Duration, "185", "", "day", ""}})
	// a day ahead after a date of a year gone is of the dateline's month
	checkClaims(t, "PHOENIX, March 29 (Reuters) - The truck ran a red light on Aug. 14, 2020; post-trial motions are due by the 31st.", "", []want{
		{"Aug. 14, 2020", d, "2020-08-14", "", "", ""}, {"31st", d, "--03-31", "", "", ""}})
	// a day the month named has not is of the month before it
	checkClaims(t, "HOUSTON (AP) — The Final Four is April 1-3, and the fan fest opens on the 31st, staffed by volunteers.", "", []want{
		{"April 1-3", d, "--04-01", "--04-03", "", ""}, {"31st", d, "--03-31", "", "", ""}})
}

// TestPublishedFromDateline: an article with no date given is dated by its
// dateline, whatever the length of its place, or by a date on its first
// line when that is a headline or a date line, not a paragraph.
func TestPublishedFromDateline(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"BID RAISED\n    NEW YORK, March 24 - Ecolab said it started its offer.\n", "--03-24"},
		{"BID RAISED\n    OAK BROOK, ILL., March 20 - Waste Management said it amended its offer.\n", "--03-20"},
		{"BID\n    WOODBRIDGE, N.J., March 9 - Supermarkets General said it got a bid.\n", "--03-09"},
		{"BID\n    RIPLEY, W. Va., March 19 - The mine said it would close.\n", "--03-19"},
		{"BID RAISED\n    SAO PAULO, Brazil, March 5 - Seamen said the strike goes on.\n", "--03-05"},
		{"ANKARA, Nov 6 (Reuters) - Talks resumed.\n", "--11-06"},
		{"Talks resumed on March 3 in Ankara.\n", ""},
		{"REVLON RESULTS\n    New York, April 1 - Revlon had net profits of 16,465,000 for the year ended Dec. 31, 1986.\n", "--04-01"},
		{"JAMAICA\n    NEW YORK, March 6 - Payments fall due by March 31, 1988.\n", "--03-06"},
		{"RESULTS\n    NEW YORK, March 6, 1987 - It reported.\n", "1987-03-06"},
		{"Ten-year tragedy\n\nThe guitarist vanished 10 years ago, on 1 February 1995.\n", ""},
		{"March 24, 2023\nCouncil passes budget\nThe council voted.\n", "2023-03-24"},
		{"Council passes budget\nBy Ana Lee. Published: March 24, 2023\nThe council voted.\n", "2023-03-24"},
		{"Wellington harbour ferry opens\n\nWELLINGTON, 4 March 2024 - The ferry carried 777 passengers.\n", "2024-03-04"},
		{"MADRID, 8 Feb — Spain's Treasury sold bonds.\n", "--02-08"},
		{"Published 21/11/2024\nThe council will dig up the road from February 3.\n", "2024-11-21"},
		// a photo caption opening a page is a paragraph, not a date line
		{"The mayor speaks at a rally on Monday, March 13, 2023, in Dayton, Ohio. She is holding her first rally of the campaign " +
			"in Toledo on Saturday, as she faces a recall vote. (Ann Lee/AP)\n\nThe mayor will hold her rally on Saturday.\n", ""},
		{"By Ann Lee | Updated March 13, 2023, 3:24 PM\nThe council voted.\n", "2023-03-13"},
	} {
		a, err := ParseArticle("t.txt", []byte(tt.in), "")
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != tt.want {
			t.Errorf("%q: published %q, want %q", tt.in, a.Published, tt.want)
		}
	}
}

// TestExtractNumericDateForms reads numeric dates written unpadded, with a
// year of two digits after a preposition of a day, a month's abbreviation
// joined to its day by a slash, and a day and month after a weekday's
// name; a tally of three figures stays none.
func TestExtractNumericDateForms(t *testing.T) {
	d := factcheck.Date
	tests := []struct {
		name, in string
		want     []want
	}{
		{"a day and a month each ended by a stop, after a word in small letters and before no new sentence, are a date, and two a range (but a version named is none)", "Temperatures plunged in Enontekio on 4.1., the coldest reading. The strike, set for 15.02. to 17.02., could affect flights. It launched Release 1.1. that offers more.", []want{
			{"4.1.", d, "--01-04", "", "", ""}, {"15.02. to 17.02.", d, "--02-15", "--02-17", "", ""}}},
		{"a date with dashes and a year of two digits after 'by' or 'through', and a day with a slash after 'rescheduled for', are dates", "CHICAGO (AP) — Voters must return them by 3-19-24; early voting runs through 3-18-24. Shows will be rescheduled for 3/14.", []want{
			{"3-19-24", d, "2024-03-19", "", "", ""}, {"3-18-24", d, "2024-03-18", "", "", ""}, {"3/14", d, "2024-03-14", "", "", ""}}},
		{"a numeric date in a story of a US programme named by its initials is month first", "Since 10/01/2022, the maximum monthly SNAP benefit for a household of four has been $939.", []want{
			{"10/01/2022", d, "2022-10-01", "", "", ""}, {"four", factcheck.Count, "4", "", "", ""}, {"$939", factcheck.Money, "939", "", "USD", ""}}},
		{"a yearless date after a weekday abbreviated with a full stop", "Mon., 11/17: the council meets. Tues., 11/18: early voting opens.", []want{
			{"11/17", d, "--11-17", "", "", ""}, {"11/18", d, "--11-18", "", "", ""}}},
		{"a dashed date with a short year after 'starting'", "A subscription starting 15-12-24 costs Rs 999.", []want{
			{"15-12-24", d, "2024-12-15", "", "", ""}, {"Rs 999", factcheck.Money, "999", "", "INR", ""}}},
		{"a fiscal year whose end is written by its last digit", "Spending will be £32bn in 2005/6 and rise by 2007-8.", []want{
			{"£32bn", factcheck.Money, "32000000000", "", "GBP", ""}, {"2005/6", factcheck.Date, "2005", "2006", "", ""}, {"2007-8", factcheck.Date, "2007", "2008", "", ""}}},
		{"year first, unpadded", "Polling day is 2018-7-6; the report dated 2015.5.13 leaked, and version 2023.1.2 shipped.", []want{
			{"2018-7-6", d, "2018-07-06", "", "", ""}, {"2015.5.13", d, "2015-05-13", "", "", ""}}},
		{"a year of two digits after hyphens and a preposition of a day", "The hearing was held on 9-18-15; the vote went 12-10-8.", []want{
			{"9-18-15", d, "2015-09-18", "", "", ""}}},
		{"a month's abbreviation and its day by a slash", "The deadline is Jan/15; talks resume on Feb/3/2024.", []want{
			{"Jan/15", d, "--01-15", "", "", ""}, {"Feb/3/2024", d, "2024-02-03", "", "", ""}}},
		{"a day and month after a weekday, day first with nothing to tell", "The board met on Friday 7/6 and on Tuesday, 22/6.", []want{
			{"7/6", d, "--06-07", "", "", ""}, {"22/6", d, "--06-22", "", "", ""}}},
		{"a day's ordinal whose month a later day of its clause names", "It was reported on the 2nd and by the 9th of March had spread; between the 1st and the 5th of August trees were planted; he came 2nd and the 5th of May was a holiday.", []want{
			{"2nd", d, "--03-02", "", "", ""}, {"9th of March", d, "--03-09", "", "", ""}, {"1st and the 5th", d, "--08-01", "--08-05", "", ""},
			{"2nd", factcheck.Ordinal, "2", "", "", ""}, {"5th of May", d, "--05-05", "", "", ""}}},
		{"a day's year cut short after an apostrophe; dots and a two-digit year after the night of", "The footage, stamped 3rd Sept '21, was shot on the night of 7.11.19; version 3.5.12 shipped.", []want{
			{"3rd Sept '21", d, "2021-09-03", "", "", ""}, {"7.11.19", d, "2019-11-07", "", "", ""}}},
		{"days of one month dashed, the month said twice, either first or second (but a range of fractions before a unit)", "The poll, conducted 10/12–10/14 among 812 voters, and a survey in the field 3/4-6/4, used a 1/4-3/4 inch grid.", []want{
			{"10/12–10/14", d, "--10-12", "--10-14", "", ""}, {"812 voters", factcheck.Count, "812", "", "", ""}, {"3/4-6/4", d, "--04-03", "--04-06", "", ""}}},
		{"a day after a date of its sentence runs on in that month, whatever the publication's", "Date: 5 February 2024\nA patient admitted on December 29 waited 61 hours for a bed and was not discharged until the 31st.", []want{
			{"December 29", d, "2023-12-29", "", "", ""}, {"61 hours", factcheck.Duration, "61", "", "hour", ""}, {"31st", d, "2023-12-31", "", "", ""}}},
		{"a day after a date of its sentence, beyond the publication's day, runs on in that month", "Evacuation flights out of Kabul began on August 15, 2021 and ended on the 31st, having carried some 124,000 people.", []want{
			{"August 15, 2021", d, "2021-08-15", "", "", ""}, {"31st", d, "2021-08-31", "", "", ""}, {"some 124,000 people", factcheck.Count, "124000", "", "", factcheck.Approx}}},
		{"a day after 'by the', its clause going on, in the month of the date before", "Two Sherpas fixed ropes on May 11, and by the 21st some 400 climbers had followed them.", []want{
			{"Two Sherpas", factcheck.Count, "2", "", "", ""}, {"May 11", d, "--05-11", "", "", ""}, {"21st", d, "--05-21", "", "", ""}, {"some 400 climbers", factcheck.Count, "400", "", "", factcheck.Approx}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClaims(t, tt.in, "", tt.want) })
	}
}
