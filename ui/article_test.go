package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
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
	h.settle()
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
