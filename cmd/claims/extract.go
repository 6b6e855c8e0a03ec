package main

import (
	"io"
)

func runExtract(args []string, stdout, stderr io.Writer) int { return 0 } // TEMPORARY
