package factcheck

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// A HistoryRow is one event of the log with the claims it names, as an
// export of the history writes it.
type HistoryRow struct {
	Event        Event
	Claim        Claim  // the claim ruled on
	SupersededBy *Claim // for Superseded
}

// A RecordWriter writes the claims of a review with their current
// rulings, one Write a claim: VerdictWriter (CSV), ClaimReviewWriter
// (JSON-LD) and JSONLWriter are.
type RecordWriter interface {
	// Write writes r, of the article labelled a, superseded by by (nil
	// when it is not), of the article labelled byArticle.
	Write(r *Record, a *ArticleLabel, by *Claim, byArticle *ArticleLabel) error
	// Flush writes what is buffered and returns the first error met.
	Flush() error
}

// VerdictHeader and HistoryHeader are the header rows of the two exports.
var (
	VerdictHeader = []string{"id", "article", "title", "outlet", "url", "published", "start", "end", "sentence", "text",
		"kind", "value", "end_value", "unit", "qualifier", "subject",
		"extracted_kind", "extracted_value", "extracted_end_value", "extracted_unit", "extracted_qualifier", "extracted_subject",
		"found_by", "verdict", "superseded_by_article", "superseded_by_text",
		"superseded_by_value", "superseded_by_unit", "superseded_by_date", "superseded_by_source",
		"note", "evidence", "checker", "ruled_at", "events", "superseded_by_id"}
	HistoryHeader = []string{"event", "claim", "article", "start", "text", "action", "target", "verdict",
		"superseded_by_article", "superseded_by_text", "superseded_by_value", "superseded_by_unit", "superseded_by_date",
		"superseded_by_source", "kind", "value", "end_value", "unit", "qualifier", "subject",
		"note", "evidence", "checker", "at", "replaces", "version"}
)

// Found-by cells: who found a claim.
const (
	foundByExtractor = "extractor"
	foundByChecker   = "checker"
)

// readingCells returns the cells of a reading: kind, value, end value,
// unit, qualifier and subject; all empty for the zero Reading.
func readingCells(r Reading) []string {
	if r.IsZero() {
		return make([]string, 6)
	}
	end := ""
	if r.Range {
		end = valueCell(r.EndValue)
	}
	return []string{string(r.Kind), valueCell(r.Value), end, r.Unit, string(r.Qualifier), r.Subject}
}

// figureCells returns the cells of an outside figure: value, unit, date
// and source; all empty for the zero Figure.
func figureCells(f Figure) []string {
	if f.IsZero() {
		return make([]string, 4)
	}
	return []string{valueCell(f.Value), f.Unit, f.Date, f.Source}
}

// A VerdictWriter writes Records with their current rulings as CSV (RFC 4180, UTF-8) after a
// header row. Cells a spreadsheet would run as a formula are neutralised
// (see Neutralise), and bytes that are not UTF-8 (a file name, a note
// from an older version) are written as U+FFFD, so that the file is valid
// UTF-8 for strict readers. Call Flush at the end.
type VerdictWriter struct{ w rowWriter }

// NewVerdictWriter returns a VerdictWriter writing to w.
func NewVerdictWriter(w io.Writer) *VerdictWriter {
	return &VerdictWriter{rowWriter{csv: csv.NewWriter(w), header: VerdictHeader}}
}

// Write writes one row: r, of the article labelled a (its title, outlet,
// URL and publication date), and by, the claim that supersedes r when it
// is superseded by a claim (nil when not). The kind to subject cells are
// the claim as the review reads it (a checker's amended reading where
// there is one), the extracted_ cells the extractor's reading (empty for
// a claim a checker added); found_by is "extractor" or "checker". A claim
// never ruled on, or whose verdict was cleared or undone, is "unruled",
// with no checker or time: its events are in the history.
func (w *VerdictWriter) Write(r *Record, a *ArticleLabel, by *Claim, byArticle *ArticleLabel) error {
	c := &r.Claim
	supDoc, supText := claimCells(by)
	verdict, checker, at := string(r.Verdict), r.Checker, timeCell(r.RuledAt)
	if !r.Verdict.Ruled() {
		verdict, checker, at = unruledCell, "", ""
	}
	extracted, found := ReadingOf(c), foundByExtractor
	if r.Extracted != nil {
		extracted = *r.Extracted
	}
	if r.Added {
		extracted, found = Reading{}, foundByChecker
	}
	cells := []string{strconv.FormatInt(r.ID, 10), c.Doc, a.Title, a.Outlet, a.URL, dateCell(a.Published),
		strconv.Itoa(c.Start), strconv.Itoa(c.End), c.Sentence, c.Text}
	cells = append(cells, readingCells(ReadingOf(c))...)
	cells = append(cells, readingCells(extracted)...)
	cells = append(cells, found, verdict, supDoc, supText)
	cells = append(cells, figureCells(r.Outside)...)
	supID := "" // the newer claim's ID: its text may stand twice in its article
	if by != nil && r.SupersededBy != 0 {
		supID = strconv.FormatInt(r.SupersededBy, 10)
	}
	return w.w.write(append(cells, r.Note, r.Evidence, checker, at, strconv.Itoa(r.Events), supID)...)
}

// unruledCell is the verdict cell of a claim without a verdict.
const unruledCell = "unruled"

// valueCell writes v as a script reads it and no spreadsheet runs it: a
// date without its year as an EDTF (ISO 8601-2) date with the year
// unspecified, "XXXX-11-03", not "--11-03", which would need a guard.
func valueCell(v Value) string {
	if v.Date != "" {
		return dateCell(v.Date)
	}
	return v.String()
}

// dateCell writes a date as valueCell does a date's value: "XXXX-11-03"
// for "--11-03"; "" stays "".
func dateCell(d string) string {
	if rest, ok := strings.CutPrefix(d, "--"); ok {
		return "XXXX-" + rest
	}
	return d
}

// Flush writes any buffered data, and the header if no row was written,
// and returns the first error met.
func (w *VerdictWriter) Flush() error { return w.w.flush() }

// A HistoryWriter writes HistoryRows as CSV after a header row, as
// VerdictWriter does.
type HistoryWriter struct{ w rowWriter }

// NewHistoryWriter returns a HistoryWriter writing to w.
func NewHistoryWriter(w io.Writer) *HistoryWriter {
	return &HistoryWriter{rowWriter{csv: csv.NewWriter(w), header: HistoryHeader}}
}

// Write writes one row: the event, the state it leaves (its verdict,
// what supersedes the claim, and the checker's reading in force: the kind
// to subject cells, empty for the extractor's) and its provenance.
func (w *HistoryWriter) Write(r *HistoryRow) error {
	e := &r.Event
	supDoc, supText := claimCells(r.SupersededBy)
	verdict := string(e.Verdict)
	if (e.Action == Amend || e.Action == Add) && !e.Verdict.Ruled() {
		verdict = "" // a correction of a claim no one has ruled on leaves it unruled, not "cleared"
	}
	cells := []string{strconv.FormatInt(e.ID, 10), strconv.FormatInt(e.Claim, 10), r.Claim.Doc,
		strconv.Itoa(r.Claim.Start), r.Claim.Text, string(e.Action), idCell(e.Target), verdict, supDoc, supText}
	cells = append(cells, figureCells(e.Outside)...)
	cells = append(cells, readingCells(e.Reading)...)
	return w.w.write(append(cells, e.Note, e.Evidence, e.Checker, timeCell(e.At), idCell(e.Replaces), e.Version)...)
}

// Flush writes any buffered data, and the header if no row was written,
// and returns the first error met.
func (w *HistoryWriter) Flush() error { return w.w.flush() }

type rowWriter struct {
	csv    *csv.Writer
	header []string
	wrote  bool
	cells  []string
}

func (w *rowWriter) write(cells ...string) error {
	if !w.wrote {
		w.wrote = true
		if err := w.csv.Write(w.header); err != nil {
			return err
		}
	}
	w.cells = w.cells[:0]
	for _, c := range cells {
		w.cells = append(w.cells, Neutralise(strings.ToValidUTF8(c, "\uFFFD")))
	}
	return w.csv.Write(w.cells)
}

func (w *rowWriter) flush() error {
	if !w.wrote {
		w.wrote = true
		if err := w.csv.Write(w.header); err != nil {
			return err
		}
	}
	w.csv.Flush()
	return w.csv.Error()
}

func claimCells(c *Claim) (doc, text string) {
	if c == nil {
		return "", ""
	}
	return c.Doc, c.Text
}

func timeCell(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

func idCell(id int64) string {
	if id == 0 {
		return ""
	}
	return strconv.FormatInt(id, 10)
}

// plainNumber matches a cell that is only a decimal number: a spreadsheet
// reads it as that number, not as a formula, so it is left as it is.
var plainNumber = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

// Neutralise defuses a CSV cell that a spreadsheet would run as a formula,
// as OWASP advises against CSV injection: a cell starting with =, +, -, @,
// a tab or a carriage return gets a leading single quote, so that it reads
// as text. A plain negative number such as "-12.5" is left as it is.
func Neutralise(cell string) string {
	if cell == "" {
		return cell
	}
	switch cell[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if cell[0] == '-' && plainNumber.MatchString(cell) {
			return cell
		}
		return "'" + cell
	}
	return cell
}

// A JSONLWriter writes Records as JSON Lines, one object a claim: the
// fields of CLAIMS.md's extractor output (Claim.MarshalJSON, the checker's
// reading where amended), then its ID, its article's label, who found it
// ("extractor" or "checker"), the extractor's reading when a checker
// amended it ("extracted"), and its current ruling, for pipelines.
type JSONLWriter struct{ w *bufio.Writer }

// NewJSONLWriter returns a JSONLWriter writing to w.
func NewJSONLWriter(w io.Writer) *JSONLWriter { return &JSONLWriter{w: bufio.NewWriter(w)} }

// recordFields are what a JSONLWriter writes of a Record beside its claim.
type recordFields struct {
	ID           int64    `json:"id"`
	Title        string   `json:"title,omitempty"`
	Outlet       string   `json:"outlet,omitempty"`
	URL          string   `json:"url,omitempty"`
	Published    string   `json:"published,omitempty"`
	FoundBy      string   `json:"found_by"`
	Extracted    *Reading `json:"extracted,omitempty"`
	Verdict      string   `json:"verdict"`
	SupersededBy *Ref     `json:"superseded_by,omitempty"`
	Outside      *Figure  `json:"superseded_by_figure,omitempty"`
	Note         string   `json:"note,omitempty"`
	Evidence     string   `json:"evidence,omitempty"`
	Checker      string   `json:"checker,omitempty"`
	RuledAt      string   `json:"ruled_at,omitempty"`
	Events       int      `json:"events"`
}

// Write writes r as one line, as VerdictWriter.Write writes a row.
func (w *JSONLWriter) Write(r *Record, a *ArticleLabel, by *Claim, byArticle *ArticleLabel) error {
	f := recordFields{ID: r.ID, Title: a.Title, Outlet: a.Outlet, URL: a.URL, Published: a.Published,
		FoundBy: foundByExtractor, Extracted: r.Extracted, Verdict: unruledCell, Note: r.Note, Evidence: r.Evidence, Events: r.Events}
	if r.Added {
		f.FoundBy, f.Extracted = foundByChecker, nil
	}
	if !r.Outside.IsZero() {
		f.Outside = &r.Outside
	}
	if r.Ruled() {
		f.Verdict, f.Checker, f.RuledAt = string(r.Verdict), r.Checker, timeCell(r.RuledAt)
	}
	if by != nil {
		f.SupersededBy = &Ref{Doc: by.Doc, Start: by.Start}
	}
	claim, err := json.Marshal(r.Claim)
	if err != nil {
		return err
	}
	more, err := json.Marshal(f)
	if err != nil {
		return err
	}
	// One object: the claim's fields, then the others.
	w.w.Write(claim[:len(claim)-1])
	w.w.WriteByte(',')
	w.w.Write(more[1:])
	return w.w.WriteByte('\n')
}

// Flush writes what is buffered.
func (w *JSONLWriter) Flush() error { return w.w.Flush() }
