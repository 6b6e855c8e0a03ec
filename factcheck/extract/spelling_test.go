package extract

import (
	"strings"
	"testing"
)

// TestSpellings checks that the tokenizer gives each spelling's text its
// spelling, in lower case, ASCII capitals and capitalised, and none to a word
// that only begins like one, and that the list is in order, once each.
func TestSpellings(t *testing.T) {
	for sp := spelling(1); int(sp) < len(spellingText); sp++ {
		w := spellingText[sp]
		if sp > 1 && spellingText[sp-1] >= w {
			t.Errorf("spelling %q after %q: the list is alphabetical, each once", w, spellingText[sp-1])
		}
		if asciiLower(w) != w {
			t.Errorf("spelling %q is not in lower case", w)
		}
		upper := strings.Map(func(r rune) rune { // as eq compares: a letter beyond ASCII in its case
			if r >= 'a' && r <= 'z' {
				return r - 'a' + 'A'
			}
			return r
		}, w)
		for form, want := range map[string]spelling{w: sp, upper: sp, upper[:1] + w[1:]: sp, w + "zq": 0} {
			toks := tokenize("("+form+")", nil)
			if len(toks) != 3 || toks[1].sp != want {
				t.Errorf("tokenize(%q): tokens %v, want the spelling %d (%q)", form, toks, want, w)
			}
		}
	}
}
