package factcheck

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

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

// Verdicts lists the verdicts a checker can give, in display order.
var Verdicts = []Verdict{Verified, Disputed, Superseded, Cleared}

// ParseVerdict reads a verdict as a checker types it: "verified",
// "disputed", "superseded", or "clear"/"cleared"; case is ignored.
func ParseVerdict(s string) (Verdict, error) {
	switch v := Verdict(strings.ToLower(strings.TrimSpace(s))); v {
	case Verified, Disputed, Superseded, Cleared:
		return v, nil
	case "clear":
		return Cleared, nil
	}
	return Unruled, fmt.Errorf("verdict %q: want verified, disputed, superseded or clear", s)
}

// A Ruling is what a checker decides about one claim. Claims are named by
// the store's claim IDs.
type Ruling struct {
	Claim        int64   // the claim ruled on
	Verdict      Verdict // Verified, Disputed, Superseded or Cleared
	SupersededBy int64   // the newer claim, for Superseded; 0 otherwise
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
	ErrNoSupersededBy   = errors.New("superseded needs the claim that supersedes it")
	ErrSupersededBy     = errors.New("only a superseded claim names a superseding claim")
	ErrSupersedesItself = errors.New("a claim cannot supersede itself")
)

// Validate reports what is wrong with r, if anything: a ruling is signed
// (see ValidateChecker), has a verdict, and names a superseding claim, other than itself, exactly
// when the verdict is Superseded.
func (r *Ruling) Validate() error {
	if err := ValidateChecker(r.Checker); err != nil {
		return err
	}
	switch {
	case r.Verdict != Verified && r.Verdict != Disputed && r.Verdict != Superseded && r.Verdict != Cleared:
		return fmt.Errorf("%w: %q", ErrBadVerdict, r.Verdict)
	case r.Verdict == Superseded && r.SupersededBy == 0:
		return ErrNoSupersededBy
	case r.Verdict != Superseded && r.SupersededBy != 0:
		return ErrSupersededBy
	case r.SupersededBy != 0 && r.SupersededBy == r.Claim:
		return ErrSupersedesItself
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

// The actions. An undo event restores the state its target replaced; a
// redo event applies its target's ruling again. Neither removes anything:
// the log only grows.
const (
	Rule Action = "rule"
	Undo Action = "undo"
	Redo Action = "redo"
)

// An Event is one entry of the append-only log of rulings. A claim's
// current ruling is its latest event.
type Event struct {
	ID int64
	Ruling
	Action   Action
	Target   int64     // the event undone or redone; 0 for Rule
	Replaces int64     // the claim's latest event before this one; 0 if none
	At       time.Time // when, in UTC
	Version  string    // the version of Factcheck that wrote the event
}
