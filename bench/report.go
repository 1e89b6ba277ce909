package main

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/dscript/dscript/bench/internal/raw"
)

type report struct {
	started   time.Time
	benchTime time.Duration
	facts     []string
	clients   map[string]*client
	results   []result
	micro     string
}

// machineFacts describes the machine and the daemon.
func machineFacts(ctx context.Context, c *raw.Client) []string {
	cpu := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb int64
		if _, err := fmt.Sscanf(string(b), "MemTotal: %d kB", &kb); err == nil {
			mem = fmt.Sprintf(", %.0f GiB RAM", float64(kb)/(1<<20))
		}
	}
	kernel := strings.TrimSpace(readFile("/proc/sys/kernel/osrelease"))
	load := strings.Join(strings.Fields(readFile("/proc/loadavg"))[:3:3], " ")
	var v struct{ Version, ApiVersion, Os, Arch string }
	_ = c.JSON(ctx, http.MethodGet, "/version", nil, &v)
	var info struct{ Driver string }
	_ = c.JSON(ctx, http.MethodGet, "/info", nil, &info)
	return []string{
		fmt.Sprintf("Machine: %s, %d CPUs%s, %s %s %s; load average at start %s.", cpu, runtime.NumCPU(), mem, runtime.GOOS, runtime.GOARCH, kernel, load),
		fmt.Sprintf("Daemon: Docker Engine %s (API %s, storage %s), same machine, unix socket.", v.Version, v.ApiVersion, info.Driver),
		fmt.Sprintf("Go: %s.", runtime.Version()),
	}
}

func readFile(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return "? ? ?"
	}
	return string(b)
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n == 0 {
		return math.NaN()
	}
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func values(runs []runResult, f func(runResult) float64) []float64 {
	out := make([]float64, len(runs))
	for i, r := range runs {
		out[i] = f(r)
	}
	return out
}

// num formats a figure with three significant digits or so.
func num(x float64) string {
	switch a := math.Abs(x); {
	case math.IsNaN(x):
		return "—"
	case a >= 100:
		return fmt.Sprintf("%.0f", x)
	case a >= 10:
		return fmt.Sprintf("%.1f", x)
	case a >= 1:
		return fmt.Sprintf("%.2f", x)
	default:
		return fmt.Sprintf("%.3g", x)
	}
}

func dur(secs float64) string {
	if secs < 1 {
		return num(secs*1e3) + " ms"
	}
	return num(secs) + " s"
}

// med is the median of a cell's figure f, NaN without runs.
func (c *cell) med(f func(runResult) float64) float64 {
	if c == nil || len(c.runs) == 0 {
		return math.NaN()
	}
	return median(values(c.runs, f))
}

func cpuSecs(r runResult) float64  { return r.cpu.Seconds() }
func wallSecs(r runResult) float64 { return r.wall.Seconds() }

func ratio(a, b float64) string {
	if math.IsNaN(a) || math.IsNaN(b) || b == 0 {
		return "—"
	}
	return num(a/b) + "×"
}

func (rep *report) markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# dscript benchmarks\n\n")
	fmt.Fprintf(&b, "`make bench`, %s, %.1f minutes.\n\n", rep.started.Format("2006-01-02 15:04 MST"), rep.benchTime.Minutes())
	for _, f := range rep.facts {
		fmt.Fprintf(&b, "- %s\n", f)
	}
	for _, name := range clientOrder {
		c := rep.clients[name]
		v := c.version
		if c.absent != "" {
			v = c.absent
		}
		fmt.Fprintf(&b, "- %s: %s\n", name, v)
	}
	b.WriteString(`
Each cell is the median over the runs (min–max in brackets), each run a
fresh process. *figure* is the workload's own measure: for workloads 2–6 the
client times its own loop (process start excluded; for the docker CLI, which
cannot loop in one process, it is the wall time of its processes). *wall*,
*CPU* (user+sys of the client process and its children) and *peak RSS* are
the whole process's, from wait4. *× raw Go* divides the time (for MiB/s: the
time for the same bytes; for workload 7: the RSS) and the CPU by those of
the raw Go floor, so 1.00× is as fast as raw net/http and lower is better.
Workload 4 gives each client up to 40 s of runs, so a slow client may have
one run only (see *runs*).

| workload | client | figure | runs | wall | CPU | peak RSS | × raw Go time | × raw Go CPU |
|---|---|---|---|---|---|---|---|---|
`)
	for _, res := range rep.results {
		w := res.w
		floor := res.cells[cRaw]
		fc, fcpu := floor.med(w.cost), floor.med(cpuSecs)
		for i, name := range clientOrder {
			c := res.cells[name]
			title := ""
			if i == 0 {
				title = "**" + w.title + "**"
			}
			if len(c.runs) == 0 {
				text := c.text
				if text == "" {
					text = "no runs"
				}
				fmt.Fprintf(&b, "| %s | %s | %s | | | | | | |\n", title, name, strings.ReplaceAll(text, "|", "/"))
				continue
			}
			figs := values(c.runs, w.figure)
			fig := fmt.Sprintf("%s %s (%s–%s)", num(median(figs)), w.unit, num(slices.Min(figs)), num(slices.Max(figs)))
			if c.text != "" { // runs, then an error
				fig += "; " + c.text
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %d | %s | %s | %s MiB | %s | %s |\n", title, name, fig, len(c.runs),
				dur(c.med(wallSecs)), dur(c.med(cpuSecs)), num(c.med(rssMiB)),
				ratio(c.med(w.cost), fc), ratio(c.med(cpuSecs), fcpu))
		}
	}
	b.WriteString("\n" + rep.targets())
	if rep.micro != "" {
		b.WriteString("\n## Go micro-benchmarks\n\n`go test -run '^$' -bench . -benchmem` on the hot paths:\n\n```\n" + rep.micro + "\n```\n")
	}
	return b.String()
}

// targets checks the goals against the medians.
func (rep *report) targets() string {
	get := func(key string) *result {
		for i := range rep.results {
			if rep.results[i].w.key == key {
				return &rep.results[i]
			}
		}
		return nil
	}
	var lines []string
	mark := func(ok bool) string {
		if ok {
			return "met"
		}
		return "**missed**"
	}
	for _, name := range []string{cLua, cJS} {
		if r := get("startping"); r != nil {
			x, cli, fl := r.cells[name].med(wallMS), r.cells[cCLI].med(wallMS), r.cells[cRaw].med(wallMS)
			if !math.IsNaN(x) {
				ok := x <= 5 && (math.IsNaN(cli) || x < cli)
				lines = append(lines, fmt.Sprintf("1. %s start + ping %s ms (target ≤ 5 ms and below the docker CLI's %s ms; raw Go takes %s ms): %s", name, num(x), num(cli), num(fl), mark(ok)))
			}
		}
		if r := get("ping"); r != nil {
			c, f := r.cells[name], r.cells[cRaw]
			x, fl := c.med(perCall(1e6)), f.med(perCall(1e6))
			if !math.IsNaN(x) && !math.IsNaN(fl) {
				best := slices.Min(values(c.runs, perCall(1e6))) - slices.Min(values(f.runs, perCall(1e6)))
				lines = append(lines, fmt.Sprintf("2a. %s ping %s µs/call over raw Go's, median to median (best to best: %s µs; target ≤ 15 µs): %s", name, num(x-fl), num(best), mark(x-fl <= 15)))
			}
		}
		if r := get("list"); r != nil {
			x, py := r.cells[name].med(perCall(1)), r.cells[cPy].med(perCall(1))
			if !math.IsNaN(x) && !math.IsNaN(py) {
				lines = append(lines, fmt.Sprintf("2b. %s containers.list %s× faster than docker-py (target ≥ 10×): %s", name, num(py/x), mark(py/x >= 10)))
			}
		}
		if r := get("logs"); r != nil {
			c, fl := r.cells[name], r.cells[cRaw]
			x, fx := c.med(mibPerSec), fl.med(mibPerSec)
			cpu, fcpu := c.med(cpuSecs), fl.med(cpuSecs)
			if !math.IsNaN(x) && !math.IsNaN(fx) {
				ok := x >= 0.95*fx && cpu <= 1.5*fcpu
				lines = append(lines, fmt.Sprintf("4. %s logs at %s%% of raw Go's MiB/s with %s× its CPU (target ≥ 95%% at ≤ 1.5×): %s", name, num(100*x/fx), num(cpu/fcpu), mark(ok)))
			}
		}
	}
	if len(lines) == 0 {
		return ""
	}
	return "Targets of the benchmark issue, on these medians:\n\n- " + strings.Join(lines, "\n- ") + "\n"
}
