package bindings

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type probe struct{}

func (probe) Class() *Class { return probeClass }

var probeClass = NewClass("Probe", "A class for testing argument binding.")

type probeArgs struct {
	Image   string         `arg:"image" pos:"0" req:"true"`
	Command Command        `arg:"command" pos:"1"`
	Config  map[string]any `arg:"config" pos:"2"`
	Detach  bool           `arg:"detach"`
	Tail    StrOrInt       `arg:"tail" default:"\"all\""`
	Limit   *int64         `arg:"limit"`
	Env     KeyValues      `arg:"environment"`
	AutoRm  bool           `arg:"auto_remove"`
}

var probeRun = Def(probeClass, "run", "Echo the bound arguments.", func(_ *Call, _ probe, a *probeArgs) (any, error) {
	return a, nil
})

func TestBind(t *testing.T) {
	limit := int64(3)
	tests := []struct {
		name  string
		camel bool
		args  []any
		want  *probeArgs
		err   string
	}{
		{"positional", false, []any{"busybox", "echo hi"}, &probeArgs{Image: "busybox", Command: Command{Args: []string{"echo", "hi"}, Raw: "echo hi"}, Tail: "all"}, ""},
		{"kwargs table", false, []any{"busybox", map[string]any{"detach": true, "limit": int64(3)}}, &probeArgs{Image: "busybox", Detach: true, Limit: &limit, Tail: "all"}, ""},
		{"all by name", false, []any{map[string]any{"image": "busybox", "tail": int64(5)}}, &probeArgs{Image: "busybox", Tail: "5"}, ""},
		{"empty table is empty kwargs", false, []any{"busybox", map[string]any{}}, &probeArgs{Image: "busybox", Tail: "all"}, ""},
		{"dict fills a dict positional", false, []any{"busybox", nil, map[string]any{"Foo": int64(1)}}, &probeArgs{Image: "busybox", Config: map[string]any{"Foo": int64(1)}, Tail: "all"}, ""},
		{"camelCase in JS", true, []any{"busybox", map[string]any{"autoRemove": true}}, &probeArgs{Image: "busybox", AutoRm: true, Tail: "all"}, ""},
		{"env dict sorted", false, []any{"busybox", map[string]any{"environment": map[string]any{"B": int64(2), "A": "x"}}}, &probeArgs{Image: "busybox", Env: KeyValues{"A=x", "B=2"}, Tail: "all"}, ""},
		{"camelCase refused in Lua", false, []any{"busybox", map[string]any{"autoRemove": true}}, nil, "Probe.run(): unexpected keyword argument 'autoRemove'"},
		{"both spellings", true, []any{"busybox", map[string]any{"autoRemove": true, "auto_remove": true}}, nil, "got multiple values for argument 'auto_remove'"},
		{"unknown keyword", false, []any{"busybox", map[string]any{"bogus": true}}, nil, "Probe.run(): unexpected keyword argument 'bogus'"},
		{"missing required", false, []any{map[string]any{"detach": true}}, nil, "Probe.run(): missing required argument 'image'"},
		{"wrong type", false, []any{"busybox", map[string]any{"detach": "yes"}}, nil, "Probe.run(): argument 'detach' must be bool, not str"},
		{"float for int", false, []any{"busybox", map[string]any{"limit": 1.5}}, nil, "argument 'limit' must be int, not float 1.5"},
		{"positional and keyword", false, []any{"busybox", map[string]any{"image": "x"}}, nil, "got multiple values for argument 'image'"},
		{"too many positional", false, []any{"a", "b", map[string]any{"x": int64(1)}, "d"}, nil, "takes 3 positional arguments but 4 were given"},
		{"list for str", false, []any{[]any{"busybox"}}, nil, "argument 'image' must be str, not list"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, err := probeRun.Invoke(&Call{Camel: tc.camel}, probe{}, tc.args)
			if tc.err != "" {
				require.Error(t, err)
				var ex *Error
				require.ErrorAs(t, err, &ex)
				assert.Equal(t, InvalidArgument, ex.Class)
				assert.Contains(t, ex.Message, tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, v)
		})
	}
}

func TestSignatureAndCamel(t *testing.T) {
	assert.Equal(t, `run(image, command=None, config=None, *, detach=False, tail="all", limit=None, environment=None, auto_remove=False)`, probeRun.Signature())
	for in, want := range map[string]string{"exec_run": "execRun", "short_id": "shortId", "ping": "ping", "__version__": "__version__", "auto_remove": "autoRemove"} {
		assert.Equal(t, want, CamelCase(in))
	}
}

func BenchmarkInvokeKwargs(b *testing.B) {
	args := []any{"busybox", "echo hi", map[string]any{"detach": true, "environment": map[string]any{"A": "1"}}}
	c := &Call{}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := probeRun.Invoke(c, probe{}, args); err != nil {
			b.Fatal(err)
		}
	}
}
