package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
	"github.com/dscript/dscript/internal/testengine"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Keys as a terminal sends them.
const (
	keyCtrlC = "\x03"
	keyCtrlD = "\x04"
	keyTab   = "\t"
	keyUp    = "\x1b[A"
	keyEnter = "\r"
)

// hangGuard ends a test whose expected output never comes; it bounds a
// wait, it asserts nothing about speed.
const hangGuard = 2 * time.Minute

var ansi = regexp.MustCompile(`\x1b\[[0-9;?]*[A-Za-z]|\r`)

// terminal is dscript running on a pseudo-terminal.
type terminal struct {
	t    *testing.T
	cmd  *exec.Cmd
	pty  *os.File
	mu   sync.Mutex
	out  bytes.Buffer // everything written to the terminal, escapes removed
	pos  int          // how much of out expect has consumed
	more chan struct{}
	done chan struct{}
}

// buildBinary builds dscript into a temporary folder.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "dscript")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, string(out))
	return bin
}

// startTerminal runs bin with args on a new pseudo-terminal; history is
// the REPL's history file.
func startTerminal(t *testing.T, bin, history string, args ...string) *terminal {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "DOCKER_HOST="+testengine.Get().Host, "DSCRIPT_HISTORY="+history, "TERM=xterm")
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 50, Cols: 250})
	require.NoError(t, err)
	term := &terminal{t: t, cmd: cmd, pty: f, more: make(chan struct{}, 1), done: make(chan struct{})}
	go func() {
		defer close(term.done)
		buf := make([]byte, 4096)
		for {
			n, err := f.Read(buf)
			term.mu.Lock()
			term.out.WriteString(ansi.ReplaceAllString(string(buf[:n]), ""))
			term.mu.Unlock()
			select {
			case term.more <- struct{}{}:
			default:
			}
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
		_ = f.Close()
		<-term.done
	})
	return term
}

// send types keys.
func (term *terminal) send(keys string) {
	term.t.Helper()
	_, err := term.pty.WriteString(keys)
	require.NoError(term.t, err)
}

// expect waits until the terminal shows want after what earlier expects
// consumed, and consumes up to its end.
func (term *terminal) expect(want string) {
	term.t.Helper()
	guard := time.NewTimer(hangGuard)
	defer guard.Stop()
	for {
		term.mu.Lock()
		rest := term.out.String()[term.pos:]
		if i := strings.Index(rest, want); i >= 0 {
			term.pos += i + len(want)
			term.mu.Unlock()
			return
		}
		term.mu.Unlock()
		select {
		case <-term.more:
		case <-term.done:
			term.mu.Lock()
			rest = term.out.String()[term.pos:]
			term.mu.Unlock()
			if !strings.Contains(rest, want) {
				term.t.Fatalf("dscript ended before showing %q; it showed:\n%s", want, rest)
			}
		case <-guard.C:
			term.t.Fatalf("dscript did not show %q; it showed:\n%s", want, rest)
		}
	}
}

// shown is what the terminal showed after what expect consumed.
func (term *terminal) shown() string {
	term.mu.Lock()
	defer term.mu.Unlock()
	return term.out.String()[term.pos:]
}

// wait waits for dscript to exit and returns its status.
func (term *terminal) wait() int {
	term.t.Helper()
	errc := make(chan error, 1)
	go func() { errc <- term.cmd.Wait() }()
	var err error
	select {
	case err = <-errc:
	case <-time.After(hangGuard):
		_ = term.cmd.Process.Kill()
		<-errc
		term.t.Fatalf("dscript did not exit; it showed:\n%s", term.shown())
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	require.NoError(term.t, err)
	return 0
}

// The Lua REPL through a real terminal: multi-line entries, tables printed
// as Lua, Ctrl-C cancelling the running entry only (a loop, then a
// container run), Tab, the Up arrow, Ctrl-D, history across sessions.
func TestTerminalLua(t *testing.T) {
	bin := buildBinary(t)
	history := filepath.Join(t.TempDir(), "history")
	name := testengine.Name(t, "repl")
	testengine.Cleanup(t, name)

	term := startTerminal(t, bin, history)
	term.expect("Ctrl-D quits.")
	term.expect("lua> ")
	term.send("x = 41" + keyEnter)
	term.expect("lua> ")
	term.send("x + 1" + keyEnter)
	term.expect("\n42\nlua> ")
	term.send("1 +" + keyEnter)
	term.expect("\n... ")
	term.send("x" + keyEnter)
	term.expect("\n42\nlua> ")
	term.send(`t = {["a.b"] = 1, ["with space"] = 2, ok = 3}` + keyEnter)
	term.expect("lua> ")
	term.send("t" + keyEnter)
	term.expect("\n{\n  [\"a.b\"] = 1,\n  [\"with space\"] = 2,\n  ok = 3,\n}\nlua> ")

	// Ctrl-C cancels a running loop; the variables stay
	term.send(`print("spinning"); while true do end` + keyEnter)
	term.expect("\nspinning\n")
	term.send(keyCtrlC)
	term.expect("Interrupted: the entry was canceled\n")
	term.expect("lua> ")
	term.send("x" + keyEnter)
	term.expect("\n41\nlua> ")

	// ... and a container run waiting for its container
	term.send("client = docker.from_env()" + keyEnter)
	term.expect("lua> ")
	term.send(`client.containers:run("busybox", "sleep 60", {name = "` + name + `"})` + keyEnter)
	waitRunning(t, name)
	term.send(keyCtrlC)
	term.expect("Interrupted: the entry was canceled\n")
	term.expect("lua> ")
	term.send(`client.containers:get("` + name + `"):remove({force = true}); print(#client.containers:list({all = true, filters = {name = "` + name + `"}}))` + keyEnter)
	term.expect("\n0\nlua> ")

	// Tab completes docker-py's names; Ctrl-C drops the line being typed
	term.send("client.api:inspect_con" + keyTab)
	term.expect("inspect_container")
	term.send(keyCtrlC)
	term.expect("lua> ")
	term.send("client.api:inspectC" + keyTab + keyTab)
	term.send(keyCtrlC)
	term.expect("lua> ")
	assert.NotContains(t, term.shown(), "inspectContainer")

	// the Up arrow recalls the last entry
	term.send(`print("from " .. "history")` + keyEnter)
	term.expect("\nfrom history\nlua> ")
	term.send(keyUp + keyEnter)
	term.expect("\nfrom history\nlua> ")
	term.send(keyCtrlD)
	assert.Equal(t, 0, term.wait())

	// the next session has the history of this one
	term = startTerminal(t, bin, history)
	term.expect("lua> ")
	term.send(keyUp + keyEnter)
	term.expect("\nfrom history\nlua> ")
	term.send(keyCtrlD)
	assert.Equal(t, 0, term.wait())
}

// The JavaScript REPL through a real terminal: top-level await, node's
// printing, Ctrl-C, camelCase completion.
func TestTerminalJS(t *testing.T) {
	bin := buildBinary(t)
	term := startTerminal(t, bin, filepath.Join(t.TempDir(), "history"), "--lang", "js")
	term.expect("js> ")
	term.send("const client = docker.from_env()" + keyEnter)
	term.expect("js> ")
	term.send("const v = await Promise.resolve(client.ping())" + keyEnter)
	term.expect("js> ")
	term.send("v" + keyEnter)
	term.expect("\ntrue\njs> ")
	term.send("await Promise.resolve(2n ** 64n)" + keyEnter)
	term.expect("\n18446744073709551616n\njs> ")
	term.send("await Promise.reject(new Error('refused'))" + keyEnter)
	term.expect("Error: refused\n")
	term.expect("js> ")
	term.send("({a: {b: {c: {d: 1}}}, s: 'x'})" + keyEnter)
	term.expect("\n{ a: { b: { c: [Object] } }, s: 'x' }\njs> ")
	term.send("[" + keyEnter)
	term.expect("\n... ")
	term.send("1, 2]" + keyEnter)
	term.expect("\n[ 1, 2 ]\njs> ")

	term.send("print('spinning'); for (;;) {}" + keyEnter)
	term.expect("\nspinning\n")
	term.send(keyCtrlC)
	term.expect("Interrupted: the entry was canceled\n")
	term.expect("js> ")
	term.send("client.ping()" + keyEnter)
	term.expect("\ntrue\njs> ")

	term.send("client.api.inspectCont" + keyTab)
	term.expect("inspectContainer")
	term.send(keyCtrlC)
	term.expect("js> ")
	term.send("client.api.inspect_ima" + keyTab)
	term.expect("inspect_image")
	term.send(keyCtrlC)
	term.expect("js> ")
	term.send("foo(" + keyEnter)
	term.expect("... ")
	term.send(")" + keyEnter)
	term.expect("ReferenceError: foo is not defined\n")
	term.expect("js> ")
	term.send(keyCtrlD)
	assert.Equal(t, 0, term.wait())
}

// waitRunning waits until the container name runs.
func waitRunning(t *testing.T, name string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	for {
		raw, err := testengine.Get().Client.ContainerInspect(ctx, name, false)
		if err == nil {
			var c struct{ State struct{ Running bool } }
			require.NoError(t, json.Unmarshal(raw, &c))
			if c.State.Running {
				return
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("container %s did not start: %v", name, err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

var readmeSession = regexp.MustCompile("(?s)```console\n\\$ (dscript[^\n]*)\n(.*?)```")

// TestREADMESession replays the REPL sessions README.md shows, key by key,
// and checks that dscript prints what they show.
func TestREADMESession(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	sessions := readmeSession.FindAllStringSubmatch(string(readme), -1)
	require.NotEmpty(t, sessions)
	bin := buildBinary(t)
	for _, s := range sessions {
		t.Run(s[1], func(t *testing.T) {
			term := startTerminal(t, bin, filepath.Join(t.TempDir(), "history"), strings.Fields(s[1])[1:]...)
			prompts := []string{"lua> ", "js> ", "... "}
			for _, line := range strings.Split(strings.TrimSuffix(s[2], "\n"), "\n") {
				input, isInput := "", false
				for _, p := range prompts {
					if rest, ok := strings.CutPrefix(line, p); ok {
						input, isInput = rest, true
						term.expect(p)
						break
					}
				}
				if isInput {
					term.send(input + keyEnter)
					term.expect(input + "\n")
					continue
				}
				term.expect(line + "\n")
			}
			// Ctrl-D at the prompt, once the terminal is in raw mode again
			prompt := "lua> "
			if strings.Contains(s[1], "--lang js") {
				prompt = "js> "
			}
			term.expect(prompt)
			term.send(keyCtrlD)
			assert.Equal(t, 0, term.wait())
		})
	}
}
