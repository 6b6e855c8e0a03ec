package document_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"os"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/factcheck/extract"
	"github.com/go-pdf/fpdf"
)

// article is a news story written for these tests, dense with numbers.
var article = []string{
	"Harbour town sets record budget as tourism returns",
	"The Harbour Town council approved a budget of $48.2m for 2005 on Monday, up 6.4% from $45.3m last year, after visitor numbers rose to 1.2 million, the highest since 1998.",
	"Council leader Maria Olsen said the increase would pay for 35 extra staff, a new ferry terminal costing $7.5m and repairs to 14 km of coastal road damaged in the storms of October 2004.",
	"Tourism brought in an estimated $112m last summer, against $96m in 2003, according to the regional tourist board, which counted 420,000 overnight stays between June and September.",
	"Hotel occupancy averaged 81% in August, compared with 74% a year earlier, while the number of cruise ships calling at the port doubled from 9 to 18.",
	"Not everyone is pleased. The Ratepayers' Association said household charges would rise by $85 a year, or about 3.1%, and that 2,300 residents had signed a petition against the terminal.",
	"The association's chairman, Peter Lund, said the council had underestimated the cost of the project by at least $2m and that its forecast of 60,000 extra passengers a year was optimistic.",
	"Unemployment in the district fell to 5.8% in December from 7.2% a year before, the lowest rate in a decade, with 640 jobs created in hotels, restaurants and shops.",
	"The council expects to borrow $12m over five years at a fixed rate of 4.75%, leaving its debt at $31m by 2010, or roughly $1,050 for each of the town's 29,500 residents.",
	"Work on the terminal is due to start in April and to take 18 months. About 150 people will be employed during construction, the council said.",
	"A final vote on the borrowing plan is scheduled for 15 March, when at least 11 of the 21 councillors must back it.",
}

// articlePDF lays the article out as a PDF: a larger headline, then
// justified paragraphs over as many pages as they take.
func articlePDF(t *testing.T) []byte {
	f := fpdf.New("P", "pt", "A4", "")
	f.SetMargins(72, 72, 72)
	f.AddPage()
	f.SetFont("Times", "B", 20)
	f.MultiCell(0, 24, article[0], "", "L", false)
	f.Ln(12)
	f.SetFont("Times", "", 12)
	for _, p := range article[1:] {
		f.MultiCell(0, 15, p, "", "J", false)
		f.Ln(8)
	}
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// articleDOCX writes the article as a Word document, one run per
// sentence.
func articleDOCX(t *testing.T) []byte {
	var body strings.Builder
	for _, p := range article {
		body.WriteString("<w:p>")
		for _, s := range strings.SplitAfter(p, ". ") {
			fmt.Fprintf(&body, `<w:r><w:t xml:space="preserve">%s</w:t></w:r>`, html.EscapeString(s))
		}
		body.WriteString("</w:p>")
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>`, body.String())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func readFile(t *testing.T, name string) []byte {
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// claimKey identifies a claim by what it says, not where.
type claimKey struct {
	Text  string
	Kind  factcheck.Kind
	Value factcheck.Value
}

// claimKeys returns the claims of text as a multiset of their text, kind
// and value, dates read in the year of published.
func claimKeys(t *testing.T, text, published string) map[claimKey]int {
	t.Helper()
	a, err := extract.ParseArticle("article.txt", []byte(text), published)
	if err != nil {
		t.Fatal(err)
	}
	keys := make(map[claimKey]int)
	for _, c := range a.Claims {
		keys[claimKey{c.Text, c.Kind, c.Value}]++
	}
	return keys
}

// matched returns how many claims of got are in want (as multisets), and
// how many each holds.
func matched(got, want map[claimKey]int) (match, ng, nw int) {
	for k, n := range got {
		match += min(n, want[k])
		ng += n
	}
	for _, n := range want {
		nw += n
	}
	return match, ng, nw
}

// f1 returns the F1 score of the multiset got against want.
func f1(got, want map[claimKey]int) float64 {
	match, ng, nw := matched(got, want)
	if ng+nw == 0 {
		return 1
	}
	return 2 * float64(match) / float64(ng+nw)
}

func TestDecodedClaimsMatchPlainText(t *testing.T) {
	want := claimKeys(t, strings.Join(article, "\n\n"), "2005-02-14")
	if len(want) < 30 {
		t.Fatalf("the plain text has %d distinct claims, want at least 30", len(want))
	}
	tests := []struct {
		name string
		file string
		data []byte
	}{
		{"pdf", "article.pdf", articlePDF(t)},
		{"docx", "article.docx", articleDOCX(t)},
		{"LibreOffice pdf, two hyphenated columns", "article-2col.pdf", readFile(t, "testdata/article-2col.pdf")},
		{"LibreOffice docx", "article.docx", readFile(t, "testdata/article.docx")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := document.Decode(tt.file, tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if plain := strings.Join(article, "\n\n"); doc.Text != plain {
				t.Errorf("text:\ngot  %q\nwant %q", doc.Text, plain)
			}
			got := claimKeys(t, doc.Text, "2005-02-14")
			score := f1(got, want)
			t.Logf("%s: F1 %.3f over %d distinct claims", tt.name, score, len(want))
			if score < 0.97 {
				t.Errorf("F1 = %.3f, want >= 0.97\ngot  %v\nwant %v", score, got, want)
			}
		})
	}
}

func TestDecodeLibreOfficeMeta(t *testing.T) {
	for _, name := range []string{"testdata/article-2col.pdf", "testdata/article.docx"} {
		doc, err := document.Decode(name, readFile(t, name))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := doc.Meta.Title, article[0]; got != want {
			t.Errorf("%s: title %q, want %q", name, got, want)
		}
		if got, want := doc.Meta.Byline, "Jane Rowe"; got != want {
			t.Errorf("%s: byline %q, want %q", name, got, want)
		}
	}
}
