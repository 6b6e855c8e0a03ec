package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// runClaims runs the claims command with args and returns its exit status,
// standard output and standard error.
func runClaims(args ...string) (int, string, string) {
	var out, errs bytes.Buffer
	code := run(args, &out, &errs)
	return code, out.String(), errs.String()
}

func TestExtractCmd(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("More than 200 hostages were held on November 3.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("Sales rose 12% to \xa34m.\n"), 0o644) // Latin-1
	os.WriteFile(filepath.Join(dir, "c.bin.txt"), []byte("\x00\x01binary"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.odt"), []byte("200 people"), 0o644) // no article format: passed over

	code, out, errs := runClaims("extract", "--format", "jsonl", "--published", "2023-11-02", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1 (a binary file): %s", code, errs)
	}
	if !strings.Contains(errs, "c.bin.txt: binary file") {
		t.Errorf("stderr does not name the binary file: %q", errs)
	}
	var rows []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r map[string]any
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("not JSON: %q", line)
		}
		rows = append(rows, r)
	}
	if len(rows) != 4 {
		t.Fatalf("got %d rows, want 4: %s", len(rows), out)
	}
	if rows[0]["text"] != "More than 200 hostages" || rows[0]["qualifier"] != "lower_bound" || rows[0]["unit"] != nil {
		t.Errorf("row 0 = %v", rows[0])
	}
	if rows[1]["value"] != "2023-11-03" {
		t.Errorf("date value %v, want 2023-11-03 from --published", rows[1]["value"])
	}
	if rows[3]["text"] != "£4m" || rows[3]["unit"] != "GBP" || rows[3]["start"] != float64(18) {
		t.Errorf("Latin-1 row = %v", rows[3])
	}
	// the fields are CLAIMS.md's, in its order
	first := strings.SplitN(out, "\n", 2)[0]
	if !strings.HasPrefix(first, `{"doc":"a.txt","start":0,"end":22,"text":"More than 200 hostages","value":200,"end_value":null,"unit":null,"kind":"count"`) {
		t.Errorf("jsonl row %s", first)
	}
}

func TestExtractFormats(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	os.WriteFile(path, []byte("It cost $1.2bn, said Mr. Smith, \"=cmd\".\n"), 0o644)
	code, out, _ := runClaims("extract", "--format", "csv", path)
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(recs) != 2 || recs[0][0] != "doc" || recs[1][3] != "$1.2bn" || recs[1][4] != "1200000000" {
		t.Errorf("csv: exit %d, err %v, records %q", code, err, recs)
	}
	code, out, _ = runClaims("extract", path)
	if code != 0 || !strings.Contains(out, "KIND") || !strings.Contains(out, "1200000000 USD") {
		t.Errorf("table: exit %d\n%s", code, out)
	}
}

func TestExtractUsage(t *testing.T) {
	for _, args := range [][]string{
		{"extract"},
		{"extract", "--format", "xml", "x.txt"},
		{"extract", "--published", "3 Nov", "../../seeds"},
		{"nonsense"},
	} {
		if code, _, errs := runClaims(args...); code != 2 || errs == "" {
			t.Errorf("claims %q: exit %d, stderr %q; want 2 and a message", args, code, errs)
		}
	}
	if code, _, errs := runClaims("extract", "/no/such/file.txt"); code != 1 || !strings.Contains(errs, "no such file") {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runClaims("--version")
	if code != 0 || !strings.HasPrefix(out, "claims ") || !strings.Contains(out, "(commit ") {
		t.Errorf("claims --version: exit %d, %q", code, out)
	}
}

// TestExtractReadsWhatImportReads checks that extract and import take the
// same files from a folder: hidden ones skipped, links followed.
func TestExtractReadsWhatImportReads(t *testing.T) {
	dir := t.TempDir()
	other := t.TempDir()
	write := func(path, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(dir, "a.txt"), "Police said 12 people were hurt.\n")
	write(filepath.Join(dir, ".draft.txt"), "Police said 13 people were hurt.\n")
	write(filepath.Join(dir, ".old", "c.txt"), "Police said 14 people were hurt.\n")
	write(filepath.Join(dir, "sub", "b.txt"), "Police said 15 people were hurt.\n")
	write(filepath.Join(other, "linked.txt"), "Police said 16 people were hurt.\n")
	if err := os.Symlink(filepath.Join(other, "linked.txt"), filepath.Join(dir, "linked.txt")); err != nil {
		t.Fatal(err)
	}

	code, out, errs := runClaims("extract", "--format", "jsonl", dir)
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errs)
	}
	var extracted []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r struct{ Doc string }
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("not JSON: %q", line)
		}
		extracted = append(extracted, r.Doc)
	}
	dbPath := filepath.Join(t.TempDir(), "review.db")
	if code, _, errs := runClaims("import", "--db", dbPath, dir); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errs)
	}
	_, list, _ := runClaims("list", "--db", dbPath)
	want := []string{"a.txt", "linked.txt", "b.txt"}
	for _, name := range want {
		if !slices.Contains(extracted, name) {
			t.Errorf("extract did not read %s: %q", name, extracted)
		}
		if !strings.Contains(list, name) {
			t.Errorf("import did not read %s:\n%s", name, list)
		}
	}
	if len(extracted) != len(want) {
		t.Errorf("extract read %q, want %q", extracted, want)
	}
	for _, hidden := range []string{".draft.txt", "c.txt"} {
		if strings.Contains(list, hidden) {
			t.Errorf("import read the hidden %s", hidden)
		}
	}
}
