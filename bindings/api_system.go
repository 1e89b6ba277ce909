package bindings

import "github.com/dscript/dscript/engine"

// APIClient is docker.APIClient (client.api): one method per Engine API
// operation, with docker-py's low-level names and signatures. It is where
// each operation's parameters are declared; the models call it.
type APIClient struct {
	eng  *engine.Client
	auth registryAuth
}

// APIClientClass describes APIClient.
var APIClientClass = RegisterClass(NewClass("APIClient", "The low-level client: one method per Engine API operation (docker-py's APIClient)."))

// Class implements Object.
func (a *APIClient) Class() *Class { return APIClientClass }

// API implements APIUser.
func (a *APIClient) API() *APIClient { return a }

// Engine returns the underlying Engine API client.
func (a *APIClient) Engine() *engine.Client { return a.eng }

// VersionArgs are api.version()'s parameters.
type VersionArgs struct {
	APIVersion bool `arg:"api_version" pos:"0" default:"true" doc:"Include the API version in the request path."`
}

// The system operations the client forwards to.
var (
	apiPing = Def(APIClientClass, "ping", "Check that the daemon answers; returns true.", func(c *Call, a *APIClient, _ *NoArgs) (any, error) {
		if _, err := a.eng.SystemPing(c.Context()); err != nil {
			return nil, err
		}
		return true, nil
	})
	apiVersion = Def(APIClientClass, "version", "The daemon's version information.", func(c *Call, a *APIClient, _ *VersionArgs) (any, error) {
		return decodeRaw(a.eng.SystemVersion(c.Context()))
	})
	apiInfo = Def(APIClientClass, "info", "System-wide information about the daemon.", func(c *Call, a *APIClient, _ *NoArgs) (any, error) {
		return decodeRaw(a.eng.SystemInfo(c.Context()))
	})
)

// apiDf is api.df(): the disk space used by images, containers, volumes
// and the build cache.
var apiDf = Def(APIClientClass, "df", "Data usage: {LayersSize, Images, Containers, Volumes, BuildCache}.", func(c *Call, a *APIClient, _ *NoArgs) (any, error) {
	return decodeRaw(a.eng.SystemDataUsage(c.Context(), engine.DataUsageOptions{}))
})
