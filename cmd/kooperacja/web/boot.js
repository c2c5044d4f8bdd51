// boot.js starts, as soon as the page is parsed, the longest part of the
// start: fetching and compiling the library's WebAssembly (and its Go
// support script), while the page's own modules load. library.js takes the
// compiled module from here; without it, the library loads itself.

globalThis.__plannerBoot = {
  module: WebAssembly.compileStreaming(fetch(new URL('./wasm/kooperacja.wasm', import.meta.url))).catch(() => null),
  support: import('./wasm/wasm_exec.js').catch(() => null),
};
