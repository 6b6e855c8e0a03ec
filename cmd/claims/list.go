package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"slices"
	"text/tabwriter"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/search"
)

func runList(args []string, stdout, stderr io.Writer) int {
	fl := newFlagSet("list", "[--db FILE] [--kind K] [--verdict V] [--article NAME] [--suggested] [--ruled-by NAME] [--search TEXT]", stderr)
	dbPath := dbFlag(fl)
	kind := fl.String("kind", "", "only claims of this `kind`: count, percent, money, measure, duration, ordinal or date")
	verdict := fl.String("verdict", "", "only claims with this current `verdict`: verified, disputed, superseded or unruled")
	article := fl.String("article", "", "only the claims of this article (`name` as listed)")
	suggested := fl.Bool("suggested", false, "only claims with a suggested verdict")
	ruledBy := fl.String("ruled-by", "", "only claims whose current verdict this `checker` gave")
	query := fl.String("search", "", "only claims matching this `text`, fuzzily, best first (the app's search)")
	rest, ok := parseArgs(fl, args)
	if !ok || len(rest) > 0 {
		fl.Usage()
		return 2
	}
	filter, err := listFilter(*kind, *verdict)
	if err != nil {
		fmt.Fprintf(stderr, "claims list: %v\n", err)
		return 2
	}
	filter.Doc, filter.Suggested, filter.RuledBy = *article, *suggested, *ruledBy
	st, code := openStore("list", *dbPath, false, stderr)
	if st == nil {
		return code
	}
	defer st.Close()
	ctx := context.Background()
	claims, err := st.Claims(ctx)
	if err != nil {
		return fail(stderr, "list", err)
	}
	index := search.NewIndex(claims)
	for i := range claims {
		index.SetVerdict(i, claims[i].Verdict, claims[i].Checker)
	}
	hits, err := index.Search(ctx, *query, filter, 0)
	if err != nil {
		return fail(stderr, "list", err)
	}
	bw := bufio.NewWriter(stdout)
	tw := tabwriter.NewWriter(bw, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tARTICLE\tOFFSET\tKIND\tVALUE\tVERDICT\tSUGGESTS\tTEXT")
	for _, h := range hits {
		c := &claims[h.Entry]
		v := c.Value.String()
		if c.EndValue != nil {
			v += "–" + c.EndValue.String()
		}
		if c.Unit != "" {
			v += " " + c.Unit
		}
		verdict := string(c.Verdict)
		if !c.Ruled() {
			verdict = "-"
		}
		if c.Orphaned {
			verdict += " (orphaned)"
		}
		sug := "-"
		if c.Suggestion != nil {
			sug = string(c.Suggestion.Verdict)
		}
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%s\t%s\t%s\t%s\n", c.ID, printable(c.Doc), c.Start, c.Kind, v, verdict, sug, oneLine(c.Text, 50))
	}
	if err := tw.Flush(); err != nil {
		return fail(stderr, "list", err)
	}
	if err := bw.Flush(); err != nil {
		return fail(stderr, "list", err)
	}
	return 0
}

// listFilter reads --kind and --verdict into a search filter.
func listFilter(kind, verdict string) (search.Filter, error) {
	var f search.Filter
	if kind != "" {
		if !slices.Contains(factcheck.Kinds, factcheck.Kind(kind)) {
			return f, fmt.Errorf("--kind %q: want one of %v", kind, factcheck.Kinds)
		}
		f.Kinds = []factcheck.Kind{factcheck.Kind(kind)}
	}
	switch verdict {
	case "":
	case "unruled":
		f.Verdicts = []factcheck.Verdict{factcheck.Unruled}
	default:
		v, err := factcheck.ParseVerdict(verdict)
		if err != nil || v == factcheck.Cleared {
			return f, fmt.Errorf("--verdict %q: want verified, disputed, superseded or unruled", verdict)
		}
		f.Verdicts = []factcheck.Verdict{v}
	}
	return f, nil
}
