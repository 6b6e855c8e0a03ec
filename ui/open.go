package ui

import (
	"context"
	"fmt"
	"io/fs"
	"time"

	"github.com/factcheck/factcheck/db"
	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// Open opens the database at path in the background and shows its claims,
// closing the database shown before. With seed, the seeds are imported
// into it if it holds no article.
func (r *Review) Open(path string, seed bool) {
	r.settleDrafts("open the other database", func() { r.open(path, seed) })
}

func (r *Review) open(path string, seed bool) {
	r.setStatus("Opening " + path + "…")
	if r.cat == nil {
		r.empty.SetText("Opening " + path + "…")
	}
	seeds := r.opt.Seeds
	r.bg.run(func() {
		st, l, note, err := openAndLoad(path, seed, seeds)
		r.bg.do(func() { r.opened(path, st, l, note, err) })
	})
}

// A listing is a database's claims as read, ready for the list.
type listing struct {
	cat *catalog
	// stamp is the store's articles as they were before the claims were
	// read (see db.Store.ArticlesStamp); "" when not read.
	stamp string
}

func newListing(cat *catalog) *listing { return &listing{cat: cat} }

// firstClaims is how many claims a window lists before it has read the
// rest of a large database: many screens' worth, read in a blink.
var firstClaims = 5000

// list reads st's claims for the list: about the first firstClaims of a
// large database, in a partial catalog, and all of a smaller one.
func list(ctx context.Context, st *db.Store) (*listing, error) {
	stamp, err := st.ArticlesStamp(ctx)
	if err != nil {
		return nil, err
	}
	claims, all, err := st.FirstClaims(ctx, firstClaims)
	if err != nil {
		return nil, err
	}
	cat := newCatalog(claims)
	if !all {
		cat.partial, cat.changed = true, map[int64]factcheck.State{}
	}
	l := newListing(cat)
	l.stamp = stamp
	return l, nil
}

// openAndLoad opens path, seeds it if asked and it is empty, and reads its
// claims. note says what it did worth telling.
func openAndLoad(path string, seed bool, seeds fs.FS) (*db.Store, *listing, string, error) {
	ctx := context.Background()
	st, err := db.OpenOptions(path, db.Options{Create: seed}) // the first start makes its database
	if err != nil {
		return nil, nil, "", err
	}
	l, err := list(ctx, st)
	if err != nil {
		st.Close()
		return nil, nil, "", err
	}
	note := ""
	if st.Created() {
		note = fmt.Sprintf("Created %s.", path)
	}
	if seed && seeds != nil && len(l.cat.claims) == 0 {
		// No claim: the database may be new, or hold only articles
		// without claims, which keep it as it is.
		arts, err := st.Articles(ctx)
		if err != nil {
			st.Close()
			return nil, nil, "", err
		}
		if len(arts) == 0 {
			rep, err := ingest.ImportFS(ctx, st, seeds, ingest.Options{})
			if err != nil {
				st.Close()
				return nil, nil, "", fmt.Errorf("import the sample articles: %w", err)
			}
			if note != "" {
				note += " "
			}
			note += fmt.Sprintf("Imported %d sample articles with %s claims.", len(rep.Added), thousands(rep.Claims))
			if l, err = list(ctx, st); err != nil {
				st.Close()
				return nil, nil, "", err
			}
		}
	}
	return st, l, note, nil
}

// readRest reads every claim of the database whose first claims part
// lists, and then lists them all instead, keeping the shown claim and the
// rulings made meanwhile.
func (r *Review) readRest(st *db.Store, part *catalog) {
	r.bg.run(func() {
		claims, err := st.Claims(context.Background())
		var full *listing
		if err == nil {
			// Indexed with the states as read; setExtras catches up with
			// the ones carried over below.
			full = newListing(newCatalog(claims))
		}
		r.bg.do(func() {
			if r.cat != part {
				return // another listing replaced it meanwhile
			}
			if err != nil {
				r.setStatus("Only the first claims are listed.")
				r.showError("Could not read every claim", err)
				return
			}
			part.carryOver(full.cat)
			r.replaceCatalog(full)
		})
	})
}

// completeInBackground builds the search index and the groups of a
// listing just shown, and reads its articles' dates, then installs them.
func (r *Review) completeInBackground(st *db.Store, l *listing) {
	r.bg.run(func() {
		published, err := st.Published(context.Background())
		x := buildExtras(l.cat.claims, published)
		r.bg.do(func() {
			if r.cat != l.cat {
				return // another listing replaced it meanwhile
			}
			l.cat.setExtras(x)
			logf("grouped %d claims", len(l.cat.claims))
			if err != nil {
				r.setStatus("The articles' dates could not be read: " + err.Error())
			}
			r.runSearchNow()
			if r.current >= 0 {
				r.show(r.current)
			}
		})
	})
}

// opened shows a database that Open has opened, or why it could not.
func (r *Review) opened(path string, st *db.Store, l *listing, note string, err error) {
	if err != nil {
		r.setStatus("Could not open " + path)
		if r.cat == nil {
			r.empty.SetText("No database is open. Use File › Open database (Ctrl+O).")
		}
		r.showError("Could not open the database", err)
		if r.opt.OnLoaded != nil {
			r.opt.OnLoaded(0, err)
		}
		return
	}
	if old := r.store; old != nil {
		r.savePlace()
		r.bg.serial(func() { old.Close() })
	}
	cat := l.cat
	r.store, r.cat = st, cat
	r.current, r.row = -1, -1
	r.doc, r.article.Text = "", allArticles
	r.article.Refresh()
	r.win.SetTitle("Factcheck — " + path)
	r.where.SetText(r.whereText())
	r.rememberDatabase(path)
	r.claimPanel.clear()
	r.side.clear()
	r.runSearchNow()
	if note == "" {
		note = fmt.Sprintf("Opened %s.", path)
	}
	r.setStatus(note)
	if len(cat.claims) > 0 && r.rowCount() > 0 {
		r.list.Select(0)
		r.restorePlace(path)
	}
	if r.checker == "" {
		r.askChecker(nil)
	}
	r.offerUpdate(st)
	if cat.partial {
		r.readRest(st, cat)
	} else {
		r.completeInBackground(st, l)
	}
	if !cat.partial {
		r.logListed()
	}
	r.stamp = l.stamp
	r.watch(st)
	if r.opt.OnLoaded != nil {
		r.opt.OnLoaded(len(cat.claims), nil)
	}
}

// logListed logs that every claim of the open database is listed.
func (r *Review) logListed() {
	logf("listed %d claims from %s", len(r.cat.claims), r.store.Path())
}

// watch looks, every Options.Watch, for articles that another program
// (claims import) added to st or removed since the claims were listed,
// and then lists them again. It stops when another database is opened or
// the window closes.
func (r *Review) watch(st *db.Store) {
	if r.opt.Watch <= 0 {
		return
	}
	time.AfterFunc(r.opt.Watch, func() {
		now, err := st.ArticlesStamp(context.Background())
		r.bg.do(func() {
			if st != r.store || r.quitting {
				return
			}
			// During an import of our own, the import lists its articles.
			if err == nil && r.importing == nil && r.stamp != "" && now != r.stamp {
				r.stamp = now
				r.relist(st, "Another program changed the articles of this database: the claims are listed again.")
			}
			r.watch(st)
		})
	})
}

// relist reads st's claims again and lists them, keeping the shown claim,
// and then says msg.
func (r *Review) relist(st *db.Store, msg string) {
	r.bg.run(func() {
		l, err := list(context.Background(), st)
		r.bg.do(func() {
			switch {
			case st != r.store:
			case err != nil:
				r.showError("Could not list the claims again", err)
			default:
				r.replaceCatalog(l)
				r.setStatus(msg)
			}
		})
	})
}
