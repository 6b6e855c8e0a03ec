package ingest

import "time"

// Writes. The store is written in transactions sized to take about
// txTarget each, from how long the last ones took, and after each the
// pipeline pauses for txGap: a ruling made meanwhile, by this process or
// another, waits for one transaction at most (db's writers try for the
// database every millisecond).

const (
	txTarget  = 40 * time.Millisecond // how long a transaction should hold the database
	minBatch  = 25                    // items (claims, groups) a transaction writes at least
	maxBatch  = 10000                 // and at most
	firstSize = 250                   // before any has been timed
	txGap     = 2 * time.Millisecond  // the pause after each
)

// A pacer sizes and spaces a pipeline's transactions.
type pacer struct {
	perItem time.Duration // how long an item took to write, on average; 0 before the first
	sleep   func(time.Duration)
}

func newPacer() *pacer { return &pacer{sleep: time.Sleep} }

// size returns how many items the next transaction should write.
func (p *pacer) size() int {
	if p.perItem <= 0 {
		return firstSize
	}
	return max(minBatch, min(maxBatch, int(txTarget/p.perItem)))
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
	p.sleep(txGap)
}
