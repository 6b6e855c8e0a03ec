//go:build !linux

package main

import "syscall"

// orphanless: only Linux can kill a child when its parent dies.
func orphanless() *syscall.SysProcAttr { return nil }
