package db

import (
	"context"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

func TestPackRoundTrip(t *testing.T) {
	claim := func(id int64, text, sentence string) factcheck.Record {
		return factcheck.Record{ID: id, ArticleID: 7, Claim: factcheck.Claim{Start: 10, End: 10 + len(text), Text: text,
			Kind: factcheck.Count, Value: factcheck.Value{Num: 3}, Qualifier: factcheck.Exact, Subject: "people",
			Sentence: sentence, SentenceStart: 0, SentenceEnd: len(sentence)}}
	}
	with := func(c factcheck.Record, f func(*factcheck.Record)) factcheck.Record { f(&c); return c }
	end := func(v factcheck.Value) *factcheck.Value { return &v }
	tests := []struct {
		name   string
		claims []factcheck.Record
	}{
		{"one number", []factcheck.Record{claim(1, "3 people", "Three said 3 people.")}},
		{"a date", []factcheck.Record{with(claim(5, "3 Nov", "On 3 Nov."), func(c *factcheck.Record) {
			c.Kind, c.Value, c.Qualifier = factcheck.Date, factcheck.Value{Date: "--11-03"}, factcheck.Approx
		})}},
		{"ranges", []factcheck.Record{
			with(claim(2, "3-5%", "Up 3-5%."), func(c *factcheck.Record) {
				c.Kind, c.Unit, c.EndValue = factcheck.Percent, "%", end(factcheck.Value{Num: 5})
			}),
			with(claim(3, "1-3 May", "Up 3-5%."), func(c *factcheck.Record) {
				c.Value, c.EndValue = factcheck.Value{Date: "2023-05-01"}, end(factcheck.Value{Date: "2023-05-03"})
			}),
		}},
		{"odd numbers", []factcheck.Record{
			with(claim(1, "a", "x"), func(c *factcheck.Record) { c.Value.Num = math.Inf(-1) }),
			with(claim(2, "b", "x"), func(c *factcheck.Record) { c.Value.Num = math.Copysign(0, -1) }),
			with(claim(3, "c", "x"), func(c *factcheck.Record) { c.Value.Num = 1e-320 }),
			with(claim(4, "d", "x"), func(c *factcheck.Record) { c.Value.Num = -9.007199254740993e15 }),
		}},
		{"IDs out of order, grouped, orphaned", []factcheck.Record{
			with(claim(900, "a", "s"), func(c *factcheck.Record) { c.Group = "g1" }),
			with(claim(3, "b", "s"), func(c *factcheck.Record) { c.Orphaned = true }),
			with(claim(1<<40, "c", "t"), func(c *factcheck.Record) { c.Group = "g1" }),
		}},
		{"empty strings", []factcheck.Record{
			with(claim(1, "", ""), func(c *factcheck.Record) { c.Kind, c.Qualifier, c.Subject = "", "", "" }),
			with(claim(2, "", ""), func(c *factcheck.Record) {}),
		}},
		{"unicode and long strings", []factcheck.Record{
			claim(1, "€11bn", "Ebbers – «€11bn» "+strings.Repeat("é", 300)),
			claim(2, "١٢", strings.Repeat("x", 70000)),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := appendPack(nil, tt.claims)
			got, err := unpack([]factcheck.Record{{ID: -1}}, 7, data)
			if err != nil {
				t.Fatal(err)
			}
			if got[0].ID != -1 {
				t.Errorf("unpack changed what it appends to: %+v", got[0])
			}
			got = got[1:]
			if len(got) != len(tt.claims) {
				t.Fatalf("got %d claims, want %d", len(got), len(tt.claims))
			}
			for i := range got {
				if !reflect.DeepEqual(got[i], tt.claims[i]) || math.Signbit(got[i].Value.Num) != math.Signbit(tt.claims[i].Value.Num) {
					t.Errorf("claim %d:\ngot  %+v\nwant %+v", i, got[i], tt.claims[i])
				}
			}
		})
	}
}

// TestUnpackDamaged: a pack cut short or holding what no pack holds is
// refused as corrupt, at every length.
func TestUnpackDamaged(t *testing.T) {
	c := factcheck.Record{ID: 4, Claim: factcheck.Claim{Text: "3-5", Kind: factcheck.Count, Value: factcheck.Value{Num: 3},
		EndValue: &factcheck.Value{Date: "2023"}, Sentence: "It was 3-5."}, Orphaned: true}
	data := appendPack(nil, []factcheck.Record{c})
	for n := 1; n < len(data); n++ {
		if _, err := unpack(nil, 1, data[:n]); !errors.Is(err, factcheck.ErrCorrupt) {
			t.Errorf("cut to %d of %d bytes: %v, want ErrCorrupt", n, len(data), err)
		}
	}
	for _, tt := range []struct {
		name string
		data []byte
	}{
		{"value tag", []byte{2, 0, 0, 0, 0, 9}},
		{"no value", []byte{2, 0, 0, 0, 0, 0}},
		{"orphaned flag", append(data[:len(data)-1:len(data)-1], 2)},
		{"first sentence the previous", []byte{2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
		{"string beyond the end", []byte{2, 0, 0, 0x7f}},
	} {
		if _, err := unpack(nil, 1, tt.data); !errors.Is(err, factcheck.ErrCorrupt) {
			t.Errorf("%s: %v, want ErrCorrupt", tt.name, err)
		}
	}
}

func FuzzUnpack(f *testing.F) {
	f.Add(appendPack(nil, []factcheck.Record{{ID: 3, Claim: factcheck.Claim{Text: "3", Sentence: "3 ran."}}}))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		claims, err := unpack(nil, 1, data)
		if err != nil {
			return
		}
		again, err := unpack(nil, 1, appendPack(nil, claims))
		if err != nil {
			t.Fatal(err)
		}
		if len(again) != len(claims) {
			t.Fatalf("packed again: %d claims, was %d", len(again), len(claims))
		}
		for i := range again {
			if a, c := again[i], claims[i]; a.Value.Num != c.Value.Num && !(math.IsNaN(a.Value.Num) && math.IsNaN(c.Value.Num)) {
				t.Fatalf("claim %d packed again: %+v, was %+v", i, a, c)
			}
		}
	})
}

// checkPacked fails unless Claims, read from the packs of the articles
// not listed in claims_unpacked and from the columns of the others, is
// what the columns hold, as many articles as want are listed (any number
// for a negative want), and every other article with claims is packed.
func checkPacked(t *testing.T, s *Store, step string, unpacked int) []factcheck.Record {
	t.Helper()
	got, err := s.Claims(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	sameClaims(t, step, got, readOneByOne(t, s))
	var listed, missing int
	err = s.db.QueryRow(`SELECT (SELECT count(*) FROM claims_unpacked), (SELECT count(DISTINCT article_id) FROM claims
		WHERE article_id NOT IN (SELECT article_id FROM claim_packs) AND article_id NOT IN (SELECT article_id FROM claims_unpacked))`).Scan(&listed, &missing)
	if err != nil {
		t.Fatal(err)
	}
	if unpacked >= 0 && listed != unpacked || missing != 0 {
		t.Errorf("%s: %d articles listed unpacked, want %d; %d neither listed nor packed", step, listed, unpacked, missing)
	}
	return got
}

// mustRepack packs the listed articles and checks that every article is
// packed and Claims, now read from the packs, is what it was.
func mustRepack(t *testing.T, s *Store, step string) []factcheck.Record {
	t.Helper()
	before, err := s.Claims(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Repack(context.Background()); err != nil {
		t.Fatal(err)
	}
	got := checkPacked(t, s, step+", packed", 0)
	sameClaims(t, step+", packed", got, before)
	return got
}

// articlesWithClaims returns how many articles have claims.
func articlesWithClaims(t *testing.T, s *Store) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow("SELECT count(DISTINCT article_id) FROM claims").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestPacksNeverStale packs every article, then changes claims in every
// way Factcheck does, and as another program would with SQL, and checks
// after each change that the changed articles are listed, that Claims
// reads the packs of the others and the columns of these and gives what
// the columns hold, and that Repack packs them again.
func TestPacksNeverStale(t *testing.T) {
	ctx := context.Background()
	s, claims := mustSeed(t)
	checkPacked(t, s, "import", articlesWithClaims(t, s))
	mustRepack(t, s, "import")
	art := claims[0].ArticleID
	find := func(got []factcheck.Record, id int64) factcheck.Record {
		t.Helper()
		for _, c := range got {
			if c.ID == id {
				return c
			}
		}
		t.Fatalf("claim %d is not listed", id)
		return factcheck.Record{}
	}

	// Regrouping.
	gen, err := generation(ctx, s.db)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetGroups(ctx, gen, []ingest.Placement{{Claim: claims[0].ID, Group: "moved"}}, nil, nil); err != nil {
		t.Fatal(err)
	}
	if c := find(checkPacked(t, s, "SetGroups", 1), claims[0].ID); c.Group != "moved" {
		t.Errorf("after SetGroups the claim's group is %q", c.Group)
	}
	if c := find(mustRepack(t, s, "SetGroups"), claims[0].ID); c.Group != "moved" {
		t.Errorf("packed after SetGroups, the claim's group is %q", c.Group)
	}
	regroupAll(t, s)
	checkPacked(t, s, "Regroup", -1)
	mustRepack(t, s, "Regroup")

	// Rulings, a correction of the claim's reading, an added claim.
	if _, err := s.Rule(ctx, factcheck.Ruling{Claim: claims[1].ID, Verdict: factcheck.Verified, Checker: "ann"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Undo(ctx, "ann"); err != nil {
		t.Fatal(err)
	}
	read := factcheck.ReadingOf(&claims[2].Claim)
	read.Subject = "amended"
	if _, err := s.Amend(ctx, factcheck.Ruling{Claim: claims[2].ID, Reading: read, Checker: "ann"}); err != nil {
		t.Fatal(err)
	}
	text, err := s.ArticleText(ctx, art)
	if err != nil {
		t.Fatal(err)
	}
	end, nl := strings.IndexAny(text, " \n"), strings.IndexByte(text, '\n')
	added, err := s.AddClaim(ctx, art, factcheck.Claim{Start: 0, End: end, Text: text[:end], Kind: factcheck.Count,
		Value: factcheck.Value{Num: 1}, Qualifier: factcheck.Exact, Subject: "word", Sentence: text[:nl], SentenceEnd: nl},
		factcheck.Ruling{Checker: "ann"})
	if err != nil {
		t.Fatal(err)
	}
	for _, got := range [][]factcheck.Record{checkPacked(t, s, "rulings", -1), mustRepack(t, s, "rulings")} {
		if c := find(got, claims[2].ID); c.Subject != "amended" {
			t.Errorf("the amended claim's subject is %q", c.Subject)
		}
		find(got, added.Claim)
	}

	// Re-extraction: a claim the extractor no longer finds is dropped.
	planted := plantClaim(t, s, art, "", factcheck.Claim{Start: 1, End: 2, Text: "planted", Kind: factcheck.Count})
	if _, err := ingest.ReextractArticles(ctx, s, []int64{art}); err != nil {
		t.Fatal(err)
	}
	for _, got := range [][]factcheck.Record{checkPacked(t, s, "re-extraction", 1), mustRepack(t, s, "re-extraction")} {
		for _, c := range got {
			if c.ID == planted {
				t.Errorf("the planted claim outlived re-extraction")
			}
		}
	}

	// Another program's SQL lists the articles whose claims it changes,
	// moved from one article to another included.
	if _, err := s.db.Exec("UPDATE claims SET subject = 'edited' WHERE id = ?", claims[3].ID); err != nil {
		t.Fatal(err)
	}
	var other factcheck.Record
	for _, c := range claims {
		if c.ArticleID != claims[3].ArticleID {
			other = c
			break
		}
	}
	if _, err := s.db.Exec("UPDATE claims SET article_id = ? WHERE id = ?", claims[3].ArticleID, other.ID); err != nil {
		t.Fatal(err)
	}
	for _, got := range [][]factcheck.Record{checkPacked(t, s, "SQL", 2), mustRepack(t, s, "SQL")} {
		if c := find(got, claims[3].ID); c.Subject != "edited" {
			t.Errorf("after SQL the claim's subject is %q", c.Subject)
		}
		if c := find(got, other.ID); c.ArticleID != claims[3].ArticleID {
			t.Errorf("after SQL the moved claim is in article %d", c.ArticleID)
		}
	}
	if _, err := s.db.Exec("DELETE FROM claims WHERE id = ?", claims[3].ID); err != nil {
		t.Fatal(err)
	}
	for _, got := range [][]factcheck.Record{checkPacked(t, s, "SQL delete", 1), mustRepack(t, s, "SQL delete")} {
		for _, c := range got {
			if c.ID == claims[3].ID {
				t.Errorf("a deleted claim is listed")
			}
		}
	}
}

// TestRepack: an import only lists its articles; Repack packs them all,
// a few at a time, empties the list, and leaves Claims as it was; a
// second Repack has nothing to do. An article left without claims loses
// its pack.
func TestRepack(t *testing.T) {
	defer func(n int) { repackFirst = n }(repackFirst)
	repackFirst = 2 // several transactions, whatever the timing
	ctx := context.Background()
	s, claims := mustSeed(t)
	n := articlesWithClaims(t, s)
	if n < 3 {
		t.Fatalf("the seeds give %d articles with claims; the test wants more than 2", n)
	}
	var packs int
	if err := s.db.QueryRow("SELECT count(*) FROM claim_packs").Scan(&packs); err != nil {
		t.Fatal(err)
	}
	if packs != 0 {
		t.Errorf("the import packed %d articles, want 0", packs)
	}
	checkPacked(t, s, "import", n)
	mustRepack(t, s, "Repack")
	if err := s.db.QueryRow("SELECT count(*) FROM claim_packs").Scan(&packs); err != nil {
		t.Fatal(err)
	}
	if packs != n {
		t.Errorf("%d articles packed, want %d", packs, n)
	}
	mustRepack(t, s, "Repack again")

	if _, err := s.db.Exec("DELETE FROM claims WHERE article_id = ?", claims[0].ArticleID); err != nil {
		t.Fatal(err)
	}
	mustRepack(t, s, "an article emptied")
	var left int
	if err := s.db.QueryRow("SELECT count(*) FROM claim_packs WHERE article_id = ?", claims[0].ArticleID).Scan(&left); err != nil {
		t.Fatal(err)
	}
	if left != 0 {
		t.Errorf("an article without claims kept its pack")
	}

	// A cancelled Repack packs nothing more and says so.
	if _, err := s.db.Exec("UPDATE claims SET subject = 'x' WHERE id = ?", claims[len(claims)-1].ID); err != nil {
		t.Fatal(err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := s.Repack(cctx); !errors.Is(err, context.Canceled) {
		t.Errorf("a cancelled Repack: %v, want context.Canceled", err)
	}
	checkPacked(t, s, "cancelled", 1)
}

// TestMigrationPacks: migrating to schema 8 lists every article, which
// Repack then packs.
func TestMigrationPacks(t *testing.T) {
	fileOnly(t)
	s, claims := mustSeed(t)
	shapeIDs(t, s, claims, true)
	_, s, _ = reopenOlder(t, s, func(t *testing.T, s *Store) { downgradeTo7(t, s) })
	checkPacked(t, s, "migrated", articlesWithClaims(t, s))
	mustRepack(t, s, "migrated")
}
