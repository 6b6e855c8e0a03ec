package ingest

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestCopyStoredMeanwhileIsACopy checks that a file whose bytes an
// earlier file of the same import holds is reported as a copy even when
// the batch holding that earlier file was committed while this one was
// read: not as already in the database (the split of an import's counts
// changed from run to run).
func TestCopyStoredMeanwhileIsACopy(t *testing.T) {
	dir := t.TempDir()
	story := []byte("Talks drew 300 delegates.\n")
	for _, name := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), story, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	before := filepath.Join(t.TempDir(), "earlier.txt")
	if err := os.WriteFile(before, []byte("Prices rose 5% in May.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	st := newFakeStore()
	if _, err := Import(context.Background(), st, []string{before}, Options{}); err != nil {
		t.Fatal(err) // a store with claims: the import asks which files it holds
	}
	st.askedStored = true
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1)) // one parser: a.txt is asked for first
	rep, err := Import(context.Background(), st, []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Added) != 1 || len(rep.Unchanged) != 0 || len(rep.Copies) != 1 || filepath.Base(rep.Copies[0].Path) != "b.txt" {
		t.Errorf("added %q, already in the database %q, copies %+v; want a.txt added and b.txt its copy", rep.Added, rep.Unchanged, rep.Copies)
	}
}
