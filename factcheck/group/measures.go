package group

import (
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// What a percentage measures. A percentage names its fact by the noun
// phrase it modifies ("a 275 pct pay increase") or that it is "of" ("a pay
// rise of 275 pct"): reports of one story that give that phrase give
// the same fact, whatever the value ("pay rises of up to 180 pct" days
// later is the same demand, stated otherwise). A phrase of two words
// (a modifier and its head) is specific enough; a bare head ("a 100 pct
// raise", "an 80 pct increase": two offers) is not.

// phraseStops are the closed-class words that end a noun phrase: the
// prepositions, conjunctions, pronouns and auxiliaries the lexicon files as
// Stop together with verbs and nouns such as "pay" and "rise".
var phraseStops = map[string]bool{
	"of": true, "to": true, "in": true, "on": true, "for": true, "from": true, "by": true, "with": true,
	"at": true, "as": true, "and": true, "or": true, "but": true, "than": true, "that": true, "which": true,
	"who": true, "is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true,
	"have": true, "had": true, "will": true, "would": true, "could": true, "may": true, "not": true,
	"it": true, "they": true, "we": true, "he": true, "she": true, "since": true, "before": true, "after": true,
	"now": true, "over": true, "into": true, "if": true, "when": true, "while": true,
	"above": true, "below": true, "against": true, "within": true, "so": true, "can": true, "per": true,
}

// changeNouns spell one change: "a pay rise", "pay raises", "a pay increase".
var changeNouns = map[string]string{"raise": "rise", "increase": "rise", "hike": "rise", "increment": "rise"}

// measuredPhrase returns the two-word noun phrase a percentage claim
// modifies or is "of", singular and with its change nouns spelt one way
// ("pay rise"), or "".
func measuredPhrase(c *factcheck.Claim) string {
	if c.Kind != factcheck.Percent {
		return ""
	}
	rel, end := c.Start-c.SentenceStart, c.End-c.SentenceStart
	if rel < 0 || end > len(c.Sentence) || rel > end {
		return ""
	}
	after := c.Sentence[end:min(len(c.Sentence), end+60)]
	if k := strings.IndexAny(after, ",;:.()\"?!"); k >= 0 {
		after = after[:k]
	}
	if ws := nounRun(words(after), false); len(ws) >= 2 {
		return phrase(ws[0], ws[1])
	}
	before := c.Sentence[max(0, rel-60):rel]
	if k := strings.LastIndexAny(before, ",;:.()\"?!"); k >= 0 {
		before = before[k+1:]
	}
	ws := words(before)
	if len(ws) == 0 || ws[len(ws)-1] != "of" {
		return ""
	}
	if run := nounRun(ws[:len(ws)-1], true); len(run) >= 2 {
		return phrase(run[len(run)-2], run[len(run)-1])
	}
	return ""
}

// nounRun returns the words of ws that may make a noun phrase next to a
// figure: at most three, from the start of ws (or from its end, backwards),
// up to a determiner, a closed-class word, a number or a verb's participle
// ("acquired shares of 20 pct").
func nounRun(ws []string, backwards bool) []string {
	n := 0
	for n < len(ws) && n < 3 {
		w := ws[n]
		if backwards {
			w = ws[len(ws)-1-n]
		}
		if phraseStops[w] || w[0] >= '0' && w[0] <= '9' || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || timeWords[w] {
			break // "11.4 pct last year": when, not what
		}
		if id := lexicon.Lookup(w); id != 0 && lexicon.At(id).Cat&(lexicon.Determiner|lexicon.Percent|lexicon.Month|lexicon.Weekday) != 0 {
			break
		}
		if len(w) > 4 && strings.HasSuffix(w, "ly") {
			break // "watanabe originally": an adverb ends what a figure measures
		}
		n++
	}
	if backwards {
		return ws[len(ws)-n:]
	}
	return ws[:n]
}

// timeWords open a time after a figure, no noun phrase of what it
// measures: "11.4 pct last year", "3 pct this year".
var timeWords = map[string]bool{"last": true, "this": true, "next": true, "previous": true, "year": true, "years": true,
	"today": true, "tomorrow": true, "yesterday": true, "year-on-year": true}

// phrase joins a modifier and a head, both singular, the head's change
// noun spelt one way.
func phrase(modifier, head string) string {
	head = singular(head)
	if c, ok := changeNouns[head]; ok {
		head = c
	}
	return singular(modifier) + " " + head
}
