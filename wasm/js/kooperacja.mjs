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
const TEXT_CLASS = "__kooperacjaText";

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
  // Compiling the module does not need the Go runtime's support code, so the
  // two load side by side.
  const compiling = compile(options.wasm ?? new URL("./kooperacja.wasm", import.meta.url));
  compiling.catch(() => {}); // reported by the await below
  if (typeof globalThis.Go !== "function") {
    await loadGoSupport();
    if (typeof globalThis.Go !== "function") {
      throw new Error("kooperacja: wasm_exec.js did not define Go");
    }
  }
  const go = new globalThis.Go();
  const instance = await WebAssembly.instantiate(await compiling, go.importObject);
  globalThis[TEXT_CLASS] = Utf8Text; // read by the Go main as it starts
  go.run(instance).catch(() => {});
  delete globalThis[TEXT_CLASS];
  // The Go main registers the functions synchronously, before it blocks.
  const api = globalThis[GLOBAL];
  if (go.exited || api == null || typeof api.validate !== "function") {
    throw new Error("kooperacja: the WebAssembly module did not start");
  }
  delete globalThis[GLOBAL];
  const k = {};
  // The functions are those the Go side registered (the table of the
  // application logic), so that a new one needs no change here.
  for (const name of Object.keys(api)) {
    const fn = api[name];
    k[name] = (...args) => {
      try {
        return fn(...passArgs(args));
      } catch (e) {
        // Only a broken runtime gets here (the Go side returns every error
        // as a value); keep the promise of never throwing anyway.
        return { ok: false, error: { message: `kooperacja: ${name} failed: ${e?.message ?? e}` } };
      }
    };
  }
  return Object.freeze(k);
}

// Utf8Text carries a long string to Go as its UTF-8 bytes: Go copies bytes
// in more cheaply than it converts a string, and uses them as they are.
class Utf8Text {
  constructor(bytes) {
    this.bytes = bytes;
  }
}

const LONG = 1024; // characters; shorter strings are passed as they are
const encoder = new TextEncoder();
let scratch = new Uint8Array(0);

// passArgs encodes the long strings among args into one reused buffer (Go
// copies them out before the call returns), except a very long one, which
// gets bytes of its own so that the buffer does not stay huge.
function passArgs(args) {
  let used = 0;
  return args.map((a) => {
    if (typeof a !== "string" || a.length < LONG) {
      return a;
    }
    const most = a.length * 3; // UTF-8 bytes per UTF-16 unit, at most
    if (most > 1 << 22) {
      return new Utf8Text(encoder.encode(a));
    }
    if (scratch.length - used < most) {
      scratch = new Uint8Array(Math.max(most, 2 * scratch.length));
      used = 0; // earlier views keep the old buffer
    }
    const { written } = encoder.encodeInto(a, scratch.subarray(used));
    const bytes = scratch.subarray(used, used + written);
    used += written;
    return new Utf8Text(bytes);
  });
}

// loadGoSupport runs wasm_exec.js, which defines globalThis.Go. Node reads
// and runs the script itself: importing it would bring up Node's CommonJS
// loader (the file is a classic script), which costs more than the script.
async function loadGoSupport() {
  const url = new URL("./wasm_exec.js", import.meta.url);
  if (isNode && url.protocol === "file:") {
    const { readFile } = await import("node:fs/promises");
    new Function(await readFile(url, "utf8"))();
    return;
  }
  await import(url.href);
}

// compile returns the WebAssembly.Module of source.
async function compile(source) {
  if (source instanceof WebAssembly.Module) {
    return source;
  }
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    return WebAssembly.compile(source);
  }
  if (typeof Response !== "undefined" && source instanceof Response) {
    return compileResponse(source);
  }
  const url = await toURL(source);
  if (url.protocol === "file:" && isNode) {
    const { readFile } = await import("node:fs/promises");
    return WebAssembly.compile(await readFile(url));
  }
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`kooperacja: fetching ${url} failed: ${response.status} ${response.statusText}`);
  }
  return compileResponse(response);
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

async function compileResponse(response) {
  if (typeof WebAssembly.compileStreaming === "function") {
    try {
      return await WebAssembly.compileStreaming(response.clone());
    } catch {
      // A server that sends the wrong MIME type: compile from the bytes.
    }
  }
  return WebAssembly.compile(await response.arrayBuffer());
}
