package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/factcheck/factcheck/factcheck"
)

// A claimList is the virtualised list of claims. It hands the keys it is
// typed to onKey first, so that the single-key shortcuts work while it has
// the focus, and selection follows the arrow keys.
type claimList struct {
	widget.List
	onKey func(*fyne.KeyEvent) bool
}

func newClaimList(length func() int, update func(int, *claimRow), onKey func(*fyne.KeyEvent) bool) *claimList {
	l := &claimList{onKey: onKey}
	l.Length = length
	l.CreateItem = func() fyne.CanvasObject { return newClaimRow() }
	l.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) { update(id, o.(*claimRow)) }
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey runs a shortcut, or lets the list handle the key.
func (l *claimList) TypedKey(ev *fyne.KeyEvent) {
	if l.onKey != nil && l.onKey(ev) {
		return
	}
	l.List.TypedKey(ev)
}

// A claimRow is one row of the claim list: the verdict badge, the claim's
// text, and below it its value, kind and article, with the suggestion if
// there is one.
type claimRow struct {
	widget.BaseWidget
	badge      *badge
	text       *widget.Label
	meta       *canvas.Text
	details    string // the whole of meta's text, which meta shows cut to its width
	suggestion *canvas.Text
}

func newClaimRow() *claimRow {
	r := &claimRow{
		badge:      newBadge(),
		text:       &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis},
		meta:       &canvas.Text{Text: " "}, // not empty, so that the row's height counts it
		suggestion: &canvas.Text{Text: " ", Alignment: fyne.TextAlignTrailing, TextStyle: fyne.TextStyle{Italic: true}},
	}
	r.meta.TextSize = theme.CaptionTextSize()
	r.suggestion.TextSize = theme.CaptionTextSize()
	r.ExtendBaseWidget(r)
	return r
}

// set shows claim c of the article named article (see
// catalog.articleLabel).
func (r *claimRow) set(c *factcheck.Record, article string) {
	r.badge.setVerdict(c.Verdict)
	r.text.SetText(oneLine(c.Text))
	r.details = valueText(&c.Claim) + "  ·  " + string(c.Kind) + "  ·  " + article
	r.suggestion.Text = " "
	switch s := c.Suggestion; {
	case s == nil || c.Verdict == s.Verdict:
	case !c.Verdict.Ruled():
		r.suggestion.Text = "suggests " + string(s.Verdict)
	default:
		r.suggestion.Text = "suggested " + string(s.Verdict) // ruled otherwise: the badge tells the ruling
	}
	r.Refresh()
}

// setGroupMember shows claim c, of the article named article published
// on the given date, as a member of the selected claim's group.
func (r *claimRow) setGroupMember(c *factcheck.Record, article, published string) {
	r.set(c, article)
	date := "undated"
	if published != "" {
		date = "published " + dateText(published)
	}
	r.details = valueText(&c.Claim) + "  ·  " + date + "  ·  " + article
	r.suggestion.Text = " "
	r.Refresh()
}

func (r *claimRow) CreateRenderer() fyne.WidgetRenderer {
	below := container.New(&rowMetaLayout{row: r}, r.meta, r.suggestion)
	text := container.New(layout.NewCustomPaddedVBoxLayout(0), r.text, below)
	return &claimRowRenderer{r: r, box: container.NewBorder(nil, nil, container.NewCenter(r.badge), nil, text)}
}

type claimRowRenderer struct {
	r   *claimRow
	box *fyne.Container
}

func (rr *claimRowRenderer) Layout(s fyne.Size)           { rr.box.Resize(s) }
func (rr *claimRowRenderer) MinSize() fyne.Size           { return rr.box.MinSize() }
func (rr *claimRowRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{rr.box} }
func (rr *claimRowRenderer) Destroy()                     {}

func (rr *claimRowRenderer) Refresh() {
	th := rr.r.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	pad := th.Size(theme.SizeNameInnerPadding)
	for _, t := range []*canvas.Text{rr.r.meta, rr.r.suggestion} {
		t.TextSize = th.Size(theme.SizeNameCaptionText)
	}
	rr.r.meta.Color = th.Color(theme.ColorNamePlaceHolder, v)
	rr.r.suggestion.Color = th.Color(theme.ColorNameWarning, v)
	rr.r.meta.Move(fyne.NewPos(pad, 0))
	rr.box.Refresh()
}

// rowMetaLayout puts a row's details at the left, indented like the label
// above them, and the suggestion at the right; the details give way, cut
// with an ellipsis where they would run into the suggestion or past the
// row's end (a long article title).
type rowMetaLayout struct{ row *claimRow }

func (l *rowMetaLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	meta, sugg := objs[0], objs[1]
	pad := theme.InnerPadding()
	sw := sugg.MinSize().Width
	sugg.Move(fyne.NewPos(size.Width-sw-pad, 0))
	sugg.Resize(fyne.NewSize(sw, size.Height))
	meta.Move(fyne.NewPos(pad, 0))
	w := max(0, size.Width-sw-3*pad)
	meta.Resize(fyne.NewSize(w, size.Height))
	if l.row.details != "" {
		l.row.meta.Text = fitText(l.row.details, w, l.row.meta.TextSize, l.row.meta.TextStyle)
	}
}

func (*rowMetaLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := max(objs[0].MinSize().Height, objs[1].MinSize().Height)
	return fyne.NewSize(objs[1].MinSize().Width, h+theme.InnerPadding()/2)
}

// A searchEntry is the search field. Down, Enter and Escape hand the
// focus back to the list; Escape clears the query as it does.
type searchEntry struct {
	widget.Entry
	onLeave func()
}

func newSearchEntry() *searchEntry {
	e := &searchEntry{}
	e.PlaceHolder = "Search claims, subjects, sentences, file names  (Ctrl+F)"
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey leaves the field on Down, Enter or Escape.
func (e *searchEntry) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyEscape:
		if e.Text != "" {
			e.SetText("")
		}
		fallthrough
	case fyne.KeyDown, fyne.KeyReturn, fyne.KeyEnter:
		if e.onLeave != nil {
			e.onLeave()
			return
		}
	}
	e.Entry.TypedKey(ev)
}
