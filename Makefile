# dscript. `make test` runs every test against a private Docker engine that
# it starts (see internal/testengine); `make demo` runs scripts/deploy.lua.

GO      ?= go
BIN     := bin
TESTENV := $(BIN)/testenv

.PHONY: all deps build testenv test demo bench lint vet clean docs fuzz

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

# Fuzzes the decoders of what the daemon sends (frames, JSON messages,
# error bodies), FUZZTIME each; the seeds in engine/testdata/fuzz run with
# every plain `go test`. Needs no engine.
FUZZTIME ?= 30s
FUZZ_TARGETS := FuzzFrameReader FuzzJSONMessages FuzzErrorMessage
fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		echo "== $$t ($(FUZZTIME))"; \
		$(GO) test ./engine/ -run '^$$' -fuzz "^$$t\$$" -fuzztime $(FUZZTIME); \
	done

# One engine and one registry for all packages, which run in parallel.
test: deps testenv lint
	$(TESTENV) -registry -- $(GO) test -count=1 -timeout 30m ./...
	cd third_party/gopher-lua && $(GO) test -count=1 -run 'TestPatched|TestGenericFor' .

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
