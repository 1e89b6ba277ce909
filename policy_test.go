package dscript_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/dscript/dscript"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Modules that open connections of their own load only when the policy
// grants the network; Docker and the other modules are always there.
func TestPolicyNetwork(t *testing.T) {
	tests := []struct {
		lang dscript.Lang
		src  string
	}{
		{dscript.Lua, `local ok, err = pcall(require, "http"); print(ok, err.class, tostring(err)); print(type(require("json").encode))`},
		{dscript.JavaScript, `try { require("net"); print("loaded") } catch (e) { print(false, e.name, e.message) } print(typeof require("json").encode)`},
	}
	for _, tc := range tests {
		t.Run(string(tc.lang), func(t *testing.T) {
			for _, network := range []bool{false, true} {
				var out bytes.Buffer
				rt, err := dscript.New(tc.lang, dscript.Options{Stdout: &out, Policy: dscript.Policy{Network: network}})
				require.NoError(t, err)
				require.NoError(t, rt.RunString(context.Background(), "policy", tc.src))
				require.NoError(t, rt.Close())
				if network {
					assert.NotContains(t, out.String(), "capability")
				} else {
					assert.Contains(t, out.String(), "false\tDockerException\tmodule '")
					assert.Contains(t, out.String(), "' needs the network capability, which this runtime's policy does not grant")
				}
				assert.Contains(t, out.String(), "function")
			}
		})
	}
}
