# dscript. `make test` runs every test against a private Docker engine that
# it starts (see internal/testengine); `make demo` runs scripts/deploy.lua.

GO      ?= go
BIN     := bin
TESTENV := $(BIN)/testenv

.PHONY: all deps build testenv test demo bench lint vet clean docs fuzz fuzz-targets race soak

all: build

# Debian packages for the tests (dockerd, static busybox, registry, htpasswd).
deps:
	bash .ci/install-deps.sh

build:
	$(GO) build -o $(BIN)/dscript ./cmd/dscript

# The test harness runner: starts an engine (and registries), runs a command
# against it, stops everything. Built rather than `go run` so that signals
# reach it.
testenv:
	$(GO) build -o $(TESTENV) ./internal/testengine/testenv

vet:
	$(GO) vet ./...

# Each fuzz target runs this long in `make fuzz`; CI_FUZZTIME in `make test`.
# CI counts executions rather than time: with a duration, Go 1.26's fuzzing
# coordinator can end a clean run with "context deadline exceeded" when the
# time runs out while a worker is busy (go.dev/issue/75804, fixed in 1.27).
FUZZTIME    ?= 30s
CI_FUZZTIME ?= 10000x
# The packages `make test` runs a second time with the race detector.
RACE_PKGS   ?= ./...

# One engine and one registry for all packages, which run in parallel; then
# one pass with the race detector and a short run of every fuzz target.
test: deps testenv lint
	$(TESTENV) -registry -- sh -c '$(GO) test -count=1 -timeout 30m ./... && \
		$(GO) test -race -count=1 -timeout 30m $(RACE_PKGS) && \
		$(MAKE) --no-print-directory fuzz-targets FUZZTIME=$(CI_FUZZTIME)'
	cd third_party/gopher-lua && $(GO) test -count=1 .
	cd third_party/reference && $(GO) test -count=1 .
	cd third_party/go-digest && $(GO) test -count=1 .
	cd third_party/pprof && $(GO) test -count=1 ./...

# The whole suite once with the race detector.
race: deps testenv
	$(TESTENV) -registry -- $(GO) test -race -count=1 -timeout 30m ./...

# Every fuzz target of the repository for FUZZTIME each (corpus in each
# package's testdata/fuzz). Packages' tests borrow the engine testenv starts.
fuzz: deps testenv
	$(TESTENV) -reuse -- $(MAKE) --no-print-directory fuzz-targets FUZZTIME=$(FUZZTIME)

# The fuzz targets are found per package with `go test -list`.
fuzz-targets:
	@set -e; for dir in $$(grep -rl --include='*_test.go' '^func Fuzz' . | grep -v '^./third_party/' | xargs -n1 dirname | sort -u); do \
		for target in $$($(GO) test -run '^$$' -list '^Fuzz' $$dir | grep '^Fuzz'); do \
			echo "fuzz: $$dir $$target for $(FUZZTIME)"; \
			$(GO) test -run '^$$' -fuzz "^$$target\$$" -fuzztime $(FUZZTIME) $$dir; \
		done; \
	done

# 1000 cycles of run, exec_run, logs (break out of a followed stream) and
# remove per language in one runtime; RSS every 100 cycles, goroutines,
# descriptors and containers left at the end (see README, Reliability).
soak: deps testenv
	$(TESTENV) -reuse -- $(GO) run ./internal/soak -cycles 1000 -lang lua,js

# Uses the running engine at $DOCKER_HOST (or /var/run/docker.sock) if it
# answers, else starts one.
demo: deps build testenv
	$(TESTENV) -reuse -- $(BIN)/dscript scripts/deploy.lua

# Benchmarks against docker-py, the docker CLI and raw Go on one engine
# (see bench/main.go): prints one Markdown table, also written to
# bench/results.md with the Go micro-benchmarks of the hot paths.
bench: deps build testenv
	$(GO) build -o $(BIN)/bench/ ./bench/rusage ./bench/clients/rawgo ./bench/clients/enginego
	$(GO) build -o $(BIN)/bench/benchrun ./bench
	$(TESTENV) -reuse -- $(BIN)/bench/benchrun -bin $(BIN) -out bench/results.md \
		-go $(GO) -micro './engine/ ./bindings/...'

# The API reference, generated from the method descriptions.
docs:
	$(GO) run ./internal/gendocs docs/api.md

lint:
	@out="$$(gofmt -l $$(find . -name '*.go' -not -path './.git/*' -not -path './$(BIN)/*'))"; \
	if [ -n "$$out" ]; then echo "gofmt -l reports:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

clean:
	rm -rf $(BIN)
