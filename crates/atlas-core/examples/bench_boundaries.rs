//! Prints how long each loading phase takes on real and generated boundary files.
//!
//! Run: `cargo run --release -p atlas-core --example bench_boundaries [file.geojson ...]`
//! Without arguments it uses the parishes and kvarterer from `../shared/data` (skipping
//! with a message when absent) and, if present, the generated 50 MB file that the
//! end-to-end suite writes to `tests/e2e/artifacts/generated-50mb.geojson`.

use atlas_core::geometry::shapes::build_geometry;
use atlas_core::import::boundaries::{BoundaryBuilder, BoundaryOptions};
use atlas_core::import::scan::FeatureScanner;
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if files.is_empty() {
        let shared = root.join("../shared/data");
        for rel in [
            "cph_kvarterer/kvarter.geojson",
            "dk_dagi_2014/derived/sogne_from_topojson.geojson",
        ] {
            let p = shared.join(rel);
            if p.exists() {
                files.push(p);
            } else {
                println!("SKIP: {} not found", p.display());
            }
        }
        let big = root.join("tests/e2e/artifacts/generated-50mb.geojson");
        if big.exists() {
            files.push(big);
        } else {
            println!(
                "SKIP: {} not generated (run the e2e suite once)",
                big.display()
            );
        }
    }
    println!(
        "{:<34} {:>8} {:>9} {:>9} {:>9} {:>9} {:>9} {:>10}",
        "file", "MB", "parse ms", "finish ms", "geom ms", "districts", "vertices", "drawn@z1"
    );
    for f in files {
        let text = std::fs::read_to_string(&f).expect("readable file");
        let t0 = Instant::now();
        let mut scanner = FeatureScanner::new();
        let mut builder = BoundaryBuilder::new(BoundaryOptions::default());
        loop {
            let step = scanner.scan(&text, 256 * 1024).expect("scannable");
            builder.feed(&text, &step).expect("feedable");
            if step.done {
                break;
            }
        }
        let t1 = Instant::now();
        let loaded = builder.finish().expect("usable");
        let t2 = Instant::now();
        let geom = build_geometry(&loaded.value.districts, 1000.0, 16.0).expect("drawable");
        let t3 = Instant::now();
        let vertices: usize = loaded
            .value
            .districts
            .iter()
            .flat_map(|d| &d.geometry.0)
            .map(|p| p.exterior().0.len())
            .sum();
        let drawn: usize = geom
            .paths
            .iter()
            .map(|p| p.matches(['M', 'L']).count())
            .sum();
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        println!(
            "{:<34} {:>8.1} {:>9.0} {:>9.0} {:>9.0} {:>9} {:>9} {:>10}",
            name,
            text.len() as f64 / 1e6,
            (t1 - t0).as_secs_f64() * 1e3,
            (t2 - t1).as_secs_f64() * 1e3,
            (t3 - t2).as_secs_f64() * 1e3,
            loaded.value.districts.len(),
            vertices,
            drawn
        );
    }
}
