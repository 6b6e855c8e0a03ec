package document

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factcheck/factcheck/factcheck"
)

// zipOf returns a ZIP archive holding files, name to contents.
func zipOf(t testing.TB, files map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, body := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// wordDoc returns word/document.xml with body inside w:body.
func wordDoc(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` + body + `</w:body></w:document>`
}

// docxOf returns a Word document with body and, unless empty, core.
func docxOf(t testing.TB, body, core string) []byte {
	files := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"word/document.xml":   wordDoc(body),
	}
	if core != "" {
		files["docProps/core.xml"] = core
	}
	return zipOf(t, files)
}

// para returns a paragraph of one run per text.
func para(texts ...string) string {
	var b strings.Builder
	b.WriteString("<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr>")
	for _, s := range texts {
		b.WriteString(`<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">` + s + `</w:t></w:r>`)
	}
	b.WriteString("</w:p>")
	return b.String()
}

func TestDecodeDOCX(t *testing.T) {
	tests := []struct {
		name string
		body string
		want string
	}{
		{"paragraphs", para("Fares rose ", "by 4%.") + para("Ridership fell 2%."), "Fares rose by 4%.\n\nRidership fell 2%."},
		{"empty paragraphs", para("One.") + "<w:p/>" + para(" ") + para("Two."), "One.\n\nTwo."},
		{"tab and break", `<w:p><w:r><w:t>Total</w:t><w:tab/><w:t>$4m</w:t><w:br/><w:t>in 2005</w:t></w:r></w:p>`, "Total $4m\nin 2005"},
		{"table cells", `<w:tbl><w:tr><w:tc>` + para("Year") + `</w:tc><w:tc>` + para("2004") + `</w:tc></w:tr></w:tbl>`, "Year\n\n2004"},
		{"deleted and inserted", `<w:p><w:r><w:t xml:space="preserve">Costs of </w:t></w:r><w:del><w:r><w:delText>$3m</w:delText></w:r></w:del><w:ins><w:r><w:t>$5m</w:t></w:r></w:ins></w:p>`, "Costs of $5m"},
		{"field instructions", `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`, "7"},
		{"text box fallback", `<w:p><w:r><mc:AlternateContent><mc:Choice><w:t>Box</w:t></mc:Choice><mc:Fallback><w:t>Box</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>`, "Box"},
		{"non-breaking hyphen and entities", `<w:p><w:r><w:t>year</w:t><w:noBreakHyphen/><w:t>on</w:t><w:noBreakHyphen/><w:t>year &amp; 5 &lt; 6</w:t></w:r></w:p>`, "year-on-year & 5 < 6"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Decode("a.docx", docxOf(t, tt.body, ""))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != tt.want {
				t.Errorf("got %q, want %q", doc.Text, tt.want)
			}
		})
	}
}

func TestDecodeDOCXMainPart(t *testing.T) {
	rels := `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document2.xml"/></Relationships>`
	data := zipOf(t, map[string]string{
		"_rels/.rels":        rels,
		"word/document2.xml": wordDoc(para("Turnout was 64%.")),
	})
	doc, err := Decode("a.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := doc.Text, "Turnout was 64%."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestDecodeDOCXMeta(t *testing.T) {
	core := func(fields string) string {
		return `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` + fields + `</cp:coreProperties>`
	}
	tests := []struct {
		name string
		core string
		want Meta
	}{
		{"all", core(`<dc:title>Fares rise</dc:title><dc:creator>Jane Rowe</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2005-02-14T10:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2005-03-01T10:00:00Z</dcterms:modified>`),
			Meta{Metadata: factcheck.Metadata{Title: "Fares rise", Byline: "Jane Rowe"}}},
		{"dates are the file's, not the article's", core(`<dc:title> </dc:title><dcterms:modified>2005-03-01T10:00:00Z</dcterms:modified>`), Meta{}},
		{"bad date", core(`<dcterms:created>2005-13-45</dcterms:created>`), Meta{}},
		{"not XML", "<<", Meta{}},
		{"none", "", Meta{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Decode("a.docx", docxOf(t, para("Text."), tt.core))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Meta != tt.want || doc.Format != factcheck.DOCX {
				t.Errorf("got %v %+v, want %v %+v", doc.Format, doc.Meta, factcheck.DOCX, tt.want)
			}
		})
	}
}

func TestDecodeDOCXErrors(t *testing.T) {
	var bomb bytes.Buffer
	zw := zip.NewWriter(&bomb)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(wordDoc("")[:100]))
	space := bytes.Repeat([]byte(" "), 1<<20)
	for range maxDOCXXML>>20 + 1 {
		w.Write(space)
	}
	zw.Close()
	tests := []struct {
		name string
		in   []byte
		want error // nil: any error
	}{
		{"zip without a document", zipOf(t, map[string]string{"mimetype": "application/epub+zip"}), ErrUnsupported},
		{"damaged zip", []byte("PK\x03\x04 not really"), zip.ErrFormat},
		{"empty document", docxOf(t, "<w:p/>", ""), ErrNoText},
		{"bad XML", zipOf(t, map[string]string{"word/document.xml": wordDoc("<w:p>")}), nil},
		{"zip bomb", bomb.Bytes(), ErrTooMuchContent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode("a.docx", tt.in)
			if err == nil || (tt.want != nil && !errors.Is(err, tt.want)) {
				t.Errorf("got error %v, want %v", err, tt.want)
			}
		})
	}
}

func FuzzDecodeDOCX(f *testing.F) {
	f.Add(docxOf(f, para("Fares rose ", "by 4%.")+`<w:tbl><w:tr><w:tc>`+para("2004")+`</w:tc></w:tr></w:tbl>`, ""))
	f.Add([]byte(wordDoc(para("x"))))
	if data, err := os.ReadFile("testdata/article.docx"); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := decodeDOCX(data)
		if err == nil && !utf8.ValidString(doc.Text+doc.Meta.Title+doc.Meta.Byline) {
			t.Errorf("invalid UTF-8 in %q", doc.Text)
		}
	})
}
