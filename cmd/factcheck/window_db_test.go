package main

// What the scenarios find in the database, through the claims CLI, and
// the articles they import.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/factcheck/ingest"
)

// claims runs the CLI with args and returns its standard output.
func (s *session) claims(args ...string) string {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, claimsBin, args...)
	cmd.Env = s.env
	cmd.Dir = s.dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		s.t.Fatalf("claims %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}

// A row is one CSV record by column name.
type row map[string]string

// readCSV reads CSV with a header into rows.
func readCSV(t *testing.T, data string) []row {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("read CSV: %v\n%s", err, data)
	}
	if len(recs) == 0 {
		t.Fatalf("empty CSV")
	}
	var rows []row
	for _, rec := range recs[1:] {
		r := row{}
		for i, name := range recs[0] {
			if i < len(rec) {
				r[name] = rec[i]
			}
		}
		rows = append(rows, r)
	}
	return rows
}

// exported returns every claim of path with its current verdict (claims
// export).
func (s *session) exported(path string) []row {
	s.t.Helper()
	return readCSV(s.t, s.claims("export", "--db", path, "--out", "-"))
}

// events returns every ruling event of path (claims export --history).
func (s *session) events(path string) []row {
	s.t.Helper()
	return readCSV(s.t, s.claims("export", "--db", path, "--history", "--out", "-"))
}

// listed returns the IDs claims list prints for path with args, in order.
func (s *session) listed(path string, args ...string) []string {
	s.t.Helper()
	out := s.claims(append([]string{"list", "--db", path}, args...)...)
	var ids []string
	for i, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if f := strings.Fields(line); i > 0 && len(f) > 0 {
			ids = append(ids, f[0])
		}
	}
	return ids
}

// claimWithText returns the ID of the claim of path whose text starts
// with prefix, failing the test unless there is exactly one.
func (s *session) claimWithText(path, prefix string) string {
	s.t.Helper()
	var ids []string
	for _, r := range s.exported(path) {
		if strings.HasPrefix(r["text"], prefix) {
			ids = append(ids, r["id"])
		}
	}
	if len(ids) != 1 {
		s.t.Fatalf("claims whose text starts with %q in %s: %v, want one", prefix, path, ids)
	}
	return ids[0]
}

// waitEvents waits until path has at least n ruling events and returns
// them all.
func (s *session) waitEvents(path string, n int) []row {
	s.t.Helper()
	var ev []row
	s.poll(fmt.Sprintf("%d ruling events in %s", n, path), stepTimeout, func() bool {
		ev = s.events(path)
		return len(ev) >= n
	})
	return ev
}

// describeEvents is events as a readable list for failure messages.
func describeEvents(ev []row) string {
	var b strings.Builder
	for _, e := range ev {
		fmt.Fprintf(&b, "\n  event %s: claim %s %q: %s %s (note %q, evidence %q, by %s)",
			e["event"], e["claim"], e["text"], e["action"], e["verdict"], e["note"], e["evidence"], e["checker"])
	}
	if b.Len() == 0 {
		return " none"
	}
	return b.String()
}

// articles lists the distinct articles of exported rows.
func articles(rows []row) []string {
	var a []string
	for _, r := range rows {
		if !slices.Contains(a, r["article"]) {
			a = append(a, r["article"])
		}
	}
	return a
}

// articleOf is the article of claim id among rows.
func articleOf(rows []row, id string) string { return rowOf(rows, id)["article"] }

// rowOf is claim id's row.
func rowOf(rows []row, id string) row {
	for _, r := range rows {
		if r["id"] == id {
			return r
		}
	}
	return row{}
}

// lonelyClaim returns the text of a claim that is in no group and that a
// search for its text lists first.
func (s *session) lonelyClaim() string {
	s.t.Helper()
	out := s.claims("group", "--format", "jsonl", filepath.Join(root, "seeds"))
	size := map[string]int{}
	type claim struct{ text, group string }
	var all []claim
	re := regexp.MustCompile(`"text":"([^"]*)".*"group":"([^"]*)"`)
	for _, line := range strings.Split(out, "\n") {
		if m := re.FindStringSubmatch(line); m != nil {
			size[m[2]]++
			all = append(all, claim{m[1], m[2]})
		}
	}
	rows := s.exported(s.db)
	for _, c := range all {
		if size[c.group] != 1 || len(c.text) < 10 {
			continue
		}
		hits := s.listed(s.db, "--search", c.text)
		if len(hits) > 0 && rowOf(rows, hits[0])["text"] == c.text {
			return c.text
		}
	}
	s.t.Fatal("no claim alone in its group that its text finds first")
	return ""
}

// writeArticle writes an article of text into dir as name.
func writeArticle(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// ferryArticle is a short article the scenarios import.
const ferryArticle = "Wellington harbour ferry opens\n\nWELLINGTON, 4 March 2024 - The new harbour ferry carried 777 passengers on its " +
	"first day, the operator said. A single ticket costs $12, and the crossing takes 25 minutes.\n"

// bbcCorpus returns the BBC News 2004-2005 folder beside the repository,
// failing the test when it is missing.
func bbcCorpus(t *testing.T) string {
	t.Helper()
	p := filepath.Join(root, "..", "shared", "corpus", "bbc_news_2004_2005")
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("the BBC corpus the scenario imports: %v", err)
	}
	return p
}

// articleFiles counts the articles an import of dir reads (its files of
// the formats Factcheck reads, in its folders too), and how many
// different ones there are (an import skips the same bytes seen again).
func articleFiles(t *testing.T, dir string) (files, distinct int) {
	t.Helper()
	paths, _ := ingest.Files([]string{dir})
	seen := map[[sha256.Size]byte]bool{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		seen[sha256.Sum256(b)] = true
	}
	return len(paths), len(seen)
}

// copiesOf writes into dst the .txt articles of src and n-1 changed
// copies of each (so that none is a duplicate), and returns dst.
func copiesOf(t *testing.T, src, dst string, n int) string {
	t.Helper()
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	ents, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		for i := range n {
			name := fmt.Sprintf("%s_%c.txt", strings.TrimSuffix(e.Name(), ".txt"), 'a'+i)
			text := append(slices.Clip(b), strings.Repeat("\nReprinted.", i)...)
			if err := os.WriteFile(filepath.Join(dst, name), text, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dst
}

// newFiles lists the files under dir named *ext changed since t.
func newFiles(dir, ext string, since time.Time) []string {
	var found []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ext) {
			return nil
		}
		if info, err := d.Info(); err == nil && !info.ModTime().Before(since) {
			found = append(found, p)
		}
		return nil
	})
	return found
}
