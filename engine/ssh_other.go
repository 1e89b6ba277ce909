//go:build !linux && !windows

package engine

import "syscall"

// sshProcAttr puts an ssh process in a process group of its own (a
// terminal's interrupt is the script's to handle, not ssh's).
func sshProcAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{Setpgid: true} }
