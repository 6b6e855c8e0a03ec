package factcheck

import "strconv"

// A Ref names a claim by its article's base name and its start offset.
type Ref struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
}

// A Suggestion is what Factcheck proposes to a checker for a claim, from the
// other claims of its group. It is never a ruling.
type Suggestion struct {
	Verdict Verdict `json:"verdict"`        // Superseded or Disputed
	By      *Ref    `json:"by,omitempty"`   // the newer claim, for Superseded
	With    []Ref   `json:"with,omitempty"` // the disagreeing claims, for Disputed
}

// A Placement is where Group puts one claim.
type Placement struct {
	Group      string      // shared by every claim about the same thing
	Suggestion *Suggestion // nil when there is nothing to propose
}

// Group puts the claims about the same thing together, across articles and
// within one, and proposes verdicts. published maps an article's base name
// to its publication date ("YYYY-MM-DD" or ""). The result has one
// Placement for each claim, in order.
func Group(claims []Claim, published map[string]string) []Placement {
	// TEMPORARY: every claim alone until the grouping rules land.
	out := make([]Placement, len(claims))
	for i, c := range claims {
		out[i].Group = Ref{c.Doc, c.Start}.String()
	}
	return out
}

// String formats r as "DOC:START".
func (r Ref) String() string { return r.Doc + ":" + strconv.Itoa(r.Start) }
