package search

import (
	"slices"
	"strings"
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
//     (never both): at a head. It may also earn an adjacency bonus, which
//     can only happen at gk when the rune before gk matches pk-1; each time
//     it does, the running bonus c becomes 3c+5, so A adjacencies add at
//     most 5(3^A-1)/2.
//
// Hence the bound admits computes, 20 for each window that holds a head
// where its rune occurs, the most the possible adjacencies add, the lead
// penalty at g0 and m - len(s), is never less than fuzzy's score. The
// bonus arithmetic overflows int64 only for patterns far longer than
// maxBoundRunes.

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

// segments is how many parts a line is cut into for order checks.
const segments = 8

// A lineInfo is what the prefilter keeps of a line besides the set of all
// its runes: the set of its runes that can earn fuzzy's 20 or 10 bonus (at
// offset 0, after a separator, or upper case after lower case); the folded
// set (see fold32) of each of segments equal parts of it, in order; and
// whether it needs the rune-wise path.
type lineInfo struct {
	heads uint64
	segs  [segments]uint32
	slow  bool
}

// newLineInfo scans a line once for the set of all its runes and the rest
// of what the prefilter keeps. Segment k holds the runes at offsets j with
// j*segments/len(s) == k.
func newLineInfo(s string) (all uint64, in lineInfo) {
	var last rune
	var seg uint64               // the set of segment k so far
	k, next := 0, segStart(1, s) // next is where segment k+1 starts
	for j := 0; j < len(s); {
		r, size := rune(s[j]), 1
		bits := uint64(0)
		if r < utf8.RuneSelf {
			bits = asciiBit[r]
		} else {
			r, size = utf8.DecodeRuneInString(s[j:])
			var f bool
			bits, f = runeBits(r)
			in.slow = in.slow || f
		}
		for j >= next {
			in.segs[k] = fold32(seg)
			seg, k = 0, k+1
			next = segStart(k+1, s)
		}
		all |= bits
		seg |= bits
		if j == 0 || isFuzzySeparator(last) || unicode.IsUpper(r) && unicode.IsLower(last) {
			in.heads |= bits
		}
		last = r
		j += size
	}
	in.segs[k] = fold32(seg)
	return all, in
}

// segStart returns the first offset in s of segment k.
func segStart(k int, s string) int {
	return (k*len(s) + segments - 1) / segments
}

// fold32 folds a rune set to 32 bits: the two cases of a letter share a
// bit, digits share five, and all else one.
func fold32(b uint64) uint32 {
	const letters = 1<<26 - 1
	digits := b >> 52 & (1<<10 - 1)
	f := uint32(b&letters|b>>26&letters) | uint32(digits|digits>>5)&(1<<5-1)<<26
	if b>>otherASCIIBit != 0 {
		f |= 1 << 31
	}
	return f
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
	runes   []rune
	orbits  [][]rune // orbits[k]: the runes equal to runes[k]
	needs   []uint64 // needs[k]: a line that has runes[k] has one of these bits
	needs32 []uint32 // needs folded by fold32
	// When every rune is ASCII: lower[k] and upper[k] are runes[k] in
	// each case (the same for a rune that is not a letter), and lowerBit[k]
	// and upperBit[k] their bits in a line's rune set.
	lower, upper       []byte
	lowerBit, upperBit []uint64
	bound              bool  // whether scores are bounded (not too many runes)
	adjMax             []int // adjMax[a]: the most a adjacencies add
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
		p.needs32 = append(p.needs32, fold32(need))
		ascii = ascii && r < utf8.RuneSelf
	}
	if ascii {
		for _, r := range p.runes {
			lo, up := byte(unicode.ToLower(r)), byte(unicode.ToUpper(r))
			p.lower, p.upper = append(p.lower, lo), append(p.upper, up)
			p.lowerBit, p.upperBit = append(p.lowerBit, asciiBit[lo]), append(p.upperBit, asciiBit[up])
		}
	}
	m := len(p.runes)
	p.bound = m <= maxBoundRunes
	if p.bound {
		p.adjMax = make([]int, m)
		for a := 1; a < m; a++ {
			p.adjMax[a] = 3*p.adjMax[a-1] + 5
		}
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

// maxScore is the most a bounded pattern can score on a line of length n.
func (p *pattern) maxScore(n int) int {
	return 21*len(p.runes) + p.adjMax[len(p.runes)-1] - n
}

// inOrder reports whether the pattern's runes can be found in a line's
// segments in order, several to a segment: if not, the line cannot match.
func (p *pattern) inOrder(segs *[segments]uint32) bool {
	seg := 0
	for _, need := range p.needs32 {
		for segs[seg]&need == 0 {
			if seg++; seg == segments {
				return false
			}
		}
	}
	return true
}

// admits reports whether fuzzy matches the line s, of rune set all (that
// mayMatch) and with prefilter data in, and, for a bounded pattern,
// whether its score can reach floor. It follows the leftmost embedding,
// counting the runes that may be adjacent, and gives up as soon as the
// bound, with every rune still to be found adjacent, falls below floor;
// then it drops the head bonuses of the windows that hold no head. at is
// scratch space, an int for each pattern rune.
func (p *pattern) admits(s string, all uint64, in *lineInfo, floor int, at []int) bool {
	m := len(p.runes)
	fixed := m - len(s) // the bound, less the adjacency bonuses
	if p.bound {
		for _, need := range p.needs {
			if in.heads&need != 0 {
				fixed += 20
			}
		}
		if fixed+p.adjMax[m-1] < floor {
			return false
		}
	}
	if !p.inOrder(&in.segs) {
		return false
	}
	if p.lower == nil || in.slow {
		ok, first, adj := p.embedRunes(s)
		return ok && (!p.bound || fixed+max(-5*first, -15)+p.adjMax[adj] >= floor)
	}
	i, adj := -1, 0
	for k := range m {
		j := p.index(s[i+1:], k, all)
		if j < 0 {
			return false
		}
		if i += j + 1; !p.bound {
			continue
		}
		at[k] = i
		if k == 0 {
			fixed += max(-5*i, -15)
		} else if foldASCII[s[i-1]] == p.lower[k-1] {
			adj++
		}
		if fixed+p.adjMax[adj+m-1-k] < floor {
			return false
		}
	}
	if !p.bound {
		return true
	}
	for k := range m {
		end := len(s)
		if k < m-1 {
			end = at[k+1]
		}
		if in.heads&p.needs[k] != 0 && !p.headIn(s, at[k], end, k, all) {
			if fixed -= 20; fixed+p.adjMax[adj] < floor {
				return false
			}
		}
	}
	return true
}

// headIn reports whether ASCII pattern rune k occurs at a head of s
// between offsets from and to: where fuzzy would give it 10 or 20.
func (p *pattern) headIn(s string, from, to, k int, all uint64) bool {
	for from < to {
		i := p.index(s[from:to], k, all)
		if i < 0 {
			return false
		}
		j := from + i
		if j == 0 || isFuzzySeparator(rune(s[j-1])) ||
			'A' <= s[j] && s[j] <= 'Z' && ('a' <= s[j-1] && s[j-1] <= 'z' || s[j-1] >= utf8.RuneSelf) {
			return true
		}
		from = j + 1
	}
	return false
}

// index returns the offset in s of the first byte equal to ASCII pattern
// rune k, or -1; all is the set of s's line, which tells which cases to
// look for.
func (p *pattern) index(s string, k int, all uint64) int {
	i := -1
	if all&p.lowerBit[k] != 0 {
		i = strings.IndexByte(s, p.lower[k])
	}
	if p.upper[k] != p.lower[k] && all&p.upperBit[k] != 0 {
		t := s
		if i >= 0 {
			t = s[:i]
		}
		if u := strings.IndexByte(t, p.upper[k]); u >= 0 {
			i = u
		}
	}
	return i
}

// embedRunes finds the leftmost embedding of the pattern in s, decoding
// runes as fuzzy does. It reports whether there is one (exactly when fuzzy
// matches), where it starts, and how many of its runes follow a rune that
// matches the pattern rune before (the most adjacency bonuses fuzzy can
// give).
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
