//! The worker's side: each job run to the end with the core's own stepped loaders
//! (feature `read-files`: the page's build carries no file readers).

use super::envelope::{internal, FromWorker, ToWorker};
use super::jobs::{
    answer_bytes, BoundariesRead, ComputeLisa, CornerTable, DecodeText, Job, LisaAnswer,
    ReadBoundaries, ReadTable, TableRead, WriteTemplate,
};
use crate::classify::lisa::{LisaInput, LisaRun};
use crate::geometry::area::areas_km2;
use crate::geometry::shapes::BASE_TOLERANCE;
use crate::import::decode::decode_text;
use crate::import::table_load::{TableLoad, TABLE_SLICE_ROWS};
use crate::issue::{InternalFault, LoadError};
use crate::pipeline::{BoundaryLoad, Budget, Phase, MAP_WIDTH};
use crate::present::export::grid_xlsx;
use std::sync::Arc;

impl ToWorker {
    /// Run the job on `file` to the end, telling `progress` (0–1) after each step.
    /// The answer is encoded later ([`Answer::into_bytes`]), so the worker can drop
    /// the file's bytes first.
    pub fn run(&self, file: &[u8], mut progress: impl FnMut(f64)) -> Answer {
        match self {
            ToWorker::Boundaries(job) => Answer::of(job, job.run(file, &mut progress)),
            ToWorker::Table(job) => Answer::of(job, job.run(file, &mut progress)),
            ToWorker::Decode(job) => Answer::of(job, Ok(job.run(file))),
            ToWorker::WriteTemplate(job) => Answer::of(job, job.run()),
            ToWorker::Lisa(job) => Answer::of(job, job.run(file, &mut progress)),
            ToWorker::SumCells(job) => Answer::of(job, job.run(file, &mut progress)),
            // the worker acts on these itself (crates/loader-worker); here, a bug
            #[cfg(feature = "test-hooks")]
            ToWorker::Fail { fault, .. } => Answer::said(FromWorker::NotUnderstood(format!(
                "{fault:?} was asked for and not acted on"
            ))),
        }
    }
}

/// A job's answer, not yet encoded: the reply, or the refusal.
pub struct Answer(Box<dyn FnOnce() -> Vec<u8>>);

impl Answer {
    fn of<J: Job>(_: &J, result: Result<J::Reply, LoadError>) -> Answer
    where
        J::Reply: 'static,
    {
        match result {
            Ok(reply) => Answer(Box::new(move || answer_bytes::<J>(reply))),
            Err(e) => Answer::said(FromWorker::Failed(e)),
        }
    }

    fn said(message: FromWorker) -> Answer {
        Answer(Box::new(move || message.to_bytes()))
    }

    /// The bytes the worker posts: [`FromWorker::Answered`] and the reply
    /// ([`answer_bytes`]), or [`FromWorker::Failed`].
    pub fn into_bytes(self) -> Vec<u8> {
        (self.0)()
    }
}

/// The worker's whole turn: read the page's `message`, run its job, answer.
///
/// ```
/// use atlas_core::pipeline::message::{answer, read_answer, ReadTable, ToWorker};
/// let job = ReadTable { name: "tal.csv".into(), sidecar: None };
/// let message = ToWorker::from(job.clone()).to_bytes(b"kode;indkomst\n01;312400\n");
/// let read = read_answer(&job, &answer(&message, |_| ())).unwrap();
/// assert_eq!(read.loaded.value.rows[0].key, "01");
/// ```
pub fn answer(message: &[u8], progress: impl FnMut(f64)) -> Vec<u8> {
    match ToWorker::read(message) {
        Ok((job, file)) => job.run(file, progress).into_bytes(),
        Err(garbled) => FromWorker::NotUnderstood(garbled.0).to_bytes(),
    }
}

impl ReadBoundaries {
    /// Read and shape the boundaries in `bytes`, telling `progress` (0–1).
    pub fn run(
        &self,
        bytes: &[u8],
        progress: &mut impl FnMut(f64),
    ) -> Result<BoundariesRead, LoadError> {
        let text: Arc<str> = Arc::from(String::from_utf8_lossy(bytes));
        let mut load = BoundaryLoad::new(text, self.options.clone(), Some(MAP_WIDTH))?;
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
        loaded.value.areas_km2 = match loaded.value.grid {
            // a grid's cells are measured from their codes (their rings never made)
            Some(_) => {
                let cells: Vec<_> = loaded
                    .value
                    .districts
                    .iter()
                    .filter_map(|d| crate::geometry::grid_cell::GridCell::parse(&d.id))
                    .collect();
                crate::geometry::grid_shapes::cell_areas_km2(&cells)
            }
            None => areas_km2(&loaded.value.districts),
        };
        Ok(BoundariesRead { loaded, geometry })
    }
}

impl ReadTable {
    /// Read the table in `bytes` a slice of rows at a time, telling `progress` (0–1).
    pub fn run(
        &self,
        bytes: &[u8],
        progress: &mut impl FnMut(f64),
    ) -> Result<TableRead, LoadError> {
        let text = decode_text(bytes).0;
        // a table that names grid cells is keyed by them (the cells' squares are
        // its boundaries: see `grid_layer`)
        let chosen = self.sidecar.as_ref().and_then(|s| s.grid);
        let keyed = (!bytes.starts_with(b"PK"))
            .then(|| crate::import::grid_layer::keyed_text_as(&text, chosen))
            .flatten();
        let bytes = keyed.as_ref().map_or(bytes, |(k, _)| k.as_bytes());
        let mut load = TableLoad::new(bytes, &self.name, self.sidecar.as_ref())?;
        loop {
            let f = load.step(TABLE_SLICE_ROWS)?;
            if f >= 1.0 {
                break;
            }
            progress(f);
        }
        let loaded = load.finish()?;
        Ok(match keyed {
            Some((keyed, Some(reading))) => TableRead {
                loaded,
                text: keyed,
                corners: Some(CornerTable {
                    original: text,
                    reading,
                }),
            },
            Some((keyed, None)) => TableRead {
                loaded,
                text: keyed,
                corners: None,
            },
            None => TableRead {
                loaded,
                text,
                corners: None,
            },
        })
    }
}

impl DecodeText {
    /// The text of `bytes`, its encoding detected.
    pub fn run(&self, bytes: &[u8]) -> String {
        decode_text(bytes).0
    }
}

impl WriteTemplate {
    /// The workbook's bytes; a writer that fails is a bug ([`InternalFault::Writing`]).
    pub fn run(&self) -> Result<Vec<u8>, LoadError> {
        grid_xlsx(&self.grid).map_err(|e| internal(&self.name, InternalFault::Writing, e))
    }
}

impl ComputeLisa {
    /// The cluster map of the [`LisaInput`] in `bytes`, a slice at a time, telling
    /// `progress` (0–1). Bytes that are not one are a bug in the page.
    pub fn run(
        &self,
        bytes: &[u8],
        progress: &mut impl FnMut(f64),
    ) -> Result<LisaAnswer, LoadError> {
        let input = LisaInput::from_bytes(bytes).ok_or_else(|| {
            internal(
                &self.name,
                InternalFault::Protocol,
                "the cluster map's figures are not one".into(),
            )
        })?;
        let mut run = LisaRun::new(input);
        // about 200 slices, none smaller than 200,000 draws (a few milliseconds)
        let budget = (run.total() / 200).max(200_000);
        while !run.done() {
            progress(run.step(budget));
        }
        let (map, weights) = run.finish();
        Ok(LisaAnswer { map, weights })
    }
}
