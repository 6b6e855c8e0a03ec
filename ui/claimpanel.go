package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/factcheck/factcheck/factcheck"
)

// A claimPanel shows the selected claim: its text and what it states, its
// sentence with the claim highlighted, and its article scrolled to it.
type claimPanel struct {
	title    *widget.Label
	facts    *widget.Label
	sentence *widget.RichText
	source   *widget.Label
	paras    *fyne.Container // the article, one RichText a paragraph
	scroll   *container.Scroll
	head     *fyne.Container // everything above the article
	root     *fyne.Container

	articleID int64 // the article whose text is cached
	text      string
}

func (p *claimPanel) build() fyne.CanvasObject {
	p.title = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText, Wrapping: fyne.TextWrapWord}
	p.facts = &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.MediumImportance}
	p.sentence = &widget.RichText{Wrapping: fyne.TextWrapWord, Scroll: fyne.ScrollNone}
	p.source = &widget.Label{Truncation: fyne.TextTruncateEllipsis, Importance: widget.LowImportance}
	p.paras = container.NewVBox()
	p.scroll = container.NewVScroll(p.paras)
	p.head = container.NewVBox(
		heading("Claim"),
		p.title, p.facts,
		heading("In its sentence"),
		p.sentence,
		widget.NewSeparator(),
		container.NewBorder(nil, nil, heading("Article"), nil, p.source),
	)
	p.root = container.NewBorder(p.head, nil, nil, nil, p.scroll)
	p.clear()
	return p.root
}

// heading is a section title.
func heading(s string) *widget.Label {
	return &widget.Label{Text: strings.ToUpper(s), TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameCaptionText}
}

// clear shows no claim.
func (p *claimPanel) clear() {
	p.title.SetText("No claim selected")
	p.facts.SetText("Pick a claim in the list, or press J.")
	p.sentence.Segments = nil
	p.sentence.Refresh()
	p.source.SetText("")
	p.paras.Objects = nil
	p.paras.Refresh()
	p.articleID, p.text = 0, "" // another database's article may have the same ID
	relayout(p.root, p.head)
}

// show shows claim c of the article named article (see
// catalog.articleLabel), published on the given date.
func (p *claimPanel) show(c *factcheck.Record, article, published string) {
	p.title.SetText(oneLine(c.Text))
	p.facts.SetText(factsText(c))
	p.sentence.Segments = highlighted(oneLine(c.Sentence), c.Start-c.SentenceStart, oneLine(c.Text))
	p.sentence.Refresh()
	src := article
	if article != c.Doc {
		src += "  ·  " + c.Doc
	}
	if published != "" {
		src += "  ·  published " + dateText(published)
	}
	p.source.SetText(src)
	relayout(p.root, p.head)
}

// factsText says what a claim states: "Count · at least 200 · of
// hostages".
func factsText(c *factcheck.Record) string {
	parts := []string{capitalize(string(c.Kind))}
	v := valueText(&c.Claim)
	if q := qualifierText(c.Qualifier); q != "" {
		v = q + " " + v
	}
	parts = append(parts, v)
	if c.Subject != "" {
		parts = append(parts, "of "+c.Subject)
	}
	if c.Orphaned {
		parts = append(parts, "no longer found in its article")
	}
	switch {
	case c.Added:
		parts = append(parts, "added by a checker")
	case c.Extracted != nil:
		parts = append(parts, "amended: the extractor read "+readingText(*c.Extracted))
	}
	return strings.Join(parts, "  ·  ")
}

// cached returns the article's text if it is the one shown.
func (p *claimPanel) cached(article int64) (string, bool) {
	return p.text, p.articleID == article && p.text != ""
}

// showArticle shows text, claim c's article, with the claim highlighted,
// and scrolls to it.
func (p *claimPanel) showArticle(c *factcheck.Record, text string) {
	p.articleID, p.text = c.ArticleID, text
	at := claimOffset(c, text)
	p.paras.Objects = p.paras.Objects[:0]
	var target fyne.CanvasObject
	for _, para := range paragraphs(text) {
		start, end := para[0], para[1]
		// a wrapped line's break is a space, byte for byte: the claim's
		// offset holds
		line := oneLine(text[start:end])
		rt := &widget.RichText{Wrapping: fyne.TextWrapWord, Scroll: fyne.ScrollNone}
		if at >= start && at < end {
			rt.Segments = highlighted(line, at-start, oneLine(c.Text))
			target = rt
		} else {
			rt.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: line, Style: widget.RichTextStyleInline}}
		}
		p.paras.Objects = append(p.paras.Objects, rt)
	}
	p.paras.Refresh()
	p.scrollTo(target)
}

// maxWrappedLine is the longest line, in bytes, of a text wrapped at a
// fixed width, as wire copy is (about 70 characters); minWrappedLines is
// how many lines of 40 bytes or more it takes to tell that it is.
const (
	maxWrappedLine  = 90
	minWrappedLines = 4
)

// paragraphs returns the byte ranges of text's paragraphs, blank lines
// left out: each line a paragraph, but in a text wrapped at a fixed width
// (no line longer than maxWrappedLine) a line and the unindented lines
// after it, up to a blank or indented line, make one (wire copy indents
// its paragraphs: "    NEW YORK, April 9 - The Federal Reserve was
// detected buying\ndollars for yen").
func paragraphs(text string) [][2]int {
	var lines [][2]int
	long, wrapped := 0, true
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		lines = append(lines, [2]int{start, end})
		switch n := end - start; {
		case n > maxWrappedLine:
			wrapped = false
		case n >= 40:
			long++
		}
		start = end + 1
	}
	wrapped = wrapped && long >= minWrappedLines
	var out [][2]int
	for _, l := range lines {
		line := text[l[0]:l[1]]
		switch {
		case strings.TrimSpace(line) == "":
		case wrapped && len(out) > 0 && out[len(out)-1][1] == l[0]-1 && line[0] != ' ' && line[0] != '\t':
			out[len(out)-1][1] = l[1] // the paragraph's next line
		default:
			out = append(out, l)
		}
	}
	return out
}

// showArticleError says why the article cannot be shown.
func (p *claimPanel) showArticleError(err error) {
	p.articleID, p.text = 0, ""
	p.paras.Objects = []fyne.CanvasObject{&widget.Label{Text: "The article could not be read: " + err.Error(), Wrapping: fyne.TextWrapWord}}
	p.paras.Refresh()
}

// scrollTo scrolls the article so that o sits a third of the way down.
func (p *claimPanel) scrollTo(o fyne.CanvasObject) {
	view := p.scroll.Size()
	// Wrapped text knows its height once it knows its width: lay the
	// paragraphs out twice.
	refit(p.scroll)
	refit(p.scroll)
	y := float32(0)
	if o != nil {
		y = max(0, o.Position().Y-view.Height/3)
	}
	y = min(y, max(0, p.paras.Size().Height-view.Height))
	p.scroll.ScrollToOffset(fyne.NewPos(0, y))

	p.scroll.Refresh()

}

// claimOffset finds claim c in its article's text: at its offset when the
// text is the file's own bytes, else by its sentence. It returns -1 when
// the claim is not found.
func claimOffset(c *factcheck.Record, text string) int {
	if c.Start >= 0 && c.End <= len(text) && c.Start <= c.End && text[c.Start:c.End] == c.Text {
		return c.Start
	}
	if s := strings.Index(text, c.Sentence); s >= 0 {
		if i := strings.Index(c.Sentence, c.Text); i >= 0 {
			return s + i
		}
	}
	return strings.Index(text, c.Text)
}

// highlighted returns s as rich text with claim, found at byte offset at
// (or else searched for), in bold on a tinted background.
func highlighted(s string, at int, claim string) []widget.RichTextSegment {
	if at < 0 || at+len(claim) > len(s) || s[at:at+len(claim)] != claim {
		at = strings.Index(s, claim)
	}
	plain := widget.RichTextStyleInline
	if at < 0 || claim == "" {
		return []widget.RichTextSegment{&widget.TextSegment{Text: s, Style: plain}}
	}
	mark := widget.RichTextStyleCodeInline // keeps the background behind inline code
	mark.TextStyle = fyne.TextStyle{Bold: true}
	mark.ColorName = theme.ColorNamePrimary
	var segs []widget.RichTextSegment
	if at > 0 {
		segs = append(segs, &widget.TextSegment{Text: s[:at], Style: plain})
	}
	segs = append(segs, &widget.TextSegment{Text: claim, Style: mark})
	if rest := s[at+len(claim):]; rest != "" {
		segs = append(segs, &widget.TextSegment{Text: rest, Style: plain})
	}
	return segs
}
