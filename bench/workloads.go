package main

import (
	"fmt"
	"strconv"
	"time"
)

// Client names, in the order of the table. The raw Go client is the floor
// every ratio is taken against.
const (
	cRaw = "raw Go net/http"
	cGo  = "dscript engine (Go)"
	cLua = "dscript Lua"
	cJS  = "dscript JS"
	cPy  = "docker-py"
	cCLI = "docker CLI"
)

var clientOrder = []string{cRaw, cGo, cLua, cJS, cPy, cCLI}

// Cell texts for clients that do not run a workload.
const (
	notApp = "n/a"
)

// A workload is run by every client for which skip has no entry. The
// program clients (raw Go, engine, Lua, JS, docker-py) get the arguments
//
//	WORKLOAD N ARGS...
//
// and print "BENCH secs=S n=N bytes=B"; the docker CLI runs cli's command,
// timed as a whole, with its output counted as bytes.
type workload struct {
	key     string
	title   string
	unit    string // of the figure
	repeats int
	warmup  int // untimed runs per client before the timed ones
	n       int // loop count passed to the clients
	timeout time.Duration
	// cellCap, when set, stops repeating a client once its runs of this
	// workload add up to that long (it keeps at least one run): slow
	// peers get fewer runs instead of blowing the budget.
	cellCap time.Duration
	args    func(fx *fixtures, client string) []string
	cli     func(fx *fixtures) (argv, env []string) // nil: the CLI has no equivalent
	skip    map[string]string                       // client → text shown instead of running
	figure  func(r runResult) float64               // the workload's figure, in unit
	cost    func(r runResult) float64               // bigger is slower: the base of "× raw Go"
	check   func(r runResult, fx *fixtures) error   // nil: nothing to verify
}

func perCall(scale float64) func(r runResult) float64 {
	return func(r runResult) float64 { return r.secs / float64(r.n) * scale }
}

func mibPerSec(r runResult) float64 { return float64(r.bytes) / (1 << 20) / r.secs }

func loopSecs(r runResult) float64 { return r.secs }

func wallMS(r runResult) float64 { return r.wall.Seconds() * 1e3 }

func rssMiB(r runResult) float64 { return float64(r.rssKiB) / 1024 }

func wantBytes(want func(*fixtures) int64) func(r runResult, fx *fixtures) error {
	return func(r runResult, fx *fixtures) error {
		if w := want(fx); r.bytes != w {
			return fmt.Errorf("got %d bytes, want %d", r.bytes, w)
		}
		return nil
	}
}

// workloads are the seven, in order. To run a dscript client on a
// workload it was skipped for, delete its line in skip (its scripts in
// clients/scripts already call the docker-py method).
func workloads() []*workload {
	return []*workload{
		{
			key: "startping", title: "1. process start + 1 ping", unit: "ms/process",
			repeats: 30, n: 1, timeout: 30 * time.Second,
			cli: func(*fixtures) ([]string, []string) {
				// The CLI has no ping command: version pings, then GETs /version.
				return []string{"docker", "version", "--format", "{{.Server.APIVersion}}"}, nil
			},
			figure: wallMS, cost: wallMS,
		},
		{
			key: "ping", title: "2a. 1000 sequential pings in one process", unit: "µs/call",
			repeats: 9, n: 1000, timeout: 60 * time.Second,
			skip:   map[string]string{cCLI: notApp + " (one call per process)"},
			figure: perCall(1e6), cost: perCall(1),
		},
		{
			key: "list", title: "2b. 200 × containers.list(all) of 20 containers", unit: "ms/call",
			repeats: 3, n: 200, timeout: 120 * time.Second,
			args: func(fx *fixtures, _ string) []string { return []string{fx.listLabel} },
			skip: map[string]string{cCLI: notApp + " (one call per process)"},
			check: func(r runResult, fx *fixtures) error {
				if r.bytes != int64(fx.listCount) {
					return fmt.Errorf("listed %d containers, want %d", r.bytes, fx.listCount)
				}
				return nil
			},
			figure: perCall(1e3), cost: perCall(1),
		},
		{
			key: "run", title: "3. 20 × run-and-remove of busybox true", unit: "ms/run",
			repeats: 3, n: 20, timeout: 180 * time.Second,
			args: func(fx *fixtures, _ string) []string { return []string{busybox, fx.label} },
			cli: func(fx *fixtures) ([]string, []string) {
				return []string{"sh", "-c", `i=0; while [ "$i" -lt "$1" ]; do docker run --rm --label "$2" "$3" true || exit 1; i=$((i+1)); done`,
					"sh", strconv.Itoa(20), fx.label, busybox}, nil
			},
			figure: perCall(1e3), cost: perCall(1),
		},
		{
			key: "logs", title: "4. stream the logs of a container that wrote 200 MiB of 48-byte lines", unit: "MiB/s",
			repeats: 2, timeout: 240 * time.Second, cellCap: 40 * time.Second,
			args: func(fx *fixtures, _ string) []string { return []string{fx.logsID} },
			cli: func(fx *fixtures) ([]string, []string) {
				return []string{"docker", "logs", fx.logsID}, nil
			},
			check:  wantBytes(func(fx *fixtures) int64 { return logBytes }),
			figure: mibPerSec, cost: loopSecs,
		},
		{
			key: "build", title: "5. build a context of 2000 small files + one 100 MiB file", unit: "s",
			repeats: 3, warmup: 1, timeout: 240 * time.Second,
			args: func(fx *fixtures, client string) []string {
				return []string{fx.contextDir, fx.buildTag(client)}
			},
			cli: func(fx *fixtures) ([]string, []string) {
				// No buildx here: the classic builder, as docker-py uses.
				return []string{"docker", "build", "-q", "-t", fx.buildTag(cCLI), fx.contextDir}, []string{"DOCKER_BUILDKIT=0"}
			},
			figure: loopSecs, cost: loopSecs,
		},
		{
			key: "save", title: "6. image save of a 100 MiB image", unit: "MiB/s",
			repeats: 3, timeout: 120 * time.Second,
			args: func(fx *fixtures, _ string) []string { return []string{fx.saveTag} },
			cli: func(fx *fixtures) ([]string, []string) {
				return []string{"docker", "save", fx.saveTag}, nil
			},
			check: func(r runResult, fx *fixtures) error {
				if r.bytes < fx.saveSize {
					return fmt.Errorf("saved %d bytes, less than the image's %d", r.bytes, fx.saveSize)
				}
				return nil
			},
			figure: mibPerSec, cost: loopSecs,
		},
		{
			key: "idle", title: "7. idle runtime (client made, no request)", unit: "MiB peak RSS",
			repeats: 3, timeout: 30 * time.Second,
			skip:   map[string]string{cCLI: notApp},
			figure: rssMiB, cost: rssMiB,
		},
	}
}
