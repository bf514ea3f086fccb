//! Reading what planners have: bytes decoded to text (UTF-8, Windows-1252, mixed),
//! size limits, GeoJSON boundaries (scanned feature by feature, checked, reprojected,
//! keyed and merged), and indicator tables (CSV/TSV/JSON/spreadsheets → a grid →
//! columns detected → indicators × years × areas, with an optional metadata sidecar).
//! Recoverable problems come back as [`crate::issue::Issue`]s beside the value.

pub mod as_json;
pub mod boundaries;
pub mod cells;
pub mod columns;
pub mod cube;
#[cfg(feature = "read-files")]
pub mod decode;
pub mod grid;
pub mod grid_layer;
pub mod limits;
pub mod paste;
pub mod pivot;
pub mod scan;
pub mod sidecar;
#[cfg(feature = "read-files")]
pub mod spreadsheet;
pub mod table;
#[cfg(feature = "read-files")]
pub mod table_load;
