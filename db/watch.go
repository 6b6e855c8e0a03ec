package db

import (
	"context"
	"fmt"
)

// ArticlesStamp returns a value that changes whenever articles are added
// to the store or removed from it, or their claims grouped, by this
// process or another: the number of articles, the highest article ID and
// the number grouped, as "count/max/grouped". A window compares stamps to
// notice an import made by another program.
func (s *Store) ArticlesStamp(ctx context.Context) (_ string, err error) {
	defer s.annotate(&err)
	var n, top, grouped int64
	err = s.db.QueryRowContext(ctx, `SELECT count(*), coalesce(max(id), 0),
		(SELECT coalesce(sum(grouped), 0) FROM article_grouping) FROM articles`).Scan(&n, &top, &grouped)
	if err != nil {
		return "", fmt.Errorf("count articles: %w", classify(err))
	}
	return fmt.Sprintf("%d/%d/%d", n, top, grouped), nil
}
