package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/factcheck/factcheck/factcheck"
)

// Who does what on a desk: an article is assigned to a checker by an
// event appended to the log of assignments (migration 0010), and the
// assignment in force is the article's latest event by (at, uid).

// Assign assigns the articles, by ID, to checker, or unassigns them when
// checker is "", each by an event signed by by, all in one transaction.
// An article whose assignment in force is already checker gets no event.
// It returns how many events it committed. by, and checker unless it is
// "", must pass factcheck.ValidateChecker; an ID that is no article's is
// factcheck.ErrNotFound; either way nothing is committed.
func (s *Store) Assign(ctx context.Context, articles []int64, checker, by string) (n int, err error) {
	defer s.annotate(&err)
	if err := factcheck.ValidateChecker(by); err != nil {
		return 0, fmt.Errorf("assign: %w", err)
	}
	if checker != "" {
		if err := factcheck.ValidateChecker(checker); err != nil {
			return 0, fmt.Errorf("assign: %w", err)
		}
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return 0, fmt.Errorf("assign: %w", classify(err))
	}
	defer tx.Rollback()
	if s.d == postgresDialect {
		// One assignment of an article at a time, so that each is stamped
		// later than the one it follows.
		if _, err := tx.ExecContext(ctx, "LOCK TABLE assignments IN SHARE ROW EXCLUSIVE MODE"); err != nil {
			return 0, fmt.Errorf("assign: %w", classify(err))
		}
	}
	done := map[int64]bool{}
	for _, id := range articles {
		if done[id] {
			continue
		}
		done[id] = true
		added, err := assignArticle(ctx, tx, id, checker, by)
		if err != nil {
			return 0, fmt.Errorf("assign article %d: %w", id, err)
		}
		if added {
			n++
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("assign: %w", classify(err))
	}
	return n, nil
}

// assignArticle appends an event assigning the article to checker unless
// that is its assignment in force, and reports whether it did.
func assignArticle(ctx context.Context, tx *tx, article int64, checker, by string) (bool, error) {
	var one int
	err := tx.QueryRowContext(ctx, "SELECT 1 FROM articles WHERE id = ?", article).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, factcheck.ErrNotFound
	}
	if err != nil {
		return false, classify(err)
	}
	var cur, curAt string
	err = tx.QueryRowContext(ctx, "SELECT checker, at FROM assignments WHERE article_id = ? ORDER BY at DESC, uid DESC LIMIT 1",
		article).Scan(&cur, &curAt)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if checker == "" {
			return false, nil // never assigned
		}
	case err != nil:
		return false, classify(err)
	case cur == checker:
		return false, nil
	}
	var prev time.Time
	if curAt != "" {
		if prev, err = parseTime(curAt); err != nil {
			return false, err
		}
	}
	at := stampAfter(prev)
	uid, err := newEventID()
	if err != nil {
		return false, err
	}
	_, err = tx.ExecContext(ctx, "INSERT INTO assignments (uid, article_id, checker, assigned_by, at) VALUES (?, ?, ?, ?, ?)",
		uid, article, checker, by, formatTime(at))
	return err == nil, classify(err)
}

// Assignments returns the checker each assigned article is assigned to,
// by article ID; an article never assigned, or unassigned since, is not
// in it.
func (s *Store) Assignments(ctx context.Context) (_ map[int64]string, err error) {
	defer s.annotate(&err)
	out := map[int64]string{}
	err = eachRow(ctx, s.db, "SELECT article_id, checker FROM current_assignments WHERE checker <> ''", nil, func(rows *sql.Rows) error {
		var id int64
		var checker string
		err := rows.Scan(&id, &checker)
		out[id] = checker
		return classify(err)
	})
	if err != nil {
		return nil, fmt.Errorf("list assignments: %w", err)
	}
	return out, nil
}
