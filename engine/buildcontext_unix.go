//go:build unix

package engine

import (
	"io/fs"
	"syscall"
)

// inodeOf returns the inode and link count of a file, to archive hard
// links once.
func inodeOf(fi fs.FileInfo) (ino, nlink uint64, ok bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, 0, false
	}
	return uint64(st.Ino), uint64(st.Nlink), true
}
