// Tests of the ES module kooperacja.mjs against the native CLI:
//
//   node --test wasm/test/
//
// The module is built first with scripts/build-wasm into build/wasm (set
// KOOPERACJA_WASM_DIR to test a module already built elsewhere, which is
// then not rebuilt). The native CLI is built into a temporary directory.
// Every examples/*.json and wasm/testdata/*.json must get from the module
// exactly the findings "kooperacja validate --format json" prints.

import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const asOf = "2026-11-16";

let dir = process.env.KOOPERACJA_WASM_DIR;
if (!dir) {
  dir = join(root, "build", "wasm");
  execFileSync(join(root, "scripts", "build-wasm"), [dir], { stdio: ["ignore", "ignore", "inherit"] });
}
const { load } = await import(pathToFileURL(join(resolve(dir), "kooperacja.mjs")).href);

const tmp = mkdtempSync(join(tmpdir(), "kooperacja-test-"));
const cli = join(tmp, "kooperacja");
execFileSync("go", ["build", "-o", cli, "./cmd/kooperacja"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
after(() => rmSync(tmp, { recursive: true, force: true }));

// native runs the CLI and returns its exit code and parsed standard output.
function native(...args) {
  const p = spawnSync(cli, args, { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
  assert.ok(p.status === 0 || p.status === 1, `kooperacja ${args.join(" ")} exited ${p.status}: ${p.stderr}`);
  return { status: p.status, out: JSON.parse(p.stdout) };
}

const jsonFiles = (d) =>
  readdirSync(join(root, d))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => join(d, f));
const documents = [...jsonFiles("examples"), ...jsonFiles("wasm/testdata")];

let k;
before(async () => {
  k = await load();
});

describe("validate gives the CLI's findings", () => {
  for (const file of documents) {
    for (const lang of ["en", "pl"]) {
      test(`${file} (${lang})`, () => {
        const { out } = native("validate", "--format", "json", "--lang", lang, "--as-of", asOf, file);
        const { file: _, ...want } = out.documents[0];
        const text = readFileSync(join(root, file), "utf8");
        const r = k.validate(text, { asOf, lang });
        assert.equal(r.ok, true, r.error?.message);
        assert.deepEqual(r.result, want);

        // The same as an object, where an object can hold the document: not
        // for invalid JSON, nor for a duplicate key (JSON.parse keeps one).
        if (want.findings.some((f) => f.code === "document.invalid_json" || f.code === "document.duplicate_key")) return;
        const o = k.validate(JSON.parse(text), JSON.stringify({ asOf, lang }));
        assert.deepEqual(o, r);
      });
    }
  }
});

test("every example and fixture was compared", () => {
  assert.ok(documents.filter((f) => f.startsWith("examples/")).length >= 1, "no examples/*.json");
  const fixtures = documents.filter((f) => f.startsWith("wasm/testdata/")).map((f) => basename(f, ".json"));
  for (const name of ["invalid_json", "duplicate_key", "schema_violation", "ref_unknown", "too_deep", "wrong_version", "rule_findings"]) {
    assert.ok(fixtures.includes(name), `wasm/testdata/${name}.json is missing`);
  }
});

describe("stage, report and simulate give the CLI's output", () => {
  for (const file of jsonFiles("examples")) {
    test(`stage ${file}`, () => {
      const { out } = native("stage", "--format", "json", "--lang", "en", "--as-of", asOf, file);
      const r = k.stage(readFileSync(join(root, file), "utf8"), { asOf, lang: "en" });
      assert.equal(r.ok, true, r.error?.message);
      assert.deepEqual(r.result, out);
    });
    test(`report ${file}`, () => {
      const { out } = native("report", "--format", "json", "--lang", "en", "--as-of", asOf, file);
      const r = k.report(JSON.parse(readFileSync(join(root, file), "utf8")), { asOf });
      assert.equal(r.ok, true, r.error?.message);
      assert.deepEqual(r.result, out);
    });
  }
  const scenarios = readdirSync(join(root, "examples", "scenarios")).filter((f) => f.endsWith(".json")).sort();
  for (const s of scenarios) {
    test(`simulate examples/scenarios/${s} over examples/rural.json`, () => {
      const scenario = join("examples", "scenarios", s);
      const { out } = native("simulate", "--scenario", scenario, "--lang", "pl", "examples/rural.json");
      const bundle = readFileSync(join(root, "examples", "rural.json"), "utf8");
      const r = k.simulate(bundle, JSON.parse(readFileSync(join(root, scenario), "utf8")), { lang: "pl" });
      assert.equal(r.ok, true, r.error?.message);
      assert.deepEqual(r.result, out);
    });
  }
});

describe("diff gives the CLI's output", () => {
  const pairs = [
    ["examples/rural.json", "cmd/kooperacja/testdata/diff/rural_v2.json"],
    ["cmd/kooperacja/testdata/diff/rural_v2.json", "examples/rural.json"],
    ["examples/urban.json", "cmd/kooperacja/testdata/diff/urban_reordered.json"],
    ["examples/urban_rural.json", "examples/urban_rural.json"],
  ];
  for (const [older, newer] of pairs) {
    for (const lang of ["pl", "en"]) {
      test(`${older} → ${newer} (${lang})`, async () => {
        const { status, out } = native("diff", "--format", "json", "--lang", lang, older, newer);
        const r = await k.diff(readFileSync(join(root, older), "utf8"), JSON.parse(readFileSync(join(root, newer), "utf8")), { lang });
        assert.equal(r.ok, true, r.error?.message);
        assert.deepEqual(r.result, out);
        assert.equal(status, r.result.equal ? 0 : 1);
        for (const c of r.result.changes) {
          assert.equal(c.message, lang === "pl" ? c.messagePl : c.messageEn);
        }
      });
    }
  }

  test("a bundle against itself, as text and as an object, has no difference", async () => {
    const text = readFileSync(join(root, "examples", "rural.json"), "utf8");
    const r = await k.diff(text, JSON.parse(text));
    assert.equal(r.ok, true, r.error?.message);
    assert.deepEqual(r.result, { equal: true, changes: [] });
  });

  test("one change names the item, the part and the field", async () => {
    const older = JSON.parse(readFileSync(join(root, "examples", "rural.json"), "utf8"));
    const newer = structuredClone(older);
    newer.ipws[0].actions[3].due = "2027-03-15";
    const r = await k.diff(older, newer, { lang: "en" });
    assert.equal(r.ok, true, r.error?.message);
    assert.equal(r.result.changes.length, 1);
    const [c] = r.result.changes;
    assert.equal(c.op, "changed");
    assert.deepEqual(c.item, { kind: "ipw", id: "ipw-2026-01", name: "Rodzina A." });
    assert.equal(c.parts[0].kind, "action");
    assert.equal(c.parts[0].id, "d4");
    assert.equal(c.field, "due");
    assert.equal(c.path, "/ipws/0/actions/3/due");
    assert.equal(c.old, "2027-02-26");
    assert.equal(c.new, "2027-03-15");
    assert.equal(c.message, "IPW Rodzina A.: action d4 — due date moved from 26 February 2027 to 15 March 2027");
    assert.match(c.messagePl, /^IPW Rodzina A\.: działanie d4 — termin przesunięty z 26\.02\.2027/);
  });

  test("an unreadable bundle is an error value with its findings", async () => {
    const bundle = readFileSync(join(root, "examples", "rural.json"), "utf8");
    let r = await k.diff(bundle, "{", { lang: "en" });
    assert.equal(r.ok, false);
    assert.match(r.error.message, /the new bundle cannot be read/);
    assert.equal(r.error.findings[0].code, "document.invalid_json");
    r = await k.diff("{", bundle);
    assert.equal(r.ok, false);
    assert.match(r.error.message, /nie można odczytać starszego pakietu/);
    r = await k.diff(bundle);
    assert.equal(r.ok, false);
    assert.match(r.error.message, /newer is missing/);
    const p = spawnSync(cli, ["diff", "examples/rural.json", "wasm/testdata/invalid_json.json"], { cwd: root, encoding: "utf8" });
    assert.equal(p.status, 2, p.stderr);
  });
});

test("schema, rules and labels give the CLI's output", () => {
  for (const name of ["bundle", "profile", "scenario", "monitor"]) {
    const r = k.schema(name);
    assert.equal(r.ok, true, r.error?.message);
    assert.deepEqual(r.result, native("schema", name).out);
  }
  for (const lang of ["pl", "en"]) {
    const r = k.rules(lang);
    assert.equal(r.ok, true, r.error?.message);
    assert.deepEqual(r.result, native("rules", "--format", "json", "--lang", lang).out.rules);
  }
  assert.deepEqual(k.rules(), k.rules("pl"));
  for (const lang of ["pl", "en"]) {
    const r = k.labels(lang);
    assert.equal(r.ok, true, r.error?.message);
    assert.deepEqual(r.result, native("labels", "--format", "json", "--lang", lang).out.labels);
  }
  assert.deepEqual(k.labels(), k.labels("pl"));
  assert.equal(k.labels("pl").result.field.scope, "Zakres współpracy");
});

test("version", () => {
  const r = k.version();
  assert.equal(r.ok, true);
  assert.equal(typeof r.result.version, "string");
  assert.match(r.result.catalogue, /^\d+-[0-9a-f]{8}$/);
  assert.match(r.result.go, /^go\d/);
});

test("the README's snippet runs as written, from the repository's root", { skip: process.env.KOOPERACJA_WASM_DIR ? "the module is not in build/wasm" : false }, () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const snippet = readme.match(/```js\n(import [^]*?)```/)?.[1];
  assert.ok(snippet, "README.md has a js snippet");
  const p = spawnSync(process.execPath, ["--input-type=module", "--eval", snippet], { cwd: root, encoding: "utf8" });
  assert.equal(p.status, 0, p.stderr);
  assert.equal(p.stderr, "");
  assert.equal(p.stdout, "true 0 0\n");
});

test("load returns the same instance", async () => {
  assert.equal(await load(), k);
  for (const name of ["diff", "document", "documents", "labels", "report", "rules", "schema", "simulate", "stage", "validate", "version"]) {
    assert.equal(typeof k[name], "function", name);
  }
});

describe("bad input comes back as an error value, never thrown", () => {
  const bundle = readFileSync(join(root, "examples", "rural.json"), "utf8");
  const cyclic = {};
  cyclic.self = cyclic;
  const cases = [
    ["validate()", () => k.validate(), /bundle is missing/],
    ["validate(undefined)", () => k.validate(undefined), /bundle is missing/],
    ["validate(null)", () => k.validate(null), /bundle is missing/],
    ["validate(42)", () => k.validate(42), /bundle must be a JSON string or an object, not a number/],
    ["validate(true)", () => k.validate(true), /not a boolean/],
    ["validate(function)", () => k.validate(() => 1), /not a function/],
    ["validate(symbol)", () => k.validate(Symbol("x")), /not a symbol/],
    ["validate(bigint)", () => k.validate(10n), /bundle must be a JSON string or an object/],
    ["validate(cyclic object)", () => k.validate(cyclic), /cannot be passed/],
    ["options a number", () => k.validate(bundle, 7), /options must be an object/],
    ["options not JSON", () => k.validate(bundle, "{asOf:"), /options: not valid JSON/],
    ["options an array", () => k.validate(bundle, [asOf]), /must be an object \{asOf, lang, profile\}, not an array/],
    ["options.asOf a number", () => k.validate(bundle, { asOf: 20261116 }), /asOf must be a string/],
    ["options.asOf not a date", () => k.validate(bundle, { asOf: "16.11.2026" }), /options.asOf/],
    ["options.lang unknown", () => k.validate(bundle, { lang: "de" }), /options.lang: "de" is neither pl nor en/],
    ["options unknown key", () => k.validate(bundle, { as_of: asOf }), /unknown key "as_of"/],
    ["options.profile invalid", () => k.validate(bundle, { profile: { team: { minInstitutions: "x" } } }), /profil nie jest poprawnym dokumentem profilu/],
    ["options.profile invalid, in English", () => k.validate(bundle, { lang: "en", profile: { team: { minInstitutions: "x" } } }), /the profile is not a valid profile document/],
    ["too many arguments", () => k.validate(bundle, {}, {}), /at most 2 arguments/],
    ["stage of invalid JSON", () => k.stage("{"), /nie można odczytać pakietu/],
    ["stage of invalid JSON, in English", () => k.stage("{", { lang: "en" }), /the bundle cannot be read/],
    ["report of a number", () => k.report(3), /bundle must be/],
    ["simulate without scenario", () => k.simulate(bundle), /scenario is missing/],
    ["simulate with a bad scenario", () => k.simulate(bundle, { horizon: 5 }, { lang: "en" }), /the scenario cannot be read/],
    ["schema()", () => k.schema(), /schema takes a name/],
    ["schema(unknown)", () => k.schema("ipw"), /no schema named "ipw"/],
    ["schema(object)", () => k.schema({ name: "bundle" }), /schema takes a name/],
    ["rules(de)", () => k.rules("de"), /"de" is neither pl nor en/],
  ];
  for (const [name, call, message] of cases) {
    test(name, () => {
      let r;
      assert.doesNotThrow(() => {
        r = call();
      });
      assert.equal(r.ok, false);
      assert.equal(typeof r.error.message, "string");
      assert.match(r.error.message, message);
      assert.equal(r.result, undefined);
    });
  }

  test("an unreadable document's error carries its findings", () => {
    const r = k.stage(readFileSync(join(root, "wasm", "testdata", "duplicate_key.json"), "utf8"));
    assert.equal(r.ok, false);
    assert.equal(r.error.findings[0].code, "document.duplicate_key");
  });

  test("the module still works after bad input", () => {
    const r = k.validate(bundle, { asOf });
    assert.equal(r.ok, true);
    assert.equal(r.result.valid, true);
  });
});

describe("monitor", () => {
  for (const file of jsonFiles("examples")) {
    test(`${file}: the record is the CLI's, the preview names every figure`, async () => {
      const { out } = native("monitor", "--as-of", asOf, "--period", "2026-01-01..2026-11-16", file);
      const r = await k.monitor(readFileSync(join(root, file), "utf8"), { asOf, period: { from: "2026-01-01", to: asOf }, lang: "en" });
      assert.equal(r.ok, true, r.error?.message);
      assert.deepEqual(r.result.record, out);
      const fields = r.result.preview.flatMap((s) => s.rows.map((row) => row.field));
      for (const key of Object.keys(out)) assert.ok(fields.some((f) => f.startsWith(`/${key}`)), `no row shows ${key}`);
      const text = JSON.stringify(r.result.preview);
      assert.match(text, /fewer than 3/);
      const pl = await k.monitor(JSON.parse(readFileSync(join(root, file), "utf8")), { asOf });
      assert.equal(pl.ok, true, pl.error?.message);
      assert.match(JSON.stringify(pl.result.preview), /mniej niż 3/);
      assert.deepEqual(pl.result.record, out, "the default period is the year to the date");
    });
  }
  const bundle = readFileSync(join(root, "examples", "rural.json"), "utf8");
  test("the profile's threshold", async () => {
    const r = await k.monitor(bundle, { asOf, profile: { disclosureThreshold: 1 } });
    assert.equal(r.ok, true, r.error?.message);
    assert.equal(r.result.record.disclosureThreshold, 1);
    assert.equal(typeof r.result.record.ipw.total, "number");
  });
  const cases = [
    ["a period after the date", { asOf, period: { from: "2026-01-01", to: "2026-12-31" } }, /okres kończy się \(31\.12\.2026/],
    ["a period after the date, in English", { asOf, lang: "en", period: { to: "2026-12-31" } }, /the period ends \(31 December 2026\) after the record's date/],
    ["a reversed period", { asOf, lang: "en", period: { from: "2026-06-01", to: "2026-05-01" } }, /the period starts \(1 June 2026\) after it ends/],
    ["a period not an object", { asOf, period: "2026" }, /period must be an object \{from, to\}, not a string/],
    ["a period's end not a date", { asOf, period: { to: "31.12.2026" } }, /options.period.to: "31.12.2026" is not a date/],
    ["a period with an unknown key", { asOf, period: { start: "2026-01-01" } }, /unknown key "start"/],
  ];
  for (const [name, options, message] of cases) {
    test(name, async () => {
      const r = await k.monitor(bundle, options);
      assert.equal(r.ok, false);
      assert.match(r.error.message, message);
    });
  }
  test("an unreadable bundle is an error value with its findings", async () => {
    const r = await k.monitor("{", { lang: "en" });
    assert.equal(r.ok, false);
    assert.match(r.error.message, /the bundle cannot be read/);
    assert.equal(r.error.findings[0].code, "document.invalid_json");
  });
});

// region: the records of the examples (the CLI's monitor goldens) give the
// report "kooperacja region --format json" prints, however they are given.
describe("region", () => {
  const records = jsonFiles("cmd/kooperacja/testdata/monitor");
  test("as files read, as objects: the CLI's report and problems", async () => {
    const { status, out } = native("region", "--format", "json", "--lang", "en", ...records);
    assert.equal(status, 0);
    const files = records.map((f) => ({ source: f, text: readFileSync(join(root, f), "utf8") }));
    const r = await k.region(files, { lang: "en" });
    assert.equal(r.ok, true, r.error?.message);
    assert.deepEqual({ report: r.result.report, problems: r.result.problems }, out);
    assert.match(r.result.html, /^<!DOCTYPE html>/i);
    assert.equal(r.result.csv.split("\n")[0].split(",")[0], "level");
    const objects = await k.region(JSON.stringify(records.map((f) => JSON.parse(readFileSync(join(root, f), "utf8")))));
    assert.equal(objects.ok, true, objects.error?.message);
    assert.equal(objects.result.report.total.municipalities, records.length);
    assert.deepEqual(objects.result.report.municipalities.map((m) => m.source).sort(), records.map((_, i) => `records[${i}]`), "named by their places");
  });
  test("a bad record is a problem naming its source; the others count", async () => {
    const stream = readFileSync(join(root, records[0]), "utf8").replaceAll("\n", "") + "\n{}\n";
    const r = await k.region([{ source: "r.ndjson", text: stream }, { source: "x.json", text: "{" }], { lang: "en" });
    assert.equal(r.ok, true, r.error?.message);
    assert.equal(r.result.report.total.municipalities, 1);
    assert.deepEqual(r.result.problems.map((p) => p.source), ["r.ndjson:2", "x.json"]);
    assert.equal(r.result.problems[1].findings[0].code, "document.invalid_json");
  });
  test("what is not a list is an error value", async () => {
    const r = await k.region({ source: "a.json" });
    assert.equal(r.ok, false);
    assert.match(r.error.message, /array of records/);
  });
});

test("the profile option, as an object and as a JSON string", () => {
  const text = readFileSync(join(root, "wasm", "testdata", "rule_findings.json"), "utf8");
  const profile = { severity: { "team.too_small": "off" } };
  const codes = (r) => r.result.findings.map((f) => f.code);
  assert.ok(codes(k.validate(text, { asOf })).includes("team.too_small"));
  for (const p of [profile, JSON.stringify(profile)]) {
    const r = k.validate(text, { asOf, profile: p });
    assert.equal(r.ok, true, r.error?.message);
    assert.ok(!codes(r).includes("team.too_small"));
  }
});

// Long strings travel to Go as UTF-8 bytes in a shared buffer: two of them
// in one call must not overwrite each other, a lone surrogate becomes U+FFFD
// as syscall/js would make it, and the outcome is that of the same
// documents as objects.
test("long strings passed as bytes give what objects give", () => {
  const bundle = readFileSync(join(root, "examples", "rural.json"), "utf8");
  const scenarioFile = readdirSync(join(root, "examples", "scenarios")).filter((f) => f.endsWith(".json"))
    .map((f) => readFileSync(join(root, "examples", "scenarios", f), "utf8"))
    .sort((a, b) => b.length - a.length)[0];
  assert.ok(bundle.length >= 1024 && scenarioFile.length >= 1024, "the documents must be long enough to go as bytes");
  const asText = k.simulate(bundle, scenarioFile, { lang: "pl" });
  const asObjects = k.simulate(JSON.parse(bundle), JSON.parse(scenarioFile), { lang: "pl" });
  assert.equal(asText.ok, true, asText.error?.message);
  assert.deepEqual(asText, asObjects);
  // Repeated calls reuse the buffer.
  assert.deepEqual(k.validate(bundle, { asOf }), k.validate(JSON.parse(bundle), { asOf }));
  assert.deepEqual(k.validate(bundle, { asOf }), k.validate(bundle, { asOf }));
  // A lone surrogate in a long string: as U+FFFD, like a short one.
  const doc = JSON.parse(bundle);
  doc.municipality.name = "Gmina MARK " + "x".repeat(2000);
  const text = JSON.stringify(doc); // JSON.stringify would escape a lone surrogate
  const viaBytes = k.validate(text.replace("MARK", "\ud800"), { asOf, lang: "en" });
  const replaced = k.validate(text.replace("MARK", "\ufffd"), { asOf, lang: "en" });
  assert.equal(viaBytes.ok, true, viaBytes.error?.message);
  assert.deepEqual(viaBytes, replaced);
});

// The documents of the model: the same file as "kooperacja document" writes
// (the page as text, the DOCX file in base64 for a download), the list, and
// a refusal as an error value with its findings.
describe("document gives the CLI's file", () => {
  const ids = { "rural.json": "ipw-2026-01", "urban_rural.json": "ipw-rodzina-b", "urban.json": "ipw-rodzina-c" };
  for (const [file, id] of Object.entries(ids)) {
    for (const format of ["html", "docx"]) {
      test(`${file}: ipw ${id} as ${format}`, async () => {
        const path = join("examples", file);
        const p = spawnSync(cli, ["document", "ipw", "--id", id, "--format", format, "--generated", asOf, "--as-of", asOf, "--lang", "pl", path], { cwd: root, maxBuffer: 64 << 20 });
        assert.equal(p.status, 0, String(p.stderr));
        const r = await k.document(readFileSync(join(root, path), "utf8"), { kind: "ipw", id, format, generated: asOf }, { asOf, lang: "pl" });
        assert.equal(r.ok, true, r.error?.message);
        const got = format === "html" ? Buffer.from(r.result.text, "utf8") : Buffer.from(r.result.base64, "base64");
        assert.ok(got.equals(p.stdout), `${file}: the module's ${format} differs from the CLI's`);
        assert.equal(r.result.fileName, `ipw-${id}.${format}`);
        assert.match(r.result.mediaType, format === "html" ? /^text\/html/ : /wordprocessingml/);
      });
    }
  }
  test("a refused document is an error with its findings; a draft is made", async () => {
    const doc = JSON.parse(readFileSync(join(root, "examples", "rural.json"), "utf8"));
    doc.ipws[0].consent.givenBy.push("a-syn");
    const r = await k.document(doc, { kind: "consent", id: "ipw-2026-01" }, { lang: "en" });
    assert.equal(r.ok, false);
    assert.match(r.error.message, /^The document cannot be made: Consent – Rodzina A\./);
    assert.deepEqual(r.error.findings.map((f) => f.code), ["ipw.consent_by_minor"]);
    const draft = await k.document(doc, { kind: "consent", id: "ipw-2026-01", draft: true, lang: "en" });
    assert.equal(draft.ok, true, draft.error?.message);
    assert.ok(draft.result.draft && draft.result.text.includes("PROJEKT"));
    const list = await k.documents(doc, { asOf });
    assert.equal(list.ok, true);
    assert.equal(list.result.documents.find((d) => d.kind === "consent" && d.id === "ipw-2026-01").findings.length, 1);
  });
});

// The documents are in a second module, loaded at the first call of
// document or documents: the main module has none of their code, the two
// functions answer with a promise, and a module that cannot be loaded is
// an error value, never an exception, after which a later call may load it.
describe("the documents module", () => {
  const bundle = readFileSync(join(root, "examples", "rural.json"), "utf8");
  test("is a file of its own, and the main module lacks the documents' code", () => {
    const main = readFileSync(join(dir, "kooperacja.wasm"));
    const docs = readFileSync(join(dir, "kooperacja-documents.wasm"));
    // Go keeps its functions' names (for tracebacks) even in a stripped module.
    for (const code of ["ipw/document.(*Document).WriteHTML", "archive/zip.", "ipw/diff.Bundles", "ipw/monitor.Record.Preview", "ipw/region.(*Aggregator).Add"]) {
      assert.ok(docs.includes(code), `the documents module lacks ${code}`);
      assert.ok(!main.includes(code), `the main module has ${code}`);
    }
  });
  test("document and documents answer with a promise", async () => {
    const p = k.documents(bundle, { asOf });
    assert.ok(p instanceof Promise);
    const r = await p;
    assert.equal(r.ok, true, r.error?.message);
    assert.ok(r.result.documents.length > 0);
    assert.ok(k.validate(bundle, { asOf }).ok, "the main module answers beside it");
  });
  test("a module that cannot be loaded is an error value, and a later call tries again", async () => {
    const url = pathToFileURL(join(resolve(dir), "kooperacja.mjs")).href + "?missing";
    const { load: load2 } = await import(url);
    const k2 = await load2({ wasm: join(dir, "kooperacja.wasm"), modules: { documents: join(tmp, "no-such.wasm") } });
    const r = await k2.documents(bundle, { asOf });
    assert.equal(r.ok, false);
    assert.match(r.error.message, /^kooperacja: loading the documents module failed: /);
    copyFileSync(join(dir, "kooperacja-documents.wasm"), join(tmp, "no-such.wasm"));
    const again = await k2.documents(bundle, { asOf });
    assert.equal(again.ok, true, "a later call loads the module now there");
  });
});
