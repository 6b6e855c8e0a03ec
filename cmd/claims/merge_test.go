package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMergeCmd: two checkers' review files merged, either into the other:
// the counts printed are what was stored, a second merge adds nothing,
// and the history of the claim both ruled holds both rulings.
func TestMergeCmd(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Sales rose 12% to $4 million on 3 May.\n"), 0o644)
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, "b.txt"), []byte("Officials said 412 trucks crossed on Tuesday.\n"), 0o644)
	ann, bo := filepath.Join(t.TempDir(), "ann.db"), filepath.Join(t.TempDir(), "bo.db")
	for _, c := range [][]string{
		{"import", "--db", ann, dir},
		{"import", "--db", bo, dir, other},
		{"rule", "--db", ann, "--by", "ann", "a.txt:11", "verified"},
		{"rule", "--db", bo, "--by", "bo", "a.txt:11", "disputed", "--note", "it was 11%"},
		{"rule", "--db", bo, "--by", "bo", "b.txt:15", "verified"},
		{"assign", "--db", bo, "--by", "desk", "--to", "bo", "b.txt"},
	} {
		if code, _, errs := claims(c...); code != 0 {
			t.Fatalf("%v: %d %q", c, code, errs)
		}
	}
	code, out, errs := claims("merge", "--db", ann, bo)
	if code != 0 || !strings.Contains(out, "merged 1 article, 1 claim, 2 ruling events, 0 label edits and 1 assignment from "+bo+" into "+ann) {
		t.Errorf("merge: %d\nstdout %q\nstderr %q", code, out, errs)
	}
	if code, out, errs := claims("merge", "--db", ann, bo); code != 0 || !strings.Contains(out, "merged 0 articles, 0 claims, 0 ruling events") {
		t.Errorf("merge again: %d\nstdout %q\nstderr %q", code, out, errs)
	}
	code, out, errs = claims("history", "--db", ann, "a.txt:11")
	if code != 0 || !strings.Contains(out, "ann") || !strings.Contains(out, "bo") || !strings.Contains(out, "it was 11%") {
		t.Errorf("history after the merge: %d\nstdout %q\nstderr %q", code, out, errs)
	}
	if _, out, _ := claims("list", "--db", ann, "--assigned", "bo"); !strings.Contains(out, "412 trucks") || strings.Contains(out, "12%") {
		t.Errorf("after the merge bo's article is not assigned to him:\n%s", out)
	}
	if _, out, _ := claims("list", "--db", ann, "--verdict", "disputed"); !strings.Contains(out, "12%") {
		t.Errorf("after the merge the claim both ruled is not bo's later dispute:\n%s", out)
	}
	if code, _, errs := claims("merge", "--db", ann, filepath.Join(dir, "none.db")); code != 1 || !strings.Contains(errs, "none.db") {
		t.Errorf("merge of a missing review: %d %q", code, errs)
	}
	if code, _, errs := claims("merge", "--db", ann); code != 2 || !strings.Contains(errs, "usage") {
		t.Errorf("merge without a review: %d %q", code, errs)
	}
}
