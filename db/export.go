package db

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"

	"github.com/factcheck/factcheck/factcheck"
)

// Export writes the store as CSV to the file at path: one row a claim with
// its current ruling, or with history every event of the log. The file is
// written under a temporary name in the same directory and renamed over
// path only when complete, so a failed export leaves any old file as it was.
func (s *Store) Export(ctx context.Context, path string, history bool) (err error) {
	defer s.annotate(&err)
	err = writeFileAtomic(path, func(w io.Writer) error { return s.exportTo(ctx, w, history) })
	if err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	return nil
}

// ExportTo writes the CSV that Export writes to w.
func (s *Store) ExportTo(ctx context.Context, w io.Writer, history bool) (err error) {
	defer s.annotate(&err)
	return s.exportTo(ctx, w, history)
}

func (s *Store) exportTo(ctx context.Context, w io.Writer, history bool) error {
	if history {
		return s.exportHistory(ctx, w)
	}
	return s.exportVerdicts(ctx, w)
}

// ExportRecords writes every claim with its current ruling through rw, in
// article order, to the file at path, as Export does: under a temporary
// name renamed over path once complete. newWriter makes rw for the file.
func (s *Store) ExportRecords(ctx context.Context, path string, newWriter func(io.Writer) (factcheck.RecordWriter, error)) (err error) {
	defer s.annotate(&err)
	err = writeFileAtomic(path, func(w io.Writer) error { return s.WriteRecords(ctx, w, newWriter) })
	if err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	return nil
}

// WriteRecords writes what ExportRecords writes to w.
func (s *Store) WriteRecords(ctx context.Context, w io.Writer, newWriter func(io.Writer) (factcheck.RecordWriter, error)) (err error) {
	defer s.annotate(&err)
	rw, err := newWriter(w)
	if err != nil {
		return err
	}
	return s.writeRecords(ctx, rw)
}

func (s *Store) exportVerdicts(ctx context.Context, w io.Writer) error {
	return s.writeRecords(ctx, factcheck.NewVerdictWriter(w))
}

func (s *Store) writeRecords(ctx context.Context, cw factcheck.RecordWriter) error {
	claims, err := s.claims(ctx)
	if err != nil {
		return err
	}
	byID := make(map[int64]*factcheck.Claim, len(claims))
	for i := range claims {
		byID[claims[i].ID] = &claims[i].Claim
	}
	labels, err := s.ArticleLabels(ctx)
	if err != nil {
		return err
	}
	for i := range claims {
		c := &claims[i]
		l := labels[c.Doc]
		by := byID[c.SupersededBy]
		var byl factcheck.ArticleLabel
		if by != nil {
			byl = labels[by.Doc]
		}
		if err := cw.Write(c, &l, by, &byl); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// exportHistory writes every event, also those whose claim another
// program has deleted (with empty claim cells): the log is whole.
func (s *Store) exportHistory(ctx context.Context, w io.Writer) error {
	rows, err := s.db.QueryContext(ctx, `SELECT r.id, r.claim_id, r.action, coalesce(r.target, 0), r.verdict,
		coalesce(r.superseded_by, 0), r.note, r.evidence, r.checker, r.at, coalesce(r.replaces, 0), r.app_version,
		coalesce(a.name, ''), coalesce(c.span_start, 0), coalesce(c.text, ''), sa.name, sc.text, `+readingColumns+`, `+figureColumns+`
		FROM rulings AS r
		LEFT JOIN claims AS c ON c.id = r.claim_id
		LEFT JOIN articles AS a ON a.id = c.article_id
		LEFT JOIN claims AS sc ON sc.id = r.superseded_by
		LEFT JOIN articles AS sa ON sa.id = sc.article_id
		ORDER BY r.seq`)
	if err != nil {
		return classify(err)
	}
	defer rows.Close()
	hw := factcheck.NewHistoryWriter(w)
	for rows.Next() {
		var r factcheck.HistoryRow
		var at string
		var supDoc, supText sql.NullString
		var cr correctionRow
		e := &r.Event
		if err := rows.Scan(append([]any{&e.ID, &e.Claim, &e.Action, &e.Target, &e.Verdict, &e.SupersededBy, &e.Note,
			&e.Evidence, &e.Checker, &at, &e.Replaces, &e.Version,
			&r.Claim.Doc, &r.Claim.Start, &r.Claim.Text, &supDoc, &supText}, cr.dest()...)...); err != nil {
			return classify(err)
		}
		if err := cr.set(&e.Reading, &e.Outside); err != nil {
			return fmt.Errorf("event %d: %w", e.ID, err)
		}
		if e.At, err = parseTime(at); err != nil {
			return fmt.Errorf("event %d: %w", e.ID, err)
		}
		if supDoc.Valid {
			r.SupersededBy = &factcheck.Claim{Doc: supDoc.String, Text: supText.String}
		}
		if err := hw.Write(&r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return classify(err)
	}
	return hw.Flush()
}

// writeFileAtomic writes path through write: to a temporary file in the
// same directory, synced, then renamed over path. The file keeps the mode
// of the file it replaces; a new one has the mode the umask leaves of
// 0666, as any file a program creates. On any error the temporary file is
// removed and path is untouched.
func writeFileAtomic(path string, write func(io.Writer) error) (err error) {
	path, err = exportTarget(path)
	if err != nil {
		return err
	}
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("directory %s does not exist", dir)
		}
		return err
	} else if !fi.IsDir() {
		return fmt.Errorf("%s is not a directory", dir)
	}
	perm, keep := fs.FileMode(0o666), false
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
		perm, keep = fi.Mode().Perm(), true
	}
	f, err := createTemp(dir, "."+filepath.Base(path)+".", perm)
	if err != nil {
		return fmt.Errorf("create a file in %s: %w", dir, unwrapPath(err))
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	bw := bufio.NewWriterSize(f, 1<<16)
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if keep { // the umask may have narrowed it
		if err := f.Chmod(perm); err != nil {
			return err
		}
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// exportTarget returns the file an export to path writes: path itself,
// or the file a symbolic link there names (the link is kept, its file
// replaced). A folder, a device, a pipe or a socket at path is an error:
// renaming a file over it would replace what the user named, a device
// node or a pipe another program reads, with a file of verdicts.
func exportTarget(path string) (string, error) {
	fi, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return path, nil
	}
	if err != nil {
		return "", err
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		target, err := filepath.EvalSymlinks(path)
		if err != nil {
			return "", fmt.Errorf("%s is a link to a file that cannot be reached (%v); name the file itself", path, unwrapPath(err))
		}
		if fi, err = os.Stat(target); err != nil {
			return "", err
		}
		path = target
	}
	switch {
	case fi.IsDir():
		return "", fmt.Errorf("%s is a folder; name a file to write, in it or elsewhere", path)
	case !fi.Mode().IsRegular():
		return "", fmt.Errorf("%s is not a regular file (a device, a pipe or a socket); name a file to write", path)
	}
	return path, nil
}

// createTemp creates a new file in dir named prefix, a random number and
// ".tmp", with mode perm less the umask (os.CreateTemp's is always 0600).
func createTemp(dir, prefix string, perm fs.FileMode) (*os.File, error) {
	for {
		name := filepath.Join(dir, prefix+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
}
