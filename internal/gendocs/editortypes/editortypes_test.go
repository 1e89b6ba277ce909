package editortypes_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dscript/dscript/internal/gendocs/editortypes"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	glua "github.com/yuin/gopher-lua"

	// modules scripts can require
	_ "github.com/dscript/dscript/stdlib"
)

var typesDir = filepath.Join("..", "..", "..", "types")

// TestEditorTypesAreCurrent checks that types/ holds what the method
// descriptions generate (run `make docs` after changing a method).
func TestEditorTypesAreCurrent(t *testing.T) {
	for _, tc := range []struct {
		file  string
		write func(io.Writer) error
	}{
		{"dscript.d.ts", editortypes.WriteTypeScript},
		{"dscript.lua", editortypes.WriteLua},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var want bytes.Buffer
			require.NoError(t, tc.write(&want))
			got, err := os.ReadFile(filepath.Join(typesDir, tc.file))
			require.NoError(t, err)
			assert.Equal(t, want.String(), string(got), "types/%s is stale: run make docs", tc.file)
		})
	}
}

// A script that uses the API as documented, in both spellings.
const goodJS = `// @ts-check
const client = docker.from_env();
const same = docker.fromEnv();
/** @type {boolean} */
const up = client.ping();
const c = client.containers.run("busybox", "sleep 1", { detach: true, autoRemove: true });
const c2 = client.containers.create("busybox", ["echo", "hi"], { name: "x", environment: { A: "1" } });
const c3 = client.containers.get(c.id);
for (const chunk of c3.logs({ stream: true, follow: true })) print(chunk);
const it = client.containers.get("x").logs({ stream: true });
it.close();
const all = client.containers.list({ all: true, filters: { status: ["running"] } });
all.forEach((x) => print(x.name, x.short_id, x.shortId));
client.api.inspect_container(c.id);
client.api.inspectContainer(c.id);
const mount = new docker.types.Mount("/data", "vol");
try { c2.remove({ force: true }); } catch (e) {
  if (e instanceof docker.errors.NotFound) print("gone");
}
const json = require("json");
const d = require("docker");
print(up, same, mount, json, d, process.argv[2], c3.image);
`

// The same API misused: each line must be reported.
const badJS = `// @ts-check
const client = docker.from_env();
client.containers.runn("busybox");
client.containers.run("busybox", "true", { detach: "yes" });
client.containers.run();
client.containers.list({ nosuch: 1 });
`

// TestTypeScriptDeclarations type-checks scripts against
// types/dscript.d.ts with the TypeScript compiler, installed from npm
// into the user's cache folder when it is not there yet. Without npm it
// checks the declarations' structure only, and says so.
func TestTypeScriptDeclarations(t *testing.T) {
	tsc := typescriptCompiler(t)
	decl, err := filepath.Abs(filepath.Join(typesDir, "dscript.d.ts"))
	require.NoError(t, err)
	if tsc == "" {
		src, err := os.ReadFile(decl)
		require.NoError(t, err)
		assert.Equal(t, strings.Count(string(src), "{"), strings.Count(string(src), "}"), "unbalanced braces")
		assert.Regexp(t, `(?m)^interface ContainerCollection \{$`, string(src))
		return
	}
	check := func(src string) (string, error) {
		dir := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(dir, "script.js"), []byte(src), 0o644))
		cfg, _ := json.Marshal(map[string]any{
			"compilerOptions": map[string]any{"noEmit": true, "allowJs": true, "checkJs": true, "strict": true,
				"target": "es2020", "lib": []string{"es2020"}, "types": []string{}},
			"files": []string{decl, "script.js"},
		})
		require.NoError(t, os.WriteFile(filepath.Join(dir, "tsconfig.json"), cfg, 0o644))
		out, err := exec.Command(tsc, "-p", dir).CombinedOutput()
		return string(out), err
	}
	out, err := check(goodJS)
	assert.NoError(t, err, out)

	out, err = check(badJS)
	assert.Error(t, err)
	for _, want := range []string{
		"script.js(3,19): error TS2551: Property 'runn' does not exist on type 'ContainerCollection'",
		"script.js(4,",
		"script.js(5,",
		"script.js(6,",
	} {
		assert.Contains(t, out, want)
	}
}

// typescriptCompiler returns the path of tsc, installing it with npm into
// the cache folder once; "" when npm is missing or cannot install it.
func typescriptCompiler(t *testing.T) string {
	cache, err := os.UserCacheDir()
	require.NoError(t, err)
	prefix := filepath.Join(cache, "dscript-test", "typescript")
	tsc := filepath.Join(prefix, "node_modules", ".bin", "tsc")
	if _, err := os.Stat(tsc); err == nil {
		return tsc
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Log("npm not found: checking the declarations' structure only")
		return ""
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, npm, "install", "--prefix", prefix, "--no-audit", "--no-fund", "typescript@5").CombinedOutput()
	if err != nil {
		t.Logf("npm install typescript failed, checking the declarations' structure only: %v\n%s", err, out)
		return ""
	}
	return tsc
}

var (
	luaParam = regexp.MustCompile(`^---@param (\w+)\??\s`)
	luaFunc  = regexp.MustCompile(`^function ([\w.:]+)\((.*)\) end$`)
)

// TestLuaAnnotations loads types/dscript.lua as Lua (it must parse) and
// checks that every ---@param names a parameter of the function it
// annotates, and that the classes scripts meet are declared.
func TestLuaAnnotations(t *testing.T) {
	path := filepath.Join(typesDir, "dscript.lua")
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	L := glua.NewState()
	defer L.Close()
	_, err = L.LoadString(string(src))
	require.NoError(t, err)

	var params []string
	funcs := 0
	for i, line := range strings.Split(string(src), "\n") {
		if m := luaParam.FindStringSubmatch(line); m != nil {
			params = append(params, m[1])
			continue
		}
		if m := luaFunc.FindStringSubmatch(line); m != nil {
			funcs++
			args := strings.Split(m[2], ", ")
			for _, p := range params {
				assert.Contains(t, args, p, "line %d: ---@param %s is not a parameter of %s", i+1, p, m[1])
			}
			params = nil
		}
	}
	assert.Greater(t, funcs, 50)
	for _, want := range []string{
		"---@class ContainerCollection\n",
		"---@field containers ContainerCollection ",
		"function ContainerCollection:run(image, command, stdout, stderr, remove, opts) end\n",
		"---@field auto_remove? boolean ",
		"function docker_module.from_env(",
		"---@return DockerClient\nfunction docker_module.from_env(",
	} {
		assert.Contains(t, string(src), want)
	}
}
