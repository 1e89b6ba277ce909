package engine_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// inspectState returns State.Running and State.ExitCode of a container.
func inspectState(t *testing.T, id string) (running bool, exitCode int) {
	t.Helper()
	raw, err := client().ContainerInspect(testCtx(t), id, false)
	require.NoError(t, err)
	var c struct {
		State struct {
			Running  bool
			ExitCode int
		}
	}
	decode(t, raw, &c)
	return c.State.Running, c.State.ExitCode
}

func TestContainerCreateInspect(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, name := createContainer(t, []string{"true"}, map[string]any{
		"Env":        []string{"A=1"},
		"HostConfig": map[string]any{"Init": true, "Memory": 64 << 20},
	})
	for _, ref := range []string{id, name, id[:12]} {
		raw, err := client().ContainerInspect(ctx, ref, false)
		require.NoError(t, err)
		var c struct {
			ID     string `json:"Id"`
			Name   string
			Config struct {
				Image  string
				Env    []string
				Labels map[string]string
			}
			HostConfig map[string]any
			State      struct{ Status string }
		}
		decode(t, raw, &c)
		assert.Equal(t, id, c.ID)
		assert.Equal(t, "/"+name, c.Name)
		assert.Equal(t, testengine.BusyboxImage, c.Config.Image)
		assert.Contains(t, c.Config.Env, "A=1")
		assert.Equal(t, t.Name(), c.Config.Labels[testengine.Label])
		assert.Equal(t, "created", c.State.Status)
		assert.Equal(t, true, c.HostConfig["Init"])
		assert.EqualValues(t, 64<<20, c.HostConfig["Memory"])
		assert.Contains(t, c.HostConfig, "MemorySwap", "fields no struct names pass through")
	}
	raw, err := client().ContainerInspect(ctx, id, true)
	require.NoError(t, err)
	assert.Contains(t, string(raw), `"SizeRootFs"`)
}

func TestContainerCreateRawConfig(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	name := testengine.Name(t, "")
	body := fmt.Sprintf(`{"Image":%q,"Cmd":["true"],"Labels":{%q:%q},"HostConfig":{"Init":true}}`,
		testengine.BusyboxImage, testengine.Label, t.Name())
	raw, err := client().ContainerCreate(ctx, engine.ContainerCreateOptions{Name: name}, []byte(body))
	require.NoError(t, err)
	var res struct {
		ID string `json:"Id"`
	}
	decode(t, raw, &res)
	testengine.Cleanup(t, res.ID)
	assert.NotEmpty(t, res.ID)
}

func TestContainerCreateMissingImage(t *testing.T) {
	t.Parallel()
	img := testengine.Name(t, "noimage") + ":latest"
	_, err := client().ContainerCreate(testCtx(t), engine.ContainerCreateOptions{}, map[string]any{"Image": img})
	require.Error(t, err)
	assert.ErrorIs(t, err, engine.ErrImageNotFound)
	assert.ErrorIs(t, err, engine.ErrNotFound)
	var apiErr *engine.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, 404, apiErr.StatusCode)
	assert.True(t, apiErr.Image)
	assert.Equal(t, "No such image: "+img, apiErr.Message)
	assert.Equal(t, "POST", apiErr.Method)
}

func TestContainerCreateNameConflict(t *testing.T) {
	t.Parallel()
	_, name := createContainer(t, []string{"true"}, nil)
	_, err := client().ContainerCreate(testCtx(t), engine.ContainerCreateOptions{Name: name},
		map[string]any{"Image": testengine.BusyboxImage})
	assert.ErrorIs(t, err, engine.ErrConflict)
	assert.Contains(t, err.Error(), "409 Client Error for http+docker://localhost/v1.41/containers/create?name="+name+": Conflict")
}

func TestContainerList(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	value := testengine.Name(t, "list")
	labels := map[string]string{"dscript.test.list": value, testengine.Label: t.Name()}
	id1, _ := createContainer(t, []string{"true"}, map[string]any{"Labels": labels})
	id2, _ := createContainer(t, []string{"true"}, map[string]any{"Labels": labels})
	createContainer(t, []string{"true"}, nil) // not matched

	type entry struct {
		ID     string `json:"Id"`
		Names  []string
		Labels map[string]string
		State  string
	}
	list := func(opts engine.ContainerListOptions) []entry {
		raw, err := client().ContainerList(ctx, opts)
		require.NoError(t, err)
		var out []entry
		decode(t, raw, &out)
		return out
	}
	ids := func(es []entry) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.ID)
		}
		return out
	}
	f := engine.Filters{"label": {"dscript.test.list=" + value}}

	assert.ElementsMatch(t, []string{id1, id2}, ids(list(engine.ContainerListOptions{All: true, Filters: f})))
	assert.Empty(t, list(engine.ContainerListOptions{Filters: f}), "created containers are not running")
	assert.Len(t, list(engine.ContainerListOptions{All: true, Limit: 1, Filters: f}), 1)
	got := list(engine.ContainerListOptions{All: true, Filters: engine.Filters{"id": {id1}}, Size: true})
	require.Len(t, got, 1)
	assert.Equal(t, "created", got[0].State)
	assert.Equal(t, value, got[0].Labels["dscript.test.list"])
	both := f.Add("status", "created")
	assert.Len(t, list(engine.ContainerListOptions{All: true, Filters: both}), 2)
}

func TestContainerRunWaitLogs(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, _ := createContainer(t, []string{"sh", "-c", "echo out; echo err >&2; exit 3"}, nil)
	require.NoError(t, client().ContainerStart(ctx, id, ""))
	assert.Equal(t, 3, waitExit(t, id))
	running, code := inspectState(t, id)
	assert.False(t, running)
	assert.Equal(t, 3, code)

	tests := []struct {
		name             string
		opts             engine.ContainerLogsOptions
		wantOut, wantErr string
	}{
		{"both", engine.ContainerLogsOptions{Stdout: true, Stderr: true}, "out\n", "err\n"},
		{"stdout only", engine.ContainerLogsOptions{Stdout: true}, "out\n", ""},
		{"stderr only", engine.ContainerLogsOptions{Stderr: true}, "", "err\n"},
		{"since the future", engine.ContainerLogsOptions{Stdout: true, Stderr: true,
			Since: strconv.FormatInt(time.Now().Add(time.Hour).Unix(), 10)}, "", ""},
		{"since the past, fractional", engine.ContainerLogsOptions{Stdout: true, Stderr: true,
			Since: fmt.Sprintf("%d.5", time.Now().Add(-time.Hour).Unix())}, "out\n", "err\n"},
		{"until the past", engine.ContainerLogsOptions{Stdout: true, Stderr: true,
			Until: strconv.FormatInt(time.Now().Add(-time.Hour).Unix(), 10)}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut := logs(t, id, tt.opts, false)
			assert.Equal(t, tt.wantOut, out)
			assert.Equal(t, tt.wantErr, errOut)
		})
	}

	t.Run("timestamps", func(t *testing.T) {
		out, _ := logs(t, id, engine.ContainerLogsOptions{Stdout: true, Timestamps: true}, false)
		assert.Regexp(t, regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z out\n$`), out)
	})

	t.Run("already stopped: 304 is no error", func(t *testing.T) {
		one := 1
		require.NoError(t, client().ContainerStop(ctx, id, &one))
	})
}

func TestContainerLogsTail(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, _ := createContainer(t, []string{"sh", "-c", "for i in 1 2 3 4 5; do echo $i; done"}, nil)
	require.NoError(t, client().ContainerStart(ctx, id, ""))
	require.Equal(t, 0, waitExit(t, id))
	for tail, want := range map[string]string{"": "1\n2\n3\n4\n5\n", "all": "1\n2\n3\n4\n5\n", "2": "4\n5\n", "0": ""} {
		t.Run("tail="+tail, func(t *testing.T) {
			out, _ := logs(t, id, engine.ContainerLogsOptions{Stdout: true, Tail: tail}, false)
			assert.Equal(t, want, out)
		})
	}
}

func TestContainerLogsFollow(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, _ := createContainer(t, []string{"sh", "-c", "echo a; sleep 1; echo b >&2; sleep 1; echo c"}, nil)
	require.NoError(t, client().ContainerStart(ctx, id, ""))
	start := time.Now()
	rc, err := client().ContainerLogs(ctx, id, engine.ContainerLogsOptions{Stdout: true, Stderr: true, Follow: true})
	require.NoError(t, err)
	r := engine.NewFrameReader(rc, false)
	defer r.Close()
	var got []string
	for {
		f, err := r.Next()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		got = append(got, fmt.Sprintf("%d:%s", f.Stream, f.Data))
	}
	assert.Equal(t, []string{"1:a\n", "2:b\n", "1:c\n"}, got, "the stream ends when the container exits")
	assert.GreaterOrEqual(t, time.Since(start), 1500*time.Millisecond, "frames arrive as they are written")
	assert.Equal(t, 0, waitExit(t, id))
}

func TestContainerLogsFollowClose(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, _ := createContainer(t, []string{"sh", "-c", "echo start; sleep 300"}, nil)
	require.NoError(t, client().ContainerStart(ctx, id, ""))
	rc, err := client().ContainerLogs(ctx, id, engine.ContainerLogsOptions{Stdout: true, Follow: true})
	require.NoError(t, err)
	r := engine.NewFrameReader(rc, false)
	f, err := r.Next()
	require.NoError(t, err)
	assert.Equal(t, "start\n", string(f.Data))
	done := make(chan error, 1)
	go func() {
		_, err := r.Next()
		done <- err
	}()
	time.Sleep(100 * time.Millisecond)
	require.NoError(t, r.Close())
	select {
	case err := <-done:
		assert.Error(t, err)
	case <-time.After(5 * time.Second):
		t.Fatal("Close did not end a blocked follow")
	}
}

func TestContainerLogsTTY(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, _ := createContainer(t, []string{"sh", "-c", "echo hi; echo there >&2"}, map[string]any{"Tty": true})
	require.NoError(t, client().ContainerStart(ctx, id, ""))
	require.Equal(t, 0, waitExit(t, id))
	out, errOut := logs(t, id, engine.ContainerLogsOptions{Stdout: true, Stderr: true}, true)
	assert.Equal(t, "hi\r\nthere\r\n", out, "a tty merges the streams")
	assert.Empty(t, errOut)

	rc, err := client().ContainerLogs(ctx, id, engine.ContainerLogsOptions{Stdout: true})
	require.NoError(t, err)
	assert.Equal(t, "hi\r\nthere\r\n", readAll(t, rc), "the raw stream has no frame headers")
}

func TestContainerStartStop(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, _ := createContainer(t, []string{"sleep", "300"}, nil)
	require.NoError(t, client().ContainerStart(ctx, id, ""))
	require.NoError(t, client().ContainerStart(ctx, id, ""), "304 (already started) is no error")
	running, _ := inspectState(t, id)
	require.True(t, running)

	one := 1
	start := time.Now()
	require.NoError(t, client().ContainerStop(ctx, id, &one))
	assert.Less(t, time.Since(start), 8*time.Second)
	running, code := inspectState(t, id)
	assert.False(t, running)
	assert.Equal(t, 143, code, "init forwards SIGTERM to sleep")
}

func TestContainerStopNoInit(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	// sleep as PID 1 ignores SIGTERM: stop waits t seconds, then kills.
	id, _ := createContainer(t, []string{"sleep", "300"}, map[string]any{"HostConfig": map[string]any{}})
	require.NoError(t, client().ContainerStart(ctx, id, ""))
	one := 1
	start := time.Now()
	require.NoError(t, client().ContainerStop(ctx, id, &one))
	assert.GreaterOrEqual(t, time.Since(start), time.Second)
	_, code := inspectState(t, id)
	assert.Equal(t, 137, code)
}

func TestContainerKillWait(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, _ := createContainer(t, []string{"sleep", "300"}, nil)
	require.NoError(t, client().ContainerStart(ctx, id, ""))

	waited := make(chan int, 1)
	go func() {
		raw, err := client().ContainerWait(context.Background(), id, "next-exit")
		if !assert.NoError(t, err) {
			waited <- -1
			return
		}
		var res struct{ StatusCode int }
		decode(t, raw, &res)
		waited <- res.StatusCode
	}()
	time.Sleep(200 * time.Millisecond)
	require.NoError(t, client().ContainerKill(ctx, id, "SIGKILL"))
	select {
	case code := <-waited:
		assert.Equal(t, 137, code)
	case <-time.After(20 * time.Second):
		t.Fatal("wait did not return after kill")
	}

	err := client().ContainerKill(ctx, id, "")
	assert.ErrorIs(t, err, engine.ErrConflict, "killing a stopped container")
}

func TestContainerKillSignal(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, _ := createContainer(t, []string{"sh", "-c", "trap 'echo got-usr1; exit 7' USR1; echo ready; while true; do sleep 0.1; done"}, nil)
	require.NoError(t, client().ContainerStart(ctx, id, ""))
	require.Eventually(t, func() bool {
		out, _ := logs(t, id, engine.ContainerLogsOptions{Stdout: true}, false)
		return out == "ready\n"
	}, 10*time.Second, 50*time.Millisecond)
	require.NoError(t, client().ContainerKill(ctx, id, "USR1"))
	assert.Equal(t, 7, waitExit(t, id))
	out, _ := logs(t, id, engine.ContainerLogsOptions{Stdout: true}, false)
	assert.Equal(t, "ready\ngot-usr1\n", out)
}

func TestContainerDelete(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, name := createContainer(t, []string{"sleep", "300"}, nil)
	require.NoError(t, client().ContainerStart(ctx, id, ""))

	err := client().ContainerDelete(ctx, id, engine.ContainerDeleteOptions{})
	require.ErrorIs(t, err, engine.ErrConflict, "a running container needs force")
	var apiErr *engine.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, 409, apiErr.StatusCode)
	assert.Contains(t, apiErr.Message, "You cannot remove a running container")
	assert.Equal(t, "DELETE", apiErr.Method)

	require.NoError(t, client().ContainerDelete(ctx, name, engine.ContainerDeleteOptions{Force: true, Volumes: true}))
	_, err = client().ContainerInspect(ctx, id, false)
	assert.ErrorIs(t, err, engine.ErrNotFound)
}

func TestContainerDeleteMissing(t *testing.T) {
	t.Parallel()
	name := testengine.Name(t, "missing")
	err := client().ContainerDelete(testCtx(t), name, engine.ContainerDeleteOptions{})
	require.ErrorIs(t, err, engine.ErrNotFound)
	assert.False(t, errors.Is(err, engine.ErrImageNotFound))
	var apiErr *engine.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "No such container: "+name, apiErr.Message)
	url := "http+docker://localhost/v1.41/containers/" + name
	assert.Equal(t, url, apiErr.URL)
	assert.Equal(t, `404 Client Error for `+url+`: Not Found ("No such container: `+name+`")`, apiErr.Error())
	assert.True(t, strings.HasPrefix(err.Error(), "engine: ContainerDelete: "))

	for name, call := range map[string]func() error{
		"inspect": func() error { _, err := client().ContainerInspect(testCtx(t), name, false); return err },
		"start":   func() error { return client().ContainerStart(testCtx(t), name, "") },
		"stop":    func() error { return client().ContainerStop(testCtx(t), name, nil) },
		"kill":    func() error { return client().ContainerKill(testCtx(t), name, "") },
		"wait":    func() error { _, err := client().ContainerWait(testCtx(t), name, ""); return err },
		"logs": func() error {
			_, err := client().ContainerLogs(testCtx(t), name, engine.ContainerLogsOptions{Stdout: true})
			return err
		},
	} {
		t.Run(name, func(t *testing.T) {
			assert.ErrorIs(t, call(), engine.ErrNotFound)
		})
	}
}

func TestContainerConcurrentInspects(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, _ := createContainer(t, []string{"true"}, nil)
	var wg sync.WaitGroup
	for range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			raw, err := client().ContainerInspect(ctx, id, false)
			if assert.NoError(t, err) {
				assert.Contains(t, string(raw), id)
			}
		}()
	}
	wg.Wait()
}
