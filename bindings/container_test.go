package bindings

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// testCall returns a Call bounded to a minute.
func testCall(t *testing.T) *Call {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return &Call{Ctx: ctx}
}

// testContainer creates (and, unless noStart, starts) a busybox container
// with init, removed when the test ends.
func testContainer(t *testing.T, cmd []string, extra map[string]any, noStart bool) *Container {
	t.Helper()
	c := testCall(t)
	eng := testengine.Get().Client
	cfg := map[string]any{"Image": testengine.BusyboxImage, "Cmd": cmd, "Labels": testengine.Labels(t), "HostConfig": map[string]any{"Init": true}}
	for k, v := range extra {
		cfg[k] = v
	}
	raw, err := eng.ContainerCreate(c.Context(), engine.ContainerCreateOptions{Name: testengine.Name(t, "")}, cfg)
	require.NoError(t, err)
	var res struct {
		ID string `json:"Id"`
	}
	require.NoError(t, json.Unmarshal(raw, &res))
	testengine.Cleanup(t, res.ID)
	if !noStart {
		require.NoError(t, eng.ContainerStart(c.Context(), res.ID, ""))
	}
	raw, err = eng.ContainerInspect(c.Context(), res.ID, false)
	require.NoError(t, err)
	ct, err := newContainer(NewClient(eng), raw)
	require.NoError(t, err)
	return ct
}

// call invokes a Container method as a script would.
func call(t *testing.T, ct *Container, name string, args ...any) (any, error) {
	t.Helper()
	m, ok := ContainerClass.Lookup(name, false).(*Method)
	require.True(t, ok, "Container.%s", name)
	return m.Invoke(testCall(t), ct, args)
}

func mustCall(t *testing.T, ct *Container, name string, args ...any) any {
	t.Helper()
	v, err := call(t, ct, name, args...)
	require.NoError(t, err)
	return v
}

// drain reads an iterator to its end.
func drain(t *testing.T, v any) []any {
	t.Helper()
	it, ok := v.(Iterator)
	require.True(t, ok, "not an iterator: %T", v)
	defer it.Close()
	var out []any
	for {
		x, ok, err := it.Next(testCall(t))
		require.NoError(t, err)
		if !ok {
			return out
		}
		out = append(out, x)
	}
}

func joinBytes(t *testing.T, items []any) []byte {
	var b []byte
	for _, x := range items {
		chunk, ok := x.(Bytes)
		require.True(t, ok, "chunk is %T", x)
		b = append(b, chunk...)
	}
	return b
}

func TestContainerArchives(t *testing.T) {
	t.Parallel()
	ct := testContainer(t, []string{"sleep", "60"}, nil, false)

	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	require.NoError(t, tw.WriteHeader(&tar.Header{Name: "hello.txt", Mode: 0o644, Size: 2, Typeflag: tar.TypeReg}))
	_, _ = tw.Write([]byte("hi"))
	require.NoError(t, tw.Close())
	archive := buf.Bytes()

	// from an iterator of small chunks
	it := &closeRecorder{}
	for i := 0; i < len(archive); i += 100 {
		it.items = append(it.items, Bytes(archive[i:min(i+100, len(archive))]))
	}
	assert.Equal(t, true, mustCall(t, ct, "put_archive", "/tmp", it))
	assert.True(t, it.closed)
	assert.Equal(t, true, mustCall(t, ct, "put_archive", "/", map[string]any{"data": string(archive)}))

	res := mustCall(t, ct, "get_archive", "/tmp/hello.txt", int64(3)).(Tuple)
	require.Len(t, res, 2)
	stat := res[1].(map[string]any)
	assert.Equal(t, "hello.txt", stat["name"])
	assert.Equal(t, int64(2), stat["size"])
	chunks := drain(t, res[0])
	require.Greater(t, len(chunks), 1)
	for _, c := range chunks[:len(chunks)-1] {
		assert.Len(t, c, 3, "every chunk but the last has chunk_size bytes")
	}
	tr := tar.NewReader(bytes.NewReader(joinBytes(t, chunks)))
	h, err := tr.Next()
	require.NoError(t, err)
	assert.Equal(t, "hello.txt", h.Name)
	data, _ := io.ReadAll(tr)
	assert.Equal(t, "hi", string(data))

	_, err = call(t, ct, "get_archive", "/nope")
	require.Error(t, err)
	var ex *Error
	require.True(t, errors.As(err, &ex))
	assert.Equal(t, "NotFound", ex.Class.Name)

	_, err = call(t, ct, "put_archive", "/tmp", int64(1))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "Container.put_archive()")

	// export: stop reading after the first chunk, closing the stream
	exp := mustCall(t, ct, "export", map[string]any{"chunk_size": int64(4096)}).(Iterator)
	first, ok, err := exp.Next(testCall(t))
	require.NoError(t, err)
	require.True(t, ok)
	assert.Len(t, first, 4096)
	require.NoError(t, exp.Close())
	_, ok, err = exp.Next(testCall(t))
	assert.False(t, ok)
	assert.NoError(t, err)

	_, err = call(t, ct, "export", int64(0))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "chunk_size")
}

func TestContainerExportAll(t *testing.T) {
	t.Parallel()
	ct := testContainer(t, []string{"true"}, nil, true)
	tr := tar.NewReader(bytes.NewReader(joinBytes(t, drain(t, mustCall(t, ct, "export")))))
	found := false
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		found = found || h.Name == "bin/busybox"
	}
	assert.True(t, found, "bin/busybox in the export")
}

func TestContainerAttach(t *testing.T) {
	t.Parallel()
	// attach before start, like docker start -a: the stream ends when the
	// container exits
	ct := testContainer(t, []string{"sh", "-c", "echo out; sleep 0.2; echo err >&2"}, nil, true)
	it := mustCall(t, ct, "attach", map[string]any{"stream": true, "demux": true})
	require.NoError(t, testengine.Get().Client.ContainerStart(testCall(t).Context(), ct.id, ""))
	assert.Equal(t, []any{Tuple{"out\n", nil}, Tuple{nil, "err\n"}}, drain(t, it))

	// logs=true, stream=false: what was written so far
	assert.Equal(t, "out\nerr\n", mustCall(t, ct, "attach", map[string]any{"logs": true}))
	assert.Equal(t, Tuple{"out\n", "err\n"}, mustCall(t, ct, "attach", map[string]any{"logs": true, "demux": true}))
	assert.Equal(t, "out\n", mustCall(t, ct, "attach", map[string]any{"logs": true, "stderr": false}))
}

func TestContainerAttachStreamLive(t *testing.T) {
	t.Parallel()
	ct := testContainer(t, []string{"sh", "-c", "read x; echo got $x; sleep 60"}, map[string]any{"OpenStdin": true}, false)
	out := mustCall(t, ct, "attach", map[string]any{"stream": true}).(Iterator)
	defer out.Close()
	sock := mustCall(t, ct, "attach_socket", map[string]any{"params": map[string]any{"stdin": int64(1), "stream": true}}).(*Socket)
	_, err := sock.write(testCall(t), ByteStreamOf([]byte("ping\n")))
	require.NoError(t, err)
	v, ok, err := out.Next(testCall(t))
	require.NoError(t, err)
	require.True(t, ok)
	assert.Equal(t, "got ping\n", v)
	require.NoError(t, out.Close())
	require.NoError(t, sock.Close())
}

func socketCall(t *testing.T, s *Socket, name string, args ...any) any {
	t.Helper()
	m, ok := SocketClass.Lookup(name, false).(*Method)
	require.True(t, ok, "Socket.%s", name)
	v, err := m.Invoke(testCall(t), s, args)
	require.NoError(t, err)
	return v
}

func TestContainerAttachSocket(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		tty  bool
		ws   bool
	}{{"multiplexed", false, false}, {"tty", true, false}, {"websocket", false, true}} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			extra := map[string]any{"OpenStdin": true, "StdinOnce": true, "Tty": tc.tty}
			ct := testContainer(t, []string{"cat"}, extra, false)
			s := mustCall(t, ct, "attach_socket", map[string]any{"params": map[string]any{"stdin": int64(1), "stream": int64(1), "stdout": int64(1)}, "ws": tc.ws}).(*Socket)
			defer s.Close()
			assert.Equal(t, int64(6), socketCall(t, s, "write", "hello\n"))
			if tc.tty {
				// a TTY echoes input; end it with ^D instead of a half-close
				socketCall(t, s, "send", "\x04")
			} else {
				socketCall(t, s, "close_write")
			}
			var got strings.Builder
			for _, x := range drain(t, socketCall(t, s, "chunks")) {
				got.WriteString(x.(string))
			}
			assert.Contains(t, strings.ReplaceAll(got.String(), "\r", ""), "hello\n")
			assert.True(t, s.closed, "exhausting chunks() closes the socket")
		})
	}
}

func TestSocketRawRead(t *testing.T) {
	t.Parallel()
	ct := testContainer(t, []string{"cat"}, map[string]any{"OpenStdin": true, "StdinOnce": true}, false)
	s := mustCall(t, ct, "attach_socket", map[string]any{"params": map[string]any{"stdin": true, "stream": true, "stdout": true}}).(*Socket)
	defer s.Close()
	socketCall(t, s, "sendall", Bytes("abc"))
	socketCall(t, s, "shutdown")
	raw := socketCall(t, s, "read").(string)
	assert.Equal(t, "\x01\x00\x00\x00\x00\x00\x00\x03abc", raw, "read returns the multiplexed stream as it is")
	assert.Equal(t, "", socketCall(t, s, "recv", int64(10)))
	socketCall(t, s, "close")
	m := SocketClass.Lookup("read", false).(*Method)
	_, err := m.Invoke(testCall(t), s, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "closed")
	_, err = call(t, ct, "attach_socket", map[string]any{"params": map[string]any{"stdn": 1}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "unknown attach parameter 'stdn'")
}

func TestContainerStats(t *testing.T) {
	t.Parallel()
	ct := testContainer(t, []string{"sleep", "60"}, nil, false)
	one := mustCall(t, ct, "stats", map[string]any{"stream": false}).(map[string]any)
	assert.Contains(t, one, "memory_stats")

	it := mustCall(t, ct, "stats", map[string]any{"decode": true}).(Iterator)
	for i := 0; i < 2; i++ {
		v, ok, err := it.Next(testCall(t))
		require.NoError(t, err)
		require.True(t, ok)
		assert.Contains(t, v.(map[string]any), "cpu_stats")
	}
	require.NoError(t, it.Close())

	it = mustCall(t, ct, "stats").(Iterator)
	v, ok, err := it.Next(testCall(t))
	require.NoError(t, err)
	require.True(t, ok)
	assert.True(t, strings.HasPrefix(v.(string), "{"), "%v", v)
	require.NoError(t, it.Close())

	_, err = call(t, ct, "stats", map[string]any{"stream": false, "decode": true})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "decode is only available")
	_, err = call(t, ct, "stats", map[string]any{"one_shot": true})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "one_shot is only available")
}

func TestContainerCommit(t *testing.T) {
	t.Parallel()
	ct := testContainer(t, []string{"sh", "-c", "echo committed > /c.txt"}, nil, false)
	_, err := testengine.Get().Client.ContainerWait(testCall(t).Context(), ct.id, "")
	require.NoError(t, err)
	repo := testengine.Name(t, "commit")
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if _, err := testengine.Get().Client.ImageDelete(ctx, repo+":v2", engine.ImageDeleteOptions{Force: true}); err != nil {
			t.Logf("cleanup: %v", err)
		}
	})
	res := mustCall(t, ct, "commit", repo, "v2", map[string]any{
		"message": "msg", "changes": `CMD ["cat", "/c.txt"]`, "conf": map[string]any{"Labels": map[string]any{testengine.Label: "x"}},
	}).(*Image)
	id := res.ID()
	require.True(t, strings.HasPrefix(id, "sha256:"), "%v", id)
	assert.Equal(t, []any{repo + ":v2"}, res.tags())
	assert.Equal(t, "<Image: '"+repo+":v2'>", ImageClass.Repr(res))
	raw, err := testengine.Get().Client.ImageInspect(testCall(t).Context(), repo+":v2")
	require.NoError(t, err)
	var img struct {
		ID      string `json:"Id"`
		Comment string
		Config  struct {
			Cmd    []string
			Labels map[string]string
		}
	}
	require.NoError(t, json.Unmarshal(raw, &img))
	assert.Equal(t, id, img.ID)
	assert.Equal(t, "msg", img.Comment)
	assert.Equal(t, []string{"cat", "/c.txt"}, img.Config.Cmd)
	assert.Equal(t, "x", img.Config.Labels[testengine.Label])
}

func TestContainerLogsUntilTimestampsWait(t *testing.T) {
	t.Parallel()
	ct := testContainer(t, []string{"sh", "-c", "echo one; sleep 2.5; echo two"}, nil, false)
	res := mustCall(t, ct, "wait", map[string]any{"condition": "not-running"}).(map[string]any)
	assert.Equal(t, int64(0), res["StatusCode"])

	logs := mustCall(t, ct, "logs", map[string]any{"timestamps": true}).(string)
	lines := strings.Split(strings.TrimSpace(logs), "\n")
	require.Len(t, lines, 2)
	ts, rest, _ := strings.Cut(lines[0], " ")
	assert.Equal(t, "one", rest)
	first, err := time.Parse(time.RFC3339Nano, ts)
	require.NoError(t, err)

	// until: only the lines before a point between the two (an RFC 3339
	// string is cut to whole seconds, as docker-py does with datetimes)
	until := first.Add(1200 * time.Millisecond)
	assert.Equal(t, "one\n", mustCall(t, ct, "logs", map[string]any{"until": until.Format(time.RFC3339Nano)}))
	assert.Equal(t, "one\n", mustCall(t, ct, "logs", map[string]any{"until": float64(until.UnixNano()) / 1e9}))

	// wait(condition="removed") returns once the container is removed
	ct2 := testContainer(t, []string{"true"}, nil, true)
	done := make(chan any, 1)
	go func() {
		v, err := call(t, ct2, "wait", map[string]any{"condition": "removed", "timeout": int64(30)})
		if err != nil {
			done <- err
			return
		}
		done <- v
	}()
	time.Sleep(200 * time.Millisecond)
	require.NoError(t, testengine.Get().Client.ContainerDelete(testCall(t).Context(), ct2.id, engine.ContainerDeleteOptions{Force: true}))
	select {
	case v := <-done:
		_, isErr := v.(error)
		assert.False(t, isErr, "%v", v)
	case <-time.After(20 * time.Second):
		t.Fatal("wait(condition=removed) did not return")
	}
}
