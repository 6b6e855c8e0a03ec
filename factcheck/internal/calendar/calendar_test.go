package calendar

import "testing"

func TestParseISO(t *testing.T) {
	tests := []struct {
		in     string
		want   Date
		wantOK bool
	}{
		{"2023-11-03", Date{Y: 2023, M: 11, D: 3}, true},
		{"2024-02-29", Date{Y: 2024, M: 2, D: 29}, true},
		{"2023-02-29", Date{}, false},
		{"1900-02-29", Date{}, false},
		{"2000-02-29", Date{Y: 2000, M: 2, D: 29}, true},
		{"0000-01-01", Date{}, false},
		{"2023-13-01", Date{}, false},
		{"2023-04-31", Date{}, false},
		{"2023/11/03", Date{}, false},
		{"--11-03", Date{}, false},
		{"", Date{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseISO(tt.in)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("ParseISO(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestISO(t *testing.T) {
	tests := []struct {
		in   Date
		want string
	}{
		{Date{Y: 2023, M: 11, D: 3}, "2023-11-03"},
		{Date{M: 2, D: 29}, "--02-29"},
	}
	for _, tt := range tests {
		if got := tt.in.ISO(); got != tt.want {
			t.Errorf("%v.ISO() = %q, want %q", tt.in, got, tt.want)
		}
	}
	if !(Date{M: 2, D: 29}).Valid() {
		t.Error("29 February of an unknown year is not valid, want valid")
	}
}

// TestParseDay reads a claim's day with its year and without.
func TestParseDay(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Date
		ok   bool
	}{
		{"2023-11-03", Date{2023, 11, 3}, true},
		{"--11-03", Date{0, 11, 3}, true},
		{"--02-29", Date{0, 2, 29}, true}, // a year unknown may be a leap year
		{"--02-30", Date{}, false},
		{"2023-11", Date{}, false},
		{"", Date{}, false},
	} {
		got, ok := ParseDay(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("ParseDay(%q) = %v, %t; want %v, %t", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
