package diff

import (
	"encoding/json"
	"slices"
	"testing"
)

func TestMatch(t *testing.T) {
	meeting := func(date string, attendees ...any) any {
		return map[string]any{"date": date, "attendees": attendees, "notes": "protokół " + date}
	}
	tests := []struct {
		name      string
		a, b      []any
		wantOldOf []int // for each new element, its old one
	}{
		{"same", []any{meeting("2026-01-05", "a"), meeting("2026-02-05", "b")},
			[]any{meeting("2026-01-05", "a"), meeting("2026-02-05", "b")}, []int{0, 1}},
		{"inserted first", []any{meeting("2026-01-05", "a")},
			[]any{meeting("2025-12-01", "x"), meeting("2026-01-05", "a")}, []int{-1, 0}},
		{"removed", []any{meeting("2026-01-05", "a"), meeting("2026-02-05", "b")},
			[]any{meeting("2026-02-05", "b")}, []int{1}},
		// A meeting moved to another day keeps its place: paired.
		{"key changed", []any{meeting("2026-01-05", "a"), meeting("2026-02-05", "b")},
			[]any{meeting("2026-01-05", "a"), func() any {
				m := meeting("2026-02-05", "b").(map[string]any)
				m["date"] = "2026-02-06"
				return m
			}()}, []int{0, 1}},
		// Another meeting in its place, with nothing in common: not paired.
		{"replaced", []any{meeting("2026-01-05", "a"), meeting("2026-02-05", "b")},
			[]any{meeting("2026-01-05", "a"), meeting("2026-03-09", "c")}, []int{0, -1}},
		// The key of one moved onto another's: the unchanged one is paired
		// with its equal, the moved one keeps its place.
		{"key collides", []any{meeting("2026-01-05", "a"), meeting("2026-02-05", "b")},
			[]any{func() any {
				m := meeting("2026-01-05", "a").(map[string]any)
				m["date"] = "2026-02-05"
				return m
			}(), meeting("2026-02-05", "b")}, []int{0, 1}},
		{"duplicate keys in order", []any{meeting("2026-01-05", "a"), meeting("2026-01-05", "b")},
			[]any{meeting("2026-01-05", "a"), meeting("2026-01-05", "b"), meeting("2026-01-05", "c")}, []int{0, 1, -1}},
		{"reordered", []any{meeting("2026-01-05", "a"), meeting("2026-02-05", "b")},
			[]any{meeting("2026-02-05", "b"), meeting("2026-01-05", "a")}, []int{1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			oldOf, newOf := match(meetingSpec, tt.a, tt.b)
			if !slices.Equal(oldOf, tt.wantOldOf) {
				t.Errorf("match() old of new = %v, want %v", oldOf, tt.wantOldOf)
			}
			for j, i := range oldOf {
				if i >= 0 && newOf[i] != j {
					t.Errorf("match() pairs new %d with old %d, but old %d with new %d", j, i, i, newOf[i])
				}
			}
		})
	}
}

func TestCanonNumber(t *testing.T) {
	same := [][]string{
		{"1", "1.0", "1e0", "10e-1", "0.1e1", "1.000"},
		{"0", "0.0", "-0", "0e10"},
		{"-2.5", "-25e-1", "-2.50"},
		{"12300", "1.23e4", "123e2"},
	}
	for _, group := range same {
		for _, s := range group {
			if canonNumber(s) != canonNumber(group[0]) {
				t.Errorf("canonNumber(%q) = %q, canonNumber(%q) = %q; want them equal", s, canonNumber(s), group[0], canonNumber(group[0]))
			}
		}
	}
	if canonNumber("1") == canonNumber("10") || canonNumber("1e2") == canonNumber("1e3") || canonNumber("-1") == canonNumber("1") {
		t.Error("canonNumber makes different numbers equal")
	}
	if !equal(json.Number("1e999999999"), json.Number("10e999999998")) {
		t.Error("equal(1e999999999, 10e999999998) = false, want true (and quickly)")
	}
}
