// Command soak runs dscript's soak test: in one runtime per language, many
// cycles of run, exec_run, logs (leaving a followed stream with break) and
// remove against the engine at $DOCKER_HOST, printing the process's RSS
// every 100 cycles and, at the end, its goroutines, open descriptors and
// the containers the cycles left (which must be none).
//
//	go run ./internal/soak -cycles 1000 -lang lua,js
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/dscript/dscript"
	"github.com/dscript/dscript/engine"
)

// label marks the containers of one soak run.
const label = "dscript.soak"

var scripts = map[dscript.Lang]string{
	dscript.Lua: `
local client = docker.from_env()
function cycle(i)
  local c = client.containers:run("busybox", {"sh", "-c", "echo started; exec sleep 60"},
    {detach = true, labels = {[LABEL] = RUN}})
  local r = c:exec_run({"echo", "exec " .. i})
  if r.exit_code ~= 0 or r.output ~= "exec " .. i .. "\n" then error("exec_run: " .. tostring(r.output)) end
  local got
  for line in c:logs{stream = true, follow = true} do got = line break end
  if got ~= "started\n" then error("logs: " .. tostring(got)) end
  c:remove{force = true}
  return i
end`,
	dscript.JavaScript: `
const client = docker.from_env();
function cycle(i) {
  const c = client.containers.run("busybox", ["sh", "-c", "echo started; exec sleep 60"],
    {detach: true, labels: {[LABEL]: RUN}});
  const r = c.exec_run(["echo", "exec " + i]);
  if (r.exit_code !== 0 || r.output !== "exec " + i + "\n") throw new Error("exec_run: " + r.output);
  let got;
  for (const line of c.logs({stream: true, follow: true})) { got = line; break; }
  if (got !== "started\n") throw new Error("logs: " + got);
  c.remove({force: true});
  return i;
}`,
}

func main() {
	cycles := flag.Int("cycles", 1000, "cycles per language")
	langs := flag.String("lang", "lua,js", "languages, comma-separated")
	flag.Parse()
	eng, err := engine.FromEnv(engine.Options{})
	if err != nil {
		fail(err)
	}
	defer eng.Close()
	ok := true
	for _, name := range strings.Split(*langs, ",") {
		lang, err := dscript.ParseLang(name)
		if err != nil {
			fail(err)
		}
		if !soak(eng, lang, *cycles) {
			ok = false
		}
	}
	if !ok {
		os.Exit(1)
	}
}

// soak runs the cycles of one language and reports; false when containers
// were left or a cycle failed.
func soak(eng *engine.Client, lang dscript.Lang, cycles int) bool {
	run := runID()
	rt, err := dscript.New(lang, dscript.Options{Client: eng})
	if err != nil {
		fail(err)
	}
	ctx := context.Background()
	if err := rt.Set("LABEL", label); err != nil {
		fail(err)
	}
	if err := rt.Set("RUN", run); err != nil {
		fail(err)
	}
	if err := rt.RunString(ctx, "soak", scripts[lang]); err != nil {
		fail(err)
	}
	fmt.Printf("%s: %d cycles (run, exec_run, logs with break, remove), run %s\n", lang, cycles, run)
	start := time.Now()
	good := true
	fmt.Printf("%s: cycle %4d  rss %6.1f MiB  goroutines %3d  fds %3d\n", lang, 0, rssMiB(), runtime.NumGoroutine(), fds())
	for i := 1; i <= cycles; i++ {
		if _, err := rt.Call(ctx, "cycle", i); err != nil {
			fmt.Printf("%s: cycle %d: %v\n", lang, i, err)
			good = false
			break
		}
		if i%100 == 0 {
			fmt.Printf("%s: cycle %4d  rss %6.1f MiB  goroutines %3d  fds %3d  %.0f ms/cycle\n", lang, i, rssMiB(),
				runtime.NumGoroutine(), fds(), float64(time.Since(start).Milliseconds())/float64(i))
		}
	}
	_ = rt.Close()
	_ = eng.Close() // idle connections, so that the figures below count what dscript holds
	left := leftContainers(eng, run)
	fmt.Printf("%s: end  rss %.1f MiB  goroutines %d  fds %d  containers left %d  (%s)\n", lang, rssMiB(),
		runtime.NumGoroutine(), fds(), left, time.Since(start).Round(time.Second))
	return good && left == 0
}

func leftContainers(eng *engine.Client, run string) int {
	raw, err := eng.ContainerList(context.Background(), engine.ContainerListOptions{All: true,
		Filters: engine.Filters{"label": {label + "=" + run}}})
	if err != nil {
		fail(err)
	}
	var list []json.RawMessage
	if err := json.Unmarshal(raw, &list); err != nil {
		fail(err)
	}
	return len(list)
}

func runID() string {
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// rssMiB reads the resident set size from /proc/self/status.
func rssMiB() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			var kb float64
			_, _ = fmt.Sscanf(strings.TrimSpace(rest), "%f", &kb)
			return kb / 1024
		}
	}
	return -1
}

// fds counts the open file descriptors.
func fds() int {
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return -1
	}
	return len(entries)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "soak:", err)
	os.Exit(1)
}
