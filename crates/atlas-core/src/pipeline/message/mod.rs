//! What the page and the loader worker say to each other, typed on both sides.
//!
//! The page sends a [`ToWorker`] (one job: [`ReadBoundaries`], [`ReadTable`],
//! [`DecodeText`], [`WriteTemplate`] or [`ComputeLisa`]) with the file's bytes behind it, in one
//! buffer transferred, not copied. The worker runs the job — the same stepped
//! loaders the native tests run ([`answer`], feature `read-files`) — and says
//! [`FromWorker`]: [`Ready`](FromWorker::Ready) once, [`Progress`](FromWorker::Progress)
//! as it goes, then [`Answered`](FromWorker::Answered) with the job's own reply
//! ([`Job::Reply`]: compact `postcard` bytes, read by [`ReplyBytes`] in two steps)
//! or [`Failed`](FromWorker::Failed) with the sentence. Each job has one reply type,
//! so the page never sorts answers; bytes that are not the message they should be
//! are a bug ([`Garbled`]), told as [`LoadErrorKind::Internal`], never as the user's
//! file. Geometry crosses as what the page draws (screen arcs, path data, bounds),
//! never as GeoJSON text; the lon/lat rings stay in the worker, which measures each
//! district's area instead.
//!
//! ```
//! use atlas_core::pipeline::message::{answer, read_answer, ReadBoundaries, ToWorker};
//! let gj = r#"{"type":"Feature","properties":{"navn":"Østerbro","id":"02"},
//!   "geometry":{"type":"Polygon","coordinates":[[[12.5,55.6],[12.7,55.6],[12.7,55.7],[12.5,55.6]]]}}"#;
//! let job = ReadBoundaries { name: "bydele.geojson".into(), options: Default::default() };
//! // the page's message, the worker's answer, the page's reading of it
//! let message = ToWorker::from(job.clone()).to_bytes(gj.as_bytes());
//! let read = read_answer(&job, &answer(&message, |_| ())).unwrap();
//! assert_eq!(read.loaded.value.districts[0].name, "Østerbro");
//! assert_eq!(read.geometry.paths.len(), 1);
//! // the rings stayed in the worker; their areas came instead
//! assert!(read.loaded.value.districts[0].geometry.0.is_empty());
//! assert!(read.loaded.value.areas_km2[0].is_some_and(|km2| km2 > 50.0));
//! ```

mod envelope;
mod jobs;
mod ready;
#[cfg(feature = "read-files")]
mod run;

#[cfg(feature = "test-hooks")]
pub use envelope::Fault;
pub use envelope::{FromWorker, Garbled, ToWorker};
pub use jobs::{
    answer_bytes, read_answer, unexpected, BoundariesRead, CellsSummed, ComputeLisa, CornerTable,
    DecodeText, Job, JobKind, LisaAnswer, ReadBoundaries, ReadTable, Reply, ReplyBytes, SumCells,
    TableRead, WriteTemplate,
};
#[cfg(feature = "read-files")]
pub use ready::ready_example;
pub use ready::{read_ready_example, ReadyExample};
#[cfg(feature = "read-files")]
pub use run::{answer, Answer};

use crate::issue::{LoadError, LoadErrorKind};

/// The loader stopped on the file called `name` (a worker that panicked, ran out of
/// memory or could not start): one sentence naming the file, `cause` (the browser's
/// words) kept for tests.
///
/// ```
/// use atlas_core::pipeline::message::loader_stopped;
/// let e = loader_stopped("sogne.geojson", "RuntimeError: unreachable".into());
/// assert_eq!(e.kind.code(), "loader-stopped");
/// ```
pub fn loader_stopped(name: &str, cause: String) -> LoadError {
    LoadError::new(LoadErrorKind::LoaderStopped {
        name: name.to_owned(),
        cause: Some(cause),
    })
}
