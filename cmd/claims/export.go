package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/factcheck/factcheck/factcheck"
)

func runExport(args []string, stdout, stderr io.Writer) int {
	fl := newFlagSet("export", "[--db FILE] [--format csv|claimreview|jsonl] [--history] [--publisher NAME [--publisher-url URL]] --out FILE", stderr)
	dbPath := dbFlag(fl)
	format := fl.String("format", "csv", "`csv` (verdicts, or with --history every event), claimreview (schema.org ClaimReview JSON-LD of the ruled claims) or jsonl (one JSON object a claim)")
	history := fl.Bool("history", false, "with --format csv: write every event of the log instead of each claim's current verdict")
	publisher := fl.String("publisher", "", "with --format claimreview: the `name` of the newsroom that publishes the reviews (their author)")
	publisherURL := fl.String("publisher-url", "", "with --format claimreview: the newsroom's home page `URL`")
	out := fl.String("out", "", "the `file` to write (\"-\": standard output); replaced only once complete")
	pos, perr := parseArgs(fl, args)
	if perr != nil || len(pos) != 0 || *out == "" {
		return badUsage(fl, perr)
	}
	// written counts what the writer took, and what is said of it: the
	// rows of claims, or the reviews of the claims with a verdict
	written, noun := &countedWriter{}, "claim"
	var newWriter func(io.Writer) (factcheck.RecordWriter, error)
	switch *format {
	case "csv":
		if !*history {
			newWriter = func(w io.Writer) (factcheck.RecordWriter, error) {
				return written.of(factcheck.NewVerdictWriter(w)), nil
			}
		}
	case "claimreview":
		if *publisher == "" {
			fmt.Fprintln(stderr, "claims export: --format claimreview needs --publisher: the newsroom signs every review")
			return 2
		}
		pub := factcheck.Publisher{Name: *publisher, URL: *publisherURL}
		noun = "claim review"
		newWriter = func(w io.Writer) (factcheck.RecordWriter, error) {
			cw, err := factcheck.NewClaimReviewWriter(w, pub)
			if err != nil {
				return nil, err
			}
			written.len = cw.Len
			return cw, nil
		}
	case "jsonl":
		newWriter = func(w io.Writer) (factcheck.RecordWriter, error) { return written.of(factcheck.NewJSONLWriter(w)), nil }
	default:
		fmt.Fprintf(stderr, "claims export: --format %q: want csv, claimreview or jsonl\n", *format)
		return 2
	}
	if *history && *format != "csv" {
		fmt.Fprintln(stderr, "claims export: --history is for --format csv")
		return 2
	}
	st, code := openStore("export", *dbPath, false, stderr)
	if st == nil {
		return code
	}
	defer st.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var err error
	switch {
	case newWriter == nil && *out == "-":
		err = st.ExportTo(ctx, stdout, *history)
	case newWriter == nil:
		err = st.Export(ctx, *out, *history)
	case *out == "-":
		err = st.WriteRecords(ctx, stdout, newWriter)
	default:
		err = st.ExportRecords(ctx, *out, newWriter)
	}
	if err != nil {
		return fail(stderr, "export", err)
	}
	switch {
	case *out == "-":
	case *history:
		fmt.Fprintf(stderr, "wrote %s: every event of the log\n", *out)
	default:
		fmt.Fprintf(stderr, "wrote %s: %s\n", *out, plural(written.count(), noun))
	}
	return 0
}

// A countedWriter counts the records a RecordWriter took, or asks a
// writer that keeps only some (len) how many it kept.
type countedWriter struct {
	factcheck.RecordWriter
	n   int
	len func() int
}

// of returns w, counted.
func (c *countedWriter) of(w factcheck.RecordWriter) factcheck.RecordWriter {
	c.RecordWriter = w
	return c
}

// Write writes r through the writer and counts it.
func (c *countedWriter) Write(r *factcheck.Record, a *factcheck.ArticleLabel, by *factcheck.Claim, byArticle *factcheck.ArticleLabel) error {
	if err := c.RecordWriter.Write(r, a, by, byArticle); err != nil {
		return err
	}
	c.n++
	return nil
}

// count returns how many records were written.
func (c *countedWriter) count() int {
	if c.len != nil {
		return c.len()
	}
	return c.n
}
