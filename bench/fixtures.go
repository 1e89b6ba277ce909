package main

import (
	"context"
	crand "crypto/rand"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dscript/dscript/bench/internal/raw"
)

// busybox is the only image the benchmark starts from; testenv creates it
// locally (nothing is pulled).
const busybox = "busybox:latest"

// logBytes is what the logs fixture writes: 200 MiB of 48-byte lines.
const logBytes = 200 << 20

// logCmd writes logBytes of short lines (47 characters and a newline).
var logCmd = fmt.Sprintf("yes 0123456789abcdefghijklmnopqrstuvwxyz0123456789 | head -c %d", logBytes)

// Fixture sizes.
const (
	listContainers = 20
	smallFiles     = 2000
	bigFileBytes   = 100 << 20
)

// labelKey marks everything the benchmark creates; its value is the run ID.
const labelKey = "dscript.bench"

// fixtures are what the workloads run against, all named or labelled with
// one run ID and removed by cleanup.
type fixtures struct {
	c          *raw.Client
	id         string
	label      string // labelKey=id, on every container
	listLabel  string // on the list fixtures only
	listCount  int
	logsID     string // the container that wrote logBytes
	contextDir string // the build context
	repo       string // image repository of the run's images
	saveTag    string // the image saved by workload 6
	saveSize   int64
	tmp        string
	tags       map[string]bool
}

func newFixtures(c *raw.Client, tmp string) *fixtures {
	var b [4]byte
	_, _ = crand.Read(b[:])
	id := hex.EncodeToString(b[:])
	return &fixtures{
		c: c, id: id, tmp: tmp,
		label:     labelKey + "=" + id,
		listLabel: labelKey + ".list=" + id,
		repo:      "dscript-bench-" + id,
		tags:      map[string]bool{},
	}
}

func (fx *fixtures) buildTag(client string) string {
	slug := strings.NewReplacer(" ", "-", "(", "", ")", "", "/", "-").Replace(strings.ToLower(client))
	tag := fx.repo + ":build-" + slug
	fx.tags[tag] = true
	return tag
}

// create makes a container from busybox; it returns the ID.
func (fx *fixtures) create(ctx context.Context, name string, labels map[string]string, hostConfig map[string]any, cmd ...string) (string, error) {
	labels[labelKey] = fx.id
	var out struct{ Id string }
	err := fx.c.JSON(ctx, http.MethodPost, "/containers/create"+raw.Query("name", name), map[string]any{
		"Image": busybox, "Cmd": cmd, "Labels": labels, "HostConfig": hostConfig,
	}, &out)
	return out.Id, err
}

// prepare makes every fixture; log reports progress.
func (fx *fixtures) prepare(ctx context.Context, log func(string, ...any)) error {
	var img struct{ Id string }
	if err := fx.c.JSON(ctx, http.MethodGet, "/images/"+busybox+"/json", nil, &img); err != nil {
		return fmt.Errorf("image %s is missing (make bench creates it through testenv): %w", busybox, err)
	}

	// Workload 2b: created (never started) containers, listed with all=True.
	k, v, _ := strings.Cut(fx.listLabel, "=")
	for i := range listContainers {
		if _, err := fx.create(ctx, fmt.Sprintf("%s-list-%02d", fx.repo, i), map[string]string{k: v}, nil, "true"); err != nil {
			return fmt.Errorf("create list fixture: %w", err)
		}
	}
	fx.listCount = listContainers

	// Workload 4: a container that wrote logBytes. The "local" log driver
	// (kept large enough not to rotate) is the daemon's fastest to read
	// back, which leaves more of the run to the client.
	t0 := time.Now()
	id, err := fx.create(ctx, fx.repo+"-logs", map[string]string{}, map[string]any{
		"LogConfig": map[string]any{"Type": "local", "Config": map[string]string{"max-size": "1g", "max-file": "1", "compress": "false"}},
	}, "sh", "-c", logCmd)
	if err != nil {
		return fmt.Errorf("create logs fixture: %w", err)
	}
	fx.logsID = id
	if err := fx.c.JSON(ctx, http.MethodPost, "/containers/"+id+"/start", nil, nil); err != nil {
		return fmt.Errorf("start logs fixture: %w", err)
	}
	wctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	var waited struct{ StatusCode int }
	if err := fx.c.JSON(wctx, http.MethodPost, "/containers/"+id+"/wait", nil, &waited); err != nil {
		return fmt.Errorf("wait for logs fixture: %w", err)
	}
	if waited.StatusCode != 0 {
		return fmt.Errorf("logs fixture exited with %d", waited.StatusCode)
	}
	log("wrote %d MiB of logs in %.1fs", logBytes>>20, time.Since(t0).Seconds())

	// Workload 5: the build context; workload 6 saves the image it makes.
	t0 = time.Now()
	fx.contextDir = filepath.Join(fx.tmp, "context")
	if err := writeContext(fx.contextDir); err != nil {
		return fmt.Errorf("write build context: %w", err)
	}
	fx.saveTag = fx.repo + ":ctx"
	fx.tags[fx.saveTag] = true
	bctx, cancel2 := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel2()
	if err := fx.c.Build(bctx, fx.contextDir, fx.saveTag); err != nil {
		return fmt.Errorf("build fixture image: %w", err)
	}
	var saved struct{ Size int64 }
	if err := fx.c.JSON(ctx, http.MethodGet, "/images/"+fx.saveTag+"/json", nil, &saved); err != nil {
		return err
	}
	fx.saveSize = saved.Size
	log("built the %d MiB image in %.1fs", fx.saveSize>>20, time.Since(t0).Seconds())
	return nil
}

// writeContext writes a Dockerfile, smallFiles files of 1-2 KiB in 20
// directories and one file of bigFileBytes (pseudo-random, so that nothing
// on the way can compress it).
func writeContext(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "Dockerfile"), []byte("FROM "+busybox+"\nCOPY . /ctx/\n"), 0o644); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(1, 2))
	buf := make([]byte, 1<<20)
	fill := func(b []byte) {
		for i := 0; i+8 <= len(b); i += 8 {
			x := rng.Uint64()
			for j := range 8 {
				b[i+j] = byte(x >> (8 * j))
			}
		}
	}
	for i := range smallFiles {
		sub := filepath.Join(dir, "small", fmt.Sprintf("d%02d", i%20))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return err
		}
		n := 1024 + rng.IntN(1024)
		fill(buf[:n])
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("f%04d.txt", i)), buf[:n], 0o644); err != nil {
			return err
		}
	}
	f, err := os.Create(filepath.Join(dir, "big.bin"))
	if err != nil {
		return err
	}
	for range bigFileBytes / len(buf) {
		fill(buf)
		if _, err := f.Write(buf); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}

// cleanup removes the run's containers and images; it reports what it
// could not remove.
func (fx *fixtures) cleanup(log func(string, ...any)) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var ctrs []struct{ Id string }
	if err := fx.c.JSON(ctx, http.MethodGet, "/containers/json"+raw.Query("all", "1", "filters", raw.LabelFilter(fx.label)), nil, &ctrs); err != nil {
		log("cleanup: list containers: %v", err)
	}
	for _, c := range ctrs {
		if err := fx.c.JSON(ctx, http.MethodDelete, "/containers/"+c.Id+raw.Query("force", "1", "v", "1"), nil, nil); err != nil {
			log("cleanup: %v", err)
		}
	}
	for tag := range fx.tags {
		if err := fx.c.JSON(ctx, http.MethodDelete, "/images/"+tag+raw.Query("force", "1"), nil, nil); err != nil && !strings.Contains(err.Error(), "404") {
			log("cleanup: %v", err)
		}
	}
	if fx.tmp != "" {
		_ = os.RemoveAll(fx.tmp)
	}
}
