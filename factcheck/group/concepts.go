package group

import (
	"slices"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Concepts: what a claim is about, in a form that claims about the same
// thing share whatever words their articles use. A concept comes from the
// claim's subject ("foreign passport holders" and "foreign citizens" are
// both foreign nationals) or, when the subject says little ("people",
// "time"), from the nearest event word around the claim ("killed", "death
// toll": deaths; "visit", "trip": a visit).

// subjectConcepts maps singular subject phrases, and then their last word,
// to a concept.
var subjectConcepts = map[string]string{
	"foreign passport holder": "foreign nationals", "passport holder": "foreign nationals",
	"foreign citizen": "foreign nationals", "foreign national": "foreign nationals",
	"foreigner": "foreign nationals", "dual national": "foreign nationals", "dual citizen": "foreign nationals",
	"foreign nationals": "foreign nationals", "displaced foreigner": "foreign nationals",
	"hostage": "hostages", "captive": "hostages", "abductee": "hostages",
	"death": "deaths", "fatality": "deaths", "death toll": "deaths", "dead": "deaths", "toll": "deaths",
	"injury": "injured", "wounded": "injured", "injured": "injured",
	"truck": "aid trucks", "lorry": "aid trucks", "aid truck": "aid trucks",
	"visit": "visit", "trip": "visit", "tour": "visit", "mission": "visit", "journey": "visit",
	"displaced": "displaced", "displaced people": "displaced", "displaced person": "displaced", "refugee": "refugees",
	"arrest": "arrests", "detainee": "arrests", "prisoner": "prisoners",
	"casualty": "casualties", "victim": "victims",
}

// genericHeads are subjects too general to tell one fact from another: the
// concept then comes from the event around the claim.
var genericHeads = map[string]bool{
	"people": true, "person": true, "individual": true, "time": true, "civilian": true, "one": true,
	"palestinian": true, "israeli": true, "american": true, "briton": true, "gazan": true, "ukrainian": true,
	"russian": true, "iraqi": true, "syrian": true, "afghan": true, "lebanese": true, "egyptian": true,
	"other": true, "more": true, "total": true, "figure": true, "number": true,
}

// eventConcepts maps event words near a claim to a concept.
var eventConcepts = map[string]string{
	"killed": "deaths", "kill": "deaths", "kills": "deaths", "killing": "deaths", "died": "deaths",
	"die": "deaths", "dead": "deaths", "death": "deaths", "deaths": "deaths", "toll": "deaths",
	"fatalities": "deaths", "massacred": "deaths", "perished": "deaths", "lives": "deaths", "drowned": "deaths",
	"injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured",
	"leave": "leave", "left": "leave", "leaving": "leave", "evacuate": "leave", "evacuated": "leave",
	"evacuating": "leave", "evacuation": "leave", "exit": "leave", "exited": "leave", "crossed": "leave",
	"depart": "leave", "departed": "leave", "departures": "leave", "fled": "leave", "flee": "leave",
	"visit": "visit", "visits": "visit", "visited": "visit", "visiting": "visit", "trip": "visit",
	"tour": "visit", "travel": "visit", "travels": "visit", "traveled": "visit", "travelled": "visit",
	"traveling": "visit", "travelling": "visit", "return": "visit", "returns": "visit", "returned": "visit",
	"arrive": "visit", "arrived": "visit", "arrives": "visit", "arrival": "visit", "landed": "visit",
	"mission": "visit", "journey": "visit",
	"meet": "meet", "met": "meet", "meeting": "meet", "talks": "meet", "lasted": "meet",
	"call": "call", "called": "call", "phone": "call", "spoke": "call",
	"arrested": "arrests", "detained": "arrests", "arrests": "arrests",
	"displaced": "displaced", "homeless": "displaced",
	"began": "start", "begin": "start", "begins": "start", "started": "start", "start": "start",
	"erupted": "start", "broke": "start",
	"attack": "war", "attacks": "war", "war": "war", "conflict": "war", "hostilities": "war",
	"fighting": "war", "escalation": "war", "offensive": "war", "invasion": "war", "assault": "war",
	"elected": "election", "election": "election", "vote": "election", "voted": "election",
}

// predicateConcepts map the predicates of a count, just after it, to a
// concept: those of eventConcepts, and words that name a fate only as a
// count's predicate ("200 people were rescued", "160 were missing"), not
// anywhere near ("missing a drugs test", "saved two match points").
var predicateConcepts = map[string]string{
	"rescued": "rescued", "saved": "rescued", "evacuated": "rescued", "missing": "missing", "unaccounted": "missing",
	"trapped": "missing",
}

// fateVerbs map the verbs that, just before a count, say what befell
// those it counts to a concept: "trapped 44 miners", "rescued 200
// people" (but "missing 2 drugs tests" and "saved two match points" say
// nothing of a fate).
var fateVerbs = map[string]string{"trapped": "missing", "rescued": "rescued", "evacuated": "rescued"}

// singular returns a rough singular of an English noun.
func singular(w string) string {
	switch {
	case len(w) <= 3 || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return w
	case w == "people" || w == "police" || w == "staff":
		return w
	case w == "children":
		return "child"
	case w == "men":
		return "man"
	case w == "women":
		return "woman"
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// wordsBefore returns the words of claim c's sentence in the n bytes
// before the claim (see words), or nil when the claim's offsets do not
// fall in its sentence.
func wordsBefore(c *factcheck.Claim, n int) []string {
	rel := c.Start - c.SentenceStart
	if rel < 0 || rel > len(c.Sentence) {
		return nil
	}
	return words(c.Sentence[max(0, rel-n):rel])
}

// wordsAfter returns the words of claim c's sentence within n bytes after
// it, or nil.
func wordsAfter(c *factcheck.Claim, n int) []string {
	end := c.End - c.SentenceStart
	if end < 0 || end > len(c.Sentence) {
		return nil
	}
	return words(c.Sentence[end:min(len(c.Sentence), end+n)])
}

// saidBefore reports whether a word of set stands among the reach words
// before claim c in its sentence (read back width bytes at most).
func saidBefore(c *factcheck.Claim, set map[string]bool, reach, width int) bool {
	ws := wordsBefore(c, width)
	for d := 0; d < len(ws) && d < reach; d++ {
		if set[ws[len(ws)-1-d]] {
			return true
		}
	}
	return false
}

// words splits s into lower-case words, keeping inner hyphens and
// apostrophes; curly quotes, a wire's "&lt;" and "&gt;" and other
// punctuation separate words. Only ASCII letters are lowered, so a word
// keeps its length: the words are parts of s, or of one lowered copy of s
// when it has capitals. Grouping splits every claim's sentence many
// times.
func words(s string) []string { return appendWords(make([]string, 0, len(s)/5+1), s) }

// appendWords appends the words of s (words) to out and returns it: a loop
// over many sentences splits each into one slice it reuses.
func appendWords(out []string, s string) []string {
	low := s
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			low = lowerASCII(s)
			break
		}
	}
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] >= 0x98 && s[i+2] <= 0x9d:
			if start >= 0 {
				out, start = append(out, low[start:i]), -1
			}
			i += 3 // ‘ ’ “ ”
		case wordByte[c]:
			if start < 0 {
				start = i
			}
			i++
		default:
			if start >= 0 {
				out, start = append(out, low[start:i]), -1
			}
			if c == '&' && (strings.HasPrefix(s[i:], "&lt;") || strings.HasPrefix(s[i:], "&gt;")) {
				i += 4 // a wire's escaped bracket before a company's name: "&lt;Progressive Enterprises Ltd>"
			} else {
				i++
			}
		}
	}
	if start >= 0 {
		out = append(out, low[start:])
	}
	return out
}

// wordByte marks the bytes of a word (see words): ASCII letters and
// digits, "-", "'" and every byte of a character beyond ASCII.
var wordByte = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '\'' || c >= 0x80
	}
	return t
}()

// lowerASCII returns w with its ASCII capitals lowered, its other bytes
// as they are.
func lowerASCII(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	k := 0 // w[:k] is written
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			b.WriteString(w[k:i])
			b.WriteByte(c + 'a' - 'A')
			k = i + 1
		}
	}
	b.WriteString(w[k:])
	return b.String()
}

// subjectConcept reads a claim's subject: its concept when the subject
// names one, and its head noun when that is specific ("children").
func subjectConcept(subject string) (concept, head string) {
	ws := words(subject)
	var kept []string
	for _, w := range ws {
		if id := lexicon.Lookup(w); id != 0 && lexicon.At(id).Cat&(lexicon.Stop|lexicon.Determiner) != 0 {
			continue
		}
		kept = append(kept, singular(w))
	}
	if len(kept) == 0 {
		return "", ""
	}
	if c, ok := subjectConcepts[strings.Join(kept, " ")]; ok {
		return c, ""
	}
	if len(kept) >= 2 {
		if c, ok := subjectConcepts[strings.Join(kept[len(kept)-2:], " ")]; ok {
			return c, ""
		}
	}
	last := kept[len(kept)-1]
	if c, ok := subjectConcepts[last]; ok {
		return c, ""
	}
	if genericHeads[last] {
		return "", ""
	}
	return "", last
}

// eventConcept returns the concept of the event word nearest the claim at
// [start,end) of its sentence, counting distance in content words, at most
// window of them either side, before first on a tie. A participle used as
// an adjective ("injured Palestinians") is no event. Wars, starts and
// elections are events of dates only. A start ("began") takes the concept
// of what started when that is named just before it: "the war began".
func eventConcept(sentence string, start, end int, kind factcheck.Kind) string {
	// eight content words lie well within 160 bytes either side
	start, end = max(0, min(start, len(sentence))), min(len(sentence), max(end, 0))
	beforeText, afterText := sentence[max(0, start-160):start], sentence[end:min(len(sentence), end+160)]
	if kind == factcheck.Count {
		// another count's clause is its own: "one miner died in the fire,
		// six miners escaped unharmed" leaves the six no death
		beforeText, afterText = beforeText[clauseAfterNumber(beforeText):], afterText[:clauseBeforeNumber(afterText)]
	}
	const window = 8 // (and a started event's four words before: startConcept)
	before, after := contentSeq(words(beforeText), window+4, true), contentSeq(words(afterText), window, false)
	usable := func(c string) bool {
		return kind == factcheck.Date || c != "war" && c != "start" && c != "election"
	}
	if kind == factcheck.Count {
		if c := predicateConcept(sentence, end); c != "" {
			return c
		}
		if k := len(before) - 1; k >= 0 && !before[k].adjective {
			if c, ok := fateVerbs[before[k].w]; ok {
				return c // "the fire that trapped 44 miners and killed one"
			}
		}
	}
	for d := 0; d < window; d++ {
		if k := len(before) - 1 - d; k >= 0 && !before[k].adjective {
			if c, ok := eventConcepts[before[k].w]; ok && usable(c) {
				if c == "start" {
					ws := make([]string, 0, 4)
					for _, e := range before[max(0, k-4):k] {
						ws = append(ws, e.w)
					}
					return startConcept(ws)
				}
				return c
			}
		}
		if d < len(after) && !after[d].adjective {
			if c, ok := eventConcepts[after[d].w]; ok && c != "start" && usable(c) {
				return c
			}
		}
	}
	return ""
}

// predicateConcept returns the concept of a count's predicate, the words
// just after the count that ends at byte end of sentence, or "": what it
// counts, before the event of the clause before it and before its
// subject read backwards ("32 were confirmed dead and 160 were missing":
// missing).
func predicateConcept(sentence string, end int) string {
	if end < 0 || end >= len(sentence) || sentence[end] != ' ' && sentence[end] != '\n' {
		return "" // "160\nwere missing" in wire copy, but not "160," or "160-"
	}
	after := contentSeq(words(sentence[end:min(len(sentence), end+160)]), 1, false)
	if len(after) == 0 || after[0].adjective {
		return ""
	}
	c, ok := predicateConcepts[after[0].w]
	if !ok {
		c, ok = eventConcepts[after[0].w]
	}
	if !ok || c == "start" || c == "war" || c == "election" || !predicateAfter(sentence[end:min(len(sentence), end+160)], after[0].w) {
		return ""
	}
	return c
}

// clauseAfterNumber returns where, in s (the words before a count), the
// count's own clause starts: after the separator (",", ";" or "and")
// that follows the last number of s, or after that number when none does;
// 0 when s has no number.
func clauseAfterNumber(s string) int {
	last := -1 // the end of the last number
	for i := 0; ; {
		_, end := nextNumber(s, i)
		if end < 0 {
			break
		}
		last, i = end, end
	}
	if last < 0 {
		return 0
	}
	if k := separatorIn(s[last:]); k >= 0 {
		return last + k
	}
	return last
}

// clauseBeforeNumber returns where, in s (the words after a count), the
// count's own clause ends: at the last separator before the first number
// of s (the whole after "of the" aside), or at that number when none
// stands before it; len(s) when s has no number.
func clauseBeforeNumber(s string) int {
	for i := 0; ; {
		start, end := nextNumber(s, i)
		if end < 0 {
			return len(s)
		}
		if !partitiveBefore(s[:start]) {
			if k := lastSeparatorIn(s[:start]); k >= 0 {
				return k
			}
			return start
		}
		i = end
	}
}

// nextNumber returns the span of the first number word of s at or after
// byte i (see numberWord), or -1, -1.
func nextNumber(s string, i int) (start, end int) {
	for i < len(s) {
		j := i
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		if j > i && numberWord(s[i:j]) {
			return i, j
		}
		i = j + 1
	}
	return -1, -1
}

// partitiveBefore reports whether s, the words before a number, ends in
// "of" or "of the": the number is the whole a count is part of ("32 of
// the 543 passengers"), in its clause.
func partitiveBefore(s string) bool {
	s = strings.ToLower(strings.TrimRight(s, " \n"))
	return strings.HasSuffix(s, " of") || strings.HasSuffix(s, " of the") || s == "of" || s == "of the"
}

// separatorIn returns the index just after the first separator of
// clauses in s (",", ";" or the word "and"), or -1.
func separatorIn(s string) int {
	k := strings.IndexAny(s, ",;")
	if a := strings.Index(s, " and "); a >= 0 && (k < 0 || a < k) {
		return a + len(" and")
	}
	if k >= 0 {
		return k + 1
	}
	return -1
}

// lastSeparatorIn returns the index of the last separator of clauses in s
// (",", ";" or the word "and"), or -1.
func lastSeparatorIn(s string) int {
	return max(strings.LastIndexAny(s, ",;"), strings.LastIndex(s, " and "))
}

// isWordByte reports whether c is part of a word: a letter, a digit, a
// hyphen or an apostrophe.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '\''
}

// numberWord reports whether w is a number: digits, or a cardinal in
// words (of any case, as the lexicon is looked up).
func numberWord(w string) bool {
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	id := lexicon.Lookup(w)
	return id != 0 && lexicon.At(id).Cat&lexicon.Cardinal != 0
}

// predicateAfter reports whether w, in the text s after a count, is the
// count's predicate: the first word ("TWO HUNDRED PEOPLE RESCUED", "160
// missing") or after a verb of being ("160 were missing", "26 people have
// died", "200 are feared dead").
func predicateAfter(s, w string) bool {
	for k, v := range words(s) {
		switch {
		case v == w:
			return true
		case k >= 3:
			return false
		}
		switch v {
		case "were", "are", "was", "is", "have", "has", "had", "been", "be", "being", "still", "now", "feared", "reported", "believed":
		default:
			return false
		}
	}
	return false
}

// contentWord is a word of a sentence that is not a stop word.
type contentWord struct {
	w         string
	adjective bool // a participle before a noun: "injured Palestinians", "a dead rubber"
}

// contentSeq drops the stop words of ws and marks participles used as
// adjectives: the first n content words, or the last n when last.
// Grouping reads a few words either side of every claim, so it keeps no
// more.
func contentSeq(ws []string, n int, last bool) []contentWord {
	out := make([]contentWord, 0, min(n, len(ws)))
	for k := range ws {
		i := k
		if last {
			i = len(ws) - 1 - k
		}
		if len(out) == n {
			break
		}
		w := ws[i]
		if _, event := eventConcepts[w]; !event {
			if id := lexicon.Lookup(w); id != 0 && lexicon.At(id).Cat&(lexicon.Stop|lexicon.Determiner) != 0 {
				continue
			}
		}
		adj := false
		if (strings.HasSuffix(w, "ed") || w == "dead") && i+1 < len(ws) {
			id := lexicon.Lookup(ws[i+1])
			adj = id == 0 || lexicon.At(id).Cat&(lexicon.Stop|lexicon.Determiner|lexicon.Cardinal|lexicon.Scale|lexicon.Vague) == 0
		}
		out = append(out, contentWord{w, adj})
	}
	if last {
		slices.Reverse(out)
	}
	return out
}

// startConcept names what started, from the words before "began".
func startConcept(ws []string) string {
	for k := len(ws) - 1; k >= 0; k-- {
		switch c := eventConcepts[ws[k]]; c {
		case "war", "election":
			return c // an attack, a war: its start is its date
		case "visit":
			return "visit start"
		}
		if subjectConcepts[singular(ws[k])] == "visit" {
			return "visit start"
		}
	}
	return "start"
}
