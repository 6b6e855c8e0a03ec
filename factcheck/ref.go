package factcheck

import "strconv"

// A Ref names a claim by its article's base name and its start offset.
type Ref struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
}

// String formats r as "DOC:START".
func (r Ref) String() string { return r.Doc + ":" + strconv.Itoa(r.Start) }

// A Suggestion is what Factcheck proposes to a checker for a claim, from the
// other claims of its group. It is never a ruling.
type Suggestion struct {
	Verdict Verdict `json:"verdict"`        // Superseded or Disputed
	By      *Ref    `json:"by,omitempty"`   // the newer claim, for Superseded
	With    []Ref   `json:"with,omitempty"` // disagreeing claims, for Disputed: up to 10
}
