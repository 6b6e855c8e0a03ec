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
