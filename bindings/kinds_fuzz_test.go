package bindings

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// fuzzKind runs a kind's converter on a JSON document decoded to a neutral
// value: it never panics, and it answers the same twice.
func fuzzKind[T any](f *testing.F, seeds []string, conv func(v any) (T, error)) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		v, err := DecodeJSON(doc)
		if err != nil {
			return
		}
		a, errA := conv(v)
		b, errB := conv(v)
		require.Equal(t, errA == nil, errB == nil)
		if errA != nil {
			require.NotEmpty(t, errA.Error())
			require.Equal(t, errA.Error(), errB.Error())
			return
		}
		require.Equal(t, a, b)
	})
}

func FuzzPorts(f *testing.F) {
	seeds := []string{`{"80/tcp": 8080}`, `{"80": ["127.0.0.1", 8080]}`, `{"53/udp": null}`, `{"1111/tcp": [1, 2]}`,
		`{"80/tcp": {"HostIp": "::1", "HostPort": "0"}}`, `{"80-90/tcp": "8080-8090"}`, `["80/tcp", 443]`, `{"x": "127.0.0.1:"}`}
	fuzzKind(f, seeds, func(v any) (any, error) {
		m, err := toPortMap(v)
		if err != nil {
			return nil, err
		}
		b, err := toPortBindings(v)
		return []any{m, b}, err
	})
}

func FuzzBinds(f *testing.F) {
	seeds := []string{`["/a:/b", "/c:/d:ro"]`, `{"/host": {"bind": "/ctr", "mode": "rw"}}`, `{"vol": "/data"}`,
		`["/a:/b:z,ro"]`, `{"/x": {"bind": 1}}`, `"/only"`, `[":"]`, `{"": {"bind": "", "mode": null}}`}
	fuzzKind(f, seeds, func(v any) (any, error) { return toVolumes(v) })
}

func FuzzMounts(f *testing.F) {
	seeds := []string{`["/a:/b"]`, `[{"target": "/t", "type": "tmpfs", "tmpfs_size": "1m"}]`, `["type=bind,source=/a,target=/b"]`,
		`[{"Target": "/x", "Type": "volume", "VolumeOptions": {"NoCopy": true}}]`, `{"/run": "size=1m"}`, `["/tmp:rw,size=64k"]`}
	fuzzKind(f, seeds, func(v any) (any, error) {
		m, err := toMounts(v)
		if err != nil {
			return nil, err
		}
		tm, err := toTmpfs(v)
		return []any{m, tm}, err
	})
}

func FuzzEnvironment(f *testing.F) {
	seeds := []string{`{"A": "1", "B": null}`, `["A=1", "B"]`, `{"N": 1.5, "T": true}`, `[1, 2]`, `{}`, `{"A\u0000": "x"}`}
	fuzzKind(f, seeds, func(v any) (any, error) {
		kv, err := toKeyValues(v)
		if err != nil {
			return nil, err
		}
		return kv, checkArgLengths(kv, "variable")
	})
}
