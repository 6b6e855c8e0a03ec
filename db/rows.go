package db

import (
	"context"
	"database/sql"
)

// A rowQuerier runs queries: a database, a transaction (*tx) or a
// migration's dbtx.
type rowQuerier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// eachRow runs query with args on q and calls f on each row, in order; it
// returns the first error, f's as it is, the database's classified.
func eachRow(ctx context.Context, q rowQuerier, query string, args []any, f func(*sql.Rows) error) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return classify(err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := f(rows); err != nil {
			return err
		}
	}
	return classify(rows.Err())
}
