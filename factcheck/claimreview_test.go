package factcheck

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestClaimReviewWriter: a ClaimReview a ruled claim, none for claims
// unruled or cleared, each with the properties schema.org and the
// fact-check markup guidelines ask for, in a document that parses as
// JSON-LD: a schema.org @context and a @graph of typed nodes.
func TestClaimReviewWriter(t *testing.T) {
	at := time.Date(2024, 3, 1, 12, 30, 0, 0, time.UTC)
	by := &Claim{Doc: "later.txt", Text: "at least 300 dead"}
	records := []struct {
		r  Record
		a  ArticleLabel
		by *Claim
	}{
		{Record{ID: 1, Claim: Claim{Doc: "a.html", Text: "6 dead", Sentence: "At least 6 people died."},
			State: State{Verdict: Superseded, SupersededBy: 9, Note: "the toll rose", Evidence: "https://agency.example/toll-300", Checker: "ann", RuledAt: at}},
			ArticleLabel{Published: "2024-02-28", Metadata: Metadata{Title: "Quake hits coast", Outlet: "The Wire", URL: "https://wire.example/quake"}}, by},
		{Record{ID: 2, Claim: Claim{Doc: "b.txt", Text: "12%", Sentence: "Prices rose 12%."},
			State: State{Verdict: Disputed, Checker: "bob", RuledAt: at}}, ArticleLabel{Published: "--02-28"}, nil},
		{Record{ID: 3, Claim: Claim{Doc: "b.txt", Text: "£4m"}, State: State{Verdict: Verified, Checker: "bob", RuledAt: at}}, ArticleLabel{}, nil},
		{Record{ID: 4, Claim: Claim{Doc: "b.txt", Text: "5 cars"}}, ArticleLabel{}, nil},
		{Record{ID: 5, Claim: Claim{Doc: "b.txt", Text: "7 vans"}, State: State{Verdict: Cleared, Checker: "bob", RuledAt: at}}, ArticleLabel{}, nil},
		{Record{ID: 6, Claim: Claim{Doc: "b.txt", Text: "Route 66"}, State: State{Verdict: Dismissed, Checker: "bob", RuledAt: at}}, ArticleLabel{}, nil},
		{Record{ID: 7, Claim: Claim{Doc: "b.txt", Text: "40 tunnels", Sentence: "There are 40 tunnels."},
			State: State{Verdict: Unverifiable, Checker: "bob", RuledAt: at}}, ArticleLabel{}, nil},
		{Record{ID: 8, Claim: Claim{Doc: "b.txt", Text: "11,000", Sentence: "11,000 have died."},
			State: State{Verdict: Superseded, Outside: Figure{Value: Value{Num: 11078}, Date: "2023-11-12", Source: "https://agency.example/toll"},
				Checker: "bob", RuledAt: at}}, ArticleLabel{}, nil},
	}
	if _, err := NewClaimReviewWriter(&bytes.Buffer{}, Publisher{}); err == nil {
		t.Error("a ClaimReviewWriter with no publisher")
	}
	var b bytes.Buffer
	w, err := NewClaimReviewWriter(&b, Publisher{Name: "The Ledger", URL: "https://ledger.example"})
	if err != nil {
		t.Fatal(err)
	}
	for i := range records {
		if err := w.Write(&records[i].r, &records[i].a, records[i].by, &ArticleLabel{Metadata: Metadata{Title: "Toll rises to 300", Outlet: "The Wire"}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Context string           `json:"@context"`
		Graph   []map[string]any `json:"@graph"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b.Bytes())
	}
	if doc.Context != "https://schema.org" || len(doc.Graph) != 5 {
		t.Fatalf("@context %q, %d reviews; want schema.org and one a ruled claim that is a claim (5)", doc.Context, len(doc.Graph))
	}
	get := func(m map[string]any, path ...string) string {
		var v any = m
		for _, p := range path {
			o, ok := v.(map[string]any)
			if !ok {
				return ""
			}
			v = o[p]
		}
		switch v := v.(type) {
		case string:
			return v
		case float64:
			return strconv.FormatFloat(v, 'f', -1, 64)
		}
		return ""
	}
	for i, rv := range doc.Graph {
		for _, path := range [][]string{{"@type"}, {"claimReviewed"}, {"datePublished"}, {"author", "@type"}, {"author", "name"},
			{"itemReviewed", "@type"}, {"itemReviewed", "appearance", "@type"}, {"reviewRating", "@type"},
			{"reviewRating", "alternateName"}} {
			if get(rv, path...) == "" {
				t.Errorf("review %d lacks %s", i, strings.Join(path, "."))
			}
		}
		// A rating on the scale has all of it; "Unverifiable" has none.
		scale := get(rv, "reviewRating", "ratingValue") != ""
		if scale != (get(rv, "reviewRating", "bestRating") != "") || scale != (get(rv, "reviewRating", "worstRating") != "") ||
			scale == (get(rv, "reviewRating", "alternateName") == "Unverifiable") {
			t.Errorf("review %d: rating %v", i, rv["reviewRating"])
		}
	}
	if got := get(doc.Graph[4], "reviewRating", "alternateName"); got != "Outdated: superseded by 11,078 as of 2023-11-12 (https://agency.example/toll)" {
		t.Errorf("superseded by an outside figure: %q", got)
	}
	first := doc.Graph[0]
	for _, c := range []struct {
		path []string
		want string
	}{
		{[]string{"@type"}, "ClaimReview"},
		{[]string{"claimReviewed"}, "“6 dead” in: At least 6 people died."},
		{[]string{"datePublished"}, "2024-03-01"},
		{[]string{"author", "url"}, "https://ledger.example"},
		{[]string{"itemReviewed", "appearance", "url"}, "https://wire.example/quake"},
		{[]string{"itemReviewed", "appearance", "headline"}, "Quake hits coast"},
		{[]string{"itemReviewed", "author", "name"}, "The Wire"},
		{[]string{"itemReviewed", "datePublished"}, "2024-02-28"},
		{[]string{"reviewRating", "alternateName"}, `Outdated: superseded by "at least 300 dead" in "Toll rises to 300" (The Wire)`},
		{[]string{"reviewRating", "ratingExplanation"}, "the toll rose"},
		{[]string{"citation"}, "https://agency.example/toll-300"},
		{[]string{"reviewRating", "ratingValue"}, "2"},
	} {
		if got := get(first, c.path...); got != c.want {
			t.Errorf("%s = %q, want %q", strings.Join(c.path, "."), got, c.want)
		}
	}
	if got := get(doc.Graph[1], "itemReviewed", "datePublished"); got != "" {
		t.Errorf("a date without its year is no datePublished: %q", got)
	}
	if got := get(doc.Graph[2], "itemReviewed", "appearance", "name"); got != "b.txt" {
		t.Errorf("an article with neither link nor title appears as %q, want its file name", got)
	}
}

// TestClaimReviewNamesTheFigure checks that two claims of one sentence
// are two reviews that say which figure each is of, on one line and with
// the wire's escapes decoded, and that a percentage superseded by an
// outside figure keeps its percent sign.
func TestClaimReviewNamesTheFigure(t *testing.T) {
	at := time.Date(2024, 3, 1, 12, 30, 0, 0, time.UTC)
	sentence := "&lt;General Partners> cut its stake\nto 8.6 pct, from 9.8 pct."
	rows := []Record{
		{ID: 1, Claim: Claim{Doc: "a.txt", Text: "8.6 pct", Kind: Percent, Value: Value{Num: 8.6}, Sentence: sentence},
			State: State{Verdict: Verified, Checker: "ann", RuledAt: at}},
		{ID: 2, Claim: Claim{Doc: "a.txt", Text: "9.8 pct", Kind: Percent, Value: Value{Num: 9.8}, Sentence: sentence},
			State: State{Verdict: Superseded, Outside: Figure{Value: Value{Num: 8.6}, Date: "1987-04-09", Source: "SEC filing"}, Checker: "ann", RuledAt: at}},
	}
	var b bytes.Buffer
	w, err := NewClaimReviewWriter(&b, Publisher{Name: "The Ledger"})
	if err != nil {
		t.Fatal(err)
	}
	for i := range rows {
		if err := w.Write(&rows[i], &ArticleLabel{}, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Graph []struct {
			ClaimReviewed string `json:"claimReviewed"`
			ReviewRating  struct {
				AlternateName string `json:"alternateName"`
			} `json:"reviewRating"`
		} `json:"@graph"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil || len(doc.Graph) != 2 {
		t.Fatalf("%v, %d reviews:\n%s", err, len(doc.Graph), b.Bytes())
	}
	for i, want := range []string{"“8.6 pct” in: <General Partners> cut its stake to 8.6 pct, from 9.8 pct.", "“9.8 pct” in: <General Partners> cut its stake to 8.6 pct, from 9.8 pct."} {
		if got := doc.Graph[i].ClaimReviewed; got != want {
			t.Errorf("review %d: claimReviewed %q, want %q", i, got, want)
		}
	}
	if got, want := doc.Graph[1].ReviewRating.AlternateName, "Outdated: superseded by 8.6% as of 1987-04-09 (SEC filing)"; got != want {
		t.Errorf("alternateName %q, want %q", got, want)
	}
}

// TestArticleNamed checks how a review names the article of a newer
// claim: by its title and outlet, else by its file name.
func TestArticleNamed(t *testing.T) {
	for _, tt := range []struct {
		a    *ArticleLabel
		want string
	}{
		{&ArticleLabel{Metadata: Metadata{Title: "Toll rises", Outlet: "The Wire"}}, `in "Toll rises" (The Wire)`},
		{&ArticleLabel{Metadata: Metadata{Title: "Toll rises"}}, `in "Toll rises"`},
		{&ArticleLabel{Metadata: Metadata{Outlet: "The Wire"}}, "(later.txt)"},
		{nil, "(later.txt)"},
	} {
		if got := articleNamed("later.txt", tt.a); got != tt.want {
			t.Errorf("articleNamed(%+v) = %q, want %q", tt.a, got, tt.want)
		}
	}
}
