//! The page's side of the loader worker (`crates/loader-worker`): one warm worker
//! waits for the next job; a job takes it (or starts another), posts the header and
//! the bytes (transferred), forwards the progress, and reads the one answer. A
//! second file chosen meanwhile terminates the worker at once. A worker that stops
//! — out of memory, a panic, or its files missing offline — becomes one sentence
//! naming the file; the page and its map are untouched.

use atlas_core::issue::LoadErrorKind;
use atlas_core::pipeline::message::{loader_stopped, Job, Reply, ReplyBytes};
use atlas_core::LoadError;
use futures::channel::mpsc;
use futures::StreamExt;
use js_sys::{Array, Object, Reflect, Uint8Array};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::{ErrorEvent, MessageEvent, Worker};

/// The script that starts the worker (copied by Trunk from `src/loader/`).
const BOOT_SCRIPT: &str = "loader-worker-boot.js";

/// A worker that read more than this is ended after its answer (its memory freed).
const KEEP_AFTER_BYTES: usize = 16 << 20;

/// What a worker says.
enum Said {
    Ready,
    Progress(f64),
    Answer(Uint8Array),
    /// It stopped: the browser's words.
    Stopped(String),
}

/// A started worker with the listeners that feed its events into a channel.
struct Started {
    worker: Worker,
    events: mpsc::UnboundedReceiver<Said>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
    ready: bool,
}

thread_local! {
    /// The worker waiting for the next job.
    static WARM: RefCell<Option<Started>> = const { RefCell::new(None) };
}

fn start() -> Result<Started, String> {
    let worker = Worker::new(BOOT_SCRIPT).map_err(|e| format!("{e:?}"))?;
    let (tx, events) = mpsc::unbounded();
    let tx_message = tx.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let data = ev.data();
        let said = if let Some(f) = data.as_f64() {
            Said::Progress(f)
        } else if data.as_string().as_deref() == Some("ready") {
            crate::perf::mark("atlas:worker-ready");
            Said::Ready
        } else if let Ok(bytes) = data.clone().dyn_into::<Uint8Array>() {
            Said::Answer(bytes)
        } else {
            let why = Reflect::get(&data, &"failed".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_else(|| "an unknown message".into());
            Said::Stopped(why)
        };
        let _ = tx_message.unbounded_send(said);
    });
    let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |ev: ErrorEvent| {
        ev.prevent_default();
        let _ = tx.unbounded_send(Said::Stopped(ev.message()));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Started {
        worker,
        events,
        _on_message: on_message,
        _on_error: on_error,
        ready: false,
    })
}

/// Start a worker ahead of the first file, so its module is fetched and compiled
/// while the page starts (and cached for offline use by the service worker).
///
/// It then reads the demo's boundaries once, answer thrown away: the browser
/// compiles a module's functions quickly first and well only once they have run, so
/// the user's first file is read by code already optimised (the parishes: ~390 →
/// ~300 ms).
pub fn warm_up() {
    let started = WARM.with(|w| {
        let mut w = w.borrow_mut();
        if w.is_none() {
            *w = start().ok();
            return w.is_some();
        }
        false
    });
    if !started {
        return;
    }
    leptos::task::spawn_local(async {
        let demo = atlas_core::present::examples::DEMO.boundaries;
        if let Ok(text) = super::fetch_text(demo).await {
            let job = Job::boundaries("warm-up", Default::default());
            let _ = exec(job, text.as_bytes(), |_| true, false).await;
            crate::perf::mark("atlas:worker-warm");
        }
    });
}

/// Give a worker back for the next job (or end it when one is already waiting).
fn put_back(started: Started) {
    WARM.with(|w| {
        let mut w = w.borrow_mut();
        if w.is_none() {
            *w = Some(started);
        } else {
            started.worker.terminate();
        }
    });
}

/// Tests only: `window.__atlasWorkerFault` ("panic" or "memory") makes the next
/// job's worker fail on purpose; read once and cleared.
fn fault_for_tests() -> Option<String> {
    let window = web_sys::window()?;
    let key = JsValue::from_str("__atlasWorkerFault");
    let fault = Reflect::get(&window, &key).ok()?.as_string();
    if fault.is_some() {
        let _ = Reflect::delete_property(&window, &key);
    }
    fault
}

/// Run `job` on `bytes` in the worker. `progress` gets each fraction (0–1) and
/// answers whether the load is still wanted; when it is not, the worker is ended
/// and the load stops with [`LoadErrorKind::Superseded`].
pub async fn run(
    mut job: Job,
    bytes: &[u8],
    progress: impl Fn(f64) -> bool,
) -> Result<Reply, LoadError> {
    job.fault = fault_for_tests();
    exec(job, bytes, progress, true).await
}

/// [`run`] without the tests' hook (the warm-up's job).
/// `marked`: the page's timeline gets the answer's marks (not for the warm-up).
async fn exec(
    job: Job,
    bytes: &[u8],
    progress: impl Fn(f64) -> bool,
    marked: bool,
) -> Result<Reply, LoadError> {
    let mark = |name: &str| {
        if marked {
            crate::perf::mark(name);
        }
    };
    let name = job.name.clone();
    let stopped = |cause: String| loader_stopped(&name, cause);
    let mut started = match WARM.with(|w| w.borrow_mut().take()) {
        Some(s) => s,
        None => start().map_err(stopped)?,
    };
    // The worker drops messages that come before its module runs: wait for it.
    while !started.ready {
        match started.events.next().await {
            Some(Said::Ready) => started.ready = true,
            Some(Said::Stopped(why)) => {
                started.worker.terminate();
                return Err(stopped(why));
            }
            Some(_) => {}
            None => return Err(stopped("the worker went away".into())),
        }
    }
    let message = Object::new();
    let input_len = bytes.len();
    let data = Uint8Array::from(bytes);
    let _ = Reflect::set(&message, &"job".into(), &job.to_json().into());
    let _ = Reflect::set(&message, &"bytes".into(), &data);
    if let Err(e) = started
        .worker
        .post_message_with_transfer(&message, &Array::of1(&data.buffer()))
    {
        started.worker.terminate();
        return Err(stopped(format!("{e:?}")));
    }
    drop(data);
    loop {
        match started.events.next().await {
            Some(Said::Progress(f)) => {
                if !progress(f) {
                    started.worker.terminate();
                    return Err(LoadError::new(LoadErrorKind::Superseded { name }));
                }
            }
            Some(Said::Answer(bytes)) => {
                // a worker that read a large file keeps the memory it grew to: ended,
                // and a fresh one started when the next file comes
                if input_len > KEEP_AFTER_BYTES {
                    started.worker.terminate();
                } else {
                    put_back(started);
                }
                mark("atlas:worker-answered");
                // copied into the module's memory, read, and handed on in three
                // tasks: a large answer never holds the page in one long task
                let bytes = bytes.to_vec();
                yield_to_browser().await;
                if !progress(1.0) {
                    return Err(LoadError::new(LoadErrorKind::Superseded { name }));
                }
                // a boundaries answer in two tasks: all but the topology, then it
                let parts = ReplyBytes::new(&bytes, &name)?;
                let head = parts.head()?;
                yield_to_browser().await;
                let reply = parts.finish(head);
                drop(bytes);
                mark("atlas:worker-decoded");
                yield_to_browser().await;
                return reply;
            }
            Some(Said::Stopped(why)) => {
                started.worker.terminate();
                return Err(stopped(why));
            }
            Some(Said::Ready) => {}
            None => return Err(stopped("the worker went away".into())),
        }
    }
}

/// Let the browser paint and handle input before going on.
async fn yield_to_browser() {
    gloo::timers::future::TimeoutFuture::new(0).await;
}
