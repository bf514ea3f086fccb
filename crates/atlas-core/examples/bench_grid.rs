//! Prints where the time goes when a grid table (no geometry) becomes a map: its
//! squares made from the cell codes, the map geometry (projection, arc topology,
//! paths) by the general builder and from the lattice, the areas, the geometry's
//! encoding, and the whole loader-worker job with its answer's size.
//!
//! Run: `cargo run --release -p atlas-core --example bench_grid [table.csv ...]`
//! Without arguments it uses Danmarks Statistik's 1 km grid from `../shared/data`
//! (skipping with a message when absent) and, if present, the generated 100 m grid
//! `tests/e2e/artifacts/grid-100m.csv` (`node scripts/make-grid-100m.mjs`).

use atlas_core::geometry::grid_shapes::grid_geometry;
use atlas_core::geometry::shapes::build_geometry;
use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::import::grid_layer::boundaries_of_text;
use atlas_core::pipeline::message::{answer, ReadBoundaries};
use atlas_core::pipeline::{MAP_PADDING, MAP_WIDTH};
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if files.is_empty() {
        for p in [
            root.join("../shared/data/dk_geostat_1km_2021/befolkning_1km_2021_dk.csv"),
            root.join("tests/e2e/artifacts/grid-100m.csv"),
        ] {
            if p.exists() {
                files.push(p);
            } else {
                println!("SKIP: {} not found", p.display());
            }
        }
    }
    println!(
        "{:<30} {:>8} {:>10} {:>10} {:>10} {:>9} {:>10} {:>13} {:>10} {:>9}",
        "file",
        "cells",
        "squares ms",
        "general ms",
        "lattice ms",
        "areas ms",
        "encode ms",
        "worker job ms",
        "answer MB",
        "paths MB"
    );
    for f in files {
        let text = std::fs::read_to_string(&f).expect("readable file");
        let t0 = Instant::now();
        let Some(b) = boundaries_of_text(&text) else {
            println!("{}: not a grid table", f.display());
            continue;
        };
        let t1 = Instant::now();
        let geom = build_geometry(&b.value.districts, MAP_WIDTH, MAP_PADDING).expect("drawable");
        let t2 = Instant::now();
        let cells: Vec<_> = b
            .value
            .districts
            .iter()
            .filter_map(|d| atlas_core::geometry::grid_cell::GridCell::parse(&d.id))
            .collect();
        let tg = Instant::now();
        let direct = grid_geometry(&cells, MAP_WIDTH, MAP_PADDING).expect("the lattice");
        let direct_ms = tg.elapsed().as_secs_f64() * 1e3;
        let tk = Instant::now();
        let _ = atlas_core::geometry::area::areas_km2(&b.value.districts);
        let areas_ms = tk.elapsed().as_secs_f64() * 1e3;
        let te = Instant::now();
        let bytes = postcard::to_allocvec(&direct).map(|v| v.len()).unwrap_or(0);
        let encode_ms = te.elapsed().as_secs_f64() * 1e3;
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let job = ReadBoundaries {
            name: name.clone(),
            options: BoundaryOptions::default(),
        };
        let message = atlas_core::pipeline::message::ToWorker::from(job).to_bytes(text.as_bytes());
        let t3 = Instant::now();
        let out = answer(&message, |_| {});
        let t4 = Instant::now();
        let paths: usize = geom.paths.iter().map(String::len).sum();
        println!(
            "{:<30} {:>8} {:>10.0} {:>10.0} {:>10.0} {:>9.0} {:>10.0} {:>13.0} {:>10.1} {:>9.1}",
            name,
            b.value.districts.len(),
            (t1 - t0).as_secs_f64() * 1e3,
            (t2 - t1).as_secs_f64() * 1e3,
            direct_ms,
            areas_ms,
            encode_ms,
            (t4 - t3).as_secs_f64() * 1e3,
            out.len() as f64 / 1e6,
            paths as f64 / 1e6
        );
        let _ = bytes;
    }
}
