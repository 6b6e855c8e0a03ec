package group

import (
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Chart positions. A record's (a film's, a team's) place in a chart moves
// from one report to the next: "Jailhouse Rock became the UK's number one
// on Sunday", then "Jailhouse Rock at number 37" five weeks later, "pushed
// Eminem's Like Toy Soldiers from number one to number three". The
// positions of one title in a story are one figure that moves, whatever
// their values; the positions of two titles are two figures, whatever
// their words.

// chartTitle returns the title whose chart position the ordinal c gives,
// in lower case, or "": c must be a position ("number 37", "third place",
// "three places to 10"), and the title is the run of capitalised words
// nearest before it in its clause, else the first of its sentence when
// the sentence tells of one title only, an owner's name before it dropped ("Eminem's Like Toy Soldiers" is "like
// toy soldiers"). "his 19th number one single" counts the number ones of
// a career, and gives no position.
func chartTitle(c *factcheck.Claim) string {
	rel := c.Start - c.SentenceStart
	if c.Kind != factcheck.Ordinal || rel < 0 || c.End-c.SentenceStart > len(c.Sentence) || !chartPosition(c, c.Sentence[:rel]) {
		return ""
	}
	before := c.Sentence[:rel]
	clause := before[strings.LastIndexAny(before, ",;:(")+1:]
	if t := lastTitle(clause); t != "" {
		return t
	}
	if lower := strings.ToLower(c.Sentence); strings.Contains(lower, " while ") || strings.Contains(lower, ";") || strings.Count(lower, "number ") > 2 {
		return "" // the positions of several titles: which is whose is not read
	}
	return firstTitle(c.Sentence)
}

// chartPosition reports whether the ordinal c, after the text before, is
// a place in a chart: "number 37", "second place", "down three places to
// 10"; but not a count of number ones ("his 19th number one single", "the
// 999th number one in chart history").
func chartPosition(c *factcheck.Claim, before string) bool {
	text := strings.ToLower(c.Text)
	ws := words(before)
	prev := ""
	if len(ws) > 0 {
		prev = ws[len(ws)-1]
	}
	switch {
	case strings.HasPrefix(text, "number "):
		if id := lexicon.Lookup(prev); id != 0 && lexicon.At(id).Cat&(lexicon.Ordinal|lexicon.Cardinal) != 0 || strings.HasSuffix(prev, "th") && strings.ContainsAny(prev, "0123456789") {
			return false // "his 19th number one", "18 number one singles"
		}
		return true
	case strings.HasSuffix(text, " place"):
		return prev == "to" || prev == "into" || prev == "in"
	case prev == "to" && len(ws) > 1:
		switch ws[len(ws)-2] {
		case "places", "place", "spots", "spot":
			return true // "down three places to 10"
		}
	}
	return false
}

// titleWords may stand in lower case inside a title: "It's Now or Never",
// "Out of Touch", "Hopes and Fears".
var titleWords = map[string]bool{"or": true, "of": true, "and": true, "the": true, "a": true, "an": true, "to": true, "in": true, "on": true, "for": true, "my": true}

// titleRuns returns the runs of capitalised words of s, in lower case, an
// owner's name ending in "'s" ending a run; a lone capitalised word that
// the lexicon holds (a sentence's first, "Last") is none.
func titleRuns(s string) []string {
	var runs []string
	var run []string
	flush := func() {
		for len(run) > 0 && titleWords[run[len(run)-1]] {
			run = run[:len(run)-1]
		}
		if len(run) == 1 && lexicon.Lookup(run[0]) != 0 {
			run = nil
		}
		if len(run) > 0 {
			runs = append(runs, strings.Join(run, " "))
		}
		run = nil
	}
	for _, f := range strings.Fields(s) {
		w := trimPunct(f)
		owner := (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") || strings.HasSuffix(w, "s'")) && !contraction(w)
		capital := w != "" && w[0] >= 'A' && w[0] <= 'Z'
		switch {
		case capital && owner:
			run = nil // "Eminem's Like Toy Soldiers": the title follows its owner
		case capital:
			run = append(run, strings.ToLower(w))
		case titleWords[w] && len(run) > 0:
			run = append(run, w)
		default:
			flush()
		}
		if w != f && strings.ContainsAny(f[len(f)-1:], ",;:.!?") {
			flush()
		}
	}
	flush()
	return runs
}

// lastTitle returns the last run of capitalised words of s (titleRuns), or "".
func lastTitle(s string) string {
	runs := titleRuns(s)
	if len(runs) == 0 {
		return ""
	}
	return runs[len(runs)-1]
}

// firstTitle returns the first run of capitalised words of s, or "".
func firstTitle(s string) string {
	runs := titleRuns(s)
	if len(runs) == 0 {
		return ""
	}
	return runs[0]
}

// contraction reports whether w, ending in "'s", is a pronoun and "is":
// "It's Now or Never" names no owner.
func contraction(w string) bool {
	stem := strings.ToLower(w[:strings.LastIndexAny(w, "'\u2019")])
	switch stem {
	case "it", "that", "he", "she", "what", "there", "here", "let", "who", "where":
		return true
	}
	return false
}
