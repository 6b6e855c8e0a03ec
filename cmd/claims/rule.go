package main

import (
	"context"
	"fmt"
	"io"

	"github.com/factcheck/factcheck/factcheck"
)

func runRule(args []string, stdout, stderr io.Writer) int {
	fl := newFlagSet("rule", "[--db FILE] --by NAME CLAIM verified|disputed|superseded|unverifiable|dismissed|clear [--superseded-by CLAIM] [--note TEXT] [--evidence TEXT]", stderr)
	dbPath := dbFlag(fl)
	by := fl.String("by", "", "the checker's `name`, signing the ruling (required)")
	supBy := fl.String("superseded-by", "", "the newer `claim` (ID or ARTICLE:START), for superseded")
	note := fl.String("note", "", "the checker's reasoning")
	evidence := fl.String("evidence", "", "URLs or free text backing the verdict")
	pos, perr := parseArgs(fl, args)
	if perr != nil || len(pos) != 2 {
		return badUsage(fl, perr)
	}
	verdict, err := factcheck.ParseVerdict(pos[1])
	if err != nil {
		fmt.Fprintf(stderr, "claims rule: %v\n", err)
		return 2
	}
	if *by == "" {
		fmt.Fprintln(stderr, "claims rule: --by NAME is required: every ruling is signed")
		return 2
	}
	if verdict == factcheck.Superseded && *supBy == "" {
		fmt.Fprintln(stderr, "claims rule: superseded needs --superseded-by CLAIM, the claim that supersedes it (a figure from outside the review is given in the window, with O)")
		return 2
	}
	if err := factcheck.ValidateChecker(*by); err != nil {
		fmt.Fprintf(stderr, "claims rule: --by: %v\n", err)
		return 2
	}
	st, code := openStore("rule", *dbPath, false, stderr)
	if st == nil {
		return code
	}
	defer st.Close()
	ctx := context.Background()
	r := factcheck.Ruling{Verdict: verdict, Note: *note, Evidence: *evidence, Checker: *by}
	if r.Claim, err = resolveClaim(ctx, st, pos[0]); err != nil {
		return fail(stderr, "rule", err)
	}
	if *supBy != "" {
		if r.SupersededBy, err = resolveClaim(ctx, st, *supBy); err != nil {
			return fail(stderr, "rule", err)
		}
	}
	e, err := st.Rule(ctx, r)
	if err != nil {
		return fail(stderr, "rule", err)
	}
	fmt.Fprintf(stdout, "claim %d: %s by %s (event %d)\n", e.Claim, describe(e.Ruling), e.Checker, e.ID)
	return 0
}

// describe says what a ruling decides: "verified", "superseded by claim 7",
// "superseded by 11078 of 2023-11-12 (https://example.org/toll)" (a
// figure from outside the review), "unruled".
func describe(r factcheck.Ruling) string {
	switch r.Verdict {
	case factcheck.Cleared, factcheck.Unruled:
		return "unruled"
	case factcheck.Superseded:
		if f := r.Outside; !f.IsZero() {
			by := "superseded by " + f.String()
			if f.Date != "" {
				by += " of " + f.Date
			}
			if f.Source != "" {
				by += " (" + printable(f.Source) + ")"
			}
			return by // a figure from outside the review
		}
		return fmt.Sprintf("superseded by claim %d", r.SupersededBy)
	}
	return string(r.Verdict)
}
