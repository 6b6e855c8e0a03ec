package ui

import (
	"fmt"
	"slices"
	"strings"

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
// that still hold (each claim's last event among them) did: "Bo ruled “435 foreign passport holders”: disputed.", or when
// several, how many and the last ("Bo ruled 3 claims; the last, …"); when
// any replaced a ruling of checker's, that it was overtaken, counting
// them all ("3 of your rulings were overtaken: “…” by Bo's, disputed, and
// 2 more; each claim's history has them."); "" when all are checker's
// own.
func othersRulings(s *session, events []factcheck.Event, checker string) string {
	var mine map[int64]bool // the events of checker's that events replace
	var overtaken, ruled []string
	var whoOvertook, whoRuled []string
	last := map[int64]int{} // each claim's last event among events: what it shows now
	for k, e := range events {
		last[e.Claim] = k
	}
	for k, e := range events {
		if e.Checker != checker && last[e.Claim] != k {
			continue // replaced since, in the same read: it no longer holds ("Ann ruled ..." where Bo then ruled over her)
		}
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
		what := text + ": " + verdictName(e.Verdict)
		if e.Replaces != 0 && (mine[e.Replaces] || shownAs(s, e.Claim, checker)) {
			overtaken, whoOvertook = append(overtaken, what), append(whoOvertook, e.Checker)
		} else {
			ruled, whoRuled = append(ruled, what), append(whoRuled, e.Checker)
		}
	}
	switch {
	case len(overtaken) == 1:
		text, verdict, _ := strings.Cut(overtaken[0], ": ")
		return fmt.Sprintf("Your ruling of %s was overtaken by %s's: %s.", text, whoOvertook[0], verdict)
	case len(overtaken) > 1:
		return fmt.Sprintf("%d of your rulings were overtaken by %s: the last, %s; each claim's history has them.",
			len(overtaken), names(whoOvertook), overtaken[len(overtaken)-1])
	case len(ruled) == 1:
		return fmt.Sprintf("%s ruled %s.", whoRuled[0], ruled[0])
	case len(ruled) > 1:
		return fmt.Sprintf("%s ruled %d claims; the last, %s.", names(whoRuled), len(ruled), ruled[len(ruled)-1])
	}
	return ""
}

// names joins the distinct names of who, in their first order: "Bo",
// "Bo and Cy", "Bo, Cy and Di".
func names(who []string) string {
	var d []string
	for _, w := range who {
		if !slices.Contains(d, w) {
			d = append(d, w)
		}
	}
	if len(d) == 1 {
		return d[0]
	}
	return strings.Join(d[:len(d)-1], ", ") + " and " + d[len(d)-1]
}

// shownAs reports whether the window shows claim id as ruled by checker.
func shownAs(s *session, id int64, checker string) bool {
	i, ok := s.cat.lookup(id)
	return ok && checker != "" && s.cat.claims[i].Ruled() && s.cat.claims[i].Checker == checker
}
