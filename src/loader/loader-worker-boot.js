// Starts the loader worker (crates/loader-worker): its wasm-bindgen glue, then its
// module. A module that cannot be had (offline before it was ever cached) is told to
// the page as a message, which names the file in one sentence.
try {
  importScripts('./loader_worker.js');
  wasm_bindgen({ module_or_path: './loader_worker_bg.wasm' })
    .catch((e) => postMessage({ failed: String(e) }));
} catch (e) {
  postMessage({ failed: String(e) });
}
