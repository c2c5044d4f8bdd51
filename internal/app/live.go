package app

import (
	"strconv"
	"sync"

	"github.com/kooperacja/kooperacja/schema"
)

// A session is a bundle the planner keeps open while a person edits it
// (schema.Live): open reads it once, and each edit sends only the change, a
// JSON Patch, whose effect alone is checked again. The sessions live in the
// adapter's process (the WebAssembly module of one page) until closed.

type session struct {
	live *schema.Live
	opts Options
}

var sessions = struct {
	sync.Mutex
	next int
	open map[string]*session
}{open: map[string]*session{}}

// Opened is the answer of open: the session's name, for edit and close,
// and the bundle's validation ("" and the validation alone when the
// document cannot be edited: not JSON, not an object, another version).
type Opened struct {
	Session    string     `json:"session"`
	Validation Validation `json:"validation"`
}

// Open answers open: it checks the bundle as Validate does and keeps it
// open for edits.
func Open(bundle []byte, o Options) (Opened, *Error) {
	opts, err := o.library()
	if err != nil {
		return Opened{}, err
	}
	live, res := schema.OpenLive(bundle, opts...)
	v := Validated(res.Findings)
	if live == nil {
		if o.Places {
			v.Places = Places(bundle, res.Bundle, v.Findings, o.Language())
		}
		return Opened{Validation: v}, nil
	}
	if o.Places {
		v.Places = Places(nil, live.Bundle(), v.Findings, o.Language())
	}
	sessions.Lock()
	defer sessions.Unlock()
	sessions.next++
	name := strconv.Itoa(sessions.next)
	sessions.open[name] = &session{live: live, opts: o}
	return Opened{Session: name, Validation: v}, nil
}

// Edit answers edit: it applies a change (a JSON Patch) to an open bundle
// and returns its validation as it stands. An unknown session or a patch
// that does not apply is a usage error; the session is then closed, and
// the caller opens the bundle again.
func Edit(name string, patch []byte) (Validation, *Error) {
	sessions.Lock()
	s := sessions.open[name]
	sessions.Unlock()
	if s == nil {
		return Validation{}, usageErrorf("edit: no open session %q; open the bundle again", name)
	}
	res, err := s.live.Apply(patch)
	if err != nil {
		Close(name)
		return Validation{}, usageErrorf("edit: %v", err)
	}
	v := Validated(res.Findings)
	if s.opts.Places {
		v.Places = Places(nil, s.live.Bundle(), v.Findings, s.opts.Language())
	}
	return v, nil
}

// Close answers release: it forgets a session (an unknown one is no error).
func Close(name string) struct{} {
	sessions.Lock()
	delete(sessions.open, name)
	sessions.Unlock()
	return struct{}{}
}
