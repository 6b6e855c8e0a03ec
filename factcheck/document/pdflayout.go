package document

import (
	"cmp"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A pdfLine is a run of spans on one baseline with no wide gap between
// them: a line of one column.
type pdfLine struct {
	x0, x1, y, size float64
	text            string
}

// pdfSpanLines joins spans, in the order the page shows them, into lines: a
// span continues the line when it sits on its baseline just after it,
// separated by a space when the gap is wider than a sixth of an em.
func pdfSpanLines(spans []pdfSpan) []pdfLine {
	var lines []pdfLine
	var b strings.Builder
	var cur pdfLine
	flush := func() {
		if t := strings.Join(strings.Fields(b.String()), " "); t != "" {
			cur.text = t
			lines = append(lines, cur)
		}
		b.Reset()
	}
	for i, s := range spans {
		em := max(s.size, cur.size)
		gap := s.x0 - cur.x1
		same := i > 0 && math.Abs(s.y-cur.y) < 0.4*em && gap > -0.5*em && gap < 1.5*em
		if !same {
			flush()
			cur = pdfLine{x0: s.x0, x1: s.x1, y: s.y, size: s.size}
		} else if gap > em/6 && !strings.HasSuffix(b.String(), " ") && !strings.HasPrefix(s.text, " ") {
			b.WriteByte(' ')
		}
		b.WriteString(s.text)
		cur.x1 = max(cur.x1, s.x1)
		cur.size = max(cur.size, s.size)
	}
	flush()
	return lines
}

// pdfOrderColumns returns the lines of a page in reading order. Where a
// vertical gutter that no ordinary line crosses splits the page's lines,
// the lines between two lines that cross it (headlines, full-width
// paragraphs) are read column by column, top to bottom; each line's
// column is returned beside it.
func pdfOrderColumns(lines []pdfLine) ([]pdfLine, []int) {
	gutters := pdfGutters(lines)
	column := func(l pdfLine) int {
		c := 0
		for _, g := range gutters {
			if l.x0 >= g[1] {
				c++
			} else if l.x1 > g[0] {
				return -1 // crosses a gutter
			}
		}
		return c
	}
	sorted := slices.Clone(lines)
	slices.SortStableFunc(sorted, func(a, b pdfLine) int {
		if math.Abs(a.y-b.y) < 0.4*max(a.size, b.size) {
			return cmp.Compare(a.x0, b.x0)
		}
		return cmp.Compare(b.y, a.y)
	})
	var out []pdfLine
	var cols []int
	var band []pdfLine
	flushBand := func() {
		slices.SortStableFunc(band, func(a, b pdfLine) int { return column(a) - column(b) })
		for _, l := range band {
			out, cols = append(out, l), append(cols, column(l))
		}
		band = band[:0]
	}
	for _, l := range sorted {
		if column(l) < 0 {
			flushBand()
			out, cols = append(out, l), append(cols, -1)
			continue
		}
		band = append(band, l)
	}
	flushBand()
	return out, cols
}

// maxPDFColumns is the most columns pdfGutters splits a page into.
const maxPDFColumns = 8

// pdfGutters returns the x ranges, left to right, that split the page's
// lines into columns: a gap at least an em and a half wide, inside the
// text, that at most a tenth of the lines cross, with at least three lines
// wholly on each side.
func pdfGutters(lines []pdfLine) [][2]float64 {
	if len(lines) < 6 {
		return nil
	}
	lo, hi := lines[0].x0, lines[0].x1
	sizes := make([]float64, len(lines))
	for i, l := range lines {
		lo, hi = min(lo, l.x0), max(hi, l.x1)
		sizes[i] = l.size
	}
	slices.Sort(sizes)
	em := sizes[len(sizes)/2]
	width := int(hi-lo) + 1
	if width <= 0 || width > 20000 {
		return nil
	}
	cover := make([]int, width+1) // lines over each point, from its changes
	for _, l := range lines {
		cover[int(l.x0-lo)]++
		cover[int(l.x1-lo)]--
	}
	for x := 1; x < width; x++ {
		cover[x] += cover[x-1]
	}
	var gutters [][2]float64
	limit := len(lines) / 10
	for x := 0; x < width && len(gutters) < maxPDFColumns-1; {
		if cover[x] > limit {
			x++
			continue
		}
		start := x
		for x < width && cover[x] <= limit {
			x++
		}
		g := [2]float64{lo + float64(start), lo + float64(x)}
		if g[1]-g[0] < 1.5*em || start == 0 || x == width {
			continue
		}
		left, right := 0, 0
		for _, l := range lines {
			if l.x1 <= g[0]+1 {
				left++
			} else if l.x0 >= g[1]-1 {
				right++
			}
		}
		if left >= 3 && right >= 3 {
			gutters = append(gutters, [2]float64{g[0] + 1, g[1] - 1})
		}
	}
	return gutters
}

// pdfFurniture matches, after digits are replaced by '#', the lines that
// number pages: "12", "- 12 -", "Page 12", "12 of 40", "Page 12 of 40".
var pdfFurniture = regexp.MustCompile(`^(?i)(page\s*)?[-–—(\[]?\s*#+\s*[-–—)\]]?(\s*(of|/)\s*#+)?$`)

// pdfFurnitureKey is the text of a line with its digits replaced by '#'.
func pdfFurnitureKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '#'
		}
		return r
	}, strings.TrimSpace(s))
}

// dropPDFFurniture removes from each page the page numbers and the running
// heads and feet: its top and bottom lines when they are a page number or
// read the same, digits aside, as the top or bottom lines of at least
// half the pages (and three).
func dropPDFFurniture(pages [][]pdfLine) {
	edge := func(ls []pdfLine) []int {
		if len(ls) == 0 {
			return nil
		}
		top, bottom := 0, 0
		for i, l := range ls {
			if l.y > ls[top].y {
				top = i
			}
			if l.y < ls[bottom].y {
				bottom = i
			}
		}
		if top == bottom {
			return []int{top}
		}
		return []int{top, bottom}
	}
	seen := make(map[string]int)
	for _, ls := range pages {
		for _, i := range edge(ls) {
			seen[pdfFurnitureKey(ls[i].text)]++
		}
	}
	for p, ls := range pages {
		drop := make(map[int]bool)
		for _, i := range edge(ls) {
			k := pdfFurnitureKey(ls[i].text)
			if pdfFurniture.MatchString(k) || (seen[k] >= 3 && 2*seen[k] >= len(pages)) {
				drop[i] = true
			}
		}
		kept := ls[:0]
		for i, l := range ls {
			if !drop[i] {
				kept = append(kept, l)
			}
		}
		pages[p] = kept
	}
}

// pdfLayout turns the pages' lines into paragraphs separated by "\n\n".
func pdfLayout(pages [][]pdfLine) string {
	dropPDFFurniture(pages)
	compounds := pdfCompounds(pages)
	cols := make([][]int, len(pages))
	for i := range pages {
		pages[i], cols[i] = pdfOrderColumns(pages[i])
	}
	spacing := pdfLineSpacing(pages, cols)
	var b strings.Builder
	var prev pdfLine
	pending := "" // prev's text, not yet written
	var prevCol pdfExtent
	for p, page := range pages {
		extents := pdfColumnExtents(page, cols[p])
		for i, l := range page {
			switch {
			case pending == "":
			case pdfParagraphBreak(prev, l, prevCol, spacing):
				b.WriteString(pending)
				b.WriteString("\n\n")
			default:
				text, sep := pdfJoinLines(pending, l.text, compounds)
				b.WriteString(text)
				b.WriteString(sep)
			}
			pending, prev, prevCol = l.text, l, extents[cols[p][i]]
		}
	}
	b.WriteString(pending)
	return strings.TrimSpace(b.String())
}

// pdfLineSpacing returns the median distance between the baselines of
// consecutive lines of a column, in ems of their size, or 0 when there
// are none.
func pdfLineSpacing(pages [][]pdfLine, cols [][]int) float64 {
	var dys []float64
	for p, ls := range pages {
		for i := 1; i < len(ls); i++ {
			dy := ls[i-1].y - ls[i].y
			if cols[p][i] == cols[p][i-1] && dy > ls[i].size/2 && dy < 3*ls[i].size {
				dys = append(dys, dy/ls[i].size)
			}
		}
	}
	if len(dys) == 0 {
		return 0
	}
	slices.Sort(dys)
	return dys[len(dys)/2]
}

// pdfCompounds returns the lower-cased words with a hyphen inside them
// ("well-known") that the pages' lines hold, to tell a compound broken at
// a line end from a word the typesetter hyphenated.
func pdfCompounds(pages [][]pdfLine) map[string]bool {
	words := make(map[string]bool)
	for _, ls := range pages {
		for _, l := range ls {
			for _, w := range strings.Fields(l.text) {
				w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
				if i := strings.Index(w, "-"); i > 0 && i < len(w)-1 {
					words[strings.ToLower(w)] = true
				}
			}
		}
	}
	return words
}

// A pdfExtent is where the lines of a column start and end.
type pdfExtent struct{ left, right float64 }

// pdfColumnExtents maps each column of a page, -1 standing for lines that
// cross columns, to the extent of its lines.
func pdfColumnExtents(lines []pdfLine, cols []int) map[int]pdfExtent {
	ext := make(map[int]pdfExtent)
	for i, l := range lines {
		e, ok := ext[cols[i]]
		if !ok {
			e = pdfExtent{l.x0, l.x1}
		}
		ext[cols[i]] = pdfExtent{min(e.left, l.x0), max(e.right, l.x1)}
	}
	return ext
}

// pdfParagraphBreak reports whether next starts a paragraph after prev, a
// line of the column col, lines being spacing ems apart: next differs in
// size by a tenth (a heading); or it sits lower than a line and a
// quarter below prev (an em and a half when the spacing is unknown); or
// prev ends so short of the edge that next's first word would have fitted
// after it (at the foot of a column, an em short will do) and either
// next is indented or prev ends a sentence.
func pdfParagraphBreak(prev, next pdfLine, col pdfExtent, spacing float64) bool {
	em := max(prev.size, next.size)
	if math.Abs(prev.size-next.size) > 0.1*em {
		return true
	}
	gap := 1.6 * em
	if spacing > 0 {
		gap = 1.25 * spacing * em
	}
	if dy := prev.y - next.y; dy > gap && dy < 10*em {
		return true
	}
	room := col.right - prev.x1
	short := room > pdfFirstWordWidth(next)+em/2
	if next.y > prev.y+em { // a new column or page: the space left is what counts
		short = room > em
	}
	if short && next.x0 > col.left+0.8*em && next.x0 > prev.x0+0.8*em {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(prev.text)
	first, _ := utf8.DecodeRuneInString(next.text)
	ends := strings.ContainsRune(".!?:\"”’)", last)
	return short && ends && !unicode.IsLower(first)
}

// pdfJoinLines returns the text of a line and what to write after it when
// the next line continues its paragraph: a space, or nothing after a word
// hyphenated at the line end. The hyphen is dropped when lower-case
// letters stand on both sides of it ("govern-" "ment") unless compounds
// holds the hyphenated word ("well-known" seen elsewhere) or it starts
// with a number word ("five-" "year"), and kept otherwise ("mid-"
// "1990s"); a soft hyphen is always dropped.
func pdfJoinLines(line, next string, compounds map[string]bool) (string, string) {
	first, _ := utf8.DecodeRuneInString(next)
	if s, ok := strings.CutSuffix(line, "\u00ad"); ok {
		return s, ""
	}
	s, ok := strings.CutSuffix(line, "-")
	if !ok || strings.HasSuffix(s, " ") || s == "" {
		return line, " "
	}
	before, _ := utf8.DecodeLastRuneInString(s)
	if !unicode.IsLower(before) || !unicode.IsLower(first) {
		return line, ""
	}
	head := s[strings.LastIndexByte(s, ' ')+1:]
	tail, _, _ := strings.Cut(next, " ")
	word := strings.TrimFunc(head+"-"+tail, func(r rune) bool { return !unicode.IsLetter(r) })
	if compounds[strings.ToLower(word)] || pdfNumberCompound(word) {
		return line, ""
	}
	return s, ""
}

// pdfNumberWords start the hyphenated compounds numbers are written in
// ("twenty-five", "two-thirds", "five-year", "second-highest").
var pdfNumberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true,
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true,
	"seventy": true, "eighty": true, "ninety": true, "hundred": true, "thousand": true,
	"million": true, "billion": true, "half": true, "quarter": true,
}

// pdfNumberCompound reports whether word, hyphenated, starts with a
// number word and is not a number hyphenated before "-teen" or "-ty"
// ("four-teen", "six-ty").
func pdfNumberCompound(word string) bool {
	head, tail, _ := strings.Cut(strings.ToLower(word), "-")
	return pdfNumberWords[head] && tail != "teen" && tail != "ty"
}

// pdfFirstWordWidth estimates the width of l's first word from l's mean
// character width.
func pdfFirstWordWidth(l pdfLine) float64 {
	word, _, _ := strings.Cut(l.text, " ")
	n := utf8.RuneCountInString(l.text)
	return (l.x1 - l.x0) / float64(n) * float64(utf8.RuneCountInString(word))
}
