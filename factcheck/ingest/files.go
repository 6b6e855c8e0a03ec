package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/factcheck/factcheck/factcheck/document"
)

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

// Split returns the files of l passed over as no article (ErrNotArticle,
// ErrEmpty:
// a folder's other files) apart from those that failed.
func (l ErrorList) Split() (passed, failed ErrorList) {
	for _, e := range l {
		if errors.Is(e, ErrNotArticle) || errors.Is(e, ErrEmpty) {
			passed = append(passed, e)
		} else {
			failed = append(failed, e)
		}
	}
	return passed, failed
}

// source is one file or link to import.
type source struct {
	name, path string // base name; the path or link shown to the user and stored
	// read returns the bytes, and the name to store them under when it is
	// known only once they are read (a link's), else "".
	read func(ctx context.Context) (name string, data []byte, err error)
}

// bytesSource is a source whose bytes are at hand.
func bytesSource(name, path string, data []byte) source {
	return source{name, path, func(context.Context) (string, []byte, error) { return "", data, nil }}
}

// linkSource is a source fetched from a web link.
func linkSource(link string) source {
	return source{link, link, func(ctx context.Context) (string, []byte, error) { return Fetch(ctx, link) }}
}

// readFS reads the file p of fsys, up to its sizeLimit.
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
	return readLimited(f, fi.Size(), sizeLimit(p))
}

func hidden(name string) bool { return strings.HasPrefix(name, ".") }

// readme reports whether a file in a folder is the folder's notes
// (README.md, readme.txt), which a folder walk passes over.
func readme(name string) bool { return strings.HasPrefix(strings.ToLower(name), "readme") }

// errReadme is why a folder's README is passed over.
var errReadme = fmt.Errorf("%w (a folder's README is taken for notes about it)", ErrNotArticle)

// Bounds on what Import takes for an article, so that no file costs
// more than seconds and tens of megabytes, in memory or in the database:
// an article is a few kilobytes of text with tens of claims, a long
// report a megabyte with thousands; War and Peace is 3.2 MB.
const (
	// MaxArticleSize is the largest file read, in bytes, but for PDF and
	// Word files: 4 MiB.
	MaxArticleSize = 4 << 20
	// MaxDocumentSize is the largest PDF or Word file read, in bytes:
	// 64 MiB. Their pictures and fonts make them large for their text;
	// package document bounds what it reads of them.
	MaxDocumentSize = 64 << 20
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
	// ErrTooLarge: the file is larger than MaxArticleSize, or a PDF or
	// Word file larger than MaxDocumentSize.
	ErrTooLarge = errors.New("too large for an article")
	// ErrTooManyClaims: the file has more than MaxArticleClaims claims.
	ErrTooManyClaims = fmt.Errorf("more than %d claims, too many for an article", MaxArticleClaims)
	// ErrLoop: a symbolic link leads back to a directory that holds it.
	ErrLoop = errors.New("symbolic link loop")
	// ErrNotArticle: a file in a folder whose name is of no format
	// Factcheck reads (see document.Supported).
	ErrNotArticle = errors.New("not an article: Factcheck reads text (.txt), web pages (.html), PDF, Word (.docx) and Markdown (.md) files")
	// ErrEmpty: a text file that holds nothing, or only blank space: no
	// article, passed over as ErrNotArticle's are.
	ErrEmpty = errors.New("empty: no text in it")
)

// Files lists the article files that Import reads for paths, by the same
// rule (a file named directly whatever its name; a directory's files of
// the formats document.Supported names, hidden ones excepted, following symbolic links), in the order Import
// reads them, with the files and links it would skip, by name. claims
// extract and claims group read the same files as import.
func Files(paths []string) ([]string, ErrorList) {
	var errs ErrorList
	var files []string
	for _, p := range paths {
		for _, src := range collect(p, &errs) {
			files = append(files, src.path)
		}
	}
	return files, errs
}

// collect lists the files p names, adding what cannot be listed to errs.
// Symbolic links are followed, to files and directories alike; a link
// that leads nowhere, or back into a directory being read, is listed in
// errs, as is every file not regular that would have been read.
func collect(p string, errs *ErrorList) []source {
	if IsLink(p) {
		return []source{linkSource(p)}
	}
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
	return source{filepath.Base(p), p, func(context.Context) (string, []byte, error) {
		data, err := ReadArticle(p)
		return "", data, err
	}}
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
// writer), of up to MaxArticleSize bytes, MaxDocumentSize for a .pdf or
// .docx (else ErrTooLarge).
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
	return readLimited(f, fi.Size(), sizeLimit(path))
}

// sizeLimit returns the largest size read of the file called name:
// MaxDocumentSize for a PDF or Word file, by its extension, else
// MaxArticleSize.
func sizeLimit(name string) int64 {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".pdf", ".docx":
		return MaxDocumentSize
	}
	return MaxArticleSize
}

// readLimited reads r, of about size bytes, refusing more than limit.
func readLimited(r io.Reader, size, limit int64) ([]byte, error) {
	tooLarge := fmt.Errorf("%w: larger than %d MiB", ErrTooLarge, limit>>20)
	if size > limit {
		return nil, tooLarge
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err == nil && int64(len(b)) > limit {
		return nil, tooLarge
	}
	return b, err
}

// A walker lists the article files under a directory, following symbolic
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
		case !document.Supported(e.Name()):
			*w.errs = append(*w.errs, &FileError{q, ErrNotArticle})
		case readme(e.Name()):
			*w.errs = append(*w.errs, &FileError{q, errReadme})
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
