package db

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// The Store's side of package ingest: each method is one transaction.

// HasArticle reports whether an article with the given bytes' hash
// (SHA-256, hex) is stored.
func (s *Store) HasArticle(ctx context.Context, hash string) (_ bool, err error) {
	defer s.annotate(&err)
	s.hasArticleOnce.Do(func() {
		s.hasArticle, s.hasArticleErr = s.db.PrepareContext(context.Background(), "SELECT EXISTS (SELECT 1 FROM articles WHERE hash = ?)")
	})
	if s.hasArticleErr != nil {
		return false, fmt.Errorf("look up an article: %w", classify(s.hasArticleErr))
	}
	var stored bool
	if err := s.hasArticle.QueryRowContext(ctx, hash).Scan(&stored); err != nil {
		return false, fmt.Errorf("look up an article: %w", classify(err))
	}
	return stored, nil
}

// AddArticles stores articles with their claims in one transaction, and
// returns where each went: the name it was stored under (its own, or
// when another article has it, its own with the start of its hash before
// the extension: "a.txt" becomes "a (4ee9da4c).txt"), its ID and its
// claims' IDs; the zero Stored for an article whose bytes are stored
// already. The articles are left ungrouped.
func (s *Store) AddArticles(ctx context.Context, arts []ingest.NewArticle) (_ []ingest.Stored, err error) {
	defer s.annotate(&err)
	w, err := s.beginChange(ctx)
	if err != nil {
		return nil, fmt.Errorf("add articles: %w", err)
	}
	defer w.rollback()
	// A new store's claims are of these rules; an older store's stay
	// outdated until they are extracted again.
	if _, err := w.exec(ctx, "INSERT INTO meta (key, value) VALUES ('rules', ?) ON CONFLICT DO NOTHING", strconv.Itoa(factcheck.RulesVersion)); err != nil {
		return nil, fmt.Errorf("add articles: %w", err)
	}
	stored, err := w.addArticles(ctx, arts)
	if err != nil {
		return nil, err
	}
	if err := w.commit(); err != nil {
		return nil, fmt.Errorf("add articles: %w", err)
	}
	return stored, nil
}

// addArticles is AddArticles within w's transaction.
func (w *changeWriter) addArticles(ctx context.Context, arts []ingest.NewArticle) ([]ingest.Stored, error) {
	s := w.s
	stored := make([]ingest.Stored, len(arts))
	claims := claimInserter{w: w}
	var grouping []any // article_grouping rows: ID, names, claims
	var metadata []any // article_metadata rows: ID, format, title, outlet, byline, URL
	for i := range arts {
		a := &arts[i]
		var text any
		if a.Article.Text != string(a.Bytes) {
			text = a.Article.Text
		}
		source, name := a.Path, a.Name
		if s.d == postgresDialect {
			// PostgreSQL's text is UTF-8: a file name in another encoding
			// is kept with U+FFFD for what it cannot read (its bytes stay
			// whole in bytes).
			source, name = strings.ToValidUTF8(source, "\uFFFD"), strings.ToValidUTF8(name, "\uFFFD")
		}
		insert := func(name string) (id int64, err error) {
			err = w.queryRow(ctx, `INSERT INTO articles
				(name, hash, published, published_given, source, imported_at, bytes, text)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`,
				[]any{name, a.Hash, a.Article.Published, a.Given, source, formatTime(now()), a.Bytes, text}, &id)
			return id, err
		}
		// Most articles go in at the first try; a conflict is their bytes
		// stored meanwhile, or their name taken.
		id, err := insert(name)
		if errors.Is(err, sql.ErrNoRows) {
			var stored bool
			if err := w.queryRow(ctx, "SELECT EXISTS (SELECT 1 FROM articles WHERE hash = ?)", []any{a.Hash}, &stored); err != nil {
				return nil, fmt.Errorf("add %s: %w", a.Path, err)
			}
			if stored {
				continue
			}
			if name, err = w.uniqueName(ctx, name, a.Hash); err != nil {
				return nil, fmt.Errorf("add %s: %w", a.Path, err)
			}
			if id, err = insert(name); err != nil {
				return nil, fmt.Errorf("add %s: %w", a.Path, err)
			}
		} else if err != nil {
			return nil, fmt.Errorf("add %s: %w", a.Path, err)
		}
		if m := &a.Article.Metadata; a.Article.Format != factcheck.Text || *m != (factcheck.Metadata{}) {
			metadata = append(metadata, id, string(a.Article.Format), m.Title, m.Outlet, m.Byline, m.URL)
		}
		claimIDs, err := claims.add(ctx, id, a.Article.Claims)
		if err != nil {
			return nil, fmt.Errorf("add %s: %w", a.Path, err)
		}
		stored[i] = ingest.Stored{Name: name, ID: id, Claims: claimIDs}
		grouping = append(grouping, id, strings.Join(a.Names, " "), len(a.Article.Claims))
	}
	if err := claims.flush(ctx); err != nil {
		return nil, fmt.Errorf("add articles: %w", err)
	}
	// The articles' rows of grouping and metadata, many a statement: one a
	// row costs more.
	if err := w.insertMany(ctx, "article_grouping (article_id, names, claims)", 3, grouping); err != nil {
		return nil, fmt.Errorf("add articles: %w", err)
	}
	if err := w.insertMany(ctx, "article_metadata (article_id, format, title, outlet, byline, url)", 6, metadata); err != nil {
		return nil, fmt.Errorf("add articles: %w", err)
	}
	return stored, nil
}

// uniqueName returns name with the start of hash before its extension,
// or the whole hash when another article has that too.
func (w *changeWriter) uniqueName(ctx context.Context, name, hash string) (string, error) {
	ext := path.Ext(name)
	n := strings.TrimSuffix(name, ext) + " (" + hash[:8] + ")" + ext
	var taken bool
	if err := w.queryRow(ctx, "SELECT EXISTS (SELECT 1 FROM articles WHERE name = ?)", []any{n}, &taken); err != nil {
		return "", err
	}
	if taken {
		n = strings.TrimSuffix(name, ext) + " (" + hash + ")" + ext
	}
	return n, nil
}

// StoredArticles returns every article, by ID, with the publication date
// given when it was imported, or a checker set since.
func (s *Store) StoredArticles(ctx context.Context) (_ []ingest.StoredArticle, err error) {
	defer s.annotate(&err)
	// A checker's correction of the date wins over the one given.
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.name, coalesce((SELECT nullif(e.value, '') FROM article_edits AS e
		WHERE e.article_id = a.id AND e.field = 'published' ORDER BY e.seq DESC LIMIT 1), a.published_given)
		FROM articles AS a ORDER BY a.id`)
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
	w, err := s.beginWriter(ctx)
	if err != nil {
		return fmt.Errorf("rules version: %w", err)
	}
	defer w.rollback()
	if _, err := w.exec(ctx, "INSERT INTO meta (key, value) VALUES ('rules', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", strconv.Itoa(v)); err != nil {
		return fmt.Errorf("rules version: %w", err)
	}
	return w.commit()
}

// StoryArticles returns what grouping needs of the articles q selects, by
// ID, and the store's generation, read first: claims changed after it make
// SetGroups refuse what is computed from them.
func (s *Store) StoryArticles(ctx context.Context, q ingest.StoryQuery) (_ []ingest.StoryArticle, gen int64, err error) {
	defer s.annotate(&err)
	if gen, err = generation(ctx, s.db); err != nil {
		return nil, 0, err
	}
	var where []string
	var args []any
	if len(q.IDs) > 0 {
		ids, err := json.Marshal(q.IDs)
		if err != nil {
			return nil, 0, err
		}
		where, args = append(where, "g.article_id IN (SELECT value FROM "+s.d.each("?", "j", "bigint")+")"), append(args, string(ids))
	}
	if len(q.Names) > maxNamesInQuery {
		// Many names match most articles: read them all and keep those.
		all, err := s.allStoryArticles(ctx)
		return keepStories(all, q), gen, err
	}
	if len(q.Names) > 0 {
		// Names are separated by spaces: a name matches " name ".
		var has []string
		for _, n := range q.Names {
			has, args = append(has, "instr(' ' || g.names || ' ', ?) > 0"), append(args, " "+n+" ")
		}
		where = append(where, "g.names IS NOT NULL AND ("+strings.Join(has, " OR ")+")")
	}
	if q.Ungrouped {
		if len(where) == 0 {
			many, err := s.mostUngrouped(ctx)
			if err != nil {
				return nil, 0, err
			}
			if many {
				// After a large import: reading every article's name off
				// its index is quicker than looking each up in its row.
				all, err := s.allStoryArticles(ctx)
				return keepStories(all, q), gen, err
			}
		}
		where = append(where, "g.grouped = 0")
	}
	if len(where) == 0 {
		out, err := s.allStoryArticles(ctx)
		return out, gen, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT g.article_id, a.name, a.published, g.names, g.claims, g.grouped
		FROM article_grouping AS g JOIN articles AS a ON a.id = g.article_id
		WHERE `+strings.Join(where, " OR ")+" ORDER BY g.article_id", args...)
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
		a.Names = splitNames(names)
		out = append(out, a)
	}
	return out, gen, classify(rows.Err())
}

// mostUngrouped reports whether a quarter of the articles or more are
// ungrouped.
func (s *Store) mostUngrouped(ctx context.Context) (bool, error) {
	var many bool
	err := s.db.QueryRowContext(ctx, `SELECT 4 * (SELECT count(*) FROM article_grouping WHERE grouped = 0)
		>= (SELECT count(*) FROM article_grouping)`).Scan(&many)
	if err != nil {
		return false, fmt.Errorf("count ungrouped articles: %w", classify(err))
	}
	return many, nil
}

// maxNamesInQuery is the most names StoryArticles looks for in SQL; past
// it, reading every article and keeping the right ones in Go is quicker.
const maxNamesInQuery = 64

// keepStories returns the articles q selects.
func keepStories(arts []ingest.StoryArticle, q ingest.StoryQuery) []ingest.StoryArticle {
	ids := make(map[int64]bool, len(q.IDs))
	for _, id := range q.IDs {
		ids[id] = true
	}
	names := make(map[string]bool, len(q.Names))
	for _, n := range q.Names {
		names[n] = true
	}
	var out []ingest.StoryArticle
	for _, a := range arts {
		keep := q.Ungrouped && !a.Grouped || ids[a.ID]
		for _, n := range a.Names {
			keep = keep || names[n]
		}
		if keep {
			out = append(out, a)
		}
	}
	return out
}

// allStoryArticles reads every article for StoryArticles: their names and
// dates from an index, their grouping from its table, for the articles'
// rows hold their bytes.
func (s *Store) allStoryArticles(ctx context.Context) ([]ingest.StoryArticle, error) {
	dates := map[int64][2]string{}
	rows, err := s.db.QueryContext(ctx, "SELECT id, name, published FROM articles INDEXED BY articles_dates")
	if err != nil {
		return nil, fmt.Errorf("read articles: %w", classify(err))
	}
	for rows.Next() {
		var id int64
		var name, published string
		if err := rows.Scan(&id, &name, &published); err != nil {
			rows.Close()
			return nil, classify(err)
		}
		dates[id] = [2]string{name, published}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read articles: %w", classify(err))
	}
	rows, err = s.db.QueryContext(ctx, "SELECT article_id, names, claims, grouped FROM article_grouping ORDER BY article_id")
	if err != nil {
		return nil, fmt.Errorf("read articles: %w", classify(err))
	}
	defer rows.Close()
	out := make([]ingest.StoryArticle, 0, len(dates))
	for rows.Next() {
		var a ingest.StoryArticle
		var names sql.NullString
		if err := rows.Scan(&a.ID, &names, &a.Claims, &a.Grouped); err != nil {
			return nil, classify(err)
		}
		d, ok := dates[a.ID]
		if !ok {
			continue // added after the names were read
		}
		a.Name, a.Published = d[0], d[1]
		a.Names = splitNames(names)
		out = append(out, a)
	}
	return out, classify(rows.Err())
}

// splitNames reads the names column: nil when NULL (never computed).
func splitNames(ns sql.NullString) []string {
	if !ns.Valid {
		return nil
	}
	if f := strings.Fields(ns.String); f != nil {
		return f
	}
	return []string{}
}

// ClaimTotals returns how many claims that are not orphaned the store
// holds, how many of them are of ungrouped articles, and whether an
// article's names were never recorded.
func (s *Store) ClaimTotals(ctx context.Context) (claims, ungrouped int, unnamed bool, err error) {
	defer s.annotate(&err)
	err = s.db.QueryRowContext(ctx, `SELECT coalesce(sum(claims), 0), coalesce(sum(claims) FILTER (WHERE grouped = 0), 0),
		coalesce(max(CASE WHEN names IS NULL AND claims > 0 THEN 1 ELSE 0 END), 0) FROM article_grouping`).Scan(&claims, &ungrouped, &unnamed)
	if err != nil {
		return 0, 0, false, fmt.Errorf("count claims: %w", classify(err))
	}
	return claims, ungrouped, unnamed, nil
}

// setNames records an article's names in place of those it had.
func (w *changeWriter) setNames(ctx context.Context, article int64, names []string) error {
	_, err := w.exec(ctx, "UPDATE article_grouping SET names = ? WHERE article_id = ?", strings.Join(names, " "), article)
	return err
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
// groups given, orphaned ones included, with their current rulings (and
// so with the checker's reading where a checker amended one), ordered as
// Claims orders them.
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
	// Two selects, each walking the list given and reading its index (a
	// CROSS JOIN keeps SQLite from scanning the claims instead); the
	// articles' names are read apart, once an article.
	rows, err := s.db.QueryContext(ctx, "SELECT "+claimColumns+" FROM "+s.d.each("?1", "j", "bigint")+" CROSS JOIN claims AS c ON c.article_id = j.value"+
		" UNION SELECT "+claimColumns+" FROM "+s.d.each("?2", "j", "text")+" CROSS JOIN claims AS c ON c.grp = j.value AND c.grp <> ''",
		string(a), string(g))
	if err != nil {
		return nil, fmt.Errorf("read claims: %w", classify(err))
	}
	defer rows.Close()
	var out []factcheck.Record
	sc := newClaimScanner()
	ids := map[int64]string{}
	for rows.Next() {
		out = append(out, factcheck.Record{})
		c := &out[len(out)-1]
		if err := sc.scan(rows, c); err != nil {
			return nil, err
		}
		ids[c.ArticleID] = ""
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read claims: %w", classify(err))
	}
	if err := s.nameArticlesOf(ctx, ids); err != nil {
		return nil, err
	}
	if err := s.setStates(ctx, out); err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Doc = ids[out[i].ArticleID]
	}
	slices.SortFunc(out, compareClaims)
	return out, nil
}

// setStates sets the current ruling of each of claims ruled on, looking
// up each one's latest event in the index.
func (s *Store) setStates(ctx context.Context, claims []factcheck.Record) error {
	ids := make([]int64, len(claims))
	at := make(map[int64]int, len(claims))
	for i := range claims {
		ids[i], at[claims[i].ID] = claims[i].ID, i
	}
	b, err := json.Marshal(ids)
	if err != nil {
		return err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT r.claim_id, `+stateColumns+` FROM (SELECT
			(SELECT id FROM rulings WHERE claim_id = j.value ORDER BY at DESC, uid DESC LIMIT 1) AS latest,
			(SELECT count(*) FROM rulings WHERE claim_id = j.value) AS events
		FROM `+s.d.each("?", "j", "bigint")+`) AS c
		CROSS JOIN rulings AS r ON r.id = c.latest`, string(b))
	if err != nil {
		return fmt.Errorf("read rulings: %w", classify(err))
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var st stateRow
		if err := rows.Scan(append([]any{&id}, st.dest()...)...); err != nil {
			return classify(err)
		}
		var state factcheck.State
		if err := st.set(&state); err != nil {
			return fmt.Errorf("claim %d: %w", id, err)
		}
		claims[at[id]].SetState(state)
	}
	return classify(rows.Err())
}

// nameArticlesOf sets the name of every article whose ID is a key of ids.
func (s *Store) nameArticlesOf(ctx context.Context, ids map[int64]string) error {
	list := make([]int64, 0, len(ids))
	for id := range ids {
		list = append(list, id)
	}
	b, err := json.Marshal(list)
	if err != nil {
		return err
	}
	rows, err := s.db.QueryContext(ctx, "SELECT id, name FROM articles WHERE id IN (SELECT value FROM "+s.d.each("?", "j", "bigint")+")", string(b))
	if err != nil {
		return fmt.Errorf("read article names: %w", classify(err))
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			return classify(err)
		}
		ids[id] = name
	}
	return classify(rows.Err())
}

// SetGroups records groups computed from the claims of generation gen, in
// one transaction: each Placement's claim gets its group and suggestion,
// each article of names its names, and the articles of grouped are marked
// grouped. It returns ingest.ErrStale, writing nothing, when the store's
// generation is no longer gen.
func (s *Store) SetGroups(ctx context.Context, gen int64, places []ingest.Placement, names map[int64][]string, grouped []int64) (err error) {
	defer s.annotate(&err)
	w, err := s.beginWriter(ctx)
	if err != nil {
		return fmt.Errorf("set groups: %w", err)
	}
	defer w.rollback()
	now, err := generation(ctx, w.tx)
	if err != nil {
		return err
	}
	if now != gen {
		return ingest.ErrStale
	}
	suggested, err := w.suggested(ctx, places)
	if err != nil {
		return fmt.Errorf("set groups: %w", err)
	}
	u := groupUpdater{w: w}
	for _, p := range places {
		var old *factcheck.Suggestion // none: nothing to delete
		if suggested[p.Claim] {
			old = unknownSuggestion
		}
		if err := u.add(ctx, p.Claim, p.Group, old, p.Suggestion); err != nil {
			return fmt.Errorf("set groups: %w", err)
		}
	}
	if err := u.flush(ctx); err != nil {
		return fmt.Errorf("set groups: %w", err)
	}
	for id, ns := range names {
		if err := w.setNames(ctx, id, ns); err != nil {
			return fmt.Errorf("set groups: %w", err)
		}
	}
	if len(grouped) > 0 {
		ids, err := json.Marshal(grouped)
		if err != nil {
			return err
		}
		if _, err := w.exec(ctx, "UPDATE article_grouping SET grouped = 1 WHERE article_id IN (SELECT value FROM "+w.s.d.each("?", "j", "bigint")+")", string(ids)); err != nil {
			return fmt.Errorf("set groups: %w", err)
		}
	}
	return w.commit()
}

// suggested returns the claims of places that have rows in suggestions or
// suggestion_refs, read in the transaction of w: the others have none to
// delete. The rows of the range of the claims' IDs are read when the
// claims fill a good part of it (an import's regrouping writes them in
// order), else each claim is looked up.
func (w *changeWriter) suggested(ctx context.Context, places []ingest.Placement) (map[int64]bool, error) {
	if len(places) == 0 {
		return nil, nil
	}
	lo, hi := places[0].Claim, places[0].Claim
	for _, p := range places {
		lo, hi = min(lo, p.Claim), max(hi, p.Claim)
	}
	query := `SELECT claim_id FROM suggestions WHERE claim_id BETWEEN ?1 AND ?2
		UNION SELECT claim_id FROM suggestion_refs WHERE claim_id BETWEEN ?1 AND ?2`
	args := []any{lo, hi}
	if hi-lo >= 4*int64(len(places)) {
		ids := make([]int64, len(places))
		for i, p := range places {
			ids[i] = p.Claim
		}
		list, err := json.Marshal(ids)
		if err != nil {
			return nil, err
		}
		query = `SELECT j.value FROM ` + w.s.d.each("?", "j", "bigint") + `
			WHERE EXISTS (SELECT 1 FROM suggestions WHERE claim_id = j.value)
			OR EXISTS (SELECT 1 FROM suggestion_refs WHERE claim_id = j.value)`
		args = []any{string(list)}
	}
	rows, err := w.tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	out := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, classify(err)
		}
		out[id] = true
	}
	return out, classify(rows.Err())
}
