package db

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/factcheck/factcheck/factcheck/ingest"
)

// TestStoryArticles: StoryArticles selects the articles by ID, by name
// (few names in SQL, many in Go, the same answer) and ungrouped.
func TestStoryArticles(t *testing.T) {
	ctx := context.Background()
	s, _ := mustSeed(t)
	all, _, err := s.StoryArticles(ctx, ingest.StoryQuery{})
	if err != nil || len(all) != 5 {
		t.Fatalf("every article: %d, %v; want the 5 seeds", len(all), err)
	}
	ids := func(arts []ingest.StoryArticle) []int64 {
		var out []int64
		for _, a := range arts {
			out = append(out, a.ID)
		}
		return out
	}
	name := all[2].Names[0]
	var want []int64
	for _, a := range all {
		if slices.Contains(a.Names, name) || a.ID == all[0].ID {
			want = append(want, a.ID)
		}
	}
	many := []string{name}
	for i := range maxNamesInQuery {
		many = append(many, fmt.Sprintf("nobody%d", i))
	}
	for _, q := range []ingest.StoryQuery{
		{IDs: []int64{all[0].ID}, Names: []string{name}},
		{IDs: []int64{all[0].ID}, Names: many},
	} {
		got, _, err := s.StoryArticles(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(ids(got), want) {
			t.Errorf("%d names: articles %v, want %v", len(q.Names), ids(got), want)
		}
	}
	if got, _, _ := s.StoryArticles(ctx, ingest.StoryQuery{Names: []string{name[:len(name)-1]}}); len(got) != 0 {
		t.Errorf("part of a name matched %d articles", len(got))
	}
	if _, err := s.db.Exec("UPDATE article_grouping SET grouped = 0 WHERE article_id = ?", all[4].ID); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := s.StoryArticles(ctx, ingest.StoryQuery{Ungrouped: true}); !slices.Equal(ids(got), []int64{all[4].ID}) {
		t.Errorf("ungrouped: %v, want %v", ids(got), all[4].ID)
	}
}
