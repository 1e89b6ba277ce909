//go:build !linux

package testengine

import (
	"context"
	"errors"
	"os/exec"
	"syscall"
)

func canStartDaemon() error {
	return errors.New("starting a private dockerd is supported on Linux only; set DSCRIPT_TEST_DOCKER_HOST to a running daemon")
}

func sysProcAttr(syscall.Signal) *syscall.SysProcAttr { return &syscall.SysProcAttr{Setpgid: true} }

func startPinned(cmd *exec.Cmd) error { return cmd.Start() }

func killLeftovers(string) error { return nil }

func unmountUnder(string) error { return nil }

func becomeSubreaper() {}

func reapOrphans() {}

func lockStart(context.Context) (func(), error) { return func() {}, nil }

func sweepStale() {}
