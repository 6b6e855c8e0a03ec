package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/factcheck/factcheck/factcheck"
)

// A badge shows a verdict as a coloured label of fixed width, so that the
// badges of a list line up.
type badge struct {
	widget.BaseWidget
	verdict factcheck.Verdict
}

func newBadge() *badge {
	b := &badge{}
	b.ExtendBaseWidget(b)
	return b
}

// setVerdict shows v; Cleared shows as unruled.
func (b *badge) setVerdict(v factcheck.Verdict) {
	if v == factcheck.Cleared {
		v = factcheck.Unruled
	}
	if v != b.verdict {
		b.verdict = v
		b.Refresh()
	}
}

func (b *badge) CreateRenderer() fyne.WidgetRenderer {
	r := &badgeRenderer{b: b, bg: &canvas.Rectangle{}, text: &canvas.Text{Alignment: fyne.TextAlignCenter}}
	r.text.TextStyle.Bold = true
	r.Refresh()
	return r
}

type badgeRenderer struct {
	b    *badge
	bg   *canvas.Rectangle
	text *canvas.Text
}

// MinSize fits the widest of the verdicts' labels ("CANNOT VERIFY"), at
// caption size, with padding either side: every badge is that wide.
func (r *badgeRenderer) MinSize() fyne.Size {
	th := r.b.Theme()
	size := th.Size(theme.SizeNameCaptionText)
	w := float32(0)
	for _, v := range factcheck.Verdicts {
		w = max(w, fyne.MeasureText(verdictLabel(v), size, fyne.TextStyle{Bold: true}).Width)
	}
	pad := th.Size(theme.SizeNameInnerPadding)
	return fyne.NewSize(w+pad*1.5, size+pad)
}

func (r *badgeRenderer) Layout(size fyne.Size) {
	min := r.MinSize()
	top := (size.Height - min.Height) / 2
	r.bg.Move(fyne.NewPos(0, top))
	r.bg.Resize(fyne.NewSize(size.Width, min.Height))
	ts := r.text.MinSize()
	r.text.Move(fyne.NewPos(0, top+(min.Height-ts.Height)/2))
	r.text.Resize(fyne.NewSize(size.Width, ts.Height))
}

func (r *badgeRenderer) Refresh() {
	th := r.b.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	fill, ink := badgeColors(r.b.verdict)
	r.bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.bg.FillColor, r.bg.StrokeColor, r.bg.StrokeWidth = color.Transparent, th.Color(theme.ColorNameDisabled, v), 1
	if fill != "" {
		r.bg.FillColor, r.bg.StrokeWidth = th.Color(fill, v), 0
	}
	r.text.Text = verdictLabel(r.b.verdict)
	r.text.TextSize = th.Size(theme.SizeNameCaptionText)
	r.text.Color = th.Color(ink, v)
	r.bg.Refresh()
	r.text.Refresh()
}

func (r *badgeRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.bg, r.text} }
func (r *badgeRenderer) Destroy()                     {}

// badgeColors returns a verdict's fill ("" for an outline) and text colours.
func badgeColors(v factcheck.Verdict) (fill, ink fyne.ThemeColorName) {
	switch v {
	case factcheck.Verified:
		return theme.ColorNameSuccess, theme.ColorNameForegroundOnSuccess
	case factcheck.Disputed:
		return theme.ColorNameError, theme.ColorNameForegroundOnError
	case factcheck.Superseded:
		return theme.ColorNameWarning, theme.ColorNameForegroundOnWarning
	case factcheck.Unverifiable:
		return theme.ColorNamePrimary, theme.ColorNameForegroundOnPrimary
	}
	return "", theme.ColorNamePlaceHolder
}

// verdictLabel is how a badge names a verdict.
func verdictLabel(v factcheck.Verdict) string {
	switch v {
	case factcheck.Verified:
		return "VERIFIED"
	case factcheck.Disputed:
		return "DISPUTED"
	case factcheck.Superseded:
		return "SUPERSEDED"
	case factcheck.Unverifiable:
		return "CANNOT VERIFY"
	case factcheck.Dismissed:
		return "NOT A CLAIM"
	}
	return "UNRULED"
}
