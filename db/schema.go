package db

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/factcheck"
)

// The tables, triggers, views and indexes that the migrations make hold
// the store's rules (the log is append-only, ruled claims stay, CHECK
// constraints) and its queries. checkSchema compares a file's with those
// a new database of the same version has, so that a file whose rules
// another program dropped or changed is refused rather than trusted.

// A schemaObject is a table, trigger, view or index as sqlite_schema
// records it.
type schemaObject struct{ typ, name, sql string }

var (
	schemasMu sync.Mutex
	schemas   = map[int]map[string]schemaObject{} // by version, by name
)

// wantSchema returns the schema objects of a database made by the first
// version migrations, built once in memory.
func wantSchema(ctx context.Context, version int) (map[string]schemaObject, error) {
	schemasMu.Lock()
	defer schemasMu.Unlock()
	if m, ok := schemas[version]; ok {
		return m, nil
	}
	db, err := sql.Open("sqlite", "file::memory:")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	for _, m := range migrations[:version] {
		if err := m.run(ctx, tx); err != nil {
			return nil, fmt.Errorf("build the expected schema: %s: %w", m.name, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("build the expected schema: %w", err)
	}
	m, err := readSchema(ctx, db)
	if err != nil {
		return nil, fmt.Errorf("build the expected schema: %w", err)
	}
	schemas[version] = m
	return m, nil
}

// readSchema returns the tables, triggers, views and indexes in db, by
// name, their SQL with runs of white space made one space.
func readSchema(ctx context.Context, db *sql.DB) (map[string]schemaObject, error) {
	rows, err := db.QueryContext(ctx, `SELECT type, name, sql FROM sqlite_schema
		WHERE type IN ('table', 'trigger', 'view', 'index') AND sql IS NOT NULL`)
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	m := map[string]schemaObject{}
	for rows.Next() {
		var o schemaObject
		if err := rows.Scan(&o.typ, &o.name, &o.sql); err != nil {
			return nil, classify(err)
		}
		o.sql = strings.Join(strings.Fields(o.sql), " ")
		m[o.name] = o
	}
	return m, classify(rows.Err())
}

// checkSchema returns factcheck.ErrCorrupt, naming what differs, unless db has the
// tables, triggers, views and indexes of the given version as made, and
// no other trigger. Other tables, views and indexes are let be.
func checkSchema(ctx context.Context, db *sql.DB, version int) error {
	want, err := wantSchema(ctx, version)
	if err != nil {
		return err
	}
	got, err := readSchema(ctx, db)
	if err != nil {
		return err
	}
	var bad []string
	for name, w := range want {
		switch g, ok := got[name]; {
		case !ok:
			bad = append(bad, fmt.Sprintf("%s %s is missing", w.typ, name))
		case g != w:
			bad = append(bad, fmt.Sprintf("%s %s was changed", w.typ, name))
		}
	}
	for name, g := range got {
		if _, ok := want[name]; !ok && g.typ == "trigger" {
			bad = append(bad, fmt.Sprintf("trigger %s was added", name))
		}
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		return fmt.Errorf("%w: another program changed its schema: %s", factcheck.ErrCorrupt, strings.Join(bad, ", "))
	}
	return nil
}
