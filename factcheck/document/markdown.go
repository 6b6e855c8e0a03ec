package document

import (
	"bytes"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// decodeMarkdown reads a CommonMark file: its paragraphs, headings, list
// items and code blocks as paragraphs of plain text, a table's rows as
// lines of their cells ("Paiporta; 62"), links as their text,
// code spans as their content, images and raw HTML dropped (<br> a space). A leading
// front matter block ("---" lines around "key: value" lines) is not text;
// its title, author (or byline), outlet (or publisher, or source), date and
// url keys fill the metadata the file does not state otherwise. It returns ErrNoText when there is no text.
func decodeMarkdown(data []byte) (*Document, error) {
	src := []byte(lenientUTF8(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	front, src := frontMatter(src)
	d := &Document{Format: factcheck.Markdown, Meta: Meta{
		Metadata: factcheck.Metadata{Title: front["title"], Byline: first(front["author"], front["byline"]),
			Outlet: first(front["outlet"], front["publisher"], front["source"]), URL: absURL(front["url"])},
		Published: isoDate(front["date"]),
	}}
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := clean(cur.String()); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	title := ""
	doc := goldmark.New(goldmark.WithExtensions(extension.Table)).Parser().Parse(text.NewReader(src))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *extast.TableRow, *extast.TableHeader:
			if !entering {
				flush() // a row of a table reads as a line of its cells
			}
		case *extast.TableCell:
			if entering && n.PreviousSibling() != nil {
				cur.WriteString("; ")
			}
		case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
			if h, ok := n.(*ast.Heading); ok && !entering && h.Level == 1 && title == "" {
				title = clean(cur.String())
			}
			flush()
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			if entering {
				flush()
				for i, lines := 0, n.Lines(); i < lines.Len(); i++ {
					seg := lines.At(i)
					cur.Write(seg.Value(src))
				}
				flush()
			}
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			if seg := n.Segments; entering && seg.Len() > 0 && isBr(seg.Value(src)) {
				cur.WriteByte(' ')
			}
			return ast.WalkSkipChildren, nil
		case *ast.Image, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		case *ast.AutoLink:
			if entering {
				cur.Write(n.Label(src))
			}
		case *ast.Text:
			if entering {
				cur.Write(inlineText(n.Value(src), n.IsRaw()))
				if n.SoftLineBreak() || n.HardLineBreak() {
					cur.WriteByte(' ')
				}
			}
		case *ast.String:
			if entering {
				cur.Write(inlineText(n.Value, n.IsRaw()))
			}
		}
		return ast.WalkContinue, nil
	})
	flush()
	d.Text = strings.Join(paras, "\n\n")
	if d.Text == "" {
		return nil, ErrNoText
	}
	d.Meta.Title = first(title, d.Meta.Title)
	return d, nil
}

// inlineText returns the text of a Markdown text segment v: as it is when
// raw (in a code span), else with backslash escapes and character
// references resolved.
func inlineText(v []byte, raw bool) []byte {
	if raw {
		return v
	}
	return util.UnescapePunctuations(util.ResolveNumericReferences(util.ResolveEntityNames(v)))
}

// isBr reports whether the raw HTML tag h is a <br>.
func isBr(h []byte) bool {
	h = bytes.ToLower(h)
	return bytes.HasPrefix(h, []byte("<br")) && len(h) > 3 && !('a' <= h[3] && h[3] <= 'z')
}

// frontMatter splits a leading YAML front matter block off src: a "---"
// line, "key: value" lines and a closing "---" or "..." line. It returns
// the values of the lower-case keys, unquoted, and the rest of src; src
// unchanged when it has no such block. Nested or multi-line values are
// ignored.
func frontMatter(src []byte) (map[string]string, []byte) {
	keys := map[string]string{}
	rest, ok := bytes.CutPrefix(src, []byte("---\n"))
	if !ok {
		rest, ok = bytes.CutPrefix(src, []byte("---\r\n"))
	}
	if !ok {
		return keys, src
	}
	for len(rest) > 0 {
		line, after, _ := bytes.Cut(rest, []byte("\n"))
		rest = after
		l := strings.TrimRight(string(line), " \t\r")
		if l == "---" || l == "..." {
			return keys, rest
		}
		k, v, ok := strings.Cut(l, ":")
		if !ok || strings.HasPrefix(k, " ") || strings.HasPrefix(k, "\t") {
			continue
		}
		v = strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
			v = v[1 : len(v)-1]
		}
		keys[strings.ToLower(strings.TrimSpace(k))] = v
	}
	return map[string]string{}, src
}
