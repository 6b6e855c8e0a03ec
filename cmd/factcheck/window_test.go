package main

// The real-window tests: each TestWindow… scenario starts the built app in
// a real window on a fresh Xvfb display with openbox as its window
// manager, drives it only through the X server with xdotool (keys, typing,
// clicks), waits for what the app says on stderr, checks the result in the
// database through the claims CLI, and leaves a screenshot of its end
// state in bin/window/SCENARIO.png at the root of the repository, with
// the app's output beside it in SCENARIO.log.
//
// The app's stderr lines the tests wait for:
//
//	factcheck: listed N claims from PATH   each time a database's claims are all listed
//	factcheck: status: TEXT                each status-bar message
//	factcheck: dialog: TITLE               a dialog opens
//	factcheck: dialog closed: TITLE        it closes
//	factcheck: summary: TEXT               an import's summary, shown above the claims
//
// What the app shows and does not say there, the scenarios read off the
// screen with tesseract (readScreen, clickText).
//
// Run them alone with
//
//	go test -tags migrated_fynedo -run Window ./cmd/factcheck
//
// They need Xvfb, openbox, xdotool, ImageMagick, xclip, tesseract and
// Python's GTK 3 bindings (scripts/deps --real-window) and fail, never
// skip, without them.

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// What TestMain prepares for every scenario.
var (
	root      string // the module's root directory
	appBin    string // the desktop app, built with -tags migrated_fynedo
	claimsBin string // the claims CLI
	setupErr  error  // why the scenarios cannot run
)

// The programs the scenarios drive the app with.
var windowTools = []string{"Xvfb", "openbox", "xdotool", "import", "identify", "convert", "xclip", "tesseract"}

func TestMain(m *testing.M) {
	tmp, err := os.MkdirTemp("", "factcheck-window-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	setupErr = setup(tmp)
	code := m.Run()
	os.RemoveAll(tmp)
	os.Exit(code)
}

// setup finds the module root, checks the tools and builds the app and
// the CLI into dir.
func setup(dir string) error {
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	for root = wd; ; root = filepath.Dir(root) {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			break
		}
		if filepath.Dir(root) == root {
			return fmt.Errorf("no go.mod above %s", wd)
		}
	}
	var missing []string
	for _, tool := range windowTools {
		if _, err := exec.LookPath(tool); err != nil {
			missing = append(missing, tool)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("the real-window tests need %s, not found: run scripts/deps --real-window (Debian packages xvfb, openbox, xdotool, imagemagick, xclip, tesseract-ocr)",
			strings.Join(missing, ", "))
	}
	appBin = filepath.Join(dir, "factcheck")
	claimsBin = filepath.Join(dir, "claims")
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, b := range []struct{ out, pkg string }{{appBin, "./cmd/factcheck"}, {claimsBin, "./cmd/claims"}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command("go", "build", "-tags", "migrated_fynedo", "-o", b.out, b.pkg)
			cmd.Dir = root
			if out, err := cmd.CombinedOutput(); err != nil {
				errs[i] = fmt.Errorf("go build %s: %v\n%s", b.pkg, err, out)
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// Timeouts of the waits. Everything the app does in the scenarios takes
// well under a second on an idle machine; the margins are for a loaded one.
const (
	startTimeout  = 30 * time.Second // a display, its window manager, the app's window and its first listing
	stepTimeout   = 15 * time.Second // a dialog to open or close, a ruling to reach the database
	importTimeout = 90 * time.Second
)

// A session is one scenario's display, window manager and app.
type session struct {
	t       *testing.T
	name    string // the scenario: its screenshot is bin/window/NAME.png
	dir     string // the scenario's files: home, databases, articles
	db      string // the database the app was started on
	display string // ":N"
	env     []string
	xvfb    *exec.Cmd
	wm      *exec.Cmd
	clients []*exec.Cmd // other X clients the scenario started (client)
	app     *proc
	wid     string // the app's X window
	shot    string // the screenshot's path
	kept    bool   // the screenshot is taken: the end state is not worth one
}

// A proc is one run of the desktop app.
type proc struct {
	cmd  *exec.Cmd
	log  *logBuf
	done chan struct{} // closed when it has exited
	err  error         // its exit, once done is closed
}

// A logBuf collects the app's output, safe for concurrent use.
type logBuf struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// newSession starts a display with openbox on it for the scenario name.
// The display, the window manager and any app started are ended, and the
// screenshot taken, when the test ends; on failure the app's log is
// printed.
func newSession(t *testing.T, name string) *session {
	t.Helper()
	if setupErr != nil {
		t.Fatal(setupErr)
	}
	s := &session{t: t, name: name, dir: t.TempDir()}
	s.db = filepath.Join(s.dir, "review.db")
	home := filepath.Join(s.dir, "home")
	for _, d := range []string{".config", ".cache", ".local/share", "run"} {
		if err := os.MkdirAll(filepath.Join(home, d), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	shots := filepath.Join(root, "bin", "window")
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	s.shot = filepath.Join(shots, name+".png")
	os.Remove(s.shot)
	if old, err := filepath.Glob(filepath.Join(shots, name+"-*.png")); err == nil {
		for _, f := range old {
			os.Remove(f)
		}
	}
	t.Cleanup(s.close)

	s.startXvfb()
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "DISPLAY", "WAYLAND_DISPLAY", "HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME",
			"XDG_RUNTIME_DIR", "XAUTHORITY", "DBUS_SESSION_BUS_ADDRESS":
			continue
		}
		s.env = append(s.env, kv)
	}
	s.env = append(s.env, "DISPLAY="+s.display, "HOME="+home,
		"XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"XDG_CACHE_HOME="+filepath.Join(home, ".cache"),
		"XDG_DATA_HOME="+filepath.Join(home, ".local/share"),
		"XDG_RUNTIME_DIR="+filepath.Join(home, "run"))

	s.wm = exec.Command("openbox", "--sm-disable")
	s.wm.Env = s.env
	s.wm.SysProcAttr = orphanless()
	s.wm.Dir = s.dir
	if err := s.wm.Start(); err != nil {
		t.Fatalf("openbox: %v", err)
	}
	// openbox manages the display once it has set the EWMH desktop count.
	s.poll("openbox to manage the display", startTimeout, func() bool {
		_, err := s.xdoErr(2*time.Second, "get_num_desktops")
		return err == nil
	})
	return s
}

// startXvfb starts a 1280x800x24 Xvfb on a free display.
func (s *session) startXvfb() {
	t := s.t
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	s.xvfb = exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset")
	s.xvfb.ExtraFiles = []*os.File{w}
	s.xvfb.SysProcAttr = orphanless()
	var out logBuf
	s.xvfb.Stderr = &out
	if err := s.xvfb.Start(); err != nil {
		w.Close()
		t.Fatalf("Xvfb: %v", err)
	}
	w.Close()
	got := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		got <- strings.TrimSpace(line)
	}()
	select {
	case n := <-got:
		if n == "" {
			t.Fatalf("Xvfb did not start:\n%s", out.String())
		}
		s.display = ":" + n
	case <-time.After(startTimeout):
		t.Fatalf("Xvfb did not say its display within %v:\n%s", startTimeout, out.String())
	}
}

// close takes the screenshot, keeps the app's output beside it
// (bin/window/NAME.log), prints it on failure, and ends the app, openbox
// and Xvfb.
func (s *session) close() {
	if s.display != "" && (!s.kept || s.t.Failed()) {
		s.screenshot()
	}
	if s.app != nil {
		os.WriteFile(strings.TrimSuffix(s.shot, ".png")+".log", []byte(s.app.log.String()), 0o644)
	}
	if s.t.Failed() && s.app != nil {
		s.t.Logf("the app's output:\n%s", excerpt(s.app.log.String()))
	}
	if s.app != nil {
		s.app.stop()
	}
	for _, c := range append(slices.Clone(s.clients), s.wm, s.xvfb) {
		if c != nil && c.Process != nil {
			c.Process.Signal(syscall.SIGTERM)
			waitOrKill(c, 5*time.Second)
		}
	}
}

// waitOrKill waits for c to exit, killing it after d.
func waitOrKill(c *exec.Cmd, d time.Duration) {
	done := make(chan struct{})
	go func() { c.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(d):
		c.Process.Kill()
		<-done
	}
}

// excerpt is what a failure shows of the app's output: from a little
// before a panic or a goroutine dump (SIGQUIT) when there is one, else
// its end.
func excerpt(out string) string {
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "panic:") || strings.HasPrefix(l, "fatal error:") || strings.HasPrefix(l, "SIGQUIT:") {
			from, to := max(0, i-20), min(len(lines), i+300)
			return strings.Join(lines[from:to], "\n")
		}
	}
	return tail(out, 80)
}

// tail returns the last n lines of s.
func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = append([]string{fmt.Sprintf("[… %d lines]", len(lines)-n)}, lines[len(lines)-n:]...)
	}
	return strings.Join(lines, "\n")
}

// screenshot saves the whole display to bin/window/NAME.png, once it has
// stopped changing (the app draws a moment after it has said what it
// did, later on a loaded machine), or after 3 s.
func (s *session) screenshot() {
	s.saveShot(s.shot)
}

// shotAs saves the display, once it has stopped changing, to
// bin/window/NAME-part.png: a scenario's moment worth seeing besides its
// end.
func (s *session) shotAs(part string) {
	s.saveShot(strings.TrimSuffix(s.shot, ".png") + "-" + part + ".png")
}

// saveShot saves the display to path.
func (s *session) saveShot(path string) {
	png, err := s.stillGrab()
	if err != nil {
		s.t.Errorf("screenshot %s: %v", path, err)
		return
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		s.t.Errorf("screenshot: %v", err)
		return
	}
	s.t.Logf("screenshot: %s", path)
}

// stillGrab returns the display as a PNG image once it has stopped
// changing but for a blinking text cursor, or after 3 s.
func (s *session) stillGrab() ([]byte, error) {
	var last []byte
	for deadline := time.Now().Add(3 * time.Second); ; {
		png, err := s.grab()
		if err != nil {
			return nil, err
		}
		if last != nil && changed(png, last) < stillPixels || time.Now().After(deadline) {
			return png, nil
		}
		last = png
		time.Sleep(150 * time.Millisecond)
	}
}

// stillPixels is how many pixels may change between two screenshots of
// a display that is still: a text cursor, 2 by 20 pixels, blinks.
const stillPixels = 100

// changed counts the pixels that differ between two PNG images of the
// same size; every pixel when they cannot be compared.
func changed(a, b []byte) int {
	if bytes.Equal(a, b) {
		return 0
	}
	ia, err1 := png.Decode(bytes.NewReader(a))
	ib, err2 := png.Decode(bytes.NewReader(b))
	if err1 != nil || err2 != nil || ia.Bounds() != ib.Bounds() {
		return math.MaxInt
	}
	n := 0
	r := ia.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if ia.At(x, y) != ib.At(x, y) {
				n++
			}
		}
	}
	return n
}

// grab returns the display as a PNG image.
func (s *session) grab() ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "import", "-display", s.display, "-window", "root", "png:-")
	cmd.Env = s.env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%v: %s", err, stderr.String())
	}
	return out, nil
}

// start starts the app with args after --db s.db and waits until its
// window is shown and active.
func (s *session) start(args ...string) *proc {
	s.t.Helper()
	a := s.startApp(append([]string{"--db", s.db}, args...)...)
	s.findWindow()
	return a
}

// startApp starts the app with args, its output collected and copied to
// app.log in the scenario's directory.
func (s *session) startApp(args ...string) *proc {
	s.t.Helper()
	a := &proc{log: &logBuf{}, done: make(chan struct{})}
	a.cmd = exec.Command(appBin, args...)
	a.cmd.Env = s.env
	a.cmd.SysProcAttr = orphanless()
	a.cmd.Dir = s.dir
	a.cmd.Stdout = a.log
	a.cmd.Stderr = a.log
	if err := a.cmd.Start(); err != nil {
		s.t.Fatalf("start the app: %v", err)
	}
	go func() {
		a.err = a.cmd.Wait()
		os.WriteFile(filepath.Join(s.dir, "app.log"), []byte(a.log.String()), 0o644)
		close(a.done)
	}()
	s.app = a
	return a
}

// exited reports whether the app has ended.
func (a *proc) exited() bool {
	select {
	case <-a.done:
		return true
	default:
		return false
	}
}

// stop ends the app if it still runs.
func (a *proc) stop() {
	if a.exited() {
		return
	}
	a.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-a.done:
	case <-time.After(3 * time.Second):
		a.cmd.Process.Kill()
		<-a.done
	}
}

// alive fails the test when the app has exited.
func (s *session) alive() {
	s.t.Helper()
	if s.app != nil && s.app.exited() {
		s.t.Fatalf("the app has exited: %v", s.app.err)
	}
}

// mark returns the length of the app's log, for waits on what it prints
// after now.
func (s *session) mark() int { return len(s.app.log.String()) }

// poll calls ok every 50 ms until it returns true, failing the test after
// timeout or when the app exits.
func (s *session) poll(what string, timeout time.Duration, ok func() bool) {
	s.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		if ok() {
			return
		}
		if s.app != nil && s.app.exited() {
			if ok() {
				return
			}
			s.t.Fatalf("waiting for %s: the app exited: %v", what, s.app.err)
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("waiting for %s: nothing after %v", what, timeout)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
