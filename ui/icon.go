package ui

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

//go:embed assets/icon.png
var iconPNG []byte

// Icon is Factcheck's application icon, also named in FyneApp.toml.
var Icon = fyne.NewStaticResource("factcheck.png", iconPNG)
