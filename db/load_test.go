package db

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

// readOneByOne reads every claim with its state in one plain query, in
// the order Claims promises: what the faster ways must return.
func readOneByOne(t *testing.T, s *Store) []factcheck.Record {
	t.Helper()
	rows, err := s.db.Query(withState + " ORDER BY c.article_id, c.span_start, c.span_end, c.text, sr.n")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out, err := scanWithState(rows)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// plantClaim inserts c into the article's claims with the given group, as
// SQL would, and returns its ID.
func plantClaim(t testing.TB, s *Store, article int64, group string, c factcheck.Claim) int64 {
	t.Helper()
	args := appendClaimFields([]any{article, c.Start, c.End, c.Text}, &c)
	var id int64
	err := s.db.QueryRow(`INSERT INTO claims (article_id, span_start, span_end, text, `+claimFields+`, grp)
		VALUES `+insertRows(1, len(args)+1)+` RETURNING id`, append(args, group)...).Scan(&id)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// sameClaims reports the first difference between two lists of claims.
func sameClaims(t *testing.T, what string, got, want []factcheck.Record) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d claims, want %d", what, len(got), len(want))
		return
	}
	for i := range got {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("%s: claim %d is\n%+v\nwant\n%+v", what, i, got[i], want[i])
			return
		}
	}
}

// shapeIDs makes the seeds' claim IDs uneven, as re-extraction does: a
// stretch of IDs deleted (before or after the middle of the ID range), and
// claims of the first article added with the highest IDs. Some claims are
// ruled.
func shapeIDs(t *testing.T, s *Store, claims []factcheck.Record, gapEarly bool) {
	t.Helper()
	ctx := context.Background()
	for i, c := range claims[:len(claims)/3] {
		if _, err := s.Rule(ctx, factcheck.Ruling{Claim: c.ID, Verdict: factcheck.Verified, Checker: "ann", Note: fmt.Sprint(i)}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Rule(ctx, factcheck.Ruling{Claim: claims[0].ID, Verdict: factcheck.Disputed, Checker: "bob"}); err != nil {
		t.Fatal(err)
	}
	lo, hi := claims[len(claims)/3].ID, claims[len(claims)/2].ID
	if !gapEarly {
		lo, hi = claims[len(claims)/2].ID, claims[len(claims)*9/10].ID
	}
	if _, err := s.db.Exec("DELETE FROM claims WHERE id BETWEEN ? AND ?", lo, hi); err != nil {
		t.Fatal(err)
	}
	for k := range 3 {
		plantClaim(t, s, claims[0].ArticleID, "", factcheck.Claim{Start: claims[0].Start + k, End: claims[0].End + k,
			Text: "late", Kind: factcheck.Count, Value: factcheck.Value{Num: float64(k)}})
	}
}

func TestClaimsInParts(t *testing.T) {
	ctx := context.Background()
	for _, gapEarly := range []bool{true, false} {
		s, claims := mustSeed(t)
		shapeIDs(t, s, claims, gapEarly)
		want := readOneByOne(t, s)
		for parts := 1; parts <= 5; parts++ {
			got, err := s.loadClaims(ctx, parts)
			if err != nil {
				t.Fatal(err)
			}
			for i := range want {
				want[i].State = factcheck.State{} // loadClaims leaves states out
			}
			sameClaims(t, fmt.Sprintf("gap early %t, %d parts", gapEarly, parts), got, want)
		}
		got, err := s.Claims(ctx)
		if err != nil {
			t.Fatal(err)
		}
		sameClaims(t, "Claims", got, readOneByOne(t, s))
	}
}

func TestClaimsEmpty(t *testing.T) {
	got, err := mustOpen(t).Claims(context.Background())
	if err != nil || len(got) != 0 {
		t.Errorf("Claims of an empty store: %d claims, %v", len(got), err)
	}
	got, all, err := mustOpen(t).FirstClaims(context.Background(), 10)
	if err != nil || len(got) != 0 || !all {
		t.Errorf("FirstClaims of an empty store: %d claims, all %t, %v", len(got), all, err)
	}
}

// TestFirstClaims checks that FirstClaims returns what Claims returns
// first, whole articles of at least the claims asked for.
func TestFirstClaims(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	shapeIDs(t, s, claims, true)
	full, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 1, 10, len(full) / 2, len(full) - 1, len(full), len(full) + 5} {
		got, all, err := s.FirstClaims(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		k := len(got)
		switch {
		case k < min(n, len(full)) || k > len(full):
			t.Errorf("FirstClaims(%d) returned %d claims of %d", n, k, len(full))
			continue
		case all != (k == len(full)):
			t.Errorf("FirstClaims(%d) returned %d claims of %d, and all %t", n, k, len(full), all)
		case k > 0 && k < len(full) && full[k].ArticleID == full[k-1].ArticleID:
			t.Errorf("FirstClaims(%d) stopped inside article %s", n, full[k].Doc)
		}
		sameClaims(t, fmt.Sprintf("FirstClaims(%d)", n), got, full[:k])
	}
}

// TestArticleLabels: the labels read apart are those Articles returns.
func TestArticleLabels(t *testing.T) {
	ctx := context.Background()
	s, _ := mustSeed(t)
	arts, err := s.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.ArticleLabels(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(arts) {
		t.Errorf("%d labels for %d articles", len(got), len(arts))
	}
	dated, titled := 0, 0
	for _, a := range arts {
		if l, ok := got[a.Name]; !ok || l != a.ArticleLabel {
			t.Errorf("%s: label %+v (%t), want %+v", a.Name, l, ok, a.ArticleLabel)
		}
		if a.Published != "" {
			dated++
		}
		if a.Title != "" {
			titled++
		}
	}
	if dated == 0 || titled == 0 {
		t.Errorf("%d seed articles dated, %d titled; the test proves nothing", dated, titled)
	}
}

// TestGather puts parts together as loadClaims reads them: some short of
// their stretch (moved left), one beyond it (read into its own array).
func TestGather(t *testing.T) {
	ids := func(claims []factcheck.Record) []int64 {
		var out []int64
		for _, c := range claims {
			out = append(out, c.ID)
		}
		return out
	}
	fill := func(part []factcheck.Record, from int64) []factcheck.Record {
		for i := range part {
			part[i].ID = from + int64(i)
		}
		return part
	}
	for _, overflow := range []bool{false, true} {
		all := make([]factcheck.Record, 9)
		stretch := [][]factcheck.Record{all[0:3], all[3:6], all[6:9]}
		got := [][]factcheck.Record{fill(all[0:2], 1), fill(all[3:6], 3), fill(all[6:7], 6)}
		want := []int64{1, 2, 3, 4, 5, 6}
		if overflow {
			got[2] = fill(make([]factcheck.Record, 5), 6)
			want = append(want, 7, 8, 9, 10)
		}
		if got := ids(gather(all, got, stretch)); !slices.Equal(got, want) {
			t.Errorf("overflow %t: gathered %v, want %v", overflow, got, want)
		}
	}
}
