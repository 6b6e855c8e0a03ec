package factcheck

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// The prefilter decides, without running sahilm/fuzzy, which lines cannot
// match a query and which cannot rank among the best hits. It rests on
// what fuzzy.FindFrom does with a pattern of runes p0..pm-1 and a line s
// (read in fuzzy@v0.1.3/fuzzy.go):
//
//   - Runes are decoded as utf8.DecodeRuneInString does (an invalid byte is
//     U+FFFD), and a pattern rune matches a line rune when their
//     unicode.SimpleFold orbits are the same (fuzzy's equalFold).
//   - The line matches exactly when the pattern is a subsequence of it under
//     that equality. fuzzy keeps pk's candidates from the first place gk
//     where pk occurs after gk-1 until just before gk+1, so the windows it
//     chooses from are those of the leftmost embedding g0 < g1 < ... .
//   - The score is the sum over k of the chosen candidate's bonuses, plus
//     max(-5*chosen0, -15), plus m - len(s). A candidate earns 10 at offset 0,
//     or 20 after a separator or as an upper-case rune after a lower-case one
//     (never both), plus an adjacency bonus. Adjacency can only happen at gk
//     when the rune before gk matches pk-1; each time it does, the running
//     bonus c becomes 3c+5, so A adjacencies add at most 5(3^A-1)/2.
//
// Hence bound below is never less than fuzzy's score. The bonus arithmetic
// overflows int64 only for patterns far longer than maxBoundRunes.

// maxBoundRunes is the longest pattern whose scores bound computes; longer
// patterns are matched exactly but never pruned by score.
const maxBoundRunes = 32

// Bits of a rune set: one per ASCII letter in each case, one per digit, one
// for any other ASCII rune and one for the non-ASCII runes that fold to no
// ASCII rune.
const (
	otherASCIIBit = 62
	nonASCIIBit   = 63
)

// asciiBit is the set bit of each ASCII byte.
var asciiBit = func() (t [utf8.RuneSelf]uint64) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = 1 << (c - 'a')
		case 'A' <= c && c <= 'Z':
			t[c] = 1 << (26 + c - 'A')
		case '0' <= c && c <= '9':
			t[c] = 1 << (52 + c - '0')
		default:
			t[c] = 1 << otherASCIIBit
		}
	}
	return t
}()

// foldASCII maps an ASCII byte to its lower case and every other byte to
// 0xff, which no ASCII pattern byte equals.
var foldASCII = func() (t [256]byte) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = 0xff
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		default:
			t[c] = byte(c)
		}
	}
	return t
}()

// orbit returns the runes fuzzy takes as equal to r: its SimpleFold orbit.
func orbit(r rune) []rune {
	o := []rune{r}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		o = append(o, f)
	}
	return o
}

// runeBits is the set a line rune r contributes: the bits of every ASCII rune
// in its orbit, or nonASCIIBit when there is none. foldsToASCII reports
// whether r is non-ASCII yet equal to an ASCII rune (such as U+212A KELVIN
// SIGN and k), which rules out the byte-wise path.
func runeBits(r rune) (bits uint64, foldsToASCII bool) {
	if r < utf8.RuneSelf {
		return asciiBit[r], false
	}
	for _, f := range orbit(r) {
		if f < utf8.RuneSelf {
			bits |= asciiBit[f]
		}
	}
	if bits == 0 {
		return 1 << nonASCIIBit, false
	}
	return bits, true
}

// lineSets scans a line once for what the prefilter keeps of it: the set of
// all its runes, the set of the runes that can earn a 20 or 10 bonus (at
// offset 0, after a separator, or upper case after lower case), and
// whether it needs the rune-wise path.
func lineSets(s string) (all, heads uint64, slow bool) {
	var last rune
	for j, r := range s {
		bits, f := runeBits(r)
		all |= bits
		slow = slow || f
		if j == 0 || isFuzzySeparator(last) || unicode.IsLower(last) && unicode.IsUpper(r) {
			heads |= bits
		}
		last = r
	}
	return all, heads, slow
}

// isFuzzySeparator reports whether fuzzy gives a bonus to the rune after r.
func isFuzzySeparator(r rune) bool {
	switch r {
	case '/', '-', '_', ' ', '.', '\\':
		return true
	}
	return false
}

// A pattern is a query prepared for the prefilter.
type pattern struct {
	runes  []rune
	orbits [][]rune // orbits[k]: the runes equal to runes[k]
	needs  []uint64 // needs[k]: a line that has runes[k] has one of these bits
	ascii  []byte   // the runes folded by foldASCII, when all are ASCII
	bound  bool     // whether scores are bounded (not too many runes)
	adjMax []int    // adjMax[a]: the most a adjacencies add
	// maxScore is the most any line of length 0 could score; a line of
	// length L scores at most maxScore-L.
	maxScore int
}

func newPattern(query string) *pattern {
	p := &pattern{runes: []rune(query)}
	ascii := true
	for _, r := range p.runes {
		o := orbit(r)
		var need uint64
		for _, f := range o {
			b, _ := runeBits(f)
			need |= b
		}
		p.orbits = append(p.orbits, o)
		p.needs = append(p.needs, need)
		ascii = ascii && r < utf8.RuneSelf
	}
	if ascii {
		p.ascii = []byte(query)
		for i, c := range p.ascii {
			p.ascii[i] = foldASCII[c]
		}
	}
	m := len(p.runes)
	p.bound = m <= maxBoundRunes
	if p.bound {
		p.adjMax = make([]int, m)
		for a := 1; a < m; a++ {
			p.adjMax[a] = 3*p.adjMax[a-1] + 5
		}
		p.maxScore = 20*m + p.adjMax[m-1] + m
	}
	return p
}

// mayMatch reports whether a line whose rune set is all has every rune of
// the pattern.
func (p *pattern) mayMatch(all uint64) bool {
	for _, need := range p.needs {
		if all&need == 0 {
			return false
		}
	}
	return true
}

// headBonus is the most the pattern's runes can earn from a line's heads:
// 20 for each rune that can stand at a head.
func (p *pattern) headBonus(heads uint64) int {
	n := 0
	for _, need := range p.needs {
		if heads&need != 0 {
			n += 20
		}
	}
	return n
}

// embed finds the leftmost embedding of the pattern in s. It reports
// whether there is one (exactly when fuzzy matches), where it starts, and
// how many of its runes follow a rune that matches the pattern rune before
// (the most adjacency bonuses fuzzy can give).
func (p *pattern) embed(s string, slow bool) (ok bool, first, adj int) {
	if p.ascii != nil && !slow {
		return p.embedASCII(s)
	}
	return p.embedRunes(s)
}

// embedASCII is embed for an ASCII pattern and a line with no non-ASCII
// rune equal to an ASCII one: bytes compare after foldASCII.
func (p *pattern) embedASCII(s string) (ok bool, first, adj int) {
	k, want := 0, p.ascii[0]
	for j := 0; j < len(s); j++ {
		if foldASCII[s[j]] != want {
			continue
		}
		if k == 0 {
			first = j
		} else if foldASCII[s[j-1]] == p.ascii[k-1] {
			adj++
		}
		k++
		if k == len(p.ascii) {
			return true, first, adj
		}
		want = p.ascii[k]
	}
	return false, 0, 0
}

// embedRunes is embed decoding runes as fuzzy does.
func (p *pattern) embedRunes(s string) (ok bool, first, adj int) {
	k, prev := 0, rune(-1)
	for j, r := range s {
		if slices.Contains(p.orbits[k], r) {
			if k == 0 {
				first = j
			} else if slices.Contains(p.orbits[k-1], prev) {
				adj++
			}
			k++
			if k == len(p.runes) {
				return true, first, adj
			}
		}
		prev = r
	}
	return false, 0, 0
}

// scoreBound is the most fuzzy can score a matching line of length n with
// the given head bonus and embedding.
func (p *pattern) scoreBound(n, headBonus, first, adj int) int {
	return headBonus + p.adjMax[adj] + max(-5*first, -15) + len(p.runes) - n
}
