package db

import (
	"context"
	"database/sql"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
)

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
