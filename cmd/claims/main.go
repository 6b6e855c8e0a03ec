// Command claims extracts, stores, rules on and exports the quantitative
// claims in news articles, without a display.
//
// Usage:
//
//	claims extract [--format jsonl|csv|table] [--published YYYY-MM-DD] FILE|DIR|URL|-...
//	claims group [--format jsonl] [--published YYYY-MM-DD] FILE|DIR|URL|-...
//	claims import [--db FILE] [--published YYYY-MM-DD] FILE|DIR|URL...
//	claims list [--db FILE] [--kind K] [--verdict V] [--assigned CHECKER] [--search TEXT]
//	claims rule [--db FILE] --by NAME CLAIM verified|disputed|superseded|unverifiable|dismissed|clear [--superseded-by CLAIM] [--note TEXT] [--evidence TEXT]
//	claims undo|redo [--db FILE] --by NAME
//	claims assign [--db FILE] --by NAME --to CHECKER ARTICLE...
//	claims history [--db FILE] CLAIM
//	claims export [--db FILE] [--format csv|claimreview|jsonl] [--history] [--publisher NAME] --out FILE
//	claims reextract [--db FILE]
//	claims merge [--db FILE] OTHER
//
//	claims --version
//
// Flags may stand before or after the arguments. Without --db the commands
// use the desktop app's default database (db.DefaultPath; the app opens
// it unless told another, or last opened another). Only import creates a database
// where there is none, and says so; the other commands report a missing
// one. --db may also name a desk's shared review on a PostgreSQL server,
// by URL ("postgres://server/review"; the password from ~/.pgpass or
// PGPASSWORD, never the command line). Run "claims COMMAND -h" for a
// command's flags.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/factcheck/factcheck/db"
	"github.com/factcheck/factcheck/factcheck"
)

// A command is one subcommand of claims. run returns the exit status.
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

// commands maps each subcommand's name to it. Files named after the
// subcommand register theirs here.
var commands = map[string]command{
	"extract":   {"print the claims in articles", runExtract},
	"group":     {"print the claims with their groups and suggestions", runGroup},
	"import":    {"store articles and their claims in the database", runImport},
	"list":      {"list the stored claims with their verdicts", runList},
	"rule":      {"rule on a claim: verified, disputed, superseded, unverifiable, dismissed or clear", runRule},
	"undo":      {"undo a checker's latest ruling", runUndo},
	"redo":      {"apply again a checker's latest undone ruling", runRedo},
	"history":   {"show every ruling of a claim", runHistory},
	"assign":    {"assign articles to a checker, or unassign them (--to \"\")", runAssign},
	"export":    {"write the claims and verdicts (CSV, ClaimReview, JSONL), or the history (CSV)", runExport},
	"reextract": {"extract the stored articles again with this version's rules, keeping every ruling", runReextract},
	"merge":     {"bring another review's articles, claims and rulings into this one", runMerge},
}

func main() {
	db.Version = factcheck.ReadBuild().Stamp()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && (args[0] == "--version" || args[0] == "-version" || args[0] == "version") {
		fmt.Fprintln(stdout, "claims", factcheck.ReadBuild())
		return 0
	}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "claims: unknown command %q\n", args[0])
		usage(stderr)
		return 2
	}
	return cmd.run(args[1:], stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: claims COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun \"claims COMMAND -h\" for a command's flags.")
}
