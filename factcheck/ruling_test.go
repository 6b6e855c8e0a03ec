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

func TestValidateChecker(t *testing.T) {
	tests := []struct {
		name string
		want error
	}{
		{"Ann Smith", nil},
		{"Zoë O'Brien-Łukasz", nil},
		{"میرزا\u200cعلی", nil}, // a zero-width non-joiner belongs in Persian names
		{"", ErrNoChecker},
		{"  ", ErrNoChecker},
		{"ann\r", ErrBadChecker},
		{"ann\rbob", ErrBadChecker},
		{"\x1b[31mann\x1b[0m", ErrBadChecker},
		{"ann\u202egnp.exe", ErrBadChecker},
		{"ann\u2066x\u2069", ErrBadChecker},
		{"ann\u200f", ErrBadChecker},
		{"caf\xe9", ErrBadChecker},
		{"ann\x00", ErrBadChecker},
		{"ann\u0085", ErrBadChecker},
	}
	for _, tt := range tests {
		if got := ValidateChecker(tt.name); !errors.Is(got, tt.want) || (tt.want == nil) != (got == nil) {
			t.Errorf("ValidateChecker(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
