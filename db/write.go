package db

import (
	"context"
	"database/sql"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
)

// A changeWriter changes claims in one transaction: it counts the change
// in the store's generation, and runs its statements prepared once for
// the store's writing connections (preparing an insert of 256 rows costs
// more than running it).
type changeWriter struct {
	s     *Store
	tx    *tx
	stmts map[string]*sql.Stmt // the store's, for tx, by query
	args  []any
}

// beginChange starts a transaction that changes claims.
func (s *Store) beginChange(ctx context.Context) (*changeWriter, error) {
	w, err := s.beginWriter(ctx)
	if err != nil {
		return nil, err
	}
	if _, err = w.exec(ctx, "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'generation'"); err != nil {
		w.rollback()
		return nil, err
	}
	return w, nil
}

// beginWriter starts a write transaction, for writes that leave claims
// as they are.
func (s *Store) beginWriter(ctx context.Context) (*changeWriter, error) {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return nil, classify(err)
	}
	return &changeWriter{s: s, tx: tx, stmts: map[string]*sql.Stmt{}}, nil
}

// stmt returns query prepared for the transaction: the store's statement
// for it, prepared on a writing connection once, then on the
// transaction's connection once (database/sql keeps it there).
func (w *changeWriter) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := w.stmts[query]; ok {
		return st, nil
	}
	parent, err := w.s.writeStmt(ctx, query)
	if err != nil {
		return nil, err
	}
	st := w.tx.StmtContext(ctx, parent)
	w.stmts[query] = st
	return st, nil
}

// writeStmt returns query prepared on the writing connections.
func (s *Store) writeStmt(ctx context.Context, query string) (*sql.Stmt, error) {
	s.writeStmtsMu.Lock()
	defer s.writeStmtsMu.Unlock()
	if st, ok := s.writeStmts[query]; ok {
		return st, nil
	}
	if s.writeStmts == nil {
		s.writeStmts = map[string]*sql.Stmt{}
	}
	st, err := s.wdb.PrepareContext(ctx, query)
	if err != nil {
		return nil, classify(err)
	}
	s.writeStmts[query] = st
	return st, nil
}

// ExecContext, QueryContext and PrepareContext make a changeWriter a
// dbtx whose statements stay prepared (see stmt): the caller must not
// close those PrepareContext returns.
func (w *changeWriter) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return w.exec(ctx, query, args...)
}

func (w *changeWriter) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return w.tx.QueryContext(ctx, query, args...)
}

func (w *changeWriter) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	return w.stmt(ctx, query)
}

// exec runs query, prepared once, with args.
func (w *changeWriter) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := w.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	res, err := st.ExecContext(ctx, args...)
	return res, classify(err)
}

// queryRow runs query, prepared once, with args, and scans its one row
// into dest.
func (w *changeWriter) queryRow(ctx context.Context, query string, args []any, dest ...any) error {
	st, err := w.stmt(ctx, query)
	if err != nil {
		return err
	}
	return classify(st.QueryRowContext(ctx, args...).Scan(dest...))
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
	for q, st := range w.stmts {
		st.Close()
		delete(w.stmts, q)
	}
}

// claimCols is the number of columns putClaims writes: the key and
// claimFields.
const claimCols = 4 + claimFieldCount

// upsertClaims returns the statement that inserts n claims, or updates
// those whose key is already stored, returning their IDs.
func upsertClaims(n int) string {
	return `INSERT INTO claims (article_id, span_start, span_end, text, ` + claimFields + `)
	VALUES ` + insertRows(n, claimCols) + `
	ON CONFLICT (article_id, span_start, span_end, text) DO UPDATE SET ` + upsertFields + `, orphaned = 0
	RETURNING id`
}

// upsertFields sets every one of claimFields to its new value.
var upsertFields = func() string {
	var b strings.Builder
	for i, f := range strings.Split(claimFields, ",") {
		f = strings.TrimSpace(f)
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(f + " = excluded." + f)
	}
	return b.String()
}()

// maxRows is the most rows one statement writes.
const maxRows = 256

// chunkRows returns how many of n rows the next statement writes: maxRows,
// or the largest power of two that is not more than n, so that a
// transaction prepares a few statements whatever the articles' sizes.
func chunkRows(n int) int {
	c := maxRows
	for c > n {
		c /= 2
	}
	return c
}

// claimsTable names the columns claimInserter writes.
const claimsTable = "claims (id, article_id, span_start, span_end, text, " + claimFields + ")"

// insertMany inserts rows of cols values each, args holding them one after
// the other, into table ("name (col, ...)"), maxRows a statement.
func (w *changeWriter) insertMany(ctx context.Context, table string, cols int, args []any) error {
	for len(args) > 0 {
		n := chunkRows(len(args) / cols)
		if _, err := w.exec(ctx, "INSERT INTO "+table+" VALUES "+insertRows(n, cols), args[:n*cols]...); err != nil {
			return err
		}
		args = args[n*cols:]
	}
	return nil
}

// A claimInserter writes the claims of new articles, maxRows a statement
// across articles: a statement a row, or one an article, costs more. It
// gives the claims their IDs itself (see reserveClaimIDs), so that its
// caller knows them without reading them back.
type claimInserter struct {
	w    *changeWriter
	args []any   // rows waiting, claimCols+1 values each
	ids  []int64 // IDs reserved and not given yet
	last int64   // on SQLite, the last ID reserved
}

// add queues the claims of the new article with ID article, writing a
// statement's worth when there is one, and returns the IDs the claims
// get, in their order.
func (ci *claimInserter) add(ctx context.Context, article int64, claims []factcheck.Claim) ([]int64, error) {
	if need := len(claims) - len(ci.ids); need > 0 {
		more, err := ci.w.reserveClaimIDs(ctx, max(need, maxRows), &ci.last)
		if err != nil {
			return nil, err
		}
		ci.ids = append(ci.ids, more...)
	}
	ids := ci.ids[:len(claims):len(claims)]
	ci.ids = ci.ids[len(claims):]
	for i := range claims {
		c := &claims[i]
		ci.args = appendClaimFields(append(ci.args, ids[i], article, int64(c.Start), int64(c.End), c.Text), c)
		if len(ci.args) == maxRows*(claimCols+1) {
			if err := ci.flush(ctx); err != nil {
				return nil, err
			}
		}
	}
	return ids, nil
}

// flush writes every claim queued.
func (ci *claimInserter) flush(ctx context.Context) error {
	err := ci.w.insertMany(ctx, claimsTable, claimCols+1, ci.args)
	ci.args = ci.args[:0]
	return err
}

// reserveClaimIDs returns n IDs that no claim has and no other
// transaction will give, in w's transaction. On SQLite, which w holds
// whole, they follow the largest ID stored (read once, then kept in
// *last); on PostgreSQL they are drawn from the claims' identity
// sequence.
func (w *changeWriter) reserveClaimIDs(ctx context.Context, n int, last *int64) ([]int64, error) {
	ids := make([]int64, 0, n)
	if w.s.d == postgresDialect {
		err := eachRow(ctx, w.tx, "SELECT nextval(pg_get_serial_sequence('claims', 'id')) FROM generate_series(1, CAST(? AS integer))", []any{n}, func(rows *sql.Rows) error {
			var id int64
			err := rows.Scan(&id)
			ids = append(ids, id)
			return err
		})
		return ids, err
	}
	if *last == 0 {
		if err := w.queryRow(ctx, "SELECT coalesce(max(id), 0) FROM claims", nil, last); err != nil {
			return nil, err
		}
	}
	for range n {
		*last++
		ids = append(ids, *last)
	}
	return ids, nil
}

// putClaims inserts the claims of an article, or updates those whose key
// it has already, and returns their IDs. It writes chunkRows claims a
// statement.
func (w *changeWriter) putClaims(ctx context.Context, article int64, claims []factcheck.Claim) (map[int64]bool, error) {
	ids := make(map[int64]bool, len(claims))
	for len(claims) > 0 {
		n := chunkRows(len(claims))
		chunk := claims[:n]
		claims = claims[n:]
		stmt, err := w.stmt(ctx, upsertClaims(n))
		if err != nil {
			return nil, err
		}
		w.args = w.args[:0]
		for i := range chunk {
			c := &chunk[i]
			w.args = appendClaimFields(append(w.args, article, int64(c.Start), int64(c.End), c.Text), c)
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
