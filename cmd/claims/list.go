package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"slices"
	"text/tabwriter"

	"github.com/factcheck/factcheck/db"
	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/search"
)

func runList(args []string, stdout, stderr io.Writer) int {
	fl := newFlagSet("list", "[--db FILE] [--kind K] [--verdict V] [--article NAME] [--suggested] [--ruled-by NAME] [--assigned CHECKER] [--search TEXT]", stderr)
	dbPath := dbFlag(fl)
	kind := fl.String("kind", "", "only claims of this `kind`: count, percent, money, measure, duration, ordinal or date")
	verdict := fl.String("verdict", "", "only claims with this current `verdict`: verified, disputed, superseded, unverifiable (cannot verify), dismissed (not a claim) or unruled")
	article := fl.String("article", "", "only the claims of this article (`name` as listed)")
	suggested := fl.Bool("suggested", false, "only claims with a suggested verdict")
	ruledBy := fl.String("ruled-by", "", "only claims whose current verdict this `checker` gave")
	assigned := fl.String("assigned", "", "only the claims of the articles assigned to this `checker` (claims assign)")
	query := fl.String("search", "", "only claims matching this `text`, fuzzily, best first (the app's search)")
	rest, perr := parseArgs(fl, args)
	if perr != nil || len(rest) > 0 {
		return badUsage(fl, perr)
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
	if *assigned != "" {
		if filter.Docs, err = assignedTo(ctx, st, *assigned); err != nil {
			return fail(stderr, "list", err)
		}
	}
	shown, err := listClaims(ctx, st, *query, filter)
	if err != nil {
		return fail(stderr, "list", err)
	}
	bw := bufio.NewWriter(stdout)
	tw := tabwriter.NewWriter(bw, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tARTICLE\tOFFSET\tKIND\tVALUE\tVERDICT\tSUGGESTS\tTEXT")
	for _, c := range shown {
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
			return f, fmt.Errorf("--verdict %q: want verified, disputed, superseded, unverifiable, dismissed or unruled", verdict)
		}
		f.Verdicts = []factcheck.Verdict{v}
	}
	return f, nil
}

// listClaims returns the claims that pass filter and match query, as the
// app's search ranks them; with no query, those that pass filter in the
// store's order. Without a query, a filter on one kind is left to the
// store (db.Store.ClaimsOfKind), which reads only the claims of that kind,
// and the rest of the filter is applied here, as search applies it.
func listClaims(ctx context.Context, st *db.Store, query string, filter search.Filter) ([]*factcheck.Record, error) {
	if query != "" || len(filter.Kinds) != 1 {
		return searchClaims(ctx, st, query, filter)
	}
	claims, err := st.ClaimsOfKind(ctx, filter.Kinds[0])
	if err != nil {
		return nil, err
	}
	var out []*factcheck.Record
	for i := range claims {
		if passes(&claims[i], filter) {
			out = append(out, &claims[i])
		}
	}
	return out, nil
}

// searchClaims is listClaims through search: every claim is read and
// indexed.
func searchClaims(ctx context.Context, st *db.Store, query string, filter search.Filter) ([]*factcheck.Record, error) {
	claims, err := st.Claims(ctx)
	if err != nil {
		return nil, err
	}
	index := search.NewIndex(claims)
	for i := range claims {
		index.SetVerdict(i, claims[i].Verdict, claims[i].Checker)
	}
	hits, err := index.Search(ctx, query, filter, 0)
	if err != nil {
		return nil, err
	}
	out := make([]*factcheck.Record, len(hits))
	for i, h := range hits {
		out[i] = &claims[h.Entry]
	}
	return out, nil
}

// passes reports whether c passes f as search.Index applies a filter: a
// claim whose latest event clears its verdict is unruled, and was ruled
// by nobody.
func passes(c *factcheck.Record, f search.Filter) bool {
	if len(f.Kinds) > 0 && !slices.Contains(f.Kinds, c.Kind) ||
		f.Doc != "" && c.Doc != f.Doc ||
		f.Docs != nil && !slices.Contains(f.Docs, c.Doc) ||
		f.Suggested && c.Suggestion == nil ||
		f.RuledBy != "" && (!c.Ruled() || c.Checker != f.RuledBy) {
		return false
	}
	if len(f.Verdicts) == 0 {
		return true
	}
	v := c.Verdict
	if !c.Ruled() {
		v = factcheck.Unruled
	}
	return slices.ContainsFunc(f.Verdicts, func(w factcheck.Verdict) bool {
		return w == v || w == factcheck.Cleared && v == factcheck.Unruled
	})
}
