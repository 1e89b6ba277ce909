package main

import (
	"bytes"
	"context"
	"testing"

	"github.com/dscript/dscript"
	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tab completion comes from the method descriptions in both languages.
func TestCompletion(t *testing.T) {
	tests := []struct {
		lang  dscript.Lang
		setup string
		line  string
		want  []string
		none  []string // names that must not be offered
	}{
		{dscript.Lua, "client = docker.from_env()", "client.containers:ru", []string{"n"}, nil},
		{dscript.Lua, "client = docker.from_env()", "client.con", []string{"tainers"}, nil},
		{dscript.Lua, "", "docker.from", []string{"_env"}, nil},
		{dscript.Lua, "client = docker.from_env()", "client.nothing:", nil, nil},
		{dscript.JavaScript, "const client = docker.from_env()", "client.containers.ru", []string{"n"}, nil},
		{dscript.JavaScript, "var client = docker.from_env()", "client.api.inspect", []string{"Container", "Image"}, []string{"_container", "_image"}},
		{dscript.JavaScript, "var client = docker.from_env()", "client.api.", []string{"inspectContainer", "createContainer"}, []string{"inspect_container", "create_container"}},
		{dscript.JavaScript, "", "docker.from", []string{"Env"}, []string{"_env"}},
		{dscript.Lua, "client = docker.from_env()", "client.api:", []string{"inspect_container", "create_container"}, []string{"inspectContainer", "createContainer"}},
		{dscript.JavaScript, "var client = docker.from_env()", "client.api.inspect_", []string{"container", "image"}, nil},
		{dscript.JavaScript, "", "dock", []string{"er"}, nil},
	}
	for _, tc := range tests {
		t.Run(string(tc.lang)+" "+tc.line, func(t *testing.T) {
			var out bytes.Buffer
			rt, err := dscript.New(tc.lang, dscript.Options{Engine: engine.Options{Host: testengine.Get().Host}, Stdout: &out})
			require.NoError(t, err)
			defer rt.Close()
			if tc.setup != "" {
				_, err := rt.Eval(context.Background(), tc.setup)
				require.NoError(t, err)
			}
			got, n := completer{rt: rt}.Do([]rune(tc.line), len([]rune(tc.line)))
			var s []string
			for _, g := range got {
				s = append(s, string(g))
			}
			assert.Subset(t, s, tc.want)
			for _, n := range tc.none {
				assert.NotContains(t, s, n)
			}
			if tc.want == nil {
				assert.Empty(t, s)
			}
			assert.GreaterOrEqual(t, n, 0)
		})
	}
}

func TestHelp(t *testing.T) {
	for _, tc := range []struct {
		lang dscript.Lang
		src  string
	}{
		{dscript.Lua, `help(docker.from_env().containers.run)`},
		{dscript.JavaScript, `help(docker.from_env().containers.run)`},
		{dscript.Lua, `help("ContainerCollection.run")`},
	} {
		var out bytes.Buffer
		rt, err := dscript.New(tc.lang, dscript.Options{Engine: engine.Options{Host: testengine.Get().Host}, Stdout: &out})
		require.NoError(t, err)
		require.NoError(t, rt.RunString(context.Background(), "help", tc.src))
		assert.Contains(t, out.String(), "ContainerCollection.run(image, command=None, stdout=True, stderr=False, remove=False")
		assert.Contains(t, out.String(), "  image (str, required): The image to run.")
		require.NoError(t, rt.Close())
	}
}
