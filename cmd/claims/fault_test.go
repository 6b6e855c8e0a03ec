package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCreateOnlyByImport: a misspelt --db is an error naming the file, and
// no file is made; import creates the database and says so.
func TestCreateOnlyByImport(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "misspelt.db")
	for _, args := range [][]string{
		{"list", "--db", missing},
		{"rule", "--db", missing, "--by", "ann", "1", "verified"},
		{"export", "--db", missing, "--out", "-"},
	} {
		code, out, errs := claims(args...)
		if code != 1 || !strings.Contains(errs, missing+": no such database") || out != "" {
			t.Errorf("%s: %d\nstdout %q\nstderr %q", args[0], code, out, errs)
		}
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Errorf("a database was made at the misspelt path: %v", err)
	}
	code, _, errs := claims("import", "--db", missing, "../../seeds")
	if code != 0 || !strings.Contains(errs, "created a new database "+missing) {
		t.Errorf("import: %d %q", code, errs)
	}
	if code, _, errs := claims("import", "--db", missing, "../../seeds"); code != 0 || strings.Contains(errs, "created") {
		t.Errorf("import again: %d %q", code, errs)
	}
}

// TestNoTerminalEscapes: notes, and file names, holding escape sequences
// and bidirectional controls are printed defused; a checker name holding
// them is refused.
func TestNoTerminalEscapes(t *testing.T) {
	dir := t.TempDir()
	name := "x\x1b]0;pwned\x07\u202e.txt"
	if err := os.WriteFile(filepath.Join(dir, name), []byte("Sales rose 12% to $4 million.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "f.db")
	if code, _, errs := claims("import", "--db", path, dir); code != 0 {
		t.Fatalf("import: %d %q", code, errs)
	}
	if code, _, errs := claims("rule", "--db", path, "--by", "ann", "1", "disputed", "--note", "ok\x1b[2J\x1b[31mforged\u202e"); code != 0 {
		t.Fatalf("rule: %d %q", code, errs)
	}
	for _, args := range [][]string{{"history", "--db", path, "1"}, {"list", "--db", path}} {
		code, out, errs := claims(args...)
		if code != 0 || strings.ContainsAny(out, "\x1b\x07\u202e") {
			t.Errorf("%s: %d %q %q", args[0], code, out, errs)
		}
	}
	code, _, errs := claims("rule", "--db", path, "--by", "ann\x1b[8m", "1", "verified")
	if code != 2 || !strings.Contains(errs, "plain text") {
		t.Errorf("rule by a name with an escape: %d %q", code, errs)
	}
}

// TestImportMakesNothingForNothing: an import into a folder that is not
// there makes no folder; one that imports nothing leaves no new database.
func TestImportMakesNothingForNothing(t *testing.T) {
	dir := t.TempDir()
	inMissing := filepath.Join(dir, "nope", "review.db")
	code, _, errs := claims("import", "--db", inMissing, "../../seeds")
	if code != 1 || !strings.Contains(errs, "no folder "+filepath.Dir(inMissing)) {
		t.Errorf("import into a missing folder: %d %q", code, errs)
	}
	if _, err := os.Stat(filepath.Dir(inMissing)); !os.IsNotExist(err) {
		t.Errorf("the missing folder was made: %v", err)
	}
	empty := filepath.Join(dir, "empty.db")
	code, _, errs = claims("import", "--db", empty, filepath.Join(dir, "no-such-articles"))
	if code != 1 || !strings.Contains(errs, "the new database "+empty+" was removed") {
		t.Errorf("import of nothing: %d %q", code, errs)
	}
	if left, _ := filepath.Glob(empty + "*"); len(left) > 0 {
		t.Errorf("files left: %v", left)
	}
}
