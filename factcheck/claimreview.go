package factcheck

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strings"
	"time"
)

// A Publisher is who publishes a review's verdicts: the newsroom, named
// as the author of each ClaimReview.
type Publisher struct {
	Name string // "The Eastport Ledger"
	URL  string // its home page, or ""
}

// A ClaimReviewWriter writes the verdicts of ruled claims as schema.org
// ClaimReview markup in JSON-LD, the form search engines and fact-check
// aggregators read (schema.org/ClaimReview; the fact-check markup
// guidelines Google publishes name claimReviewed, reviewRating with its
// alternateName, author and itemReviewed with its appearance): one
// JSON-LD document whose @graph holds a ClaimReview a ruled claim.
// Claims with no verdict in force are left out.
type ClaimReviewWriter struct {
	w     io.Writer
	pub   Publisher
	graph []claimReview
}

// NewClaimReviewWriter returns a ClaimReviewWriter writing to w, for
// reviews published by pub, whose Name must not be empty.
func NewClaimReviewWriter(w io.Writer, pub Publisher) (*ClaimReviewWriter, error) {
	if pub.Name == "" {
		return nil, fmt.Errorf("claim review: the publisher's name is needed: it signs every review")
	}
	return &ClaimReviewWriter{w: w, pub: pub}, nil
}

// The JSON-LD of a ClaimReview, as schema.org names its properties.
type (
	claimReview struct {
		Type          string       `json:"@type"`
		ClaimReviewed string       `json:"claimReviewed"`
		ItemReviewed  reviewedItem `json:"itemReviewed"`
		Author        organization `json:"author"`
		DatePublished string       `json:"datePublished"`
		ReviewRating  rating       `json:"reviewRating"`
		Citation      string       `json:"citation,omitempty"` // the ruling's evidence, as the checker wrote it
	}
	reviewedItem struct {
		Type          string        `json:"@type"` // Claim
		Appearance    creativeWork  `json:"appearance"`
		Author        *organization `json:"author,omitempty"`
		DatePublished string        `json:"datePublished,omitempty"`
	}
	creativeWork struct {
		Type     string `json:"@type"`
		URL      string `json:"url,omitempty"`
		Headline string `json:"headline,omitempty"`
		Name     string `json:"name,omitempty"`
	}
	organization struct {
		Type string `json:"@type"`
		Name string `json:"name"`
		URL  string `json:"url,omitempty"`
	}
	rating struct {
		Type              string `json:"@type"`
		RatingValue       int    `json:"ratingValue,omitempty"`
		BestRating        int    `json:"bestRating,omitempty"`
		WorstRating       int    `json:"worstRating,omitempty"`
		AlternateName     string `json:"alternateName"`
		RatingExplanation string `json:"ratingExplanation,omitempty"`
	}
)

// ratings are the verdicts on schema.org's numeric scale (worst 1, best
// 3) and in words. A figure no evidence settles has no place on the
// scale: its rating is in words only (value 0: none written). A claim
// dismissed as not a claim is not reviewed.
var ratings = map[Verdict]struct {
	value int
	words string
}{
	Verified:     {3, "Accurate"},
	Superseded:   {2, "Outdated"},
	Disputed:     {1, "Disputed"},
	Unverifiable: {0, "Unverifiable"},
}

// Len returns how many reviews Write has added: one a claim with a
// verdict in force.
func (w *ClaimReviewWriter) Len() int { return len(w.graph) }

// Write adds r, of the article labelled a, superseded by by (nil when not
// superseded) of the article labelled byArticle, when it has a verdict in
// force. The newer claim's article is named by its title and outlet, else
// its file name (articleNamed).
func (w *ClaimReviewWriter) Write(r *Record, a *ArticleLabel, by *Claim, byArticle *ArticleLabel) error {
	if !r.Ruled() || r.Verdict == Dismissed {
		return nil
	}
	rt, ok := ratings[r.Verdict]
	if !ok {
		return fmt.Errorf("claim review of claim %d: verdict %q", r.ID, r.Verdict)
	}
	words := rt.words
	switch {
	case r.Verdict == Superseded && by != nil:
		words += fmt.Sprintf(": superseded by %q %s", plainText(by.Text), articleNamed(by.Doc, byArticle))
	case r.Verdict == Superseded && !r.Outside.IsZero():
		figure := r.Outside.String()
		if r.Kind == Percent && r.Outside.Unit == "" {
			figure += "%" // a percentage's figure, its unit the claim's kind
		}
		words += ": superseded by " + figure
		if r.Outside.Date != "" {
			words += " as of " + r.Outside.Date
		}
		words += " (" + r.Outside.Source + ")"
	}
	appearance := creativeWork{Type: "CreativeWork", URL: a.URL, Headline: a.Title}
	if a.URL == "" && a.Title == "" {
		appearance.Name = r.Doc
	}
	item := reviewedItem{Type: "Claim", Appearance: appearance}
	if a.Outlet != "" {
		item.Author = &organization{Type: "Organization", Name: a.Outlet}
	}
	if _, err := time.Parse(time.DateOnly, a.Published); err == nil {
		item.DatePublished = a.Published
	}
	// the figure reviewed, then its sentence: two claims of one sentence
	// are two reviews ("“8.6 pct” in: ... to 8.6 pct, from 9.8 pct")
	reviewed := "“" + plainText(r.Text) + "”"
	if r.Sentence != "" {
		reviewed += " in: " + plainText(r.Sentence)
	}
	w.graph = append(w.graph, claimReview{
		Type:          "ClaimReview",
		ClaimReviewed: reviewed,
		ItemReviewed:  item,
		Author:        organization{Type: "Organization", Name: w.pub.Name, URL: w.pub.URL},
		DatePublished: r.RuledAt.UTC().Format(time.DateOnly),
		ReviewRating:  reviewRating(rt.value, words, r.Note),
		Citation:      strings.TrimSpace(r.Evidence),
	})
	return nil
}

// plainText returns s as a reader reads it: its lines joined by spaces,
// its HTML entities decoded (wire copy's "&lt;GenCorp>").
func plainText(s string) string {
	return html.UnescapeString(strings.Join(strings.Fields(s), " "))
}

// reviewRating returns a rating of value on the scale 1 to 3, or in
// words only when value is 0.
func reviewRating(value int, words, note string) rating {
	rt := rating{Type: "Rating", AlternateName: words, RatingExplanation: note}
	if value != 0 {
		rt.RatingValue, rt.BestRating, rt.WorstRating = value, 3, 1
	}
	return rt
}

// Flush writes the JSON-LD document, {"@context": "https://schema.org",
// "@graph": [...]}, indented, and returns the writer's error.
func (w *ClaimReviewWriter) Flush() error {
	doc := struct {
		Context string        `json:"@context"`
		Graph   []claimReview `json:"@graph"`
	}{"https://schema.org", w.graph}
	if doc.Graph == nil {
		doc.Graph = []claimReview{}
	}
	enc := json.NewEncoder(w.w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// articleNamed names an article for a reader: in "its title" (its
// outlet), as far as its label a (nil for none) tells, else (its file
// name, doc).
func articleNamed(doc string, a *ArticleLabel) string {
	if a == nil || a.Title == "" {
		return "(" + doc + ")"
	}
	s := fmt.Sprintf("in %q", plainText(a.Title))
	if a.Outlet != "" {
		s += " (" + a.Outlet + ")"
	}
	return s
}
