package db

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// The Store's side of package ingest: each method is one transaction.

// Hashes returns the hash of every stored article's bytes (SHA-256, hex).
func (s *Store) Hashes(ctx context.Context) (_ map[string]bool, err error) {
	defer s.annotate(&err)
	rows, err := s.db.QueryContext(ctx, "SELECT hash FROM articles")
	if err != nil {
		return nil, fmt.Errorf("read article hashes: %w", classify(err))
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var h string
		if err := rows.Scan(&h); err != nil {
			return nil, classify(err)
		}
		out[h] = true
	}
	return out, classify(rows.Err())
}

// AddArticles stores articles with their claims in one transaction, and
// returns the name each was stored under: its own, or when another
// article has it, its own with the start of its hash before the
// extension ("a.txt" becomes "a (4ee9da4c).txt"); "" for an article whose
// bytes are stored already. The articles are left ungrouped.
func (s *Store) AddArticles(ctx context.Context, arts []ingest.NewArticle) (_ []string, err error) {
	defer s.annotate(&err)
	w, err := s.beginChange(ctx)
	if err != nil {
		return nil, fmt.Errorf("add articles: %w", err)
	}
	defer w.rollback()
	// A new store's claims are of these rules; an older store's stay
	// outdated until they are extracted again.
	if _, err := w.tx.ExecContext(ctx, "INSERT OR IGNORE INTO meta (key, value) VALUES ('rules', ?)", strconv.Itoa(factcheck.RulesVersion)); err != nil {
		return nil, fmt.Errorf("add articles: %w", classify(err))
	}
	insert, err := w.tx.PrepareContext(ctx, `INSERT INTO articles
		(name, hash, published, published_given, source, imported_at, bytes, text)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`)
	if err != nil {
		return nil, fmt.Errorf("add articles: %w", classify(err))
	}
	defer insert.Close()
	grouping, err := w.tx.PrepareContext(ctx, "INSERT INTO article_grouping (article_id, names, claims) VALUES (?, ?, ?)")
	if err != nil {
		return nil, fmt.Errorf("add articles: %w", classify(err))
	}
	defer grouping.Close()
	names := make([]string, len(arts))
	for i := range arts {
		a := &arts[i]
		var stored bool
		if err := w.tx.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM articles WHERE hash = ?)", a.Hash).Scan(&stored); err != nil {
			return nil, fmt.Errorf("add %s: %w", a.Path, classify(err))
		}
		if stored {
			continue
		}
		name, err := w.uniqueName(ctx, a.Name, a.Hash)
		if err != nil {
			return nil, fmt.Errorf("add %s: %w", a.Path, err)
		}
		var text any
		if a.Article.Text != string(a.Bytes) {
			text = a.Article.Text
		}
		var id int64
		err = insert.QueryRowContext(ctx, name, a.Hash, a.Article.Published, a.Given, a.Path, formatTime(now()),
			a.Bytes, text).Scan(&id)
		if err != nil {
			return nil, fmt.Errorf("add %s: %w", a.Path, classify(err))
		}
		if _, err := grouping.ExecContext(ctx, id, strings.Join(a.Names, " "), len(a.Article.Claims)); err != nil {
			return nil, fmt.Errorf("add %s: %w", a.Path, classify(err))
		}
		if _, err := w.putClaims(ctx, id, a.Article.Claims); err != nil {
			return nil, fmt.Errorf("add %s: %w", a.Path, err)
		}
		names[i] = name
	}
	if err := w.commit(); err != nil {
		return nil, fmt.Errorf("add articles: %w", err)
	}
	return names, nil
}

// uniqueName returns name, or when another article has it, name with the
// start of hash before its extension.
func (w *changeWriter) uniqueName(ctx context.Context, name, hash string) (string, error) {
	ext := path.Ext(name)
	for _, n := range []string{name, strings.TrimSuffix(name, ext) + " (" + hash[:8] + ")" + ext} {
		var taken bool
		if err := w.tx.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM articles WHERE name = ?)", n).Scan(&taken); err != nil {
			return "", classify(err)
		}
		if !taken {
			return n, nil
		}
	}
	return strings.TrimSuffix(name, ext) + " (" + hash + ")" + ext, nil
}

// StoredArticles returns every article, by ID, with the publication date
// given when it was imported.
func (s *Store) StoredArticles(ctx context.Context) (_ []ingest.StoredArticle, err error) {
	defer s.annotate(&err)
	rows, err := s.db.QueryContext(ctx, "SELECT id, name, published_given FROM articles ORDER BY id")
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", classify(err))
	}
	defer rows.Close()
	var out []ingest.StoredArticle
	for rows.Next() {
		var a ingest.StoredArticle
		if err := rows.Scan(&a.ID, &a.Name, &a.Given); err != nil {
			return nil, classify(err)
		}
		out = append(out, a)
	}
	return out, classify(rows.Err())
}

// ArticleBytes returns the bytes an article was imported from.
func (s *Store) ArticleBytes(ctx context.Context, id int64) (_ []byte, err error) {
	defer s.annotate(&err)
	var b []byte
	err = s.db.QueryRowContext(ctx, "SELECT bytes FROM articles WHERE id = ?", id).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %d: %w", id, factcheck.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read article %d: %w", id, classify(err))
	}
	return b, nil
}

// ReplaceClaims stores the claims of articles extracted again, in one
// transaction. A claim keeps its ID, and so its rulings, when its key
// (span and text) comes back; a claim that does not is deleted, unless it
// was ruled on or named as superseding another, when it is kept and
// flagged orphaned. The articles are left ungrouped.
func (s *Store) ReplaceClaims(ctx context.Context, arts []ingest.Reextracted) (_ ingest.ReextractReport, err error) {
	defer s.annotate(&err)
	var rep ingest.ReextractReport
	w, err := s.beginChange(ctx)
	if err != nil {
		return rep, fmt.Errorf("replace claims: %w", err)
	}
	defer w.rollback()
	for i := range arts {
		if err := w.replaceClaims(ctx, &arts[i], &rep); err != nil {
			return ingest.ReextractReport{}, fmt.Errorf("replace the claims of article %d: %w", arts[i].ID, err)
		}
	}
	if err := w.commit(); err != nil {
		return ingest.ReextractReport{}, fmt.Errorf("replace claims: %w", err)
	}
	return rep, nil
}

// SetRulesVersion records that the store's claims were found by the rules
// of factcheck.RulesVersion v.
func (s *Store) SetRulesVersion(ctx context.Context, v int) (err error) {
	defer s.annotate(&err)
	if err := s.checkBeforeWrite(ctx); err != nil {
		return fmt.Errorf("rules version: %w", err)
	}
	_, err = s.db.ExecContext(ctx, "INSERT OR REPLACE INTO meta (key, value) VALUES ('rules', ?)", strconv.Itoa(v))
	if err != nil {
		return fmt.Errorf("rules version: %w", classify(err))
	}
	return nil
}

// StoryArticles returns what grouping needs of every article, and the
// store's generation.
func (s *Store) StoryArticles(ctx context.Context) (_ []ingest.StoryArticle, gen int64, err error) {
	defer s.annotate(&err)
	// The generation is read first: claims changed after it make SetGroups
	// refuse what is computed from them.
	if gen, err = generation(ctx, s.db); err != nil {
		return nil, 0, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.name, a.published, g.names, g.claims, g.grouped
		FROM articles AS a JOIN article_grouping AS g ON g.article_id = a.id ORDER BY a.id`)
	if err != nil {
		return nil, 0, fmt.Errorf("read articles: %w", classify(err))
	}
	defer rows.Close()
	var out []ingest.StoryArticle
	for rows.Next() {
		var a ingest.StoryArticle
		var names sql.NullString
		if err := rows.Scan(&a.ID, &a.Name, &a.Published, &names, &a.Claims, &a.Grouped); err != nil {
			return nil, 0, classify(err)
		}
		if names.Valid {
			a.Names = strings.Fields(names.String)
			if a.Names == nil {
				a.Names = []string{}
			}
		}
		out = append(out, a)
	}
	return out, gen, classify(rows.Err())
}

// generation reads the store's generation.
func generation(ctx context.Context, q querier) (int64, error) {
	var v string
	if err := q.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'generation'").Scan(&v); err != nil {
		return 0, fmt.Errorf("read the generation: %w", classify(err))
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("generation %q: %w", v, factcheck.ErrCorrupt)
	}
	return n, nil
}

// A querier is a *sql.DB or a *sql.Tx.
type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// ClaimsOf returns the claims of the articles given and the claims of the
// groups given, orphaned ones included, without their rulings, ordered
// as Claims orders them.
func (s *Store) ClaimsOf(ctx context.Context, articles []int64, groups []string) (_ []factcheck.Record, err error) {
	defer s.annotate(&err)
	a, err := json.Marshal(articles)
	if err != nil {
		return nil, err
	}
	g, err := json.Marshal(groups)
	if err != nil {
		return nil, err
	}
	// Two selects, so that each reads its index.
	from := " FROM claims AS c JOIN articles AS a ON a.id = c.article_id WHERE "
	rows, err := s.db.QueryContext(ctx, "SELECT "+claimColumns+", a.name"+from+"c.article_id IN (SELECT value FROM json_each(?1))"+
		" UNION SELECT "+claimColumns+", a.name"+from+"c.grp IN (SELECT value FROM json_each(?2))"+
		" ORDER BY 2, 3, 4, 5", string(a), string(g))
	if err != nil {
		return nil, fmt.Errorf("read claims: %w", classify(err))
	}
	defer rows.Close()
	var out []factcheck.Record
	sc := newClaimScanner()
	for rows.Next() {
		out = append(out, factcheck.Record{})
		c := &out[len(out)-1]
		if err := sc.scan(rows, c, &c.Doc); err != nil {
			return nil, err
		}
	}
	return out, classify(rows.Err())
}

// SetGroups records groups computed from the claims of generation gen, in
// one transaction: each Placement's claim gets its group and suggestion,
// each article of names its names, and the articles of grouped are marked
// grouped. It returns ingest.ErrStale, writing nothing, when the store's
// generation is no longer gen.
func (s *Store) SetGroups(ctx context.Context, gen int64, places []ingest.Placement, names map[int64][]string, grouped []int64) (err error) {
	defer s.annotate(&err)
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return fmt.Errorf("set groups: %w", classify(err))
	}
	defer tx.Rollback()
	now, err := generation(ctx, tx)
	if err != nil {
		return err
	}
	if now != gen {
		return ingest.ErrStale
	}
	u := groupUpdater{tx: tx}
	for _, p := range places {
		var sug any
		if p.Suggestion != nil {
			sug = packSuggestion(nil, p.Suggestion)
		}
		if err := u.add(ctx, p.Claim, p.Group, sug); err != nil {
			return fmt.Errorf("set groups: %w", err)
		}
	}
	if err := u.flush(ctx); err != nil {
		return fmt.Errorf("set groups: %w", err)
	}
	for id, ns := range names {
		if _, err := tx.ExecContext(ctx, "UPDATE article_grouping SET names = ? WHERE article_id = ?", strings.Join(ns, " "), id); err != nil {
			return fmt.Errorf("set groups: %w", classify(err))
		}
	}
	if len(grouped) > 0 {
		ids, err := json.Marshal(grouped)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE article_grouping SET grouped = 1 WHERE article_id IN (SELECT value FROM json_each(?))", string(ids)); err != nil {
			return fmt.Errorf("set groups: %w", classify(err))
		}
	}
	return classify(tx.Commit())
}
