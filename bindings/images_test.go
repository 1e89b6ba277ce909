package bindings

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/base64"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// testClient is a DockerClient on the test engine.
func testClient() *Client { return NewClient(testengine.Get().Client) }

// invoke calls a method of self's class as a script would.
func invoke(t *testing.T, c *Call, self Object, name string, args ...any) (any, error) {
	t.Helper()
	m, ok := self.Class().Lookup(name, false).(*Method)
	require.True(t, ok, "%s.%s", self.Class().Name, name)
	return m.Invoke(c, self, args)
}

func mustInvoke(t *testing.T, c *Call, self Object, name string, args ...any) any {
	t.Helper()
	v, err := invoke(t, c, self, name, args...)
	require.NoError(t, err)
	return v
}

// kw is a trailing keyword-argument dict.
func kwargs(kv ...any) map[string]any {
	d := map[string]any{}
	for i := 0; i+1 < len(kv); i += 2 {
		d[kv[i].(string)] = kv[i+1]
	}
	return d
}

// errClass asserts err is a script exception of cls and returns it.
func errClass(t *testing.T, err error, cls *ErrorClass) *Error {
	t.Helper()
	require.Error(t, err)
	e, ok := Convert(err).(*Error)
	require.True(t, ok, "%T: %v", err, err)
	require.True(t, e.Class.IsA(cls), "class %s, want %s: %s", e.Class.Name, cls.Name, e.Message)
	return e
}

// removeImage removes an image (by name or ID) when the test ends.
func removeImage(t *testing.T, names ...string) {
	t.Helper()
	t.Cleanup(func() {
		for _, n := range names {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			_, _ = testengine.Get().Client.ImageDelete(ctx, n, engine.ImageDeleteOptions{Force: true})
			cancel()
		}
	})
}

// tarOf makes a tar archive of files.
func tarOf(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	tw := tar.NewWriter(&b)
	for name, body := range files {
		require.NoError(t, tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg}))
		_, err := tw.Write([]byte(body))
		require.NoError(t, err)
	}
	require.NoError(t, tw.Close())
	return b.Bytes()
}

// writeFiles writes files into a new directory.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
	return dir
}

// TestImagesBuild builds through client.images.build and client.api.build
// with each kind of context and the build options.
func TestImagesBuild(t *testing.T) {
	c := testCall(t)
	cl := testClient()
	name := testengine.Name(t, "build")
	removeImage(t, name+":dir", name+":obj", name+":custom", name+":gz", name+":target")
	dir := writeFiles(t, map[string]string{
		"Dockerfile":       "FROM busybox\nARG GREETING=none\nCOPY kept.txt /kept.txt\nCOPY . /ctx/\nRUN test ! -e /ctx/ignored.txt && test \"$GREETING\" = hello && grep -q 10.1.2.3 /etc/hosts\nLABEL from=dir\n",
		"kept.txt":         "kept\n",
		"ignored.txt":      "ignored\n",
		"sub/also.txt":     "sub\n",
		".dockerignore":    "ignored.txt\n",
		"other.Dockerfile": "FROM scratch AS first\nLABEL stage=first\nFROM first AS second\nLABEL stage=second\n",
	})
	gz := func(b []byte) []byte {
		var out bytes.Buffer
		zw := gzip.NewWriter(&out)
		_, _ = zw.Write(b)
		_ = zw.Close()
		return out.Bytes()
	}
	custom := tarOf(t, map[string]string{"Dockerfile": "FROM scratch\nCOPY f /f\nLABEL from=custom\n", "f": "x"})
	tests := []struct {
		name   string
		kw     map[string]any
		tag    string
		labels map[string]any
	}{
		{"path", kwargs("path", dir, "tag", name+":dir", "rm", true, "buildargs", map[string]any{"GREETING": "hello"},
			"extra_hosts", map[string]any{"extra.host": "10.1.2.3"}, "labels", map[string]any{"set": "yes"}),
			name + ":dir", map[string]any{"from": "dir", "set": "yes"}},
		{"fileobj", kwargs("fileobj", "FROM scratch\nLABEL from=fileobj\n", "tag", name+":obj"), name + ":obj", map[string]any{"from": "fileobj"}},
		{"custom_context gzip", kwargs("fileobj", Bytes(gz(custom)), "custom_context", true, "encoding", "gzip", "tag", name+":custom"), name + ":custom", map[string]any{"from": "custom"}},
		{"gzip path", kwargs("path", dir, "gzip", true, "dockerfile", "other.Dockerfile", "tag", name+":gz"), name + ":gz", map[string]any{"stage": "second"}},
		{"target", kwargs("path", dir, "dockerfile", "other.Dockerfile", "target", "first", "tag", name+":target"), name + ":target", map[string]any{"stage": "first"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := mustInvoke(t, c, cl.images, "build", tt.kw)
			res, ok := v.(Tuple)
			require.True(t, ok, "%T", v)
			require.Len(t, res, 2)
			im := res[0].(*Image)
			assert.Contains(t, im.tags(), tt.tag)
			labels := mustProp(t, c, im, "labels").(map[string]any)
			for k, want := range tt.labels {
				assert.Equal(t, want, labels[k], k)
			}
			log := drain(t, res[1])
			require.NotEmpty(t, log)
			_, isDict := log[0].(map[string]any)
			assert.True(t, isDict, "the log yields decoded messages")
		})
	}
}

// mustProp reads a property.
func mustProp(t *testing.T, c *Call, o Object, name string) any {
	t.Helper()
	p, ok := o.Class().Lookup(name, false).(*Property)
	require.True(t, ok, "%s.%s", o.Class().Name, name)
	v, err := p.Get(c, o)
	require.NoError(t, err)
	return v
}

// TestAPIBuildStream reads api.build's raw and decoded iterators.
func TestAPIBuildStream(t *testing.T) {
	c := testCall(t)
	cl := testClient()
	for _, decode := range []bool{false, true} {
		items := drain(t, mustInvoke(t, c, cl.api, "build", kwargs("fileobj", "FROM scratch\nLABEL a=b\n", "decode", decode)))
		require.NotEmpty(t, items)
		var id string
		for _, it := range items {
			if decode {
				d, ok := it.(map[string]any)
				require.True(t, ok, "%T", it)
				if aux, ok := d["aux"].(map[string]any); ok {
					id, _ = aux["ID"].(string)
				}
			} else {
				s, ok := it.(string)
				require.True(t, ok, "%T", it)
				assert.True(t, strings.HasPrefix(s, "{"), s)
				id = builtImageID([]byte(s))
				if id != "" {
					break
				}
			}
		}
		require.NotEmpty(t, id)
		removeImage(t, id)
	}
}

// TestBuildErrors: a failed build raises BuildError with the daemon's
// message and the log; bad arguments fail before any request.
func TestBuildErrors(t *testing.T) {
	c := testCall(t)
	cl := testClient()
	_, err := invoke(t, c, cl.images, "build", kwargs("fileobj", "FROM busybox\nRUN echo failing; exit 3\n", "rm", true, "forcerm", true))
	e := errClass(t, err, BuildError)
	assert.Contains(t, e.Fields["msg"], "returned a non-zero code: 3")
	assert.Contains(t, e.Message, "ImageCollection.build()")
	log, ok := e.Fields["build_log"].([]any)
	require.True(t, ok)
	assert.Contains(t, toText(log), "failing")

	missing := filepath.Join(t.TempDir(), "nope")
	notDir := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(notDir, nil, 0o644))
	// an engine client that cannot connect proves no request is sent
	dead, err := engine.New(engine.Options{Host: "tcp://127.0.0.1:1"})
	require.NoError(t, err)
	deadAPI := NewClient(dead)
	tests := []struct {
		name string
		kw   map[string]any
		want string
	}{
		{"no context", kwargs("tag", "x"), "either path or fileobj must be given"},
		{"missing path", kwargs("path", missing), "the context directory \"" + missing + "\" cannot be read"},
		{"not a directory", kwargs("path", notDir), "is not a directory"},
		{"custom without fileobj", kwargs("path", "/", "custom_context", true), "custom_context needs fileobj"},
		{"gzip and encoding", kwargs("fileobj", "x", "gzip", true, "encoding", "gzip"), "encoding cannot be used with gzip"},
		{"limits key", kwargs("fileobj", "x", "container_limits", map[string]any{"cpu": int64(1)}), "unknown key 'cpu'"},
		{"buildargs type", kwargs("fileobj", "x", "buildargs", map[string]any{"A": []any{}}), "'A' must be str"},
		{"missing dockerfile", kwargs("path", t.TempDir(), "dockerfile", "nope.Dockerfile"), "nope.Dockerfile"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, self := range []Object{deadAPI.api, deadAPI.images} {
				_, err := invoke(t, c, self, "build", tt.kw)
				e := errClass(t, err, InvalidArgument)
				assert.Contains(t, e.Message, tt.want)
				assert.Contains(t, e.Message, "build()")
			}
		})
	}
}

func toText(log []any) string {
	var b strings.Builder
	for _, m := range log {
		if d, ok := m.(map[string]any); ok {
			s, _ := d["stream"].(string)
			b.WriteString(s)
		}
	}
	return b.String()
}

// TestImageModel: get, list, tag, history, save, load, remove through the
// collection and the Image model.
func TestImageModel(t *testing.T) {
	c := testCall(t)
	cl := testClient()
	repo := testengine.Name(t, "model")
	removeImage(t, repo+":a", repo+":b", repo+":loaded")

	bb := mustInvoke(t, c, cl.images, "get", testengine.BusyboxImage).(*Image)
	assert.Equal(t, true, mustInvoke(t, c, bb, "tag", repo, "a"))
	assert.Equal(t, true, mustInvoke(t, c, bb, "tag", repo+":b"))
	list := mustInvoke(t, c, cl.images, "list", kwargs("name", repo)).([]any)
	require.Len(t, list, 1)
	im := list[0].(*Image)
	assert.ElementsMatch(t, []any{repo + ":a", repo + ":b"}, im.tags())
	assert.Equal(t, bb.id, im.id)

	hist := mustInvoke(t, c, im, "history").([]any)
	require.NotEmpty(t, hist)
	assert.Contains(t, hist[0], "CreatedBy")

	// save(named=...) names the archive's image; load gives it back
	_, err := invoke(t, c, im, "save", kwargs("named", "other:tag"))
	assert.Contains(t, errClass(t, err, InvalidArgument).Message, "other:tag is not a valid tag for this image")
	chunks := drain(t, mustInvoke(t, c, im, "save", kwargs("chunk_size", int64(4096), "named", repo+":a")))
	require.Greater(t, len(chunks), 1)
	for _, ch := range chunks[:len(chunks)-1] {
		assert.Len(t, ch, 4096)
	}
	archive := joinBytes(t, chunks)
	assert.Contains(t, tarNames(t, archive), "manifest.json")
	mustInvoke(t, c, cl.images, "remove", repo+":a")
	loaded := mustInvoke(t, c, cl.images, "load", Bytes(archive)).([]any)
	require.Len(t, loaded, 1)
	assert.Contains(t, loaded[0].(*Image).tags(), repo+":a")

	// api.load_image yields the decoded messages
	msgs := drain(t, mustInvoke(t, c, cl.api, "load_image", Bytes(archive), true))
	require.NotEmpty(t, msgs)
	assert.Contains(t, msgs[len(msgs)-1].(map[string]any)["stream"], "Loaded image: "+repo+":a")

	_, err = invoke(t, c, cl.images, "load", "not a tar archive")
	errClass(t, err, ImageLoadError)

	// remove (an image of its own, not busybox's), then get names the
	// missing image
	built := mustInvoke(t, c, cl.images, "build", kwargs("fileobj", "FROM scratch\nLABEL remove=me\n", "tag", repo+":c")).(Tuple)[0].(*Image)
	removeImage(t, built.id)
	res := mustInvoke(t, c, built, "remove", kwargs("force", true)).([]any)
	assert.NotEmpty(t, res)
	_, err = invoke(t, c, cl.images, "get", repo+":c")
	e := errClass(t, err, ImageNotFound)
	assert.Contains(t, e.Message, repo+":c")
}

func tarNames(t *testing.T, b []byte) []string {
	t.Helper()
	tr := tar.NewReader(bytes.NewReader(b))
	var out []string
	for {
		h, err := tr.Next()
		if err != nil {
			break
		}
		out = append(out, h.Name)
	}
	return out
}

// TestImportImage imports through each import_image variant.
func TestImportImage(t *testing.T) {
	c := testCall(t)
	cl := testClient()
	repo := testengine.Name(t, "import")
	rootfs := tarOf(t, map[string]string{"hello.txt": "hello\n"})
	file := filepath.Join(t.TempDir(), "rootfs.tar")
	require.NoError(t, os.WriteFile(file, rootfs, 0o644))
	tests := []struct {
		method string
		args   []any
	}{
		{"import_image_from_data", []any{Bytes(rootfs), repo, "data", kwargs("changes", []any{"LABEL via=data"})}},
		{"import_image_from_file", []any{file, repo, "file"}},
		{"import_image_from_stream", []any{SliceIterator([]any{Bytes(rootfs[:100]), Bytes(rootfs[100:])}), repo, "stream"}},
		{"import_image", []any{kwargs("src", file, "repository", repo, "tag", "src")}},
	}
	for _, tt := range tests {
		t.Run(tt.method, func(t *testing.T) {
			out := mustInvoke(t, c, cl.api, tt.method, tt.args...).(string)
			assert.Contains(t, out, "sha256:")
		})
	}
	for _, tag := range []string{"data", "file", "stream", "src"} {
		removeImage(t, repo+":"+tag)
		im := mustInvoke(t, c, cl.images, "get", repo+":"+tag).(*Image)
		assert.NotEmpty(t, im.id)
	}
	labels := mustProp(t, c, mustInvoke(t, c, cl.images, "get", repo+":data").(*Image), "labels").(map[string]any)
	assert.Equal(t, "data", labels["via"])

	_, err := invoke(t, c, cl.api, "import_image")
	assert.Contains(t, errClass(t, err, InvalidArgument).Message, "give src or image")
	_, err = invoke(t, c, cl.api, "import_image_from_file", filepath.Join(t.TempDir(), "nope.tar"))
	assert.Contains(t, errClass(t, err, InvalidArgument).Message, "nope.tar")
}

// TestPruneImages prunes by label, and the build cache.
func TestPruneImages(t *testing.T) {
	c := testCall(t)
	cl := testClient()
	label := testengine.Name(t, "prune")
	v := mustInvoke(t, c, cl.images, "build", kwargs("fileobj", "FROM scratch\nLABEL "+label+"=1\n"))
	id := v.(Tuple)[0].(*Image).id
	removeImage(t, id)
	res := mustInvoke(t, c, cl.images, "prune", map[string]any{"filters": map[string]any{"label": label, "dangling": true}}).(map[string]any)
	deleted, _ := res["ImagesDeleted"].([]any)
	require.NotEmpty(t, deleted)
	assert.Contains(t, deleted[len(deleted)-1], "Deleted")
	_, err := invoke(t, c, cl.images, "get", id)
	errClass(t, err, ImageNotFound)

	res = mustInvoke(t, c, cl.images, "prune_builds", kwargs("filters", map[string]any{"until": "87600h"})).(map[string]any)
	assert.Contains(t, res, "SpaceReclaimed")
}

// TestFilesPolicy: a runtime whose policy does not let scripts read files
// refuses the host paths of build, import_image and the docker config,
// before any request.
func TestFilesPolicy(t *testing.T) {
	c := testCall(t)
	c.Env = &Env{Capabilities: map[string]bool{}, Getenv: func(string) string { return "" }}
	dead, err := engine.New(engine.Options{Host: "tcp://127.0.0.1:1"})
	require.NoError(t, err)
	cl := NewClient(dead)
	dir := t.TempDir()
	tests := []struct {
		self   Object
		method string
		args   []any
		arg    string
	}{
		{cl.images, "build", []any{kwargs("path", dir)}, "path"},
		{cl.api, "build", []any{dir}, "path"},
		{cl.api, "import_image_from_file", []any{filepath.Join(dir, "x.tar")}, "filename"},
		{cl.api, "reload_config", []any{filepath.Join(dir, "config.json")}, "dockercfg_path"},
		{cl, "login", []any{"user", kwargs("dockercfg_path", filepath.Join(dir, "config.json"))}, "dockercfg_path"},
	}
	for _, tt := range tests {
		t.Run(tt.method, func(t *testing.T) {
			_, err := invoke(t, c, tt.self, tt.method, tt.args...)
			e := errClass(t, err, InvalidArgument)
			assert.Contains(t, e.Message, "argument '"+tt.arg+"'")
			assert.Contains(t, e.Message, "does not let scripts read files")
		})
	}
	// with the capability the path itself is checked
	c.Env.Capabilities[CapFiles] = true
	_, err = invoke(t, c, cl.images, "build", kwargs("path", filepath.Join(dir, "nope")))
	assert.Contains(t, errClass(t, err, InvalidArgument).Message, "cannot be read")
}

// TestBuildQueryFakeDaemon checks, against a local fake daemon that
// records the request, how each docker-py build argument reaches the
// Engine API, the docker config's proxies and credentials included.
func TestBuildQueryFakeDaemon(t *testing.T) {
	var query url.Values
	var regConfig string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasSuffix(r.URL.Path, "/_ping"):
			w.Header().Set("Api-Version", "1.41")
		case strings.HasSuffix(r.URL.Path, "/build"):
			query, regConfig = r.URL.Query(), r.Header.Get("X-Registry-Config")
			_, _ = io.Copy(io.Discard, r.Body)
			_, _ = w.Write([]byte(`{"stream":"Step 1/1 : FROM scratch\n"}` + "\n" + `{"aux":{"ID":"sha256:0123abcd"}}` + "\n" + `{"stream":"Successfully built 0123abcd\n"}` + "\n"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	eng, err := engine.New(engine.Options{Host: "tcp://" + strings.TrimPrefix(srv.URL, "http://"), Version: "1.41"})
	require.NoError(t, err)
	cl := NewClient(eng)
	dir := t.TempDir()
	config := `{"auths": {"127.0.0.1:5001": {"auth": "` + base64.StdEncoding.EncodeToString([]byte("u:secret")) + `"}},
		"proxies": {"default": {"httpProxy": "http://proxy:3128", "noProxy": "localhost"}}}`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "config.json"), []byte(config), 0o600))
	c := envCall(t, dir)

	items := drain(t, mustInvoke(t, c, cl.api, "build", kwargs(
		"fileobj", "FROM scratch\n", "tag", "app:1", "quiet", true, "nocache", true, "rm", true, "pull", true, "forcerm", true,
		"container_limits", map[string]any{"memory": "64m", "memswap": int64(-1), "cpushares": int64(512), "cpusetcpus": "0"},
		"buildargs", map[string]any{"A": "1", "HTTP_PROXY": "mine"}, "shmsize", int64(1<<20), "labels", map[string]any{"l": "v"},
		"cache_from", []any{"app:0"}, "target", "t", "network_mode", "host", "squash", true,
		"extra_hosts", []any{"h:1.2.3.4"}, "platform", "linux/amd64", "isolation", "default")))
	assert.Len(t, items, 3)
	assert.Equal(t, url.Values{
		"t": {"app:1"}, "q": {"1"}, "nocache": {"1"}, "rm": {"true"}, "pull": {"1"}, "forcerm": {"1"},
		"memory": {"67108864"}, "memswap": {"-1"}, "cpushares": {"512"}, "cpusetcpus": {"0"},
		"buildargs": {`{"A":"1","HTTP_PROXY":"mine","NO_PROXY":"localhost","http_proxy":"http://proxy:3128","no_proxy":"localhost"}`},
		"shmsize":   {"1048576"}, "labels": {`{"l":"v"}`}, "cachefrom": {`["app:0"]`}, "target": {"t"},
		"networkmode": {"host"}, "squash": {"1"}, "extrahosts": {"h:1.2.3.4"}, "platform": {"linux/amd64"},
		"isolation": {"default"}, "dockerfile": {"Dockerfile"},
	}, query)
	auths, err := base64.URLEncoding.DecodeString(regConfig)
	require.NoError(t, err)
	assert.JSONEq(t, `{"127.0.0.1:5001": {"username": "u", "password": "secret", "serveraddress": "127.0.0.1:5001"}}`, string(auths))

	// use_config_proxy=False sends no proxies; rm defaults to False
	drain(t, mustInvoke(t, c, cl.api, "build", kwargs("fileobj", "FROM scratch\n", "use_config_proxy", false)))
	assert.Equal(t, url.Values{"rm": {"false"}, "dockerfile": {"Dockerfile"}}, query)
}
