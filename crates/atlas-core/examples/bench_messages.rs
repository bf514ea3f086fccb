//! Prints, per boundary file, how large the loader worker's answer is and how long
//! the page takes to read it (the part of a load left on the page's thread; natively
//! here, so a browser takes about 1.5–3× as long).
//!
//! Run: `cargo run --release -p atlas-core --example bench_messages [file.geojson ...]`
//! Without arguments: the parishes from `../shared/data` and, if present, the files
//! the end-to-end suite generates (the densified 52 MB parishes, the 1 km grid).

use atlas_core::pipeline::message::{answer, read_answer, ReadBoundaries, ToWorker};
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if files.is_empty() {
        for p in [
            root.join("../shared/data/dk_dagi_2014/derived/sogne_from_topojson.geojson"),
            root.join("tests/e2e/artifacts/generated-50mb.geojson"),
            root.join("tests/e2e/artifacts/grid-1km.geojson"),
        ] {
            if p.exists() {
                files.push(p);
            } else {
                println!("SKIP: {} not found", p.display());
            }
        }
    }
    println!("| file | file MB | worker reads s | answer MB | page reads answer ms |");
    println!("|---|---:|---:|---:|---:|");
    for path in files {
        let bytes = std::fs::read(&path).expect("readable");
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
        let job = ReadBoundaries {
            name: name.to_owned(),
            options: Default::default(),
        };
        let message = ToWorker::from(job.clone()).to_bytes(&bytes);
        let t = Instant::now();
        let encoded = answer(&message, |_| ());
        let read = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let back = read_answer(&job, &encoded).expect("reads back");
        let decode = t.elapsed().as_secs_f64() * 1000.0;
        drop(back);
        println!(
            "| {name} | {:.1} | {read:.2} | {:.1} | {decode:.1} |",
            bytes.len() as f64 / 1e6,
            encoded.len() as f64 / 1e6
        );
    }
}
