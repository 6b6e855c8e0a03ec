package factcheck

// An Article is a news article decoded to UTF-8 and the claims found in it.
type Article struct {
	Name      string  // the file's base name
	Published string  // publication date "YYYY-MM-DD" given or read from the text, "--MM-DD" from a dateline without a year, or ""
	Text      string  // the article decoded to UTF-8
	Claims    []Claim // in order of Start
}
