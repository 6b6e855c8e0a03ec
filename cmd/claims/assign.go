package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"

	"github.com/factcheck/factcheck/db"
	"github.com/factcheck/factcheck/factcheck"
)

func runAssign(args []string, stdout, stderr io.Writer) int {
	fl := newFlagSet("assign", `[--db FILE] --by NAME --to CHECKER ARTICLE...`, stderr)
	dbPath := dbFlag(fl)
	by := fl.String("by", "", "the `name` of who assigns, signing the assignment (required)")
	to := fl.String("to", "", "the `checker` the articles are assigned to (required; \"\" unassigns them)")
	pos, perr := parseArgs(fl, args)
	toGiven := false
	fl.Visit(func(f *flag.Flag) { toGiven = toGiven || f.Name == "to" })
	if perr != nil || len(pos) == 0 || *by == "" || !toGiven {
		return badUsage(fl, perr)
	}
	if err := factcheck.ValidateChecker(*by); err != nil {
		fmt.Fprintf(stderr, "claims assign: --by: %v\n", err)
		return 2
	}
	if *to != "" {
		if err := factcheck.ValidateChecker(*to); err != nil {
			fmt.Fprintf(stderr, "claims assign: --to: %v\n", err)
			return 2
		}
	}
	st, code := openStore("assign", *dbPath, false, stderr)
	if st == nil {
		return code
	}
	defer st.Close()
	ctx := context.Background()
	ids, err := resolveArticles(ctx, st, pos)
	if err != nil {
		return fail(stderr, "assign", err)
	}
	n, err := st.Assign(ctx, ids, *to, *by)
	if err != nil {
		return fail(stderr, "assign", err)
	}
	unchanged := ""
	if k := len(ids) - n; k > 0 {
		unchanged = fmt.Sprintf("; %d unchanged", k)
	}
	if *to == "" {
		fmt.Fprintf(stdout, "unassigned %s%s\n", plural(n, "article"), unchanged)
	} else {
		fmt.Fprintf(stdout, "assigned %s to %s%s\n", plural(n, "article"), printable(*to), unchanged)
	}
	return 0
}

// resolveArticles reads articles as "claims list" shows them (by name)
// or by ID, each once, in the order given.
func resolveArticles(ctx context.Context, st *db.Store, args []string) ([]int64, error) {
	infos, err := st.Articles(ctx)
	if err != nil {
		return nil, err
	}
	byName := make(map[string]int64, len(infos))
	byID := make(map[int64]bool, len(infos))
	for _, a := range infos {
		byName[a.Name], byID[a.ID] = a.ID, true
	}
	var ids []int64
	seen := map[int64]bool{}
	for _, arg := range args {
		id, ok := byName[arg]
		if !ok {
			n, err := strconv.ParseInt(arg, 10, 64)
			if err != nil || !byID[n] {
				return nil, fmt.Errorf("article %q: %w", arg, factcheck.ErrNotFound)
			}
			id = n
		}
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	return ids, nil
}

// assignedTo returns the names of the articles assigned to checker.
func assignedTo(ctx context.Context, st *db.Store, checker string) ([]string, error) {
	assigned, err := st.Assignments(ctx)
	if err != nil {
		return nil, err
	}
	infos, err := st.Articles(ctx)
	if err != nil {
		return nil, err
	}
	names := []string{} // none assigned keeps no claim
	for _, a := range infos {
		if assigned[a.ID] == checker {
			names = append(names, a.Name)
		}
	}
	return names, nil
}
