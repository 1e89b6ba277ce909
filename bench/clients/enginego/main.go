// Command enginego runs the benchmark workloads with dscript's engine
// package from Go: what an embedding Go program gets without a script.
//
//	enginego WORKLOAD N [ARG [ARG2]]
//
// It prints "BENCH secs=S n=N [bytes=B]" like the other clients.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/dscript/dscript/engine"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "enginego:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) < 2 {
		return fmt.Errorf("usage: enginego WORKLOAD N [ARG [ARG2]]")
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
	c, err := engine.FromEnv(engine.Options{})
	if err != nil {
		return err
	}
	defer c.Close()
	ctx := context.Background()
	start := time.Now()
	var bytes int64
	switch args[0] {
	case "idle":
	case "startping", "ping":
		for range n {
			if _, err := c.SystemPing(ctx); err != nil {
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
		rc, err := c.ContainerLogs(ctx, arg(2), engine.ContainerLogsOptions{Stdout: true, Stderr: true, Follow: true})
		if err != nil {
			return err
		}
		fr := engine.NewFrameReader(rc, false)
		for {
			f, err := fr.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				fr.Close()
				return err
			}
			bytes += int64(len(f.Data))
		}
		fr.Close()
	case "build":
		bc, err := engine.NewBuildContext(arg(2), engine.BuildContextOptions{})
		if err != nil {
			return err
		}
		rm := true
		if _, err := c.ImageBuildWait(ctx, bc, engine.ImageBuildOptions{Dockerfile: bc.Dockerfile, Tags: []string{arg(3)}, Remove: &rm}, nil); err != nil {
			return err
		}
	case "save":
		rc, err := c.ImageGet(ctx, arg(2), engine.ImageSaveOptions{})
		if err != nil {
			return err
		}
		bytes, err = io.Copy(io.Discard, rc)
		rc.Close()
		if err != nil {
			return err
		}
	default:
		return fmt.Errorf("workload %q not supported", args[0])
	}
	fmt.Printf("BENCH secs=%.6f n=%d bytes=%d\n", time.Since(start).Seconds(), n, bytes)
	return nil
}

// list is containers.list(all=True, filters={"label": label}) reading the
// fields the scripts read, all in the list answer.
func list(ctx context.Context, c *engine.Client, label string) (int, error) {
	raw, err := c.ContainerList(ctx, engine.ContainerListOptions{All: true, Filters: engine.Filters{}.Add("label", label)})
	if err != nil {
		return 0, err
	}
	var entries []struct {
		Id      string
		Names   []string
		State   string
		Labels  map[string]string
		ImageID string
	}
	if err := json.Unmarshal(raw, &entries); err != nil {
		return 0, err
	}
	return len(entries), nil
}

func runRemove(ctx context.Context, c *engine.Client, image, label string) error {
	k, v, _ := strings.Cut(label, "=")
	raw, err := c.ContainerCreate(ctx, engine.ContainerCreateOptions{}, map[string]any{
		"Image": image, "Cmd": []string{"true"}, "Labels": map[string]string{k: v},
	})
	if err != nil {
		return err
	}
	var created struct{ Id string }
	if err := json.Unmarshal(raw, &created); err != nil {
		return err
	}
	id := created.Id
	if err := c.ContainerStart(ctx, id, ""); err != nil {
		return err
	}
	raw, err = c.ContainerWait(ctx, id, "")
	if err != nil {
		return err
	}
	var waited struct{ StatusCode int }
	if err := json.Unmarshal(raw, &waited); err != nil {
		return err
	}
	rc, err := c.ContainerLogs(ctx, id, engine.ContainerLogsOptions{Stdout: true})
	if err != nil {
		return err
	}
	fr := engine.NewFrameReader(rc, false)
	_, err = fr.Demux(io.Discard, io.Discard)
	fr.Close()
	if err != nil {
		return err
	}
	if waited.StatusCode != 0 {
		return fmt.Errorf("container exited with %d", waited.StatusCode)
	}
	return c.ContainerDelete(ctx, id, engine.ContainerDeleteOptions{})
}
