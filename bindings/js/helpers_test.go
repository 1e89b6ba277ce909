package js

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/dscript/dscript/bindings"
	"github.com/stretchr/testify/require"
)

// A throwaway class and module that exercise the adapter without a daemon.

type thing struct{ name string }

func (o *thing) Class() *bindings.Class { return thingClass }

// ID implements bindings.Identifier.
func (o *thing) ID() string { return "id-" + o.name }

var (
	thingClass   = bindings.NewClass("TestThing", "A test object.")
	jstestModule = bindings.NewModule("jstest", "Test module of package js.")
)

type valueArgs struct {
	Value any `arg:"value" pos:"0"`
}

type greetArgs struct {
	Name   string `arg:"name" pos:"0" req:"true"`
	DryRun bool   `arg:"dry_run"`
	Times  *int64 `arg:"times"`
}

type newThingArgs struct {
	Name string `arg:"name" pos:"0" req:"true"`
}

func init() {
	cls := thingClass
	cls.Repr = func(o bindings.Object) string { return "<TestThing: " + o.(*thing).name + ">" }
	bindings.Prop(cls, "short_name", "The name.", func(_ *bindings.Call, t *thing) (any, error) { return t.name, nil })
	bindings.Prop(cls, "id", "The ID.", func(_ *bindings.Call, t *thing) (any, error) { return t.ID(), nil })
	bindings.Def(cls, "echo", "Return the value.", func(_ *bindings.Call, _ *thing, a *valueArgs) (any, error) { return a.Value, nil })
	bindings.Def(cls, "go_type", "The Go type of the value.", func(_ *bindings.Call, _ *thing, a *valueArgs) (any, error) {
		return fmt.Sprintf("%T", a.Value), nil
	})
	bindings.Def(cls, "greet", "Greet someone.", func(_ *bindings.Call, t *thing, a *greetArgs) (any, error) {
		n := int64(1)
		if a.Times != nil {
			n = *a.Times
		}
		return fmt.Sprintf("%s greets %s x%d dry=%v", t.name, a.Name, n, a.DryRun), nil
	})
	bindings.Def(cls, "fail", "Raise NotFound.", func(_ *bindings.Call, t *thing, _ *bindings.NoArgs) (any, error) {
		return nil, errGone
	})
	bindings.Def(cls, "block", "Block until the call's context ends.", func(c *bindings.Call, _ *thing, _ *bindings.NoArgs) (any, error) {
		<-c.Context().Done()
		return nil, c.Context().Err()
	})
	bindings.Def(cls, "sibling", "Another handle on the same object.", func(_ *bindings.Call, t *thing, _ *bindings.NoArgs) (any, error) {
		return &thing{name: t.name}, nil
	})
	m := bindings.Func(jstestModule, "Thing", "Make a TestThing.", func(_ *bindings.Call, a *newThingArgs) (any, error) {
		return &thing{name: a.Name}, nil
	})
	m.Ctor = true
	bindings.RegisterModule("jstest", jstestModule)
}

// errGone is what TestThing.fail raises.
var errGone = bindings.Errorf(bindings.NotFound, "the thing is gone")

// testRuntime is a runtime whose output is captured.
type testRuntime struct {
	*Runtime
	out, errOut bytes.Buffer
}

func newRuntime(t *testing.T, env *bindings.Env) *testRuntime {
	t.Helper()
	tr := &testRuntime{}
	if env == nil {
		env = &bindings.Env{}
	}
	env.Stdout, env.Stderr = &tr.out, &tr.errOut
	if env.Getenv == nil {
		env.Getenv = func(k string) string {
			if k == "DSCRIPT_JS_TEST" {
				return "yes"
			}
			return ""
		}
	}
	tr.Runtime = New(Options{Env: env, Args: []string{"test.js", "one", "two"}})
	t.Cleanup(func() { _ = tr.Close() })
	return tr
}

// set makes a neutral value a global of the script.
func (tr *testRuntime) set(t *testing.T, name string, v any) {
	t.Helper()
	require.NoError(t, tr.VM().Set(name, tr.toJS(v)))
}

// eval evaluates an expression and exports its value.
func (tr *testRuntime) eval(t *testing.T, src string) any {
	t.Helper()
	v, err := tr.Eval(context.Background(), src)
	require.NoError(t, err, src)
	return v.Export()
}

// truth asserts that each JS expression is true.
func (tr *testRuntime) truth(t *testing.T, exprs ...string) {
	t.Helper()
	for _, e := range exprs {
		require.Equal(t, true, tr.eval(t, e), e)
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}
