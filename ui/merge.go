package ui

import (
	"fmt"

	"github.com/factcheck/factcheck/factcheck"
)

// A checker who reviewed offline, in a file of her own, brings her work
// into the desk's review (or one checker's file into another's) with
// File › Merge review: articles, claims, rulings and label edits the open
// review lacks come in; nothing of it is changed.

// onMergeReview asks for the review to merge into the open one.
func (r *Review) onMergeReview() {
	if r.sess == nil {
		r.dlg.showProblem("No database is open", "A review is merged into the open database.", "Open one with File › Open database first.")
		return
	}
	r.askDatabase("Merge review", "The review to bring in: another checker's .db file, or a shared review's postgres:// URL:", "Merge",
		r.mergeReview)
}

// mergeReview merges the review at target into the open one in the
// background, after the writes queued before it, and lists the claims
// again.
func (r *Review) mergeReview(target string) {
	s := r.sess
	r.setStatus("Merging " + target + "…")
	r.bg.serial(func() {
		rep, err := s.store.MergeReview(s.ctx, target)
		var l *listing
		var seq int64
		var loadErr error
		if rep.From != "" {
			// The log's seq before listing: the watch shows what comes
			// after, not the merged events again.
			if seq, loadErr = s.store.LogSeq(s.ctx); loadErr == nil {
				l, loadErr = list(s.ctx, s.store)
			}
		}
		r.bg.do(func() {
			if s != r.sess {
				return
			}
			if l != nil {
				r.replaceCatalog(l)
				s.logSeq = max(s.logSeq, seq)
			}
			msg := mergeSummary(rep)
			switch {
			case err != nil && rep.From == "":
				r.setStatus("Merge failed; nothing was merged.")
				r.dlg.showError("The review was not merged", err)
			case err != nil:
				r.setStatus(msg)
				r.dlg.showError("The review was merged, but not grouped", err)
			case loadErr != nil:
				r.setStatus(msg)
				r.dlg.showError("The review was merged, but the claims could not be listed", loadErr)
			default:
				r.setStatus(msg)
			}
		})
	})
}

// mergeSummary says what a merge brought in: "Merged from bo.db: 3
// articles, 41 claims, 120 rulings, 1 label edit, 0 assignments."
func mergeSummary(rep factcheck.MergeReport) string {
	if rep.Articles+rep.Claims+rep.Events+rep.Edits+rep.Assigned == 0 {
		return "Merged " + rep.From + ": nothing new, the open review holds all of it."
	}
	return fmt.Sprintf("Merged from %s: %s, %s, %s, %s, %s.", rep.From, count(rep.Articles, "article"), count(rep.Claims, "claim"),
		count(rep.Events, "ruling"), count(rep.Edits, "label edit"), count(rep.Assigned, "assignment"))
}
