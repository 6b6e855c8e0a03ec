package document_test

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/document"
)

// mustRead returns the bytes of testdata/name.
func mustRead(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeHTMLArticle(t *testing.T) {
	d, err := document.Decode("article.html", mustRead(t, "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := d.Format, factcheck.HTML; got != want {
		t.Errorf("Format = %q, want %q", got, want)
	}
	want := document.Meta{Metadata: factcheck.Metadata{
		Title:  "Council backs £1.2bn harbour expansion promising 3,400 jobs",
		Outlet: "The Eastport Ledger",
		Byline: "Ana Ruiz and Tom Achebe",
		URL:    "https://www.eastportledger.example/business/2026/03/14/council-backs-harbour-expansion",
	}, Published: "2026-03-14"}
	if got := d.Meta; got != want {
		t.Errorf("Meta = %+v, want %+v", got, want)
	}
	for _, p := range strings.Split(strings.TrimSpace(string(mustRead(t, "article.txt"))), "\n\n") {
		if !strings.Contains(d.Text, p) {
			t.Errorf("text lacks paragraph %q", p)
		}
	}
	furniture := []string{
		// scripts and ads
		"googletag", "sample_rate", "300, 250", "728, 90", "Advertisement", "dataLayer",
		// cookie banner, navigation, masthead
		"cookies", "214 partners", "Accept all", "Skip to content", "Puzzles", "since 1887", "£1 a week",
		// market ticker
		"FTSE", "8,214.37", "Brent", "$81.46", "1.2718", "2,347.90",
		// share tools, newsletter, tags, comments
		"Share on", "48,000", "Sign up", "Comments (87)", "72 hours", "Corrections",
		// related and most read
		"Related stories", "4.25%", "230 jobs", "£96m", "1.4GW", "Most read", "£2.75m", "1.8% in February", "65,000", "35p",
		// footer
		"©", "Eastport Ledger Media", "04519237", "IPSO", "Privacy policy",
		// entities left undecoded
		"&amp;", "&middot;", "&nbsp;", "&quot;", "\u00a0",
	}
	for _, s := range furniture {
		if strings.Contains(d.Text, s) {
			t.Errorf("text holds furniture %q", s)
		}
	}
	for _, s := range []string{"Keel & Anchor", "Costs · jobs · timeline", "£1.2 billion", `"the most important`} {
		if !strings.Contains(d.Text, s) {
			t.Errorf("text lacks %q", s)
		}
	}
}

// TestDecodeHTMLClaims checks that the claims found in the decoded page
// are those of the article's plain text.
func TestDecodeHTMLClaims(t *testing.T) {
	d, err := document.Decode("article.html", mustRead(t, "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	got := claimKeys(t, d.Text, d.Meta.Published)
	want := claimKeys(t, string(mustRead(t, "article.txt")), d.Meta.Published)
	match, ng, nw := matched(got, want)
	if nw < 40 {
		t.Fatalf("article.txt has %d claims, want at least 40", nw)
	}
	for k, n := range got {
		if n > want[k] {
			t.Logf("extra claim %q (%s %v)", k.Text, k.Kind, k.Value)
		}
	}
	for k, n := range want {
		if n > got[k] {
			t.Logf("missing claim %q (%s %v)", k.Text, k.Kind, k.Value)
		}
	}
	precision := float64(match) / float64(max(ng, 1))
	recall := float64(match) / float64(nw)
	t.Logf("%d claims decoded, %d in the text, %d match: precision %.3f, recall %.3f", ng, nw, match, precision, recall)
	if precision < 0.95 || recall < 0.95 {
		t.Errorf("precision %.3f, recall %.3f, want both >= 0.95", precision, recall)
	}
}

// htmlCases are small pages and what Decode makes of them; the fuzz test
// starts from them too.
var htmlCases = []struct {
	name string
	in   string
	text string // the whole text
	meta document.Meta
	err  error
}{{
	name: "windows-1252 declared",
	in:   "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 prices</title></head><body><p>A caf\xe9 charged \x8020 for \x93two\x94 coffees.</p></body></html>",
	text: "A café charged €20 for “two” coffees.",
	meta: document.Meta{Metadata: factcheck.Metadata{Title: "Café prices"}},
}, {
	name: "latin-1 by http-equiv",
	in:   "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>Stra\xdfe, 3\xb0C.</p></body></html>",
	text: "Straße, 3°C.",
}, {
	name: "undeclared, not UTF-8",
	in:   "<html><body><p>Na\xefve costs \xa310, \xe2\x82\xac12 in euros.</p></body></html>",
	text: "Naïve costs £10, €12 in euros.",
}, {
	name: "undeclared UTF-8 after the first kilobyte",
	in:   "<html><head><title>Long</title><style>" + strings.Repeat("p{}", 400) + "</style></head><body><p>It cost €5 and £6.</p></body></html>",
	text: "It cost €5 and £6.",
	meta: document.Meta{Metadata: factcheck.Metadata{Title: "Long"}},
}, {
	name: "UTF-16 with a byte order mark",
	in:   utf16LE("\ufeff<html><body><p>Rents rose 7% to €1,200.</p></body></html>"),
	text: "Rents rose 7% to €1,200.",
}, {
	name: "body only",
	in:   "<body><p>Turnout was 61%.</p>\n<p>The count ended at 3am.</p></body>",
	text: "Turnout was 61%.\n\nThe count ended at 3am.",
}, {
	name: "bare text",
	in:   "<html>Just 12 words of text here.",
	text: "Just 12 words of text here.",
}, {
	name: "furniture around a short body",
	in: `<html><body><nav><a href="/">Home</a> <a href="/news">News 24</a></nav><header><p>The Daily 99</p></header>
<p>Fares will rise by 4.1% in January.</p><aside>Read more: 7 ways to save</aside>
<form><label>Email</label></form><footer>© 2026 Daily Ltd</footer><script>var n = 5;</script></body></html>`,
	text: "Fares will rise by 4.1% in January.",
}, {
	name: "furniture classes, and one that only looks like it",
	in: `<body class="has-ads"><div class="wrap ads-on"><main><p class="adventure-travel">Bookings rose 4%.</p>
<div class="ad_slot">Advertisement</div><div id="cookie-notice">We use cookies.</div><ul class="market-ticker"><li>Dow 40,112</li></ul>
<p>Profit was $2bn.</p><section class="related-links"><a href="/x">Oil hits $90</a></section></main></div></body>`,
	text: "Bookings rose 4%.\n\nProfit was $2bn.",
}, {
	name: "malformed",
	in:   "<html><body><p>Unclosed <b>bold 5% <p>Second <div>third</span></i> &amp 7 &unknown; <p><<>>",
	text: "Unclosed bold 5%\n\nSecond\n\nthird & 7 &unknown;\n\n<<>>",
}, {
	name: "headings and lists",
	in:   "<body><h2>Budget &middot; 2027</h2><p>Spending\n\t rises&nbsp;2%.</p><ul><li>Schools: £3bn</li><li>Roads:<br>£1bn</li></ul></body>",
	text: "Budget · 2027\n\nSpending rises 2%.\n\nSchools: £3bn\n\nRoads:\n\n£1bn",
}, {
	name: "empty",
	in:   "",
	err:  document.ErrNoText,
}, {
	name: "no visible text",
	in:   "<!DOCTYPE html><html><head><title>Empty</title><script>var x = 1;</script></head><body><nav>Menu</nav><div hidden>secret</div></body></html>",
	err:  document.ErrNoText,
}, {
	name: "JSON-LD @graph with references",
	in: `<html><head><title>Ignored | Site</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"WebPage","@id":"https://x.example/a#page","url":"https://x.example/a"},
{"@type":["ReportageNewsArticle","Article"],"headline":"Graph headline","datePublished":"2025-07-04T09:00:00-04:00",
 "author":{"@id":"https://x.example/#ana"},"publisher":{"@id":"https://x.example/#org"},"mainEntityOfPage":{"@id":"https://x.example/a"}},
{"@type":"Person","@id":"https://x.example/#ana","name":"Ana Lee"},
{"@type":"Organization","@id":"https://x.example/#org","name":"Graph Times"}]}</script></head>
<body><p>Some 40 people came.</p></body></html>`,
	text: "Some 40 people came.",
	meta: document.Meta{Metadata: factcheck.Metadata{Title: "Graph headline", Outlet: "Graph Times", Byline: "Ana Lee", URL: "https://x.example/a"}, Published: "2025-07-04"},
}, {
	name: "JSON-LD array",
	in: `<html><head><script type="application/ld+json">[{"@type":"Organization","name":"Not this"},
{"@type":"BlogPosting","headline":"Array headline","author":[{"name":"A One"},"B Two",{"name":"C Three"}],"datePublished":"2024-02-29","publisher":"Array Post","url":"https://blog.example/p/1"}]</script></head>
<body><p>Up 9%.</p></body></html>`,
	text: "Up 9%.",
	meta: document.Meta{Metadata: factcheck.Metadata{Title: "Array headline", Outlet: "Array Post", Byline: "A One, B Two and C Three", URL: "https://blog.example/p/1"}, Published: "2024-02-29"},
}, {
	name: "broken JSON-LD, meta tags",
	in: `<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
<title>Tax plan - Herald</title><meta property="og:site_name" content="Herald"><meta name="author" content="Jo Bloggs">
<meta name="DC.date" content="March 3, 2023"><link rel="canonical" href="/relative"><meta property="og:url" content="https://herald.example/tax"></head>
<body><p>Tax falls 1p.</p></body></html>`,
	text: "Tax falls 1p.",
	meta: document.Meta{Metadata: factcheck.Metadata{Title: "Tax plan", Outlet: "Herald", Byline: "Jo Bloggs", URL: "https://herald.example/tax"}, Published: "2023-03-03"},
}, {
	name: "headline from the h1, outlet from the title's suffix",
	in: `<html><head><title>Poll lead grows | Other Site</title><link rel="canonical" href="https://www.news.example/poll"></head>
<body><article><h1>Poll lead grows</h1><p>By <a rel="author" href="/k">Kim Park</a></p><time datetime="2022-11-08">Tuesday</time><p>Lead of 6 points.</p></article></body></html>`,
	text: "Poll lead grows\n\nBy Kim Park\n\nTuesday\n\nLead of 6 points.",
	meta: document.Meta{Metadata: factcheck.Metadata{Title: "Poll lead grows", Outlet: "Other Site", Byline: "Kim Park", URL: "https://www.news.example/poll"}, Published: "2022-11-08"},
}, {
	name: "outlet from the canonical host; a site's title gives way to the headline",
	in: `<html><head><title>Evening Post - Breaking news, sport, weather</title><link rel="canonical" href="https://www.post.example/x"></head>
<body><div class="comments"><p>Great piece, 5 stars</p></div><h1>Factory closes with 300 jobs lost</h1><p>The plant shut after 41 years.</p>
<aside class="most-read"><ol><li>Lottery winner scoops £5m</li></ol></aside></body></html>`,
	text: "Factory closes with 300 jobs lost\n\nThe plant shut after 41 years.",
	meta: document.Meta{Metadata: factcheck.Metadata{Title: "Factory closes with 300 jobs lost", Outlet: "post.example", URL: "https://www.post.example/x"}},
}, {
	name: "line breaks keep words apart",
	in:   `<html><body><article><div>Jobs went, the firm said.<br><br>It had 1,200 staff.<br>Unions objected.</div></article></body></html>`,
	text: "Jobs went, the firm said. It had 1,200 staff.\n\nUnions objected.",
}, {
	name: "an article's header keeps its headline and standfirst; pictures go, tables stay",
	in: `<html><body><article><header><h1>Mill to shut</h1><p>The last of 3 mills closes</p>
<p>By <a href="/a">Ann Roe</a></p><div><time datetime="2024-05-01">1 May 2024, updated 2 hours ago</time></div>
<figure><img src="m.jpg"><figcaption>The mill in 1998, when it had 900 staff</figcaption></figure></header>
<p>The mill employs 120 people and made 40,000 tonnes of paper last year.</p>
<figure><table><tr><td>2023</td><td>40,000 t</td></tr></table></figure>
<figure><img src="n.jpg"><figcaption>Workers leave, 30 April</figcaption></figure></article></body></html>`,
	text: "Mill to shut\n\nThe last of 3 mills closes\n\nThe mill employs 120 people and made 40,000 tonnes of paper last year.\n\n2023\n\n40,000 t",
	meta: document.Meta{Metadata: factcheck.Metadata{Title: "Mill to shut"}, Published: "2024-05-01"},
}}

// utf16LE encodes s as UTF-16, little end first.
func utf16LE(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r > 0xffff {
			panic("utf16LE: beyond the BMP")
		}
		b.WriteByte(byte(r))
		b.WriteByte(byte(r >> 8))
	}
	return b.String()
}

func TestDecodeHTML(t *testing.T) {
	for _, tc := range htmlCases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := document.Decode("page.html", []byte(tc.in))
			if !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			if err != nil {
				return
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

func FuzzDecodeHTML(f *testing.F) {
	f.Add(mustRead(f, "article.html"))
	for _, tc := range htmlCases {
		f.Add([]byte(tc.in))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		if document.Detect("page.html", in) != factcheck.HTML {
			return // a PDF or ZIP signature
		}
		d, err := document.Decode("page.html", in)
		if err != nil {
			if !errors.Is(err, document.ErrNoText) {
				t.Fatalf("err = %v, want nil or ErrNoText", err)
			}
			return
		}
		m := d.Meta
		for _, s := range []string{d.Text, m.Title, m.Outlet, m.Byline, m.Published, m.URL} {
			if !utf8.ValidString(s) {
				t.Errorf("invalid UTF-8 %q", s)
			}
		}
		if d.Text == "" {
			t.Error("empty text without ErrNoText")
		}
	})
}
