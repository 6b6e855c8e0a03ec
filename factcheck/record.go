package factcheck

import "time"

// A Record is a claim as a review holds it: the stored claim with its
// group, the verdict grouping suggests and the checker's current ruling.
// It is what the window lists, search indexes and the verdict export
// writes. Its Claim's Doc is the article's name.
type Record struct {
	ID        int64 // the store's claim ID
	ArticleID int64 // the store's article ID
	Claim
	Group      string      // shared by the claims about the same thing
	Suggestion *Suggestion // nil when grouping proposes nothing
	Orphaned   bool        // ruled on, but no longer extracted from its article
	State
}

// State is a claim's current ruling: its latest event. A claim never ruled
// on has the zero State.
type State struct {
	Verdict      Verdict // Unruled, or the latest event's verdict (Cleared counts as unruled)
	SupersededBy int64   // claim ID, for Superseded
	Note         string
	Evidence     string
	Checker      string
	RuledAt      time.Time // UTC; zero when never ruled on
	Events       int       // number of events in the claim's history
}

// Ruled reports whether the claim has a verdict in force: it was ruled on
// and not cleared since.
func (s *State) Ruled() bool { return s.Verdict != Unruled && s.Verdict != Cleared }
