// Package lexicon is the word list shared by extraction and grouping:
// every word the extractor gives a meaning to, with what it means. A word
// may carry several meanings ("second" is an ordinal and a unit of time;
// "third" an ordinal and a fraction), so a word's categories are bits of
// one Entry.Cat.
//
// Words are looked up case-folded, with "’" read as "'", by Lookup, which
// returns an ID (0 for a word the lexicon does not hold) and does not
// allocate; At gives the ID's Entry. The lexicon is built once, at
// initialisation, and never changes after: a change to it changes what
// extraction finds and how grouping relates claims, and is a change of
// factcheck.RulesVersion.
package lexicon

// Word categories, as bits of Entry.Cat.
const (
	Cardinal      uint32 = 1 << iota // "two", "twenty"
	Scale                            // "million", "bn": multiplies the number before it
	Vague                            // "hundreds", "dozens": a vague multiple
	Ordinal                          // "first", "thirty"
	Fraction                         // "half", "third", "quarter"
	Month                            // "November", "Nov"
	Duration                         // "day", "years"
	Measure                          // "km", "tonnes"
	Currency                         // "dollars", "euros"
	Percent                          // "percent", "pct"
	Stop                             // a word that ends a subject: verbs, prepositions, conjunctions
	Determiner                       // "the", "a", "its": may open a subject, never part of one
	Weekday                          // "Monday"
	TermNoun                         // what makes "two-state", "one-off" a term, not a count
	SportMeasure                     // "sprint", "hurdles": "100m" then means metres
	OrdinalSuffix                    // "st", "nd", "rd", "th"
	TimeSuffix                       // "am", "pm", "GMT": a time of day
	Other                            // a word some rule reads by its spelling
	Lead                             // a word that may open a claim: "a", "half", "US" (in US$)
	QualEnd                          // the last word of a qualifier: "than", "least", "nearly"
	Season                           // "spring", "Christmas": may name a year after it
	Multiple                         // "sixfold", "double", "twice": Num times
)

// Start marks the words that may open a claim.
const Start = Cardinal | Scale | Vague | Ordinal | Fraction | Month | Lead | Multiple

// A Entry is what the lexicon knows of a word.
type Entry struct {
	Cat   uint32
	Num   float64 // value as cardinal, scale, vague multiple, ordinal, fraction denominator or multiple
	Month int     // 1-12 for months
	Unit  string  // normalised unit for durations, measures and currencies
	Per   float64 // a duration's length in its unit (a decade is 10 years); a currency's factor (cents: 0.01)
}

// maxLexLen is the length in bytes of the longest word.
const maxLexLen = 24

var (
	lex      = []Entry{{}}
	lexCats  = []uint32{0}         // lex's categories alone, lex's order: a tokenizer's read of them stays in cache
	lexIndex = map[string]uint16{} // built at init; lookups go through lexTable
	lexTable wordTable
)

// wordTable is an open-addressing hash table from lower-case words to
// lexicon IDs and tags (Tag): a text's words are looked up without
// allocating.
type wordTable struct {
	entries [tableSlots]uint32 // a slot's lexicon ID in the low 16 bits, its tag in the high 16; 0 for an empty slot
	hashes  [tableSlots]uint32 // each slot's wordHash: a probe reads its word only when they agree
	keys    [tableSlots]string
}

// tableSlots is the size of a wordTable, a power of two some three times
// the words and tags it holds: a word it does not hold, most of a text's,
// mostly ends its probe at its first slot.
const tableSlots = 8192

func wordHash(b []byte) uint32 {
	h := HashStart
	for _, c := range b {
		h = HashByte(h, c)
	}
	return h
}

// slot returns the slot of w in t, a free one when t does not hold it.
func (t *wordTable) slot(w string) uint32 {
	h := wordHash([]byte(w))
	i := h & (tableSlots - 1)
	for t.entries[i] != 0 && t.keys[i] != w {
		i = (i + 1) & (tableSlots - 1)
	}
	t.keys[i], t.hashes[i] = w, h
	hashFilter[h>>22] |= 1 << (h >> 16 & 63)
	return i
}

func (t *wordTable) get(b []byte, h uint32) uint16 {
	for i := h & (tableSlots - 1); ; i = (i + 1) & (tableSlots - 1) {
		e := t.entries[i]
		if e == 0 {
			return 0
		}
		if t.hashes[i] == h && t.keys[i] == string(b) {
			return uint16(e)
		}
	}
}

// hashFilter has a bit for each word and tag of lexTable, by the top 16
// bits of its hash: most words of a text are ruled out before a probe.
var hashFilter [1 << 10]uint64

// mayHold reports whether lexTable may hold a word of hash h.
func mayHold(h uint32) bool { return hashFilter[h>>22]&(1<<(h>>16&63)) != 0 }

func addWord(w string, e Entry) {
	if i, ok := lexIndex[w]; ok {
		old := &lex[i]
		old.Cat |= e.Cat
		lexCats[i] |= e.Cat
		if e.Num != 0 {
			old.Num = e.Num
		}
		if e.Month != 0 {
			old.Month = e.Month
		}
		if e.Unit != "" {
			old.Unit, old.Per = e.Unit, e.Per
		}
		return
	}
	if len(w) > maxLexLen {
		panic("lexicon word too long: " + w)
	}
	lexIndex[w] = uint16(len(lex))
	i := lexTable.slot(w)
	lexTable.entries[i] |= uint32(len(lex))
	lex = append(lex, e)
	lexCats = append(lexCats, e.Cat)
}

func addWords(cat uint32, words ...string) {
	for _, w := range words {
		addWord(w, Entry{Cat: cat})
	}
}

// Lookup returns the ID of w, its ASCII letters case-folded ("’" read as
// "'"; other letters beyond ASCII kept as written: "đồng", "tögrög"), or 0
// when the lexicon does not hold it. It does not allocate.
func Lookup(w string) uint16 {
	if len(w) > maxLexLen || len(w) == 0 {
		return 0
	}
	var buf [maxLexLen]byte
	n := 0
	h := HashStart // wordHash, computed as the word is lowered
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == 0xe2 && i+2 < len(w) && w[i+1] == 0x80 && w[i+2] == 0x99:
			c = '\''
			i += 2
		}
		buf[n] = c
		n++
		h = HashByte(h, c)
	}
	if !mayHold(h) {
		return 0
	}
	return lexTable.get(buf[:n], h)
}

// HashStart is the hash of the empty word, which HashByte extends a byte
// at a time: a tokenizer hashes a word as it scans it, for LookupASCII.
const HashStart uint32 = 2166136261

// HashByte extends the hash h of a word by its next byte c, in lower case
// (FNV-1a, 32 bits).
func HashByte(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }

// LookupASCII returns the ID of w, a word of ASCII letters and
// apostrophes whose hash, its bytes lowered with 0x20, is h (HashStart
// extended by HashByte), as Lookup would, and its tag (Tag); 0 and 0 when
// the lexicon does not hold it. A tokenizer calls it for every word, with
// the hash it took as it scanned the word.
func LookupASCII(w string, h uint32) (id, tag uint16) {
	if len(w) > maxLexLen || len(w) == 0 || !mayHold(h) {
		return 0, 0
	}
	for i := h & (tableSlots - 1); ; i = (i + 1) & (tableSlots - 1) {
		e := lexTable.entries[i]
		if e == 0 {
			return 0, 0
		}
		if lexTable.hashes[i] == h && len(lexTable.keys[i]) == len(w) && FoldedHasPrefix(w, lexTable.keys[i]) {
			return uint16(e), uint16(e >> 16)
		}
	}
}

// Tag gives w, a word of ASCII lower-case letters and apostrophes, the tag
// t (not 0), which LookupASCII returns with its ID: a package that compares
// words by their spelling tags the words it names at its initialisation,
// and reads a text's words' tags in the one lookup that finds their IDs. A
// tag does not make w a word of the lexicon: Lookup and LookupASCII still
// give it ID 0 unless it is one.
func Tag(w string, t uint16) {
	if len(w) > maxLexLen {
		panic("lexicon: tagged word too long: " + w)
	}
	i := lexTable.slot(w)
	lexTable.entries[i] = lexTable.entries[i]&0xffff | uint32(t)<<16
}

// FoldedHasPrefix reports whether s, lowered in ASCII, begins with w, a
// word in lower case at most as long as s: the word comparison of
// LookupASCII and of the extractor's rules, without copying s.
func FoldedHasPrefix(s, w string) bool {
	for k := 0; k < len(w); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}

// At returns the entry of the word with ID id: the zero Entry for 0.
func At(id uint16) *Entry { return &lex[id] }

// Cat returns the categories of the word with ID id, At(id).Cat: 0 for 0.
func Cat(id uint16) uint32 { return lexCats[id] }
