// Package engine is a Go client for the Docker Engine API.
//
// There is one method per operation of the API, named after its
// operationId (SystemPing, ContainerCreate, ImageInspect, ...), each taking
// a context.Context first. JSON answers are returned as json.RawMessage, so
// that no field is dropped and 64-bit numbers stay exact; decoding them is
// the caller's business.
//
// A Client talks to unix://, tcp://, http:// and https:// hosts, negotiates
// the API version once (lazily, on the first request) unless one is
// pinned, bounds each non-stream request by its timeout, and is safe for
// concurrent use.
//
// Errors are typed: *APIError for answers with status >= 400 (matching
// ErrNotFound, ErrImageNotFound and ErrConflict with errors.Is),
// *ConnectionError when the daemon cannot be reached or does not answer in
// time, *InvalidVersionError when an operation needs a newer API version.
// Operations wrap them with their name ("engine: ContainerCreate: ...");
// use errors.As to get at them.
//
// Streams are io.Closers whose Close releases the connection: FrameReader
// demultiplexes stdout/stderr frames (logs, attach, exec), JSONMessages
// decodes progress messages (pull, push, import, build, plugins), Events
// decodes the daemon's events (SystemEvents).
//
// Builds send a tar stream: NewBuildContext archives a directory as the
// docker CLI does (honouring .dockerignore, with a Dockerfile inside or
// outside it) while the daemon reads it. Registry credentials are an
// AuthConfig (EncodeAuth makes X-Registry-Auth, EncodeRegistryConfig
// X-Registry-Config), or come from the docker CLI's configuration
// (LoadDockerConfig, DockerConfig.AuthFor, credential helpers); neither
// error messages nor String methods show a password or token.
//
// The package knows nothing of script languages.
package engine
