package factcheck

import (
	"errors"
	"testing"
)

func TestReadingValidate(t *testing.T) {
	for _, tt := range []struct {
		r  Reading
		ok bool
	}{
		{Reading{Kind: Date, Value: Value{Date: "--11-03"}, Qualifier: Exact}, true},
		{Reading{Kind: Date, Value: Value{Date: "2023-11-03"}, Qualifier: Exact}, true},
		{Reading{Kind: Date, Value: Value{Date: "2023-13-03"}, Qualifier: Exact}, false},
		{Reading{Kind: Date, Value: Value{Num: 4242}, Qualifier: Exact}, false},
		{Reading{Kind: Count, Value: Value{Num: 5}, EndValue: Value{Num: 7}, Range: true, Qualifier: Approx}, true},
		{Reading{Kind: Count, Value: Value{Num: 7}, EndValue: Value{Num: 5}, Range: true, Qualifier: Approx}, false},
		{Reading{Kind: Count, Value: Value{Date: "2023-11-03"}, Qualifier: Exact}, false},
		{Reading{Kind: "weight", Value: Value{Num: 1}, Qualifier: Exact}, false},
		{Reading{Kind: Money, Value: Value{Num: 1}, Unit: "USD"}, false},
	} {
		err := tt.r.Validate()
		if (err == nil) != tt.ok || err != nil && !errors.Is(err, ErrBadReading) {
			t.Errorf("%+v: %v", tt.r, err)
		}
	}
	f := Figure{Value: Value{Num: 11078}, Date: "2023-11-12"}
	if err := f.Validate(); !errors.Is(err, ErrBadReading) {
		t.Errorf("a figure without a source: %v", err)
	}
	f.Source = "https://example.org"
	if err := f.Validate(); err != nil {
		t.Errorf("%+v: %v", f, err)
	}
}

// TestFigureString: an outside figure reads as a checker typed it, its
// thousands grouped.
func TestFigureString(t *testing.T) {
	for _, tt := range []struct {
		f    Figure
		want string
	}{
		{Figure{Value: Value{Num: 240}}, "240"},
		{Figure{Value: Value{Num: 1100}}, "1,100"},
		{Figure{Value: Value{Num: -24500.5}, Unit: "USD"}, "-24,500.5 USD"},
		{Figure{Value: Value{Num: 1234567}, Unit: "tonne"}, "1,234,567 tonne"},
		{Figure{Value: Value{Date: "2023-11-06"}}, "2023-11-06"},
	} {
		if got := tt.f.String(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.f, got, tt.want)
		}
	}
}
