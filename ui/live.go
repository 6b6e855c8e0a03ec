package ui

import (
	"fmt"

	"github.com/factcheck/factcheck/factcheck"
)

// A desk of checkers shares a review: the window shows the rulings the
// others make as they make them, and says who made them.

// watchLog looks for rulings made in s's store since the window last
// looked, by another checker sharing the review or by another program,
// as soon as a server notifies them or every Options.WatchLog (see
// Store.WaitLog), and shows them: each claim's new verdict in the list
// and the side panel, and in the status bar who ruled, or that the
// checker's own ruling was overtaken. It stops when another database is
// opened or the window closes.
func (r *Review) watchLog(s *session) {
	if r.opt.WatchLog <= 0 {
		return
	}
	// Not a background job: waiting is no work for tests to wait for.
	go func() {
		s.store.WaitLog(s.ctx, r.opt.WatchLog) // a read that fails says why next
		r.bg.do(func() {
			if s != r.sess || r.quitting {
				return
			}
			from, checker := s.logSeq, r.checker
			r.bg.run(func() {
				var claims []*factcheck.Record
				events, last, err := s.store.RulingsSince(s.ctx, from)
				seen := map[int64]bool{}
				for i := 0; err == nil && i < len(events) && len(seen) <= maxLiveClaims; i++ {
					if id := events[i].Claim; !seen[id] {
						seen[id] = true
						var c *factcheck.Record
						if c, err = s.store.Claim(s.ctx, id); err == nil {
							claims = append(claims, c)
						}
					}
				}
				r.bg.do(func() {
					if s != r.sess || r.quitting {
						return
					}
					switch {
					case err != nil || last <= s.logSeq:
					case len(seen) > maxLiveClaims:
						// a bulk of rulings (a program's): list the claims again, once
						s.logSeq = last
						r.relist(s, "Other checkers ruled on many claims: the claims are listed again.")
					default:
						s.logSeq = last
						msg := othersRulings(s, events, checker) // before the claims show their new state
						for _, c := range claims {
							r.applyClaim(s, c)
						}
						if msg != "" {
							r.setStatus(msg)
						}
					}
					r.watchLog(s)
				})
			})
		})
	}()
}

// maxLiveClaims is how many claims' rulings watchLog shows one by one;
// past it, it lists the claims again at once.
const maxLiveClaims = 100

// othersRulings says what the rulings of other checkers among events
// did: "Bo ruled “435 foreign passport holders”: disputed.", or, when one
// replaced a ruling of checker's, that it was overtaken; "" when all are
// checker's own.
func othersRulings(s *session, events []factcheck.Event, checker string) string {
	var mine map[int64]bool // the events of checker's that events replace
	var msg string
	for _, e := range events {
		if e.Checker == checker {
			if mine == nil {
				mine = map[int64]bool{}
			}
			mine[e.ID] = true
			continue
		}
		text := fmt.Sprintf("claim %d", e.Claim)
		if i, ok := s.cat.lookup(e.Claim); ok {
			text = "“" + shorten(s.cat.claims[i].Text, 40) + "”"
		}
		verdict := verdictName(e.Verdict)
		switch {
		case e.Replaces != 0 && (mine[e.Replaces] || shownAs(s, e.Claim, checker)):
			return fmt.Sprintf("Your ruling of %s was overtaken by %s's: %s.", text, e.Checker, verdict)
		default:
			msg = fmt.Sprintf("%s ruled %s: %s.", e.Checker, text, verdict)
		}
	}
	return msg
}

// shownAs reports whether the window shows claim id as ruled by checker.
func shownAs(s *session, id int64, checker string) bool {
	i, ok := s.cat.lookup(id)
	return ok && checker != "" && s.cat.claims[i].Ruled() && s.cat.claims[i].Checker == checker
}
