package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

// claims runs the command line and returns its exit status and output.
func claims(args ...string) (code int, stdout, stderr string) {
	var out, errw bytes.Buffer
	code = run(args, &out, &errw)
	return code, out.String(), errw.String()
}

// mustImportSeeds imports the seeds into a new database and returns its path.
func mustImportSeeds(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "f.db")
	code, out, errs := claims("import", "--db", path, "../../seeds")
	if code != 0 || !strings.HasPrefix(out, "imported 5 articles") {
		t.Fatalf("import: %d %q %q", code, out, errs)
	}
	return path
}

// TestRuleUndoRedoHistory works through a checker's session.
func TestRuleUndoRedoHistory(t *testing.T) {
	path := mustImportSeeds(t)
	steps := []struct {
		args   []string
		code   int
		stdout string // a regular expression the output must match
		stderr string
	}{
		{[]string{"rule", "--db", path, "--by", "ann", "1", "verified", "--note", "checked"}, 0, `^claim 1: verified by ann \(event 1\)\n$`, ""},
		{[]string{"rule", "--db", path, "2", "superseded", "--by", "ann", "--superseded-by", "3"}, 0, `^claim 2: superseded by claim 3 by ann \(event 2\)\n$`, ""},
		{[]string{"rule", "--db", path, "--by", "bob", "1", "disputed", "--evidence", "https://example.org"}, 0, `disputed by bob`, ""},
		{[]string{"undo", "--db", path, "--by", "ann"}, 0, `^claim 2: undo of event 2; now unruled \(event 4\)\n$`, ""},
		{[]string{"undo", "--db", path, "--by", "ann"}, 1, `^$`, "claim was ruled on again since: claim 1 by bob"},
		{[]string{"redo", "--db", path, "--by", "ann"}, 0, `^claim 2: redo of event 2; now superseded by claim 3 \(event 5\)\n$`, ""},
		{[]string{"redo", "--db", path, "--by", "ann"}, 1, `^$`, "nothing to redo"},
		{[]string{"history", "--db", path, "1"}, 0, `(?s)claim 1: .*\n1 .* ann +rule +verified +- +checked.*\n3 .* bob +rule +disputed +1 .*https://example.org`, ""},
		{[]string{"history", "--db", path, "4"}, 0, `never ruled on`, ""},
		{[]string{"list", "--db", path, "--verdict", "superseded"}, 0, `(?s)^ID .*\n2 +\S+ +\d+ .* superseded .*\n$`, ""},
		{[]string{"list", "--db", path, "--verdict", "disputed"}, 0, `(?s)^ID .*\n1 +\S+ .* disputed .*\n$`, ""},
		{[]string{"rule", "--db", path, "--by", "ann", "9999", "verified"}, 1, `^$`, "claim 9999: not found"},
		{[]string{"rule", "--db", path, "--by", "ann", "1", "maybe"}, 2, `^$`, `verdict "maybe"`},
		{[]string{"rule", "--db", path, "1", "verified"}, 2, `^$`, "--by NAME is required"},
		{[]string{"rule", "--db", path, "--by", "ann", "1", "superseded"}, 2, `^$`, "superseded needs --superseded-by CLAIM"},
		{[]string{"rule", "--db", path, "--by", "ann", "1"}, 2, `^$`, "usage: claims rule"},
		{[]string{"undo", "--db", path}, 2, `^$`, "usage: claims undo"},
		{[]string{"history", "--db", path, "nonsense"}, 1, `^$`, "want an ID or ARTICLE:START"},
	}
	for i, st := range steps {
		code, out, errs := claims(st.args...)
		if code != st.code || !regexp.MustCompile(st.stdout).MatchString(out) || !strings.Contains(errs, st.stderr) {
			t.Errorf("step %d: claims %s\n= %d\nstdout %q\nstderr %q\nwant %d, stdout ~ %q, stderr with %q",
				i, strings.Join(st.args, " "), code, out, errs, st.code, st.stdout, st.stderr)
		}
	}
}

// TestRuleByRef names claims as ARTICLE:START, as "claims list" shows them.
func TestRuleByRef(t *testing.T) {
	path := mustImportSeeds(t)
	_, out, _ := claims("list", "--db", path)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	f := strings.Fields(lines[1]) // ID ARTICLE OFFSET ...
	ref := f[1] + ":" + f[2]
	code, out, errs := claims("rule", "--db", path, "--by", "ann", ref, "verified")
	if code != 0 || !strings.HasPrefix(out, "claim "+f[0]+": verified") {
		t.Errorf("rule %s: %d %q %q", ref, code, out, errs)
	}
}

func TestExportCmd(t *testing.T) {
	path := mustImportSeeds(t)
	claims("rule", "--db", path, "--by", "ann", "1", "verified", "--note", "=HYPERLINK(\"x\")")
	dir := t.TempDir()
	out := filepath.Join(dir, "v.csv")
	code, _, errs := claims("export", "--db", path, "--out", out)
	if code != 0 {
		t.Fatalf("export: %d %q", code, errs)
	}
	f, _ := os.Open(out)
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("wrote %s: %d claims\n", out, len(rows)-1); errs != want {
		t.Errorf("export says %q, want %q: the rows it wrote", errs, want)
	}
	_, list, _ := claims("list", "--db", path)
	if want := strings.Count(list, "\n"); len(rows) != want { // header + a row a claim, both
		t.Errorf("%d CSV rows, list shows %d lines", len(rows), want)
	}
	if !strings.Contains(strings.Join(rows[1], ","), `'=HYPERLINK("x")`) {
		t.Errorf("first row %q: note not neutralised", rows[1])
	}
	code, _, errs = claims("export", "--db", path, "--history", "--out", filepath.Join(dir, "missing", "h.csv"))
	if code != 1 || !strings.Contains(errs, "does not exist") {
		t.Errorf("export to a missing directory: %d %q", code, errs)
	}
	code, stdout, _ := claims("export", "--db", path, "--history", "--out", "-")
	if code != 0 || !strings.HasPrefix(stdout, "event,claim,") || strings.Count(stdout, "\n") != 2 {
		t.Errorf("export --history to stdout: %d %q", code, stdout)
	}
}

// TestBadDatabase points the commands at files that are no Factcheck
// database: a message naming the file and saying what to do, the file
// unchanged.
func TestBadDatabase(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, []byte("this is not a database, just some text\n"), 0o644)
	for _, args := range [][]string{
		{"list", "--db", junk},
		{"rule", "--db", junk, "--by", "ann", "1", "verified"},
		{"import", "--db", junk, "../../seeds"},
		{"export", "--db", junk, "--out", filepath.Join(dir, "x.csv")},
	} {
		code, _, errs := claims(args...)
		if code != 1 || !strings.Contains(errs, junk) || !strings.Contains(errs, "not a Factcheck database") ||
			!strings.Contains(errs, "the file was not changed") {
			t.Errorf("claims %s: %d %q", strings.Join(args, " "), code, errs)
		}
	}
	if b, _ := os.ReadFile(junk); string(b) != "this is not a database, just some text\n" {
		t.Errorf("file changed: %q", b)
	}
}

// TestExportFormats: ClaimReview JSON-LD of the ruled claims, signed by
// the publisher named, to a file; JSON Lines of every claim to standard
// output; usage errors for a missing publisher and an unknown format.
func TestExportFormats(t *testing.T) {
	path := mustImportSeeds(t)
	claims("rule", "--db", path, "--by", "ann", "1", "verified")
	claims("rule", "--db", path, "--by", "ann", "2", "disputed", "--note", "the AP says 3")
	out := filepath.Join(t.TempDir(), "reviews.jsonld")
	code, _, errs := claims("export", "--db", path, "--format", "claimreview", "--publisher", "The Ledger", "--out", out)
	if code != 0 {
		t.Fatalf("export claimreview: %d %q", code, errs)
	}
	if want := "wrote " + out + ": 2 claim reviews\n"; errs != want {
		t.Errorf("export claimreview says %q, want %q: the two claims ruled", errs, want)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Graph []struct {
			Type   string `json:"@type"`
			Author struct{ Name string }
		} `json:"@graph"`
	}
	if err := json.Unmarshal(data, &doc); err != nil || len(doc.Graph) != 2 || doc.Graph[0].Type != "ClaimReview" || doc.Graph[0].Author.Name != "The Ledger" {
		t.Errorf("ClaimReview export %+v, %v:\n%s", doc, err, data)
	}
	code, stdout, _ := claims("export", "--db", path, "--format", "jsonl", "--out", "-")
	_, list, _ := claims("list", "--db", path)
	if code != 0 || strings.Count(stdout, "\n") != strings.Count(list, "\n")-1 {
		t.Errorf("export jsonl: %d, %d lines for %d claims", code, strings.Count(stdout, "\n"), strings.Count(list, "\n")-1)
	}
	for _, args := range [][]string{{"--format", "claimreview"}, {"--format", "xml"}, {"--format", "jsonl", "--history"}} {
		if code, _, _ := claims(append([]string{"export", "--db", path, "--out", "-"}, args...)...); code != 2 {
			t.Errorf("export %q: exit %d, want 2", args, code)
		}
	}
}

// TestDescribeOutsideFigure: a claim superseded by a figure from outside
// the review is described by that figure, its date and source, not as
// "claim 0".
func TestDescribeOutsideFigure(t *testing.T) {
	r := factcheck.Ruling{Verdict: factcheck.Superseded, Outside: factcheck.Figure{Value: factcheck.Value{Num: 11078}, Date: "2023-11-12", Source: "https://example.org/toll"}}
	if got, want := describe(r), "superseded by 11,078 of 2023-11-12 (https://example.org/toll)"; got != want {
		t.Errorf("describe = %q, want %q", got, want)
	}
	if got := describe(factcheck.Ruling{Verdict: factcheck.Superseded, SupersededBy: 7}); got != "superseded by claim 7" {
		t.Errorf("describe = %q", got)
	}
}
