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
	// hash and name look up, in tx, whether an article with the hash or
	// the name is stored: another process may have committed it since the
	// import read the store.
	hash, name *sql.Stmt
	// done holds what to report of the articles in tx once committed:
	// every count reported is of what was committed.
	done []func()
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
	if w.hash, err = tx.PrepareContext(ctx, "SELECT EXISTS (SELECT 1 FROM articles WHERE hash = ?)"); err != nil {
		w.rollback()
		return classify(err)
	}
	if w.name, err = tx.PrepareContext(ctx, "SELECT EXISTS (SELECT 1 FROM articles WHERE name = ?)"); err != nil {
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
	if err == nil {
		for _, f := range w.done {
			f()
		}
	}
	w.done = w.done[:0]
	return classify(err)
}

func (w *batchWriter) rollback() {
	if w.tx != nil {
		w.tx.Rollback()
		w.tx = nil
	}
	w.done = w.done[:0]
}

// onCommit has f run once the transaction holding the current article
// commits, and never if it does not.
func (w *batchWriter) onCommit(f func()) { w.done = append(w.done, f) }

// addArticle inserts a new article and its claims, under a name k makes
// unique, and returns that name; "" when an article with its bytes is
// stored already.
func (w *batchWriter) addArticle(ctx context.Context, k *known, p parsed, given string) (string, error) {
	if err := w.begin(ctx); err != nil {
		return "", err
	}
	ctx = context.WithoutCancel(ctx)
	var stored bool
	if err := w.hash.QueryRowContext(ctx, p.hash).Scan(&stored); err != nil || stored {
		return "", classify(err)
	}
	name := k.uniqueName(p.src.name, p.hash)
	if err := w.name.QueryRowContext(ctx, name).Scan(&stored); err != nil {
		return "", classify(err)
	}
	if stored {
		k.names[name] = true
		name = k.uniqueName(p.src.name, p.hash)
	}
	var text any
	if p.article.Text != string(p.data) {
		text = p.article.Text
	}
	var id int64
	err := w.article.QueryRowContext(ctx, name, p.hash, p.article.Published, given, p.src.path,
		formatTime(now()), p.data, text).Scan(&id)
	if err != nil {
		return "", classify(err)
	}
	if _, err := w.putClaims(ctx, id, p.article.Claims); err != nil {
		return "", err
	}
	k.names[name] = true
	w.n++
	return name, nil
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
