package ingest

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// tree writes files (path to contents) under a new directory, and returns
// it.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for p, s := range files {
		p = filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// rel returns paths relative to dir, with slashes.
func rel(t *testing.T, dir string, paths []string) []string {
	t.Helper()
	out := make([]string, len(paths))
	for i, p := range paths {
		r, err := filepath.Rel(dir, p)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = filepath.ToSlash(r)
	}
	return out
}

// TestFiles: a file named directly is listed whatever its name, hidden
// or not a .txt; a directory brings its article files (of any case) and
// those of its subdirectories, in name order, except hidden files, its
// README and the files of hidden directories; a path that is not there
// is an error naming it.
func TestFiles(t *testing.T) {
	dir := tree(t, map[string]string{
		"notes.md":          "named directly",
		".hidden":           "named directly",
		"in/b.txt":          "",
		"in/A.TXT":          "",
		"in/c.txt.bak":      "",
		"in/readme":         "",
		"in/README.md":      "",
		"in/.h.txt":         "",
		"in/.git/x.txt":     "",
		"in/sub/d.txt":      "",
		"in/sub/e.Txt":      "",
		"in/sub/deep/f.txt": "",
		"in/zz.txt":         "",
	})
	tests := []struct {
		name  string
		paths []string
		want  []string
		errs  []string
	}{
		{"a file of any name", []string{"notes.md", ".hidden"}, []string{"notes.md", ".hidden"}, nil},
		{"a directory", []string{"in"}, []string{"in/A.TXT", "in/b.txt", "in/sub/d.txt", "in/sub/deep/f.txt", "in/sub/e.Txt", "in/zz.txt"}, []string{"in/README.md", "in/c.txt.bak", "in/readme"}},
		{"a hidden directory named directly", []string{"in/.git"}, []string{"in/.git/x.txt"}, nil},
		{"missing", []string{"in/b.txt", "gone.txt", "in/sub/deep"}, []string{"in/b.txt", "in/sub/deep/f.txt"}, []string{"gone.txt"}},
		{"the same twice", []string{"in/zz.txt", "in/zz.txt"}, []string{"in/zz.txt", "in/zz.txt"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var paths []string
			for _, p := range tt.paths {
				paths = append(paths, filepath.Join(dir, p))
			}
			got, errs := Files(paths)
			if g := rel(t, dir, got); !slices.Equal(g, tt.want) {
				t.Errorf("files %q, want %q", g, tt.want)
			}
			var errPaths []string
			for _, e := range errs {
				errPaths = append(errPaths, e.Path)
				if !errors.Is(e, fs.ErrNotExist) && !errors.Is(e, ErrNotArticle) {
					t.Errorf("%v: want not found, or not an article", e)
				}
				var pe *fs.PathError
				if errors.As(e.Err, &pe) {
					t.Errorf("%v: the error names the path twice", e)
				}
			}
			if g := rel(t, dir, errPaths); !slices.Equal(g, tt.errs) {
				t.Errorf("errors for %q, want %q", g, tt.errs)
			}
		})
	}
}

// TestReadArticleSize: a file of MaxArticleSize bytes is read, one byte
// more is ErrTooLarge, but for a PDF or Word file, up to MaxDocumentSize;
// so is a reader that yields more than its file's size said (a file
// growing while read).
func TestReadArticleSize(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		name string
		size int64
		want error
	}{
		{"f.txt", 0, nil},
		{"f.txt", MaxArticleSize, nil},
		{"f.txt", MaxArticleSize + 1, ErrTooLarge},
		{"f.html", MaxArticleSize + 1, ErrTooLarge},
		{"f.PDF", MaxArticleSize + 1, nil},
		{"f.docx", MaxDocumentSize, nil},
		{"f.pdf", MaxDocumentSize + 1, ErrTooLarge},
	} {
		p := filepath.Join(dir, tt.name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		f.Truncate(tt.size)
		f.Close()
		b, err := ReadArticle(p)
		if !errors.Is(err, tt.want) || err == nil && int64(len(b)) != tt.size {
			t.Errorf("%s of %d bytes: read %d, %v; want %v", tt.name, tt.size, len(b), err, tt.want)
		}
	}
	grown := io.MultiReader(bytes.NewReader(make([]byte, MaxArticleSize)), strings.NewReader("x"))
	if _, err := readLimited(grown, 10, MaxArticleSize); !errors.Is(err, ErrTooLarge) {
		t.Errorf("a file grown past the limit: %v, want ErrTooLarge", err)
	}
	if b, err := readLimited(strings.NewReader("grown"), 2, MaxArticleSize); err != nil || string(b) != "grown" {
		t.Errorf("a file grown within the limit: %q, %v", b, err)
	}
}

// TestErrorList: Error names the first error and counts the others; Err
// is nil for none.
func TestErrorList(t *testing.T) {
	var l ErrorList
	if l.Err() != nil {
		t.Error("an empty list's Err is not nil")
	}
	l = append(l, &FileError{"a.txt", ErrTooLarge})
	if got, want := l.Error(), "a.txt: "+ErrTooLarge.Error(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	l = append(l, &FileError{"b.txt", ErrLoop}, &FileError{"c.txt", ErrNotRegular})
	if got, want := l.Error(), "a.txt: "+ErrTooLarge.Error()+" (and 2 more errors)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if !errors.Is(l[1], ErrLoop) {
		t.Error("a FileError does not unwrap to its error")
	}
}
