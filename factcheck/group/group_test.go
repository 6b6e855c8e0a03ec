package group

import (
	"bufio"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/factcheck/internal/calendar"
	"github.com/factcheck/factcheck/factcheck/internal/testcorpus"
)

// parseSeeds reads the seed articles.
func parseSeeds(t testing.TB) ([]factcheck.Claim, map[string]string, map[string][]string) {
	t.Helper()
	paths, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	return parseFiles(t, paths, "")
}

// parseFiles extracts the articles at paths, each named prefix and its
// file's name, as claims group reads them: their claims, publication
// dates and names (NamesOfText). A file that is no article (a corpus's
// notes, an empty file) is passed over.
func parseFiles(tb testing.TB, paths []string, prefix string) ([]factcheck.Claim, map[string]string, map[string][]string) {
	tb.Helper()
	var claims []factcheck.Claim
	pub, names := map[string]string{}, map[string][]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		a, err := extract.ParseArticle(prefix+filepath.Base(p), b, "")
		if err != nil {
			continue
		}
		claims = append(claims, a.Claims...)
		pub[a.Name], names[a.Name] = a.Published, NamesOfText(a.Text)
	}
	return claims, pub, names
}

// TestGroupsGold scores grouping as ../shared/tools/score_groups.py does
// (pairs of gold members put in one group, over the gold members only) on
// the seeds (testdata/seeds.groups.jsonl, a copy of
// ../shared/gold/seeds.groups.jsonl) and on four BBC story batches and
// three Reuters wire stories annotated by hand to the same rules by
// annotators who never saw this code (testdata/groups; their articles are
// in the corpus beside the repository, a "reuters_N.txt" in its
// reuters21578_1987 folder as N.txt). A missing gold file or article fails the test. The
// WorldCom batch was used while writing the rules; the other three first
// scored them unseen (Kenteris 0.72, Tory savings 0.38, handheld consoles
// 0.58) and then informed two changes (one name relates articles with few
// names; a sum of money needs no shared context).
func TestGroupsGold(t *testing.T) {
	tests := []struct {
		name, gold string
		parse      func(t testing.TB) ([]factcheck.Claim, map[string]string, map[string][]string)
		floor      float64
	}{
		// Session 21: a firm named in capitals in a sentence of mixed case
		// ("BT", "IBM") is a name that tells a story, which took the UK's
		// broadband from 0.27 to 0.42 and Elvis's reissues from 0.51 to
		// 0.66; a count's event is read from its own clause ("one miner
		// died in the fire, six miners escaped"), Zeebrugge's 0.55 to 0.61
		// with "drowned" a death, Murdochville 0.68 to 0.66 and the
		// seamen's settlements 0.83 to 0.81 (their companies joined by
		// "returned to work" before, a visit to both).
		{"seeds", "testdata/seeds.groups.jsonl", parseSeeds, 0.99},
		{"bbc worldcom trial", "testdata/groups/bbc_worldcom_trial.jsonl", nil, 0.99},
		{"bbc kenteris case", "testdata/groups/bbc_kenteris_case.jsonl", nil, 0.78},
		{"bbc tory savings", "testdata/groups/bbc_tory_savings.jsonl", nil, 0.88},
		{"bbc handheld consoles", "testdata/groups/bbc_handheld_consoles.jsonl", nil, 0.85},
		// Wire stories told over days, annotated blind in session 6 (claims
		// and suggestions too, kept beside the repository): scored 0.14,
		// 0.35 and 0.47 unseen; 0.56, 0.51 and 0.68 once wrapped lines
		// stopped ending sentences, names were read from the whole text
		// (which also took the Kenteris and consoles batches from 0.72 and
		// 0.71 to 0.81 and 0.78) and a change in one sentence ("to 110
		// dlrs from 100 dlrs") was one fact; GenCorp 0.92 once "the
		// 100-dlr-a-share offer" was money and "April six" a date; the
		// seamen 0.69 once a count that moved ("158 ships", "more than 170")
		// was one figure and reports sharing figures one story; the bank
		// strike 0.76 once a strike's age ("three-day-old", "ENTERS FIFTH
		// DAY") moved with the days; the seamen 0.88 (session 9) once a
		// percentage's phrase ("a 275 pct pay increase", "pay rises of up
		// to 180 pct") named its fact whatever the value.
		{"reuters brazil bank strike", "testdata/groups/reuters_brazil_bank_strike.jsonl", nil, 0.86},
		{"reuters brazil seamen strike", "testdata/groups/reuters_brazil_seamen_strike.jsonl", nil, 0.96},
		{"reuters gencorp bid", "testdata/groups/reuters_gencorp_bid.jsonl", nil, 0.94},
		// Two more batches annotated blind in session 7, scored once
		// before any rule was written for them: 0.76 and 0.91; 0.97 for
		// the Glazer approach once a rounded share ("29%", "28.9%") met
		// its figure, 0.99 for ChemLawn once "amended its 27 dlr offer,
		// raising it to 35 dlrs" was a change and "OAK BROOK, ILL., March
		// 19 -" a dateline.
		{"reuters chemlawn bid", "testdata/groups/reuters_chemlawn_bid.jsonl", nil, 0.97},
		{"bbc glazer approach", "testdata/groups/bbc_glazer_manutd_approach.jsonl", nil, 0.95},
		// A sports batch (session 7, blind): 0.40 before any rule for it,
		// most of the pairs it found wrong the same small figure of two
		// places in a score; 0.65 once a line of figures made a figure's
		// place count; 0.72 (session 9) once "18-year-old Nadal" and
		// "Nadal, who at 18 years and 187 days" were one age. The running
		// tally (2-0, 2-1, 3-2) is what is left. 0.532 since version 113,
		// a tight score one claim as most hands of the extraction goldens
		// write it: this hand's sides of "6-3" are two figures.
		{"bbc davis cup final", "testdata/groups/bbc_davis_cup_final.jsonl", nil, 0.53},
		// A sale told over months (session 8): 0.73 with every pair found
		// right but figures apart; 1.00 once sums of money that round one
		// another ("$27bn", "$27.5bn") or differ a little ("$9.3bn",
		// "$9.4bn") needed little shared context, joined best-first and
		// only when every figure of both groups agrees, and once the
		// conversions listed in brackets ("(£4.8bn; $9.4bn)") joined.
		{"bbc yukos yugansk sale", "testdata/groups/bbc_yukos_yugansk_sale.jsonl", nil, 0.98},
		// A takeover told over a month (session 11, blind): 0.71 before any
		// rule for it, the stock's price joined to the bid and the bid's
		// value apart from its raise; 0.96 once a sum's frame (the bid, the
		// stock's price: frames.go) kept prices apart and let one frame's
		// sum move between reports, one value at a time.
		{"reuters dart supermarkets bid", "testdata/groups/reuters_dart_supermarkets_bid.jsonl", nil, 0.95},
		// Another (session 11, blind): 0.83 unread, 0.85 once a share or
		// a sum took no event's concept ("holder of 15 pct, did not
		// return calls" is no visit), 0.94 once a stake that moved between
		// reports ("15 pct", "16.2 pct") was one figure.
		{"reuters taft broadcasting bid", "testdata/groups/reuters_taft_broadcasting_bid.jsonl", nil, 0.97},
		// Two more (session 11, blind), read after the rules above: an
		// economy's figures told over five months by BBC business and
		// politics desks (0.56: growth forecast, estimated and revised,
		// "3.2%", "3.25%", "3.1%", share few words; 0.67 once a
		// percentage's indicator, place and year were read: indicators.go),
		// and a miners' strike over eight days of wire copy (0.90).
		{"bbc uk economy budget", "testdata/groups/bbc_uk_economy_budget.jsonl", nil, 0.66},
		{"reuters bolivia miners strike", "testdata/groups/reuters_bolivia_miners_strike.jsonl", nil, 0.89},
		// A tennis player's season in seven reports (session 11, blind):
		// 0.49 unread, every "first" one fact; 0.68 once a rank kept what
		// it ranks ("the first Indian woman to reach the third round", "to
		// win a WTA title"); 0.77 once an age of no name ("the 18-year-old
		// battled past") met its value's person in the story.
		{"bbc sania mirza season", "testdata/groups/bbc_sania_mirza_season.jsonl", nil, 0.88},
		// Three batches kept unseen until session 12, then scored once
		// (claims group at 45a1e95): a 2004 disaster's aid and markets
		// over eight BBC articles (0.13: the articles name few names in
		// common and split into seven stories; its hand groups an amount
		// with its conversions, as the hands above do not; 0.24 once one
		// toll of one value met across stories), a ferry's
		// sinking over eight wire reports (0.37: the rescued, the missing
		// and those on board joined the dead; 0.52 once a count's
		// predicate named its fate), a hockey night told by two papers
		// (0.56).
		{"bbc tsunami aid", "testdata/groups/bbc_tsunami_aid.jsonl", nil, 0.33},
		{"reuters zeebrugge ferry", "testdata/groups/reuters_zeebrugge_ferry.jsonl", nil, 0.60},
		{"us fargo hockey", "testdata/groups/us_fargo_hockey.jsonl", nil, 0.75},
		// Two more built blind at session 12's end and scored once at
		// 1af1608, no rule written for them: the bidding for the London
		// Stock Exchange over eight BBC articles (0.87; 0.90 once a
		// conversion moved only with its amount) and TWA's bid for USAir
		// over eight wire stories (0.69).
		{"bbc lse bid", "testdata/groups/bbc_lse_bid.jsonl", nil, 0.90},
		{"reuters twa usair bid", "testdata/groups/reuters_twa_usair_bid.jsonl", nil, 0.82},
		// Two more built blind at session 12's end and scored once at
		// 91515e3, after every rule of the session: Parmalat's collapse
		// over five BBC articles (0.61) and a strike at GM's Pontiac plant
		// over seven wire stories (0.92).
		{"bbc parmalat collapse", "testdata/groups/bbc_parmalat_collapse.jsonl", nil, 0.81},
		{"reuters gm pontiac strike", "testdata/groups/reuters_gm_pontiac_strike.jsonl", nil, 0.96},
		// Two more built blind in session 13 and scored once at 9b4e0e5:
		// the contest of two bidders for Cyclops over eight wire stories
		// (0.75: the two bidders' prices one fact; 0.78 once one
		// article's two near values of a frame were two figures; 0.845 in
		// session 16 once "to 95 dlrs, form 90.25 dlrs" was a change) and the
		// bidding for MCI over four BBC articles (0.70: Verizon's and
		// Qwest's offers one fact; 0.78 once a bid's sentence named its
		// bidder apart from what is bid for: frames.go).
		{"reuters cyclops bid", "testdata/groups/reuters_cyclops_bid.jsonl", nil, 0.84},
		{"bbc mci bid", "testdata/groups/bbc_mci_bid.jsonl", nil, 0.78},
		// Two more built blind later in session 13, neither a bid, scored
		// once at 608d265 after the session's rules: a fire in a Quebec
		// copper mine over eight wire stories (0.67: the trapped miners'
		// count "some 40", then 44, ...) and Germany's economy and record
		// unemployment over six BBC articles (0.33: the jobless total's
		// monthly figures, one quantity to its hand, no indicator's
		// percentage to Factcheck; 0.318 in session 17, once the name two
		// thirds of a small import share made it one story). 0.660 since
		// session 32: "72,000 metric tons" of capacity and "72,000 tons"
		// produced, compared as tonnes, are one figure, where its hand
		// keeps them apart.
		{"reuters murdochville fire", "testdata/groups/reuters_murdochville_fire.jsonl", nil, 0.65},
		// German jobless 0.630 since session 31: "fell to 95.5 in February
		// from 97.5 in January" gives two months' figures, as the hands of
		// Australia's current account and the IEA's oil report have them,
		// where this hand keeps the Ifo index one running figure.
		{"bbc german jobless", "testdata/groups/bbc_german_jobless.jsonl", nil, 0.62},
		// The session's last two, built blind and scored once at 81c2e44:
		// a raider's bid for Pay 'N Pak over eight wire stories (0.77; 0.826
		// by session 35's rules, 0.726 since session 36 read "an offer north
		// of 21 or 22\ndlrs" as one range, which no longer keeps the bid of
		// 19 and 20 dlrs apart from the 17.50 dlrs of another) and Yukos's
		// auction and US bankruptcy case over six BBC articles (0.96; an
		// earlier batch told the same story from other articles, and its
		// rules were written for it).
		{"reuters paynpak bilzerian", "testdata/groups/reuters_paynpak_bilzerian.jsonl", nil, 0.71},
		{"bbc yukos bankruptcy", "testdata/groups/bbc_yukos_bankruptcy.jsonl", nil, 0.96},
		// Two built blind in session 14 and scored once at 5375664 with
		// the session's extraction rules: the fight for Cyclops again,
		// from eight other wire stories (0.865; rules were written for the
		// first Cyclops batch, so this flatters), and the talk of a
		// former president's indictment over four US web articles of
		// March 2023 (0.667: few figures shared, none revised).
		{"reuters cyclops fight", "testdata/groups/reuters_cyclops_fight.jsonl", nil, 0.86},
		{"us trump indictment", "testdata/groups/us_trump_indictment.jsonl", nil, 0.66},
		// Two more built blind later in session 14 and scored once at
		// ce6b332: a dispute in Rotterdam's port over eight wire stories
		// (0.746: 800 redundancies by 1990 and the 350 of this year one
		// figure, bridged by a report that gives 350 where others give
		// 800; 0.911 once one sentence's two counts were two figures and
		// "starting with 350" counted what its sentence's 800 counts) and
		// the end of Fiat's put option with GM over five BBC articles
		// (0.985).
		{"reuters rotterdam port dispute", "testdata/groups/reuters_rotterdam_port_dispute.jsonl", nil, 0.95},
		{"bbc fiat gm put option", "testdata/groups/bbc_fiat_gm_put_option.jsonl", nil, 0.98},
		// Two more built blind late in session 14 and scored once at
		// a57a93c: US tariffs on Japanese electronics over eight wire
		// stories (0.878) and the UK housing market's slowdown over seven
		// BBC articles (0.718: house prices month by month, one moving
		// figure to its hand; 0.833 in session 16, once two places'
		// averages, "the average UK house price" and "in England and
		// Wales", stayed apart).
		{"reuters us japan chip tariffs", "testdata/groups/reuters_us_japan_chip_tariffs.jsonl", nil, 0.87},
		{"bbc uk housing slowdown", "testdata/groups/bbc_uk_housing_slowdown.jsonl", nil, 0.91},
		// Two built blind in session 15 and scored once at 63afd3b, after
		// the session's rules: the fight for Dome Petroleum over nine wire
		// stories (0.837; suggestions 7 of 11 found, all 7 right) and the
		// bids for the London Stock Exchange over eight BBC articles
		// (0.896; an earlier batch told the same story from other
		// articles).
		{"reuters dome petroleum bid", "testdata/groups/reuters_dome_petroleum_bid.jsonl", nil, 0.83},
		{"bbc lse takeover battle", "testdata/groups/bbc_lse_takeover_battle.jsonl", nil, 0.89},
		// Two more built blind late in session 15 and scored once at
		// 3d7f2e8: the collapse of the coffee quota talks over nine wire
		// stories (0.636; suggestions 1 of 7) and Elvis's reissues in the
		// UK singles chart over seven BBC articles (0.148: a record's
		// chart position week by week, "at number 37" after "number one",
		// is one moving figure to its hand; Factcheck kept ranks of two
		// values apart; 0.238 in session 16 with a title's chart
		// positions one figure: charts.go; 0.839 in session 28 once a
		// change proposed, "proposals to reduce Brazil's quota to 25 pct
		// from 30 pct at present", joined no figures).
		{"reuters coffee quota talks", "testdata/groups/reuters_coffee_quota_talks.jsonl", nil, 0.83},
		{"bbc elvis reissues chart", "testdata/groups/bbc_elvis_reissues_chart.jsonl", nil, 0.60},
		// Two built blind in session 16 and scored once at 1d09d5f (with
		// the chart positions of charts.go, then uncommitted): Brazil's
		// seamen's strike as nine other wire stories tell it, its ships
		// idle and companies settled week by week (0.750; suggestions 5
		// of 19 found, 5 of 8 right; 0.818, 5 of 5 once a demand was no
		// pay rise settled), and the Belmarsh detainees over ten
		// BBC articles (0.748; 1 of 5, 1 of 2).
		{"reuters brazil seamen settlements", "testdata/groups/reuters_brazil_seamen_settlements.jsonl", nil, 0.80},
		// Two more built blind late in session 16 and scored once at
		// 9a8ca5e: the Texaco-Pennzoil judgment and Texaco's bankruptcy
		// over ten wire stories (0.276, suggestions 0 of 22: the judgment
		// reported at six values, 9.13 to 11.12 billion dlrs; 0.390, 3 of
		// 22, all right, once a court's award was a frame of its own:
		// frames.go; 0.505, 7 of 22, 7 of 11, once reports of one day
		// that give it a little apart disputed it) and the US budget
		// deficit over eight BBC articles
		// (0.385, 0 of 6).
		{"reuters texaco pennzoil judgment", "testdata/groups/reuters_texaco_pennzoil_judgment.jsonl", nil, 0.56},
		{"bbc us budget deficit", "testdata/groups/bbc_us_budget_deficit.jsonl", nil, 0.60},
		// Two more built blind at the end of session 16 and scored once
		// at 4dbeee0: OPEC's output against its ceiling over ten wire
		// stories (0.670, suggestions 0 of 11, 7 made and none right:
		// the hand keeps each month's output a fact of its own, where a
		// change "to 3.1 mln bpd in early March from 3.5 mln" is one
		// figure to the rules; 0.741 once the survey's table read "in mln
		// bpd") and the civil servants' strikes over six BBC articles
		// (0.610, 0 of 2; 0.600 in session 17, once two rare names made
		// one story). Session 20: 0.716 once one story's equal figures
		// joined whatever their words (oneStoryFigure), Nigeria's "about
		// one mln bpd" with the overproduction's "up to one mln bpd"; the
		// floor lowered, as that rule took the batches' mean from 0.712
		// to 0.746 and raised the floors of 31 others.
		{"reuters opec output ceiling", "testdata/groups/reuters_opec_output_ceiling.jsonl", nil, 0.80},
		{"bbc civil service strikes", "testdata/groups/bbc_civil_service_strikes.jsonl", nil, 0.70},
		{"bbc belmarsh detainees", "testdata/groups/bbc_belmarsh_detainees.jsonl", nil, 0.74},
		// Two more built blind late in session 16 and scored once at
		// f4909ed: Martin Sosnoff's bid for Caesars World over ten wire
		// stories (0.690, suggestions 7 of 29, 7 of 11 right) and Japan's
		// slide into recession over six BBC articles, a quarter's growth
		// revised twice (0.500, 0 of 2).
		{"reuters caesars world bid", "testdata/groups/reuters_caesars_world_bid.jsonl", nil, 0.73},
		{"bbc japan recession", "testdata/groups/bbc_japan_recession.jsonl", nil, 0.57},
		// Two built blind in session 17 and scored once at f1c592f: the
		// US escort of Kuwait's tankers over ten wire stories (0.340,
		// suggestions 0 of 8: "a half dozen ships" and "from seven to 10
		// warships" read no count; 0.393 once they did) and Parmalat's
		// creditors over five BBC articles (0.882, 2 of 8).
		{"reuters kuwait tanker escorts", "testdata/groups/reuters_kuwait_tanker_escorts.jsonl", nil, 0.64},
		{"bbc parmalat creditors", "testdata/groups/bbc_parmalat_creditors.jsonl", nil, 0.88},
		// Two more built blind in session 17 and scored once at f79fc70:
		// the fight for Purolator Courier over ten wire stories (0.878,
		// suggestions 4 of 16, 4 of 13 right: two bidders' expiry dates
		// one deadline, a 15 pct of warrants disputing 11.5 pct tendered)
		// and the US recovery's jobs, growth and rates over eight BBC
		// articles (0.351, 2 of 18: the unemployment rate of each month a
		// fact of its own to the rules, one running figure to its hand;
		// 0.484 once a level indicator ran: indicators.go; 0.597 once two
		// rare names shared made one story, and "the economy" a story's
		// one place's).
		{"reuters purolator bids", "testdata/groups/reuters_purolator_bids.jsonl", nil, 0.87},
		{"bbc us recovery", "testdata/groups/bbc_us_recovery.jsonl", nil, 0.81},
		// Two more built blind late in session 17 and scored once at
		// db2aa2a: the cocoa council's buffer stock rules over ten wire
		// stories (0.680, suggestions 0 of 8) and UK broadband take-up
		// over eight BBC articles (0.235, 0 of 13: users "almost 4m",
		// "more than 5m", "about 6m" month by month one running figure
		// to its hand).
		{"reuters cocoa buffer stock", "testdata/groups/reuters_cocoa_buffer_stock.jsonl", nil, 0.71},
		{"bbc uk broadband", "testdata/groups/bbc_uk_broadband.jsonl", nil, 0.46},
		// The session's last two, built blind and scored once at 102c8d5:
		// Chrysler's buyout of American Motors over ten wire stories
		// (0.697, suggestions 1 of 9, 1 of 7 right) and the price of crude
		// over seven BBC articles (0.176, 0 of 13: US crude's and Brent's
		// prices day by day, one running figure each to its hand; 0.788
		// once a commodity's price was a frame of its own, whatever story
		// tells it: frames.go).
		{"reuters chrysler amc", "testdata/groups/reuters_chrysler_amc.jsonl", nil, 0.69},
		{"bbc oil prices", "testdata/groups/bbc_oil_prices.jsonl", nil, 0.76},
		// Two kept unseen until the session's rules were written, then
		// scored once at e8a9673: the Viacom bidding war over nine wire
		// stories (0.500, suggestions 0 of 8, 3 of 6 right: two bidders'
		// prices one moving sum) and the 2005 Oscar race over eight BBC
		// articles (0.727, 0 of 6).
		{"reuters viacom bids", "testdata/groups/reuters_viacom_bids.jsonl", nil, 0.55},
		{"bbc oscars 2005", "testdata/groups/bbc_oscars_2005.jsonl", nil, 0.71},
		// Two more built blind at the very end of session 17 and scored
		// once at f38b648: the fight for Borg-Warner over ten wire stories
		// (0.880, suggestions 0 of 16, 5 of 13 right: analysts' "breakup
		// values ... in the low 50 dlrs" a bid, newer than GAF's raise; 7
		// of 16, 7 of 12 once an appraisal was no bid: frames.go) and
		// Apple's iPod and iTunes over eight BBC articles (0.444, 0 of 3).
		{"reuters borg warner bids", "testdata/groups/reuters_borg_warner_bids.jsonl", nil, 0.87},
		{"bbc ipod itunes", "testdata/groups/bbc_ipod_itunes.jsonl", nil, 0.77},
		// And two more, scored once at 8170b1d: BP's buy-out of Standard
		// Oil's minority over ten wire stories (0.873, suggestions 0 of 8,
		// 0 of 6 right: "the 45 pct of Standard it does not own" joined
		// BP's holding, "to 100 pct from 55 pct") and Liverpool's winter of
		// 2004-05 over seven BBC articles (0.400, 0 of 3).
		{"reuters bp standard oil", "testdata/groups/reuters_bp_standard_oil.jsonl", nil, 0.95},
		{"bbc liverpool winter", "testdata/groups/bbc_liverpool_winter.jsonl", nil, 0.40},
		// Two built blind at the end of session 17 and scored once at
		// 02064c4 in session 18: the talks on a new natural rubber pact
		// over ten wire stories (0.618, suggestions 0 of 3, 15 made and
		// none right: the talks' "12 days" joined the "two-year"
		// negotiation, and the reviews consumers want every "12 months"
		// the "18 months at present" and the "15 months" agreed; 0.684, 6
		// made, once lengths of time joined only those of their size) and
		// the dollar's record lows against the euro over four BBC
		// articles (0.133, 0 of 9: rates of exchange were no frame; 0.581
		// once a currency's rate in another was one: frames.go).
		{"reuters rubber agreement", "testdata/groups/reuters_rubber_agreement.jsonl", nil, 0.80},
		{"bbc dollar euro lows", "testdata/groups/bbc_dollar_euro_lows.jsonl", nil, 0.65},
		// Two built blind in session 18 and scored once at 84270e4: the
		// Philippines' debt rescheduling talks over nine wire stories
		// (0.552, suggestions 3 of 22, 4 of 4 right: the spread over Libor
		// raised from 5/8 to 7/8 in fractions the rules leave apart) and the
		// G8's aid and debt for Africa over eight BBC articles (0.674, 2 of
		// 3, 2 of 11 right: figures 22 times apart and conversions of one
		// amount a day's rate apart disputed; 2 of 5 once they were not).
		// The Philippines' talks: 0.664 in session 28 once the spreads in
		// points and in pct were compared.
		{"reuters philippine debt", "testdata/groups/reuters_philippine_debt.jsonl", nil, 0.71},
		{"bbc g8 africa aid", "testdata/groups/bbc_g8_africa_aid.jsonl", nil, 0.73},
		// Two more, scored once at 5620c66: South Africa's debt
		// standstill deal over seven wire stories (0.653, suggestions 0
		// of 4, 0 of 2 right) and Kilroy-Silk's Veritas over seven BBC
		// articles (0.308, 0 of 5: "one of its two" London Assembly
		// members, the defectors and the members two figures in one).
		{"reuters south africa debt", "testdata/groups/reuters_south_africa_debt.jsonl", nil, 0.70},
		{"bbc kilroy silk veritas", "testdata/groups/bbc_kilroy_silk_veritas.jsonl", nil, 0.30},
		// Four built blind in session 19, each scored once: Baker
		// International's merger with Hughes Tool over eight wire stories
		// (0.485, suggestions 0 of 5: "six months instead of three" to sell
		// the assets, its "three" no claim, and the term the earlier decree
		// "would have given"), Marjorie Taylor Greene's visit to the D.C.
		// jail by three US outlets (0.800, 1 of 1), the bids for Becor
		// Western over seven wire stories (0.813, 0 of 6: the meeting "set
		// for June 4", then "adjourned to June 30", disputed, and joined by
		// its record date) and the US box office chart over seven BBC
		// articles (0.593, 0 of 11: its articles bear no date, so no
		// chart position can supersede another). Baker/Hughes 0.529 once
		// the term called past joined the one that replaced it.
		{"reuters baker hughes merger", "testdata/groups/reuters_baker_hughes_merger.jsonl", nil, 0.66},
		{"us greene jail tour", "testdata/groups/us_greene_jail_tour.jsonl", nil, 0.99},
		{"reuters becor western bids", "testdata/groups/reuters_becor_western_bids.jsonl", nil, 0.80},
		{"bbc us box office", "testdata/groups/bbc_us_box_office.jsonl", nil, 0.55},
		// Two more of session 19, scored once: Brazil's talks with its
		// creditor banks over eight wire stories (0.671, suggestions 1 of
		// 8, 1 of 8 right: a story's meetings of March 22 and April 10 and
		// its deadline of March 31 one date, disputed; 0.709 once a wire's
		// "68-\nbillion dlrs" was read) and the US trade
		// deficit month by month over five BBC articles (0.143, 0 of 11:
		// undated articles, and changes given with their verb, "up 9%").
		{"reuters brazil debt talks", "testdata/groups/reuters_brazil_debt_talks.jsonl", nil, 0.77},
		{"bbc us trade deficit", "testdata/groups/bbc_us_trade_deficit.jsonl", nil, 0.25},
		// And the session's last two, scored once: the EC's steel quotas
		// and plant closures over five wire stories (0.500, suggestions 0
		// of 2) and the World Baseball Classic final by three US outlets
		// (0.214, none expected: the hand's spans take "the" of "the
		// ninth", which Factcheck's claims leave out).
		{"reuters ec steel quotas", "testdata/groups/reuters_ec_steel_quotas.jsonl", nil, 0.54},
		{"us wbc final", "testdata/groups/us_wbc_final.jsonl", nil, 0.33},
		// The Balco doping trial over eight BBC articles, scored once at
		// da352d6 (0.512, suggestions 0 of 6: undated articles, and months
		// without a day, which Factcheck leaves out).
		{"bbc balco trial", "testdata/groups/bbc_balco_trial.jsonl", nil, 0.51},
		// The House Budget Committee's fiscal 1988 budget over eight wire
		// stories, scored once at 0c64a89 (0.550, suggestions 1 of 8, 1 of
		// 5 right: the plan's deficit cut, 36 then about 38 billion dlrs,
		// apart; the Gramm-Rudman target of 108 billion disputed with a
		// deficit of 107 billion).
		{"reuters us budget 1988", "testdata/groups/reuters_us_budget_1988.jsonl", nil, 0.54},
		// Two built blind in session 20 and scored once at b2e0214: Allegheny
		// International's buyout over eight wire stories (0.667, suggestions
		// 2 of 8, 4 of 4 right: Gabelli's stake joined Spear Leeds', two
		// holders' stakes) and Wales's 2005 Six Nations over eight BBC
		// reports (0.690, 0 of 1: a score "11-9" one claim to the rules,
		// two to the hand; 0.550 since version 113, every tight score one
		// claim as most hands of the extraction goldens write it).
		{"reuters allegheny buyout", "testdata/groups/reuters_allegheny_buyout.jsonl", nil, 0.71},
		{"bbc wales six nations", "testdata/groups/bbc_wales_six_nations.jsonl", nil, 0.54},
		// Built blind in session 21 and scored once at 1ccba37: GenCorp's
		// defence against General Partners' bid over eight more wire
		// stories of the story "reuters gencorp bid" tells (0.909; 0.983
		// once a date moved in one sentence was a deadline;
		// suggestions 0 of 11, 0 of 7 right: the hand reads the "110 dlrs"
		// S&P quoted on April 7 as a raised bid superseding the 100 dlrs,
		// where its sentence dates it March 18; 9.8 and 9.4 pct of two
		// reports and the rights' date moved from April 6 to April 13 are
		// apart; "2.2", "2.23" and "2.3 billion" of the bid's worth roundings
		// to the hand, disputes to the rules).
		{"reuters gencorp defences", "testdata/groups/reuters_gencorp_defences.jsonl", nil, 0.98},
		// Built blind in session 21 and scored once at f7b79e7: the fight
		// for Comdata Network over seven wire stories (0.655, suggestions 0
		// of 7, 0 of 2 right: "the 16.50 dlr cash alternative is an
		// improvement over the 15.00 dlr per share price" a change, 0.781;
		// two holders' stakes and the merger's debt financing, "up to 200
		// mln dlrs" then "up to 230 mln", apart).
		{"reuters comdata bids", "testdata/groups/reuters_comdata_bids.jsonl", nil, 0.78},
		// Built blind in session 21 and scored once at f7b79e7: spring
		// 2005's distance running over eight BBC reports, Radcliffe's and
		// O'Sullivan's races (0.750, suggestions 0 of 2: Radcliffe "30-year-old"
		// then "31-year-old", two values of one person's age; the World
		// Cross's "19-20 March" and "starts on 19 March" apart).
		{"bbc distance running 2005", "testdata/groups/bbc_distance_running_2005.jsonl", nil, 0.74},
		// Built blind in session 21 and scored once at c7ef04a: the strikes
		// against Yugoslavia's wage freeze over eight wire stories (0.762,
		// suggestions 0 of 1: "At least 60 strikes" and "70 strikes",
		// sentences sharing no rare word, apart; 0.917 once the one count
		// of a subject in each of two reports moved, which took Germany's
		// jobless from 0.49 to 0.66 too).
		{"reuters yugoslav strikes", "testdata/groups/reuters_yugoslav_strikes.jsonl", nil, 0.91},
		// Built blind in session 21 and scored once at c18fa0e: CSR's sale
		// of Delhi to Esso and its bid for Pioneer Sugar over eight wire
		// stories (0.815, suggestions 5 of 6, 5 of 5 right: the 985 mln of
		// the sale and its "almost a billion dlrs" apart, its 68.26 and 70
		// pct of Pioneer apart).
		{"reuters csr delhi pioneer", "testdata/groups/reuters_csr_delhi_pioneer.jsonl", nil, 0.85},
		// Built blind in session 21 and scored once at bd4493e: Argentina's
		// talks with its creditor banks over eight wire stories (0.704,
		// suggestions 0 of 12, 0 of 2 right: the 2.15 billion dlrs of new
		// money sought and the 1.95 billion agreed, the 13-year loan sought
		// and the 12-year term agreed, the IMF's 1.38 and 1.3 billion apart;
		// a "2.15 billion dlr loan request" in an "if" clause no figure; the
		// debt's 53, 51 and 50 billion and the banks' 320 and 350 disputed
		// to the hand, superseded to the rules; 0.835 in session 28 once
		// its spreads over Libor in points and in pct were compared).
		{"reuters argentina debt talks", "testdata/groups/reuters_argentina_debt_talks.jsonl", nil, 0.82},
		// Built blind in session 21 and scored once at 91a082c: Mark IV's bid
		// for Conrac over eight wire stories (0.966, suggestions 0 of 1, 0 of
		// 1 right: the stock's close at 21-1/8, then 29, grouped apart).
		{"reuters conrac mark iv", "testdata/groups/reuters_conrac_mark_iv.jsonl", nil, 0.96},
		// Built blind in session 22 and scored once at 992d1c0: Ferruzzi's
		// purchase of CPC's European corn milling over eight wire stories
		// (0.611, suggestions 0 of 2: "in excess of 600 mln dlrs", then
		// "630 mln dlrs", apart, 0.770 once a lower bound and the figure
		// just above it are one; "630 mln stg", a slip for dollars, apart).
		{"reuters ferruzzi cpc", "testdata/groups/reuters_ferruzzi_cpc.jsonl", nil, 0.77},
		// Built blind in session 22 and scored once at ea6b4d6: Cuba's
		// 1986/87 sugar crop over seven wire stories (0.390, suggestions 0
		// of 8: last year's crop at 7.35, 7.3 and 7.2 mln tonnes in four
		// reports apart; 0.476 once measures move between reports as
		// percentages do and a crop, a harvest and output are one word;
		// the 1984/85 crop's 8.10 and 8.2 mln, their seasons unread, apart).
		{"reuters cuba sugar crop", "testdata/groups/reuters_cuba_sugar_crop.jsonl", nil, 0.47},
		// Built blind in session 22 and scored once at ea6b4d6: British
		// athletes before the 2005 European indoor championships over eight
		// BBC reports (0.762, suggestions 0 of 1: McIlroy's "one minute,
		// 46.68 seconds" read as 46.68 seconds, Holmes's "At 34," no age;
		// 0.818 with both read; "three successive wins", then "five", apart).
		{"bbc european indoors 2005", "testdata/groups/bbc_european_indoors_2005.jsonl", nil, 0.81},
		// Built blind in session 22 and scored once at ee60d2e: Taiwan's
		// foreign exchange reserves and its currency's rise over eight wire
		// stories (0.555, suggestions 4 of 18, 4 of 15 right: the Taiwan
		// dollar's rates "at 34.70" counts; economists' forecast of 60
		// billion dlrs by the end of 1987 one fact with June's 60 billion,
		// which kept March's 51 and 53 billion apart; 0.742 with both read;
		// the 13.6 billion surplus with the U.S. and the 15.6 billion in all
		// one figure, 0.767 once a trade's partner told them apart; 0.793
		// once "from 2.02 billion in the same 1986 period" was that
		// period's).
		{"reuters taiwan reserves", "testdata/groups/reuters_taiwan_reserves.jsonl", nil, 0.78},
		// Built blind in session 22 and scored once at ee60d2e: Henley
		// Group's stake in Santa Fe Southern Pacific over six wire stories
		// (0.632, suggestions 0 of 5: "close to five pct" and "5.03 pct"
		// apart, the 5.03 joined with the 24.9 pct Henley was permitted to
		// increase it to; the stock's quotes of one day, 38-3/4 then 38,
		// apart).
		{"reuters henley santa fe", "testdata/groups/reuters_henley_santa_fe.jsonl", nil, 0.63},
		// Built blind in session 22 and scored once at 638d42a: Banner
		// Industries' purchase of Rexnord over eight wire stories (0.667,
		// suggestions 0 of 4: a 97 pct stake on a preliminary count and 96
		// pct once bought apart; the 19.8 mln shares tendered one figure
		// with the 20 mln sought; staff cut "to 50 from 112" one figure to
		// the rules, two to the hand; "before mid-May" and "early May" no
		// claims; 0.811 once statements of what will be, "will own about 97
		// pct", "will own approximately 96 pct", were compared as reports).
		{"reuters banner rexnord", "testdata/groups/reuters_banner_rexnord.jsonl", nil, 0.81},
		// Built blind in session 22 and scored once at 0ebaf6d: Allis-
		// Chalmers' restructuring, its sale to Boliden and its Chapter 11
		// filing over eight wire stories (0.364 on 9 pairs, suggestions 0
		// of 1: proceeds to "exceed 90 mln dlrs" read exact, its span short
		// of the hand's; "proposed March Four" no date; 0.714 with both
		// read; 600 mln crowns and 90 mln dlrs one sum to the hand).
		{"reuters allis chalmers", "testdata/groups/reuters_allis_chalmers.jsonl", nil, 0.71},
		// Built blind in session 22 and scored once at 0ebaf6d: Argentina's
		// 1986/87 harvest forecasts cut week by week as rains fell, over
		// seven wire stories (0.454, suggestions 0 of 51: forecasts given as
		// ranges, "2.3 to 2.6 mln tonnes" then "2.1 mln to 2.3 mln", apart,
		// and "between 15 and 18 pct" short of the hand's span; 0.523 once
		// ranges moved and took in their "between"; the soybean crop's "7.7
		// to eight mln" joined with the maize's "10 to 10.4 mln").
		{"reuters argentina harvest", "testdata/groups/reuters_argentina_harvest.jsonl", nil, 0.60},
		// Built blind in session 22 and scored once at fe9e759: France's
		// sale of CGCT over seven wire stories (0.698, suggestions 0 of 4, 0
		// of 8 right: the 20 pct cap on foreign stakes and the 20 pct each
		// bidder would take one figure; five bidders, then three, counts
		// under any that move; "the end of April" no date). 0.473 since
		// session 31: "restricted to a 20 pct direct stake ... can boost
		// their stake to 40 pct" is no longer one figure changed (a
		// described figure after "to" is the end of a change), and the cap,
		// no longer kept apart by that wrong join, moves to CGCT's 16 pct of
		// the market in a sentence that shares its price. 0.426 since
		// session 36: a ticker's exchange ("Gloeilampenfabriek <PGLO.AS>")
		// no longer ends its sentence, and "five French investment funds"
		// now shares words with the "Five groups" bidding.
		{"reuters cgct sale", "testdata/groups/reuters_cgct_sale.jsonl", nil, 0.41},
		// Built blind in session 22 and scored once at fe9e759: England's
		// 2005 Six Nations over six BBC reports (0.625 on 11 pairs, no
		// suggestion expected: "a 30-man training squad" no count, 0.706
		// once read; "their previous two defeats" and "the opening two
		// matches" short of the hand's spans).
		{"bbc england six nations", "testdata/groups/bbc_england_six_nations.jsonl", nil, 0.70},
		// Built blind in session 22 and scored once at 14f07b6: American
		// Express's sale of a stake in Shearson to Nippon Life over eight
		// wire stories (0.748, suggestions 6 of 13, 7 of 7 right: the
		// stock's quotes of four days apart; Nippon's 13 pct joined with the
		// 20 pct to be sold to the public); 0.841 (session 27) once "13 pct
		// last year" named no fact by its time. 0.796 since rules 450: "the
		// firm will digest the Nippon investment first" is no rank, and the
		// 20 pct to be sold to the public no longer reaches the 18 pct of
		// the offering through the weights that ordinal's words gave.
		{"reuters amex shearson", "testdata/groups/reuters_amex_shearson.jsonl", nil, 0.79},
		// Built blind in session 22 and scored once at 25708a9: Sri Lanka's
		// drought, its appeal for aid and its IMF loan over eight wire
		// stories (0.348 on 19 pairs, suggestions 0 of 7, 0 of 1 right: the
		// "548.76 mln cash" no sum, 0.417 once its noun gave it the story's
		// rupees; four groups the hand makes across rupees and dollars
		// (6.5 billion rupees, then "up to 240 mln dlrs" and "200 mln dlrs"
		// from the IMF) apart; "up to 240 mln" and 200 mln apart, a cap
		// being no figure moved).
		{"reuters sri lanka drought", "testdata/groups/reuters_sri_lanka_drought.jsonl", nil, 0.47},
		// Built blind in session 23 and scored once at 1e1cb07: the bids
		// for Harper and Row over seven wire stories (0.900, no suggestion
		// expected: its figures never move; "two" bids and "two" classes
		// of shares one count to the rules).
		{"reuters harper and row bids", "testdata/groups/reuters_harper_row_bids.jsonl", nil, 0.89},
		// Built blind in session 23 and scored once at 1e1cb07: the 2005
		// Baftas over six BBC reports (0.667 on 6 pairs, no suggestion
		// expected).
		{"bbc bafta 2005", "testdata/groups/bbc_bafta_2005.jsonl", nil, 0.66},
		// Built blind in session 23 and scored once at 6c45990: the block of
		// San Miguel shares that the Philippine government seized, and the
		// bids for it, over eight wire stories (0.752, suggestions 1 of 10, 1
		// of 22 right: the block's 33 mln shares of 1986, told in later
		// reports beside its 38.1 mln, read as a revert, so that every
		// report disputed every other; 0.796 once "33 mln shares, which
		// grew to 38 mln" was read as a change).
		{"reuters san miguel shares", "testdata/groups/reuters_san_miguel_shares.jsonl", nil, 0.79},
		// Built blind in session 23 and scored once at 6c45990: Jamaica's
		// IMF standby, its Paris Club rescheduling and its talks with its
		// banks over seven wire stories (0.659, suggestions 1 of 8, 1 of 3
		// right; 0.737 once "85 mln SDR's" was money and the story written
		// in small letters, "Kingston, march 11 - jamaica has put a cap",
		// was named by its dateline's place).
		{"reuters jamaica debt", "testdata/groups/reuters_jamaica_debt.jsonl", nil, 0.73},
		// Built blind in session 23 and scored once at 4ed3023:
		// Entertainment Marketing's bid for Crazy Eddie over six wire
		// stories (0.737, suggestions 0 of 4, none made: the bid's 240 mln
		// dlrs, then "about 235 mln"; a stake of 4.3 pct, then 5.1 pct,
		// whose sentences share only the company's name; debentures of 65
		// mln dlrs corrected to 81 mln: 0.857 once the corrected report
		// was one fact with the first).
		{"reuters crazy eddie bid", "testdata/groups/reuters_crazy_eddie_bid.jsonl", nil, 0.85},
		// Built blind in session 23 and scored once at 4ed3023: EC sugar
		// offered into intervention in protest, over eight wire stories
		// (0.891, suggestions 2 of 6, 4 of 4 right).
		{"reuters ec sugar intervention", "testdata/groups/reuters_ec_sugar_intervention.jsonl", nil, 0.89},
		// Built blind in session 23 and scored once at 601aa4d: Alusuisse's
		// capital cut and its shares' suspension over seven wire stories
		// (0.973, suggestions 0 of 3, none made: three share prices of
		// March 13 and of March 16, apart, as a market report's prices of
		// many days are).
		{"reuters alusuisse capital cut", "testdata/groups/reuters_alusuisse_capital_cut.jsonl", nil, 0.97},
		// Built blind in session 23 and scored once at 601aa4d: Mexico's
		// 7.7 billion dlr loan from its banks over seven wire stories
		// (0.756, suggestions 2 of 5, 2 of 3 right).
		{"reuters mexico bank loan", "testdata/groups/reuters_mexico_bank_loan.jsonl", nil, 0.81},
		// Built blind in session 23 and scored once at 08e1ee4: Coastal's
		// bid for TransAmerican Natural Gas through its bankruptcy over eight
		// wire stories (0.812, suggestions 0 of 4, none made).
		{"reuters coastal transamerican", "testdata/groups/reuters_coastal_transamerican.jsonl", nil, 0.80},
		// Built blind in session 23 and scored once at 08e1ee4: the US
		// duties on Brazil's orange juice over seven wire stories (0.351 on
		// 47 pairs, suggestions 0 of 7, none made: a ruling's day said
		// "Monday", "tomorrow", "yesterday", which the rules do not read;
		// "8.54 pct" and a later "8.5 pct" apart; "about half" of US supply,
		// then "about 40 pct").
		{"reuters brazil orange juice duties", "testdata/groups/reuters_brazil_orange_juice_duties.jsonl", nil, 0.35},
		// Built blind in session 24 and scored once at 2ab7bfa: Brierley's
		// bid for Progressive Enterprises against Rainbow's merger over five
		// wire stories (0.540, suggestions 1 of 7, 1 of 1 right: the bid
		// raised from 4.20 to 4.35 dlrs stays two groups; the stake "to 52
		// pct from 44 pct" is one group here, two to its hand; "one-for-one"
		// and "twice as much" are no claims of the rules).
		// (0.667 to 0.649 once rules 285 read "BIL at 4.30", a share's
		// price, near the price before it, as a sum in dollars.)
		{"reuters progressive bids", "testdata/groups/reuters_progressive_bids.jsonl", nil, 0.64},
		// Built blind in session 24 and scored once at 2ab7bfa: South
		// Korea's 1987 current account surplus, growth and won over seven
		// wire stories (0.577, suggestions 0 of 23, 1 of 1 right: a target
		// of five billion dlrs apart from the seven billion "ceiling" it was
		// raised to, a forecast of eight billion apart from a later "near 10
		// billion"); 0.686 once a change's verb may name its older figure
		// by a pronoun far after it ("had to raise this to seven billion").
		{"reuters korea surplus 1987", "testdata/groups/reuters_korea_surplus_1987.jsonl", nil, 0.68},
		// Built blind in session 24 and scored once at deab1fc: Williams
		// Holdings' bid for Norcros over four wire stories (0.696,
		// suggestions 4 of 10, 4 of 6 right: the shares' prices of
		// several days stay apart).
		{"reuters norcros bid", "testdata/groups/reuters_norcros_bid.jsonl", nil, 0.73},
		// Built blind in session 24 and scored once at deab1fc: the EC's
		// release of British intervention wheat over seven wire stories
		// (0.878, suggestions 0 of 8, 1 of 1 right: a release "agreed" and
		// then "not yet decided" keeps its figure, which no rule reads).
		// Session 37: 0.878 to 0.840 once "for the July 1/March 25 period"
		// was one span of days, as CLAIMS.md reads a range and two blind
		// hands of session 37 wrote theirs; this hand wrote two dates.
		{"reuters uk intervention wheat", "testdata/groups/reuters_uk_intervention_wheat.jsonl", nil, 0.83},
		// Built blind in session 25 and scored once at ab3c291: Japan's
		// 1987 stop-gap budget over seven wire stories (0.389, suggestions
		// 0 of 2, none made: reports that write "Japan" and "Japanese" were
		// told apart, and the budget's sum, "more than 1,000 billion yen"
		// to 8,829 billion, has no frame); 0.585 once a nation's adjective
		// named its country, 0.619 once a stop-gap budget and a
		// provisional one were one word of a figure's context, 0.651 once
		// "a little more than 1,800 billion" was one claim.
		{"reuters japan stopgap budget", "testdata/groups/reuters_japan_stopgap_budget.jsonl", nil, 0.78},
		// Built blind in session 25 and scored once at ab3c291: MacAndrews
		// and Forbes's buyout of Revlon over five wire stories (0.645,
		// suggestions 0 of 9, none made); 0.963 once a change's older
		// figure may have its noun, a date or an attribution before it
		// ("to 20.10 dlrs a share, from its April 1 offer of 18.50 dlrs");
		// 0.976 once a day's high in eighths was a share's price.
		{"reuters revlon buyout", "testdata/groups/reuters_revlon_buyout.jsonl", nil, 0.97},
		// Built blind in session 25 from the BBC's last unused articles and
		// scored once at a018852: the date of the 2005 general election
		// over six reports (0.184, suggestions 0 of 4: its hand's spans
		// open before the figure, "an election on 5 May", "a February
		// poll", which no claim of the rules covers, and a month alone is
		// no claim).
		{"bbc uk election date 2005", "testdata/groups/bbc_uk_election_date_2005.jsonl", nil, 0.18},
		// Built blind in session 25 and scored once at a018852: the Bank of
		// France's intervention rate over seven wire stories (0.738,
		// suggestions 0 of 26: the call money rate's figures join the
		// intervention rate's where they share a value, and the group
		// that goes back to an earlier value is disputed).
		{"reuters bank of france rates", "testdata/groups/reuters_bank_of_france_rates.jsonl", nil, 0.73},
		// Built blind in session 25 and scored once at 7616466: Harcourt
		// Brace Jovanovich's defence against British Printing over seven
		// wire stories (0.727, suggestions 0 of 1, 0 of 5 right: the 40
		// dlr special dividend, "value" near it, joined British Printing's
		// withdrawn 44 dlr bid, and "22.0 mln shares" disputed
		// "21,978,000"); 0.851 once a dividend nearer a sum than its bid
		// word made it no bid, and a trailing zero stated its place.
		{"reuters harcourt bpcc", "testdata/groups/reuters_harcourt_bpcc.jsonl", nil, 0.85},
		// Built blind in session 25 and scored once at 7616466: Bahia's
		// 1987 temporao cocoa crop over seven wire stories, three of them
		// one London day's market reports (0.391, suggestions 1 of 18, 2 of
		// 3 right: forecasts as ranges cut fortnight by fortnight, a day's
		// volume of lots that grows fourfold, a high-low "1,324/1,318" a
		// hand reads as two figures); 0.388 (session 27) once counts that
		// moved were joined after those of one value.
		{"reuters bahia cocoa temporao", "testdata/groups/reuters_bahia_cocoa_temporao.jsonl", nil, 0.38},
		// Built blind in session 25 and scored once at 06450bc: the pilots'
		// offer for United Airlines and UAL's stock over seven wire stories
		// (0.400, suggestions 1 of 8, 1 of 1 right: the stock's prices of
		// several days, "UAL today rose 2-1/2 to 62-1/2", read as counts);
		// 0.519 once "today" before a company's verb kept its move a price;
		// 0.667 once "UAL stock today was up three at 63" was a price, its
		// "up" a word of trading after the stock.
		{"reuters ual pilots buyout", "testdata/groups/reuters_ual_pilots_buyout.jsonl", nil, 0.66},
		// Built blind in session 25 and scored once at 06450bc: China's
		// 1986 budget deficit, forecast, reported and revised over five
		// wire stories (0.744, suggestions 7 of 14, 7 of 7 right).
		{"reuters china deficit 1986", "testdata/groups/reuters_china_deficit_1986.jsonl", nil, 0.74},
		// Built blind in session 25 and scored once at cc56f53: Qintex's
		// tender for Princeville over four wire stories (0.300, suggestions
		// 0 of 12, none made: the offer's expiry moved day by day, written
		// "today" and "yesterday", which the rules do not list, and "to
		// March 19 from March 18", a date moved that no rule joins; the
		// count of shares tendered, 5,887,165 to 7,242,117 to "about seven
		// mln", apart); 0.328 once a date moved in one sentence was one fact.
		{"reuters princeville qintex", "testdata/groups/reuters_princeville_qintex.jsonl", nil, 0.32},
		// Built blind in session 25 and scored once at 88105f7: the Basin
		// pipeline shut by floods over four wire stories (0.452,
		// suggestions 0 of 3, none made).
		{"reuters basin pipeline flood", "testdata/groups/reuters_basin_pipeline_flood.jsonl", nil, 0.45},
		// Built blind in session 26 and scored once at 06b507d: Brazil's
		// coffee institute opening and closing May's export registrations
		// over six wire stories (0.571, suggestions 0 of 1, 0 of 3 right:
		// the bags registered each day, 645,000 then 1.4 mln, and their
		// total of 2.05 mln read as one count that moved; the exporters'
		// estimate "between 1.0 mln and 1.2 mln" apart from the 1.4 mln it
		// foresaw); 0.741 (session 27) once counts that moved were joined
		// after those of one value, so that a day's bags met their own
		// value in other reports before the total's.
		{"reuters brazil coffee may registrations", "testdata/groups/reuters_brazil_coffee_may_registrations.jsonl", nil, 0.73},
		// Built blind in session 26 and scored once at 06b507d: Elders
		// IXL's purchase of Carling O'Keefe over six wire stories (0.421,
		// suggestions 1 of 4, 1 of 1 right: the share of Carling tendered,
		// 92 pct, "over 93 pct", 95 pct, then 100 pct owned, and the shares
		// tendered, 19,962,000 then 20.8 mln, stay apart; the offer's
		// expiry "April 23, 1987" and "closed on April 23" too).
		{"reuters elders carling okeefe bid", "testdata/groups/reuters_elders_carling_okeefe_bid.jsonl", nil, 0.42},
		// Built blind in session 26 and scored once at 06b507d: Nigeria's
		// rescheduling of its official debt over six wire stories (0.783,
		// suggestions 0 of 1: the year ECGD suspended its cover, 1983 or
		// 1984, years alone, which no rule disputes); 0.849 once
		// "approximate 19 billion dlrs" was a qualifier's.
		{"reuters nigeria official debt rescheduling", "testdata/groups/reuters_nigeria_official_debt_rescheduling.jsonl", nil, 0.84},
		// Built blind in session 26 from the US corpus's last unused
		// articles and scored once at 06b507d: five same-day weather
		// reports on one station (0.000 on 2 pairs: "the low to mid 30s"
		// read as the 30s from its figure on; "Thursday" twice, which no
		// rule lists); 0.667 once a part of a decade was one claim.
		{"us minnesota weather mar23", "testdata/groups/us_minnesota_weather_mar23.jsonl", nil, 0.66},
		// Built blind in session 26 and scored once at 358ef46: the
		// explosions at BP's Grangemouth refinery over four wire stories
		// (0.542, suggestions 0 of 2, 0 of 3 right: the toll of March 22
		// and the toll of an earlier fire on March 13 read as one count,
		// the overhaul's end, "mid-April" then "late April", months in
		// part, which no rule lists); 0.550 once a sentence that recalls
		// "a previous explosion" set its figures apart.
		{"reuters bp grangemouth refinery", "testdata/groups/reuters_bp_grangemouth_refinery.jsonl", nil, 0.55},
		// Built blind in session 26 and scored once at c66c575: Sharon
		// Steel's exchange offer, extended and ended by its bankruptcy,
		// over three wire stories (0.963, suggestions 1 of 3, 1 of 1
		// right: a debenture's maturity, 1990 or 1999, years alone).
		{"reuters sharon steel exchange offer", "testdata/groups/reuters_sharon_steel_exchange_offer.jsonl", nil, 0.96},
		// Built blind in session 26 and scored once at c66c575: Zambia's
		// kwacha auction, suspended and restored, over six wire stories
		// (0.556, suggestions 0 of 1, 0 of 9 right: the kwacha's rates of
		// several times, 2.20, about 15, nine and a ceiling of 12.50, read
		// as one rate that moved, where the hand keeps each apart).
		{"reuters zambia kwacha auction", "testdata/groups/reuters_zambia_kwacha_auction.jsonl", nil, 0.77},
		// Built blind in session 26 and scored once at 358ef46: Reagan's
		// veto of the highway bill and the votes to override it over six
		// wire stories (0.903, suggestions 0 of 2, 0 of 3 right: the
		// Senate's 65-35 and then 67-33 apart, and "88 billion dlr" after
		// "87.5 billion" read as a change, where the hand rounds).
		{"reuters highway bill veto 1987", "testdata/groups/reuters_highway_bill_veto_1987.jsonl", nil, 0.90},
		// Built blind in session 26 and scored once at a4b4970: K mart's
		// 1986 results, February sales and dividend over six wire stories
		// (0.848, suggestions none expected, 3 made: the quarter's net
		// "to 285 mln dlrs from 10.5 mln dlrs" read as a change, where
		// the hand keeps the year-ago figure apart).
		{"reuters kmart 1986 results", "testdata/groups/reuters_kmart_1986_results.jsonl", nil, 0.95},
		// Built blind in session 26 and scored once at a4b4970: Canada's
		// duty on US corn over six wire stories (0.320 on 21 pairs,
		// suggestions 0 of 1, none made: "85 cts" and "84.9 cents" of
		// one duty apart, their sentences sharing only the story's
		// common words; 1.05 dlrs cut to 85 cts two clauses apart; 1.10
		// Canadian dlrs the same duty to its hand); 0.645 once a value
		// met its roundings to two figures too ("85 cents", "84.9 cents").
		{"reuters canada us corn duty", "testdata/groups/reuters_canada_us_corn_duty.jsonl", nil, 0.64},
		// Built blind in session 27 and scored once at 357a95a: the tin
		// producers' export quotas over seven wire stories (0.818,
		// suggestions 0 of 2, 0 of 1 right: a bulletin's 90,000 tonnes
		// against the 96,000 of the others, and its 80,000-tonne surplus
		// against 70,000, each country's quota apart).
		{"reuters atpc tin export quotas", "testdata/groups/reuters_atpc_tin_export_quotas.jsonl", nil, 0.87},
		// Built blind in session 27 and scored once at 357a95a: the bids for
		// Monier over four wire stories (0.692, suggestions 0 of 4: CSR's
		// bid from 3.50 to 3.80 dlrs and 547 to 593 mln dlrs, never said
		// to be raised, apart).
		{"reuters monier bids", "testdata/groups/reuters_monier_bids.jsonl", nil, 0.68},
		// Built blind in session 27 and scored once at 357a95a: Britain's
		// 1987 budget over eight wire stories (0.641, suggestions 1 of 8:
		// the borrowing targets and the base rate's expected cut of 11
		// articles, most of their figures apart); 0.691 once "27 pence in
		// the pound" was a tax's rate and "cut by one full point" a rate's
		// point.
		{"reuters uk budget 1987", "testdata/groups/reuters_uk_budget_1987.jsonl", nil, 0.68},
		// Built blind in session 27 and scored once at 357a95a: France's
		// inflation and growth figures over eight wire stories (0.570,
		// suggestions 0 of 9, 0 of 5 right: percentages of growth,
		// inflation and wages of one value joined); 0.629 once a figure
		// that ends a change ("raised its inflation estimate to 2.5 per
		// cent and cut its growth estimate to between two and 2.8") was no
		// older figure of the next; 0.651 once a time after a percentage
		// ("2.1 pct last year") named no fact.
		{"reuters french inflation 1987", "testdata/groups/reuters_french_inflation_1987.jsonl", nil, 0.64},
		// Built blind in session 27 and scored once at 67921df: the South
		// African mineworkers' actions over seven wire stories (0.853,
		// suggestions 0 of 2, 0 of 6 right: the 7,000 strikers of one mine
		// read as superseded by the 8,000 of a go-slow at another).
		{"reuters sa num mineworkers", "testdata/groups/reuters_sa_num_mineworkers.jsonl", nil, 0.84},
		// Built blind in session 27 and scored once at 67921df: Yugoslavia's
		// debt refinancing over seven wire stories (0.686, suggestions 1
		// of 3, 1 of 5 right).
		{"reuters yugoslavia debt refinancing", "testdata/groups/reuters_yugoslavia_debt_refinancing.jsonl", nil, 0.68},
		// Built blind in session 27 and scored once at 3d5f54c: Brazil's
		// purchase of Saudi crude over eight wire stories (0.966,
		// suggestions 0 of 2, none made: Iraq's 235,000 bpd, then 215,000).
		{"reuters brazil saudi oil purchase", "testdata/groups/reuters_brazil_saudi_oil_purchase.jsonl", nil, 0.95},
		// Built blind in session 27 and scored once at 3d5f54c: Taiwan's
		// trade surplus with the US over eight wire stories (0.877,
		// suggestions 0 of 6, 0 of 2 right); 0.943 once "from 1.87 billion
		// dlrs in the same period last year" was that period's.
		{"reuters taiwan us trade surplus", "testdata/groups/reuters_taiwan_us_trade_surplus.jsonl", nil, 0.93},
		// Built blind in session 27 and scored once at 3d5f54c: GM's
		// temporary layoffs over eight wire stories (0.637, suggestions 1
		// of 5, 1 of 13 right: the workers of one plant joined to those
		// of another, as counts of workers that moved or of one value).
		{"reuters gm temporary layoffs", "testdata/groups/reuters_gm_temporary_layoffs.jsonl", nil, 0.70},
		// Built blind in session 27 and scored once at 3d5f54c: Finland's
		// 1987 election over six wire stories (0.657, suggestions 1 of 9,
		// 1 of 6 right: one party's seats joined to another's; "the
		// Conservatives 44 and the Centre Party 37" after "held 57 seats"
		// read as names' numbers).
		{"reuters finland election 1987", "testdata/groups/reuters_finland_election_1987.jsonl", nil, 0.65},
		// Built blind in session 27 and scored once at 16826cd: the Soviet
		// Union's purchases of US corn over eight wire stories (0.750,
		// suggestions 2 of 10: the running total's figures, 1.0 to 2.6 to
		// 2,825,600 tonnes, partly apart).
		{"reuters ussr us corn purchases", "testdata/groups/reuters_ussr_us_corn_purchases.jsonl", nil, 0.74},
		// Built blind in session 27 and scored once at 16826cd: Japan's
		// plan to merge its two international telecom entrants over eight
		// wire stories (0.775, suggestions 0 of 8, 0 of 2 right: Cable and
		// Wireless's three pct and then five pct apart).
		{"reuters japan telecom merger", "testdata/groups/reuters_japan_telecom_merger.jsonl", nil, 0.77},
		// Built blind in session 27 and scored once at 16826cd: the tin
		// pact's extension over eight wire stories (0.860, suggestions 0
		// of 2, none made).
		{"reuters tin pact extension", "testdata/groups/reuters_tin_pact_extension.jsonl", nil, 0.85},
		// Built blind in session 27 and scored once at 16826cd: the Bank
		// of Spain's tightening over eight wire stories (0.469,
		// suggestions 2 of 21, 3 of 9 right: the percentages of money
		// growth, reserve requirements, rates and forecasts of one value
		// joined as one figure of the story); 0.535 once "11.4 pct last
		// year" named no fact by its time.
		{"reuters spain monetary tightening", "testdata/groups/reuters_spain_monetary_tightening.jsonl", nil, 0.52},
		// Built blind in session 28 and scored once at 8a1123a: India's
		// tenders for white sugar over eight wire stories (0.550,
		// suggestions 0 of 4, 2 of 6 right: the cargoes of three tenders,
		// two or "two to three" each, joined as counts of cargoes that
		// moved).
		{"reuters india white sugar tenders", "testdata/groups/reuters_india_white_sugar_tenders.jsonl", nil, 0.54},
		// Built blind in session 28 and scored once at 8a1123a: IG
		// Metall's wage round over six wire stories (0.578, suggestions 0
		// of 3, 0 of 2 right: the 35-hour week demanded, the 38.5 hours
		// worked and the 40 before them joined as the ends of changes);
		// 0.563 once "from the present 38-1/2" took the hours it changed
		// to, and joined them.
		{"reuters ig metall wage round", "testdata/groups/reuters_ig_metall_wage_round.jsonl", nil, 0.55},
		// Built blind in session 28 and scored once at 8a1123a: Fleet's
		// merger with Norstar over eight wire stories (0.593, suggestions
		// 0 of 8, 0 of 1 right: a results table's "Net" and the earnings
		// its story gives apart); 0.643 once earnings and Net were one word.
		{"reuters fleet norstar merger", "testdata/groups/reuters_fleet_norstar_merger.jsonl", nil, 0.68},
		// Built blind in session 28 and scored once at 8a1123a: the
		// rescheduling of Venezuela's public debt over seven wire stories
		// (0.637, suggestions 3 of 19, 3 of 8 right: the margin over Libor
		// in pct and in points apart, "1 and 1/8" read as 1); 0.880 once
		// "1 and 1/8" was read and a spread in points a percentage.
		{"reuters venezuela debt rescheduling", "testdata/groups/reuters_venezuela_debt_rescheduling.jsonl", nil, 0.87},
		// Built blind in session 28 and scored once at b647bbe: PDVSA's
		// purchase of half of Champlin's refinery over five wire stories
		// (0.457, suggestions 0 of 4, none made: "a half interest" no
		// claim, "on the order of 30 mln dlrs" its figure only); 0.791 once
		// both were read.
		{"reuters pdvsa champlin refinery", "testdata/groups/reuters_pdvsa_champlin_refinery.jsonl", nil, 0.78},
		// Built blind in session 28 and scored once at b647bbe: Australian
		// banks' prime rates falling over eight wire stories (0.508,
		// suggestions 5 of 18, 5 of 9 right: each bank's prime rate, cut
		// from one level to another, joined to the others' of one value).
		{"reuters australia rates fall", "testdata/groups/reuters_australia_rates_fall.jsonl", nil, 0.50},
		// Built blind in session 28 and scored once at b647bbe: the US
		// trade deficit over eight wire stories (0.532, suggestions 0 of 4,
		// none made: "the 170 billion dlr trade deficit" of Yeutter's and of
		// Baker's reports apart, their articles of two stories to the rules).
		{"reuters us trade deficit 1987", "testdata/groups/reuters_us_trade_deficit_1987.jsonl", nil, 0.63},
		// Built blind in session 28 and scored once at b647bbe: Dome
		// Petroleum's debt restructuring over eight wire stories (0.823,
		// suggestions 3 of 7, 3 of 3 right).
		// 0.823 from 0.879 once a day stated with its year met the
		// story's same day without one (sameDay): the hands keep "by June
		// 30, 1987" (the plan's deadline) apart from "until June 30" (the
		// interim deferral's end); the rule raised six others (the Trump
		// indictment's "Jan. 6, 2021" and "Jan. 6": 0.667 to 0.957).
		{"reuters dome debt restructuring", "testdata/groups/reuters_dome_debt_restructuring.jsonl", nil, 0.80},
		// Built blind in session 28 and scored once at acadf6c: China's
		// drought and grain harvest over eight wire stories (0.600,
		// suggestions 0 of 2, 0 of 5 right: "a target of 405 mln" after
		// "between 425 and 450 mln tonnes" a count; 1986's 391 mln tonnes
		// joined to the 397 mln forecast for 1987); 0.636 once a range's
		// unit carried.
		{"reuters china drought grain 1987", "testdata/groups/reuters_china_drought_grain_1987.jsonl", nil, 0.74},
		// Built blind in session 28 and scored once at acadf6c: the
		// rescue of the FSLIC over eight wire stories (0.800, suggestions
		// 0 of 4, none made: the House bill's 25, then 15, then five
		// billion dlrs apart).
		{"reuters fslic recapitalization", "testdata/groups/reuters_fslic_recapitalization.jsonl", nil, 0.79},
		// Built blind in session 28 and scored once at acadf6c: Italy's
		// economy over eight wire stories (0.735, suggestions 1 of 3, 1
		// of 4 right); 0.760 once an index's level further after its name
		// was in points.
		{"reuters italy economy 1987", "testdata/groups/reuters_italy_economy_1987.jsonl", nil, 0.81},
		// Built blind in session 28 and scored once at acadf6c: the chip
		// makers' book-to-bill ratio over five wire stories (0.261,
		// suggestions 2 of 20, 2 of 8 right: the ratio written "1.13 pct"
		// by the wire and bare "1.13" apart as percent and count, its
		// months' figures joined by value); 0.286 once a ratio's bare level
		// was a measure in "ratio".
		{"reuters chip book to bill 1987", "testdata/groups/reuters_chip_book_to_bill_1987.jsonl", nil, 0.27},
		// Built blind in session 29 and scored once: IBP's lockout at
		// Dakota City over six wire stories (1.000 at 35a8493,
		// suggestions none expected, 2 made).
		{"reuters ibp dakota city lockout", "testdata/groups/reuters_ibp_dakota_city_lockout.jsonl", nil, 0.99},
		// Built blind in session 29 and scored once at 35a8493: USAir's
		// contested bid for Piedmont over eight wire stories (0.929,
		// suggestions 3 of 3, 3 of 4 right).
		{"reuters usair piedmont bid", "testdata/groups/reuters_usair_piedmont_bid.jsonl", nil, 0.92},
		// Built blind in session 29 and scored once at 35a8493: US oil
		// companies' crude postings over eight wire stories (0.286,
		// suggestions 1 of 8, 4 of 5 right: each company's posting, of one
		// price, joined to the others'). 0.275 since session 33: a
		// company's increase of a day and its postings kept apart (moveRole)
		// part an increase from the posting it joined the others' through.
		{"reuters us crude postings march 1987", "testdata/groups/reuters_us_crude_postings_march_1987.jsonl", nil, 0.26},
		// Built blind in session 29 and scored once at 35a8493: Britain's
		// base rate cuts over eight wire stories (0.492, suggestions 1 of
		// 24, 6 of 7 right: the pound's trade-weighted index and its
		// dollar rate day by day apart, the base rate's 10 pct apart from
		// its 11 and 10.5); 0.500 once the index was an indicator.
		{"reuters uk base rate cuts march 1987", "testdata/groups/reuters_uk_base_rate_cuts_march_1987.jsonl", nil, 0.73},
		// Built blind in session 29 and scored once at 35a8493: the
		// estimates of Australia's wheat crop over five wire stories
		// (0.809, suggestions 1 of 9, 2 of 3 right).
		{"reuters australia wheat crop 1987", "testdata/groups/reuters_australia_wheat_crop_1987.jsonl", nil, 0.80},
		// Built blind in session 29 and scored once at a9df9b9: Mellon
		// Bank's first-quarter loss over six wire stories (0.743,
		// suggestions 2 of 11, 2 of 4 right: the balances "from" the end
		// of 1986 apart from the quarter's).
		{"reuters mellon first quarter loss", "testdata/groups/reuters_mellon_first_quarter_loss.jsonl", nil, 0.73},
		// Built blind in session 29 and scored once at a9df9b9:
		// Australia's current account over seven wire stories (0.517,
		// suggestions 6 of 13, 6 of 14 right: January's deficit and
		// February's joined as one that moved); 0.471 once the wire's
		// bare dollars after a quote of the currency in US dollars were
		// Australian, and more months' figures joined.
		{"reuters australia current account 1987", "testdata/groups/reuters_australia_current_account_1987.jsonl", nil, 0.74},
		// Built blind in session 29 and scored once at a9df9b9: US
		// producers' copper prices over eight wire stories (0.612,
		// suggestions 0 of 10, 0 of 16 right: three producers' prices
		// joined, and a price set down, up and down again read as reports
		// that disagree); suggestions 6 of 10, 8 of 11 once a price set by
		// its setter's announcements moved.
		{"reuters us copper cathode prices", "testdata/groups/reuters_us_copper_cathode_prices.jsonl", nil, 0.60},
		// Built blind in session 29 and scored once at a9df9b9: the
		// report on JAL's 1985 crash over five wire stories (0.660,
		// suggestions 0 of 3, none made: its hand groups bare years and
		// "late May").
		{"reuters jal crash report", "testdata/groups/reuters_jal_crash_report.jsonl", nil, 0.79},
		// Built blind in session 29 and scored once at e50bb39: Diamond
		// Shamrock's restructuring over eight wire stories (0.645,
		// suggestions 0 of 4, none made on its groups).
		{"reuters diamond shamrock restructuring", "testdata/groups/reuters_diamond_shamrock_restructuring.jsonl", nil, 0.64},
		// Built blind in session 29 and scored once at e50bb39: the Farm
		// Credit System's rescue over eight wire stories (0.542,
		// suggestions 0 of 8, none made: "UP TO 4.5 BILLION DLRS" apart
		// from "3-4.5 billion dlrs", "some four billion" from "4.2
		// billion").
		{"reuters farm credit rescue", "testdata/groups/reuters_farm_credit_rescue.jsonl", nil, 0.53},
		// Built blind in session 29 and scored once at e50bb39: Japan's
		// record unemployment over six wire stories (0.684, suggestions 1
		// of 5, 1 of 9 right: its hand's rate of each month one fact, the
		// rules' one running level).
		{"reuters japan record unemployment 1987", "testdata/groups/reuters_japan_record_unemployment_1987.jsonl", nil, 0.76},
		// Built blind in session 29 and scored once at e50bb39: Siemens's
		// purchase of Tel Plus over five wire stories (0.875, suggestions
		// 0 of 2, none made).
		{"reuters siemens tel plus sale", "testdata/groups/reuters_siemens_tel_plus_sale.jsonl", nil, 0.87},
		// Built blind in session 29 and scored once at 30e2181:
		// Volkswagen's currency fraud over eight wire stories (0.648,
		// suggestions 6 of 8, 6 of 8 right).
		{"reuters vw currency fraud", "testdata/groups/reuters_vw_currency_fraud.jsonl", nil, 0.64},
		// Built blind in session 29 and scored once at 30e2181: the
		// collapse of Endotronics over eight wire stories (0.667, no
		// suggestions expected, none made).
		{"reuters endotronics collapse", "testdata/groups/reuters_endotronics_collapse.jsonl", nil, 0.79},
		// Built blind in session 29 and scored once at 30e2181: US
		// farmers' planting intentions of 1987 over eight wire stories
		// (0.522, suggestions 0 of 11, 1 of 4 right: the trade's
		// forecasts of acres apart from USDA's report); 0.529 once a
		// range of the acres' scale took their unit.
		{"reuters us 1987 planting intentions", "testdata/groups/reuters_us_1987_planting_intentions.jsonl", nil, 0.52},
		// Built blind in session 29 and scored once at 30e2181: US banks'
		// Brazilian loans put on non-accrual over eight wire stories
		// (0.930, suggestions 0 of 1, 9 made on claims no group holds).
		{"reuters us banks brazil nonaccrual", "testdata/groups/reuters_us_banks_brazil_nonaccrual.jsonl", nil, 0.92},
		// Built blind in session 29 and scored once at 98910d4: Saudi
		// Arabia's defence of OPEC's pact over eight wire stories (0.902,
		// suggestions 0 of 4, 0 of 2 right).
		{"reuters saudi opec pact defence", "testdata/groups/reuters_saudi_opec_pact_defence.jsonl", nil, 0.89},
		// Built blind in session 29 and scored once at 98910d4: Japan's
		// economic package over eight wire stories (0.819, suggestions 0
		// of 6, none made on its groups).
		{"reuters japan economic package 1987", "testdata/groups/reuters_japan_economic_package_1987.jsonl", nil, 0.81},
		// Built blind in session 29 and scored once at 98910d4: the EC's
		// budget and farm prices over eight wire stories (0.650,
		// suggestions 1 of 5, 1 of 2 right: its hand groups a sum in Ecus
		// with its conversion in dollars).
		{"reuters ec budget farm prices 1987", "testdata/groups/reuters_ec_budget_farm_prices_1987.jsonl", nil, 0.64},
		// Built blind in session 29 and scored once at 98910d4: the Fed's
		// weekly M-1 money supply over eight wire stories (0.129,
		// suggestions 7 of 18, 17 of 32 right: every week's level, rise
		// and average joined as one sum that moved); 0.181 once a week's
		// figures were its own.
		{"reuters us m1 money supply weekly", "testdata/groups/reuters_us_m1_money_supply_weekly.jsonl", nil, 0.17},
		// Built blind in session 29 and scored once at 010c44d: the weekly
		// US oil inventories of the API and the EIA over four wire stories
		// (0.257, suggestions 8 of 49, 8 of 16 right: each stock's level
		// over the weeks one figure to its hand, apart to the rules).
		{"reuters us oil inventories weekly", "testdata/groups/reuters_us_oil_inventories_weekly.jsonl", nil, 0.65},
		// Built blind in session 29 and scored once at a089403: Bolivia's
		// buyback of its bank debt over four wire stories (0.800,
		// suggestions 0 of 5, 0 of 3 right).
		{"reuters bolivia debt buyback", "testdata/groups/reuters_bolivia_debt_buyback.jsonl", nil, 0.79},
		// Built blind in session 30 and scored once at e89d1ff: Peru's
		// foreign debt and trade figures, revised between the central
		// bank's preliminary and final reports, over eight wire stories
		// (0.769, suggestions 0 of 12, 0 of 1 right); and the same story
		// by a second hand, seven of the same eight stories (0.849,
		// suggestions 0 of 13, 0 of 3 right), which two helpers chose
		// at once.
		{"reuters peru debt economy 1987", "testdata/groups/reuters_peru_debt_economy_1987.jsonl", nil, 0.82},
		{"reuters peru economy debt 1987", "testdata/groups/reuters_peru_economy_debt_1987.jsonl", nil, 0.86},
		// Built blind in session 30 and scored once at e89d1ff: Hospital
		// Corp of America's rejected buyout and its restructuring over four
		// wire stories (0.811, suggestions 0 of 1, none right).
		{"reuters hca buyout restructuring", "testdata/groups/reuters_hca_buyout_restructuring.jsonl", nil, 0.80},
		// Built blind in session 31 and scored once at ec4fdbc: BHP's
		// nine-month results, forecast by analysts, reported in a table
		// and a statement, over seven wire stories (0.474, suggestions 0
		// of 5: the table's article, its firm named only in its headline
		// before the ticker, told another story; 0.708 once a headline's
		// firm was a name); the US sugar import quota and the cut in the
		// sugar loan rate over eight (0.594, suggestions 0 of 1, 0 of 5
		// right); Belgium's 1987 financing requirement and its state loan
		// over eight (0.920, suggestions 3 of 7, 4 of 7 right).
		{"reuters bhp nine month results", "testdata/groups/reuters_bhp_nine_month_results.jsonl", nil, 0.79},
		{"reuters us sugar quota program", "testdata/groups/reuters_us_sugar_quota_program.jsonl", nil, 0.59},
		{"reuters belgium financing requirement 1987", "testdata/groups/reuters_belgium_financing_requirement_1987.jsonl", nil, 0.96},
		// Three more of session 31, scored once at ec4fdbc: Bally
		// Manufacturing's restructuring over six wire stories (0.864,
		// suggestions 0 of 5, none made); Colombia's coffee revenue after
		// the quotas' collapse over eight (0.731, suggestions 0 of 9, none
		// made: its "mln bags" counts to the rules, measures to the hand);
		// the US banks' prime rate rise over eight (0.921, suggestions 4
		// of 11, 4 of 7 right; 0.968 once "quarter-point prime rate
		// increases" was a change of a rate).
		{"reuters bally restructuring", "testdata/groups/reuters_bally_restructuring.jsonl", nil, 0.85},
		{"reuters colombia coffee revenue 1987", "testdata/groups/reuters_colombia_coffee_revenue_1987.jsonl", nil, 0.72},
		{"reuters us prime rate rise 1987", "testdata/groups/reuters_us_prime_rate_rise_1987.jsonl", nil, 0.95},
		// And the session's last three, scored once at ec4fdbc: Holiday
		// Corp's recapitalization over six wire stories (0.980, suggestions
		// 1 of 1, 1 of 3 right); Malaysia's export duties and gazetted
		// prices for rubber and palm oil over four (0.824, suggestions 7 of
		// 13, 7 of 7 right); France's reserves and its debt to the EMCF
		// over six (0.631, suggestions 9 of 22, 13 of 17 right: the monthly
		// and weekly levels of reserves one running figure to the hand).
		{"reuters holiday recapitalization", "testdata/groups/reuters_holiday_recapitalization.jsonl", nil, 0.97},
		{"reuters malaysia export duties", "testdata/groups/reuters_malaysia_export_duties.jsonl", nil, 0.93},
		{"reuters french reserves emcf debt", "testdata/groups/reuters_french_reserves_emcf_debt.jsonl", nil, 0.68},
		// Three more of session 31, scored once at ec4fdbc: Ohio Mattress's
		// purchase of Sealy over six wire stories (0.744, suggestions 0 of
		// 5, none made; 0.981 and 5 of 5 once "of which it owns 82 pct,
		// ..., thus increasing the company's stake in Sealy to 93 pct" was
		// one stake changed); the IEA's April oil market report, sent
		// twice, and OPEC's ceiling (0.750, suggestions 0 of 22, 0 of 4
		// right: the second sending's "45.2 bpd" without its "mln"
		// disputes the first's, to the hand); West Germany's growth
		// forecasts and tax reform over eight (0.753, suggestions 4 of 8,
		// 5 of 8 right: each institute's forecast apart).
		{"reuters ohio mattress sealy", "testdata/groups/reuters_ohio_mattress_sealy.jsonl", nil, 0.97},
		{"reuters iea oil market opec ceiling april 1987", "testdata/groups/reuters_iea_oil_market_opec_ceiling_april_1987.jsonl", nil, 0.76},
		{"reuters german growth forecasts tax reform 1987", "testdata/groups/reuters_german_growth_forecasts_tax_reform_1987.jsonl", nil, 0.74},
		// The session's last three, scored once at ec4fdbc: Woolworth
		// Holdings's month over five wire stories (0.393, suggestions 4 of
		// 10, 5 of 5 right: its shares' prices one running figure to the
		// hand; 0.548 once "from last night's close at 241p" was the
		// price's change); Europe's 1987 beet plantings over eight (0.459,
		// suggestions 1 of 18, 1 of 1 right: Licht's country list "Belgium
		// 114 (118)" read as names' numbers; 0.609 once a figure with its
		// comparison in brackets was a list's, in thousands of hectares);
		// Taiwan's certificates of deposit over eight (0.712, suggestions
		// 10 of 22, 13 of 14 right).
		{"reuters woolworth holdings march 1987", "testdata/groups/reuters_woolworth_holdings_march_1987.jsonl", nil, 0.74},
		{"reuters europe beet plantings 1987", "testdata/groups/reuters_europe_beet_plantings_1987.jsonl", nil, 0.65},
		{"reuters taiwan cd issues", "testdata/groups/reuters_taiwan_cd_issues.jsonl", nil, 0.70},
		// Session 32's story batches, built blind, one helper each choosing
		// a company's, a commodity's or an economy's story, scored once at
		// 75b38fe: Jardine Matheson's "B" share issue over seven wire
		// stories (0.646, suggestions 1 of 14, 2 of 2 right: each
		// company's share price and the Hang Seng index one running figure
		// to the hand); US dependence on imported oil over eight (0.714,
		// 0 of 3); Spain's inflation and wage unrest over eight (0.720, 0
		// of 6: the monthly rises of prices each a month's figure, the
		// yearly rate and the jobless one running figure each); ABM Gold's
		// share offer over four (0.675, 0 of 6; 0.800 once an article's two
		// counts of shares were two facts); Japan's beef quotas over eight
		// (0.783, 0 of 1); Japan's GNP over eight (0.567, 1 of 14, 1 of 8
		// right; 0.641 once "the October/December quarter" and "the
		// previous three months" dated its figures); General Motors's
		// buyback over seven (0.605, 1 of 3, 1 of 4 right; 0.667); Japan's
		// trade surplus over eight (0.575, 0 of 7, 1 of 3 right; 0.792 once
		// "in February, year-on-year, to 8.14 billion dlrs from 5.7 billion
		// in January" gave two months' figures); the year's US bank
		// failures over eight (0.494, 0 of 9: the FDIC's tally "the 44th",
		// "the 45th bank", "51ST TO FAIL" one running count to the hand);
		// Tesco's bid for Hillards over four (0.667, 0 of 5; 0.769 once
		// prices in pence were stocks' prices, each company's apart); the
		// EC's weekly white sugar tenders over eight (0.643, 0 of 2, 0 of 17
		// right: each week's tender its own figures, not one running
		// rebate); the Bank of England's money market on two days over
		// eight (0.537, 0 of 12, 2 of 6 right: each day's shortage and help
		// one figure moving through the day).
		{"reuters jardine b share issue", "testdata/groups/reuters_jardine_b_share_issue.jsonl", nil, 0.74},
		// (session 47: 0.80, once a count's noun read past "U.S." made "50
		// pct of U.S. demand" a share of demand, apart from the report's bare
		// "50 pct" that its hand takes for the same forecast)
		{"reuters us oil import dependence", "testdata/groups/reuters_us_oil_import_dependence.jsonl", nil, 0.79},
		{"reuters spain inflation wage unrest 1987", "testdata/groups/reuters_spain_inflation_wage_unrest_1987.jsonl", nil, 0.77},
		{"reuters abm gold ipo", "testdata/groups/reuters_abm_gold_ipo.jsonl", nil, 0.79},
		{"reuters japan beef quota talks", "testdata/groups/reuters_japan_beef_quota_talks.jsonl", nil, 0.77},
		// Japan's GNP 0.641 at session 34's start, 0.629 since a figure
		// said of a fiscal year ("three pct growth ... in 1986/87") takes
		// no other value of no period: the third quarter's 0.6 pct stays
		// apart from a group that one joined.
		{"reuters japan gnp 1986 87", "testdata/groups/reuters_japan_gnp_1986_87.jsonl", nil, 0.62},
		{"reuters gm buyback cost cuts", "testdata/groups/reuters_gm_buyback_cost_cuts.jsonl", nil, 0.66},
		{"reuters japan trade surplus 1987", "testdata/groups/reuters_japan_trade_surplus_1987.jsonl", nil, 0.78},
		{"reuters us bank failures 1987", "testdata/groups/reuters_us_bank_failures_1987.jsonl", nil, 0.48},
		{"reuters tesco hillards bid", "testdata/groups/reuters_tesco_hillards_bid.jsonl", nil, 0.80},
		{"reuters ec white sugar tenders spring 1987", "testdata/groups/reuters_ec_white_sugar_tenders_spring_1987.jsonl", nil, 0.63},
		{"reuters boe money market mar31 apr1", "testdata/groups/reuters_boe_money_market_mar31_apr1.jsonl", nil, 0.53},
		// And the session's last three, scored once at 75b38fe: NECO
		// Enterprises's tender offer over four wire stories (0.640,
		// suggestions 0 of 2: the shares sought and the minimum tendered,
		// both 170,000, two terms to the hand); lead prices in April over
		// eight (0.333, 1 of 13, 1 of 10 right: Asarco's and Doe Run's
		// prices, both 26.50 cents a lb on one day, two sellers'; 0.457
		// once "ASARCO UPS U.S. LEAD PRICE 0.50 CT TO 26.50 CTS" was a
		// change and a price); Thailand's economy over eight (0.710, 4 of
		// 14, 8 of 9 right).
		{"reuters neco laroche tender", "testdata/groups/reuters_neco_laroche_tender.jsonl", nil, 0.63},
		{"reuters lead prices april 1987", "testdata/groups/reuters_lead_prices_april_1987.jsonl", nil, 0.50},
		{"reuters thai economy liquidity 1987", "testdata/groups/reuters_thai_economy_liquidity_1987.jsonl", nil, 0.70},
		// Built blind in session 33 and scored once at 7462c2b, eight
		// batches, one helper each, each told a kind of story: CTS's
		// settlement with Dynamics over six wire stories (0.780,
		// suggestions 2 of 3, 2 of 7 right: a board cut "to seven members
		// from eight" is two facts to its hand); Exxon's and Sun's heating
		// oil barge prices over eight (0.182, 0 of 6, 0 of 9: each move's
		// size joined the prices it set and the same size of other days;
		// 0.429 once a move and its level, and moves of two days, were
		// kept apart); US jobs data over seven (0.458, 0 of 7, 0 of 2: a
		// week's claims "from 340,000 in the prior week"; 0.571 once of the
		// week before); Warburg Pincus's bid for Symbion over four (0.829,
		// 0 of 2, 0 of 1); Canadian banks' Brazil loan losses over eight
		// (0.553, 1 of 7, 3 of 3: two banks' results joined); GM's March
		// sales and output over seven (0.617, 0 of 14, 3 of 4; 0.667 once
		// a total for the year to date "from" the year before's was two
		// years'); the Soviet grain crop over five (0.459, 0 of 6, none
		// made; 0.531 once USDA's "12.00 mln tonnes, vs 10.00 mln tonnes
		// last month" revised one estimate); Hong Kong's prime rate over
		// five (0.571, 4 of 13, 4 of 5; 0.761 once an article's rate of
		// February 28 beside today's was no clash).
		{"reuters cts dynamics settlement", "testdata/groups/reuters_cts_dynamics_settlement.jsonl", nil, 0.77},
		{"reuters ny harbor heating oil barge prices", "testdata/groups/reuters_ny_harbor_heating_oil_barge_prices.jsonl", nil, 0.41},
		{"reuters us jobs data spring 1987", "testdata/groups/reuters_us_jobs_data_spring_1987.jsonl", nil, 0.64},
		{"reuters symbion warburg bid", "testdata/groups/reuters_symbion_warburg_bid.jsonl", nil, 0.81},
		{"reuters canadian banks brazil loan losses 1987", "testdata/groups/reuters_canadian_banks_brazil_loan_losses_1987.jsonl", nil, 0.61},
		{"reuters gm march sales output", "testdata/groups/reuters_gm_march_sales_output.jsonl", nil, 0.65},
		{"reuters soviet grain crop 1987", "testdata/groups/reuters_soviet_grain_crop_1987.jsonl", nil, 0.52},
		{"reuters hong kong prime rate rise", "testdata/groups/reuters_hong_kong_prime_rate_rise.jsonl", nil, 0.76},
		// And four more built blind in session 33, scored once at 1abadc3:
		// Chi-Chi's restaurant charge over four wire stories (0.952,
		// suggestions 0 of 2, 0 of 1); the US strike on Iran's oil
		// platforms over eight (0.244, 0 of 4, none made: its hand grouped
		// the weekdays and times of day the reports give, which no rule
		// reads as claims); New Zealand's economy over eight (0.376, 7 of
		// 12, 7 of 16: the lending rates of four banks, each its own, joined
		// as one interest rate); the 0/92 farm plan over eight (0.747, 0 of
		// 3, none made).
		{"reuters chichis restaurant charge", "testdata/groups/reuters_chichis_restaurant_charge.jsonl", nil, 0.94},
		{"reuters us strike iran oil platforms", "testdata/groups/reuters_us_strike_iran_oil_platforms.jsonl", nil, 0.23},
		{"reuters nz economy early 1987", "testdata/groups/reuters_nz_economy_early_1987.jsonl", nil, 0.36},
		{"reuters zero92 farm disaster bill", "testdata/groups/reuters_zero92_farm_disaster_bill.jsonl", nil, 0.73},
		// Eight built blind in session 34, scored once at 3b50ab3: the
		// Australian tug ban and New South Wales strikes over eight wire
		// stories (0.741, suggestions 0 of 2, none made); West Germany's
		// trade and current account over six (0.346, 0 of 13, 2 of 9 right:
		// each month's surplus joined as one running figure; 0.494 once a
		// flow said of two months was two facts); OPEC's June meeting over
		// seven (0.613, 0 of 6, 0 of 1); Indonesia's debt and aid over eight
		// (0.889, 2 of 4, 2 of 2); Florida's orange crop over six (0.464, 0
		// of 10, none made; 0.542 once a season after a figure dated it and
		// a list's rows in one article stayed apart); the Bundesbank's
		// money market over eight (0.588, 7 of 13, 9 of 12); IBM's first
		// quarter over eight (0.791, 0 of 1, 0 of 6); Honeywell Bull over
		// six (1.000, none expected, 0 of 0).
		{"reuters australia tug ban nsw strikes", "testdata/groups/reuters_australia_tug_ban_nsw_strikes.jsonl", nil, 0.73},
		{"reuters west german trade current account feb 1987", "testdata/groups/reuters_west_german_trade_current_account_feb_1987.jsonl", nil, 0.48},
		{"reuters opec june 1987 meeting", "testdata/groups/reuters_opec_june_1987_meeting.jsonl", nil, 0.60},
		{"reuters indonesia foreign debt aid", "testdata/groups/reuters_indonesia_foreign_debt_aid.jsonl", nil, 0.88},
		{"reuters florida orange crop 1987", "testdata/groups/reuters_florida_orange_crop_1987.jsonl", nil, 0.53},
		{"reuters bundesbank money market march 1987", "testdata/groups/reuters_bundesbank_money_market_march_1987.jsonl", nil, 0.78},
		{"reuters ibm q1 1987 earnings", "testdata/groups/reuters_ibm_q1_1987_earnings.jsonl", nil, 0.78},
		{"reuters honeywell bull restructuring", "testdata/groups/reuters_honeywell_bull_restructuring.jsonl", nil, 0.99},
		// Four more built blind in session 34, scored once at 81e8dc4:
		// Japan's earthquakes of March over five wire stories (0.667,
		// suggestions 0 of 2, 0 of 2: an article datelined "May 18" for
		// March 18, its toll read as the later; the magnitudes of three
		// quakes joined); the dollar's record lows against the yen over
		// eight (0.850, 0 of 5, 1 of 1); Canada's bond financing over
		// seven (0.884, 0 of 1, 0 of 2); Goodyear's sales of its units over
		// eight (0.818, 0 of 3, 0 of 2: a wire's corrected resending, whose
		// figure the hand reads as replacing the first's, disputed).
		{"reuters japan earthquakes march 1987", "testdata/groups/reuters_japan_earthquakes_march_1987.jsonl", nil, 0.65},
		// Session 39: 0.850 to 0.818 once a central bank's buying "at
		// around 147.05 yen" is a market's reading of the rate, as a
		// later batch's hand reads it (reuters dollar yen postwar lows);
		// this hand keeps no running rate, the day's high apart.
		{"reuters dollar yen record lows march 1987", "testdata/groups/reuters_dollar_yen_record_lows_march_1987.jsonl", nil, 0.81},
		{"reuters canada bond financing spring 1987", "testdata/groups/reuters_canada_bond_financing_spring_1987.jsonl", nil, 0.87},
		{"reuters goodyear unit sales", "testdata/groups/reuters_goodyear_unit_sales.jsonl", nil, 0.80},
		// And four more, scored once at 8a5c7a2: Japan's industrial
		// production over five wire stories (0.563, suggestions 2 of 4, 2
		// of 3: months named before the index, "The adjusted March
		// index", not read, and percentages of one value joined across
		// series; 0.635 once a percentage's change took the month its
		// subject names); Swire Pacific's and Cathay's results over four (0.810, 1
		// of 9, 1 of 1); gold, silver and platinum prices over eight
		// (0.246, 2 of 25, 2 of 6: each market's quotes a running price to
		// the hand, kept apart by the rules); the cost of the USDA's grain
		// certificates over eight (0.281, 0 of 4, none made; 0.382 once a
		// name in five of eight reports made them one story).
		{"reuters japan industrial production 1987", "testdata/groups/reuters_japan_industrial_production_1987.jsonl", nil, 0.62},
		{"reuters swire cathay 1986 results", "testdata/groups/reuters_swire_cathay_1986_results.jsonl", nil, 0.80},
		{"reuters precious metals rally april 1987", "testdata/groups/reuters_precious_metals_rally_april_1987.jsonl", nil, 0.23},
		{"reuters pik certificate cost fight", "testdata/groups/reuters_pik_certificate_cost_fight.jsonl", nil, 0.41},
		// Eight built blind in session 35, scored once at 13b0228 (the
		// session's start): Pegasus Gold's results sent as the third
		// quarter, then corrected to the fourth, over seven wire stories
		// (0.602, suggestions 1 of 8, 1 of 1: the same sums from Vancouver
		// and Spokane read in two dollars; 0.848 once a dateline's dollar
		// met the US one); South Africa's reserves and trade over eight
		// (0.649, 0 of 5, 0 of 11: a month's level "rose to 6.30 billion
		// rand from 6.22 billion" one running figure to the rules and two
		// months' figures to the hand); the world sugar market and
		// Pakistan's tender over eight (0.531, 1 of 15, 1 of 4: market
		// prices a running figure to the hand; 0.593 once "at 154 dlrs
		// from 152.80 asked last night" was a change); Britain's opinion
		// polls over eight (0.435, 0 of 19, 17 of 18: each pollster's
		// series a fact of its own to the hand); the fight for Burlington
		// over five (0.667, 0 of 3, 0 of 2; 0.933 once a stake "to
		// 3,408,813 shares, or 12.33 pct, from 3,667,313 shares, or 13.3
		// pct" was two figures changed); the US rig count over eight
		// (0.367, 3 of 29, 10 of 14: the total, land, offshore and
		// Canadian counts of each week apart to the hand, joined by the
		// rules); the Inter-American Development Bank's veto over eight
		// (0.605, 0 of 3, 0 of 3: a 35 pct veto level and a 34.5 pct
		// vote joined as one rounded); the Bank of England's money market
		// on two days over eight (0.821, 2 of 5, 2 of 10: each day's and
		// session's help one running figure to the rules).
		{"reuters pegasus gold results restated", "testdata/groups/reuters_pegasus_gold_results_restated.jsonl", nil, 0.83},
		{"reuters south africa reserves trade 1987", "testdata/groups/reuters_south_africa_reserves_trade_1987.jsonl", nil, 0.63},
		{"reuters sugar market pakistan tender april 1987", "testdata/groups/reuters_sugar_market_pakistan_tender_april_1987.jsonl", nil, 0.72},
		{"reuters uk opinion polls spring 1987", "testdata/groups/reuters_uk_opinion_polls_spring_1987.jsonl", nil, 0.42},
		{"reuters burlington samjens bid", "testdata/groups/reuters_burlington_samjens_bid.jsonl", nil, 0.92},
		{"reuters us rig count spring 1987", "testdata/groups/reuters_us_rig_count_spring_1987.jsonl", nil, 0.44},
		{"reuters iadb veto dispute", "testdata/groups/reuters_iadb_veto_dispute.jsonl", nil, 0.61},
		{"reuters boe money market mar23 24", "testdata/groups/reuters_boe_money_market_mar23_24.jsonl", nil, 0.81},
		// Four more of session 35, scored once at a539345: Swissair's
		// results and its MD-11 order over eight wire stories (0.857,
		// none expected, 0 of 3: the year's dividend "cut to 33 francs per
		// share from 38" one figure changed to the rules, two years'
		// figures to the hand); the US farm program's changes over eight
		// (0.545, 0 of 1, 0 of 7: a soybean loan rate of 4.56 dlrs now and
		// one proposed at 4.56 two facts to the hand; 0.524 once "a\n5.02
		// marketing loan" was read as the 5.02 dlrs before it, which the
		// hand keeps apart as another's proposal); China's foreign
		// debt and reserves over eight (0.289, 0 of 4, 0 of 9: reserves at
		// four dates, and a 1986 trade deficit of 11.9 billion dlrs beside
		// end-1985 reserves of 11.9 billion, joined); the Airbus A340's
		// launch over eight (0.857, 4 of 10, 4 of 4). And four scored once
		// at bdba106: the crash of October 19 over eight (0.379, 0 of 11, 0
		// of 2; 0.459 once "since the market fell 500 points" was read in
		// points); Iran's Karbala-8 offensive over eight (0.462, 0 of 1,
		// none made: "three-pronged" no claim to the rules); France's
		// jobless, growth and budget over eight (0.476, 1 of 4, 1 of 5;
		// 0.526 once a change between "the 1988 budget deficit" and "the
		// forecast 1987 deficit" joined none); the contras' aid votes over
		// six (0.776, 0 of 1, none made).
		{"reuters swissair md11 order", "testdata/groups/reuters_swissair_md11_order.jsonl", nil, 0.84},
		{"reuters us farm program changes soybean loan 1987", "testdata/groups/reuters_us_farm_program_changes_soybean_loan_1987.jsonl", nil, 0.51},
		{"reuters china foreign debt reserves 1987", "testdata/groups/reuters_china_foreign_debt_reserves_1987.jsonl", nil, 0.27},
		{"reuters airbus a340 launch", "testdata/groups/reuters_airbus_a340_launch.jsonl", nil, 0.84},
		{"reuters black monday crash 1987", "testdata/groups/reuters_black_monday_crash_1987.jsonl", nil, 0.72},
		{"reuters karbala8 basra offensive", "testdata/groups/reuters_karbala8_basra_offensive.jsonl", nil, 0.45},
		{"reuters france jobless growth budget 1987", "testdata/groups/reuters_france_jobless_growth_budget_1987.jsonl", nil, 0.57},
		{"reuters contra aid votes 1987", "testdata/groups/reuters_contra_aid_votes_1987.jsonl", nil, 0.76},
		// And the session's last four, scored once at cce1c29: First
		// Interstate's Brazil loans and its bid for BankAmerica over eight
		// (0.783, 0 of 6, none made: two reports' 165 and 168 mln dlrs of
		// short-term loans apart); Australia's deficit and election over
		// eight (0.528, 0 of 6, 0 of 1: "four billion dlrs" four times in
		// one report, two groups); Taiwan's soybean and corn buying over
		// eight (0.727, 1 of 8, 1 of 4: a 1987 target of 1.9 mln tonnes
		// joined with 1986's 1.74 mln); Italy's government crisis over
		// eight (0.455, none expected, none made; 0.622 once "the five-party
		// coalition" was a count).
		{"reuters first interstate brazil bankamerica", "testdata/groups/reuters_first_interstate_brazil_bankamerica.jsonl", nil, 0.77},
		{"reuters australia deficit election 1987", "testdata/groups/reuters_australia_deficit_election_1987.jsonl", nil, 0.51},
		{"reuters taiwan us soybean corn imports 1987", "testdata/groups/reuters_taiwan_us_soybean_corn_imports_1987.jsonl", nil, 0.71},
		{"reuters italy craxi government crisis", "testdata/groups/reuters_italy_craxi_government_crisis.jsonl", nil, 0.61},
		// Session 36's eighteen, built blind (one helper each, told a kind
		// of story; four found none reaching twenty grouped claims and took
		// the best) and scored once at 41f9c05: Consul's debenture exchange
		// over three (0.929, 0 of 1, none made); Swiss forecasts of the OECD
		// and of the KOF over six (0.474, 1 of 17, 1 of 3: two institutes'
		// figures of one year disputes to the hand, each institute's
		// forecast apart to the rules); South Africa's maize crop over five
		// (0.646, 3 of 35, 3 of 8: a USDA table's April and March estimates
		// of one row, revised, apart); Cargill's Seaforth strike over eight
		// (0.947, 2 of 2, 2 of 2); AMR's wide-body order over four (0.917, 0
		// of 2, none made); the banks' reserves for third-world debt over
		// eight (0.865, 2 of 2, 2 of 2); North Sea LPG postings over four
		// (0.415, 4 of 11, 4 of 4: a dotted table of spot prices "113/117"
		// unread); Japan's sales tax over eight (0.766, 0 of 4, 0 of 1: the
		// elections "April 12 and 26" and "April 12" apart); the Dutch
		// central bank's special advances over seven (0.554, 0 of 3, 0 of 5:
		// successive facilities one fact to the rules, one each to the
		// hand); Hecla's Greens Creek stake over three (1.000, 0 of 1, none
		// made); Newmont's Magma spinoff over seven (0.526, 1 of 5, 1 of 1:
		// a correction swaps two years' Du Pont holdings); Zambia's break
		// with the IMF over six (0.500, 1 of 6, 1 of 1; 0.776 once "eight
		// per dlr from 21" and "18.75 kwacha to the dollar from last week's
		// 16.95" were each one rate changed); Heinz's third quarter over
		// four (0.677, 2 of 10, 2 of 9; 0.808 once "74.7 mln dlrs, or 55 cts
		// a share, up from ... 63.2 mln dlrs, or 46 cts a share" was no
		// change); the US wheat subsidy to the USSR over eight (0.818, 0 of
		// 5, none made); Afghan air raids on Pakistan over four (0.333, 0 of
		// 5, none made: each village's toll and the day's total one count to
		// the rules); the UK's sale of its BP stake over seven (0.800, 0 of
		// 3, none made); the ICO's executive board over eight (0.522, 0 of
		// 8, none made); US housing figures over eight (0.691, 0 of 10, 2 of
		// 8). Dutch advances 0.566 and Newmont 0.667 by the session's other
		// rules. A nineteenth batch told the Seaforth strike again and was
		// not kept.
		{"reuters consul debenture exchange", "testdata/groups/reuters_consul_debenture_exchange.jsonl", nil, 0.91},
		{"reuters swiss economy outlook 1987", "testdata/groups/reuters_swiss_economy_outlook_1987.jsonl", nil, 0.44},
		{"reuters south africa maize crop 1987", "testdata/groups/reuters_south_africa_maize_crop_1987.jsonl", nil, 0.63},
		{"reuters cargill seaforth strike", "testdata/groups/reuters_cargill_seaforth_strike.jsonl", nil, 0.93},
		{"reuters amr widebody order", "testdata/groups/reuters_amr_widebody_order.jsonl", nil, 0.90},
		{"reuters ldc debt reserves after citicorp", "testdata/groups/reuters_ldc_debt_reserves_after_citicorp.jsonl", nil, 0.99},
		{"reuters north sea lpg postings", "testdata/groups/reuters_north_sea_lpg_postings.jsonl", nil, 0.45}, // 0.489 to 0.458 when "raised butane prices 5.50 dlrs to 123 dlrs" became a move and a price (session 46)
		{"reuters japan sales tax 1987", "testdata/groups/reuters_japan_sales_tax_1987.jsonl", nil, 0.75},
		{"reuters dutch special advances 1987", "testdata/groups/reuters_dutch_special_advances_1987.jsonl", nil, 0.55},
		{"reuters hecla greens creek stake", "testdata/groups/reuters_hecla_greens_creek_stake.jsonl", nil, 0.99},
		{"reuters newmont magma spinoff", "testdata/groups/reuters_newmont_magma_spinoff.jsonl", nil, 0.65},
		{"reuters zambia imf break", "testdata/groups/reuters_zambia_imf_break.jsonl", nil, 0.97},
		{"reuters heinz q3 fy1987 results", "testdata/groups/reuters_heinz_q3_fy1987_results.jsonl", nil, 0.79},
		{"reuters ussr wheat eep subsidy", "testdata/groups/reuters_ussr_wheat_eep_subsidy.jsonl", nil, 0.69},
		{"reuters afghan air raids pakistan", "testdata/groups/reuters_afghan_air_raids_pakistan.jsonl", nil, 0.32},
		{"reuters bp government stake sale", "testdata/groups/reuters_bp_government_stake_sale.jsonl", nil, 0.79},
		{"reuters ico executive board spring 1987", "testdata/groups/reuters_ico_executive_board_spring_1987.jsonl", nil, 0.51},
		{"reuters us housing data 1987", "testdata/groups/reuters_us_housing_data_1987.jsonl", nil, 0.68},
		// And three more, built blind and scored once at 41f9c05: Reagan's
		// polls after the Tower report over eight (0.567, 1 of 7, 1 of 2:
		// the same wire story sent twice); Canada's economy over eight
		// (0.415, 0 of 11, 0 of 2: January's trade figures and their
		// revisions a month on apart; 0.468 once two months' 0.4 pct
		// changes were two facts); Hydro-Quebec's exports to New England
		// over five (0.526, 0 of 5, none made).
		{"reuters reagan iran contra polls", "testdata/groups/reuters_reagan_iran_contra_polls.jsonl", nil, 0.55},
		{"reuters canada economy spring 1987", "testdata/groups/reuters_canada_economy_spring_1987.jsonl", nil, 0.45},
		{"reuters hydro quebec new england exports", "testdata/groups/reuters_hydro_quebec_new_england_exports.jsonl", nil, 0.51},
		// And three more, scored once at 291724f: the row over the
		// Bundesbank's rates after Black Monday over six (0.710, 5 of 13, 6
		// of 10); the EC's weekly cereal export tenders over eight (0.384,
		// 2 of 24, 4 of 4: each week's award and request one running
		// figure to the hand, each week's apart to the rules); and at
		// db0cf62, Lloyd's settlement of the PCW affair over three (1.000,
		// none expected, none made).
		{"reuters bundesbank baker rate row oct 1987", "testdata/groups/reuters_bundesbank_baker_rate_row_oct_1987.jsonl", nil, 0.70},
		{"reuters ec cereal export tenders spring 1987", "testdata/groups/reuters_ec_cereal_export_tenders_spring_1987.jsonl", nil, 0.37},
		{"reuters lloyds pcw settlement", "testdata/groups/reuters_lloyds_pcw_settlement.jsonl", nil, 0.99},
		// Session 37: eleven more, built blind (one hand each, told a kind
		// of story, all Reuters) and scored once, 241-249 at e966e13 and
		// 250 and 252 at ba380b4 (groups F1; suggestions found and right):
		// Pesch's bid for AMI over six (0.818, 0 of 1, none made); Pakistan's
		// and India's palm olein tenders over eight (0.488, 0 of 5, none
		// made: each tender's 6,000 tonne cargoes apart to the hand, one
		// figure to the rules); the Bank of England's money market on two
		// days over eight (0.937, 4 of 6, 4 of 4); attacks on Gulf tankers
		// over five (0.750, 0 of 3, none made; 0.788 once "the past 24
		// hours" was quoted whole); Woolworth's 1986 results over five
		// (0.788, 0 of 4, 0 of 3); October's crude postings over eight
		// (0.862, 0 of 1, 0 of 14: each company's posting disputed by
		// another's of the same crude to the rules, one agreed round to the
		// hand); the EC's trade row with Japan over eight (0.720, 0 of 5,
		// none made; 0.792 once "the past two years" was quoted whole);
		// Kenya's economy and shilling over six (0.667, 0 of 2, none made;
		// 0.727 once "the next four years" was quoted whole); Sri Lanka's rubber
		// leaf disease over three (0.455, 2 of 7, 2 of 2); Texas banks' loan
		// losses over six (0.462, 1 of 8, 1 of 1); Chrysler's plant
		// schedules over eight (0.387, 0 of 9, 3 of 3: a week's plants on
		// overtime one running figure to the hand). Several hands found no
		// story of 20 grouped claims left and stretched one.
		{"reuters pesch ami bid", "testdata/groups/reuters_pesch_ami_bid.jsonl", nil, 0.80},
		{"reuters rbd palm olein tenders spring 1987", "testdata/groups/reuters_rbd_palm_olein_tenders_spring_1987.jsonl", nil, 0.47},
		{"reuters boe money market mar18 19", "testdata/groups/reuters_boe_money_market_mar18_19.jsonl", nil, 0.92},
		{"reuters gulf tanker attacks march 1987", "testdata/groups/reuters_gulf_tanker_attacks_march_1987.jsonl", nil, 0.77},
		{"reuters fw woolworth 1986 results", "testdata/groups/reuters_fw_woolworth_1986_results.jsonl", nil, 0.77},
		{"reuters crude postings october 1987", "testdata/groups/reuters_crude_postings_october_1987.jsonl", nil, 0.96},
		{"reuters ec japan trade friction 1987", "testdata/groups/reuters_ec_japan_trade_friction_1987.jsonl", nil, 0.78},
		{"reuters kenya economy debt shilling 1987", "testdata/groups/reuters_kenya_economy_debt_shilling_1987.jsonl", nil, 0.71},
		{"reuters sri lanka rubber leaf disease 1987", "testdata/groups/reuters_sri_lanka_rubber_leaf_disease_1987.jsonl", nil, 0.44},
		{"reuters texas banks loan losses 1987", "testdata/groups/reuters_texas_banks_loan_losses_1987.jsonl", nil, 0.45},
		{"reuters chrysler plant schedules output spring 1987", "testdata/groups/reuters_chrysler_plant_schedules_output_spring_1987.jsonl", nil, 0.37},
		// And one more, scored once at e2204c8: Iran's Karbala-7 offensive
		// over seven (0.516, 0 of 1, 0 of 1: Iraq's claim of 15,000
		// Iranian casualties in the south and Iran's of 3,000 Iraqi ones in
		// the north one toll to the rules, the 15,000 "superseded"; 0.571
		// once two nations' tolls were two facts).
		{"reuters iran karbala7 kurdistan offensive", "testdata/groups/reuters_iran_karbala7_kurdistan_offensive.jsonl", nil, 0.56},
		// And the IMF's spring 1987 outlook over five, scored once at 757b232
		// (0.353, 1 of 10, 4 of 6: the forecasts of 2.5 pct for the
		// industrial countries, the seven and the US one figure to the
		// rules).
		{"reuters imf world outlook april 1987", "testdata/groups/reuters_imf_world_outlook_april_1987.jsonl", nil, 0.34},
		// Session 38: fourteen more, built blind (one hand each, told a kind
		// of story, all Reuters) and scored once at 762ada4 (groups F1;
		// suggestions found and right): sterling after Lawson named its
		// levels over seven (0.398, 4 of 36, 4 of 6: each rate's readings
		// over the days one running figure to the hand, each value apart to
		// the rules; 0.862 once the readings of one rate were one figure,
		// linkRates); the US producer prices of February over six (0.837,
		// 0 of 4, none right); Westworld's exchange offer over three
		// (0.737, 1 of 2, 1 of 2); Volkswagen's and AMC's ten-day car
		// sales over eight (0.286, 2 of 23, 6 of 13: running totals for the
		// year and the month one figure each to the hand; 0.342 once a
		// report's periods were apart, reportingPeriod); the Rhine blocked
		// at Karlsruhe over three (0.500, 0 of 1, none made); the tin
		// market in spring 1987 over eight (0.500, 2 of 8, 2 of 2); the US
		// Treasury's bill auctions over seven (0.493, 4 of 18, 6 of 8: each
		// maturity's average rate over the auctions one running figure to
		// the hand); Brazil's coffee crop and export estimates over eight
		// (0.526, 1 of 4, 2 of 2); Norway's central bank reserves over five
		// (0.316, 4 of 17, 4 of 4: each reserve's month-end levels one
		// running stock to the hand, each month's apart to the rules);
		// Fermenta's collapse over three (0.421, 0 of 7, 0 of 1); the Tokyo
		// stock market in spring over six (0.273, 0 of 10, none made; 0.618
		// once an index's levels were one running figure); the zinc market
		// over seven (0.392, 2 of 6, 2 of 13: each grade's price in each
		// currency its own figure to the hand; 0.741 once one article's
		// prices of two grades were no rounding of one figure); the US
		// tax increase fight over eight (0.675, 0 of 13, none made);
		// Equatorial's 1986 loss and its Contel pact over three (0.842, 0
		// of 6, none made: a forecast loss "about 57 mln dlrs" and the
		// 56,879,000 reported apart to the rules).
		{"reuters sterling lawson targets 1987", "testdata/groups/reuters_sterling_lawson_targets_1987.jsonl", nil, 0.85},
		{"reuters us february ppi inventories 1987", "testdata/groups/reuters_us_february_ppi_inventories_1987.jsonl", nil, 0.82},
		{"reuters westworld debt exchange offer", "testdata/groups/reuters_westworld_debt_exchange_offer.jsonl", nil, 0.92},
		{"reuters ten day car sales feb mar 1987", "testdata/groups/reuters_ten_day_car_sales_feb_mar_1987.jsonl", nil, 0.33},
		{"reuters rhine orinoko blockage june 1987", "testdata/groups/reuters_rhine_orinoko_blockage_june_1987.jsonl", nil, 0.49},
		{"reuters tin market spring 1987", "testdata/groups/reuters_tin_market_spring_1987.jsonl", nil, 0.59},
		{"reuters us treasury bill auctions spring 1987", "testdata/groups/reuters_us_treasury_bill_auctions_spring_1987.jsonl", nil, 0.48},
		{"reuters brazil coffee crop exports 1987", "testdata/groups/reuters_brazil_coffee_crop_exports_1987.jsonl", nil, 0.51},
		{"reuters norway reserves trade 1987", "testdata/groups/reuters_norway_reserves_trade_1987.jsonl", nil, 0.30},
		{"reuters fermenta collapse creditors", "testdata/groups/reuters_fermenta_collapse_creditors.jsonl", nil, 0.41},
		{"reuters tokyo stock market spring 1987", "testdata/groups/reuters_tokyo_stock_market_spring_1987.jsonl", nil, 0.60},
		{"reuters zinc market spring 1987", "testdata/groups/reuters_zinc_market_spring_1987.jsonl", nil, 0.73},
		{"reuters us tax increase fight 1987", "testdata/groups/reuters_us_tax_increase_fight_1987.jsonl", nil, 0.66},
		{"reuters equatorial 1986 loss contel pact", "testdata/groups/reuters_equatorial_1986_loss_contel_pact.jsonl", nil, 0.83},
		// Session 39: fourteen more, built blind (one hand each, told a kind
		// of story, all Reuters) and scored once at 4ee44af (groups F1;
		// suggestions found and right): the dollar on the eve of the G-5
		// meeting over six (0.827, 11 of 48, 12 of 25); US factory and
		// durable goods orders of January and February over four (0.289,
		// 3 of 34, 4 of 4: each category's change of a month revised from
		// release to release one figure to the hand; 0.505 once a series'
		// change of one month was one figure, series.go); the LME's nickel
		// on one day over six (0.189, 0 of 26, 0 of 2: ring tables whose
		// prices are written short, "916.00 20.00"); the dollar's post-war
		// lows against the yen over eight (0.350, 13 of 28, 16 of 17; 0.591
		// once a rate bought "at around" a level was a reading); Britain's
		// jobs, earnings and prices over eight (0.633, 4 of 19, 4 of 6:
		// successive months' levels one running figure to the hand); OPEC's
		// 18 dlr benchmark over eight (0.765); US grain export inspections
		// over eight (0.727, 0 of 7, none right); the Bank of England's
		// money market on three days over eight (0.959, 2 of 8, 2 of 3);
		// Canada's car sales over seven (0.657, 0 of 4, 0 of 13: three
		// makers' sales of a month joined by value and concept); Turkey's
		// lira fixings and debt over seven (0.873, 3 of 14, 3 of 3); the
		// Bank of England's money market on three more days over eight
		// (0.756, 0 of 8, 0 of 4); Canada's weekly money supply over four
		// (0.598, 11 of 39, 11 of 11: each series' weekly levels one
		// running figure to the hand, each week's apart to the rules);
		// Jefferies' guilty plea over six (0.769, 1 of 2, 1 of 1);
		// Volcker's succession at the Fed over eight (0.667, 0 of 1, none
		// made: years without a day grouped by the hand).
		{"reuters dollar g5 eve april7 1987", "testdata/groups/reuters_dollar_g5_eve_april7_1987.jsonl", nil, 0.81},
		{"reuters us factory durable orders jan feb 1987", "testdata/groups/reuters_us_factory_durable_orders_jan_feb_1987.jsonl", nil, 0.49},
		{"reuters lme nickel april 7 1987", "testdata/groups/reuters_lme_nickel_april_7_1987.jsonl", nil, 0.17},
		// (Rules 285 read "The dollar hovered around 144.70" as yen, as its
		// hand does; equal to "a 40-year low of 144.70 yen" in another
		// story, it joins the low's group to the rate's: 0.675 to 0.550.)
		{"reuters dollar yen postwar lows april 1987", "testdata/groups/reuters_dollar_yen_postwar_lows_april_1987.jsonl", nil, 0.54},
		{"reuters uk jobs earnings prices data spring 1987", "testdata/groups/reuters_uk_jobs_earnings_prices_data_spring_1987.jsonl", nil, 0.66},
		{"reuters oil price 18 dlr benchmark 1987", "testdata/groups/reuters_oil_price_18_dlr_benchmark_1987.jsonl", nil, 0.60},
		{"reuters us grain export inspections futures april 1987", "testdata/groups/reuters_us_grain_export_inspections_futures_april_1987.jsonl", nil, 0.71},
		{"reuters boe money market mar26 30", "testdata/groups/reuters_boe_money_market_mar26_30.jsonl", nil, 0.94},
		{"reuters canada car sales feb mar 1987", "testdata/groups/reuters_canada_car_sales_feb_mar_1987.jsonl", nil, 0.64},
		{"reuters turkey lira fixings debt banks spring 1987", "testdata/groups/reuters_turkey_lira_fixings_debt_banks_spring_1987.jsonl", nil, 0.86},
		{"reuters boe money market mar12 17", "testdata/groups/reuters_boe_money_market_mar12_17.jsonl", nil, 0.74},
		{"reuters canada weekly money supply 1987", "testdata/groups/reuters_canada_weekly_money_supply_1987.jsonl", nil, 0.99},
		{"reuters jefferies boesky guilty plea", "testdata/groups/reuters_jefferies_boesky_guilty_plea.jsonl", nil, 0.75},
		{"reuters volcker fed succession 1987", "testdata/groups/reuters_volcker_fed_succession_1987.jsonl", nil, 0.65},
		// Session 40: twelve more, built blind (one hand each, told a kind of
		// story, all Reuters) and scored once at d2da4e5 (groups F1;
		// suggestions found and right): Security Pacific's purchase of
		// Rainier over five (0.444, 0 of 1, 0 of 5: a share's earnings "up
		// from" last year's read as one figure changed; 0.500 once a story
		// that compares a year earlier compares so throughout); the Bank of
		// England's money market on April 3-9 over eight (0.769, 3 of 6, 5
		// of 9); Omaha's hog and cattle prices on one day over eight (0.320,
		// 0 of 12, 0 of 2: a forecast's move and the day's reported move,
		// one figure to the hand); US-Canada acid rain and trade talks over
		// eight (0.483, 0 of 5, 0 of 3: relative days and months grouped by
		// the hand); the Bank of England's money market on March 2-6 over
		// eight (0.512, 2 of 6, 2 of 8: two days' forecasts each revised
		// joined; 0.677 once two revisions that start from neither's figure
		// were two facts); the Fed's reserves over eight (0.715, 0 of 8, 4
		// of 7); Unicorp's results told twice over six (0.929, 0 of 4); the
		// Eurobond FRN slump over eight (0.438, 2 of 6, 2 of 7); EEP wheat
		// tenders for Sri Lanka and Jordan over eight (0.308, 0 of 7: its
		// articles' names share too few for one story, "Sri lanka" opening
		// a lede); Insituform's results corrected over three (0.991, 0 of 3);
		// the Paris accord's currency ranges over seven (0.475, 0 of 10: the
		// ranges told differently, disputed to the hand, apart to the
		// rules); US money funds' weekly assets over three (0.588, 4 of 13,
		// 4 of 4).
		{"reuters security pacific rainier 1987", "testdata/groups/reuters_security_pacific_rainier_1987.jsonl", nil, 0.49},
		{"reuters boe money market apr3 9", "testdata/groups/reuters_boe_money_market_apr3_9.jsonl", nil, 0.75},
		{"reuters omaha hog cattle prices apr7 1987", "testdata/groups/reuters_omaha_hog_cattle_prices_apr7_1987.jsonl", nil, 0.31},
		{"reuters us canada acid rain trade talks 1987", "testdata/groups/reuters_us_canada_acid_rain_trade_talks_1987.jsonl", nil, 0.47},
		{"reuters boe money market mar2 6", "testdata/groups/reuters_boe_money_market_mar2_6.jsonl", nil, 0.66},
		{"reuters fed reserves policy on hold march 1987", "testdata/groups/reuters_fed_reserves_policy_on_hold_march_1987.jsonl", nil, 0.70},
		{"reuters unicorp american results march 1987", "testdata/groups/reuters_unicorp_american_results_march_1987.jsonl", nil, 0.91},
		{"reuters eurobond frn slump march 1987", "testdata/groups/reuters_eurobond_frn_slump_march_1987.jsonl", nil, 0.42},
		{"reuters us eep wheat tenders sri lanka jordan 1987", "testdata/groups/reuters_us_eep_wheat_tenders_sri_lanka_jordan_1987.jsonl", nil, 0.69},
		{"reuters insituform q4 1986 results correction", "testdata/groups/reuters_insituform_q4_1986_results_correction.jsonl", nil, 0.98},
		{"reuters paris accord currency ranges 1987", "testdata/groups/reuters_paris_accord_currency_ranges_1987.jsonl", nil, 0.46},
		{"reuters us money fund assets weekly 1987", "testdata/groups/reuters_us_money_fund_assets_weekly_1987.jsonl", nil, 0.88},
		// Session 41: eight more, built blind (one hand each, told a kind of
		// story, all Reuters) and scored once at f956b14 (groups F1;
		// suggestions found and right): the US deficit for fiscal 1987 over
		// five (0.480, 0 of 14, 0 of 1) and over four (0.222, 0 of 14, 0 of
		// 1), one story two hands chose at once, its articles each a story
		// of its own to the rules (their names shared none); the
		// Bundesbank's rates over eight (0.737, 1 of 4, 2 of 2); the world's
		// growth forecasts over eight (0.264, 1 of 19, 2 of 11: growth rates
		// of one value for several economies joined); Brazil's crisis over
		// eight (0.667, 0 of 6); the Baker Plan's strain over eight (0.441,
		// 0 of 16, 0 of 1); exchange seat sales over eight (0.355, 1 of 20,
		// 1 of 1: a price moving sale by sale); the Philippine recovery over
		// seven (0.842, 1 of 9, 1 of 2). A small import read as one story
		// (storiesOf) raised the first two to 0.505 and 0.281 and the EEP
		// tenders of session 40 to 0.706.
		{"reuters us fiscal1987 budget deficit", "testdata/groups/reuters_us_fiscal1987_budget_deficit.jsonl", nil, 0.49},
		{"reuters us fiscal 1987 budget deficit", "testdata/groups/reuters_us_fiscal_1987_budget_deficit.jsonl", nil, 0.27},
		{"reuters bundesbank discount repo rates spring 1987", "testdata/groups/reuters_bundesbank_discount_repo_rates_spring_1987.jsonl", nil, 0.72},
		{"reuters world growth forecasts us deficits spring 1987", "testdata/groups/reuters_world_growth_forecasts_us_deficits_spring_1987.jsonl", nil, 0.26},
		{"reuters brazil sarney funaro crisis 1987", "testdata/groups/reuters_brazil_sarney_funaro_crisis_1987.jsonl", nil, 0.65},
		{"reuters baker plan debt strategy strain 1987", "testdata/groups/reuters_baker_plan_debt_strategy_strain_1987.jsonl", nil, 0.55},
		{"reuters exchange seat sales spring 1987", "testdata/groups/reuters_exchange_seat_sales_spring_1987.jsonl", nil, 0.34},
		{"reuters philippine economic recovery 1987", "testdata/groups/reuters_philippine_economic_recovery_1987.jsonl", nil, 0.83},
		// And two more of session 41, read once at 16f2d0d: Manhattan
		// National's results corrected twice over three (0.974, 0 of 2, none
		// made); the Fed's weekly business loans over seven (0.348, 0 of 10,
		// none made: one weekly bulletin's levels, a series changing week by
		// week, each week apart to the rules; 1.000 once a bulletin's levels
		// after its changes were one figure changing, linkRetold).
		{"reuters manhattan national results correction", "testdata/groups/reuters_manhattan_national_results_correction.jsonl", nil, 0.96},
		{"reuters us business loans weekly 1987", "testdata/groups/reuters_us_business_loans_weekly_1987.jsonl", nil, 0.99},
		// Session 42: four more, built blind (one hand each, told a kind of
		// story; three of BBC News, one of the US web articles: the Reuters
		// wire's stories of several reports are spent) and scored once at
		// aa4cc5c (groups F1; suggestions found): Ukraine's privatisation
		// review over three (0.529, 0 of 6: the prime minister's 3,000
		// firms and the president's 30 to 40, one figure disputed to its
		// hand, three to the rules); CES 2005 over eight (0.940, 0 of 3);
		// the Liberal Democrats' 50p tax over eight (0.877, 0 of 2);
		// Utah's social media law over two (0.741, none).
		{"bbc ukraine privatisation review", "testdata/groups/bbc_ukraine_privatisation_review.jsonl", nil, 0.51},
		{"bbc ces 2005 las vegas", "testdata/groups/bbc_ces_2005_las_vegas.jsonl", nil, 0.93},
		{"bbc lib dem 50p tax plan", "testdata/groups/bbc_lib_dem_50p_tax_plan.jsonl", nil, 0.86},
		{"us utah social media law", "testdata/groups/us_utah_social_media_law.jsonl", nil, 0.73},
		// And three more of session 42 (BBC News), read once at aa4cc5c:
		// the US tobacco racketeering appeal over three (0.935, 0 of 3);
		// Celebrity Big Brother 2005 over five (0.353, 0 of 5: bookmakers'
		// odds, which CLAIMS.md has no kind for, and weekdays the rules
		// read as no claims); Firefox and Internet Explorer's share over
		// five (0.371, 0 of 11: one share read month by month, each month
		// a figure of its own to the rules).
		{"bbc us tobacco racketeering appeal", "testdata/groups/bbc_us_tobacco_racketeering_appeal.jsonl", nil, 0.92},
		{"bbc celebrity big brother 2005", "testdata/groups/bbc_celebrity_big_brother_2005.jsonl", nil, 0.34},
		{"bbc firefox ie browser share", "testdata/groups/bbc_firefox_ie_browser_share.jsonl", nil, 0.36},
		// And the Dubai Open of 2005 over five (BBC sport, read once at
		// aa4cc5c: 0.826, 0 of 2).
		{"bbc dubai open 2005 federer ljubicic", "testdata/groups/bbc_dubai_open_2005_federer_ljubicic.jsonl", nil, 0.81},
		// And the Bank of England's hold and the Christmas slump over eight
		// (BBC business, read once at aa4cc5c: 0.762, 1 of 3, 1 of 1).
		{"bbc boe rates hold christmas slump", "testdata/groups/bbc_boe_rates_hold_christmas_slump.jsonl", nil, 0.75},
		// Session 43: four more of BBC News, built blind (one hand each,
		// told a kind of story) and scored once at 4318ee4 (groups F1;
		// suggestions found, right): the auction of Yukos's Yugansk over
		// eight (0.735, 1 of 1, 1 of 3: one price written $9bn, $9.37bn,
		// $9.3bn and $9.4bn, roundings of one sum to its hand, four facts to
		// the rules, their words apart); the Conservatives' £35bn over eight
		// (0.785, 0 of 3: "he could save £35 billion", a sum supposed, apart
		// from the "cut £35bn" of the others); Kenteris and Thanou's doping
		// case over seven (0.698, 0 of 2: what its hand grouped and the
		// rules do not read, a month alone, "end of February", "200m");
		// the Christmas 2004 games sales over five (0.632, 0 of 2: "No 3",
		// read since, and a sales total from "more than 1 million" in nine
		// days to "more than 1.75 million" by the year's end).
		{"bbc yukos yugansk auction", "testdata/groups/bbc_yukos_yugansk_auction.jsonl", nil, 0.73},
		{"bbc tory 35bn spending row", "testdata/groups/bbc_tory_35bn_spending_row.jsonl", nil, 0.78},
		{"bbc kenteris thanou doping case", "testdata/groups/bbc_kenteris_thanou_doping_case.jsonl", nil, 0.69},
		{"bbc christmas 2004 games sales", "testdata/groups/bbc_christmas_2004_games_sales.jsonl", nil, 0.63},
		// Session 44: twelve more, built blind (one hand each, told a kind
		// of story; Reuters stories none of whose articles any golden or
		// batch names) in three rounds, each scored once (groups F1;
		// suggestions found, right): at fac2207 Dixons against CYACQ for
		// Cyclops over eight (0.588, 2 of 3, 2 of 3: a tender of 95 dlrs and
		// the merger's 95 dlrs joined), the US-Japan chip sanctions over
		// eight (0.865, 0 of 3: months alone, which the rules do not read),
		// TikTok's hearing by four outlets (1.000), the tsunami's tolls and
		// relief over four (0.500, 0 of 5: a worldwide toll joined with
		// Thailand's, "the country's 5,300 deaths"); at 7f5695a GenCorp's
		// tender fight over eight (0.970, 0 of 2), the dollar's lows in yen
		// over eight (0.564, 1 of 7: "fell below 139 yen", a bound, no
		// reading to the rules, read since), California's storm by four
		// (0.500: weekdays, which the rules do not read), Brown's pre-Budget
		// report and Budget over eight (0.704, 0 of 4, 0 of 3); at f047cbd
		// US crude postings over eight (0.718, 0 of 2), Argentina's bank
		// loans over seven (0.759, 4 of 6, 4 of 4), Ireland against England
		// over seven (0.531: "19-13" one claim, its hand's two), Cairn
		// Energy over three (1.000, 0 of 3, 0 of 1); at b7aca24 Canada Post's
		// strike over four (0.571, 0 of 1), Federal Paper Board's dividend
		// corrected twice over three (0.686, 1 of 3, 3 of 3), China's 2004
		// statistics over four (0.809, 0 of 4), Band Aid 20's single over
		// five (0.757). Floors at their scores now. Since rules 355 a
		// company's own price is its own fact (ownerOf): US crude postings
		// fell to 0.747, as its hand joins Sun's and Phillips's posted 19
		// dlrs as the industry's, where the hands of March's postings
		// (reuters_us_crude_postings_march_1987), of copper cathode and of
		// lead keep each company's apart (0.625 to 0.968 for copper).
		{"reuters cyclops dixons control", "testdata/groups/reuters_cyclops_dixons_control.jsonl", nil, 0.58},
		{"reuters us japan chip sanctions", "testdata/groups/reuters_us_japan_chip_sanctions.jsonl", nil, 0.86},
		{"us tiktok hearing", "testdata/groups/us_tiktok_hearing.jsonl", nil, 0.99},
		{"bbc tsunami toll relief", "testdata/groups/bbc_tsunami_toll_relief.jsonl", nil, 0.50},
		{"reuters gencorp tender fight", "testdata/groups/reuters_gencorp_tender_fight.jsonl", nil, 0.96},
		{"reuters dollar yen lows boj", "testdata/groups/reuters_dollar_yen_lows_boj.jsonl", nil, 0.99},
		{"us california storm tornadoes", "testdata/groups/us_california_storm_tornadoes.jsonl", nil, 0.50},
		{"bbc brown prebudget budget", "testdata/groups/bbc_brown_prebudget_budget.jsonl", nil, 0.72},
		{"reuters us crude postings 1987", "testdata/groups/reuters_us_crude_postings_1987.jsonl", nil, 0.74},
		{"reuters argentina bank loans 1987", "testdata/groups/reuters_argentina_bank_loans_1987.jsonl", nil, 0.75},
		{"bbc ireland england six nations 2005", "testdata/groups/bbc_ireland_england_six_nations_2005.jsonl", nil, 0.53},
		{"bbc cairn energy rajasthan", "testdata/groups/bbc_cairn_energy_rajasthan.jsonl", nil, 0.99},
		{"reuters canada post strike 1987", "testdata/groups/reuters_canada_post_strike_1987.jsonl", nil, 0.56},
		{"reuters federal paper dividend correction", "testdata/groups/reuters_federal_paper_dividend_correction.jsonl", nil, 0.68},
		{"bbc china 2004 statistics", "testdata/groups/bbc_china_2004_statistics.jsonl", nil, 0.80},
		{"bbc band aid 20 single", "testdata/groups/bbc_band_aid_20_single.jsonl", nil, 0.75},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			goldOf := readGroupsGold(t, tt.gold)
			parse := tt.parse
			if parse == nil {
				parse = func(t testing.TB) ([]factcheck.Claim, map[string]string, map[string][]string) {
					return parseCorpusDocs(t, goldOf)
				}
			}
			claims, pub, names := parse(t)
			f1 := scoreGroups(t, goldOf, claims, Group(claims, pub, names))
			if f1 < tt.floor {
				t.Errorf("groups F1 %.3f, want >= %.2f", f1, tt.floor)
			}
		})
	}
}

// readGroupsGold reads a groups gold file: each member ("DOC:START") to its
// group.
func readGroupsGold(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("groups gold: %v", err)
	}
	defer f.Close()
	goldOf := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var g struct {
			Group   string   `json:"group"`
			Members []string `json:"members"`
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		for _, m := range g.Members {
			goldOf[m] = g.Group
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return goldOf
}

// groupCorpusArticles groups the claims of the corpus articles named
// (as parseCorpusDocs reads them) and returns them with their places.
func groupCorpusArticles(t testing.TB, docs ...string) ([]factcheck.Claim, []Placement) {
	t.Helper()
	members := map[string]string{}
	for _, d := range docs {
		members[d+":0"] = ""
	}
	claims, pub, names := parseCorpusDocs(t, members)
	return claims, Group(claims, pub, names)
}

// parseCorpusDocs reads the corpus articles that gold members name.
func parseCorpusDocs(t testing.TB, goldOf map[string]string) ([]factcheck.Claim, map[string]string, map[string][]string) {
	t.Helper()
	docs := map[string]bool{}
	for m := range goldOf {
		doc, _, _ := strings.Cut(m, ":")
		docs[doc] = true
	}
	var claims []factcheck.Claim
	pub, names := map[string]string{}, map[string][]string{}
	for _, doc := range slices.Sorted(maps.Keys(docs)) {
		path := filepath.Join(testcorpus.Dir, doc)
		if id, ok := strings.CutPrefix(doc, "reuters_"); ok {
			path = filepath.Join(testcorpus.Root, "reuters21578_1987", id)
		} else if doc[0] >= '0' && doc[0] <= '9' {
			path = filepath.Join(testcorpus.Root, "us_news_2023", doc) // "121_gophers-huskies-...txt"
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("the corpus beside the repository, which this batch's articles are in: %v", err)
		}
		a, err := extract.ParseArticle(doc, b, "")
		if err != nil {
			t.Fatal(err)
		}
		claims = append(claims, a.Claims...)
		pub[a.Name], names[a.Name] = a.Published, NamesOfText(a.Text)
	}
	return claims, pub, names
}

// scoreGroups returns the pairwise F1 of places against goldOf, logging
// every pair they disagree on.
func scoreGroups(t *testing.T, goldOf map[string]string, claims []factcheck.Claim, places []Placement) float64 {
	t.Helper()
	found := map[string]string{}
	for m := range goldOf {
		doc, s, _ := strings.Cut(m, ":")
		start, _ := strconv.Atoi(s)
		for i, c := range claims {
			if c.Doc == doc && c.Start <= start && start < c.End {
				found[m] = places[i].Group
				break
			}
		}
	}
	members := slices.Sorted(maps.Keys(goldOf))
	tp, goldPairs, predPairs := 0, 0, 0
	for a := range members {
		for b := a + 1; b < len(members); b++ {
			x, y := members[a], members[b]
			gold := goldOf[x] == goldOf[y]
			fx, okx := found[x]
			fy, oky := found[y]
			pred := okx && oky && fx == fy
			if gold {
				goldPairs++
			}
			if pred {
				predPairs++
			}
			if gold && pred {
				tp++
			}
			if gold != pred {
				t.Logf("%s %s: gold together %v, predicted together %v", x, y, gold, pred)
			}
		}
	}
	var p, r, f1 float64
	if predPairs > 0 {
		p = float64(tp) / float64(predPairs)
	}
	if goldPairs > 0 {
		r = float64(tp) / float64(goldPairs)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	t.Logf("groups F1 %.3f P %.3f R %.3f (%d gold pairs, %d predicted)", f1, p, r, goldPairs, predPairs)
	return f1
}

// TestSuggestionsNameClaims checks every suggestion names a claim that
// exists, and the seeds' rising figures are proposed as superseded.
func TestSuggestionsNameClaims(t *testing.T) {
	claims, pub, names := parseSeeds(t)
	places := Group(claims, pub, names)
	exists := map[factcheck.Ref]int{}
	for i, c := range claims {
		exists[factcheck.Ref{Doc: c.Doc, Start: c.Start}] = i
	}
	check := func(r factcheck.Ref, i int) {
		j, ok := exists[r]
		if !ok {
			t.Errorf("suggestion for %s names %s, which is no claim", claims[i].Text, r)
		} else if places[j].Group != places[i].Group {
			t.Errorf("suggestion for %s names %s of another group", claims[i].Text, r)
		}
	}
	superseded := map[string]string{}
	for i, p := range places {
		if p.Suggestion == nil {
			continue
		}
		if p.Suggestion.By != nil {
			check(*p.Suggestion.By, i)
			superseded[claims[i].Text] = claims[exists[*p.Suggestion.By]].Text
		}
		for _, r := range p.Suggestion.With {
			check(r, i)
		}
	}
	for old, newer := range map[string]string{
		"more than 9,000 people":                "10,022 Palestinians",
		"at least 435 foreign passport holders": "More than 700 foreign citizens",
	} {
		if superseded[old] != newer {
			t.Errorf("%q: superseded by %q, want %q", old, superseded[old], newer)
		}
	}
}

func claimIn(doc, sentence, text string, kind factcheck.Kind, v float64, q factcheck.Qualifier, subject string) factcheck.Claim {
	k := strings.Index(sentence, text)
	return factcheck.Claim{Doc: doc, Start: k, End: k + len(text), Text: text, Value: factcheck.Value{Num: v}, Kind: kind,
		Qualifier: q, Subject: subject, Sentence: sentence, SentenceStart: 0, SentenceEnd: len(sentence)}
}

func TestGroupRules(t *testing.T) {
	s1 := "Strikes on Ruritania by Borduria killed 120 people, Ruritanian officials in Zenda said."
	s2 := "The death toll in Ruritania rose to 150, Borduria and Zenda officials said."
	s3 := "In Atlantis, Lemuria and Mu, a storm killed 150 people on Friday."
	s4 := "Strikes on Ruritania by Borduria wounded 300 people, officials in Zenda said."
	claims := []factcheck.Claim{
		claimIn("a.txt", s1, "120 people", factcheck.Count, 120, factcheck.Exact, "people"),
		claimIn("b.txt", s2, "150", factcheck.Count, 150, factcheck.Exact, ""),
		claimIn("c.txt", s3, "150 people", factcheck.Count, 150, factcheck.Exact, "people"),
		claimIn("a.txt", s4, "300 people", factcheck.Count, 300, factcheck.Exact, "people"),
	}
	claims[3].SentenceStart, claims[3].Start, claims[3].End = 200, 200+claims[3].Start, 200+claims[3].End
	places := Group(claims, map[string]string{"a.txt": "2024-03-01", "b.txt": "2024-03-02", "c.txt": "2024-03-02"}, nil)
	if places[0].Group != places[1].Group {
		t.Errorf("killed 120 people and a death toll of 150 in one story: apart")
	}
	if places[2].Group == places[0].Group {
		t.Errorf("a storm's deaths in another story joined the strikes' toll")
	}
	if places[3].Group == places[0].Group {
		t.Errorf("300 wounded joined 120 killed")
	}
	if s := places[0].Suggestion; s == nil || s.Verdict != factcheck.Superseded || *s.By != (factcheck.Ref{Doc: "b.txt", Start: claims[1].Start}) {
		t.Errorf("120 killed (1 March) then 150 (2 March): suggestion %+v, want superseded by b.txt", s)
	}
	if places[1].Suggestion != nil {
		t.Errorf("the newest figure has suggestion %+v, want none", places[1].Suggestion)
	}
}

func TestSubjectConcept(t *testing.T) {
	tests := []struct{ in, concept, head string }{
		{"foreign passport holders", "foreign nationals", ""},
		{"foreign citizens", "foreign nationals", ""},
		{"foreigners", "foreign nationals", ""},
		{"hostages", "hostages", ""},
		{"people", "", ""},
		{"Palestinians", "", ""},
		{"Israeli soldiers", "", "soldier"},
		{"children", "", "child"},
		{"urgent mission", "visit", ""},
		{"trucks", "aid trucks", ""},
	}
	for _, tt := range tests {
		c, h := subjectConcept(tt.in)
		if c != tt.concept || h != tt.head {
			t.Errorf("subjectConcept(%q) = %q, %q; want %q, %q", tt.in, c, h, tt.concept, tt.head)
		}
	}
}

// TestEventConcept: a count's predicate just after it names what it
// counts before the event of the clause before it, and some fates are
// read only there.
func TestEventConcept(t *testing.T) {
	tests := []struct{ sentence, figure, want string }{
		{"Thas said 32 were confirmed dead and 160 were missing.", "160", "missing"},
		{"Thas said 32 were confirmed dead and 160 were missing.", "32", "deaths"},
		{"About 200 people were rescued from the ferry.", "About 200 people", "rescued"},
		{"TWO HUNDRED PEOPLE RESCUED FROM SINKING FERRY", "TWO HUNDRED PEOPLE", "rescued"},
		{"About 200 people are feared dead.", "About 200 people", "deaths"},
		{"He withdrew after missing 2 drugs tests.", "2", ""},
		{"The storm killed 150,000 people.", "150,000 people", "deaths"},
		// another count's clause is its own
		{"He said one miner died in the fire, six miners escaped unharmed, 29 made it to a lunch room.", "six miners", ""},
		{"The fire that trapped 44 miners and killed at least one shut the mine.", "44 miners", "missing"},
		{"Thas said 32 of the 543 passengers were confirmed dead.", "32", "deaths"},
		{"In 1985, 200 were feared dead after two ferries sank, 174 drowned when a ferry capsized.", "174", "deaths"},
	}
	// the predicate wins over a subject read back: "confirmed dead and 160\nwere missing"
	s := "Thas said 32 were confirmed dead and 160\nwere missing."
	c := factcheck.Claim{Kind: factcheck.Count, Text: "160", Subject: "confirmed dead", Sentence: s, Start: strings.Index(s, "160"), End: strings.Index(s, "160") + 3}
	if f := featureOf(&c, 0); f.concept != "missing" {
		t.Errorf("featureOf(160 in %q) concept %q, want missing", s, f.concept)
	}
	for _, tt := range tests {
		rel := strings.Index(tt.sentence, tt.figure)
		if got := eventConcept(tt.sentence, rel, rel+len(tt.figure), factcheck.Count); got != tt.want {
			t.Errorf("eventConcept(%q in %q) = %q, want %q", tt.figure, tt.sentence, got, tt.want)
		}
	}
}

// TestGroupSameFacts checks the rules that join claims of one story
// whatever their concept: the same value in the same context, the ages of
// one person, and the conversions of one amount.
func TestGroupSameFacts(t *testing.T) {
	articles := map[string]string{
		"a.txt": "Acme Corp founder Jane Doe, 52, denied the charges on Monday. " +
			"Prosecutors say Acme Corp hid a $4bn (£2.2bn) fraud from investors. Acme Corp was founded in 1999. " +
			"Its phone sells for $250.",
		"b.txt": "Jane Doe, 53, told the court that Acme Corp never hid losses. " +
			"The $4bn (£2.1bn) fraud at Acme Corp came to light in 2002. Acme Corp has 3,000 staff. " +
			"Shoppers queued for the $250 gadget.",
		"c.txt": "Acme Corp lawyers say Jane Doe is innocent. Prosecutors have read 3,000 documents.",
	}
	var claims []factcheck.Claim
	for _, name := range slices.Sorted(maps.Keys(articles)) {
		a, err := extract.ParseArticle(name, []byte(articles[name]), "")
		if err != nil {
			t.Fatal(err)
		}
		claims = append(claims, a.Claims...)
	}
	group := groupOfText(t, claims, Group(claims, nil, nil))
	for _, tt := range []struct {
		a, b     [2]string
		together bool
	}{
		{[2]string{"a.txt", "$4bn"}, [2]string{"b.txt", "$4bn"}, true},
		{[2]string{"a.txt", "£2.2bn"}, [2]string{"b.txt", "£2.1bn"}, true},
		{[2]string{"a.txt", "52"}, [2]string{"b.txt", "53"}, true},
		{[2]string{"a.txt", "$250"}, [2]string{"b.txt", "$250"}, true}, // a sum needs no shared words
		{[2]string{"a.txt", "$4bn"}, [2]string{"a.txt", "£2.2bn"}, false},
		{[2]string{"a.txt", "1999"}, [2]string{"b.txt", "2002"}, false},
		{[2]string{"b.txt", "3,000 staff"}, [2]string{"c.txt", "3,000 documents"}, false},
	} {
		if got := group(tt.a[0], tt.a[1]) == group(tt.b[0], tt.b[1]); got != tt.together {
			t.Errorf("%v and %v together: %t, want %t", tt.a, tt.b, got, tt.together)
		}
	}
}

// TestNamesOfText: names come from the whole text, not from a headline in
// capitals or the word that opens a sentence; a dateline's place counts.
func TestNamesOfText(t *testing.T) {
	text := "HARBOUR STRIKE SPREADS TO NORTHERN PORTS\n" +
		"    PORTSMOUTH, June 4 - Dockers at Portsmouth and Falmouth walked out today,\n" +
		"the Transport Union said. Falmouth managers called it unlawful.\n" +
		"    Talks with the Transport Union resume at Falmouth on Friday &lt;PORT>.\n"
	got := NamesOfText(text)
	want := []string{"falmouth", "portsmouth", "transport", "union"}
	if !slices.Equal(got, want) {
		t.Errorf("NamesOfText = %v, want %v", got, want)
	}
	// a firm in capitals in a sentence of mixed case is a name, and so
	// is a headline's firm before its ticker, but not the rest of the
	// headline
	text = "NORANDA &lt;NOR.TO> SAYS FIRE CAUSED DAMAGE\n" +
		"    One person joins BT every 10 seconds, BT said, and Ofcom agreed with BT.\n"
	got = NamesOfText(text)
	want = []string{"bt", "noranda", "ofcom"}
	if !slices.Equal(got, want) {
		t.Errorf("NamesOfText = %v, want %v", got, want)
	}
	// a wire story written in small letters names its dateline's place
	text = "JAMAICA PUTS CAP ON BORROWING\n" +
		"    Kingston, march 11 - jamaica has put a cap on its debt, prime minister edward seaga said.\n" +
		"    Reserves, he said, will rise.\n"
	got = NamesOfText(text)
	want = []string{"kingston"}
	if !slices.Equal(got, want) {
		t.Errorf("NamesOfText = %v, want %v", got, want)
	}
	// a nation's adjective is its country's name
	text = "BUDGET ADOPTED\n    TOKYO, March 27 - The Japanese cabinet met. Japan adopted a budget, the Swiss said.\n"
	got = NamesOfText(text)
	want = []string{"japan", "switzerland", "tokyo"}
	if !slices.Equal(got, want) {
		t.Errorf("NamesOfText = %v, want %v", got, want)
	}
}

// TestGroupChanges: the two figures of a change stated in one sentence
// are one group; the newer supersedes the older of another article, and
// no figure disputes the one it changed from.
func TestGroupChanges(t *testing.T) {
	articles := map[string]string{
		"a.txt": "Granite Holdings offered 40 dlrs a share for Acme Mills, its chief said.",
		"b.txt": "Granite Holdings raised its offer for Acme Mills to 45 dlrs a share from 40 dlrs, its chief said. " +
			"Acme Mills output rose from 12 mln tonnes to 14 mln tonnes. " +
			"Acme Mills exports came down from 1.8 mln tonnes (last year) to one mln tonnes. " +
			"Acme Mills set its list price at 819.66 dlrs a tonne, up from 796.86 dlrs a month earlier. " +
			"Sealy, of which Acme Mills owns 82 pct, redeemed the stock held by its Michigan licensee, thus increasing Acme Mills' stake in Sealy to 93 pct. " +
			"Acme Mills output dropped to 3.3 mln tonnes in March from 3.6 mln tonnes in February. " +
			"The announcement brought Acme Mills shares back down to 214 dlrs from last night's close at 241 dlrs.",
		"c.txt": "Acme Mills bought 5 pct from Smith Trust and 7 pct from Jones Trust. " +
			"It will raise the amount paid in the merger to 50 dlrs, form 48 dlrs, for each share. " +
			"Acme Mills debt leverage drops to a still high 68 pct from an aggressive 75.5 pct. " +
			"Acme Mills aims to cut its tax rate from the current 29 pct level to 25 pct. " +
			"Acme Mills cash fell to 114.69 mln dlrs on March 19 from 120.82 mln on March 12, while its bonds fell to 62.02 mln dlrs from 73.23 mln.",
		"d.txt": "Acme Mills sales rose by more than 70 pct in February, year-on-year, to 8.14 mln dlrs from 5.7 mln in January. " +
			"Acme Mills exports narrowed to 750,000 dlrs in February from 1.23 mln (revised from 1.29 mln) in January.",
	}
	var claims []factcheck.Claim
	pub := map[string]string{"a.txt": "2023-03-01", "b.txt": "2023-03-05", "c.txt": "2023-03-05", "d.txt": "2023-03-05"}
	for _, name := range slices.Sorted(maps.Keys(articles)) {
		a, err := extract.ParseArticle(name, []byte(articles[name]), pub[name])
		if err != nil {
			t.Fatal(err)
		}
		claims = append(claims, a.Claims...)
	}
	places := Group(claims, pub, nil)
	at := func(doc, text string) int {
		for i, c := range claims {
			if c.Doc == doc && strings.HasPrefix(c.Text, text) {
				return i
			}
		}
		t.Fatalf("%s: no claim %q among %v", doc, text, claims)
		return -1
	}
	old, newer, from := at("a.txt", "40"), at("b.txt", "45"), at("b.txt", "40")
	if places[newer].Group != places[from].Group || places[old].Group != places[newer].Group {
		t.Errorf("the bid before and after: groups %q, %q, %q", places[old].Group, places[newer].Group, places[from].Group)
	}
	if s := places[old].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By.Doc != "b.txt" || s.By.Start != claims[newer].Start {
		t.Errorf("the earlier bid: suggestion %+v, want superseded by the raised bid", s)
	}
	if s := places[from].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By.Doc != "b.txt" || s.By.Start != claims[newer].Start {
		t.Errorf("the bid a change starts from: suggestion %+v, want superseded by the bid it was raised to", s)
	}
	// pairs of figures the articles' sentences state, and whether each is
	// one figure (a change) or two
	for _, p := range []struct {
		doc, a, b string
		together  bool
		what      string
	}{
		{"b.txt", "12", "14", true, "from 12 to 14 mln tonnes"},
		{"b.txt", "1.8", "one", false, "from 1.8 mln tonnes (last year) to one mln"},
		{"b.txt", "214", "241", true, "down to 214 dlrs from last night's close at 241 dlrs"},
		{"b.txt", "3.3", "3.6", false, "3.3 mln tonnes in March from 3.6 mln tonnes in February"},
		{"b.txt", "82", "93", true, "owns 82 pct ..., thus increasing its stake to 93 pct"},
		{"b.txt", "819.66", "796.86", true, "a price set monthly, 819.66 dlrs up from 796.86 dlrs a month earlier"},
		{"c.txt", "5", "7", false, "5 pct from one seller and 7 pct from another"},
		{"c.txt", "68", "75.5", true, "drops to a still high 68 pct from an aggressive 75.5 pct"},
		{"c.txt", "29", "25", false, "aims to cut from the current 29 pct to 25 pct"},
		{"c.txt", "120.82", "62.02", false, "cash from 120.82 mln ..., while its bonds fell to 62.02 mln"},
		{"c.txt", "114.69", "120.82", true, "cash fell to 114.69 mln from 120.82 mln"},
		{"c.txt", "50", "48", true, "to 50 dlrs, form 48 dlrs (wire copy's slip for \"from\")"},
		{"d.txt", "8.14", "5.7", false, "in February, year-on-year, to 8.14 mln dlrs from 5.7 mln in January"},
		{"d.txt", "750,000", "1.23", false, "to 750,000 dlrs in February from 1.23 mln (revised from 1.29 mln) in January"},
	} {
		if got := places[at(p.doc, p.a)].Group == places[at(p.doc, p.b)].Group; got != p.together {
			t.Errorf("%s: one group %v, want %v", p.what, got, p.together)
		}
	}
}

// TestUndatedReportsDispute: two articles without a publication date
// that price one sale apart dispute each other; neither supersedes the
// other on the strength of the dates they mention (one names a later
// hearing, which is no time of its figures). A sentence that dates its
// own figure still orders it.
func TestUndatedReportsDispute(t *testing.T) {
	claims, pub := parseArticles(t, map[string]string{
		"a.txt": "Baikal Finance Group bought Yugansk for $9.4bn at the auction in December, the ministry said.",
		"b.txt": "Baikal Finance Group paid $9.3bn for Yugansk at the auction, the ministry said. A hearing is set for 16 February.",
	}, nil)
	places := Group(claims, pub, nil)
	a, b := claimAt(t, claims, "a.txt", "$9.4bn", 0), claimAt(t, claims, "b.txt", "$9.3bn", 0)
	if places[a].Group == "" || places[a].Group != places[b].Group {
		t.Fatalf("the two prices: groups %q and %q, want one", places[a].Group, places[b].Group)
	}
	for _, m := range []int{a, b} {
		if s := places[m].Suggestion; s == nil || s.Verdict != factcheck.Disputed {
			t.Errorf("%s %q: suggestion %+v, want disputed", claims[m].Doc, claims[m].Text, s)
		}
	}
}

// TestManyReportsOfOneTimeNotDisputed: where more claims of one time than
// maxDisputeClaims differ, they are no dispute (mostly several facts
// joined), where two are (TestUndatedReportsDispute).
func TestManyReportsOfOneTimeNotDisputed(t *testing.T) {
	articles := map[string]string{}
	prices := []string{"$9.4bn", "$9.3bn", "$9.2bn", "$9.35bn"}
	for k, p := range prices {
		articles[fmt.Sprintf("%c.txt", 'a'+k)] = "Baikal Finance Group bought Yugansk for " + p + " at the auction, the ministry said."
	}
	claims, pub := parseArticles(t, articles, nil)
	places := Group(claims, pub, nil)
	first := claimAt(t, claims, "a.txt", prices[0], 0)
	for k, p := range prices {
		m := claimAt(t, claims, fmt.Sprintf("%c.txt", 'a'+k), p, 0)
		if places[m].Group != places[first].Group {
			t.Fatalf("%q apart from %q", p, prices[0])
		}
		if s := places[m].Suggestion; s != nil && s.Verdict == factcheck.Disputed {
			t.Errorf("%q: disputed by %+v, want no dispute among %d reports of one time", p, s.With, len(prices))
		}
	}
}

// TestUndatedReplacedValue: a value that another undated article's change
// says was replaced ("revised down the jobs gains in December 2004, from
// 157,000 to 133,000") is of before the change: superseded by its newer
// figure, not disputed. The articles are the US recovery batch's (BBC,
// undated).
func TestUndatedReplacedValue(t *testing.T) {
	claims, pub, names := parseCorpusDocs(t, readGroupsGold(t, "testdata/groups/bbc_us_recovery.jsonl"))
	places := Group(claims, pub, names)
	old, revised := claimAt(t, claims, "business_292.txt", "157,000 new jobs", 0), claimAt(t, claims, "business_007.txt", "133,000", 0)
	if places[old].Group != places[revised].Group {
		t.Fatalf("157,000 jobs and the revision to 133,000: apart")
	}
	if s := places[old].Suggestion; s == nil || s.Verdict != factcheck.Superseded || *s.By != (factcheck.Ref{Doc: "business_007.txt", Start: claims[revised].Start}) {
		t.Errorf("157,000, revised to 133,000 in an undated article: suggestion %+v, want superseded by the 133,000", s)
	}
	if s := places[revised].Suggestion; s != nil {
		t.Errorf("the revision's 133,000: suggestion %+v, want none", s)
	}
}

// TestRevisionSuperseded: the older figure of a revision ("revised ...
// to 139,000 in September instead of 96,000") is superseded by the figure
// it was revised to; the older figure of a change that is no revision
// gets no verdict (the US recovery batch).
func TestRevisionSuperseded(t *testing.T) {
	claims, pub, names := parseCorpusDocs(t, readGroupsGold(t, "testdata/groups/bbc_us_recovery.jsonl"))
	places := Group(claims, pub, names)
	old, revised := claimAt(t, claims, "business_134.txt", "96,000", 0), claimAt(t, claims, "business_134.txt", "139,000", 0)
	if s := places[old].Suggestion; s == nil || s.Verdict != factcheck.Superseded || *s.By != (factcheck.Ref{Doc: "business_134.txt", Start: claims[revised].Start}) {
		t.Errorf("96,000 revised to 139,000: suggestion %+v, want superseded by the 139,000", s)
	}
	claims, pub = parseArticles(t, map[string]string{
		"a.txt": "ZENDA, March 3 - Ruritania's output of steel fell to 11 mln tonnes in 1986 from 12.5 mln tonnes in 1985, the ministry said.",
	}, map[string]string{"a.txt": "1987-03-03"})
	places = Group(claims, pub, nil)
	if s := places[claimAt(t, claims, "a.txt", "12.5 mln tonnes", 0)].Suggestion; s != nil {
		t.Errorf("the older figure of a fall, no revision: suggestion %+v, want none", s)
	}
}

// TestOrdinalsNoRounding: "the 999th in the history of the UK pop
// charts" and "the UK's 1,000th number one single" of one story are two
// records, whatever rounds what (the Elvis reissues batch).
func TestOrdinalsNoRounding(t *testing.T) {
	claims, pub, names := parseCorpusDocs(t, readGroupsGold(t, "testdata/groups/bbc_elvis_reissues_chart.jsonl"))
	places := Group(claims, pub, names)
	if a, b := claimAt(t, claims, "entertainment_112.txt", "the 999th", 0), claimAt(t, claims, "entertainment_242.txt", "1,000th number", 0); places[a].Group == places[b].Group {
		t.Errorf("the 999th and the 1,000th number one: one group, want two")
	}
}

// TestUndatedReportsRoundAlike: "£1.3bn" for "£1.35bn" is one offer cut to
// its precision, no dispute; "£1.3bn" against "£1.5bn" is one; a trailing
// zero ("£1.30bn") states its place.
func TestUndatedReportsRoundAlike(t *testing.T) {
	for _, tt := range []struct {
		coarse, fine string
		disputed     bool
	}{
		{"£1.3bn", "£1.35bn", false},
		{"£1.3bn", "£1.5bn", true},
		{"£1.30bn", "£1.304bn", false}, // written to the hundredth, as "22.0 mln" to the tenth
		{"£1.30bn", "£1.35bn", true},
	} {
		claims, pub := parseArticles(t, map[string]string{
			"a.txt": "Frankfurt Boerse tabled a " + tt.coarse + " offer for London Exchange, the Frankfurt Boerse said.",
			"b.txt": "Frankfurt Boerse tabled a " + tt.fine + " offer for London Exchange, the Frankfurt Boerse said.",
		}, nil)
		places := Group(claims, pub, nil)
		a, b := claimAt(t, claims, "a.txt", tt.coarse, 0), claimAt(t, claims, "b.txt", tt.fine, 0)
		if places[a].Group != places[b].Group {
			t.Fatalf("%s and %s: apart, want one offer", tt.coarse, tt.fine)
		}
		if got := places[a].Suggestion != nil && places[a].Suggestion.Verdict == factcheck.Disputed; got != tt.disputed {
			t.Errorf("%s against %s: disputed %v, want %v", tt.coarse, tt.fine, got, tt.disputed)
		}
	}
}

// parseArticles extracts the claims of articles (by name), each published
// on its date in published (none when nil or missing), in name order, and
// returns them with each article's publication date as read.
func parseArticles(t *testing.T, articles, published map[string]string) ([]factcheck.Claim, map[string]string) {
	t.Helper()
	var claims []factcheck.Claim
	pub := map[string]string{}
	for _, name := range slices.Sorted(maps.Keys(articles)) {
		a, err := extract.ParseArticle(name, []byte(articles[name]), published[name])
		if err != nil {
			t.Fatal(err)
		}
		claims = append(claims, a.Claims...)
		pub[a.Name] = a.Published
	}
	return claims, pub
}

// sameGroup is two claims, each named by its article and the start of its
// text (claimAt), that a test expects grouped together or apart.
type sameGroup struct {
	a, b     [2]string
	together bool
}

// checkTogether fails t for each pair that places groups otherwise than
// it expects.
func checkTogether(t *testing.T, claims []factcheck.Claim, places []Placement, pairs []sameGroup) {
	t.Helper()
	for _, p := range pairs {
		i, j := claimAt(t, claims, p.a[0], p.a[1], 0), claimAt(t, claims, p.b[0], p.b[1], 0)
		if got := places[i].Group == places[j].Group; got != p.together {
			t.Errorf("%v and %v together: %t, want %t", p.a, p.b, got, p.together)
		}
	}
}

// claimAt returns the index of the nth claim of doc whose text starts with
// prefix (any, for ""), failing t when there is none.
func claimAt(t *testing.T, claims []factcheck.Claim, doc, prefix string, nth int) int {
	t.Helper()
	for i, c := range claims {
		if c.Doc == doc && strings.HasPrefix(c.Text, prefix) {
			if nth == 0 {
				return i
			}
			nth--
		}
	}
	t.Fatalf("%s: no claim %q (the %dth) among %v", doc, prefix, nth, claims)
	return -1
}

// TestGroupMovingFigures: a count a story follows over days moves ("158
// ships", "160 ships", "more than 170 ships"), a share is rounded ("29%"
// and "28.9%"), and wire reports that name little but their figures are
// one story; another product's count and a far smaller count stay apart,
// a date the sentence says something began on does not date the figures
// beside it, and the age of a strike ("three-day-old", "ENTERS FIFTH
// DAY", "the two-week strike") moves with the days, where a ban's length
// ("a two-year ban") is no age.
func TestGroupMovingFigures(t *testing.T) {
	articles := map[string]string{
		"a.txt": "RIO DE JANEIRO, March 5 - Striking Ruritanian seamen have made idle 158 ships, " +
			"and 40,000 seamen want a 275 pct pay rise.\nAbroad, six ships lay idle.\n" +
			"Borduria Lines owns 28.9 pct of the fleet.",
		"b.txt": "SAO PAULO, March 9 - More than 170 ships in Ruritania lie idle, halted by the strike, " +
			"which began on February 27.\nThe 40,000 seamen want a 275 pct pay rise.\n" +
			"They say Borduria Lines owns 29 pct of the fleet.",
		"c.txt": "ZENDA, March 9 - Acme said it sold 165 ships of its Comet range to Syldavia.",
		"d.txt": "RUSTY SEAMEN STRIKE ENTERS THIRD DAY\nRIO DE JANEIRO, March 1 - A three-day-old national strike by " +
			"Ruritanian seamen has made idle 158 ships, and 40,000 seamen want a 275 pct pay rise.",
		"e.txt": "RUSTY SEAMEN STRIKE CONTINUES INTO FIFTH DAY\nRIO DE JANEIRO, March 3 - An eight-day-old national seamen's " +
			"strike has made idle 160 ships, and 40,000 Ruritanian seamen want a 275 pct pay rise.",
		"f.txt": "RIO DE JANEIRO, March 10 - The two-week strike by Ruritanian seamen goes on, and its leaders face a two-year ban.",
	}
	claims, pub := parseArticles(t, articles, nil)
	places := Group(claims, pub, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	checkTogether(t, claims, places, []sameGroup{
		{[2]string{"a.txt", "158"}, [2]string{"b.txt", "More than 170"}, true},
		{[2]string{"a.txt", "28.9"}, [2]string{"b.txt", "29"}, true},
		{[2]string{"a.txt", "six"}, [2]string{"a.txt", "158"}, false},
		{[2]string{"a.txt", "158"}, [2]string{"c.txt", "165"}, false},
		{[2]string{"d.txt", "three-day-old"}, [2]string{"e.txt", "eight-day-old"}, true},
		{[2]string{"e.txt", "eight-day-old"}, [2]string{"f.txt", "two-week"}, true},
		{[2]string{"f.txt", "two-week"}, [2]string{"f.txt", "two-year"}, false},
		{[2]string{"d.txt", "THIRD DAY"}, [2]string{"e.txt", "FIFTH DAY"}, true},
	})
	if s := places[at("a.txt", "158")].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By.Doc != "b.txt" {
		t.Errorf("158 ships on 5 March, more than 170 on 9 March (a strike that began on 27 February): suggestion %+v, want superseded by b.txt", s)
	}
	for _, tt := range []struct{ old, by string }{{"three-day-old", "f.txt"}, {"THIRD DAY", "e.txt"}} {
		if s := places[at("d.txt", tt.old)].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By.Doc != tt.by {
			t.Errorf("%q on 1 March, the strike's age since: suggestion %+v, want superseded by %s", tt.old, s, tt.by)
		}
	}
}

// TestGroupOnlyCountMoved: the one count of a subject in each of two
// reports of a story is one figure that moved, however little their
// words share ("At least 60 strikes have taken place", "The government has
// officially reported 70 strikes"), and the later supersedes the earlier.
func TestGroupOnlyCountMoved(t *testing.T) {
	articles := map[string]string{
		"a.txt": "BELGRADE, March 17 - Ruritanian workers struck against Premier Mikulic's wage freeze, Tanjug said. At least 60 strikes have taken place around Ruritania in the past two weeks.",
		"b.txt": "BELGRADE, March 20 - Ruritanian unions attacked Premier Mikulic's wage freeze, Tanjug said. The government has officially reported 70 strikes, although newspapers say there have been more.",
	}
	names := map[string][]string{}
	for doc := range articles {
		names[doc] = []string{"belgrade", "mikulic", "ruritanian", "tanjug"} // as NamesOfText reads them
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-17", "b.txt": "1987-03-20"})
	places := Group(claims, pub, names)
	first, later := claimAt(t, claims, "a.txt", "At least 60", 0), claimAt(t, claims, "b.txt", "70 strikes", 0)
	if places[first].Group != places[later].Group {
		t.Fatalf("60 strikes, then 70: apart, want one count that moved")
	}
	if s := places[first].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By.Doc != "b.txt" {
		t.Errorf("60 strikes on 17 March, 70 on 20 March: suggestion %+v, want superseded by b.txt", s)
	}
}

func TestRounds(t *testing.T) {
	for _, tt := range []struct {
		x, y float64
		want bool
	}{
		{29, 28.9, true}, {2000, 1987, true}, {160, 158, true}, {3, 2.8, true},
		{28.9, 29, false}, {30, 28.9, true}, {2000, 2000, false}, {150, 158, false}, {28, 28.9, false},
		{2, 1.6, true}, {2, 1.5, false}, {1, 1.49, true}, {-30, -28.9, true}, {30, -28.9, false}, {0.3, 0.27, true}, {0.2, 0.27, false},
	} {
		if got := rounds(tt.x, tt.y); got != tt.want {
			t.Errorf("rounds(%v, %v) = %t, want %t", tt.x, tt.y, got, tt.want)
		}
	}
}

// TestRestates: a newer figure that the older satisfies says nothing
// against it, a rounding away ("nearly 6.8 mln" after "about 6.75 mln"),
// but one further off does ("nearly 300" after "about 280"), and an
// approximate figure reaches a rounding either side of its own, not its
// tenth: "about 19 billion dlr" in June revised April's "18 billion".
func TestRestates(t *testing.T) {
	claim := func(v float64, q factcheck.Qualifier) *factcheck.Claim {
		return &factcheck.Claim{Kind: factcheck.Count, Value: factcheck.Value{Num: v}, Qualifier: q}
	}
	for _, tt := range []struct {
		n, c *factcheck.Claim
		want bool
	}{
		{claim(6.8e6, factcheck.UpperBound), claim(6.75e6, factcheck.Approx), true},
		{claim(27e9, factcheck.LowerBound), claim(27.5e9, factcheck.Exact), true},
		{claim(300, factcheck.UpperBound), claim(280, factcheck.Approx), false},
		{claim(6.8e6, factcheck.Exact), claim(6.75e6, factcheck.Approx), false},
		{claim(19e9, factcheck.Approx), claim(18e9, factcheck.Exact), false},
		{claim(19e9, factcheck.Approx), claim(18.7e9, factcheck.Exact), true},
	} {
		if got := restates(tt.n, tt.c); got != tt.want {
			t.Errorf("restates(%v %s, %v %s) = %t, want %t", tt.n.Value.Num, tt.n.Qualifier, tt.c.Value.Num, tt.c.Qualifier, got, tt.want)
		}
	}
}

func TestSignificant(t *testing.T) {
	for _, tt := range []struct {
		x    float64
		want int
	}{
		{0, 1}, {7, 1}, {2000, 1}, {160, 2}, {1987, 4}, {-300, 1}, {1e15, 1}, {123456789, 9},
		{28.9, 3}, {0.05, 1}, {100.5, 4}, {-3.25, 3}, {0.1, 1}, {2.50, 2},
	} {
		if got := significant(tt.x); got != tt.want {
			t.Errorf("significant(%v) = %d, want %d", tt.x, got, tt.want)
		}
	}
}

// TestGroupDateMoved: a date moved in one sentence ("has been extended to
// March 19 from March 18") is one fact twice, where two dates of a
// sentence that moves nothing stay two.
func TestGroupDateMoved(t *testing.T) {
	articles := map[string]string{
		"a.txt": "NEW YORK, March 17 - Qintex said its offer for Acme shares has been extended to March 19 from March 18.\n" +
			"The meeting is on March 20 and the vote on March 24.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-17"})
	places := Group(claims, pub, nil)
	at := func(text string) int { return claimAt(t, claims, "a.txt", text, 0) }
	if places[at("March 19")].Group != places[at("March 18")].Group {
		t.Error("an offer extended to March 19 from March 18: two groups")
	}
	if places[at("March 20")].Group == places[at("March 24")].Group {
		t.Error("a meeting on March 20 and a vote on March 24: one group")
	}
}

// TestGroupDividendNoBid: a special dividend's cash, with "value" near it
// ("a market value of 10 dlrs"), is no bid: it never joins the bid
// withdrawn from the company that pays it (British Printing's 44 dlrs a
// share for Harcourt, Harcourt's 40 dlr dividend).
func TestGroupDividendNoBid(t *testing.T) {
	claims, places := groupCorpusArticles(t, "reuters_17574.txt", "reuters_17648.txt", "reuters_17873.txt", "reuters_18600.txt", "reuters_19241.txt", "reuters_19242.txt", "reuters_19973.txt")
	bid, dividend := claimAt(t, claims, "reuters_17574.txt", "44 dlr", 0), claimAt(t, claims, "reuters_18600.txt", "40 dlrs", 0)
	if places[bid].Group == places[dividend].Group {
		t.Errorf("a withdrawn bid of 44 dlrs and a dividend of 40 dlrs: one group %q", places[bid].Group)
	}
}

// TestGroupPastFigures: a change a verb states ("amended its 27 dlr offer,
// raising it to 35 dlrs") is one fact twice, its older figure superseded
// by its newer; a figure the sentence calls past ("previously rejected a
// 27 dlr offer") is superseded by the group's newest, as the hands of the
// story batches mark it; a figure of another year is another fact.
func TestGroupPastFigures(t *testing.T) {
	articles := map[string]string{
		"a.txt": "OAK BROOK, ILL., March 5 - Granite Holdings offered 27 dlrs a share for Acme Mills.\n" +
			"Acme Mills has 120 stores.",
		"b.txt": "NEW YORK, March 20 - Granite Holdings amended its 27 dlr per share tender offer for Acme Mills, raising it to 35 dlrs a share.\n" +
			"Acme Mills previously rejected a 27 dlr offer from Granite Holdings.\n" +
			"On Thursday Granite Holdings said it would bid 33 dlrs a share for Acme Mills.\n" +
			"Granite Holdings raised the value of its offer from 27 dlrs per Acme Mills share on Friday.",
		"c.txt": "NEW YORK, March 21 - Acme Mills now has 125 stores, Granite Holdings said of Acme Mills.\n" +
			"In 1998, Acme Mills had 130 stores, Granite Holdings said.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "2005-03-05", "b.txt": "2005-03-20", "c.txt": "2005-03-21"})
	places := Group(claims, pub, nil)
	at := func(doc, text string, nth int) int { return claimAt(t, claims, doc, text, nth) }
	first, amended, raised := at("a.txt", "27", 0), at("b.txt", "27", 0), at("b.txt", "35", 0)
	if places[amended].Group != places[raised].Group || places[first].Group != places[raised].Group {
		t.Errorf("the offer before and after its amendment: groups %q, %q, %q", places[first].Group, places[amended].Group, places[raised].Group)
	}
	if s := places[first].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By.Start != claims[raised].Start {
		t.Errorf("27 dlrs on 5 March, raised to 35 on 20 March: suggestion %+v, want superseded by the 35", s)
	}
	if s := places[amended].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By.Start != claims[raised].Start {
		t.Errorf("an amended offer of 27 dlrs, raised to 35: suggestion %+v, want superseded by the 35", s)
	}
	for _, i := range []int{at("b.txt", "27", 1), at("b.txt", "27", 2)} {
		if s := places[i].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By.Start != claims[raised].Start {
			t.Errorf("%q, a past figure: suggestion %+v, want superseded by the 35", claims[i].Sentence, s)
		}
	}
	if places[at("c.txt", "130", 0)].Group == places[at("c.txt", "125", 0)].Group {
		t.Error("the stores of 1998 joined today's")
	}
}

// TestGroupTwoChangesOneSentence: a sentence of two changes, "raised its
// inflation estimate to 2.5 per cent and cut its growth estimate to 2.2
// per cent", states two facts, not the first's older figure.
func TestGroupTwoChangesOneSentence(t *testing.T) {
	articles := map[string]string{
		"a.txt": "PARIS, Feb 26 - The government raised its 1987 inflation estimate a half percentage point to 2.5 per cent and cut its economic growth estimate to 2.2 per cent.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-02-26"})
	places := Group(claims, pub, nil)
	inflation, growth := claimAt(t, claims, "a.txt", "2.5", 0), claimAt(t, claims, "a.txt", "2.2", 0)
	if places[inflation].Group == places[growth].Group {
		t.Errorf("inflation's 2.5 per cent and growth's 2.2 per cent joined: %q", places[growth].Group)
	}
}

// TestGroupChangeByPronoun: a change whose verb names the older figure by a
// pronoun far after it ("targeted a five billion dlr surplus this year, but
// had to raise this to seven billion") is one fact twice, the later the
// newer.
func TestGroupChangeByPronoun(t *testing.T) {
	articles := map[string]string{
		"a.txt": "SEOUL, Oct 19 - The government originally targeted a five billion dlr current account surplus this year, but had to raise this to seven billion to reflect a startling rise in exports.\n" +
			"Exports were 20 billion dlrs, and imports fell to 12 billion dlrs.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-10-19"})
	places := Group(claims, pub, nil)
	at := func(text string) int { return claimAt(t, claims, "a.txt", text, 0) }
	five, seven := at("five"), at("seven")
	if places[five].Group != places[seven].Group {
		t.Errorf("a target raised: groups %q, %q, want one", places[five].Group, places[seven].Group)
	}
	if places[at("20")].Group == places[at("12")].Group {
		t.Error("exports joined imports")
	}
}

// TestGroupChangeFromNamedFigure: a change whose older figure has its
// noun, a date or an attribution before it ("to 20.10 dlrs a share, from
// its April 1 offer of 18.50 dlrs", "about 782 mln dlrs, a company
// spokesman said, up from the previous offer of 720 mln dlrs") is one
// fact twice.
func TestGroupChangeFromNamedFigure(t *testing.T) {
	articles := map[string]string{
		"a.txt": "NEW YORK, April 13 - Granite said it increased its offer for all Acme common shares to 20.10 dlrs a share, from its April 1 offer of 18.50 dlrs a share.\n" +
			"The current offer price is about 782 mln dlrs, a company spokesman said, up from the previous offer of 720 mln dlrs.\n" +
			"The fund lent 5 mln dlrs to the city, from a reserve of 9 mln dlrs.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-04-13"})
	places := Group(claims, pub, nil)
	at := func(text string) int { return claimAt(t, claims, "a.txt", text, 0) }
	for _, pair := range [][2]string{{"20.10", "18.50"}, {"about 782", "720"}} {
		newer, older := at(pair[0]), at(pair[1])
		if places[newer].Group != places[older].Group {
			t.Errorf("%s from %s: groups %q, %q, want one", pair[0], pair[1], places[newer].Group, places[older].Group)
		}
	}
	if places[at("5")].Group == places[at("9")].Group {
		t.Error("a loan joined the reserve it came from")
	}
}

// TestGroupMeasureConversion: a measure converted in brackets is one fact
// with it, and the two units are no dispute of each other.
func TestGroupMeasureConversion(t *testing.T) {
	a, err := extract.ParseArticle("a.txt", []byte("The storm moved 26 km (16 miles) inland and the sea rose to 5C (41F)."), "")
	if err != nil {
		t.Fatal(err)
	}
	places := Group(a.Claims, nil, nil)
	if len(a.Claims) != 4 {
		t.Fatalf("claims %v, want four", a.Claims)
	}
	if places[0].Group != places[1].Group || places[2].Group != places[3].Group || places[0].Group == places[2].Group {
		t.Errorf("26 km (16 miles), 5C (41F): groups %q %q %q %q, want two pairs", places[0].Group, places[1].Group, places[2].Group, places[3].Group)
	}
	for i, p := range places {
		if p.Suggestion != nil {
			t.Errorf("%q: suggestion %+v, want none", a.Claims[i].Text, p.Suggestion)
		}
	}
}

// TestGroupFigureRows: in a line of figures (a score), a small figure is
// the same fact as another only in the same place: the second set's 7 is
// no third set's 7.
func TestGroupFigureRows(t *testing.T) {
	articles := map[string]string{
		"a.txt": "Moya beat Roddick 6-2 7-6 (7-1) 7-6 (7-5) in Seville to give Spain the Davis Cup.",
		"b.txt": "In Seville, Moya beat Roddick 6-2 7-6 (7-1) 7-6 (7-5) and Spain won the Davis Cup.",
		"c.txt": "Spain's Nadal is 18. A crowd of 27,000 cheered in Seville. Spain last won the Davis Cup in 2000. The final lasted three days.",
	}
	claims, _ := parseArticles(t, articles, nil)
	places := Group(claims, nil, nil)
	nth := func(doc string, n int) int { return claimAt(t, claims, doc, "", n) }
	// the figures: 6-2 7-6 7-1 7-6 7-5
	if places[nth("a.txt", 1)].Group != places[nth("b.txt", 1)].Group {
		t.Error("the second set's 7-6 in two reports of one score: apart")
	}
	if places[nth("a.txt", 1)].Group == places[nth("b.txt", 3)].Group || places[nth("a.txt", 1)].Group == places[nth("a.txt", 3)].Group {
		t.Error("the second set's 7-6 joined the third set's")
	}
}

// TestGroupNearReports: two reports of one figure that differ a little, in
// the same words, are one fact in dispute; a "dead rubber" is no death
// toll.
func TestGroupNearReports(t *testing.T) {
	articles := map[string]string{
		"a.txt": "Nadal, at 18 years and 187 days, became the youngest Davis Cup winner in Seville. Fish won the dead rubber 7-6 6-2.",
		"b.txt": "Aged 18 years and 185 days, Nadal became the youngest Davis Cup winner in Seville. Spain lost 2 matches.",
		"c.txt": "Spain's Nadal beat Roddick in Seville. A crowd of 27,000 cheered. Spain last won the Davis Cup in 2000. Seven people died in a fire in Seville.",
	}
	claims, _ := parseArticles(t, articles, nil)
	places := Group(claims, nil, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	a, b := at("a.txt", "187 days"), at("b.txt", "185 days")
	if places[a].Group != places[b].Group {
		t.Fatal("18 years and 187 days, and 185 days, in the same words: apart")
	}
	if s := places[a].Suggestion; s == nil || s.Verdict != factcheck.Disputed {
		t.Errorf("187 days against 185 days: suggestion %+v, want disputed", s)
	}
	if places[at("a.txt", "7")].Group == places[at("c.txt", "Seven")].Group {
		t.Error("a score in a dead rubber joined a fire's dead")
	}
}

// TestStoriesOfRareNames: two articles of many names that share two of
// them are one story when both names are rare (maxRareName), and two when
// the names are in many articles.
func TestStoriesOfRareNames(t *testing.T) {
	names := map[string][]string{
		"a.txt": {"bush", "clearview", "economics", "egelton", "financial", "group", "labor"},
		"b.txt": {"boston", "bureau", "bush", "deep", "labor", "street", "wall"},
	}
	if s := storiesOf(names, nil, nil); s["a.txt"] != s["b.txt"] {
		t.Errorf("two reports of seven names sharing bush and labor, in no other report: two stories, want one")
	}
	for i := range maxRareName {
		names["c"+strconv.Itoa(i)+".txt"] = []string{"bush", "labor", "zz" + strconv.Itoa(i)}
	}
	if s := storiesOf(names, nil, nil); s["a.txt"] == s["b.txt"] && s["a.txt"] != s["c0.txt"] {
		t.Errorf("bush and labor in %d reports, a.txt and b.txt one story without the others", maxRareName+2)
	}
}

// TestStoriesOfEras: in an archive, two reports that share three names
// but were written 36 years apart are two stories, and so is a report of
// no year that would bridge them; in a checker's batch they are one.
func TestStoriesOfEras(t *testing.T) {
	names := map[string][]string{
		"gaza1987.txt": {"gaza", "israel", "strip"},
		"gaza2023.txt": {"blinken", "gaza", "israel", "strip"},
		"undated.txt":  {"gaza", "israel", "strip", "unrwa"},
	}
	era := map[string]int{"gaza1987.txt": 1987, "gaza2023.txt": 2023}
	if s := storiesOf(names, nil, era); s["gaza1987.txt"] != s["gaza2023.txt"] {
		t.Errorf("a batch of three reports sharing Gaza, Israel and Strip: two stories, want one")
	}
	for i := range maxOneEraImport {
		names["other"+strconv.Itoa(i)+".txt"] = []string{"aa" + strconv.Itoa(i), "bb" + strconv.Itoa(i), "cc" + strconv.Itoa(i)}
	}
	s := storiesOf(names, nil, era)
	if s["gaza1987.txt"] == s["gaza2023.txt"] {
		t.Errorf("an archive's reports of Gaza of 1987 and of 2023: one story, want two")
	}
	if s["undated.txt"] != s["gaza1987.txt"] && s["undated.txt"] != s["gaza2023.txt"] {
		t.Errorf("the report of no year joins neither Gaza story")
	}
}

// TestStoriesOfArchiveBounded: names shared two by two chain an
// archive's reports; no story of an archive holds more than
// maxArchiveStory articles, while a batch of as many stays one story.
func TestStoriesOfArchiveBounded(t *testing.T) {
	chain := func(n int) map[string][]string {
		names := map[string][]string{}
		for i := range n { // report i shares two names with report i+1
			names[fmt.Sprintf("r%03d.txt", i)] = []string{"n" + strconv.Itoa(i), "n" + strconv.Itoa(i+1), "n" + strconv.Itoa(i+2)}
		}
		return names
	}
	sizes := func(s map[string]int) (largest int) {
		n := map[int]int{}
		for _, st := range s {
			n[st]++
			largest = max(largest, n[st])
		}
		return largest
	}
	if got := sizes(storiesOf(chain(maxOneEraImport), nil, nil)); got != maxOneEraImport {
		t.Errorf("a batch of %d reports chained by names: largest story %d, want them all one", maxOneEraImport, got)
	}
	if got := sizes(storiesOf(chain(400), nil, nil)); got > maxArchiveStory || got < maxArchiveStory/2 {
		t.Errorf("an archive of 400 reports chained by names: largest story %d, want at most %d (and the chain kept)", got, maxArchiveStory)
	}
}

// TestEras: an article's era is its publication's year, else the year
// its dates name most often, the latest of a tie; none without a year.
func TestEras(t *testing.T) {
	date := func(doc, v string) factcheck.Claim {
		return factcheck.Claim{Doc: doc, Kind: factcheck.Date, Value: factcheck.Value{Date: v}}
	}
	claims := []factcheck.Claim{
		date("dated.txt", "1929-10-24"),
		date("named.txt", "1929"), date("named.txt", "1987-10-19"), date("named.txt", "1987"),
		date("tie.txt", "1986"), date("tie.txt", "1987-04"),
		date("none.txt", "--10-19"),
	}
	got := eras(claims, map[string]calendar.Date{"dated.txt": {Y: 2023, M: 11, D: 6}})
	want := map[string]int{"dated.txt": 2023, "named.txt": 1987, "tie.txt": 1987}
	if !maps.Equal(got, want) {
		t.Errorf("eras %v, want %v", got, want)
	}
}

// TestStoriesOfSharedName: a name that three fifths of a small import's
// articles share makes them one story, whatever else they name; a name
// of fewer makes none.
func TestStoriesOfSharedName(t *testing.T) {
	names := map[string][]string{}
	for i := range 7 {
		ns := []string{"aa" + strconv.Itoa(i), "bb" + strconv.Itoa(i), "cc" + strconv.Itoa(i)}
		if i < 5 {
			ns = append(ns, "elvis")
		}
		names["e"+strconv.Itoa(i)+".txt"] = ns
	}
	s := storiesOf(names, nil, nil)
	for i := 1; i < 5; i++ {
		if s["e"+strconv.Itoa(i)+".txt"] != s["e0.txt"] {
			t.Errorf("five of seven reports naming Elvis: e%d.txt in another story", i)
		}
	}
	if s["e5.txt"] == s["e0.txt"] || s["e5.txt"] == s["e6.txt"] {
		t.Errorf("reports sharing no name joined a story")
	}
	names["e5.txt"] = append(names["e5.txt"], "presley")
	names["e6.txt"] = append(names["e6.txt"], "presley")
	if s := storiesOf(names, nil, nil); s["e5.txt"] != s["e6.txt"] {
		t.Errorf("two of a batch of seven reports sharing one name: two stories, want one")
	}
	archive := maps.Clone(names)
	for i := 7; i < 12; i++ {
		archive["e"+strconv.Itoa(i)+".txt"] = []string{"dd" + strconv.Itoa(i), "ee" + strconv.Itoa(i), "ff" + strconv.Itoa(i)}
	}
	if s := storiesOf(archive, nil, nil); s["e5.txt"] == s["e6.txt"] {
		t.Errorf("two of an archive of twelve reports sharing one name: one story, want none")
	}
	figures := map[string]map[string]bool{"e5.txt": {"money|USD|220700000000": true}, "e6.txt": {"money|USD|220700000000": true}}
	small := map[string][]string{"e5.txt": names["e5.txt"][:3], "e6.txt": names["e6.txt"][:3], "e0.txt": names["e0.txt"]}
	if s := storiesOf(small, figures, nil); s["e5.txt"] != s["e6.txt"] {
		t.Errorf("two of a batch of three reports sharing 220.7 billion dlrs: two stories, want one")
	}
	figures = map[string]map[string]bool{"e5.txt": {"count||150": true}, "e6.txt": {"count||150": true}}
	if s := storiesOf(small, figures, nil); s["e5.txt"] == s["e6.txt"] {
		t.Errorf("two of a batch of three reports sharing only 150 people: one story, want two")
	}
	usda := map[string][]string{}
	for i := range 8 {
		ns := []string{"aa" + strconv.Itoa(i), "bb" + strconv.Itoa(i), "cc" + strconv.Itoa(i)}
		if i < 5 {
			ns = append(ns, "usda")
		}
		usda["u"+strconv.Itoa(i)+".txt"] = ns
	}
	if s := storiesOf(usda, nil, nil); s["u4.txt"] != s["u0.txt"] {
		t.Errorf("five of eight reports naming the USDA: two stories, want one")
	}
}

// groupOfText returns the group of the claim of a document with a text,
// among claims placed in places; it fails t when there is none.
func groupOfText(t *testing.T, claims []factcheck.Claim, places []Placement) func(doc, text string) string {
	return func(doc, text string) string {
		t.Helper()
		for i, c := range claims {
			if c.Doc == doc && c.Text == text {
				return places[i].Group
			}
		}
		t.Fatalf("%s: no claim %q among %d", doc, text, len(claims))
		return ""
	}
}

// TestBulletinLevels checks that a bulletin issued again week by week
// has its levels joined as one figure changing, and its weeks' changes
// apart (linkRetold).
func TestBulletinLevels(t *testing.T) {
	articles := map[string]string{
		"a.txt": "U.S. BUSINESS LOANS FALL 618 MLN DLRS\n    WASHINGTON, March 6 - Business loans on the books of major U.S. banks, excluding acceptances, fell 618 mln dlrs to 278.88 billion dlrs in the week ended February 25, the Federal Reserve Board said.\n",
		"b.txt": "U.S. BUSINESS LOANS RISE 377 MLN DLRS\n    WASHINGTON, March 13 - Business loans on the books of major U.S. banks, excluding acceptances, rose 377 mln dlrs to 279.085 billion dlrs in the week ended March 4, the Federal Reserve Board said.\n",
		"c.txt": "U.S. BUSINESS LOANS FALL 660 MLN DLRS\n    WASHINGTON, March 20 - Business loans on the books of major U.S. banks, excluding acceptances, fell 660 mln dlrs to 277.93 billion dlrs in the week ended March 11, the Federal Reserve Board said.\n",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-06", "b.txt": "1987-03-13", "c.txt": "1987-03-20"})
	group := groupOfText(t, claims, Group(claims, pub, nil))
	if g := group("a.txt", "278.88 billion dlrs"); g != group("b.txt", "279.085 billion dlrs") || g != group("c.txt", "277.93 billion dlrs") {
		t.Errorf("the weekly levels apart, want one figure changing")
	}
	if group("a.txt", "618 mln dlrs") == group("b.txt", "377 mln dlrs") {
		t.Errorf("two weeks' changes joined, want apart")
	}
}

// TestBulletinLeads checks that a bulletin whose headline gives no figure
// is told by its lead, said again week by week, and that the levels of
// its sentence join by their own words when their order changes.
func TestBulletinLeads(t *testing.T) {
	articles := map[string]string{
		"a.txt": "ASSETS OF SAVINGS POOLS ROSE IN WEEK\n    CHICAGO, May 7 - Assets of pooled savings accounts rose 310 mln dlrs in the week ended yesterday to 81.20 billion dlrs, the Pool Managers Association said.\n    Assets of 41 pension pools rose 120 mln dlrs to 30.15 billion dlrs, 77 retail pools rose 95.5 mln dlrs to 28.42 billion dlrs and 15 bank pools rose 94.5 mln dlrs to 22.63 billion dlrs.\n",
		"b.txt": "ASSETS OF SAVINGS POOLS FELL IN WEEK\n    CHICAGO, May 14 - Assets of pooled savings accounts fell 205 mln dlrs in the week ended yesterday to 80.995 billion dlrs, the Pool Managers Association said.\n    Assets of 77 retail pools fell 140 mln dlrs to 28.28 billion dlrs, 15 bank pools rose 25 mln dlrs to 22.655 billion dlrs and 41 pension pools fell 90 mln dlrs to 30.06 billion dlrs.\n",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-05-07", "b.txt": "1987-05-14"})
	group := groupOfText(t, claims, Group(claims, pub, nil))
	for _, pair := range [][2]string{
		{"81.20 billion dlrs", "80.995 billion dlrs"},
		{"30.15 billion dlrs", "30.06 billion dlrs"},
		{"28.42 billion dlrs", "28.28 billion dlrs"},
		{"22.63 billion dlrs", "22.655 billion dlrs"},
	} {
		if group("a.txt", pair[0]) != group("b.txt", pair[1]) {
			t.Errorf("%s and a week on %s apart, want one level changing", pair[0], pair[1])
		}
	}
	if group("a.txt", "30.15 billion dlrs") == group("b.txt", "28.28 billion dlrs") {
		t.Errorf("the pension pools' level joined the retail pools', want apart")
	}
}

// TestSignificantDigits checks the digits that make a shared figure
// telling (sharedFigure): "220.7 billion" has four, "3bn" one.
func TestSignificantDigits(t *testing.T) {
	for v, want := range map[string]int{"220700000000": 4, "3000000000": 1, "24.58": 4, "0.25": 2, "-1.5": 2, "150": 2, "1,5": 0} {
		if got := significantDigits(v); got != want {
			t.Errorf("significantDigits(%q) = %d, want %d", v, got, want)
		}
	}
}

// TestStoriesOfCommonNames: names that most articles of an archive share
// ("inc", "new", "york") join no story, while a batch's few reports that
// share them are one.
func TestStoriesOfCommonNames(t *testing.T) {
	names := map[string][]string{}
	for i := range 45 {
		names["wire"+strconv.Itoa(i)+".txt"] = []string{"inc", "new", "york", "zz" + strconv.Itoa(i)}
	}
	stories := map[int]bool{}
	for _, s := range storiesOf(names, nil, nil) {
		stories[s] = true
	}
	if len(stories) != 45 {
		t.Errorf("45 wire reports sharing only inc, new and york: %d stories, want 45", len(stories))
	}
	batch := map[string][]string{}
	for i := range 6 {
		batch["r"+strconv.Itoa(i)+".txt"] = []string{"gencorp", "inc", "ohio", "zz" + strconv.Itoa(i)}
	}
	stories = map[int]bool{}
	for _, s := range storiesOf(batch, nil, nil) {
		stories[s] = true
	}
	if len(stories) != 1 {
		t.Errorf("six reports sharing gencorp, inc and ohio: %d stories, want 1", len(stories))
	}
}

// TestGroupBounded: claims joined by their values and words make no group
// larger than maxJoined, however long the chain of links.
func TestGroupBounded(t *testing.T) {
	// each report shares a rare word and a figure with the next: a chain
	word := func(i int) string { return "mine" + string(rune('a'+i/26)) + string(rune('a'+i%26)) }
	var claims []factcheck.Claim
	for i := range 200 {
		s := "Acme Corp said output rose to " + strconv.Itoa(1000+i) + " tonnes from " + strconv.Itoa(1001+i) +
			" tonnes at the " + word(i) + " and " + word(i+1) + " pits in Zenda."
		a, err := extract.ParseArticle("doc"+strconv.Itoa(i)+".txt", []byte(s), "")
		if err != nil {
			t.Fatal(err)
		}
		claims = append(claims, a.Claims...)
	}
	size := map[string]int{}
	for _, p := range Group(claims, nil, nil) {
		size[p.Group]++
	}
	for g, n := range size {
		if n > maxJoined {
			t.Errorf("group %s: %d claims, want at most %d", g, n, maxJoined)
		}
	}
}

// TestGroupSameConceptFigure: one toll of one value in two articles that
// share a name joins whatever their words; one article's two tolls of one
// value stay its own to tell apart.
func TestGroupSameConceptFigure(t *testing.T) {
	articles := map[string]string{
		"a.txt": "Blair spoke in London before the silence across Asia for the estimated 150,000 dead.\n" +
			"Blair said London would give more.",
		"b.txt": "McConnell told Holyrood of the Asia tidal wave which killed 150,000.\n" +
			"McConnell said Holyrood would help.",
		"c.txt": "Forsyth says 3000 died over 30 years of terrorism; 3000 people died in one morning in New York.",
	}
	claims, pub := parseArticles(t, articles, nil)
	places := Group(claims, pub, nil)
	at := func(doc, text string, nth int) int { return claimAt(t, claims, doc, text, nth) }
	if places[at("a.txt", "estimated 150,000", 0)].Group != places[at("b.txt", "150,000", 0)].Group {
		t.Errorf("the estimated 150,000 dead and the wave which killed 150,000: apart, want one toll")
	}
	if places[at("c.txt", "3000", 0)].Group == places[at("c.txt", "3000", 1)].Group {
		t.Errorf("one article's two tolls of 3000: together, want apart")
	}
}

// TestGroupStaleReports: a count an article calls past ("Earlier, the
// company had said 44 miners were trapped") is an older report wherever
// it is given no later than that article: 44 in another report of that
// day is superseded by the newest count, not a revert that makes the
// story's counts disputes of one another; and the report called past is
// superseded too, as the Noranda batch's hand rules it.
func TestGroupStaleReports(t *testing.T) {
	head := "Fire at Gaspe Copper: Noranda said Gaspe Copper miners were trapped.\n"
	articles := map[string]string{
		"a.txt": "MURDOCHVILLE, Que., April 2 - " + head + "Noranda said some 40 miners were trapped underground at Gaspe Copper.",
		"b.txt": "MURDOCHVILLE, Que., April 3 - " + head + "Noranda said 44 miners were trapped underground at Gaspe Copper.",
		"c.txt": "MURDOCHVILLE, Que., April 3 - " + head + "Noranda said a total of 57 miners were trapped underground at Gaspe Copper.\n" +
			"Earlier, Noranda had said 44 miners were trapped underground at Gaspe Copper.",
	}
	claims, pub := parseArticles(t, articles, nil)
	places := Group(claims, pub, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	first, stale, total, past := at("a.txt", "some 40"), at("b.txt", "44"), at("c.txt", "57"), claimAt(t, claims, "c.txt", "44", 0)
	for _, m := range []int{first, stale, past} {
		if places[m].Group != places[total].Group {
			t.Fatalf("%q and the total of 57: groups %q, %q", claims[m].Text, places[m].Group, places[total].Group)
		}
	}
	for _, m := range []int{first, stale, past} {
		if s := places[m].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By.Doc != "c.txt" {
			t.Errorf("%s %q: suggestion %+v, want superseded by the total of 57", claims[m].Doc, claims[m].Text, s)
		}
	}
}

// TestReplacedReportSuperseded: a report its own article says was replaced
// ("had said 44 miners were trapped") is superseded by the group's newest
// figure, the 57 of the same article.
func TestReplacedReportSuperseded(t *testing.T) {
	articles := map[string]string{
		"a.txt": "TIMMINS, Ontario, April 2 - A fire trapped 44 miners underground at the Kidd Creek copper mine, the company said.",
		"b.txt": "TIMMINS, Ontario, April 3 - The company said a total of 57 miners were trapped underground at the Kidd Creek copper mine by the fire. " +
			"Earlier, the company had said 44 miners were trapped underground.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-04-02", "b.txt": "1987-04-03"})
	places := Group(claims, pub, nil)
	said, total := claimAt(t, claims, "b.txt", "44 miners", 0), claimAt(t, claims, "b.txt", "57 miners", 0)
	if places[said].Group != places[total].Group {
		t.Fatalf("the 44 miners the company had said and the 57 of its later count: apart")
	}
	if s := places[said].Suggestion; s == nil || s.Verdict != factcheck.Superseded || *s.By != (factcheck.Ref{Doc: "b.txt", Start: claims[total].Start}) {
		t.Errorf("\"had said 44 miners\": suggestion %+v, want superseded by the 57", s)
	}
}

// TestGroupOneSentenceTwoCounts: a sentence that gives what it counts
// two values gives two figures ("planned redundancies of 800 ...,
// starting with 350 this year"), and a report that gives only one of them
// joins that one; a change the sentence states ("raised its stake to
// 1,489,298 shares, or 16.2 pct from 1,439,498 shares") stays one figure.
func TestGroupOneSentenceTwoCounts(t *testing.T) {
	head := "Rotterdam port dispute: the FNV union and the SVZ employers met in Rotterdam.\n"
	articles := map[string]string{
		"a.txt": "ROTTERDAM, March 2 - " + head + "The Rotterdam strikes began in protest at planned redundancies of 800 from the sector's 4,000 workforce, starting with 350 this year.",
		"b.txt": "ROTTERDAM, March 3 - " + head + "The Rotterdam strikes began in protest at employers' plans for 800 redundancies from the sector's 4,000 workforce, starting with 350 this year.",
		"c.txt": "ROTTERDAM, March 4 - " + head + "The Rotterdam court stopped the employers' plans for 350 redundancies from the sector's 4,000 workforce.",
		"d.txt": "ROTTERDAM, March 5 - " + head + "The SVZ raised its Rotterdam stake to 1,489,298 shares, or 16.2 pct from 1,439,498 shares.",
	}
	claims, pub := parseArticles(t, articles, nil)
	places := Group(claims, pub, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	for _, doc := range []string{"a.txt", "b.txt"} {
		if places[at(doc, "800")].Group == places[at(doc, "350")].Group {
			t.Errorf("%s: 800 redundancies by 1990 and the 350 of this year, one figure", doc)
		}
	}
	if places[at("c.txt", "350")].Group != places[at("a.txt", "350")].Group || places[at("a.txt", "800")].Group != places[at("b.txt", "800")].Group {
		t.Errorf("the reports' 350s and 800s: groups %q %q %q, %q %q", places[at("a.txt", "350")].Group, places[at("b.txt", "350")].Group,
			places[at("c.txt", "350")].Group, places[at("a.txt", "800")].Group, places[at("b.txt", "800")].Group)
	}
	if places[at("d.txt", "1,489,298")].Group != places[at("d.txt", "1,439,498")].Group {
		t.Error("a stake raised to 1,489,298 shares from 1,439,498: two figures")
	}
}

// TestGroupRunningDurations: a strike's length runs from report to report
// ("for the past six weeks", then "the past eight weeks"); the later
// supersedes the earlier, and another length of the story ("a five-year
// contract") stays apart.
func TestGroupRunningDurations(t *testing.T) {
	articles := map[string]string{
		"a.txt": "VALDORA, March 1 - Strikes by dockers that have disrupted Valdora's general cargo sector for the past six weeks went on, Pieter Smit of the Vanko union said. " +
			"Employers offered Vanko a five-year contract. Grain ships loaded 40,000 tonnes at the bulk terminal. " +
			"The city council bought 12 buses. Traffic on the river fell 3 pct, officials said.",
		"b.txt": "VALDORA, March 15 - Talks failed to end strikes by dockers that have hit the general cargo sector of Valdora's port for the past eight weeks, Pieter Smit of the Vanko union said. " +
			"Container traffic rose 5 pct. A minister will visit 14 towns of the region. Oil prices rose 2 pct.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-01", "b.txt": "1987-03-15"})
	places := Group(claims, pub, nil)
	six, eight, contract := claimAt(t, claims, "a.txt", "past six weeks", 0), claimAt(t, claims, "b.txt", "past eight weeks", 0), claimAt(t, claims, "a.txt", "five-year", 0)
	if places[six].Group != places[eight].Group {
		t.Fatalf("the strike's six weeks on March 1 and eight weeks on March 15: apart, want one figure that ran")
	}
	if places[contract].Group == places[eight].Group {
		t.Errorf("a five-year contract joined the strike's length")
	}
	if s := places[six].Suggestion; s == nil || s.Verdict != factcheck.Superseded || *s.By != (factcheck.Ref{Doc: "b.txt", Start: claims[eight].Start}) {
		t.Errorf("six weeks, then eight: suggestion %+v, want superseded by the eight weeks", s)
	}
}

func TestSayerAndStake(t *testing.T) {
	claimIn := func(sentence, text string) *factcheck.Claim {
		k := strings.Index(sentence, text)
		return &factcheck.Claim{Text: text, Start: 100 + k, End: 100 + k + len(text), Sentence: sentence, SentenceStart: 100}
	}
	halifax := claimIn("After registering falls at the back-end of 2004, Halifax said house prices rose by 0.8% in January and Nationwide reported a rise of 0.4%.", "0.8%")
	nationwideJan := claimIn("After registering falls at the back-end of 2004, Halifax said house prices rose by 0.8% in January and Nationwide reported a rise of 0.4%.", "0.4%")
	nationwide := claimIn("House prices have risen 0.9% this year, Nationwide said, and if this pace persists, prices would rise by just under 6%.", "0.9%")
	unsaid := claimIn("House prices rose 0.9% this year.", "0.9%")
	for _, tt := range []struct {
		c    *factcheck.Claim
		want string
	}{{halifax, "halifax"}, {nationwideJan, "nationwide"}, {nationwide, "nationwide"}, {unsaid, ""}} {
		if got := sayer(tt.c); got != tt.want {
			t.Errorf("sayer of %q in %q = %q, want %q", tt.c.Text, tt.c.Sentence, got, tt.want)
		}
	}
	stakeHeld := claimIn("Atticus Capital, holding 2% of Deutsche Boerse, wants it to buy back its own shares.", "2% of Deutsche Boerse")
	rise := claimIn("Shares in Deutsche Boerse have risen more than 3% after a shareholder fund voiced its concern.", "more than 3%")
	raised := claimIn("The fund raised its stake to 5% of the exchange.", "5%")
	if !stakeAndMove(stakeHeld, rise) || stakeAndMove(stakeHeld, raised) || stakeAndMove(rise, stakeHeld) {
		t.Errorf("stakeAndMove: want a stake held and a share's rise told apart, and a stake raised not")
	}
}

// TestGroupRetoldFigureDisputes: a report of the next day that retells an
// earlier one's sentence with a figure a little apart, written to the
// cent, is a dispute between them, not a figure that moved (but a week's
// statistic told in the same words each week moves).
func TestGroupRetoldFigureDisputes(t *testing.T) {
	articles := map[string]string{
		"a.txt": "NEW YORK, June 2 - Bilzerian proposed that Pay 'N Pak holders receive on a blended basis 16.67 dlrs in cash and 3.30 dlrs in liquidation value of preferred stock.",
		"b.txt": "NEW YORK, June 3 - Under the proposal Pay 'N Pak holders would receive on a blended basis 16.67 dlrs in cash and 3.33 dlrs in liquidation value of preferred stock.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-06-02", "b.txt": "1987-06-03"})
	places := Group(claims, pub, nil)
	a, b := claimAt(t, claims, "a.txt", "3.30 dlrs", 0), claimAt(t, claims, "b.txt", "3.33 dlrs", 0)
	if places[a].Group != places[b].Group {
		t.Fatalf("3.30 and 3.33 dlrs of one retold sentence: apart")
	}
	for _, i := range []int{a, b} {
		if s := places[i].Suggestion; s == nil || s.Verdict != factcheck.Disputed {
			t.Errorf("%s: suggestion %+v, want disputed", claims[i].Text, s)
		}
	}
}

// TestGroupWeeklyStatisticSuperseded: a week's statistic told in the
// same words a week on, its figure a little moved, is superseded by the
// later report's, not retold.
func TestGroupWeeklyStatisticSuperseded(t *testing.T) {
	articles := map[string]string{
		"a.txt": "OTTAWA, March 13 - M-2, which is M-1-A plus other notice and personal term deposits, rose 1.08 billion dlrs to 177.95 billion dlrs, Bank of Canada said.",
		"b.txt": "OTTAWA, March 20 - M-2, which is M-1-A plus other notice and personal term deposits, fell 410 mln dlrs to 177.54 billion dlrs, Bank of Canada said.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-13", "b.txt": "1987-03-20"})
	places := Group(claims, pub, nil)
	a, b := claimAt(t, claims, "a.txt", "177.95", 0), claimAt(t, claims, "b.txt", "177.54", 0)
	if places[a].Group != places[b].Group {
		t.Fatalf("177.95 and 177.54 billion dlrs of one weekly statistic: apart")
	}
	if s := places[a].Suggestion; s == nil || s.Verdict != factcheck.Superseded || s.By == nil || s.By.Doc != "b.txt" {
		t.Errorf("%s: suggestion %+v, want superseded by b.txt's", claims[a].Text, s)
	}
	if s := places[b].Suggestion; s != nil {
		t.Errorf("%s: suggestion %+v, want none", claims[b].Text, s)
	}
}

// TestGroupQuoteChanged: a sentence's change between two quotes of a
// buying and a selling price whose spreads overlap still replaces the
// older quote, and a later report's quote to the hundredth supersedes the
// earlier newer one.
func TestGroupQuoteChanged(t *testing.T) {
	articles := map[string]string{
		"a.txt": "ANKARA, April 3 - Turkey's Central Bank set a lira/dollar rate for April 6 of 781.95/785.86 to the dollar, up from 782.50/786.41.",
		"b.txt": "ANKARA, April 7 - Turkey's Central Bank set a lira/dollar rate for April 8 of 784.50/788.42 to the dollar, down from the previous 784.35/788.27.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-04-03", "b.txt": "1987-04-07"})
	places := Group(claims, pub, nil)
	older, newer, latest := claimAt(t, claims, "a.txt", "782.50", 0), claimAt(t, claims, "a.txt", "781.95", 0), claimAt(t, claims, "b.txt", "784.50", 0)
	if places[older].Group != places[newer].Group || places[newer].Group != places[latest].Group {
		t.Fatalf("one rate's quotes: groups %s %s %s", places[older].Group, places[newer].Group, places[latest].Group)
	}
	for _, i := range []int{older, newer} {
		if s := places[i].Suggestion; s == nil || s.Verdict != factcheck.Superseded {
			t.Errorf("%s: suggestion %+v, want superseded", claims[i].Text, s)
		}
	}
	if s := places[latest].Suggestion; s != nil {
		t.Errorf("%s: suggestion %+v, want none", claims[latest].Text, s)
	}
}

// TestGroupIncrementNoVerdict: a count added to another ("a further 856
// people were rescued") is no total: it neither revises nor disputes the
// count rescued before.
func TestGroupIncrementNoVerdict(t *testing.T) {
	articles := map[string]string{
		"a.txt": "ZEEBRUGGE, March 7 - The Herald of Free Enterprise capsized off Zeebrugge. Some 345 people had been rescued from the Herald of Free Enterprise, the Zeebrugge harbour master said.",
		"b.txt": "ZEEBRUGGE, March 8 - The Herald of Free Enterprise lay on its side off Zeebrugge. A further 856 people were rescued from the Herald of Free Enterprise, the Zeebrugge harbour master said.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-07", "b.txt": "1987-03-08"})
	places := Group(claims, pub, nil)
	for _, c := range []int{claimAt(t, claims, "a.txt", "Some 345 people", 0), claimAt(t, claims, "b.txt", "856 people", 0)} {
		if s := places[c].Suggestion; s != nil {
			t.Errorf("%s rescued: suggestion %+v, want none", claims[c].Text, s)
		}
	}
}

func TestIncrement(t *testing.T) {
	for _, tt := range []struct {
		sentence, text string
		want           bool
	}{
		{"A further 856 people were rescued.", "856 people", true},
		{"Another 56 miners were trapped underground.", "56 miners", true},
		{"His solicitor represents eight of the detainees.", "eight of the detainees", true},
		{"The law lords ruled on appeals by nine detainees.", "nine detainees", false},
		{"Some 345 people had been rescued.", "345 people", false},
	} {
		k := strings.Index(tt.sentence, tt.text)
		c := &factcheck.Claim{Kind: factcheck.Count, Text: tt.text, Start: k, End: k + len(tt.text), Sentence: tt.sentence}
		if got := increment(c); got != tt.want {
			t.Errorf("increment(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestGroupDemandApart: what one side of a dispute demands is another
// figure than what it settles for.
func TestGroupDemandApart(t *testing.T) {
	articles := map[string]string{
		"a.txt": "SAO PAULO, March 6 - Brazil's 40,000 seamen, on strike since February 27, are seeking a 275 pct pay rise, union leaders said.",
		"b.txt": "SAO PAULO, March 25 - Brazil's 40,000 seamen have settled for 120 pct pay increases and the strike since February 27 is over, union leaders said.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-06", "b.txt": "1987-03-25"})
	places := Group(claims, pub, nil)
	demand, settled := claimAt(t, claims, "a.txt", "275 pct", 0), claimAt(t, claims, "b.txt", "120 pct", 0)
	if places[demand].Group == places[settled].Group {
		t.Errorf("the 275 pct demanded and the 120 pct settled for: one group, want two figures")
	}
	if s := places[demand].Suggestion; s != nil {
		t.Errorf("the demand: suggestion %+v, want none", s)
	}
}

func TestOfName(t *testing.T) {
	for _, tt := range []struct{ sentence, text, want string }{
		{"Dixon said it had bought 54 pct of Cyclops' 4.3 mln shares outstanding.", "54 pct of Cyclops", "cyclops"},
		{"Dixons had reported that 54 pct of Cyclops' stock had been tendered.", "54 pct", "cyclops"},
		{"Icahn may buy up to 51 pct of USAir's stock.", "up to 51 pct of USAir's", "usair"},
		{"It bought 54 pct of the outstanding shares.", "54 pct of the outstanding shares", ""},
		{"Prices rose 5 pct in March.", "5 pct", ""},
	} {
		k := strings.Index(tt.sentence, tt.text)
		c := &factcheck.Claim{Kind: factcheck.Percent, Text: tt.text, Start: k, End: k + len(tt.text), Sentence: tt.sentence}
		if got := ofName(c); got != tt.want {
			t.Errorf("ofName(%q in %q) = %q, want %q", tt.text, tt.sentence, got, tt.want)
		}
	}
}

// TestGroupLengthsOfTalks: lengths of time near one event word ("talks")
// are one fact only when of one size ("12 days" and "two weeks" of a
// conference, not the "two-year" negotiation), and a length that moved
// between reports has one value at a time: the "12-month" reviews
// consumers want "instead of" the "18 months" at present are two figures.
func TestGroupLengthsOfTalks(t *testing.T) {
	articles := map[string]string{
		"a.txt": "GENEVA, March 9 - The talks on a new rubber pact, expected to last 12 days, opened today " +
			"after two years of talks.\nConsumers want price reviews at 12-month intervals instead of 18 months at present.",
		"b.txt": "GENEVA, March 12 - The two-week talks on a new rubber pact, attended by 40 countries, follow " +
			"nearly two years of talks.\nThe new pact will have price reviews every 15 months.",
	}
	claims, pub := parseArticles(t, articles, nil)
	checkTogether(t, claims, Group(claims, pub, nil), []sameGroup{
		{[2]string{"a.txt", "12 days"}, [2]string{"a.txt", "two years"}, false},
		{[2]string{"b.txt", "two-week"}, [2]string{"b.txt", "nearly two years"}, false},
		{[2]string{"a.txt", "12-month"}, [2]string{"a.txt", "18 months"}, false},
	})
}

// TestUndatedReportsDisputeNear: undated reports dispute one figure only
// where they could both be its report: not a toll more than maxSpread
// times another ("45 million children" who will die before 2015, "two
// million" before April), nor two conversions of one amount a day's
// rate of exchange apart ("$50bn (£26.69bn)", "$50 billion (£27bn)"); but
// conversions of one amount far apart dispute ("$500m (£350m)", "$500m
// (£266m)").
func TestUndatedReportsDisputeNear(t *testing.T) {
	claims, pub := parseArticles(t, map[string]string{
		"a.txt": "Oxfam said 45 million children will die needlessly. Mr Brown wants an extra $50bn (£26.69bn) a year in aid. " +
			"TCI wants Deutsche Boerse to return $500m (£350m) to shareholders.",
		"b.txt": "Mr Brown said two million children will die needlessly. Aid flows would rise by over $50 billion (£27bn). " +
			"TCI said Deutsche Boerse should return $500m (£266m) to shareholders.",
	}, nil)
	places := Group(claims, pub, nil)
	for _, tt := range []struct {
		doc, text string
		disputed  bool
	}{
		{"a.txt", "45 million", false}, {"b.txt", "two million", false},
		{"a.txt", "£26.69bn", false}, {"b.txt", "£27bn", false},
		{"a.txt", "£350m", true}, {"b.txt", "£266m", true},
	} {
		m := claimAt(t, claims, tt.doc, tt.text, 0)
		s := places[m].Suggestion
		if got := s != nil && s.Verdict == factcheck.Disputed; got != tt.disputed {
			t.Errorf("%s %q: suggestion %+v, want disputed %v", tt.doc, tt.text, s, tt.disputed)
		}
	}
}

// TestContentStemsSynonyms: the words news uses by turns for one thing
// are one word of a figure's context ("crop" and "harvest", "stop-gap"
// and "provisional"), others stay apart.
func TestContentStemsSynonyms(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"the sugar crop", "the sugar harvest", true},
		{"a stop-gap budget", "the provisional budget", true},
		{"an interim dividend", "a provisional dividend", true},
		{"the full budget", "the provisional budget", false},
	} {
		a, b := contentStems(map[string]bool{}, words(tt.a)), contentStems(map[string]bool{}, words(tt.b))
		shared := 0
		for w := range a {
			if b[w] && w != stem("budget") && w != stem("sugar") && w != stem("dividend") {
				shared++
			}
		}
		if (shared > 0) != tt.same {
			t.Errorf("%q and %q: %d words shared besides their noun, want them one: %v", tt.a, tt.b, shared, tt.same)
		}
	}
}

// TestEarlierEvent: a sentence that recalls an earlier event of its kind
// sets its figures apart from the story's own.
func TestEarlierEvent(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		want     bool
	}{
		{"Two people were killed in a previous explosion and fire at the plant on March 13.", true},
		{"In an earlier incident, two people were killed in an explosion at the refinery.", true},
		{"It was the second prior fatal crash on the line.", true},
		{"Earlier this week the toll rose to 300.", false},
		{"The previous offer of 18 dlrs a share was raised.", false},
	} {
		if got := earlierEvent(tt.sentence); got != tt.want {
			t.Errorf("earlierEvent(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// TestGroupWeeksApart: a weekly statistic's figures are of their weeks
// ("in the February 16 week", "in the week ended February 23"): the
// levels and the rises of two weeks are two facts, though a sentence
// revising the week before links them.
func TestGroupWeeksApart(t *testing.T) {
	articles := map[string]string{
		"a.txt": "NEW YORK, Feb 26 - U.S. M-1 money supply rose 2.1 billion dlrs to a seasonally adjusted 736.7 billion dlrs in the February 16 week, the Federal Reserve said.",
		"b.txt": "NEW YORK, March 5 - U.S. M-1 money supply rose 1.9 billion dlrs to a seasonally adjusted 738.5 billion dlrs in the week ended February 23, the Federal Reserve said.\n" +
			"The previous week's M-1 level was revised to 736.6 billion dlrs from 736.7 billion dlrs, the Federal Reserve said.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-02-26", "b.txt": "1987-03-05"})
	places := Group(claims, pub, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	if places[at("a.txt", "736.7")].Group == places[at("b.txt", "738.5")].Group {
		t.Error("the levels of the February 16 and February 23 weeks: one group")
	}
	if places[at("a.txt", "2.1")].Group == places[at("b.txt", "1.9")].Group {
		t.Error("the rises of the February 16 and February 23 weeks: one group")
	}
	if weekOf(&claims[at("b.txt", "738.5")]) != "february 23" || weekOf(&claims[at("a.txt", "736.7")]) != "february 16" {
		t.Errorf("weeks %q and %q, want february 23 and february 16", weekOf(&claims[at("b.txt", "738.5")]), weekOf(&claims[at("a.txt", "736.7")]))
	}
}

// TestGroupTwoCountsOfOneArticle: an article that gives two values of
// one thing counted gives two facts, which reports of one of them in
// other articles do not join; but not a figure of another time.
func TestGroupTwoCountsOfOneArticle(t *testing.T) {
	head := "GM STOCK BUYBACK\n    DETROIT, March 3 - "
	articles := map[string]string{
		"a.txt": head + "General Motors said repurchases this year will not exceed 10 mln shares or about three pct of its stock.\n" +
			"    General Motors also said its board authorized the repurchase of as many as five mln shares each of its class E and class H common.\n",
		"b.txt": head + "General Motors said its directors authorized the repurchase of up to 20 pct of its common stock and that it would not repurchase more than ten mln shares this year.\n",
		"c.txt": head + "The General Motors board also authorized the repurchase of up to five mln class E and class H shares.\n",
	}
	claims, pub := parseArticles(t, articles, nil)
	places := Group(claims, pub, nil)
	checkTogether(t, claims, places, []sameGroup{
		{[2]string{"a.txt", "not exceed"}, [2]string{"b.txt", "more than ten"}, true},
		{[2]string{"a.txt", "as many"}, [2]string{"c.txt", "up to five"}, true},
		{[2]string{"a.txt", "not exceed"}, [2]string{"a.txt", "as many"}, false},
	})
}

// TestDollarOfDatelineJoinsUSDollar: a company's results sent from
// Vancouver (read as Canadian dollars) and from Spokane (US dollars) state
// the same sums: one fact each, whichever dollar each dateline gave.
func TestDollarOfDatelineJoinsUSDollar(t *testing.T) {
	articles := map[string]string{
		"a.txt": "PEGASUS GOLD INC &lt;PGULF> 4TH QTR NET\n    VANCOUVER, British Columbia, March 5 -\n    Shr profit 20 cts vs loss two cts\n    Net profit 2,665,000 vs loss 202,000\n    Revs 12,141,000 vs 5,993,000\n    Pegasus Gold Inc said its Zortman mine in Montana produced 80,000 ounces of gold in 1986.\n",
		"b.txt": "PEGASUS GOLD INC 4TH QTR NET\n    SPOKANE, Wash., March 5 -\n    Shr profit 20 cts vs loss two cts\n    Net profit 2,665,000 vs loss 202,000\n    Revs 12.1 mln vs 5,993,000\n    Pegasus Gold Inc said its Zortman mine in Montana produced 80,000 ounces of gold in 1986.\n",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-05", "b.txt": "1987-03-05"})
	places := Group(claims, pub, nil)
	at := func(doc, text string) int { return claimAt(t, claims, doc, text, 0) }
	for _, sum := range []string{"2,665,000", "202,000", "5,993,000"} {
		a, b := at("a.txt", sum), at("b.txt", sum)
		if claims[a].Unit != "CAD" || claims[b].Unit != "USD" {
			t.Fatalf("%s read in %s and %s, want CAD and USD", sum, claims[a].Unit, claims[b].Unit)
		}
		if places[a].Group != places[b].Group {
			t.Errorf("%s from Vancouver and from Spokane: apart, want one sum", sum)
		}
		if places[a].Suggestion != nil || places[b].Suggestion != nil {
			t.Errorf("%s: suggestions %+v, %+v, want none", sum, places[a].Suggestion, places[b].Suggestion)
		}
	}
}

func TestGroupTwoNationsTolls(t *testing.T) {
	articles := map[string]string{
		"a.txt": "BAGHDAD, March 5 - Iraq said its forces crushed a new Iranian offensive near Basra. Abdul-Jabbar Mohsen, chief of the defence ministry political department, said the Iranians had 15,000 casualties.",
		"b.txt": "LONDON, March 11 - An Iranian military commander said Iraqi troops suffered 3,000 casualties in a week-old offensive by Iran's forces in the mountains of northern Iraq.",
		"c.txt": "BAGHDAD, March 11 - The Iranian news agency IRNA said yesterday that Iraqi troops had suffered 3,000 casualties in Iran's week-old offensive in northeast Iraq.",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-05", "b.txt": "1987-03-11", "c.txt": "1987-03-11"})
	names := map[string][]string{}
	for doc, text := range articles {
		names[doc] = NamesOfText(text) // the three one story, as the whole articles make them
	}
	places := Group(claims, pub, names)
	iranian, iraqi, again := claimAt(t, claims, "a.txt", "15,000 casualties", 0), claimAt(t, claims, "b.txt", "3,000 casualties", 0),
		claimAt(t, claims, "c.txt", "3,000 casualties", 0)
	if places[iraqi].Group != places[again].Group {
		t.Errorf("Iraq's 3,000 casualties told twice: apart, want one figure")
	}
	if places[iranian].Group == places[iraqi].Group {
		t.Errorf("Iran's 15,000 casualties joined Iraq's 3,000")
	}
}

// TestGroupTollsOfCountries: a disaster's toll in all countries, its toll
// in one country and its toll of one nation's people are three facts,
// each told again by its own reports.
func TestGroupTollsOfCountries(t *testing.T) {
	articles := map[string]string{
		"a.txt": "Ministers met to discuss aid after the tsunami. The tsunami killed an estimated 150,000 people. About 440 Britons were dead or missing after the tsunami.",
		"b.txt": "Aid for the tsunami was pledged. More than 100,000 people are believed to have been killed in Indonesia by the tsunami. The tsunami killed 140,000 people.",
		"c.txt": "Aid for the tsunami arrived. Some 94,000 people were killed in Indonesia by the tsunami, and the toll of Britons was 440.",
	}
	claims, pub := parseArticles(t, articles, nil)
	places := Group(claims, pub, nil)
	all, all2 := claimAt(t, claims, "a.txt", "an estimated 150,000", 0), claimAt(t, claims, "b.txt", "140,000", 0)
	indonesia, indonesia2 := claimAt(t, claims, "b.txt", "More than 100,000", 0), claimAt(t, claims, "c.txt", "Some 94,000", 0)
	britons := claimAt(t, claims, "a.txt", "About 440 Britons", 0)
	if places[all].Group != places[all2].Group {
		t.Errorf("the toll in all countries told twice: apart")
	}
	if places[indonesia].Group != places[indonesia2].Group {
		t.Errorf("Indonesia's toll told twice: apart")
	}
	if places[all].Group == places[indonesia].Group || places[all].Group == places[britons].Group || places[indonesia].Group == places[britons].Group {
		t.Errorf("tolls of all countries, of Indonesia and of Britons joined: %s %s %s", places[all].Group, places[indonesia].Group, places[britons].Group)
	}
}

// TestGroupHeadlineJoinsLead: a wire headline's figure is its lead's,
// whatever another report's headline of the same words says.
func TestGroupHeadlineJoinsLead(t *testing.T) {
	articles := map[string]string{
		"a.txt": "PHILLIPS &lt;P> RAISES CRUDE 50 CTS/BBL\n    NEW YORK, March 12 - Phillips Petroleum said it raised its crude oil posted prices by 50 cts a barrel, effective today.\n",
		"b.txt": "UNOCAL &lt;UCL> RAISED CRUDE OIL POSTINGS BY 50 CTS/BBL\n    NEW YORK, June 18 - Unocal said it raised its postings for crude oil by 50 cts a barrel, effective June 17.\n",
	}
	claims, pub := parseArticles(t, articles, map[string]string{"a.txt": "1987-03-12", "b.txt": "1987-06-18"})
	places := Group(claims, pub, nil)
	for _, doc := range []string{"a.txt", "b.txt"} {
		head, lead := claimAt(t, claims, doc, "50 CTS", 0), claimAt(t, claims, doc, "50 cts", 0)
		if places[head].Group != places[lead].Group {
			t.Errorf("%s: the headline's 50 cts and its lead's apart (%s, %s)", doc, places[head].Group, places[lead].Group)
		}
	}
}

// TestGroupOuncesAsWritten: extraction gives "oz" and "Mbps" as written;
// the same figure in ounces spelt out, or in "megabit per second" read
// from "megabits a second", is one fact.
func TestGroupOuncesAsWritten(t *testing.T) {
	articles := map[string]string{
		"a.txt": "PERTH, March 9 - Kalgoorlie Gold said its Wiluna mine produced 160,000 oz of gold last year.\n" +
			"Its Wiluna network links run at 40 Mbps.",
		"b.txt": "PERTH, March 10 - Kalgoorlie Gold's Wiluna mine produced 160,000 ounces of gold last year, the company said.\n" +
			"The Wiluna network links run at 40 megabits a second.",
	}
	claims, pub := parseArticles(t, articles, nil)
	checkTogether(t, claims, Group(claims, pub, nil), []sameGroup{
		{[2]string{"a.txt", "160,000 oz"}, [2]string{"b.txt", "160,000 ounces"}, true},
		{[2]string{"a.txt", "40 Mbps"}, [2]string{"b.txt", "40 megabits a second"}, true},
	})
}

// TestGroupGameClocksApart: a game clock's readings of two plays are two
// facts, however near their values; one reading told twice is one.
func TestGroupGameClocksApart(t *testing.T) {
	articles := map[string]string{
		"a.txt": "FARGO, March 24 - Bowman scored 3:23 into the second period for Canisius. Kurth scored with 1:56 left in the second period.",
		"b.txt": "FARGO, March 24 - Bowman's goal came 3:23 into the second period, before Kurth struck with 1:56 left in the period for Minnesota's win over Canisius.",
	}
	claims, pub := parseArticles(t, articles, nil)
	checkTogether(t, claims, Group(claims, pub, nil), []sameGroup{
		{[2]string{"a.txt", "3:23"}, [2]string{"a.txt", "1:56"}, false},
		{[2]string{"a.txt", "3:23"}, [2]string{"b.txt", "1:56"}, false},
	})
}
