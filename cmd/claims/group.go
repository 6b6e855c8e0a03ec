package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/group"
)

// groupedClaim is a claim row with its group and suggestion, as CLAIMS.md
// shows for "claims group".
type groupedClaim struct {
	factcheck.Claim
	Group      string                `json:"group"`
	Suggestion *factcheck.Suggestion `json:"suggestion"`
}

func (g groupedClaim) MarshalJSON() ([]byte, error) {
	row, err := json.Marshal(g.Claim)
	if err != nil {
		return nil, err
	}
	extra, err := json.Marshal(struct {
		Group      string                `json:"group"`
		Suggestion *factcheck.Suggestion `json:"suggestion"`
	}{g.Group, g.Suggestion})
	if err != nil {
		return nil, err
	}
	// splice {"doc":...} and {"group":...} into one object
	return append(append(row[:len(row)-1], ','), extra[1:]...), nil
}

func runGroup(args []string, stdout, stderr io.Writer) int {
	fl := newFlagSet("group", "[--format jsonl] [--published YYYY-MM-DD] FILE|DIR|URL|-...", stderr)
	format := fl.String("format", "jsonl", "output `format`: jsonl")
	published := fl.String("published", "", "publication `date` YYYY-MM-DD for every article (default: read from each)")
	paths, perr := parseArgs(fl, args)
	if perr != nil {
		return badUsage(fl, perr)
	}
	if len(paths) == 0 {
		fl.Usage()
		return 2
	}
	if *format != "jsonl" {
		fmt.Fprintf(stderr, "claims group: unknown format %q (want jsonl)\n", *format)
		return 2
	}
	if !validPublished("group", *published, stderr) {
		return 2
	}
	var claims []factcheck.Claim
	dates, names := map[string]string{}, map[string][]string{}
	status := eachArticle("group", paths, *published, stderr, func(a *factcheck.Article) error {
		claims = append(claims, a.Claims...)
		dates[a.Name], names[a.Name] = a.Published, group.NamesOfText(a.Text)
		return nil
	})
	enc := json.NewEncoder(stdout)
	for i, p := range group.Group(claims, dates, names) {
		if err := enc.Encode(groupedClaim{claims[i], p.Group, p.Suggestion}); err != nil {
			fmt.Fprintf(stderr, "claims group: write: %v\n", err)
			return 1
		}
	}
	return status
}
