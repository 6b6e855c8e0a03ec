package db

import (
	"errors"
	"fmt"
	"syscall"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Errors a caller can tell apart with errors.Is to advise the user. Errors
// returned by a Store wrap one of these where it applies, together with the
// database file's name and SQLite's own message.
var (
	// ErrNewerSchema: the file was written by a newer Factcheck; it is left
	// untouched. Advice: upgrade Factcheck.
	ErrNewerSchema = errors.New("database written by a newer version of Factcheck")
	// ErrNotFactcheck: the file is not a Factcheck database (another
	// program's SQLite file, or not SQLite at all); it is left untouched.
	// Advice: pick another file.
	ErrNotFactcheck = errors.New("not a Factcheck database")
	// ErrCorrupt: the file is damaged (truncated, overwritten). It is left
	// untouched. Advice: restore a backup.
	ErrCorrupt = errors.New("database file is damaged")
	// ErrLocked: another program held the database for longer than the busy
	// timeout. Advice: close the other program, or try again.
	ErrLocked = errors.New("database is locked by another program")
	// ErrFull: the disk (or the database's size limit) is full; the failed
	// change was rolled back and every earlier one is kept. Advice: free
	// space.
	ErrFull = errors.New("disk full")
	// ErrNoDatabase: there is no file at the path given, and Open was not
	// asked to create one. Advice: check the name, or create the database
	// (the app's first start, "claims import").
	ErrNoDatabase = errors.New("no such database")
	// ErrReadOnly: the file or its directory cannot be written, so the
	// Store only reads. Advice: copy the file somewhere writable.
	ErrReadOnly = errors.New("database is read-only")
	// ErrNotFound: no claim, article or event has the given ID or name.
	ErrNotFound = errors.New("not found")
	// ErrNothingToUndo and ErrNothingToRedo: the checker has no ruling left
	// to undo, or no undone ruling to apply again.
	ErrNothingToUndo = errors.New("nothing to undo")
	ErrNothingToRedo = errors.New("nothing to redo")
	// ErrConflict: an undo or redo was refused because another checker has
	// ruled on the claim differently since; it would silently overwrite
	// that ruling.
	// Advice: rule on the claim again instead.
	ErrConflict = errors.New("claim was ruled on again since")
)

// classify wraps err with the sentinel matching its SQLite result code, if
// any, keeping err's own message: "database is locked by another program:
// database is locked (5) (SQLITE_BUSY)".
func classify(err error) error {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return err
	}
	var sentinel error
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		sentinel = ErrLocked
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		sentinel = ErrCorrupt
	case sqlite3.SQLITE_FULL:
		sentinel = ErrFull
	case sqlite3.SQLITE_READONLY:
		sentinel = ErrReadOnly
	case sqlite3.SQLITE_IOERR:
		if se.Code() != sqlite3.SQLITE_IOERR_SHMSIZE { // growing the -shm file failed: no space
			return err
		}
		sentinel = ErrFull
	default:
		return err
	}
	if errors.Is(err, sentinel) {
		return err
	}
	return fmt.Errorf("%w: %w", sentinel, err)
}

// classifyFS says where the disk is full when err is, or seems to be, for
// want of space in dir: SQLite reports a full disk as a disk I/O error at
// times ("disk I/O error (4874)" growing the -shm file at open).
func classifyFS(dir string, err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrFull):
		return fmt.Errorf("no space left in %s: %w", dir, err)
	case errors.Is(err, syscall.ENOSPC) || (isIOErr(err) && noSpace(dir)):
		return fmt.Errorf("%w: no space left in %s: %w", ErrFull, dir, err)
	}
	return err
}

func isIOErr(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_IOERR
}

// annotate puts the database file's name in front of the errors a user
// must act on, and of every error of SQLite's own: "/home/ann/.config/
// Factcheck/factcheck.db: rule claim 3: database is locked by another
// program: ...".
func (s *Store) annotate(err *error) {
	e := *err
	if e == nil {
		return
	}
	var se *sqlite.Error
	if errors.As(e, &se) || errors.Is(e, ErrCorrupt) || errors.Is(e, ErrLocked) || errors.Is(e, ErrFull) || errors.Is(e, ErrReadOnly) {
		*err = fmt.Errorf("%s: %w", s.path, e)
	}
}
