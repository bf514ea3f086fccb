//! Exports: the joined data and the A-vs-B comparison as CSV (`csv.rs`), and the
//! map as a standalone SVG document with title, legend, caption and source (`svg.rs`),
//! and the Udvikling chart with its series (`trend.rs`).

mod csv;
mod svg;
mod template;
mod trend;

pub use self::csv::{comparison_csv, csv_number, guard_cell, joined_csv};
pub use self::svg::{xml_escape, LegendEntry, MapDocument, MapImage};
#[cfg(feature = "read-files")]
pub use self::template::{grid_xlsx, template_xlsx};
pub use self::template::{template_csv, template_grid, template_sidecar, TemplateGrid};
pub use self::trend::{TrendDocument, TREND_COLOURS};
