package ingest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// articles returns n articles of about k claims each, named a0000.txt on.
func articles(n, k int) fstest.MapFS {
	fsys := fstest.MapFS{}
	for i := range n {
		var b strings.Builder
		for j := range k {
			fmt.Fprintf(&b, "Police said %d people died in the fire. ", 1+(i*k+j)%9973)
		}
		fsys[fmt.Sprintf("a%04d.txt", i)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	return fsys
}

// TestImportBatches imports many articles: they are stored in batches of
// whole articles, each stored as soon as it holds batchArticles articles
// or batchClaims claims (so without its last article it holds fewer), and
// each article once.
func TestImportBatches(t *testing.T) {
	tests := []struct {
		name      string
		n, claims int // articles, claims in each
		batches   int
	}{
		{"one claim each", 250, 1, 3},               // 100, 100, 50 articles
		{"thirty claims each", 150, 30, 3},          // 2010, 2010, 480 claims
		{"a batch of claims exactly", 40, 100, 2},   // 2000, 2000
		{"fewer than a batch", 7, 5, 1},             // all at once
		{"articles first", 120, 19, 2},              // 100 articles (1900 claims), 20
		{"claims first, odd sizes", 101, 400, 21},   // 5 articles of 2000 claims
		{"one article over the claims", 3, 2500, 3}, // each alone
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeStore()
			rep, err := ImportFS(context.Background(), f, articles(tt.n, tt.claims), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Added) != tt.n || len(rep.Unchanged) != 0 || len(rep.Errors) != 0 {
				t.Fatalf("report: %d added, %d unchanged, %v; want %d added", len(rep.Added), len(rep.Unchanged), rep.Errors, tt.n)
			}
			if len(f.added) != tt.batches {
				t.Errorf("%d batches, want %d", len(f.added), tt.batches)
			}
			var names []string
			total := 0
			for i, batch := range f.added {
				claims, last := 0, 0
				for _, a := range batch {
					names = append(names, a.Name)
					last = len(a.Article.Claims)
					claims += last
				}
				total += claims
				if len(batch) == 0 || len(batch) > batchArticles {
					t.Errorf("batch %d: %d articles", i, len(batch))
				}
				if claims-last >= batchClaims {
					t.Errorf("batch %d: %d claims before its last article's %d, want fewer than %d", i, claims-last, last, batchClaims)
				}
				if i < len(f.added)-1 && len(batch) < batchArticles && claims < batchClaims {
					t.Errorf("batch %d stored at %d articles, %d claims: before it was full", i, len(batch), claims)
				}
			}
			slices.Sort(names)
			if len(names) != tt.n || len(slices.Compact(names)) != tt.n {
				t.Errorf("%d articles in the batches, %d different, want %d", len(names), len(slices.Compact(names)), tt.n)
			}
			if rep.Claims != total {
				t.Errorf("report: %d claims, want %d", rep.Claims, total)
			}
		})
	}
}

// TestImportReportCounts: an article that AddArticles does not store (it
// returns "": another process stored its bytes meanwhile) counts as
// unchanged, and neither it nor its claims count as added.
func TestImportReportCounts(t *testing.T) {
	fsys := articles(230, 3)
	f := newFakeStore()
	hashes := map[string]string{} // name to hash
	for _, name := range []string{"a0000.txt", "a0099.txt", "a0100.txt", "a0229.txt"} {
		a := newArticle(t, name, string(fsys[name].Data))
		f.taken[a.Hash] = true
		hashes[name] = a.Hash
	}
	rep, err := ImportFS(context.Background(), f, fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	claims := 0
	for _, batch := range f.added {
		for _, a := range batch {
			if !f.taken[a.Hash] {
				want[a.Name] = true
				claims += len(a.Article.Claims)
			}
		}
	}
	if len(rep.Added) != 226 || len(want) != 226 {
		t.Errorf("%d added, %d stored, want 226", len(rep.Added), len(want))
	}
	for _, name := range rep.Added {
		if !want[name] {
			t.Errorf("%s reported added", name)
		}
	}
	if !slices.Equal(rep.Unchanged, []string{"a0000.txt", "a0099.txt", "a0100.txt", "a0229.txt"}) {
		t.Errorf("unchanged %q, want the 4 stored meanwhile", rep.Unchanged)
	}
	if rep.Claims != claims || claims != 226*3 {
		t.Errorf("report: %d claims, %d stored; want %d", rep.Claims, claims, 226*3)
	}
	if len(f.arts) != 226 {
		t.Errorf("%d articles stored, want 226", len(f.arts))
	}
}
