//go:build !unix

package engine

import "io/fs"

// inodeOf reports no inode: hard links are archived as separate files.
func inodeOf(fs.FileInfo) (ino, nlink uint64, ok bool) { return 0, 0, false }
