//! The stages run in the order the app needs them: a boundary file is read and
//! shaped by one stepped [`BoundaryLoad`] (scan → feed → check → project → topology
//! → paths), and boundaries and a table become the [`Model`] the atlas view draws
//! (join, issues gathered, sources named). The app only yields to the browser
//! between steps; the native parse, the fuzz target and the benchmark run the same
//! loader to the end.

mod boundary_load;
mod dissolve;
mod edits;
mod grouping;
pub mod message;
mod model;
#[cfg(feature = "read-files")]
mod sum_cells;

pub use boundary_load::{parse_boundaries, BoundaryLoad, Budget, Phase, Progress};
pub use dissolve::{spec_as_groups, spec_as_parts};
pub use edits::{apply_edits, apply_edits_with, EditOutcome, HAND_SOURCE};
pub use grouping::Part;
pub use model::{
    build_model, build_model_with, BoundarySet, Model, TableSet, MAP_PADDING, MAP_WIDTH,
};
