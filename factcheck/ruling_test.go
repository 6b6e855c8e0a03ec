package factcheck

import (
	"errors"
	"testing"
)

func TestParseVerdict(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Verdict
		ok   bool
	}{
		{"verified", Verified, true}, {"Disputed", Disputed, true}, {"superseded", Superseded, true},
		{"clear", Cleared, true}, {"cleared", Cleared, true}, {"", Unruled, false}, {"true", Unruled, false},
	} {
		got, err := ParseVerdict(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseVerdict(%q) = %q, %v", tt.in, got, err)
		}
	}
}

func TestRulingValidate(t *testing.T) {
	tests := []struct {
		name string
		r    Ruling
		want error
	}{
		{"verified", Ruling{Claim: 1, Verdict: Verified, Checker: "ann"}, nil},
		{"superseded", Ruling{Claim: 1, Verdict: Superseded, SupersededBy: 2, Checker: "ann"}, nil},
		{"cleared", Ruling{Claim: 1, Verdict: Cleared, Checker: "ann"}, nil},
		{"unsigned", Ruling{Claim: 1, Verdict: Verified, Checker: "  "}, ErrNoChecker},
		{"unruled", Ruling{Claim: 1, Checker: "ann"}, ErrBadVerdict},
		{"unknown verdict", Ruling{Claim: 1, Verdict: "maybe", Checker: "ann"}, ErrBadVerdict},
		{"superseded by nothing", Ruling{Claim: 1, Verdict: Superseded, Checker: "ann"}, ErrNoSupersededBy},
		{"disputed by another", Ruling{Claim: 1, Verdict: Disputed, SupersededBy: 2, Checker: "ann"}, ErrSupersededBy},
		{"superseded by itself", Ruling{Claim: 1, Verdict: Superseded, SupersededBy: 1, Checker: "ann"}, ErrSupersedesItself},
	}
	for _, tt := range tests {
		if err := tt.r.Validate(); !errors.Is(err, tt.want) {
			t.Errorf("%s: Validate() = %v, want %v", tt.name, err, tt.want)
		}
	}
}
