//! What the components and the exports both show, computed from the atlas state
//! without any view: the legend's rows and heading, the source line, how many
//! names the map labels. Components render these; `export` writes them to files.

pub mod change;
pub mod describe;
pub mod legend;
pub mod lisa;
pub mod map_document;
pub mod names;
pub mod smoothed;
pub mod source;
pub mod trend;

/// Above this many districts the map shows no name labels (on screen and in exports).
pub const MAX_LABELS: usize = 40;
