package group

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

// TestSuggestionsGold scores the suggestions as
// ../shared/tools/score_suggestions.py does, over every story batch
// whose checkers' suggestions were annotated blind with their groups
// (testdata/suggestions, one file for each such batch of testdata/groups). A
// gold suggestion is found when the claim's suggestion has its verdict
// (and, superseded, names a claim of the same gold group); a suggestion
// on a grouped gold claim is right when the gold suggests the same
// verdict there. Floors on the totals: recall 98/351 and precision 111/161
// when the floors were last set (session 17, with four batches built and
// scored once that session; the 36 before them 90/301 and 103/141); then
// 107/394 and 120/178, with four more batches of that session (Chrysler's
// buyout of AMC, read once, 1 of 9 found and 1 of 6 right: the value of
// the deal and its price before debt one moving sum to the rules); 107/408
// and 123/184 with the two kept unseen to the session's end (Viacom 0 of
// 8, 3 of 6; the Oscars 0 of 6); 114/438 and 130/200 with the session's
// last four (Borg-Warner, iPod and iTunes, BP and Standard Oil, Liverpool),
// each read once: on fresh stories about half of what is suggested is
// right; 114/450 and 130/205 with the rubber talks and the dollar's lows
// against the euro (read once: 0 of 3 and 0 of 9, 15 made for the rubber
// talks and none right); 119/475 and 136/212 with the Philippines' debt
// talks and the G8's aid for Africa (read once: 3 of 22, 4 of 4; 2 of 3,
// 2 of 11); 119/484 and 136/214 with South Africa's debt standstill and
// Kilroy-Silk's Veritas (read once: 0 of 4, 0 of 2; 0 of 5, none made);
// 124/484 and 141/223 once sums that no frame reads moved too (session 19);
// 126/507 and 143/223 with four more of that session, read once (Baker
// and Hughes 0 of 5, none made; Greene's jail tour 1 of 1; Becor Western
// 0 of 6, 0 of 3, 1 of 6 once a meeting's adjourned date moved; the US box
// office 0 of 11); 127/526 and 144/232 with two more read once (Brazil's
// debt talks 1 of 8, 1 of 8 right; the US trade deficit 0 of 11, 0 of 1),
// the precision floor lowered to 0.62 for them; 127/528 and 144/232 with
// the EC's steel quotas (0 of 2, none made) and a baseball final (none
// expected); 127/534 and 144/231 with the Balco trial (0 of 6, none made),
// the recall floor lowered to 0.23 for it; 127/534 and 144/224 once a
// story's dates of two value joined only on rare words or a deadline;
// 128/542 and 145/229 with the House's fiscal 1988 budget (1 of 8, 1 of 5);
// 131/542 and 149/236 once one story's equal figures joined whatever their
// words (session 20); 131/542 and 149/233 once a date asked for ("suggested
// ... an extension ... until May 31") superseded no deadline set; 133/551
// and 153/239 with two more read once (Allegheny International's buyout, 2
// of 8, 4 of 4 right; Wales's Six Nations, 0 of 1, 0 of 2); 130/551 and
// 150/240 once stories were named by firms in capitals too and a count's
// event read from its own clause (session 21); 130/562 and 150/247 with
// GenCorp's defences read once (0 of 11, 0 of 7: see TestGroupsGold), the
// precision floor lowered to 0.60 for it; 136/569 and 156/258 with
// Comdata's bids (2 of 7, 2 of 4 once "an improvement over" was a change)
// and 136/571 with spring 2005's distance running (0 of 2, none made);
// 137/572 and 157/262 with Yugoslavia's strikes (1 of 1 once one count
// of a subject in each of two reports moved, which made Germany's jobless
// total one figure, disputed between undated reports where its hand
// orders them: 0 of 5 right), the precision floor lowered to 0.59;
// 142/578 and 162/267 with CSR's sale of Delhi and bid for Pioneer Sugar
// (5 of 6, 5 of 5); 142/590 and 162/269 with Argentina's debt talks (0 of
// 12, 0 of 2); 142/591 and 162/269 with Mark IV's bid for Conrac (0 of 1,
// none made once "nearly 6.8 mln" restated "about 6.75 mln"); 145/602
// and 165/275 in session 22, with Ferruzzi's purchase of CPC's milling
// (1 of 2, 1 of 2 once "in excess of 600 mln dlrs" and "630 mln" were
// one price), Cuba's sugar crop (0 of 8, none made) and the 2005 European
// indoors (0 of 1), measures moved between reports costing two right;
// 158/625 and 178/294 with Taiwan's reserves (13 of 18, 13 of 19 once its
// currency's rates were money and a forecast no report of its value) and
// Henley's stake in Santa Fe (0 of 5, none made); 158/629 and 178/291
// with Banner's purchase of Rexnord (0 of 4, none made) and two loosely
// said values of one article kept apart; 158/629 and 178/288 once a
// trade's partner ("surplus with the U.S.") told two surpluses apart;
// 158/629 and 178/292 once a statement of what will be was compared with
// its like (Banner's 97 and 96 pct one stake, disputed where the hand
// supersedes: a sentence's "Feb 27" dates the 96 pct before the 97);
// 166/681 and 188/304 with Allis-Chalmers (0 of 1, 0 of 2 right) and
// Argentina's harvest forecasts (8 of 51, 10 of 10 once ranges moved);
// 166/685 and 188/312 with France's sale of CGCT (0 of 4, 0 of 8 right)
// and England's 2005 Six Nations (none expected, none made); 173/698 and
// 196/321 with American Express's sale of a stake in Shearson (6 of 13, 7
// of 7) and a bond's maturity no longer the year of a story's dates;
// 173/705 and 196/322 with Sri Lanka's drought (0 of 7, 0 of 1 right),
// and the same with the bids for Harper and Row and the 2005 Baftas
// (session 23: none expected, none made); 175/723 and 198/347 with the
// San Miguel shares (1 of 10, 1 of 22 right) and Jamaica's debt (1 of 8,
// 1 of 3), read once; 176/723 and 199/335 once a figure "last year" or
// "in March 1986" was of its time and "33 mln shares, which grew to 38
// mln" a change; 180/723 and 203/335 once a whole count or length under
// 100 rounded none ("10 years", "12 years") and four values or more
// disputed none; 182/733 and 207/340 with Crazy Eddie's bid (0 of 4, none
// made) and the EC's sugar intervention (2 of 6, 4 of 4 right), read
// once; 183/733 and 208/341 once a report retold the same day with another
// figure was one fact with it; 185/741 and 210/344 with Alusuisse's
// capital cut (0 of 3, none made) and Mexico's bank loan (2 of 5, 2 of 3
// right), read once; 185/752 and 210/344 with Coastal's bid for
// TransAmerican (0 of 4) and the US duties on Brazil's orange juice (0 of
// 7), read once, none made; 187/782 and 215/349 with Brierley's bids for
// Progressive (1 of 7, 1 of 1 right) and South Korea's 1987 surplus (0 of
// 23, 1 of 1 right), read once; 191/792 and 219/353 with Williams' bid
// for Norcros (4 of 10, 4 of 6 right), read once; 191/800 and 220/354
// with the EC's release of British intervention wheat (0 of 8, 1 of 1
// right), read once; 197/800 and 226/361 once a change's verb may name its
// older figure by a pronoun ("had to raise this to seven billion");
// 201/811 and 230/367 with Japan's stop-gap budget (0 of 2, none made) and
// the buyout of Revlon (4 of 9, 4 of 6 right, once a change's older figure
// had its noun before it: 0 of 9 on first reading); 201/841 and 230/368
// with the date of the 2005 UK election (0 of 4, none made) and the Bank
// of France's rates (0 of 26, 0 of 1 right), read once; 202/860 and
// 232/377 with Harcourt's defence (0 of 1, 0 of 5 right) and Bahia's
// cocoa crop (1 of 18, 2 of 3 right), read once; 202/860 and 232/372
// once a dividend was no bid and "22.0 mln" stated its tenth; 211/882
// and 241/382 with the pilots' offer for United Airlines (2 of 8, 2 of 2
// right; 1 of 8 on first reading) and China's 1986 deficit (7 of 14, 7 of
// 7 right), read once; 212/897 and 242/383 with Qintex's tender for
// Princeville (0 of 12) and the Basin pipeline's floods (0 of 3), read
// once, none made; 212/897 and 242/382 once a sum of millions cut short
// of its last digit ("95 mln dlrs" of "95.9 mln") disputed none (session
// 26); 213/903 and 243/386 with four more read once: Brazil's May coffee
// registrations (0 of 1, 0 of 3 right: each day's bags and their total
// read as one count that moved), Elders' purchase of Carling O'Keefe (1
// of 4, 1 of 1), Nigeria's debt rescheduling (0 of 1, none made) and a
// day's weather reports (none expected); 214/911 and 244/400 with four
// more read once: the explosions at Grangemouth (0 of 2, 0 of 3 right on
// first reading), Sharon Steel's exchange offer (1 of 3, 1 of 1), Zambia's
// kwacha auction (0 of 1, 0 of 9 right: its rates of several times one
// rate that moved) and the highway bill's veto (0 of 2, 0 of 3 right);
// 214/912 and 244/402 with K mart's results (none expected, 2 made once a
// forecast "up from 23.8 billion dlrs in sales in 1986" was no change of
// the sales; 3 on first reading) and Canada's duty on US corn (0 of 1,
// none made), read once; 216/940 and 247/422 with six more read once
// (session 27): the tin producers' quotas (0 of 2, 0 of 1 right), the
// bids for Monier (0 of 4, 1 of 1), Britain's 1987 budget (1 of 8, 1 of
// 1), France's inflation (0 of 9, 0 of 6 right: percentages of growth,
// inflation and wages of one value joined), South Africa's mineworkers (0
// of 2, 0 of 6 right: one mine's strikers read as superseded by another's)
// and Yugoslavia's debt (1 of 3, 1 of 5), which took precision's floor
// from 0.59 to 0.58 and recall's from 0.23 to 0.22 (216/940 is 0.2298);
// 218/962 and 249/443 with four more read once: Brazil's Saudi crude (0
// of 2, none made), Taiwan's surplus with the US (0 of 6, 0 of 2 right),
// GM's temporary layoffs (1 of 5, 1 of 13 right: one plant's workers
// disputed by another's, their groups joined) and Finland's election (1
// of 9, 1 of 6), precision's floor to 0.55; 222/1003 and 254/456 with
// four more read once: the Soviet purchases of US corn (2 of 10, 2 of 2),
// Japan's telecom merger (0 of 8, 0 of 2 right), the tin pact's extension
// (0 of 2, none made) and the Bank of Spain's tightening (2 of 21, 3 of 9
// right: percentages of several figures of one value joined); 222/1003
// and 253/447 once a change asked for joined no figures (session 28);
// 226/1037 and 257/462 with four more read once: India's sugar tenders
// (0 of 4, 0 of 0 made on its groups), IG Metall's wage round (0 of 3, 0
// of 3), Fleet's merger with Norstar (0 of 8, 0 of 1) and Venezuela's
// debt rescheduling (4 of 19, 4 of 11 once its spreads were one), which
// took recall's floor to 0.21; 234/1070 and 265/472 with four more read
// once: PDVSA's half of Champlin (0 of 4, none made), Australia's falling
// rates (5 of 18, 5 of 9), the US trade deficit (0 of 4, none made) and
// Dome's debt restructuring (3 of 7, 3 of 3); 235/1079 and 266/482 with
// three more read once: China's drought and grain (0 of 2, 0 of 6 right:
// 1986's harvest read as superseded by 1987's forecast), the FSLIC's
// rescue (0 of 4, none made) and Italy's economy (1 of 3, 1 of 4);
// 237/1099 and 270/488 with the chip makers' book-to-bill ratio (2 of 20,
// 4 of 6 once a ratio's level was a measure); 283/1099 and 318/584 once
// the older figure of any change a sentence states ("raised its offer to
// 92.50 dlrs from 80 dlrs"), not only of a revision, was superseded by
// its newer (session 29): the hands of 60 such figures grouped with their
// newer call them superseded, those of 16 give none; precision's floor to
// 0.54 and recall's to 0.25; 294/1143 and 338/610 with five more read
// once: IBP's lockout (none expected, 0 of 2 right), USAir's bid for
// Piedmont (3 of 3, 3 of 4), the crude postings (1 of 8, 4 of 5),
// Britain's base rate cuts (2 of 24, 7 of 8) and Australia's wheat crop
// (1 of 9, 2 of 3); 294/1143 and 338/609 once a price set back and
// forth by its setter's announcements moved; 308/1180 and 354/639 with
// four more read once: Mellon's first-quarter loss (2 of 11, 2 of 4),
// Australia's current account (6 of 13, 6 of 15), US copper prices (6 of
// 10, 8 of 11) and the report on JAL's crash (0 of 3, none made);
// 309/1199 and 355/648 with four more read once: Diamond Shamrock's
// restructuring (0 of 4, none made on its groups), the Farm Credit
// System's rescue (0 of 8, none made), Japan's record unemployment (1 of
// 5, 1 of 9) and Siemens's purchase of Tel Plus (0 of 2, none made);
// 316/1219 and 363/661 with four more read once: Volkswagen's currency
// fraud (6 of 8, 6 of 8), Endotronics's collapse (none expected), US
// planting intentions (0 of 11, 1 of 4) and US banks' Brazilian loans (0
// of 1, none on its groups); 319/1252 and 370/678 with four more read
// once: Saudi Arabia's defence of OPEC's pact (0 of 4, 0 of 2), Japan's
// economic package (0 of 6, none on its groups), the EC's budget and farm
// prices (1 of 5, 1 of 2) and the weekly M-1 money supply (2 of 18, 6 of
// 13 once a week's figures were its own); 326/1301 and 377/693 with the
// weekly US oil inventories read once (8 of 49, 8 of 16); 326/1306 and
// 377/696 with Bolivia's debt buyback read once (0 of 5, 0 of 3 right),
// which took recall's floor to 0.24 (326/1306 is 0.2496); 326/1306 and
// 377/695 once a statistic's sums were indicators (session 30); 328/1332
// and 379/701 with Peru's debt and trade figures by two hands and HCA's
// buyout read once (0 of 12, 0 of 1; 0 of 13, 0 of 3; 0 of 1, none on its
// groups; then 1 of 12, 1 of 2 and 1 of 13, 1 of 4, the revised exports
// superseded); 328/1332 and 378/700 once "from 17.8 mln tonnes in 1986/87
// to 13.5 mln in 1989/90" gave two periods' figures (session 31, a right
// superseded lost: the hand groups the 1989/90 forecast apart); 331/1345
// and 382/711 with three more read once: BHP's nine-month results (0 of
// 5, none made on its groups), the US sugar quota (0 of 1, 0 of 4 right)
// and Belgium's financing requirement (3 of 7, 4 of 7), which took
// precision's floor to 0.53; 335/1370 and 386/718 with three more read
// once: Bally's restructuring (0 of 5, none made), Colombia's coffee
// revenue (0 of 9, none made) and the US prime rate's rise (4 of 11, 4
// of 7 right); 343/1370 and 395/728 once a figure described after "to"
// or "from" ended a change ("from an aggressive 75.5 pct"); 360/1406 and
// 416/755 with three more read once: Holiday's recapitalization (1 of 1,
// 1 of 3), Malaysia's export duties (7 of 13, 7 of 7) and France's
// reserves (9 of 22, 13 of 17); 369/1406 and 423/762 once a figure set
// each month changed from last month's; 378/1441 and 433/777 with three
// more read once: Ohio Mattress's purchase of Sealy (0 of 5, none made;
// then 5 of 5), the IEA's oil market report (0 of 22, 0 of 4 right) and
// West Germany's growth forecasts (4 of 8, 5 of 8); 395/1491 and 454/799
// with the session's last three read once: Woolworth Holdings (4 of 10,
// 5 of 5), Europe's beet plantings (1 of 18, 1 of 1) and Taiwan's
// certificates of deposit (10 of 22, 13 of 14); 403/1573 and 463/833
// with twelve of session 32's batches (read once at 75b38fe: Jardine's
// "B" shares 1 of 14, 2 of 2; US oil imports 0 of 3, none made; Spain's
// inflation 0 of 6, 0 of 1; ABM Gold's offer 0 of 6, none made; Japan's
// beef quotas 0 of 1, none made; Japan's GNP 1 of 14, 1 of 8; GM's
// buyback 1 of 3, 1 of 4; Japan's trade surplus 0 of 7, 1 of 3; US bank
// failures 0 of 9, 0 of 2; Tesco's bid 0 of 5, none made; the EC's sugar
// tenders 0 of 2, 0 of 17; the Bank of England's money market 0 of 12, 2
// of 6) and the session's rules by then; 409/1602 and 473/847 with its
// last three (NECO's tender 0 of 2, none made; April's lead prices 1 of
// 13, 1 of 10; Thailand's economy 4 of 14, 8 of 9) and indicators read
// by their months and their nations' adjectives; with session 33's eight
// batches read once at 7462c2b (CTS's settlement 2 of 3, 2 of 7; heating
// oil barge prices 0 of 6, 0 of 9; US jobs data 0 of 7, 0 of 2;
// Symbion's bid 0 of 2, 0 of 1; Canadian banks' losses 1 of 7, 3 of 3;
// GM's sales and output 0 of 14, 3 of 4; the Soviet grain crop 0 of 6,
// none made; Hong Kong's prime rate 4 of 13, 4 of 5) and four more read
// once at 1abadc3 (Chi-Chi's charge 0 of 2, 0 of 1; the strike on Iran's
// platforms 0 of 4, none made; New Zealand's economy 7 of 12, 7 of 16;
// the 0/92 farm plan 0 of 3, none made), see the session's note for the
// figures since; with session 34's eight read once at 3b50ab3 (the tug ban
// 0 of 2, none made; West Germany's current account 0 of 13, 2 of 9;
// OPEC's June meeting 0 of 6, 0 of 1; Indonesia's debt 2 of 4, 2 of 2;
// Florida's oranges 0 of 10, none made; the Bundesbank's money market 7
// of 13, 9 of 12; IBM's quarter 0 of 1, 0 of 6; Honeywell Bull none
// expected), 449/1730 and 518/834 by their rules; with four more read
// once at 81e8dc4 (Japan's earthquakes 0 of 2, 0 of 2; the dollar's lows
// against the yen 0 of 5, 1 of 1; Canada's bonds 0 of 1, 0 of 2;
// Goodyear's units 0 of 3, 0 of 2), 449/1741 and 519/841; with four more
// read once at 8a5c7a2 (Japan's industrial production 2 of 4, 2 of 3;
// Swire's and Cathay's results 1 of 9, 1 of 1; precious metals' prices 2
// of 25, 2 of 6; the USDA certificates' cost 0 of 4, none made), 458/1783
// and 528/856; with session 35's eight read once at 13b0228 (Pegasus
// Gold's results 1 of 8, 1 of 1; South Africa's reserves 0 of 5, 0 of 11;
// the sugar market 1 of 15, 1 of 4; Britain's polls 0 of 19, 17 of 18;
// Burlington 0 of 3, 0 of 2; the rig count 3 of 29, 10 of 14; the IADB's
// veto 0 of 3, 0 of 3; the Bank of England's money market 2 of 5, 2 of
// 10), 469/1870 and 563/933 by this session's rules; 563/928 once a
// figure given loosely disputed none near it; with eight more read once
// (Swissair none expected, 0 of 3; the farm program 0 of 1, 0 of 7;
// China's debt 0 of 4, 0 of 9; Airbus 4 of 10, 4 of 4; the crash 0 of 11,
// 0 of 2; Karbala-8 0 of 1, none made; France 1 of 4, 1 of 5; the contras
// 0 of 1, none made), 474/1902 and 568/954; with the last four (First
// Interstate 0 of 6, none made; Australia's deficit 0 of 6, 0 of 1;
// Taiwan's soybeans 1 of 8, 1 of 4; Italy's crisis none expected), 475/1922
// and 569/959; 479/1922 and 575/965 by session 36's rules; with its
// eighteen read once at 41f9c05 (16 of 130 found, 18 of 44 right; see
// TestGroupsGold), 497/2052 and 595/1012; with three more read once at
// 41f9c05 (1 of 23, 1 of 4), 494/2075 and 596/1017 (0.238, 0.586) by the
// rules of 7ef1b25; with two more read once at 291724f (7 of 37, 10 of
// 14), 501/2112 and 606/1031 (0.237, 0.588); with session 37's eleven read
// once at e966e13 and ba380b4 (7 of 51 found, 10 of 27 right; see
// TestGroupsGold), 508/2163 and 616/1059 (0.235, 0.582); with one more
// read at e2204c8 (0 of 1, 0 of 1), 508/2164 and 616/1060; 616/1059 once
// two nations' tolls were two facts; with the IMF's outlook read once at
// 757b232 (1 of 10, 4 of 6), 509/2174 and 620/1065 (0.234, 0.582); with
// sessions 38 and 39's batches, 614/2575 and 734/1233 (0.238, 0.595) at
// d2da4e5; with session 40's twelve read once at d2da4e5 (11 of 81 found,
// 17 of 41 right; see TestGroupsGold), 625/2656 and 749/1269 (0.235,
// 0.590); 628/2656 and 751/1295 once a small import was read as one story;
// with session 41's eight read once at f956b14 (4 of 102 found, 6 of 19
// right; see TestGroupsGold), 632/2758 and 759/1319 (0.229, 0.575), which
// took recall's floor to 0.22; with two more read once at 16f2d0d (0 of
// 12, none made), 632/2770 and 759/1319 (0.228, 0.575); 717/2861 and
// 851/1399 (0.251, 0.608) at session 49's start, 714/2861 and 848/1368
// (0.250, 0.620) once no more than three claims of one time were
// disputed (maxDisputeClaims), which took the floors to 0.24 and 0.60;
// 715/2861 and 849/1378 (0.250, 0.616) at session 54's start, 754/2861
// and 896/1370 (0.264, 0.654) once a market's readings changed, past
// figures were superseded, dates ahead of an article no longer dated its
// figures and a value a change replaced was no longer disputed between
// dated reports, which took the floors to 0.26 and 0.65; 761/2861 and
// 909/1358 (0.266, 0.669) at session 72's start, 758/2861 and 903/1324
// (0.265, 0.682) once a change only planned and a flow's change between
// two periods left their older figure unjudged (plannedChange,
// ofOtherPeriod) and a month before a flow named its reporting period;
// 764/2861 and 909/1330 (0.267, 0.683) once a running total told again
// days later in the same sentence joined its earlier figure.
func TestSuggestionsGold(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "suggestions", "*.jsonl"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no suggestions gold: %v", err)
	}
	var found, wanted, right, made int
	for _, path := range paths {
		goldOf := readGroupsGold(t, filepath.Join("testdata", "groups", filepath.Base(path)))
		claims, pub, names := parseCorpusDocs(t, goldOf)
		places := Group(claims, pub, names)
		at := func(key string) int { // the claim covering a gold member's start, or -1
			doc, s, _ := strings.Cut(key, ":")
			start, _ := strconv.Atoi(s)
			for i, c := range claims {
				if c.Doc == doc && c.Start <= start && start < c.End {
					return i
				}
			}
			return -1
		}
		gold := readSuggestionsGold(t, path)
		byClaim := map[string]goldSuggestion{}
		f := 0
		for _, g := range gold {
			byClaim[g.Claim] = g
			i := at(g.Claim)
			if i < 0 || places[i].Suggestion == nil || string(places[i].Suggestion.Verdict) != g.Verdict {
				continue
			}
			if s := places[i].Suggestion; g.Verdict == string(factcheck.Superseded) {
				if s.By == nil || !byInGroup(claims, at, *s.By, g, goldOf) {
					continue
				}
			}
			f++
		}
		r, m := 0, 0
		for member := range goldOf {
			i := at(member)
			if i < 0 || places[i].Suggestion == nil {
				continue
			}
			m++
			if g, ok := byClaim[member]; ok && g.Verdict == string(places[i].Suggestion.Verdict) {
				r++
			}
		}
		t.Logf("%s: recall %d/%d, precision %d/%d", filepath.Base(path), f, len(gold), r, m)
		found, wanted, right, made = found+f, wanted+len(gold), right+r, made+m
	}
	recall, precision := float64(found)/float64(wanted), float64(right)/float64(max(made, 1))
	t.Logf("suggestions recall %.3f (%d/%d) precision %.3f (%d/%d)", recall, found, wanted, precision, right, made)
	if recall < 0.26 || precision < 0.65 {
		t.Errorf("suggestions recall %.3f, precision %.3f; want >= 0.26 and >= 0.65", recall, precision)
	}
}

// A goldSuggestion is one line of a batch's suggestions.jsonl.
type goldSuggestion struct {
	Claim   string `json:"claim"`
	Verdict string `json:"verdict"`
	By      string `json:"by"`
	Group   string `json:"group"`
}

func readSuggestionsGold(t *testing.T, path string) []goldSuggestion {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldSuggestion
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var g goldSuggestion
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, g)
	}
	return out
}

// byInGroup reports whether the claim a superseded suggestion names, by,
// is the gold's own "by" or a claim of the gold suggestion's group.
func byInGroup(claims []factcheck.Claim, at func(string) int, by factcheck.Ref, g goldSuggestion, goldOf map[string]string) bool {
	match := func(key string) bool {
		i := at(key)
		return i >= 0 && claims[i].Doc == by.Doc && claims[i].Start == by.Start
	}
	if match(g.By) {
		return true
	}
	for member, group := range goldOf {
		if group == g.Group && match(member) {
			return true
		}
	}
	return false
}
