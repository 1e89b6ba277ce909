package bindings

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestAPIContainerSignatures checks the low-level container and exec
// methods against docker-py's signatures.
func TestAPIContainerSignatures(t *testing.T) {
	want := map[string]string{
		"diff":             "diff(container)",
		"pause":            "pause(container)",
		"unpause":          "unpause(container)",
		"rename":           "rename(container, name)",
		"resize":           "resize(container, height, width)",
		"restart":          "restart(container, timeout=10)",
		"top":              "top(container, ps_args=None)",
		"port":             "port(container, private_port)",
		"prune_containers": "prune_containers(filters=None)",
		"update_container": "update_container(container, blkio_weight=None, cpu_period=None, cpu_quota=None, cpu_shares=None, cpuset_cpus=None, cpuset_mems=None, mem_limit=None, mem_reservation=None, memswap_limit=None, kernel_memory=None, restart_policy=None)",
		"exec_create":      `exec_create(container, cmd, stdout=True, stderr=True, stdin=False, tty=False, privileged=False, user="", environment=None, workdir=None, detach_keys=None)`,
		"exec_inspect":     "exec_inspect(exec_id)",
		"exec_resize":      "exec_resize(exec_id, height=None, width=None)",
		"exec_start":       "exec_start(exec_id, detach=False, tty=False, stream=False, socket=False, demux=False)",
	}
	for name, sig := range want {
		m, ok := APIClientClass.Lookup(name, false).(*Method)
		require.True(t, ok, name)
		require.Equal(t, sig, m.Signature())
		for i, p := range m.Parameters() {
			require.Equal(t, i, p.Pos, "%s: %s is positional in docker-py order", name, p.Name)
		}
	}
}

// TestExecStartArgErrors checks that argument errors come before any
// request (the APIClient has no engine here).
func TestExecStartArgErrors(t *testing.T) {
	a := &APIClient{}
	for _, tc := range []struct {
		method string
		args   []any
		msg    string
	}{
		{"exec_start", []any{"x", map[string]any{"bogus": true}}, "APIClient.exec_start(): unexpected keyword argument 'bogus'"},
		{"exec_start", nil, "APIClient.exec_start(): missing required argument 'exec_id'"},
		{"exec_resize", []any{"x", int64(10)}, "APIClient.exec_resize(): arguments 'height' and 'width' must both be given"},
		{"exec_create", []any{"c"}, "APIClient.exec_create(): missing required argument 'cmd'"},
		{"update_container", []any{"c", map[string]any{"mem_limit": "lots"}}, `APIClient.update_container(): argument 'mem_limit' must be a size such as 512m or 1g (units b, k, m, g), not "lots"`},
		{"port", []any{"c", true}, "APIClient.port(): argument 'private_port' must be str or int, not bool"},
	} {
		m := APIClientClass.Lookup(tc.method, false).(*Method)
		_, err := m.Invoke(nil, a, tc.args)
		require.EqualError(t, err, tc.msg, tc.method)
		var e *Error
		require.ErrorAs(t, err, &e)
		require.Equal(t, InvalidArgument, e.Class)
	}
}
