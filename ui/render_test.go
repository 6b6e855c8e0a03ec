package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/factcheck/factcheck/factcheck"
)

// goldenClaim is a claim written out by hand, so that the reference
// images do not change with the extractor.
func goldenClaim(text string, kind factcheck.Kind, value float64, verdict factcheck.Verdict, suggest bool) *factcheck.Record {
	c := &factcheck.Record{ID: 1, ArticleID: 1, Claim: factcheck.Claim{
		Doc: "gaza-health-ministry.txt", Text: text, Kind: kind, Value: factcheck.Value{Num: value},
		Qualifier: factcheck.LowerBound, Subject: "people",
		Sentence: "Israeli bombings killed " + text + ", including nearly 4,000 children.",
	}}
	c.Start = len("Israeli bombings killed ")
	c.End = c.Start + len(text)
	c.State = factcheck.State{Verdict: verdict, Checker: "Ana Duarte"}
	if suggest {
		c.Suggestion = &factcheck.Suggestion{Verdict: factcheck.Superseded, By: &factcheck.Ref{Doc: "later.txt", Start: 10}}
	}
	return c
}

func TestRenderClaimRows(t *testing.T) {
	test.NewTempApp(t)
	claims := []*factcheck.Record{
		goldenClaim("more than 9,000 people", factcheck.Count, 9000, factcheck.Unruled, true),
		goldenClaim("76 Palestinian patients", factcheck.Count, 76, factcheck.Verified, false),
		goldenClaim("35 per cent", factcheck.Percent, 35, factcheck.Disputed, false),
		goldenClaim("a month", factcheck.Duration, 1, factcheck.Superseded, false),
		goldenClaim("sixth visit", factcheck.Ordinal, 6, factcheck.Unverifiable, false), // the widest label
	}
	box := container.NewVBox()
	for _, c := range claims {
		row := newClaimRow()
		row.set(c, c.Doc)
		box.Add(row)
	}
	w := test.NewTempWindow(t, box)
	w.Resize(fyne.NewSize(480, 320))
	test.AssertImageMatches(t, "claim_rows.png", w.Canvas().Capture())
}

func TestRenderClaimPanel(t *testing.T) {
	test.NewTempApp(t)
	p := &claimPanel{}
	w := test.NewTempWindow(t, p.build())
	w.Resize(fyne.NewSize(480, 520))
	c := goldenClaim("more than 9,000 people", factcheck.Count, 9000, factcheck.Unruled, false)
	article := "Gaza toll rises\n\nThe war began on 7 October.\n\n" + c.Sentence + "\n\nAid groups say it is not enough.\n"
	c.SentenceStart = len("Gaza toll rises\n\nThe war began on 7 October.\n\n")
	c.Start += c.SentenceStart
	c.End += c.SentenceStart
	p.show(c, c.Doc, "2023-11-03")
	p.showArticle(c, article)
	test.AssertImageMatches(t, "claim_panel.png", w.Canvas().Capture())
}

// TestClaimRowCutsLongDetails checks that a row's details stop, with an
// ellipsis, before its suggestion, however long the article's title.
func TestClaimRowCutsLongDetails(t *testing.T) {
	test.NewTempApp(t)
	c := goldenClaim("18 dlrs", factcheck.Money, 18, factcheck.Unruled, true)
	row := newClaimRow()
	row.set(c, "OPEC raises its reference price for crude oil to 21 dlrs a barrel from 18 dlrs")
	w := test.NewTempWindow(t, row)
	w.Resize(fyne.NewSize(420, 80))
	meta, sugg := row.meta, row.suggestion
	if !strings.HasSuffix(meta.Text, "…") {
		t.Fatalf("details = %q, want them cut with an ellipsis", meta.Text)
	}
	metaEnd := meta.Position().X + fyne.MeasureText(meta.Text, meta.TextSize, meta.TextStyle).Width
	if suggStart := sugg.Position().X + sugg.Size().Width - sugg.MinSize().Width; metaEnd > suggStart {
		t.Errorf("details end at %.0f, past the suggestion's start at %.0f", metaEnd, suggStart)
	}
	w.Resize(fyne.NewSize(1400, 80))
	if strings.HasSuffix(meta.Text, "…") {
		t.Errorf("details in a wide row = %q, want them whole", meta.Text)
	}
}

// TestStatusBarGivesTheMessageTheRoom checks that the status bar gives
// the message what the right side (checker, database) does not need, and
// the right side no more than 45% of the bar.
func TestStatusBarGivesTheMessageTheRoom(t *testing.T) {
	test.NewTempApp(t)
	status, where := widget.NewLabel("Imported 28 articles with 380 claims"), widget.NewLabel("Checker: Ana · a.db")
	bar := container.New(&statusBarLayout{where: where}, status, where)
	bar.Resize(fyne.NewSize(1280, 40))
	if w := status.Size().Width; w < 0.8*1280 {
		t.Errorf("with a short right side the message has %.0f of 1280", w)
	}
	where.SetText("Checker: Ana · /a/very/long/path/to/a/review/database/somewhere/deep/down/in/the/tree/review.db")
	bar.Refresh()
	if w := where.Size().Width; w > 0.45*1280+1 {
		t.Errorf("a long right side takes %.0f of 1280", w)
	}
}

// TestParagraphsOfWrappedText checks that the lines of wire copy wrapped
// at a fixed width make one paragraph until an indented or blank line,
// and that a text of long lines keeps a paragraph a line.
func TestParagraphsOfWrappedText(t *testing.T) {
	wire := "FED SEEN BUYING DOLLARS FOR YEN\n" +
		"    NEW YORK, April 9 - The Federal Reserve was detected buying\n" +
		"dollars for yen in the open market as the dollar fell to a\n" +
		"40-year low of 144.60 yen in nervous late morning trading,\n" +
		"currency dealers said.\n" +
		"    A Fed spokeswoman had no comment on the dealer reports.\n\n" +
		" Reuter\n"
	var got []string
	for _, p := range paragraphs(wire) {
		got = append(got, strings.ReplaceAll(wire[p[0]:p[1]], "\n", "|"))
	}
	want := []string{
		"FED SEEN BUYING DOLLARS FOR YEN",
		"    NEW YORK, April 9 - The Federal Reserve was detected buying|dollars for yen in the open market as the dollar fell to a|40-year low of 144.60 yen in nervous late morning trading,|currency dealers said.",
		"    A Fed spokeswoman had no comment on the dealer reports.",
		" Reuter",
	}
	if !slices.Equal(got, want) {
		t.Errorf("wire copy's paragraphs:\n%q\nwant\n%q", got, want)
	}
	web := "Gaza toll rises\nThe health ministry in Gaza said on Sunday that more than 9,000 people had been killed since 7 October.\nAid groups say it is not enough, and the crossing stays closed to most trucks.\n"
	if n := len(paragraphs(web)); n != 3 {
		t.Errorf("a web article of long lines: %d paragraphs, want a line each (3)", n)
	}
}

// TestWrappedClaimReadsOnOneLine checks that a claim of wire copy that
// runs over a wrapped line ("13.90\ndlrs") reads on one line in its row
// and as the claim panel's title.
func TestWrappedClaimReadsOnOneLine(t *testing.T) {
	test.NewTempApp(t)
	c := goldenClaim("13.90\ndlrs", factcheck.Money, 13.9, factcheck.Unruled, false)
	row := newClaimRow()
	row.set(c, c.Doc)
	p := &claimPanel{}
	test.NewTempWindow(t, p.build())
	p.show(c, c.Doc, "")
	if row.text.Text != "13.90 dlrs" || p.title.Text != "13.90 dlrs" {
		t.Errorf("row %q, title %q; want both %q", row.text.Text, p.title.Text, "13.90 dlrs")
	}
}
