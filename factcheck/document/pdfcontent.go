package document

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// A pdfSpan is a string a page shows: where it starts and ends on its
// baseline, in points from the page's lower left corner, and its size.
type pdfSpan struct {
	x0, x1, y, size float64
	text            string
}

// A pdfFont is a page's font as the decoder uses it: how to turn codes
// into text and how far each code moves the pen, in 1/1000 em.
type pdfFont struct {
	enc     pdf.TextEncoding
	decoded map[string]string // strings already decoded by enc, cleaned
	twoByte bool              // a composite (Type0) font: codes are two bytes
	first   int
	widths  []float64
	cid     map[int]float64
	dw      float64 // width of a code not in widths or cid; 0 for unknown
	scale   float64 // glyph space to 1/1000 em (Type3 fonts differ)
	base    string  // the BaseFont, for the widths of a standard font
}

// newPDFFont reads the encoding and widths of the font dictionary v.
func newPDFFont(v pdf.Value) *pdfFont {
	f := &pdfFont{scale: 1, base: v.Key("BaseFont").Name(), decoded: make(map[string]string)}
	pf := pdf.Font{V: v}
	f.enc = pf.Encoder()
	if v.Key("Subtype").Name() == "Type0" {
		f.twoByte = true
		desc := v.Key("DescendantFonts").Index(0)
		f.dw = 1000
		if dw := desc.Key("DW"); dw.Kind() != pdf.Null {
			f.dw = dw.Float64()
		}
		f.cid = cidWidths(desc.Key("W"))
		return f
	}
	if v.Key("Subtype").Name() == "Type3" {
		f.scale = v.Key("FontMatrix").Index(0).Float64() * 1000
	}
	f.first = int(v.Key("FirstChar").Int64())
	w := v.Key("Widths")
	for i := 0; i < w.Len() && i < 256; i++ {
		f.widths = append(f.widths, w.Index(i).Float64())
	}
	f.dw = v.Key("FontDescriptor").Key("MissingWidth").Float64()
	return f
}

// cidWidths reads a composite font's W array: "c [w1 w2 …]" gives codes
// from c on their widths, "c1 c2 w" gives codes c1 to c2 the width w.
func cidWidths(w pdf.Value) map[int]float64 {
	m := make(map[int]float64)
	for i := 0; i+1 < w.Len() && len(m) < maxPDFFontEntries; {
		c := int(w.Index(i).Int64())
		if next := w.Index(i + 1); next.Kind() == pdf.Array {
			for j := 0; j < next.Len() && len(m) < maxPDFFontEntries; j++ {
				m[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		last, width := int(w.Index(i+1).Int64()), w.Index(i+2).Float64()
		for c2 := c; c2 <= last && c2-c < maxPDFFontEntries; c2++ {
			m[c2] = width
		}
		i += 3
	}
	return m
}

// width returns how far code moves the pen, in 1/1000 em; an unknown
// width counts as half an em (a quarter for a space).
func (f *pdfFont) width(code int) float64 {
	w := f.dw
	if f.twoByte {
		if cw, ok := f.cid[code]; ok {
			w = cw
		}
	} else if i := code - f.first; i >= 0 && i < len(f.widths) {
		w = f.widths[i]
	} else if f.widths == nil {
		w = pdfOrElse(standardWidth(f.base, code), w)
	}
	w *= f.scale
	if w <= 0 || !pdfFinite(w) {
		if code == ' ' {
			return 250
		}
		return 500
	}
	return w
}

// maxDecoded bounds the decoded strings a pdfFont keeps.
const maxDecoded = 1 << 14

// decode returns the text of the codes raw, cleaned by cleanPDFSpan.
// Words recur, and decoding through a ToUnicode map is slow, so the
// results are kept.
func (f *pdfFont) decode(raw string) string {
	if s, ok := f.decoded[raw]; ok {
		return s
	}
	s := cleanPDFSpan(f.enc.Decode(raw))
	if len(f.decoded) < maxDecoded {
		f.decoded[raw] = s
	}
	return s
}

// A pdfState is the part of the graphics state text positions depend on.
type pdfState struct {
	ctm                        pdfMatrix
	tc, tw, th, tl, trise, tfs float64
	font                       *pdfFont
}

// A pdfPage interprets one page's content, collecting its spans.
type pdfPage struct {
	d      *pdfDecoder
	fonts  map[string]*pdfFont
	spans  []pdfSpan
	depth  int // form XObjects being interpreted
	tm     pdfMatrix
	tlm    pdfMatrix
	gs     pdfState
	gstack []pdfState
}

// pageLines interprets the content of page and returns its text lines.
func (d *pdfDecoder) pageLines(page pdf.Value) []pdfLine {
	contents := page.Key("Contents")
	n := pdfContentSize(contents)
	if n > maxPageContent {
		return nil
	}
	if d.content += n; d.content > maxPDFContent {
		panic(ErrTooMuchContent)
	}
	p := &pdfPage{d: d, fonts: make(map[string]*pdfFont)}
	p.gs = pdfState{ctm: pdfIdentity, th: 1}
	p.run(contents, pdfInherited(page, "Resources"))
	return pdfSpanLines(p.spans)
}

// run interprets the content stream strm with the resources res.
func (p *pdfPage) run(strm, res pdf.Value) {
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		if p.d.operators++; p.d.operators > maxPDFOperators {
			panic(ErrTooMuchContent)
		}
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		p.do(op, args, res)
	})
}

// pdfNum returns args[i] as a number, 0 when there is no such argument.
func pdfNum(args []pdf.Value, i int) float64 {
	if i >= len(args) {
		return 0
	}
	if x := args[i].Float64(); pdfFinite(x) {
		return x
	}
	return 0
}

// pdfArgMatrix returns the six numbers of args as a matrix.
func pdfArgMatrix(args []pdf.Value) pdfMatrix {
	var m pdfMatrix
	for i := range m {
		m[i] = pdfNum(args, i)
	}
	return m
}

// do runs the operator op.
func (p *pdfPage) do(op string, args []pdf.Value, res pdf.Value) {
	g := &p.gs
	switch op {
	case "q":
		if len(p.gstack) < 256 {
			p.gstack = append(p.gstack, p.gs)
		}
	case "Q":
		if n := len(p.gstack); n > 0 {
			p.gs, p.gstack = p.gstack[n-1], p.gstack[:n-1]
		}
	case "cm":
		g.ctm = pdfArgMatrix(args).mul(g.ctm)
	case "BT":
		p.tm, p.tlm = pdfIdentity, pdfIdentity
	case "Tc":
		g.tc = pdfNum(args, 0)
	case "Tw":
		g.tw = pdfNum(args, 0)
	case "Tz":
		g.th = pdfNum(args, 0) / 100
	case "TL":
		g.tl = pdfNum(args, 0)
	case "Ts":
		g.trise = pdfNum(args, 0)
	case "Tf":
		name := ""
		if len(args) > 0 {
			name = args[0].Name()
		}
		g.font, g.tfs = p.font(res, name), pdfNum(args, 1)
	case "Td", "TD":
		if op == "TD" {
			g.tl = -pdfNum(args, 1)
		}
		p.tlm = pdfMatrix{1, 0, 0, 1, pdfNum(args, 0), pdfNum(args, 1)}.mul(p.tlm)
		p.tm = p.tlm
	case "Tm":
		p.tm, p.tlm = pdfArgMatrix(args), pdfArgMatrix(args)
	case "T*":
		p.nextLine()
	case "'", "\"":
		if op == "\"" && len(args) == 3 {
			g.tw, g.tc, args = pdfNum(args, 0), pdfNum(args, 1), args[2:]
		}
		p.nextLine()
		fallthrough
	case "Tj":
		if len(args) > 0 {
			p.show(args[0].RawString())
		}
	case "TJ":
		if len(args) == 0 {
			return
		}
		a := args[0]
		for i := 0; i < a.Len(); i++ {
			if x := a.Index(i); x.Kind() == pdf.String {
				p.show(x.RawString())
			} else {
				p.advance(-pdfNum([]pdf.Value{x}, 0) / 1000 * g.tfs * g.th)
			}
		}
	case "Do":
		if len(args) > 0 {
			p.form(res.Key("XObject").Key(args[0].Name()))
		}
	}
}

// nextLine moves to the start of the next text line.
func (p *pdfPage) nextLine() {
	p.tlm = pdfMatrix{1, 0, 0, 1, 0, -p.gs.tl}.mul(p.tlm)
	p.tm = p.tlm
}

// advance moves the pen tx units of text space to the right.
func (p *pdfPage) advance(tx float64) {
	p.tm = pdfMatrix{1, 0, 0, 1, tx, 0}.mul(p.tm)
}

// form interprets the form XObject x, if it is one.
func (p *pdfPage) form(x pdf.Value) {
	if x.Key("Subtype").Name() != "Form" || p.depth >= 8 {
		return
	}
	n := pdfContentSize(x)
	if n > maxPageContent {
		return
	}
	if p.d.content += n; p.d.content > maxPDFContent {
		panic(ErrTooMuchContent)
	}
	saved, tm, tlm, fonts := p.gs, p.tm, p.tlm, p.fonts
	if m := x.Key("Matrix"); m.Len() == 6 {
		ms := make([]pdf.Value, 6)
		for i := range ms {
			ms[i] = m.Index(i)
		}
		p.gs.ctm = pdfArgMatrix(ms).mul(p.gs.ctm)
	}
	res := x.Key("Resources")
	p.depth++
	p.fonts = make(map[string]*pdfFont) // the form's names are its own
	p.run(x, res)
	p.depth--
	p.gs, p.tm, p.tlm, p.fonts = saved, tm, tlm, fonts
}

// font returns the font called name in res, read once per page.
func (p *pdfPage) font(res pdf.Value, name string) *pdfFont {
	if f, ok := p.fonts[name]; ok {
		return f
	}
	f := newPDFFont(res.Key("Font").Key(name))
	p.fonts[name] = f
	return f
}

// show adds the string raw, in the current font, as a span and moves the
// pen past it. Under character spacing of a fifth of an em or more, as
// some writers space words (and others letters), each character is a
// span of its own, so the gaps between them can be told.
func (p *pdfPage) show(raw string) {
	g := &p.gs
	if g.font == nil {
		g.font = newPDFFont(pdf.Value{})
	}
	step := 1
	if g.font.twoByte {
		step = 2
	}
	if g.tc < 0.2*math.Abs(g.tfs) {
		p.showRun(raw, step)
		return
	}
	for i := 0; i+step <= len(raw); i += step {
		p.showRun(raw[i:i+step], step)
	}
}

// showRun adds the string raw, codes of step bytes, as one span and moves
// the pen past it.
func (p *pdfPage) showRun(raw string, step int) {
	g := &p.gs
	start := p.tm.mul(g.ctm)
	var tx, spacing float64 // spacing: the last code's, after its glyph
	for i := 0; i+step <= len(raw); i += step {
		code := int(raw[i])
		if step == 2 {
			code = code<<8 | int(raw[i+1])
		}
		spacing = g.tc
		if step == 1 && code == ' ' {
			spacing += g.tw
		}
		tx += (g.font.width(code)/1000*g.tfs + spacing) * g.th
	}
	p.advance(tx - spacing*g.th)
	end := p.tm.mul(g.ctm) // the end of the last glyph
	p.advance(spacing * g.th)
	text := g.font.decode(raw)
	if g.tw < 0 && step == 1 && g.font.decode(" ") == " " && g.font.width(' ')/1000*g.tfs+g.tc+g.tw < 0.15*math.Abs(g.tfs) {
		text = strings.ReplaceAll(text, " ", "") // negative word spacing closes the spaces up
	}
	size := math.Abs(g.tfs) * math.Hypot(start[2], start[3])
	x0 := start[4] + g.trise*start[2]
	x1 := end[4] + g.trise*start[2]
	y := start[5] + g.trise*start[3]
	if text == "" || !pdfFinite(x0) || !pdfFinite(x1) || !pdfFinite(y) || !pdfFinite(size) {
		return
	}
	if p.d.text += len(text); p.d.text > maxPDFText {
		panic(ErrTooMuchContent)
	}
	p.spans = append(p.spans, pdfSpan{x0: min(x0, x1), x1: max(x0, x1), y: y, size: max(size, 1), text: text})
}

// pdfLigatures spells out the Latin ligatures fonts map single glyphs to.
var pdfLigatures = strings.NewReplacer("\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl", "\ufb05", "st", "\ufb06", "st")

// cleanPDFSpan makes decoded text valid UTF-8 without control characters or
// ligatures, tabs and no-break spaces becoming spaces.
func cleanPDFSpan(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "")
	}
	s = pdfLigatures.Replace(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\u00a0':
			return ' '
		case r == utf8.RuneError || unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
}

// pdfOrElse returns a, or b when a is 0.
func pdfOrElse(a, b float64) float64 {
	if a != 0 {
		return a
	}
	return b
}
