//go:build linux

package db

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// TestExportValidUTF8: a file name and a note that are not UTF-8 (Linux
// allows any bytes in names; an older version stored any note) still give
// CSV exports that are valid UTF-8; checker names that would spoof a
// terminal or a window are refused.
func TestExportValidUTF8(t *testing.T) {
	fileOnly(t)
	ctx := context.Background()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "caf\xe9.txt"), []byte("Sales rose 12% to $4 million.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := mustOpen(t)
	if _, err := ingest.Import(ctx, s, []string{dir}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	claims, err := s.Claims(ctx)
	if err != nil || len(claims) == 0 {
		t.Fatal(err)
	}
	if _, err := s.Rule(ctx, factcheck.Ruling{Claim: claims[0].ID, Verdict: factcheck.Disputed, Checker: "ann", Note: "r\xe9sum\xe9", Evidence: "\xff"}); err != nil {
		t.Fatal(err)
	}
	for _, history := range []bool{false, true} {
		var buf bytes.Buffer
		if err := s.ExportTo(ctx, &buf, history); err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(buf.Bytes()) {
			t.Errorf("export (history %t) is not valid UTF-8:\n%q", history, buf.Bytes())
		}
	}
	for _, name := range []string{"ann\r", "\x1b]0;pwned\x07", "ann\u202e", "b\xffb"} {
		_, err := s.Rule(ctx, factcheck.Ruling{Claim: claims[0].ID, Verdict: factcheck.Verified, Checker: name})
		if !errors.Is(err, factcheck.ErrBadChecker) {
			t.Errorf("Rule by %q: %v, want ErrBadChecker", name, err)
		}
		if _, err := s.Undo(ctx, name); !errors.Is(err, factcheck.ErrBadChecker) {
			t.Errorf("Undo by %q: %v, want ErrBadChecker", name, err)
		}
	}
}
