// kooperacja.mjs: the kooperacja library (the cooperation model of Polish
// social assistance) as WebAssembly, for browsers and Node.
//
//   import { load } from "./kooperacja.mjs";
//   const k = await load();
//   const r = k.validate(bundle, { asOf: "2026-11-16", lang: "en" });
//   if (r.ok) console.log(r.result.valid, r.result.findings);
//   else console.error(r.error.message);
//
// Every function is synchronous and returns { ok: true, result } or
// { ok: false, error: { message } }; none throws. Documents (bundle,
// scenario, options.profile) are objects or JSON strings; give the JSON text
// when it matters that a duplicate key is reported, since an object can no
// longer hold one.
//
// The module expects kooperacja.wasm and wasm_exec.js (from the Go
// toolchain) next to it; scripts/build-wasm writes all of them.

const GLOBAL = "__kooperacja";
const FUNCTIONS = ["validate", "simulate", "stage", "report", "schema", "rules", "version"];

let loading = null;

const isNode =
  typeof process !== "undefined" && process.versions != null && process.versions.node != null &&
  typeof window === "undefined";

/**
 * Loads and starts the WebAssembly module once; later calls return the same
 * instance. options.wasm may give the module as a URL, a path (Node), bytes,
 * a WebAssembly.Module or a Response; by default kooperacja.wasm is read
 * from beside this file.
 */
export function load(options = {}) {
  if (loading === null) {
    loading = start(options ?? {});
    loading.catch(() => { loading = null; }); // a failed load may be retried
  }
  return loading;
}

async function start(options) {
  if (typeof globalThis.Go !== "function") {
    await import(new URL("./wasm_exec.js", import.meta.url).href);
    if (typeof globalThis.Go !== "function") {
      throw new Error("kooperacja: wasm_exec.js did not define Go");
    }
  }
  const go = new globalThis.Go();
  const { instance } = await instantiate(options.wasm ?? new URL("./kooperacja.wasm", import.meta.url), go.importObject);
  go.run(instance).catch(() => {});
  // The Go main registers the functions synchronously, before it blocks.
  const api = globalThis[GLOBAL];
  if (go.exited || api == null || typeof api.validate !== "function") {
    throw new Error("kooperacja: the WebAssembly module did not start");
  }
  delete globalThis[GLOBAL];
  const k = {};
  for (const name of FUNCTIONS) {
    const fn = api[name];
    k[name] = (...args) => {
      try {
        return fn(...args);
      } catch (e) {
        // Only a broken runtime gets here (the Go side returns every error
        // as a value); keep the promise of never throwing anyway.
        return { ok: false, error: { message: `kooperacja: ${name} failed: ${e?.message ?? e}` } };
      }
    };
  }
  return Object.freeze(k);
}

async function instantiate(source, imports) {
  if (source instanceof WebAssembly.Module) {
    return { instance: await WebAssembly.instantiate(source, imports) };
  }
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    return WebAssembly.instantiate(source, imports);
  }
  if (typeof Response !== "undefined" && source instanceof Response) {
    return instantiateResponse(source, imports);
  }
  const url = await toURL(source);
  if (url.protocol === "file:" && isNode) {
    const { readFile } = await import("node:fs/promises");
    return WebAssembly.instantiate(await readFile(url), imports);
  }
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`kooperacja: fetching ${url} failed: ${response.status} ${response.statusText}`);
  }
  return instantiateResponse(response, imports);
}

async function toURL(source) {
  if (source instanceof URL) return source;
  const s = String(source);
  if (isNode && !/^[a-z][a-z0-9+.-]+:\/\//i.test(s)) {
    const { pathToFileURL } = await import("node:url");
    return pathToFileURL(s); // a file path, relative to the working directory
  }
  return new URL(s, globalThis.location?.href);
}

async function instantiateResponse(response, imports) {
  if (typeof WebAssembly.instantiateStreaming === "function") {
    try {
      return await WebAssembly.instantiateStreaming(response.clone(), imports);
    } catch {
      // A server that sends the wrong MIME type: compile from the bytes.
    }
  }
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}
