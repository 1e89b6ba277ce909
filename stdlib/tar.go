package stdlib

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/dscript/dscript/bindings"
)

// TarModuleClass is the tar module.
var TarModuleClass = bindings.NewModule("tar", "Create, list and extract tar archives (for put_archive, get_archive and export).")

// Tar is the tar module's object.
var Tar = bindings.RegisterModule("tar", TarModuleClass)

// TarCreateArgs are the parameters of tar.create.
type TarCreateArgs struct {
	Files any `arg:"files" pos:"0" req:"true" kind:"dict|list" doc:"{path = content} or a list of {name=, data=, mode=}; a name ending in / is a directory."`
}

// TarDataArgs are the parameters of tar.list and tar.extract.
type TarDataArgs struct {
	Data bindings.ByteStream `arg:"data" pos:"0" req:"true" doc:"The archive (gzip too): str, bytes or an iterator of chunks."`
}

// tarEntry is one member to write.
type tarEntry struct {
	name string
	data []byte
	mode int64
	dir  bool
}

func init() {
	cls := TarModuleClass
	bindings.Func(cls, "create", "Build a tar archive from {path = content} or a list of {name=, data=, mode=}; returns bytes.", func(c *bindings.Call, a *TarCreateArgs) (any, error) {
		entries, err := tarEntries("tar.create()", a.Files)
		if err != nil {
			return nil, err
		}
		b, err := writeTar(entries, time.Now())
		if err != nil {
			return nil, bindings.Errorf(bindings.DockerException, "tar.create: %v", err)
		}
		return bindings.Bytes(b), nil
	})
	bindings.Func(cls, "list", "The members of an archive: a list of {name, size, mode, type}, read as a stream.", func(c *bindings.Call, a *TarDataArgs) (any, error) {
		out := []any{}
		err := walkTar(c, a.Data, func(h *tar.Header, _ *tar.Reader) error {
			e := map[string]any{"name": h.Name, "size": h.Size, "mode": h.Mode, "type": tarType(h.Typeflag)}
			if h.Linkname != "" {
				e["linkname"] = h.Linkname
			}
			out = append(out, e)
			return nil
		})
		if err != nil {
			return nil, err
		}
		return out, nil
	})
	bindings.Func(cls, "extract", "The regular files of an archive: a dict {name = content}.", func(c *bindings.Call, a *TarDataArgs) (any, error) {
		out := map[string]any{}
		err := walkTar(c, a.Data, func(h *tar.Header, r *tar.Reader) error {
			if h.Typeflag != tar.TypeReg {
				return nil
			}
			b, err := io.ReadAll(r)
			if err != nil {
				return err
			}
			out[h.Name] = string(b)
			return nil
		})
		if err != nil {
			return nil, err
		}
		return out, nil
	})
}

// tarEntries reads tar.create's files argument.
func tarEntries(fn string, files any) ([]tarEntry, error) {
	switch x := files.(type) {
	case map[string]any:
		names := make([]string, 0, len(x))
		for k := range x {
			names = append(names, k)
		}
		sort.Strings(names)
		out := make([]tarEntry, 0, len(x))
		for _, name := range names {
			e, err := newTarEntry(fn, name, x[name], nil)
			if err != nil {
				return nil, err
			}
			out = append(out, e)
		}
		return out, nil
	case []any:
		out := make([]tarEntry, 0, len(x))
		for i, item := range x {
			d, ok := item.(map[string]any)
			if !ok {
				return nil, bindings.ArgError(fn, "argument 'files': item %d must be a dict {name=, data=, mode=}, not %s", i+1, bindings.TypeName(item))
			}
			for k := range d {
				if k != "name" && k != "data" && k != "mode" {
					return nil, bindings.ArgError(fn, "argument 'files': item %d has unknown key '%s' (name, data, mode)", i+1, k)
				}
			}
			name, ok := d["name"].(string)
			if !ok || name == "" {
				return nil, bindings.ArgError(fn, "argument 'files': item %d needs a str name", i+1)
			}
			e, err := newTarEntry(fn, name, d["data"], d["mode"])
			if err != nil {
				return nil, err
			}
			out = append(out, e)
		}
		return out, nil
	}
	return nil, bindings.ArgError(fn, "argument 'files' must be dict or list, not %s", bindings.TypeName(files))
}

func newTarEntry(fn, name string, data, mode any) (tarEntry, error) {
	e := tarEntry{name: name, dir: strings.HasSuffix(name, "/"), mode: 0o644}
	if e.dir {
		e.mode = 0o755
	}
	switch x := data.(type) {
	case nil:
	case string:
		e.data = []byte(x)
	case bindings.Bytes:
		e.data = x
	default:
		return e, bindings.ArgError(fn, "argument 'files': content of '%s' must be str or bytes, not %s", name, bindings.TypeName(data))
	}
	if e.dir && len(e.data) > 0 {
		return e, bindings.ArgError(fn, "argument 'files': directory '%s' cannot have content", name)
	}
	if mode != nil {
		m, err := bindings.ToInt(mode)
		if err != nil || m < 0 || m > 0o7777 {
			return e, bindings.ArgError(fn, "argument 'files': mode of '%s' must be an int from 0 to 0o7777 (e.g. 420 for 0644)", name)
		}
		e.mode = m
	}
	return e, nil
}

func writeTar(entries []tarEntry, now time.Time) ([]byte, error) {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	mtime := now.Truncate(time.Second)
	for _, e := range entries {
		h := &tar.Header{Name: e.name, Mode: e.mode, Size: int64(len(e.data)), ModTime: mtime, Typeflag: tar.TypeReg, Format: tar.FormatPAX}
		if e.dir {
			h.Typeflag, h.Size = tar.TypeDir, 0
		}
		if err := tw.WriteHeader(h); err != nil {
			return nil, err
		}
		if _, err := tw.Write(e.data); err != nil {
			return nil, err
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// walkTar reads the archive (gzip-compressed too) as a stream and calls fn
// for each member.
func walkTar(c *bindings.Call, data bindings.ByteStream, fn func(*tar.Header, *tar.Reader) error) error {
	rc := data.Reader(c)
	defer rc.Close()
	br := bufio.NewReader(rc)
	var r io.Reader = br
	if magic, err := br.Peek(2); err == nil && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return tarError(err)
		}
		defer zr.Close()
		r = zr
	}
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return tarError(err)
		}
		if err := fn(h, tr); err != nil {
			return tarError(err)
		}
	}
}

// tarError keeps exceptions (from the chunk iterator) and makes other
// errors DockerExceptions naming the module.
func tarError(err error) error {
	var ex *bindings.Error
	if errors.As(err, &ex) {
		return err
	}
	return bindings.Errorf(bindings.DockerException, "tar: %v", err)
}

// tarType names a member's type.
func tarType(t byte) string {
	switch t {
	case tar.TypeReg:
		return "file"
	case tar.TypeDir:
		return "dir"
	case tar.TypeSymlink:
		return "symlink"
	case tar.TypeLink:
		return "link"
	case tar.TypeChar:
		return "char"
	case tar.TypeBlock:
		return "block"
	case tar.TypeFifo:
		return "fifo"
	}
	return fmt.Sprintf("other (%q)", t)
}
