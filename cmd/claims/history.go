package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"
	"time"
)

func runHistory(args []string, stdout, stderr io.Writer) int {
	fl := newFlagSet("history", "[--db FILE] CLAIM", stderr)
	dbPath := dbFlag(fl)
	pos, perr := parseArgs(fl, args)
	if perr != nil || len(pos) != 1 {
		return badUsage(fl, perr)
	}
	st, code := openStore("history", *dbPath, false, stderr)
	if st == nil {
		return code
	}
	defer st.Close()
	ctx := context.Background()
	id, err := resolveClaim(ctx, st, pos[0])
	if err != nil {
		return fail(stderr, "history", err)
	}
	c, err := st.Claim(ctx, id)
	if err != nil {
		return fail(stderr, "history", err)
	}
	events, err := st.History(ctx, id)
	if err != nil {
		return fail(stderr, "history", err)
	}
	fmt.Fprintf(stdout, "claim %d: %q in %s at %d\n", c.ID, c.Text, printable(c.Doc), c.Start)
	if len(events) == 0 {
		fmt.Fprintln(stdout, "never ruled on")
		return 0
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "EVENT\tAT (UTC)\tCHECKER\tACTION\tRULING\tREPLACES\tNOTE\tEVIDENCE")
	for _, e := range events {
		action := string(e.Action)
		if e.Target != 0 {
			action += fmt.Sprintf(" %d", e.Target)
		}
		replaces := "-"
		if e.Replaces != 0 {
			replaces = fmt.Sprint(e.Replaces)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.ID, e.At.Format(time.DateTime), printable(e.Checker), action,
			describe(e.Ruling), replaces, oneLine(e.Note, 40), oneLine(e.Evidence, 40))
	}
	if err := tw.Flush(); err != nil {
		return fail(stderr, "history", err)
	}
	return 0
}
