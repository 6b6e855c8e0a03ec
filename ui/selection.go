package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/group"
)

// showListing lists l's claims for the open database, in the session and
// the list column. A listing of the database already listed (same) keeps
// the claim shown when it still holds it; one of a database just opened
// shows none until the list selects one.
func (r *Review) showListing(l *listing, same bool) {
	s := r.sess
	var keep int64 = -1
	if same && r.current >= 0 {
		keep = s.cat.claims[r.current].ID
	}
	s.cat = l.cat
	if l.stamp != "" {
		s.stamp = l.stamp
	}
	s.logSeq = max(s.logSeq, l.logSeq)
	r.current = -1
	if i, ok := s.cat.lookup(keep); ok {
		r.current = i
		r.showSide()
	}
	if !same {
		r.claimPanel.clear()
		r.side.clear()
	}
	r.col.setCatalog(s.cat, r.current, same)
}

// onSelected shows claim i, whose row the list selected.
func (r *Review) onSelected(i int) {
	if i != r.current {
		r.show(i)
	}
}

// show shows claim i in the panels and loads its article and history,
// first keeping what the checker typed about the claim shown before.
func (r *Review) show(i int) {
	s := r.sess
	if r.current != i {
		r.keepTyped()
	}
	r.current = i
	c := &s.cat.claims[i]
	r.claimPanel.show(c, s.cat.articleLabel(c.Doc), s.cat.publishedOn(c.Doc))
	r.showSide()
	id, article := c.ID, c.ArticleID
	if text, ok := r.claimPanel.cached(article); ok {
		r.claimPanel.showArticle(c, text)
	} else {
		r.bg.run(func() {
			text, err := s.store.ArticleText(s.ctx, article)
			r.bg.do(func() {
				if !r.showing(s, id) {
					return
				}
				if err != nil {
					r.claimPanel.showArticleError(err)
					return
				}
				r.claimPanel.showArticle(&s.cat.claims[r.current], text)
			})
		})
	}
	r.bg.run(func() {
		events, err := s.store.History(s.ctx, id)
		r.bg.do(func() {
			if r.showing(s, id) {
				r.side.showHistory(events, err, r.claimLabel)
			}
		})
	})
}

// showing reports whether the claim with the given ID of session s is
// the one shown, whichever listing of its claims the window shows.
func (r *Review) showing(s *session, id int64) bool {
	return s == r.sess && r.current >= 0 && s.cat.claims[r.current].ID == id
}

// showSide fills the right column for the current claim.
func (r *Review) showSide() {
	if r.current < 0 {
		return
	}
	cat := r.sess.cat
	c := &cat.claims[r.current]
	var members []groupItem
	for _, j := range cat.group(r.current) {
		g := &cat.claims[j]
		members = append(members, groupItem{index: j, claim: g, article: cat.articleLabel(g.Doc), published: cat.publishedOn(g.Doc),
			why: group.Why(&c.Claim, &g.Claim)})
	}
	fill, draft := r.fillFor(r.current)
	newer := ""
	if k, ok := cat.lookup(c.SupersededBy); ok && c.Verdict == factcheck.Superseded {
		n := &cat.claims[k]
		newer = "“" + shorten(n.Text, 40) + "” (" + shorten(cat.articleLabel(n.Doc), 40) + ")" // two lines at most under the verdict
	}
	r.side.show(c, newer, fill, draft, members, cat.ready(), r.suggestionText(c), r.followed(c))
}

// claimLabel names a claim by its ID for the history: its text and article.
func (r *Review) claimLabel(id int64) string {
	cat := r.cat()
	if cat == nil {
		return fmt.Sprint("claim ", id)
	}
	i, ok := cat.lookup(id)
	if !ok {
		return fmt.Sprint("claim ", id)
	}
	c := &cat.claims[i]
	return "“" + oneLine(c.Text) + "” (" + cat.articleLabel(c.Doc) + ")"
}

// showNone shows no claim: the list is empty.
func (r *Review) showNone() {
	r.keepTyped()
	r.current = -1
	r.claimPanel.clear()
	r.side.clear()
}

// onOpenClaim shows claim i and selects its row, first clearing the
// search and the filters when they hide it.
func (r *Review) onOpenClaim(i int) {
	if !r.col.selectEntry(i) {
		query := strings.TrimSpace(r.col.search.Text)
		r.col.clearFilters()
		r.col.selectEntry(i)
		// said, as the checker's search is gone with them
		what := "The filters were cleared"
		if query != "" {
			what = fmt.Sprintf("The search “%s” and the filters were cleared", shorten(query, 30))
		}
		r.setStatus(fmt.Sprintf("%s to show %s.", what, r.claimLabel(r.sess.cat.claims[i].ID)))
	}
	r.focusList()
}

// onNextInGroup shows the next claim about the same thing as the selected
// one, in the list's order and round to the first, as tapping it in the
// side panel does: the keyboard's way through a group.
func (r *Review) onNextInGroup() {
	if r.current < 0 {
		return
	}
	cat := r.sess.cat
	if !cat.ready() {
		r.setStatus("The claims are still being grouped; try again in a moment.")
		return
	}
	ms := cat.groups[cat.claims[r.current].Group]
	k := slices.Index(ms, r.current)
	if k < 0 {
		r.setStatus(fmt.Sprintf("No other claim is about the same thing as %s.", r.claimLabel(cat.claims[r.current].ID)))
		return
	}
	next := (k + 1) % len(ms)
	if !r.col.selectEntry(ms[next]) {
		r.onOpenClaim(ms[next]) // clears the search and filters that hide it, and says so
		return
	}
	r.focusList()
	r.setStatus(fmt.Sprintf("About the same thing, %d of %d: %s.", next+1, len(ms), r.claimLabel(cat.claims[ms[next]].ID)))
}

// focusList gives the list the keyboard focus.
func (r *Review) focusList() { r.col.focus(r.win.Canvas()) }

// onFocusSearch puts the cursor in the search field.
func (r *Review) onFocusSearch() { r.col.focusSearch(r.win.Canvas()) }

// onFocusNote puts the cursor in the note field.
func (r *Review) onFocusNote() {
	if r.current >= 0 {
		r.side.focusNote(r.win.Canvas(), keyNote.KeyName)
	}
}

// onFocusEvidence puts the cursor in the evidence field.
func (r *Review) onFocusEvidence() {
	if r.current >= 0 {
		r.side.focusEvidence(r.win.Canvas(), keyEvidence.KeyName)
	}
}

// selected returns the claim that rulings act on: the one both shown in
// the panels and selected in the list, or nil when there is none.
func (r *Review) selected() *factcheck.Record {
	if r.sess == nil || r.current < 0 || r.col.selectedEntry() != r.current {
		return nil
	}
	return &r.sess.cat.claims[r.current]
}
