package bindings

// APIArchiveStatArgs are api.archive_stat()'s parameters.
type APIArchiveStatArgs struct {
	ContainerRefArgs
	Path string `arg:"path" pos:"1" req:"true" doc:"Path of the file or directory in the container."`
}

func init() {
	Def(APIClientClass, "archive_stat", "The stat of a path in a container (name, size, mode, mtime, linkTarget) without its contents; a dscript addition.", func(c *Call, a *APIClient, x *APIArchiveStatArgs) (any, error) {
		st, err := a.eng.ContainerArchiveInfo(c.Context(), string(x.Container), x.Path)
		if err != nil {
			return nil, err
		}
		return DecodeJSON(st.Raw)
	})
}
