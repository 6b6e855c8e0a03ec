//go:build linux || darwin || freebsd

package db

import "syscall"

// noSpace reports whether the file system holding dir has less than a
// mebibyte left for this user.
func noSpace(dir string) bool {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return false
	}
	return uint64(st.Bavail)*uint64(st.Bsize) < 1<<20
}
