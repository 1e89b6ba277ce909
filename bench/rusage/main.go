// Command rusage runs a command and writes its wall time and rusage to a
// file, for the benchmark driver:
//
//	rusage OUTFILE CMD ARGS...
//
// OUTFILE gets "WALL_NS UTIME_NS STIME_NS MAXRSS_KIB" of CMD (its CPU
// times include its waited-for children, its peak RSS is the largest of
// them). It exists because a child's peak RSS counts its parent's at the
// moment it was forked: measured straight from the driver, every client
// would show at least the driver's RSS. This program is small, so the
// floor it leaves is about 2 MiB. The exit status is CMD's.
package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"
)

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: rusage OUTFILE CMD ARGS...")
		os.Exit(2)
	}
	cmd := exec.Command(os.Args[2], os.Args[3:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	t0 := time.Now()
	err := cmd.Run()
	wall := time.Since(t0)
	code := 0
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
		if code < 0 {
			code = 128 + 9
		}
	case err != nil:
		fmt.Fprintln(os.Stderr, "rusage:", err)
		os.Exit(127)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		line := fmt.Sprintf("%d %d %d %d\n", wall.Nanoseconds(), ru.Utime.Nano(), ru.Stime.Nano(), ru.Maxrss)
		if err := os.WriteFile(os.Args[1], []byte(line), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "rusage:", err)
			os.Exit(127)
		}
	}
	os.Exit(code)
}
