package engine_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// Integration tests run against the engine the harness sets up (or borrows
// through DSCRIPT_TEST_DOCKER_HOST). Fuzzing needs no engine. Once the
// tests ran and the engine is stopped, no goroutine may be left.
func TestMain(m *testing.M) {
	flag.Parse()
	fuzzing := flag.Lookup("test.fuzz").Value.String() != "" || flag.Lookup("test.fuzzworker").Value.String() == "true"
	code := 0
	if fuzzing {
		code = m.Run()
	} else {
		code = testengine.Run(m)
	}
	if code == 0 {
		// The harness's signal watcher stays blocked once the signals are
		// released, its forking thread lives as long as the process: they
		// are not the client's.
		if err := goleak.Find(
			goleak.IgnoreAnyFunction("github.com/dscript/dscript/internal/testengine.runMain.func1"),
			goleak.IgnoreAnyFunction("github.com/dscript/dscript/internal/testengine.startPinned.func1.1"),
		); err != nil {
			fmt.Fprintf(os.Stderr, "goleak: goroutines left after the tests: %v\n", err)
			code = 1
		}
	}
	os.Exit(code)
}

// client returns the harness's client.
func client() *engine.Client { return testengine.Get().Client }

// testCtx returns a context bounded to a minute for one test.
func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// createContainer creates a busybox container running cmd with a unique
// name and the test labels; extra is merged into the body (a "HostConfig"
// in extra replaces the default, which has Init: true). The container is
// force-removed when the test ends. It returns the id and the name.
func createContainer(t *testing.T, cmd []string, extra map[string]any) (id, name string) {
	t.Helper()
	ctx := testCtx(t)
	name = testengine.Name(t, "")
	cfg := map[string]any{
		"Image":      testengine.BusyboxImage,
		"Cmd":        cmd,
		"Labels":     testengine.Labels(t),
		"HostConfig": map[string]any{"Init": true},
	}
	for k, v := range extra {
		cfg[k] = v
	}
	raw, err := client().ContainerCreate(ctx, engine.ContainerCreateOptions{Name: name}, cfg)
	require.NoError(t, err)
	var res struct {
		ID       string `json:"Id"`
		Warnings []string
	}
	require.NoError(t, json.Unmarshal(raw, &res))
	require.NotEmpty(t, res.ID)
	testengine.Cleanup(t, res.ID)
	return res.ID, name
}

// decode unmarshals raw into v, failing the test on error.
func decode(t *testing.T, raw json.RawMessage, v any) {
	t.Helper()
	require.NoError(t, json.Unmarshal(raw, v), "%s", raw)
}

// waitExit waits until the container exits and returns its status code.
func waitExit(t *testing.T, id string) int {
	t.Helper()
	raw, err := client().ContainerWait(testCtx(t), id, "not-running")
	require.NoError(t, err)
	var res struct{ StatusCode int }
	decode(t, raw, &res)
	return res.StatusCode
}

// logs returns the demultiplexed stdout and stderr of a container.
func logs(t *testing.T, id string, opts engine.ContainerLogsOptions, tty bool) (stdout, stderr string) {
	t.Helper()
	rc, err := client().ContainerLogs(testCtx(t), id, opts)
	require.NoError(t, err)
	r := engine.NewFrameReader(rc, tty)
	defer r.Close()
	var o, e bytes.Buffer
	_, err = r.Demux(&o, &e)
	require.NoError(t, err)
	return o.String(), e.String()
}

// readAll reads a stream to its end.
func readAll(t *testing.T, rc io.ReadCloser) string {
	t.Helper()
	defer rc.Close()
	b, err := io.ReadAll(rc)
	require.NoError(t, err)
	return string(b)
}
