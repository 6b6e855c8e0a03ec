package document

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/go-pdf/fpdf"
)

// newPDF returns an A4 document measured in points, in 11-point Helvetica.
func newPDF() *fpdf.Fpdf {
	f := fpdf.New("P", "pt", "A4", "")
	f.SetFont("Helvetica", "", 11)
	f.SetCreationDate(time.Date(2005, 2, 14, 10, 0, 0, 0, time.UTC))
	return f
}

// pdfBytes returns the document f makes, failing t if it cannot.
func pdfBytes(t testing.TB, f *fpdf.Fpdf) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// paragraphs writes paras with MultiCell, justified, in a column w points
// wide at x, starting at y, with half a line between paragraphs.
func paragraphs(f *fpdf.Fpdf, x, y, w float64, paras ...string) {
	f.SetLeftMargin(x)
	f.SetXY(x, y)
	for _, p := range paras {
		f.MultiCell(w, 14, p, "", "J", false)
		f.Ln(8)
	}
}

// lines writes each line with Text at x, from baseline y down, 14 points apart.
func lines(f *fpdf.Fpdf, x, y float64, ls ...string) {
	for i, l := range ls {
		f.Text(x, y+14*float64(i), l)
	}
}

const (
	para1 = "The council said on Tuesday that its budget for 2005 would rise by 4.5% to $12.3m, the first increase in three years, after a review of 1,200 contracts."
	para2 = "Officials expect the new depot to open in March and to employ 85 people, against 60 at the old site, which closed in 2003 after a fire."
	para3 = "Bus fares will stay at $1.20 for adults, while a weekly pass falls from $15 to $14, a cut of 6.7%, the transport committee confirmed."
	para4 = "Opposition members called the plan a gamble and asked for an audit of the 18 projects it funds before the vote on 28 February."
)

func TestDecodePDF(t *testing.T) {
	tests := []struct {
		name string
		make func(f *fpdf.Fpdf)
		want string
	}{{
		name: "paragraphs",
		make: func(f *fpdf.Fpdf) {
			f.AddPage()
			paragraphs(f, 72, 72, 300, para1, para2)
		},
		want: para1 + "\n\n" + para2,
	}, {
		name: "hyphens at line ends",
		make: func(f *fpdf.Fpdf) {
			f.AddPage()
			lines(f, 72, 100,
				"The govern-",
				"ment said the well-known survey of 2004-",
				"05 found mid-",
				"1990s levels, and a well-",
				"known rise of 3 -",
				"or 4 points in a five-",
				"year plan, seven-",
				"teen in all, and six-",
				"ty in one-",
				"third of them, the second-",
				"highest share.")
		},
		want: "The government said the well-known survey of 2004-05 found mid-1990s levels, and a well-known rise of 3 - or 4 points in a five-year plan, seventeen in all, and sixty in one-third of them, the second-highest share.",
	}, {
		name: "two columns, one after the other",
		make: func(f *fpdf.Fpdf) {
			f.AddPage()
			paragraphs(f, 50, 72, 230, para1, para3)
			paragraphs(f, 310, 72, 230, para2, para4)
		},
		want: para1 + "\n\n" + para3 + "\n\n" + para2 + "\n\n" + para4,
	}, {
		name: "two columns, row by row",
		make: func(f *fpdf.Fpdf) {
			f.AddPage()
			f.SetFontSize(18)
			f.Text(50, 60, "Council budget rises for the first time in years")
			f.SetFontSize(11)
			left := []string{"The council said its", "budget would rise by", "4.5% to $12.3m in", "2005, the first rise", "in three years."}
			right := []string{"Bus fares will stay", "at $1.20, while a", "weekly pass falls", "from $15 to $14, a", "cut of 6.7%."}
			for i := range left {
				f.Text(50, 100+14*float64(i), left[i])
				f.Text(310, 100+14*float64(i), right[i])
			}
		},
		want: "Council budget rises for the first time in years\n\n" +
			"The council said its budget would rise by 4.5% to $12.3m in 2005, the first rise in three years.\n\n" +
			"Bus fares will stay at $1.20, while a weekly pass falls from $15 to $14, a cut of 6.7%.",
	}, {
		name: "page numbers and running heads",
		make: func(f *fpdf.Fpdf) {
			for i, p := range []string{para1, para2, para3, para4} {
				f.AddPage()
				lines(f, 72, 40, "The Riverside Gazette, 14 February 2005")
				paragraphs(f, 72, 100, 450, p)
				lines(f, 290, 800, fmt.Sprint(i+1))
			}
		},
		want: para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" + para4,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newPDF()
			tt.make(f)
			doc, err := Decode("a.pdf", pdfBytes(t, f))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != tt.want {
				t.Errorf("text:\ngot  %q\nwant %q", doc.Text, tt.want)
			}
		})
	}
}

func TestDecodePDFMeta(t *testing.T) {
	f := newPDF()
	f.SetTitle("Council budget rises", true)
	f.SetAuthor("Jane Rowe", true)
	f.AddPage()
	paragraphs(f, 72, 72, 450, para1)
	doc, err := Decode("a.pdf", pdfBytes(t, f))
	if err != nil {
		t.Fatal(err)
	}
	want := Meta{Metadata: factcheck.Metadata{Title: "Council budget rises", Byline: "Jane Rowe"}}
	if doc.Meta != want || doc.Format != factcheck.PDF {
		t.Errorf("got %v %+v, want %v %+v", doc.Format, doc.Meta, factcheck.PDF, want)
	}
}

// rawPDF returns a PDF of the objects objs, numbered from 1, the first
// being the catalog; a []byte object is a stream, compressed.
func rawPDF(t testing.TB, objs ...any) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n", i+1)
		switch o := o.(type) {
		case string:
			b.WriteString(o)
		case []byte:
			var z bytes.Buffer
			zw := zlib.NewWriter(&z)
			zw.Write(o)
			zw.Close()
			fmt.Fprintf(&b, "<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", z.Len(), z.Bytes())
		}
		b.WriteString("\nendobj\n")
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// toUnicode maps the codes 1 to 8 to "Rose 45%".
const toUnicode = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Test def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
8 beginbfchar
<0001> <0052>
<0002> <006F>
<0003> <0073>
<0004> <0065>
<0005> <0020>
<0006> <0034>
<0007> <0035>
<0008> <0025>
endbfchar
endcmap
CMapName currentdict /CMap defineresource pop
end
end`

const helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"

func TestDecodeRawPDF(t *testing.T) {
	tests := []struct {
		name string
		objs []any
		want string
	}{{
		name: "text in a form",
		objs: []any{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /X1 5 0 R >> >> >>",
			[]byte("q 1 0 0 1 72 700 cm /X1 Do Q"),
			"<< /Type /XObject /Subtype /Form /BBox [0 0 400 100] /Resources << /Font << /F1 6 0 R >> >> /Length 49 >>\nstream\nBT /F1 12 Tf 0 0 Td (Turnout was 64%.) Tj ET      \nendstream",
			helvetica,
		},
		want: "Turnout was 64%.",
	}, {
		name: "inherited resources, TJ spacing",
		objs: []any{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 /Resources << /Font << /F1 5 0 R >> >> >>",
			"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
			[]byte("BT /F1 12 Tf 72 700 Td [(Sales)-300(rose)-20(4)] TJ 0 -14 Td [(per cent.)] TJ ET"),
			helvetica,
		},
		want: "Sales rose4 per cent.",
	}, {
		name: "composite font with widths and a ToUnicode map",
		objs: []any{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
			// "Rose" is 27.348 points wide: "s 45%" follows it without a gap.
			[]byte("BT /F1 12 Tf 72 700 Td <0001000200030004> Tj ET BT /F1 12 Tf 99.4 700 Td <00030005000600070008> Tj ET"),
			"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Serif /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
			"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Serif /DW 1000 /W [1 [667 556 500 556] 5 8 556] >>",
			[]byte(toUnicode),
		},
		want: "Roses 45%",
	}, {
		name: "a damaged page among good ones",
		objs: []any{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 /Resources << /Font << /F1 5 0 R >> >> >>",
			"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
			[]byte("BT /F1 12 Tf 72 700 Td (Page one.) Tj ET"),
			helvetica,
			"<< /Type /Page /Parent 2 0 R /Contents 7 0 R >>",
			"<< /Length 5 /Filter /Bogus >>\nstream\nxxxxx\nendstream",
		},
		want: "Page one.",
	}, {
		name: "word spaces made by character and word spacing",
		objs: []any{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
			// "W" ends at 81.44, "e" at 87, and 3 points of character
			// spacing put "h" at 90 to 95.56; word spacing of -2.5 closes
			// up the space (2.78 points) in "av e".
			[]byte("BT /F1 10 Tf 72 700 Td (W) Tj 3 Tc (eh) Tj ET BT /F1 10 Tf 95.56 700 Td 0 Tc -2.5 Tw (av e) Tj ET"),
			helvetica,
		},
		want: "We have",
	}, {
		name: "next-line operators",
		objs: []any{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
			[]byte("BT /F1 12 Tf 14 TL 72 700 Td (Prices rose) Tj T* (by 3%) Tj (in) ' 1 0 (May.) \" ET"),
			helvetica,
		},
		want: "Prices rose by 3% in May.",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Decode("a.pdf", rawPDF(t, tt.objs...))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != tt.want {
				t.Errorf("got %q, want %q", doc.Text, tt.want)
			}
		})
	}
}

func TestDecodePDFXMP(t *testing.T) {
	xmp := `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreateDate="2005-02-14T10:00:00Z">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Harbour budget</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>Jane Rowe</rdf:li><rdf:li>Peter Lund</rdf:li></rdf:Seq></dc:creator>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`
	data := rawPDF(t,
		"<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		[]byte("BT /F1 12 Tf 72 700 Td (Text.) Tj ET"),
		helvetica,
		[]byte(xmp),
	)
	doc, err := Decode("a.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	want := Meta{Metadata: factcheck.Metadata{Title: "Harbour budget", Byline: "Jane Rowe, Peter Lund"}}
	if doc.Meta != want {
		t.Errorf("got %+v, want %+v", doc.Meta, want)
	}
}

func TestDecodePDFErrors(t *testing.T) {
	drawing := newPDF()
	drawing.AddPage()
	drawing.Rect(100, 100, 200, 100, "F")
	good := pdfBytes(t, newPDF4(t))
	locked := newPDF4(t)
	locked.SetProtection(0, "secret", "owner")
	rc40 := newPDF4(t) // no password to open it, but 40-bit RC4
	rc40.SetProtection(0, "", "owner")
	huge := bytes.Repeat([]byte("q Q "), maxPageContent/4+1)
	tests := []struct {
		name string
		in   []byte
		want error // nil: any error but ErrNoText
	}{
		{"no text", pdfBytes(t, drawing), ErrNoText},
		{"password", pdfBytes(t, locked), ErrEncrypted},
		{"40-bit encryption", pdfBytes(t, rc40), ErrEncrypted},
		{"page too large to read", rawPDF(t,
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
			append(huge, "BT /F1 12 Tf (Hidden) Tj ET"...),
		), ErrNoText},
		{"every page damaged", rawPDF(t,
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
			"<< /Length 5 /Filter /Bogus >>\nstream\nxxxxx\nendstream",
		), nil},
		{"page tree with a cycle", rawPDF(t,
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [2 0 R 2 0 R 3 0 R] /Count 3 >>",
			"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
		), ErrNoText},
		{"header only", []byte("%PDF-1.4\n"), nil},
		{"truncated", good[:len(good)/2], nil},
		{"garbage body", append([]byte("%PDF-1.7\n"), bytes.Repeat([]byte("<< /Type /Page /Kids [1 0 R] >> obj"), 50)...), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode("a.pdf", tt.in)
			if err == nil || (tt.want != nil && !errors.Is(err, tt.want)) || (tt.want == nil && errors.Is(err, ErrNoText)) {
				t.Errorf("got error %v, want %v", err, tt.want)
			}
		})
	}
}

// newPDF4 returns a one-page document with one paragraph.
func newPDF4(t testing.TB) *fpdf.Fpdf {
	f := newPDF()
	f.AddPage()
	paragraphs(f, 72, 72, 450, para4)
	return f
}

// hundredPages returns a 100-page document of justified paragraphs.
func hundredPages(t testing.TB) []byte {
	f := newPDF()
	paras := []string{para1, para2, para3, para4}
	for p := range 100 {
		f.AddPage()
		f.SetY(72)
		for i := range 12 {
			f.MultiCell(450, 14, paras[(p+i)%4], "", "J", false)
			f.Ln(8)
		}
	}
	return pdfBytes(t, f)
}

func TestDecodePDF100Pages(t *testing.T) {
	data := hundredPages(t)
	start := time.Now()
	doc, err := Decode("long.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	if got, want := strings.Count(doc.Text, "\n\n")+1, 1200; got != want {
		t.Errorf("got %d paragraphs, want %d", got, want)
	}
	if elapsed > 5*time.Second {
		t.Errorf("decoding 100 pages took %v, want under 5s", elapsed)
	}
}

func BenchmarkDecodePDF100(b *testing.B) {
	data := hundredPages(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode("long.pdf", data); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzDecodePDF(f *testing.F) {
	f.Add(pdfBytes(f, newPDF4(f)))
	f.Add([]byte("%PDF-1.4\n"))
	if data, err := os.ReadFile("testdata/article-2col.pdf"); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := decodePDF(data)
		if err == nil && !utf8.ValidString(doc.Text+doc.Meta.Title+doc.Meta.Byline) {
			t.Errorf("invalid UTF-8 in %q", doc.Text)
		}
	})
}
