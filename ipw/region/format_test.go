package region

import (
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw/monitor"
)

// A figure for people says what a coordinator can use: a range, a bound,
// or that it is withheld, never "≥ 0", which tells nothing.
func TestPeopleWords(t *testing.T) {
	sum := func(cs ...monitor.Count) Sum {
		var s Sum
		for _, c := range cs {
			s.Add(c)
		}
		return s
	}
	withheld, fewer, five := monitor.Count{Withheld: true}, monitor.Count{FewerThan: 3}, monitor.Count{N: 5}
	for _, tt := range []struct {
		name string
		s    Sum
		pl   string
		en   string
	}{
		{"exact", sum(five, five), "10", "10"},
		{"one fewer than 3", sum(fewer), "<\u00a03", "<\u00a03"},
		{"two fewer than 3", sum(fewer, fewer), "0–4", "0–4"},
		{"stated and withheld", sum(five, withheld), "≥\u00a05", "≥\u00a05"},
		{"one withheld", sum(withheld), "utajniona", "withheld"},
		{"withheld and fewer than 3", sum(withheld, fewer), "utajniona", "withheld"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := people(tt.s, cooperation.Polish); got != tt.pl {
				t.Errorf("people(pl) = %q, want %q", got, tt.pl)
			}
			if got := people(tt.s, cooperation.English); got != tt.en {
				t.Errorf("people(en) = %q, want %q", got, tt.en)
			}
		})
	}
}
