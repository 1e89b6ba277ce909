// Command rawgo is the benchmark's floor: each workload done with net/http
// over the daemon's socket and the standard library alone, doing the same
// work per item as a script sees (list reads the fields of each container; logs
// demultiplexes each frame and hands it to a callback).
//
//	rawgo WORKLOAD N [ARG [ARG2]]
//
// It prints "BENCH secs=S n=N [bytes=B]": S is the time of the workload's
// loop, without process start.
package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/dscript/dscript/bench/internal/raw"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "rawgo:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) < 2 {
		return fmt.Errorf("usage: rawgo WORKLOAD N [ARG [ARG2]]")
	}
	n, err := strconv.Atoi(args[1])
	if err != nil {
		return err
	}
	arg := func(i int) string {
		if len(args) > i {
			return args[i]
		}
		return ""
	}
	c, err := raw.New("")
	if err != nil {
		return err
	}
	ctx := context.Background()
	start := time.Now()
	var bytes int64
	switch args[0] {
	case "idle":
	case "startping", "ping":
		for range n {
			if err := c.Ping(ctx); err != nil {
				return err
			}
		}
	case "list":
		for range n {
			k, err := list(ctx, c, arg(2))
			if err != nil {
				return err
			}
			bytes = int64(k)
		}
	case "run":
		for range n {
			if err := runRemove(ctx, c, arg(2), arg(3)); err != nil {
				return err
			}
		}
	case "logs":
		resp, err := c.Do(ctx, http.MethodGet, "/containers/"+arg(2)+"/logs"+raw.Query("stdout", "1", "stderr", "1", "follow", "1"), nil, "")
		if err != nil {
			return err
		}
		_, err = raw.Demux(resp.Body, func(_ byte, p []byte) { bytes += int64(len(p)) })
		resp.Body.Close()
		if err != nil {
			return err
		}
	case "build":
		if err := c.Build(ctx, arg(2), arg(3)); err != nil {
			return err
		}
	case "save":
		resp, err := c.Do(ctx, http.MethodGet, "/images/"+arg(2)+"/get", nil, "")
		if err != nil {
			return err
		}
		null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		bytes, err = io.Copy(null, resp.Body)
		resp.Body.Close()
		null.Close()
		if err != nil {
			return err
		}
	default:
		return fmt.Errorf("unknown workload %q", args[0])
	}
	fmt.Printf("BENCH secs=%.6f n=%d bytes=%d\n", time.Since(start).Seconds(), n, bytes)
	return nil
}

// list is containers.list(all=True, filters={"label": label}) reading
// what the benchmark's scripts read of each container (id, name, status,
// labels, image): the fields the list answer holds, so no inspection. It
// returns the count.
func list(ctx context.Context, c *raw.Client, label string) (int, error) {
	var entries []struct {
		Id      string
		Names   []string
		State   string
		Labels  map[string]string
		ImageID string
	}
	if err := c.JSON(ctx, http.MethodGet, "/containers/json"+raw.Query("all", "1", "filters", raw.LabelFilter(label)), nil, &entries); err != nil {
		return 0, err
	}
	return len(entries), nil
}

// runRemove is containers.run(image, "true", remove=True): create, start,
// wait, read the logs, remove.
func runRemove(ctx context.Context, c *raw.Client, image, label string) error {
	k, v, _ := strings.Cut(label, "=")
	var created struct{ Id string }
	if err := c.JSON(ctx, http.MethodPost, "/containers/create", map[string]any{
		"Image": image, "Cmd": []string{"true"}, "Labels": map[string]string{k: v},
	}, &created); err != nil {
		return err
	}
	id := created.Id
	if err := c.JSON(ctx, http.MethodPost, "/containers/"+id+"/start", nil, nil); err != nil {
		return err
	}
	var waited struct{ StatusCode int }
	if err := c.JSON(ctx, http.MethodPost, "/containers/"+id+"/wait", nil, &waited); err != nil {
		return err
	}
	resp, err := c.Do(ctx, http.MethodGet, "/containers/"+id+"/logs"+raw.Query("stdout", "1"), nil, "")
	if err != nil {
		return err
	}
	_, err = raw.Demux(resp.Body, func(byte, []byte) {})
	resp.Body.Close()
	if err != nil {
		return err
	}
	if waited.StatusCode != 0 {
		return fmt.Errorf("container exited with %d", waited.StatusCode)
	}
	return c.JSON(ctx, http.MethodDelete, "/containers/"+id, nil, nil)
}
