package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/kooperacja/kooperacja/internal/app"
	"github.com/kooperacja/kooperacja/wasm"
)

// TestAdaptersAgree: for every function of internal/app that has a
// command, the command's JSON output and the WebAssembly answer's result
// are the same bytes (once the command's indentation is taken out), on every
// example, in both languages.
func TestAdaptersAgree(t *testing.T) {
	bundles, _ := filepath.Glob("../../examples/*.json")
	scenarios, _ := filepath.Glob("../../examples/scenarios/*.json")
	if len(bundles) < 3 || len(scenarios) == 0 {
		t.Fatalf("examples missing: %v %v", bundles, scenarios)
	}
	type call struct {
		cli  []string
		args []wasm.Arg
	}
	text := func(name string) wasm.Arg { return wasm.Text(string(mustRead(t, name))) }
	calls := map[string][]call{}
	for _, lang := range []string{"pl", "en"} {
		opts := wasm.JSON(`{"asOf":"` + goldenAsOf + `","lang":"` + lang + `"}`)
		flags := []string{"--format", "json", "--as-of", goldenAsOf, "--lang", lang}
		for _, b := range bundles {
			for _, fn := range []string{"stage", "report"} {
				calls[fn] = append(calls[fn], call{append([]string{fn, b}, flags...), []wasm.Arg{text(b), opts}})
			}
			calls["monitor"] = append(calls["monitor"], call{[]string{"monitor", b, "--as-of", goldenAsOf, "--lang", lang, "--period", "2026-03-01.."},
				[]wasm.Arg{text(b), wasm.JSON(`{"asOf":"` + goldenAsOf + `","lang":"` + lang + `","period":{"from":"2026-03-01"}}`)}})
			for _, format := range []string{"html", "docx"} {
				calls["document"] = append(calls["document"], call{
					[]string{"document", "ipw", b, "--id", documentIDs[filepath.Base(b)], "--format", format, "--generated", goldenAsOf, "--as-of", goldenAsOf, "--lang", lang},
					[]wasm.Arg{text(b), wasm.JSON(`{"kind":"ipw","id":"` + documentIDs[filepath.Base(b)] + `","format":"` + format + `","generated":"` + goldenAsOf + `"}`), opts}})
			}
			for _, sc := range scenarios {
				calls["simulate"] = append(calls["simulate"], call{
					[]string{"simulate", b, "--scenario", sc, "--as-of", goldenAsOf, "--lang", lang},
					[]wasm.Arg{text(b), text(sc), opts}})
			}
		}
		for _, pair := range [][2]string{{bundles[0], bundles[0]}, {"../../examples/rural.json", "testdata/diff/rural_v2.json"}} {
			calls["diff"] = append(calls["diff"], call{[]string{"diff", "--format", "json", "--lang", lang, pair[0], pair[1]},
				[]wasm.Arg{text(pair[0]), text(pair[1]), wasm.JSON(`{"lang":"` + lang + `"}`)}})
		}
		// region: the records of the examples, a directory's worth, and an
		// NDJSON file with a bad line, given to the module as {source, text}
		records, _ := filepath.Glob("testdata/monitor/*.json")
		_, stream, _ := regionInputs(t)
		records = append(records, stream)
		calls["region"] = append(calls["region"], call{append([]string{"region", "--format", "json", "--lang", lang}, records...),
			[]wasm.Arg{wasm.JSON(regionList(t, records)), wasm.JSON(`{"lang":"` + lang + `"}`)}})
		calls["rules"] = append(calls["rules"], call{[]string{"rules", "--format", "json", "--lang", lang}, []wasm.Arg{wasm.Text(lang)}})
		calls["labels"] = append(calls["labels"], call{[]string{"labels", "--format", "json", "--lang", lang}, []wasm.Arg{wasm.Text(lang)}})
	}
	calls["schema"] = []call{{[]string{"schema", "bundle"}, []wasm.Arg{wasm.Text("bundle")}}}
	calls["version"] = []call{{[]string{"version", "--format", "json"}, nil}}
	for _, f := range app.Functions() {
		if f.WebOnly {
			continue
		}
		if f.Name == "validate" {
			continue // TestValidateAgrees: the command adds the file name
		}
		if len(calls[f.Name]) == 0 {
			t.Errorf("%s: no calls to compare; add them here", f.Name)
		}
		for _, c := range calls[f.Name] {
			code, out, errOut := runCLI(t, "", c.cli...)
			if code == app.ExitUsage {
				t.Fatalf("kooperacja %v: exit %d: %s", c.cli, code, errOut)
			}
			r := wasm.Call(f.Name, c.args)
			if !r.OK {
				t.Fatalf("wasm %s: %s", f.Name, r.Error.Message)
			}
			if f.Name == "document" { // the command writes the file itself
				var file struct{ Text, Base64 string }
				json.Unmarshal(r.JSON()[len(`{"ok":true,"result":`):len(r.JSON())-1], &file)
				want := []byte(file.Text)
				if file.Base64 != "" {
					want, _ = base64.StdEncoding.DecodeString(file.Base64)
				}
				if len(want) == 0 || !bytes.Equal([]byte(out), want) {
					t.Errorf("kooperacja %v and wasm %s differ: %d and %d bytes", c.cli, f.Name, len(out), len(want))
				}
				continue
			}
			got := compact(t, []byte(out))
			switch f.Name {
			case "rules", "labels":
				var wrapped map[string]json.RawMessage
				json.Unmarshal(got, &wrapped)
				got = wrapped[f.Name]
			}
			want := r.JSON()
			want = want[len(`{"ok":true,"result":`) : len(want)-1]
			if f.Name == "region" { // the module adds the HTML and CSV reports (TestRegionAgrees)
				var cliAnswer, wasmAnswer map[string]json.RawMessage
				json.Unmarshal(got, &cliAnswer)
				json.Unmarshal(want, &wasmAnswer)
				if len(cliAnswer) != 2 || len(wasmAnswer) != 4 {
					t.Fatalf("region: the command answered %d keys, the module %d", len(cliAnswer), len(wasmAnswer))
				}
				for k, v := range cliAnswer {
					if !bytes.Equal(v, wasmAnswer[k]) {
						t.Errorf("kooperacja %v and wasm region differ in %s:\n cli %.300s\nwasm %.300s", c.cli, k, v, wasmAnswer[k])
					}
				}
				continue
			}
			if f.Name == "monitor" { // the command writes the record, the module adds its preview
				var answer struct{ Record json.RawMessage }
				json.Unmarshal(want, &answer)
				want = answer.Record
			}
			if !bytes.Equal(got, want) {
				t.Errorf("kooperacja %v and wasm %s differ:\n cli %.300s\nwasm %.300s", c.cli, f.Name, got, want)
			}
		}
	}
}

// documentIDs names an IPW of each example, whose document the adapters make.
var documentIDs = map[string]string{"rural.json": "ipw-2026-01", "urban_rural.json": "ipw-rodzina-b", "urban.json": "ipw-rodzina-c"}

// TestValidateAgrees: each document of validate's JSON is the WebAssembly
// validation with the file name in front.
func TestValidateAgrees(t *testing.T) {
	files := goldenInputs(t)
	for _, lang := range []string{"pl", "en"} {
		args := append([]string{"validate", "--format", "json", "--as-of", goldenAsOf, "--lang", lang}, files...)
		_, out, _ := runCLI(t, "", args...)
		var got struct{ Documents []json.RawMessage }
		if err := json.Unmarshal([]byte(out), &got); err != nil || len(got.Documents) != len(files) {
			t.Fatalf("validate: %v, %d documents for %d files", err, len(got.Documents), len(files))
		}
		for i, f := range files {
			r := wasm.Call("validate", []wasm.Arg{wasm.Text(string(mustRead(t, f))), wasm.JSON(`{"asOf":"` + goldenAsOf + `","lang":"` + lang + `"}`)})
			want := r.JSON()
			fileJSON, _ := json.Marshal(f)
			want = append(append([]byte(`{"file":`), fileJSON...), append([]byte(","), want[len(`{"ok":true,"result":{`):len(want)-1]...)...)
			if !bytes.Equal(got.Documents[i], want) {
				t.Errorf("%s (%s): validate and wasm differ:\n cli %.300s\nwasm %.300s", f, lang, got.Documents[i], want)
			}
		}
	}
}

func compact(t *testing.T, b []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	if err := json.Compact(&out, b); err != nil {
		t.Fatalf("not JSON: %v\n%.500s", err, b)
	}
	return out.Bytes()
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := readInput(name, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// regionList is the list region takes from a JavaScript caller for the
// record files names: each {source, text}, as the planner reads files.
func regionList(t *testing.T, names []string) string {
	t.Helper()
	type item struct {
		Source string `json:"source"`
		Text   string `json:"text"`
	}
	var list []item
	for _, n := range names {
		list = append(list, item{n, string(mustRead(t, n))})
	}
	data, err := json.Marshal(list)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestRegionAgrees: the HTML and CSV reports the module's region gives
// beside its answer are those "kooperacja region" writes for the same
// records, in both languages.
func TestRegionAgrees(t *testing.T) {
	records, _ := filepath.Glob("testdata/monitor/*.json")
	_, stream, _ := regionInputs(t)
	if len(records) != 3 {
		t.Fatalf("records: %v", records)
	}
	records = append(records, stream)
	for _, lang := range []string{"pl", "en"} {
		r := wasm.Call("region", []wasm.Arg{wasm.JSON(regionList(t, records)), wasm.JSON(`{"lang":"` + lang + `"}`)})
		if !r.OK {
			t.Fatalf("wasm region: %s", r.Error.Message)
		}
		var answer struct {
			HTML, CSV string
			Problems  []struct{ Source string }
		}
		if err := json.Unmarshal(r.JSON()[len(`{"ok":true,"result":`):len(r.JSON())-1], &answer); err != nil {
			t.Fatal(err)
		}
		if len(answer.Problems) != 1 || answer.Problems[0].Source != stream+":2" {
			t.Errorf("%s: problems %+v, want the bad line %s:2", lang, answer.Problems, stream)
		}
		for format, want := range map[string]string{"html": answer.HTML, "csv": answer.CSV} {
			code, out, _ := runCLI(t, "", append([]string{"region", "--format", format, "--lang", lang}, records...)...)
			if code != app.ExitErrors {
				t.Errorf("region --format %s: exit %d, want 1 (a bad line)", format, code)
			}
			if want == "" || out != want {
				t.Errorf("%s: kooperacja region --format %s and wasm region differ: %d and %d bytes", lang, format, len(out), len(want))
			}
		}
	}
}
