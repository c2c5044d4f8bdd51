// wasi-run.mjs runs the WASI build of the CLI once under Node's node:wasi,
// as a pipeline would, and exits with its exit status:
//
//   node wasi-run.mjs MODULE.wasm [--dir GUEST=HOST]... -- ARGS...
//
// Each --dir preopens the host directory HOST as GUEST; ARGS are the CLI's
// (argv[0] is "kooperacja"). Standard output and error are the process's.
//
// One instance per process, on purpose: Node 20's WASI can crash the
// process (SIGSEGV) when instances of one module run one after another in
// it, once V8 has made its fast API calls hot (nodejs/node#53087); a fresh
// process per run, what a pipeline does anyway, never meets that.

import { readFileSync } from "node:fs";

// Node marks node:wasi experimental and says so on standard error at every
// run; a pipeline reading the CLI's standard error should see the CLI's
// words only. Other warnings are still printed.
process.removeAllListeners("warning");
process.on("warning", (w) => {
  if (w.name !== "ExperimentalWarning" || !/WASI/.test(w.message)) {
    console.error(`${w.name}: ${w.message}`);
  }
});
const { WASI } = await import("node:wasi");

const argv = process.argv.slice(2);
const sep = argv.indexOf("--");
if (argv.length < 1 || sep < 1) {
  console.error("usage: node wasi-run.mjs MODULE.wasm [--dir GUEST=HOST]... -- ARGS...");
  process.exit(2);
}
const preopens = {};
for (let i = 1; i < sep; i++) {
  const m = argv[i] === "--dir" && i + 1 < sep ? /^([^=]+)=(.+)$/.exec(argv[++i]) : null;
  if (!m) {
    console.error(`wasi-run: ${argv[i]}: expected --dir GUEST=HOST`);
    process.exit(2);
  }
  preopens[m[1]] = m[2];
}
const wasi = new WASI({
  version: "preview1",
  args: ["kooperacja", ...argv.slice(sep + 1)],
  env: { LANG: process.env.LANG ?? "en_GB.UTF-8" },
  preopens,
  returnOnExit: true,
});
const instance = await WebAssembly.instantiate(await WebAssembly.compile(readFileSync(argv[0])), wasi.getImportObject());
process.exitCode = wasi.start(instance);
