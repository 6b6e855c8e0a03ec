package ui

import (
	"context"
	"fmt"

	"github.com/factcheck/factcheck/db"
	"github.com/factcheck/factcheck/factcheck"
)

// onSelected shows the claim of the selected row.
func (r *Review) onSelected(row int) {
	if row < 0 || row >= r.rowCount() {
		return
	}
	r.row = row
	if i := r.entryAt(row); i != r.current {
		r.show(i)
	}
}

// show shows claim i on the right and loads its article and history,
// first keeping what the checker typed about the claim shown before.
func (r *Review) show(i int) {
	cat := r.cat
	if r.current != i {
		r.keepTyped()
	}
	r.current = i
	c := &cat.claims[i]
	r.claimPanel.show(c, cat.publishedOn(c.Doc))
	r.showSide()
	st := r.store
	id, article := c.ID, c.ArticleID
	if text, ok := r.claimPanel.cached(article); ok {
		r.claimPanel.showArticle(c, text)
	} else {
		r.bg.run(func() {
			text, err := st.ArticleText(context.Background(), article)
			r.bg.do(func() {
				if !r.showing(st, id) {
					return
				}
				if err != nil {
					r.claimPanel.showArticleError(err)
					return
				}
				r.claimPanel.showArticle(&r.cat.claims[r.current], text)
			})
		})
	}
	r.bg.run(func() {
		events, err := st.History(context.Background(), id)
		r.bg.do(func() {
			if r.showing(st, id) {
				r.side.showHistory(events, err, r.claimLabel)
			}
		})
	})
}

// showing reports whether the claim with the given ID of st is the one
// shown, whichever listing of st's claims the window shows.
func (r *Review) showing(st *db.Store, id int64) bool {
	return st == r.store && r.current >= 0 && r.cat.claims[r.current].ID == id
}

// showSide fills the right column for the current claim.
func (r *Review) showSide() {
	if r.current < 0 {
		return
	}
	cat := r.cat
	c := &cat.claims[r.current]
	var group []groupItem
	for _, j := range cat.group(r.current) {
		g := &cat.claims[j]
		group = append(group, groupItem{index: j, claim: g, published: cat.publishedOn(g.Doc)})
	}
	r.side.show(c, r.fillFor(r.current), group, cat.ready(), r.suggestionText(c))
}

// claimLabel names a claim by its ID for the history: its text and article.
func (r *Review) claimLabel(id int64) string {
	if r.cat == nil {
		return fmt.Sprint("claim ", id)
	}
	i, ok := r.cat.lookup(id)
	if !ok {
		return fmt.Sprint("claim ", id)
	}
	c := &r.cat.claims[i]
	return "“" + c.Text + "” (" + c.Doc + ")"
}

// showNone shows no claim: the list is empty.
func (r *Review) showNone() {
	r.keepTyped()
	r.current, r.row = -1, -1
	r.claimPanel.clear()
	r.side.clear()
}

// onOpenClaim shows claim i and selects its row, first clearing the
// search and the filters when they hide it.
func (r *Review) onOpenClaim(i int) {
	if !r.selectEntry(i) {
		r.clearFilters()
		r.selectEntry(i)
	}
	r.focusList()
}

// selectEntry selects the row of claim i, and reports whether the list
// shows it.
func (r *Review) selectEntry(i int) bool {
	for row := range r.rowCount() {
		if r.entryAt(row) == i {
			r.selectRow(row)
			return true
		}
	}
	return false
}

// clearFilters clears the search and the filters, listing every claim.
func (r *Review) clearFilters() {
	r.search.Text = ""
	r.search.Refresh()
	r.kinds.Selected, r.verdicts.Selected, r.suggested.Checked = allKinds, allVerdicts, false
	r.kinds.Refresh()
	r.verdicts.Refresh()
	r.suggested.Refresh()
	r.doc = ""
	r.article.SetText(allArticles)
	r.runSearchNow()
}

// onFirst selects the first claim of the list.
func (r *Review) onFirst() { r.selectRow(0) }

// onLast selects the last claim of the list.
func (r *Review) onLast() { r.selectRow(r.rowCount() - 1) }

// onPage moves the selection a screenful of rows down (dir 1) or up (-1).
func (r *Review) onPage(dir int) {
	n := r.rowCount()
	if n == 0 {
		return
	}
	rows := max(1, int(r.list.Size().Height/newClaimRow().MinSize().Height)-1)
	r.selectRow(min(max(r.row+dir*rows, 0), n-1))
}

// selectRow selects a row and scrolls to it.
func (r *Review) selectRow(row int) {
	if row < 0 || row >= r.rowCount() {
		return
	}
	r.list.Select(row)
	r.list.ScrollTo(row)
}

// onNext selects the next claim of the list.
func (r *Review) onNext() { r.selectRow(r.row + 1) }

// onPrevious selects the previous claim of the list.
func (r *Review) onPrevious() {
	if r.row > 0 {
		r.selectRow(r.row - 1)
	}
}

// onNextUnruled selects the next claim of the list nobody has ruled on,
// going round to the top.
func (r *Review) onNextUnruled() {
	n := r.rowCount()
	for k := 1; k <= n; k++ {
		row := (r.row + k) % n
		if r.row < 0 {
			row = k - 1
		}
		if !r.cat.claims[r.entryAt(row)].Ruled() {
			r.selectRow(row)
			return
		}
	}
	r.setStatus("Every claim in the list has a verdict.")
}

// focusList gives the list the keyboard focus.
func (r *Review) focusList() { r.win.Canvas().Focus(r.list) }

// onFocusSearch puts the cursor in the search field.
func (r *Review) onFocusSearch() { r.win.Canvas().Focus(r.search) }

// onFocusNote puts the cursor in the note field.
func (r *Review) onFocusNote() {
	if r.current >= 0 {
		r.side.note.focusAfterKey(r.win.Canvas(), keyNote.KeyName)
	}
}

// onFocusEvidence puts the cursor in the evidence field.
func (r *Review) onFocusEvidence() {
	if r.current >= 0 {
		r.side.evidence.focusAfterKey(r.win.Canvas(), keyEvidence.KeyName)
	}
}

// selected returns the claim that rulings act on: the one both shown in
// the panes and selected in the list, or nil when there is none.
func (r *Review) selected() *factcheck.Record {
	if r.cat == nil || r.current < 0 || r.row < 0 || r.row >= r.rowCount() || r.entryAt(r.row) != r.current {
		return nil
	}
	return &r.cat.claims[r.current]
}
