package group

import (
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
)

// A company's own figure (its posted price, its offer, its cut) is a fact
// of that company: "Citgo said it raised its posted prices by 50 cts to
// 17.50 dlrs" and "Marathon said it raised its posted prices by 50 cts to
// 17.50 dlrs" are two companies' moves, though one story tells both and
// their words agree. ownerOf reads the company a sentence gives the
// figure to, and groups of two owners stay apart (ownersApart).

// ownerOf returns the first word, in lower case, of the name a figure's
// sentence opens with when the name moves a figure of its own before
// it: "Diamond Shamrock Corp said it raised its ..." ("diamond"), "Asarco
// Inc said it is decreasing its ..." ("asarco"), "Citgo cut its ...", or
// a headline in capitals "ASARCO LOWERS COPPER PRICE 1.50 CTS TO 67 CTS"
// ("asarco"), or of a name whose own figure a change brings to its level
// (possessiveOwner: "brings Marathon's posted price ... to 17.50 dlrs").
// A dateline before the name is skipped. It returns "" for a
// date, or when the sentence opens with no name or moves nothing of the
// name's own ("ChemLawn said it rejected the offer": a bid is its
// bidder's and its target's).
func ownerOf(c *factcheck.Claim) string {
	if c.Kind == factcheck.Date {
		return ""
	}
	rel := c.Start - c.SentenceStart
	if rel <= 0 || rel > len(c.Sentence) {
		return ""
	}
	s := c.Sentence[:rel]
	if k := strings.Index(s, " - "); k >= 0 && k < 60 && strings.ContainsAny(s[:k], ",0123456789") {
		s = s[k+3:] // "NEW YORK, April 1 - ": the dateline
	}
	ws := strings.Fields(s)
	if len(ws) < 3 {
		return ""
	}
	if o := possessiveOwner(ws); o != "" {
		return o
	}
	if strings.ToUpper(s) == s {
		// a headline: its name's words, then the verb of its move
		for k := 1; k <= 3 && k < len(ws); k++ {
			if ownMoves[strings.ToLower(ws[k])] {
				if first := ws[0]; nameWord(first[:1]+strings.ToLower(first[1:])) && len(first) >= 3 {
					return strings.ToLower(first)
				}
				return ""
			}
		}
		return ""
	}
	n := 0 // the words of the name
	for n < len(ws) && n < 5 && ws[n] != "" && ws[n][0] >= 'A' && ws[n][0] <= 'Z' {
		n++
	}
	if n == 0 || n+1 >= len(ws) || !nameWord(trimPunct(ws[0])) || len(trimPunct(ws[0])) < 3 {
		return ""
	}
	k := n // the verb of the move
	if ws[k] == "said" || ws[k] == "says" {
		k++
		if ws[k] != "it" {
			return ""
		}
		k++
		if k < len(ws) && (ws[k] == "is" || ws[k] == "has" || ws[k] == "was" || ws[k] == "will") {
			k++ // "said it is decreasing its", "said it will raise its"
		}
	}
	if k+1 >= len(ws) || !ownMoves[ws[k]] || ws[k+1] != "its" && (k+2 >= len(ws) || ws[k+2] != "its") {
		return ""
	}
	return strings.ToLower(trimPunct(ws[0]))
}

// possessiveOwner returns the first word, in lower case, of a name whose
// own figure a sentence's words ws before the figure name it: the name
// with "'s" and, within maxOwnedReach words, a noun of ownedNouns, then
// "to" or "at" just before the figure ("The increase brings Marathon's
// posted price for West Texas Intermediate to 17.50 dlrs a barrel"), or "".
func possessiveOwner(ws []string) string {
	if last := ws[len(ws)-1]; last != "to" && last != "at" {
		return ""
	}
	for k := len(ws) - 2; k >= 0 && k >= len(ws)-2-maxOwnedReach; k-- {
		if !ownedNouns[strings.Trim(ws[k], ",")] {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-maxOwnedNoun; j-- {
			name, ok := strings.CutSuffix(ws[j], "'s")
			if !ok {
				continue
			}
			if name = trimPunct(name); len(name) >= 3 && nameWord(name) {
				return strings.ToLower(name)
			}
			return ""
		}
		return ""
	}
	return ""
}

// maxOwnedNoun bounds the words from a name with "'s" to the noun of its
// figure ("Sun's heating oil contract barge price").
const maxOwnedNoun = 5

// maxOwnedReach bounds the words between an owned noun and the "to" or
// "at" before its figure ("Marathon's posted price for West Texas
// Intermediate and West Texas Sour grades to").
const maxOwnedReach = 10

// ownedNouns are the figures a company sets of its own ("Citgo's posted
// price", "Sosnoff's offer").
var ownedNouns = map[string]bool{"price": true, "prices": true, "posting": true, "postings": true, "offer": true,
	"bid": true, "dividend": true, "stake": true, "holding": true, "holdings": true}

// ownMoves are the verbs by which a company moves a figure of its own:
// "raised its posted prices", "ASARCO LOWERS COPPER PRICE".
var ownMoves = map[string]bool{"raised": true, "raises": true, "raise": true, "raising": true, "lowered": true, "lowers": true,
	"lower": true, "lowering": true, "cut": true, "cuts": true, "cutting": true, "increased": true, "increases": true,
	"increase": true, "increasing": true, "reduced": true, "reduces": true, "reduce": true, "reducing": true,
	"decreased": true, "decreases": true, "decrease": true, "decreasing": true, "ups": true, "upped": true,
	"trims": true, "trimmed": true}

// ownersApart reports whether the groups of roots ra and rb hold figures
// of two companies' own (ownerOf).
func (g *grouper) ownersApart(ra, rb int) bool {
	return g.owner[ra] != "" && g.owner[rb] != "" && g.owner[ra] != g.owner[rb]
}

// linkOwnedLevels joins the levels a company sets of its own, told in
// two articles of a story: a figure with an owner (ownerOf) that a change
// reached ("brings Exxon's contract barge price to 50 cts a gallon", a
// fortnight on "to 49.25 cts a gallon") is one figure moving, when the
// words of their clauses agree (minOwnedClause of them, figures and
// verbs of change apart). Two companies' levels stay apart (ownersApart).
func (g *grouper) linkOwnedLevels() {
	buckets := map[string][]int{}
	for i := range g.claims {
		if c := &g.claims[i]; g.owner[i] != "" && c.Kind != factcheck.Date && c.EndValue == nil && reachedLevel(c) {
			k := strconv.Itoa(g.story[c.Doc]) + "|" + string(c.Kind) + "|" + c.Unit + "|" + g.owner[i]
			buckets[k] = append(buckets[k], i)
		}
	}
	clauseWords := readOnce(func(i int) map[string]bool { return maskedContent(clauseBefore(&g.claims[i])) })
	eachPair(buckets, func(i, j int) {
		if g.claims[i].Doc != g.claims[j].Doc && g.find(i) != g.find(j) && jaccard(clauseWords(i), clauseWords(j)) >= minOwnedClause {
			g.union(i, j)
		}
	})
}

// minOwnedClause is the share of their words (jaccard, figures and verbs
// of change apart) the clauses of one company's level share across its
// reports (linkOwnedLevels).
const minOwnedClause = 0.4
