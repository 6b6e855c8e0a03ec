package ui

import (
	"context"
	"fmt"

	"github.com/factcheck/factcheck/db"
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

// show shows claim i on the right and loads its article and history.
func (r *Review) show(i int) {
	cat := r.cat
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
	r.side.show(c, group, cat.ready(), r.suggestionText(c))
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

// onOpenClaim shows claim i, selecting its row if the list shows it.
func (r *Review) onOpenClaim(i int) {
	for row := range r.rowCount() {
		if r.entryAt(row) == i {
			r.list.Select(row)
			r.focusList()
			return
		}
	}
	r.list.UnselectAll()
	r.row = -1
	r.show(i)
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
		r.side.note.focusAfterKey(r.win.Canvas(), 'm')
	}
}
