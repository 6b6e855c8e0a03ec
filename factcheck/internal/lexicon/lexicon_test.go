package lexicon

import (
	"strings"
	"testing"

	"golang.org/x/text/currency"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		word string
		cat  uint32 // a category the word must have; 0: not in the lexicon
		num  float64
	}{
		{"million", Scale, 1e6},
		{"Million", Scale, 1e6},
		{"MILLION", Scale, 1e6},
		{"twenty", Cardinal, 20},
		{"third", Ordinal, 3},
		{"third", Fraction, 3},
		{"than", QualEnd, 0},
		{"the", Determiner, 0},
		{"it’s", Stop, 0},
		{"it's", Stop, 0},
		{"I’m", Stop, 0}, // "’" read as "'", the word's length that of "i'm"
		{"they’re", Stop, 0},
		{"Monday", Weekday, 0},
		{"zebra", 0, 0},
		{"", 0, 0},
		{"millión", 0, 0},
		{"abcdefghijklmnopqrstuvwxyz", 0, 0},
	}
	for _, tt := range tests {
		id := Lookup(tt.word)
		if tt.cat == 0 {
			if id != 0 {
				t.Errorf("Lookup(%q) = %d, want 0", tt.word, id)
			}
			continue
		}
		e := At(id)
		if e.Cat&tt.cat == 0 || e.Num != tt.num {
			t.Errorf("At(Lookup(%q)) = %+v, want category %#x and number %v", tt.word, *e, tt.cat, tt.num)
		}
	}
	if *At(0) != (Entry{}) {
		t.Errorf("At(0) = %+v, want the zero Entry", *At(0))
	}
}

// TestCurrencyCodes checks that every currency's unit is an ISO 4217 code
// that golang.org/x/text/currency knows, but for the crypto-currencies'
// tickers, which have none.
func TestCurrencyCodes(t *testing.T) {
	for i, e := range lex {
		if e.Cat&Currency == 0 || e.Unit == "BTC" || e.Unit == "ETH" {
			continue
		}
		if _, err := currency.ParseISO(e.Unit); err != nil || len(e.Unit) != 3 {
			t.Errorf("entry %d (%+v): unit %q is no ISO 4217 code: %v", i, e, e.Unit, err)
		}
	}
}

// TestLookupASCII checks that LookupASCII finds what Lookup finds, for
// every word of the lexicon in lower case, in capitals and capitalised,
// and for words it does not hold.
func TestLookupASCII(t *testing.T) {
	words := []string{"tonnes", "Tonnes", "TONNES", "zebra", "Qwerty", "a", "aardvarks"}
	for w := range lexIndex {
		if isASCII(w) {
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
		}
	}
	for _, w := range words {
		h := HashStart
		for k := 0; k < len(w); k++ {
			h = HashByte(h, w[k]|0x20)
		}
		if got, _ := LookupASCII(w, h); got != Lookup(w) {
			t.Errorf("LookupASCII(%q) = %d, Lookup = %d", w, got, Lookup(w))
		}
	}
}

// TestTag checks that a tag comes back with its word's ID, in any case,
// and leaves a word the lexicon does not hold without an ID.
func TestTag(t *testing.T) {
	hash := func(w string) uint32 {
		h := HashStart
		for k := 0; k < len(w); k++ {
			h = HashByte(h, w[k]|0x20)
		}
		return h
	}
	Tag("tonnes", 7)
	Tag("zanzibarian", 9) // no word of the lexicon
	for _, c := range []struct {
		w       string
		id, tag uint16
	}{{"Tonnes", Lookup("tonnes"), 7}, {"ZANZIBARIAN", 0, 9}, {"zanzibarians", 0, 0}} {
		if id, tag := LookupASCII(c.w, hash(c.w)); id != c.id || tag != c.tag {
			t.Errorf("LookupASCII(%q) = %d, %d; want %d, %d", c.w, id, tag, c.id, c.tag)
		}
	}
	if Lookup("zanzibarian") != 0 {
		t.Errorf("Lookup(%q) = %d, want 0: a tag is no word of the lexicon", "zanzibarian", Lookup("zanzibarian"))
	}
}

func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}
