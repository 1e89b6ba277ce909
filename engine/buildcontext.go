package engine

import (
	"archive/tar"
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/moby/patternmatcher"
	"github.com/moby/patternmatcher/ignorefile"
)

// DefaultDockerfileName is the Dockerfile's name in a build context when
// none is given.
const DefaultDockerfileName = "Dockerfile"

// BuildContextOptions configure NewBuildContext.
type BuildContextOptions struct {
	// Dockerfile is the Dockerfile's path: relative to the context
	// directory, or absolute. "" means "Dockerfile" (or "dockerfile" when
	// only that exists). A Dockerfile outside the context is added to the
	// archive under a generated name, as the docker CLI does.
	Dockerfile string
	// DockerfileContent, when not nil, is the Dockerfile's text (it is read
	// whole; Dockerfile must then be ""). It is added to the archive under
	// a generated name, as `docker build -f - DIR` does.
	DockerfileContent io.Reader
}

// BuildContext is a build context being archived: a tar stream for the
// body of ImageBuild, and the Dockerfile's name inside it. The archive is
// written while it is read, never held whole in memory. Close it when it
// is not sent (ImageBuild closes it).
type BuildContext struct {
	// Dockerfile is the value for ImageBuildOptions.Dockerfile.
	Dockerfile string

	dir      string
	excludes []string
	extra    *tar.Header // generated Dockerfile, or nil
	extraTxt []byte

	once   sync.Once
	pr     *io.PipeReader
	done   chan struct{}
	closed sync.Once
}

// NewBuildContext prepares the build context of directory dir, honouring
// its .dockerignore with the docker CLI's rules (the .dockerignore and the
// Dockerfile are sent even when they match it; the daemon then leaves
// them out of the image). It checks dir and the Dockerfile before
// returning; the archive is made as it is read.
func NewBuildContext(dir string, opts BuildContextOptions) (*BuildContext, error) {
	const op = "NewBuildContext"
	if dir == "" {
		return nil, wrapOp(op, errors.New("dir: the context directory is empty"))
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, wrapOp(op, fmt.Errorf("dir %q: %w", dir, err))
	}
	if abs, err = filepath.EvalSymlinks(abs); err != nil {
		return nil, wrapOp(op, fmt.Errorf("dir %q: %w", dir, unwrapPathError(err)))
	}
	st, err := os.Stat(abs)
	if err != nil {
		return nil, wrapOp(op, fmt.Errorf("dir %q: %w", dir, unwrapPathError(err)))
	}
	if !st.IsDir() {
		return nil, wrapOp(op, fmt.Errorf("dir %q is not a directory", dir))
	}
	excludes, err := readDockerignore(abs)
	if err != nil {
		return nil, wrapOp(op, err)
	}
	bc := &BuildContext{dir: abs}

	if opts.DockerfileContent != nil {
		if opts.Dockerfile != "" {
			return nil, wrapOp(op, errors.New("both Dockerfile and DockerfileContent are given"))
		}
		text, err := io.ReadAll(opts.DockerfileContent)
		if err != nil {
			return nil, wrapOp(op, fmt.Errorf("reading DockerfileContent: %w", err))
		}
		bc.excludes = trimBuildFilesFromExcludes(excludes, "")
		bc.addGenerated(text)
		return bc, nil
	}

	rel, err := dockerfileRelPath(abs, opts.Dockerfile)
	if err != nil {
		return nil, wrapOp(op, err)
	}
	if rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		text, err := os.ReadFile(filepath.Join(abs, rel))
		if err != nil {
			return nil, wrapOp(op, fmt.Errorf("opts.Dockerfile %q: %w", opts.Dockerfile, unwrapPathError(err)))
		}
		bc.excludes = trimBuildFilesFromExcludes(excludes, "")
		bc.addGenerated(text)
		return bc, nil
	}
	bc.Dockerfile = filepath.ToSlash(rel)
	bc.excludes = trimBuildFilesFromExcludes(excludes, bc.Dockerfile)
	return bc, nil
}

// DockerfileBuildContext returns a build context holding only a
// Dockerfile with the given text (read whole), as `docker build - <
// Dockerfile` makes.
func DockerfileBuildContext(dockerfile io.Reader) (*BuildContext, error) {
	if dockerfile == nil {
		return nil, wrapOp("DockerfileBuildContext", errors.New("dockerfile: nil reader"))
	}
	text, err := io.ReadAll(dockerfile)
	if err != nil {
		return nil, wrapOp("DockerfileBuildContext", fmt.Errorf("reading dockerfile: %w", err))
	}
	now := time.Now()
	return &BuildContext{
		Dockerfile: DefaultDockerfileName,
		extra:      &tar.Header{Name: DefaultDockerfileName, Mode: 0o600, Size: int64(len(text)), ModTime: now, Typeflag: tar.TypeReg, Format: tar.FormatPAX},
		extraTxt:   text,
	}, nil
}

// addGenerated adds text as the Dockerfile under a generated name, which
// the .dockerignore sent gets as one more line (so that COPY . never
// copies it), as the docker CLI does.
func (bc *BuildContext) addGenerated(text []byte) {
	var rnd [10]byte
	_, _ = rand.Read(rnd[:])
	name := ".dockerfile." + hex.EncodeToString(rnd[:])
	bc.Dockerfile = name
	bc.extra = &tar.Header{Name: name, Mode: 0o600, Size: int64(len(text)), ModTime: time.Now(), Typeflag: tar.TypeReg, Format: tar.FormatPAX}
	bc.extraTxt = text
}

// unwrapPathError drops the path of a *fs.PathError (the message names
// the path already).
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readDockerignore reads the .dockerignore of dir (none: no patterns).
func readDockerignore(dir string) ([]string, error) {
	f, err := os.Open(filepath.Join(dir, ".dockerignore"))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading .dockerignore: %w", err)
	}
	defer f.Close()
	patterns, err := ignorefile.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("reading .dockerignore: %w", err)
	}
	return patterns, nil
}

// trimBuildFilesFromExcludes adds exceptions so that the .dockerignore and
// the Dockerfile (when dockerfile is not "") are sent even when excluded,
// as the docker CLI does: the daemon needs them and removes them itself.
func trimBuildFilesFromExcludes(excludes []string, dockerfile string) []string {
	if keep, _ := patternmatcher.MatchesOrParentMatches(".dockerignore", excludes); keep {
		excludes = append(excludes, "!.dockerignore")
	}
	if dockerfile != "" {
		dockerfile = filepath.Clean(dockerfile)
		if keep, _ := patternmatcher.MatchesOrParentMatches(dockerfile, excludes); keep {
			excludes = append(excludes, "!"+dockerfile)
		}
	}
	return excludes
}

// dockerfileRelPath returns the Dockerfile's path relative to the context
// directory absDir (it may start with ".." when outside), checking that it
// exists.
func dockerfileRelPath(absDir, given string) (string, error) {
	path := given
	if path == "" {
		path = filepath.Join(absDir, DefaultDockerfileName)
		if _, err := os.Lstat(path); errors.Is(err, os.ErrNotExist) {
			alt := filepath.Join(absDir, strings.ToLower(DefaultDockerfileName))
			if _, err := os.Lstat(alt); err == nil {
				path = alt
			}
		}
	}
	if !filepath.IsAbs(path) {
		path = filepath.Join(absDir, path)
	}
	resolved, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", fmt.Errorf("cannot locate the Dockerfile %q: %w", displayName(given, path), unwrapPathError(err))
	}
	st, err := os.Stat(resolved)
	if err != nil {
		return "", fmt.Errorf("the Dockerfile %q: %w", displayName(given, path), unwrapPathError(err))
	}
	if st.IsDir() {
		return "", fmt.Errorf("the Dockerfile %q is a directory", displayName(given, path))
	}
	rel, err := filepath.Rel(absDir, resolved)
	if err != nil {
		return "", fmt.Errorf("the Dockerfile %q: %w", displayName(given, path), err)
	}
	return rel, nil
}

// displayName is given, or path when given is "".
func displayName(given, path string) string {
	if given != "" {
		return given
	}
	return path
}

// Read reads the archive, starting to write it on the first call.
func (bc *BuildContext) Read(p []byte) (int, error) {
	bc.once.Do(bc.start)
	if bc.pr == nil {
		return 0, errors.New("engine: build context closed")
	}
	return bc.pr.Read(p)
}

// Close stops the archiving and waits for it to end. It may be called
// more than once.
func (bc *BuildContext) Close() error {
	bc.closed.Do(func() {
		bc.once.Do(func() {}) // never start after Close
		if bc.pr != nil {
			_ = bc.pr.CloseWithError(errors.New("engine: build context closed"))
			<-bc.done
		}
	})
	return nil
}

// start begins writing the archive into a pipe.
func (bc *BuildContext) start() {
	pr, pw := io.Pipe()
	bc.pr, bc.done = pr, make(chan struct{})
	go func() {
		defer close(bc.done)
		tw := tar.NewWriter(pw)
		err := bc.write(tw)
		if err == nil {
			err = tw.Close()
		}
		_ = pw.CloseWithError(err) // nil: io.EOF for the reader
	}()
}

// write writes every entry of the archive to tw.
func (bc *BuildContext) write(tw *tar.Writer) error {
	dockerignoreSeen := false
	if bc.dir != "" {
		w := &contextWalker{dir: bc.dir, tw: tw, generated: bc.generatedName()}
		pm, err := patternmatcher.New(bc.excludes)
		if err != nil {
			return fmt.Errorf("engine: build context: invalid .dockerignore pattern: %w", err)
		}
		w.pm = pm
		if err := w.walk(); err != nil {
			return err
		}
		dockerignoreSeen = w.dockerignoreSent
	}
	if bc.extra == nil {
		return nil
	}
	if err := tw.WriteHeader(bc.extra); err != nil {
		return err
	}
	if _, err := tw.Write(bc.extraTxt); err != nil {
		return err
	}
	if bc.dir != "" && !dockerignoreSeen {
		text := []byte("\n" + bc.extra.Name + "\n")
		h := &tar.Header{Name: ".dockerignore", Mode: 0o600, Size: int64(len(text)), ModTime: bc.extra.ModTime, Typeflag: tar.TypeReg, Format: tar.FormatPAX}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if _, err := tw.Write(text); err != nil {
			return err
		}
	}
	return nil
}

// generatedName is the name of a generated Dockerfile in a directory
// context, or "".
func (bc *BuildContext) generatedName() string {
	if bc.extra == nil || bc.dir == "" {
		return ""
	}
	return bc.extra.Name
}

// contextWalker archives a context directory.
type contextWalker struct {
	dir       string
	tw        *tar.Writer
	pm        *patternmatcher.PatternMatcher
	generated string // generated Dockerfile name to append to .dockerignore

	parents          map[string]patternmatcher.MatchInfo
	dockerignoreSent bool
	inodes           map[uint64]string
}

// walk archives the directory as the docker CLI's tar writer does: paths
// in lexical order, excluded directories skipped unless an exception may
// match below them, owners set to 0:0.
func (w *contextWalker) walk() error {
	w.parents = map[string]patternmatcher.MatchInfo{}
	w.inodes = map[uint64]string{}
	return filepath.WalkDir(w.dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("engine: build context: %w", err)
		}
		rel, err := filepath.Rel(w.dir, path)
		if err != nil {
			return fmt.Errorf("engine: build context: %w", err)
		}
		if rel == "." {
			return nil
		}
		skip, info, err := w.pm.MatchesUsingParentResults(rel, w.parents[filepath.Dir(rel)])
		if err != nil {
			return fmt.Errorf("engine: build context: matching %q against .dockerignore: %w", rel, err)
		}
		if d.IsDir() {
			w.parents[rel] = info
		}
		if skip {
			if !d.IsDir() {
				return nil
			}
			if !w.pm.Exclusions() {
				return filepath.SkipDir
			}
			dirSlash := rel + string(filepath.Separator)
			for _, pat := range w.pm.Patterns() {
				if pat.Exclusion() && strings.HasPrefix(pat.String()+string(filepath.Separator), dirSlash) {
					return nil // an exception may match below
				}
			}
			return filepath.SkipDir
		}
		return w.add(path, filepath.ToSlash(rel), d)
	})
}

// add writes one file, directory or link to the archive.
func (w *contextWalker) add(path, name string, d fs.DirEntry) error {
	fi, err := d.Info()
	if err != nil {
		return fmt.Errorf("engine: build context: %w", err)
	}
	link := ""
	if fi.Mode()&fs.ModeSymlink != 0 {
		if link, err = os.Readlink(path); err != nil {
			return fmt.Errorf("engine: build context: %w", err)
		}
	}
	h, err := tar.FileInfoHeader(fi, link)
	if err != nil {
		return fmt.Errorf("engine: build context: %s: %w", name, err)
	}
	h.Name = name
	if fi.IsDir() {
		h.Name += "/"
	}
	h.Uid, h.Gid, h.Uname, h.Gname = 0, 0, "", ""
	h.ModTime = h.ModTime.Truncate(time.Second)
	h.AccessTime, h.ChangeTime = time.Time{}, time.Time{}
	h.Format = tar.FormatPAX
	if h.Typeflag == tar.TypeReg {
		if ino, nlink, ok := inodeOf(fi); ok && nlink > 1 {
			if first, seen := w.inodes[ino]; seen {
				h.Typeflag, h.Linkname, h.Size = tar.TypeLink, first, 0
			} else {
				w.inodes[ino] = name
			}
		}
	}
	if name == ".dockerignore" && w.generated != "" && h.Typeflag == tar.TypeReg {
		return w.addDockerignore(path, h)
	}
	if err := w.tw.WriteHeader(h); err != nil {
		return err
	}
	if h.Typeflag != tar.TypeReg || h.Size == 0 {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("engine: build context: %w", err)
	}
	defer f.Close()
	if _, err := io.CopyN(w.tw, f, h.Size); err != nil {
		return fmt.Errorf("engine: build context: %s: %w", name, err)
	}
	return nil
}

// addDockerignore sends the .dockerignore with the generated Dockerfile's
// name appended.
func (w *contextWalker) addDockerignore(path string, h *tar.Header) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("engine: build context: %w", err)
	}
	data = append(bytes.Clone(data), []byte("\n"+w.generated+"\n")...)
	h.Size = int64(len(data))
	if err := w.tw.WriteHeader(h); err != nil {
		return err
	}
	if _, err := w.tw.Write(data); err != nil {
		return err
	}
	w.dockerignoreSent = true
	return nil
}
