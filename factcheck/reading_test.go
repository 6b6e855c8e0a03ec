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
