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
	Group      string      // shared by the claims about the same thing; "" for a claim grouped with none
	Suggestion *Suggestion // nil when grouping proposes nothing
	Orphaned   bool        // ruled on, but no longer extracted from its article
	// Extracted is the extractor's reading when a checker has amended the
	// claim (Claim then holds the checker's: see SetState); nil otherwise.
	Extracted *Reading
	State
}

// SetState sets the claim's current ruling to s, and its fields to the
// checker's reading in force, if any, keeping the extractor's in
// Extracted.
func (r *Record) SetState(s State) {
	if r.Extracted != nil {
		r.Extracted.Apply(&r.Claim)
		r.Extracted = nil
	}
	r.State = s
	if !s.Reading.IsZero() {
		orig := ReadingOf(&r.Claim)
		r.Extracted = &orig
		s.Reading.Apply(&r.Claim)
	}
}

// State is a claim's current ruling: its latest event, except that a
// correction (an amend or add event) leaves the ruling's note, evidence,
// checker and time as they were (with no ruling: no note or evidence, the
// correction's checker and time): the correction's note says why the
// reading changed, and stays in its event. A claim never ruled on has the
// zero State.
type State struct {
	Verdict      Verdict // Unruled, or the latest event's verdict (Cleared counts as unruled)
	SupersededBy int64   // claim ID, for Superseded by a claim
	Outside      Figure  // for Superseded by a figure from outside the review
	Reading      Reading // the checker's reading in force; zero: the extractor's
	Added        bool    // a checker added the claim: the extractor did not find it
	Note         string
	Evidence     string
	Checker      string
	RuledAt      time.Time // UTC; zero when never ruled on
	Events       int       // number of events in the claim's history
}

// Ruled reports whether the claim has a verdict in force: it was ruled on
// and not cleared since. A Dismissed claim is ruled: "not a claim" is the
// checker's decision.
func (s *State) Ruled() bool { return s.Verdict.Ruled() }

// Restates reports whether ruling ru would leave s as it is: the same
// verdict, newer claim or figure, note and evidence, signed by the same
// checker. Such a ruling records nothing: a claim's history holds no event
// that changes nothing.
func (s *State) Restates(ru Ruling) bool {
	return s.Ruled() && s.Verdict == ru.Verdict && s.SupersededBy == ru.SupersededBy && s.Outside == ru.Outside &&
		s.Note == ru.Note && s.Evidence == ru.Evidence && s.Checker == ru.Checker
}
