package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeFiles writes files (name → content) into a new folder.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(src), 0o644))
	}
	return dir
}

// Scripts behave as with lua and node: a #! line, arguments in ..., require
// next to the script, unhandled rejections fail the run.
func TestCommandScripts(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"shebang.lua":    "#!/usr/bin/env dscript\nprint(\"lua ran\", docker.from_env():ping())\n",
		"shebang.js":     "#!/usr/bin/env dscript\nprint(\"js ran\", docker.from_env().ping())\n",
		"varargs.lua":    "print(select('#', ...), ...)\nlocal a, b = ...\nprint(a == arg[1], b == arg[2])\n",
		"main.lua":       "local lib = require('lib')\nlocal pkg = require('pkg')\nprint(lib.greet(...), pkg.name)\n",
		"lib.lua":        "return { greet = function(n) return 'hello ' .. n end }\n",
		"pkg/init.lua":   "return { name = 'pkg' }\n",
		"main.js":        "const lib = require('./lib.js')\nconst again = require('./lib')\nconst data = require('./sub/data.json')\nprint(lib.greet(process.argv[2]), lib === again, data.n, require('./sub/helper').twice(21))\n",
		"lib.js":         "exports.greet = (n) => 'hello ' + n\n",
		"sub/data.json":  `{"n": 7}`,
		"sub/helper.js":  "const lib = require('../lib.js')\nmodule.exports = { twice: (x) => x * 2, lib }\n",
		"missing.js":     "require('./nope.js')\n",
		"badlib.js":      "require('./sub/broken.js')\n",
		"sub/broken.js":  "let x = (\n",
		"esm.mjs":        "export const x = 1\n",
		"import.js":      "import fs from 'fs'\n",
		"requiremjs.js":  "require('./esm.mjs')\n",
		"rejected.js":    "(async () => { throw new Error('nobody caught this') })()\nprint('after')\n",
		"handled.js":     "Promise.reject(new Error('x')).catch(() => print('caught'))\n",
		"rejectvalue.js": "Promise.reject(42)\n",
		"syntax.lua":     "local x = 1\nprint(x +)\n",
		"syntaxeof.lua":  "if true then\n",
		"syntax.js":      "let a = 1\nfoo(\n",
		"runtimeerr.lua": "local x = 1\nerror('boom')\n",
		"badmod.lua":     "require('broken')\n",
		"broken.lua":     "x = (\n",
		"trace.js":       "function inner() { throw new Error('deep') }\nfunction outer() { inner() }\nouter()\n",
	})
	p := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		name      string
		args      []string
		code      int
		stdout    string
		inStderr  []string
		notStderr []string
	}{
		{"lua shebang", []string{p("shebang.lua")}, 0, "lua ran\ttrue\n", nil, nil},
		{"js shebang", []string{p("shebang.js")}, 0, "js ran\ttrue\n", nil, nil},
		{"lua varargs", []string{p("varargs.lua"), "a", "b c"}, 0, "2\ta\tb c\ntrue\ttrue\n", nil, nil},
		{"lua varargs none", []string{p("varargs.lua")}, 0, "0\ntrue\ttrue\n", nil, nil},
		{"lua -e varargs", []string{"-e", "print(...)", "x", "y"}, 0, "x\ty\n", nil, nil},
		{"lua require next to the script", []string{p("main.lua"), "ann"}, 0, "hello ann\tpkg\n", nil, nil},
		{"js require next to the script", []string{p("main.js"), "bob"}, 0, "hello bob\ttrue\t7\t42\n", nil, nil},
		{"js missing module", []string{p("missing.js")}, 1, "",
			[]string{"Error: Cannot find module './nope.js' (looked for " + p("nope.js") + ")", "at " + p("missing.js") + ":1:"},
			[]string{"github.com", "native"}},
		{"js syntax error in a module", []string{p("badlib.js")}, 1, "", []string{"SyntaxError: " + p("sub/broken.js") + ":2:"}, nil},
		{".mjs refused", []string{p("esm.mjs")}, 2, "", []string{"ES modules (.mjs files, import and export) are not supported"}, nil},
		{"import refused", []string{p("import.js")}, 1, "",
			[]string{"SyntaxError: " + p("import.js") + ":1:1: ES modules (.mjs files, import and export) are not supported: dscript runs JavaScript as CommonJS scripts, so use require() and module.exports\n"}, nil},
		{"require of .mjs refused", []string{p("requiremjs.js")}, 1, "", []string{`require("./esm.mjs"): ES modules`}, nil},
		{"unhandled rejection", []string{p("rejected.js")}, 1, "after\n", []string{"Error: nobody caught this\n", "at " + p("rejected.js") + ":1:"}, nil},
		{"unhandled rejection of a value", []string{p("rejectvalue.js")}, 1, "", []string{"42"}, nil},
		{"handled rejection", []string{p("handled.js")}, 0, "caught\n", nil, nil},
		{"lua syntax error", []string{p("syntax.lua")}, 1, "", []string{"SyntaxError: " + p("syntax.lua") + ":2: syntax error near ')'\n"}, []string{"@", "column"}},
		{"lua syntax error at the end", []string{p("syntaxeof.lua")}, 1, "", []string{"SyntaxError: " + p("syntaxeof.lua") + ": syntax error at end of input\n"}, nil},
		{"lua runtime error", []string{p("runtimeerr.lua")}, 1, "", []string{"error: " + p("runtimeerr.lua") + ":2: boom\n", "\t" + p("runtimeerr.lua") + ":2: in main chunk"}, []string{"@"}},
		{"lua syntax error in a module", []string{p("badmod.lua")}, 1, "", []string{"error: " + p("broken.lua") + ": syntax error at end of input\n"}, []string{"EOF:"}},
		{"js syntax error", []string{p("syntax.js")}, 1, "", []string{"SyntaxError: " + p("syntax.js") + ":3:1: Unexpected end of input\n"}, []string{"SyntaxError: SyntaxError", "more errors"}},
		{"js traceback as node's", []string{p("trace.js")}, 1, "",
			[]string{"Error: deep\n\tat inner (" + p("trace.js") + ":1:", "\n\tat outer (" + p("trace.js") + ":2:", "\n\tat " + p("trace.js") + ":3:"},
			[]string{"<anonymous>"}},
		{"-e error names the command line once", []string{"-e", "error('x')"}, 1, "", []string{"error: (command line):1: x\n"}, []string{"=(command line)"}},
		{"-e js syntax error", []string{"--lang", "js", "-e", "foo("}, 1, "", []string{"SyntaxError: (command line):1:5: Unexpected end of input\n"}, []string{"=(command line)", "SyntaxError: SyntaxError"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", tc.args...)
			assert.Equal(t, tc.code, code, "stderr: %s", stderr)
			assert.Equal(t, tc.stdout, stdout)
			for _, s := range tc.inStderr {
				assert.Contains(t, stderr, s)
			}
			for _, s := range tc.notStderr {
				assert.NotContains(t, stderr, s)
			}
		})
	}
}

func TestStdinChunkName(t *testing.T) {
	code, _, stderr := runCLI(t, "local x = 1\nerror('from stdin')\n", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "error: stdin:2: from stdin\n")
	assert.NotContains(t, stderr, "=stdin")
}

func TestHelpAndVersion(t *testing.T) {
	for _, flag := range []string{"--help", "-h"} {
		code, stdout, stderr := runCLI(t, "", flag)
		assert.Equal(t, 0, code)
		assert.Empty(t, stderr)
		assert.True(t, strings.HasPrefix(stdout, "usage: dscript [flags]"), stdout)
		assert.Contains(t, stdout, "-version")
		assert.Contains(t, stdout, "#!/usr/bin/env dscript")
	}
	code, stdout, stderr := runCLI(t, "", "--version")
	assert.Equal(t, 0, code)
	assert.Empty(t, stderr)
	assert.Contains(t, stdout, "dscript ")
	assert.Contains(t, stdout, runtime.Version())
	assert.Contains(t, stdout, "Docker Engine API "+engine.MaxAPIVersion)

	code, stdout, stderr = runCLI(t, "", "--bogus")
	assert.Equal(t, 2, code)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, "flag provided but not defined: -bogus")
	assert.Contains(t, stderr, "dscript --help")
}

// Scripts starting with #!/usr/bin/env dscript run as programs.
func TestExecutableScripts(t *testing.T) {
	bin := buildBinary(t)
	dir := writeFiles(t, map[string]string{
		"hello.lua": "#!/usr/bin/env dscript\nprint('lua', docker.from_env():ping(), ...)\n",
		"hello.js":  "#!/usr/bin/env dscript\nprint('js', process.argv.slice(2).join(' '), docker.from_env().ping())\n",
	})
	for _, name := range []string{"hello.lua", "hello.js"} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, name)
			require.NoError(t, os.Chmod(p, 0o755))
			cmd := exec.Command(p, "one", "two")
			cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(bin)+":"+os.Getenv("PATH"), "DOCKER_HOST="+testengine.Get().Host)
			out, err := cmd.CombinedOutput()
			require.NoError(t, err, string(out))
			lang := strings.TrimPrefix(filepath.Ext(name), ".")
			want := "lua\ttrue\tone\ttwo\n"
			if lang == "js" {
				want = "js\tone two\ttrue\n"
			}
			assert.Equal(t, want, string(out))
		})
	}
}
