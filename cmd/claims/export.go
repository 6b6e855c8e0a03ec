package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
)

func runExport(args []string, stdout, stderr io.Writer) int {
	fl := newFlagSet("export", "[--db FILE] [--history] --out FILE.csv", stderr)
	dbPath := dbFlag(fl)
	history := fl.Bool("history", false, "write every event of the log instead of each claim's current verdict")
	out := fl.String("out", "", "the CSV `file` to write (\"-\": standard output); replaced only once complete")
	pos, ok := parseArgs(fl, args)
	if !ok || len(pos) != 0 || *out == "" {
		fl.Usage()
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
	if *out == "-" {
		err = st.ExportTo(ctx, stdout, *history)
	} else {
		err = st.Export(ctx, *out, *history)
	}
	if err != nil {
		return fail(stderr, "export", err)
	}
	if *out != "-" {
		fmt.Fprintf(stderr, "wrote %s\n", *out)
	}
	return 0
}
