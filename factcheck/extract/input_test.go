package extract

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/factcheck/factcheck/factcheck"
)

// checkOffsets asserts what holds of every claim whatever the input: its
// offsets lie in src in order, its text is the (decoded) bytes at them, and
// its sentence contains it.
func checkOffsets(t *testing.T, src []byte, a *factcheck.Article) {
	t.Helper()
	utf := utf8.Valid(src)
	for _, c := range a.Claims {
		if c.Start < 0 || c.Start >= c.End || c.End > len(src) {
			t.Fatalf("claim %q: bad span [%d,%d) in %d bytes", c.Text, c.Start, c.End, len(src))
		}
		if c.SentenceStart > c.Start || c.SentenceEnd < c.End || c.SentenceEnd > len(src) {
			t.Fatalf("claim %q [%d,%d): sentence [%d,%d) does not contain it", c.Text, c.Start, c.End, c.SentenceStart, c.SentenceEnd)
		}
		if !strings.Contains(c.Sentence, c.Text) {
			t.Fatalf("claim %q: not in its sentence %q", c.Text, c.Sentence)
		}
		if utf && string(src[c.Start:c.End]) != c.Text {
			t.Fatalf("claim text %q, bytes at [%d,%d) are %q", c.Text, c.Start, c.End, src[c.Start:c.End])
		}
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name    string
		src     []byte
		err     error
		nClaims int
	}{
		{"empty", nil, nil, 0},
		{"NUL bytes", []byte("200 people\x00\x00\x01"), ErrBinary, 0},
		{"binary", bytes.Repeat([]byte{0x89, 'P', 'N', 'G', 0x1a, 0x02, 0x03}, 100), ErrBinary, 0},
		{"invalid UTF-8 is read as Windows-1252", []byte("Prices rose 5% to \xa3300 in M\xfcnchen, 40 km away."), nil, 3},
		{"only whitespace", []byte(" \n\n\t "), nil, 0},
		{"two control characters in 101 bytes", []byte("Output rose 5 pct\x1b in May\x07" + strings.Repeat(" ", 75)), ErrBinary, 0},
		{"one control character in 101 bytes", []byte("Output rose 5 pct\x1b in May," + strings.Repeat(" ", 75)), nil, 1},
		{"tabs, breaks and form feeds are text", []byte(strings.Repeat("Output\trose\r\n5 pct\f\v", 20)), nil, 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseArticle("x.txt", tt.src, "")
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if err != nil {
				return
			}
			if len(a.Claims) != tt.nClaims {
				t.Fatalf("got %d claims, want %d: %+v", len(a.Claims), tt.nClaims, a.Claims)
			}
			checkOffsets(t, tt.src, a)
		})
	}
}

// TestLatin1Offsets checks that offsets point into the file's own bytes
// when it is not UTF-8, and the text is the decoded bytes there.
func TestLatin1Offsets(t *testing.T) {
	src := []byte("Caf\xe9 owners paid \xa35m for 20 sites.")
	a, err := ParseArticle("l.txt", src, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Claims) != 2 {
		t.Fatalf("got %d claims, want 2: %+v", len(a.Claims), a.Claims)
	}
	c := a.Claims[0]
	if c.Text != "£5m" || c.Value.Num != 5e6 || c.Unit != "GBP" {
		t.Errorf("got %q %v %s, want £5m 5000000 GBP", c.Text, c.Value, c.Unit)
	}
	if string(src[c.Start:c.End]) != "\xa35m" {
		t.Errorf("offsets [%d,%d) hold %q, want the file's bytes \\xa35m", c.Start, c.End, src[c.Start:c.End])
	}
	if c.Sentence != "Café owners paid £5m for 20 sites." {
		t.Errorf("sentence %q", c.Sentence)
	}
}

// TestHugeLine feeds a long single-line text: every claim is found and its
// sentence is bounded.
func TestHugeLine(t *testing.T) {
	src := bytes.Repeat([]byte("about 20 trucks, "), 200000) // 3.4 MB, no full stop
	a, err := ParseArticle("huge.txt", src, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Claims) != 200000 {
		t.Fatalf("got %d claims, want 200000", len(a.Claims))
	}
	for _, c := range a.Claims[:10] {
		if len(c.Sentence) > maxSentence {
			t.Fatalf("sentence of %d bytes, want at most %d", len(c.Sentence), maxSentence)
		}
	}
	checkOffsets(t, src, a)
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"More than 200 hostages, $1.2bn and 10-12% on November 1 and 2.",
		"Caf\xe9 \xa35m",
		"the 31st, 2nd, two-thirds of 1 in 5, half an hour, twenty-four",
		"Date: November 3, 2023\nANKARA, Nov 6 (Reuters) - 9 000 people",
		"EUR 40m, 1.2bn USD, R$10, \u20a95,000, 5 South African rand, $3 and 50 cents, 645 won",
		"PARIS, May 2 - won 61-58 (20-14), No. 7, 1½ cups, ¼, 1/3 cup, 90 degrees (32.2 Celsius), three\nbillion francs",
		"",
		"\xff\xfe1\x002\x00%\x00 \x00o\x00f\x00 \x00=\xd8\x00\xde5\x00", // UTF-16LE, a surrogate pair
		"\xfe\xff\x00\x34\x00\x30\x00%\xd8",                             // UTF-16BE, cut short
		"Omaha, April 7 - Clear/45 degrees - Hog prices were steady.",   // a dateline that opens the text, read for its date
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if _, err := ParseArticle("fuzz.txt", src, ""); err != nil && !errors.Is(err, ErrBinary) {
			t.Fatalf("unexpected error %v with no date given", err) // the date read from the text
		}
		a, err := ParseArticle("fuzz.txt", src, "2023-11-03")
		if err != nil {
			if !errors.Is(err, ErrBinary) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		checkOffsets(t, src, a)
		if !utf8.Valid(src) {
			for _, c := range a.Claims {
				if !utf8.ValidString(c.Text) || !utf8.ValidString(c.Sentence) {
					t.Fatalf("claim %q or its sentence is not UTF-8", c.Text)
				}
			}
		}
	})
}

// TestUTF16 reads UTF-16 with a byte order mark, both byte orders, as
// Windows writes "Unicode text": the claims are those of the same text in
// UTF-8, their offsets point into the UTF-16 bytes.
func TestUTF16(t *testing.T) {
	const text = "Café sales rose 12% to €4 million in 2023 😀, up from 3 stores.\r\nThe firm hired 40 people.\r\n"
	want, err := ParseArticle("a.txt", []byte(text), "2024-01-01")
	if err != nil {
		t.Fatal(err)
	}
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		units := utf16.Encode([]rune("\ufeff" + text))
		src := make([]byte, 2*len(units))
		for i, u := range units {
			order.PutUint16(src[2*i:], u)
		}
		got, err := ParseArticle("a.txt", src, "2024-01-01")
		if err != nil {
			t.Fatalf("%v: %v", order, err)
		}
		if len(got.Claims) == 0 || len(got.Claims) != len(want.Claims) {
			t.Fatalf("%v: %d claims, want %d", order, len(got.Claims), len(want.Claims))
		}
		for i, c := range got.Claims {
			if c.Text != want.Claims[i].Text {
				t.Errorf("%v: claim %d is %q, want %q", order, i, c.Text, want.Claims[i].Text)
			}
			span := src[c.Start:c.End]
			u := make([]uint16, len(span)/2)
			for j := range u {
				u[j] = order.Uint16(span[2*j:])
			}
			if s := string(utf16.Decode(u)); s != c.Text {
				t.Errorf("%v: claim %q: bytes at [%d,%d) read %q", order, c.Text, c.Start, c.End, s)
			}
			if c.SentenceStart > c.Start || c.SentenceEnd < c.End || c.SentenceEnd > len(src) {
				t.Errorf("%v: claim %q: sentence [%d,%d) does not hold [%d,%d)", order, c.Text, c.SentenceStart, c.SentenceEnd, c.Start, c.End)
			}
		}
	}
}

// TestTruncatedTexts: a text may end anywhere, after any word a rule reads
// the next of ("Shr loss one ct" at the end of a results report): every
// prefix of the written expression sets, cut at each space, extracts
// without a fault and with its offsets in place.
func TestTruncatedTexts(t *testing.T) {
	var paths []string
	for _, dir := range []string{"expressions", "expressions2", "expressions3", "expressions4"} {
		ps, err := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, ps...)
	}
	if len(paths) == 0 {
		t.Fatal("no expression sets in testdata")
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for k := range src {
			if src[k] != ' ' && src[k] != '\n' {
				continue
			}
			a, err := ParseArticle(filepath.Base(p), src[:k], "")
			if err != nil {
				t.Fatalf("%s cut at %d: %v", p, k, err)
			}
			checkOffsets(t, src[:k], a)
		}
	}
}

// TestFaultNamesTheRule checks what ParseArticle returns when a rule
// panics: ErrFault, with the panic and the file and line of the rule that
// panicked, not a runtime function's.
func TestFaultNamesTheRule(t *testing.T) {
	var tokens []int
	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fault(r)
			}
		}()
		_ = tokens[len(tokens)] // the rule's fault
		return nil
	}()
	if !errors.Is(err, ErrFault) {
		t.Fatalf("err = %v, want ErrFault", err)
	}
	for _, want := range []string{"index out of range [0] with length 0", "(input_test.go:"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("err = %q, want it to hold %q", err, want)
		}
	}
}
