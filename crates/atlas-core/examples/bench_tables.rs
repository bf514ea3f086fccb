//! Prints how long a long statbank table takes to read, pivot and choose from, and
//! the longest single step the app would run between two frames.
//!
//! Run: `cargo run --release -p atlas-core --example bench_tables [file.csv ...]`
//! Without arguments it reads the generated export the end-to-end suite writes
//! (`tests/e2e/artifacts/statbank-long.csv`, made by `node tests/e2e/statbank.mjs`)
//! and, if present, the real population forecast `Be62.xlsx` from `../shared/data`.

use atlas_core::import::table_load::{TableLoad, TABLE_SLICE_ROWS};
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if files.is_empty() {
        for p in [
            root.join("tests/e2e/artifacts/statbank-long.csv"),
            root.join("../shared/data/cph_statbank_bydel_straubinger/Be62.xlsx"),
        ] {
            if p.exists() {
                files.push(p);
            } else {
                println!("SKIP: {} not found", p.display());
            }
        }
    }
    for path in files {
        let bytes = std::fs::read(&path).expect("readable");
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("table");
        let t0 = Instant::now();
        let mut load = match TableLoad::new(&bytes, name, None) {
            Ok(l) => l,
            Err(e) => {
                println!("{name}: {}", e.sentence(atlas_core::Lang::En));
                continue;
            }
        };
        let start = t0.elapsed();
        let mut steps = 0usize;
        let mut longest = start;
        let mut longest_at = 0.0;
        let mut before = 0.0;
        loop {
            let s = Instant::now();
            let f = load.step(TABLE_SLICE_ROWS).expect("steps");
            if s.elapsed() > longest {
                longest = s.elapsed();
                longest_at = before;
            }
            before = f;
            steps += 1;
            if f >= 1.0 {
                break;
            }
        }
        let t = load.finish().expect("a table").value;
        let read = t0.elapsed();
        let c0 = Instant::now();
        let (_, _, picks) = t.choose(&[]);
        let choose = c0.elapsed();
        let combos: usize = t
            .cubes
            .iter()
            .map(|c| c.dims.iter().map(|d| d.categories.len()).product::<usize>())
            .sum();
        println!(
            "{name}: {:.1} MB, {} areas, {} indicators, {} dimensions ({} combinations); \
             read in {:.0} ms over {steps} steps of {TABLE_SLICE_ROWS} rows \
             (start {:.1} ms, longest step {:.1} ms after {:.0} %); choose {:.1} ms",
            bytes.len() as f64 / 1e6,
            t.rows.len(),
            t.indicators.len(),
            picks.first().map(|p| p.dims.len()).unwrap_or(0),
            combos,
            read.as_secs_f64() * 1e3,
            start.as_secs_f64() * 1e3,
            longest.as_secs_f64() * 1e3,
            longest_at * 100.0,
            choose.as_secs_f64() * 1e3,
        );
    }
}
