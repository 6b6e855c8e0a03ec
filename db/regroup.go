package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/group"
)

// regroupIfNeeded recomputes groups and suggestions when claims changed
// since they were last computed.
func (s *Store) regroupIfNeeded(ctx context.Context) error {
	var flag string
	err := s.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'regroup'").Scan(&flag)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("regroup: %w", classify(err))
	}
	return s.Regroup(ctx)
}

// Regroup recomputes every claim's group and suggestion with
// group.Group over all the claims in the store, in one transaction.
// Import and Reextract call it; orphaned claims belong to no group.
func (s *Store) Regroup(ctx context.Context) (err error) {
	defer s.annotate(&err)
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return fmt.Errorf("regroup: %w", classify(err))
	}
	defer tx.Rollback()
	if err := s.regroup(ctx, tx); err != nil {
		return fmt.Errorf("regroup: %w", err)
	}
	return classify(tx.Commit())
}

// regroup recomputes the groups in tx, which must hold the write lock
// (BEGIN IMMEDIATE): the claims are read on other connections, which see
// what tx sees as long as tx has written nothing.
func (s *Store) regroup(ctx context.Context, tx *sql.Tx) error {
	published := map[string]string{}
	rows, err := tx.QueryContext(ctx, "SELECT name, published FROM articles")
	if err != nil {
		return classify(err)
	}
	for rows.Next() {
		var n, p string
		if err := rows.Scan(&n, &p); err != nil {
			rows.Close()
			return classify(err)
		}
		published[n] = p
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return classify(err)
	}
	claims, err := s.loadClaims(ctx, runtime.GOMAXPROCS(0))
	if err != nil {
		return err
	}

	live := make([]factcheck.Claim, 0, len(claims))
	for _, c := range claims {
		if !c.Orphaned {
			live = append(live, c.Claim)
		}
	}
	places := group.Group(live, published)
	if len(places) != len(live) {
		return fmt.Errorf("group.Group placed %d of %d claims", len(places), len(live))
	}
	u := groupUpdater{tx: tx}
	i := 0
	for _, c := range claims {
		var p group.Placement
		if !c.Orphaned {
			p = places[i]
			i++
		}
		if p.Group == c.Group && sameSuggestion(p.Suggestion, c.Suggestion) {
			continue
		}
		if err := u.add(ctx, c.ID, p.Group, c.Suggestion, p.Suggestion); err != nil {
			return err
		}
	}
	if err := u.flush(ctx); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, "DELETE FROM meta WHERE key = 'regroup'")
	return classify(err)
}

func sameSuggestion(a, b *factcheck.Suggestion) bool {
	if a == nil || b == nil {
		return a == b
	}
	return equalSuggestion(a, b)
}

// A groupUpdater sets the group and suggestion of claims, maxRows claims a
// statement.
type groupUpdater struct {
	tx   *sql.Tx
	full *sql.Stmt // for maxRows claims
	args []any
	sugs suggestionWriter // their suggestions
}

func updateGroups(n int) string {
	return "UPDATE claims SET grp = v.column2 FROM (VALUES " +
		strings.Repeat("(?, ?), ", n-1) + "(?, ?)) AS v WHERE claims.id = v.column1"
}

func (u *groupUpdater) add(ctx context.Context, id int64, group string, old, suggestion *factcheck.Suggestion) error {
	if err := u.sugs.add(ctx, u.tx, id, old, suggestion); err != nil {
		return err
	}
	u.args = append(u.args, id, group)
	if len(u.args) < 2*maxRows {
		return nil
	}
	if u.full == nil {
		var err error
		if u.full, err = u.tx.PrepareContext(ctx, updateGroups(maxRows)); err != nil {
			return classify(err)
		}
	}
	_, err := u.full.ExecContext(ctx, u.args...)
	u.args = u.args[:0]
	return classify(err)
}

func (u *groupUpdater) flush(ctx context.Context) error {
	if u.full != nil {
		defer u.full.Close()
	}
	if err := u.sugs.flush(ctx, u.tx); err != nil {
		return err
	}
	if len(u.args) == 0 {
		return nil
	}
	_, err := u.tx.ExecContext(ctx, updateGroups(len(u.args)/2), u.args...)
	u.args = u.args[:0]
	return classify(err)
}
