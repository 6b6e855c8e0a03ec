// Package db keeps a Factcheck review in one SQLite file: the articles
// (their original bytes, so that claims can be extracted again), the claims
// found in them with their group and suggestion, and every ruling a checker
// makes, as an append-only log of events.
//
// A claim is identified across re-extractions by its key: the article's
// SHA-256, the claim's byte span and its text. Re-extracting an article
// keeps the rulings of every claim whose key comes back; a ruled claim that
// no longer comes back is kept and flagged orphaned, never dropped. A
// claim's current ruling is its latest event; undo and redo add events.
// The database refuses UPDATE and DELETE on the log.
//
// Open refuses, without writing to it, a file that is not a Factcheck
// database, a damaged one, or one written by a newer version. Errors wrap
// the sentinels ErrNewerSchema, ErrNotFactcheck, ErrCorrupt, ErrLocked,
// ErrFull and ErrNotFound so that a caller can advise the user. A Store is
// safe for concurrent use, and several processes may use one file at once.
package db

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	_ "modernc.org/sqlite" // the "sqlite" driver
)

// Version is the version of Factcheck recorded with every ruling. Commands
// set it at start-up.
var Version = "dev"

// applicationID marks a Factcheck database in the SQLite header
// (PRAGMA application_id): "Fact".
const applicationID = 0x46616374

// DefaultBusyTimeout is how long a Store waits for another program's lock
// before it gives up with ErrLocked.
const DefaultBusyTimeout = 5 * time.Second

// Options tune Open.
type Options struct {
	// BusyTimeout is how long to wait for a lock held by another process;
	// 0 means DefaultBusyTimeout.
	BusyTimeout time.Duration
}

// A Store is one Factcheck database file.
type Store struct {
	db   *sql.DB
	path string
}

// DefaultPath returns where Factcheck keeps its database unless told
// otherwise, the one place shared by the command line and the desktop app:
// os.UserConfigDir()/Factcheck/factcheck.db.
func DefaultPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("default database: %w", err)
	}
	return filepath.Join(dir, "Factcheck", "factcheck.db"), nil
}

// Open opens the database at path with default options, creating it (and
// its directory) when missing and bringing its schema up to date.
func Open(path string) (*Store, error) { return OpenOptions(path, Options{}) }

// OpenOptions is Open with options.
func OpenOptions(path string, opt Options) (*Store, error) {
	if opt.BusyTimeout <= 0 {
		opt.BusyTimeout = DefaultBusyTimeout
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := checkHeader(path); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", opt.BusyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if err := s.init(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// init checks that the file is a Factcheck database of a known version (or
// empty), and only then switches it to WAL and migrates it.
func (s *Store) init(ctx context.Context) error {
	var appID, version, objects int
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version),
		(SELECT count(*) FROM sqlite_schema)`).Scan(&appID, &version, &objects)
	if err != nil {
		return classify(err)
	}
	switch {
	case appID != applicationID && (appID != 0 || version != 0 || objects != 0):
		return ErrNotFactcheck
	case version > len(migrations):
		return fmt.Errorf("%w (schema %d; this version knows up to %d)", ErrNewerSchema, version, len(migrations))
	}
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode = wal").Scan(&mode); err != nil {
		return fmt.Errorf("set WAL: %w", classify(err))
	}
	if mode != "wal" {
		return fmt.Errorf("set WAL: journal mode is %q", mode)
	}
	return s.migrate(ctx)
}

// Path returns the database file's name as given to Open.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// sqliteMagic starts every SQLite file.
const sqliteMagic = "SQLite format 3\x00"

// checkHeader refuses, without opening it through SQLite, a file that is
// not SQLite or is shorter than its header says. An empty or missing file
// is fine: it becomes a new database.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	if fi.IsDir() {
		return fmt.Errorf("%w: a directory", ErrNotFactcheck)
	}
	size := fi.Size()
	if size == 0 {
		return nil
	}
	var h [100]byte
	n, _ := f.ReadAt(h[:], 0)
	if n < len(sqliteMagic) || string(h[:len(sqliteMagic)]) != sqliteMagic {
		return fmt.Errorf("%w: not an SQLite file", ErrNotFactcheck)
	}
	if n < len(h) {
		return fmt.Errorf("%w: truncated to %d bytes", ErrCorrupt, size)
	}
	if id := binary.BigEndian.Uint32(h[68:]); id != 0 && id != applicationID {
		return fmt.Errorf("%w: another program's SQLite file (application id %#x)", ErrNotFactcheck, id)
	}
	pageSize := int64(binary.BigEndian.Uint16(h[16:]))
	if pageSize == 1 {
		pageSize = 65536
	}
	pages := int64(binary.BigEndian.Uint32(h[28:]))
	// The page count is valid when the change counter matches; with a WAL
	// file beside it the main file may legitimately lag behind.
	if binary.BigEndian.Uint32(h[92:]) == binary.BigEndian.Uint32(h[24:]) && pages*pageSize > size {
		if _, err := os.Stat(path + "-wal"); errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("%w: truncated to %d of %d bytes", ErrCorrupt, size, pages*pageSize)
		}
	}
	return nil
}
