package db

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/factcheck/factcheck/factcheck"
)

// ImportOptions tune Import.
type ImportOptions struct {
	// Published is the publication date, YYYY-MM-DD, of every article
	// imported; "" lets the extractor read each article's own.
	Published string
	// Progress, when not nil, is called after each file, from the
	// goroutine that called Import.
	Progress func(Progress)
}

// Progress is how far an import or a re-extraction has gone.
type Progress struct {
	Done, Total int    // files handled, of all files
	File        string // the file just handled
}

// An ImportReport says what an import did. Added and Claims count what
// was committed: after an error, the articles of the batch that failed
// are in neither.
type ImportReport struct {
	Added     []string  // names of the articles added
	Claims    int       // claims extracted from them
	Unchanged []string  // files whose bytes were already in the store: nothing done
	Errors    ErrorList // files skipped: unreadable, binary
}

// A FileError is a file that could not be imported and why.
type FileError struct {
	Path string
	Err  error
}

func (e *FileError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *FileError) Unwrap() error { return e.Err }

// An ErrorList is a list of file errors, in the order the files were met.
type ErrorList []*FileError

// Error describes the first error and how many more there are.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns l as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// source is one file to import.
type source struct {
	name, path string // base name; the path shown to the user and stored
	read       func() ([]byte, error)
}

// Import reads the files and directories named by paths and stores every
// article not already in the store with its claims. A directory brings in
// the .txt files under it, hidden ones excepted; a file named directly is
// read whatever its name. Files that cannot be read or are not text are
// listed in the report and skipped. Articles are committed in batches of
// whole articles, so an import interrupted (ctx cancelled, process killed)
// keeps every article it committed, none partly, and running it again
// completes it. Groups and suggestions are recomputed at the end; after
// an interrupted import the next Import (or Regroup) recomputes them. The
// report is never nil; the error is for the store or ctx, not for files.
func (s *Store) Import(ctx context.Context, paths []string, opt ImportOptions) (_ *ImportReport, err error) {
	defer s.annotate(&err)
	rep := &ImportReport{}
	var srcs []source
	for _, p := range paths {
		srcs = append(srcs, collect(p, &rep.Errors)...)
	}
	return rep, s.importSources(ctx, srcs, opt, rep)
}

// ImportFS imports the .txt files of fsys (such as embedded seeds) as
// Import does a directory.
func (s *Store) ImportFS(ctx context.Context, fsys fs.FS, opt ImportOptions) (_ *ImportReport, err error) {
	defer s.annotate(&err)
	rep := &ImportReport{}
	var srcs []source
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			rep.Errors = append(rep.Errors, &FileError{p, err})
			return nil
		}
		if hidden(d.Name()) && p != "." {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && isText(d.Name()) {
			srcs = append(srcs, source{d.Name(), p, func() ([]byte, error) { return fs.ReadFile(fsys, p) }})
		}
		return nil
	})
	if err != nil {
		return rep, fmt.Errorf("import: %w", err)
	}
	return rep, s.importSources(ctx, srcs, opt, rep)
}

func hidden(name string) bool { return strings.HasPrefix(name, ".") }
func isText(name string) bool { return strings.EqualFold(path.Ext(name), ".txt") }

// collect lists the files p names, adding what cannot be listed to errs.
func collect(p string, errs *ErrorList) []source {
	file := func(p string) source {
		return source{filepath.Base(p), p, func() ([]byte, error) { return os.ReadFile(p) }}
	}
	fi, err := os.Stat(p)
	if err != nil {
		*errs = append(*errs, &FileError{p, unwrapPath(err)})
		return nil
	}
	if !fi.IsDir() {
		return []source{file(p)}
	}
	var out []source
	filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
		if err != nil {
			*errs = append(*errs, &FileError{q, unwrapPath(err)})
			return nil
		}
		if q != p && hidden(d.Name()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && isText(d.Name()) {
			out = append(out, file(q))
		}
		return nil
	})
	return out
}

// unwrapPath drops the path from an *fs.PathError: FileError names the file.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// parsed is a source read, hashed and, when new, extracted.
type parsed struct {
	src     source
	data    []byte
	hash    string
	article *factcheck.Article // nil when the hash is known or on error
	err     error
}

// importSources extracts the sources on every core and stores them from
// this goroutine, the single writer.
func (s *Store) importSources(ctx context.Context, srcs []source, opt ImportOptions, rep *ImportReport) error {
	if opt.Published != "" {
		if _, err := time.Parse(time.DateOnly, opt.Published); err != nil {
			return fmt.Errorf("import: publication date %q: want YYYY-MM-DD", opt.Published)
		}
	}
	known, err := s.knownArticles(ctx)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results := parseAll(ctx, srcs, func(src source) parsed {
		p := parsed{src: src}
		if p.data, p.err = src.read(); p.err != nil {
			p.err = unwrapPath(p.err)
			return p
		}
		sum := sha256.Sum256(p.data)
		p.hash = hex.EncodeToString(sum[:])
		if _, ok := known.hashes[p.hash]; ok {
			return p
		}
		p.article, p.err = factcheck.ParseArticle(src.name, p.data, opt.Published)
		return p
	})

	w := &batchWriter{s: s}
	defer w.rollback()
	added := map[string]bool{} // known.hashes is read by the parsers: leave it be
	done := 0
	for p := range results {
		done++
		switch {
		case p.err != nil:
			rep.Errors = append(rep.Errors, &FileError{p.src.path, p.err})
		case p.article == nil || added[p.hash]:
			rep.Unchanged = append(rep.Unchanged, p.src.path)
		default:
			name, err := w.addArticle(ctx, known, p, opt.Published)
			if err != nil {
				return fmt.Errorf("import %s: %w", p.src.path, err)
			}
			added[p.hash] = true
			if name == "" { // another process stored it meanwhile
				rep.Unchanged = append(rep.Unchanged, p.src.path)
				break
			}
			claims := len(p.article.Claims)
			w.onCommit(func() {
				rep.Added = append(rep.Added, name)
				rep.Claims += claims
			})
		}
		if opt.Progress != nil {
			opt.Progress(Progress{Done: done, Total: len(srcs), File: p.src.path})
		}
		if err := w.maybeCommit(); err != nil {
			return fmt.Errorf("import: %w", err)
		}
	}
	if err := w.commit(); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	if err := s.regroupIfNeeded(ctx); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	return nil
}

// parseAll runs f over srcs on every core and returns the results in the
// order of srcs, with a bounded number in flight. It stops early when ctx
// is done.
func parseAll[S, T any](ctx context.Context, srcs []S, f func(S) T) <-chan T {
	type job struct {
		src S
		res chan T
	}
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan job)
	futures := make(chan chan T, 8*workers)
	for range workers {
		go func() {
			for j := range jobs {
				j.res <- f(j.src)
			}
		}()
	}
	go func() {
		defer close(futures)
		defer close(jobs)
		for _, src := range srcs {
			res := make(chan T, 1)
			select {
			case futures <- res:
			case <-ctx.Done():
				return
			}
			jobs <- job{src, res}
		}
	}()
	out := make(chan T)
	go func() {
		defer close(out)
		for res := range futures {
			select {
			case out <- <-res:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// known is what the store already holds: article hashes and names.
type known struct {
	hashes map[string]bool
	names  map[string]bool
}

func (s *Store) knownArticles(ctx context.Context) (*known, error) {
	k := &known{hashes: map[string]bool{}, names: map[string]bool{}}
	rows, err := s.db.QueryContext(ctx, "SELECT hash, name FROM articles")
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	for rows.Next() {
		var h, n string
		if err := rows.Scan(&h, &n); err != nil {
			return nil, classify(err)
		}
		k.hashes[h], k.names[n] = true, true
	}
	return k, classify(rows.Err())
}

// uniqueName returns name, or when another article has it, name with the
// start of the hash before its extension: "a.txt" becomes "a (4ee9da4c).txt".
func (k *known) uniqueName(name, hash string) string {
	if !k.names[name] {
		return name
	}
	ext := path.Ext(name)
	return strings.TrimSuffix(name, ext) + " (" + hash[:8] + ")" + ext
}
