package db

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"

	"github.com/factcheck/factcheck/factcheck"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// classify wraps err with the sentinel matching its SQLite result code, if
// any, keeping err's own message: "database is locked by another program:
// database is locked (5) (SQLITE_BUSY)".
func classify(err error) error {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return classifyPostgres(err)
	}
	var sentinel error
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		sentinel = factcheck.ErrLocked
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		sentinel = factcheck.ErrCorrupt
	case sqlite3.SQLITE_FULL:
		sentinel = factcheck.ErrFull
	case sqlite3.SQLITE_READONLY:
		sentinel = factcheck.ErrReadOnly
	case sqlite3.SQLITE_IOERR:
		if se.Code() != sqlite3.SQLITE_IOERR_SHMSIZE { // growing the -shm file failed: no space
			return err
		}
		sentinel = factcheck.ErrFull
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
	case errors.Is(err, factcheck.ErrFull):
		return fmt.Errorf("no space left in %s: %w", dir, err)
	case errors.Is(err, syscall.ENOSPC) || (isIOErr(err) && noSpace(dir)):
		return fmt.Errorf("%w: no space left in %s: %w", factcheck.ErrFull, dir, err)
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
	if errors.As(e, &se) || errors.Is(e, factcheck.ErrCorrupt) || errors.Is(e, factcheck.ErrLocked) || errors.Is(e, factcheck.ErrFull) || errors.Is(e, factcheck.ErrReadOnly) {
		*err = fmt.Errorf("%s: %w", s.path, e)
	}
}

// unwrapPath drops the path from an *fs.PathError, for a message that
// names the file itself.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
