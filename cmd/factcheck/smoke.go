package main

import (
	"fmt"
	"os"
	"time"

	"fyne.io/fyne/v2"
)

// The smoke test's timing: how long the window gets to draw the claims
// before it says it is ready, and how long it then stays open so that a
// script can take a screenshot of the display (scripts/smoke does).
const (
	firstFrame = 700 * time.Millisecond
	smokeHold  = 2 * time.Second
)

// smokeCheck returns the OnLoaded hook of --smoke: once the claims are
// listed and drawn it prints "factcheck: smoke: N claims listed", with how
// long after start they were listed, waits, and quits, setting *status to
// 1 when there is no claim or the database could not be opened.
func smokeCheck(a fyne.App, start time.Time, status *int) func(int, error) {
	return func(claims int, err error) {
		listed := time.Since(start)
		switch {
		case err != nil:
			fmt.Fprintln(os.Stderr, "factcheck: smoke:", err)
			*status = 1
			a.Quit()
			return
		case claims == 0:
			fmt.Fprintln(os.Stderr, "factcheck: smoke: the window lists no claims")
			*status = 1
			a.Quit()
			return
		}
		go func() {
			time.Sleep(firstFrame)
			fmt.Printf("factcheck: smoke: %d claims listed %.2f s after start\n", claims, listed.Seconds())
			time.Sleep(smokeHold)
			fyne.Do(a.Quit)
		}()
	}
}
