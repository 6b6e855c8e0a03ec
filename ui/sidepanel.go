package ui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/factcheck/factcheck/factcheck"
)

// A groupItem is a claim about the same thing as the selected one.
type groupItem struct {
	index     int // in the catalog
	claim     *factcheck.Record
	article   string // its article's label
	published string
	why       string // why it is in the group (group.Why)
}

// A sidePanel shows the selected claim's ruling with the buttons and
// fields to change it, what Factcheck suggests, the claims about the same
// thing in other articles, and the claim's history.
type sidePanel struct {
	// A verdict was given (its button pressed, or rule called) with the
	// note and evidence typed for the claim shown.
	OnRule      func(v factcheck.Verdict, typed notes)
	OnSupersede func(typed notes) // the same for superseded, which needs the newer claim
	OnApply     func(typed notes) // the suggestion's button was pressed
	OnOpen      func(index int)   // a claim of the group was tapped
	OnLeave     func()            // Escape in a field

	badge         *badge
	who           *widget.Label
	by            *widget.Label // what a superseded claim is superseded by, under its verdict
	buttons       []*widget.Button
	note          *fieldEntry
	evidence      *fieldEntry
	draft         *widget.Label // says the note and evidence shown are a draft, not saved
	suggestion    *widget.Label
	applyButton   *widget.Button // hidden once the claim is ruled as suggested
	suggestionBox *fyne.Container
	groupTitle    *widget.Label
	group         *fyne.Container
	history       *fyne.Container
	more          *container.Scroll // suggestion, group and history
	shownID       int64             // the claim shown; 0 for none

	// The claim ID and number of events of the ruling whose note and
	// evidence the fields were filled with (0 when cleared), and the text
	// they were filled with. Showing the same ruling again keeps what the
	// checker has typed since.
	filledID     int64
	filledEvents int
	filled       notes
	// overtaken is whether a ruling of the claim was stored while the
	// checker typed in the fields: their own, just made, or another
	// checker's, to whose ruling what they typed is no note.
	overtaken bool
}

// notes are the note and evidence of a ruling, or typed for one.
type notes struct{ note, evidence string }

func (p *sidePanel) build() fyne.CanvasObject {
	p.badge = newBadge()
	p.who = &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	p.by = &widget.Label{Wrapping: fyne.TextWrapWord}
	button := func(label string, key *desktop.CustomShortcut, icon fyne.Resource, imp widget.Importance, tap func()) *widget.Button {
		b := &widget.Button{Text: label + "   " + shortcutText(key), Icon: icon, Importance: imp, OnTapped: tap}
		p.buttons = append(p.buttons, b)
		return b
	}
	buttons := container.NewGridWithColumns(2,
		button("Verified", keyVerified, theme.ConfirmIcon(), widget.SuccessImportance, func() { p.rule(factcheck.Verified) }),
		button("Disputed", keyDisputed, theme.CancelIcon(), widget.DangerImportance, func() { p.rule(factcheck.Disputed) }),
		button("Superseded…", keySuperseded, theme.HistoryIcon(), widget.WarningImportance, func() { p.rule(factcheck.Superseded) }),
		button("Clear", keyClear, theme.ContentClearIcon(), widget.MediumImportance, func() { p.rule(factcheck.Cleared) }),
	)
	p.note = newFieldEntry("Note: why this verdict (M)", true, func() { p.OnLeave() })
	p.evidence = newFieldEntry("Evidence: links, documents, calls", false, func() { p.OnLeave() })
	p.draft = &widget.Label{Text: "A draft, not saved: a ruling (V, D, S, U, X, O or G) saves it with the claim.", Importance: widget.WarningImportance, Wrapping: fyne.TextWrapWord}
	p.suggestion = &widget.Label{Wrapping: fyne.TextWrapWord}
	p.applyButton = &widget.Button{Text: "Apply suggestion", Icon: theme.ConfirmIcon(), Importance: widget.MediumImportance, OnTapped: p.apply}
	p.suggestionBox = container.NewVBox(heading("Suggestion"), p.suggestion, container.NewHBox(p.applyButton))
	p.groupTitle = heading("Same fact elsewhere")
	p.group = container.NewVBox()
	p.history = container.NewVBox()

	ruling := container.NewVBox(
		heading("Verdict"),
		container.NewBorder(nil, nil, p.badge, nil, p.who), p.by,
		buttons, p.note, p.evidence, p.draft,
	)
	p.more = container.NewVScroll(container.NewVBox(p.suggestionBox, p.groupTitle, p.group, heading("History"), p.history))
	p.clear()
	return container.NewBorder(ruling, nil, nil, nil, p.more)
}

// clear shows no claim.
func (p *sidePanel) clear() {
	p.badge.setVerdict(factcheck.Unruled)
	p.who.SetText("")
	p.by.Hide()
	for _, b := range p.buttons {
		b.Disable()
	}
	p.note.SetText("")
	p.evidence.SetText("")
	p.draft.Hide()
	p.filledID, p.filledEvents, p.filled, p.overtaken = 0, 0, notes{}, false
	p.suggestionBox.Hide()
	p.shownID = 0
	p.groupTitle.SetText("SAME FACT ELSEWHERE")
	p.group.Objects = nil
	p.group.Refresh()
	p.history.Objects = nil
	p.history.Refresh()
	refit(p.more)
}

// show shows claim c, what it is superseded by (newer, the newer claim's
// label, or "" to say it from c's figure from outside the review), the
// other claims of its group (not known yet when grouped is false), and
// what Factcheck suggests for it ("" for nothing), with the button that
// applies it unless c is ruled, as suggested (followed) or otherwise; its
// note and evidence fields get fill unless they show c's ruling already.
func (p *sidePanel) show(c *factcheck.Record, newer string, fill notes, draft bool, group []groupItem, grouped bool, suggestion string, followed bool) {
	if c.ID != p.shownID {
		p.more.ScrollToTop() // a claim's suggestion, group and history read from their start
		p.shownID = c.ID
	}
	p.badge.setVerdict(c.Verdict)
	p.draft.Hidden = !draft
	p.draft.Refresh()
	p.who.SetText(rulingText(&c.State))
	if by := supersededBy(&c.State, newer); by != "" {
		p.by.SetText(by)
		p.by.Show()
	} else {
		p.by.Hide()
	}
	for _, b := range p.buttons {
		b.Enable()
	}
	_, _, edited := p.typed()
	switch {
	case c.ID == p.filledID && c.Events == p.filledEvents:
	case c.ID == p.filledID && edited:
		// A ruling of this claim was stored while the checker typed: keep
		// the typing, which now differs from the ruling's note.
		p.filledEvents, p.filled, p.overtaken = c.Events, fill, true
	default:
		p.note.SetText(fill.note)
		p.evidence.SetText(fill.evidence)
		p.filledID, p.filledEvents, p.filled, p.overtaken = c.ID, c.Events, fill, false
	}
	if suggestion == "" {
		p.suggestionBox.Hide()
	} else {
		setAside := c.Verdict.Ruled() && !followed
		switch {
		case followed:
			suggestion += "\nRuled as suggested."
		case setAside:
			// a ruling the checker chose over the suggestion: no button
			// that would replace it at a click
			suggestion += "\nRuled " + verdictName(c.Verdict) + " instead: the suggestion is set aside (G applies it over that ruling)."
		}
		p.suggestion.SetText(suggestion)
		p.applyButton.Hidden = followed || setAside
		p.suggestionBox.Show()
	}
	here := 0 // the group's claims in c's own article, which "elsewhere" does not count
	for _, g := range group {
		if g.claim.Doc == c.Doc {
			here++
		}
	}
	p.groupTitle.SetText(fmt.Sprintf("SAME FACT ELSEWHERE (%d)", len(group)-here))
	p.group.Objects = p.group.Objects[:0]
	for k, g := range group {
		if g.claim.Doc == c.Doc && (k == 0 || group[k-1].claim.Doc != c.Doc) {
			p.group.Add(&widget.Label{Text: fmt.Sprintf("Also in this article (%d):", here), Importance: widget.LowImportance})
		}
		row := newClaimRow()
		row.setGroupMember(g.claim, g.article, g.published)
		why := &widget.Label{Text: "Why: " + g.why, Importance: widget.LowImportance, Wrapping: fyne.TextWrapWord}
		index := g.index
		p.group.Add(newTapBox(container.NewVBox(row, why), func() { p.OnOpen(index) }))
	}
	switch {
	case !grouped:
		p.group.Add(&widget.Label{Text: "Grouping the claims…", Importance: widget.LowImportance})
	case len(group) == 0:
		p.group.Add(&widget.Label{Text: "No other claim about the same thing.", Importance: widget.LowImportance})
	}
	p.group.Refresh()
	refit(p.more)
}

// noteOnly reports whether rule event e changed only the note and
// evidence: the event it replaces, among byID, has its verdict and, for
// superseded, the same newer claim or figure.
func noteOnly(e *factcheck.Event, byID map[int64]*factcheck.Event) bool {
	old, ok := byID[e.Replaces]
	return ok && e.Action == factcheck.Rule && old.Verdict == e.Verdict && e.Verdict != factcheck.Cleared &&
		old.SupersededBy == e.SupersededBy && old.Outside == e.Outside
}

// supersededBy says what a superseded claim is superseded by, under its
// verdict: "Superseded by “at least 1,100” (Reuters, 8 Nov)", the newer
// claim's label given, or its figure from outside the review ("by 1,100
// as of 2023-11-08 (ministry bulletin)"); "" for any other verdict.
func supersededBy(s *factcheck.State, newer string) string {
	switch {
	case s.Verdict != factcheck.Superseded:
		return ""
	case s.SupersededBy != 0 && newer != "":
		return "Superseded by " + newer
	case !s.Outside.IsZero():
		return "Superseded " + outsideFigure(s.Outside)
	}
	return ""
}

// outsideFigure says what a figure from outside the review is, for a
// verdict and its history: "by 11,078 as of 2023-11-12 (ministry
// bulletin)".
func outsideFigure(f factcheck.Figure) string {
	by := "by " + f.String()
	if f.Date != "" {
		by += " as of " + f.Date
	}
	return by + " (" + f.Source + ")"
}

// showHistory lists a claim's events, latest first; name names a claim by
// its ID.
func (p *sidePanel) showHistory(events []factcheck.Event, err error, name func(int64) string) {
	p.history.Objects = p.history.Objects[:0]
	if err != nil {
		p.history.Add(&widget.Label{Text: "The history could not be read: " + err.Error(), Wrapping: fyne.TextWrapWord})
	}
	if err == nil && len(events) == 0 {
		p.history.Add(&widget.Label{Text: "No ruling yet.", Importance: widget.LowImportance})
	}
	byID := make(map[int64]*factcheck.Event, len(events))
	for i := range events {
		byID[events[i].ID] = &events[i]
	}
	for i := len(events) - 1; i >= 0; i-- {
		e := &events[i]
		title := verdictName(e.Verdict)
		if e.Verdict == factcheck.Cleared {
			title = "cleared"
		}
		switch e.Action {
		case factcheck.Amend:
			if e.Verdict == factcheck.Cleared || e.Verdict == factcheck.Unruled {
				title = "amended" // of a claim with no verdict
			} else {
				title = "amended (" + title + ")"
			}
		case factcheck.Add:
			title = "added by hand"
		case factcheck.Rule:
			if noteOnly(e, byID) {
				title = "note and evidence (still " + title + ")"
			}
		case factcheck.Undo:
			t, ok := byID[e.Target]
			switch {
			case ok && noteOnly(t, byID):
				title = "undo of a note: back to the note before (" + title + ")"
			case ok && t.Replaces == 0:
				title = "undo: back to unruled" // the undone ruling was the first
			default:
				title = "undo: back to " + title
			}
		case factcheck.Redo:
			title = "redo: " + title
		}
		var lines []string
		if e.Verdict == factcheck.Superseded && e.SupersededBy != 0 {
			lines = append(lines, "by "+name(e.SupersededBy))
		}
		if f := e.Outside; !f.IsZero() {
			lines = append(lines, outsideFigure(f))
		}
		if e.Action == factcheck.Amend || e.Action == factcheck.Add {
			if e.Reading.IsZero() {
				lines = append(lines, "Read as the extractor reads it")
			} else {
				lines = append(lines, "Read as "+readingText(e.Reading))
			}
		}
		if e.Note != "" {
			lines = append(lines, "Note: "+e.Note)
		}
		if e.Evidence != "" {
			lines = append(lines, "Evidence: "+e.Evidence)
		}
		if old, ok := byID[e.Replaces]; ok {
			lines = append(lines, "Replaced: "+verdictName(old.Verdict)+" by "+old.Checker)
		}
		meta := when(e.At)
		if e.Version != "" {
			meta += "  ·  Factcheck " + e.Version
		}
		lines = append(lines, meta)
		p.history.Add(&widget.Label{Text: capitalize(title) + " — " + e.Checker, TextStyle: fyne.TextStyle{Bold: true}})
		p.history.Add(&widget.Label{Text: strings.Join(lines, "\n"), Wrapping: fyne.TextWrapWord, SizeName: theme.SizeNameCaptionText})
	}
	p.history.Refresh()
	refit(p.more)
}

// rule gives verdict v, as its button does: OnRule, or OnSupersede for
// superseded, with what is typed.
func (p *sidePanel) rule(v factcheck.Verdict) {
	_, n, _ := p.typed()
	if v == factcheck.Superseded {
		p.OnSupersede(n)
		return
	}
	p.OnRule(v, n)
}

// apply applies the suggestion, as its button does.
func (p *sidePanel) apply() {
	_, n, _ := p.typed()
	p.OnApply(n)
}

// typed returns what the note and evidence fields hold for the claim
// they were filled for, trimmed, and whether it differs from what they
// were filled with.
func (p *sidePanel) typed() (id int64, n notes, changed bool) {
	n = notes{strings.TrimSpace(p.note.Text), strings.TrimSpace(p.evidence.Text)}
	return p.filledID, n, p.filledID != 0 && n != p.filled
}

// takeTyped returns what the checker has typed in the fields since they
// were filled, with the ID of the claim they show, and reports whether
// there is anything; the fields then count it as kept, so that it is
// taken once.
func (p *sidePanel) takeTyped() (id int64, n notes, ok bool) {
	id, n, ok = p.typed()
	if ok {
		p.filled = n
	}
	return id, n, ok
}

// takeOvertaken reports whether a ruling of the claim the fields show was
// stored by another while the checker typed (see overtaken), and forgets
// it.
func (p *sidePanel) takeOvertaken() bool {
	o := p.overtaken
	p.overtaken = false
	return o
}

// focusNote puts the cursor in the note field; k is the single key that
// asked for it, whose character is not typed there.
func (p *sidePanel) focusNote(c fyne.Canvas, k fyne.KeyName) { p.note.focusAfterKey(c, k) }

// focusEvidence puts the cursor in the evidence field, as focusNote does.
func (p *sidePanel) focusEvidence(c fyne.Canvas, k fyne.KeyName) { p.evidence.focusAfterKey(c, k) }

// A fieldEntry is a note or evidence field; Escape leaves it, and Tab
// moves to the next field (a note holds no tabs).
type fieldEntry struct {
	widget.Entry
	onLeave func()
	skip    skipRune
}

// focusAfterKey focuses the field from the single key k, whose character
// the system sends just after: it is not typed.
func (e *fieldEntry) focusAfterKey(c fyne.Canvas, k fyne.KeyName) {
	e.skip.after(k)
	c.Focus(e)
	// the cursor after what the field holds, so that typing adds to a
	// note rather than running into its first word
	lines := strings.Split(e.Text, "\n")
	e.CursorRow, e.CursorColumn = len(lines)-1, utf8.RuneCountInString(lines[len(lines)-1])
	e.Refresh()
}

// TypedRune types r, unless it is the focusing key's character.
func (e *fieldEntry) TypedRune(r rune) {
	if e.skip.drop(r) {
		return
	}
	e.Entry.TypedRune(r)
}

// AcceptsTab reports false: Tab moves the focus to the next field.
func (e *fieldEntry) AcceptsTab() bool { return false }

func newFieldEntry(placeholder string, multiLine bool, onLeave func()) *fieldEntry {
	e := &fieldEntry{onLeave: onLeave}
	e.PlaceHolder, e.MultiLine = placeholder, multiLine
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
		e.SetMinRowsVisible(2)
	}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey leaves the field on Escape.
func (e *fieldEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.onLeave != nil {
		e.onLeave()
		return
	}
	e.Entry.TypedKey(ev)
}

// A tapBox makes its content tappable, with a pointer cursor.
type tapBox struct {
	widget.BaseWidget
	content fyne.CanvasObject
	onTap   func()
}

func newTapBox(content fyne.CanvasObject, onTap func()) *tapBox {
	t := &tapBox{content: content, onTap: onTap}
	t.ExtendBaseWidget(t)
	return t
}

func (t *tapBox) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(t.content) }
func (t *tapBox) Tapped(*fyne.PointEvent)             { t.onTap() }
func (t *tapBox) Cursor() desktop.Cursor              { return desktop.PointerCursor }
