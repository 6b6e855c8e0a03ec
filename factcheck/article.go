package factcheck

import "time"

// An Article is a news article decoded to UTF-8 and the claims found in it.
type Article struct {
	Name      string  // the file's base name
	Published string  // publication date "YYYY-MM-DD" given or read from the text, "--MM-DD" from a dateline without a year, or ""
	Text      string  // the article decoded to UTF-8
	Claims    []Claim // in order of Start
}

// An ArticleInfo is what a review knows of a stored article, without its
// text.
type ArticleInfo struct {
	ID         int64
	Name       string    // base name, unique in the store
	Hash       string    // SHA-256 of the file's bytes, hex
	Published  string    // YYYY-MM-DD, or "" when unknown
	Source     string    // the path it was imported from
	ImportedAt time.Time // UTC
	Size       int       // bytes
	Claims     int       // claims extracted (orphaned ones excluded)
	// Recoded is true when the file was not UTF-8 and was read as
	// Windows-1252: claim offsets point into the file's bytes, not into
	// the text ArticleText returns.
	Recoded bool
}
