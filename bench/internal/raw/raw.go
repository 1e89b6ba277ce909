// Package raw is a minimal Docker Engine API client on the standard
// library alone: net/http over the daemon's unix socket (or a tcp://
// address), the log stream demultiplexer and a build-context tar writer.
// It is the benchmark's floor ("raw Go") and the driver's fixture maker; it
// shares no code with dscript so that the floor measures only net/http.
package raw

import (
	"archive/tar"
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Client talks to one daemon. It is safe for concurrent use.
type Client struct {
	HTTP *http.Client
	base string // "http://docker" or "http://host:port"
}

// New returns a client for host: unix:///path, tcp://host:port or
// http://host:port ("" means $DOCKER_HOST, then /var/run/docker.sock).
func New(host string) (*Client, error) {
	if host == "" {
		host = os.Getenv("DOCKER_HOST")
	}
	if host == "" {
		host = "unix:///var/run/docker.sock"
	}
	tr := &http.Transport{MaxIdleConnsPerHost: 32, DisableCompression: true, IdleConnTimeout: 90 * time.Second}
	c := &Client{HTTP: &http.Client{Transport: tr}}
	switch {
	case strings.HasPrefix(host, "unix://"):
		path := strings.TrimPrefix(host, "unix://")
		var d net.Dialer
		tr.DialContext = func(ctx context.Context, _, _ string) (net.Conn, error) {
			return d.DialContext(ctx, "unix", path)
		}
		c.base = "http://docker"
	case strings.HasPrefix(host, "tcp://"):
		c.base = "http://" + strings.TrimPrefix(host, "tcp://")
	case strings.HasPrefix(host, "http://"):
		c.base = strings.TrimSuffix(host, "/")
	default:
		return nil, fmt.Errorf("raw: unsupported host %q (want unix://, tcp:// or http://)", host)
	}
	return c, nil
}

// Do sends one request; path includes the query. A status >= 400 is an
// error carrying the daemon's message; the caller closes the body otherwise.
func (c *Client) Do(ctx context.Context, method, path string, body io.Reader, contentType string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return nil, err
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 400 {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		resp.Body.Close()
		return nil, fmt.Errorf("%s %s: %s: %s", method, path, resp.Status, bytes.TrimSpace(msg))
	}
	return resp, nil
}

// Bytes sends a request and returns the whole answer. in, when not nil, is
// sent as JSON.
func (c *Client) Bytes(ctx context.Context, method, path string, in any) ([]byte, error) {
	var body io.Reader
	ctype := ""
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return nil, err
		}
		body, ctype = bytes.NewReader(b), "application/json"
	}
	resp, err := c.Do(ctx, method, path, body, ctype)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

// JSON is Bytes decoding the answer into out (nil: discard).
func (c *Client) JSON(ctx context.Context, method, path string, in, out any) error {
	b, err := c.Bytes(ctx, method, path, in)
	if err != nil || out == nil {
		return err
	}
	return json.Unmarshal(b, out)
}

// Ping is GET /_ping.
func (c *Client) Ping(ctx context.Context) error {
	_, err := c.Bytes(ctx, http.MethodGet, "/_ping", nil)
	return err
}

// Query builds "?k=v&..." from pairs.
func Query(kv ...string) string {
	q := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		q.Set(kv[i], kv[i+1])
	}
	return "?" + q.Encode()
}

// LabelFilter is the filters parameter selecting label.
func LabelFilter(label string) string {
	b, _ := json.Marshal(map[string][]string{"label": {label}})
	return string(b)
}

// Demux reads a multiplexed stdout/stderr stream (8-byte headers) and hands
// each frame's payload to fn (valid during the call only). It returns the
// payload bytes seen; the end of the stream is not an error.
func Demux(r io.Reader, fn func(stream byte, p []byte)) (int64, error) {
	br := bufio.NewReaderSize(r, 32<<10)
	var hdr [8]byte
	buf := make([]byte, 32<<10)
	var total int64
	for {
		if _, err := io.ReadFull(br, hdr[:]); err != nil {
			if err == io.EOF {
				return total, nil
			}
			return total, err
		}
		size := int(binary.BigEndian.Uint32(hdr[4:]))
		if size > cap(buf) {
			buf = make([]byte, size)
		}
		p := buf[:size]
		if _, err := io.ReadFull(br, p); err != nil {
			return total, err
		}
		if hdr[0] == 3 {
			return total, fmt.Errorf("error from daemon in stream: %s", p)
		}
		total += int64(size)
		fn(hdr[0], p)
	}
}

// Messages reads a stream of JSON messages (build, pull, push progress),
// failing on the first one that reports an error.
func Messages(r io.Reader, fn func(json.RawMessage)) error {
	dec := json.NewDecoder(r)
	for {
		var m json.RawMessage
		if err := dec.Decode(&m); err != nil {
			if err == io.EOF {
				return nil
			}
			return err
		}
		var e struct {
			Error       string `json:"error"`
			ErrorDetail struct {
				Message string `json:"message"`
			} `json:"errorDetail"`
		}
		if bytes.Contains(m, []byte(`"error`)) && json.Unmarshal(m, &e) == nil && (e.Error != "" || e.ErrorDetail.Message != "") {
			if e.Error == "" {
				e.Error = e.ErrorDetail.Message
			}
			return errors.New(e.Error)
		}
		if fn != nil {
			fn(m)
		}
	}
}

// TarDir writes dir as an uncompressed tar (the build context) to w.
func TarDir(w io.Writer, dir string) error {
	tw := tar.NewWriter(w)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil || rel == "." {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		hdr, err := tar.FileInfoHeader(info, "")
		if err != nil {
			return err
		}
		hdr.Name = filepath.ToSlash(rel)
		if d.IsDir() {
			hdr.Name += "/"
		}
		hdr.Uid, hdr.Gid, hdr.Uname, hdr.Gname = 0, 0, "", ""
		if err := tw.WriteHeader(hdr); err != nil {
			return err
		}
		if !info.Mode().IsRegular() {
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = io.Copy(tw, f)
		return err
	})
	if err != nil {
		return err
	}
	return tw.Close()
}

// Build sends dir as a build context (POST /build) tagged tag, streaming
// the tar as it is written, and reads the progress messages to the end.
func (c *Client) Build(ctx context.Context, dir, tag string) error {
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(TarDir(pw, dir)) }()
	resp, err := c.Do(ctx, http.MethodPost, "/build"+Query("t", tag, "rm", "1"), pr, "application/x-tar")
	if err != nil {
		pr.CloseWithError(err)
		return err
	}
	defer resp.Body.Close()
	return Messages(resp.Body, nil)
}
