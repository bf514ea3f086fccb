//! The loader worker: reads boundary and table files off the page's thread.
//!
//! The page posts one buffer: a
//! [`ToWorker`](atlas_core::pipeline::message::ToWorker) job and the file's bytes
//! behind it (transferred). The worker runs the job — the core's own stepped
//! loaders — posting [`FromWorker::Progress`](atlas_core::pipeline::message::FromWorker)
//! at most every 50 ms, then the job's answer, each a buffer transferred. It says
//! `FromWorker::Ready` once it can take jobs. A panic or an out-of-memory stops
//! this worker only: the page sees its `error` event and tells the user in one
//! sentence, and its map stays as it was.

#[cfg(all(target_arch = "wasm32", feature = "test-hooks"))]
mod hooks;
#[cfg(target_arch = "wasm32")]
mod worker;

fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::start();
}
