package ingest

import (
	"context"
	"fmt"
	"slices"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/group"
)

// A ReextractReport says what a re-extraction changed: what was
// committed, after an error too.
type ReextractReport struct {
	Articles int // articles extracted again
	Claims   int // claims they hold now
	Added    int // claims that are new
	Removed  int // claims no longer extracted, never ruled on: deleted
	Orphaned int // claims no longer extracted but ruled on: kept, flagged
}

func (r *ReextractReport) add(d ReextractReport) {
	r.Articles += d.Articles
	r.Claims += d.Claims
	r.Added += d.Added
	r.Removed += d.Removed
	r.Orphaned += d.Orphaned
}

// Reextract runs the extractor again over the stored bytes of every
// article of st, after an extractor upgrade. Claims keep their ID, and so
// their rulings, when their key (article hash, span, text) comes back; a
// claim that does not come back is deleted, unless it was ruled on (or
// named as superseding another), when it is kept and flagged orphaned.
// Articles are stored in batches like an import; the claims are grouped
// again at the end, and the store is then stamped with
// factcheck.RulesVersion. progress, when not nil, is called after each
// article from the calling goroutine.
func Reextract(ctx context.Context, st Store, progress func(Progress)) (*ReextractReport, error) {
	return reextract(ctx, st, nil, progress)
}

// ReextractArticles extracts the articles with the given IDs again, as
// Reextract does every article (but leaves the store's rules version as it
// is): after a checker corrected their publication dates, which give
// their dates their year.
func ReextractArticles(ctx context.Context, st Store, ids []int64) (*ReextractReport, error) {
	return reextract(ctx, st, ids, nil)
}

// reextract extracts the articles of ids again, every article when ids
// is nil.
func reextract(ctx context.Context, st Store, ids []int64, progress func(Progress)) (*ReextractReport, error) {
	rep := &ReextractReport{}
	arts, err := st.StoredArticles(ctx)
	if err != nil {
		return rep, fmt.Errorf("re-extract: %w", err)
	}
	if ids != nil {
		arts = slices.DeleteFunc(arts, func(a StoredArticle) bool { return !slices.Contains(ids, a.ID) })
	}
	type result struct {
		StoredArticle
		re  Reextracted
		err error
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results := parseAll(ctx, arts, paced[result](), func(_ int, a StoredArticle) result {
		r := result{StoredArticle: a, re: Reextracted{ID: a.ID}}
		if r.re.Bytes, r.err = st.ArticleBytes(ctx, a.ID); r.err != nil {
			return r
		}
		r.re.Article, r.err = ParseFile(a.Name, r.re.Bytes, a.Given)
		if r.err == nil {
			r.re.Names = group.NamesOfText(r.re.Article.Text)
		}
		return r
	})
	batch := newBatch(newPacer(false), func(arts []Reextracted) error {
		d, err := st.ReplaceClaims(context.WithoutCancel(ctx), arts)
		rep.add(d)
		return err
	})
	done := 0
	for r := range results {
		if ctx.Err() != nil {
			break // cancelled: the articles not yet stored keep their claims
		}
		if r.err != nil {
			if err := batch.flush(); err != nil {
				return rep, fmt.Errorf("re-extract: %w", err)
			}
			return rep, fmt.Errorf("re-extract %s: %w", r.Name, r.err)
		}
		if err := batch.add(r.re, len(r.re.Article.Claims)); err != nil {
			return rep, fmt.Errorf("re-extract: %w", err)
		}
		done++
		if progress != nil {
			progress(Progress{Done: done, Total: len(arts), File: r.Name})
		}
	}
	if err := batch.flush(); err != nil {
		return rep, fmt.Errorf("re-extract: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return rep, fmt.Errorf("re-extract: %w", err)
	}
	if err := Regroup(ctx, st); err != nil {
		return rep, fmt.Errorf("re-extract: %w", err)
	}
	if ids != nil {
		return rep, nil
	}
	if err := st.SetRulesVersion(ctx, factcheck.RulesVersion); err != nil {
		return rep, fmt.Errorf("re-extract: %w", err)
	}
	return rep, nil
}
