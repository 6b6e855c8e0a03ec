package main

import (
	"context"
	"errors"
	"fmt"
	"github.com/factcheck/factcheck/db"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"github.com/factcheck/factcheck/factcheck/ingest"
)

func runImport(args []string, stdout, stderr io.Writer) int {
	fl := newFlagSet("import", "[--db FILE] [--published YYYY-MM-DD] FILE|DIR|URL...", stderr)
	dbPath := dbFlag(fl)
	published := fl.String("published", "", "publication `date` YYYY-MM-DD of every article (default: read from each article)")
	paths, perr := parseArgs(fl, args)
	if perr != nil || len(paths) == 0 {
		return badUsage(fl, perr)
	}
	if !validPublished("import", *published, stderr) {
		return 2
	}
	if path := *dbPath; path != "" && !db.IsURL(path) {
		if fi, err := os.Stat(filepath.Dir(path)); err != nil || !fi.IsDir() {
			fmt.Fprintf(stderr, "claims import: %s: no folder %s to make the database in; make the folder first, or name another\n", path, filepath.Dir(path))
			return 1
		}
	}
	st, code := openStore("import", *dbPath, true, stderr)
	if st == nil {
		return code
	}
	stored := false // whether anything is in the database once the import ends
	defer func() {
		st.Close()
		if st.Created() && !stored && !db.IsURL(st.Path()) {
			// a database this import made holds nothing: a misspelt
			// --db leaves no file behind
			for _, suffix := range []string{"", "-wal", "-shm"} {
				os.Remove(st.Path() + suffix)
			}
			fmt.Fprintf(stderr, "claims import: nothing was imported; the new database %s was removed\n", st.Path())
		}
	}()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	bar := newProgressLine(stderr)
	rep, err := ingest.Import(ctx, st, paths, ingest.Options{Published: *published, Progress: bar.update})
	bar.clear()
	stored = len(rep.Added) > 0 || len(rep.Unchanged) > 0
	passed, failed := rep.Errors.Split()
	for _, fe := range passed {
		fmt.Fprintf(stderr, "claims import: passed over %s\n", printable(fe.Error()))
	}
	for _, fe := range failed {
		fmt.Fprintf(stderr, "claims import: skipped %s\n", printable(fe.Error()))
	}
	if len(rep.Unchanged) > 0 && len(rep.Unchanged) <= 20 {
		for _, p := range rep.Unchanged {
			fmt.Fprintf(stdout, "%s: already imported, nothing to do\n", printable(p))
		}
	}
	if len(rep.Copies) > 0 && len(rep.Copies) <= 20 {
		for _, c := range rep.Copies {
			fmt.Fprintf(stdout, "%s: the same bytes as %s, stored once\n", printable(c.Path), printable(c.Of))
		}
	}
	copies := ""
	if n := len(rep.Copies); n > 0 {
		copies = fmt.Sprintf("; %d %s of another file", n, map[bool]string{true: "copy", false: "copies"}[n == 1])
	}
	fmt.Fprintf(stdout, "imported %s (%s); %d already imported%s; %d skipped; %d passed over (not articles); into %s\n",
		plural(len(rep.Added), "article"), plural(rep.Claims, "claim"), len(rep.Unchanged), copies, len(failed), len(passed), st.Path())
	if err != nil {
		if errors.Is(err, context.Canceled) {
			fmt.Fprintln(stderr, "claims import: interrupted; every article listed as imported is stored, run it again to finish")
			return 1
		}
		return fail(stderr, "import", err)
	}
	// The import only listed the articles it changed: pack their claims,
	// so that the window's next start reads them quickly.
	if err := st.Repack(ctx); err != nil {
		if errors.Is(err, context.Canceled) {
			fmt.Fprintln(stderr, "claims import: interrupted while packing the claims; the articles are stored, the window packs the rest")
			return 1
		}
		return fail(stderr, "import", err)
	}
	if len(failed) > 0 {
		return 1
	}
	return 0
}

// progressLine draws "1234/10000 files  2345/s  ETA 4s" over itself. A
// nil progressLine draws nothing.
type progressLine struct {
	w     io.Writer
	start time.Time
	last  time.Time
}

// newProgressLine returns a progress line on w when w is a terminal, else
// nil: progress is for people, not for files and pipes.
func newProgressLine(w io.Writer) *progressLine {
	if !isTerminal(w) {
		return nil
	}
	return &progressLine{w: w, start: time.Now()}
}

func (p *progressLine) update(pr ingest.Progress) {
	if p == nil {
		return
	}
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

func (p *progressLine) clear() {
	if p != nil {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// plural says n of a thing: "1 article", "2 articles".
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}
