package ingest_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck/ingest"
)

// newsServer serves the pages of the fetch tests.
func newsServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/wire/flood-toll", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("River floods cut off three towns\n\nThe river rose 4 metres on Tuesday and 1,200 people left their homes.\n"))
	})
	mux.HandleFunc("/old/flood", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/wire/flood-toll", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/untyped", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // no type: sniffed
		w.Write([]byte("Prices rose 3% in May.\n"))
	})
	mux.HandleFunc("/photo.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		line := []byte(strings.Repeat("The 12 ministers met. ", 1000) + "\n")
		for range ingest.MaxArticleSize/len(line) + 2 {
			if _, err := w.Write(line); err != nil {
				return
			}
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestFetch(t *testing.T) {
	srv := newsServer(t)
	tests := []struct {
		path     string
		wantName string
		wantErr  string
	}{
		{"/wire/flood-toll", "flood-toll.txt", ""},
		{"/old/flood", "flood-toll.txt", ""}, // named after where it ends
		{"/untyped", "untyped.txt", ""},
		{"/", "", "404 Not Found"},
		{"/photo.png", "", "not an article: the link sends image/png"},
		{"/loop", "", "redirects"},
		{"/huge", "", "too large"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			name, data, err := ingest.Fetch(context.Background(), srv.URL+tt.path)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one saying %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || name != tt.wantName || len(data) == 0 {
				t.Fatalf("Fetch = %q, %d bytes, %v; want %q", name, len(data), err, tt.wantName)
			}
		})
	}
	if _, _, err := ingest.Fetch(context.Background(), "ftp://example.org/a.txt"); !errors.Is(err, ingest.ErrNotLink) {
		t.Errorf("ftp link: %v, want ErrNotLink", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := ingest.Fetch(ctx, srv.URL+"/wire/flood-toll"); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v, want context.Canceled", err)
	}
}

// TestImportLinks: links are imported beside files, named by their last
// path part, with the link as source and URL; a link that fails is named
// with its reason and the others go in.
func TestImportLinks(t *testing.T) {
	ctx := context.Background()
	srv := newsServer(t)
	s := mustOpen(t)
	good, bad := srv.URL+"/wire/flood-toll", srv.URL+"/photo.png"
	rep, err := ingest.Import(ctx, s, []string{good, bad}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Added) != 1 || rep.Added[0] != "flood-toll.txt" || rep.Claims == 0 {
		t.Errorf("added %q with %d claims, want flood-toll.txt with its claims", rep.Added, rep.Claims)
	}
	if len(rep.Errors) != 1 || rep.Errors[0].Path != bad || !errors.Is(rep.Errors[0], ingest.ErrNotArticleType) {
		t.Errorf("errors %v, want %s: not an article", rep.Errors, bad)
	}
	arts, err := s.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 {
		t.Fatalf("%d articles, want 1", len(arts))
	}
	a := arts[0]
	if a.Source != good || a.URL != good || a.Title != "River floods cut off three towns" {
		t.Errorf("source %q, URL %q, title %q; want the link twice and the first line", a.Source, a.URL, a.Title)
	}
	rep, err = ingest.Import(ctx, s, []string{srv.URL + "/old/flood"}, ingest.Options{})
	if err != nil || len(rep.Unchanged) != 1 {
		t.Errorf("the same page again by another link: %+v, %v; want it unchanged", rep, err)
	}
}

// TestImportPasted: pasted text becomes an article like a file's.
func TestImportPasted(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	text := []byte("Strike closes ports\n\nDockers walked out for 48 hours, halting 300 ships.\n")
	rep, err := ingest.ImportPasted(ctx, s, []ingest.Pasted{{Name: "Pasted.txt", Data: text}}, ingest.Options{})
	if err != nil || len(rep.Added) != 1 || rep.Claims != 2 {
		t.Fatalf("report %+v, %v; want one article with 2 claims", rep, err)
	}
	arts, err := s.Articles(ctx)
	if err != nil || len(arts) != 1 || arts[0].Title != "Strike closes ports" {
		t.Fatalf("articles %+v, %v", arts, err)
	}
	got, err := s.ArticleText(ctx, arts[0].ID)
	if err != nil || got != string(text) {
		t.Errorf("text %q, %v; want what was pasted", got, err)
	}
}
