// Starts the loader worker (crates/loader-worker): its wasm-bindgen glue, then its
// module. A module that cannot be had (offline before it was ever cached) is thrown,
// uncaught, so the page sees the worker's `error` event and names the file in one
// sentence (every message the worker posts is the core's typed `FromWorker`).
importScripts('./loader_worker.js');
wasm_bindgen({ module_or_path: './loader_worker_bg.wasm' })
  .catch((e) => setTimeout(() => { throw e; }));
