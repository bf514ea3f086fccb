//! A built-in example's answers made ahead (`forberedt.bin`), so its first map
//! needs no worker.

use super::envelope::internal;
use super::jobs::{whole, BoundariesRead, TableRead};
use crate::issue::{InternalFault, LoadError};
use crate::present::examples::Example;
use serde::{Deserialize, Serialize};

/// A built-in example's boundaries and table, as the loader worker answers them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReadyExample {
    pub boundaries: BoundariesRead,
    pub table: TableRead,
}

/// The file name at the end of a path.
#[cfg(feature = "read-files")]
fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// What the worker would answer for example `ex`'s files (its GeoJSON, CSV and
/// sidecar texts), as the bytes `tools/derive` ships at `ex.ready`.
///
/// ```
/// use atlas_core::pipeline::message::{ready_example, read_ready_example};
/// use atlas_core::present::examples::DEMO;
/// let gj = r#"{"type":"Feature","properties":{"navn":"Østerbro","id":"02"},
///   "geometry":{"type":"Polygon","coordinates":[[[12.5,55.6],[12.7,55.6],[12.7,55.7],[12.5,55.6]]]}}"#;
/// let bytes = ready_example(&DEMO, gj, "id;indkomst\n02;300\n", "{}").unwrap();
/// let ready = read_ready_example(&bytes, &DEMO).unwrap();
/// assert_eq!(ready.boundaries.loaded.value.districts[0].name, "Østerbro");
/// assert_eq!(ready.table.loaded.value.rows[0].key, "02");
/// ```
#[cfg(feature = "read-files")]
pub fn ready_example(
    ex: &Example,
    geojson: &str,
    csv: &str,
    meta: &str,
) -> Result<Vec<u8>, LoadError> {
    use super::jobs::{ReadBoundaries, ReadTable};
    use crate::import::sidecar::parse_sidecar;
    let boundaries = ReadBoundaries {
        name: file_name(ex.boundaries).to_owned(),
        options: crate::import::boundaries::BoundaryOptions {
            noun: Some(ex.noun),
            ..Default::default()
        },
    }
    .run(geojson.as_bytes(), &mut |_| ())?;
    let table = ReadTable {
        name: file_name(ex.table).to_owned(),
        sidecar: Some(parse_sidecar(meta)?),
    }
    .run(csv.as_bytes(), &mut |_| ())?;
    postcard::to_allocvec(&ReadyExample { boundaries, table })
        .map_err(|e| internal(ex.ready, InternalFault::Writing, e.to_string()))
}

/// Read the bytes made by [`ready_example`]. Bytes that are not (a broken or stale
/// file: a bug, never the user's) are [`InternalFault::ReadyAnswers`]; the page
/// then has the worker read the example's files.
///
/// ```
/// use atlas_core::pipeline::message::read_ready_example;
/// use atlas_core::present::examples::DEMO;
/// let e = read_ready_example(b"<!DOCTYPE html>", &DEMO).unwrap_err();
/// assert_eq!(e.kind.code(), "internal");
/// ```
pub fn read_ready_example(bytes: &[u8], ex: &Example) -> Result<ReadyExample, LoadError> {
    whole(bytes, "the ready answers")
        .map_err(|g| internal(ex.ready, InternalFault::ReadyAnswers, g.0))
}
