package db

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/factcheck"
)

// Batches: an import commits after this many articles or this long,
// whichever comes first.
const (
	batchArticles = 500
	batchTime     = time.Second
)

// A batchWriter writes articles and their claims in transactions of whole
// articles, through statements prepared once a transaction.
type batchWriter struct {
	s       *Store
	tx      *sql.Tx
	article *sql.Stmt         // insert an article, returning its ID
	upsert  map[int]*sql.Stmt // upsertClaims(n) by n
	args    []any
	n       int // articles in tx
	started time.Time
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

// begin starts a transaction unless one is open. It ignores ctx's
// cancellation, so that a cancelled import still commits its whole
// articles.
func (w *batchWriter) begin(ctx context.Context) error {
	if w.tx != nil {
		return nil
	}
	ctx = context.WithoutCancel(ctx)
	tx, err := w.s.beginWrite(ctx)
	if err != nil {
		return classify(err)
	}
	w.tx, w.n, w.started = tx, 0, time.Now()
	// The flag is cleared by the regrouping transaction: if the process dies
	// in between, the next import regroups.
	if _, err := tx.ExecContext(ctx, "INSERT OR REPLACE INTO meta (key, value) VALUES ('regroup', '1')"); err != nil {
		w.rollback()
		return classify(err)
	}
	// A new store's claims are of these rules; an older store's stay
	// outdated until Reextract.
	if _, err := tx.ExecContext(ctx, "INSERT OR IGNORE INTO meta (key, value) VALUES ('rules', ?)", strconv.Itoa(factcheck.RulesVersion)); err != nil {
		w.rollback()
		return classify(err)
	}
	if w.article, err = tx.PrepareContext(ctx, `INSERT INTO articles
		(name, hash, published, published_given, source, imported_at, bytes, text)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`); err != nil {
		w.rollback()
		return classify(err)
	}
	w.upsert = map[int]*sql.Stmt{}
	return nil
}

// maybeCommit commits when the batch is full.
func (w *batchWriter) maybeCommit() error {
	if w.tx == nil || (w.n < batchArticles && time.Since(w.started) < batchTime) {
		return nil
	}
	return w.commit()
}

func (w *batchWriter) commit() error {
	if w.tx == nil {
		return nil
	}
	err := w.tx.Commit()
	w.tx = nil
	return classify(err)
}

func (w *batchWriter) rollback() {
	if w.tx != nil {
		w.tx.Rollback()
		w.tx = nil
	}
}

// addArticle inserts a new article and its claims.
func (w *batchWriter) addArticle(ctx context.Context, name string, p parsed, given string) error {
	if err := w.begin(ctx); err != nil {
		return err
	}
	ctx = context.WithoutCancel(ctx)
	var text any
	if p.article.Text != string(p.data) {
		text = p.article.Text
	}
	var id int64
	err := w.article.QueryRowContext(ctx, name, p.hash, p.article.Published, given, p.src.path,
		formatTime(now()), p.data, text).Scan(&id)
	if err != nil {
		return classify(err)
	}
	if _, err := w.putClaims(ctx, id, p.article.Claims); err != nil {
		return err
	}
	w.n++
	return nil
}

// putClaims inserts the claims of an article, or updates those whose key
// it has already, and returns their IDs. It writes up to maxRows claims a
// statement.
func (w *batchWriter) putClaims(ctx context.Context, article int64, claims []factcheck.Claim) (map[int64]bool, error) {
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
