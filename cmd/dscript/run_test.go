package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dscript/dscript/internal/testengine"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	full := append([]string{"--host", testengine.Get().Host}, args...)
	code = run(ctx, full, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func writeScript(t *testing.T, name, src string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte(src), 0o644))
	return p
}

func TestRunModes(t *testing.T) {
	luaFile := writeScript(t, "args.lua", `print(arg[0], arg[1], arg[2], docker.from_env():ping())`)
	jsFile := writeScript(t, "args.js", `print(process.argv.slice(1).join(" "), docker.from_env().ping())`)
	tests := []struct {
		name     string
		stdin    string
		args     []string
		code     int
		stdout   string
		inStderr string
	}{
		{"lua file with args", "", []string{luaFile, "a", "b"}, 0, luaFile + "\ta\tb\ttrue\n", ""},
		{"js file with args", "", []string{jsFile, "x"}, 0, jsFile + " x\ttrue\n", ""},
		{"-e lua", "", []string{"-e", `print(docker.from_env():version().ApiVersion ~= nil)`}, 0, "true\n", ""},
		{"-e js", "", []string{"--lang", "js", "-e", `print(docker.from_env().ping())`}, 0, "true\n", ""},
		{"stdin lua", `print("from stdin", arg[1])`, []string{"-", "z"}, 0, "from stdin\tz\n", ""},
		{"stdin js", `print("from stdin")`, []string{"--lang", "js", "-"}, 0, "from stdin\n", ""},
		{"os.exit", "", []string{"-e", `print("before"); os.exit(3); print("after")`}, 3, "before\n", ""},
		{"os.exit in pcall", "", []string{"-e", `pcall(function() os.exit(4) end); print("after")`}, 4, "", ""},
		{"process.exit", "", []string{"--lang", "js", "-e", `try { process.exit(5) } catch (e) {} ; print("after")`}, 5, "", ""},
		{"uncaught docker error", "", []string{"-e", `docker.from_env().containers:get("no-such-thing")`}, 1, "", "NotFound: 404 Client Error"},
		{"uncaught js error", "", []string{"--lang", "js", "-e", `docker.from_env().containers.get("no-such-thing")`}, 1, "", "NotFound: 404 Client Error"},
		{"lua traceback", "", []string{"-e", "local function f()\n error('boom')\nend\nf()"}, 1, "", "stack traceback"},
		{"syntax error", "", []string{"-e", `print(`}, 1, "", "SyntaxError"},
		{"unknown flag", "", []string{"--bogus"}, 2, "", "flag provided but not defined"},
		{"unknown language", "", []string{"--lang", "ruby", "-e", "x"}, 2, "", "unknown language"},
		{"unknown extension", "", []string{writeScript(t, "x.py", "")}, 2, "", "cannot tell the language"},
		{"missing file", "", []string{"/nonexistent/x.lua"}, 2, "", "no such file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, tc.stdin, tc.args...)
			assert.Equal(t, tc.code, code, "stderr: %s", stderr)
			assert.Equal(t, tc.stdout, stdout)
			assert.Contains(t, stderr, tc.inStderr)
		})
	}
}

func TestREPL(t *testing.T) {
	tests := []struct {
		name  string
		lang  string
		input string
		want  []string
	}{
		{"lua expression and multi-line", "lua", "1 + 2\nfunction f(x)\n return x * 2\nend\nf(21)\ndocker.from_env():ping()\n", []string{"3", "42", "true"}},
		{"lua error keeps going", "lua", "error('bad')\n'still here'\n", []string{`"still here"`}},
		{"js", "js", "1 + 2\nconst c = docker.from_env()\nc.ping()\n", []string{"3", "true"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, _ := runCLI(t, tc.input, "--lang", tc.lang)
			require.Equal(t, 0, code)
			for _, w := range tc.want {
				assert.Contains(t, stdout, "> "+w+"\n", "stdout: %s", stdout)
			}
		})
	}
}

// A docker CLI context selects the daemon, as with the docker CLI.
func TestContextFlag(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("DOCKER_CONFIG", dir)
	t.Setenv("DOCKER_HOST", "")
	t.Setenv("DOCKER_CONTEXT", "")
	sum := sha256.Sum256([]byte("test-engine"))
	meta := filepath.Join(dir, "contexts", "meta", hex.EncodeToString(sum[:]))
	require.NoError(t, os.MkdirAll(meta, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(meta, "meta.json"),
		[]byte(`{"Name":"test-engine","Endpoints":{"docker":{"Host":"`+testengine.Get().Host+`"}}}`), 0o644))

	run1 := func(stdin string, args ...string) (int, string, string) {
		var out, errb bytes.Buffer
		code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
		return code, out.String(), errb.String()
	}
	code, out, stderr := run1("", "--context", "test-engine", "-e", `print(docker.from_env():ping())`)
	assert.Equal(t, 0, code, stderr)
	assert.Equal(t, "true\n", out)

	t.Setenv("DOCKER_CONTEXT", "test-engine")
	code, out, stderr = run1("", "--lang", "js", "-e", `print(docker.from_env().ping())`)
	assert.Equal(t, 0, code, stderr)
	assert.Equal(t, "true\n", out)

	code, _, stderr = run1("", "--context", "nope", "-e", `docker.from_env()`)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, `ContextNotFound: context "nope" not found`)

	code, _, stderr = run1("", "--context", "x", "--host", "unix:///x.sock", "-e", `print(1)`)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "cannot be used together")
}
