package document

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/ledongthuc/pdf"
)

// Bounds on the work decodePDF does, so a hostile file cannot exhaust
// memory or time: the decompressed content read, the operators run and
// the text kept.
const (
	maxPDFPages       = 5000
	maxPageContent    = 16 << 20 // a page with more content is drawings: skipped
	maxPDFContent     = 256 << 20
	maxPDFOperators   = 20_000_000
	maxPDFText        = 16 << 20
	maxPageTreeDepth  = 32
	maxPDFFontEntries = 1 << 16
)

// ErrEncrypted is returned, wrapped, by Decode for an encrypted PDF it
// cannot read: one that needs a password to be opened, or encrypted in a
// way it does not know (AES-256, 40-bit RC4). PDFs encrypted with 128-bit
// RC4 or AES and no password to open them are read.
var ErrEncrypted = errors.New("the document is encrypted")

// ErrTooMuchContent is returned, wrapped, by Decode for a document that
// expands to more than it reads: a Word file with more than 64 MiB of
// XML, a PDF with more than 256 MiB of page content, 20 million drawing
// operators or 16 MiB of text. (A single PDF page with more than 16 MiB
// of content is taken for a drawing and skipped.)
var ErrTooMuchContent = errors.New("the document expands to more than can be read")

// decodePDF reads the text layer of a PDF: each page's text laid out in
// lines, columns in reading order, lines joined into paragraphs, words
// hyphenated at a line end rejoined, and page numbers and running heads
// left out. Metadata comes from the Info dictionary, else from XMP.
func decodePDF(data []byte) (doc *Document, err error) {
	d := &pdfDecoder{}
	defer func() {
		if r := recover(); r != nil {
			doc = nil
			switch e, ok := r.(error); {
			case ok && errors.Is(e, ErrTooMuchContent):
				err = fmt.Errorf("pdf: %w", e)
			case d.encrypted:
				err = fmt.Errorf("pdf: %w: %v", ErrEncrypted, r)
			default:
				err = fmt.Errorf("pdf: %w: %v", ErrDamaged, r)
			}
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	switch {
	case errors.Is(err, pdf.ErrInvalidPassword) || err != nil && strings.Contains(err.Error(), "encryption"):
		return nil, fmt.Errorf("pdf: %w: %v", ErrEncrypted, err)
	case err != nil:
		return nil, fmt.Errorf("pdf: %w: %w", ErrDamaged, err)
	}
	d.encrypted = r.Trailer().Key("Encrypt").Kind() != pdf.Null
	var pages [][]pdfLine
	for i, p := range pdfPageList(r.Trailer().Key("Root").Key("Pages")) {
		pages = append(pages, d.safePageLines(i+1, p))
	}
	text := pdfLayout(pages)
	switch {
	case strings.TrimSpace(text) != "":
	case d.damaged != nil:
		return nil, d.damaged
	default:
		return nil, ErrNoText
	}
	return &Document{Format: factcheck.PDF, Text: text, Meta: pdfMeta(r)}, nil
}

// pdfPageList returns the page dictionaries of the page tree rooted at
// root, in order, walking no deeper than maxPageTreeDepth and visiting at most
// 4×maxPDFPages nodes (a tree with a cycle ends there), and keeping at
// most maxPDFPages.
func pdfPageList(root pdf.Value) []pdf.Value {
	var pages []pdf.Value
	visits := 0
	var walk func(n pdf.Value, depth int)
	walk = func(n pdf.Value, depth int) {
		if visits++; depth > maxPageTreeDepth || len(pages) >= maxPDFPages || visits > 4*maxPDFPages {
			return
		}
		kids := n.Key("Kids")
		if n.Key("Type").Name() == "Page" || kids.Kind() != pdf.Array {
			if n.Key("Contents").Kind() != pdf.Null {
				pages = append(pages, n)
			}
			return
		}
		for i := 0; i < kids.Len() && visits <= 4*maxPDFPages; i++ {
			walk(kids.Index(i), depth+1)
		}
	}
	walk(root, 0)
	return pages
}

// pdfInherited returns the value of key in page or, failing that, in its
// nearest ancestor that has it.
func pdfInherited(page pdf.Value, key string) pdf.Value {
	for i := 0; i < maxPageTreeDepth && !page.IsNull(); i++ {
		if v := page.Key(key); !v.IsNull() {
			return v
		}
		page = page.Key("Parent")
	}
	return pdf.Value{}
}

// A pdfDecoder keeps the counts that bound the work on one document.
type pdfDecoder struct {
	content   int64 // decompressed content bytes read
	operators int
	text      int
	encrypted bool
	damaged   error // the first page that could not be read
}

// safePageLines returns the lines of page number n, or none when the page
// cannot be read, keeping the first such error; ErrTooMuchContent goes
// on up.
func (d *pdfDecoder) safePageLines(n int, page pdf.Value) (lines []pdfLine) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && errors.Is(e, ErrTooMuchContent) {
				panic(e)
			}
			switch {
			case d.damaged != nil:
			case d.encrypted:
				d.damaged = fmt.Errorf("pdf: page %d: %w: %v", n, ErrEncrypted, r)
			default:
				d.damaged = fmt.Errorf("pdf: page %d: damaged: %v", n, r)
			}
			lines = nil
		}
	}()
	return d.pageLines(page)
}

// pdfContentSize returns the decompressed size of a page's content streams,
// reading at most maxPageContent+1 bytes of it.
func pdfContentSize(strm pdf.Value) int64 {
	var rs []io.Reader
	if strm.Kind() == pdf.Array {
		for i := 0; i < strm.Len() && i < 1024; i++ {
			rs = append(rs, strm.Index(i).Reader())
		}
	} else {
		rs = append(rs, strm.Reader())
	}
	n, _ := io.Copy(io.Discard, io.LimitReader(io.MultiReader(rs...), maxPageContent+1))
	return n
}

// A pdfMatrix is a PDF transformation [a b c d e f].
type pdfMatrix [6]float64

var pdfIdentity = pdfMatrix{1, 0, 0, 1, 0, 0}

// mul returns m×n: the transformation m followed by n.
func (m pdfMatrix) mul(n pdfMatrix) pdfMatrix {
	return pdfMatrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// pdfMeta reads the title and author from the document's
// Info dictionary, falling back on its XMP metadata for those it lacks;
// damaged metadata is no metadata.
func pdfMeta(r *pdf.Reader) (m Meta) {
	defer func() {
		if recover() != nil {
			m = Meta{}
		}
	}()
	info := r.Trailer().Key("Info")
	// The file's dates are when the PDF was made (a page printed today, a
	// report exported a month late), not when the article was published:
	// they are not read.
	m = Meta{Metadata: factcheck.Metadata{
		Title:  cleanDocMeta(info.Key("Title").Text()),
		Byline: cleanDocMeta(info.Key("Author").Text()),
	}}
	if m.Title != "" && m.Byline != "" {
		return m
	}
	md := r.Trailer().Key("Root").Key("Metadata")
	if md.Kind() != pdf.Stream {
		return m
	}
	x, err := io.ReadAll(io.LimitReader(md.Reader(), 1<<20))
	if err != nil {
		return m
	}
	title, creator := xmpFields(x)
	m.Title = first(m.Title, cleanDocMeta(title))
	m.Byline = first(m.Byline, cleanDocMeta(creator))
	return m
}

// cleanDocMeta makes a metadata string valid UTF-8 on one line, with no
// control characters or surrounding spaces, and drops the names word
// processors give a file's title ("Microsoft Word - x.docx", "untitled").
func cleanDocMeta(s string) string {
	s = strings.Join(strings.Fields(cleanPDFSpan(s)), " ")
	s = strings.TrimPrefix(s, "Microsoft Word - ")
	switch strings.ToLower(s) {
	case "untitled", "unknown", "anonymous":
		return ""
	}
	return s
}

// pdfFinite reports whether x is a usable coordinate.
func pdfFinite(x float64) bool {
	return !math.IsNaN(x) && !math.IsInf(x, 0) && math.Abs(x) < 1e7
}

// xmpFields returns the dc:title and the dc:creator (several joined by
// ", ") of an XMP packet.
func xmpFields(x []byte) (title, creator string) {
	dec := xml.NewDecoder(bytes.NewReader(x))
	var path []string
	var creators []string
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			path = append(path, t.Name.Local)
		case xml.EndElement:
			if len(path) > 0 {
				path = path[:len(path)-1]
			}
		case xml.CharData:
			s := strings.TrimSpace(string(t))
			if s == "" || len(path) == 0 {
				continue
			}
			switch {
			case slices.Contains(path, "title") && title == "":
				title = s
			case slices.Contains(path, "creator"):
				creators = append(creators, s)
			}
		}
	}
	return title, strings.Join(creators, ", ")
}
