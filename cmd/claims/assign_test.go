package main

import (
	"strings"
	"testing"
)

// TestAssignCmd: articles assigned by name or ID, reassigned and
// unassigned; what is printed is what was stored, and list --assigned
// keeps the claims of the checker's articles.
func TestAssignCmd(t *testing.T) {
	path := mustImportSeeds(t)
	_, out, _ := claims("list", "--db", path)
	var docs []string // the articles, as list shows them, in order; docs[0]'s ID is 1
	for _, l := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		f := strings.Fields(l)
		if len(docs) == 0 || docs[len(docs)-1] != f[1] {
			docs = append(docs, f[1])
		}
	}
	if len(docs) < 3 {
		t.Fatalf("%d articles listed, want 3 or more", len(docs))
	}
	steps := []struct {
		args []string
		code int
		out  string // stdout, or what stderr holds when code is not 0
	}{
		{[]string{"--by", "desk", "--to", "ann", docs[1], docs[2], docs[1]}, 0, "assigned 2 articles to ann\n"},
		{[]string{"--by", "desk", "--to", "ann", docs[1], "1"}, 0, "assigned 1 article to ann; 1 unchanged\n"},
		{[]string{"--by", "desk", "--to", "bo", docs[2]}, 0, "assigned 1 article to bo\n"},
		{[]string{"--by", "desk", "--to", "", "1"}, 0, "unassigned 1 article\n"},
		{[]string{"--by", "desk", "--to", "bo", "nope.txt", docs[1]}, 1, `article "nope.txt": not found`},
		{[]string{"--by", "desk", docs[1]}, 2, "usage"},
		{[]string{"--to", "bo", docs[1]}, 2, "usage"},
		{[]string{"--by", "desk", "--to", "bo"}, 2, "usage"},
		{[]string{"--by", "desk", "--to", "bo\x1b[31m", docs[1]}, 2, "--to: a checker's name"},
	}
	for _, s := range steps {
		code, out, errs := claims(append([]string{"assign", "--db", path}, s.args...)...)
		got := out
		if s.code != 0 {
			got = errs
		}
		if code != s.code || s.code == 0 && got != s.out || s.code != 0 && !strings.Contains(got, s.out) {
			t.Errorf("assign %q: %d %q (stderr %q), want %d %q", s.args, code, out, errs, s.code, s.out)
		}
	}
	articles := func(args ...string) map[string]bool {
		t.Helper()
		code, out, errs := claims(append([]string{"list", "--db", path}, args...)...)
		if code != 0 {
			t.Fatalf("list %q: %d %q", args, code, errs)
		}
		got := map[string]bool{}
		for _, l := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
			got[strings.Fields(l)[1]] = true
		}
		return got
	}
	if got := articles("--assigned", "ann"); len(got) != 1 || !got[docs[1]] {
		t.Errorf("list --assigned ann: articles %v, want %s only", got, docs[1])
	}
	if got := articles("--assigned", "bo", "--search", "visit"); len(got) > 1 || len(got) == 1 && !got[docs[2]] {
		t.Errorf("list --assigned bo --search visit: articles %v, want %s's at most", got, docs[2])
	}
	if got := articles("--assigned", "cy"); len(got) != 0 {
		t.Errorf("list --assigned cy: articles %v, want none", got)
	}
}
