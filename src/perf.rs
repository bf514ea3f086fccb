//! Named points in time (`performance.mark`), visible in the browser's performance
//! panel and read by the benchmark's probe: where a load spends its time.

/// Set a performance mark `name` (ignored where the API is missing).
pub fn mark(name: &str) {
    let global = js_sys::global();
    let Ok(perf) = js_sys::Reflect::get(&global, &"performance".into()) else {
        return;
    };
    if let Ok(f) = js_sys::Reflect::get(&perf, &"mark".into()) {
        if let Some(f) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(&f) {
            let _ = f.call1(&perf, &name.into());
        }
    }
}
