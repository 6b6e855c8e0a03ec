package ui

import (
	"cmp"
	"fmt"
	"image/color"
	"maps"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/factcheck/factcheck/factcheck"
)

// A bar is one line of a progress chart: a label and a count.
type bar struct {
	label string
	n     int
}

// A workload is the claims of the articles assigned to one checker: how
// many, and how many of them have a verdict (by anyone).
type workload struct {
	checker         string
	assigned, ruled int
}

// left is how many of the checker's assigned claims have no verdict.
func (w workload) left() int { return w.assigned - w.ruled }

// progress is how far a review has come: its claims by verdict, by
// checker and by article, each checker's assigned claims, and the pace
// of the rulings made since the window opened the database.
type progress struct {
	claims     int
	byVerdict  []bar      // verified, disputed, superseded, cannot verify, not a claim, unruled
	byChecker  []bar      // claims whose verdict each checker gave, most first
	byAssignee []workload // each checker's assigned claims, most left first, then by name
	byArticle  []bar      // the articles with most claims left to rule, with those left
	articles   int        // articles with claims
	done       int        // articles whose claims are all ruled
	recent     int        // rulings in force made since the window opened the database
	since      time.Duration
}

// maxArticleBars is how many articles the progress view lists.
const maxArticleBars = 8

// computeProgress counts claims, and the claims of the articles assigned
// to each checker (assigned maps an article ID to its checker); since is
// when the window opened the database, now the time to measure the pace
// to.
func computeProgress(claims []factcheck.Record, assigned map[int64]string, since, now time.Time) progress {
	p := progress{claims: len(claims), since: now.Sub(since)}
	verdicts := map[factcheck.Verdict]int{}
	checkers := map[string]int{}
	left := map[string]int{}
	total := map[string]int{}
	work := map[string]*workload{}
	for i := range claims {
		c := &claims[i]
		total[c.Doc]++
		if who, ok := assigned[c.ArticleID]; ok {
			w := work[who]
			if w == nil {
				w = &workload{checker: who}
				work[who] = w
			}
			w.assigned++
			if c.Ruled() {
				w.ruled++
			}
		}
		if !c.Ruled() {
			verdicts[factcheck.Unruled]++
			left[c.Doc]++
			continue
		}
		verdicts[c.Verdict]++
		checkers[c.Checker]++
		if !c.RuledAt.Before(since) {
			p.recent++
		}
	}
	for _, v := range []factcheck.Verdict{factcheck.Verified, factcheck.Disputed, factcheck.Superseded,
		factcheck.Unverifiable, factcheck.Dismissed, factcheck.Unruled} {
		p.byVerdict = append(p.byVerdict, bar{v.Words(), verdicts[v]})
	}
	p.byChecker = sortedBars(checkers)
	for _, who := range slices.Sorted(maps.Keys(work)) {
		p.byAssignee = append(p.byAssignee, *work[who])
	}
	slices.SortStableFunc(p.byAssignee, func(a, b workload) int { return cmp.Compare(b.left(), a.left()) })
	p.byArticle = sortedBars(left)
	if len(p.byArticle) > maxArticleBars {
		p.byArticle = p.byArticle[:maxArticleBars]
	}
	p.articles = len(total)
	p.done = len(total) - len(left)
	return p
}

// sortedBars returns counts as bars, most first, then by label.
func sortedBars(counts map[string]int) []bar {
	var bars []bar
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		bars = append(bars, bar{k, counts[k]})
	}
	slices.SortStableFunc(bars, func(a, b bar) int { return cmp.Compare(b.n, a.n) })
	return bars
}

// pace says how fast rulings were made since the window opened the
// database: "42 rulings in 1h05, 39 an hour".
func (p *progress) pace() string {
	if p.recent == 0 {
		return "No ruling yet since this review was opened."
	}
	mins := int(p.since.Minutes())
	ago := durationText(p.since) + " ago"
	if mins < 1 {
		ago = "just now"
	}
	s := fmt.Sprintf("%s since this review was opened %s", count(p.recent, "ruling"), ago)
	if mins >= 5 {
		s += fmt.Sprintf(", %s an hour", thousands(int(float64(p.recent)/p.since.Hours())))
	}
	return s + "."
}

// durationText reads like "1h05" or "12 min".
func durationText(d time.Duration) string {
	if d < time.Hour {
		return fmt.Sprintf("%d min", int(d.Minutes()))
	}
	return fmt.Sprintf("%dh%02d", int(d.Hours()), int(d.Minutes())%60)
}

// onProgress shows the review's progress at a glance. The view follows
// the review while it is open: a ruling, an assignment or another
// checker's work redraws it (refreshProgress).
func (r *Review) onProgress() {
	cat := r.cat()
	if cat == nil {
		r.setStatus("Open a database first: its progress is shown.")
		return
	}
	view := container.NewVScroll(r.progressBox(cat))
	d := dialog.NewCustom("Progress", "Close   Esc", view, r.win)
	r.progress = view
	r.dlg.openDialog("Progress", d, nil)
	d.SetOnClosed(func() { // after openDialog's, which it chains
		if r.progress == view {
			r.progress = nil
		}
	})
	d.Resize(fyne.NewSize(640, 560))
}

// refreshProgress redraws the progress view, when it is open, from the
// claims as they are now.
func (r *Review) refreshProgress() {
	if r.progress == nil {
		return
	}
	if cat := r.cat(); cat != nil {
		r.progress.Content = r.progressBox(cat)
		r.progress.Refresh()
	}
}

// progressBox lays out the progress of the review whose claims cat holds.
func (r *Review) progressBox(cat *catalog) *fyne.Container {
	p := computeProgress(cat.claims, cat.assigned, r.sess.opened, time.Now())
	box := container.NewVBox(
		&widget.Label{Text: fmt.Sprintf("%s in %s; %s of the articles have every claim ruled.",
			count(p.claims, "claim"), count(p.articles, "article"), thousands(p.done)), Wrapping: fyne.TextWrapWord},
		&widget.Label{Text: p.pace(), Wrapping: fyne.TextWrapWord},
	)
	section := func(title string, bars []bar, total int, label func(string) string) {
		box.Add(&widget.Label{Text: title, TextStyle: fyne.TextStyle{Bold: true}})
		if len(bars) == 0 {
			box.Add(&widget.Label{Text: "None yet.", Importance: widget.LowImportance})
		}
		for _, b := range bars {
			box.Add(barRow(label(b.label), b.n, total))
		}
	}
	box.Add(&widget.Label{Text: "Assigned to each checker (ruled of the claims of their articles)", TextStyle: fyne.TextStyle{Bold: true}})
	if len(p.byAssignee) == 0 {
		box.Add(&widget.Label{Text: "No article is assigned yet: Claim › Assign the article to a checker.", Importance: widget.LowImportance})
	}
	for _, w := range p.byAssignee {
		box.Add(meterRow(w.checker, w.ruled, w.assigned,
			fmt.Sprintf("%s of %s ruled · %s left", thousands(w.ruled), thousands(w.assigned), thousands(w.left()))))
	}
	same := func(s string) string { return s }
	section("By verdict", p.byVerdict, p.claims, same)
	section("By checker (verdicts in force)", p.byChecker, p.claims, same)
	section("Articles with most claims left", p.byArticle, max(barMax(p.byArticle), 1), cat.articleLabel)
	return box
}

func barMax(bars []bar) int {
	m := 0
	for _, b := range bars {
		m = max(m, b.n)
	}
	return m
}

// barRow lays out a label, a bar as long as n is of total, and n.
func barRow(label string, n, total int) fyne.CanvasObject {
	return meterRow(label, n, total, thousands(n))
}

// meterRow lays out a label, a bar as long as n is of total, and text.
func meterRow(label string, n, total int, text string) fyne.CanvasObject {
	fill := canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	track := canvas.NewRectangle(color.Transparent)
	chart := container.New(&barLayout{frac: float32(n) / float32(max(total, 1))}, track, fill)
	name := &widget.Label{Text: label, Truncation: fyne.TextTruncateEllipsis}
	num := &widget.Label{Text: text, Alignment: fyne.TextAlignTrailing}
	return container.New(layout.NewGridLayout(3), name, chart, num)
}

// barLayout draws its second object as frac of the width its first takes.
type barLayout struct{ frac float32 }

func (l *barLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	h := size.Height * 0.6
	y := (size.Height - h) / 2
	objs[0].Resize(fyne.NewSize(size.Width, h))
	objs[0].Move(fyne.NewPos(0, y))
	objs[1].Resize(fyne.NewSize(size.Width*l.frac, h))
	objs[1].Move(fyne.NewPos(0, y))
}

func (l *barLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(120, 16) }
