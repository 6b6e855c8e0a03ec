package db

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// The fault tests run this test binary again as a child process (see
// child) that works on a database until the test kills it or it is done.
const (
	envChild = "FACTCHECK_DB_CHILD" // what the child does
	envPath  = "FACTCHECK_DB_PATH"  // the database
	envArg   = "FACTCHECK_DB_ARG"   // a directory to import, or a checker's name
)

func TestMain(m *testing.M) {
	if mode := os.Getenv(envChild); mode != "" {
		if err := child(mode, os.Getenv(envPath), os.Getenv(envArg)); err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// child does one of the fault tests' jobs, printing a line for each step
// committed.
func child(mode, path, arg string) error {
	ctx := context.Background()
	s, err := OpenOptions(path, Options{BusyTimeout: 20 * time.Second, Create: mode == "import"})
	if err != nil {
		return err
	}
	defer s.Close()
	switch mode {
	case "import": // import arg, printing progress
		_, err := ingest.Import(ctx, s, []string{arg}, ingest.Options{Progress: func(p ingest.Progress) { fmt.Println(p.Done) }})
		return err
	case "rule": // rule on every claim in turn as checker arg, printing each event's ID once committed
		claims, err := s.Claims(ctx)
		if err != nil {
			return err
		}
		n, _ := strconv.Atoi(os.Getenv("FACTCHECK_DB_N"))
		for i := 0; n == 0 || i < n; i++ {
			c := claims[i%len(claims)]
			v := factcheck.Verdicts[i%2]
			e, err := s.Rule(ctx, factcheck.Ruling{Claim: c.ID, Verdict: v, Checker: arg, Note: fmt.Sprint(i)})
			if err != nil {
				return err
			}
			fmt.Println(e.ID)
		}
		return nil
	case "desk": // rule FACTCHECK_DB_N times as checker arg, printing each ruling's latency in µs once committed
		claims, err := s.Claims(ctx)
		if err != nil {
			return err
		}
		n, _ := strconv.Atoi(os.Getenv("FACTCHECK_DB_N"))
		for i := range n {
			r := factcheck.Ruling{Claim: claims[(len(arg)*7+i*3)%len(claims)].ID, Verdict: factcheck.Verdicts[i%2],
				Checker: arg, Note: fmt.Sprint(i)}
			start := time.Now()
			if _, err := s.Rule(ctx, r); err != nil {
				return err
			}
			fmt.Println(time.Since(start).Microseconds())
		}
		return nil
	case "hold": // hold a write transaction open
		tx, err := s.db.Begin()
		if err != nil {
			return err
		}
		if _, err := tx.Exec("INSERT INTO meta (key, value) VALUES ('held', '1')"); err != nil {
			return err
		}
		fmt.Println("locked")
		time.Sleep(time.Minute)
		return tx.Rollback()
	case "exclusive": // lock the file against readers too
		conn, err := s.db.Conn(ctx)
		if err != nil {
			return err
		}
		if _, err := conn.ExecContext(ctx, "PRAGMA locking_mode = EXCLUSIVE"); err != nil {
			return err
		}
		if _, err := conn.ExecContext(ctx, "INSERT OR REPLACE INTO meta (key, value) VALUES ('held', '1')"); err != nil {
			return err
		}
		fmt.Println("locked")
		time.Sleep(time.Minute)
		return conn.Close()
	}
	return fmt.Errorf("unknown mode %q", mode)
}

// A childProc is a running child and its output, a line at a time.
type childProc struct {
	cmd   *exec.Cmd
	lines chan string
}

func startChild(t *testing.T, mode, path, arg string, env ...string) *childProc {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envChild+"="+mode, envPath+"="+path, envArg+"="+arg)
	cmd.Env = append(cmd.Env, env...)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &childProc{cmd: cmd, lines: make(chan string, 1024)}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			p.lines <- sc.Text()
		}
		close(p.lines)
	}()
	t.Cleanup(func() { p.kill() })
	return p
}

// next returns the child's next line, failing the test if it ends first
// or takes too long.
func (p *childProc) next(t *testing.T) string {
	t.Helper()
	select {
	case l, ok := <-p.lines:
		if !ok {
			t.Fatalf("child ended early: %v", p.cmd.Wait())
		}
		if strings.HasPrefix(l, "error:") {
			t.Fatalf("child: %s", l)
		}
		return l
	case <-time.After(time.Minute):
		t.Fatal("child silent for a minute")
	}
	return ""
}

// kill kills the child with SIGKILL.
func (p *childProc) kill() {
	p.cmd.Process.Kill()
	p.cmd.Wait()
}

// makeArticles writes n distinct articles into dir, made from the seeds.
func makeArticles(t testing.TB, dir string, n int) {
	t.Helper()
	seeds, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	for i := range n {
		b, err := os.ReadFile(seeds[i%len(seeds)])
		if err != nil {
			t.Fatal(err)
		}
		b = append(b, "\nCopy "+copyTag(i)+".\n"...)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%06d.txt", i)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// copyTag spells i in letters, so that it adds no claim to a copy.
func copyTag(i int) string {
	var b []byte
	for {
		b = append(b, byte('a'+i%26))
		i /= 26
		if i == 0 {
			return string(b)
		}
	}
}

func checkIntegrity(t *testing.T, s *Store) {
	t.Helper()
	if s.d == postgresDialect {
		return // the server keeps its files and foreign keys whole
	}
	var res string
	if err := s.db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Errorf("integrity_check: %q, %v", res, err)
	}
	var bad int
	if err := s.db.QueryRow("SELECT count(*) FROM pragma_foreign_key_check").Scan(&bad); err != nil || bad != 0 {
		t.Errorf("foreign_key_check: %d, %v", bad, err)
	}
}

// TestKillDuringImport kills an import (SIGKILL) part way: the database
// holds whole articles only, and importing again completes it.
func TestKillDuringImport(t *testing.T) {
	dir := t.TempDir()
	const n = 3000
	makeArticles(t, dir, n)
	path := newTarget(t)
	for _, at := range []int{700, 1900} {
		p := startChild(t, "import", path, dir)
		for {
			l := p.next(t)
			if d, _ := strconv.Atoi(l); d >= at {
				break
			}
		}
		p.kill()
	}
	s, err := Open(path)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer s.Close()
	checkIntegrity(t, s)
	arts, _ := s.Articles(context.Background())
	if len(arts) == 0 || len(arts) >= n {
		t.Errorf("%d articles committed before the kills, want some but not all %d", len(arts), n)
	}
	checkWholeArticles(t, s)
	rep, err := ingest.Import(context.Background(), s, []string{dir}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Added)+len(arts) != n || len(rep.Unchanged) != len(arts) {
		t.Errorf("import after the kills: %d added, %d unchanged; had %d of %d", len(rep.Added), len(rep.Unchanged), len(arts), n)
	}
	checkWholeArticles(t, s)
	checkGrouped(t, s)
}

// TestKillDuringRuling kills a checker's process (SIGKILL) while it rules:
// every ruling it reported committed is in the database.
func TestKillDuringRuling(t *testing.T) {
	s, _ := mustSeed(t)
	path := targetOf(s)
	s.Close()
	var committed []int64
	for range 3 {
		p := startChild(t, "rule", path, "ann")
		for range 150 {
			id, err := strconv.ParseInt(p.next(t), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			committed = append(committed, id)
		}
		p.kill()
	}
	s, err := Open(path)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer s.Close()
	checkIntegrity(t, s)
	for _, id := range committed {
		var checker string
		if err := s.db.QueryRow("SELECT checker FROM rulings WHERE id = ?", id).Scan(&checker); err != nil || checker != "ann" {
			t.Errorf("committed event %d: %q, %v", id, checker, err)
		}
	}
	// The log is whole: each event replaces its claim's event before it.
	var broken int
	err = s.db.QueryRow(`SELECT count(*) FROM rulings AS r WHERE r.replaces IS DISTINCT FROM
		(SELECT p.id FROM rulings AS p WHERE p.claim_id = r.claim_id AND p.seq < r.seq ORDER BY p.seq DESC LIMIT 1)`).Scan(&broken)
	if err != nil || broken != 0 {
		t.Errorf("%d events do not replace their claim's previous event (%v)", broken, err)
	}
}

// TestTwoProcessesRule runs two checkers' processes ruling at once: both
// keep every ruling.
func TestTwoProcessesRule(t *testing.T) {
	s, _ := mustSeed(t)
	path := targetOf(s)
	const n = 200
	a := startChild(t, "rule", path, "ann", "FACTCHECK_DB_N="+strconv.Itoa(n))
	b := startChild(t, "rule", path, "bob", "FACTCHECK_DB_N="+strconv.Itoa(n))
	for _, p := range []*childProc{a, b} {
		for range n {
			p.next(t)
		}
		if err := p.cmd.Wait(); err != nil {
			t.Fatalf("child: %v", err)
		}
	}
	for _, who := range []string{"ann", "bob"} {
		var got int
		if err := s.db.QueryRow("SELECT count(*) FROM rulings WHERE checker = ?", who).Scan(&got); err != nil || got != n {
			t.Errorf("%s: %d rulings, want %d (%v)", who, got, n, err)
		}
	}
	checkIntegrity(t, s)
}

// TestLocked works on a database another process holds: an error saying
// it is locked comes after the busy timeout, not a hang.
func TestLocked(t *testing.T) {
	fileOnly(t)
	tests := []struct {
		mode string
		op   func(path string) error
	}{
		{"hold", func(path string) error {
			s, err := OpenOptions(path, Options{BusyTimeout: 300 * time.Millisecond})
			if err != nil {
				return err
			}
			defer s.Close()
			_, err = s.Rule(context.Background(), factcheck.Ruling{Claim: 1, Verdict: factcheck.Verified, Checker: "ann"})
			return err
		}},
		{"exclusive", func(path string) error {
			s, err := OpenOptions(path, Options{BusyTimeout: 300 * time.Millisecond})
			if err == nil {
				s.Close()
			}
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.mode, func(t *testing.T) {
			s, _ := mustSeed(t)
			path := s.Path()
			s.Close()
			p := startChild(t, tt.mode, path, "")
			if l := p.next(t); l != "locked" {
				t.Fatalf("child: %q", l)
			}
			done := make(chan error, 1)
			go func() { done <- tt.op(path) }()
			select {
			case err := <-done:
				if !errors.Is(err, factcheck.ErrLocked) || !strings.Contains(err.Error(), path) {
					t.Errorf("got %v, want factcheck.ErrLocked naming %s", err, path)
				}
			case <-time.After(30 * time.Second):
				t.Fatal("hung on a locked database")
			}
			p.kill()
			// Once the other process is gone, the database is usable and whole.
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if _, err := s.Rule(context.Background(), factcheck.Ruling{Claim: 1, Verdict: factcheck.Verified, Checker: "ann"}); err != nil {
				t.Errorf("rule after the lock went: %v", err)
			}
			checkIntegrity(t, s)
		})
	}
}

// TestDiskFull fills the database up to a size limit (PRAGMA
// max_page_count, giving SQLITE_FULL as a full disk does): the failing
// change says so and every committed ruling is kept.
func TestDiskFull(t *testing.T) {
	fileOnly(t)
	ctx := context.Background()
	s, claims := mustSeed(t)
	s.wdb.SetMaxOpenConns(1) // the limit is per connection: keep one for the writes
	var committed []int64
	rule := func(i int) error {
		e, err := s.Rule(ctx, factcheck.Ruling{Claim: claims[i%len(claims)].ID, Verdict: factcheck.Disputed,
			Checker: "ann", Note: strings.Repeat("long note ", 50)})
		if err == nil {
			committed = append(committed, e.ID)
		}
		return err
	}
	for i := range 20 {
		if err := rule(i); err != nil {
			t.Fatal(err)
		}
	}
	var pages int
	if err := s.db.QueryRow("PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := s.wdb.Exec(fmt.Sprintf("PRAGMA max_page_count = %d", pages+8)); err != nil {
		t.Fatal(err)
	}
	var full error
	for i := 0; i < 10000 && full == nil; i++ {
		full = rule(i)
	}
	if !errors.Is(full, factcheck.ErrFull) || !strings.Contains(full.Error(), s.Path()) {
		t.Fatalf("filling up: %v, want factcheck.ErrFull naming the file", full)
	}
	dir := t.TempDir()
	makeArticles(t, dir, 50)
	if _, err := ingest.Import(ctx, s, []string{dir}, ingest.Options{}); !errors.Is(err, factcheck.ErrFull) {
		t.Errorf("import into a full database: %v, want factcheck.ErrFull", err)
	}
	s.Close()

	var err error
	if s, err = Open(s.Path()); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	checkIntegrity(t, s)
	var n int
	s.db.QueryRow("SELECT count(*) FROM rulings").Scan(&n)
	if n != len(committed) {
		t.Errorf("%d rulings stored, %d committed", n, len(committed))
	}
	for _, id := range committed {
		var one int
		if err := s.db.QueryRow("SELECT 1 FROM rulings WHERE id = ?", id).Scan(&one); err != nil {
			t.Errorf("committed event %d lost: %v", id, err)
		}
	}
	if err := rule(0); err != nil {
		t.Errorf("rule once space is back: %v", err)
	}
}

// checkGrouped checks that grouping ran over every article: none is left
// ungrouped, claims share groups, and no group holds a single claim (a
// claim alone is stored in no group).
func checkGrouped(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	arts, _, err := s.StoryArticles(ctx, ingest.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if !a.Grouped {
			t.Errorf("article %s left ungrouped", a.Name)
		}
	}
	claims, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	size := map[string]int{}
	for _, c := range claims {
		if c.Group != "" {
			size[c.Group]++
		}
	}
	if len(size) == 0 {
		t.Error("no claims share a group")
	}
	for g, n := range size {
		if n == 1 {
			t.Errorf("group %s holds one claim", g)
		}
	}
}

// checkWholeArticles checks that every stored article has all the claims
// the extractor finds in its bytes.
func checkWholeArticles(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	arts, err := s.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	claims, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	stored := map[string]int{}
	for _, c := range claims {
		stored[c.Doc]++
	}
	for _, a := range arts {
		var b []byte
		if err := s.db.QueryRow("SELECT bytes FROM articles WHERE id = ?", a.ID).Scan(&b); err != nil {
			t.Fatal(err)
		}
		x, err := extract.ParseArticle(a.Name, b, "")
		if err != nil {
			t.Fatal(err)
		}
		if stored[a.Name] != len(x.Claims) || a.Claims != len(x.Claims) {
			t.Errorf("%s: %d claims stored, %d extracted", a.Name, stored[a.Name], len(x.Claims))
		}
	}
}
