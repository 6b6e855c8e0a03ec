package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/factcheck/ingest"
)

// oneLine writes a file of n sentences on one line, each stating a
// different death toll of the same fire: claims that all fall in one group
// and disagree with one another. Files that name the same fire ("Caxton
// Yard") are one story; a file that names none is a story of its own.
func oneLine(t *testing.T, dir, name, fire string, n int) string {
	t.Helper()
	var b strings.Builder
	for i := range n {
		if fire == "" {
			fmt.Fprintf(&b, "Police said %d people died in the fire. ", 1+i%997)
		} else {
			fmt.Fprintf(&b, "Police said %d people died in the %s fire. ", 1+i%997, fire)
		}
	}
	return pathOf(t, dir, name, b.String())
}

// pathOf writes text to the file name in dir and returns its path.
func pathOf(t *testing.T, dir, name, text string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestHugeOneLine imports one-line files of many claims about one fact:
// suggestions stay bounded (no claim names every other as disagreeing; an
// article disputes the others of its story, not itself; the many figures
// of one time dispute none, while two reports at odds dispute each other),
// a file of more claims than an article has is refused by name, and the
// database takes the next import.
func TestHugeOneLine(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := mustOpen(t)
	start := time.Now()
	rep, err := ingest.Import(ctx, s, []string{pathOf(t, dir, "small.txt", "Police said 120 people died in the Hartley Mill fire."),
		pathOf(t, dir, "small2.txt", "Police said 150 people died in the Hartley Mill fire."),
		oneLine(t, dir, "group.txt", "Caxton Yard", 3000), oneLine(t, dir, "group2.txt", "Caxton Yard", 301)}, ingest.Options{})
	if err != nil || len(rep.Added) != 4 {
		t.Fatalf("import: %v, %v", rep.Added, err)
	}
	claims, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	suggested := 0
	for _, c := range claims {
		if c.Suggestion == nil {
			continue
		}
		suggested++
		if len(c.Suggestion.With) > 10 {
			t.Fatalf("claim %d: a suggestion naming %d claims", c.ID, len(c.Suggestion.With))
		}
	}
	if suggested != 2 {
		t.Errorf("%d suggestions among %d claims, want the two small files' dispute", suggested, len(claims))
	}

	big := oneLine(t, dir, "big.txt", "", 100000) // 4 MB
	rep, err = ingest.Import(ctx, s, []string{big}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Errors) != 1 || rep.Errors[0].Path != big || !errors.Is(rep.Errors[0].Err, ingest.ErrTooManyClaims) {
		t.Errorf("import of 100,000 claims: errors %v, want ingest.ErrTooManyClaims for %s", rep.Errors, big)
	}
	if _, err := ingest.Import(ctx, s, []string{seedsDir}, ingest.Options{}); err != nil {
		t.Errorf("the next import: %v", err)
	}
	var regroup int
	rawDB(t, s).QueryRow("SELECT count(*) FROM meta WHERE key = 'regroup'").Scan(&regroup)
	if regroup != 0 {
		t.Error("a regroup is left pending")
	}
	// Since schema 4 a pending regroup is an article not grouped.
	if n := ungrouped(t, s); n != 0 {
		t.Errorf("%d articles left ungrouped", n)
	}
	if d := time.Since(start); d > time.Minute {
		t.Errorf("took %v", d)
	}
}
