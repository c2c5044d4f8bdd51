package monitor

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
)

// Exact returns the count n, stated.
func Exact(n int) Count { return Count{N: n} }

// Known returns the count and true when it is stated, or 0 and false when
// it is withheld.
func (c Count) Known() (int, bool) {
	if c.FewerThan > 0 || c.Withheld {
		return 0, false
	}
	return c.N, true
}

// MarshalJSON writes the count as an integer when it is stated,
// {"fewerThan":T} when it is below the threshold T, and {"withheld":true}
// when it is withheld to protect another count. A withheld count's N is
// never written.
func (c Count) MarshalJSON() ([]byte, error) {
	switch {
	case c.FewerThan > 0:
		return []byte(`{"fewerThan":` + strconv.Itoa(c.FewerThan) + `}`), nil
	case c.Withheld:
		return []byte(`{"withheld":true}`), nil
	case c.N < 0:
		return nil, fmt.Errorf("monitor: a count cannot be negative (%d)", c.N)
	}
	return strconv.AppendInt(nil, int64(c.N), 10), nil
}

// UnmarshalJSON reads a count as MarshalJSON writes it: a whole number of
// at least 0, {"fewerThan":T} with T at least 1, or {"withheld":true}.
// Anything else is an error: an object with other keys, both keys, a
// fraction, a negative number.
func (c *Count) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if len(data) > 0 && data[0] != '{' {
		n, err := strconv.Atoi(string(data))
		if err != nil || n < 0 {
			return errCount(data)
		}
		*c = Count{N: n}
		return nil
	}
	var obj struct {
		FewerThan *json.Number `json:"fewerThan"`
		Withheld  *bool        `json:"withheld"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	if err := dec.Decode(&obj); err != nil {
		return errCount(data)
	}
	switch {
	case obj.FewerThan != nil && obj.Withheld == nil:
		t, err := strconv.Atoi(obj.FewerThan.String())
		if err != nil || t < 1 {
			return errCount(data)
		}
		*c = Count{FewerThan: t}
	case obj.Withheld != nil && obj.FewerThan == nil && *obj.Withheld:
		*c = Count{Withheld: true}
	default:
		return errCount(data)
	}
	return nil
}

// ErrCount is the error of reading a count that is none of the three forms.
var ErrCount = errors.New(`monitor: a count is a whole number of at least 0, {"fewerThan":T} or {"withheld":true}`)

func errCount(data []byte) error {
	if len(data) > 40 {
		return fmt.Errorf("%w, not a value of %d bytes", ErrCount, len(data))
	}
	return fmt.Errorf("%w, not %s", ErrCount, data)
}
