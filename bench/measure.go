package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// rusageBin is the path of the rusage program.
var rusageBin = "bin/bench/rusage"

// runResult is one run of one client on one workload.
type runResult struct {
	wall   time.Duration // the whole process, start to exit
	cpu    time.Duration // user+sys of the process and its waited-for children
	rssKiB int64         // peak RSS of the process (or its largest child)
	secs   float64       // the workload's loop as the client timed it; wall for the CLI
	n      int
	bytes  int64 // what the client reports (stream bytes, list length); stdout bytes for the CLI
}

// countWriter counts what it is given and keeps nothing.
type countWriter struct{ n int64 }

func (w *countWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

// tailWriter keeps the last max bytes written.
type tailWriter struct {
	buf []byte
	max int
}

func (w *tailWriter) Write(p []byte) (int, error) {
	w.buf = append(w.buf, p...)
	if len(w.buf) > w.max {
		w.buf = append(w.buf[:0], w.buf[len(w.buf)-w.max:]...)
	}
	return len(p), nil
}

// execute runs argv in its own process group (killed whole on timeout) and
// measures it. With countOutput the output is counted (the CLI's logs and
// save); otherwise stdout must end with a BENCH line.
//
// The process runs under the rusage program (rusageBin), which reports its
// wall time, CPU and peak RSS: see bench/rusage for why.
func execute(ctx context.Context, argv, env []string, timeout time.Duration, countOutput bool) (runResult, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	stat, err := os.CreateTemp("", "dscript-bench-rusage-")
	if err != nil {
		return runResult{}, err
	}
	stat.Close()
	defer os.Remove(stat.Name())
	argv = append([]string{rusageBin, stat.Name()}, argv...)
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	stderr := &tailWriter{max: 4096}
	cmd.Stderr = stderr
	var stdout bytes.Buffer
	counter := &countWriter{}
	if countOutput {
		cmd.Stdout = counter
	} else {
		cmd.Stdout = &stdout
	}
	err = cmd.Run()
	var r runResult
	if b, rerr := os.ReadFile(stat.Name()); rerr == nil {
		var wall, utime, stime int64
		if _, serr := fmt.Sscan(string(b), &wall, &utime, &stime, &r.rssKiB); serr == nil {
			r.wall, r.cpu = time.Duration(wall), time.Duration(utime+stime)
			r.secs = r.wall.Seconds()
		}
	}
	if ctx.Err() == context.DeadlineExceeded {
		return r, fmt.Errorf("timed out after %s", timeout)
	}
	if err != nil {
		msg := strings.TrimSpace(string(stderr.buf))
		if i := strings.LastIndex(msg, "\n"); i >= 0 && len(msg)-i < 20 {
			msg = strings.TrimSpace(msg[:i])
		}
		if len(msg) > 300 {
			msg = "…" + msg[len(msg)-300:]
		}
		return r, fmt.Errorf("%v: %s", err, msg)
	}
	if r.wall == 0 {
		return r, fmt.Errorf("%s wrote no measurement", rusageBin)
	}
	if countOutput {
		r.bytes = counter.n
		return r, nil
	}
	line := ""
	sc := bufio.NewScanner(&stdout)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "BENCH ") {
			line = sc.Text()
		}
	}
	if line == "" {
		return r, errors.New("no BENCH line in the output")
	}
	for _, f := range strings.Fields(line)[1:] {
		k, v, _ := strings.Cut(f, "=")
		switch k {
		case "secs":
			r.secs, _ = strconv.ParseFloat(v, 64)
		case "n":
			r.n, _ = strconv.Atoi(v)
		case "bytes":
			r.bytes, _ = strconv.ParseInt(v, 10, 64)
		}
	}
	if r.secs <= 0 {
		r.secs = 1e-9
	}
	return r, nil
}
