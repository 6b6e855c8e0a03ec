package ui

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/currency"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/extract"
)

// The checker corrects the machine: amends its reading of a claim, adds a
// claim it missed, and supersedes a claim by a figure from outside the
// review. Each is an event of the log, undone as a ruling is.

// claimReady returns the catalog when a claim is selected and the
// catalog is complete, else says why not; what is what the command does
// to the selected claim ("amend").
func (r *Review) claimReady(what string) (*catalog, bool) {
	cat := r.cat()
	switch {
	case cat == nil || r.current < 0:
		r.setStatus("No claim is selected to " + what + ": pick one in the list first.")
		return nil, false
	case !cat.ready():
		r.setStatus("The claims are still being read; try again in a moment.")
		return nil, false
	}
	return cat, true
}

// A readingForm holds the fields of a claim's reading in a dialog.
type readingForm struct {
	kind, qualifier           *widget.Select
	value, end, unit, subject *dialogEntry
	note, evidence            *dialogEntry
	onSubmit                  func()
	touched                   bool // the checker changed a field
	setting                   bool // set is filling the fields
}

// newReadingForm returns the fields, showing rd; escape closes the dialog.
func (r *Review) newReadingForm(rd factcheck.Reading, escape func()) *readingForm {
	f := &readingForm{}
	var kinds, qualifiers []string
	for _, k := range factcheck.Kinds {
		kinds = append(kinds, string(k))
	}
	for _, q := range factcheck.Qualifiers {
		qualifiers = append(qualifiers, qualifierLabels[q])
	}
	touch := func(string) {
		if !f.setting {
			f.touched = true
		}
	}
	f.kind = widget.NewSelect(kinds, touch)
	f.qualifier = widget.NewSelect(qualifiers, touch)
	entry := func(hint string) *dialogEntry {
		e := r.dlg.newDialogEntry(hint, escape)
		e.OnChanged = touch
		e.OnSubmitted = func(string) {
			if f.onSubmit != nil {
				f.onSubmit()
			}
		}
		return e
	}
	f.value, f.end = entry("a number (1,200.5), or a date: 2023-11-03, --11-03 without a year"), entry("the last value of a range; empty when none")
	f.unit, f.subject = entry("ISO currency (USD), measure or duration unit; empty for a count"), entry("what is counted or measured")
	f.note, f.evidence = entry("why: what the extractor misread"), entry("links, documents")
	valid := func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		_, err := parseValue(factcheck.Kind(f.kind.Selected), s)
		return err
	}
	f.end.Validator = valid
	f.value.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("a claim needs its value") // Enter waits for one, the fields kept
		}
		return valid(s)
	}
	f.set(rd)
	return f
}

// moneyUnit checks that unit, of a figure of a claim of kind, is a
// currency's ISO 4217 code when the claim is a sum of money ("EUR", not
// "EUREUR" nor "euros"), as CLAIMS.md writes money's unit.
func moneyUnit(kind factcheck.Kind, unit string) error {
	if kind != factcheck.Money || unit == "" {
		return nil
	}
	if _, err := currency.ParseISO(unit); err != nil || strings.ToUpper(unit) != unit {
		return fmt.Errorf("%q is no currency's code: write it as USD, EUR, GBP", unit)
	}
	return nil
}

// qualifierLabels name the qualifiers in the form as a checker reads
// them, the stored name in brackets where it differs.
var qualifierLabels = map[factcheck.Qualifier]string{
	factcheck.Exact:      "exact",
	factcheck.Approx:     "about (approx)",
	factcheck.LowerBound: "at least (lower bound)",
	factcheck.UpperBound: "at most (upper bound)",
}

// qualifierOf returns the qualifier the form labels label, or "" for
// none (which Validate refuses).
func qualifierOf(label string) factcheck.Qualifier {
	for q, l := range qualifierLabels {
		if l == label {
			return q
		}
	}
	return ""
}

// set shows rd in the fields.
func (f *readingForm) set(rd factcheck.Reading) {
	f.setting = true
	defer func() { f.setting = false }()
	f.kind.SetSelected(string(rd.Kind))
	f.qualifier.SetSelected(qualifierLabels[rd.Qualifier])
	if rd.Kind == factcheck.Date && !rd.Value.IsDate() {
		f.value.SetText("") // a weekday in an article of no date: the day for the checker to type, not "0"
	} else {
		f.value.SetText(rd.Value.String())
	}
	f.end.SetText("")
	if rd.Range {
		f.end.SetText(rd.EndValue.String())
	}
	f.unit.SetText(rd.Unit)
	f.subject.SetText(rd.Subject)
}

// items returns the form's rows.
func (f *readingForm) items() []*widget.FormItem {
	return []*widget.FormItem{
		{Text: "Kind", Widget: f.kind},
		{Text: "Value", Widget: f.value},
		{Text: "End value", Widget: f.end},
		{Text: "Unit", Widget: f.unit},
		{Text: "Qualifier", Widget: f.qualifier},
		{Text: "Subject", Widget: f.subject},
		{Text: "Note", Widget: f.note},
		{Text: "Evidence", Widget: f.evidence},
	}
}

// reading returns the reading the fields hold, or what is wrong with it.
func (f *readingForm) reading() (factcheck.Reading, error) {
	rd := factcheck.Reading{Kind: factcheck.Kind(f.kind.Selected), Qualifier: qualifierOf(f.qualifier.Selected),
		Unit: strings.TrimSpace(f.unit.Text), Subject: strings.TrimSpace(f.subject.Text)}
	var err error
	if rd.Value, err = parseValue(rd.Kind, f.value.Text); err != nil {
		return rd, err
	}
	if end := strings.TrimSpace(f.end.Text); end != "" {
		rd.Range = true
		if rd.EndValue, err = parseValue(rd.Kind, end); err != nil {
			return rd, err
		}
	}
	return rd, rd.Validate()
}

// parseValue reads a value as a checker types it: a date for a date
// claim (2023-11-03, or --11-03 without a year), else a number, with
// commas between thousands allowed ("1,200").
func parseValue(kind factcheck.Kind, s string) (factcheck.Value, error) {
	s = strings.TrimSpace(s)
	if kind == factcheck.Date {
		v := factcheck.Value{Date: s}
		rd := factcheck.Reading{Kind: factcheck.Date, Value: v, Qualifier: factcheck.Exact}
		return v, rd.Validate()
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	if err != nil || math.IsInf(n, 0) || math.IsNaN(n) {
		return factcheck.Value{}, fmt.Errorf("%q is not a number", s)
	}
	return factcheck.Value{Num: n}, nil
}

// readingText writes a reading in a line: "count 24 (approx) · soldiers".
func readingText(rd factcheck.Reading) string {
	v := rd.Value.String()
	if rd.Range {
		v += " to " + rd.EndValue.String()
	}
	if rd.Unit != "" {
		v += " " + rd.Unit
	}
	s := string(rd.Kind) + " " + v
	if rd.Qualifier != factcheck.Exact && rd.Qualifier != "" {
		s += " (" + strings.ReplaceAll(string(rd.Qualifier), "_", " ") + ")"
	}
	if rd.Subject != "" {
		s += " · " + rd.Subject
	}
	return s
}

// onAmend lets the checker give their reading of the selected claim:
// its kind, value, end value, unit, qualifier and subject. The
// extractor's reading stays visible as the original.
func (r *Review) onAmend() {
	cat, ok := r.claimReady("amend")
	if !ok {
		return
	}
	if r.checker == "" {
		r.askChecker(r.onAmend)
		return
	}
	c := &cat.claims[r.current]
	orig := factcheck.ReadingOf(&c.Claim)
	if c.Extracted != nil {
		orig = *c.Extracted
	}
	var d *dialog.FormDialog
	f := r.newReadingForm(factcheck.ReadingOf(&c.Claim), func() { d.Dismiss() })
	f.onSubmit = func() { d.Submit() }
	read := &widget.Label{Text: "The extractor read: " + readingText(orig), Wrapping: fyne.TextWrapWord}
	items := append([]*widget.FormItem{{Text: "Claim", Widget: read}}, f.items()...)
	id, text, s, checker := c.ID, c.Text, r.sess, r.checker
	if r.shortWindow() {
		withoutHints(items)
	}
	d = dialog.NewForm("Amend the reading of “"+shorten(text, 40)+"”", "Save", "Cancel", items, func(save bool) {
		if !save {
			return
		}
		rd, err := f.reading()
		if err != nil {
			r.dlg.showError("The reading was not saved", err)
			return
		}
		if rd == orig {
			rd = factcheck.Reading{} // back to the extractor's
		}
		ru := factcheck.Ruling{Claim: id, Reading: rd, Note: strings.TrimSpace(f.note.Text),
			Evidence: strings.TrimSpace(f.evidence.Text), Checker: checker}
		r.changeClaims("The reading was not saved", func(ctx context.Context) (int64, error) {
			_, err := s.store.Amend(ctx, ru)
			return id, err
		}, fmt.Sprintf("Amended “%s”: %s.", shorten(text, 40), readingText(cmpReading(rd, orig))))
	}, r.win)
	r.dlg.openDialog("Amend the reading", d, d.Submit)
	d.Resize(fyne.NewSize(600, d.MinSize().Height))
	r.win.Canvas().Focus(f.value)
}

// cmpReading returns rd, or orig when rd is zero.
func cmpReading(rd, orig factcheck.Reading) factcheck.Reading {
	if rd.IsZero() {
		return orig
	}
	return rd
}

// changeClaims runs change, which alters the claims themselves (not only
// their rulings), then lists the claims again, keeping or moving the
// selection to the claim change returns, and says done.
func (r *Review) changeClaims(failed string, change func(context.Context) (int64, error), done string) {
	s := r.sess
	end := r.beginChange()
	r.bg.serial(func() {
		id, err := change(s.ctx)
		var l *listing
		if err == nil {
			err = s.store.Regroup(s.ctx)
		}
		if err == nil {
			l, err = list(s.ctx, s.store)
		}
		r.bg.do(func() {
			defer end()
			if err != nil {
				r.dlg.showError(failed, err)
				return
			}
			if s != r.sess {
				return
			}
			s.chosen = id
			r.replaceCatalog(l)
			r.setStatus(done)
		})
	})
}

// regroup groups again, in the background, the articles whose claims a
// checker changed, and lists the claims again once it has.
func (r *Review) regroup(s *session) {
	end := r.beginChange()
	r.bg.serial(func() {
		err := s.store.Regroup(s.ctx)
		var l *listing
		if err == nil {
			l, err = list(s.ctx, s.store)
		}
		r.bg.do(func() {
			defer end()
			if err != nil {
				r.dlg.showError("The claims could not be grouped again", err)
				return
			}
			if s == r.sess {
				r.replaceCatalog(l)
			}
		})
	})
}

// onAddClaim lets the checker add a claim the extractor missed in the
// selected claim's article: the checker selects the figure in the
// article (shown with the cursor at the selected claim), or types it as
// the article writes it (the place nearest the selected claim is taken,
// or the one chosen); the extractor's reading of it is filled in, and
// the checker confirms or amends it.
func (r *Review) onAddClaim() {
	cat, ok := r.claimReady("add a claim beside")
	if !ok {
		return
	}
	if r.checker == "" {
		r.askChecker(r.onAddClaim)
		return
	}
	c := &cat.claims[r.current]
	text, ok := r.claimPanel.cached(c.ArticleID)
	if !ok {
		r.setStatus("The article is still being read; try again in a moment.")
		return
	}
	published := cat.publishedOn(c.Doc)
	if len(published) != len("2023-11-03") || strings.HasPrefix(published, "-") {
		published = ""
	}
	near := claimOffset(c, text)
	var d *dialog.FormDialog
	f := r.newReadingForm(factcheck.Reading{Kind: factcheck.Count, Qualifier: factcheck.Exact}, func() { d.Dismiss() })
	f.onSubmit = func() { d.Submit() }
	f.setting = true
	f.value.SetText("") // no value until a figure is chosen, not 0
	f.setting = false
	figure := r.dlg.newDialogEntry("the figure as the article writes it: about 24 soldiers", func() { d.Dismiss() })
	where := widget.NewSelect(nil, nil)
	var spans [][2]int
	var found factcheck.Claim
	read := func() {
		i := where.SelectedIndex()
		if i < 0 || i >= len(spans) {
			return
		}
		found = extract.ReadSpan(text, spans[i][0], spans[i][1], published)
		if !f.touched {
			f.set(factcheck.ReadingOf(&found))
		}
	}
	where.OnChanged = func(string) { read() }
	// show lists the places of the figure typed, choosing the span at
	// start if it is one (else the place nearest the selected claim).
	show := func(fig string, start int) {
		spans = occurrences(text, fig, maxOccurrences)
		if start >= 0 && !slices.ContainsFunc(spans, func(sp [2]int) bool { return sp[0] == start }) {
			spans = append([][2]int{{start, start + len(fig)}}, spans...) // a selection inside a word
		}
		var opts []string
		best := 0
		for k, sp := range spans {
			opts = append(opts, fmt.Sprintf("%d: …%s…", k+1, around(text, sp[0], sp[1])))
			if start >= 0 && sp[0] == start || start < 0 && abs(sp[0]-near) < abs(spans[best][0]-near) {
				best = k
			}
		}
		where.SetOptions(opts)
		if len(opts) == 0 {
			where.ClearSelected()
			return
		}
		where.SetSelectedIndex(best)
	}
	figure.OnChanged = func(s string) { show(strings.TrimSpace(s), -1) }
	view := newTextView(text, near, func() { d.Dismiss() }, func() { d.Submit() }, func(start, end int) {
		for start < end && isSpace(text[start]) {
			start++
		}
		for end > start && isSpace(text[end-1]) {
			end--
		}
		if start == end {
			return
		}
		figure.OnChanged = nil
		figure.SetText(text[start:end])
		figure.OnChanged = func(s string) { show(strings.TrimSpace(s), -1) }
		show(text[start:end], start)
	})
	figure.Validator = func(s string) error {
		if s = strings.TrimSpace(s); s == "" || !strings.Contains(text, s) {
			return fmt.Errorf("not in the article")
		}
		return nil
	}
	figure.OnSubmitted = func(string) { d.Submit() }
	items := append([]*widget.FormItem{
		{Text: "Article", Widget: view, HintText: "Select the figure with the mouse, or Shift and the arrows"},
		{Text: "Figure", Widget: figure, HintText: "Or type it as the article writes it, with its unit"},
		{Text: "Where", Widget: where, HintText: "Which of its places in the article"},
	}, f.items()...)
	article, doc, s, checker := c.ArticleID, c.Doc, r.sess, r.checker
	if r.shortWindow() {
		view.SetMinRowsVisible(2) // the form fits a window of 600 pixels
		withoutHints(items)
	}
	d = dialog.NewForm("Add a claim to "+cat.articleLabel(c.Doc), "Add", "Cancel", items, func(add bool) {
		if !add || found.Text == "" {
			return
		}
		rd, err := f.reading()
		if err != nil {
			r.dlg.showError("The claim was not added", err)
			return
		}
		ru := factcheck.Ruling{Reading: rd, Note: strings.TrimSpace(f.note.Text), Evidence: strings.TrimSpace(f.evidence.Text), Checker: checker}
		claim := found
		if own := factcheck.ReadingOf(&claim); own.Validate() != nil {
			rd.Apply(&claim) // a weekday in an article of no date: no day read but the one the checker typed
		}
		if j := s.cat.claimAt(doc, claim.Start, claim.End); j >= 0 && s == r.sess {
			r.showExisting(j, notes{note: ru.Note, evidence: ru.Evidence})
			return
		}
		r.changeClaims("The claim was not added", func(ctx context.Context) (int64, error) {
			e, err := s.store.AddClaim(ctx, article, claim, ru)
			return e.Claim, err
		}, fmt.Sprintf("Added “%s”: %s.", shorten(claim.Text, 40), readingText(rd)))
	}, r.win)
	r.dlg.openDialog("Add a claim", d, d.Submit)
	d.Resize(fyne.NewSize(640, d.MinSize().Height))
	r.win.Canvas().Focus(figure)
}

// showExisting shows claim j, which the checker tried to add again (the
// extractor found it, or the checker added it, and it may be ruled not a
// claim and so hidden from the list), keeping what was typed for it as
// its draft, and says so.
func (r *Review) showExisting(j int, typed notes) {
	cat := r.sess.cat
	c := &cat.claims[j]
	if typed.note != "" || typed.evidence != "" {
		r.drafts[c.ID] = typed
	}
	id := c.ID
	if c.Verdict == factcheck.Dismissed {
		r.col.setVerdict(capitalize(factcheck.Dismissed.Words())) // the list hides claims that are not claims
	}
	r.col.whenSearched(func() {
		if k, ok := cat.lookup(id); ok && cat == r.sess.cat {
			r.onOpenClaim(k)
		}
	})
	what := "It is shown now"
	if c.Verdict == factcheck.Dismissed {
		what = "It was ruled not a claim, and is shown now with the verdict filter set to “Not a claim”: C clears that ruling"
	}
	kept := ""
	if typed.note != "" || typed.evidence != "" {
		kept = "; the note and evidence you typed are kept as its draft"
	}
	r.setStatus(fmt.Sprintf("“%s” is a claim of this article already. %s%s.", shorten(oneLine(c.Text), 40), what, kept))
}

// shortWindow reports whether the window is too short for the long forms
// (add, amend, an outside figure) with a hint under each field: below
// shortHeight, on a small laptop's screen.
func (r *Review) shortWindow() bool { return r.win.Canvas().Size().Height < shortHeight }

// shortHeight is the window height, in Fyne's units, below which the long
// forms leave out their hints so that every field and the buttons fit.
const shortHeight = 760

// withoutHints leaves out the hints under a form's fields.
func withoutHints(items []*widget.FormItem) {
	for _, it := range items {
		it.HintText = ""
	}
}

// maxOccurrences is the most places of a figure the add dialog offers.
const maxOccurrences = 50

// occurrences returns the spans of up to n places of s in text, at word
// boundaries where s starts or ends with a letter or digit.
func occurrences(text, s string, n int) [][2]int {
	var out [][2]int
	if s == "" {
		return nil
	}
	for from := 0; len(out) < n; {
		i := strings.Index(text[from:], s)
		if i < 0 {
			break
		}
		i += from
		from = i + 1
		if isWordByte(s[0]) && i > 0 && isWordByte(text[i-1]) ||
			isWordByte(s[len(s)-1]) && i+len(s) < len(text) && isWordByte(text[i+len(s)]) {
			continue
		}
		out = append(out, [2]int{i, i + len(s)})
	}
	return out
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

func isWordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// around returns the text around [start, end) on its line, about 30
// bytes each side, cut at spaces.
func around(text string, start, end int) string {
	from, to := max(0, start-30), min(len(text), end+30)
	if i := strings.LastIndexByte(text[from:start], '\n'); i >= 0 {
		from += i + 1
	} else if i := strings.IndexByte(text[from:start], ' '); i >= 0 && from > 0 {
		from += i + 1
	}
	if i := strings.IndexByte(text[end:to], '\n'); i >= 0 {
		to = end + i
	} else if i := strings.LastIndexByte(text[end:to], ' '); i >= 0 && to < len(text) {
		to = end + i
	}
	return strings.ToValidUTF8(text[from:to], "")
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// onSupersedeByFigure rules the selected claim superseded by a figure
// from outside the review: its value, unit, date and source, with a note
// and evidence that start as what the side panel's fields hold.
func (r *Review) onSupersedeByFigure() {
	cat, ok := r.claimReady("supersede by an outside figure")
	if !ok {
		return
	}
	c := &cat.claims[r.current]
	var d *dialog.FormDialog
	escape := func() { d.Dismiss() }
	value, unit := r.dlg.newDialogEntry("the newer figure: 11,078", escape), r.dlg.newDialogEntry("as the claim's: USD, km, …; empty for a count", escape)
	date, source := r.dlg.newDialogEntry("2023-11-12", escape), r.dlg.newDialogEntry("https://…, or a citation", escape)
	note, evidence := r.dlg.newDialogEntry("why it is superseded", escape), r.dlg.newDialogEntry("links, documents", escape)
	unit.SetText(c.Unit)
	_, typed, _ := r.side.typed()
	typed = r.ownNotes(c.ID, typed)
	note.SetText(typed.note)
	evidence.SetText(typed.evidence)
	fig := func() (factcheck.Figure, error) {
		v, err := parseValue(c.Kind, value.Text)
		if err != nil {
			return factcheck.Figure{}, err
		}
		f := factcheck.Figure{Value: v, Unit: strings.TrimSpace(unit.Text), Date: strings.TrimSpace(date.Text), Source: strings.TrimSpace(source.Text)}
		if err := moneyUnit(c.Kind, f.Unit); err != nil {
			return f, err
		}
		return f, f.Validate()
	}
	unit.Validator = func(s string) error { return moneyUnit(c.Kind, strings.TrimSpace(s)) }
	for _, e := range []*dialogEntry{value, unit, date, source, note, evidence} {
		e.OnSubmitted = func(string) { d.Submit() }
	}
	value.Validator = func(s string) error { _, err := parseValue(c.Kind, s); return err }
	items := []*widget.FormItem{
		{Text: "Figure", Widget: value, HintText: "The value that supersedes “" + shorten(c.Text, 30) + "”"},
		{Text: "Unit", Widget: unit},
		{Text: "Given on", Widget: date, HintText: "YYYY-MM-DD: when the source gave it"},
		{Text: "Source", Widget: source, HintText: "Where the figure was given: a link or a citation"},
		{Text: "Note", Widget: note},
		{Text: "Evidence", Widget: evidence},
	}
	id := c.ID
	if r.shortWindow() {
		withoutHints(items)
	}
	d = dialog.NewForm("Superseded by an outside figure", "Rule", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		f, err := fig()
		if err != nil {
			r.dlg.showError("The ruling was not saved", err)
			return
		}
		if shown, _, _ := r.side.typed(); shown == id {
			r.side.takeTyped() // the dialog's note replaces what the fields hold
		}
		ru := factcheck.Ruling{Claim: id, Verdict: factcheck.Superseded, Outside: f, Note: strings.TrimSpace(note.Text), Evidence: strings.TrimSpace(evidence.Text)}
		r.record(ru, "superseded by "+f.String()+".")
	}, r.win)
	r.dlg.openDialog("Superseded by an outside figure", d, d.Submit)
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	r.win.Canvas().Focus(value)
}
