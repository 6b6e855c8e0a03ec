package db

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// A migration is one schema change, from the file NNNN_name.sql. A change
// SQL alone cannot make (data in a format of Factcheck's own) has its file
// cut in two by a line "-- convert": convert runs between the halves, in
// the same transaction. A migration whose file has a line "-- foreign
// keys off" rebuilds a table that others reference, so it runs with
// foreign keys off and is checked with PRAGMA foreign_key_check before it
// commits.
type migration struct {
	name          string
	before, after string                                   // SQL; after is "" unless the file is cut
	convert       func(ctx context.Context, tx dbtx) error // nil unless the file is cut
	rebuild       bool                                     // run with foreign keys off, and check them
}

// dbtx is what a migration's convert needs of a transaction (*sql.Tx).
type dbtx interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
}

// converters holds the Go code of migrations, by number.
var converters = map[int]func(context.Context, dbtx) error{
	4: convertLegacyClaims,
	9: convertEventIDs,
}

// convertLine cuts a migration's SQL where its Go code runs;
// foreignKeysOffLine marks a migration that rebuilds a table.
const (
	convertLine        = "\n-- convert\n"
	foreignKeysOffLine = "\n-- foreign keys off\n"
)

// migrations holds the schema changes in order: migrations[i] brings the
// schema from user_version i to i+1. Files are named NNNN_name.sql with
// NNNN counting from 0001 without gaps.
var migrations = mustLoadMigrations()

func mustLoadMigrations() []migration {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		panic(err)
	}
	out := make([]migration, len(names))
	for i, name := range names { // fs.Glob sorts
		n, err := strconv.Atoi(strings.SplitN(path.Base(name), "_", 2)[0])
		if err != nil || n != i+1 {
			panic(fmt.Sprintf("migration %s: want number %04d", name, i+1))
		}
		b, err := migrationFS.ReadFile(name)
		if err != nil {
			panic(err)
		}
		out[i] = parseMigration(name, n, string(b))
	}
	return out
}

// parseMigration reads migration n from its file's SQL, cut in two where
// its Go code runs if it has any.
func parseMigration(name string, n int, sql string) migration {
	m := migration{name: name, before: sql, rebuild: strings.Contains(sql, foreignKeysOffLine)}
	before, after, cut := strings.Cut(sql, convertLine)
	if cut != (converters[n] != nil) {
		panic(fmt.Sprintf("migration %s: a %q line needs Go code in converters, and the reverse", name, strings.TrimSpace(convertLine)))
	}
	if cut {
		m.before, m.after, m.convert = before, after, converters[n]
	}
	return m
}

// run applies m in tx.
func (m *migration) run(ctx context.Context, tx dbtx) error {
	if _, err := tx.ExecContext(ctx, m.before); err != nil {
		return classify(err)
	}
	if m.convert == nil {
		return nil
	}
	if err := m.convert(ctx, tx); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, m.after)
	return classify(err)
}

// migrate applies the migrations the database lacks, each in its own
// BEGIN IMMEDIATE transaction together with its PRAGMA user_version, so
// that two processes opening a new database at once apply each only once.
func (s *Store) migrate(ctx context.Context) error {
	for v := 1; v <= len(migrations); v++ {
		if err := s.migrateTo(ctx, v); err != nil {
			return fmt.Errorf("migrate to schema %d: %w", v, err)
		}
	}
	return nil
}

func (s *Store) migrateTo(ctx context.Context, v int) error {
	var cur int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&cur); err != nil {
		return classify(err)
	}
	if cur >= v {
		return nil
	}
	if err := s.checkBeforeWrite(ctx); err != nil {
		return err
	}
	m := &migrations[v-1]
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return classify(err)
	}
	defer conn.Close()
	if m.rebuild {
		// PRAGMA foreign_keys has no effect inside a transaction.
		if _, err := conn.ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
			return classify(err)
		}
		defer func() {
			if _, err := conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA foreign_keys = ON"); err != nil {
				conn.Raw(func(any) error { return driver.ErrBadConn }) // not back to the pool
			}
		}()
	}
	tx, err := conn.BeginTx(ctx, nil) // BEGIN IMMEDIATE (_txlock)
	if err != nil {
		return classify(err)
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&cur); err != nil {
		return classify(err)
	}
	switch {
	case cur >= v:
		return nil // another process got there first
	case cur != v-1:
		return fmt.Errorf("schema is %d, want %d", cur, v-1)
	}
	if err := m.run(ctx, tx); err != nil {
		return err
	}
	if m.rebuild {
		if err := foreignKeyCheck(ctx, tx); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v)); err != nil {
		return classify(err)
	}
	return classify(tx.Commit())
}

// foreignKeyCheck returns factcheck.ErrCorrupt when a row of tx's
// database names a row that is not there.
func foreignKeyCheck(ctx context.Context, tx dbtx) error {
	rows, err := tx.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return classify(err)
	}
	defer rows.Close()
	if rows.Next() {
		var table, parent string
		var rowid sql.NullInt64
		var fk int
		if err := rows.Scan(&table, &rowid, &parent, &fk); err != nil {
			return classify(err)
		}
		return fmt.Errorf("%w: row %d of %s names a missing row of %s", factcheck.ErrCorrupt, rowid.Int64, table, parent)
	}
	return classify(rows.Err())
}
