package main

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/db"
	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/search"
)

func TestListCmd(t *testing.T) {
	path := mustImportSeeds(t)
	claims("rule", "--db", path, "--by", "ann", "1", "verified")
	claims("rule", "--db", path, "--by", "bob", "2", "disputed")
	rows := func(args ...string) [][]string {
		t.Helper()
		code, out, errs := claims(append([]string{"list", "--db", path}, args...)...)
		if code != 0 {
			t.Fatalf("list %q: %d %q", args, code, errs)
		}
		// Cut the table's lines where the header's columns start.
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		var starts []int
		head := []rune(lines[0])
		for i, r := range head {
			if r != ' ' && (i == 0 || head[i-1] == ' ') {
				starts = append(starts, i)
			}
		}
		var rows [][]string
		for _, l := range lines[1:] {
			line := []rune(l)
			var row []string
			for k, s := range starts {
				e := len(line)
				if k+1 < len(starts) {
					e = starts[k+1]
				}
				row = append(row, strings.TrimSpace(string(line[s:e])))
			}
			rows = append(rows, row)
		}
		return rows
	}
	all := rows()
	if len(all) < 10 {
		t.Fatalf("%d claims listed", len(all))
	}
	tests := []struct {
		name  string
		args  []string
		check func(r []string) bool // every row passes
		min   int
	}{
		{"kind", []string{"--kind", "date"}, func(r []string) bool { return r[3] == "date" }, 1},
		{"verified", []string{"--verdict", "verified"}, func(r []string) bool { return r[0] == "1" }, 1},
		{"ruled by bob", []string{"--ruled-by", "bob"}, func(r []string) bool { return r[0] == "2" && r[5] == "disputed" }, 1},
		{"unruled", []string{"--verdict", "unruled"}, func(r []string) bool { return r[5] == "-" }, len(all) - 2},
		{"article", []string{"--article", all[0][1]}, func(r []string) bool { return r[1] == all[0][1] }, 1},
		{"suggested", []string{"--suggested"}, func(r []string) bool { return r[6] != "-" }, 0},
		{"search", []string{"--search", "blnkn 2nd vist"}, func(r []string) bool { return true }, 1},
	}
	for _, tt := range tests {
		got := rows(tt.args...)
		if len(got) < tt.min || len(got) > len(all) {
			t.Errorf("%s: %d rows, want at least %d", tt.name, len(got), tt.min)
		}
		for _, r := range got {
			if !tt.check(r) {
				t.Errorf("%s: row %q", tt.name, r)
			}
		}
	}
	if got := rows("--search", "blnkn 2nd vist"); len(got) == 0 || got[0][7] != "second visit" {
		t.Errorf("search for Blinken's second visit: first hit %q", got)
	}
	code, _, errs := claims("list", "--db", path, "--kind", "weight")
	if code != 2 || !strings.Contains(errs, `--kind "weight"`) {
		t.Errorf("bad kind: %d %q", code, errs)
	}
}

// TestListOfKind: without a query, listing one kind through the store's
// SQL filter gives what the search index gives, under every other filter.
func TestListOfKind(t *testing.T) {
	ctx := context.Background()
	path := mustImportSeeds(t)
	claims("rule", "--db", path, "--by", "ann", "1", "verified")
	claims("rule", "--db", path, "--by", "bob", "2", "disputed")
	claims("rule", "--db", path, "--by", "bob", "3", "verified")
	claims("rule", "--db", path, "--by", "bob", "3", "cleared")
	st, err := db.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	all, err := st.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var filters []search.Filter
	for _, k := range factcheck.Kinds {
		kinds := []factcheck.Kind{k}
		filters = append(filters, search.Filter{Kinds: kinds}, search.Filter{Kinds: kinds, Suggested: true},
			search.Filter{Kinds: kinds, RuledBy: "bob"}, search.Filter{Kinds: kinds, Doc: all[0].Doc})
		for _, v := range []factcheck.Verdict{factcheck.Unruled, factcheck.Verified, factcheck.Disputed, factcheck.Superseded} {
			filters = append(filters, search.Filter{Kinds: kinds, Verdicts: []factcheck.Verdict{v}})
		}
	}
	nonEmpty := 0
	for _, f := range filters {
		got, err := listClaims(ctx, st, "", f)
		if err != nil {
			t.Fatal(err)
		}
		want, err := searchClaims(ctx, st, "", f)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) > 0 {
			nonEmpty++
		}
		if len(got) != len(want) || len(got) > 0 && !reflect.DeepEqual(got, want) {
			t.Errorf("filter %+v: %d claims, want %d", f, len(got), len(want))
		}
	}
	if nonEmpty < len(factcheck.Kinds) {
		t.Errorf("only %d filters kept claims", nonEmpty)
	}
}
