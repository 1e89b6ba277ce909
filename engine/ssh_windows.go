package engine

import "syscall"

// sshProcAttr has nothing to set on Windows.
func sshProcAttr() *syscall.SysProcAttr { return nil }
