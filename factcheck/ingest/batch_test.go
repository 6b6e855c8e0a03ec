package ingest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
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
// whole articles, in order, each article once; a batch holds at most
// batchArticles articles, and the first at most firstSize claims (an
// article of more is a batch alone), the pacer sizing the others.
func TestImportBatches(t *testing.T) {
	tests := []struct {
		name      string
		n, claims int // articles, claims in each
	}{
		{"one claim each", 2*batchArticles + batchArticles/2, 1},
		{"claims fill batches", 3 * firstSize / 7, 7},
		{"fewer than a batch", 3, 5},
		{"articles fill batches", 3 * batchArticles, firstSize/batchArticles - 1},
		{"one article over the claims", 3, firstSize + 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeStore()
			fsys := articles(tt.n, tt.claims)
			rep, err := ImportFS(context.Background(), f, fsys, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Added) != tt.n || len(rep.Unchanged) != 0 || len(rep.Errors) != 0 {
				t.Fatalf("report: %d added, %d unchanged, %v; want %d added", len(rep.Added), len(rep.Unchanged), rep.Errors, tt.n)
			}
			var names []string
			total := 0
			for i, batch := range f.added {
				claims := 0
				for _, a := range batch {
					names = append(names, a.Name)
					claims += len(a.Article.Claims)
				}
				total += claims
				if len(batch) == 0 || len(batch) > batchArticles {
					t.Errorf("batch %d: %d articles", i, len(batch))
				}
				if i == 0 && claims > firstSize && len(batch) > 1 {
					t.Errorf("first batch: %d articles of %d claims, want at most %d claims", len(batch), claims, firstSize)
				}
			}
			want := make([]string, 0, tt.n)
			for name := range fsys {
				want = append(want, name)
			}
			slices.Sort(want)
			if !slices.Equal(names, want) {
				t.Errorf("articles in the batches, in order: %v, want %v", names, want)
			}
			if rep.Claims != total {
				t.Errorf("report: %d claims, want %d", rep.Claims, total)
			}
		})
	}
}

// TestPacer: transactions are sized to take txTarget at the rate the last
// ones wrote, within bounds, and each is followed by a pause; in a store's
// first import, bulkTarget and no pause.
func TestPacer(t *testing.T) {
	var slept []time.Duration
	p := newPacer(false)
	p.sleep = func(d time.Duration) { slept = append(slept, d) }
	if got := p.size(); got != firstSize {
		t.Errorf("first size %d, want %d", got, firstSize)
	}
	p.wrote(100, 50*time.Millisecond) // 0.5 ms an item
	if got, want := p.size(), int(txTarget/(500*time.Microsecond)); got != want {
		t.Errorf("size after 100 items in 50 ms: %d, want %d", got, want)
	}
	for range 20 {
		p.wrote(10, time.Second) // slow: the size falls to its floor
	}
	if got := p.size(); got != minBatch {
		t.Errorf("size after slow writes: %d, want %d", got, minBatch)
	}
	for range 40 {
		p.wrote(1000, time.Microsecond) // fast: the size rises to its ceiling
	}
	if got := p.size(); got != maxBatch {
		t.Errorf("size after fast writes: %d, want %d", got, maxBatch)
	}
	if len(slept) != 61 || slept[0] != txGap {
		t.Errorf("%d pauses, the first %v; want 61 of %v", len(slept), slept[0], txGap)
	}

	first := newPacer(true)
	first.sleep = func(d time.Duration) { t.Errorf("a first import paused %v", d) }
	first.wrote(100, 50*time.Millisecond)
	if got, want := first.size(), int(bulkTarget/(500*time.Microsecond)); got != want {
		t.Errorf("first import: size after 100 items in 50 ms: %d, want %d", got, want)
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
