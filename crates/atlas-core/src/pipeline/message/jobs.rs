//! The jobs, each with the one reply it gets ([`Job::Reply`]), and the replies as
//! bytes: `[head length, u32 LE][head][tail]`, the tail (a boundaries answer's
//! topology, its largest part) read by the page in a task of its own.

use super::envelope::{split, FromWorker, Garbled, ToWorker};
use crate::classify::lisa::LisaMap;
use crate::geometry::shapes::MapGeometry;
use crate::geometry::topology::Topology;
use crate::geometry::weights::Weights;
use crate::import::boundaries::{Boundaries, BoundaryOptions};
use crate::import::sidecar::Sidecar;
use crate::import::table::Table;
use crate::issue::{LoadError, Loaded};
use crate::present::export::TemplateGrid;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::marker::PhantomData;

/// Which job an answer is for: the worker says it, the page checks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum JobKind {
    Boundaries,
    Table,
    Decode,
    WriteTemplate,
    Lisa,
    SumCells,
}

/// A job for the loader worker, and the one reply it gets.
pub trait Job: Into<ToWorker> {
    /// What the worker answers this job with.
    type Reply: Reply;
    /// Said in the answer ([`FromWorker::Answered`]); another kind there is a bug.
    const KIND: JobKind;
    /// The file's name, for the sentences.
    fn name(&self) -> &str;
}

/// A reply: `Tail` is the part the page reads in a later task (`()` for none).
pub trait Reply: Serialize + DeserializeOwned {
    type Tail: Serialize + DeserializeOwned;
    /// Take the tail out (the worker, before encoding the rest).
    fn take_tail(&mut self) -> Self::Tail;
    /// Put the tail back (the page, after reading the rest).
    fn put_tail(&mut self, tail: Self::Tail);
}

/// Read a GeoJSON boundary file (UTF-8 text): checked, reprojected and shaped.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReadBoundaries {
    pub name: String,
    pub options: BoundaryOptions,
}

/// Boundaries read and shaped for drawing. The lon/lat rings stay in the worker
/// (the districts' areas come instead, in `loaded.value.areas_km2`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BoundariesRead {
    pub loaded: Loaded<Boundaries>,
    pub geometry: MapGeometry,
}

/// Read an indicator table (CSV/TSV/JSON/XLSX/ODS bytes), with its sidecar if any.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReadTable {
    pub name: String,
    pub sidecar: Option<Sidecar>,
}

/// A table read into indicators, with the file's decoded text (kept so a sidecar
/// can be applied later without reading the file again).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TableRead {
    pub loaded: Loaded<Table>,
    pub text: String,
    /// A grid table with corner columns: the file's own text and how its corners
    /// were read (the grid dialog offers other readings of it).
    pub corners: Option<CornerTable>,
}

/// A table of grid cells named by their corners, as the file had it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CornerTable {
    pub original: String,
    pub reading: crate::import::grid_layer::GridReading,
}

/// Decode text that is not UTF-8 (Windows-1252, UTF-16, as older tools save it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DecodeText {
    pub name: String,
}

/// Write the fill-in template as an XLSX workbook (no bytes needed).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WriteTemplate {
    pub name: String,
    pub grid: TemplateGrid,
}

/// Compute a cluster map (LISA) from a
/// [`LisaInput`](crate::classify::lisa::LisaInput), the message's bytes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ComputeLisa {
    /// What is computed, for the sentences («klyngekortet»).
    pub name: String,
}

/// A cluster map, and the neighbours when the worker made them from the shapes
/// (the page keeps them for the next map, so the shapes are sent once).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LisaAnswer {
    pub map: LisaMap,
    pub weights: Option<Weights>,
}

/// «Læg sammen i områder»: a grid layer's counts summed into the districts of a
/// boundary file (the message's bytes, a GeoJSON), each cell shared by
/// [`SumRule`](crate::geometry::grid_sum::SumRule).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SumCells {
    /// The boundary file's name, for the sentences.
    pub name: String,
    pub rule: crate::geometry::grid_sum::SumRule,
    /// The layer's cells by code, in area order.
    pub cells: Vec<String>,
    /// The counts summed: each with its years and `values[year][cell]` (a cell
    /// without a figure counts as 0). (As JSON, as a table's indicators cross: the
    /// page's build has that form already.)
    #[serde(with = "crate::import::as_json")]
    pub indicators: Vec<crate::model::indicator::IndicatorMeta>,
    pub years: Vec<Vec<Option<i32>>>,
    pub values: Vec<Vec<Vec<Option<f64>>>>,
}

impl SumCells {
    /// The job for `atlas`'s counts (those a cell without a row adds 0 to:
    /// [`absent_is_zero`](crate::present::grid_words::absent_is_zero)), summed into the
    /// boundary file `name` by `rule`; `None` when it has no count.
    ///
    /// ```
    /// use atlas_core::geometry::grid_sum::SumRule;
    /// use atlas_core::model::district::Area;
    /// use atlas_core::model::indicator::IndicatorMeta;
    /// use atlas_core::pipeline::message::SumCells;
    /// let mut a = atlas_core::Atlas::default();
    /// a.districts = vec![Area::new("1kmN3621E4481", "1kmN3621E4481")];
    /// a.indicators = vec![IndicatorMeta::from_column("indkomst"), IndicatorMeta::from_column("befolkning")];
    /// a.years = vec![vec![None], vec![None]];
    /// a.values = vec![vec![vec![Some(300.0)]], vec![vec![Some(23_683.0)]]];
    /// let job = SumCells::of_counts(&a, "kommuner.geojson", SumRule::AreaShare).unwrap();
    /// // the residents are summed, the income is not
    /// assert_eq!(job.indicators.len(), 1);
    /// assert_eq!(job.values, vec![vec![vec![Some(23_683.0)]]]);
    /// ```
    pub fn of_counts(
        atlas: &crate::model::atlas::Atlas,
        name: &str,
        rule: crate::geometry::grid_sum::SumRule,
    ) -> Option<SumCells> {
        let counts: Vec<usize> = (0..atlas.indicators.len())
            .filter(|&k| crate::present::grid_words::absent_is_zero(&atlas.indicators[k]))
            .collect();
        if counts.is_empty() {
            return None;
        }
        Some(SumCells {
            name: name.to_owned(),
            rule,
            cells: atlas.districts.iter().map(|d| d.id.clone()).collect(),
            indicators: counts
                .iter()
                .map(|&k| atlas.indicators[k].clone())
                .collect(),
            years: counts
                .iter()
                .map(|&k| atlas.years.get(k).cloned().unwrap_or_default())
                .collect(),
            values: counts
                .iter()
                .map(|&k| atlas.values.get(k).cloned().unwrap_or_default())
                .collect(),
        })
    }
}

/// The sums as a table of the districts (`;`-separated, decimal comma) with its
/// sidecar, and what was counted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CellsSummed {
    pub table: String,
    pub sidecar: String,
    pub report: crate::present::grid_words::SumReport,
}

macro_rules! job {
    ($job:ident, $variant:ident, $reply:ty) => {
        impl Job for $job {
            type Reply = $reply;
            const KIND: JobKind = JobKind::$variant;
            fn name(&self) -> &str {
                &self.name
            }
        }
        impl From<$job> for ToWorker {
            fn from(job: $job) -> ToWorker {
                ToWorker::$variant(job)
            }
        }
    };
}

job!(ReadBoundaries, Boundaries, BoundariesRead);
job!(ReadTable, Table, TableRead);
job!(DecodeText, Decode, String);
job!(WriteTemplate, WriteTemplate, Vec<u8>);
job!(ComputeLisa, Lisa, LisaAnswer);
job!(SumCells, SumCells, CellsSummed);

impl Reply for BoundariesRead {
    type Tail = Topology;
    fn take_tail(&mut self) -> Topology {
        std::mem::take(&mut self.geometry.topology)
    }
    fn put_tail(&mut self, tail: Topology) {
        self.geometry.topology = tail;
    }
}

macro_rules! no_tail {
    ($($t:ty),*) => {$(
        impl Reply for $t {
            type Tail = ();
            fn take_tail(&mut self) {}
            fn put_tail(&mut self, _: ()) {}
        }
    )*};
}

no_tail!(TableRead, String, Vec<u8>, LisaAnswer, CellsSummed);

/// A job's reply as the worker posts it: [`FromWorker::Answered`], then the reply.
///
/// ```
/// use atlas_core::pipeline::message::{answer_bytes, FromWorker, JobKind, ReplyBytes, WriteTemplate};
/// let bytes = answer_bytes::<WriteTemplate>(b"PK".to_vec());
/// let (said, reply) = FromWorker::read(&bytes).unwrap();
/// assert_eq!(said, FromWorker::Answered(JobKind::WriteTemplate));
/// let parts = ReplyBytes::<Vec<u8>>::new(reply).unwrap();
/// assert_eq!(parts.finish(parts.head().unwrap()).unwrap(), b"PK");
/// ```
pub fn answer_bytes<J: Job>(mut reply: J::Reply) -> Vec<u8> {
    // Encoding into a Vec cannot fail for these types (no maps with non-string
    // keys, no sequences of unknown length).
    let tail = postcard::to_allocvec(&reply.take_tail()).unwrap_or_default();
    let head = postcard::to_allocvec(&reply).unwrap_or_default();
    let mut out = FromWorker::Answered(J::KIND).to_bytes();
    out.reserve(4 + head.len() + tail.len());
    out.extend_from_slice(&(head.len() as u32).to_le_bytes());
    out.extend_from_slice(&head);
    out.extend_from_slice(&tail);
    out
}

/// A reply's bytes (what follows [`FromWorker::Answered`]), read in two steps:
/// [`head`](Self::head) (all but the tail), then [`finish`](Self::finish).
pub struct ReplyBytes<'a, R> {
    head: &'a [u8],
    tail: &'a [u8],
    reply: PhantomData<R>,
}

impl<'a, R: Reply> ReplyBytes<'a, R> {
    /// Split the bytes behind an answer's envelope.
    pub fn new(bytes: &'a [u8]) -> Result<Self, Garbled> {
        let (head, tail) = split(bytes)?;
        Ok(ReplyBytes {
            head,
            tail,
            reply: PhantomData,
        })
    }

    /// The reply without its tail.
    pub fn head(&self) -> Result<R, Garbled> {
        whole(self.head, "the answer")
    }

    /// `reply` (from [`head`](Self::head)) with its tail.
    pub fn finish(&self, mut reply: R) -> Result<R, Garbled> {
        reply.put_tail(whole(self.tail, "the answer's topology")?);
        Ok(reply)
    }
}

/// `bytes` read as one `T`, every byte used (anything left over means the bytes
/// were another type's).
pub(super) fn whole<T: DeserializeOwned>(bytes: &[u8], what: &str) -> Result<T, Garbled> {
    match postcard::take_from_bytes(bytes) {
        Ok((value, [])) => Ok(value),
        Ok((_, rest)) => Err(Garbled(format!("{what} has {} bytes too many", rest.len()))),
        Err(e) => Err(Garbled(format!("{what} is not one: {e}"))),
    }
}

/// Read the worker's last message for `job` in one go (the page reads it in steps,
/// see [`ReplyBytes`]): its reply, or the sentence saying why not. Progress,
/// readiness or the answer to another job here are a bug, told as
/// [`LoadErrorKind::Internal`](crate::issue::LoadErrorKind::Internal).
///
/// ```
/// use atlas_core::pipeline::message::{answer_bytes, read_answer, DecodeText, FromWorker, ReadTable};
/// let job = DecodeText { name: "a.csv".into() };
/// assert_eq!(read_answer(&job, &answer_bytes::<DecodeText>("Ø".into())).unwrap(), "Ø");
/// // progress where the answer is due, or another job's answer: a bug
/// let e = read_answer(&job, &FromWorker::Progress(0.5).to_bytes()).unwrap_err();
/// assert_eq!(e.kind.code(), "internal");
/// let table = ReadTable { name: "a.csv".into(), sidecar: None };
/// let e = read_answer(&table, &answer_bytes::<DecodeText>("Ø".into())).unwrap_err();
/// assert_eq!(e.kind.code(), "internal");
/// ```
pub fn read_answer<J: Job>(job: &J, message: &[u8]) -> Result<J::Reply, LoadError> {
    let name = job.name();
    let (said, rest) = FromWorker::read(message).map_err(|g| g.about(name))?;
    match said {
        FromWorker::Answered(kind) if kind == J::KIND => {
            let parts = ReplyBytes::<J::Reply>::new(rest).map_err(|g| g.about(name))?;
            let head = parts.head().map_err(|g| g.about(name))?;
            parts.finish(head).map_err(|g| g.about(name))
        }
        FromWorker::Failed(e) => Err(e),
        other => Err(unexpected(&other, J::KIND).about(name)),
    }
}

/// A message that is not the answer to a job of `kind`, in words for the report.
///
/// ```
/// use atlas_core::pipeline::message::{unexpected, FromWorker, JobKind};
/// let g = unexpected(&FromWorker::Answered(JobKind::Decode), JobKind::Table);
/// assert_eq!(g.0, "a Table job was answered as a Decode job");
/// ```
pub fn unexpected(said: &FromWorker, kind: JobKind) -> Garbled {
    match said {
        FromWorker::NotUnderstood(why) => {
            Garbled(format!("the worker did not understand the job: {why}"))
        }
        FromWorker::Answered(other) => {
            Garbled(format!("a {kind:?} job was answered as a {other:?} job"))
        }
        other => Garbled(format!("{other:?} where a {kind:?} job's answer was due")),
    }
}
