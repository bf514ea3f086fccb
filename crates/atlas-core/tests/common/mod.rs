//! Helpers shared by the tests: the demo atlas, and the real Danish files in `../shared/data`
//! (by path, never copied). Without the folder they fail with a sentence, unless
//! `ATLAS_SKIP_SHARED=1` asks for visible skips.
#![allow(dead_code)] // each test file uses some of these

use geo::{Coord, LineString, Polygon};

/// The embedded demo's files (the app fetches the same ones from `public/demo/`).
pub const DEMO_GEOJSON: &str = include_str!("../../../../public/demo/bydele.geojson");
pub const DEMO_CSV: &str = include_str!("../../../../public/demo/indikatorer.csv");
pub const DEMO_META: &str = include_str!("../../../../public/demo/indikatorer.meta.json");

/// The demo's boundaries joined with its table, through the user's loaders.
pub fn demo_atlas() -> atlas_core::Atlas {
    use atlas_core::import::boundaries::BoundaryOptions;
    let b = atlas_core::pipeline::parse_boundaries(DEMO_GEOJSON, &BoundaryOptions::default())
        .expect("the demo boundaries load");
    let sidecar = atlas_core::import::sidecar::parse_sidecar(DEMO_META).expect("the demo metadata");
    let t = atlas_core::import::table::parse_csv(DEMO_CSV, Some(&sidecar)).expect("the demo table");
    atlas_core::join::join(&b.value, t.value).value
}
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

/// The text of `rel` in the shared data folder.
///
/// A test that needs the real files fails with a sentence when they are absent,
/// unless `ATLAS_SKIP_SHARED=1` is set: then it returns `None`, writes a `SKIP` line
/// straight to stderr (past libtest's capture, so it shows) and counts the skip in
/// `target/tmp/shared-skips.txt`, which `scripts/test.sh` sums up.
pub fn shared(rel: &str) -> Option<String> {
    let bytes = shared_bytes(rel)?;
    match String::from_utf8(bytes) {
        Ok(t) => Some(t),
        Err(e) => panic!("{rel} in the shared data folder is not UTF-8 text: {e}"),
    }
}

/// The bytes of `rel` in the shared data folder; absent as for [`shared`].
pub fn shared_bytes(rel: &str) -> Option<Vec<u8>> {
    let p = shared_path(rel);
    match std::fs::read(&p) {
        Ok(b) => Some(b),
        Err(e) => {
            if std::env::var("ATLAS_SKIP_SHARED").as_deref() == Ok("1") {
                record_skip(rel);
                None
            } else {
                panic!(
                    "This test reads the real file {rel} from the shared data folder, \
                     but {} could not be read ({e}). Put the shared folder beside the \
                     repository (see shared/data/SOURCES.md), or set ATLAS_SKIP_SHARED=1 \
                     to skip the real-data tests on purpose.",
                    p.display()
                )
            }
        }
    }
}

fn record_skip(rel: &str) {
    use std::io::Write;
    let test = std::thread::current()
        .name()
        .unwrap_or("a real-data test")
        .to_string();
    // Written to the raw stream: libtest captures `eprintln!`, not this.
    let _ = writeln!(
        std::io::stderr(),
        "SKIP (ATLAS_SKIP_SHARED=1): {test} needs {rel}"
    );
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("shared-skips.txt"))
    {
        let _ = writeln!(f, "{test}\t{rel}");
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
pub mod pysal;
pub mod worker;

/// The kommuner example's folder (`public/eksempler/kommuner`).
pub const KOMMUNER: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../public/eksempler/kommuner"
);

/// The 98 municipalities as the app draws them, with their figures (the kommuner
/// example, read through the user's loaders).
pub fn kommuner() -> (atlas_core::Atlas, atlas_core::geometry::shapes::MapGeometry) {
    use atlas_core::pipeline::{parse_boundaries, MAP_PADDING, MAP_WIDTH};
    let read = |name: &str| {
        std::fs::read_to_string(format!("{KOMMUNER}/{name}"))
            .unwrap_or_else(|e| panic!("the kommuner example's {name} could not be read: {e}"))
    };
    let b = parse_boundaries(&read("kommuner.geojson"), &Default::default()).expect("boundaries");
    let g =
        atlas_core::geometry::shapes::build_geometry(&b.value.districts, MAP_WIDTH, MAP_PADDING)
            .expect("shapes");
    let sc = atlas_core::import::sidecar::parse_sidecar(&read("tal.meta.json")).expect("sidecar");
    let t = atlas_core::import::table::parse_csv(&read("tal.csv"), Some(&sc)).expect("table");
    (atlas_core::join::join(&b.value, t.value).value, g)
}
