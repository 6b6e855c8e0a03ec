// Package db keeps a Factcheck review in one SQLite file: the articles
// (their original bytes, so that claims can be extracted again), the claims
// found in them with their group and suggestion, and every ruling a checker
// makes, as an append-only log of events.
//
// A claim is identified across re-extractions by its key: the article's
// SHA-256, the claim's byte span and its text. Re-extracting an article
// keeps the rulings of every claim whose key comes back; a ruled claim that
// no longer comes back is kept and flagged orphaned, never dropped. A
// claim's current ruling is its latest event, by the order of appending
// the log keeps (its seq column), never by event ID; undo and redo add
// events. The database itself refuses UPDATE, DELETE and REPLACE on the
// log and the deletion of a ruled claim, with foreign keys on or off, and
// Open refuses a file whose triggers doing so were dropped or changed.
//
// Open refuses, without writing to it, a file that is not a Factcheck
// database, a damaged one, or one written by a newer version; it makes a
// new database only when asked (Create). Errors wrap the sentinels
// factcheck.ErrNoDatabase, factcheck.ErrNewerSchema, factcheck.ErrNotFactcheck, factcheck.ErrCorrupt, factcheck.ErrLocked,
// factcheck.ErrFull, factcheck.ErrReadOnly and factcheck.ErrNotFound so that a caller can advise the
// user. A Store is safe for concurrent use, and several processes may use
// one file at once.
package db

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/factcheck/factcheck/factcheck"
	_ "modernc.org/sqlite" // the "sqlite" driver
)

// Version is the version of Factcheck recorded with every ruling. Commands
// set it at start-up.
var Version = "dev"

// applicationID marks a Factcheck database in the SQLite header
// (PRAGMA application_id): "Fact".
const applicationID = 0x46616374

// DefaultBusyTimeout is how long a Store waits for another program's lock
// before it gives up with factcheck.ErrLocked.
const DefaultBusyTimeout = 5 * time.Second

// Options tune Open.
type Options struct {
	// BusyTimeout is how long to wait for a lock held by another process;
	// 0 means DefaultBusyTimeout.
	BusyTimeout time.Duration
	// Create makes a new database, and its directory, when there is no
	// file at the path: Factcheck's first start, or "claims import".
	// Without it a missing file gives factcheck.ErrNoDatabase.
	Create bool
}

// A Store is one Factcheck database file.
type Store struct {
	db       database
	wdb      database // for beginWrite, which waits for the lock itself; nil DB when read-only
	d        dialect
	path     string        // the file, or the server's URL without its password
	target   string        // the server's URL; "" for a file
	busy     time.Duration // how long beginWrite waits for the lock
	created  bool          // Open made the file
	readOnly bool          // the file or its directory cannot be written

	checkMu  sync.Mutex // guards what follows
	didCheck bool       // checkBeforeWrite checked the file
	checked  error      // and found this

	writeStmtsMu sync.Mutex
	writeStmts   map[string]*sql.Stmt // prepared on wdb, by query: see changeWriter.stmt

	hasArticleOnce sync.Once // prepares hasArticle, for HasArticle
	hasArticle     *sql.Stmt
	hasArticleErr  error

	listen logListener // WaitLog's, on a server
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

// Open opens the Factcheck database at path with default options and
// brings its schema up to date. A missing file gives factcheck.ErrNoDatabase.
func Open(path string) (*Store, error) { return OpenOptions(path, Options{}) }

// Create is Open that makes a new database when there is no file at path.
// Created tells whether it did.
func Create(path string) (*Store, error) { return OpenOptions(path, Options{Create: true}) }

// OpenOptions is Open with options.
//
// The file is first opened read-only and checked: a file that is empty,
// not SQLite, another program's, written by a newer version, or whose
// schema has lost or changed the rules Factcheck's migrations made is
// refused, and nothing is written to it or to its -wal file: a -wal left
// by a crash is not folded in (SQLite may make the -shm file, an index of
// the -wal, to read it). When the file or its directory cannot be
// written, the Store stays read-only: it reads, and writes fail with
// factcheck.ErrReadOnly. Before its first write the Store checks the file (PRAGMA
// quick_check) and refuses to change a damaged one with factcheck.ErrCorrupt.
func OpenOptions(path string, opt Options) (*Store, error) {
	if opt.BusyTimeout <= 0 {
		opt.BusyTimeout = DefaultBusyTimeout
	}
	s := &Store{path: path, busy: opt.BusyTimeout}
	if IsURL(path) {
		s.path, s.target = redacted(path), path
		if err := s.openPostgres(context.Background()); err != nil {
			return nil, fmt.Errorf("open %s: %w", s.path, err)
		}
		return s, nil
	}
	if err := s.open(context.Background(), opt); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, classifyFS(filepath.Dir(path), err))
	}
	return s, nil
}

func (s *Store) open(ctx context.Context, opt Options) error {
	_, err := os.Stat(s.path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && opt.Create:
		if s.created, err = create(ctx, s.path, opt.BusyTimeout); err != nil {
			return err
		}
	case errors.Is(err, fs.ErrNotExist):
		return factcheck.ErrNoDatabase
	case err != nil:
		return unwrapPath(err)
	}
	if err := checkHeader(s.path); err != nil {
		return err
	}
	ro, err := sql.Open("sqlite", dsn(s.path, opt.BusyTimeout, "ro"))
	if err != nil {
		return err
	}
	version, err := checkFile(ctx, ro)
	if err != nil {
		ro.Close()
		return err
	}
	if !canWrite(s.path) {
		if version < len(migrations) {
			ro.Close()
			return fmt.Errorf("%w: it needs an upgrade to schema %d", factcheck.ErrReadOnly, len(migrations))
		}
		s.db, s.readOnly = database{DB: ro}, true
		return nil
	}
	if err := ro.Close(); err != nil {
		return err
	}
	rw, err := sql.Open("sqlite", dsn(s.path, opt.BusyTimeout, "rw"))
	if err != nil {
		return err
	}
	s.db = database{DB: rw}
	// SQLite serves waiting writers in no order, and its own waits grow
	// to 100 ms between tries: beginWrite tries every millisecond instead,
	// on connections of its own, so that a ruling gets in between an
	// import's transactions.
	s.busy = opt.BusyTimeout
	w, err := sql.Open("sqlite", dsn(s.path, time.Millisecond, "rw"))
	if err != nil {
		s.db.Close()
		return err
	}
	s.wdb = database{DB: w}
	if err := s.init(ctx); err != nil {
		s.Close()
		return err
	}
	return nil
}

// dsn returns the data source name that opens path in mode "ro" or "rw".
func dsn(path string, busy time.Duration, mode string) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busy.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	q.Set("mode", mode)
	if mode == "ro" {
		if _, err := os.Stat(path + "-wal"); errors.Is(err, fs.ErrNotExist) && !canWriteDir(filepath.Dir(path)) {
			// In WAL mode nobody writes without a -wal file, which a
			// read-only directory cannot hold: the file cannot change, and
			// SQLite reads it without the -shm file it cannot make either.
			q.Set("immutable", "1")
		}
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// canWrite reports whether path and its directory, where SQLite keeps
// the -wal and -shm files, can be written.
func canWrite(path string) bool {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return false
	}
	f.Close()
	return canWriteDir(filepath.Dir(path))
}

// canWriteDir reports whether a file can be made in dir.
func canWriteDir(dir string) bool {
	f, err := os.CreateTemp(dir, ".factcheck-probe-*")
	if err != nil {
		return false
	}
	f.Close()
	os.Remove(f.Name())
	return true
}

// checkFile checks, on a read-only connection, that the file is a
// Factcheck database of a version this one knows with its schema whole,
// and returns that version.
func checkFile(ctx context.Context, db *sql.DB) (int, error) {
	var appID, version int
	err := db.QueryRowContext(ctx, `SELECT
		(SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version)`).Scan(&appID, &version)
	if err != nil {
		return 0, classify(err)
	}
	switch {
	case appID != applicationID:
		return 0, fmt.Errorf("%w: another program's SQLite file (application id %#x)", factcheck.ErrNotFactcheck, appID)
	case version > len(migrations):
		return 0, fmt.Errorf("%w (schema %d; this version knows up to %d)", factcheck.ErrNewerSchema, version, len(migrations))
	}
	return version, checkSchema(ctx, db, version)
}

// create makes a new database at path: built under a temporary name in
// the same directory and linked into place only once whole, so that no
// empty or half-made file is ever at path. When another process made one
// meanwhile, that one stays and created is false.
func create(ctx context.Context, path string, busy time.Duration) (created bool, err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return false, unwrapPath(err)
	}
	f, err := createTemp(dir, "."+filepath.Base(path)+".new-", 0o644) // less the umask, as SQLite makes files
	if err != nil {
		return false, fmt.Errorf("create a file in %s: %w", dir, unwrapPath(err))
	}
	tmp := f.Name()
	f.Close()
	defer func() {
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(tmp + suffix)
		}
	}()
	db, err := sql.Open("sqlite", dsn(tmp, busy, "rw"))
	if err != nil {
		return false, err
	}
	s := &Store{db: database{DB: db}, path: tmp}
	err = s.init(ctx)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return false, err
	}
	switch err := os.Link(tmp, path); {
	case errors.Is(err, fs.ErrExist):
		return false, nil
	case err != nil:
		return false, unwrapPath(err)
	}
	return true, nil
}

// init switches the file to WAL and migrates it. The caller has checked
// it with checkFile.
func (s *Store) init(ctx context.Context) error {
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return classify(err)
	}
	if mode == "wal" {
		return s.migrate(ctx)
	}
	if err := s.checkBeforeWrite(ctx); err != nil {
		return err
	}
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

// Created reports whether Open made the database: there was no file.
func (s *Store) Created() bool { return s.created }

// ReadOnly reports whether the Store can only read: the file or its
// directory cannot be written. Its writes fail with factcheck.ErrReadOnly.
func (s *Store) ReadOnly() bool { return s.readOnly }

// Close closes the database.
func (s *Store) Close() error {
	s.listen.close()
	if s.hasArticle != nil {
		s.hasArticle.Close()
	}
	s.writeStmtsMu.Lock()
	for _, st := range s.writeStmts {
		st.Close()
	}
	s.writeStmts = nil
	s.writeStmtsMu.Unlock()
	if s.wdb.DB != nil && s.wdb.DB != s.db.DB {
		s.wdb.Close()
	}
	return s.db.Close()
}

// beginWrite starts a write transaction (BEGIN IMMEDIATE), after checking
// the file once a session.
func (s *Store) beginWrite(ctx context.Context) (*tx, error) {
	if err := s.checkBeforeWrite(ctx); err != nil {
		return nil, err
	}
	deadline := time.Now().Add(s.busy)
	for {
		tx, err := s.wdb.BeginTx(ctx, nil)
		if err == nil || !errors.Is(classify(err), factcheck.ErrLocked) || time.Now().After(deadline) {
			return tx, classify(err)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Millisecond):
		}
	}
}

// checkBeforeWrite refuses writes to a read-only Store, and to a damaged
// file: PRAGMA quick_check runs before the session's first write (about a
// second a gigabyte), so that a file damaged inside is not changed
// further. A failure is kept for every later write.
func (s *Store) checkBeforeWrite(ctx context.Context) error {
	if s.readOnly {
		return factcheck.ErrReadOnly
	}
	if s.d == postgresDialect {
		return nil // the server keeps its files whole
	}
	s.checkMu.Lock()
	defer s.checkMu.Unlock()
	if !s.didCheck {
		s.checked = quickCheck(ctx, s.db.DB)
		s.didCheck = s.checked == nil || !errors.Is(s.checked, context.Canceled)
	}
	return s.checked
}

func quickCheck(ctx context.Context, db *sql.DB) error {
	rows, err := db.QueryContext(ctx, "PRAGMA quick_check(1)")
	if err != nil {
		return classify(err)
	}
	defer rows.Close()
	for rows.Next() {
		var msg string
		if err := rows.Scan(&msg); err != nil {
			return classify(err)
		}
		if msg != "ok" {
			return fmt.Errorf("%w: %s", factcheck.ErrCorrupt, msg)
		}
	}
	return classify(rows.Err())
}

// sqliteMagic starts every SQLite file.
const sqliteMagic = "SQLite format 3\x00"

// checkHeader refuses, without opening it through SQLite, a file that is
// not a Factcheck database or is shorter than its header says. An empty
// file is refused too: Factcheck never leaves one (see create).
func checkHeader(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return unwrapPath(err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	if fi.IsDir() {
		return fmt.Errorf("%w: a directory", factcheck.ErrNotFactcheck)
	}
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("%w: not a regular file", factcheck.ErrNotFactcheck)
	}
	size := fi.Size()
	if size == 0 {
		return fmt.Errorf("%w: an empty file", factcheck.ErrNotFactcheck)
	}
	var h [100]byte
	n, _ := f.ReadAt(h[:], 0)
	if n < len(sqliteMagic) || string(h[:len(sqliteMagic)]) != sqliteMagic {
		return fmt.Errorf("%w: not an SQLite file", factcheck.ErrNotFactcheck)
	}
	if n < len(h) {
		return fmt.Errorf("%w: truncated to %d bytes", factcheck.ErrCorrupt, size)
	}
	switch id := binary.BigEndian.Uint32(h[68:]); id {
	case applicationID:
	case 0:
		return fmt.Errorf("%w: an SQLite file without Factcheck's mark (application id)", factcheck.ErrNotFactcheck)
	default:
		return fmt.Errorf("%w: another program's SQLite file (application id %#x)", factcheck.ErrNotFactcheck, id)
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
			return fmt.Errorf("%w: truncated to %d of %d bytes", factcheck.ErrCorrupt, size, pages*pageSize)
		}
	}
	return nil
}
