package extract

import (
	"testing"

	"github.com/factcheck/factcheck/factcheck"
)

// TestReadSpan: a span a checker marks is read as the extractor reads
// claims, in its own sentence; a span with no claim in it is a count of
// its number, for the checker to amend, or the date of a weekday.
func TestReadSpan(t *testing.T) {
	text := "The mayor spoke. Officials said about 24 soldiers had died by Tuesday! The rest is silence.\nNext line. One activist stayed. The first aid package came."
	at := func(s string) (int, int) {
		for i := range len(text) - len(s) + 1 {
			if text[i:i+len(s)] == s {
				return i, i + len(s)
			}
		}
		t.Fatalf("%q not in the text", s)
		return 0, 0
	}
	start, end := at("about 24 soldiers")
	c := ReadSpan(text, start, end, "2023-11-08")
	if c.Text != "about 24 soldiers" || c.Sentence != "Officials said about 24 soldiers had died by Tuesday!" ||
		text[c.SentenceStart:c.SentenceEnd] != c.Sentence {
		t.Errorf("span %q in sentence %q", c.Text, c.Sentence)
	}
	if c.Kind != factcheck.Count || c.Value.Num != 24 || c.Qualifier != factcheck.Approx {
		t.Errorf("reading %s %v %s", c.Kind, c.Value, c.Qualifier)
	}
	start, end = at("Next")
	if c := ReadSpan(text, start, end, ""); c.Kind != factcheck.Count || c.Value.Num != 0 || c.Sentence != "Next line." {
		t.Errorf("a span without a number: %+v", c)
	}
	start, end = at("One activist")
	if c := ReadSpan(text, start, end, ""); c.Kind != factcheck.Count || c.Value.Num != 1 {
		t.Errorf("a number in words that the extractor leaves: %+v, want a count of 1", c)
	}
	start, end = at("Tuesday")
	if c := ReadSpan(text, start, end, "2023-11-08"); c.Kind != factcheck.Date || c.Value.Date != "2023-11-07" {
		t.Errorf("a weekday in a report of Wednesday 8 November: %+v, want the Tuesday before, 2023-11-07", c)
	}
	if c := ReadSpan(text, start, end, "2023-11-07"); c.Kind != factcheck.Date || c.Value.Date != "2023-11-07" {
		t.Errorf("a weekday in a report of that day: %+v, want the day itself", c)
	}
	if c := ReadSpan(text, start, end, ""); c.Kind != factcheck.Date || c.Value.Date != "" {
		t.Errorf("a weekday in a report of no date: %+v, want a date with no value", c)
	}
	ahead := "He will visit this Friday."
	if c := ReadSpan(ahead, 14, 25, "2023-11-08"); c.Text != "this Friday" || c.Kind != factcheck.Date || c.Value.Date != "2023-11-10" {
		t.Errorf("this Friday in a report of Wednesday: %+v, want the Friday after, 2023-11-10", c)
	}
	start, end = at("first aid package")
	if c := ReadSpan(text, start, end, ""); c.Kind != factcheck.Ordinal || c.Value.Num != 1 {
		t.Errorf("an ordinal in words that the extractor leaves: %+v, want an ordinal of 1", c)
	}
}
