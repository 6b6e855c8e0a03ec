package main

import (
	"io"
	"strings"
	"testing"
)

// TestUsage: -h prints a command's usage once and is no error; a bad flag
// prints the error and the usage once, status 2; a bad --published or
// format is said before anything is printed.
func TestUsage(t *testing.T) {
	for name := range commands {
		code, out, errs := claims(name, "-h")
		if code != 0 || out != "" || strings.Count(errs, "usage: claims "+name) != 1 {
			t.Errorf("%s -h: %d\nstdout %q\nstderr %q", name, code, out, errs)
		}
		code, _, errs = claims(name, "--no-such-flag")
		if code != 2 || strings.Count(errs, "usage: claims "+name) != 1 || !strings.Contains(errs, "no-such-flag") {
			t.Errorf("%s --no-such-flag: %d %q", name, code, errs)
		}
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"extract", "--published", "2023-13-45", "../../seeds"}, `--published "2023-13-45": want YYYY-MM-DD`},
		{[]string{"group", "--published", "2023-13-45", "../../seeds"}, `--published "2023-13-45": want YYYY-MM-DD`},
		{[]string{"group", "--format", "table", "../../seeds"}, `unknown format "table" (want jsonl)`},
	} {
		code, out, errs := claims(tt.args...)
		if code != 2 || out != "" || !strings.Contains(errs, tt.want) {
			t.Errorf("%q: %d\nstdout %q\nstderr %q, want it to say %q", tt.args, code, out, errs, tt.want)
		}
	}
}

// TestExtractStdin: "-" reads standard input as one article, named
// "stdin"; an empty one is passed over.
func TestExtractStdin(t *testing.T) {
	defer func(r io.Reader) { stdin = r }(stdin)
	stdin = strings.NewReader("The council spent $5m on 300 roads.\n")
	code, out, errs := claims("extract", "--format", "jsonl", "-")
	if code != 0 || !strings.Contains(out, `"doc":"stdin"`) || !strings.Contains(out, `"text":"$5m"`) {
		t.Errorf("extract -: %d\nstdout %q\nstderr %q", code, out, errs)
	}
	stdin = strings.NewReader("")
	if code, _, errs := claims("extract", "-"); code != 0 || !strings.Contains(errs, "passed over standard input") {
		t.Errorf("extract - of nothing: %d %q", code, errs)
	}
}
