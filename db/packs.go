package db

import (
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"math"
	"time"

	"github.com/factcheck/factcheck/factcheck"
)

// A pack is what claimScanner reads of every claim of one article, in one
// BLOB of claim_packs (migrations/0008_claim_packs.sql): a cache that
// Store.Claims reads in place of the columns, a row an article rather
// than sixteen columns a claim. Its claims follow one another in the
// order of the claims' key (span, then text), each as
//
//	id - previous id, start, end     varints
//	text, kind                       strings
//	value, end value                 values
//	unit, qualifier, subject         strings
//	sentence                         0 for the previous claim's, else a string's length + 1 and its bytes
//	sentence start, sentence end     varints
//	group                            string
//	orphaned                         a byte, 0 or 1
//
// where a string is its length (uvarint) and its bytes, and a value a
// byte: 0 none (an end value only), 1 a number (8 bytes, IEEE 754, little
// endian), 2 a date (a string).

// Value tags in a pack.
const (
	packNone byte = iota
	packNum
	packDate
)

// appendPack appends the pack of claims, one article's in the order of
// their key, to b.
func appendPack(b []byte, claims []factcheck.Record) []byte {
	var id int64
	sentence := ""
	for i := range claims {
		c := &claims[i]
		b = binary.AppendVarint(b, c.ID-id)
		id = c.ID
		b = binary.AppendVarint(b, int64(c.Start))
		b = binary.AppendVarint(b, int64(c.End))
		b = appendPackString(b, c.Text)
		b = appendPackString(b, string(c.Kind))
		b = appendPackValue(b, &c.Value)
		b = appendPackValue(b, c.EndValue)
		b = appendPackString(b, c.Unit)
		b = appendPackString(b, string(c.Qualifier))
		b = appendPackString(b, c.Subject)
		if i > 0 && c.Sentence == sentence {
			b = append(b, 0)
		} else {
			b = binary.AppendUvarint(b, uint64(len(c.Sentence))+1)
			b = append(b, c.Sentence...)
			sentence = c.Sentence
		}
		b = binary.AppendVarint(b, int64(c.SentenceStart))
		b = binary.AppendVarint(b, int64(c.SentenceEnd))
		b = appendPackString(b, c.Group)
		if c.Orphaned {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
	}
	return b
}

func appendPackString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// appendPackValue appends v, nil for none.
func appendPackValue(b []byte, v *factcheck.Value) []byte {
	switch {
	case v == nil:
		return append(b, packNone)
	case v.Date != "":
		return appendPackString(append(b, packDate), v.Date)
	}
	return binary.LittleEndian.AppendUint64(append(b, packNum), math.Float64bits(v.Num))
}

// unpack appends to out the claims of the article whose pack is data, all
// but their Doc. Their strings share one copy of data.
func unpack(out []factcheck.Record, article int64, data []byte) ([]factcheck.Record, error) {
	r := packReader{b: data, s: string(data)}
	var id int64
	sentence := ""
	for r.i < len(r.b) && r.err == nil {
		out = append(out, factcheck.Record{ArticleID: article})
		c := &out[len(out)-1]
		id += r.varint()
		c.ID = id
		c.Start = int(r.varint())
		c.End = int(r.varint())
		c.Text = r.string()
		c.Kind = factcheck.Kind(r.string())
		if v, ok := r.value(); ok {
			c.Value = v
		} else {
			r.fail()
		}
		if v, ok := r.value(); ok {
			c.EndValue = &v
		}
		c.Unit = r.string()
		c.Qualifier = factcheck.Qualifier(r.string())
		c.Subject = r.string()
		if n := r.uvarint(); n > 0 {
			sentence = r.bytes(n - 1)
		} else if len(out) == 1 {
			r.fail()
		}
		c.Sentence = sentence
		c.SentenceStart = int(r.varint())
		c.SentenceEnd = int(r.varint())
		c.Group = r.string()
		switch r.byte() {
		case 0:
		case 1:
			c.Orphaned = true
		default:
			r.fail()
		}
	}
	if r.err != nil {
		return nil, fmt.Errorf("claims of article %d: %w", article, r.err)
	}
	return out, nil
}

// A packReader reads a pack: its numbers from b, its strings from s, a
// copy of b. A pack that ends early or holds what no pack holds sets err.
type packReader struct {
	b   []byte
	s   string
	i   int
	err error
}

func (r *packReader) fail() {
	if r.err == nil {
		r.err = fmt.Errorf("%w: a claim pack is damaged at byte %d", factcheck.ErrCorrupt, r.i)
	}
	r.i = len(r.b)
}

func (r *packReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b[r.i:])
	if n <= 0 {
		r.fail()
		return 0
	}
	r.i += n
	return v
}

func (r *packReader) varint() int64 {
	v, n := binary.Varint(r.b[r.i:])
	if n <= 0 {
		r.fail()
		return 0
	}
	r.i += n
	return v
}

func (r *packReader) byte() byte {
	if r.i >= len(r.b) {
		r.fail()
		return 0
	}
	r.i++
	return r.b[r.i-1]
}

// bytes returns the next n bytes, as a string sharing s.
func (r *packReader) bytes(n uint64) string {
	if n > uint64(len(r.b)-r.i) {
		r.fail()
		return ""
	}
	s := r.s[r.i : r.i+int(n)]
	r.i += int(n)
	return s
}

func (r *packReader) string() string { return r.bytes(r.uvarint()) }

// value reads a value; ok is false for none.
func (r *packReader) value() (v factcheck.Value, ok bool) {
	switch r.byte() {
	case packNone:
		return v, false
	case packNum:
		if len(r.b)-r.i < 8 {
			r.fail()
			return v, false
		}
		v.Num = math.Float64frombits(binary.LittleEndian.Uint64(r.b[r.i:]))
		r.i += 8
	case packDate:
		v.Date = r.string()
	default:
		r.fail()
		return v, false
	}
	return v, true
}

// Repack paces its transactions as an import does (ingest's pacer),
// but shorter, as it holds the lock for all of its work: each is sized to
// hold the database for about repackTarget, from how long the last took,
// and a pause of repackGap follows it, so that a ruling made meanwhile,
// by this process or another, waits for one at most
// (BenchmarkRuleDuringRepack).
const (
	repackTarget = 15 * time.Millisecond
	repackGap    = 2 * time.Millisecond
	repackMax    = 10000 // articles a transaction packs at most
)

// repackFirst is how many articles Repack's first transaction packs,
// before any has been timed.
var repackFirst = 100

// Repack packs the claims of the articles listed in claims_unpacked (those
// whose claims changed since they were last packed, by Factcheck or by
// another program) from their columns, and takes them off the list, in
// short transactions of whole articles. Nothing else packs: imports and
// corrections only list the articles they change, which Claims reads from
// the columns until Repack has packed them, so that its result is the
// same before and after. It does nothing when no article is listed, or
// when the store is read-only. A cancelled Repack keeps what it packed.
func (s *Store) Repack(ctx context.Context) (err error) {
	defer s.annotate(&err)
	if s.readOnly {
		return nil
	}
	var listed bool
	if err := s.db.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM claims_unpacked)").Scan(&listed); err != nil {
		return fmt.Errorf("pack claims: %w", classify(err))
	}
	size := repackFirst
	var perArticle time.Duration
	for listed {
		start := time.Now()
		w, err := s.beginWriter(ctx)
		if err != nil {
			return fmt.Errorf("pack claims: %w", err)
		}
		var n int
		n, listed, err = repackSome(ctx, w, size)
		if err == nil {
			err = w.commit()
		}
		if err != nil {
			w.rollback()
			return fmt.Errorf("pack claims: %w", err)
		}
		if n > 0 {
			per := time.Since(start) / time.Duration(n)
			if perArticle == 0 {
				perArticle = per
			} else {
				perArticle = (3*perArticle + per) / 4
			}
			size = max(1, min(repackMax, int(repackTarget/max(perArticle, 1))))
		}
		if listed {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(repackGap):
			}
		}
	}
	return nil
}

// repackSome packs the claims of the first n articles listed in
// claims_unpacked (by ID), in the transaction of w, and takes them off
// the list; it returns how many it packed and whether others are listed.
func repackSome(ctx context.Context, w *changeWriter, n int) (packed int, more bool, err error) {
	if w.s.d == postgresDialect {
		// The articles listed stay as they are until this commits, as
		// they do under SQLite's write lock: one listed meanwhile must not
		// be taken off the list unpacked.
		if _, err := w.tx.ExecContext(ctx, "LOCK TABLE claims_unpacked IN SHARE ROW EXCLUSIVE MODE"); err != nil {
			return 0, false, classify(err)
		}
	}
	var last sql.NullInt64
	err = w.queryRow(ctx, `SELECT count(*), max(article_id) FROM
		(SELECT article_id FROM claims_unpacked ORDER BY article_id LIMIT ?) AS u`, []any{n}, &packed, &last)
	if err != nil || packed == 0 {
		return 0, false, err
	}
	// Packs of articles that have no claims any more go too. The list's
	// first n, not its articles up to the last: PostgreSQL's plan for any
	// bound scans both tables (30-50 ms a batch at 100,000 articles).
	if _, err := w.exec(ctx, "DELETE FROM claim_packs WHERE article_id IN (SELECT article_id FROM claims_unpacked ORDER BY article_id LIMIT ?)", n); err != nil {
		return 0, false, err
	}
	// CROSS JOIN reads the list first: SQLite would rather go through
	// every claim; the list's first n, not its articles up to the last,
	// tell PostgreSQL too how few articles it reads (from a list's
	// statistics taken when it held many, it would scan every claim). The
	// key's index gives the order without sorting.
	rows, err := w.tx.QueryContext(ctx, "SELECT "+claimColumns+` FROM
		(SELECT article_id FROM claims_unpacked ORDER BY article_id LIMIT ?) AS u
		CROSS JOIN claims AS c ON c.article_id = u.article_id
		ORDER BY u.article_id, c.span_start, c.span_end, c.text`, n)
	if err != nil {
		return 0, false, classify(err)
	}
	defer rows.Close()
	// The packs are written maxRows at a time, while the claims are read.
	var claims []factcheck.Record
	var args []any
	pack := func() {
		if len(claims) > 0 {
			args = append(args, claims[0].ArticleID, appendPack(nil, claims))
			claims = claims[:0]
		}
	}
	sc := newClaimScanner()
	for rows.Next() {
		var c factcheck.Record
		if err := sc.scan(rows, &c); err != nil {
			return 0, false, err
		}
		if len(claims) > 0 && claims[0].ArticleID != c.ArticleID {
			pack()
			if len(args) == 2*maxRows {
				if err := insertPacks(ctx, w, args); err != nil {
					return 0, false, err
				}
				args = args[:0]
			}
		}
		claims = append(claims, c)
	}
	if err := rows.Err(); err != nil {
		return 0, false, classify(err)
	}
	rows.Close()
	pack()
	if err := insertPacks(ctx, w, args); err != nil {
		return 0, false, err
	}
	// On the transaction's own connection: preparing it on another would
	// wait for the lock this transaction holds.
	if _, err := w.tx.ExecContext(ctx, "DELETE FROM claims_unpacked WHERE article_id <= ?", last.Int64); err != nil {
		return 0, false, classify(err)
	}
	err = w.queryRow(ctx, "SELECT EXISTS (SELECT 1 FROM claims_unpacked)", nil, &more)
	return packed, more, err
}

// insertPacks writes packs, args holding an article's ID and its pack
// after another's, chunkRows a statement.
func insertPacks(ctx context.Context, tx dbtx, args []any) error {
	for len(args) > 0 {
		n := chunkRows(len(args) / 2)
		if _, err := tx.ExecContext(ctx, "INSERT INTO claim_packs (article_id, data) VALUES "+insertRows(n, 2)+" ON CONFLICT (article_id) DO UPDATE SET data = excluded.data", args[:2*n]...); err != nil {
			return classify(err)
		}
		args = args[2*n:]
	}
	return nil
}

// loadPacked appends to out the claims of the articles with IDs from to
// to, all but their Doc: from their packs, or from the columns of those
// not packed, read in one snapshot.
func (s *Store) loadPacked(ctx context.Context, from, to int64, out []factcheck.Record) ([]factcheck.Record, error) {
	// Without ReadOnly, the transaction would take the write lock
	// (_txlock=immediate).
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, classify(err)
	}
	defer tx.Rollback()
	// A listed article's pack is out of date.
	rows, err := tx.QueryContext(ctx, `SELECT article_id, data FROM claim_packs WHERE article_id BETWEEN ?1 AND ?2
		AND article_id NOT IN (SELECT article_id FROM claims_unpacked WHERE article_id BETWEEN ?1 AND ?2)`, from, to)
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	for rows.Next() {
		var article int64
		var data sql.RawBytes
		if err := rows.Scan(&article, &data); err != nil {
			return nil, classify(err)
		}
		if out, err = unpack(out, article, data); err != nil {
			return nil, err
		}
	}
	if err := rows.Err(); err != nil {
		return nil, classify(err)
	}
	rows.Close()
	// As in repack, CROSS JOIN reads the list first.
	rows, err = tx.QueryContext(ctx, "SELECT "+claimColumns+` FROM claims_unpacked AS u
		CROSS JOIN claims AS c ON c.article_id = u.article_id WHERE u.article_id BETWEEN ? AND ?`, from, to)
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	sc := newClaimScanner()
	for rows.Next() {
		out = append(out, factcheck.Record{})
		if err := sc.scan(rows, &out[len(out)-1]); err != nil {
			return nil, err
		}
	}
	return out, classify(rows.Err())
}
