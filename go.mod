module github.com/dscript/dscript

go 1.26.8

require (
	github.com/chzyer/readline v1.5.1
	github.com/creack/pty v1.1.24
	github.com/distribution/reference v0.6.0
	github.com/docker/docker-credential-helpers v0.9.13
	github.com/docker/go-units v0.5.0
	github.com/dop251/goja v0.0.0-20260917113740-793a2a65c13b
	github.com/google/shlex v0.0.0-20191202100458-e7afc7fbc510
	github.com/moby/patternmatcher v0.6.1
	github.com/stretchr/testify v1.12.1
	github.com/yuin/gopher-lua v1.1.2
	go.uber.org/goleak v1.3.0
)

require (
	github.com/dlclark/regexp2/v2 v2.5.2 // indirect
	github.com/go-sourcemap/sourcemap v2.1.3+incompatible // indirect
	github.com/google/pprof v0.0.0-20230207041349-798e818bf904 // indirect
	github.com/opencontainers/go-digest v1.0.0 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/sys v0.20.0 // indirect
	golang.org/x/text v0.3.8 // indirect
)

replace github.com/yuin/gopher-lua => ./third_party/gopher-lua

replace github.com/distribution/reference => ./third_party/reference

replace github.com/opencontainers/go-digest => ./third_party/go-digest

replace github.com/google/pprof => ./third_party/pprof
