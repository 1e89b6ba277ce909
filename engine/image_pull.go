package engine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/distribution/reference"
)

// emptyAuth is the X-Registry-Auth value of no credentials ("{}"), which
// the docker CLI sends when it has none.
const emptyAuth = "e30="

// ImagePullOptions configure ImagePull.
type ImagePullOptions struct {
	// AllTags pulls every tag of the repository; the reference must then
	// have no tag or digest.
	AllTags bool
	// Platform is "os[/arch[/variant]]"; requires API 1.32.
	Platform string
	// RegistryAuth is the X-Registry-Auth value (see EncodeAuth); ""
	// sends no credentials.
	RegistryAuth string
}

// ImagePull pulls an image (POST /images/create with fromImage) and
// returns its progress messages. ref is a reference such as "busybox",
// "busybox:1.36", "127.0.0.1:5000/app@sha256:..."; without tag or digest
// "latest" is pulled (every tag with AllTags). Errors name the image and
// its registry. No client timeout applies; close the messages to release
// the connection.
func (c *Client) ImagePull(ctx context.Context, ref string, opts ImagePullOptions) (*JSONMessages, error) {
	const op = "ImagePull"
	named, err := reference.ParseNormalizedNamed(ref)
	if err != nil {
		return nil, wrapOp(op, fmt.Errorf("ref: invalid image reference %q: %w", ref, err))
	}
	co := ImageCreateOptions{FromImage: named.Name(), Platform: opts.Platform, RegistryAuth: opts.RegistryAuth}
	if co.RegistryAuth == "" {
		co.RegistryAuth = emptyAuth
	}
	switch r := named.(type) {
	case reference.Canonical:
		co.Tag = r.Digest().String()
	case reference.NamedTagged:
		co.Tag = r.Tag()
	}
	if opts.AllTags && co.Tag != "" {
		return nil, wrapOp(op, fmt.Errorf("ref: %q has a tag or digest, but AllTags pulls every tag", ref))
	}
	if !opts.AllTags && co.Tag == "" {
		co.Tag = "latest"
	}
	msgs, err := c.imageCreate(ctx, op, co, nil)
	if err != nil {
		return nil, wrapOp(op, imageRefError(named, err))
	}
	return msgs, nil
}

// ImagePullWait pulls an image like ImagePull and reads the whole pull,
// passing each progress message to progress (when not nil). A failure
// reported in the stream gives an error naming the image and the
// registry, with the *JSONMessageError in its chain.
func (c *Client) ImagePullWait(ctx context.Context, ref string, opts ImagePullOptions, progress func(json.RawMessage)) error {
	const op = "ImagePull"
	msgs, err := c.ImagePull(ctx, ref, opts)
	if err != nil {
		return err
	}
	if err := msgs.Wait(progress); err != nil {
		named, _ := reference.ParseNormalizedNamed(ref)
		return wrapOp(op, imageRefError(named, err))
	}
	return nil
}

// imageRefError prefixes err with the image and its registry.
func imageRefError(named reference.Named, err error) error {
	if named == nil {
		return err
	}
	var ive *InvalidVersionError
	if errors.As(err, &ive) {
		return err
	}
	if oe, ok := err.(*opError); ok {
		err = oe.err // the caller names the operation
	}
	return &imageError{ref: reference.FamiliarString(named), registry: reference.Domain(named), err: err}
}

// imageError is an error about an image of a registry.
type imageError struct {
	ref, registry string
	err           error
}

// Error returns "<image> (registry <host>): <err>".
func (e *imageError) Error() string {
	return fmt.Sprintf("%s (registry %s): %s", e.ref, e.registry, e.err.Error())
}

// Unwrap returns the underlying error.
func (e *imageError) Unwrap() error { return e.err }
