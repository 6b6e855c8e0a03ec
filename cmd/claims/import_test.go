package main

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestImportCmd(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("Sales rose 12% to $4 million.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "bin.txt"), []byte("\x00\x01\x02binary"), 0o644)
	path := filepath.Join(t.TempDir(), "f.db")
	code, out, errs := claims("import", "--db", path, dir, filepath.Join(dir, "missing.txt"))
	if code != 1 || !strings.Contains(out, "imported 1 article ") || !strings.Contains(errs, "bin.txt: binary file") ||
		!strings.Contains(errs, "missing.txt: no such file") {
		t.Errorf("import: %d\nstdout %q\nstderr %q", code, out, errs)
	}
	// Progress goes to terminals only.
	if strings.Contains(errs, "ETA") {
		t.Errorf("progress line written to a buffer: %q", errs)
	}
	code, out, _ = claims("import", "--db", path, filepath.Join(dir, "good.txt"))
	if code != 0 || !strings.Contains(out, "good.txt: already imported") || !strings.Contains(out, "imported 0 articles") {
		t.Errorf("re-import: %d %q", code, out)
	}
	code, _, errs = claims("import", "--db", path, "--published", "yesterday", dir)
	if code != 2 || !strings.Contains(errs, "want YYYY-MM-DD") {
		t.Errorf("bad --published: %d %q", code, errs)
	}
}

func TestReextractCmd(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Sales rose 12% to $4 million on 3 May.\n"), 0o644)
	path := filepath.Join(t.TempDir(), "f.db")
	if code, _, errs := claims("import", "--db", path, dir); code != 0 {
		t.Fatalf("import: %d %q", code, errs)
	}
	code, out, errs := claims("reextract", "--db", path)
	if code != 0 || !strings.Contains(out, "re-extracted 1 articles: 3 claims, 0 new, 0 removed") {
		t.Errorf("reextract: %d\nstdout %q\nstderr %q", code, out, errs)
	}
	if code, _, errs := claims("reextract", "--db", path, "extra"); code != 2 || !strings.Contains(errs, "usage") {
		t.Errorf("reextract with an argument: %d %q", code, errs)
	}
}

func TestParseArgs(t *testing.T) {
	tests := []struct {
		args     []string
		wantPos  []string
		wantBy   string
		wantNote string
	}{
		{[]string{"--by", "ann", "12", "verified"}, []string{"12", "verified"}, "ann", ""},
		{[]string{"12", "verified", "--by", "ann", "--note", "x y"}, []string{"12", "verified"}, "ann", "x y"},
		{[]string{"12", "--by=ann", "verified"}, []string{"12", "verified"}, "ann", ""},
		{[]string{"--by", "ann", "--", "-3", "--note"}, []string{"-3", "--note"}, "ann", ""},
	}
	for _, tt := range tests {
		fl := flag.NewFlagSet("t", flag.ContinueOnError)
		fl.SetOutput(io.Discard)
		by := fl.String("by", "", "")
		note := fl.String("note", "", "")
		pos, err := parseArgs(fl, tt.args)
		if err != nil || !slices.Equal(pos, tt.wantPos) || *by != tt.wantBy || *note != tt.wantNote {
			t.Errorf("parseArgs(%q) = %q, by %q, note %q", tt.args, pos, *by, *note)
		}
	}
	fl := flag.NewFlagSet("t", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	if _, err := parseArgs(fl, []string{"1", "--nope"}); err == nil {
		t.Error("an unknown flag was accepted")
	}
}
