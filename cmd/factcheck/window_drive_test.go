package main

// Driving the app through the X server, and following what it says.

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// findWindow waits for the app's window and activates it.
func (s *session) findWindow() {
	s.t.Helper()
	var out string
	s.poll("the app's window (xdotool search --name ^Factcheck)", startTimeout, func() bool {
		var err error
		out, err = s.xdoErr(3*time.Second, "search", "--sync", "--onlyvisible", "--name", "^Factcheck")
		return err == nil && strings.TrimSpace(out) != ""
	})
	s.wid = strings.Fields(out)[0]
	s.activate()
}

// activate gives the app's window the input focus.
func (s *session) activate() {
	s.t.Helper()
	if s.wid == "" {
		s.t.Fatal("no app window to activate")
	}
	if out, err := s.xdoErr(2*time.Second, "getactivewindow"); err == nil && strings.TrimSpace(out) == s.wid {
		return
	}
	s.xdo("windowactivate", "--sync", s.wid)
}

// xdo runs xdotool on the session's display and fails the test on error.
func (s *session) xdo(args ...string) string {
	s.t.Helper()
	out, err := s.xdoErr(stepTimeout, args...)
	if err != nil {
		s.t.Fatalf("xdotool %s: %v", strings.Join(args, " "), err)
	}
	return out
}

func (s *session) xdoErr(timeout time.Duration, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "xdotool", args...)
	cmd.Env = s.env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return string(out), fmt.Errorf("%v %s", err, strings.TrimSpace(stderr.String()))
	}
	return string(out), nil
}

// key presses each key (xdotool names: "ctrl+i", "Return", "Escape", "v")
// in the app's window, one after another.
func (s *session) key(keys ...string) {
	s.t.Helper()
	s.alive()
	s.activate()
	s.xdo(append([]string{"key", "--clearmodifiers", "--delay", "80"}, keys...)...)
}

// typeText types text into the app's window.
func (s *session) typeText(text string) {
	s.t.Helper()
	s.alive()
	s.activate()
	s.xdo("type", "--clearmodifiers", "--delay", "40", "--", text)
}

// replaceText selects everything in the focused field and types text over
// it.
func (s *session) replaceText(text string) {
	s.t.Helper()
	s.key("ctrl+a")
	s.typeText(text)
}

// click clicks the left button at x, y in the app's window. (Not
// mousemove --sync: it waits for a move, and there is none when the
// pointer is there already.)
func (s *session) click(x, y int) {
	s.t.Helper()
	s.alive()
	s.activate()
	s.xdo("mousemove", "--window", s.wid, strconv.Itoa(x), strconv.Itoa(y), "sleep", "0.05", "click", "1")
}

// pixel is the colour at x, y in the app's window.
func (s *session) pixel(x, y int) string {
	s.t.Helper()
	out, err := exec.Command("import", "-display", s.display, "-window", s.wid,
		"-crop", fmt.Sprintf("1x1+%d+%d", x, y), "-depth", "8", "txt:-").Output()
	if err != nil {
		s.t.Fatalf("import the pixel at %d,%d: %v", x, y, err)
	}
	return strings.TrimSpace(string(out))
}

// listRowY is how far down the app's 1280x800 window the middle of the
// list's row i (from 0) is: the first row starts 193 pixels down, and
// each is 58 high.
func listRowY(i int) int { return 193 + 58*i + 29 }

// resizeWindow asks for the app's window to be w by h pixels and waits
// until it is, asking again while it is not: a request sent before the
// window manager has placed the window, as on a busy machine, is undone
// by its placement.
func (s *session) resizeWindow(w, h int) {
	s.t.Helper()
	size := fmt.Sprintf("%dx%d", w, h)
	s.poll("the window to take the size "+size, stepTimeout, func() bool {
		if s.windowSize() == size {
			return true
		}
		s.xdo("windowsize", s.wid, strconv.Itoa(w), strconv.Itoa(h))
		return false
	})
}

// windowSize is the size of the app's window, "WxH".
func (s *session) windowSize() string {
	s.t.Helper()
	out := s.xdo("getwindowgeometry", s.wid)
	m := regexp.MustCompile(`Geometry: (\d+x\d+)`).FindStringSubmatch(out)
	if m == nil {
		s.t.Fatalf("xdotool getwindowgeometry: %q", out)
	}
	return m[1]
}

// waitLog waits for a line of the app's output after mark matching re and
// returns its submatches.
func (s *session) waitLog(mark int, re *regexp.Regexp, timeout time.Duration) []string {
	s.t.Helper()
	var m []string
	s.poll(fmt.Sprintf("the app to print a line matching %q", re), timeout, func() bool {
		m = findLine(s.app.log.String()[mark:], re)
		return m != nil
	})
	return m
}

// findLine returns the submatches of the first line of out matching re.
func findLine(out string, re *regexp.Regexp) []string {
	for _, line := range strings.Split(out, "\n") {
		if m := re.FindStringSubmatch(line); m != nil {
			return m
		}
	}
	return nil
}

// The lines of the app's output contract.
var (
	reListed = regexp.MustCompile(`^factcheck: listed (\d+) claims from (.+)$`)
	reStatus = regexp.MustCompile(`^factcheck: status: (.*)$`)
)

func reDialog(title string) *regexp.Regexp {
	return regexp.MustCompile(`^factcheck: dialog: ` + regexp.QuoteMeta(title) + `$`)
}

func reDialogClosed(title string) *regexp.Regexp {
	return regexp.MustCompile(`^factcheck: dialog closed: ` + regexp.QuoteMeta(title) + `$`)
}

// waitDialog waits for the dialog title to open after mark.
func (s *session) waitDialog(mark int, title string) {
	s.t.Helper()
	s.waitLog(mark, reDialog(title), stepTimeout)
}

// waitClosed waits for the dialog title to close after mark.
func (s *session) waitClosed(mark int, title string) {
	s.t.Helper()
	s.waitLog(mark, reDialogClosed(title), stepTimeout)
}

// waitDialogBut waits for a dialog other than those titled but to open
// after mark and returns its title.
func (s *session) waitDialogBut(mark int, but ...string) string {
	s.t.Helper()
	var other []string
	s.poll(fmt.Sprintf("a dialog other than %q to open", but), stepTimeout, func() bool {
		other = otherDialogs(s.app.log.String()[mark:], but...)
		return len(other) > 0
	})
	return other[0]
}

// otherDialogs lists the dialogs opened in out other than titles.
func otherDialogs(out string, titles ...string) []string {
	var other []string
	re := regexp.MustCompile(`^factcheck: dialog: (.+)$`)
	for _, line := range strings.Split(out, "\n") {
		if m := re.FindStringSubmatch(line); m != nil && !slices.Contains(titles, m[1]) {
			other = append(other, m[1])
		}
	}
	return other
}

// stillOpen lists the dialogs that out opens and does not close, the top
// one last.
func stillOpen(out string) []string {
	var open []string
	for _, line := range strings.Split(out, "\n") {
		if t, ok := strings.CutPrefix(line, "factcheck: dialog closed: "); ok {
			if i := slices.Index(open, t); i >= 0 {
				open = slices.Delete(open, i, i+1)
			}
		} else if t, ok := strings.CutPrefix(line, "factcheck: dialog: "); ok {
			open = append(open, t)
		}
	}
	return open
}

// waitListed waits for the app to list path's claims after mark and
// returns how many it listed.
func (s *session) waitListed(mark int, path string, timeout time.Duration) int {
	s.t.Helper()
	var n int
	s.poll(fmt.Sprintf("the app to list the claims of %s", path), timeout, func() bool {
		for _, line := range strings.Split(s.app.log.String()[mark:], "\n") {
			if m := reListed.FindStringSubmatch(line); m != nil && samePath(m[2], path) {
				n, _ = strconv.Atoi(m[1])
				return true
			}
		}
		return false
	})
	return n
}

// samePath reports whether the app's path names the file path.
func samePath(got, path string) bool {
	got = strings.TrimSpace(got)
	if got == path {
		return true
	}
	a, err1 := os.Stat(got)
	b, err2 := os.Stat(path)
	return err1 == nil && err2 == nil && os.SameFile(a, b)
}

// barrier returns once the app has handled every key sent before it: it
// opens the command palette and closes it again with Escape.
func (s *session) barrier() {
	s.t.Helper()
	m := s.mark()
	s.key("ctrl+shift+p")
	s.waitDialog(m, "Commands")
	s.key("Escape")
	s.waitClosed(m, "Commands")
}

// runCommand runs the palette's top hit for query, which opens the dialog
// title.
func (s *session) runCommand(query, title string) {
	s.t.Helper()
	m := s.mark()
	s.key("ctrl+shift+p")
	s.waitDialog(m, "Commands")
	s.typeText(query)
	s.key("Return")
	s.waitDialog(m, title)
}

// runAction runs the palette's top hit for query and waits for the
// palette to close.
func (s *session) runAction(query string) {
	s.t.Helper()
	m := s.mark()
	s.key("ctrl+shift+p")
	s.waitDialog(m, "Commands")
	s.typeText(query)
	s.key("Return")
	s.waitClosed(m, "Commands")
}

// lastStatus is the app's latest status-bar message.
func (s *session) lastStatus() string {
	last := ""
	for _, line := range strings.Split(s.app.log.String(), "\n") {
		if m := reStatus.FindStringSubmatch(line); m != nil {
			last = m[1]
		}
	}
	return last
}

// checkDrawn takes a screenshot and checks that it shows a drawn window
// (many colours), as scripts/smoke did.
func (s *session) checkDrawn() {
	s.t.Helper()
	s.screenshot()
	out, err := exec.Command("identify", "-format", "%k", s.shot).Output()
	if err != nil {
		s.t.Fatalf("identify %s: %v", s.shot, err)
	}
	if n, _ := strconv.Atoi(strings.TrimSpace(string(out))); n < 100 {
		s.t.Fatalf("the screenshot %s has %d colours: the window was not drawn", s.shot, n)
	}
}

// client starts another X client on the session's display, ended with
// the display, and returns its output as it comes.
func (s *session) client(name string, args ...string) *logBuf {
	s.t.Helper()
	out := &logBuf{}
	c := exec.Command(name, args...)
	c.Env = s.env
	c.Dir = s.dir
	c.SysProcAttr = orphanless()
	c.Stdout = out
	c.Stderr = out
	if err := c.Start(); err != nil {
		s.t.Fatalf("start %s: %v", name, err)
	}
	s.clients = append(s.clients, c)
	return out
}

// setClipboard puts text on the display's clipboard, as a program the
// checker copies from does: xclip holds it until another client takes
// the clipboard.
func (s *session) setClipboard(text string) {
	s.t.Helper()
	c := exec.Command("xclip", "-quiet", "-selection", "clipboard", "-target", "UTF8_STRING")
	c.Env = s.env
	c.SysProcAttr = orphanless()
	c.Stdin = strings.NewReader(text)
	if err := c.Start(); err != nil {
		s.t.Fatalf("xclip: %v", err)
	}
	s.clients = append(s.clients, c)
	s.poll("the clipboard to hold the text", stepTimeout, func() bool {
		cmd := exec.Command("xclip", "-o", "-selection", "clipboard", "-target", "UTF8_STRING")
		cmd.Env = s.env
		out, err := cmd.Output()
		return err == nil && string(out) == text
	})
}

// A screen area, in pixels from the display's top left corner.
type area struct{ x, y, w, h int }

// The areas of the app's 1280x800 window that the scenarios read.
var (
	// screenList is the list of claims, below its search and filters.
	screenList = area{0, 200, 470, 560}
	// screenSearch is the list with its search field and filters.
	screenSearch = area{0, 40, 470, 720}
	// screenTop is the top of the window, under its menu: the import's
	// summary.
	screenTop = area{0, 40, 1280, 70}
	// screenPathDialog is the middle of the window, where a path dialog
	// opens (640 pixels wide).
	screenPathDialog = area{320, 250, 640, 320}
	// screenProblem is where a dialog that says what went wrong or what
	// was done opens (520 pixels wide, in the middle, as high as it needs).
	screenProblem = area{360, 20, 560, 780}
	// screenListTop is the top of the list of claims: a search's hits.
	screenListTop = area{0, 200, 470, 300}
	// screenClaim is the claim panel, the selected claim in its
	// sentence and the head of its article (its title), which tesseract
	// reads surer than the list's highlighted row.
	screenClaim = area{465, 90, 430, 320}
	// screenVerdict is the side panel's verdict: the badge, who ruled,
	// and what a superseded claim is superseded by.
	screenVerdict = area{905, 50, 375, 150}
	// screenSide is the side panel under its verdict buttons and fields:
	// the suggestion, the claims about the same thing and the history.
	screenSide = area{905, 300, 375, 460}
	// screenSameFact is the side panel's list of the claims about the
	// same thing, below the suggestion.
	screenSameFact = area{905, 440, 375, 320}
	// screenStatus is the status bar: counts, the last message, the
	// checker and the database.
	screenStatus = area{0, 760, 1280, 40}
)

// readScreen returns the text shown in a of the display, read by
// tesseract (not waiting for the display to stop changing: a text
// cursor blinks), in grey, at twice the size, a dark theme's greys
// stretched (its faint text, such as a path dialog's description, is
// barely lighter than the background) and inverted, for tesseract reads
// dark on light. The text is as words returns it.
func (s *session) readScreen(a area) string {
	s.t.Helper()
	return s.readScreenAt(a, 2)
}

// readScreenAt is readScreen with the area scaled up zoom times.
func (s *session) readScreenAt(a area, zoom float64) string {
	s.t.Helper()
	shot, err := s.grab()
	if err != nil {
		s.t.Fatalf("screenshot: %v", err)
	}
	text, err := s.ocr(shot, a, zoom, "txt")
	if err != nil {
		s.t.Fatal(err)
	}
	return words(string(text))
}

// ocr reads the area a of the screenshot shot, scaled up zoom times, with
// tesseract, as readScreen says, in its output format out ("txt", "tsv").
func (s *session) ocr(shot []byte, a area, zoom float64, out string) ([]byte, error) {
	crop := fmt.Sprintf("%dx%d+%d+%d", a.w, a.h, a.x, a.y)
	args := []string{"png:-", "-crop", crop, "+repage", "-colorspace", "Gray"}
	if dark(shot) {
		args = append(args, "-level", "10%,30%", "-negate")
	}
	gray, err := pipe(shot, s.env, "convert", append(args, "-resize", fmt.Sprintf("%.0f%%", 100*zoom), "png:-")...)
	if err != nil {
		return nil, err
	}
	// One thread: on a busy machine tesseract's threads only wait on
	// each other.
	return pipe(gray, append(slices.Clip(s.env), "OMP_THREAD_LIMIT=1"), "tesseract", "stdin", "stdout", out)
}

// words is text in lower case with its punctuation dropped and each run
// of spaces and punctuation made one space: what is compared of the text
// tesseract reads, which is surer of letters and digits than of the
// marks between them. A point or comma between digits is kept.
func words(text string) string {
	var b strings.Builder
	space := false
	rs := []rune(strings.ToLower(text))
	for i, r := range rs {
		digits := i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || digits && (r == '.' || r == ',') {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
		} else {
			space = true
		}
	}
	return b.String()
}

// waitScreen reads a of the display until it shows every one of phrases
// (compared as words), and returns what it read. It reads at different
// sizes in turn: tesseract may misread a word at one size every time.
func (s *session) waitScreen(a area, phrases ...string) string {
	s.t.Helper()
	var text string
	deadline := time.Now().Add(stepTimeout)
	for i := 0; ; i++ {
		text = s.readScreenAt(a, []float64{2, 2.5, 3}[i%3])
		if !slices.ContainsFunc(phrases, func(p string) bool { return !strings.Contains(text, words(p)) }) {
			return text
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("the screen does not show %q in %v; it reads:\n%s", phrases, stepTimeout, text)
		}
	}
}

// dark reports whether the PNG image is mostly dark, by its pixels'
// mean brightness.
func dark(data []byte) bool {
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return false
	}
	b := img.Bounds()
	var sum, n uint64
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			r, g, bl, _ := img.At(x, y).RGBA()
			sum += uint64(r+g+bl) / 3
			n++
		}
	}
	return n > 0 && sum/n < 0x8000
}

// pipe runs the program name with args and env, in on its standard
// input, and returns its output.
func pipe(in []byte, env []string, name string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c := exec.CommandContext(ctx, name, args...)
	c.Env = env
	c.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	c.Stderr = &stderr
	out, err := c.Output()
	if err != nil {
		return nil, fmt.Errorf("%s: %v: %s", name, err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// geometry is where the X window wid is on the display, and its size.
// (xdotool counts the frame openbox gives the window twice in where it
// is: pointAt says where a point of a window is.)
func (s *session) geometry(wid string) (x, y, w, h int) {
	s.t.Helper()
	out := s.xdo("getwindowgeometry", wid)
	m := regexp.MustCompile(`Position: (\d+),(\d+)[^\n]*\n\s*Geometry: (\d+)x(\d+)`).FindStringSubmatch(out)
	if m == nil {
		s.t.Fatalf("xdotool getwindowgeometry %s: %q", wid, out)
	}
	n := make([]int, 4)
	for i := range n {
		n[i], _ = strconv.Atoi(m[i+1])
	}
	return n[0], n[1], n[2], n[3]
}

// pointAt moves the pointer to x, y in the X window wid and returns where
// that is on the display.
func (s *session) pointAt(wid string, x, y int) [2]int {
	s.t.Helper()
	out := s.xdo("mousemove", "--window", wid, strconv.Itoa(x), strconv.Itoa(y), "sleep", "0.05", "getmouselocation", "--shell")
	m := regexp.MustCompile(`X=(\d+)\nY=(\d+)`).FindStringSubmatch(out)
	if m == nil {
		s.t.Fatalf("xdotool getmouselocation: %q", out)
	}
	px, _ := strconv.Atoi(m[1])
	py, _ := strconv.Atoi(m[2])
	return [2]int{px, py}
}

// clickText clicks the middle of the first word of the display's area a
// that starts with word (as tesseract reads it; compared as words),
// reading the display until it shows one.
func (s *session) clickText(a area, word string) {
	s.t.Helper()
	x, y := s.findText(a, word)
	s.alive()
	s.xdo("mousemove", strconv.Itoa(x), strconv.Itoa(y), "sleep", "0.1", "click", "1")
}

// findText returns where on the display the middle of the first word of
// area a that starts with word is (as tesseract reads it; compared as
// words), reading the display until it shows one.
func (s *session) findText(a area, word string) (x, y int) {
	s.t.Helper()
	var read []string
	for deadline := time.Now().Add(stepTimeout); time.Now().Before(deadline); {
		shot, err := s.grab()
		if err != nil {
			s.t.Fatalf("screenshot: %v", err)
		}
		tsv, err := s.ocr(shot, a, 2, "tsv")
		if err != nil {
			s.t.Fatal(err)
		}
		// The columns: level, page, block, paragraph, line, word, left,
		// top, width, height, confidence, text; positions in the image
		// read, twice the size of the area.
		read = read[:0]
		for _, line := range strings.Split(string(tsv), "\n") {
			f := strings.Split(line, "\t")
			if len(f) != 12 || f[11] == "" {
				continue
			}
			read = append(read, f[11])
			if !strings.HasPrefix(words(f[11]), words(word)) {
				continue
			}
			n := make([]int, 4)
			for i := range n {
				n[i], _ = strconv.Atoi(f[6+i])
			}
			return a.x + (n[0]+n[2]/2)/2, a.y + (n[1]+n[3]/2)/2
		}
	}
	s.t.Fatalf("no %q on the screen in %v; it reads %q", word, stepTimeout, read)
	return 0, 0
}
