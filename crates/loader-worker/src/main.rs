//! The loader worker: reads boundary and table files off the page's thread.
//!
//! The page posts `{ job, bytes }`: a [`Job`] header as JSON and the file's bytes
//! (transferred). The worker runs [`run_job`] — the core's own stepped loaders —
//! posting the progress as a number at most every 50 ms, then posts the encoded
//! [`Reply`](atlas_core::pipeline::message::Reply) as a `Uint8Array` whose buffer is
//! transferred. It says `"ready"` once it can take jobs. A panic or an
//! out-of-memory stops this worker only: the page sees its `error` event and tells
//! the user in one sentence, and its map stays as it was.

#[cfg(target_arch = "wasm32")]
mod worker;

fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::start();
}
