// kooperacja.mjs: the kooperacja library (the cooperation model of Polish
// social assistance) as WebAssembly, for browsers and Node.
//
//   import { load } from "./kooperacja.mjs";
//   const k = await load();
//   const r = k.validate(bundle, { asOf: "2026-11-16", lang: "en" });
//   if (r.ok) console.log(r.result.valid, r.result.findings);
//   else console.error(r.error.message);
//
// Every function returns { ok: true, result } or { ok: false, error:
// { message } }; none throws. Every function is synchronous but document,
// documents, diff, monitor and region, which return a promise of that
// answer: they are in a second WebAssembly module,
// kooperacja-documents.wasm, loaded the first time one of them is called,
// so that the module a page waits for is smaller (wasm/bench/README.md). Documents (bundle,
// scenario, options.profile) are objects or JSON strings; give the JSON text
// when it matters that a duplicate key is reported, since an object can no
// longer hold one.
//
// The module expects kooperacja.wasm, kooperacja-documents.wasm and
// wasm_exec.js (from the Go toolchain) next to it; scripts/build-wasm
// writes all of them.

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
 * from beside this file. options.modules.documents gives the documents
 * module alike (default: kooperacja-documents.wasm beside this file); it is
 * loaded when document, documents, diff, monitor or region is first called.
 */
export function load(options = {}) {
  if (loading === null) {
    loading = start(options ?? {});
    loading.catch(() => { loading = null; }); // a failed load may be retried
  }
  return loading;
}

async function start(options) {
  const api = await run(options.wasm ?? new URL("./kooperacja.wasm", import.meta.url));
  const k = {};
  // The functions are those the Go side registered (the table of the
  // application logic), so that a new one needs no change here.
  for (const name of Object.keys(api)) {
    if (typeof api[name] === "function") k[name] = wrap(name, api[name]);
  }
  // The functions of the other modules, each loaded when one of its
  // functions is first called: the main module names them
  // ({document: "documents", …}).
  const others = new Map();
  for (const [name, module] of Object.entries(api.__modules ?? {})) {
    k[name] = async (...args) => {
      let loading = others.get(module);
      if (loading === undefined) {
        loading = run(options.modules?.[module] ?? new URL(`./kooperacja-${module}.wasm`, import.meta.url));
        others.set(module, loading);
        loading.catch(() => others.delete(module)); // a failed load may be retried
      }
      let fn;
      try {
        fn = (await loading)[name];
      } catch (e) {
        return { ok: false, error: { message: `kooperacja: loading the ${module} module failed: ${e?.message ?? e}` } };
      }
      if (typeof fn !== "function") {
        return { ok: false, error: { message: `kooperacja: the ${module} module has no function ${name}` } };
      }
      return wrap(name, fn)(...args);
    };
  }
  return Object.freeze(k);
}

// run compiles, instantiates and starts one WebAssembly module of the
// library, and returns the functions its Go main registered.
async function run(source) {
  // Compiling the module does not need the Go runtime's support code, so the
  // two load side by side.
  const compiling = compile(source);
  compiling.catch(() => {}); // reported by the await below
  if (typeof globalThis.Go !== "function") {
    await loadGoSupport();
    if (typeof globalThis.Go !== "function") {
      throw new Error("kooperacja: wasm_exec.js did not define Go");
    }
  }
  const go = new globalThis.Go();
  const instance = await WebAssembly.instantiate(await compiling, go.importObject);
  // From here to the end nothing awaits: the Go main runs until it blocks,
  // registering its functions, and they are taken before any other module
  // can start.
  globalThis[TEXT_CLASS] = Utf8Text; // read by the Go main as it starts
  go.run(instance).catch(() => {});
  delete globalThis[TEXT_CLASS];
  const api = globalThis[GLOBAL];
  delete globalThis[GLOBAL];
  if (go.exited || api == null || !Object.values(api).some((f) => typeof f === "function")) {
    throw new Error("kooperacja: the WebAssembly module did not start");
  }
  return api;
}

// wrap is the function name of a module as the API offers it: its
// arguments passed as the Go side reads them, and never an exception.
function wrap(name, fn) {
  return (...args) => {
    try {
      return fn(...passArgs(args));
    } catch (e) {
      // Only a broken runtime gets here (the Go side returns every error
      // as a value); keep the promise of never throwing anyway.
      return { ok: false, error: { message: `kooperacja: ${name} failed: ${e?.message ?? e}` } };
    }
  };
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
