package document

import (
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageTags is what a page's head and links say about it.
type pageTags struct {
	props     map[string]string // <meta property|name=… content=…>, keys lower-case, first wins
	title     string            // <title>
	h1        string            // the first <h1>
	canonical string            // <link rel=canonical href=…>
	authors   []string          // the text of rel=author links
	timeAttr  string            // datetime of the first <time> inside <article>
	ld        *ldArticle        // the first JSON-LD article
}

// htmlMeta reads what doc states about itself. Title: og:title, the
// JSON-LD headline, the first <h1>, else <title> without a " | Outlet"
// or " - Outlet" suffix (a site's <title> often names the site alone, or
// the site first: the page's own headline is its <h1>). Outlet:
// og:site_name, the JSON-LD publisher, the suffix of <title> after " | ",
// else the host of the URL. Byline: the JSON-LD authors, <meta name=author>, else the
// rel=author links. Published: article:published_time, JSON-LD
// datePublished, the <time datetime> of the article, else a date <meta>.
// URL: <link rel=canonical>, og:url, else the JSON-LD url or
// mainEntityOfPage; only absolute http and https URLs count.
func htmlMeta(doc *html.Node) Meta {
	t := pageTags{props: map[string]string{}}
	inArticle := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if n.DataAtom == atom.Article {
				inArticle++
				defer func() { inArticle-- }()
			}
			t.element(n, inArticle > 0)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)

	var m Meta
	ld := t.ld
	if ld == nil {
		ld = &ldArticle{}
	}
	m.URL = first(absURL(t.canonical), absURL(t.props["og:url"]), absURL(ld.url))
	titled, site := splitSite(t.title)
	m.Outlet = first(t.props["og:site_name"], ld.publisher, site, host(m.URL))
	m.Title = first(t.props["og:title"], ld.headline, t.h1, titled)
	m.Title = stripOutlet(m.Title, m.Outlet)
	m.Byline = first(joinNames(ld.authors), t.props["author"], joinNames(t.authors))
	m.Published = first(isoDate(t.props["article:published_time"]), isoDate(ld.published),
		isoDate(t.timeAttr), isoDate(t.props["date"]), isoDate(t.props["pubdate"]),
		isoDate(t.props["publish-date"]), isoDate(t.props["dc.date"]))
	return m
}

// element records what the element n says about the page.
func (t *pageTags) element(n *html.Node, inArticle bool) {
	switch n.DataAtom {
	case atom.Meta:
		key := strings.ToLower(first(attr(n, "property"), attr(n, "name")))
		if _, seen := t.props[key]; key != "" && !seen {
			t.props[key] = clean(attr(n, "content"))
		}
	case atom.Title:
		if t.title == "" && n.Parent != nil && n.Parent.DataAtom == atom.Head {
			t.title = clean(textOf(n, skipHidden))
		}
	case atom.H1:
		if t.h1 == "" {
			t.h1 = clean(textOf(n, skipHidden))
		}
	case atom.Link:
		if hasWord(attr(n, "rel"), "canonical") && t.canonical == "" {
			t.canonical = strings.TrimSpace(attr(n, "href"))
		}
	case atom.A:
		if hasWord(attr(n, "rel"), "author") {
			if name := clean(textOf(n, skipHidden)); name != "" && !slices.Contains(t.authors, name) {
				t.authors = append(t.authors, name)
			}
		}
	case atom.Time:
		if inArticle && t.timeAttr == "" {
			t.timeAttr = attr(n, "datetime")
		}
	case atom.Script:
		if t.ld == nil && strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
			t.ld = parseLD(n.FirstChild.Data)
		}
	}
}

// ldArticle is what a JSON-LD article (NewsArticle, BlogPosting...) says.
type ldArticle struct {
	headline, publisher, published, url string
	authors                             []string
}

// parseLD returns the first article in the JSON-LD src, which may be an
// object, an array of them or an object with a "@graph" array, or nil.
func parseLD(src string) *ldArticle {
	src = strings.TrimSpace(src)
	src = strings.TrimSuffix(strings.TrimPrefix(src, "<![CDATA["), "]]>")
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return nil
	}
	var nodes []map[string]any
	var collect func(any)
	collect = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				collect(e)
			}
		case map[string]any:
			nodes = append(nodes, v)
			collect(v["@graph"])
		}
	}
	collect(v)
	ids := map[string]map[string]any{}
	for _, n := range nodes {
		if id, ok := n["@id"].(string); ok {
			ids[id] = n
		}
	}
	// resolve follows a {"@id": …} reference to the node it names.
	resolve := func(v any) any {
		if m, ok := v.(map[string]any); ok {
			if id, ok := m["@id"].(string); ok && len(m) == 1 && ids[id] != nil {
				return ids[id]
			}
		}
		return v
	}
	for _, n := range nodes {
		if !isArticleType(n["@type"]) {
			continue
		}
		a := &ldArticle{
			headline:  clean(str(n["headline"])),
			publisher: clean(name(resolve(n["publisher"]))),
			published: str(n["datePublished"]),
			url:       first(str(n["url"]), str(n["mainEntityOfPage"])),
		}
		authors, _ := n["author"].([]any)
		if authors == nil {
			authors = []any{n["author"]}
		}
		for _, au := range authors {
			if s := clean(name(resolve(au))); s != "" && !slices.Contains(a.authors, s) {
				a.authors = append(a.authors, s)
			}
		}
		return a
	}
	return nil
}

// isArticleType reports whether a JSON-LD @type, a string or an array of
// them, names a kind of article (NewsArticle, ReportageNewsArticle,
// BlogPosting...), with or without a "schema:" or URL prefix.
func isArticleType(v any) bool {
	types, _ := v.([]any)
	if types == nil {
		types = []any{v}
	}
	for _, t := range types {
		s := str(t)
		s = s[strings.LastIndexAny(s, "/:")+1:]
		if strings.HasSuffix(s, "Article") || strings.HasSuffix(s, "BlogPosting") || s == "Report" {
			return true
		}
	}
	return false
}

// name returns a JSON-LD value's name: a string itself, or an object's
// "name".
func name(v any) string {
	if m, ok := v.(map[string]any); ok {
		return str(m["name"])
	}
	return str(v)
}

// str returns v if it is a string, an object's "@id" if it is one, else "".
func str(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case map[string]any:
		s, _ := v["@id"].(string)
		return s
	}
	return ""
}

// dateLayouts are the forms of publication date isoDate reads, besides
// ones starting with YYYY-MM-DD.
var dateLayouts = []string{
	time.RFC1123, time.RFC1123Z, "January 2, 2006", "Jan 2, 2006",
	"2 January 2006", "2 Jan 2006", "2006/01/02", "20060102",
}

// isoDate returns the date s states as YYYY-MM-DD, or "".
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if _, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return s[:10]
		}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}

// splitSite splits a <title> of the form "Headline | Site" into the
// headline and the site; a title without " | " is all headline.
func splitSite(title string) (headline, site string) {
	if i := strings.LastIndex(title, " | "); i > 0 {
		return strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+3:])
	}
	return title, ""
}

// stripOutlet removes from title a trailing " | outlet", " - outlet",
// " – outlet" or " — outlet".
func stripOutlet(title, outlet string) string {
	if outlet == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		if i := strings.LastIndex(title, sep); i > 0 && strings.EqualFold(title[i+len(sep):], outlet) {
			return title[:i]
		}
	}
	return title
}

// absURL returns s if it is an absolute http or https URL, else "".
func absURL(s string) string {
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return s
}

// host returns the host of the URL s without a leading "www.", or "".
func host(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// joinNames joins names as English does: "A", "A and B", "A, B and C".
func joinNames(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasWord reports whether the space-separated list s holds w, ignoring case.
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// first returns the first of ss that is not empty, or "".
func first(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// clean collapses the white space in s to single spaces and trims it.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }
