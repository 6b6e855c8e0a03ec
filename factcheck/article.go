package factcheck

import (
	"errors"
	"fmt"
	"time"
	"unicode"
	"unicode/utf8"
)

// An Article is a news article decoded to UTF-8 and the claims found in it.
type Article struct {
	Name      string  // the file's base name
	Published string  // publication date "YYYY-MM-DD" given or read from the text, "--MM-DD" from a dateline without a year, or ""
	Text      string  // the article decoded to UTF-8
	Claims    []Claim // in order of Start
	Format    Format  // what the file was
	Metadata          // what the file says of itself
}

// A Format is the kind of file an article came from. Claims in a text
// file have offsets into its bytes; in any other format, into the text it
// was decoded to (Article.Text).
type Format string

// The formats articles come in.
const (
	Text     Format = "text"     // plain text: UTF-8, UTF-16 with a byte order mark, or Windows-1252
	HTML     Format = "html"     // a web page, read for its main content
	PDF      Format = "pdf"      // a PDF document
	DOCX     Format = "docx"     // a Word (Office Open XML) document
	Markdown Format = "markdown" // Markdown (CommonMark)
)

// Metadata is what an article's file says of the article, where it says
// it (a web page's title and OpenGraph tags, a PDF's or Word file's
// document properties, a text file's first line), or what a checker set
// since. An empty field is unknown.
type Metadata struct {
	Title  string // the headline
	Outlet string // the publication or site, such as "Reuters"
	Byline string // the authors as the file names them
	URL    string // the article's canonical URL, or the link it was fetched from
}

// An ArticleLabel is how a review names an article to a checker: what
// its file says of it (or a checker set since) and its publication date.
type ArticleLabel struct {
	Published string // YYYY-MM-DD, --MM-DD, or "" when unknown
	Format    Format // what the file was
	Metadata
}

// Label returns the article's title, else name, its file name, with the
// outlet when known: "Aid convoy reaches Gaza (Reuters)".
func (l *ArticleLabel) Label(name string) string {
	s := l.Title
	if s == "" {
		s = name
	}
	if l.Outlet != "" {
		s += " (" + l.Outlet + ")"
	}
	return s
}

// An ArticleInfo is what a review knows of a stored article, without its
// text.
type ArticleInfo struct {
	ID         int64
	Name       string    // base name, unique in the store
	Hash       string    // SHA-256 of the file's bytes, hex
	Source     string    // the path or link it was imported from
	ImportedAt time.Time // UTC
	Size       int       // bytes
	Claims     int       // claims extracted (orphaned ones excluded)
	// Recoded is true when the file was text but not UTF-8 (read as
	// UTF-16 or Windows-1252): claim offsets point into the file's bytes,
	// not into the text ArticleText returns.
	Recoded bool
	ArticleLabel
}

// The article metadata fields a checker may correct (ArticleEdit.Field).
const (
	FieldTitle  = "title"
	FieldOutlet = "outlet"
	FieldByline = "byline"
	FieldURL    = "url"
	// FieldPublished is the publication date, YYYY-MM-DD ("" returns to
	// the one the article gives): it gives the article's dates their year,
	// so the article's claims are extracted again with it.
	FieldPublished = "published"
)

// maxMetadata is the longest value, in bytes, a metadata field takes.
const maxMetadata = 2000

// An ArticleEdit is a checker's correction of one field of an article's
// Metadata. Edits are kept as events: the latest of an article's field is
// its value, and what the file said stays beside them.
type ArticleEdit struct {
	Article int64  // the article's ID
	Field   string // FieldTitle, FieldOutlet, FieldByline, FieldURL or FieldPublished
	Value   string // the new value; "" says the file's value is wrong and there is none
	Checker string
}

// ErrBadEdit is returned for an ArticleEdit of no field or of a value that
// is not one line of text.
var ErrBadEdit = errors.New("not an article edit")

// Validate returns ErrBadEdit unless e names a field and its value is one
// line of printable UTF-8 of up to 2,000 bytes (for FieldPublished, a
// date YYYY-MM-DD or ""), and ValidateChecker's error for its checker.
func (e *ArticleEdit) Validate() error {
	switch e.Field {
	case FieldTitle, FieldOutlet, FieldByline, FieldURL:
	case FieldPublished:
		if _, err := time.Parse(time.DateOnly, e.Value); e.Value != "" && err != nil {
			return fmt.Errorf("%w: publication date %q: want YYYY-MM-DD", ErrBadEdit, e.Value)
		}
	default:
		return fmt.Errorf("%w: no field %q", ErrBadEdit, e.Field)
	}
	if !utf8.ValidString(e.Value) || len(e.Value) > maxMetadata {
		return fmt.Errorf("%w: the %s is not text of up to %d bytes", ErrBadEdit, e.Field, maxMetadata)
	}
	for _, r := range e.Value {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
			return fmt.Errorf("%w: the %s holds control character %U", ErrBadEdit, e.Field, r)
		}
	}
	return ValidateChecker(e.Checker)
}
