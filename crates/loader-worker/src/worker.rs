//! The worker's side of the messages (see `atlas_core::pipeline::message`).

use atlas_core::pipeline::message::{encode_reply, run_job, Job};
use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Milliseconds between two progress messages.
const PROGRESS_EVERY_MS: f64 = 50.0;

/// Listen for jobs and say so.
pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        answer(&scope, &ev.data());
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

/// Run one job and post its answer.
fn answer(scope: &DedicatedWorkerGlobalScope, data: &JsValue) {
    let header = Reflect::get(data, &"job".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    let bytes = Reflect::get(data, &"bytes".into())
        .ok()
        .and_then(|v| v.dyn_into::<Uint8Array>().ok())
        .map(|a| a.to_vec())
        .unwrap_or_default();
    let Some(job) = Job::from_json(&header) else {
        // Not a job: a bug in the page. Stopping makes the page say so.
        panic!("the loader worker got a message that is not a job");
    };
    fail_on_purpose(job.fault.as_deref());
    let mut last = js_sys::Date::now();
    let reply = run_job(&job, &bytes, |fraction| {
        let now = js_sys::Date::now();
        if now - last >= PROGRESS_EVERY_MS {
            last = now;
            let _ = scope.post_message(&JsValue::from_f64(fraction));
        }
    });
    drop(bytes);
    let encoded = encode_reply(reply);
    let out = Uint8Array::new_with_length(encoded.len() as u32);
    out.copy_from(&encoded);
    drop(encoded);
    let _ = scope.post_message_with_transfer(&out, &Array::of1(&out.buffer()));
}

/// The test hooks: a panic, or memory taken until there is none, as a huge
/// national export would. Never set by a real load.
fn fail_on_purpose(fault: Option<&str>) {
    match fault {
        Some("panic") => panic!("a panic asked for by a test"),
        Some("memory") => {
            let mut hoard: Vec<Vec<u8>> = Vec::new();
            loop {
                // 512 MB at a time, until the module's 4 GB are taken
                hoard.push(vec![0u8; 512 << 20]);
            }
        }
        _ => {}
    }
}
