package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"github.com/factcheck/factcheck/factcheck"
)

// TestEditArticle: the article details dialog saves the checker's title
// and outlet, and the window names the article by them at once.
func TestEditArticle(t *testing.T) {
	h := newHarness(t)
	h.show(0)
	doc := h.cat().claims[0].Doc
	h.onEditArticle()
	title, ok := h.win.Canvas().Focused().(*dialogEntry)
	if !ok {
		t.Fatal("the title field does not have the focus")
	}
	title.SetText("Rafah crossing opens to foreigners")
	h.win.Canvas().FocusNext()
	outlet, ok := h.win.Canvas().Focused().(*dialogEntry)
	if !ok || outlet == title {
		t.Fatal("Tab does not lead to the outlet field")
	}
	outlet.SetText("Wire")
	outlet.OnSubmitted(outlet.Text)
	if h.changing == 0 {
		t.Error("the edit under way is not counted the window's own: the watch would take it for another program's")
	}
	h.settle()
	if h.changing != 0 {
		t.Error("the edit, done, is still counted under way")
	}
	if got, want := h.cat().articleLabel(doc), "Rafah crossing opens to foreigners (Wire)"; got != want {
		t.Errorf("the article is labelled %q, want %q", got, want)
	}
	labels, err := h.sess.store.ArticleLabels(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if l := labels[doc]; l.Title != "Rafah crossing opens to foreigners" || l.Outlet != "Wire" {
		t.Errorf("stored %+v", l)
	}
	if len(h.win.Canvas().Overlays().List()) != 0 {
		t.Error("a dialog is still open")
	}
}

// TestOpenSource: an article's link opens in the browser; an article with
// neither link nor file says so.
func TestOpenSource(t *testing.T) {
	h := newHarness(t)
	h.show(0)
	h.onOpenSource()
	h.settle()
	if len(h.win.Canvas().Overlays().List()) == 0 {
		t.Fatal("an article with no link and no file opened nothing and said nothing")
	}
	h.press(fyne.KeyEscape)
	h.settle()
	if h.dlg.modalOpen() {
		t.Fatal("Escape left the dialog open")
	}
	doc := h.cat().claims[0].Doc
	l := h.cat().labels[doc]
	l.URL = "https://news.example/rafah"
	h.cat().labels[doc] = l
	h.onOpenSource()
	h.settle()
	if got := h.status.Text; !strings.Contains(got, "Opened https://news.example/rafah") {
		t.Errorf("status %q, want the link opened", got)
	}
}

// TestEditPublished: a publication date the checker gives an article
// gives its dates their year.
func TestEditPublished(t *testing.T) {
	h := newDBHarness(t)
	first := -1
	for i, c := range h.cat().claims {
		if c.Kind == factcheck.Date && strings.HasPrefix(c.Value.Date, "--") {
			first = i
			break
		}
	}
	if first < 0 {
		t.Fatal("no seed date without a year: the test needs one")
	}
	c := h.cat().claims[first]
	h.show(first)
	h.onEditArticle()
	for range 4 { // title, outlet, byline, link, then the date
		h.win.Canvas().FocusNext()
	}
	date, ok := h.win.Canvas().Focused().(*dialogEntry)
	if !ok {
		t.Fatal("no date field")
	}
	date.SetText("2023-11-02")
	date.OnSubmitted(date.Text)
	h.settle()
	got := h.stored(t, c.ID)
	if got.Value.Date != "2023"+c.Value.Date[1:] {
		t.Errorf("the date %q reads %q after the article was dated 2023-11-02", c.Value.Date, got.Value.Date)
	}
	if h.cat().publishedOn(c.Doc) != "2023-11-02" {
		t.Errorf("the article is shown published %q", h.cat().publishedOn(c.Doc))
	}
}
