package ui

import (
	"fmt"
	"time"
)

// Open opens the database at path in the background and shows its claims,
// closing the database shown before. With seed, the seeds are imported
// into it if it holds no article.
func (r *Review) Open(path string, seed bool) {
	r.settleDrafts("open the other database", func() { r.open(path, seed) })
}

func (r *Review) open(path string, seed bool) {
	r.setStatus("Opening " + path + "…")
	if r.sess == nil {
		r.col.setEmptyText("Opening " + path + "…")
	}
	open, seeds := r.opt.Open, r.opt.Seeds
	r.bg.run(func() {
		st, l, note, err := openAndLoad(open, path, seed, seeds)
		r.bg.do(func() { r.opened(path, st, l, note, err) })
	})
}

// readRest reads every claim of the database whose first claims part
// lists, and then lists them all instead, keeping the shown claim and the
// rulings made meanwhile.
func (r *Review) readRest(s *session, part *catalog) {
	r.bg.run(func() {
		claims, err := s.store.Claims(s.ctx)
		var full *listing
		if err == nil {
			// Indexed with the states as read; setExtras catches up with
			// the ones carried over below.
			full = &listing{cat: newCatalog(claims)}
		}
		r.bg.do(func() {
			if s != r.sess || s.cat != part {
				return // another listing replaced it meanwhile
			}
			if err != nil {
				r.setStatus("Only the first claims are listed.")
				r.dlg.showError("Could not read every claim", err)
				return
			}
			part.carryOver(full.cat)
			full.cat.assigned = part.assigned
			r.replaceCatalog(full)
			r.placeLater(s)
		})
	})
}

// completeInBackground builds the search index and the groups of a
// listing just shown, and reads its articles' titles and dates, then
// installs them.
func (r *Review) completeInBackground(s *session, l *listing) {
	r.bg.run(func() {
		labels, err := s.store.ArticleLabels(s.ctx)
		x := buildExtras(l.cat.claims, labels)
		r.bg.do(func() {
			if s != r.sess || s.cat != l.cat {
				return // another listing replaced it meanwhile
			}
			l.cat.setExtras(x)
			logf("grouped %d claims", len(l.cat.claims))
			if err != nil {
				r.setStatus("The articles' titles and dates could not be read: " + err.Error())
			}
			r.col.runSearchNow()
			if r.current >= 0 {
				r.show(r.current)
			}
			r.selectChosen(s)
			r.repack(s)
		})
	})
}

// repack brings up to date in the background the cache from which the
// next start reads the claims (Store.Repack), once every claim is listed
// and indexed: after the database is opened, an import, a regrouping or
// a new listing. One runs at a time; one asked for meanwhile runs after
// it. Its failure only leaves the next start slower: it is logged.
func (r *Review) repack(s *session) {
	if s.repacking {
		s.again = true
		return
	}
	s.repacking = true
	r.bg.run(func() {
		err := s.store.Repack(s.ctx)
		r.bg.do(func() {
			s.repacking = false
			if err != nil && !isCancel(err) {
				logf("could not pack the claims of %s: %v", s.store.Path(), err)
			}
			if s.again && s == r.sess && !r.quitting {
				s.again = false
				r.repack(s)
			}
		})
	})
}

// opened shows a database that Open has opened, or why it could not.
func (r *Review) opened(path string, st Store, l *listing, note string, err error) {
	if err != nil {
		msg := "Could not open " + path
		if len(r.drafts) > 0 {
			msg += "; your unsaved notes are kept"
		}
		r.setStatus(msg + ".")
		if r.sess == nil {
			r.col.setEmptyText("No database is open. Use File › Open database (Ctrl+O).")
		}
		r.dlg.showError("Could not open the database", err)
		if r.opt.OnLoaded != nil {
			r.opt.OnLoaded(0, err)
		}
		return
	}
	clear(r.drafts) // the notes on the claims of the database shown before, which the checker agreed to lose
	if old := r.sess; old != nil {
		r.savePlace()
		old.end()
		r.bg.serial(func() { old.store.Close() })
	}
	s := newSession(st)
	r.sess = s
	r.summary.hide() // the last import was another database's
	r.col.setDoc("")
	r.win.SetTitle("Factcheck — " + path)
	r.showWhere()
	r.rememberDatabase(path)
	r.showListing(l, false)
	if note == "" {
		note = fmt.Sprintf("Opened %s.", path)
	}
	if st.ReadOnly() {
		// said at once, not at the first ruling that fails
		note = fmt.Sprintf("Read-only: rulings cannot be saved in %s. Copy it to a folder you may write to and open the copy.", path)
	}
	r.setStatus(note)
	if r.col.rowCount() > 0 {
		r.restorePlace(path)
	}
	if r.checker == "" {
		r.askChecker(nil)
	}
	r.offerUpdate(s)
	r.complete(s, l)
	r.watch(s)
	r.watchLog(s)
	if r.opt.OnLoaded != nil {
		r.opt.OnLoaded(len(s.cat.claims), nil)
	}
}

// replaceCatalog shows a new listing of the open database's claims,
// keeping the shown claim.
func (r *Review) replaceCatalog(l *listing) {
	r.showListing(l, true)
	r.updateStatus()
	if r.current < 0 && r.col.rowCount() > 0 {
		r.col.first()
	}
	r.complete(r.sess, l)
}

// complete reads the rest of a partial listing just shown, or logs that
// every claim is listed and builds the search index and the groups.
func (r *Review) complete(s *session, l *listing) {
	if l.cat.partial {
		r.readRest(s, l.cat)
		return
	}
	r.logListed()
	r.completeInBackground(s, l)
}

// logListed logs that every claim of the open database is listed.
func (r *Review) logListed() {
	logf("listed %d claims from %s", len(r.sess.cat.claims), r.sess.store.Path())
}

// watch looks, every Options.Watch, for articles that another program
// (claims import) added to st or removed since the claims were listed,
// and then lists them again. It stops when another database is opened or
// the window closes.
func (r *Review) watch(s *session) {
	if r.opt.Watch <= 0 {
		return
	}
	time.AfterFunc(r.opt.Watch, func() {
		r.bg.do(func() {
			if s != r.sess || r.quitting {
				return
			}
			// A stamp read while a write of the window's own is under
			// way, or begins, is not taken for another program's.
			own := r.changes
			r.bg.run(func() {
				now, err := s.store.ArticlesStamp(s.ctx)
				r.bg.do(func() {
					if s != r.sess || r.quitting {
						return
					}
					// During an import of our own, the import lists its articles.
					if err == nil && r.importing == nil && r.changing == 0 && r.changes == own && s.stamp != "" && now != s.stamp {
						s.stamp = now
						r.relist(s, "Another program changed the articles of this database: the claims are listed again.")
					}
					r.watch(s)
				})
			})
		})
	})
}

// beginChange notes a write of the window's own that may change the
// articles' stamp (a checker's correction regroups an article); the
// function it returns notes its end, once the claims are listed again.
// Call both on the UI goroutine.
func (r *Review) beginChange() (end func()) {
	r.changing++
	r.changes++
	return func() { r.changing-- }
}

// relist reads s's claims again and lists them, keeping the shown claim,
// and then says msg.
func (r *Review) relist(s *session, msg string) {
	r.bg.run(func() {
		l, err := list(s.ctx, s.store)
		r.bg.do(func() {
			switch {
			case s != r.sess:
			case err != nil:
				r.dlg.showError("Could not list the claims again", err)
			default:
				r.replaceCatalog(l)
				r.setStatus(msg)
			}
		})
	})
}
