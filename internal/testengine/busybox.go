package testengine

import (
	"archive/tar"
	"context"
	"debug/elf"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sort"
	"strings"
	"time"

	"github.com/dscript/dscript/engine"
)

// BusyboxImage is the image every test may rely on; the harness creates it
// from the machine's static busybox.
const BusyboxImage = "busybox:latest"

// RootfsLabel marks the images made by ImportBusybox; its value is the
// version of the rootfs layout (bumped when BusyboxRootfs changes).
const RootfsLabel = "dscript.test.rootfs"

// rootfsVersion is the current value of RootfsLabel.
const rootfsVersion = "1"

// busyboxChanges are the Dockerfile instructions applied on import: an
// imported rootfs has no CMD of its own.
var busyboxChanges = []string{`CMD ["sh"]`, "LABEL " + RootfsLabel + "=" + rootfsVersion}

// rootfsTime is the modification time of every entry of the rootfs tar, so
// that the archive is the same on every run.
var rootfsTime = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// EnsureBusybox makes sure busybox:latest exists on the daemon of c,
// importing it from BusyboxRootfs when it is missing. An existing
// busybox:latest is kept when it was pulled from a registry (it has repo
// digests) or made by this harness (RootfsLabel at the current version);
// one imported by other means, which may lack what the tests rely on (such
// as /etc/passwd), is replaced.
func EnsureBusybox(ctx context.Context, c *engine.Client) error {
	raw, err := c.ImageInspect(ctx, BusyboxImage)
	if err != nil && !errors.Is(err, engine.ErrImageNotFound) && !errors.Is(err, engine.ErrNotFound) {
		return fmt.Errorf("testengine: inspect %s on %s: %w", BusyboxImage, c.Host(), err)
	}
	if err == nil {
		var img struct {
			RepoDigests []string
			Config      struct{ Labels map[string]string }
		}
		if err := json.Unmarshal(raw, &img); err != nil {
			return fmt.Errorf("testengine: inspect %s on %s: %w", BusyboxImage, c.Host(), err)
		}
		if len(img.RepoDigests) > 0 || img.Config.Labels[RootfsLabel] == rootfsVersion {
			return nil
		}
	}
	return ImportBusybox(ctx, c, "busybox", "latest")
}

// ImportBusybox imports the busybox rootfs as repo:tag on the daemon of c,
// with CMD ["sh"] and RootfsLabel, streaming the archive to the daemon as
// it is written.
func ImportBusybox(ctx context.Context, c *engine.Client, repo, tag string) error {
	pr, pw := io.Pipe()
	writeErr := make(chan error, 1)
	go func() {
		err := BusyboxRootfs(pw)
		pw.CloseWithError(err)
		writeErr <- err
	}()
	_, err := c.ImageImport(ctx, pr, repo, tag, busyboxChanges)
	// Unblock the writer if the daemon stopped reading early.
	pr.CloseWithError(errors.New("import finished"))
	werr := <-writeErr
	if werr != nil && err == nil {
		err = werr
	}
	if err != nil {
		if werr != nil && !errors.Is(err, werr) {
			err = fmt.Errorf("%w (writing the rootfs: %v)", err, werr)
		}
		return fmt.Errorf("testengine: import %s:%s into %s: %w", repo, tag, c.Host(), err)
	}
	return nil
}

// BusyboxRootfs writes to w a tar archive of a minimal root filesystem: the
// static busybox binary at /bin/busybox, a symbolic link in /bin for each of
// its applets, the directories /tmp, /etc, /root, /home, /usr, /var and
// /var/www, and /etc/passwd and /etc/group with root and nobody.
func BusyboxRootfs(w io.Writer) error {
	path, err := findBusybox()
	if err != nil {
		return err
	}
	applets, err := busyboxApplets(path)
	if err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("testengine: open busybox: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("testengine: stat %s: %w", path, err)
	}

	tw := tar.NewWriter(w)
	dir := func(name string, mode int64) error {
		return tw.WriteHeader(&tar.Header{Typeflag: tar.TypeDir, Name: name + "/", Mode: mode, ModTime: rootfsTime})
	}
	file := func(name string, mode int64, content string) error {
		if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: name, Mode: mode, Size: int64(len(content)), ModTime: rootfsTime}); err != nil {
			return err
		}
		_, err := io.WriteString(tw, content)
		return err
	}

	steps := []func() error{
		func() error { return dir("bin", 0o755) },
		func() error { return dir("etc", 0o755) },
		func() error { return dir("home", 0o755) },
		func() error { return dir("root", 0o700) },
		func() error { return dir("tmp", 0o1777) },
		func() error { return dir("usr", 0o755) },
		func() error { return dir("var", 0o755) },
		func() error { return dir("var/www", 0o755) },
		func() error {
			return file("etc/passwd", 0o644,
				"root:x:0:0:root:/root:/bin/sh\n"+
					"nobody:x:65534:65534:nobody:/home:/bin/false\n")
		},
		func() error { return file("etc/group", 0o644, "root:x:0:\nnobody:x:65534:\n") },
		func() error {
			if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: "bin/busybox", Mode: 0o755, Size: st.Size(), ModTime: rootfsTime}); err != nil {
				return err
			}
			n, err := io.Copy(tw, f)
			if err == nil && n != st.Size() {
				err = fmt.Errorf("%s changed size while being read", path)
			}
			return err
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return fmt.Errorf("testengine: write busybox rootfs: %w", err)
		}
	}
	for _, a := range applets {
		h := &tar.Header{Typeflag: tar.TypeSymlink, Name: "bin/" + a, Linkname: "busybox", Mode: 0o777, ModTime: rootfsTime}
		if err := tw.WriteHeader(h); err != nil {
			return fmt.Errorf("testengine: write busybox rootfs: %w", err)
		}
	}
	if err := tw.Close(); err != nil {
		return fmt.Errorf("testengine: write busybox rootfs: %w", err)
	}
	return nil
}

// findBusybox returns the path of a statically linked busybox: a dynamic
// one would not run inside an image that has no libc.
func findBusybox() (string, error) {
	candidates := []string{"/usr/bin/busybox", "/bin/busybox"}
	if p, err := exec.LookPath("busybox"); err == nil {
		candidates = append(candidates, p)
	}
	var dynamic []string
	for _, p := range candidates {
		if _, err := os.Stat(p); err != nil {
			continue
		}
		static, err := isStatic(p)
		if err != nil {
			return "", err
		}
		if static {
			return p, nil
		}
		dynamic = append(dynamic, p)
	}
	if len(dynamic) > 0 {
		return "", fmt.Errorf("testengine: %s is dynamically linked; install the Debian package busybox-static (.ci/install-deps.sh)", strings.Join(dynamic, ", "))
	}
	return "", errors.New("testengine: busybox not found; install the Debian package busybox-static (.ci/install-deps.sh)")
}

// isStatic tells whether the ELF executable at path has no program
// interpreter.
func isStatic(path string) (bool, error) {
	f, err := elf.Open(path)
	if err != nil {
		return false, fmt.Errorf("testengine: read %s as ELF: %w", path, err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			return false, nil
		}
	}
	return true, nil
}

// busyboxApplets lists the applets of the busybox at path, sorted, without
// "busybox" itself.
func busyboxApplets(path string) ([]string, error) {
	out, err := exec.Command(path, "--list").Output()
	if err != nil {
		return nil, fmt.Errorf("testengine: %s --list: %w", path, err)
	}
	var applets []string
	for _, a := range strings.Fields(string(out)) {
		if a == "busybox" || strings.ContainsAny(a, "/\x00") {
			continue
		}
		applets = append(applets, a)
	}
	if len(applets) == 0 {
		return nil, fmt.Errorf("testengine: %s --list printed no applets", path)
	}
	sort.Strings(applets)
	return applets, nil
}
