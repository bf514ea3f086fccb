//! The page's side of the loader worker (`crates/loader-worker`): one warm worker
//! waits for the next job; a job takes it (or starts another), posts the job and
//! the bytes in one buffer (transferred), forwards the progress, and reads the job's
//! one reply. A second file chosen meanwhile terminates the worker at once. A
//! worker that stops — out of memory, a panic, or its files missing offline —
//! becomes one sentence naming the file; a message that is not what the protocol
//! says is a bug, told as one (`LoadErrorKind::Internal`); the page and its map are
//! untouched either way.

use atlas_core::issue::LoadErrorKind;
use atlas_core::pipeline::message::{
    loader_stopped, unexpected, FromWorker, Garbled, Job, JobKind, ReadBoundaries, ReplyBytes,
    ToWorker,
};
use atlas_core::LoadError;
use futures::channel::mpsc;
use futures::StreamExt;
use js_sys::{Array, Uint8Array};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::{ErrorEvent, Event, MessageEvent, Worker};

/// The script that starts the worker (copied by Trunk from `src/loader/`).
const BOOT_SCRIPT: &str = "loader-worker-boot.js";

/// A worker that read more than this is ended after its answer (its memory freed).
const KEEP_AFTER_BYTES: usize = 16 << 20;

/// What a worker says.
enum Said {
    Ready,
    Progress(f64),
    /// A job of `kind` answered: its reply is in `bytes` from `at` on (copied into
    /// the module's memory only when it is read).
    Answered {
        kind: JobKind,
        bytes: Uint8Array,
        at: usize,
    },
    /// Anything else it says: a refusal, or that it did not understand the job.
    Other(FromWorker),
    /// Bytes that are not a message (a bug).
    Garbled(Garbled),
    /// It stopped: the browser's words.
    Stopped(String),
}

impl Said {
    /// Read a message from the worker: only its envelope is copied.
    fn read(data: JsValue) -> Said {
        let Ok(bytes) = data.dyn_into::<Uint8Array>() else {
            return Said::Garbled(Garbled("the worker's message is not bytes".into()));
        };
        let len = bytes.length() as usize;
        let at = |r: std::ops::Range<usize>| bytes.subarray(r.start as u32, r.end as u32).to_vec();
        match FromWorker::read_with(len, at) {
            Ok((FromWorker::Ready, _)) => Said::Ready,
            Ok((FromWorker::Progress(f), _)) => Said::Progress(f),
            Ok((FromWorker::Answered(kind), at)) => Said::Answered { kind, bytes, at },
            Ok((other, _)) => Said::Other(other),
            Err(garbled) => Said::Garbled(garbled),
        }
    }
}

/// A started worker with the listeners that feed its events into a channel.
struct Started {
    worker: Worker,
    events: mpsc::UnboundedReceiver<Said>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
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
        let said = Said::read(ev.data());
        if matches!(said, Said::Ready) {
            crate::perf::mark("atlas:worker-ready");
        }
        let _ = tx_message.unbounded_send(said);
    });
    // an error in the worker (a panic, out of memory, its module not had) is an
    // ErrorEvent; a boot script that cannot be fetched, a plain Event
    let on_error = Closure::<dyn FnMut(Event)>::new(move |ev: Event| {
        ev.prevent_default();
        let why = ev
            .dyn_ref::<ErrorEvent>()
            .map(ErrorEvent::message)
            .unwrap_or_else(|| "the worker could not start".into());
        let _ = tx.unbounded_send(Said::Stopped(why));
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
            let job = ReadBoundaries {
                name: "warm-up".into(),
                options: Default::default(),
            };
            let _ = exec(
                job.into(),
                JobKind::Boundaries,
                text.as_bytes(),
                &|_| true,
                false,
            )
            .await;
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

/// Tests only (feature `test-hooks`): `window.__atlasWorkerFault` ("panic" or
/// "memory") makes the next job's worker fail on purpose; read once and cleared.
#[cfg(feature = "test-hooks")]
fn fault_for_tests() -> Option<atlas_core::pipeline::message::Fault> {
    use js_sys::Reflect;
    let window = web_sys::window()?;
    let key = JsValue::from_str("__atlasWorkerFault");
    let fault = Reflect::get(&window, &key).ok()?.as_string()?;
    let _ = Reflect::delete_property(&window, &key);
    atlas_core::pipeline::message::Fault::from_word(&fault)
}

/// Run `job` on `bytes` in the worker: its one reply. `progress` gets each
/// fraction (0–1) and answers whether the load is still wanted; when it is not,
/// the worker is ended and the load stops with [`LoadErrorKind::Superseded`].
pub async fn run<J: Job>(
    job: J,
    bytes: &[u8],
    progress: impl Fn(f64) -> bool,
) -> Result<J::Reply, LoadError> {
    let name = job.name().to_owned();
    #[cfg(feature = "test-hooks")]
    let (job, bytes) = match fault_for_tests() {
        Some(fault) => (
            ToWorker::Fail {
                name: name.clone(),
                fault,
            },
            &[][..],
        ),
        None => (job.into(), bytes),
    };
    #[cfg(not(feature = "test-hooks"))]
    let job: ToWorker = job.into();
    let reply = exec(job, J::KIND, bytes, &progress, true).await?;
    // a boundaries answer in two tasks: all but the topology, then it
    let parts = ReplyBytes::<J::Reply>::new(&reply).map_err(|g| g.about(&name))?;
    let head = parts.head().map_err(|g| g.about(&name))?;
    yield_to_browser().await;
    let read = parts.finish(head).map_err(|g| g.about(&name));
    drop(reply);
    crate::perf::mark("atlas:worker-decoded");
    yield_to_browser().await;
    read
}

/// The job's message: its header, then the file's bytes, in one buffer.
fn message(job: &ToWorker, bytes: &[u8]) -> Uint8Array {
    let header = job.header();
    let (head, total) = (header.len() as u32, (header.len() + bytes.len()) as u32);
    let out = Uint8Array::new_with_length(total);
    out.subarray(0, head).copy_from(&header);
    out.subarray(head, total).copy_from(bytes);
    out
}

/// Post `job` (of `kind`) with `bytes` to a worker and wait for its answer: the
/// reply's bytes, copied into the module's memory (read by [`run`], per job type;
/// this part is one function for every job). `marked`: the page's timeline gets
/// the answer's marks (not for the warm-up).
async fn exec(
    job: ToWorker,
    kind: JobKind,
    bytes: &[u8],
    progress: &dyn Fn(f64) -> bool,
    marked: bool,
) -> Result<Vec<u8>, LoadError> {
    let mark = |name: &str| {
        if marked {
            crate::perf::mark(name);
        }
    };
    let name = job.name().to_owned();
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
            Some(Said::Garbled(garbled)) => {
                started.worker.terminate();
                return Err(garbled.about(&name));
            }
            Some(_) => {}
            None => return Err(stopped("the worker went away".into())),
        }
    }
    let input_len = bytes.len();
    let data = message(&job, bytes);
    if let Err(e) = started
        .worker
        .post_message_with_transfer(&data, &Array::of1(&data.buffer()))
    {
        started.worker.terminate();
        return Err(stopped(format!("{e:?}")));
    }
    drop(data);
    // after its answer: kept for the next job, or (after a large file, whose
    // memory it keeps) ended, a fresh one started when the next file comes
    let done = |started: Started| {
        if input_len > KEEP_AFTER_BYTES {
            started.worker.terminate();
        } else {
            put_back(started);
        }
    };
    loop {
        match started.events.next().await {
            Some(Said::Progress(f)) => {
                if !progress(f) {
                    started.worker.terminate();
                    return Err(LoadError::new(LoadErrorKind::Superseded { name }));
                }
            }
            Some(Said::Answered {
                kind: answered,
                bytes,
                at,
            }) => {
                done(started);
                mark("atlas:worker-answered");
                if answered != kind {
                    return Err(unexpected(&FromWorker::Answered(answered), kind).about(&name));
                }
                // copied into the module's memory, then read in two more tasks
                // (see `run`): a large answer never holds the page in one long task
                let reply = bytes.subarray(at as u32, bytes.length()).to_vec();
                yield_to_browser().await;
                if !progress(1.0) {
                    return Err(LoadError::new(LoadErrorKind::Superseded { name }));
                }
                return Ok(reply);
            }
            Some(Said::Other(FromWorker::Failed(e))) => {
                done(started);
                mark("atlas:worker-answered");
                return Err(e);
            }
            Some(Said::Other(other)) => {
                // it did not understand the job: alive, but the page has a bug
                done(started);
                return Err(unexpected(&other, kind).about(&name));
            }
            Some(Said::Garbled(garbled)) => {
                started.worker.terminate();
                return Err(garbled.about(&name));
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
