package db

import (
	"math"
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

func TestPackRoundTrip(t *testing.T) {
	end := factcheck.Value{Num: 2.5}
	endDate := factcheck.Value{Date: "2023-11-02"}
	tests := []struct {
		name string
		c    factcheck.Claim
	}{
		{"zero", factcheck.Claim{}},
		{"count", factcheck.Claim{Kind: factcheck.Count, Value: factcheck.Value{Num: 200}, Qualifier: factcheck.LowerBound,
			Subject: "hostages", Sentence: "More than 200 hostages.", SentenceStart: 1104, SentenceEnd: 1200}},
		{"range", factcheck.Claim{Kind: factcheck.Money, Value: factcheck.Value{Num: -1.5e9}, EndValue: &end, Unit: "USD"}},
		{"date range", factcheck.Claim{Kind: factcheck.Date, Value: factcheck.Value{Date: "--11-01"}, EndValue: &endDate,
			Sentence: "Café “quoted” \x00 bytes"}},
		{"odd numbers", factcheck.Claim{Value: factcheck.Value{Num: math.Inf(-1)}, SentenceEnd: math.MaxInt32}},
	}
	u := newUnpacker()
	for _, tt := range tests {
		var got factcheck.Claim
		if err := u.unpack(packClaim(nil, &tt.c), &got); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if !claimEqual(got, tt.c) {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.c)
		}
	}
}

func TestUnpackMalformed(t *testing.T) {
	good := packClaim(nil, &factcheck.Claim{Kind: factcheck.Count, Subject: "people", Sentence: "Some people."})
	tests := []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"other version", append([]byte{9}, good[1:]...)},
		{"truncated", good[:len(good)-1]},
		{"trailing bytes", append(good[:len(good):len(good)], 0)},
		{"length past the end", []byte{packVersion, 200, 1}},
	}
	u := newUnpacker()
	for _, tt := range tests {
		var c factcheck.Claim
		if err := u.unpack(tt.b, &c); err == nil {
			t.Errorf("%s: unpacked %+v", tt.name, c)
		}
	}
}

func FuzzUnpack(f *testing.F) {
	f.Add(packClaim(nil, &factcheck.Claim{Kind: factcheck.Percent, Value: factcheck.Value{Num: 12}, Sentence: "12%."}), "x", 3.5)
	f.Fuzz(func(t *testing.T, b []byte, s string, n float64) {
		u := newUnpacker()
		var c factcheck.Claim
		u.unpack(b, &c) // must not panic
		want := factcheck.Claim{Kind: factcheck.Kind(s), Value: factcheck.Value{Num: n}, Subject: s, Sentence: string(b), Unit: s}
		if len(s)%2 == 0 {
			want.EndValue = &factcheck.Value{Date: s}
		}
		var got factcheck.Claim
		if err := u.unpack(packClaim(nil, &want), &got); err != nil {
			t.Fatal(err)
		}
		if math.Float64bits(got.Value.Num) != math.Float64bits(n) {
			t.Errorf("value %v, want %v", got.Value.Num, n)
		}
		got.Value.Num, want.Value.Num = 0, 0
		if !claimEqual(got, want) {
			t.Errorf("got %+v, want %+v", got, want)
		}
	})
}

// claimEqual reports whether two claims are the same, comparing their end
// values by what they say.
func claimEqual(a, b factcheck.Claim) bool {
	ea, eb := "", ""
	if a.EndValue != nil {
		ea = a.EndValue.String()
	}
	if b.EndValue != nil {
		eb = b.EndValue.String()
	}
	a.EndValue, b.EndValue = nil, nil
	return a == b && ea == eb
}
