//! Helpers shared by the tests that read the real Danish files in `../shared/data`
//! (by path, never copied; each test skips with a message when the folder is absent).
#![allow(dead_code)] // each test file uses some of these

use geo::{Coord, LineString, Polygon};
use std::path::PathBuf;

/// The real boundary files with polygons: Copenhagen's kvarterer and roder, the
/// parishes and DAGI's municipalities.
pub const REAL_POLYGON_FILES: [&str; 4] = [
    "cph_kvarterer/kvarter.geojson",
    "cph_kk_opendata_2014/rode.geojson",
    "dk_dagi_2014/derived/sogne_from_topojson.geojson",
    "dk_dagi_2014/kommuner.geojson",
];

/// Path of `rel` in the shared data folder.
pub fn shared_path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data")
        .join(rel)
}

/// The text of `rel` in the shared data folder, or `None` (with a SKIP line).
pub fn shared(rel: &str) -> Option<String> {
    let p = shared_path(rel);
    match std::fs::read_to_string(&p) {
        Ok(t) => Some(t),
        Err(_) => {
            eprintln!(
                "SKIP: {} not found (shared data folder absent)",
                p.display()
            );
            None
        }
    }
}

/// Every polygon of a GeoJSON FeatureCollection, as geo polygons in the file's
/// coordinates (multipolygons split into their parts).
pub fn polygons(text: &str) -> Vec<Polygon<f64>> {
    let gj: geojson::GeoJson = text.parse().expect("GeoJSON");
    let geojson::GeoJson::FeatureCollection(fc) = gj else {
        panic!("not a FeatureCollection")
    };
    let ring = |r: &Vec<geojson::Position>| {
        LineString(
            r.iter()
                .map(|c| Coord {
                    x: c.as_slice()[0],
                    y: c.as_slice()[1],
                })
                .collect(),
        )
    };
    fc.features
        .into_iter()
        .filter_map(|f| f.geometry)
        .flat_map(|g| match g.value {
            geojson::GeometryValue::Polygon { coordinates } => vec![coordinates],
            geojson::GeometryValue::MultiPolygon { coordinates } => coordinates,
            _ => Vec::new(),
        })
        .map(|p| Polygon::new(ring(&p[0]), p[1..].iter().map(ring).collect()))
        .collect()
}
