package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/factcheck/factcheck/factcheck"
)

// onRule rules v on the selected claim, with the note and evidence typed
// for it (none for Cleared).
func (r *Review) onRule(v factcheck.Verdict, typed notes) {
	c := r.selected()
	if c == nil {
		return
	}
	if v == factcheck.Superseded {
		r.onSupersede(typed)
		return
	}
	if v == factcheck.Cleared {
		if !c.Ruled() {
			r.setStatus(fmt.Sprintf("“%s” has no verdict to clear.", shorten(oneLine(c.Text), 40))) // and its history no event that changes nothing
			return
		}
		typed = notes{}
	}
	r.rule(factcheck.Ruling{Claim: c.ID, Verdict: v}, typed)
}

// onSupersede asks which claim supersedes the selected claim (one of its
// group, or any the checker finds by searching), and rules it superseded
// by that one with the note and evidence typed.
func (r *Review) onSupersede(typed notes) {
	if r.selected() == nil {
		return
	}
	cat, i := r.sess.cat, r.current
	if !cat.ready() {
		r.setStatus("The claims are still being grouped; try again in a moment.")
		return
	}
	group := cat.group(i)
	preselect := -1
	if s := cat.claims[i].Suggestion; s != nil && s.Verdict == factcheck.Superseded {
		if j, ok := cat.lookupRef(s.By); ok {
			preselect = j
		}
	}
	r.dlg.pickSuperseding(cat, i, group, preselect, func(j int) {
		r.rule(factcheck.Ruling{Claim: cat.claims[i].ID, Verdict: factcheck.Superseded, SupersededBy: cat.claims[j].ID}, typed)
	})
}

// onApplySuggestion rules on the selected claim what Factcheck suggests,
// with the note and evidence typed.
func (r *Review) onApplySuggestion(typed notes) {
	c := r.selected()
	if c == nil {
		return
	}
	cat := r.sess.cat
	if !cat.ready() {
		r.setStatus("The claims are still being grouped; try again in a moment.")
		return
	}
	s := c.Suggestion
	switch {
	case s == nil:
		r.setStatus("Factcheck suggests nothing for this claim.")
	case s.Verdict == factcheck.Superseded:
		if j, ok := cat.lookupRef(s.By); ok {
			r.rule(factcheck.Ruling{Claim: c.ID, Verdict: factcheck.Superseded, SupersededBy: cat.claims[j].ID}, typed)
			return
		}
		r.onSupersede(typed)
	default:
		r.rule(factcheck.Ruling{Claim: c.ID, Verdict: s.Verdict}, typed)
	}
}

// rule stores a ruling with the note and evidence typed for it, and says
// so.
func (r *Review) rule(ru factcheck.Ruling, typed notes) {
	typed = r.ownNotes(ru.Claim, typed)
	ru.Note, ru.Evidence = typed.note, typed.evidence
	did := verdictName(ru.Verdict)
	if ru.SupersededBy != 0 {
		did += " by " + r.claimLabel(ru.SupersededBy)
	}
	r.record(ru, did+".")
}

// ownNotes returns what the checker typed for a ruling of claim id:
// typed, or nothing when the fields hold another checker's ruling's note
// and evidence untouched, which are kept with their ruling only.
func (r *Review) ownNotes(id int64, typed notes) notes {
	if i, ok := r.sess.cat.lookup(id); ok {
		if c := &r.sess.cat.claims[i]; c.Checker != "" && c.Checker != r.checker && typed == (notes{c.Note, c.Evidence}) {
			return notes{}
		}
	}
	return typed
}

// record stores a ruling, with the note and evidence it carries, once the
// checker's name is known, and says what it did: "“at least 435…” did.".
func (r *Review) record(ru factcheck.Ruling, did string) {
	if r.checker == "" {
		r.askChecker(func() { r.record(ru, did) })
		return
	}
	ru.Checker = r.checker
	delete(r.drafts, ru.Claim)
	s := r.sess
	if i, ok := s.cat.lookup(ru.Claim); ok && s.cat.claims[i].Restates(ru) {
		c := &s.cat.claims[i]
		r.setStatus(fmt.Sprintf("“%s” is %s already, by you, with this note and evidence: nothing to save.", shorten(oneLine(c.Text), 40), verdictName(c.Verdict)))
		return
	}
	end := r.beginChange()
	r.bg.serial(func() {
		ctx := context.Background()
		_, err := s.store.Rule(ctx, ru)
		var c *factcheck.Record
		if err == nil {
			c, err = s.store.Claim(ctx, ru.Claim)
		}
		r.bg.do(func() {
			defer end()
			if err != nil {
				r.setStatus("The ruling was not saved.") // not a message of before left standing
				r.dlg.showError("The ruling was not saved", err)
				return
			}
			r.applyClaim(s, c)
			r.setStatus(fmt.Sprintf("“%s”: %s", shorten(c.Text, 40), did))
		})
	})
}

// onUndo undoes the checker's latest ruling, or the typing in a text field.
func (r *Review) onUndo() {
	if f, ok := r.win.Canvas().Focused().(fyne.Shortcutable); ok {
		if _, typing := f.(textField); typing {
			f.TypedShortcut(&fyne.ShortcutUndo{})
			return
		}
	}
	r.undoRedo(factcheck.Undo)
}

// onRedo applies again the checker's latest undone ruling, or the typing
// in a text field.
func (r *Review) onRedo() {
	if f, ok := r.win.Canvas().Focused().(fyne.Shortcutable); ok {
		if _, typing := f.(textField); typing {
			f.TypedShortcut(&fyne.ShortcutRedo{})
			return
		}
	}
	r.undoRedo(factcheck.Redo)
}

func (r *Review) undoRedo(action factcheck.Action) {
	if r.sess == nil {
		return
	}
	if r.checker == "" {
		r.setStatus("Nothing to " + string(action) + ".")
		return
	}
	s, checker := r.sess, r.checker
	end := r.beginChange()
	r.bg.serial(func() {
		ctx := context.Background()
		var e factcheck.Event
		var err error
		if action == factcheck.Undo {
			e, err = s.store.Undo(ctx, checker)
		} else {
			e, err = s.store.Redo(ctx, checker)
		}
		var c *factcheck.Record
		if err == nil {
			c, err = s.store.Claim(ctx, e.Claim)
		}
		r.bg.do(func() {
			defer end()
			var conflict *factcheck.ConflictError
			switch {
			case errors.Is(err, factcheck.ErrNothingToUndo), errors.Is(err, factcheck.ErrNothingToRedo):
				r.setStatus(fmt.Sprintf("Nothing to %s: you have no ruling left to %s.", action, action))
				return
			case errors.As(err, &conflict):
				// no failure: the log keeps the other checker's ruling
				if i, ok := s.cat.lookup(conflict.Claim); ok && s == r.sess {
					r.onOpenClaim(i)
				}
				r.setStatus(fmt.Sprintf("Not %s: %s ruled on %s since; rule on it again instead.",
					map[factcheck.Action]string{factcheck.Undo: "undone", factcheck.Redo: "redone"}[action], conflict.Checker, r.claimLabel(conflict.Claim)))
				return
			case err != nil:
				r.setStatus("Could not " + string(action) + " the ruling.")
				r.dlg.showError("Could not "+string(action)+" the ruling", err)
				return
			}
			var was factcheck.State
			if i, ok := s.cat.lookup(c.ID); ok {
				was = s.cat.claims[i].State
			}
			r.applyClaim(s, c)
			if i, ok := s.cat.lookup(c.ID); ok && s == r.sess && i != r.current {
				// once the list is searched again (an undone "not a claim"
				// lists the claim again, within the search and filters)
				id := c.ID
				r.col.whenSearched(func() {
					if k, ok := s.cat.lookup(id); ok && s == r.sess {
						r.onOpenClaim(k)
					}
				})
			}
			if was.Verdict == c.Verdict && (was.Note != c.Note || was.Evidence != c.Evidence) {
				// the event undone or redone kept the verdict: a note's
				r.setStatus(fmt.Sprintf("%s: the note and evidence of “%s” are back to what they were; it is still %s.", capitalize(string(action)), shorten(c.Text, 40), verdictName(c.Verdict)))
				return
			}
			r.setStatus(fmt.Sprintf("%s: “%s” is back to %s.", capitalize(string(action)), shorten(c.Text, 40), verdictName(c.Verdict)))
		})
	})
}

// applyClaim shows the new state of a claim that session s's store
// returned, whatever listing of its claims the window shows by then.
func (r *Review) applyClaim(s *session, c *factcheck.Record) {
	if s != r.sess {
		return // another database has been opened since
	}
	cat := s.cat
	was, read := factcheck.Unruled, factcheck.Reading{}
	if j, ok := cat.lookup(c.ID); ok {
		was, read = cat.claims[j].Verdict, cat.claims[j].State.Reading
	}
	i, ok := cat.update(c.ID, c.State)
	if !ok {
		return
	}
	r.col.refresh()
	r.updateStatus()
	if dismissed := (was == factcheck.Dismissed) != (c.Verdict == factcheck.Dismissed); dismissed || read != c.State.Reading {
		if dismissed {
			r.col.researchInPlace() // the default list hides claims that are not claims
		}
		r.regroup(s) // grouping reads what the checker changed
	}
	if r.current < 0 {
		return
	}
	if i == r.current {
		r.show(i)
		return
	}
	if cat.claims[i].Group == cat.claims[r.current].Group {
		r.showSide()
	}
}

// followed reports whether claim c is ruled as Factcheck suggests: the
// verdict it suggests and, for superseded, by the claim it names.
func (r *Review) followed(c *factcheck.Record) bool {
	s := c.Suggestion
	if s == nil || c.Verdict != s.Verdict {
		return false
	}
	if s.Verdict != factcheck.Superseded {
		return true
	}
	j, ok := r.sess.cat.lookupRef(s.By)
	return ok && r.sess.cat.claims[j].ID == c.SupersededBy
}

// suggestionText says what Factcheck suggests for c, or "".
func (r *Review) suggestionText(c *factcheck.Record) string {
	s := c.Suggestion
	if s == nil {
		return ""
	}
	cat := r.sess.cat
	name := func(ref *factcheck.Ref) string {
		if j, ok := cat.lookupRef(ref); ok {
			o := &cat.claims[j]
			return fmt.Sprintf("“%s” (%s)", oneLine(o.Text), cat.articleLabel(o.Doc))
		}
		return ref.String()
	}
	switch s.Verdict {
	case factcheck.Superseded:
		switch {
		case s.By != nil && s.By.Doc == c.Doc:
			// a change the article states ("raised to 110 dlrs from 100
			// dlrs"), or its own newer figure: no other article is cited
			if j, ok := cat.lookupRef(s.By); ok {
				return "Superseded: this article itself gives the newer figure “" + oneLine(cat.claims[j].Text) + "”."
			}
			return "Superseded: this article itself gives a newer figure."
		case s.By != nil:
			return "Superseded: a later article reports " + name(s.By) + "."
		}
	case factcheck.Disputed:
		// The article's own other statements of the figure are named as
		// such, never as "elsewhere".
		var here, elsewhere []string
		for k := range s.With {
			ref := &s.With[k]
			switch j, ok := cat.lookupRef(ref); {
			case ref.Doc != c.Doc:
				elsewhere = append(elsewhere, name(ref))
			case ok:
				here = append(here, "“"+oneLine(cat.claims[j].Text)+"”")
			default:
				here = append(here, ref.String())
			}
		}
		var parts []string
		if len(elsewhere) > 0 {
			parts = append(parts, "other articles state otherwise for the same time: "+strings.Join(elsewhere, ", "))
		}
		if len(here) > 0 {
			parts = append(parts, "this article itself also says "+strings.Join(here, ", "))
		}
		if len(parts) > 0 {
			return "Disputed: " + strings.Join(parts, "; ") + "."
		}
	}
	return capitalize(string(s.Verdict)) + "."
}
