package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/db"
	"github.com/factcheck/factcheck/factcheck"
)

func runImport(args []string, stdout, stderr io.Writer) int {
	fl := newFlagSet("import", "[--db FILE] [--published YYYY-MM-DD] FILE|DIR...", stderr)
	dbPath := dbFlag(fl)
	published := fl.String("published", "", "publication `date` YYYY-MM-DD of every article (default: read from each article)")
	paths, ok := parseArgs(fl, args)
	if !ok || len(paths) == 0 {
		fl.Usage()
		return 2
	}
	if *published != "" {
		if _, err := time.Parse(time.DateOnly, *published); err != nil {
			fmt.Fprintf(stderr, "claims import: --published %q: want YYYY-MM-DD\n", *published)
			return 2
		}
	}
	st, code := openStore("import", *dbPath, stderr)
	if st == nil {
		return code
	}
	defer st.Close()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	opt := db.ImportOptions{Published: *published}
	var bar *progressLine
	if isTerminal(stderr) {
		bar = &progressLine{w: stderr, start: time.Now()}
		opt.Progress = bar.update
	}
	rep, err := st.Import(ctx, paths, opt)
	if bar != nil {
		bar.clear()
	}
	for _, fe := range rep.Errors {
		fmt.Fprintf(stderr, "claims import: skipped %v\n", fe)
	}
	if len(rep.Unchanged) > 0 && len(rep.Unchanged) <= 20 {
		for _, p := range rep.Unchanged {
			fmt.Fprintf(stdout, "%s: already imported, nothing to do\n", p)
		}
	}
	fmt.Fprintf(stdout, "imported %d articles (%d claims); %d already imported; %d skipped; into %s\n",
		len(rep.Added), rep.Claims, len(rep.Unchanged), len(rep.Errors), st.Path())
	if err != nil {
		if errors.Is(err, context.Canceled) {
			fmt.Fprintln(stderr, "claims import: interrupted; every article listed as imported is stored, run it again to finish")
			return 1
		}
		return fail(stderr, "import", err)
	}
	if len(rep.Errors) > 0 {
		return 1
	}
	return 0
}

// progressLine draws "1234/10000 files  2345/s  ETA 4s" over itself.
type progressLine struct {
	w     io.Writer
	start time.Time
	last  time.Time
}

func (p *progressLine) update(pr db.Progress) {
	now := time.Now()
	if pr.Done < pr.Total && now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	rate := float64(pr.Done) / now.Sub(p.start).Seconds()
	eta := "?"
	if rate > 0 {
		eta = (time.Duration(float64(pr.Total-pr.Done)/rate) * time.Second).Round(time.Second).String()
	}
	fmt.Fprintf(p.w, "\r\033[K%d/%d files  %.0f/s  ETA %s", pr.Done, pr.Total, rate, eta)
}

func (p *progressLine) clear() { fmt.Fprint(p.w, "\r\033[K") }

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// The helpers below are shared by the store's commands (import, list,
// rule, undo, redo, history, export).

// newFlagSet returns a FlagSet for a subcommand that prints its usage line
// and flags to stderr.
func newFlagSet(name, usage string, stderr io.Writer) *flag.FlagSet {
	fl := flag.NewFlagSet(name, flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() {
		fmt.Fprintf(stderr, "usage: claims %s %s\n", name, usage)
		fl.PrintDefaults()
	}
	return fl
}

// dbFlag adds --db to fl.
func dbFlag(fl *flag.FlagSet) *string {
	return fl.String("db", "", "database `file` (default: the one the desktop app uses)")
}

// parseArgs parses flags wherever they stand among the arguments, as in
// "claims rule 12 verified --by ann"; after "--" every argument is
// positional.
func parseArgs(fl *flag.FlagSet, args []string) (positional []string, ok bool) {
	for {
		if err := fl.Parse(args); err != nil {
			return nil, false
		}
		rest := fl.Args()
		if len(rest) == 0 {
			return positional, true
		}
		if k := len(args) - len(rest); k > 0 && args[k-1] == "--" {
			return append(positional, rest...), true
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// openStore opens the database named by --db, or the default one, and
// prints why not.
func openStore(cmd, path string, stderr io.Writer) (*db.Store, int) {
	if path == "" {
		p, err := db.DefaultPath()
		if err != nil {
			return nil, fail(stderr, cmd, err)
		}
		path = p
	}
	st, err := db.Open(path)
	if err != nil {
		return nil, fail(stderr, cmd, err)
	}
	return st, 0
}

// fail prints err with advice for the errors a user can act on and
// returns exit status 1.
func fail(stderr io.Writer, cmd string, err error) int {
	advice := ""
	switch {
	case errors.Is(err, db.ErrLocked):
		advice = "close the other program using it, or try again"
	case errors.Is(err, db.ErrNewerSchema):
		advice = "use a newer version of claims; the file was not changed"
	case errors.Is(err, db.ErrCorrupt):
		advice = "restore it from a backup; the file was not changed"
	case errors.Is(err, db.ErrNotFactcheck):
		advice = "name a Factcheck database with --db; the file was not changed"
	case errors.Is(err, db.ErrFull):
		advice = "free some disk space; every earlier change is kept"
	}
	fmt.Fprintf(stderr, "claims %s: %v\n", cmd, err)
	if advice != "" {
		fmt.Fprintf(stderr, "claims %s: %s\n", cmd, advice)
	}
	return 1
}

// resolveClaim reads a claim as "claims list" shows it, an ID, or as
// DOC:START.
func resolveClaim(ctx context.Context, st *db.Store, arg string) (int64, error) {
	if id, err := strconv.ParseInt(arg, 10, 64); err == nil {
		return id, nil
	}
	i := strings.LastIndexByte(arg, ':')
	if i < 0 {
		return 0, fmt.Errorf("claim %q: want an ID or ARTICLE:START", arg)
	}
	start, err := strconv.Atoi(arg[i+1:])
	if err != nil {
		return 0, fmt.Errorf("claim %q: want an ID or ARTICLE:START", arg)
	}
	c, err := st.ClaimAt(ctx, factcheck.Ref{Doc: arg[:i], Start: start})
	if err != nil {
		return 0, err
	}
	return c.ID, nil
}
