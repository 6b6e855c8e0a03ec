package main

// The ways an article of any format gets in: a folder of web pages,
// Markdown and text imported with Ctrl+I, the clipboard's text or link
// pasted with Ctrl+V, File › Import from link…, and files dragged onto
// the window from another program.

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/go-pdf/fpdf"
)

// bridgePage is a news site's page: its article, with numbers, among a
// script, a masthead, navigation, a most-read box and a footer that hold
// numbers of their own, and the page's OpenGraph metadata.
const bridgePage = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Tidewater bridge opens to traffic | The Northport Courier</title>
<meta property="og:title" content="Tidewater bridge opens to traffic">
<meta property="og:site_name" content="The Northport Courier">
<meta property="og:url" content="https://www.northportcourier.example/news/2026/05/06/tidewater-bridge-opens">
<meta property="article:published_time" content="2026-05-06T08:30:00+01:00">
<script>window.dataLayer = [{"pageViews": 918273, "adSlots": 6543}];</script>
</head>
<body>
<header><a href="/">The Northport Courier</a> <span>Subscribe for 99p a week</span></header>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/offers">Save 73% on a year</a></li></ul></nav>
<main>
<article>
<h1>Tidewater bridge opens to traffic</h1>
<p class="byline">By Mira Okafor</p>
<p>The Tidewater bridge opened to traffic on Tuesday after four years of building work, at a cost of $612 million, the county council said.</p>
<p>Engineers expect 38,500 vehicles to cross the river each day once the old ferry stops running, and a toll of $3.75 will be charged for each car.</p>
<p>The bridge is 2.4 kilometres long and carries four lanes of road traffic as well as a cycle path on its northern side, which the council says will take pressure off the town centre.</p>
<p>"It has been a long wait for people who commute across the river every morning," said the council leader, who cut the ribbon with the chief engineer in front of a crowd of residents.</p>
</article>
</main>
<aside class="most-read"><h2>Most read</h2><ol><li>House prices up 6.1% in a year</li><li>Striker signs for 14 million pounds</li></ol></aside>
<footer><p>© 2026 The Northport Courier Ltd. Registered company 55512345. Call 0800 246 1357.</p></footer>
</body>
</html>
`

// bridgeMeta is what bridgePage says of itself, as the CSV export's
// columns give it.
var bridgeMeta = row{
	"title":     "Tidewater bridge opens to traffic",
	"outlet":    "The Northport Courier",
	"url":       "https://www.northportcourier.example/news/2026/05/06/tidewater-bridge-opens",
	"published": "2026-05-06",
}

// bridgeFurniture are numbers of bridgePage that are not its article's.
var bridgeFurniture = []string{"918273", "918,273", "6543", "99p", "73%", "6.1%", "14 million", "55512345", "0800", "2026 The Northport"}

// libraryArticle is a Markdown article with its title as a heading.
const libraryArticle = `# Library appeal reaches its target

The Riverside library appeal raised **£84,000** in 9 weeks, its organisers said on Friday.

More than 1,250 people gave money, and the new reading room will open in September.
`

// A formatCase is an article file of one format: the claims its body
// holds (by the start of their text) and numbers of the file that are
// not claims.
type formatCase struct {
	name      string
	data      string
	title     string   // the title the file gives its article
	published string   // the date it gives it, when it does
	claims    []string // claims' texts start so
	furniture []string // no claim's sentence holds these
}

// minutesDOCX is a Word file of a council's minutes: its title in its
// document properties, its text in its main part, and a page header, in
// a part of its own, with numbers that are no claims.
func minutesDOCX(t *testing.T) string {
	t.Helper()
	const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	para := func(text string) string {
		return `<w:p><w:r><w:t xml:space="preserve">` + html.EscapeString(text) + `</w:t></w:r></w:p>`
	}
	parts := []struct{ name, data string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`},
		{"docProps/core.xml", `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
			`xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Council agrees to keep the night buses</dc:title></cp:coreProperties>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document ` + w + `><w:body>` +
			para("Council agrees to keep the night buses") +
			para("The transport committee voted by 7 votes to 2 to keep the night bus routes, which carried 214,000 passengers last year.") +
			para("Keeping them will cost £1.9 million a year, the committee heard.") +
			`</w:body></w:document>`},
		{"word/header1.xml", `<?xml version="1.0" encoding="UTF-8"?><w:hdr ` + w + `>` + para("Draft 31, circulated to 48 members") + `</w:hdr>`},
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, p := range parts {
		f, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(f, p.data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// floodPDF is a three-page report laid out as PDF, its title in its
// document properties, a running head and a page number on each page.
func floodPDF(t *testing.T) string {
	t.Helper()
	f := fpdf.New("P", "pt", "A4", "")
	f.SetTitle("Flood defences finished early", true)
	f.SetCreationDate(time.Date(2026, 2, 17, 9, 0, 0, 0, time.UTC))
	f.SetMargins(72, 72, 72)
	f.SetAutoPageBreak(false, 0)
	cp1252 := f.UnicodeTranslatorFromDescriptor("") // the core fonts' encoding: "£" as one byte
	pages := []string{
		"Work on the flood defences along the Mere finished 5 weeks early, the agency said on Monday.",
		"The new walls protect 1,870 homes and cost £23 million, less than the £26 million first budgeted.",
		"The agency said a flood like that of 2007 would now reach 12 fewer streets.",
	}
	for i, p := range pages {
		f.AddPage()
		f.SetFont("Helvetica", "", 9)
		f.Text(72, 40, "Mere Valley Agency report 4471")
		f.Text(280, 810, fmt.Sprintf("Page %d of %d", i+1, len(pages)))
		f.SetFont("Times", "", 12)
		f.SetXY(72, 72)
		if i == 0 {
			f.SetFont("Times", "B", 20)
			f.MultiCell(0, 24, "Flood defences finished early", "", "L", false)
			f.Ln(12)
			f.SetFont("Times", "", 12)
		}
		f.MultiCell(0, 15, cp1252(p), "", "L", false)
	}
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

var formatCases = []formatCase{
	{name: "tidewater_bridge.html", data: bridgePage, title: bridgeMeta["title"],
		claims: []string{"$612 million", "38,500 vehicles", "$3.75", "2.4 kilometres"}, furniture: bridgeFurniture},
	{name: "library_appeal.md", data: libraryArticle, title: "Library appeal reaches its target",
		claims: []string{"£84,000", "9 weeks", "More than 1,250 people"}, furniture: []string{"**", "#"}},
	{name: "harbour_ferry.txt", data: ferryArticle, title: "Wellington harbour ferry opens", published: "2024-03-04",
		claims: []string{"777 passengers", "25 minutes"}},
	{name: "council_minutes.docx", title: "Council agrees to keep the night buses",
		claims: []string{"7 votes", "214,000 passengers", "£1.9 million"}, furniture: []string{"Draft 31", "48 members"}},
	{name: "flood_report.pdf", title: "Flood defences finished early",
		claims: []string{"5 weeks", "1,870 homes", "£23 million"}, furniture: []string{"4471", "Page 1", "Page 2", "of 3"}},
}

// formatFiles returns the article files of formatCases by name, those
// of the formats that are binary made for t.
func formatFiles(t *testing.T) map[string]string {
	t.Helper()
	files := map[string]string{}
	for _, c := range formatCases {
		files[c.name] = c.data
	}
	files["council_minutes.docx"] = minutesDOCX(t)
	files["flood_report.pdf"] = floodPDF(t)
	return files
}

// Ctrl+I on a folder of a web page, a Markdown file, a text file, a Word
// file, a PDF and a file of no article format: the dialog says what the
// folder holds, Enter imports each article's body claims and none of its
// furniture, with what the page says of itself; the summary's list of
// files names the one passed over; the list of claims names the
// articles by title and outlet.
func TestWindowImportFormats(t *testing.T) {
	s := newSession(t, "16-import-formats")
	dir := filepath.Join(s.dir, "formats")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range formatFiles(t) {
		writeArticle(t, dir, name, data)
	}
	writeArticle(t, dir, "notes.odt", "Minutes of the 42nd meeting: 19 members present.\n")
	s.start("--checker", "Fay Formats")
	s.waitListed(0, s.db, startTimeout)

	m := s.mark()
	s.key("ctrl+i")
	s.waitDialog(m, "Import articles")
	s.replaceText(dir)
	s.waitScreen(screenPathDialog, "this folder holds 5 articles: 1 .docx, 1 .html, 1 .md, 1 .pdf, 1 .txt.", "1 other file will be passed")
	s.shotAs("dialog")
	s.key("Return")
	if st := s.waitImport(m); !strings.HasPrefix(st, "Imported 5 articles") || !strings.Contains(st, "passed over notes.odt (not an article)") {
		t.Errorf("the status after importing %s says %q, want 5 articles imported and 1 file passed over", dir, st)
	}
	// The summary stays above the claims; its "Which files…" lists the
	// files passed over.
	s.waitLog(m, regexp.MustCompile(`^factcheck: summary: Imported 5 articles.*passed over notes\.odt`), stepTimeout)
	m = s.mark()
	s.clickText(screenTop, "Which")
	which := s.waitLog(m, regexp.MustCompile(`^factcheck: dialog: (Imported 5 articles.*passed over notes\.odt.*)$`), stepTimeout)
	s.waitScreen(screenProblem, "passed over /tmp", "formats/notes.odt")
	s.shotAs("passed-over")
	// The dialog is as high as its text: its button is close below it.
	_, text := s.findText(screenProblem, "Files")
	if _, ok := s.findText(screenProblem, "OK"); ok-text > 150 {
		t.Errorf("the dialog's OK button is %d pixels below its last paragraph, want the dialog no higher than its text", ok-text)
	}
	s.key("Return")
	s.waitClosed(m, which[1])

	rows := s.exported(s.db)
	for _, c := range formatCases {
		var mine []row
		for _, r := range rows {
			if r["article"] == c.name {
				mine = append(mine, r)
			}
		}
		for _, want := range c.claims {
			if !slices.ContainsFunc(mine, func(r row) bool { return strings.HasPrefix(r["text"], want) }) {
				t.Errorf("%s: no claim %q among its claims in the database:%s", c.name, want, describeClaims(mine))
			}
		}
		for _, r := range mine {
			for _, f := range c.furniture {
				if strings.Contains(r["sentence"], f) {
					t.Errorf("%s: claim %q is in the sentence %q, which holds the page's furniture %q", c.name, r["text"], r["sentence"], f)
				}
			}
			if r["title"] != c.title {
				t.Errorf("%s: claim %q has the title %q, want %q", c.name, r["text"], r["title"], c.title)
			}
			if c.published != "" && r["published"] != c.published {
				t.Errorf("%s: claim %q was published %q, want %q", c.name, r["text"], r["published"], c.published)
			}
		}
	}
	for _, r := range rows {
		if r["article"] != "tidewater_bridge.html" {
			continue
		}
		for col, want := range bridgeMeta {
			if r[col] != want {
				t.Errorf("tidewater_bridge.html: claim %q: %s %q, want %q", r["text"], col, r[col], want)
			}
		}
	}
	if slices.Contains(articles(rows), "notes.odt") {
		t.Errorf("notes.odt, which is no article, is in the database")
	}

	// The last claims listed are the page's and the Markdown file's: the
	// list names their articles by title, and outlet when known (cut
	// short to fit).
	s.key("End")
	list := s.waitScreen(screenList, "Tidewater bridge opens to traffic (The Northport", "Library appeal reaches its target")
	for _, name := range []string{"tidewater_bridge.html", "library_appeal.md"} {
		if strings.Contains(list, words(name)) {
			t.Errorf("the list names an article by its file name %s; it reads:\n%s", name, list)
		}
	}
	// A search finds the Word file's and the PDF's claims, named by the
	// titles their properties give.
	s.key("ctrl+f")
	s.replaceText("night bus")
	s.waitScreen(screenListTop, "214,000 passengers", "Council agrees to keep the night buses")
	s.replaceText("flood defences")
	s.waitScreen(screenClaim, "5 weeks", "defences finished early") // the hit selected, in the claim panel
}

// describeClaims is rows' claims as a readable list for failure
// messages.
func describeClaims(rows []row) string {
	var b strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&b, "\n  %q in %q", r["text"], r["sentence"])
	}
	if b.Len() == 0 {
		return " none"
	}
	return b.String()
}

// articleServer serves pages at their paths as text/html until the test
// ends, and returns its address.
func articleServer(t *testing.T, pages map[string]string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		page, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// dogShowPage is a page with no canonical link: its article is known by
// the link it was fetched from.
const dogShowPage = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Dog show draws record entry</title>
<meta property="og:title" content="Dog show draws record entry">
<meta property="og:site_name" content="Valley Gazette"></head>
<body><nav><a href="/">Home</a> <a href="/win">Win 500 pounds</a></nav>
<article><h1>Dog show draws record entry</h1>
<p>The county dog show drew 1,342 entries this year, up from 1,105 last year, the organisers said on Sunday.</p>
<p>Judging took 11 hours across 6 rings, and the best in show went to a three-year-old spaniel from a village near the coast.</p>
</article>
<footer>Valley Gazette, 12 Mill Lane. Phone 01632 960 001.</footer></body></html>
`

// waitImport waits for an import to start after mark, and to end, and
// returns what the status bar then says.
func (s *session) waitImport(mark int) string {
	s.t.Helper()
	s.waitDialog(mark, "Importing articles")
	return s.waitLog(mark, regexp.MustCompile(`^factcheck: status: (Imported .*|Import failed.*)$`), importTimeout)[1]
}

// importedFrom returns the claims of the article imported from link,
// waiting for the import started after mark to end.
func (s *session) importedFrom(mark int, link string) []row {
	s.t.Helper()
	if st := s.waitImport(mark); !strings.HasPrefix(st, "Imported 1 article") {
		s.t.Fatalf("the import of %s says %q, want 1 article imported", link, st)
	}
	var mine []row
	for _, r := range s.exported(s.db) {
		if r["url"] == link {
			mine = append(mine, r)
		}
	}
	return mine
}

// checkDogShow checks that rows are dogShowPage's claims, and none of its
// furniture.
func checkDogShow(t *testing.T, link string, rows []row) {
	t.Helper()
	for _, want := range []string{"1,342 entries", "11 hours", "6 rings"} {
		if !slices.ContainsFunc(rows, func(r row) bool { return strings.HasPrefix(r["text"], want) }) {
			t.Errorf("%s: no claim %q among the claims of the article with its URL:%s", link, want, describeClaims(rows))
		}
	}
	for _, r := range rows {
		if r["title"] != "Dog show draws record entry" || r["outlet"] != "Valley Gazette" {
			t.Errorf("%s: claim %q has the title %q and outlet %q, want the page's", link, r["text"], r["title"], r["outlet"])
		}
		for _, f := range []string{"500 pounds", "01632", "12 Mill Lane"} {
			if strings.Contains(r["sentence"], f) {
				t.Errorf("%s: claim %q is in %q, the page's furniture", link, r["text"], r["sentence"])
			}
		}
	}
}

// Ctrl+V on the list with an article's text on the clipboard imports it
// as an article named by its first line; with a link, it fetches the
// page at the link and imports it. With blank text it says there is
// nothing to import; in the search field it pastes into the field.
func TestWindowPaste(t *testing.T) {
	s := newSession(t, "17-paste")
	link := articleServer(t, map[string]string{"/news/dog-show": dogShowPage}) + "/news/dog-show"
	s.start("--checker", "Pia Paste")
	s.waitListed(0, s.db, startTimeout)
	// Blank text on the clipboard: nothing to import, and the status bar
	// says so.
	s.setClipboard(" \n")
	s.click(230, listRowY(0))
	m := s.mark()
	s.key("ctrl+v")
	s.waitLog(m, regexp.MustCompile(`^factcheck: status: The clipboard holds no text to import`), stepTimeout)

	const title = "Riverside school roof repaired"
	s.setClipboard(title + "\n\nThe roof of Riverside school was repaired for £48,500 in 6 weeks over the summer, the council said.\n")
	// In the search field Ctrl+V pastes into the field: the search runs,
	// nothing is imported.
	s.key("ctrl+f")
	s.key("ctrl+v")
	s.waitScreen(screenSearch, "Riverside school roof repaired The roof of", "No claim matches")
	s.barrier()
	if d := otherDialogs(s.app.log.String()[m:], "Commands"); len(d) > 0 {
		t.Fatalf("Ctrl+V in the search field opened %q", d)
	}
	s.key("ctrl+a", "BackSpace")

	s.click(230, listRowY(0))
	m = s.mark()
	s.key("ctrl+v")
	if st := s.waitImport(m); !strings.HasPrefix(st, "Imported 1 article") {
		t.Fatalf("Ctrl+V with an article's text on the clipboard: the status says %q, want 1 article imported", st)
	}
	var pasted []row
	for _, r := range s.exported(s.db) {
		if strings.HasPrefix(r["article"], "pasted ") {
			pasted = append(pasted, r)
		}
	}
	for _, want := range []string{"£48,500", "6 weeks"} {
		if !slices.ContainsFunc(pasted, func(r row) bool { return strings.HasPrefix(r["text"], want) }) {
			t.Errorf("after Ctrl+V with the article's text on the clipboard, no claim %q of a pasted article:%s", want, describeClaims(pasted))
		}
	}
	for _, r := range pasted {
		if r["title"] != title {
			t.Errorf("pasted claim %q of article %s has the title %q, want its first line %q", r["text"], r["article"], r["title"], title)
		}
	}
	s.key("End")
	s.waitScreen(screenList, "£48,500", title)

	s.setClipboard(link)
	m = s.mark()
	s.key("ctrl+v")
	checkDogShow(t, link, s.importedFrom(m, link))
	s.key("End")
	s.waitScreen(screenList, "6 rings", "Dog show draws record entry (Valley Gazette)")
}

// File › Import from link… from the command palette: the link typed,
// Enter fetches the page and imports its article with its link.
func TestWindowImportLink(t *testing.T) {
	s := newSession(t, "18-import-link")
	link := articleServer(t, map[string]string{"/2026/dog-show.html": dogShowPage}) + "/2026/dog-show.html"
	s.start("--checker", "Lin Link")
	s.waitListed(0, s.db, startTimeout)
	m := s.mark()
	s.runCommand("import from link", "Import from a link")
	s.replaceText(link)
	s.key("Return")
	checkDogShow(t, link, s.importedFrom(m, link))
	s.key("End")
	s.waitScreen(screenList, "6 rings", "Dog show draws record entry (Valley Gazette)")
}

// dragSource is the program the scenarios drag files from.
var dragSource = filepath.Join("testdata", "dragsource.py")

// Files of every format dragged from another program's window (as from a
// file manager) and dropped on the list are imported.
func TestWindowDrop(t *testing.T) {
	s := newSession(t, "19-drop")
	article := writeArticle(t, s.dir, "council_vote.txt",
		"Council approves budget\n\nThe city council approved a budget of $48 million on Tuesday by 9 votes to 4.\n")
	dropped := []string{article} // and one article of each format
	if err := os.MkdirAll(filepath.Join(s.dir, "drop"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range formatFiles(t) {
		dropped = append(dropped, writeArticle(t, filepath.Join(s.dir, "drop"), name, data))
	}
	s.start("--checker", "Dora Drop")
	s.waitListed(0, s.db, startTimeout)

	src, err := filepath.Abs(dragSource)
	if err != nil {
		t.Fatal(err)
	}
	out := s.client(src, dropped...)
	for deadline := time.Now().Add(startTimeout); !strings.Contains(out.String(), "dragsource: ready"); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%s showed no window in %v (it needs Python's GTK 3 bindings: scripts/deps --real-window); it said:\n%s", dragSource, startTimeout, out.String())
		}
	}
	wid := strings.Fields(s.xdo("search", "--sync", "--onlyvisible", "--name", "^Drag source$"))[0]
	// Over the app's claim panel, clear of the list.
	s.xdo("windowmove", "--sync", wid, "1000", "560")
	_, _, w, h := s.geometry(wid)
	to := s.pointAt(s.wid, 230, listRowY(3)) // a row of the list
	from := s.pointAt(wid, w/2, h/2)         // the button, where the pointer is

	m := s.mark()
	s.xdo("mousedown", "1")
	// Move in steps, as a hand does: the drag starts once the pointer
	// has moved a few pixels with the button down, and each window under
	// it is told of the moves over it.
	const steps = 12
	for i := 1; i <= steps; i++ {
		x := from[0] + (to[0]-from[0])*i/steps
		y := from[1] + (to[1]-from[1])*i/steps
		s.xdo("mousemove", strconv.Itoa(x), strconv.Itoa(y))
		time.Sleep(30 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond)
	s.xdo("mouseup", "1")
	if st, want := s.waitImport(m), fmt.Sprintf("Imported %d articles", len(dropped)); !strings.HasPrefix(st, want) {
		t.Fatalf("the drop of %q: the status says %q, want %q", dropped, st, want)
	}
	mine := map[string][]string{}
	for _, r := range s.exported(s.db) {
		mine[r["article"]] = append(mine[r["article"]], r["text"])
	}
	wants := map[string]string{"council_vote.txt": "$48 million"}
	for _, c := range formatCases {
		wants[c.name] = c.claims[0]
	}
	for name, want := range wants {
		if !slices.ContainsFunc(mine[name], func(text string) bool { return strings.HasPrefix(text, want) }) {
			t.Errorf("after the drop, the claims of %s in the database: %q, want %q among them", name, mine[name], want)
		}
	}
	// The dropped text file's claims, found by its name, are listed by its title.
	s.key("ctrl+f")
	s.typeText("council_vote")
	s.waitScreen(screenList, "Council approves budget")
}

// Claim › Article details: the checker gives the first sample article a
// title and a publication date; the title names it in the list and the
// CSV, and its dates take the year of the new date.
func TestWindowArticleDetails(t *testing.T) {
	s := newSession(t, "20-article-details")
	s.start("--checker", "Ada Details")
	s.waitListed(0, s.db, startTimeout)
	s.waitGrouped(0) // the details need the articles' labels, read with the groups
	const doc = "000_4ee9da4ced806d5c.txt"
	if rows := s.exported(s.db); articleOf(rows, "1") != doc || rowOf(rows, "1")["value"] != "XXXX-11-03" {
		t.Fatalf("the first claim is %q of %s: the test expects November 3 of %s, year unknown", rowOf(rows, "1")["value"], articleOf(rows, "1"), doc)
	}
	m := s.mark()
	s.runCommand("article details", "Article details: "+doc)
	s.replaceText("Blinken heads back to the Middle East")
	for range 4 { // outlet, byline, link, published
		s.key("Tab")
	}
	s.replaceText("2023-11-02")
	s.key("Return")
	s.waitLog(m, regexp.MustCompile(`^factcheck: status: Saved the details of .*dates were read again`), importTimeout)
	rows := s.exported(s.db)
	first := rowOf(rows, "1")
	if first["title"] != "Blinken heads back to the Middle East" || first["published"] != "2023-11-02" || first["value"] != "2023-11-03" {
		t.Errorf("claim 1 after the edit: title %q, published %q, value %q; want the new title and date, and 2023-11-03",
			first["title"], first["published"], first["value"])
	}
	s.waitScreen(screenList, "Blinken heads back to the Middle East")
}
