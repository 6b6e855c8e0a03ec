//go:build linux

package main

import "syscall"

// orphanless has a child killed when the test binary dies, as it does
// without running cleanups when go test's -timeout ends it, so that no
// display, window manager or app outlives the tests.
func orphanless() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
