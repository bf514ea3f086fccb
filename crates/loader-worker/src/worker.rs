//! The worker's side of the messages (see `atlas_core::pipeline::message`).

use atlas_core::pipeline::message::{FromWorker, ToWorker};
use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Milliseconds between two progress messages.
const PROGRESS_EVERY_MS: f64 = 50.0;

/// Listen for jobs and say so.
pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        answer(&scope, ev.data());
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&scope, FromWorker::Ready.to_bytes());
}

/// Post `bytes` to the page, their buffer transferred.
fn post(scope: &DedicatedWorkerGlobalScope, bytes: Vec<u8>) {
    let out = Uint8Array::new_with_length(bytes.len() as u32);
    out.copy_from(&bytes);
    drop(bytes);
    let _ = scope.post_message_with_transfer(&out, &Array::of1(&out.buffer()));
}

/// Run one job and post its answer.
fn answer(scope: &DedicatedWorkerGlobalScope, data: JsValue) {
    let Ok(message) = data.dyn_into::<Uint8Array>() else {
        let said = FromWorker::NotUnderstood("the page's message is not bytes".into());
        post(scope, said.to_bytes());
        return;
    };
    let message = message.to_vec();
    let answer = match ToWorker::read(&message) {
        Ok((job, file)) => {
            #[cfg(feature = "test-hooks")]
            crate::hooks::act_on(&job);
            let mut last = js_sys::Date::now();
            job.run(file, |fraction| {
                let now = js_sys::Date::now();
                if now - last >= PROGRESS_EVERY_MS {
                    last = now;
                    post(scope, FromWorker::Progress(fraction).to_bytes());
                }
            })
        }
        Err(garbled) => {
            post(scope, FromWorker::NotUnderstood(garbled.0).to_bytes());
            return;
        }
    };
    // the file's bytes go before the answer is encoded
    drop(message);
    post(scope, answer.into_bytes());
}
