package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences. A sentence ends at a line break (unless the text is
// hard-wrapped: see proseWraps), or at ".", "!" or "?" (with
// any closing quotes and brackets) unless the full stop closes an
// abbreviation ("Mr.", "U.S.", "Oct. 7", "No. 10") or an initial. Machine-
// translated text often lacks the space after a full stop ("Hamas.so he"),
// so a full stop between two words also ends a sentence, unless it reads
// as a web address.

// abbreviation reports whether sp is an abbreviation that never ends a
// sentence: "Mr.", "U.S.", "Corp.".
func abbreviation(sp spelling) bool {
	switch sp {
	case wMr, wMrs, wMs, wDr, wProf, wGen, wSen, wRep, wGov, wLt, wCol, wSgt, wCapt, wCpl, wMaj, wAdm, wSt, wJr,
		wSr, wRev, wHon, wPres, wSupt, wInsp, wDet, wVs, wV, wEtc, wCf, wAl, wApprox, wEst, wInc, wLtd, wCo, wCorp,
		wPlc, wBros, wDept, wUniv, wMt, wFt, wAve, wRd, wBlvd, wFig, wVol, wPp:
		return true
	}
	return false
}

// abbreviationBeforeNumber reports whether sp is an abbreviation that ends
// no sentence when a number follows: "No. 10", "Oct. 7".
func abbreviationBeforeNumber(sp spelling) bool {
	switch sp {
	case wNo, wNos, wArt, wSec, wP, wJan, wFeb, wMar, wApr, wJun, wJul, wAug, wSep, wSept, wOct, wNov, wDec,
		wCh, wPara, wOp:
		return true
	}
	return false
}

// topLevelDomain reports whether sp is a top-level domain, which makes
// "word.com" an address, not two sentences.
func topLevelDomain(sp spelling) bool {
	switch sp {
	case wCom, wOrg, wNet, wUk, wCo, wGov, wEdu, wIo, wInt, wInfo, wEu, wUs, wDe, wFr, wHtml, wHtm, wPhp, wAsp,
		wAspx, wAc, wIl, wPs:
		return true
	}
	return false
}

// sentences splits the text into sentences and gives every claim its own.
func (x *extractor) sentences() {
	if len(x.claims) == 0 {
		return
	}
	start := 0 // first token of the current sentence
	for k := 0; k < len(x.toks); k++ {
		if k > start && x.toks[k].flags&fNewline != 0 && !x.proseWraps(k) {
			x.addSentence(start, k)
			start = k
		}
		if x.toks[k].class != tPunct {
			continue
		}
		if end := x.sentenceEnd(k); end > k {
			x.addSentence(start, end)
			start = end
			k = end - 1
		}
	}
	if start < len(x.toks) {
		x.addSentence(start, len(x.toks))
	}
	for i := range x.claims {
		c := &x.claims[i]
		a := sort.Search(len(x.sents), func(k int) bool { return x.sents[k].e > c.Start })
		b := sort.Search(len(x.sents), func(k int) bool { return x.sents[k].e >= c.End })
		if a >= len(x.sents) {
			a = len(x.sents) - 1
		}
		if b >= len(x.sents) {
			b = len(x.sents) - 1
		}
		s, e := min(x.sents[a].s, c.Start), max(x.sents[b].e, c.End)
		if e-s > maxSentence {
			s, e = x.window(c.Start, c.End, s, e)
		}
		c.Sentence, c.SentenceStart, c.SentenceEnd = x.text[s:e], s, e
	}
}

// proseWraps reports whether the line break before token k only wraps a
// line of prose, as wire copy and plain-text mail are wrapped at about 70
// columns: the line before is long (minWrappedLine characters or more) and
// ends in no punctuation that closes a clause, and the next line goes on
// at once: not after a blank line, not indented (a wire story's
// paragraph), not with a bullet or a bracket.
func (x *extractor) proseWraps(k int) bool {
	s := int(x.toks[k].s)
	nl := strings.LastIndexByte(x.text[:s], '\n')
	if nl < 0 || nl+1 != s {
		return false // a blank line, or the next line is indented
	}
	if x.toks[k].class == tPunct {
		return false
	}
	prev := strings.TrimRight(x.text[:nl], " \t\r")
	line := prev[strings.LastIndexByte(prev, '\n')+1:]
	if utf8.RuneCountInString(line) < minWrappedLine || !hasLower(line) {
		return false // a short line, or a headline in capitals
	}
	if x.usBefore(k) && (x.dollarWordAt(k) || x.eq(k, wAgainst) && x.tokIs(k+1, tNum)) {
		return true // "against the U.S.\nDollar", "19,102 tonnes from the U.S.\nAgainst 16,577 in January"
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(".!?:;\"\u201d)]|", last)
}

// hasLower reports whether s holds a lower-case letter: a line without
// one is a headline in capitals (or no prose). It reads s without
// copying it, as strings.ToUpper would.
func hasLower(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLower(r) {
			return true
		}
		i += n
	}
	return false
}

// minWrappedLine is the shortest line that wrapped prose leaves before a
// break, in characters.
const minWrappedLine = 45

// maxSentence bounds the sentence a claim carries: in a text with no
// sentence breaks (a 50 MB line) it is the words around the claim.
const maxSentence = 2000

// window narrows the sentence [s,e) to at most maxSentence bytes around the
// claim [start,end), cutting at spaces.
func (x *extractor) window(start, end, s, e int) (int, int) {
	room := max(0, (maxSentence-(end-start))/2)
	ws, we := max(s, start-room), min(e, end+room)
	if ws > s {
		if k := strings.IndexByte(x.text[ws:start], ' '); k >= 0 {
			ws += k + 1
		} else {
			ws = start
		}
	}
	if we < e {
		if k := strings.LastIndexByte(x.text[end:we], ' '); k >= 0 {
			we = end + k
		} else {
			we = end
		}
	}
	return ws, we
}

func (x *extractor) addSentence(first, end int) {
	x.sents = append(x.sents, span{int(x.toks[first].s), int(x.toks[end-1].e)})
}

// sentenceEnd returns the token after the end of the sentence whose
// terminal punctuation is token k, or k when k ends no sentence.
func (x *extractor) sentenceEnd(k int) int {
	p := x.str(k)
	if p != "." && p != "!" && p != "?" && p != "\u2026" {
		return k
	}
	if p == "." && x.leaderDots(k) {
		return k // "BRENT.......18.89......19.19": a table's leaders
	}
	j := k + 1
	for j < len(x.toks) && x.toks[j].class == tPunct && x.toks[j].flags&fSpace == 0 && closer(x.str(j)) {
		j++
	}
	if j >= len(x.toks) {
		return j
	}
	next := &x.toks[j]
	if next.flags&fNewline != 0 {
		if j == k+1 && x.usBefore(j) && x.dollarWordAt(j) {
			return k // "against the U.S.\nDollar": a wire line wraps the dollar's name
		}
		return j
	}
	lowerNext := next.class == tWord && next.flags&fUpper == 0
	if p == "!" || p == "?" {
		if lowerNext && next.flags&fSpace != 0 {
			return k // '"Why?" he asked'
		}
		return j
	}
	if p == "\u2026" {
		return j
	}
	if k == 0 {
		return j
	}
	prev := &x.toks[k-1]
	if prev.class == tNum && next.class == tNum && next.flags&fSpace == 0 {
		return k
	}
	if prev.class == tWord {
		w := x.toks[k-1].sp
		if x.toks[k].flags&fSpace == 0 && (prev.e-prev.s == 1 || abbreviation(w)) {
			return k // an initial, an abbreviation like U.S., e.g., a.m., or "Mr."
		}
		if next.class == tNum && abbreviationBeforeNumber(w) {
			return k
		}
		if next.flags&fSpace == 0 {
			if next.class == tWord && topLevelDomain(x.spAt(j)) {
				return k
			}
			if next.class == tWord && next.flags&fUpper != 0 && len(x.str(j)) <= 2 && x.mark(j+1) == '>' {
				return k // a ticker's exchange: "Group Ltd &lt;ANZA.S> said"
			}
			if next.class != tWord {
				return k
			}
		}
	}
	if next.class == tNum && next.flags&fSpace == 0 {
		return k
	}
	return j
}

// leaderDots reports whether the full stop at token k is one of a run of
// dots glued to what follows, a table's leaders between a row's name and
// its figures ("ES SIDER........19.40......19.18") or an ellipsis within
// a sentence ("barrel...1987 net"): no sentence ends there; but one of
// three dots between a word in small letters and a capital ends one at
// its last dot ("the USDA said...The USDA reported").
func (x *extractor) leaderDots(k int) bool {
	j := k
	for j+1 < len(x.toks) && x.mark(j+1) == '.' && x.toks[j+1].flags&fSpace == 0 {
		j++
	}
	run := j > k || k > 0 && x.mark(k-1) == '.' && x.toks[k].flags&fSpace == 0
	if !run || j+1 >= len(x.toks) || x.toks[j+1].flags&fSpace != 0 || closer(x.str(j+1)) {
		return false
	}
	first := k
	for first > 0 && x.mark(first-1) == '.' && x.toks[first].flags&fSpace == 0 {
		first--
	}
	if j-first == 2 && x.tokIs(first-1, tWord) && x.toks[first-1].flags&fUpper == 0 && x.tokIs(j+1, tWord) && x.toks[j+1].flags&fUpper != 0 {
		return k != j // an ellipsis between two sentences, its last dot their end: "the USDA said...The USDA reported"
	}
	return true
}

// dollarWordAt reports whether the word at token j names the dollar:
// "Dollar", "dollars", "Dlrs".
func (x *extractor) dollarWordAt(j int) bool {
	switch x.spAt(j) {
	case wDollar, wDollars, wDlr, wDlrs:
		return true
	}
	return false
}

// closer reports whether s closes a quotation or a bracket.
func closer(s string) bool {
	switch s {
	case "\"", "'", "\u201d", "\u2019", ")", "]", "\u00bb":
		return true
	}
	return false
}
