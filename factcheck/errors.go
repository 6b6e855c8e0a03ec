package factcheck

import (
	"errors"
	"fmt"
)

// Errors a caller of a review's store can tell apart with errors.Is to
// advise the user. A store's errors wrap one of these where it applies,
// together with the database's name and the database's own message.
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

// A ConflictError is the ErrConflict of an undo or redo: who ruled on
// which claim since, by which event.
type ConflictError struct {
	Claim   int64  // the claim's ID
	Checker string // who ruled on it since
	Event   int64  // the event of theirs in force
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("%v: claim %d by %s (event %d)", ErrConflict, e.Claim, e.Checker, e.Event)
}

// Is makes a ConflictError an ErrConflict for errors.Is.
func (e *ConflictError) Is(target error) bool { return target == ErrConflict }
