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
	var newWriter func(io.Writer) (factcheck.RecordWriter, error)
	switch *format {
	case "csv":
	case "claimreview":
		if *publisher == "" {
			fmt.Fprintln(stderr, "claims export: --format claimreview needs --publisher: the newsroom signs every review")
			return 2
		}
		pub := factcheck.Publisher{Name: *publisher, URL: *publisherURL}
		newWriter = func(w io.Writer) (factcheck.RecordWriter, error) { return factcheck.NewClaimReviewWriter(w, pub) }
	case "jsonl":
		newWriter = func(w io.Writer) (factcheck.RecordWriter, error) { return factcheck.NewJSONLWriter(w), nil }
	default:
		fmt.Fprintf(stderr, "claims export: --format %q: want csv, claimreview or jsonl\n", *format)
		return 2
	}
	if *history && newWriter != nil {
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
	if *out != "-" {
		fmt.Fprintf(stderr, "wrote %s\n", *out)
	}
	return 0
}
