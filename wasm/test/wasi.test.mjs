// The WASI build of the CLI under Node's node:wasi: a pipeline in any
// language with a WASI runtime can run the same validator.
//
//   GOOS=wasip1 GOARCH=wasm go build -o build/kooperacja.wasi.wasm ./cmd/kooperacja
//   node --test wasm/test/
//
// The test builds both the WASI module (into build/, or uses
// KOOPERACJA_WASI, then not rebuilt) and the native CLI (into a temporary
// directory), runs them on the same files and compares standard output and
// exit status: 0 valid, 1 invalid, 2 usage or I/O error. Each WASI run is a
// Node process of its own (wasm/js/wasi-run.mjs), as in a pipeline.

import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));

let wasiPath = process.env.KOOPERACJA_WASI;
if (!wasiPath) {
  wasiPath = join(root, "build", "kooperacja.wasi.wasm");
  execFileSync("go", ["build", "-trimpath", "-o", wasiPath, "./cmd/kooperacja"], {
    cwd: root,
    env: { ...process.env, GOOS: "wasip1", GOARCH: "wasm" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

const tmp = mkdtempSync(join(tmpdir(), "kooperacja-wasi-"));
const cli = join(tmp, "kooperacja");
execFileSync("go", ["build", "-o", cli, "./cmd/kooperacja"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
after(() => rmSync(tmp, { recursive: true, force: true }));

const runner = join(root, "wasm", "js", "wasi-run.mjs");

// wasi runs the WASI module with args (argv[0] is "kooperacja") in a Node
// process of its own (wasi-run.mjs, which says why); the repository's
// examples/ and wasm/testdata/ are preopened as /examples and /testdata. It
// returns the exit code and what was written to stdout and stderr.
async function wasi(...args) {
  const p = spawnSync(process.execPath, [runner, wasiPath,
    "--dir", `/examples=${join(root, "examples")}`, "--dir", `/testdata=${join(root, "wasm", "testdata")}`, "--", ...args], {
    encoding: "utf8",
    env: { ...process.env, LANG: "en_GB.UTF-8" },
    maxBuffer: 64 << 20,
  });
  assert.equal(p.signal, null, `the WASI run was killed by ${p.signal}; stderr: ${p.stderr}`);
  return { status: p.status, stdout: p.stdout, stderr: p.stderr };
}

// native runs the CLI on the same files, by their real paths, with the
// working directory set so that the printed file names are the WASI ones.
function native(args) {
  const mapped = args.map((a) => a.replace(/^\/examples\//, "examples/").replace(/^\/testdata\//, "wasm/testdata/"));
  const p = spawnSync(cli, mapped, { cwd: root, encoding: "utf8", env: { ...process.env, LANG: "en_GB.UTF-8" } });
  const stdout = p.stdout.replace(/(^|")examples\//gm, "$1/examples/").replace(/(^|")wasm\/testdata\//gm, "$1/testdata/");
  return { status: p.status, stdout };
}

const cases = [
  { name: "a valid example", args: ["validate", "--format", "json", "--as-of", "2026-11-16", "/examples/rural.json"], status: 0 },
  { name: "several documents", args: ["validate", "--format", "json", "--as-of", "2026-11-16", "/examples/rural.json", "/examples/urban.json", "/examples/urban_rural.json"], status: 0 },
  { name: "a bundle with rule findings", args: ["validate", "--format", "json", "--lang", "pl", "--as-of", "2026-11-16", "/testdata/rule_findings.json"], status: 1 },
  { name: "a duplicate key", args: ["validate", "--format", "json", "--as-of", "2026-11-16", "/testdata/duplicate_key.json"], status: 1 },
  { name: "too deep", args: ["validate", "--format", "json", "/testdata/too_deep.json"], status: 1 },
  { name: "text output", args: ["validate", "--as-of", "2026-11-16", "/testdata/schema_violation.json"], status: 1 },
  { name: "stage", args: ["stage", "--format", "json", "--as-of", "2026-11-16", "/examples/urban.json"], status: 0 },
];

for (const c of cases) {
  test(`WASI ${c.name}: the native CLI's output and exit status ${c.status}`, async () => {
    const got = await wasi(...c.args);
    const want = native(c.args);
    assert.equal(want.status, c.status, "native exit status");
    assert.equal(got.status, c.status, `exit status; stderr: ${got.stderr}`);
    assert.equal(got.stdout, want.stdout);
    assert.equal(got.stderr, "", "nothing on standard error: no warning of Node's");
  });
}

test("WASI: a missing file exits 2 and is reported as a document", async () => {
  const got = await wasi("validate", "--format", "json", "--lang", "en", "/examples/no-such-file.json");
  assert.equal(got.status, 2);
  const [doc] = JSON.parse(got.stdout).documents;
  assert.equal(doc.file, "/examples/no-such-file.json");
  assert.equal(doc.valid, false);
  assert.equal(doc.findings[0].code, "document.unreadable");
  assert.match(doc.findings[0].message, /no-such-file\.json/);
});

test("WASI: a file outside the preopened directories exits 2", async () => {
  const got = await wasi("validate", "/etc/passwd");
  assert.equal(got.status, 2);
});

test("WASI: a usage error exits 2", async () => {
  const got = await wasi("validate", "--format", "yaml", "/examples/rural.json");
  assert.equal(got.status, 2);
  assert.match(got.stderr, /--format/);
});
