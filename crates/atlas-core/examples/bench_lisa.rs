//! Prints how long the cluster map (LISA, 999 permutations) takes on the 2,148
//! parishes and the ~43,000-cell 1 km grid, all of it the loader worker's job but
//! the two ends (here natively; a browser takes about 1.5–3× as long): the
//! neighbours, the LISA in its slices, the first message (the shapes, encoded on
//! the page), the worker's whole job, and the answer's size and reading time on
//! the page.
//!
//! Run: `cargo run --release -p atlas-core --example bench_lisa [file.geojson ...]`
//! Without arguments: the parishes from `../shared/data` and the grid the end-to-end
//! suite or the benchmark generates (`tests/e2e/artifacts/` or `bench/out/`).

use atlas_core::classify::lisa::{LisaInput, LisaOptions, LisaRun};
use atlas_core::geometry::shapes::build_geometry;
use atlas_core::geometry::weights::{Weights, WeightsKind};
use atlas_core::pipeline::message::{answer, read_answer, ComputeLisa, ToWorker};
use atlas_core::pipeline::{parse_boundaries, MAP_PADDING, MAP_WIDTH};
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if files.is_empty() {
        let sogne = root.join("../shared/data/dk_dagi_2014/derived/sogne_from_topojson.geojson");
        let grid = [
            root.join("tests/e2e/artifacts/grid-1km.geojson"),
            root.join("bench/out/grid-1km.geojson"),
        ]
        .into_iter()
        .find(|p| p.exists());
        match (sogne.exists(), grid) {
            (true, g) => {
                files.push(sogne);
                files.extend(g);
            }
            (false, g) => {
                println!("SKIP: {} not found", sogne.display());
                files.extend(g);
            }
        }
        if files.len() < 2 {
            println!("SKIP: no grid; `node scripts/grid.mjs` or the e2e suite makes one");
        }
    }
    let ms = |t: Instant| t.elapsed().as_secs_f64() * 1000.0;
    println!(
        "| file | areas | queen ms | knn k=6 ms | LISA 999 ms | slices | longest slice ms | first message MB / page encodes ms | worker's whole job ms | answer MB | page reads ms |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for path in files {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
        let text = std::fs::read_to_string(&path).expect("readable");
        let b = parse_boundaries(&text, &Default::default()).expect("boundaries");
        let g = build_geometry(&b.value.districts, MAP_WIDTH, MAP_PADDING).expect("shapes");
        let n = b.value.districts.len();
        let t = Instant::now();
        let w = Weights::of(&g, WeightsKind::Queen);
        let queen = ms(t);
        let t = Instant::now();
        let _ = Weights::of(&g, WeightsKind::Knn(6));
        let knn = ms(t);
        // a made-up figure with a pattern: the cells' order runs north to south
        let x: Vec<Option<f64>> = (0..n)
            .map(|i| Some((i as f64 / n as f64) + ((i * 7919) % 13) as f64 / 13.0))
            .collect();
        let input = LisaInput {
            neighbours: w.into(),
            x: x.clone(),
            options: LisaOptions::default(),
            ..Default::default()
        };
        // the worker's slices, timed one by one
        let mut run = LisaRun::new(input.clone());
        let budget = (run.total() / 200).max(200_000);
        let (t, mut slices, mut longest) = (Instant::now(), 0, 0f64);
        while !run.done() {
            let s = Instant::now();
            run.step(budget);
            longest = longest.max(ms(s));
            slices += 1;
        }
        let lisa = ms(t);
        drop(run.finish());
        // the first map's message: the page encodes the shapes
        let t = Instant::now();
        let first = LisaInput::shapes_bytes(
            WeightsKind::Queen,
            &g.topology,
            &g.projection,
            &x,
            None,
            &[],
            LisaOptions::default(),
        );
        let encode = ms(t);
        let job = ComputeLisa {
            name: "klyngekortet".into(),
        };
        let t = Instant::now();
        let reply = answer(&ToWorker::from(job.clone()).to_bytes(&first), |_| ());
        let whole = ms(t);
        let t = Instant::now();
        let _ = read_answer(&job, &reply).expect("reads back");
        let read = ms(t);
        println!(
            "| {name} | {n} | {queen:.0} | {knn:.0} | {lisa:.0} | {slices} | {longest:.1} | {:.1} / {encode:.1} | {whole:.0} | {:.1} | {read:.1} |",
            first.len() as f64 / 1e6,
            reply.len() as f64 / 1e6
        );
    }
}
