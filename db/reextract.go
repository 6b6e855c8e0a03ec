package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// RulesOutdated reports whether the store's claims were found by earlier
// extraction and grouping rules than factcheck.RulesVersion: ingest.Reextract
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
// what it did to rep.
func (w *changeWriter) replaceClaims(ctx context.Context, a *ingest.Reextracted, rep *ingest.ReextractReport) error {
	before := map[int64]bool{}
	st, err := w.stmt(ctx, "SELECT id FROM claims WHERE article_id = ?")
	if err != nil {
		return err
	}
	rows, err := st.QueryContext(ctx, a.ID)
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
	now, err := w.putClaims(ctx, a.ID, a.Article.Claims)
	if err != nil {
		return err
	}
	for id := range now {
		if !before[id] {
			rep.Added++
		}
	}
	for id := range before {
		if now[id] {
			continue
		}
		res, err := w.exec(ctx, `DELETE FROM claims WHERE id = ?1 AND NOT EXISTS
			(SELECT 1 FROM rulings WHERE claim_id = ?1 OR superseded_by = ?1)`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 1 {
			rep.Removed++
			continue
		}
		// A claim a checker added is the checker's, not the extractor's.
		res, err = w.exec(ctx, `UPDATE claims SET orphaned = 1 WHERE id = ?1 AND NOT EXISTS
			(SELECT 1 FROM rulings WHERE claim_id = ?1 AND action = 'add')`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 1 {
			rep.Orphaned++
		}
	}
	var text sql.NullString
	if a.Article.Text != string(a.Bytes) {
		text = sql.NullString{String: a.Article.Text, Valid: true}
	}
	if _, err := w.exec(ctx, "UPDATE articles SET published = ?, text = ? WHERE id = ?", a.Article.Published, text, a.ID); err != nil {
		return err
	}
	if _, err = w.exec(ctx, "UPDATE article_grouping SET claims = ?, grouped = 0 WHERE article_id = ?", len(now), a.ID); err != nil {
		return err
	}
	if err := w.setNames(ctx, a.ID, a.Names); err != nil {
		return err
	}
	rep.Articles++
	rep.Claims += len(now)
	return nil
}
