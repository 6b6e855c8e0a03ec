//go:build unix

package db

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestExportToPipe refuses to export over a named pipe, which a rename
// would replace with a file: the pipe stays.
func TestExportToPipe(t *testing.T) {
	s, _ := mustSeed(t)
	pipe := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	err := s.Export(context.Background(), pipe, false)
	if err == nil || !strings.Contains(err.Error(), pipe) || !strings.Contains(err.Error(), "not a regular file") {
		t.Fatalf("Export to a pipe: %v, want it refused by name", err)
	}
	if fi, err := os.Lstat(pipe); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe is gone: %v %v", fi, err)
	}
}
