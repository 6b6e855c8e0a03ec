package ui

import (
	"context"
	"fmt"
	"io/fs"
	"time"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// A session is one database open in the window, without widgets: its
// store, its claims as listed (cat), and a context that ends when the
// window stops showing the database (another is opened, or the window
// closes), which stops the reads made for it. store and ctx never
// change; cat and stamp belong to the UI goroutine (Review.showListing
// sets them).
type session struct {
	store  Store
	ctx    context.Context
	cancel context.CancelFunc
	opened time.Time // when the window opened the database

	cat    *catalog
	stamp  string // the store's articles when last listed (Store.ArticlesStamp)
	logSeq int64  // the log's latest event shown (Store.LogSeq)

	// repacking is set while Store.Repack runs, and again when it must
	// run once more for claims listed meanwhile.
	repacking, again bool

	// place is the claim the window showed when it last closed the
	// database, not among the first claims listed: readRest selects it
	// once every claim is, unless the checker has moved meanwhile from
	// placeFrom, the claim shown then. 0 for none.
	place, placeFrom int64
	// chosen is the claim a checker's correction changed or added, to
	// select once the listing that holds it is indexed and searched
	// (selectWhenListed); 0 for none.
	chosen int64
}

// newSession holds st, with no claims listed yet.
func newSession(st Store) *session {
	ctx, cancel := context.WithCancel(context.Background())
	return &session{store: st, ctx: ctx, cancel: cancel, opened: time.Now()}
}

// end stops the reads made for the session. Writes already queued still
// run: they take a context of their own.
func (s *session) end() { s.cancel() }

// A listing is a database's claims as read, ready for the list.
type listing struct {
	cat *catalog
	// stamp is the store's articles as they were before the claims were
	// read (see Store.ArticlesStamp); "" when not read.
	stamp string
	// logSeq is the log's latest event before the claims were read.
	logSeq int64
}

// firstClaims is how many claims a window lists before it has read the
// rest of a large database: some 150 screens' worth, read in a blink (at
// 5,000, reading them took a third longer, in columns, than the checker
// needs to start).
var firstClaims = 2000

// list reads st's claims for the list: about the first firstClaims of a
// large database, in a partial catalog, and all of a smaller one.
func list(ctx context.Context, st Store) (*listing, error) {
	stamp, err := st.ArticlesStamp(ctx)
	if err != nil {
		return nil, err
	}
	seq, err := st.LogSeq(ctx)
	if err != nil {
		return nil, err
	}
	assigned, err := st.Assignments(ctx)
	if err != nil {
		return nil, err
	}
	claims, all, err := st.FirstClaims(ctx, firstClaims)
	if err != nil {
		return nil, err
	}
	cat := newCatalog(claims)
	cat.assigned = assigned
	if !all {
		cat.partial, cat.changed = true, map[int64]factcheck.State{}
	}
	return &listing{cat: cat, stamp: stamp, logSeq: seq}, nil
}

// openAndLoad opens path with open, seeds it if asked and it is empty,
// and reads its claims. note says what it did worth telling.
func openAndLoad(open OpenFunc, path string, seed bool, seeds fs.FS) (Store, *listing, string, error) {
	ctx := context.Background()
	st, err := open(path, seed) // the first start makes its database
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
			rep, err := st.ImportFS(ctx, seeds, ingest.Options{})
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

// An importFunc imports articles into s's store, reporting its progress.
type importFunc func(s *session, ctx context.Context, progress func(ingest.Progress)) (*ingest.Report, error)

// runImport runs an import, and then lists the claims again (nil when
// the import failed). The listing is part of the import: it runs even
// when the session has ended meanwhile.
func (s *session) runImport(ctx context.Context, run importFunc, progress func(ingest.Progress)) (rep *ingest.Report, l *listing, err, loadErr error) {
	rep, err = run(s, ctx, progress)
	if err == nil || isCancel(err) {
		l, loadErr = list(context.Background(), s.store)
	}
	return rep, l, err, loadErr
}

// reextract extracts every article again, reporting its progress, and
// then lists the claims again, as importPaths does.
func (s *session) reextract(ctx context.Context, progress func(ingest.Progress)) (rep *ingest.ReextractReport, l *listing, err, loadErr error) {
	rep, err = s.store.Reextract(ctx, progress)
	l, loadErr = list(context.Background(), s.store)
	return rep, l, err, loadErr
}
