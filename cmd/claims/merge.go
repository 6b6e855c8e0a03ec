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

func runMerge(args []string, stdout, stderr io.Writer) int {
	fl := newFlagSet("merge", "[--db FILE] OTHER", stderr)
	dbPath := dbFlag(fl)
	rest, perr := parseArgs(fl, args)
	if perr != nil || len(rest) != 1 {
		return badUsage(fl, perr)
	}
	st, code := openStore("merge", *dbPath, false, stderr)
	if st == nil {
		return code
	}
	defer st.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	rep, err := ingest.Merge(ctx, st, rest[0])
	if err != nil && rep.From == "" {
		if errors.Is(err, context.Canceled) {
			fmt.Fprintln(stderr, "claims merge: interrupted; nothing was merged")
			return 1
		}
		return fail(stderr, "merge", err)
	}
	fmt.Fprintf(stdout, "merged %s, %s, %s, %s and %s from %s into %s\n", plural(rep.Articles, "article"),
		plural(rep.Claims, "claim"), plural(rep.Events, "ruling event"), plural(rep.Edits, "label edit"),
		plural(rep.Assigned, "assignment"), rep.From, st.Path())
	if err != nil {
		return fail(stderr, "merge", err)
	}
	// Packed for the window's next start.
	if err := st.Repack(ctx); err != nil {
		return fail(stderr, "merge", fmt.Errorf("the merge is stored; packing it: %w", err))
	}
	return 0
}
