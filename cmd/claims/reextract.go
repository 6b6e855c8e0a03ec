package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/factcheck/factcheck/factcheck/ingest"
)

func runReextract(args []string, stdout, stderr io.Writer) int {
	fl := newFlagSet("reextract", "[--db FILE]", stderr)
	dbPath := dbFlag(fl)
	rest, perr := parseArgs(fl, args)
	if perr != nil || len(rest) > 0 {
		return badUsage(fl, perr)
	}
	st, code := openStore("reextract", *dbPath, false, stderr)
	if st == nil {
		return code
	}
	defer st.Close()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	bar := newProgressLine(stderr)
	rep, err := ingest.Reextract(ctx, st, bar.update)
	bar.clear()
	if err != nil {
		if errors.Is(err, context.Canceled) {
			fmt.Fprintln(stderr, "claims reextract: interrupted; the articles done are stored, run it again to finish")
			return 1
		}
		return fail(stderr, "reextract", err)
	}
	fmt.Fprintf(stdout, "re-extracted %d articles: %d claims, %d new, %d removed, %d kept as orphans (ruled on, no longer found); in %s\n",
		rep.Articles, rep.Claims, rep.Added, rep.Removed, rep.Orphaned, st.Path())
	return 0
}
