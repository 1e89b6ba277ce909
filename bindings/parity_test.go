package bindings

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// surfaceMember is one line of docker-py's public surface
// (testdata/docker-py-7.1-surface.tsv).
type surfaceMember struct {
	class, name, kind, params string
}

func (m surfaceMember) key() string { return m.class + "." + m.name }

func readSurface(t *testing.T) []surfaceMember {
	t.Helper()
	f, err := os.Open("testdata/docker-py-7.1-surface.tsv")
	require.NoError(t, err)
	defer f.Close()
	var out []surfaceMember
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		cols := strings.SplitN(line, "\t", 4)
		require.Len(t, cols, 4, line)
		out = append(out, surfaceMember{cols[0], cols[1], cols[2], cols[3]})
	}
	require.NoError(t, sc.Err())
	return out
}

// readKnownMissing reads testdata/known-missing.txt: the docker-py members
// dscript does not have yet, one "Class.member" a line.
func readKnownMissing(t *testing.T) map[string]bool {
	t.Helper()
	b, err := os.ReadFile("testdata/known-missing.txt")
	require.NoError(t, err)
	out := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			out[l] = true
		}
	}
	return out
}

// surfaceClass finds the dscript class of a docker-py class name.
func surfaceClass(name string) *Class {
	switch name {
	case "docker.types":
		return TypesModuleClass
	case "DockerClient":
		return ClientClass
	}
	return classes[name]
}

func errorClassByName(name string) *ErrorClass {
	for _, e := range ErrorClasses {
		if e.Name == name {
			return e
		}
	}
	return nil
}

// pySignature renders a dscript method's parameters as the surface file
// writes docker-py's: positional ones in order, then keyword-only ones
// after "*", defaults as Python reprs.
func pySignature(m *Method) string {
	params := m.Parameters()
	var parts []string
	for _, p := range m.positional {
		parts = append(parts, pyParam(p))
	}
	star := false
	for _, p := range params {
		if p.Pos >= 0 {
			continue
		}
		if !star {
			parts = append(parts, "*")
			star = true
		}
		parts = append(parts, pyParam(p))
	}
	return strings.Join(parts, ", ")
}

func pyParam(p *Param) string {
	s := p.signature()
	if i := strings.IndexByte(s, '='); i >= 0 && strings.HasPrefix(s[i+1:], `"`) {
		if v, err := strconv.Unquote(s[i+1:]); err == nil {
			s = s[:i+1] + "'" + v + "'"
		}
	}
	return s
}

// noneable are parameters docker-py requires but lets a caller pass as
// None; a Lua table cannot hold nil, so dscript makes them optional.
var noneable = map[string]bool{"docker.types.Mount": true, "docker.types.EndpointConfig": true,
	"docker.types.HostConfig": true, "docker.types.ContainerConfig": true}

// checkSignature compares a dscript method with docker-py's parameters:
// the same names, positional order and defaults; keyword-only extras only
// where docker-py takes **kwargs; nothing checked where it takes *args
// (it forwards them).
func checkSignature(m *Method, params string) error {
	var explicit []string
	varargs, varkw := false, false
	for _, p := range strings.Split(params, ", ") {
		switch {
		case p == "":
		case p == "*args":
			varargs = true
		case p == "**kwargs":
			varkw = true
		default:
			explicit = append(explicit, p)
		}
	}
	if varargs {
		return nil
	}
	got := pySignature(m)
	var gotPos, gotKw []string
	if got != "" {
		all := strings.Split(got, ", ")
		for i, p := range all {
			if p == "*" {
				gotKw = all[i+1:]
				break
			}
			gotPos = append(gotPos, p)
		}
	}
	if strings.Join(gotPos, ", ") != strings.Join(explicit, ", ") {
		return fmt.Errorf("positional (%s), docker-py has (%s)", strings.Join(gotPos, ", "), strings.Join(explicit, ", "))
	}
	if len(gotKw) > 0 && !varkw {
		return fmt.Errorf("keyword-only (%s), docker-py has none", strings.Join(gotKw, ", "))
	}
	return nil
}

// TestDockerPyParity checks every member of docker-py 7.1's public surface:
// what dscript has matches docker-py's parameter names, positional order
// and defaults; what it lacks is listed in testdata/known-missing.txt,
// and that list holds nothing dscript has.
func TestDockerPyParity(t *testing.T) {
	missing := readKnownMissing(t)
	var absent, mismatched, stale []string
	for _, sm := range readSurface(t) {
		has := false
		var problem error
		switch sm.kind {
		case "exception":
			e := errorClassByName(sm.name)
			has = e != nil
			if has && sm.name != "DockerException" {
				for _, base := range []string{"APIError", "NotFound"} {
					if strings.Contains(sm.params, base+" <") && !e.IsA(errorClassByName(base)) {
						problem = fmt.Errorf("not a subclass of %s", base)
					}
				}
			}
		default:
			cls := surfaceClass(sm.class)
			if cls == nil {
				break
			}
			member := cls.Lookup(sm.name, false)
			has = member != nil
			switch x := member.(type) {
			case *Property:
				if sm.kind != "property" {
					problem = fmt.Errorf("a property, docker-py has a %s", sm.kind)
				}
			case *Method:
				if sm.kind == "property" {
					problem = fmt.Errorf("a method, docker-py has a property")
				} else {
					params := sm.params
					if noneable[sm.key()] {
						// Mount(target, source, ...), EndpointConfig(version, ...)
						params = strings.Replace(strings.Replace(params, "target, source,", "target, source=None,", 1), "version,", "version=None,", 1)
						params = strings.Replace(params, "image, command,", "image, command=None,", 1)
					}
					problem = checkSignature(x, params)
				}
			}
		}
		switch {
		case !has && !missing[sm.key()]:
			absent = append(absent, sm.key())
		case has && missing[sm.key()]:
			stale = append(stale, sm.key())
		case problem != nil:
			mismatched = append(mismatched, sm.key()+": "+problem.Error())
		}
		delete(missing, sm.key())
	}
	for k := range missing {
		stale = append(stale, k+" (not a docker-py member)")
	}
	sort.Strings(stale)
	assert.Empty(t, mismatched, "dscript differs from docker-py")
	assert.Empty(t, absent, "missing from dscript and not in testdata/known-missing.txt")
	assert.Empty(t, stale, "in testdata/known-missing.txt but present (remove them)")
}

// TestPySignature pins the rendering the parity test compares.
func TestPySignature(t *testing.T) {
	m := ContainerClass.Lookup("commit", false).(*Method)
	assert.Equal(t, "repository=None, tag=None, *, message=None, author=None, pause=True, changes=None, conf=None", pySignature(m))
	m = APIClientClass.Lookup("logs", false).(*Method)
	assert.Equal(t, "container, stdout=True, stderr=True, stream=False, timestamps=False, tail='all', since=None, follow=None, until=None", pySignature(m))
	require.NoError(t, checkSignature(m, "container, stdout=True, stderr=True, stream=False, timestamps=False, tail='all', since=None, follow=None, until=None"))
	require.Error(t, checkSignature(m, "container, stdout=True"))
	m = ContainerClass.Lookup("logs", false).(*Method)
	require.NoError(t, checkSignature(m, "**kwargs"))
	require.Error(t, checkSignature(m, ""), "keyword-only parameters where docker-py takes none")
}
