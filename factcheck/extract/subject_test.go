package extract

import "testing"

// TestAgeSubject checks that an age's subject is whose age it is, the noun
// after "-old", while its span ends at "-old".
func TestAgeSubject(t *testing.T) {
	in := "Talks failed to end the four-day-old strike. Police held a 20-year-old man. The 18-year-old battled past her."
	a, err := ParseArticle("t.txt", []byte(in), "")
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ text, subject string }{{"four-day-old", "strike"}, {"20-year-old", "man"}, {"18-year-old", ""}}
	if len(a.Claims) != len(want) {
		t.Fatalf("got %d claims %v, want %d", len(a.Claims), a.Claims, len(want))
	}
	for i, w := range want {
		if c := a.Claims[i]; c.Text != w.text || c.Subject != w.subject {
			t.Errorf("claim %d: got %q subject %q, want %q subject %q", i, c.Text, c.Subject, w.text, w.subject)
		}
	}
}

// TestInitialsInSubject checks that a count's noun is read past a
// country's initials ("U.S.", "U.K."), which count as one word of it, but
// not into a capitalised word after them, a new name or sentence.
func TestInitialsInSubject(t *testing.T) {
	in := "It drew 41.2 million U.S. streams. Seven major U.K. farm groups met. Four U.S. Banks lent."
	a, err := ParseArticle("t.txt", []byte(in), "")
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ text, subject string }{{"41.2 million U.S. streams", "U.S. streams"}, {"Seven major U.K. farm groups", "major U.K. farm groups"}, {"Four U.S.", "U.S."}}
	if len(a.Claims) != len(want) {
		t.Fatalf("got %d claims %v, want %d", len(a.Claims), a.Claims, len(want))
	}
	for i, w := range want {
		if c := a.Claims[i]; c.Text != w.text || c.Subject != w.subject {
			t.Errorf("claim %d: got %q subject %q, want %q subject %q", i, c.Text, c.Subject, w.text, w.subject)
		}
	}
}

// TestTimeAdverbEndsSubject checks that an adverb of time after a figure
// ends its noun ("seven contracts currently"), and lets a sum take the
// currency of the sum it is compared with.
func TestTimeAdverbEndsSubject(t *testing.T) {
	in := "NTPC raised 4.51 billion rupees against 1.2 billion originally permitted. It has seven contracts currently."
	a, err := ParseArticle("t.txt", []byte(in), "")
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ text, unit string }{{"4.51 billion rupees", "INR"}, {"1.2 billion", "INR"}, {"seven contracts", ""}}
	if len(a.Claims) != len(want) {
		t.Fatalf("got %d claims %v, want %d", len(a.Claims), a.Claims, len(want))
	}
	for i, w := range want {
		if c := a.Claims[i]; c.Text != w.text || c.Unit != w.unit {
			t.Errorf("claim %d: got %q unit %q, want %q unit %q", i, c.Text, c.Unit, w.text, w.unit)
		}
	}
}
