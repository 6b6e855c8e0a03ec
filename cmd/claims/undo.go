package main

import (
	"context"
	"fmt"
	"io"

	"github.com/factcheck/factcheck/factcheck"
)

func runUndo(args []string, stdout, stderr io.Writer) int {
	return undoRedo("undo", factcheck.Undo, args, stdout, stderr)
}

func runRedo(args []string, stdout, stderr io.Writer) int {
	return undoRedo("redo", factcheck.Redo, args, stdout, stderr)
}

// undoRedo undoes the checker's latest ruling, or applies again the latest
// one undone, as a new event.
func undoRedo(name string, action factcheck.Action, args []string, stdout, stderr io.Writer) int {
	fl := newFlagSet(name, "[--db FILE] --by NAME", stderr)
	dbPath := dbFlag(fl)
	by := fl.String("by", "", "the checker `name` whose ruling to "+name+" (required)")
	pos, perr := parseArgs(fl, args)
	if perr != nil || len(pos) != 0 || *by == "" {
		return badUsage(fl, perr)
	}
	if err := factcheck.ValidateChecker(*by); err != nil {
		fmt.Fprintf(stderr, "claims %s: --by: %v\n", name, err)
		return 2
	}
	st, code := openStore(name, *dbPath, false, stderr)
	if st == nil {
		return code
	}
	defer st.Close()
	do := st.Undo
	if action == factcheck.Redo {
		do = st.Redo
	}
	e, err := do(context.Background(), *by)
	if err != nil {
		return fail(stderr, name, err)
	}
	fmt.Fprintf(stdout, "claim %d: %s of event %d; now %s (event %d)\n", e.Claim, name, e.Target, describe(e.Ruling), e.ID)
	return 0
}
