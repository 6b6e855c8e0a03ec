package ingest

import (
	"bytes"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/factcheck/extract"
)

// ParseFile decodes data, the bytes of the file called name, and extracts
// its claims. A plain text file is the extractor's to decode (see
// extract.ParseArticle; offsets into data); a web page, PDF, Word file or
// Markdown file is decoded by document.Decode (offsets into the article's
// Text), and what it says of itself becomes the article's metadata; the
// first line of any text is its title when the file gives none. given,
// when not "", is the publication date, YYYY-MM-DD, that gives dates their
// year; otherwise the file's own date (its metadata, else a dateline) does.
// The errors are document.Decode's and extract.ParseArticle's.
func ParseFile(name string, data []byte, given string) (*factcheck.Article, error) {
	format := document.Detect(name, data)
	if format == factcheck.Text {
		if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\ufeff")))) == 0 {
			return nil, ErrEmpty
		}
		a, err := extract.ParseArticle(name, data, given)
		if err != nil {
			return nil, err
		}
		a.Format = factcheck.Text
		a.Title = headline(a.Text)
		return a, nil
	}
	doc, err := document.Decode(name, data)
	if err != nil {
		return nil, err
	}
	published := given
	if published == "" {
		published = doc.Meta.Published
	}
	a, err := extract.ParseArticle(name, []byte(doc.Text), published)
	if err != nil {
		return nil, err
	}
	a.Format = format
	a.Metadata = doc.Meta.Metadata
	if a.Title == "" { // a document whose properties give none
		a.Title = headline(a.Text)
	}
	return a, nil
}

// maxHeadline is the longest first line, in characters, taken for a
// headline.
const maxHeadline = 150

// headline returns the first line of a plain text when it reads as a
// headline: of two words or more, up to maxHeadline characters, not
// ending as a sentence or clause does. Wire copy and saved articles start
// so; a text that opens with its first paragraph has none. HTML
// entities in it are decoded, as wire copy taken from SGML writes "<" as
// "&lt;" ("STANDARD OIL &lt;SRD> TO FORM ..."), and control characters
// dropped: the title is metadata, shown as read, and no claim's offset is
// in it.
func headline(text string) string {
	text = strings.TrimLeft(text, " \t\r\n\ufeff")
	line, _, _ := strings.Cut(text, "\n")
	line = strings.TrimSpace(line)
	switch {
	case utf8.RuneCountInString(line) > maxHeadline,
		len(strings.Fields(line)) < 2,
		strings.ContainsAny(line[len(line)-1:], ".,;:"):
		return ""
	}
	if strings.Contains(line, "&") {
		line = strings.Map(func(r rune) rune {
			if unicode.IsControl(r) {
				return -1
			}
			return r
		}, html.UnescapeString(line))
	}
	return line
}
