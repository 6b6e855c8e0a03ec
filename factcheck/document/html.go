package document

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/factcheck/factcheck/factcheck"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decodeHTML reads a saved web page: the article body found by
// readability, else the visible text of <body>; either way without page
// furniture (see removeFurniture). The page's
// <h1> starts the text when the title starts with it and the body found
// does not hold it. It returns ErrNoText when there is no text.
func decodeHTML(data []byte) (*Document, error) {
	src := htmlUTF8(data)
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil, fmt.Errorf("html: %w", err)
	}
	d := &Document{Format: factcheck.HTML, Meta: htmlMeta(doc)}
	removeFurniture(doc, false)
	spaceBreaks(doc)
	d.Text = readable(doc)
	if d.Text == "" {
		doc, _ = html.Parse(strings.NewReader(src)) // readability changed it
		removeFurniture(doc, false)
		d.Text = textOf(body(doc), skipHidden)
	}
	if d.Text == "" {
		return nil, ErrNoText
	}
	title := strings.ToLower(d.Meta.Title)
	if h1 := find(doc, func(n *html.Node) bool { return n.DataAtom == atom.H1 }); h1 != nil {
		h := textOf(h1, skipHidden)
		if h != "" && strings.HasPrefix(title, strings.ToLower(h)) && !strings.Contains(d.Text, h) {
			d.Text = h + "\n\n" + d.Text
		}
	}
	return d, nil
}

// furniture are the words in class names and ids that mark an element as
// page furniture rather than article.
var furniture = map[string]bool{
	"ad": true, "ads": true, "adslot": true, "advert": true, "advertisement": true,
	"banner": true, "consent": true, "cookie": true, "cookies": true, "gdpr": true,
	"newsletter": true, "outbrain": true, "promo": true, "related": true,
	"sponsored": true, "taboola": true, "ticker": true, "byline": true,
	"caption": true, "credit": true, "licensing": true, "license": true,
	"recirculation": true, "readnext": true, "subscribe": true, "paywall": true,
	"comment": true, "comments": true, "discussion": true, "popular": true,
	"mostread": true, "trending": true, "sidebar": true, "widget": true,
}

// removeFurniture removes from doc its <nav>, <aside>, <form> and
// <footer> elements, its <header> elements outside an <article> or <main>,
// and each element whose class or id holds a furniture word (words being
// separated by spaces, hyphens and underscores), unless the element holds
// an <article>, <main> or <h1>: a site header around the headline, or a
// wrapper of the whole page with a class such as "has-ads".
func removeFurniture(n *html.Node, inArticle bool) {
	inArticle = inArticle || n.DataAtom == atom.Article || n.DataAtom == atom.Main
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && isFurniture(c, inArticle) {
			n.RemoveChild(c)
		} else {
			removeFurniture(c, inArticle)
		}
		c = next
	}
}

// spaceBreaks puts a space after each <br> of doc: readability turns
// "<br><br>" into a paragraph break, or drops it, and the words on either
// side must not run together ("said.It").
func spaceBreaks(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Br {
			n.InsertBefore(&html.Node{Type: html.TextNode, Data: " "}, c.NextSibling)
			c = c.NextSibling
			continue
		}
		spaceBreaks(c)
	}
}

// keepHeadline removes from an article's <header> n every child element
// but its headings and its paragraphs of text alone (a standfirst): a
// byline links to its authors, a date line holds a <time>.
func keepHeadline(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && find(c, isHeading) == nil && !isPlainParagraph(c) {
			n.RemoveChild(c)
		}
		c = next
	}
}

func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// isPlainParagraph reports whether n is a <p> with no link and no <time>.
func isPlainParagraph(n *html.Node) bool {
	return n.DataAtom == atom.P && find(n, func(n *html.Node) bool {
		return n.DataAtom == atom.A || n.DataAtom == atom.Time
	}) == nil
}

// isFurniture reports whether removeFurniture removes the element n.
func isFurniture(n *html.Node, inArticle bool) bool {
	furn := false
	switch n.DataAtom {
	case atom.Body, atom.Html:
		return false
	case atom.Nav, atom.Aside, atom.Form, atom.Footer, atom.Figcaption:
		furn = true
	case atom.Figure:
		// A picture or a video, with its caption; a table is the article's.
		furn = find(n, func(n *html.Node) bool { return n.DataAtom == atom.Table }) == nil
	case atom.Header:
		// Outside the article, the site's; within it, the byline, dates
		// and picture around the headline and standfirst, which stay.
		if inArticle {
			keepHeadline(n)
		}
		furn = !inArticle
	default:
		words := strings.FieldsFunc(strings.ToLower(attr(n, "class")+" "+attr(n, "id")), func(r rune) bool {
			return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
		})
		for _, w := range words {
			furn = furn || furniture[w]
		}
	}
	return furn && find(n, func(n *html.Node) bool {
		return n.DataAtom == atom.Article || n.DataAtom == atom.Main || n.DataAtom == atom.H1
	}) == nil
}

// htmlUTF8 returns data as UTF-8 text. A byte order mark decides first,
// then the charset a <meta> tag declares in the first 1024 bytes. A page
// without either, or declared UTF-8, Windows-1252 or Latin-1, is read as
// UTF-8 with each byte that does not belong to a valid sequence taken as
// Windows-1252 (which the HTML standard reads Latin-1 as).
func htmlUTF8(data []byte) string {
	enc, name, _ := charset.DetermineEncoding(data, "")
	switch {
	case name == "utf-8", name == "windows-1252":
		return lenientUTF8(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	case strings.HasPrefix(name, "utf-16"):
		// Only a byte order mark leads here; let it choose the order.
		enc = unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return lenientUTF8(data)
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// lenientUTF8 returns b as a string with each byte that is not part of a
// valid UTF-8 sequence replaced by its Windows-1252 character.
func lenientUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			r = charmap.Windows1252.DecodeByte(b[0])
		}
		sb.WriteRune(r)
		b = b[n:]
	}
	return sb.String()
}

// readable returns the text of the article readability finds in doc, or ""
// when it finds none. A panic in readability on a page it cannot handle
// counts as finding none.
func readable(doc *html.Node) (text string) {
	defer func() {
		if recover() != nil {
			text = ""
		}
	}()
	p := readability.NewParser()
	art, err := p.ParseDocument(doc, nil)
	if err != nil || art.Node == nil {
		return ""
	}
	removeFurniture(art.Node, true)
	return textOf(art.Node, skipHidden)
}

// body returns the <body> element of doc, or doc itself when it has none.
func body(doc *html.Node) *html.Node {
	if b := find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body }); b != nil {
		return b
	}
	return doc
}

// find returns the first element under n, n included, for which match
// is true, or nil.
func find(n *html.Node, match func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && match(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, match); f != nil {
			return f
		}
	}
	return nil
}

// skipHidden reports whether the element n shows no text: scripts,
// styles, controls and elements marked hidden.
func skipHidden(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template,
		atom.Svg, atom.Math, atom.Iframe, atom.Object, atom.Button,
		atom.Select, atom.Textarea, atom.Input:
		return true
	}
	for _, a := range n.Attr {
		switch {
		case a.Key == "hidden",
			a.Key == "aria-hidden" && a.Val == "true",
			a.Key == "style" && strings.Contains(strings.ReplaceAll(a.Val, " ", ""), "display:none"):
			return true
		}
	}
	return false
}

// blocks are the elements that start and end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Blockquote: true,
	atom.Br: true, atom.Caption: true, atom.Dd: true, atom.Details: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Header: true, atom.Hr: true, atom.Li: true,
	atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true,
	atom.Pre: true, atom.Section: true, atom.Summary: true, atom.Table: true,
	atom.Td: true, atom.Th: true, atom.Tr: true, atom.Ul: true,
}

// textOf returns the text under n as a reader sees it: each block element
// (paragraph, heading, list item, table cell...) a paragraph of its own,
// white space within a paragraph collapsed to one space, paragraphs
// separated by "\n\n". Elements for which skip is true are left out with
// everything under them.
func textOf(n *html.Node, skip func(*html.Node) bool) string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := strings.Join(strings.Fields(cur.String()), " "); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if skip(n) {
				return
			}
			if blocks[n.DataAtom] {
				flush()
				defer flush()
			}
		case html.DocumentNode:
		default:
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	flush()
	return strings.Join(paras, "\n\n")
}
