package factcheck

// A MergeReport says what merging another review into one brought in,
// counting what was committed.
type MergeReport struct {
	From     string // the review merged in: its file, or its server's URL without a password
	Articles int    // articles whose bytes the review did not hold
	Claims   int    // claims whose key it did not hold, the new articles' among them
	Events   int    // ruling events whose uid it did not hold
	Edits    int    // checkers' edits of articles' labels it did not hold
	Assigned int    // assignment events whose uid it did not hold
}
