package factcheck

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestNeutralise(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain text", "plain text"},
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+1+2", "'+1+2"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tcmd", "'\tcmd"},
		{"\rcmd", "'\rcmd"},
		{"--11-03", "'--11-03"},
		{"-12.5", "-12.5"},
		{"-7", "-7"},
		{"12", "12"},
		{"a=b", "a=b"},
		{" =1", " =1"},
	}
	for _, tt := range tests {
		if got := Neutralise(tt.in); got != tt.want {
			t.Errorf("Neutralise(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestVerdictWriter(t *testing.T) {
	at := time.Date(2024, 3, 1, 12, 30, 0, 0, time.UTC)
	end := Value{Num: 7}
	rows := []Record{
		{ID: 1, Claim: Claim{Doc: "a.txt", Start: 10, End: 20, Text: "5 to 7 people", Kind: Count, Value: Value{Num: 5},
			EndValue: &end, Qualifier: Exact, Subject: "people", Sentence: "He said, \"5 to 7 people\"\nwere there."}},
		{ID: 2, Claim: Claim{Doc: "b.txt", Text: "=cmd|' /C calc'!A0", Kind: Date, Value: Value{Date: "--11-03"}},
			State: State{Verdict: Superseded, SupersededBy: 3, Note: "-1+1", Evidence: "https://x.org/a,b",
				Checker: "ann", RuledAt: at, Events: 3}},
		{ID: 3, Claim: Claim{Doc: "b.txt", Text: "-12C", Kind: Measure, Value: Value{Num: -12}, Unit: "°C"},
			State: State{Verdict: Cleared, Note: "undone", Checker: "bob", RuledAt: at, Events: 2}},
		{ID: 4, Claim: Claim{Doc: "b.txt", Text: "24 soldiers", Kind: Count, Value: Value{Num: 24}, Qualifier: Exact, Subject: "soldiers"}},
		{ID: 5, Claim: Claim{Doc: "b.txt", Text: "nine", Kind: Count, Value: Value{Num: 9}, Qualifier: Exact, Subject: "hostages"},
			State: State{Verdict: Superseded, Outside: Figure{Value: Value{Num: 12}, Date: "2023-11-20", Source: "https://example.org/x"},
				Added: true, Checker: "ann", RuledAt: at, Events: 2}},
	}
	rows[3].SetState(State{Verdict: Unverifiable, Reading: Reading{Kind: Count, Value: Value{Num: 24}, Qualifier: Approx,
		Subject: "soldiers killed a day"}, Checker: "ann", RuledAt: at, Events: 2})
	by := []*Claim{nil, {Doc: "c.txt", Text: "@newer"}, nil, nil, nil}
	labels := []ArticleLabel{
		{Published: "2023-11-03", Format: HTML, Metadata: Metadata{Title: "Aid reaches Gaza", Outlet: "The Wire", URL: "https://example.org/aid"}},
		{Published: "--11-05", Metadata: Metadata{Title: "=HYPERLINK(1)"}},
		{}, {}, {},
	}
	var b bytes.Buffer
	w := NewVerdictWriter(&b)
	for i := range rows {
		if err := w.Write(&rows[i], &labels[i], by[i], &ArticleLabel{}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	got, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		VerdictHeader,
		{"1", "a.txt", "Aid reaches Gaza", "The Wire", "https://example.org/aid", "2023-11-03", "10", "20", "He said, \"5 to 7 people\"\nwere there.", "5 to 7 people", "count", "5", "7", "", "exact", "people",
			"count", "5", "7", "", "exact", "people", "extractor", "unruled", "", "", "", "", "", "", "", "", "", "", "0", ""},
		{"2", "b.txt", "'=HYPERLINK(1)", "", "", "XXXX-11-05", "0", "0", "", "'=cmd|' /C calc'!A0", "date", "XXXX-11-03", "", "", "", "",
			"date", "XXXX-11-03", "", "", "", "", "extractor", "superseded", "c.txt", "'@newer", "", "", "", "",
			"'-1+1", "https://x.org/a,b", "ann", "2024-03-01T12:30:00Z", "3", "3"},
		{"3", "b.txt", "", "", "", "", "0", "0", "", "'-12C", "measure", "-12", "", "°C", "", "", "measure", "-12", "", "°C", "", "",
			"extractor", "unruled", "", "", "", "", "", "", "undone", "", "", "", "2", ""},
		{"4", "b.txt", "", "", "", "", "0", "0", "", "24 soldiers", "count", "24", "", "", "approx", "soldiers killed a day",
			"count", "24", "", "", "exact", "soldiers", "extractor", "unverifiable", "", "", "", "", "", "", "", "", "ann", "2024-03-01T12:30:00Z", "2", ""},
		{"5", "b.txt", "", "", "", "", "0", "0", "", "nine", "count", "9", "", "", "exact", "hostages",
			"", "", "", "", "", "", "checker", "superseded", "", "", "12", "", "2023-11-20", "https://example.org/x", "", "", "ann", "2024-03-01T12:30:00Z", "2", ""},
	}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// TestHistoryWriter checks a row of each kind of event: an undo leaves
// its verdict (cleared), a correction of an unruled claim none.
func TestHistoryWriter(t *testing.T) {
	at := time.Date(2024, 3, 1, 12, 30, 0, 5, time.UTC)
	rows := []HistoryRow{{
		Event: Event{ID: 9, Ruling: Ruling{Claim: 4, Verdict: Cleared, Checker: "bob", Note: "+oops"},
			Action: Undo, Target: 8, Replaces: 8, At: at, Version: "1.0"},
		Claim: Claim{Doc: "a.txt", Start: 3, Text: "40%"},
	}, {
		Event: Event{ID: 10, Ruling: Ruling{Claim: 4, Verdict: Cleared, Checker: "bob", Note: "misread"},
			Action: Amend, At: at, Version: "1.0"},
		Claim: Claim{Doc: "a.txt", Start: 3, Text: "40%"},
	}}
	var b bytes.Buffer
	w := NewHistoryWriter(&b)
	for i := range rows {
		if err := w.Write(&rows[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	got, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{HistoryHeader,
		{"9", "4", "a.txt", "3", "40%", "undo", "8", "cleared", "", "", "", "", "", "", "", "", "", "", "", "",
			"'+oops", "", "bob", "2024-03-01T12:30:00.000000005Z", "8", "1.0"},
		{"10", "4", "a.txt", "3", "40%", "amend", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
			"misread", "", "bob", "2024-03-01T12:30:00.000000005Z", "", "1.0"}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// TestWriterEmpty checks that an export of nothing is still a header.
func TestWriterEmpty(t *testing.T) {
	for _, tt := range []struct {
		name  string
		flush func(*bytes.Buffer) error
		want  []string
	}{
		{"verdicts", func(b *bytes.Buffer) error { return NewVerdictWriter(b).Flush() }, VerdictHeader},
		{"history", func(b *bytes.Buffer) error { return NewHistoryWriter(b).Flush() }, HistoryHeader},
	} {
		var b bytes.Buffer
		if err := tt.flush(&b); err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSuffix(b.String(), "\n"); got != strings.Join(tt.want, ",") {
			t.Errorf("%s: %q", tt.name, got)
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestWriterError(t *testing.T) {
	w := NewVerdictWriter(failWriter{})
	w.Write(&Record{ID: 1}, &ArticleLabel{}, nil, nil)
	if err := w.Flush(); err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Errorf("Flush: %v, want the write error", err)
	}
}

// TestValueCellsRoundTrip: a script reading the value cells back gets the
// values, with no guard in the way: numbers (negative too) parse as they
// are, dates are ISO dates or EDTF dates with the year unspecified.
func TestValueCellsRoundTrip(t *testing.T) {
	values := []Value{{Num: -12.5}, {Num: 0.3}, {Num: 2.4e6}, {Date: "2023-11-03"}, {Date: "--11-03"}}
	var b bytes.Buffer
	w := NewVerdictWriter(&b)
	for i, v := range values {
		if err := w.Write(&Record{ID: int64(i + 1), Claim: Claim{Value: v}}, &ArticleLabel{}, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(VerdictHeader, "value")
	for i, v := range values {
		cell := rows[i+1][col]
		var got Value
		if n, err := strconv.ParseFloat(cell, 64); err == nil {
			got.Num = n
		} else if rest, ok := strings.CutPrefix(cell, "XXXX-"); ok {
			got.Date = "--" + rest
		} else {
			got.Date = cell
		}
		if got != v {
			t.Errorf("value %v written as %q, read back as %v", v, cell, got)
		}
	}
}

// TestJSONLWriter: one JSON object a claim, every field and the ruling,
// an unruled claim said so.
func TestJSONLWriter(t *testing.T) {
	end := Value{Num: 7}
	at := time.Date(2024, 3, 1, 12, 30, 0, 0, time.UTC)
	var b bytes.Buffer
	w := NewJSONLWriter(&b)
	recs := []Record{
		{ID: 1, Claim: Claim{Doc: "a.txt", Start: 10, End: 23, Text: "5 to 7 people", Kind: Count, Value: Value{Num: 5}, EndValue: &end, Qualifier: Exact}},
		{ID: 2, Claim: Claim{Doc: "a.txt", Text: "-12C", Kind: Measure, Value: Value{Num: -12}, Unit: "°C"},
			State: State{Verdict: Superseded, SupersededBy: 1, Note: "<colder>", Checker: "ann", RuledAt: at, Events: 1}},
	}
	labels := []ArticleLabel{{Metadata: Metadata{Title: "Cold snap"}}, {}}
	for i := range recs {
		var by *Claim
		if i == 1 {
			by = &recs[0].Claim
		}
		if err := w.Write(&recs[i], &labels[i], by, &labels[0]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	var got []map[string]any
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("not JSON: %q", l)
		}
		got = append(got, m)
	}
	if got[0]["verdict"] != "unruled" || got[0]["end_value"] != 7.0 || got[0]["title"] != "Cold snap" || got[0]["unit"] != nil {
		t.Errorf("line 1: %v", got[0])
	}
	if got[1]["verdict"] != "superseded" || got[1]["value"] != -12.0 || got[1]["unit"] != "°C" || got[1]["note"] != "<colder>" ||
		got[1]["checker"] != "ann" || got[1]["superseded_by"].(map[string]any)["start"] != 10.0 {
		t.Errorf("line 2: %v", got[1])
	}
}
