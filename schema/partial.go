package schema

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// DecodePartial returns the typed bundle of as much of a bundle document as
// can be read, for the questions asked while a person is still filling it
// in: what to call the place of a finding, what a new item starts with. A
// value the JSON Schema rejects for its type, form or content is left out (a
// property is dropped, an array element is left empty, so that the indexes
// of the others stay as they are); a missing property stays missing. No rule
// of the model runs.
//
// It returns nil when the document is not usable at all: not JSON, not an
// object, of another version, too large or too deep.
func DecodePartial(data []byte) *ipw.Bundle {
	data = bytes.TrimPrefix(data, bom)
	v, raw := parse(data, DefaultMaxBytes, DefaultMaxDepth)
	if raw != nil {
		return nil
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	if ver, ok := obj["schemaVersion"].(string); ok && ver != cooperation.SchemaVersion {
		return nil
	}
	violations := check(Bundle, v)
	if len(violations) > 0 {
		for _, f := range violations {
			switch f.Params["keyword"] {
			case "required", "additionalProperties", "minItems", "minLength":
				// nothing to drop: a missing or empty value decodes as such
			default:
				v = drop(v, f.Path.Segments())
			}
		}
		if _, ok := v.(map[string]any); !ok {
			return nil
		}
		var err error
		if data, err = json.Marshal(v); err != nil {
			return nil
		}
	}
	var b ipw.Bundle
	if fastDecode(data, &b) {
		return &b
	}
	b = ipw.Bundle{}
	if json.Unmarshal(data, &b) != nil {
		return nil
	}
	return &b
}

// drop removes the value at segs from v: an object's property is deleted,
// an array element becomes null. It returns v (nil when segs is empty).
func drop(v any, segs []string) any {
	if len(segs) == 0 {
		return nil
	}
	switch x := v.(type) {
	case map[string]any:
		if len(segs) == 1 {
			delete(x, segs[0])
			return x
		}
		if c, ok := x[segs[0]]; ok {
			x[segs[0]] = drop(c, segs[1:])
		}
	case []any:
		i, err := strconv.Atoi(segs[0])
		if err != nil || i < 0 || i >= len(x) {
			return x
		}
		if len(segs) == 1 {
			x[i] = nil
			return x
		}
		x[i] = drop(x[i], segs[1:])
	}
	return v
}

// Missing reports whether f says that a value the document requires is
// absent or empty (a required property, an empty text or list): the kind of
// finding a planner shows quietly on an item just added, until the person
// has had a chance to fill it in.
func Missing(f cooperation.Finding) bool {
	if f.Code != cooperation.CodeSchemaViolation {
		return false
	}
	switch f.Params["keyword"] {
	case "required", "minLength", "minItems":
		return true
	}
	return false
}
