package db

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// Merge brings into s what other holds and s lacks, in one transaction:
// articles (matched by the SHA-256 of their bytes) with their claims,
// claims (matched by key: article, span and text), every ruling event
// (matched by its uid), every edit of an article's label and every
// assignment of an article to a checker (matched by its uid). Nothing of
// s is changed or removed: events are appended, each with the next seq,
// keeping their checker, time, uid and what they replaced in other.
//
// Merging is idempotent (a second merge adds nothing) and the order of
// two merges does not matter: a claim's current ruling is its latest
// event by (time, uid) (see appendEvent), so A merged into B and B into A
// end with the same events and the same verdicts; when two reviews ruled
// a claim apart, the later ruling is current and the other stays in its
// history. Label edits are appended in other's order, and the last
// appended is in force. Assignments keep their time and uid, so an
// article's assignment in force is the later of the two reviews'.
//
// The articles merged, and those whose claims' readings or dismissal the
// merge changed, are left ungrouped: ingest.Regroup groups them.
func (s *Store) Merge(ctx context.Context, other *Store) (_ factcheck.MergeReport, err error) {
	defer s.annotate(&err)
	rep := factcheck.MergeReport{From: other.Path()}
	fail := func(err error) (factcheck.MergeReport, error) {
		return factcheck.MergeReport{}, fmt.Errorf("merge %s: %w", other.Path(), err)
	}
	src, err := readReview(ctx, other)
	if err != nil {
		return fail(err)
	}
	w, err := s.beginChange(ctx)
	if err != nil {
		return fail(err)
	}
	defer w.rollback()
	if s.d == postgresDialect {
		// Events take the next seq one commit at a time (appendEvent).
		if _, err := w.tx.ExecContext(ctx, "LOCK TABLE rulings IN SHARE ROW EXCLUSIVE MODE"); err != nil {
			return fail(classify(err))
		}
	}
	articles, err := w.articleIDs(ctx)
	if err != nil {
		return fail(err)
	}
	if rep.Articles, rep.Claims, err = w.mergeArticles(ctx, src, articles); err != nil {
		return fail(err)
	}
	claims, added, err := w.mergeClaims(ctx, src, articles)
	if err != nil {
		return fail(err)
	}
	rep.Claims += added
	if rep.Events, err = w.mergeEvents(ctx, src, claims); err != nil {
		return fail(err)
	}
	if rep.Edits, err = w.mergeEdits(ctx, src, articles); err != nil {
		return fail(err)
	}
	if rep.Assigned, err = w.mergeAssignments(ctx, src, articles); err != nil {
		return fail(err)
	}
	if err := w.commit(); err != nil {
		return fail(err)
	}
	return rep, nil
}

// MergeFrom merges into s the review at target, a file or a server's URL,
// as Merge does; target is opened, never made, and closed after.
func (s *Store) MergeFrom(ctx context.Context, target string) (factcheck.MergeReport, error) {
	other, err := Open(target)
	if err != nil {
		return factcheck.MergeReport{}, err
	}
	defer other.Close()
	return s.Merge(ctx, other)
}

// A review is what Merge reads of the review merged in, in one snapshot.
type review struct {
	hashes   map[int64]string    // article ID → hash
	articles []ingest.NewArticle // every article, without Bytes and Article.Text for now
	orphaned map[string]bool     // keys of orphaned claims
	claims   map[int64]string    // claim ID → key
	events   []factcheck.Event   // in the log's order
	edits    []articleEdit       // in the order made
	assigned []assignment        // by (at, uid)
	r        *Store
}

// An articleEdit is a row of article_edits, its article by hash.
type articleEdit struct{ hash, field, value, checker, at string }

// An assignment is a row of assignments, its article by hash.
type assignment struct{ uid, hash, checker, by, at string }

// readReview reads what Merge needs of r: every event and label edit,
// every assignment, every article's hash and metadata, every claim (the
// extractor's reading, not a checker's).
func readReview(ctx context.Context, r *Store) (*review, error) {
	rv := &review{hashes: map[int64]string{}, claims: map[int64]string{}, orphaned: map[string]bool{}, r: r}
	// Events first, then articles, then claims: a ruled claim, and its
	// article, is never deleted, so every event read has its claim read.
	err := eachRow(ctx, r.db, "SELECT "+eventColumns+" FROM rulings ORDER BY seq", nil, func(rows *sql.Rows) error {
		e, err := scanEvent(rows)
		rv.events = append(rv.events, e)
		return err
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(ctx, r.db, `SELECT a.hash, e.field, e.value, e.checker, e.at
		FROM article_edits AS e JOIN articles AS a ON a.id = e.article_id ORDER BY e.seq`, nil, func(rows *sql.Rows) error {
		var e articleEdit
		err := rows.Scan(&e.hash, &e.field, &e.value, &e.checker, &e.at)
		rv.edits = append(rv.edits, e)
		return classify(err)
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(ctx, r.db, `SELECT e.uid, a.hash, e.checker, e.assigned_by, e.at
		FROM assignments AS e JOIN articles AS a ON a.id = e.article_id ORDER BY e.at, e.uid`, nil, func(rows *sql.Rows) error {
		var e assignment
		err := rows.Scan(&e.uid, &e.hash, &e.checker, &e.by, &e.at)
		rv.assigned = append(rv.assigned, e)
		return classify(err)
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(ctx, r.db, `SELECT a.id, a.hash, a.name, a.source, a.published, a.published_given,
		coalesce(m.format, 'text'), coalesce(m.title, ''), coalesce(m.outlet, ''), coalesce(m.byline, ''), coalesce(m.url, ''),
		coalesce(g.names, '')
		FROM articles AS a LEFT JOIN article_metadata AS m ON m.article_id = a.id
		LEFT JOIN article_grouping AS g ON g.article_id = a.id ORDER BY a.id`, nil, func(rows *sql.Rows) error {
		var id int64
		var a ingest.NewArticle
		art := &factcheck.Article{}
		var names string
		if err := rows.Scan(&id, &a.Hash, &a.Name, &a.Path, &art.Published, &a.Given, &art.Format, &art.Title, &art.Outlet,
			&art.Byline, &art.URL, &names); err != nil {
			return classify(err)
		}
		art.Name, a.Article, a.Names = a.Name, art, strings.Fields(names)
		rv.hashes[id] = a.Hash
		rv.articles = append(rv.articles, a)
		return nil
	})
	if err != nil {
		return nil, err
	}
	index := make(map[string]*factcheck.Article, len(rv.articles))
	for _, a := range rv.articles {
		index[a.Hash] = a.Article
	}
	recs, err := r.Claims(ctx)
	if err != nil {
		return nil, err
	}
	for i := range recs {
		c := &recs[i]
		claim := c.Claim
		if c.Extracted != nil {
			c.Extracted.Apply(&claim)
		}
		hash, ok := rv.hashes[c.ArticleID]
		if !ok {
			continue // its article came after they were read: next time
		}
		key := claim.Key(hash)
		rv.claims[c.ID] = key
		rv.orphaned[key] = c.Orphaned
		if a := index[hash]; a != nil {
			a.Claims = append(a.Claims, claim)
		}
	}
	return rv, nil
}

// articleIDs returns the ID of every article of w's review, by hash.
func (w *changeWriter) articleIDs(ctx context.Context) (map[string]int64, error) {
	ids := map[string]int64{}
	err := eachRow(ctx, w.tx, "SELECT hash, id FROM articles", nil, func(rows *sql.Rows) error {
		var hash string
		var id int64
		err := rows.Scan(&hash, &id)
		ids[hash] = id
		return classify(err)
	})
	return ids, err
}

// mergeArticles stores the articles of src that w's review lacks, with
// their claims, their bytes read from src's review, and adds their IDs to
// articles. It returns how many articles and claims it stored.
func (w *changeWriter) mergeArticles(ctx context.Context, src *review, articles map[string]int64) (n, claims int, err error) {
	var missing []ingest.NewArticle
	byHash := map[string]*ingest.NewArticle{}
	for _, a := range src.articles {
		if _, ok := articles[a.Hash]; !ok {
			missing = append(missing, a)
		}
	}
	if len(missing) == 0 {
		return 0, 0, nil
	}
	hashes := make([]string, len(missing))
	for i := range missing {
		byHash[missing[i].Hash], hashes[i] = &missing[i], missing[i].Hash
	}
	list, err := json.Marshal(hashes)
	if err != nil {
		return 0, 0, err
	}
	err = eachRow(ctx, src.r.db, "SELECT a.hash, a.bytes, a.text FROM "+src.r.d.each("?", "j", "text")+
		" CROSS JOIN articles AS a ON a.hash = j.value", []any{string(list)}, func(rows *sql.Rows) error {
		var hash string
		var b []byte
		var text sql.NullString
		if err := rows.Scan(&hash, &b, &text); err != nil {
			return classify(err)
		}
		a := byHash[hash]
		a.Bytes, a.Article.Text = b, string(b)
		if text.Valid {
			a.Article.Text = text.String
		}
		return nil
	})
	if err != nil {
		return 0, 0, err
	}
	stored, err := w.addArticles(ctx, missing)
	if err != nil {
		return 0, 0, err
	}
	for i, a := range stored {
		if a.ID != 0 {
			articles[missing[i].Hash] = a.ID
			n++
			claims += len(missing[i].Article.Claims)
		}
	}
	return n, claims, nil
}

// mergeClaims stores the claims of src whose key w's review lacks in an
// article it holds, flags src's orphaned claims orphaned here too, and
// returns the ID here of every claim of src, by its ID in src, and how
// many claims it stored.
func (w *changeWriter) mergeClaims(ctx context.Context, src *review, articles map[string]int64) (map[int64]int64, int, error) {
	here, orphaned, err := w.claimKeys(ctx, nil)
	if err != nil {
		return nil, 0, err
	}
	ins := claimInserter{w: w}
	var touched []int64 // articles given claims
	added := 0
	for _, a := range src.articles {
		id := articles[a.Hash]
		var missing []factcheck.Claim
		for _, c := range a.Article.Claims {
			if _, ok := here[c.Key(a.Hash)]; !ok {
				missing = append(missing, c)
			}
		}
		if len(missing) == 0 {
			continue
		}
		if _, err := ins.add(ctx, id, missing); err != nil {
			return nil, 0, err
		}
		touched = append(touched, id)
		added += len(missing)
	}
	if err := ins.flush(ctx); err != nil {
		return nil, 0, err
	}
	if len(touched) > 0 {
		if err := w.ungroup(ctx, touched); err != nil {
			return nil, 0, err
		}
		// The IDs of the claims just stored.
		stored, _, err := w.claimKeys(ctx, touched)
		if err != nil {
			return nil, 0, err
		}
		maps.Copy(here, stored)
	}
	ids := make(map[int64]int64, len(src.claims))
	for theirs, key := range src.claims {
		ours, ok := here[key]
		if !ok {
			return nil, 0, fmt.Errorf("claim %s: not stored: %w", key, factcheck.ErrNotFound)
		}
		ids[theirs] = ours
		if src.orphaned[key] && !orphaned[key] {
			if _, err := w.exec(ctx, "UPDATE claims SET orphaned = 1 WHERE id = ?", ours); err != nil {
				return nil, 0, err
			}
		}
	}
	return ids, added, nil
}

// claimKeys returns the ID of every claim of the articles (nil for all)
// of w's review by key, and whether it is orphaned.
func (w *changeWriter) claimKeys(ctx context.Context, articles []int64) (ids map[string]int64, orphaned map[string]bool, err error) {
	query := `SELECT a.hash, c.span_start, c.span_end, c.text, c.id, c.orphaned
		FROM claims AS c JOIN articles AS a ON a.id = c.article_id`
	var args []any
	if articles != nil {
		list, err := json.Marshal(articles)
		if err != nil {
			return nil, nil, err
		}
		query = `SELECT a.hash, c.span_start, c.span_end, c.text, c.id, c.orphaned
		FROM ` + w.s.d.each("?", "j", "bigint") + ` CROSS JOIN claims AS c ON c.article_id = j.value
		JOIN articles AS a ON a.id = c.article_id`
		args = []any{string(list)}
	}
	ids, orphaned = map[string]int64{}, map[string]bool{}
	err = eachRow(ctx, w.tx, query, args, func(rows *sql.Rows) error {
		var c factcheck.Claim
		var hash string
		var id int64
		var o bool
		if err := rows.Scan(&hash, &c.Start, &c.End, &c.Text, &id, &o); err != nil {
			return classify(err)
		}
		key := c.Key(hash)
		ids[key], orphaned[key] = id, o
		return nil
	})
	return ids, orphaned, err
}

// ungroup marks articles for grouping again.
func (w *changeWriter) ungroup(ctx context.Context, articles []int64) error {
	if len(articles) == 0 {
		return nil
	}
	list, err := json.Marshal(articles)
	if err != nil {
		return err
	}
	_, err = w.tx.ExecContext(ctx, "UPDATE article_grouping SET grouped = 0 WHERE article_id IN (SELECT value FROM "+
		w.s.d.each("?", "j", "bigint")+")", string(list))
	return classify(err)
}

// mergeEvents appends the events of src whose uid w's review lacks, in
// src's order, each with the next seq and its claims, and the events it
// names, as they are here; claims maps src's claim IDs to ours. The
// articles of claims whose reading in force or dismissal changed are
// marked for grouping again. It returns how many events it appended.
func (w *changeWriter) mergeEvents(ctx context.Context, src *review, claims map[int64]int64) (int, error) {
	ours := map[string]int64{} // uid → event ID here
	err := eachRow(ctx, w.tx, "SELECT uid, id FROM rulings", nil, func(rows *sql.Rows) error {
		var uid string
		var id int64
		err := rows.Scan(&uid, &id)
		ours[uid] = id
		return classify(err)
	})
	if err != nil {
		return 0, err
	}
	theirs := make(map[int64]string, len(src.events)) // event ID in src → uid
	var merged []factcheck.Event
	for _, e := range src.events {
		theirs[e.ID] = e.UID
		if _, ok := ours[e.UID]; !ok {
			merged = append(merged, e)
		}
	}
	if len(merged) == 0 {
		return 0, nil
	}
	touched := map[int64]bool{}
	for _, e := range merged {
		touched[claims[e.Claim]] = true
	}
	before, err := w.groupingStates(ctx, touched)
	if err != nil {
		return 0, err
	}
	var seq int64
	if err := w.tx.QueryRowContext(ctx, "SELECT coalesce(max(seq), 0) FROM rulings").Scan(&seq); err != nil {
		return 0, classify(err)
	}
	var (
		rows    []any               // events waiting, eventCols values each
		pending = map[string]bool{} // their uids
		stored  = seq               // the last seq whose event's ID is in ours
	)
	// flush appends the events waiting and reads back their IDs. Its
	// statements run on the transaction's own connection: on another they
	// would wait for the lock on rulings this transaction holds.
	flush := func() error {
		for args := rows; len(args) > 0; {
			n := chunkRows(len(args) / eventCols)
			if _, err := w.tx.ExecContext(ctx, "INSERT INTO "+eventsTable+" VALUES "+insertRows(n, eventCols), args[:n*eventCols]...); err != nil {
				return classify(err)
			}
			args = args[n*eventCols:]
		}
		err := eachRow(ctx, w.tx, "SELECT uid, id FROM rulings WHERE seq > ?", []any{stored}, func(rows *sql.Rows) error {
			var uid string
			var id int64
			err := rows.Scan(&uid, &id)
			ours[uid] = id
			return classify(err)
		})
		rows, stored = rows[:0], seq
		clear(pending)
		return err
	}
	for _, e := range merged {
		// The events an event names come before it in src's log: here
		// already, or waiting.
		if pending[theirs[e.Target]] || pending[theirs[e.Replaces]] {
			if err := flush(); err != nil {
				return 0, err
			}
		}
		ref := func(id int64) int64 {
			if id == 0 {
				return 0
			}
			return ours[theirs[id]]
		}
		seq++
		rows = append(rows, e.UID, claims[e.Claim], e.Action, nullID(ref(e.Target)), e.Verdict, nullID(claims[e.SupersededBy]),
			e.Note, e.Evidence, e.Checker, formatTime(e.At), nullID(ref(e.Replaces)), e.Version)
		rows = append(appendFigureArgs(appendReadingArgs(rows, e.Reading), e.Outside), seq)
		pending[e.UID] = true
		if len(rows) == maxRows*eventCols {
			if err := flush(); err != nil {
				return 0, err
			}
		}
	}
	if err := flush(); err != nil {
		return 0, err
	}
	after, err := w.groupingStates(ctx, touched)
	if err != nil {
		return 0, err
	}
	var changed []int64
	for claim := range touched {
		if before[claim] != after[claim] {
			changed = append(changed, after[claim].article)
		}
	}
	return len(merged), w.ungroup(ctx, changed)
}

// eventsTable names the columns mergeEvents writes, eventCols of them.
const (
	eventsTable = `rulings (uid, claim_id, action, target, verdict, superseded_by, note, evidence, checker, at,
		replaces, app_version, ` + readingFields + `, ` + figureFields + `, seq)`
	eventCols = 13 + readingFieldCount + figureFieldCount
)

// A groupingState is what grouping reads of a claim's current ruling.
type groupingState struct {
	article   int64
	reading   string // the reading's columns, as text
	dismissed bool
}

// groupingStates returns the groupingState of the claims, by ID, each
// from the claim's latest event; of those whose article is grouped, as
// the others are grouped again anyway.
func (w *changeWriter) groupingStates(ctx context.Context, claims map[int64]bool) (map[int64]groupingState, error) {
	ids, err := json.Marshal(slices.Collect(maps.Keys(claims)))
	if err != nil {
		return nil, err
	}
	out := make(map[int64]groupingState, len(claims))
	err = eachRow(ctx, w.tx, `SELECT c.id, c.article_id, r.verdict = 'dismissed',
		concat_ws('|', r.reading_kind, r.reading_value, r.reading_value_date, r.reading_end_value, r.reading_end_value_date,
			r.reading_unit, r.reading_qualifier, r.reading_subject)
		FROM `+w.s.d.each("?", "j", "bigint")+` CROSS JOIN claims AS c ON c.id = j.value
		CROSS JOIN article_grouping AS g ON g.article_id = c.article_id AND g.grouped = 1
		JOIN rulings AS r ON r.id = (SELECT id FROM rulings WHERE claim_id = c.id ORDER BY at DESC, uid DESC LIMIT 1)`,
		[]any{string(ids)}, func(rows *sql.Rows) error {
			var id int64
			var g groupingState
			err := rows.Scan(&id, &g.article, &g.dismissed, &g.reading)
			out[id] = g
			return classify(err)
		})
	return out, err
}

// mergeEdits appends the label edits of src that w's review lacks (the
// same article, field, value, checker and time), in src's order.
func (w *changeWriter) mergeEdits(ctx context.Context, src *review, articles map[string]int64) (int, error) {
	if len(src.edits) == 0 {
		return 0, nil
	}
	have := map[articleEdit]bool{}
	err := eachRow(ctx, w.tx, `SELECT a.hash, e.field, e.value, e.checker, e.at
		FROM article_edits AS e JOIN articles AS a ON a.id = e.article_id`, nil, func(rows *sql.Rows) error {
		var e articleEdit
		err := rows.Scan(&e.hash, &e.field, &e.value, &e.checker, &e.at)
		have[e] = true
		return classify(err)
	})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, e := range src.edits {
		if have[e] {
			continue
		}
		if _, err := w.exec(ctx, "INSERT INTO article_edits (article_id, field, value, checker, at) VALUES (?, ?, ?, ?, ?)",
			articles[e.hash], e.field, e.value, e.checker, e.at); err != nil {
			return 0, err
		}
		have[e] = true
		n++
	}
	return n, nil
}

// mergeAssignments appends the assignment events of src whose uid w's
// review lacks, keeping their time and uid, and returns how many.
func (w *changeWriter) mergeAssignments(ctx context.Context, src *review, articles map[string]int64) (int, error) {
	if len(src.assigned) == 0 {
		return 0, nil
	}
	have := map[string]bool{}
	err := eachRow(ctx, w.tx, "SELECT uid FROM assignments", nil, func(rows *sql.Rows) error {
		var uid string
		err := rows.Scan(&uid)
		have[uid] = true
		return classify(err)
	})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, e := range src.assigned {
		if have[e.uid] {
			continue
		}
		if _, err := w.exec(ctx, "INSERT INTO assignments (uid, article_id, checker, assigned_by, at) VALUES (?, ?, ?, ?, ?)",
			e.uid, articles[e.hash], e.checker, e.by, e.at); err != nil {
			return 0, fmt.Errorf("assignment %s: %w", e.uid, err)
		}
		have[e.uid] = true
		n++
	}
	return n, nil
}
