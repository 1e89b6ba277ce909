// Package engine is a Go client for the Docker Engine API.
//
// There is one method per operation of the API, named after its
// operationId (SystemPing, ContainerCreate, ImageInspect, ...), each taking
// a context.Context first. JSON answers are returned as json.RawMessage, so
// that no field is dropped and 64-bit numbers stay exact; decoding them is
// the caller's business.
//
// A Client talks to unix://, tcp://, http://, https:// and ssh:// hosts
// (the last through the system ssh client: one authenticated session per
// client, a `docker system dial-stdio` channel of it per connection),
// negotiates
// the API version once (lazily, on the first request) unless one is
// pinned, and is safe for concurrent use. Its timeout bounds every request
// until the answer's header arrives (streams included; reading the
// caller's upload does not count), and the whole answer of non-stream
// requests; a stream is then bounded by its context only. Identifiers are
// escaped in the request path; one that would leave its segment ("..")
// is refused before anything is sent.
//
// Errors are typed: *APIError for answers with status >= 400 (matching
// ErrNotFound, ErrImageNotFound and ErrConflict with errors.Is);
// *ConnectionError when the daemon cannot be reached, breaks the
// connection before its answer or does not answer in time (its Cause
// matches ErrNoSuchSocket, ErrPermissionDenied, ErrConnectionRefused,
// ErrConnectionReset, ErrClosedEarly, ErrHeaderTooLarge, ErrTLS,
// ErrSSHAuth or ErrSSH; a
// timeout wraps a *TimeoutError); *StreamError (ErrStreamBroken) when a
// stream is cut short; *ResponseError for an answer that cannot be
// understood or is larger than the client's limit (MaxResponseBytes by
// default: ErrResponseTooLarge);
// *IdentifierError (matching ErrNotFound); *InvalidVersionError when an
// operation needs a newer API version. Operations wrap them with their
// name ("engine: ContainerCreate: ..."); use errors.As to get at them.
//
// Streams are io.Closers whose Close releases the connection: FrameReader
// demultiplexes stdout/stderr frames (logs, attach, exec) in bounded
// chunks, JSONMessages decodes progress messages (pull, push, import,
// build, plugins), Events decodes the daemon's events (SystemEvents). A
// clean end is io.EOF, a broken one a *StreamError naming the operation
// and the daemon: an HTTP stream cut short, a truncated frame, or a
// hijacked connection (attach, exec) ended while the daemon no longer
// answers a ping.
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
