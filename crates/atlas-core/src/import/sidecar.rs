//! The optional metadata file beside a table: labels, units, years, sources and
//! polarity per column (`*.meta.json`).

use crate::issue::{LoadError, LoadErrorKind};
use crate::model::indicator::{DatasetMeta, IndicatorMeta};
use serde::{Deserialize, Serialize};

/// The optional JSON file that describes a table's columns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct Sidecar {
    #[serde(default)]
    pub dataset: DatasetMeta,
    #[serde(default)]
    pub key_column: Option<String>,
    #[serde(default)]
    pub name_column: Option<String>,
    #[serde(default)]
    pub time_column: Option<String>,
    #[serde(default)]
    pub indicators: Vec<IndicatorMeta>,
    /// A grid table's corner columns as the user chose to read them (the grid
    /// dialog); `None`: as recognised.
    #[serde(default)]
    pub grid: Option<crate::import::grid_layer::GridReading>,
}

/// Parse a metadata sidecar.
pub fn parse_sidecar(text: &str) -> Result<Sidecar, LoadError> {
    serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
        LoadError::new(LoadErrorKind::MetadataUnreadable {
            line: e.line(),
            column: e.column(),
            detail: e.to_string(),
        })
    })
}
