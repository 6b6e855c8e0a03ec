package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Token classes.
const (
	tWord  uint8 = iota + 1 // letters, with inner apostrophes
	tNum                    // digits, with inner "," and "." between digits, and a vulgar fraction ("1½", "¼")
	tPunct                  // any other single character
)

// Token flags.
const (
	fSpace   uint8 = 1 << iota // whitespace before the token
	fNewline                   // a line break before the token
	fUpper                     // a word starting with an upper-case letter
	fAllCaps                   // a word of two or more letters, all upper case
	fShout                     // a token of a line written all in capitals
)

// A token is a word, a number or a punctuation character of the text.
type token struct {
	s, e  int32    // byte span
	class uint8    // tWord, tNum, tPunct
	flags uint8    // fSpace...
	word  uint16   // index into lexicon+1 for known words, 0 otherwise
	sp    spelling // the word's spelling, 0 for one no rule names
	cat   uint32   // the lexicon's categories of word (lexicon.Entry.Cat), read once
}

// tokenize splits text into tokens. Whitespace separates tokens and is
// recorded in the next token's flags; a word and a number that touch ("G7",
// "1.2bn") are separate tokens that touch.
func tokenize(text string, toks []token) []token {
	var flags uint8
	ln := line{start: len(toks)}
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			flags |= fSpace
			i++
		case c == '\n':
			flags |= fSpace | fNewline
			ln.end(text, toks)
			i++
		case c >= '0' && c <= '9':
			j := i + 1
			for j < len(text) {
				d := text[j]
				if d >= '0' && d <= '9' {
					j++
				} else if (d == ',' || d == '.') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
					j += 2
				} else if d == 0xc2 && j+2 < len(text) && text[j+1] == 0xb7 && text[j+2] >= '0' && text[j+2] <= '9' {
					j += 3 // "4·7%": a decimal point written as a middle dot, as some British journals do
				} else if w := swissGroup(text[j:]); w > 0 {
					j += w // "CHF 5'900", "1’200’000": thousands grouped by an apostrophe, as Switzerland writes them
				} else {
					break
				}
			}
			_, f := vulgarFraction(text[j:]) // "1½"
			j += f
			toks = append(toks, token{s: int32(i), e: int32(j), class: tNum, flags: flags})
			flags = 0
			i = j
		case c < utf8.RuneSelf:
			if isASCIILetter(c) {
				j, h := scanASCIIWord(text, i)
				ascii := j
				if j < len(text) && text[j] >= utf8.RuneSelf {
					j = scanWord(text, j) // "café", "don’t": read on, and look up as a whole
				}
				var id, sp uint16
				if j > ascii {
					id, sp = lexicon.Lookup(text[i:j]), uint16(wideSpelling(text[i:j]))
				} else {
					id, sp = lexicon.LookupASCII(text[i:j], h)
				}
				t := appendWord(&toks, text, i, j, flags, id)
				t.sp = spelling(sp)
				if t.word == 0 && len(toks) > 1 && toks[len(toks)-2].word == numberWord {
					t.word = possessiveRank(text[i:j]) // "the world number one's new coach"
					t.cat = lexicon.Cat(t.word)
				}
				if !htmlEntity(text, i, j) {
					ln.word(t) // "&lt;ROK>" in a wire headline is all capitals
				}
				flags = 0
				i = j
				continue
			}
			if c == '&' && strings.HasPrefix(text[i:], "&#127;") {
				flags |= fSpace // a wire's stray delete character, escaped: "125 mln to&#127;160 mln"
				i += len("&#127;")
				continue
			}
			toks = append(toks, token{s: int32(i), e: int32(i + 1), class: tPunct, flags: flags})
			flags = 0
			i++
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case r >= '¼' && r <= '¾' || r >= '⅐' && r <= '⅞':
				// a vulgar fraction is a number, as "0.5" is
				toks = append(toks, token{s: int32(i), e: int32(i + n), class: tNum, flags: flags})
				flags = 0
				i += n
			case unicode.IsLetter(r):
				j := scanWord(text, i+n)
				ln.word(appendWord(&toks, text, i, j, flags, lexicon.Lookup(text[i:j])))
				flags = 0
				i = j
			case unicode.IsSpace(r):
				flags |= fSpace
				if r == '\u2028' || r == '\u2029' || r == '\u0085' {
					flags |= fNewline
					ln.end(text, toks)
				}
				i += n
			default:
				toks = append(toks, token{s: int32(i), e: int32(i + n), class: tPunct, flags: flags})
				flags = 0
				i += n
			}
		}
	}
	ln.end(text, toks)
	return toks
}

// A line is the state of the line being tokenized, to find one written
// all in capitals, as wire headlines are ("PROFITS RISE 5 PCT", "COFFEE
// AT SIX-YEAR LOW"): such a line reads as if it were in lower case.
type line struct {
	start int  // its first token
	caps  int  // its words in capitals
	mixed bool // whether a word of it has a lower-case letter
}

// word notes the word t of the line.
func (l *line) word(t *token) {
	if t.flags&fAllCaps != 0 {
		l.caps++
	} else if t.flags&fUpper == 0 || t.e-t.s > 1 {
		l.mixed = true
	}
}

// end ends the line before token next: when it was all in capitals, its
// tokens are marked fShout, and its words that the lexicon knows lose
// their capitals, but for months, weekdays and currency codes ("MARCH 9",
// "EUR 40 MLN"). Unknown words keep theirs: "FTSE 100" is still a name.
func (l *line) end(text string, toks []token) {
	if !l.mixed && l.caps >= 2 {
		for k := l.start; k < len(toks); k++ {
			t := &toks[k]
			t.flags |= fShout
			if t.class == tWord && t.word != 0 && !t.is(lexicon.Month|lexicon.Weekday) && isoCode(text[t.s:t.e]) == "" {
				t.flags &^= fUpper | fAllCaps
			}
		}
	}
	*l = line{start: len(toks)}
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// htmlEntity reports whether the word text[i:j] is the name of an HTML
// entity left in plain text: "&lt;", "&gt;", "&amp;".
func htmlEntity(text string, i, j int) bool {
	return i > 0 && text[i-1] == '&' && j < len(text) && text[j] == ';'
}

// scanWord returns the end of the word continuing at i: letters, and an
// apostrophe between letters.
func scanWord(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if isASCIILetter(c) {
				i++
				continue
			}
			if c == '\'' && i+1 < len(text) && isASCIILetter(text[i+1]) {
				i++
				continue
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			i += n
			continue
		}
		if r == '\u2019' && i+n < len(text) && isASCIILetter(text[i+n]) {
			i += n
			continue
		}
		return i
	}
	return i
}

// allCaps reports whether the rest of a word is in capitals: ASCII
// capitals and apostrophes ("SEAMEN'S" in a headline in capitals).
func allCaps(rest string) bool {
	for k := 0; k < len(rest); k++ {
		switch c := rest[k]; {
		case c >= 'A' && c <= 'Z', c == '\'':
		case strings.HasPrefix(rest[k:], "\u2019"):
			k += len("\u2019") - 1
		default:
			return false
		}
	}
	return true
}

// scanASCIIWord returns the end of the word of ASCII letters (and
// apostrophes between letters) starting at i, and the word's hash for
// lexicon.LookupASCII, taken as it is scanned.
func scanASCIIWord(text string, i int) (int, uint32) {
	h := lexicon.HashStart
	for i < len(text) {
		c := text[i]
		if !isASCIILetter(c) && (c != '\'' || i+1 >= len(text) || !isASCIILetter(text[i+1])) {
			break
		}
		h = lexicon.HashByte(h, c|0x20)
		i++
	}
	return i, h
}

// appendWord appends to *toks the token of the word text[s:e], whose
// lexicon ID (lexicon.Lookup) is id, and returns it. It sets the token's
// fields in place: a token built whole and then appended is copied from
// memory still being written, which stalls (a tenth of the tokenizer's
// time).
func appendWord(toks *[]token, text string, s, e int, flags uint8, id uint16) *token {
	*toks = append(*toks, token{})
	t := &(*toks)[len(*toks)-1]
	t.s, t.e, t.class = int32(s), int32(e), tWord
	t.flags, t.word = wordFlags(text, s, e, flags, id)
	t.cat = lexicon.Cat(t.word)
	return t
}

// wordFlags returns the flags of the word text[s:e], flags and its
// capitals, and its lexicon ID: id, or, for a word the lexicon does not
// hold, the word it stands for ("day's", "Decmber").
func wordFlags(text string, s, e int, flags uint8, id uint16) (uint8, uint16) {
	c := text[s]
	if c >= 'A' && c <= 'Z' {
		flags |= fUpper
		if e-s >= 2 && allCaps(text[s+1:e]) {
			flags |= fAllCaps
		}
	} else if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(text[s:])
		if unicode.IsUpper(r) {
			flags |= fUpper
		}
	}
	if id == 0 && e-s > 3 && text[e-1] == 's' && (text[e-2] == '\'' || text[e-2] == 0x99) {
		id = possessiveDuration(text[s:e]) // "day's", "day’s": the last byte of "’" is 0x99
	}
	if id == 0 && e-s == 5 && (text[e-1] == 's' || text[e-1] == 'S') && text[e-2] == '\'' {
		id = pluralCode(text[s : e-2])
	}
	if id == 0 && flags&fUpper != 0 && e-s >= 6 && e-s <= 10 {
		id = misspeltMonth(text[s:e]) // "Decmber 31", "Febraury 1990": wire copy's typing
	}
	return flags, id
}

// longMonths are the months whose names are long enough that one slip of
// typing leaves no other word: the slip is read as the month.
var longMonths = [...]string{"january", "february", "august", "september", "october", "november", "december"}

// misspeltMonth returns the lexicon ID of the month that the capitalised
// word w misspells by one letter left out ("Decmber") or two neighbours
// swapped ("Febraury"), its first letter kept; 0 for any other word.
func misspeltMonth(w string) uint16 {
	for _, m := range longMonths {
		if m[0] != w[0]|0x20 {
			continue
		}
		if len(w) == len(m)-1 && oneLeftOut(w, m) || len(w) == len(m) && oneSwap(w, m) {
			return lexicon.Lookup(m)
		}
	}
	return 0
}

// oneLeftOut reports whether s, lowered in ASCII, is w with one letter
// left out.
func oneLeftOut(s, w string) bool {
	k := 0
	for k < len(s) && s[k]|0x20 == w[k] {
		k++
	}
	return lexicon.FoldedHasPrefix(s[k:], w[k+1:])
}

// oneSwap reports whether s, lowered in ASCII, is w with two neighbouring
// letters swapped.
func oneSwap(s, w string) bool {
	k := 0
	for k < len(s) && s[k]|0x20 == w[k] {
		k++
	}
	return k+1 < len(s) && s[k]|0x20 == w[k+1] && s[k+1]|0x20 == w[k] && lexicon.FoldedHasPrefix(s[k+2:], w[k+2:])
}

// pluralCode returns the lexicon ID of a currency's code of three letters
// that an apostrophe makes plural, "85 mln SDR's", "sdr's", as "SDRs"
// reads; 0 for any other word.
func pluralCode(stem string) uint16 {
	if !allCaps(stem) && strings.ToLower(stem) != stem {
		return 0
	}
	if id := lexicon.Lookup(stem); lexicon.At(id).Cat&lexicon.Currency != 0 {
		return id
	}
	return 0
}

// possessiveDuration returns the lexicon ID of a unit of time written as a
// possessive, "90 day's sales", "a year's pay", as "days'" reads; 0 for
// any other word.
func possessiveDuration(w string) uint16 {
	if !possessive(w) {
		return 0
	}
	stem := strings.TrimSuffix(w[:len(w)-1], "'")
	if len(stem) == len(w)-1 {
		stem = strings.TrimSuffix(stem, "\u2019")
	}
	if id := lexicon.Lookup(stem); lexicon.At(id).Cat&lexicon.Duration != 0 {
		return id
	}
	return 0
}

// The lexicon IDs of words the rules compare a token with on every word
// of a text: "number", before which a cardinal's possessive ranks
// (possessiveRank); "the" of "the past year and a half"; "nil" of a
// table's empty cell.
var (
	numberWord = lexicon.Lookup("number")
	theWord    = lexicon.Lookup("the")
	nilWord    = lexicon.Lookup("nil")
)

// withoutPossessive returns w without the "'s" or "’s" that ends it:
// "Germany" of "Germany's".
func withoutPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s")
}

// possessiveRank returns the lexicon ID of a cardinal written as a
// possessive after "number", "number one's", as "number one" ranks; 0 for
// any other word.
func possessiveRank(w string) uint16 {
	if !possessive(w) {
		return 0
	}
	if id := lexicon.Lookup(withoutPossessive(w)); lexicon.At(id).Cat&lexicon.Cardinal != 0 {
		return id
	}
	return 0
}

// entry returns the lexicon entry of a token (the zero entry when unknown).
func (t *token) entry() *lexicon.Entry { return lexicon.At(t.word) }

func (t *token) is(cat uint32) bool { return t.cat&cat != 0 }

// swissGroup returns the length of an apostrophe (straight or curly) and
// the three digits after it that group thousands at the start of s, with
// no digit after them ("'900" of "5'900"), or 0.
func swissGroup(s string) int {
	n := 0
	switch {
	case strings.HasPrefix(s, "'"):
		n = 1
	case strings.HasPrefix(s, "\u2019"):
		n = len("\u2019")
	default:
		return 0
	}
	if len(s) < n+3 || len(s) > n+3 && s[n+3] >= '0' && s[n+3] <= '9' {
		return 0
	}
	for _, c := range []byte(s[n : n+3]) {
		if c < '0' || c > '9' {
			return 0
		}
	}
	return n + 3
}
