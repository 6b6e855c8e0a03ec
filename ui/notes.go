package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
)

// keepTyped keeps what the checker typed in the note and evidence fields
// about the claim they show, before the window shows another claim or
// closes: on a claim with a verdict of the checker's own, as a new ruling
// event with the same verdict (its history shows the change); on a claim
// without one, or one another checker ruled on (before or while the
// checker typed), as a draft that the fields
// show again and that its next ruling takes; a draft emptied is no
// draft. The window asks before it closes or opens another database with
// drafts.
func (r *Review) keepTyped() {
	id, n, typed := r.side.takeTyped() // kept: leaving again does not keep it twice
	if !typed || r.sess == nil {
		return
	}
	i, ok := r.sess.cat.lookup(id)
	if !ok {
		return
	}
	c := &r.sess.cat.claims[i]
	overtaken := r.side.takeOvertaken() && c.Checker != r.checker
	others := c.Ruled() && c.Checker != r.checker // a ruling of another checker's, which a note would sign as this checker's
	if (overtaken || others || !c.Ruled() || r.checker == "") && n == (notes{}) {
		// a draft emptied: nothing is left to keep or to ask about
		delete(r.drafts, id)
		r.setStatus(fmt.Sprintf("The draft on “%s” is emptied and gone.", shorten(c.Text, 40)))
		return
	}
	if overtaken {
		// another ruled on the claim while this checker typed: the typing
		// is no note on that ruling, which they did not make
		r.drafts[id] = n
		r.setStatus(fmt.Sprintf("%s ruled on “%s” while you typed; your note is kept as a draft until you rule on it.", c.Checker, shorten(c.Text, 40)))
		return
	}
	if others && r.checker != "" {
		// saved, the note would make the verdict this checker's: "disputed
		// by Ann" where Bo disputed it
		r.drafts[id] = n
		r.setStatus(fmt.Sprintf("“%s” is %s by %s; your note is kept as a draft until you rule on it yourself (V, D, S, U, X, O or G).", shorten(c.Text, 40), verdictName(c.Verdict), c.Checker))
		return
	}
	if !c.Ruled() || r.checker == "" {
		r.drafts[id] = n
		r.setStatus(fmt.Sprintf("The note on “%s” is kept as a draft until you rule on it.", shorten(c.Text, 40)))
		return
	}
	r.record(factcheck.Ruling{Claim: id, Verdict: c.Verdict, SupersededBy: c.SupersededBy, Outside: c.Outside, Note: n.note, Evidence: n.evidence},
		"note and evidence saved.")
}

// fillFor is what the note and evidence fields show for claim i: its
// draft (draft is then true), else its ruling's.
func (r *Review) fillFor(i int) (n notes, draft bool) {
	c := &r.sess.cat.claims[i]
	if d, ok := r.drafts[c.ID]; ok {
		return d, true
	}
	return notes{c.Note, c.Evidence}, false
}

// settleDrafts keeps what is typed, then runs then, first asking the
// checker when notes typed on claims without a verdict would be lost:
// doing is what then does ("Quit", "Open the other database"). It keeps
// the drafts: should then fail (the other database cannot be opened),
// they are still there.
func (r *Review) settleDrafts(doing string, then func()) {
	r.keepTyped()
	if len(r.drafts) == 0 {
		then()
		return
	}
	n := len(r.drafts)
	var named []string
	for id := range r.drafts {
		if i, ok := r.sess.cat.lookup(id); ok {
			named = append(named, "“"+shorten(r.sess.cat.claims[i].Text, 40)+"”")
		}
	}
	slices.Sort(named)
	if len(named) > 3 {
		named = append(named[:3], fmt.Sprintf("%d more", len(named)-3))
	}
	r.dlg.confirmLoss(fmt.Sprintf("Lose %s?", count(n, "unsaved note")),
		fmt.Sprintf("You wrote %s that %s not saved, on %s: a note is saved when you rule on its claim (V, D, S, U, X, O or G).\n"+
			"Enter or Escape goes back to rule on %s.", map[bool]string{true: "a note", false: "notes"}[n == 1], map[bool]string{true: "is", false: "are"}[n == 1], strings.Join(named, ", "),
			map[bool]string{true: "it", false: "them"}[n == 1]),
		strings.ToUpper(doing[:1])+doing[1:]+" and lose them", "Go back",
		then) // the drafts stay until what then does succeeds: opened drops them
}
