package dscript_test

import (
	"bufio"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"
)

// fakeID is the identifier the fake daemon knows: inspecting anything
// named so answers a minimal object, so scripts can hold models of every
// class without a real daemon.
const fakeID = "fakeid"

// countingDaemon is a fake Docker daemon on a unix socket (a local server,
// for checking that refused arguments never reach a daemon). It answers
// inspections of fakeID (with a Version for the swarm objects and a
// Descriptor for a distribution inspect) and of the swarm, upgrades attach requests (then hangs up) and
// answers every other request with a 500 error; Requests counts all but
// the inspections.
type countingDaemon struct {
	Host     string
	requests atomic.Int64
}

// Requests returns the number of requests other than inspections of fakeID.
func (d *countingDaemon) Requests() int64 { return d.requests.Load() }

func startCountingDaemon(t *testing.T) *countingDaemon {
	t.Helper()
	dir, err := os.MkdirTemp("", "fakedockerd")
	require.NoError(t, err)
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	sock := filepath.Join(dir, "d.sock")
	l, err := net.Listen("unix", sock)
	require.NoError(t, err)
	d := &countingDaemon{Host: "unix://" + sock}
	srv := &http.Server{Handler: http.HandlerFunc(d.serve)}
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(func() { _ = srv.Close() })
	return d
}

func (d *countingDaemon) serve(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	if r.Method == http.MethodGet && (strings.HasSuffix(r.URL.Path, "/"+fakeID+"/json") || strings.HasSuffix(r.URL.Path, "/"+fakeID) || strings.HasSuffix(r.URL.Path, "/swarm")) {
		_, _ = w.Write([]byte(`{"Id":"` + fakeID + `","ID":"` + fakeID + `","Name":"/fake","Image":"` + fakeID + `","RepoTags":[],` +
			`"Config":{"Image":"busybox","Labels":{}},"State":{"Status":"exited","Running":false},"Labels":{},"Version":{"Index":1},` +
			`"Descriptor":{"mediaType":"application/vnd.oci.image.index.v1+json","digest":"sha256:` + strings.Repeat("0", 64) + `","size":1},` +
			`"Platforms":[{"architecture":"amd64","os":"linux"}]}`))
		return
	}
	d.requests.Add(1)
	if r.Header.Get("Upgrade") == "tcp" {
		hj, ok := w.(http.Hijacker)
		if ok {
			conn, buf, err := hj.Hijack()
			if err == nil {
				_, _ = buf.WriteString("HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n")
				_ = buf.Flush()
				_ = conn.Close()
				return
			}
		}
	}
	_, _ = bufio.NewReader(r.Body).Discard(1 << 30)
	w.WriteHeader(http.StatusInternalServerError)
	_, _ = w.Write([]byte(`{"message":"fake daemon: refused"}`))
}
