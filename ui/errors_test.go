package ui

import (
	"encoding/csv"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

func TestErrorsShowADialogAndKeepTheList(t *testing.T) {
	tests := []struct {
		name string
		act  func(h *harness, dir string)
	}{
		{"open a file that is not a database", func(h *harness, dir string) {
			p := filepath.Join(dir, "notes.db")
			os.WriteFile(p, []byte("these are my notes, not a database"), 0o644)
			h.Open(p, false)
		}},
		{"open a damaged database", func(h *harness, dir string) {
			src, _ := os.ReadFile(h.path)
			p := filepath.Join(dir, "cut.db")
			os.WriteFile(p, src[:len(src)/3], 0o644)
			h.Open(p, false)
		}},
		{"export into a missing folder", func(h *harness, dir string) {
			h.exportTo(filepath.Join(dir, "missing", "verdicts.csv"), csvExport(false))
		}},
		{"import a missing file", func(h *harness, dir string) {
			h.importPaths([]string{filepath.Join(dir, "gone.txt")})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newDBHarness(t)
			claims := len(h.cat().claims)
			tt.act(h, t.TempDir())
			h.settle()
			if n := len(h.win.Canvas().Overlays().List()); n == 0 {
				t.Error("no dialog says what happened")
			}
			if h.cat() == nil || len(h.cat().claims) != claims {
				t.Error("the claims shown before are gone")
			}
		})
	}
}

func TestAdvice(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("rule claim 3: %w", factcheck.ErrLocked), "Close it"},
		{fmt.Errorf("open x.db: %w", factcheck.ErrCorrupt), "backup"},
		{fmt.Errorf("open x.db: %w", factcheck.ErrNotFactcheck), "not a Factcheck database"},
		{fmt.Errorf("open x.db: %w", factcheck.ErrNewerSchema), "newer version"},
		{fmt.Errorf("import: %w", factcheck.ErrFull), "Free some space"},
		{fmt.Errorf("undo: %w", factcheck.ErrConflict), "rule on it again"},
		{fmt.Errorf("amend claim 3: %w: a date is written 2023-11-03", factcheck.ErrBadReading), "Correct what the message names"},
		{&ingest.FileError{Path: "a.bin", Err: extract.ErrBinary}, "Word (.docx)"},
		{&ingest.FileError{Path: "scan.pdf", Err: document.ErrNoText}, "scanned"},
		{&ingest.FileError{Path: "a.txt", Err: fmt.Errorf("%w: runtime error (ranges.go:12)", extract.ErrFault)}, "fault in Factcheck"},
		{&ingest.FileError{Path: "https://x.example/a.png", Err: fmt.Errorf("%w image/png", ingest.ErrNotArticleType)}, "picture"},
		{&ingest.FileError{Path: "https://x.example/gone", Err: fmt.Errorf("%w: it answered 404 Not Found", ingest.ErrRefused)}, "sign-in"},
		{&ingest.FileError{Path: "https://x.example/", Err: &net.OpError{Op: "dial", Err: errors.New("connection refused")}}, "could not reach"},
		{&os.PathError{Op: "open", Path: "/x", Err: os.ErrPermission}, "permissions"},
		{&url.Error{Op: "Get", URL: "https://x.example/", Err: errors.New("Client.Timeout exceeded")}, "could not reach"},
		{fmt.Errorf("export /proc/x.csv: create a file in /proc: %w", syscall.ENOENT), "no file can be made"},
		{fmt.Errorf("export /mnt/full/v.csv: %w", &os.PathError{Op: "write", Path: "/mnt/full/.v.csv.tmp", Err: syscall.ENOSPC}), "disk is full"},
		{fmt.Errorf("export /mnt/ro/v.csv: %w", &os.PathError{Op: "open", Path: "/mnt/ro/.v.csv.tmp", Err: syscall.EROFS}), "read-only"},
		{errors.New("something else"), "Try again"},
	}
	// a file named .pdf that is no PDF, as the import reads it
	_, err := ingest.ParseFile("report.pdf", []byte("Quarterly report: sales rose 5 pct.\n"), "")
	tests = append(tests, struct {
		err  error
		want string
	}{err, "not what its name says"})
	for _, tt := range tests {
		if got := advice(tt.err); !strings.Contains(got, tt.want) {
			t.Errorf("advice(%v) = %q, want it to contain %q", tt.err, got, tt.want)
		}
	}
}

func TestExportWritesCSV(t *testing.T) {
	h := newDBHarness(t)
	h.rule(factcheck.Ruling{Claim: h.cat().claims[0].ID, Verdict: factcheck.Verified}, notes{})
	h.settle()
	path := filepath.Join(t.TempDir(), "verdicts.csv")
	h.exportTo(path, csvExport(false))
	h.settle()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(rows), len(h.cat().claims)+1; got != want {
		t.Errorf("export has %d rows, want %d (a header and a row a claim)", got, want)
	}
	if !strings.Contains(h.statusMsg, path) {
		t.Errorf("status reads %q", h.statusMsg)
	}
}
