// Package document turns the files a newsroom receives (web pages, PDFs,
// Word files, Markdown) into the text a checker reads and the metadata the
// file states about itself: title, outlet, byline, publication date and
// canonical URL.
//
// Decode returns the text claims are found in: UTF-8, paragraphs separated
// by one blank line, with no markup, scripts or page furniture. Offsets of
// claims point into that text; the caller keeps the original bytes beside
// it. Plain text files are the extractor's to decode (package extract reads
// UTF-8, UTF-16 and Windows-1252): Decode leaves them alone.
package document

import (
	"bytes"
	"errors"
	"path"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
)

// A Document is a file decoded to its article's text and metadata.
type Document struct {
	Format factcheck.Format
	Text   string // UTF-8, paragraphs separated by "\n\n"; the title is not repeated in it unless the file's body repeats it
	Meta   Meta
}

// Meta is what a document says about itself; an empty field is unknown.
type Meta struct {
	factcheck.Metadata        // title, outlet, byline, canonical URL
	Published          string // publication date, YYYY-MM-DD
}

// ErrUnsupported is returned by Decode for a file of no format it reads.
var ErrUnsupported = errors.New("unsupported file type")

// ErrDamaged is returned by Decode for a PDF or Word file that cannot be
// read as one: damaged, or not what its name says (a .pdf of another
// format).
var ErrDamaged = errors.New("damaged, or not what its name says")

// ErrNoText is returned by Decode for a document that holds no text to
// read (a scanned PDF, an empty page).
var ErrNoText = errors.New("no text in the document")

// extensions maps lower-case file extensions to formats.
var extensions = map[string]factcheck.Format{
	".txt":      factcheck.Text,
	".text":     factcheck.Text,
	".html":     factcheck.HTML,
	".htm":      factcheck.HTML,
	".xhtml":    factcheck.HTML,
	".pdf":      factcheck.PDF,
	".docx":     factcheck.DOCX,
	".md":       factcheck.Markdown,
	".markdown": factcheck.Markdown,
}

// Extensions returns the file extensions Detect knows, with their dots,
// for file dialogs and folder walks.
func Extensions() []string {
	exts := make([]string, 0, len(extensions))
	for e := range extensions {
		exts = append(exts, e)
	}
	return exts
}

// Supported reports whether a file called name has an extension Decode
// reads; a folder import takes only such files.
func Supported(name string) bool {
	_, ok := extensions[strings.ToLower(path.Ext(name))]
	return ok
}

// Detect returns the format of the file called name holding data: by its
// first bytes when they are a PDF, ZIP or HTML signature, else by its
// extension, else Text.
func Detect(name string, data []byte) factcheck.Format {
	head := data[:min(len(data), 1024)]
	switch {
	case bytes.HasPrefix(head, []byte("%PDF-")):
		return factcheck.PDF
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return factcheck.DOCX
	case looksHTML(head):
		return factcheck.HTML
	}
	if f, ok := extensions[strings.ToLower(path.Ext(name))]; ok {
		return f
	}
	return factcheck.Text
}

// looksHTML reports whether head starts, after white space and a byte
// order mark, with a doctype or an <html> or <head> tag.
func looksHTML(head []byte) bool {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.ToLower(bytes.TrimLeft(head, " \t\r\n"))
	for _, p := range []string{"<!doctype html", "<html", "<head"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	return false
}

// Decode reads data, the bytes of the file called name, in the format
// Detect finds. It returns ErrUnsupported for plain text (the extractor's
// to read) and for a ZIP that is not a Word document, ErrNoText for a
// document with nothing to read (a scanned PDF), ErrEncrypted for a PDF it
// cannot open without a password, and ErrTooMuchContent for one whose
// pages hold more than it reads; other errors say what in the file could
// not be read.
func Decode(name string, data []byte) (*Document, error) {
	switch f := Detect(name, data); f {
	case factcheck.HTML:
		return decodeHTML(data)
	case factcheck.Markdown:
		return decodeMarkdown(data)
	case factcheck.PDF:
		return decodePDF(data)
	case factcheck.DOCX:
		return decodeDOCX(data)
	default:
		return nil, ErrUnsupported
	}
}
