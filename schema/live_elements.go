package schema

// The typed side of a Live document: the elements of the bundle's lists as
// Go values, zeroed, inserted, cut and decoded again one at a time.

import (
	"encoding/json"
	"slices"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// element zeroes element i of the typed list u and returns a pointer to it.
func (l *Live) element(u string, i int) any {
	switch u {
	case "institutions":
		l.b.Institutions[i] = cooperation.Institution{}
		return &l.b.Institutions[i]
	case "services":
		l.b.Services[i] = cooperation.Service{}
		return &l.b.Services[i]
	case "teams":
		l.b.Teams[i] = cooperation.Team{}
		return &l.b.Teams[i]
	case "agreements":
		l.b.Agreements[i] = cooperation.Agreement{}
		return &l.b.Agreements[i]
	case "ipws":
		l.b.IPWs[i] = ipw.Plan{}
		return &l.b.IPWs[i]
	}
	l.b.Stages[i] = ipw.StageRecord{}
	return &l.b.Stages[i]
}

// resize makes the typed list u hold n elements (none as nil, as a decoded
// bundle has it).
func (l *Live) resize(u string, n int) {
	switch u {
	case "institutions":
		l.b.Institutions = sized(n, cooperation.Institution{})
	case "services":
		l.b.Services = sized(n, cooperation.Service{})
	case "teams":
		l.b.Teams = sized(n, cooperation.Team{})
	case "agreements":
		l.b.Agreements = sized(n, cooperation.Agreement{})
	case "ipws":
		l.b.IPWs = sized(n, ipw.Plan{})
	case "stages":
		l.b.Stages = sized(n, ipw.StageRecord{})
	}
}

func sized[T any](n int, _ T) []T {
	if n == 0 {
		return nil
	}
	return make([]T, n)
}

// insert and cut add a zero element at i of the typed list u, or remove it.
func (l *Live) insert(u string, i int) {
	switch u {
	case "institutions":
		l.b.Institutions = slices.Insert(l.b.Institutions, i, cooperation.Institution{})
	case "services":
		l.b.Services = slices.Insert(l.b.Services, i, cooperation.Service{})
	case "teams":
		l.b.Teams = slices.Insert(l.b.Teams, i, cooperation.Team{})
	case "agreements":
		l.b.Agreements = slices.Insert(l.b.Agreements, i, cooperation.Agreement{})
	case "ipws":
		l.b.IPWs = slices.Insert(l.b.IPWs, i, ipw.Plan{})
	case "stages":
		l.b.Stages = slices.Insert(l.b.Stages, i, ipw.StageRecord{})
	}
}

func (l *Live) cut(u string, i int) {
	switch u {
	case "institutions":
		l.b.Institutions = empty(slices.Delete(l.b.Institutions, i, i+1))
	case "services":
		l.b.Services = empty(slices.Delete(l.b.Services, i, i+1))
	case "teams":
		l.b.Teams = empty(slices.Delete(l.b.Teams, i, i+1))
	case "agreements":
		l.b.Agreements = empty(slices.Delete(l.b.Agreements, i, i+1))
	case "ipws":
		l.b.IPWs = empty(slices.Delete(l.b.IPWs, i, i+1))
	case "stages":
		l.b.Stages = empty(slices.Delete(l.b.Stages, i, i+1))
	}
}

func empty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

// decodeLenient decodes v into dst (a pointer to a zero value), leaving out
// the values that the raw schema findings (paths relative to v) reject, as
// DecodePartial does; v is not changed.
func decodeLenient(v any, raw []cooperation.Finding, dst any) {
	if len(raw) > 0 {
		v = copyValue(v)
		for _, f := range raw {
			switch f.Params["keyword"] {
			case "required", "additionalProperties", "minItems", "minLength":
			default:
				v = drop(v, f.Path.Segments())
			}
		}
	}
	if v == nil {
		return
	}
	data, err := json.Marshal(v)
	if err != nil {
		return
	}
	if !fastDecodeAny(data, dst) {
		_ = json.Unmarshal(data, dst)
	}
}

func copyValue(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, c := range x {
			out[k] = copyValue(c)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, c := range x {
			out[i] = copyValue(c)
		}
		return out
	}
	return v
}

// listItems is the schema of an element of the bundle's list u.
func listItems(u string) *node {
	for _, p := range bundleNode0.props {
		if p.name == u {
			return p.n.items
		}
	}
	return nil
}

// fastDecodeAny is fastDecode for the types a Live document decodes.
func fastDecodeAny(data []byte, dst any) bool {
	switch d := dst.(type) {
	case *ipw.Bundle:
		return fastDecode(data, d)
	case *cooperation.Institution:
		return fastDecode(data, d)
	case *cooperation.Service:
		return fastDecode(data, d)
	case *cooperation.Team:
		return fastDecode(data, d)
	case *cooperation.Agreement:
		return fastDecode(data, d)
	case *ipw.Plan:
		return fastDecode(data, d)
	case *ipw.StageRecord:
		return fastDecode(data, d)
	}
	return false
}
