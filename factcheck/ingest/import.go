// Package ingest brings articles into a review: it collects files by one
// rule (Files), reads and decodes them, extracts their claims on every
// core, stores them through a Store in short transactions, and groups the
// claims of the stories they touch (Regroup). Reextract runs a newer
// extractor over the stored articles. The storage itself is the Store's:
// package db implements it on SQLite.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"runtime"
	"sync"
	"time"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/factcheck/group"
)

// Options tune Import.
type Options struct {
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

// A Report says what an import did. Added and Claims count what was
// committed: after an error, the articles of the batch that failed are in
// neither.
type Report struct {
	Added     []string  // names of the articles added
	Claims    int       // claims extracted from them
	Unchanged []string  // files whose bytes were already in the store: nothing done
	Copies    []Copy    // files whose bytes another file of this import holds: stored once
	Errors    ErrorList // files skipped: unreadable, binary
}

// A Copy is a file of an import whose bytes an earlier file of the same
// import holds: Path's article is Of's, stored once.
type Copy struct{ Path, Of string }

// batchArticles is the most articles an import stores in one
// transaction; the claims they may hold are the pacer's to say.
const batchArticles = 100

// Import reads the files, directories and web links (see IsLink and
// Fetch) named by paths and stores every article not already in st with
// its claims. A directory brings in the
// files under it of the formats document.Supported names (text, web
// pages, PDF, Word, Markdown), hidden ones excepted, following symbolic links; a
// file named directly is read whatever its name (see Files). Only regular
// files of up to MaxArticleSize bytes (MaxDocumentSize for PDF and Word)
// are read. Files that cannot be read,
// are not regular, too large, not text or with more than MaxArticleClaims
// claims, and links that lead nowhere or round in a loop, are listed in
// the report by name and skipped. Articles are stored in batches of whole
// articles, so an import interrupted (ctx cancelled, process killed) keeps
// every article it stored, none partly, and running it again completes
// it; an article another process stored meanwhile counts as already
// imported. The claims of the stories the new articles touch are grouped
// at the end (see Regroup); after an interrupted import the next Import
// (or Regroup) groups them. The report is never nil; the error is for the
// store or ctx, not for files.
func Import(ctx context.Context, st Store, paths []string, opt Options) (*Report, error) {
	rep := &Report{}
	var srcs []source
	for _, p := range paths {
		srcs = append(srcs, collect(p, &rep.Errors)...)
	}
	return rep, importSources(ctx, st, srcs, opt, rep)
}

// A Pasted is an article that is no file: text pasted by the checker.
type Pasted struct {
	Name string // the name to store it under, ending in the extension of its format (".txt")
	Data []byte
}

// ImportPasted stores the pasted articles not already in st, as Import
// does files.
func ImportPasted(ctx context.Context, st Store, pasted []Pasted, opt Options) (*Report, error) {
	rep := &Report{}
	srcs := make([]source, len(pasted))
	for i, p := range pasted {
		srcs[i] = bytesSource(p.Name, p.Name, p.Data)
	}
	return rep, importSources(ctx, st, srcs, opt, rep)
}

// ImportFS imports the article files of fsys (such as embedded seeds) as
// Import does a directory.
func ImportFS(ctx context.Context, st Store, fsys fs.FS, opt Options) (*Report, error) {
	rep := &Report{}
	var srcs []source
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
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
		if d.Type().IsRegular() && document.Supported(d.Name()) {
			srcs = append(srcs, source{d.Name(), p, func(context.Context) (string, []byte, error) {
				data, err := readFS(fsys, p)
				return "", data, err
			}})
		}
		return nil
	})
	if err != nil {
		return rep, fmt.Errorf("import: %w", err)
	}
	return rep, importSources(ctx, st, srcs, opt, rep)
}

// parsed is a source read, hashed and, when new, extracted.
type parsed struct {
	src      source
	article  NewArticle // Article nil when the hash is known or on error
	err      error      // the file's
	storeErr error      // the store's: the import stops
}

// importSources extracts the sources on every core and stores them from
// this goroutine, the single writer.
func importSources(ctx context.Context, st Store, srcs []source, opt Options, rep *Report) error {
	if opt.Published != "" {
		if _, err := time.Parse(time.DateOnly, opt.Published); err != nil {
			return fmt.Errorf("import: publication date %q: want YYYY-MM-DD", opt.Published)
		}
	}
	// Files already stored are not extracted again; into a store without
	// claims, every file is (one stored without claims is then found
	// stored by AddArticles, as one stored meanwhile is).
	claims, _, _, err := st.ClaimTotals(ctx)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// The first import groups ahead (see groupAhead): its parsers run
	// far ahead of the writes, nothing being there to rule on yet (see
	// newPacer).
	first := claims == 0
	look := paced[parsed]()
	var written *writtenClaims
	var ahead *groupAhead
	if first {
		if written, err = newWrittenClaims(ctx, st); err != nil {
			return fmt.Errorf("import: %w", err)
		}
		ahead = newGroupAhead(len(srcs))
		written.ahead = ahead
		look = lookahead[parsed]{results: len(srcs), bytes: firstAheadBytes, weigh: func(p parsed) int64 { return int64(len(p.article.Bytes)) }}
	}
	results := parseAll(ctx, srcs, look, func(i int, src source) (p parsed) {
		defer func() {
			var a *NewArticle
			if p.err == nil && p.storeErr == nil && p.article.Article != nil {
				a = new(p.article)
				a.Bytes = nil // not grouped: not held
			}
			ahead.parsed(i, a)
		}()
		p.src = src
		a := &p.article
		var name string
		if name, a.Bytes, p.err = src.read(ctx); p.err != nil {
			p.err = unwrapPath(p.err)
			return p
		}
		if name == "" {
			name = src.name
		}
		sum := sha256.Sum256(a.Bytes)
		a.Hash = hex.EncodeToString(sum[:])
		if claims > 0 {
			switch stored, err := st.HasArticle(ctx, a.Hash); {
			case err != nil:
				p.storeErr = err
				return p
			case stored:
				return p
			}
		}
		a.Name, a.Path, a.Given = name, src.path, opt.Published
		a.Article, p.err = ParseFile(name, a.Bytes, opt.Published)
		switch {
		case p.err != nil:
		case len(a.Article.Claims) > MaxArticleClaims:
			a.Article, p.err = nil, fmt.Errorf("%w (%d)", ErrTooManyClaims, len(a.Article.Claims))
		default:
			if a.Article.URL == "" && IsLink(src.path) {
				a.Article.URL = src.path
			}
			a.Names = group.NamesOfText(a.Article.Text)
		}
		return p
	})

	// The batch is stored when full, and whatever is left at the end or
	// when ctx is cancelled: whole articles are never lost.
	batch := newBatch(newPacer(first), func(arts []NewArticle) error {
		stored, err := st.AddArticles(context.WithoutCancel(ctx), arts)
		if err != nil {
			return err
		}
		written.wrote()
		for i, s := range stored {
			if s.Name == "" { // another process stored it meanwhile
				rep.Unchanged = append(rep.Unchanged, arts[i].Path)
				continue
			}
			rep.Added = append(rep.Added, s.Name)
			rep.Claims += len(arts[i].Article.Claims)
			written.add(s, arts[i].Article.Claims)
		}
		return nil
	})
	added := map[string]string{} // the path of each file's bytes first met in this import, by their hash
	done := 0
	for p := range results {
		if ctx.Err() != nil {
			break // cancelled: what was read and not yet stored stays unread, each file whole
		}
		done++
		switch {
		case p.storeErr != nil:
			if err := batch.flush(); err != nil {
				return fmt.Errorf("import: %w", err)
			}
			return fmt.Errorf("import: %w", p.storeErr)
		case p.err != nil:
			rep.Errors = append(rep.Errors, &FileError{p.src.path, p.err})
		case added[p.article.Hash] != "":
			// before "already in the store": the copy a batch of this
			// import stored while this file was read is this import's
			rep.Copies = append(rep.Copies, Copy{p.src.path, added[p.article.Hash]})
		case p.article.Article == nil:
			rep.Unchanged = append(rep.Unchanged, p.src.path)
		default:
			added[p.article.Hash] = p.src.path
			if err := batch.add(p.article, len(p.article.Article.Claims)); err != nil {
				return fmt.Errorf("import: %w", err)
			}
		}
		if opt.Progress != nil {
			opt.Progress(Progress{Done: done, Total: len(srcs), File: p.src.path})
		}
	}
	if err := batch.flush(); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	if err := regroup(ctx, st, first, written); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	return nil
}

// parseAll runs f over srcs on every core and returns the results in the
// order of srcs, with at most ahead's worth in flight. It stops early
// when ctx is done.
func parseAll[S, T any](ctx context.Context, srcs []S, ahead lookahead[T], f func(int, S) T) <-chan T {
	type job struct {
		i   int
		src S
		res chan T
	}
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan job)
	futures := make(chan chan T, ahead.results)
	held := newHeldBytes(ctx, ahead.bytes)
	weight := func(r T) int64 {
		if held == nil {
			return 0
		}
		return ahead.weigh(r)
	}
	for range workers {
		go func() {
			for j := range jobs {
				r := f(j.i, j.src)
				held.add(weight(r))
				j.res <- r
			}
		}()
	}
	go func() {
		defer close(futures)
		defer close(jobs)
		for i, src := range srcs {
			if !held.wait() {
				return
			}
			res := make(chan T, 1)
			select {
			case futures <- res:
			case <-ctx.Done():
				return
			}
			jobs <- job{i, src, res}
		}
	}()
	out := make(chan T)
	go func() {
		defer close(out)
		for res := range futures {
			if ctx.Err() != nil {
				return // cancelled: no more results, however many are read ahead
			}
			r := <-res
			select {
			case out <- r:
				held.add(-weight(r))
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// A lookahead bounds what parseAll holds parsed and not yet taken: at
// most results of them, and, when bytes > 0, no new parse begins while
// those held weigh bytes or more (by weigh).
type lookahead[T any] struct {
	results int
	bytes   int64
	weigh   func(T) int64
}

// paced is the lookahead of an import into a store with claims, and of a
// re-extraction: two batches, enough for the parsers to go on while the
// caller writes one (the writes keep pace with the checkers' rulings).
func paced[T any]() lookahead[T] { return lookahead[T]{results: 2 * batchArticles} }

// firstAheadBytes bounds the bytes of the articles a store's first import
// holds parsed ahead of its writes (see groupAhead).
const firstAheadBytes = 256 << 20

// heldBytes counts the bytes of the results parsed and not yet taken,
// for a lookahead in bytes; a nil *heldBytes counts nothing and never
// waits.
type heldBytes struct {
	ctx   context.Context
	limit int64
	mu    sync.Mutex
	cond  *sync.Cond
	n     int64
}

func newHeldBytes(ctx context.Context, limit int64) *heldBytes {
	if limit <= 0 {
		return nil
	}
	h := &heldBytes{ctx: ctx, limit: limit}
	h.cond = sync.NewCond(&h.mu)
	context.AfterFunc(ctx, func() {
		h.mu.Lock()
		defer h.mu.Unlock()
		h.cond.Broadcast()
	})
	return h
}

// add counts n more bytes held (fewer when n < 0).
func (h *heldBytes) add(n int64) {
	if h == nil || n == 0 {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.n += n
	h.cond.Broadcast()
}

// wait waits until the bytes held are under the limit, and reports
// whether they are (false: the context ended first). The results held
// come before the one about to start, so the caller that takes them
// frees them: no wait lasts for ever.
func (h *heldBytes) wait() bool {
	if h == nil {
		return true
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	for h.n >= h.limit && h.ctx.Err() == nil {
		h.cond.Wait()
	}
	return h.ctx.Err() == nil
}

// A Pipeline is the pipeline bound to one store, for callers that take
// it as methods (the window's store interface).
type Pipeline struct{ Store Store }

// Import runs Import on p's store.
func (p Pipeline) Import(ctx context.Context, paths []string, opt Options) (*Report, error) {
	return Import(ctx, p.Store, paths, opt)
}

// ImportPasted runs ImportPasted on p's store.
func (p Pipeline) ImportPasted(ctx context.Context, pasted []Pasted, opt Options) (*Report, error) {
	return ImportPasted(ctx, p.Store, pasted, opt)
}

// ImportFS runs ImportFS on p's store.
func (p Pipeline) ImportFS(ctx context.Context, fsys fs.FS, opt Options) (*Report, error) {
	return ImportFS(ctx, p.Store, fsys, opt)
}

// Regroup runs Regroup on p's store.
func (p Pipeline) Regroup(ctx context.Context) error { return Regroup(ctx, p.Store) }

// MergeReview runs Merge on p's store, which must be a Merger.
func (p Pipeline) MergeReview(ctx context.Context, target string) (factcheck.MergeReport, error) {
	m, ok := p.Store.(Merger)
	if !ok {
		return factcheck.MergeReport{}, fmt.Errorf("merge %s: this review cannot take another in", target)
	}
	return Merge(ctx, m, target)
}

// ReextractArticles runs ReextractArticles on p's store.
func (p Pipeline) ReextractArticles(ctx context.Context, ids []int64) (*ReextractReport, error) {
	return ReextractArticles(ctx, p.Store, ids)
}

// Reextract runs Reextract on p's store.
func (p Pipeline) Reextract(ctx context.Context, progress func(Progress)) (*ReextractReport, error) {
	return Reextract(ctx, p.Store, progress)
}
