package db

import (
	"context"
	"database/sql"
	"strings"
)

// A groupUpdater sets the group and suggestion of claims, maxRows claims a
// statement.
type groupUpdater struct {
	tx   *sql.Tx
	full *sql.Stmt // for maxRows claims
	args []any
}

func updateGroups(n int) string {
	return "UPDATE claims SET grp = v.column2, suggestion = v.column3 FROM (VALUES " +
		strings.Repeat("(?, ?, ?), ", n-1) + "(?, ?, ?)) AS v WHERE claims.id = v.column1"
}

func (u *groupUpdater) add(ctx context.Context, id int64, group string, suggestion any) error {
	u.args = append(u.args, id, group, suggestion)
	if len(u.args) < 3*maxRows {
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
	if len(u.args) == 0 {
		return nil
	}
	_, err := u.tx.ExecContext(ctx, updateGroups(len(u.args)/3), u.args...)
	u.args = u.args[:0]
	return classify(err)
}
