package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

func TestImportSeeds(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	var progress []ingest.Progress
	rep, err := ingest.Import(ctx, s, []string{seedsDir}, ingest.Options{Progress: func(p ingest.Progress) { progress = append(progress, p) }})
	if err != nil {
		t.Fatal(err)
	}
	want := wantClaims(t, seedsDir)
	// The folder holds the Go file that embeds the seeds: named, skipped.
	if len(rep.Added) != len(want) || len(rep.Unchanged) != 0 || len(rep.Errors) != 1 || !errors.Is(rep.Errors[0], ingest.ErrNotArticle) {
		t.Errorf("report: %d added, %d unchanged, %v; want %d added", len(rep.Added), len(rep.Unchanged), rep.Errors, len(want))
	}
	if len(progress) != len(want) || progress[len(progress)-1].Done != len(want) || progress[0].Total != len(want) {
		t.Errorf("progress: %+v", progress)
	}
	claims, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := byArticle(claims)
	total := 0
	for name, w := range want {
		total += len(w)
		// Stored claims come back exactly as extracted, in order.
		if !slices.EqualFunc(got[name], w, claimEqual) {
			t.Errorf("%s: stored claims differ from extracted ones:\n got %+v\nwant %+v", name, got[name], w)
		}
	}
	if rep.Claims != total {
		t.Errorf("report: %d claims, want %d", rep.Claims, total)
	}
	checkGrouped(t, s)
	for _, c := range claims {
		if c.Verdict != factcheck.Unruled || c.Events != 0 || c.Orphaned {
			t.Errorf("claim %d: new claim has state %+v orphaned %v", c.ID, c.State, c.Orphaned)
		}
	}
	if n := ungrouped(t, s); n != 0 {
		t.Errorf("%d articles left ungrouped after import", n)
	}

	// The same bytes again, under any name: nothing to do.
	other := filepath.Join(t.TempDir(), "renamed.txt")
	b, _ := os.ReadFile(filepath.Join(seedsDir, "000_4ee9da4ced806d5c.txt"))
	os.WriteFile(other, b, 0o644)
	rep, err = ingest.Import(ctx, s, []string{seedsDir, other}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Added) != 0 || len(rep.Unchanged) != len(want)+1 {
		t.Errorf("re-import: %d added, %d unchanged; want 0, %d", len(rep.Added), len(rep.Unchanged), len(want)+1)
	}
	again, _ := s.Claims(ctx)
	if len(again) != len(claims) {
		t.Errorf("re-import: %d claims, want %d", len(again), len(claims))
	}
}

// TestImportBadFiles imports good files among bad ones: the bad ones are
// listed by name, the good ones stored.
func TestImportBadFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("in/good.txt", []byte("The council spent $4 million on 12 new buses in March.\n"))
	latin1 := write("in/latin1.txt", []byte("Caf\xe9 owners said 40% of sales were lost.\n"))
	binary := write("in/image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	write("in/.hidden.txt", []byte("Hidden: 3 cats.\n"))
	notArticle := write("in/notes.odt", []byte("Not an article: 5 dogs.\n"))
	missing := filepath.Join(dir, "missing.txt")
	unreadable := write("unreadable.txt", []byte("7 cats\n"))
	os.Chmod(unreadable, 0)
	_, err := os.ReadFile(unreadable)
	canRead := err == nil // root reads anything

	s := mustOpen(t)
	rep, err := ingest.Import(ctx, s, []string{filepath.Join(dir, "in"), missing, unreadable}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantErrs := map[string]error{binary: extract.ErrBinary, missing: os.ErrNotExist, notArticle: ingest.ErrNotArticle}
	if !canRead {
		wantErrs[unreadable] = os.ErrPermission
	}
	if len(rep.Errors) != len(wantErrs) {
		t.Errorf("errors: %v, want %d", rep.Errors, len(wantErrs))
	}
	for _, fe := range rep.Errors {
		if want, ok := wantErrs[fe.Path]; !ok || !errors.Is(fe, want) {
			t.Errorf("error %v: want %v", fe, want)
		}
		if !strings.HasPrefix(fe.Error(), fe.Path+": ") {
			t.Errorf("error %q does not start with the file's name", fe)
		}
	}
	if rep.Errors.Err() == nil {
		t.Error("Errors.Err() = nil")
	}
	slices.Sort(rep.Added)
	wantAdded := []string{"good.txt", "latin1.txt"}
	if canRead {
		wantAdded = append(wantAdded, "unreadable.txt")
	}
	if !slices.Equal(rep.Added, wantAdded) {
		t.Errorf("added %v, want %v", rep.Added, wantAdded)
	}
	arts, err := s.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		text, err := s.ArticleText(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		switch a.Name {
		case "latin1.txt":
			if !a.Recoded || text != "Café owners said 40% of sales were lost.\n" {
				t.Errorf("latin1.txt: recoded %v, text %q", a.Recoded, text)
			}
		case "good.txt":
			if a.Recoded || a.Source != good || a.Size != len(text) {
				t.Errorf("good.txt: %+v", a)
			}
		}
	}
	_ = latin1
	if _, err := s.ArticleText(ctx, 999); !errors.Is(err, factcheck.ErrNotFound) {
		t.Errorf("ArticleText(999): %v, want factcheck.ErrNotFound", err)
	}
}

// TestImportSameName imports different articles of the same name: both
// are kept under different names.
func TestImportSameName(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"a", "b"} {
		os.MkdirAll(filepath.Join(dir, sub), 0o755)
		os.WriteFile(filepath.Join(dir, sub, "story.txt"), []byte("In "+sub+", 3 people won.\n"), 0o644)
	}
	s := mustOpen(t)
	rep, err := ingest.Import(context.Background(), s, []string{dir}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Added) != 2 || rep.Added[0] != "story.txt" || !strings.HasPrefix(rep.Added[1], "story (") || !strings.HasSuffix(rep.Added[1], ").txt") {
		t.Errorf("added %q", rep.Added)
	}
}

// TestImportEmptyAndCopies: a file with no text is passed over as no
// article, and a file whose bytes another of the same import holds is
// reported as its copy, stored once, not as already imported.
func TestImportEmptyAndCopies(t *testing.T) {
	dir := t.TempDir()
	story := []byte("Talks drew 300 delegates.\n")
	for name, data := range map[string][]byte{"a.txt": story, "b.txt": story, "empty.txt": nil, "blank.txt": []byte(" \n\t\n")} {
		os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	s := mustOpen(t)
	rep, err := ingest.Import(context.Background(), s, []string{dir}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	passed, failed := rep.Errors.Split()
	if len(rep.Added) != 1 || len(rep.Unchanged) != 0 || len(failed) != 0 || len(passed) != 2 {
		t.Fatalf("added %q, unchanged %q, passed over %v, skipped %v", rep.Added, rep.Unchanged, passed, failed)
	}
	for _, e := range passed {
		if !errors.Is(e, ingest.ErrEmpty) {
			t.Errorf("passed over %v, want it empty", e)
		}
	}
	if len(rep.Copies) != 1 || filepath.Base(rep.Copies[0].Path) != "b.txt" || filepath.Base(rep.Copies[0].Of) != "a.txt" {
		t.Errorf("copies %+v, want b.txt of a.txt", rep.Copies)
	}
}

func TestImportFS(t *testing.T) {
	fsys := fstest.MapFS{
		"one.txt":     {Data: []byte("Prices rose 5% in May.\n")},
		"sub/two.txt": {Data: []byte("About 300 people came.\n")},
		"readme.odt":  {Data: []byte("Not 1 article.\n")},
	}
	s := mustOpen(t)
	rep, err := ingest.ImportFS(context.Background(), s, fsys, ingest.Options{Published: "2004-05-01"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rep.Added, []string{"one.txt", "two.txt"}) {
		t.Errorf("added %v", rep.Added)
	}
	arts, _ := s.Articles(context.Background())
	for _, a := range arts {
		if a.Published != "2004-05-01" {
			t.Errorf("%s published %q, want the given date", a.Name, a.Published)
		}
	}
	if _, err := ingest.ImportFS(context.Background(), s, fsys, ingest.Options{Published: "May 2004"}); err == nil {
		t.Error("a bad publication date was accepted")
	}
}

// TestImportCancel cancels an import part way: it stops at once, what was
// committed is whole articles, and importing again completes it.
func TestImportCancel(t *testing.T) {
	dir := t.TempDir()
	seeds, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	n := 0
	for i := range 40 {
		for _, f := range seeds {
			b, _ := os.ReadFile(f)
			b = append(b, "\n"+strings.Repeat("x", i+1)+"\n"...)
			os.WriteFile(filepath.Join(dir, strings.Repeat("c", i+1)+filepath.Base(f)), b, 0o644)
			n++
		}
	}
	s := mustOpen(t)
	ctx, cancel := context.WithCancel(context.Background())
	rep, err := ingest.Import(ctx, s, []string{dir}, ingest.Options{Progress: func(p ingest.Progress) {
		if p.Done == n/3 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled import: %v, want context.Canceled", err)
	}
	if len(rep.Added) < n/3-1 || len(rep.Added) > n/3 {
		t.Errorf("cancelled import added %d of %d, want the %d read before the cancel, no more", len(rep.Added), n, n/3)
	}
	checkWholeArticles(t, s)
	if ungrouped(t, s) == 0 {
		t.Error("a cancelled import marked its articles grouped")
	}
	if _, err = ingest.Import(context.Background(), s, []string{dir}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	arts, _ := s.Articles(context.Background())
	if len(arts) != n {
		t.Errorf("after a second import: %d articles, want %d", len(arts), n)
	}
	checkWholeArticles(t, s)
	checkGrouped(t, s)
}

// TestImportWebPage: a saved web page comes in as its article's text,
// with the page's metadata; claims' offsets point into the text the
// checker reads, and the page's bytes are kept.
func TestImportWebPage(t *testing.T) {
	ctx := context.Background()
	page, err := os.ReadFile("../document/testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "page.html"), page, 0o644); err != nil {
		t.Fatal(err)
	}
	s := mustOpen(t)
	rep, err := ingest.Import(ctx, s, []string{dir}, ingest.Options{})
	if err != nil || len(rep.Added) != 1 || len(rep.Errors) != 0 {
		t.Fatalf("report %+v, %v", rep, err)
	}
	arts, err := s.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	if a.Format != factcheck.HTML || a.Title == "" || a.Outlet == "" || a.URL == "" || a.Published == "" || a.Recoded {
		t.Errorf("article %+v: want an HTML page's title, outlet, URL and date, not recoded", a)
	}
	text, err := s.ArticleText(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text, "<") || strings.Contains(text, "&amp;") {
		t.Error("the article's text holds markup")
	}
	claims, err := s.Claims(ctx)
	if err != nil || len(claims) < 20 {
		t.Fatalf("%d claims, %v", len(claims), err)
	}
	for _, c := range claims {
		if c.End > len(text) || text[c.Start:c.End] != c.Text || text[c.SentenceStart:c.SentenceEnd] != c.Sentence {
			t.Errorf("claim %q at %d-%d does not point into the text", c.Text, c.Start, c.End)
		}
	}
	stored := rawDB(t, s)
	var raw []byte
	if err := stored.QueryRow("SELECT bytes FROM articles WHERE id = ?", a.ID).Scan(&raw); err != nil || !bytes.Equal(raw, page) {
		t.Errorf("the page's bytes are not kept (%v)", err)
	}
}

// TestRedate: a checker's publication date gives an article's dates
// their year once its claims are extracted again; the claims keep their
// IDs and rulings, and the other articles are left as they were.
func TestRedate(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for name, text := range map[string]string{
		"vote.txt":  "The council met on 3 March and approved 12 new homes.\n",
		"other.txt": "The mayor spoke on 4 April about 7 schools.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := mustOpen(t)
	if _, err := ingest.Import(ctx, s, []string{dir}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	date := func(doc string) factcheck.Record {
		t.Helper()
		claims, err := s.Claims(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range claims {
			if c.Doc == doc && c.Kind == factcheck.Date {
				return c
			}
		}
		t.Fatalf("%s: no date claim", doc)
		return factcheck.Record{}
	}
	before := date("vote.txt")
	if before.Value.Date != "--03-03" {
		t.Fatalf("before: %q, want the year unknown", before.Value.Date)
	}
	if _, err := s.Rule(ctx, factcheck.Ruling{Claim: before.ID, Verdict: factcheck.Verified, Checker: "ann"}); err != nil {
		t.Fatal(err)
	}
	arts, err := s.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var id int64
	for _, a := range arts {
		if a.Name == "vote.txt" {
			id = a.ID
		}
	}
	if err := s.EditArticle(ctx, factcheck.ArticleEdit{Article: id, Field: factcheck.FieldPublished, Value: "2024-05-01", Checker: "ann"}); err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.ReextractArticles(ctx, s, []int64{id}); err != nil {
		t.Fatal(err)
	}
	after := date("vote.txt")
	if after.Value.Date != "2024-03-03" || after.ID != before.ID || after.Verdict != factcheck.Verified {
		t.Errorf("after: %q, claim %d %q; want 2024-03-03, claim %d still verified", after.Value.Date, after.ID, after.Verdict, before.ID)
	}
	if got := date("other.txt").Value.Date; got != "--04-04" {
		t.Errorf("the other article's date became %q", got)
	}
	labels, err := s.ArticleLabels(ctx)
	if err != nil || labels["vote.txt"].Published != "2024-05-01" {
		t.Errorf("label %+v, %v; want published 2024-05-01", labels["vote.txt"], err)
	}
	if err := s.EditArticle(ctx, factcheck.ArticleEdit{Article: id, Field: factcheck.FieldPublished, Value: "May 2024", Checker: "ann"}); !errors.Is(err, factcheck.ErrBadEdit) {
		t.Errorf("a date not YYYY-MM-DD: %v, want ErrBadEdit", err)
	}
}
