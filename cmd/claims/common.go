package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/db"
	"github.com/factcheck/factcheck/factcheck"
)

// Helpers shared by the commands.

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
	return fl.String("db", "", "database: a `file` (default: the desktop app's default database, "+defaultDB()+", which the app opens unless told another), or a postgres:// URL of a shared review")
}

// defaultDB names the default database for the help: db.DefaultPath.
func defaultDB() string {
	if p, err := db.DefaultPath(); err == nil {
		return p
	}
	return "in the user's config folder"
}

// parseArgs parses flags wherever they stand among the arguments, as in
// "claims rule 12 verified --by ann"; after "--" every argument is
// positional.
func parseArgs(fl *flag.FlagSet, args []string) (positional []string, err error) {
	for {
		if err := fl.Parse(args); err != nil {
			return nil, err
		}
		rest := fl.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		if k := len(args) - len(rest); k > 0 && args[k-1] == "--" {
			return append(positional, rest...), nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// badUsage ends a command whose flags or arguments are not what it takes
// (err, parseArgs's, nil when the flags parsed but the arguments are
// wrong): it prints the usage, unless parsing printed it with the error,
// and returns exit status 2; asked for with -h, the usage is no error and
// the status is 0.
func badUsage(fl *flag.FlagSet, err error) int {
	switch {
	case errors.Is(err, flag.ErrHelp):
		return 0
	case err == nil:
		fl.Usage()
	}
	return 2
}

// openStore opens the database named by --db, or the default one, and
// prints why not. Only with create does it make a new database, and then
// it says so.
func openStore(cmd, path string, create bool, stderr io.Writer) (*db.Store, int) {
	if path == "" {
		p, err := db.DefaultPath()
		if err != nil {
			return nil, fail(stderr, cmd, err)
		}
		path = p
	}
	st, err := db.OpenOptions(path, db.Options{Create: create})
	if err != nil {
		return nil, fail(stderr, cmd, err)
	}
	if st.Created() {
		fmt.Fprintf(stderr, "claims %s: created a new database %s\n", cmd, path)
	}
	return st, 0
}

// fail prints err with advice for the errors a user can act on and
// returns exit status 1.
func fail(stderr io.Writer, cmd string, err error) int {
	advice := ""
	switch {
	case errors.Is(err, factcheck.ErrLocked):
		advice = "close the other program using it, or try again"
	case errors.Is(err, factcheck.ErrNewerSchema):
		advice = "use a newer version of claims; the file was not changed"
	case errors.Is(err, factcheck.ErrCorrupt):
		advice = "restore it from a backup; the file was not changed"
	case errors.Is(err, factcheck.ErrNotFactcheck):
		advice = "name a database Factcheck made; the file was not changed"
	case errors.Is(err, factcheck.ErrNoDatabase):
		advice = "check the database's name; \"claims import\" creates a database"
	case errors.Is(err, factcheck.ErrReadOnly):
		advice = "the file or its folder is read-only: copy the file somewhere writable to change it"
	case errors.Is(err, factcheck.ErrFull):
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
