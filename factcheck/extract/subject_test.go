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
