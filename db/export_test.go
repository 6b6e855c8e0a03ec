package db

import (
	"context"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

func TestExport(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	a, b := claims[0], claims[1]
	s.Rule(ctx, factcheck.Ruling{Claim: a.ID, Verdict: factcheck.Verified, Checker: "ann"})
	s.Rule(ctx, factcheck.Ruling{Claim: a.ID, Verdict: factcheck.Superseded, SupersededBy: b.ID, Checker: "ann", Note: "=2+2", Evidence: "https://e.org"})
	s.Undo(ctx, "ann")
	dir := t.TempDir()

	out := filepath.Join(dir, "verdicts.csv")
	if err := s.Export(ctx, out, false); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, out)
	if len(rows) != len(claims)+1 || strings.Join(rows[0], ",") != strings.Join(factcheck.VerdictHeader, ",") {
		t.Fatalf("%d rows, header %q; want %d rows", len(rows), rows[0], len(claims)+1)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for i, row := range rows[1:] {
		c := claims[i]
		if row[col["id"]] != strconv.FormatInt(c.ID, 10) || row[col["text"]] != factcheck.Neutralise(c.Text) ||
			row[col["article"]] != c.Doc || row[col["sentence"]] != factcheck.Neutralise(c.Sentence) {
			t.Errorf("row %d = %q, want claim %+v", i+1, row, c)
		}
	}
	first := rows[1]
	for name, want := range map[string]string{"verdict": "verified", "checker": "ann", "events": "3", "note": "",
		"superseded_by_article": ""} {
		if got := first[col[name]]; got != want {
			t.Errorf("first claim's %s = %q, want %q", name, got, want)
		}
	}

	hist := filepath.Join(dir, "history.csv")
	if err := s.Export(ctx, hist, true); err != nil {
		t.Fatal(err)
	}
	rows = readCSV(t, hist)
	if len(rows) != 4 {
		t.Fatalf("history: %d rows, want header and 3 events", len(rows))
	}
	col = map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	second := rows[2]
	for name, want := range map[string]string{"action": "rule", "verdict": "superseded", "note": "'=2+2",
		"superseded_by_article": b.Doc, "superseded_by_text": factcheck.Neutralise(b.Text), "replaces": "1", "version": "dev"} {
		if got := second[col[name]]; got != want {
			t.Errorf("second event's %s = %q, want %q", name, got, want)
		}
	}
	if got := rows[3][col["action"]] + " " + rows[3][col["target"]]; got != "undo 2" {
		t.Errorf("third event: %q, want undo 2", got)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestExportBadPath exports where it cannot: a clear error, and an old
// file there is left as it was.
func TestExportBadPath(t *testing.T) {
	ctx := context.Background()
	s, _ := mustSeed(t)
	dir := t.TempDir()
	ro := filepath.Join(dir, "readonly")
	os.Mkdir(ro, 0o755)
	old := filepath.Join(ro, "old.csv")
	os.WriteFile(old, []byte("old,export\n"), 0o644)
	os.Chmod(ro, 0o555)
	t.Cleanup(func() { os.Chmod(ro, 0o755) })
	tests := []struct {
		name, path, want string
		skip             bool
	}{
		{"missing directory", filepath.Join(dir, "nope", "out.csv"), "does not exist", false},
		{"file as directory", filepath.Join(old, "out.csv"), "not a directory", false},
		{"a directory", ro, "is a folder", false},
		{"a link to nowhere", symlink(t, filepath.Join(dir, "nowhere"), filepath.Join(dir, "dangling.csv")), "cannot be reached", false},
		{"read-only directory", old, "permission denied", writable(ro)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.skip {
				t.Skip("running as a user (root?) who can write in a read-only directory")
			}
			err := s.Export(ctx, tt.path, false)
			if err == nil {
				t.Fatal("Export succeeded")
			}
			if !strings.Contains(err.Error(), tt.path) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Export: %q, want it to name %s and say %q", err, tt.path, tt.want)
			}
			if b, _ := os.ReadFile(old); string(b) != "old,export\n" {
				t.Errorf("old file now %q", b)
			}
		})
	}
}

// symlink makes a link at path to target and returns path.
func symlink(t *testing.T, target, path string) string {
	t.Helper()
	if err := os.Symlink(target, path); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestExportThroughLink exports to a symbolic link: the file it names is
// written and the link kept.
func TestExportThroughLink(t *testing.T) {
	s, _ := mustSeed(t)
	dir := t.TempDir()
	target := filepath.Join(dir, "verdicts.csv")
	os.WriteFile(target, []byte("old\n"), 0o644)
	link := symlink(t, "verdicts.csv", filepath.Join(dir, "latest.csv"))
	if err := s.Export(context.Background(), link, false); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link is gone: %v %v", fi, err)
	}
	if b, _ := os.ReadFile(target); !strings.HasPrefix(string(b), "claim_id,") && !strings.Contains(string(b), "verdict") {
		t.Errorf("the linked file holds %.80q, want the export", b)
	}
}

// writable reports whether the current user can create files in dir.
func writable(dir string) bool {
	f, err := os.CreateTemp(dir, "probe")
	if err != nil {
		return false
	}
	f.Close()
	os.Remove(f.Name())
	return true
}

// TestExportFailsLate fails an export after it started writing: the old
// file stays, and no temporary file is left.
func TestExportFailsLate(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.csv")
	os.WriteFile(path, []byte("old\n"), 0o644)
	err := writeFileAtomic(path, func(w io.Writer) error {
		w.Write([]byte("half a file"))
		return errors.New("database went away")
	})
	if err == nil {
		t.Fatal("writeFileAtomic succeeded")
	}
	if b, _ := os.ReadFile(path); string(b) != "old\n" {
		t.Errorf("old file now %q", b)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
