package extract

import (
	"strings"

	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// A spelling is a word the rules compare a token with (eq), in lower
// case: spellings.go lists them. The tokenizer gives each word token its
// spelling, 0 for a word no rule names, so that a comparison in a rule is
// one of two integers.
type spelling uint16

// wideSpellings holds the spellings with letters beyond ASCII ("baumé"),
// which the lexicon cannot tag.
var wideSpellings = map[string]spelling{}

// The lexicon tags the spellings of ASCII letters with their spelling, so
// that the tokenizer's one lookup of a word gives both its ID and its
// spelling.
func init() {
	for sp := spelling(1); int(sp) < len(spellingText); sp++ {
		if w := spellingText[sp]; isASCIIText(w) {
			lexicon.Tag(w, uint16(sp))
		} else {
			wideSpellings[w] = sp
		}
	}
}

// wideSpelling returns the spelling of w, a word with letters beyond
// ASCII, or 0: w lowered in ASCII is the spelling's text, as eq compares.
func wideSpelling(w string) spelling {
	return wideSpellings[asciiLower(w)]
}

// asciiLower returns w with its ASCII capitals lowered, its other bytes
// kept.
func asciiLower(w string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, w)
}

func isASCIIText(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// lowerAt returns the text of token i lowered in ASCII, as lower(x.str(i))
// does, without copying a word some rule names: its spelling's text.
func (x *extractor) lowerAt(i int) string {
	if uint(i) < uint(len(x.toks)) && x.toks[i].sp != 0 {
		return spellingText[x.toks[i].sp]
	}
	return lower(x.str(i))
}

// spAt returns the spelling of token i, 0 for a token no rule names or
// for i outside the text: a rule's switch over the words it names.
func (x *extractor) spAt(i int) spelling {
	if uint(i) >= uint(len(x.toks)) {
		return 0
	}
	return x.toks[i].sp
}
