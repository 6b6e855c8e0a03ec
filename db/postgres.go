package db

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver

	"github.com/factcheck/factcheck/factcheck"
)

// A desk of checkers shares one review on a PostgreSQL server: Open takes
// a URL ("postgres://host/db", libpq's form: user, sslmode and the rest
// as its parameters or PG* environment variables, a password from
// ~/.pgpass or PGPASSWORD, never the command line) as it takes a file.
// The schema is SQLite's, in PostgreSQL's types and trigger functions
// (migrations/postgres), numbered as SQLite's migrations: the first,
// 0008, makes at once what SQLite's 0001 to 0008 make.

//go:embed migrations/postgres/*.sql
var postgresFS embed.FS

// postgresMigrations maps a schema version to the PostgreSQL migration
// that brings a database to it.
var postgresMigrations = mustLoadPostgres()

// firstPostgres is the schema version the first PostgreSQL migration makes.
const firstPostgres = 8

func mustLoadPostgres() map[int]migration {
	names, err := fs.Glob(postgresFS, "migrations/postgres/*.sql")
	if err != nil {
		panic(err)
	}
	out := map[int]migration{}
	for i, name := range names {
		n, err := strconv.Atoi(strings.SplitN(path.Base(name), "_", 2)[0])
		if err != nil || n != firstPostgres+i {
			panic(fmt.Sprintf("migration %s: want number %04d", name, firstPostgres+i))
		}
		b, err := postgresFS.ReadFile(name)
		if err != nil {
			panic(err)
		}
		out[n] = parseMigration(name, n, string(b))
	}
	if len(out) != len(migrations)-firstPostgres+1 {
		panic(fmt.Sprintf("%d PostgreSQL migrations for SQLite's %d: each from %04d needs both", len(out), len(migrations), firstPostgres))
	}
	return out
}

// IsURL reports whether target names a PostgreSQL database rather than a
// file: "postgres://…" or "postgresql://…".
func IsURL(target string) bool {
	return strings.HasPrefix(target, "postgres://") || strings.HasPrefix(target, "postgresql://")
}

// redacted is the URL without its password, for messages.
func redacted(target string) string {
	u, err := url.Parse(target)
	if err != nil {
		return "a PostgreSQL URL"
	}
	return u.Redacted()
}

// openPostgres connects to the database at target and brings its schema
// up to date; Create is implied, as a server's database is made by its
// administrator (see README) and is empty until the first open.
func (s *Store) openPostgres(ctx context.Context) error {
	db, err := sql.Open("pgx", s.target)
	if err != nil {
		return err
	}
	db.SetMaxOpenConns(8)
	s.d = postgresDialect
	s.db = database{DB: db, d: postgresDialect}
	s.wdb = s.db
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return classify(err)
	}
	if err := s.migratePostgres(ctx); err != nil {
		db.Close()
		return err
	}
	return nil
}

// postgresLock keys the advisory lock that migrations take, so that two
// checkers opening a new server database at once make it once.
const postgresLock = 0x46616374 // "Fact"

// migratePostgres brings the database to the newest schema, each
// migration in a transaction with the schema version it makes; a
// database holding tables not Factcheck's is refused.
func (s *Store) migratePostgres(ctx context.Context) error {
	for {
		t, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return classify(err)
		}
		v, err := postgresVersion(ctx, t)
		if err == nil && v >= len(migrations) {
			return classify(t.Commit())
		}
		if err != nil {
			t.Rollback()
			return err
		}
		next := max(v+1, firstPostgres)
		m := postgresMigrations[next]
		if err := m.run(ctx, t); err != nil {
			t.Rollback()
			return fmt.Errorf("migrate to schema %d: %w", next, classify(err))
		}
		if _, err := t.ExecContext(ctx, "INSERT INTO meta (key, value) VALUES ('schema', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
			strconv.Itoa(next)); err != nil {
			t.Rollback()
			return fmt.Errorf("migrate to schema %d: %w", next, classify(err))
		}
		if err := t.Commit(); err != nil {
			return fmt.Errorf("migrate to schema %d: %w", next, classify(err))
		}
	}
}

// postgresVersion takes the migrations' lock and returns the schema
// version of the database: 0 for an empty one.
func postgresVersion(ctx context.Context, t *tx) (int, error) {
	if _, err := t.ExecContext(ctx, "SELECT pg_advisory_xact_lock(?)", postgresLock); err != nil {
		return 0, classify(err)
	}
	var meta sql.NullString
	var tables int
	if err := t.QueryRowContext(ctx, `SELECT to_regclass('meta')::text,
		(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())`).Scan(&meta, &tables); err != nil {
		return 0, classify(err)
	}
	if !meta.Valid {
		if tables > 0 {
			return 0, fmt.Errorf("%w: the database holds %d tables of another program", factcheck.ErrNotFactcheck, tables)
		}
		return 0, nil
	}
	var v string
	err := t.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'schema'").Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("%w: a table meta without Factcheck's schema version", factcheck.ErrNotFactcheck)
	}
	if err != nil {
		return 0, classify(err)
	}
	n, err := strconv.Atoi(v)
	switch {
	case err != nil:
		return 0, fmt.Errorf("%w: schema version %q", factcheck.ErrNotFactcheck, v)
	case n > len(migrations):
		return 0, fmt.Errorf("%w (schema %d; this version knows up to %d)", factcheck.ErrNewerSchema, n, len(migrations))
	}
	return n, nil
}

// classifyPostgres gives a PostgreSQL error its sentinel: a lock not
// granted or a transaction that could not be serialised, a full disk, a
// refused write (a read-only server or a role without the right).
func classifyPostgres(err error) error {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return err
	}
	var sentinel error
	switch {
	case pe.Code == "55P03" || pe.Code == "40001" || pe.Code == "40P01": // lock_not_available, serialization_failure, deadlock_detected
		sentinel = factcheck.ErrLocked
	case pe.Code == "53100": // disk_full
		sentinel = factcheck.ErrFull
	case pe.Code == "25006" || pe.Code == "42501": // read_only_sql_transaction, insufficient_privilege
		sentinel = factcheck.ErrReadOnly
	case pe.Code == "XX001" || pe.Code == "XX002": // data_corrupted, index_corrupted
		sentinel = factcheck.ErrCorrupt
	default:
		return err
	}
	return fmt.Errorf("%w: %w", sentinel, err)
}
