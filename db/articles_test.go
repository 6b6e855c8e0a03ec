package db

import (
	"context"
	"errors"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

// TestEditArticle: a checker's corrections of an article's metadata are
// events: the latest is the label, the file's own value and every earlier
// edit stay, and none can be changed.
func TestEditArticle(t *testing.T) {
	ctx := context.Background()
	s, _ := mustSeed(t)
	arts, err := s.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	for _, e := range []factcheck.ArticleEdit{
		{Article: a.ID, Field: factcheck.FieldTitle, Value: "Blinken returns to Israel", Checker: "ann"},
		{Article: a.ID, Field: factcheck.FieldOutlet, Value: "Wire", Checker: "ann"},
		{Article: a.ID, Field: factcheck.FieldTitle, Value: "Blinken returns to the Middle East", Checker: "bob"},
	} {
		if err := s.EditArticle(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	labels, err := s.ArticleLabels(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if l := labels[a.Name]; l.Title != "Blinken returns to the Middle East" || l.Outlet != "Wire" || l.URL != a.URL {
		t.Errorf("label %+v: want the latest edits over the file's", l)
	}
	if other := labels[arts[1].Name]; other != arts[1].ArticleLabel {
		t.Errorf("another article's label changed: %+v", other)
	}
	var edits int
	if err := s.db.QueryRow("SELECT count(*) FROM article_edits WHERE article_id = ?", a.ID).Scan(&edits); err != nil || edits != 3 {
		t.Errorf("%d edits kept (%v), want 3", edits, err)
	}
	for _, q := range []string{"UPDATE article_edits SET value = 'x'", "DELETE FROM article_edits"} {
		if _, err := s.wdb.Exec(q); err == nil {
			t.Errorf("%s: allowed", q)
		}
	}
	for _, bad := range []struct {
		e    factcheck.ArticleEdit
		want error
	}{
		{factcheck.ArticleEdit{Article: a.ID, Field: "hash", Value: "x", Checker: "ann"}, factcheck.ErrBadEdit},
		{factcheck.ArticleEdit{Article: a.ID, Field: factcheck.FieldTitle, Value: "two\nlines", Checker: "ann"}, factcheck.ErrBadEdit},
		{factcheck.ArticleEdit{Article: a.ID, Field: factcheck.FieldTitle, Value: "x"}, factcheck.ErrNoChecker},
		{factcheck.ArticleEdit{Article: 9999, Field: factcheck.FieldTitle, Value: "x", Checker: "ann"}, factcheck.ErrNotFound},
	} {
		if err := s.EditArticle(ctx, bad.e); !errors.Is(err, bad.want) {
			t.Errorf("%+v: %v, want %v", bad.e, err, bad.want)
		}
	}
}

// TestArticle: one article reads as Articles lists it.
func TestArticle(t *testing.T) {
	ctx := context.Background()
	s, _ := mustSeed(t)
	arts, err := s.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range arts {
		if got, err := s.Article(ctx, want.ID); err != nil || got != want {
			t.Errorf("Article(%d) = %+v, %v; want %+v", want.ID, got, err, want)
		}
	}
	if _, err := s.Article(ctx, 9999); !errors.Is(err, factcheck.ErrNotFound) {
		t.Errorf("Article(9999): %v, want ErrNotFound", err)
	}
}
