// Package testengine runs dscript's integration tests against a real Docker
// engine.
//
// A package's tests use it through TestMain:
//
//	func TestMain(m *testing.M) { testengine.Main(m) }
//
// and then testengine.Get() in each test. Main borrows the daemon named by
// $DSCRIPT_TEST_DOCKER_HOST when it is set (this is what `make test` does:
// internal/testengine/testenv starts one engine and one registry and every
// package shares them), and otherwise starts a private dockerd of its own in
// a fresh directory under /tmp, which it stops and removes when the tests
// end. Either way the image busybox:latest exists: it is imported from a
// rootfs tar built from the machine's static busybox, since no image can be
// pulled.
//
// Environment variables:
//
//	DSCRIPT_TEST_DOCKER_HOST    daemon to borrow; when set, no daemon is started
//	DSCRIPT_TEST_REGISTRY       host:port of a registry to use; or "start" (or
//	                            "1"/"true") to have Main start its own registries
//	DSCRIPT_TEST_AUTH_REGISTRY  host:port of a registry with htpasswd auth
//	DSCRIPT_TEST_AUTH_USER      its user (default "dscript")
//	DSCRIPT_TEST_AUTH_PASSWORD  its password (default "dscript-test-password")
//	DSCRIPT_TEST_DOCKERD        dockerd binary to start instead of the one in PATH
//
// A started daemon lives in /tmp/dscript-eng-NNN (socket docker.sock, log
// dockerd.log). It shares the machine's docker0 bridge with any other
// daemon but takes its containers' addresses from its own part of it, and
// its networks from its own 10.x.0.0/16 pool. The harness's daemons start
// one at a time (/tmp/dscript-eng.lock), since a starting dockerd rebuilds
// the DOCKER iptables chains. Stop removes the tests' containers and
// networks through the daemon, stops it, kills what it left, unmounts and
// removes the directory; directories of harnesses that were killed are
// removed by the next Start.
//
// A test that needs a daemon of its own (swarm mode, plugins) calls Start
// and Stop itself; Env.PrepareSwarm gives such a daemon swarm addresses on
// 127.0.0.1 and a docker_gwbridge of its own, and Env.Restart restarts it
// on the same directory.
//
// Starting a daemon needs root and the Debian packages docker.io,
// busybox-static, docker-registry and apache2-utils (.ci/install-deps.sh
// installs them). A failure to start is a test failure, never a skip.
package testengine
