package document_test

import (
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/document"
)

// markdownCases are small Markdown files and what Decode makes of them;
// the fuzz test starts from them too.
var markdownCases = []struct {
	name string
	in   string
	text string // the whole text
	meta document.Meta
	err  error
}{{
	name: "headings, emphasis, links, images, code",
	in: "# Rents up *7%* in a year\n\nAverage rent reached **£1,250** a month, says the\n[Office for National Statistics](https://ons.example/rents \"ONS\").\n" +
		"![Chart of rents](chart.png)\n\n## What `CPIH` says\n\nInflation was 3.2%.<br>Up from <span>2.9%</span>.\n",
	text: "Rents up 7% in a year\n\nAverage rent reached £1,250 a month, says the Office for National Statistics.\n\nWhat CPIH says\n\nInflation was 3.2%. Up from 2.9%.",
	meta: document.Meta{Metadata: factcheck.Metadata{Title: "Rents up 7% in a year"}},
}, {
	name: "lists, quotes and code blocks",
	in:   "Setext title\n===\n\n- 12 schools\n- 3 hospitals\n\n1. First, £4m\n2. Then £2m\n\n> \"We need 500 more nurses,\" she said.\n\n```\nraw *code* 42\n```\n\n    indented  code\n",
	text: "Setext title\n\n12 schools\n\n3 hospitals\n\nFirst, £4m\n\nThen £2m\n\n\"We need 500 more nurses,\" she said.\n\nraw *code* 42\n\nindented code",
	meta: document.Meta{Metadata: factcheck.Metadata{Title: "Setext title"}},
}, {
	name: "entities, escapes and autolinks",
	in:   "Smith &amp; Co paid \\*£5m\\* &ndash; 10&nbsp;% more &#8364;3 &middot; see <https://example.com/x>.\n",
	text: "Smith & Co paid *£5m* – 10 % more €3 · see https://example.com/x.",
}, {
	name: "front matter",
	in:   "---\ntitle: \"Jobs report: 250,000 added\"\nauthor: Sam Green\ndate: 2025-10-03\nurl: https://news.example/jobs\ntags:\n  - economy\n---\nEmployers added 250,000 jobs in September.\n",
	text: "Employers added 250,000 jobs in September.",
	meta: document.Meta{Metadata: factcheck.Metadata{Title: "Jobs report: 250,000 added", Byline: "Sam Green", URL: "https://news.example/jobs"}, Published: "2025-10-03"},
}, {
	name: "a level-1 heading beats the front matter title",
	in:   "---\r\ntitle: 'From front matter'\r\ndate: sometime\r\n...\r\n## Sub\r\n\r\n# From the heading\r\n\r\nText 1.\r\n",
	text: "Sub\n\nFrom the heading\n\nText 1.",
	meta: document.Meta{Metadata: factcheck.Metadata{Title: "From the heading"}},
}, {
	name: "unclosed front matter is text",
	in:   "---\ntitle: Not closed\n\nBody 3.\n",
	text: "title: Not closed\n\nBody 3.",
}, {
	name: "a table's rows as lines of their cells, the outlet from the front matter",
	in:   "---\ntitle: Floods\npublisher: El Faro\n---\nThe toll rose to 223.\n\n| Town | Deaths |\n|------|-------:|\n| Paiporta | 62 |\n| Catarroja | 25 |\n",
	text: "The toll rose to 223.\n\nTown; Deaths\n\nPaiporta; 62\n\nCatarroja; 25",
	meta: document.Meta{Metadata: factcheck.Metadata{Title: "Floods", Outlet: "El Faro"}},
}, {
	name: "Windows-1252 bytes",
	in:   "Caf\xe9 sales rose \x8020m.\n",
	text: "Café sales rose €20m.",
}, {
	name: "empty",
	in:   "",
	err:  document.ErrNoText,
}, {
	name: "only front matter, markup and an image",
	in:   "---\ntitle: Nothing\n---\n\n---\n\n![alt](x.png)\n\n<div>\n<p>html block</p>\n</div>\n",
	err:  document.ErrNoText,
}}

func TestDecodeMarkdown(t *testing.T) {
	for _, tc := range markdownCases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := document.Decode("story.md", []byte(tc.in))
			if !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			if err != nil {
				return
			}
			if got, want := d.Format, factcheck.Markdown; got != want {
				t.Errorf("format = %q, want %q", got, want)
			}
			if got, want := d.Text, tc.text; got != want {
				t.Errorf("text = %q, want %q", got, want)
			}
			if got, want := d.Meta, tc.meta; got != want {
				t.Errorf("meta = %+v, want %+v", got, want)
			}
		})
	}
}

func FuzzDecodeMarkdown(f *testing.F) {
	for _, tc := range markdownCases {
		f.Add([]byte(tc.in))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		if document.Detect("story.md", in) != factcheck.Markdown {
			return // a PDF, Word or HTML signature
		}
		d, err := document.Decode("story.md", in)
		if err != nil {
			if !errors.Is(err, document.ErrNoText) {
				t.Fatalf("err = %v, want nil or ErrNoText", err)
			}
			return
		}
		m := d.Meta
		for _, s := range []string{d.Text, m.Title, m.Byline, m.Published, m.URL} {
			if !utf8.ValidString(s) {
				t.Errorf("invalid UTF-8 %q", s)
			}
		}
		if d.Text == "" {
			t.Error("empty text without ErrNoText")
		}
	})
}
