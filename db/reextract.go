package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/extract"
)

// A ReextractReport says what a re-extraction changed: what was
// committed, after an error too.
type ReextractReport struct {
	Articles int // articles extracted again
	Claims   int // claims they hold now
	Added    int // claims that are new
	Removed  int // claims no longer extracted, never ruled on: deleted
	Orphaned int // claims no longer extracted but ruled on: kept, flagged
}

// Reextract runs the extractor again over the stored bytes of every
// article, after an extractor upgrade. Claims keep their ID, and so their
// rulings, when their key (article hash, span, text) comes back; a claim
// that does not come back is deleted, unless it was ruled on (or named as
// superseding another), when it is kept and flagged orphaned. Articles are
// committed in batches like an import; groups are recomputed at the end.
func (s *Store) Reextract(ctx context.Context, progress func(Progress)) (_ *ReextractReport, err error) {
	defer s.annotate(&err)
	type stored struct {
		id          int64
		name, given string
	}
	type result struct {
		stored
		article *factcheck.Article
		data    []byte
		err     error
	}
	var arts []stored
	rows, err := s.db.QueryContext(ctx, "SELECT id, name, published_given FROM articles ORDER BY id")
	if err != nil {
		return nil, fmt.Errorf("re-extract: %w", classify(err))
	}
	for rows.Next() {
		var a stored
		if err := rows.Scan(&a.id, &a.name, &a.given); err != nil {
			rows.Close()
			return nil, fmt.Errorf("re-extract: %w", classify(err))
		}
		arts = append(arts, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("re-extract: %w", classify(err))
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results := parseAll(ctx, arts, func(a stored) result {
		r := result{stored: a}
		if r.err = s.db.QueryRowContext(ctx, "SELECT bytes FROM articles WHERE id = ?", a.id).Scan(&r.data); r.err != nil {
			r.err = classify(r.err)
			return r
		}
		r.article, r.err = extract.ParseArticle(a.name, r.data, a.given)
		return r
	})
	rep := &ReextractReport{}
	w := &batchWriter{s: s}
	defer w.rollback()
	done := 0
	for r := range results {
		if r.err != nil {
			return rep, fmt.Errorf("re-extract %s: %w", r.name, r.err)
		}
		if err := w.replaceClaims(ctx, r.id, r.data, r.article, rep); err != nil {
			return rep, fmt.Errorf("re-extract %s: %w", r.name, err)
		}
		done++
		if progress != nil {
			progress(Progress{Done: done, Total: len(arts), File: r.name})
		}
		if err := w.maybeCommit(); err != nil {
			return rep, fmt.Errorf("re-extract: %w", err)
		}
	}
	if err := w.commit(); err != nil {
		return rep, fmt.Errorf("re-extract: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return rep, fmt.Errorf("re-extract: %w", err)
	}
	if err := s.regroupIfNeeded(ctx); err != nil {
		return rep, fmt.Errorf("re-extract: %w", err)
	}
	if err := s.checkBeforeWrite(ctx); err != nil {
		return rep, fmt.Errorf("re-extract: %w", err)
	}
	_, err = s.db.ExecContext(ctx, "INSERT OR REPLACE INTO meta (key, value) VALUES ('rules', ?)", strconv.Itoa(factcheck.RulesVersion))
	if err != nil {
		return rep, fmt.Errorf("re-extract: %w", classify(err))
	}
	return rep, nil
}

// RulesOutdated reports whether the store's claims were found by earlier
// extraction and grouping rules than factcheck.RulesVersion: Reextract
// brings them up to date, keeping every ruling.
func (s *Store) RulesOutdated(ctx context.Context) (_ bool, err error) {
	defer s.annotate(&err)
	var v string
	err = s.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'rules'").Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil // nothing imported yet
	}
	if err != nil {
		return false, fmt.Errorf("rules version: %w", classify(err))
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return false, fmt.Errorf("rules version %q: %w", v, factcheck.ErrCorrupt)
	}
	return n < factcheck.RulesVersion, nil
}

// replaceClaims stores an article's claims as extracted again, adding
// what it did to rep once committed.
func (w *batchWriter) replaceClaims(ctx context.Context, article int64, data []byte, a *factcheck.Article, rep *ReextractReport) error {
	var d ReextractReport
	if err := w.begin(ctx); err != nil {
		return err
	}
	ctx = context.WithoutCancel(ctx)
	before := map[int64]bool{}
	rows, err := w.tx.QueryContext(ctx, "SELECT id FROM claims WHERE article_id = ?", article)
	if err != nil {
		return classify(err)
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return classify(err)
		}
		before[id] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return classify(err)
	}
	now, err := w.putClaims(ctx, article, a.Claims)
	if err != nil {
		return err
	}
	for id := range now {
		if !before[id] {
			d.Added++
		}
	}
	for id := range before {
		if now[id] {
			continue
		}
		res, err := w.tx.ExecContext(ctx, `DELETE FROM claims WHERE id = ?1 AND NOT EXISTS
			(SELECT 1 FROM rulings WHERE claim_id = ?1 OR superseded_by = ?1)`, id)
		if err != nil {
			return classify(err)
		}
		if n, _ := res.RowsAffected(); n == 1 {
			d.Removed++
			continue
		}
		if _, err := w.tx.ExecContext(ctx, "UPDATE claims SET orphaned = 1 WHERE id = ?", id); err != nil {
			return classify(err)
		}
		d.Orphaned++
	}
	var text sql.NullString
	if a.Text != string(data) {
		text = sql.NullString{String: a.Text, Valid: true}
	}
	if _, err := w.tx.ExecContext(ctx, "UPDATE articles SET published = ?, text = ? WHERE id = ?", a.Published, text, article); err != nil {
		return classify(err)
	}
	d.Articles, d.Claims = 1, len(now)
	w.onCommit(func() {
		rep.Articles += d.Articles
		rep.Claims += d.Claims
		rep.Added += d.Added
		rep.Removed += d.Removed
		rep.Orphaned += d.Orphaned
	})
	w.n++
	return nil
}
