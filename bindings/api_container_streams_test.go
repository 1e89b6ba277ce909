package bindings

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// TestAPIContainerStreamSignatures checks the low-level attach, archive,
// stats, commit and config methods against docker-py's signatures.
func TestAPIContainerStreamSignatures(t *testing.T) {
	want := map[string]string{
		"attach":                       "attach(container, stdout=True, stderr=True, stream=False, logs=False, demux=False)",
		"attach_socket":                "attach_socket(container, params=None, ws=False)",
		"commit":                       "commit(container, repository=None, tag=None, message=None, author=None, pause=True, changes=None, conf=None)",
		"export":                       "export(container, chunk_size=2097152)",
		"get_archive":                  "get_archive(container, path, chunk_size=2097152, encode_stream=False)",
		"put_archive":                  "put_archive(container, path, data)",
		"stats":                        "stats(container, decode=None, stream=True, one_shot=None)", // optional bools render as False,
		"create_container_from_config": "create_container_from_config(config, name=None, platform=None)",
	}
	for name, sig := range want {
		m, ok := APIClientClass.Lookup(name, false).(*Method)
		require.True(t, ok, name)
		require.Equal(t, sig, m.Signature())
		for i, p := range m.Parameters() {
			require.Equal(t, i, p.Pos, "%s: %s is positional in docker-py order", name, p.Name)
		}
	}
	m := APIClientClass.Lookup("create_container_config", false).(*Method)
	require.True(t, strings.HasPrefix(m.Signature(), "create_container_config(image, command=None, "), m.Signature())
	for _, name := range []string{"name", "platform", "use_config_proxy"} {
		require.Nil(t, m.Param(name, true), name)
	}
	require.NotNil(t, m.Param("host_config", false))
}

func TestRef(t *testing.T) {
	ct := &Container{Model{id: "abc"}}
	for _, v := range []any{"abc", map[string]any{"Id": "abc", "Warnings": []any{}}, map[string]any{"ID": "abc"}, ct} {
		r, err := toRef(v)
		require.NoError(t, err)
		require.Equal(t, "abc", r.ID)
	}
	r, _ := toRef(ct)
	require.Same(t, ct, r.Model, "a model is kept so operations can reuse what it knows")
	for v, msg := range map[any]string{
		"": "must not be an empty str", int64(3): "must be str, dict or model, not int", true: "must be str, dict or model, not bool",
	} {
		_, err := toRef(v)
		require.EqualError(t, err, msg)
	}
	_, err := toRef(map[string]any{"Name": "x"})
	require.EqualError(t, err, "is a dict without an 'Id'")
	_, err = toRef(map[string]any{"Id": int64(5)})
	require.EqualError(t, err, "is a dict whose 'Id' is not a non-empty str (int)")
}

// TestAPIContainerArgErrors checks that argument errors come before any
// request (the APIClient has no engine here) and name method and argument.
func TestAPIContainerArgErrors(t *testing.T) {
	a := &APIClient{}
	for _, tc := range []struct {
		method string
		args   []any
		msg    string
	}{
		{"inspect_container", []any{int64(5)}, "APIClient.inspect_container(): argument 'container' must be str, dict or model, not int"},
		{"start", []any{map[string]any{"Warnings": []any{}}}, "APIClient.start(): argument 'container' is a dict without an 'Id'"},
		{"exec_create", []any{"", "true"}, "APIClient.exec_create(): argument 'container' must not be an empty str"},
		{"attach", []any{"c", map[string]any{"bogus": true}}, "APIClient.attach(): unexpected keyword argument 'bogus'"},
		{"attach_socket", []any{"c", map[string]any{"nope": 1}}, "APIClient.attach_socket(): argument 'params': unknown attach parameter 'nope' (logs, stream, stdin, stdout, stderr, detachKeys)"},
		{"export", []any{"c", int64(0)}, "APIClient.export(): argument 'chunk_size' must be from 1 to 1073741824, not 0"},
		{"get_archive", []any{"c"}, "APIClient.get_archive(): missing required argument 'path'"},
		{"put_archive", []any{"c", "/tmp", int64(1)}, "APIClient.put_archive(): argument 'data' must be str, bytes or an iterator of chunks, not int"},
		{"stats", []any{"c", true, false}, "APIClient.stats(): decode is only available in conjunction with stream=True"},
		{"commit", []any{"c", map[string]any{"pause": "yes"}}, "APIClient.commit(): argument 'pause' must be bool, not str"},
		{"create_container_config", []any{"busybox", map[string]any{"name": "x"}}, "APIClient.create_container_config(): unexpected keyword argument 'name'"},
		{"create_container_from_config", nil, "APIClient.create_container_from_config(): missing required argument 'config'"},
	} {
		m := APIClientClass.Lookup(tc.method, false).(*Method)
		_, err := m.Invoke(nil, a, tc.args)
		require.EqualError(t, err, tc.msg, tc.method)
		var e *Error
		require.ErrorAs(t, err, &e)
		require.Equal(t, InvalidArgument, e.Class)
	}
}

// apiCall invokes an APIClient method as a script would.
func apiCall(t *testing.T, name string, args ...any) any {
	t.Helper()
	m, ok := APIClientClass.Lookup(name, false).(*Method)
	require.True(t, ok, "APIClient.%s", name)
	v, err := m.Invoke(testCall(t), &APIClient{eng: testengine.Get().Client}, args)
	require.NoError(t, err)
	return v
}

// TestAPICommit commits through api.commit, naming the container by the
// {Id} dict of create_container, and removes the image.
func TestAPICommit(t *testing.T) {
	t.Parallel()
	ct := testContainer(t, []string{"sh", "-c", "echo committed > /c.txt"}, nil, false)
	_, err := testengine.Get().Client.ContainerWait(testCall(t).Context(), ct.id, "")
	require.NoError(t, err)
	repo := testengine.Name(t, "apicommit")
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if _, err := testengine.Get().Client.ImageDelete(ctx, repo+":v1", engine.ImageDeleteOptions{Force: true}); err != nil {
			t.Logf("cleanup: %v", err)
		}
	})
	ref := map[string]any{"Id": ct.id, "Warnings": []any{}}
	res := apiCall(t, "commit", ref, repo, "v1", "msg", "me", true, `CMD ["cat", "/c.txt"]`,
		map[string]any{"Labels": map[string]any{testengine.Label: "y"}}).(map[string]any)
	id, _ := res["Id"].(string)
	require.True(t, strings.HasPrefix(id, "sha256:"), "%v", res)
	raw, err := testengine.Get().Client.ImageInspect(testCall(t).Context(), repo+":v1")
	require.NoError(t, err)
	var img struct {
		ID      string `json:"Id"`
		Comment string
		Author  string
		Config  struct {
			Cmd    []string
			Labels map[string]string
		}
	}
	require.NoError(t, json.Unmarshal(raw, &img))
	assert.Equal(t, id, img.ID)
	assert.Equal(t, "msg", img.Comment)
	assert.Equal(t, "me", img.Author)
	assert.Equal(t, []string{"cat", "/c.txt"}, img.Config.Cmd)
	assert.Equal(t, "y", img.Config.Labels[testengine.Label])
}

// TestExecRunSocket checks exec_run(socket=true): an ExecResult without
// exit code whose output is a Socket, multiplexed without a TTY.
func TestExecRunSocket(t *testing.T) {
	t.Parallel()
	ct := testContainer(t, []string{"sleep", "60"}, nil, false)
	r := mustCall(t, ct, "exec_run", "cat", map[string]any{"socket": true, "stdin": true}).(*ExecResult)
	require.Nil(t, r.ExitCode)
	s, ok := r.Output.(*Socket)
	require.True(t, ok, "%T", r.Output)
	require.Equal(t, "ExecResult(exit_code=None, output=<Socket>)", ExecResultClass.Repr(r))
	_, err := s.write(testCall(t), ByteStreamOf([]byte("hello\n")))
	require.NoError(t, err)
	require.NoError(t, s.closeWrite())
	raw, err := s.readAll()
	require.NoError(t, err)
	// one stdout frame: header (stream 1, length 6) and the data
	require.Equal(t, "\x01\x00\x00\x00\x00\x00\x00\x06hello\n", raw)
	require.NoError(t, s.Close())
}
