package ui

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// A fakeStore is a Store held in memory, for the tests of the window that
// need no SQLite: a few articles with their claims (fakeArticles) and an
// append-only log of rulings, undone and redone the way the database
// does it (without its conflict check between checkers). It does not
// import, re-extract or export: the tests of those use the real store.
type fakeStore struct {
	path     string
	readOnly bool // what ReadOnly says

	mu       sync.Mutex
	articles []fakeArticle      // ID i+1 is articles[i]
	claims   []factcheck.Record // in article order
	events   []factcheck.Event  // ID i+1 is events[i]
	undo     map[string][]int64 // by checker: the events an undo undoes, the next last
	redo     map[string][]int64 // by checker: the events a redo applies again, the next last
	assigned map[int64]string   // article ID to the checker it is assigned to
	closed   bool
	// others holds the reviews MergeReview can merge in, by path: the
	// rulings each holds, ruled here by merging.
	others map[string][]factcheck.Ruling
}

// A fakeArticle is an article of a fakeStore, with its claims.
type fakeArticle struct {
	name, published, text string
	title, outlet         string // its metadata, "" for none
	claims                []fakeClaim
}

// A fakeClaim is a claim of a fakeArticle: its text, which the article
// holds once, and what it states.
type fakeClaim struct {
	text    string
	kind    factcheck.Kind
	value   factcheck.Value
	unit    string
	subject string
	group   string
	// supersededBy, when not "", is the text of the claim that a later
	// article states instead, which grouping would suggest.
	supersededBy string
}

// fakeArticles are three articles about one story, with claims in two
// groups that a later figure supersedes, one group of the same figure,
// and claims in no group, of every kind.
var fakeArticles = []fakeArticle{
	{name: "ap-rafah-crossing.txt", published: "2023-11-01", text: "Rafah crossing opens\n\n" +
		"Officials said at least 435 foreign passport holders left Gaza through the Rafah crossing.\n" +
		"Hamas still holds about 240 hostages, Israel says.\n" +
		"The crossing opened on 1 November 2023 for the first time since the war began.\n" +
		"Egypt took in 76 Palestinian patients for treatment.\n",
		claims: []fakeClaim{
			{text: "at least 435 foreign passport holders", kind: factcheck.Count, value: factcheck.Value{Num: 435},
				subject: "foreign passport holders", group: "foreigners", supersededBy: "500 foreign nationals"},
			{text: "about 240 hostages", kind: factcheck.Count, value: factcheck.Value{Num: 240}, subject: "hostages", group: "hostages"},
			{text: "1 November 2023", kind: factcheck.Date, value: factcheck.Value{Date: "2023-11-01"}},
			{text: "76 Palestinian patients", kind: factcheck.Count, value: factcheck.Value{Num: 76}, subject: "Palestinian patients"},
		}},
	{name: "bbc-gaza-toll.txt", published: "2023-11-02", text: "Gaza death toll passes 9,000\n\n" +
		"The health ministry says more than 9,000 people have been killed.\n" +
		"About 35 per cent of buildings in the north are damaged.\n" +
		"Aid agencies asked for $100m in emergency funding.\n" +
		"Trucks brought 43.5 tonnes of flour across the border.\n" +
		"Officials expect the fighting to last a month.\n",
		claims: []fakeClaim{
			{text: "more than 9,000 people", kind: factcheck.Count, value: factcheck.Value{Num: 9000}, subject: "people",
				group: "toll", supersededBy: "more than 9,200 people"},
			{text: "35 per cent", kind: factcheck.Percent, value: factcheck.Value{Num: 35}, subject: "buildings"},
			{text: "$100m", kind: factcheck.Money, value: factcheck.Value{Num: 100_000_000}, unit: "USD"},
			{text: "43.5 tonnes", kind: factcheck.Measure, value: factcheck.Value{Num: 43.5}, unit: "t", subject: "flour"},
			{text: "a month", kind: factcheck.Duration, value: factcheck.Value{Num: 1}, unit: "month"},
		}},
	{name: "reuters-blinken-visit.txt", published: "2023-11-03", text: "Blinken makes second visit to Israel\n\n" +
		"Antony Blinken arrived on 3 November for his second visit since the war began.\n" +
		"Some 500 foreign nationals have now left Gaza, officials said.\n" +
		"More than 240 hostages remain in Gaza.\n" +
		"The health ministry put the toll at more than 9,200 people.\n",
		claims: []fakeClaim{
			{text: "3 November", kind: factcheck.Date, value: factcheck.Value{Date: "--11-03"}},
			{text: "second visit", kind: factcheck.Ordinal, value: factcheck.Value{Num: 2}, subject: "visit"},
			{text: "500 foreign nationals", kind: factcheck.Count, value: factcheck.Value{Num: 500}, subject: "foreign nationals", group: "foreigners"},
			{text: "More than 240 hostages", kind: factcheck.Count, value: factcheck.Value{Num: 240}, subject: "hostages", group: "hostages"},
			{text: "more than 9,200 people", kind: factcheck.Count, value: factcheck.Value{Num: 9200}, subject: "people", group: "toll"},
		}},
}

// newFakeStore returns a store at path holding articles, or all of
// fakeArticles when none are given, no claim ruled on.
func newFakeStore(path string, articles ...fakeArticle) *fakeStore {
	if articles == nil {
		articles = fakeArticles
	}
	s := &fakeStore{path: path, articles: articles, undo: map[string][]int64{}, redo: map[string][]int64{},
		assigned: map[int64]string{}}
	refs := map[string]factcheck.Ref{} // claim text to where it is
	for ai, a := range s.articles {
		for _, fc := range a.claims {
			start := strings.Index(a.text, fc.text)
			if start < 0 {
				panic(fmt.Sprintf("%s does not hold %q", a.name, fc.text))
			}
			sStart := strings.LastIndexByte(a.text[:start], '\n') + 1
			sEnd := start + strings.IndexByte(a.text[start:], '\n')
			refs[fc.text] = factcheck.Ref{Doc: a.name, Start: start}
			s.claims = append(s.claims, factcheck.Record{
				ID: int64(len(s.claims) + 1), ArticleID: int64(ai + 1), Group: fc.group,
				Claim: factcheck.Claim{
					Doc: a.name, Start: start, End: start + len(fc.text), Text: fc.text,
					Value: fc.value, Unit: fc.unit, Kind: fc.kind, Subject: fc.subject,
					Sentence: a.text[sStart:sEnd], SentenceStart: sStart, SentenceEnd: sEnd,
				},
			})
		}
	}
	i := 0
	for _, a := range s.articles {
		for _, fc := range a.claims {
			if fc.supersededBy != "" {
				by := refs[fc.supersededBy]
				s.claims[i].Suggestion = &factcheck.Suggestion{Verdict: factcheck.Superseded, By: &by}
			}
			i++
		}
	}
	return s
}

// errFake is what the fake store says when asked what it does not do.
var errFake = errors.New("the fake store does not do this")

func (s *fakeStore) Path() string   { return s.path }
func (s *fakeStore) Created() bool  { return false }
func (s *fakeStore) ReadOnly() bool { return s.readOnly }

func (s *fakeStore) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	return nil
}

// check returns the error a call gets from a closed store or a cancelled
// context. Call it with s.mu held.
func (s *fakeStore) check(ctx context.Context) error {
	if s.closed {
		return errors.New("store closed")
	}
	return ctx.Err()
}

func (s *fakeStore) Claims(ctx context.Context) ([]factcheck.Record, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(ctx); err != nil {
		return nil, err
	}
	return slices.Clone(s.claims), nil
}

func (s *fakeStore) FirstClaims(ctx context.Context, n int) ([]factcheck.Record, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(ctx); err != nil {
		return nil, false, err
	}
	end := len(s.claims)
	if n > 0 && n < end {
		// The claims of the article of the nth claim, and those before.
		for end = n; end < len(s.claims) && s.claims[end].ArticleID == s.claims[n-1].ArticleID; end++ {
		}
	}
	return slices.Clone(s.claims[:end]), end == len(s.claims), nil
}

func (s *fakeStore) Claim(ctx context.Context, id int64) (*factcheck.Record, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(ctx); err != nil {
		return nil, err
	}
	if id < 1 || int(id) > len(s.claims) {
		return nil, fmt.Errorf("claim %d: %w", id, factcheck.ErrNotFound)
	}
	c := s.claims[id-1]
	return &c, nil
}

func (s *fakeStore) Articles(ctx context.Context) ([]factcheck.ArticleInfo, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(ctx); err != nil {
		return nil, err
	}
	var out []factcheck.ArticleInfo
	for i, a := range s.articles {
		out = append(out, factcheck.ArticleInfo{ID: int64(i + 1), Name: a.name, ArticleLabel: a.label(), Size: len(a.text), Claims: len(a.claims)})
	}
	return out, nil
}

func (s *fakeStore) ArticleText(ctx context.Context, id int64) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(ctx); err != nil {
		return "", err
	}
	if id < 1 || int(id) > len(s.articles) {
		return "", fmt.Errorf("article %d: %w", id, factcheck.ErrNotFound)
	}
	return s.articles[id-1].text, nil
}

func (a *fakeArticle) label() factcheck.ArticleLabel {
	return factcheck.ArticleLabel{Published: a.published, Format: factcheck.Text, Metadata: factcheck.Metadata{Title: a.title, Outlet: a.outlet}}
}

func (s *fakeStore) Article(ctx context.Context, id int64) (factcheck.ArticleInfo, error) {
	arts, err := s.Articles(ctx)
	if err != nil {
		return factcheck.ArticleInfo{}, err
	}
	for _, a := range arts {
		if a.ID == id {
			return a, nil
		}
	}
	return factcheck.ArticleInfo{}, factcheck.ErrNotFound
}

func (s *fakeStore) ArticleLabels(ctx context.Context) (map[string]factcheck.ArticleLabel, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(ctx); err != nil {
		return nil, err
	}
	out := map[string]factcheck.ArticleLabel{}
	for _, a := range s.articles {
		out[a.name] = a.label()
	}
	return out, nil
}

func (s *fakeStore) ArticlesStamp(ctx context.Context) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(ctx); err != nil {
		return "", err
	}
	return fmt.Sprintf("%d/%d", len(s.articles), len(s.articles)), nil
}

func (s *fakeStore) RulesOutdated(ctx context.Context) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return false, s.check(ctx)
}

func (s *fakeStore) History(ctx context.Context, claim int64) ([]factcheck.Event, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(ctx); err != nil {
		return nil, err
	}
	var out []factcheck.Event
	for _, e := range s.events {
		if e.Claim == claim {
			out = append(out, e)
		}
	}
	return out, nil
}

func (s *fakeStore) LogSeq(ctx context.Context) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return int64(len(s.events)), s.check(ctx)
}

func (s *fakeStore) RulingsSince(ctx context.Context, seq int64) ([]factcheck.Event, int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(ctx); err != nil {
		return nil, seq, err
	}
	return slices.Clone(s.events[seq:]), int64(len(s.events)), nil
}

// MergeReview rules here the rulings of the review at target.
func (s *fakeStore) MergeReview(ctx context.Context, target string) (factcheck.MergeReport, error) {
	s.mu.Lock()
	rulings, ok := s.others[target]
	s.mu.Unlock()
	if !ok {
		return factcheck.MergeReport{}, fmt.Errorf("%s: %w", target, factcheck.ErrNoDatabase)
	}
	rep := factcheck.MergeReport{From: target}
	for _, r := range rulings {
		if _, err := s.Rule(ctx, r); err != nil {
			return rep, err
		}
		rep.Events++
	}
	return rep, nil
}

// WaitLog waits poll, as on a file.
func (s *fakeStore) WaitLog(ctx context.Context, poll time.Duration) error {
	select {
	case <-time.After(poll):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *fakeStore) Rule(ctx context.Context, r factcheck.Ruling) (factcheck.Event, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(ctx); err != nil {
		return factcheck.Event{}, err
	}
	if err := r.Validate(); err != nil {
		return factcheck.Event{}, fmt.Errorf("rule claim %d: %w", r.Claim, err)
	}
	if r.Claim < 1 || int(r.Claim) > len(s.claims) {
		return factcheck.Event{}, fmt.Errorf("rule claim %d: %w", r.Claim, factcheck.ErrNotFound)
	}
	r.Reading = s.claims[r.Claim-1].Reading
	e := s.append(factcheck.Event{Ruling: r, Action: factcheck.Rule})
	s.undo[r.Checker] = append(s.undo[r.Checker], e.ID)
	s.redo[r.Checker] = nil
	return e, nil
}

func (s *fakeStore) Undo(ctx context.Context, checker string) (factcheck.Event, error) {
	return s.undoRedo(ctx, checker, factcheck.Undo)
}

func (s *fakeStore) Redo(ctx context.Context, checker string) (factcheck.Event, error) {
	return s.undoRedo(ctx, checker, factcheck.Redo)
}

// undoRedo undoes the checker's latest ruling, restoring the ruling it
// replaced (Cleared when it replaced none), or applies again the latest
// one undone.
func (s *fakeStore) undoRedo(ctx context.Context, checker string, action factcheck.Action) (factcheck.Event, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(ctx); err != nil {
		return factcheck.Event{}, err
	}
	from, to, none := s.undo, s.redo, factcheck.ErrNothingToUndo
	if action == factcheck.Redo {
		from, to, none = s.redo, s.undo, factcheck.ErrNothingToRedo
	}
	stack := from[checker]
	if len(stack) == 0 {
		return factcheck.Event{}, fmt.Errorf("%s by %s: %w", action, checker, none)
	}
	target := s.events[stack[len(stack)-1]-1]
	from[checker] = stack[:len(stack)-1]
	r := target.Ruling
	if action == factcheck.Undo {
		r = factcheck.Ruling{Claim: target.Claim, Verdict: factcheck.Cleared}
		if target.Replaces != 0 {
			r = s.events[target.Replaces-1].Ruling
		}
	}
	r.Checker = checker
	e := s.append(factcheck.Event{Ruling: r, Action: action, Target: target.ID})
	if action == factcheck.Undo {
		to[checker] = append(to[checker], target.ID) // what a redo applies again
	} else {
		to[checker] = append(to[checker], e.ID) // what an undo undoes
	}
	return e, nil
}

// append appends e to the log and makes it its claim's current ruling.
// Call it with s.mu held.
func (s *fakeStore) append(e factcheck.Event) factcheck.Event {
	c := &s.claims[e.Claim-1]
	e.ID = int64(len(s.events) + 1)
	e.At = time.Now().UTC()
	for _, old := range s.events {
		if old.Claim == e.Claim {
			e.Replaces = old.ID
		}
	}
	s.events = append(s.events, e)
	st := factcheck.State{Verdict: e.Verdict, SupersededBy: e.SupersededBy, Outside: e.Outside, Reading: e.Reading,
		Note: e.Note, Evidence: e.Evidence, Checker: e.Checker, RuledAt: e.At, Events: c.Events + 1}
	if e.Action == factcheck.Amend || e.Action == factcheck.Add {
		// as db's stateColumns: the ruling in force keeps its note
		st.Note, st.Evidence = "", ""
		for _, old := range s.events {
			if old.Claim == e.Claim && old.Action != factcheck.Amend && old.Action != factcheck.Add {
				st.Note, st.Evidence, st.Checker, st.RuledAt = old.Note, old.Evidence, old.Checker, old.At
			}
		}
	}
	c.SetState(st)
	return e
}

func (s *fakeStore) Amend(ctx context.Context, r factcheck.Ruling) (factcheck.Event, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(ctx); err != nil {
		return factcheck.Event{}, err
	}
	if r.Claim < 1 || int(r.Claim) > len(s.claims) {
		return factcheck.Event{}, fmt.Errorf("amend claim %d: %w", r.Claim, factcheck.ErrNotFound)
	}
	c := &s.claims[r.Claim-1]
	e := factcheck.Event{Action: factcheck.Amend, Ruling: r}
	e.Verdict, e.SupersededBy, e.Outside = cmp.Or(c.Verdict, factcheck.Cleared), c.SupersededBy, c.Outside
	if err := e.Validate(); err != nil {
		return factcheck.Event{}, err
	}
	e = s.append(e)
	s.undo[r.Checker] = append(s.undo[r.Checker], e.ID)
	s.redo[r.Checker] = nil
	return e, nil
}

func (s *fakeStore) AddClaim(context.Context, int64, factcheck.Claim, factcheck.Ruling) (factcheck.Event, error) {
	return factcheck.Event{}, errFake
}

func (s *fakeStore) Regroup(context.Context) error { return nil }

// Repack has nothing to pack: the fake keeps no cache.
func (s *fakeStore) Repack(context.Context) error { return nil }

func (s *fakeStore) Export(context.Context, string, bool) error { return errFake }

func (s *fakeStore) ExportRecords(context.Context, string, func(io.Writer) (factcheck.RecordWriter, error)) error {
	return errFake
}

func (s *fakeStore) Import(context.Context, []string, ingest.Options) (*ingest.Report, error) {
	return &ingest.Report{}, errFake
}

func (s *fakeStore) EditArticle(ctx context.Context, edits ...factcheck.ArticleEdit) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(ctx); err != nil {
		return err
	}
	for _, e := range edits {
		if err := e.Validate(); err != nil {
			return err
		}
		if e.Article < 1 || int(e.Article) > len(s.articles) {
			return factcheck.ErrNotFound
		}
	}
	for _, e := range edits {
		a := &s.articles[e.Article-1]
		switch e.Field {
		case factcheck.FieldTitle:
			a.title = e.Value
		case factcheck.FieldOutlet:
			a.outlet = e.Value
		}
	}
	return nil
}

func (s *fakeStore) Assign(ctx context.Context, articles []int64, checker, by string) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(ctx); err != nil {
		return 0, err
	}
	if err := factcheck.ValidateChecker(by); err != nil {
		return 0, err
	}
	for _, id := range articles {
		if id < 1 || int(id) > len(s.articles) {
			return 0, factcheck.ErrNotFound
		}
	}
	n := 0
	for _, id := range articles {
		if s.assigned[id] == checker {
			continue
		}
		if checker == "" {
			delete(s.assigned, id)
		} else {
			s.assigned[id] = checker
		}
		n++
	}
	return n, nil
}

func (s *fakeStore) Assignments(ctx context.Context) (map[int64]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return maps.Clone(s.assigned), s.check(ctx)
}

func (s *fakeStore) ImportPasted(context.Context, []ingest.Pasted, ingest.Options) (*ingest.Report, error) {
	return &ingest.Report{}, errFake
}

func (s *fakeStore) ImportFS(context.Context, fs.FS, ingest.Options) (*ingest.Report, error) {
	return &ingest.Report{}, errFake
}

func (s *fakeStore) ReextractArticles(context.Context, []int64) (*ingest.ReextractReport, error) {
	return &ingest.ReextractReport{}, errFake
}

func (s *fakeStore) Reextract(context.Context, func(ingest.Progress)) (*ingest.ReextractReport, error) {
	return &ingest.ReextractReport{}, errFake
}
