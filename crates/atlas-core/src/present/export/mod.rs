//! Exports: the joined data and the A-vs-B comparison as CSV (`csv.rs`), and the
//! map as a standalone SVG document with title, legend, caption and source (`svg.rs`).

mod csv;
mod svg;

pub use self::csv::{comparison_csv, csv_number, guard_cell, joined_csv};
pub use self::svg::{xml_escape, LegendEntry, MapDocument};
