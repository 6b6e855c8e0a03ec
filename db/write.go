package db

import (
	"context"
	"database/sql"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
)

// A changeWriter changes claims in one transaction: it counts the change
// in the store's generation, and writes claims through statements
// prepared once.
type changeWriter struct {
	tx     *sql.Tx
	upsert map[int]*sql.Stmt // upsertClaims(n) by n
	args   []any
}

// beginChange starts a transaction that changes claims.
func (s *Store) beginChange(ctx context.Context) (*changeWriter, error) {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return nil, classify(err)
	}
	_, err = tx.ExecContext(ctx, "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'generation'")
	if err != nil {
		tx.Rollback()
		return nil, classify(err)
	}
	return &changeWriter{tx: tx, upsert: map[int]*sql.Stmt{}}, nil
}

func (w *changeWriter) commit() error {
	w.closeStatements()
	err := w.tx.Commit()
	w.tx = nil
	return classify(err)
}

// rollback rolls back unless the transaction was committed.
func (w *changeWriter) rollback() {
	if w.tx != nil {
		w.closeStatements()
		w.tx.Rollback()
		w.tx = nil
	}
}

func (w *changeWriter) closeStatements() {
	for n, st := range w.upsert {
		st.Close()
		delete(w.upsert, n)
	}
}

// claimCols is the number of columns putClaims writes.
const claimCols = 5

// upsertClaims returns the statement that inserts n claims, or updates
// those whose key is already stored, returning their IDs.
func upsertClaims(n int) string {
	row := "(" + strings.Repeat("?, ", claimCols-1) + "?)"
	return `INSERT INTO claims (article_id, span_start, span_end, text, data)
	VALUES ` + strings.Repeat(row+", ", n-1) + row + `
	ON CONFLICT (article_id, span_start, span_end, text) DO UPDATE SET data = excluded.data, orphaned = 0
	RETURNING id`
}

// maxRows is the most rows one statement writes.
const maxRows = 256

// putClaims inserts the claims of an article, or updates those whose key
// it has already, and returns their IDs. It writes up to maxRows claims a
// statement.
func (w *changeWriter) putClaims(ctx context.Context, article int64, claims []factcheck.Claim) (map[int64]bool, error) {
	ids := make(map[int64]bool, len(claims))
	for len(claims) > 0 {
		chunk := claims[:min(len(claims), maxRows)]
		claims = claims[len(chunk):]
		stmt := w.upsert[len(chunk)]
		if stmt == nil {
			var err error
			if stmt, err = w.tx.PrepareContext(ctx, upsertClaims(len(chunk))); err != nil {
				return nil, classify(err)
			}
			w.upsert[len(chunk)] = stmt
		}
		w.args = w.args[:0]
		for i := range chunk {
			c := &chunk[i]
			w.args = append(w.args, article, c.Start, c.End, c.Text, packClaim(nil, c))
		}
		rows, err := stmt.QueryContext(ctx, w.args...)
		if err != nil {
			return nil, classify(err)
		}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, classify(err)
			}
			ids[id] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, classify(err)
		}
	}
	return ids, nil
}
