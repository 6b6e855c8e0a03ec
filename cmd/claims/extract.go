package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

func runExtract(args []string, stdout, stderr io.Writer) int {
	fl := newFlagSet("extract", "[--format jsonl|csv|table] [--published YYYY-MM-DD] FILE|DIR|URL|-...", stderr)
	format := fl.String("format", "table", "output `format`: jsonl, csv or table")
	published := fl.String("published", "", "publication `date` YYYY-MM-DD that gives dates their year (default: read from each article)")
	paths, perr := parseArgs(fl, args)
	if perr != nil {
		return badUsage(fl, perr)
	}
	if len(paths) == 0 {
		fl.Usage()
		return 2
	}
	if !validPublished("extract", *published, stderr) {
		return 2
	}
	var out claimWriter
	switch *format {
	case "jsonl":
		out = &jsonlWriter{enc: json.NewEncoder(stdout)}
	case "csv":
		out = &csvWriter{w: csv.NewWriter(stdout)}
	case "table":
		out = newTableWriter(stdout)
	default:
		fmt.Fprintf(stderr, "claims extract: unknown format %q (want jsonl, csv or table)\n", *format)
		return 2
	}
	status := eachArticle("extract", paths, *published, stderr, func(a *factcheck.Article) error {
		for i := range a.Claims {
			if err := out.Write(&a.Claims[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "claims extract: write: %v\n", err)
		return 1
	}
	return status
}

// validPublished reports whether published, a --published flag, is empty
// or a date YYYY-MM-DD, and says on stderr when it is not: the commands
// check it before they print or store anything.
func validPublished(cmd, published string, stderr io.Writer) bool {
	if published == "" {
		return true
	}
	if _, err := time.Parse(time.DateOnly, published); err != nil {
		fmt.Fprintf(stderr, "claims %s: --published %q: want YYYY-MM-DD\n", cmd, published)
		return false
	}
	return true
}

// eachArticle reads the articles named by paths, the files that claims
// import would read (ingest.Files), and standard input as one article
// when a path is "-" (first), and calls f on each, published (a
// valid --published, validPublished) giving their date. It names every
// file it cannot read on stderr and goes on, and every file it passes over
// as no article; it stops when f fails. It returns the exit status: 0, or
// 1 when a file could not be read or f failed.
func eachArticle(cmd string, paths []string, published string, stderr io.Writer, f func(*factcheck.Article) error) int {
	if i := slices.Index(paths, "-"); i >= 0 {
		paths = slices.Delete(slices.Clone(paths), i, i+1)
		a, err := readStdin(published)
		switch {
		case errors.Is(err, ingest.ErrEmpty):
			fmt.Fprintf(stderr, "claims %s: passed over standard input: %v\n", cmd, err)
		case err != nil:
			fmt.Fprintf(stderr, "claims %s: standard input: %v\n", cmd, err)
			return 1
		default:
			if err := f(a); err != nil {
				fmt.Fprintf(stderr, "claims %s: write: %v\n", cmd, err)
				return 1
			}
		}
		if len(paths) == 0 {
			return 0
		}
	}
	files, errs := ingest.Files(paths)
	passed, failed := errs.Split()
	for _, err := range passed {
		fmt.Fprintf(stderr, "claims %s: passed over %v\n", cmd, err)
	}
	status := 0
	for _, err := range failed {
		fmt.Fprintf(stderr, "claims %s: %v\n", cmd, err)
		status = 1
	}
	for _, path := range files {
		a, err := readArticle(path, published)
		if errors.Is(err, ingest.ErrEmpty) {
			fmt.Fprintf(stderr, "claims %s: passed over %v\n", cmd, err) // as import passes it over
			continue
		}
		if err != nil {
			fmt.Fprintf(stderr, "claims %s: %v\n", cmd, err)
			status = 1
			continue
		}
		if err := f(a); err != nil {
			fmt.Fprintf(stderr, "claims %s: write: %v\n", cmd, err)
			return 1
		}
	}
	return status
}

// stdin is what a path "-" reads: standard input, a tool's output piped
// in ("curl -s URL | claims extract -").
var stdin io.Reader = os.Stdin

// readStdin reads standard input as one article named "stdin", of at most
// ingest.MaxArticleSize bytes.
func readStdin(published string) (*factcheck.Article, error) {
	src, err := io.ReadAll(io.LimitReader(stdin, ingest.MaxArticleSize+1))
	if err != nil {
		return nil, err
	}
	if len(src) > ingest.MaxArticleSize {
		return nil, ingest.ErrTooLarge
	}
	return ingest.ParseFile("stdin", src, published)
}

// readArticle reads and parses the article at path, a regular file of up
// to ingest.MaxArticleSize bytes or a web link, in any format
// ingest.ParseFile reads.
func readArticle(path, published string) (*factcheck.Article, error) {
	if ingest.IsLink(path) {
		name, src, err := ingest.Fetch(context.Background(), path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return ingest.ParseFile(name, src, published)
	}
	src, err := ingest.ReadArticle(path)
	if err != nil {
		if _, ok := err.(*fs.PathError); ok { // names the file already
			return nil, err
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	a, err := ingest.ParseFile(filepath.Base(path), src, published)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}

// A claimWriter prints claims in one output format.
type claimWriter interface {
	Write(c *factcheck.Claim) error
	Flush() error
}

type jsonlWriter struct{ enc *json.Encoder }

func (w *jsonlWriter) Write(c *factcheck.Claim) error { return w.enc.Encode(c) }
func (w *jsonlWriter) Flush() error                   { return nil }

// csvHeader names the CSV columns, the fields of a jsonl row.
var csvHeader = []string{"doc", "start", "end", "text", "value", "end_value", "unit", "kind", "qualifier",
	"subject", "sentence", "sentence_start", "sentence_end"}

type csvWriter struct {
	w      *csv.Writer
	header bool
}

func (w *csvWriter) Write(c *factcheck.Claim) error {
	if !w.header {
		w.header = true
		if err := w.w.Write(csvHeader); err != nil {
			return err
		}
	}
	end := ""
	if c.EndValue != nil {
		end = c.EndValue.String()
	}
	return w.w.Write([]string{c.Doc, fmt.Sprint(c.Start), fmt.Sprint(c.End), c.Text, c.Value.String(), end,
		c.Unit, string(c.Kind), string(c.Qualifier), c.Subject, c.Sentence, fmt.Sprint(c.SentenceStart),
		fmt.Sprint(c.SentenceEnd)})
}

func (w *csvWriter) Flush() error {
	if !w.header {
		w.header = true
		if err := w.w.Write(csvHeader); err != nil {
			return err
		}
	}
	w.w.Flush()
	return w.w.Error()
}

// tableWriter aligns claims in columns for a person at a terminal.
type tableWriter struct {
	tw *tabwriter.Writer
}

func newTableWriter(w io.Writer) *tableWriter {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DOC\tOFFSET\tKIND\tVALUE\tQUALIFIER\tTEXT\tSUBJECT")
	return &tableWriter{tw: tw}
}

func (w *tableWriter) Write(c *factcheck.Claim) error {
	v := c.Value.String()
	if c.EndValue != nil {
		v += "–" + c.EndValue.String()
	}
	if c.Unit != "" {
		v += " " + c.Unit
	}
	_, err := fmt.Fprintf(w.tw, "%s\t%d\t%s\t%s\t%s\t%s\t%s\n", printable(c.Doc), c.Start, c.Kind, v, c.Qualifier,
		oneLine(c.Text, 40), oneLine(c.Subject, 30))
	return err
}

func (w *tableWriter) Flush() error { return w.tw.Flush() }

// oneLine shortens s to n runes on one line.
func oneLine(s string, n int) string {
	s = printable(strings.Join(strings.Fields(s), " "))
	r := []rune(s)
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// printable returns s fit to print on a terminal: bytes that are not
// UTF-8, control characters (the escape that starts a terminal escape
// sequence, a carriage return) and bidirectional controls, which text
// from files and older databases may hold, are shown as U+FFFD.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
			return utf8.RuneError
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}
