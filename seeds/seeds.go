// Package seeds embeds the five sample articles Factcheck imports into a
// new database on first run, so that a checker sees claims at once.
package seeds

import (
	"embed"
	"io/fs"
)

//go:embed *.txt
var files embed.FS

// FS returns the seed articles: five .txt files at its root.
func FS() fs.FS { return files }
