package schema

import (
	"encoding/json"
	"strconv"
	"testing"
	"time"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/ipw"
)

// BenchmarkCheck measures, on the reference bundles of gmina Górno (1, 10
// and 100 IPWs, see internal/synth), side by side on the same bytes:
//
//	decode   encoding/json into the typed bundle, no checks;
//	schema   the JSON layer and the JSON Schema (Validate): the floor;
//	rules    ipw.Check on a decoded bundle: the model's rules alone;
//	full     Check: bytes to findings;
//	ratio    full and schema alternately, reporting full/schema (target ≤ 1.3).
//
//	go test -run '^$' -bench Check -benchmem ./schema
//
// go run ./cmd/kbench check prints the same figures as one table, with the
// growth from 10 to 100 IPWs.
func BenchmarkCheck(b *testing.B) {
	opts := []cooperation.Option{cooperation.AsOf(synth.ReferenceAsOf)}
	for _, n := range synth.ReferenceSizes {
		data := synth.Reference(n)
		var typed ipw.Bundle
		if err := json.Unmarshal(data, &typed); err != nil {
			b.Fatal(err)
		}
		if res := Check(data, opts...); !res.Valid() {
			b.Fatalf("reference bundle of %d IPWs is not valid: %v", n, res.Findings)
		}
		schemaOnly := func(b *testing.B) {
			if fs := Validate(Bundle, data, opts...); len(fs) > 0 {
				b.Fatal(fs)
			}
		}
		full := func(b *testing.B) {
			if res := Check(data, opts...); !res.Valid() {
				b.Fatal(res.Findings)
			}
		}
		b.Run("ipws="+strconv.Itoa(n), func(b *testing.B) {
			b.Run("decode", func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					var v ipw.Bundle
					if err := json.Unmarshal(data, &v); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run("schema", func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					schemaOnly(b)
				}
			})
			b.Run("rules", func(b *testing.B) {
				for b.Loop() {
					if _, err := ipw.Check(&typed, opts...); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run("full", func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					full(b)
				}
			})
			b.Run("ratio", func(b *testing.B) {
				var ts, tf time.Duration
				for b.Loop() {
					t0 := time.Now()
					schemaOnly(b)
					t1 := time.Now()
					full(b)
					ts += t1.Sub(t0)
					tf += time.Since(t1)
				}
				b.ReportMetric(float64(tf)/float64(ts), "full/schema")
			})
		})
	}
}
