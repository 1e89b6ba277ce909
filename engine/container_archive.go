package engine

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"time"
)

// pathStatHeader is the header carrying a PathStat.
const pathStatHeader = "X-Docker-Container-Path-Stat"

// PathStat describes a file or directory in a container, as the daemon
// reports it in the X-Docker-Container-Path-Stat header of ContainerArchive
// and ContainerArchiveInfo.
type PathStat struct {
	Name       string      `json:"name"`       // base name
	Size       int64       `json:"size"`       // size in bytes
	Mode       os.FileMode `json:"mode"`       // Go file mode (type and permission bits)
	Mtime      time.Time   `json:"mtime"`      // modification time
	LinkTarget string      `json:"linkTarget"` // target of a symbolic link, else ""
	// Raw is the decoded JSON of the header, with any field this struct
	// does not name.
	Raw json.RawMessage `json:"-"`
}

// DecodePathStat decodes the value of an X-Docker-Container-Path-Stat
// header: base64 (standard, padding optional) of a JSON object.
func DecodePathStat(header string) (PathStat, error) {
	if header == "" {
		return PathStat{}, errors.New("missing " + pathStatHeader + " header")
	}
	raw, err := base64.StdEncoding.DecodeString(header)
	if err != nil {
		var err2 error
		if raw, err2 = base64.RawStdEncoding.DecodeString(header); err2 != nil {
			return PathStat{}, fmt.Errorf("decoding %s header: %w", pathStatHeader, err)
		}
	}
	var st PathStat
	if err := json.Unmarshal(raw, &st); err != nil {
		return PathStat{}, fmt.Errorf("decoding %s header: %w", pathStatHeader, err)
	}
	st.Raw = json.RawMessage(raw)
	return st, nil
}

// archiveQuery returns the query naming path.
func archiveQuery(path string) url.Values {
	q := url.Values{}
	q.Set("path", path)
	return q
}

// ContainerArchive returns a tar archive of a file or directory of a
// container (GET /containers/{id}/archive) as a raw stream, and the stat of
// path. Closing the stream releases the connection. The client timeout
// bounds the wait for the answer's header, then only ctx applies. A missing path gives an *APIError (errors.Is(err, ErrNotFound)).
func (c *Client) ContainerArchive(ctx context.Context, id, path string) (io.ReadCloser, PathStat, error) {
	const op = "ContainerArchive"
	rc, resp, err := c.callStream(ctx, &request{op: op, method: http.MethodGet, path: "/containers/" + id + "/archive", query: archiveQuery(path)})
	if err != nil {
		return nil, PathStat{}, err
	}
	st, err := DecodePathStat(resp.Header.Get(pathStatHeader))
	if err != nil {
		rc.Close()
		return nil, PathStat{}, wrapOp(op, err)
	}
	return rc, st, nil
}

// ContainerArchiveInfo returns the stat of a file or directory of a
// container (HEAD /containers/{id}/archive). A missing path gives an
// *APIError (errors.Is(err, ErrNotFound)).
func (c *Client) ContainerArchiveInfo(ctx context.Context, id, path string) (PathStat, error) {
	const op = "ContainerArchiveInfo"
	_, resp, err := c.call(ctx, &request{op: op, method: http.MethodHead, path: "/containers/" + id + "/archive", query: archiveQuery(path)})
	if err != nil {
		return PathStat{}, err
	}
	st, err := DecodePathStat(resp.Header.Get(pathStatHeader))
	if err != nil {
		return PathStat{}, wrapOp(op, err)
	}
	return st, nil
}

// PutContainerArchiveOptions are the query parameters of
// PutContainerArchive.
type PutContainerArchiveOptions struct {
	// NoOverwriteDirNonDir makes it an error to replace a directory with a
	// non-directory or the reverse.
	NoOverwriteDirNonDir bool
	// CopyUIDGID gives the extracted files the container's user and group
	// instead of the archive's.
	CopyUIDGID bool
}

// PutContainerArchive extracts a tar archive (possibly compressed) read
// from content into the directory path of a container
// (PUT /containers/{id}/archive). content is streamed, not buffered. The
// client timeout bounds each wait on the daemon (while it does not take
// the next piece of content, then for its answer); reading content does
// not count.
func (c *Client) PutContainerArchive(ctx context.Context, id, path string, content io.Reader, opts PutContainerArchiveOptions) error {
	const op = "PutContainerArchive"
	q := archiveQuery(path)
	boolParam(q, "noOverwriteDirNonDir", opts.NoOverwriteDirNonDir)
	boolParam(q, "copyUIDGID", opts.CopyUIDGID)
	if content == nil {
		content = http.NoBody
	}
	hdr := http.Header{"Content-Type": {"application/x-tar"}}
	resp, cancel, err := c.exec(ctx, &request{op: op, method: http.MethodPut, path: "/containers/" + id + "/archive", query: q, body: content, header: hdr}, true)
	if err != nil {
		return wrapOp(op, err)
	}
	defer cancel()
	resp.Body.Close() // the status is the answer
	return nil
}
