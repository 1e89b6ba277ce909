package stdlib

import (
	"os"
	"strings"

	"github.com/dscript/dscript/bindings"
)

// EnvModuleClass is the env module: the process environment as the
// runtime's policy shows it.
var EnvModuleClass = bindings.NewModule("env", "Read environment variables.")

// Env is the env module's object.
var Env = bindings.RegisterModule("env", EnvModuleClass)

// EnvGetArgs are the parameters of env.get.
type EnvGetArgs struct {
	Name    string `arg:"name" pos:"0" req:"true" doc:"The variable's name."`
	Default any    `arg:"default" pos:"1" doc:"Returned when the variable is unset or empty."`
}

func init() {
	cls := EnvModuleClass
	bindings.Func(cls, "get", "The value of an environment variable, or default when it is unset or empty.", func(c *bindings.Call, a *EnvGetArgs) (any, error) {
		if v := getenv(c, a.Name); v != "" {
			return v, nil
		}
		return a.Default, nil
	})
	bindings.Func(cls, "all", "Every visible environment variable as a dict of str.", func(c *bindings.Call, _ *bindings.NoArgs) (any, error) {
		out := map[string]any{}
		for _, kv := range os.Environ() {
			name, _, ok := strings.Cut(kv, "=")
			if !ok || name == "" {
				continue
			}
			// read through the runtime's Getenv so that its policy applies
			if v := getenv(c, name); v != "" {
				out[name] = v
			}
		}
		return out, nil
	})
}
