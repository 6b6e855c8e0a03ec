package db

import (
	"context"
	"database/sql"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// The store's SQL is written once, for SQLite's dialect, and kept portable
// where it costs nothing (ON CONFLICT, RETURNING, window functions): on
// PostgreSQL a query's parameters are renumbered ("?" and "?1" become
// "$1") and the few constructs that differ are written through the
// dialect (each). A database, a tx and a stmt are the database/sql types
// with that rewriting done on the way in.

// A dialect is the SQL a store's server speaks.
type dialect uint8

const (
	sqliteDialect dialect = iota
	postgresDialect
)

// bound caches the PostgreSQL form of each query.
var bound sync.Map // string → string

// eitherValue matches a claim value read as one column, its number or
// its date: "coalesce(c.value, c.value_date)". SQLite gives the column
// the type of the value it holds; PostgreSQL gives a column one type, so
// there the column is JSON text: a number in brackets ("[2.5]"), a date
// quoted ("\"2023-11-03\""), which readValue tells from SQLite's dates.
var eitherValue = regexp.MustCompile(`coalesce\(((?:\w+\.)?\w*value), ((?:\w+\.)?\w*value_date)\)`)

// crossJoinOn matches SQLite's CROSS JOIN with a condition, which keeps
// its planner to the order written; PostgreSQL writes it JOIN.
var crossJoinOn = regexp.MustCompile(`CROSS JOIN (\w+(?: AS \w+)?) ON`)

// indexedBy matches SQLite's choice of index, which PostgreSQL's planner
// makes itself.
var indexedBy = regexp.MustCompile(` INDEXED BY \w+`)

// bind returns query in the dialect's form: on PostgreSQL, "?" is the
// next parameter and "?N" the Nth, both written "$N" (question marks in
// string literals are left alone), a value read as its number or date
// (eitherValue) is read as JSON, CROSS JOIN … ON is JOIN … ON, SQLite's
// INDEXED BY goes and its instr is strpos.
func (d dialect) bind(query string) string {
	if d == sqliteDialect {
		return query
	}
	if q, ok := bound.Load(query); ok {
		return q.(string)
	}
	original := query
	query = eitherValue.ReplaceAllString(query, "CASE WHEN $1 IS NULL THEN to_jsonb($2) ELSE jsonb_build_array($1) END")
	query = crossJoinOn.ReplaceAllString(query, "JOIN $1 ON")
	query = indexedBy.ReplaceAllString(query, "")
	query = strings.ReplaceAll(query, "instr(", "strpos(")
	var b strings.Builder
	n, quoted := 0, false
	for i := 0; i < len(query); i++ {
		c := query[i]
		switch {
		case c == '\'':
			quoted = !quoted
		case c == '?' && !quoted:
			j := i + 1
			for j < len(query) && query[j] >= '0' && query[j] <= '9' {
				j++
			}
			if j > i+1 {
				b.WriteString("$" + query[i+1:j])
			} else {
				n++
				b.WriteString("$" + strconv.Itoa(n))
			}
			i = j - 1
			continue
		}
		b.WriteByte(c)
	}
	bound.Store(original, b.String())
	return b.String()
}

// each returns a table of the values of the JSON array that parameter
// param holds, named alias with one column, value, of SQL type typ
// ("bigint" or "text"): json_each on SQLite, the array's elements on
// PostgreSQL.
func (d dialect) each(param, alias, typ string) string {
	if d == sqliteDialect {
		return "json_each(" + param + ") AS " + alias
	}
	// a nil slice marshals to null, which json_each reads as empty
	return "(SELECT value::" + typ + " AS value FROM jsonb_array_elements_text(coalesce(nullif(" + param + "::jsonb, 'null'), '[]'))) AS " + alias
}

// A database is a *sql.DB that speaks its dialect.
type database struct {
	*sql.DB
	d dialect
}

func (db database) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return db.DB.ExecContext(ctx, db.d.bind(query), args...)
}

func (db database) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return db.DB.QueryContext(ctx, db.d.bind(query), args...)
}

func (db database) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return db.DB.QueryRowContext(ctx, db.d.bind(query), args...)
}

func (db database) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	return db.DB.PrepareContext(ctx, db.d.bind(query))
}

// BeginTx starts a transaction that speaks the database's dialect.
func (db database) BeginTx(ctx context.Context, opts *sql.TxOptions) (*tx, error) {
	t, err := db.DB.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &tx{Tx: t, d: db.d}, nil
}

// A tx is a *sql.Tx that speaks its dialect.
type tx struct {
	*sql.Tx
	d dialect
}

func (t *tx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return t.Tx.ExecContext(ctx, t.d.bind(query), args...)
}

func (t *tx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return t.Tx.QueryContext(ctx, t.d.bind(query), args...)
}

func (t *tx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return t.Tx.QueryRowContext(ctx, t.d.bind(query), args...)
}

func (t *tx) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	return t.Tx.PrepareContext(ctx, t.d.bind(query))
}

func (db database) Exec(query string, args ...any) (sql.Result, error) {
	return db.ExecContext(context.Background(), query, args...)
}

func (db database) Query(query string, args ...any) (*sql.Rows, error) {
	return db.QueryContext(context.Background(), query, args...)
}

func (db database) QueryRow(query string, args ...any) *sql.Row {
	return db.QueryRowContext(context.Background(), query, args...)
}

func (t *tx) Exec(query string, args ...any) (sql.Result, error) {
	return t.ExecContext(context.Background(), query, args...)
}

func (t *tx) Query(query string, args ...any) (*sql.Rows, error) {
	return t.QueryContext(context.Background(), query, args...)
}

func (t *tx) QueryRow(query string, args ...any) *sql.Row {
	return t.QueryRowContext(context.Background(), query, args...)
}

// Begin starts a transaction that speaks the database's dialect.
func (db database) Begin() (*tx, error) { return db.BeginTx(context.Background(), nil) }
