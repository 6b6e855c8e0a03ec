package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
	"time"

	"github.com/factcheck/factcheck/factcheck"
)

// Claims returns every claim with its current ruling, in article order and
// then by span. Parts of the table are read on several connections at once,
// each in its own snapshot: a ruling committed meanwhile by another process
// may show on some claims and not others. The claims of an article are
// read from its pack, a cache of their columns in one BLOB that Repack
// writes, unless they changed since it was written (see
// migrations/0008_claim_packs.sql): then from the columns. Strings are shared, not copied: a claim's point into
// its article's pack, and article names and sentences repeated from claim
// to claim are kept once.
func (s *Store) Claims(ctx context.Context) (_ []factcheck.Record, err error) {
	defer s.annotate(&err)
	return s.claims(ctx)
}

func (s *Store) claims(ctx context.Context) ([]factcheck.Record, error) {
	var states map[int64]factcheck.State
	var statesErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		states, statesErr = s.loadStates(ctx)
	}()
	claims, err := s.loadClaims(ctx, runtime.GOMAXPROCS(0))
	<-done
	if err == nil {
		err = statesErr
	}
	if err != nil {
		return nil, fmt.Errorf("list claims: %w", err)
	}
	for i := range claims {
		if st, ok := states[claims[i].ID]; ok {
			claims[i].SetState(st)
		}
	}
	return claims, nil
}

// Claim returns the claim with the given ID.
func (s *Store) Claim(ctx context.Context, id int64) (_ *factcheck.Record, err error) {
	defer s.annotate(&err)
	return s.oneClaim(ctx, "claim "+fmt.Sprint(id), " WHERE c.id = ? ORDER BY sr.n", id)
}

// ClaimAt returns the claim a factcheck.Ref names: the first claim, by
// span, that starts at ref.Start in the article named ref.Doc. Suggestions
// name claims this way.
func (s *Store) ClaimAt(ctx context.Context, ref factcheck.Ref) (_ *factcheck.Record, err error) {
	defer s.annotate(&err)
	return s.oneClaim(ctx, "claim "+ref.String(), ` WHERE c.id = (SELECT c.id FROM claims AS c
		JOIN articles AS a ON a.id = c.article_id
		WHERE a.name = ? AND c.span_start = ? ORDER BY c.span_end, c.text LIMIT 1) ORDER BY sr.n`, ref.Doc, ref.Start)
}

func (s *Store) oneClaim(ctx context.Context, what, where string, args ...any) (*factcheck.Record, error) {
	rows, err := s.db.QueryContext(ctx, withState+where, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, classify(err))
	}
	defer rows.Close()
	claims, err := scanWithState(rows)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if len(claims) == 0 {
		return nil, fmt.Errorf("%s: %w", what, factcheck.ErrNotFound)
	}
	return &claims[0], nil
}

// FirstClaims returns what Claims would return first: the claims of the
// first articles, by ID, that hold at least n claims between them, with
// their current rulings. all reports whether they are every claim. It
// reads only those articles' claims and rulings, so that a window can list
// them at once while Claims reads the rest.
func (s *Store) FirstClaims(ctx context.Context, n int) (claims []factcheck.Record, all bool, err error) {
	defer s.annotate(&err)
	// The article of the nth claim in article order, read off the index.
	var last int64
	err = s.db.QueryRowContext(ctx, "SELECT article_id FROM claims ORDER BY article_id LIMIT 1 OFFSET ?", max(n-1, 0)).Scan(&last)
	if errors.Is(err, sql.ErrNoRows) {
		claims, err = s.claims(ctx)
		return claims, true, err
	}
	if err != nil {
		return nil, false, fmt.Errorf("list claims: %w", classify(err))
	}
	rows, err := s.db.QueryContext(ctx, withState+
		" WHERE c.article_id <= ? ORDER BY c.article_id, c.span_start, c.span_end, c.text, sr.n", last)
	if err != nil {
		return nil, false, fmt.Errorf("list claims: %w", classify(err))
	}
	defer rows.Close()
	if claims, err = scanWithState(rows); err != nil {
		return nil, false, fmt.Errorf("list claims: %w", err)
	}
	var more bool
	if err := s.db.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM claims WHERE article_id > ?)", last).Scan(&more); err != nil {
		return nil, false, fmt.Errorf("list claims: %w", classify(err))
	}
	return claims, !more, nil
}

// ClaimsOfKind returns the claims of one kind (factcheck.Kind, such as
// factcheck.Date) with their current rulings, in the order Claims returns
// them: what Claims returns, filtered, but selected by the database
// (the checker's kind, else claims.kind) so that only those claims are read. An unknown kind has
// no claims.
func (s *Store) ClaimsOfKind(ctx context.Context, kind factcheck.Kind) (_ []factcheck.Record, err error) {
	defer s.annotate(&err)
	rows, err := s.db.QueryContext(ctx, withState+
		" WHERE coalesce(r.reading_kind, c.kind) = ? ORDER BY c.article_id, c.span_start, c.span_end, c.text, sr.n", string(kind))
	if err != nil {
		return nil, fmt.Errorf("list %s claims: %w", kind, classify(err))
	}
	defer rows.Close()
	claims, err := scanWithState(rows)
	if err != nil {
		return nil, fmt.Errorf("list %s claims: %w", kind, err)
	}
	return claims, nil
}

// timeFormat writes times in UTC with a fixed width, so that they sort as text.
const timeFormat = "2006-01-02T15:04:05.000000000Z"

func formatTime(t time.Time) string { return t.UTC().Format(timeFormat) }

func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("time %q: %w", s, err)
	}
	return t.UTC(), nil
}

// articleInfo selects what an ArticleInfo holds of articles AS a; scan
// reads it.
const articleInfo = `SELECT a.id, a.name, a.hash, a.published, a.source, a.imported_at,
	length(a.bytes), a.text IS NOT NULL AND l.format = 'text',
	(SELECT count(*) FROM claims AS c WHERE c.article_id = a.id AND c.orphaned = 0),
	l.format, l.title, l.outlet, l.byline, l.url
	FROM articles AS a JOIN article_labels AS l ON l.article_id = a.id`

func scanArticleInfo(rows *sql.Rows) (factcheck.ArticleInfo, error) {
	var a factcheck.ArticleInfo
	var at string
	if err := rows.Scan(&a.ID, &a.Name, &a.Hash, &a.Published, &a.Source, &at, &a.Size, &a.Recoded, &a.Claims,
		&a.Format, &a.Title, &a.Outlet, &a.Byline, &a.URL); err != nil {
		return a, classify(err)
	}
	var err error
	if a.ImportedAt, err = parseTime(at); err != nil {
		return a, fmt.Errorf("%s: %w", a.Name, err)
	}
	return a, nil
}

// Articles returns every article, by name.
func (s *Store) Articles(ctx context.Context) (_ []factcheck.ArticleInfo, err error) {
	defer s.annotate(&err)
	rows, err := s.db.QueryContext(ctx, articleInfo+" ORDER BY a.name")
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", classify(err))
	}
	defer rows.Close()
	var out []factcheck.ArticleInfo
	for rows.Next() {
		a, err := scanArticleInfo(rows)
		if err != nil {
			return nil, fmt.Errorf("list articles: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list articles: %w", classify(err))
	}
	return out, nil
}

// Article returns one article; factcheck.ErrNotFound when there is no
// article with that ID.
func (s *Store) Article(ctx context.Context, id int64) (_ factcheck.ArticleInfo, err error) {
	defer s.annotate(&err)
	rows, err := s.db.QueryContext(ctx, articleInfo+" WHERE a.id = ?", id)
	if err != nil {
		return factcheck.ArticleInfo{}, fmt.Errorf("article %d: %w", id, classify(err))
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return factcheck.ArticleInfo{}, fmt.Errorf("article %d: %w", id, classify(err))
		}
		return factcheck.ArticleInfo{}, fmt.Errorf("article %d: %w", id, factcheck.ErrNotFound)
	}
	a, err := scanArticleInfo(rows)
	if err != nil {
		return a, fmt.Errorf("article %d: %w", id, err)
	}
	return a, nil
}

// ArticleLabels returns every article's label, by name: what Articles
// returns of them, read faster.
func (s *Store) ArticleLabels(ctx context.Context) (_ map[string]factcheck.ArticleLabel, err error) {
	defer s.annotate(&err)
	rows, err := s.db.QueryContext(ctx, "SELECT name, published, format, title, outlet, byline, url FROM article_labels")
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", classify(err))
	}
	defer rows.Close()
	out := map[string]factcheck.ArticleLabel{}
	for rows.Next() {
		var name string
		var l factcheck.ArticleLabel
		if err := rows.Scan(&name, &l.Published, &l.Format, &l.Title, &l.Outlet, &l.Byline, &l.URL); err != nil {
			return nil, fmt.Errorf("list articles: %w", classify(err))
		}
		out[name] = l
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list articles: %w", classify(err))
	}
	return out, nil
}

// ArticleText returns an article's text decoded to UTF-8. For a UTF-8 file
// (Article.Recoded false) claim offsets index it directly.
func (s *Store) ArticleText(ctx context.Context, id int64) (_ string, err error) {
	defer s.annotate(&err)
	var text sql.NullString
	var raw []byte
	err = s.db.QueryRowContext(ctx, "SELECT bytes, text FROM articles WHERE id = ?", id).Scan(&raw, &text)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("article %d: %w", id, factcheck.ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("article %d: %w", id, classify(err))
	}
	if text.Valid {
		return text.String, nil
	}
	return string(raw), nil
}

// EditArticle records checkers' corrections of articles' metadata, in
// one transaction, appended to the articles' edits: what the files said
// is kept. It returns an edit's validation error, or factcheck.ErrNotFound
// for no such article, and then records none.
func (s *Store) EditArticle(ctx context.Context, edits ...factcheck.ArticleEdit) (err error) {
	defer s.annotate(&err)
	for _, e := range edits {
		if err := e.Validate(); err != nil {
			return fmt.Errorf("edit article %d: %w", e.Article, err)
		}
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return fmt.Errorf("edit articles: %w", classify(err))
	}
	defer tx.Rollback()
	for _, e := range edits {
		var one int
		err = tx.QueryRowContext(ctx, "SELECT 1 FROM articles WHERE id = ?", e.Article).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("edit article %d: %w", e.Article, factcheck.ErrNotFound)
		}
		if err != nil {
			return fmt.Errorf("edit article %d: %w", e.Article, classify(err))
		}
		_, err = tx.ExecContext(ctx, "INSERT INTO article_edits (article_id, field, value, checker, at) VALUES (?, ?, ?, ?, ?)",
			e.Article, e.Field, e.Value, e.Checker, formatTime(now()))
		if err != nil {
			return fmt.Errorf("edit article %d: %w", e.Article, classify(err))
		}
	}
	return classify(tx.Commit())
}
