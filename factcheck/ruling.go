package factcheck

// Verdict is a checker's ruling on a claim.
type Verdict string

// The verdicts. Cleared withdraws an earlier verdict; a claim never ruled
// on, or whose latest ruling is Cleared, is unruled.
const (
	Unruled    Verdict = ""
	Verified   Verdict = "verified"
	Disputed   Verdict = "disputed"
	Superseded Verdict = "superseded"
	Cleared    Verdict = "cleared"
)
