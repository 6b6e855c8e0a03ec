// Command factcheck is the Factcheck desktop app: a window in which a
// checker reviews every quantitative claim of a batch of news articles,
// rules on each one, and exports the verdicts as CSV.
//
// Usage:
//
//	factcheck [--db FILE] [--checker NAME] [--version]
//
// Without --db it opens the database it opened last, or the default one
// (see db.DefaultPath); a database with no article gets the five sample
// articles. Each status-bar message and each dialog opened and closed is
// logged to standard error, prefixed "factcheck: ".
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/factcheck/factcheck/db"
	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
	"github.com/factcheck/factcheck/seeds"
	"github.com/factcheck/factcheck/ui"
)

// appID names the app to the system and keeps its preferences apart.
const appID = "io.github.factcheck.factcheck"

func main() {
	os.Exit(run())
}

func run() int {
	dbPath := flag.String("db", "", "open the database `FILE` (default: the last one opened, or "+defaultPathHelp()+")")
	checker := flag.String("checker", "", "sign this session's rulings as `NAME` instead of the name kept in the preferences")
	showVersion := flag.Bool("version", false, "print the version and commit, and exit")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "factcheck: unexpected argument %q\n", flag.Arg(0))
		flag.Usage()
		return 2
	}
	v := factcheck.ReadBuild()
	if *showVersion {
		fmt.Println("factcheck", v)
		return 0
	}
	db.Version = v.Stamp()

	a := app.NewWithID(appID)
	a.SetIcon(ui.Icon)
	w := a.NewWindow("Factcheck")
	w.Resize(ui.WindowSize(a, fyne.NewSize(1280, 800)))
	opt := ui.Options{Open: open, Seeds: seeds.FS(), Version: v.String(), Checker: *checker, OnClosed: exitNow,
		Watch: 2 * time.Second, WatchLog: 500 * time.Millisecond}
	r := ui.New(a, w, opt)

	path := *dbPath
	if path == "" {
		path = ui.LastDatabase(a)
	}
	if path == "" {
		p, err := db.DefaultPath()
		if err != nil {
			fmt.Fprintln(os.Stderr, "factcheck:", err)
			return 1
		}
		path = p
	}
	r.Open(path, true)
	w.ShowAndRun()
	return 0
}

// open opens a database for the window: a SQLite file, made when create
// is true and there is none.
func open(path string, create bool) (ui.Store, error) {
	st, err := db.OpenOptions(path, db.Options{Create: create})
	if err != nil {
		return nil, err // not a nil *db.Store in a non-nil ui.Store
	}
	return review{st, ingest.Pipeline{Store: st}}, nil
}

// A review is a database with the import pipeline run on it: what the
// window needs of a store.
type review struct {
	*db.Store
	ingest.Pipeline
}

// exitNow is the window's OnClosed hook: once the database is closed and
// the preferences written, nothing is left to lose, and the process ends
// there rather than in the driver's teardown, which has been seen to wait
// for one more event on a loaded machine and to panic sending to its
// closed queue ("send on closed channel", fyne v2.8.1 lifecycle).
func exitNow() { os.Exit(0) }

// defaultPathHelp names the default database for -help.
func defaultPathHelp() string {
	if p, err := db.DefaultPath(); err == nil {
		return p
	}
	return "the user's config directory"
}
