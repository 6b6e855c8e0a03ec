package db

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/extract"
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
// the .txt files under it, hidden ones excepted, following symbolic links;
// a file named directly is read whatever its name. Only regular files of
// up to MaxArticleSize bytes are read. Files that cannot be read, are not
// regular, too large, not text or with more than MaxArticleClaims claims,
// and links that lead nowhere or round in a loop, are listed in the report
// by name and skipped. Articles are committed in batches of whole
// articles, so an import interrupted (ctx cancelled, process killed) keeps
// every article it committed, none partly, and running it again completes
// it; an article another process stored meanwhile counts as already
// imported. Groups and suggestions are recomputed at the end; after an
// interrupted import the next Import (or Regroup) recomputes them. The
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
			srcs = append(srcs, source{d.Name(), p, func() ([]byte, error) { return readFS(fsys, p) }})
		}
		return nil
	})
	if err != nil {
		return rep, fmt.Errorf("import: %w", err)
	}
	return rep, s.importSources(ctx, srcs, opt, rep)
}

// readFS reads the file p of fsys, up to MaxArticleSize bytes.
func readFS(fsys fs.FS, p string) ([]byte, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	return readLimited(f, fi.Size())
}

func hidden(name string) bool { return strings.HasPrefix(name, ".") }
func isText(name string) bool { return strings.EqualFold(path.Ext(name), ".txt") }

// Bounds on what Import takes for an article, so that no file costs
// more than seconds and tens of megabytes, in memory or in the database:
// an article is a few kilobytes of text with tens of claims, a long
// report a megabyte with thousands; War and Peace is 3.2 MB.
const (
	// MaxArticleSize is the largest file read, in bytes: 4 MiB.
	MaxArticleSize = 4 << 20
	// MaxArticleClaims is the most claims an article may have. Each
	// stores its sentence, up to 2,000 bytes in a text with no sentence
	// breaks.
	MaxArticleClaims = 10000
)

// Reasons a file is skipped, in its FileError.
var (
	// ErrNotRegular: the path names a named pipe, a device, a socket or
	// the like, which could be read forever; only regular files are read.
	ErrNotRegular = errors.New("not a regular file")
	// ErrTooLarge: the file is larger than MaxArticleSize.
	ErrTooLarge = fmt.Errorf("larger than %d MiB, too large for an article", MaxArticleSize>>20)
	// ErrTooManyClaims: the file has more than MaxArticleClaims claims.
	ErrTooManyClaims = fmt.Errorf("more than %d claims, too many for an article", MaxArticleClaims)
	// ErrLoop: a symbolic link leads back to a directory that holds it.
	ErrLoop = errors.New("symbolic link loop")
)

// collect lists the files p names, adding what cannot be listed to errs.
// Symbolic links are followed, to files and directories alike; a link
// that leads nowhere, or back into a directory being read, is listed in
// errs, as is every file not regular that would have been read.
// ArticleFiles lists the article files that Import reads for paths, by
// the same rule (a file named directly whatever its name; a directory's
// .txt files, hidden ones excepted, following symbolic links), in the
// order Import reads them, with the files and links it would skip, by
// name. claims extract and claims group read the same files as import.
func ArticleFiles(paths []string) ([]string, ErrorList) {
	var errs ErrorList
	var files []string
	for _, p := range paths {
		for _, src := range collect(p, &errs) {
			files = append(files, src.path)
		}
	}
	return files, errs
}

func collect(p string, errs *ErrorList) []source {
	fi, err := os.Stat(p)
	if err != nil {
		*errs = append(*errs, &FileError{p, unwrapPath(err)})
		return nil
	}
	if !fi.IsDir() {
		if err := regular(fi); err != nil {
			*errs = append(*errs, &FileError{p, err})
			return nil
		}
		return []source{fileSource(p)}
	}
	w := walker{errs: errs}
	w.walk(p, fi, nil)
	return w.out
}

func fileSource(p string) source {
	return source{filepath.Base(p), p, func() ([]byte, error) { return ReadArticle(p) }}
}

// regular returns ErrNotRegular, saying what the file is, unless fi is a
// regular file.
func regular(fi fs.FileInfo) error {
	m := fi.Mode()
	switch {
	case m.IsRegular():
		return nil
	case m&fs.ModeNamedPipe != 0:
		return fmt.Errorf("%w: a named pipe", ErrNotRegular)
	case m&fs.ModeDevice != 0:
		return fmt.Errorf("%w: a device", ErrNotRegular)
	case m&fs.ModeSocket != 0:
		return fmt.Errorf("%w: a socket", ErrNotRegular)
	}
	return ErrNotRegular
}

// ReadArticle reads the file at path as Import does: only a regular file
// (else ErrNotRegular, before opening it: opening a named pipe waits for a
// writer), of up to MaxArticleSize bytes (else ErrTooLarge).
func ReadArticle(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := regular(fi); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := regular(fi); err != nil {
		return nil, err
	}
	return readLimited(f, fi.Size())
}

// readLimited reads r, of about size bytes, refusing more than
// MaxArticleSize.
func readLimited(r io.Reader, size int64) ([]byte, error) {
	if size > MaxArticleSize {
		return nil, ErrTooLarge
	}
	b, err := io.ReadAll(io.LimitReader(r, MaxArticleSize+1))
	if err == nil && len(b) > MaxArticleSize {
		return nil, ErrTooLarge
	}
	return b, err
}

// A walker lists the .txt files under a directory, following symbolic
// links.
type walker struct {
	out  []source
	errs *ErrorList
	seen []fs.FileInfo // directories read
}

// walk lists dir, whose FileInfo is fi; up holds the directories it is in.
func (w *walker) walk(dir string, fi fs.FileInfo, up []fs.FileInfo) {
	for _, d := range up {
		if os.SameFile(d, fi) {
			*w.errs = append(*w.errs, &FileError{dir, ErrLoop})
			return
		}
	}
	for _, d := range w.seen {
		if os.SameFile(d, fi) {
			return // read already, through another link
		}
	}
	w.seen = append(w.seen, fi)
	up = append(up, fi)
	entries, err := os.ReadDir(dir)
	if err != nil {
		*w.errs = append(*w.errs, &FileError{dir, unwrapPath(err)})
	}
	for _, e := range entries {
		if hidden(e.Name()) {
			continue
		}
		q := filepath.Join(dir, e.Name())
		var info fs.FileInfo
		if e.Type()&fs.ModeSymlink != 0 {
			if info, err = os.Stat(q); err != nil {
				*w.errs = append(*w.errs, &FileError{q, fmt.Errorf("symbolic link: %w", unwrapPath(err))})
				continue
			}
		} else if info, err = e.Info(); err != nil {
			*w.errs = append(*w.errs, &FileError{q, unwrapPath(err)})
			continue
		}
		switch {
		case info.IsDir():
			w.walk(q, info, up)
		case !isText(e.Name()): // not an article
		case info.Mode().IsRegular():
			w.out = append(w.out, fileSource(q))
		default:
			*w.errs = append(*w.errs, &FileError{q, regular(info)})
		}
	}
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
		p.article, p.err = extract.ParseArticle(src.name, p.data, opt.Published)
		if p.err == nil && len(p.article.Claims) > MaxArticleClaims {
			p.article, p.err = nil, fmt.Errorf("%w (%d)", ErrTooManyClaims, len(p.article.Claims))
		}
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
