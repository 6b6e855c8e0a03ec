package db

import (
	"context"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
)

// A groupUpdater sets the group and suggestion of claims in the
// transaction of w, maxRows claims a statement.
type groupUpdater struct {
	w    *changeWriter
	args []any
	sugs suggestionWriter // their suggestions
}

func updateGroups(n int, d dialect) string {
	row := "(?, ?)"
	if d == postgresDialect {
		// typed, for PostgreSQL infers text for a VALUES list's parameters
		// (on SQLite a CAST there keeps the planner off claims' key)
		row = "(CAST(? AS BIGINT), CAST(? AS TEXT))"
	}
	return "UPDATE claims SET grp = v.column2 FROM (VALUES " +
		strings.Repeat(row+", ", n-1) + row + ") AS v WHERE claims.id = v.column1"
}

func (u *groupUpdater) add(ctx context.Context, id int64, group string, old, suggestion *factcheck.Suggestion) error {
	if err := u.sugs.add(ctx, u.w, id, old, suggestion); err != nil {
		return err
	}
	u.args = append(u.args, id, group)
	if len(u.args) < 2*maxRows {
		return nil
	}
	return u.update(ctx)
}

// update writes the groups collected.
func (u *groupUpdater) update(ctx context.Context) error {
	for len(u.args) > 0 {
		n := chunkRows(len(u.args) / 2)
		if _, err := u.w.exec(ctx, updateGroups(n, u.w.s.d), u.args[:2*n]...); err != nil {
			return err
		}
		u.args = u.args[2*n:]
	}
	u.args = u.args[:0]
	return nil
}

func (u *groupUpdater) flush(ctx context.Context) error {
	if err := u.sugs.flush(ctx, u.w); err != nil {
		return err
	}
	return u.update(ctx)
}
