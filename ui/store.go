package ui

import (
	"context"
	"io"
	"io/fs"
	"time"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// A Store is a review's database as the window uses it: the claims with
// their current rulings, the articles, the append-only log of rulings,
// the CSV export, and the import and re-extraction of articles. *db.Store
// is one. Its methods may be called from any goroutine. Its errors wrap
// factcheck's sentinels (factcheck.ErrLocked, factcheck.ErrNotFound, …)
// where they apply: the window turns them into advice.
type Store interface {
	// Path names the database, in the title and the status bar.
	Path() string
	// Created reports whether opening the store made a new database.
	Created() bool
	// ReadOnly reports whether the store can only be read (the file or
	// its folder cannot be written): its writes fail with
	// factcheck.ErrReadOnly.
	ReadOnly() bool
	// Close closes the database.
	Close() error

	// Claims returns every claim with its current ruling, in article
	// order (articles by ID, claims by position).
	Claims(ctx context.Context) ([]factcheck.Record, error)
	// FirstClaims returns what Claims would return first: the claims of
	// the first articles, holding at least n claims between them; all
	// reports whether they are every claim.
	FirstClaims(ctx context.Context, n int) (claims []factcheck.Record, all bool, err error)
	// Claim returns one claim with its current ruling.
	Claim(ctx context.Context, id int64) (*factcheck.Record, error)
	// Articles returns every article, by name.
	Articles(ctx context.Context) ([]factcheck.ArticleInfo, error)
	// Article returns one article, factcheck.ErrNotFound for no such ID.
	Article(ctx context.Context, id int64) (factcheck.ArticleInfo, error)
	// ArticleText returns an article's text.
	ArticleText(ctx context.Context, id int64) (string, error)
	// ArticleLabels returns the articles' titles, outlets and publication
	// dates by name.
	ArticleLabels(ctx context.Context) (map[string]factcheck.ArticleLabel, error)
	// ArticlesStamp returns a value that changes whenever an article is
	// added or removed, by this program or another.
	ArticlesStamp(ctx context.Context) (string, error)
	// LogSeq returns the order number of the log's latest event (0 for
	// none), and RulingsSince the events after seq in the log's order
	// (some of them; last is the seq of the last returned): the window
	// shows the rulings of another checker sharing the review.
	LogSeq(ctx context.Context) (int64, error)
	RulingsSince(ctx context.Context, seq int64) (events []factcheck.Event, last int64, err error)
	// WaitLog returns when the log may hold events not read yet: when a
	// server notifies a commit, or after poll; ctx's error when it ends
	// first.
	WaitLog(ctx context.Context, poll time.Duration) error
	// MergeReview brings into the store what the review at target (a file
	// or a server's URL) holds and it lacks, and groups it; the report
	// counts what was committed, and its From is "" when nothing was.
	MergeReview(ctx context.Context, target string) (factcheck.MergeReport, error)
	// EditArticle records checkers' corrections of articles' metadata,
	// all or none.
	EditArticle(ctx context.Context, edits ...factcheck.ArticleEdit) error
	// Assign assigns the articles, by ID, to a checker, or unassigns
	// them for checker "", signed by by, all or none (factcheck.ErrNotFound
	// for no such article); it returns how many assignments changed.
	Assign(ctx context.Context, articles []int64, checker, by string) (int, error)
	// Assignments returns the checker each assigned article is assigned
	// to, by article ID.
	Assignments(ctx context.Context) (map[int64]string, error)
	// RulesOutdated reports whether the claims were found by an earlier
	// version's rules, so that extracting them again would change them.
	RulesOutdated(ctx context.Context) (bool, error)
	// Repack brings up to date, in short transactions, the cache that
	// Claims reads, for the articles whose claims changed since (an
	// import, a regrouping, a correction): the window calls it in the
	// background once it has listed the claims, so that the next start
	// reads them quickly. Claims gives the same before and after.
	Repack(ctx context.Context) error

	// History returns a claim's events, oldest first.
	History(ctx context.Context, claim int64) ([]factcheck.Event, error)
	// Rule appends a ruling to the log.
	Rule(ctx context.Context, r factcheck.Ruling) (factcheck.Event, error)
	// Undo appends an event that undoes the checker's latest ruling not
	// undone yet; factcheck.ErrNothingToUndo when there is none.
	Undo(ctx context.Context, checker string) (factcheck.Event, error)
	// Redo appends an event that applies again the checker's latest
	// undone ruling; factcheck.ErrNothingToRedo when there is none.
	Redo(ctx context.Context, checker string) (factcheck.Event, error)
	// Amend appends an event with the checker's reading of a claim
	// (r.Reading; zero for the extractor's), keeping its verdict.
	Amend(ctx context.Context, r factcheck.Ruling) (factcheck.Event, error)
	// AddClaim stores a claim the checker found in an article and
	// appends its Add event; the event's Claim is the new claim's ID.
	AddClaim(ctx context.Context, article int64, c factcheck.Claim, r factcheck.Ruling) (factcheck.Event, error)
	// Export writes the verdicts, or the whole history, to a CSV file.
	Export(ctx context.Context, path string, history bool) error
	// ExportRecords writes every claim with its ruling through the
	// writer newWriter makes, to the file at path, replaced only once
	// complete.
	ExportRecords(ctx context.Context, path string, newWriter func(io.Writer) (factcheck.RecordWriter, error)) error

	// Import stores the articles of the files, folders and links named by
	// paths, as ingest.Import does.
	Import(ctx context.Context, paths []string, opt ingest.Options) (*ingest.Report, error)
	// ImportPasted stores pasted articles, as ingest.ImportPasted does.
	ImportPasted(ctx context.Context, pasted []ingest.Pasted, opt ingest.Options) (*ingest.Report, error)
	// ImportFS stores the articles of fsys, as ingest.ImportFS does.
	ImportFS(ctx context.Context, fsys fs.FS, opt ingest.Options) (*ingest.Report, error)
	// ReextractArticles finds the claims of the articles given again,
	// as ingest.ReextractArticles does.
	ReextractArticles(ctx context.Context, ids []int64) (*ingest.ReextractReport, error)
	// Regroup groups again the articles whose claims changed (a checker's
	// reading, a claim added or dismissed), as ingest.Regroup does.
	Regroup(ctx context.Context) error
	// Reextract finds the claims of every article again with this
	// version's rules, keeping every ruling, as ingest.Reextract does.
	Reextract(ctx context.Context, progress func(ingest.Progress)) (*ingest.ReextractReport, error)
}

// An OpenFunc opens the database at path; with create, it makes a new one
// when there is no file there.
type OpenFunc func(path string, create bool) (Store, error)
