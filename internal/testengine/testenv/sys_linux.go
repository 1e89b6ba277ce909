//go:build linux

package main

import "syscall"

// childSysProcAttr has the kernel send CMD SIGTERM if testenv dies first.
// CMD stays in testenv's process group, so that it can read the terminal.
func childSysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
}
