package db

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
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
	// Most articles ungrouped: read from the index of names, the same answer.
	if _, err := s.db.Exec("UPDATE article_grouping SET grouped = 0 WHERE article_id IN (?, ?)", all[1].ID, all[3].ID); err != nil {
		t.Fatal(err)
	}
	got, _, err := s.StoryArticles(ctx, ingest.StoryQuery{Ungrouped: true})
	if want := []ingest.StoryArticle{all[1], all[3], all[4]}; err != nil || !slices.EqualFunc(got, want, func(a, b ingest.StoryArticle) bool {
		return a.ID == b.ID && a.Name == b.Name && a.Published == b.Published && slices.Equal(a.Names, b.Names) && a.Claims == b.Claims && !a.Grouped
	}) {
		t.Errorf("most ungrouped: %+v, %v; want %+v", got, err, want)
	}
}

// TestSetGroupsReplacesSuggestions: SetGroups replaces the suggestions of
// the claims it places, whether they had one (with claims named or not)
// or none, and leaves the others' alone, be the claims placed next to one
// another or far apart.
func TestSetGroupsReplacesSuggestions(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name  string
		every int // places every nth claim
	}{
		{"every claim", 1},
		{"far apart", 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, claims := mustSeed(t)
			old := map[int64]*factcheck.Suggestion{}
			var places []ingest.Placement
			for i, c := range claims {
				old[c.ID] = c.Suggestion
				if i%tt.every != 0 {
					continue
				}
				var sug *factcheck.Suggestion
				switch i % 3 {
				case 1:
					sug = &factcheck.Suggestion{Verdict: factcheck.Disputed, With: []factcheck.Ref{{Doc: "x", Start: i}}}
				case 2:
					sug = &factcheck.Suggestion{Verdict: factcheck.Superseded, By: &factcheck.Ref{Doc: "y", Start: i}}
				}
				places = append(places, ingest.Placement{Claim: c.ID, Group: fmt.Sprint("g", i), Suggestion: sug})
			}
			_, gen, err := s.StoryArticles(ctx, ingest.StoryQuery{})
			if err != nil {
				t.Fatal(err)
			}
			if err := s.SetGroups(ctx, gen, places, nil, nil); err != nil {
				t.Fatal(err)
			}
			got, err := s.Claims(ctx)
			if err != nil {
				t.Fatal(err)
			}
			want := maps.Clone(old)
			for _, p := range places {
				want[p.Claim] = p.Suggestion
			}
			for _, c := range got {
				if !equalSuggestion(c.Suggestion, want[c.ID]) {
					t.Errorf("claim %d: suggestion %+v, want %+v", c.ID, c.Suggestion, want[c.ID])
				}
			}
			var refs, wantRefs int
			for _, sug := range want {
				if sug != nil {
					wantRefs += len(sug.With)
				}
			}
			if err := s.db.QueryRow("SELECT count(*) FROM suggestion_refs").Scan(&refs); err != nil || refs != wantRefs {
				t.Errorf("%d rows of suggestion_refs, %v; want %d", refs, err, wantRefs)
			}
		})
	}
}
