package ingest

import "time"

// Writes. The store is written in transactions sized to take about
// txTarget each, from how long the last ones took, and after each the
// pipeline pauses for txGap: a ruling made meanwhile, by this process or
// another, waits for one transaction at most (db's writers try for the
// database every millisecond). The first import into a store without
// claims has no ruling to make way for (there is no claim to rule on
// until it ends): it writes in transactions of bulkTarget with no pause.

const (
	txTarget   = 30 * time.Millisecond  // how long a transaction should hold the database
	bulkTarget = 250 * time.Millisecond // the same for a store's first import
	minBatch   = 25                     // items (claims, groups) a transaction writes at least
	maxBatch   = 10000                  // and at most
	firstSize  = 250                    // before any has been timed
	txGap      = 2 * time.Millisecond   // the pause after each, but in a first import
)

// A pacer sizes and spaces a pipeline's transactions.
type pacer struct {
	perItem time.Duration // how long an item took to write, on average; 0 before the first
	target  time.Duration // how long a transaction should take
	gap     time.Duration // the pause after each
	sleep   func(time.Duration)
}

// newPacer returns the pacer of a pipeline, of a store's first import
// when first.
func newPacer(first bool) *pacer {
	if first {
		return &pacer{target: bulkTarget, sleep: time.Sleep}
	}
	return &pacer{target: txTarget, gap: txGap, sleep: time.Sleep}
}

// size returns how many items the next transaction should write.
func (p *pacer) size() int {
	if p.perItem <= 0 {
		return firstSize
	}
	return max(minBatch, min(maxBatch, int(p.target/p.perItem)))
}

// wrote records a transaction of n items that took d, and pauses.
func (p *pacer) wrote(n int, d time.Duration) {
	if n > 0 {
		per := d / time.Duration(n)
		if p.perItem <= 0 {
			p.perItem = per
		} else {
			p.perItem = (3*p.perItem + per) / 4
		}
	}
	if p.gap > 0 {
		p.sleep(p.gap)
	}
}

// A batch gathers whole articles for one transaction, up to the size its
// pacer gives (in claims and articles: an item is an article and its
// claims), and writes them with write.
type batch[T any] struct {
	items  []T
	claims int
	pace   *pacer
	write  func([]T) error
}

func newBatch[T any](pace *pacer, write func([]T) error) *batch[T] {
	return &batch[T]{pace: pace, write: write}
}

// add adds an article of n claims, first writing what the batch holds
// when the article would not fit.
func (b *batch[T]) add(item T, n int) error {
	if len(b.items) == batchArticles || len(b.items) > 0 && b.claims+n+len(b.items)+1 > b.pace.size() {
		if err := b.flush(); err != nil {
			return err
		}
	}
	b.items = append(b.items, item)
	b.claims += n
	return nil
}

// flush writes what the batch holds.
func (b *batch[T]) flush() error {
	if len(b.items) == 0 {
		return nil
	}
	start := time.Now()
	if err := b.write(b.items); err != nil {
		return err
	}
	b.pace.wrote(b.claims+len(b.items), time.Since(start))
	b.items, b.claims = b.items[:0], 0
	return nil
}
