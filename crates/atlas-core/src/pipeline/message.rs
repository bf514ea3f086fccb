//! What the page and the loader worker say to each other.
//!
//! The page sends a [`Job`] (a small JSON header) together with the file's bytes,
//! transferred, not copied. The worker runs [`run_job`] — the same stepped loaders
//! the native tests run — posting the progress (a plain number 0–1) as it goes, and
//! answers with one [`Reply`] encoded by [`encode_reply`]: compact `postcard` bytes,
//! transferred back and read by [`ReplyBytes`] in two steps. Geometry crosses as
//! what the page draws (screen arcs, path data, bounds), never as GeoJSON text; the
//! lon/lat rings stay in the worker, which measures each district's area instead.
//!
//! ```
//! use atlas_core::pipeline::message::{decode_reply, encode_reply, run_job, Job, Reply};
//! let gj = r#"{"type":"Feature","properties":{"navn":"Østerbro","id":"02"},
//!   "geometry":{"type":"Polygon","coordinates":[[[12.5,55.6],[12.7,55.6],[12.7,55.7],[12.5,55.6]]]}}"#;
//! let job = Job::boundaries("bydele.geojson", Default::default());
//! let reply = run_job(&job, gj.as_bytes(), |_| ());
//! let back = decode_reply(&encode_reply(reply), "bydele.geojson").unwrap();
//! match back {
//!     Reply::Boundaries { loaded, geometry } => {
//!         assert_eq!(loaded.value.districts[0].name, "Østerbro");
//!         assert_eq!(geometry.paths.len(), 1);
//!         // the rings stayed in the worker; their areas came instead
//!         assert!(loaded.value.districts[0].geometry.0.is_empty());
//!         assert!(loaded.value.areas_km2[0].is_some_and(|km2| km2 > 50.0));
//!     }
//!     _ => panic!("boundaries expected"),
//! }
//! ```

use crate::geometry::area::areas_km2;
use crate::geometry::shapes::{MapGeometry, BASE_TOLERANCE};
use crate::import::boundaries::{Boundaries, BoundaryOptions};
use crate::import::decode::decode_text;
use crate::import::sidecar::{parse_sidecar, Sidecar};
use crate::import::table::Table;
use crate::import::table_load::{TableLoad, TABLE_SLICE_ROWS};
use crate::issue::{LoadError, LoadErrorKind, Loaded};
use crate::pipeline::{BoundaryLoad, Budget, Phase, MAP_WIDTH};
use crate::present::examples::Example;
use crate::present::export::{grid_xlsx, TemplateGrid};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// What the worker is asked to read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum JobKind {
    /// A GeoJSON boundary file (UTF-8 text), read, checked, reprojected and shaped.
    Boundaries { options: BoundaryOptions },
    /// An indicator table (CSV/TSV/JSON/XLSX/ODS bytes), with its sidecar if any.
    Table { sidecar: Option<Sidecar> },
    /// Text that is not UTF-8 (Windows-1252, UTF-16, as older tools save it) decoded.
    Decode,
    /// Write the fill-in template as an XLSX workbook (no bytes needed).
    WriteTemplate { grid: TemplateGrid },
}

/// One request to the loader worker: the header; the file's bytes travel beside it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Job {
    /// The file's name, for the sentences.
    pub name: String,
    pub kind: JobKind,
    /// Tests only: make the worker fail on purpose (`"panic"` or `"memory"`), to
    /// show the page survives it. `None` in every real load.
    #[serde(default)]
    pub fault: Option<String>,
}

impl Job {
    /// Read boundaries called `name` with `options`.
    pub fn boundaries(name: &str, options: BoundaryOptions) -> Job {
        Job {
            name: name.to_owned(),
            kind: JobKind::Boundaries { options },
            fault: None,
        }
    }

    /// Write the template `grid` as a workbook called `name`.
    pub fn write_template(name: &str, grid: TemplateGrid) -> Job {
        Job {
            name: name.to_owned(),
            kind: JobKind::WriteTemplate { grid },
            fault: None,
        }
    }

    /// Decode the text of a file called `name` that is not UTF-8.
    pub fn decode(name: &str) -> Job {
        Job {
            name: name.to_owned(),
            kind: JobKind::Decode,
            fault: None,
        }
    }

    /// Read a table called `name`, with its sidecar if any.
    pub fn table(name: &str, sidecar: Option<Sidecar>) -> Job {
        Job {
            name: name.to_owned(),
            kind: JobKind::Table { sidecar },
            fault: None,
        }
    }

    /// The header as JSON (the sidecar form of indicators needs a self-describing format).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Read a header written by [`Job::to_json`]; `None` if it is not one (a bug).
    pub fn from_json(text: &str) -> Option<Job> {
        serde_json::from_str(text).ok()
    }
}

/// The worker's one answer to a job.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    /// Boundaries read and shaped for drawing.
    Boundaries {
        loaded: Loaded<Boundaries>,
        geometry: MapGeometry,
    },
    /// A table read into indicators, with the file's decoded text (kept so a
    /// sidecar can be applied later without reading the file again).
    Table { loaded: Loaded<Table>, text: String },
    /// Text decoded.
    Text(String),
    /// A file written (the template workbook).
    Written(Vec<u8>),
    /// The file cannot be used, and why.
    Failed(LoadError),
}

/// Run `job` on `bytes` to the end, telling `progress` (0–1) after each step.
pub fn run_job(job: &Job, bytes: &[u8], mut progress: impl FnMut(f64)) -> Reply {
    let result = match &job.kind {
        JobKind::Boundaries { options } => read_boundaries(bytes, options, &mut progress)
            .map(|(loaded, geometry)| Reply::Boundaries { loaded, geometry }),
        JobKind::Table { sidecar } => read_table(bytes, &job.name, sidecar.as_ref(), &mut progress)
            .map(|loaded| Reply::Table {
                loaded,
                text: decode_text(bytes).0,
            }),
        JobKind::Decode => Ok(Reply::Text(decode_text(bytes).0)),
        JobKind::WriteTemplate { grid } => grid_xlsx(grid).map(Reply::Written).map_err(|e| {
            LoadError::new(LoadErrorKind::LoaderStopped {
                name: job.name.clone(),
                cause: Some(e),
            })
        }),
    };
    result.unwrap_or_else(Reply::Failed)
}

fn read_boundaries(
    bytes: &[u8],
    options: &BoundaryOptions,
    progress: &mut impl FnMut(f64),
) -> Result<(Loaded<Boundaries>, MapGeometry), LoadError> {
    let text: Arc<str> = Arc::from(String::from_utf8_lossy(bytes));
    let mut load = BoundaryLoad::new(text, options.clone(), Some(MAP_WIDTH))?;
    loop {
        let p = load.step(Budget::SLICE)?;
        if p.phase == Phase::Done {
            break;
        }
        progress(p.fraction);
    }
    let (mut loaded, mut geometry) = load.finish_shaped()?;
    // vertices finer than the deepest zoom can show are never drawn: not sent
    geometry
        .topology
        .prune(BASE_TOLERANCE / crate::geometry::pan_zoom::MAX_ZOOM);
    // the rings stay here (they do not cross to the page): their areas go instead
    loaded.value.areas_km2 = areas_km2(&loaded.value.districts);
    Ok((loaded, geometry))
}

fn read_table(
    bytes: &[u8],
    name: &str,
    sidecar: Option<&Sidecar>,
    progress: &mut impl FnMut(f64),
) -> Result<Loaded<Table>, LoadError> {
    let mut load = TableLoad::new(bytes, name, sidecar)?;
    loop {
        let f = load.step(TABLE_SLICE_ROWS)?;
        if f >= 1.0 {
            break;
        }
        progress(f);
    }
    load.finish()
}

/// A built-in example's boundaries and table, answered ahead of time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReadyExample {
    pub boundaries: Reply,
    pub table: Reply,
}

/// The file name at the end of a path.
fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// What the worker would answer for example `ex`'s files (its GeoJSON, CSV and
/// sidecar texts), as the bytes `tools/derive` ships at `ex.ready`.
///
/// ```
/// use atlas_core::pipeline::message::{ready_example, read_ready_example, Reply};
/// use atlas_core::present::examples::DEMO;
/// let gj = r#"{"type":"Feature","properties":{"navn":"Østerbro","id":"02"},
///   "geometry":{"type":"Polygon","coordinates":[[[12.5,55.6],[12.7,55.6],[12.7,55.7],[12.5,55.6]]]}}"#;
/// let bytes = ready_example(&DEMO, gj, "id;indkomst\n02;300\n", "{}").unwrap();
/// let ready = read_ready_example(&bytes, &DEMO).unwrap();
/// assert!(matches!(ready.boundaries, Reply::Boundaries { .. }));
/// assert!(matches!(ready.table, Reply::Table { .. }));
/// ```
pub fn ready_example(
    ex: &Example,
    geojson: &str,
    csv: &str,
    meta: &str,
) -> Result<Vec<u8>, LoadError> {
    let sidecar = parse_sidecar(meta)?;
    let boundaries = run_job(
        &Job::boundaries(file_name(ex.boundaries), BoundaryOptions::default()),
        geojson.as_bytes(),
        |_| (),
    );
    let table = run_job(
        &Job::table(file_name(ex.table), Some(sidecar)),
        csv.as_bytes(),
        |_| (),
    );
    let ready = ReadyExample { boundaries, table };
    postcard::to_allocvec(&ready).map_err(|e| {
        LoadError::new(LoadErrorKind::LoaderStopped {
            name: ex.ready.to_owned(),
            cause: Some(e.to_string()),
        })
    })
}

/// Read the bytes made by [`ready_example`]; `Err` (to fall back on the worker) when
/// they are not.
pub fn read_ready_example(bytes: &[u8], ex: &Example) -> Result<ReadyExample, LoadError> {
    postcard::from_bytes(bytes).map_err(|e| {
        LoadError::new(LoadErrorKind::LoaderStopped {
            name: ex.ready.to_owned(),
            cause: Some(e.to_string()),
        })
    })
}

/// The reply as bytes to transfer to the page: `[head length, u32 LE][head][tail]`.
/// A boundaries answer's topology (its largest part) is the tail, so the page reads
/// the two in separate tasks ([`ReplyBytes`]); other answers have no tail.
pub fn encode_reply(mut reply: Reply) -> Vec<u8> {
    // Encoding into a Vec cannot fail for these types (no maps with non-string
    // keys, no sequences of unknown length).
    let tail = match &mut reply {
        Reply::Boundaries { geometry, .. } => {
            postcard::to_allocvec(&std::mem::take(&mut geometry.topology)).unwrap_or_default()
        }
        _ => Vec::new(),
    };
    let head = postcard::to_allocvec(&reply).unwrap_or_default();
    let mut out = Vec::with_capacity(4 + head.len() + tail.len());
    out.extend_from_slice(&(head.len() as u32).to_le_bytes());
    out.extend_from_slice(&head);
    out.extend_from_slice(&tail);
    out
}

/// An encoded reply, read in two steps: [`head`](Self::head) (all but a boundaries
/// answer's topology), then [`finish`](Self::finish) (the topology put back).
/// Bytes that are not a reply (a bug, never the user's file) become
/// [`LoadErrorKind::LoaderStopped`] naming the file.
pub struct ReplyBytes<'a> {
    head: &'a [u8],
    tail: &'a [u8],
    name: &'a str,
}

impl<'a> ReplyBytes<'a> {
    /// Split `bytes` made by [`encode_reply`] for the file called `name`.
    pub fn new(bytes: &'a [u8], name: &'a str) -> Result<Self, LoadError> {
        let len = bytes
            .get(..4)
            .and_then(|b| b.try_into().ok())
            .map(|b: [u8; 4]| u32::from_le_bytes(b) as usize);
        match len.and_then(|n| bytes.get(4..4 + n).map(|h| (h, &bytes[4 + n..]))) {
            Some((head, tail)) => Ok(ReplyBytes { head, tail, name }),
            None => Err(loader_stopped(name, "the answer is cut short".into())),
        }
    }

    /// The reply without a boundaries answer's topology.
    pub fn head(&self) -> Result<Reply, LoadError> {
        postcard::from_bytes(self.head).map_err(|e| loader_stopped(self.name, e.to_string()))
    }

    /// `reply` (from [`head`](Self::head)) with its topology.
    pub fn finish(&self, mut reply: Reply) -> Result<Reply, LoadError> {
        if let Reply::Boundaries { geometry, .. } = &mut reply {
            geometry.topology = postcard::from_bytes(self.tail)
                .map_err(|e| loader_stopped(self.name, e.to_string()))?;
        }
        Ok(reply)
    }
}

/// The loader stopped on the file called `name` (a worker that panicked, ran out of
/// memory or answered wrongly): one sentence naming the file, `cause` kept for tests.
pub fn loader_stopped(name: &str, cause: String) -> LoadError {
    LoadError::new(LoadErrorKind::LoaderStopped {
        name: name.to_owned(),
        cause: Some(cause),
    })
}

/// Read a reply from the worker in one go (see [`ReplyBytes`] for two steps).
pub fn decode_reply(bytes: &[u8], name: &str) -> Result<Reply, LoadError> {
    let parts = ReplyBytes::new(bytes, name)?;
    parts.finish(parts.head()?)
}
