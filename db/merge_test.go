package db

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// A reviewState is what two reviews must agree on after merging both
// ways: their articles, claims, events and each claim's current ruling,
// by what names them in every review (hashes, keys, uids).
type reviewState struct {
	articles []string                     // hashes
	events   []string                     // uid, claim key, action, verdict, checker, time, targets of each
	current  map[string]factcheck.Verdict // by claim key
	checker  map[string]string            // who made each claim's current ruling, by key
	labels   map[string]string            // each article's title in force, by hash
}

func stateOf(t *testing.T, s *Store) reviewState {
	t.Helper()
	ctx := context.Background()
	st := reviewState{current: map[string]factcheck.Verdict{}, checker: map[string]string{}, labels: map[string]string{}}
	hashes := map[int64]string{}
	rows, err := s.db.Query(`SELECT a.id, a.hash, l.title FROM articles AS a JOIN article_labels AS l ON l.article_id = a.id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		var hash, title string
		if err := rows.Scan(&id, &hash, &title); err != nil {
			t.Fatal(err)
		}
		hashes[id] = hash
		st.articles = append(st.articles, hash)
		st.labels[hash] = title
	}
	rows.Close()
	sort.Strings(st.articles)
	recs, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	keys := map[int64]string{}
	for _, r := range recs {
		c := r.Claim
		if r.Extracted != nil {
			r.Extracted.Apply(&c)
		}
		key := c.Key(hashes[r.ArticleID])
		keys[r.ID] = key
		st.current[key] = r.Verdict
		st.checker[key] = r.Checker
	}
	var events []factcheck.Event
	uids := map[int64]string{0: "-"} // event ID → uid
	for id := range keys {
		h, err := s.History(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range h {
			events = append(events, e)
			uids[e.ID] = e.UID
		}
	}
	for _, e := range events {
		st.events = append(st.events, strings.Join([]string{e.UID, keys[e.Claim], string(e.Action), string(e.Verdict),
			e.Checker, formatTime(e.At), keys[e.SupersededBy], e.Note, e.Reading.Subject, "target", uids[e.Target],
			"replaces", uids[e.Replaces]}, " "))
	}
	sort.Strings(st.events)
	return st
}

func (a reviewState) diff(t *testing.T, what string, b reviewState) {
	t.Helper()
	if strings.Join(a.articles, ",") != strings.Join(b.articles, ",") {
		t.Errorf("%s: articles differ: %d against %d", what, len(a.articles), len(b.articles))
	}
	if strings.Join(a.events, "\n") != strings.Join(b.events, "\n") {
		t.Errorf("%s: events differ:\n%s\nagainst\n%s", what, strings.Join(a.events, "\n"), strings.Join(b.events, "\n"))
	}
	for k, v := range a.current {
		if b.current[k] != v || b.checker[k] != a.checker[k] {
			t.Errorf("%s: claim %s is %q by %q against %q by %q", what, k, v, a.checker[k], b.current[k], b.checker[k])
		}
	}
	if len(a.current) != len(b.current) {
		t.Errorf("%s: %d claims against %d", what, len(a.current), len(b.current))
	}
	for h, l := range a.labels {
		if b.labels[h] != l {
			t.Errorf("%s: article %s titled %q against %q", what, h[:8], l, b.labels[h])
		}
	}
}

func mustMerge(t *testing.T, into, from *Store) factcheck.MergeReport {
	t.Helper()
	ctx := context.Background()
	rep, err := into.Merge(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	if err := ingest.Regroup(ctx, into); err != nil {
		t.Fatal(err)
	}
	return rep
}

// TestMerge: two checkers review the seeds apart (one also an article of
// her own, a claim the extractor missed, a corrected reading, an undo and
// a label); merging either review into the other, or both into an empty
// one in either order, ends in the same state, where each claim ruled in
// both shows the later ruling and keeps the other in its history; a
// second merge adds nothing, and no event of the review merged into is
// changed.
func TestMerge(t *testing.T) {
	ctx := context.Background()
	a, claims := mustSeed(t)
	b, _ := mustSeed(t)
	bClaims, err := b.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	extra := filepath.Join(t.TempDir(), "extra.txt")
	if err := os.WriteFile(extra, []byte("Officials said 412 trucks crossed on Tuesday, up from 95 a day last week.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.Import(ctx, b, []string{extra}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	rule := func(s *Store, id int64, v factcheck.Verdict, who string) factcheck.Event {
		t.Helper()
		e, err := s.Rule(ctx, factcheck.Ruling{Claim: id, Verdict: v, Checker: who, Note: who + "'s note"})
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	// Claims are in the same order in both reviews (the same articles).
	rule(a, claims[0].ID, factcheck.Verified, "ann")
	first := rule(a, claims[1].ID, factcheck.Verified, "ann")
	rule(b, bClaims[2].ID, factcheck.Disputed, "bo")
	rule(b, bClaims[3].ID, factcheck.Verified, "bo")
	if _, err := b.Undo(ctx, "bo"); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Millisecond)
	later := rule(b, bClaims[1].ID, factcheck.Disputed, "bo") // after ann's on the same claim
	read := factcheck.ReadingOf(&bClaims[4].Claim)
	read.Subject = "trucks of aid"
	if _, err := b.Amend(ctx, factcheck.Ruling{Claim: bClaims[4].ID, Reading: read, Checker: "bo"}); err != nil {
		t.Fatal(err)
	}
	text, err := a.ArticleText(ctx, claims[0].ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	end := strings.IndexAny(text, " \n")
	nl := strings.IndexByte(text, '\n')
	missed := factcheck.Claim{Start: 0, End: end, Text: text[:end], Kind: factcheck.Count, Value: factcheck.Value{Num: 1},
		Qualifier: factcheck.Exact, Subject: "word", Sentence: text[:nl], SentenceStart: 0, SentenceEnd: nl}
	if _, err := a.AddClaim(ctx, claims[0].ArticleID, missed, factcheck.Ruling{Checker: "ann", Note: "missed"}); err != nil {
		t.Fatal(err)
	}
	if err := b.EditArticle(ctx, factcheck.ArticleEdit{Article: bClaims[0].ArticleID, Field: factcheck.FieldTitle, Value: "Bo's title", Checker: "bo"}); err != nil {
		t.Fatal(err)
	}
	aHistory, err := a.History(ctx, claims[1].ID)
	if err != nil {
		t.Fatal(err)
	}

	x, y := mustOpen(t), mustOpen(t)
	mustMerge(t, x, a)
	mustMerge(t, x, b)
	mustMerge(t, y, b)
	mustMerge(t, y, a)
	rep := mustMerge(t, a, b)
	if rep.Articles != 1 || rep.Events != 5 || rep.Edits != 1 {
		t.Errorf("b into a: %+v, want 1 article, 5 events, 1 edit", rep)
	}
	if rep.Claims == 0 {
		t.Errorf("b into a: no claims merged, want the extra article's")
	}
	rep = mustMerge(t, b, a)
	if rep.Articles != 0 || rep.Claims != 1 || rep.Events != 3 {
		t.Errorf("a into b: %+v, want no article, ann's added claim and her 3 events", rep)
	}
	sa, sb, sx, sy := stateOf(t, a), stateOf(t, b), stateOf(t, x), stateOf(t, y)
	sa.diff(t, "a+b against b+a", sb)
	sa.diff(t, "a+b against 0+a+b", sx)
	sx.diff(t, "0+a+b against 0+b+a", sy)
	if len(sa.events) != 8 {
		t.Errorf("%d events after merging, want 8:\n%s", len(sa.events), strings.Join(sa.events, "\n"))
	}

	// The claim both ruled shows the later ruling, bo's, in both.
	for _, s := range []*Store{a, b} {
		for _, r := range mustClaims(t, s) {
			if r.Start == claims[1].Start && r.Doc == claims[1].Doc && (r.Verdict != factcheck.Disputed || r.Checker != "bo") {
				t.Errorf("%s: the claim both ruled shows %s by %s, want bo's later dispute", s.Path(), r.Verdict, r.Checker)
			}
		}
	}
	// a's own events are as they were, bo's after them, as bo made them.
	h, err := a.History(ctx, claims[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 2 || h[0] != aHistory[0] || h[1].UID != later.UID || !h[1].At.Equal(later.At) || h[1].Replaces != 0 {
		t.Errorf("history in a after the merge: %+v, want ann's %+v then bo's %+v replacing nothing of a", h, first, later)
	}

	// Merging again adds nothing, either way.
	for _, p := range [][2]*Store{{a, b}, {b, a}, {x, y}} {
		if rep := mustMerge(t, p[0], p[1]); rep != (factcheck.MergeReport{From: p[1].Path()}) {
			t.Errorf("a second merge into %s added %+v", p[0].Path(), rep)
		}
	}
	// A new ruling after a merge is current, whatever the times merged.
	rule(a, claims[1].ID, factcheck.Verified, "cy")
	if c, err := a.Claim(ctx, claims[1].ID); err != nil || c.Verdict != factcheck.Verified || c.Checker != "cy" {
		t.Errorf("a ruling after the merge: the claim shows %+v, %v", c, err)
	}
	// Every article is grouped after the merge.
	if _, ungrouped, _, err := a.ClaimTotals(ctx); err != nil || ungrouped != 0 {
		t.Errorf("after merging: %d claims ungrouped, %v", ungrouped, err)
	}
}

func mustClaims(t *testing.T, s *Store) []factcheck.Record {
	t.Helper()
	recs, err := s.Claims(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return recs
}
