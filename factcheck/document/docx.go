package document

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
)

// maxDOCXXML bounds the uncompressed XML decodeDOCX reads, so a small
// archive cannot expand into gigabytes (a zip bomb).
const maxDOCXXML = 64 << 20

// docxElement reports whether n names a WordprocessingML element, in the
// transitional or the strict namespace, and returns its local name; a
// markup-compatibility fallback (a copy of a text box's content for old
// readers) is reported as "Fallback".
func docxElement(n xml.Name) (string, bool) {
	switch n.Space {
	case "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
		"http://purl.oclc.org/ooxml/wordprocessingml/main":
		return n.Local, true
	case "http://schemas.openxmlformats.org/markup-compatibility/2006":
		return n.Local, n.Local == "Fallback"
	}
	return "", false
}

// docxSkipped are the elements whose text is not the document's: deleted
// and moved-away revisions, field instructions and compatibility
// fallbacks.
var docxSkipped = map[string]bool{
	"del": true, "delText": true, "moveFrom": true, "instrText": true, "Fallback": true,
}

// decodeDOCX reads the body of a Word document: each paragraph, and each
// table cell's paragraph, becomes a paragraph of the text; deleted
// revisions and field instructions are left out. Metadata comes from
// docProps/core.xml.
func decodeDOCX(data []byte) (*Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("docx: %w: %w", ErrDamaged, err)
	}
	files := make(map[string]*zip.File)
	for _, f := range zr.File {
		files[f.Name] = f
	}
	budget := int64(maxDOCXXML)
	body, ok := files[docxMainPart(files, &budget)]
	if !ok {
		return nil, ErrUnsupported
	}
	x, err := readDOCXPart(body, &budget)
	if err != nil {
		return nil, err
	}
	text, err := docxText(x)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, ErrNoText
	}
	doc := &Document{Format: factcheck.DOCX, Text: text}
	if core, ok := files["docProps/core.xml"]; ok {
		if x, err := readDOCXPart(core, &budget); err == nil {
			doc.Meta = docxCoreMeta(x)
		}
	}
	return doc, nil
}

// docxMainPart returns the name of the document's main part, as the
// package relationships in _rels/.rels name it, else word/document.xml.
func docxMainPart(files map[string]*zip.File, budget *int64) string {
	const main = "word/document.xml"
	f, ok := files["_rels/.rels"]
	if !ok {
		return main
	}
	x, err := readDOCXPart(f, budget)
	if err != nil {
		return main
	}
	var rels struct {
		Rel []struct {
			Type   string `xml:",attr"`
			Target string `xml:",attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(x, &rels) != nil {
		return main
	}
	for _, r := range rels.Rel {
		if strings.HasSuffix(r.Type, "/officeDocument") {
			return strings.TrimPrefix(path.Clean("/"+r.Target), "/")
		}
	}
	return main
}

// readDOCXPart returns the contents of f, counting them against budget;
// an error wrapping ErrTooMuchContent when they would exceed it.
func readDOCXPart(f *zip.File, budget *int64) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("docx: %s: %w", f.Name, err)
	}
	defer rc.Close()
	x, err := io.ReadAll(io.LimitReader(rc, *budget+1))
	if err != nil {
		return nil, fmt.Errorf("docx: %s: %w", f.Name, err)
	}
	if *budget -= int64(len(x)); *budget < 0 {
		return nil, fmt.Errorf("docx: %w: more than %d MiB of XML", ErrTooMuchContent, maxDOCXXML>>20)
	}
	return x, nil
}

// docxText returns the paragraphs of word/document.xml separated by
// "\n\n": runs' text joined, tabs as spaces, breaks as newlines.
func docxText(x []byte) (string, error) {
	dec := xml.NewDecoder(bytes.NewReader(x))
	var paras []string
	var p strings.Builder
	skip := 0       // depth inside skipped elements
	inText := false // inside w:t
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, _ := dec.InputPos()
			return "", fmt.Errorf("docx: word/document.xml:%d: %w", line, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name, ok := docxElement(t.Name)
			switch {
			case !ok:
			case docxSkipped[name]:
				skip++
			case name == "t":
				inText = true
			case skip > 0:
			case name == "tab" || name == "ptab":
				p.WriteByte(' ')
			case name == "br" || name == "cr":
				p.WriteByte('\n')
			case name == "noBreakHyphen":
				p.WriteByte('-')
			}
		case xml.EndElement:
			name, ok := docxElement(t.Name)
			switch {
			case !ok:
			case docxSkipped[name]:
				skip = max(skip-1, 0)
			case name == "t":
				inText = false
			case name == "p" && skip == 0:
				if s := strings.TrimSpace(p.String()); s != "" {
					paras = append(paras, s)
				}
				p.Reset()
			}
		case xml.CharData:
			if inText && skip == 0 {
				p.Write(t)
			}
		}
	}
	return strings.Join(paras, "\n\n"), nil
}

// docxCoreMeta reads the title and creator of docProps/core.xml.
func docxCoreMeta(x []byte) Meta {
	// Its dates are when the file was made and saved, not when the
	// article was published: they are not read.
	var core struct {
		Title   string `xml:"http://purl.org/dc/elements/1.1/ title"`
		Creator string `xml:"http://purl.org/dc/elements/1.1/ creator"`
	}
	if err := xml.Unmarshal(x, &core); err != nil {
		return Meta{}
	}
	return Meta{Metadata: factcheck.Metadata{Title: cleanDocMeta(core.Title), Byline: cleanDocMeta(core.Creator)}}
}
