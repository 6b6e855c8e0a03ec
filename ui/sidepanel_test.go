package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/factcheck/factcheck/factcheck"
)

// TestSidePanelCountsElsewhereApart checks that the group's heading counts
// only the claims of other articles as "elsewhere", and the claims of the
// selected claim's own article under their own label.
func TestSidePanelCountsElsewhereApart(t *testing.T) {
	test.NewTempApp(t)
	p := &sidePanel{OnOpen: func(int) {}, OnLeave: func() {}}
	test.NewTempWindow(t, p.build())
	c := goldenClaim("18 dlrs", factcheck.Money, 18, factcheck.Unruled, false)
	same := goldenClaim("21 dlrs", factcheck.Money, 21, factcheck.Unruled, false)
	other := goldenClaim("21 dlrs", factcheck.Money, 21, factcheck.Unruled, false)
	other.Doc = "later.txt"
	group := []groupItem{
		{index: 1, claim: other, article: "Later", why: "the same price"},
		{index: 2, claim: same, article: "Opec", why: "the figure after the change"},
	}
	p.show(c, notes{}, false, group, true, "")
	if got := p.groupTitle.Text; got != "SAME FACT ELSEWHERE (1)" {
		t.Errorf("group heading = %q, want one claim elsewhere", got)
	}
	var labels []string
	for _, o := range p.group.Objects {
		if l, ok := o.(*widget.Label); ok {
			labels = append(labels, l.Text)
		}
	}
	if len(labels) != 1 || labels[0] != "Also in this article (1):" {
		t.Errorf("labels in the group = %q, want the one of this article's claims", labels)
	}
}
