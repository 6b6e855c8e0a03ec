package group

import "testing"

// TestSuppositionsOfOneSum: one story's two reports that each suppose
// the same sum ("could cut £35bn", "might lose £35bn") state one figure.
func TestSuppositionsOfOneSum(t *testing.T) {
	articles := map[string]string{
		"a.txt": "Labour said Tory leader Michael Howard and shadow chancellor Oliver Letwin could cut £35bn from public services.",
		"b.txt": "Michael Howard and Oliver Letwin denied claims that public services might lose £35bn under Tory plans, Labour said.",
	}
	claims, pub := parseArticles(t, articles, nil)
	places := Group(claims, pub, map[string][]string{"a.txt": {"howard", "labour", "letwin", "tory"}, "b.txt": {"howard", "labour", "letwin", "tory"}})
	if places[claimAt(t, claims, "a.txt", "£35bn", 0)].Group != places[claimAt(t, claims, "b.txt", "£35bn", 0)].Group {
		t.Errorf("one story's £35bn, supposed in both reports: apart")
	}
}
