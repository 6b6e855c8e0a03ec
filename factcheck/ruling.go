package factcheck

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Verdict is a checker's ruling on a claim.
type Verdict string

// The verdicts. Unverifiable ("cannot verify") is for a figure no
// evidence at hand settles; Dismissed ("not a claim") for a span that
// asserts nothing a checker could verify (page furniture, a number in a
// name), which the window hides from its default list. Cleared withdraws
// an earlier verdict; a claim never ruled on, or whose latest ruling is
// Cleared, is unruled.
const (
	Unruled      Verdict = ""
	Verified     Verdict = "verified"
	Disputed     Verdict = "disputed"
	Superseded   Verdict = "superseded"
	Unverifiable Verdict = "unverifiable"
	Dismissed    Verdict = "dismissed"
	Cleared      Verdict = "cleared"
)

// Verdicts lists the verdicts a checker can give, in display order.
var Verdicts = []Verdict{Verified, Disputed, Superseded, Unverifiable, Dismissed, Cleared}

// Ruled reports whether v is a checker's verdict: neither Unruled nor
// Cleared, which withdraws one.
func (v Verdict) Ruled() bool { return v != Unruled && v != Cleared }

// Words returns the verdict as a checker reads it: "verified",
// "cannot verify", "not a claim", "unruled" (for Unruled and Cleared).
func (v Verdict) Words() string {
	switch v {
	case Unruled, Cleared:
		return "unruled"
	case Unverifiable:
		return "cannot verify"
	case Dismissed:
		return "not a claim"
	}
	return string(v)
}

// ParseVerdict reads a verdict as a checker types it: "verified",
// "disputed", "superseded", "unverifiable" (or "cannot verify"),
// "dismissed" (or "dismiss", "not a claim"), or "clear"/"cleared"; case,
// hyphens and underscores between words are ignored.
func ParseVerdict(s string) (Verdict, error) {
	w := strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '_'
	}), " ")
	switch v := Verdict(w); v {
	case Verified, Disputed, Superseded, Unverifiable, Dismissed, Cleared:
		return v, nil
	case "clear":
		return Cleared, nil
	case "cannot verify", "can't verify", "unverified":
		return Unverifiable, nil
	case "dismiss", "not a claim":
		return Dismissed, nil
	}
	return Unruled, fmt.Errorf("verdict %q: want verified, disputed, superseded, unverifiable (cannot verify), dismissed (not a claim) or clear", s)
}

// A Ruling is what a checker decides about one claim. Claims are named by
// the store's claim IDs.
type Ruling struct {
	Claim        int64   // the claim ruled on
	Verdict      Verdict // one of Verdicts
	SupersededBy int64   // the newer claim, for Superseded by a claim; 0 otherwise
	Outside      Figure  // the newer figure, for Superseded by one from outside the review; zero otherwise
	Reading      Reading // the checker's reading of the claim in force (see Amend); zero: the extractor's
	Note         string  // the checker's reasoning, free text
	Evidence     string  // URLs or free text backing the verdict
	Checker      string  // who ruled: signs the ruling
}

// Errors from Ruling.Validate.
var (
	ErrNoChecker = errors.New("no checker: a ruling must be signed")
	// ErrBadChecker: see ValidateChecker.
	ErrBadChecker       = errors.New("a checker's name must be plain text")
	ErrBadVerdict       = errors.New("not a verdict")
	ErrNoSupersededBy   = errors.New("superseded needs the claim or figure that supersedes it")
	ErrSupersededBy     = errors.New("only a superseded claim names a superseding claim or figure")
	ErrSupersedesItself = errors.New("a claim cannot supersede itself")
)

// Validate reports what is wrong with r, if anything: a ruling is signed
// (see ValidateChecker), has a verdict, names what supersedes the claim
// (another claim, or a figure from outside: one, not both) exactly when
// the verdict is Superseded, and its Reading and Outside figure, when
// given, are valid.
func (r *Ruling) Validate() error {
	if err := ValidateChecker(r.Checker); err != nil {
		return err
	}
	by := r.SupersededBy != 0 || !r.Outside.IsZero()
	switch {
	case !slices.Contains(Verdicts, r.Verdict):
		return fmt.Errorf("%w: %q", ErrBadVerdict, r.Verdict)
	case r.Verdict == Superseded && !by:
		return ErrNoSupersededBy
	case r.Verdict != Superseded && by:
		return ErrSupersededBy
	case r.SupersededBy != 0 && !r.Outside.IsZero():
		return fmt.Errorf("%w: a claim and an outside figure both", ErrSupersededBy)
	case r.SupersededBy != 0 && r.SupersededBy == r.Claim:
		return ErrSupersedesItself
	}
	if !r.Outside.IsZero() {
		if err := r.Outside.Validate(); err != nil {
			return err
		}
	}
	if !r.Reading.IsZero() {
		return r.Reading.Validate()
	}
	return nil
}

// ValidateChecker reports what is wrong with a checker's name, which
// signs rulings and is shown in terminals and windows: ErrNoChecker when
// it is blank; ErrBadChecker when it is not valid UTF-8, or holds a
// control character (a carriage return, the escape that starts a terminal
// escape sequence: Unicode category Cc) or a bidirectional control
// (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069: they reorder
// the text shown after them).
func ValidateChecker(name string) error {
	if strings.TrimSpace(name) == "" {
		return ErrNoChecker
	}
	if !utf8.ValidString(name) {
		return fmt.Errorf("%w: %q is not UTF-8", ErrBadChecker, name)
	}
	for _, r := range name {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
			return fmt.Errorf("%w: %q holds control character %U", ErrBadChecker, name, r)
		}
	}
	return nil
}

// Action says how an event came about.
type Action string

// The actions. A rule event gives a verdict; an amend event records the
// checker's reading of the claim (value, unit, kind, ...), keeping its
// verdict; an add event records a claim the checker found that the
// extractor missed. An undo event restores the state its target replaced
// (for an add, Dismissed: the claim is withdrawn); a redo event applies
// its target's ruling again. None removes anything: the log only grows.
const (
	Rule  Action = "rule"
	Amend Action = "amend"
	Add   Action = "add"
	Undo  Action = "undo"
	Redo  Action = "redo"
)

// An Event is one entry of the append-only log of rulings. A claim's
// current ruling is its latest event.
type Event struct {
	ID  int64  // the store's event ID, its own
	UID string // the event's ID in every review: a UUIDv7 (RFC 9562), 36 characters
	Ruling
	Action   Action
	Target   int64     // the event undone or redone; 0 for Rule, Amend and Add
	Replaces int64     // the claim's latest event before this one; 0 if none
	At       time.Time // when, in UTC
	Version  string    // the version of Factcheck that wrote the event
}
