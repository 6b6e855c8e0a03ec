package ui

import (
	"fyne.io/fyne/v2"
)

// Preferences that bring the checker back where they were.
const (
	prefWidth  = "windowWidth"  // the window's width when it closed, in Fyne units
	prefHeight = "windowHeight" // its height
	prefPlace  = "claim:"       // + a database's path: the claim ID shown when it closed
)

// WindowSize returns the size the window had when it last closed, or def.
func WindowSize(app fyne.App, def fyne.Size) fyne.Size {
	p := app.Preferences()
	w, h := p.FloatWithFallback(prefWidth, 0), p.FloatWithFallback(prefHeight, 0)
	if w < 400 || h < 300 {
		return def
	}
	return fyne.NewSize(float32(w), float32(h))
}

// savePlace remembers the window's size and the claim it shows in the
// open database.
func (r *Review) savePlace() {
	p := r.app.Preferences()
	if s := r.win.Canvas().Size(); s.Width > 0 && s.Height > 0 {
		p.SetFloat(prefWidth, float64(s.Width))
		p.SetFloat(prefHeight, float64(s.Height))
	}
	if r.store != nil && r.current >= 0 {
		p.SetInt(prefPlace+r.store.Path(), int(r.cat.claims[r.current].ID))
	}
}

// restorePlace selects the claim that the database at path showed when
// the window last closed it, if it is still listed.
func (r *Review) restorePlace(path string) {
	id := r.app.Preferences().Int(prefPlace + path)
	if id == 0 || r.cat == nil {
		return
	}
	if i, ok := r.cat.lookup(int64(id)); ok {
		r.selectEntry(i)
	}
}
