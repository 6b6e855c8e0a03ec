package ui

import (
	"encoding/json"

	"fyne.io/fyne/v2"
)

// prefPlace keeps where the checker was when the window closed, as one
// JSON value (a place): one preference, so that it is written in one save
// on quitting (Fyne writes the first change at once and defers the next
// ones, which a quitting app may never write).
const prefPlace = "place"

// A place is where the checker was: the window's size and, for each
// database by path, the ID of the claim it showed and the list's search
// and filters.
type place struct {
	Width  float32          `json:"width"`  // Fyne units
	Height float32          `json:"height"` // Fyne units
	Claims map[string]int64 `json:"claims"`
	Views  map[string]view  `json:"views,omitempty"`
}

// maxPlaces is how many databases' places are kept.
const maxPlaces = 50

// readPlace reads the place kept in app's preferences; zero when none.
func readPlace(app fyne.App) place {
	var p place
	json.Unmarshal([]byte(app.Preferences().String(prefPlace)), &p) // a damaged value reads as none
	return p
}

// WindowSize returns the size the window had when it last closed, or def.
func WindowSize(app fyne.App, def fyne.Size) fyne.Size {
	p := readPlace(app)
	if p.Width < 400 || p.Height < 300 {
		return def
	}
	return fyne.NewSize(p.Width, p.Height)
}

// savePlace remembers the window's size and the claim it shows in the
// open database.
func (r *Review) savePlace() {
	p := readPlace(r.app)
	if s := r.win.Canvas().Size(); s.Width > 0 && s.Height > 0 {
		p.Width, p.Height = s.Width, s.Height
	}
	if r.sess != nil && r.current >= 0 {
		if p.Claims == nil || len(p.Claims) >= maxPlaces {
			p.Claims = map[string]int64{}
		}
		p.Claims[r.sess.store.Path()] = r.sess.cat.claims[r.current].ID
	}
	if r.sess != nil {
		if p.Views == nil || len(p.Views) >= maxPlaces {
			p.Views = map[string]view{}
		}
		if v := r.col.view(); v != (view{}) {
			p.Views[r.sess.store.Path()] = v
		} else {
			delete(p.Views, r.sess.store.Path())
		}
	}
	b, err := json.Marshal(p)
	if err == nil {
		r.app.Preferences().SetString(prefPlace, string(b))
	}
}

// restorePlace sets the list's search and filters as they were when the
// window last closed the database at path, and selects the claim it
// showed, if it is still listed; of a large database whose first claims
// only are listed yet, once all are (placeLater).
func (r *Review) restorePlace(path string) {
	p := readPlace(r.app)
	if v, ok := p.Views[path]; ok && r.sess != nil {
		r.col.setView(v) // the search and filters it had, searched once the claims are indexed
	}
	id := p.Claims[path]
	if id == 0 || r.sess == nil {
		return
	}
	if i, ok := r.sess.cat.lookup(id); ok {
		r.col.selectEntry(i)
		return
	}
	if r.sess.cat.partial {
		r.sess.place, r.sess.placeFrom = id, r.shownID()
	}
}

// placeLater selects the claim restorePlace left for the whole listing,
// when the checker has not moved from the claim shown then.
func (r *Review) placeLater(s *session) {
	id := s.place
	s.place = 0
	if id == 0 || r.shownID() != s.placeFrom {
		return
	}
	if i, ok := s.cat.lookup(id); ok {
		r.col.selectEntry(i)
	}
}

// shownID is the ID of the claim shown, or 0.
func (r *Review) shownID() int64 {
	if r.sess == nil || r.current < 0 {
		return 0
	}
	return r.sess.cat.claims[r.current].ID
}

// selectChosen selects the claim a checker's correction changed or added
// (session.chosen), once the list shows the search the new listing's
// index allows: the search and filters kept when they list it.
func (r *Review) selectChosen(s *session) {
	id := s.chosen
	s.chosen = 0
	if id == 0 {
		return
	}
	r.col.whenSearched(func() {
		if i, ok := s.cat.lookup(id); ok && s == r.sess && !r.col.selectEntry(i) {
			r.onOpenClaim(i)
		}
	})
}
