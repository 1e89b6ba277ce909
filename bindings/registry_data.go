package bindings

import (
	"encoding/json"
	"fmt"
	"strings"
)

// RegistryData is docker-py's RegistryData model: what the registry of an
// image knows of it (its manifest descriptor and platforms), read without
// pulling it.
type RegistryData struct {
	Model
	imageName string
}

// RegistryDataClass describes RegistryData.
var RegistryDataClass = RegisterClass(NewClass("RegistryData", "Image metadata stored on the registry, including available platforms (docker-py's RegistryData)."))

// Class implements Object.
func (rd *RegistryData) Class() *Class { return RegistryDataClass }

// newRegistryData makes the model from a distribution inspect answer; its
// ID is the descriptor's digest.
func newRegistryData(c *Call, cl *Client, name string, raw json.RawMessage) (*RegistryData, error) {
	rd := &RegistryData{imageName: name}
	rd.client = cl
	if err := rd.set(c, raw); err != nil {
		return nil, err
	}
	return rd, nil
}

// set replaces the answer and the ID.
func (rd *RegistryData) set(c *Call, raw json.RawMessage) error {
	v, err := DecodeJSON(raw)
	if err != nil {
		return fmt.Errorf("%s: decode answer: %w", c.Name(), err)
	}
	d, _ := v.(map[string]any)
	desc, _ := d["Descriptor"].(map[string]any)
	digest, _ := desc["digest"].(string)
	if digest == "" {
		return fmt.Errorf("%s: the answer has no Descriptor.digest", c.Name())
	}
	rd.setDecoded(d, false)
	rd.mu.Lock()
	rd.id = digest
	rd.mu.Unlock()
	return nil
}

// HasPlatformArgs are RegistryData.has_platform()'s parameters.
type HasPlatformArgs struct {
	Platform any `arg:"platform" pos:"0" req:"true" kind:"str|dict" doc:"\"os[/arch[/variant]]\" or {os=..., architecture=..., variant=...}."`
}

// RegistryDataPullArgs are RegistryData.pull()'s parameters.
type RegistryDataPullArgs struct {
	Platform *string `arg:"platform" pos:"0" doc:"The platform to pull, os[/arch[/variant]]."`
}

func init() {
	cls := RegistryDataClass
	cls.Repr = func(o Object) string { return repr(cls.Name, o.(*RegistryData).id) }
	Prop(cls, "id", "The digest of the image's manifest.", func(_ *Call, rd *RegistryData) (any, error) { return rd.id, nil })
	Prop(cls, "short_id", "The digest, shortened.", func(_ *Call, rd *RegistryData) (any, error) { return shortID(rd.id), nil })
	Prop(cls, "attrs", "The registry's answer: {Descriptor, Platforms}.", func(_ *Call, rd *RegistryData) (any, error) { return rd.Attrs(), nil })
	Def(cls, "reload", "Ask the registry again.", func(c *Call, rd *RegistryData, _ *NoArgs) (any, error) {
		raw, err := rd.client.api.inspectDistribution(c, rd.imageName, nil)
		if err != nil {
			return nil, err
		}
		return nil, rd.set(c, raw)
	})
	Def(cls, "has_platform", "Whether the image is available for a platform.", func(c *Call, rd *RegistryData, a *HasPlatformArgs) (any, error) {
		return rd.hasPlatform(c, a.Platform)
	})
	Def(cls, "pull", "Pull this digest of the image; returns the Image.", func(c *Call, rd *RegistryData, a *RegistryDataPullArgs) (any, error) {
		repo, _ := parseRepositoryTag(rd.imageName)
		ic := &ImageCollection{client: rd.client}
		return ic.pull(c, &ImagesPullArgs{Repository: repo, Tag: &rd.id, Platform: a.Platform})
	})
}

// hasPlatform is docker-py's has_platform: the platform, completed with
// the daemon's os and architecture, is among the registry's platforms.
func (rd *RegistryData) hasPlatform(c *Call, platform any) (bool, error) {
	want := map[string]string{}
	switch p := platform.(type) {
	case string:
		parts := strings.Split(p, "/")
		if p == "" || len(parts) > 3 {
			return false, Errorf(InvalidArgument, "%s: %q is not a valid platform descriptor", c.Name(), p)
		}
		want["os"] = parts[0]
		if len(parts) > 1 {
			want["architecture"] = parts[1]
		}
		if len(parts) > 2 {
			want["variant"] = parts[2]
		}
	case map[string]any:
		for k, v := range p {
			s, ok := v.(string)
			if !ok {
				return false, ArgError(c.Name(), "argument 'platform': '%s' must be str, not %s", k, typeName(v))
			}
			want[k] = s
		}
	default:
		return false, ArgError(c.Name(), "argument 'platform' must be str or dict, not %s", typeName(platform))
	}
	if want["os"] == "" || want["architecture"] == "" {
		raw, err := rd.client.eng.SystemVersion(c.Context())
		if err != nil {
			return false, err
		}
		var v struct{ Os, Arch string }
		if err := json.Unmarshal(raw, &v); err != nil {
			return false, fmt.Errorf("%s: decode version: %w", c.Name(), err)
		}
		if want["os"] == "" {
			want["os"] = v.Os
		}
		if want["architecture"] == "" {
			want["architecture"] = v.Arch
		}
	}
	list, _ := rd.attr("Platforms").([]any)
	for _, e := range list {
		d, _ := e.(map[string]any)
		if samePlatform(d, want) {
			return true, nil
		}
	}
	return false, nil
}

// samePlatform compares a platform of the registry's answer with a wanted
// one: the same non-empty fields, as docker-py's dict comparison.
func samePlatform(have map[string]any, want map[string]string) bool {
	n := 0
	for k, v := range have {
		switch x := v.(type) {
		case nil:
			continue
		case string:
			if x == "" {
				continue
			}
			if want[k] != x {
				return false
			}
			n++
		case []any:
			if len(x) > 0 {
				return false
			}
		default:
			return false
		}
	}
	for _, v := range want {
		if v != "" {
			n--
		}
	}
	return n == 0
}
