//! The offline cache: register `sw.js`, which keeps the app and the built-in examples
//! so the page opens without network once it has been opened with it. Where service
//! workers are not available (an insecure origin, a private window), nothing happens.

/// Register the service worker at `script`.
pub fn register_service_worker(script: &str) {
    if let Some(w) = web_sys::window() {
        let navigator = w.navigator();
        if js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
            let _ = navigator.service_worker().register(script);
        }
    }
}
