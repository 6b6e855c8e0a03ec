package db

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migrations holds the schema changes in order: migrations[i] brings the
// schema from user_version i to i+1. Files are named NNNN_name.sql with
// NNNN counting from 0001 without gaps.
var migrations = mustLoadMigrations()

func mustLoadMigrations() []string {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		panic(err)
	}
	out := make([]string, len(names))
	for i, name := range names { // fs.Glob sorts
		n, err := strconv.Atoi(strings.SplitN(path.Base(name), "_", 2)[0])
		if err != nil || n != i+1 {
			panic(fmt.Sprintf("migration %s: want number %04d", name, i+1))
		}
		b, err := migrationFS.ReadFile(name)
		if err != nil {
			panic(err)
		}
		out[i] = string(b)
	}
	return out
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
	tx, err := s.beginWrite(ctx) // BEGIN IMMEDIATE (_txlock)
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
	if _, err := tx.ExecContext(ctx, migrations[v-1]); err != nil {
		return classify(err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v)); err != nil {
		return classify(err)
	}
	return classify(tx.Commit())
}
