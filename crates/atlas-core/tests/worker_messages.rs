//! The loader worker's messages: every job and its one reply survive the trip page →
//! worker → page unchanged (less the lon/lat rings, which stay in the worker, their
//! areas sent instead) (real parishes, the demo, a statbank spreadsheet, a refused
//! file). A bug on either side of the boundary: `worker_faults.rs`.

mod common;

use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::import::sidecar::parse_sidecar;
use atlas_core::pipeline::message::{
    read_answer, BoundariesRead, DecodeText, FromWorker, JobKind, ReadBoundaries, ReadTable,
    ReplyBytes, ToWorker, WriteTemplate,
};
use atlas_core::Lang;
use common::worker::{boundaries, round_trip, worker_answer};
use common::{shared, shared_bytes, DEMO_CSV, DEMO_GEOJSON, DEMO_META};

/// What the page should get: the answer without the lon/lat rings, which stay in
/// the worker (the page draws from the shaped geometry; the areas come instead).
fn without_rings(read: &BoundariesRead) -> BoundariesRead {
    let mut r = read.clone();
    for d in &mut r.loaded.value.districts {
        d.geometry = geo::MultiPolygon::new(Vec::new());
    }
    r
}

#[test]
fn demo_boundaries_cross_unchanged() {
    let job = boundaries("bydele.geojson");
    let sent = job
        .run(DEMO_GEOJSON.as_bytes(), &mut |_| ())
        .expect("the demo reads");
    let back = round_trip(&job, DEMO_GEOJSON.as_bytes()).expect("an answer");
    assert_eq!(
        back.loaded.value.districts.len(),
        11,
        "the demo's eleven districts"
    );
    assert_eq!(back.geometry.paths.len(), 11);
    assert_eq!(back, without_rings(&sent));
    // the areas the derived per-km² indicators need came instead of the rings
    assert_eq!(
        back.loaded.value.areas_km2,
        atlas_core::geometry::area::areas_km2(&sent.loaded.value.districts)
    );
    assert!(back
        .loaded
        .value
        .areas_km2
        .iter()
        .all(|a| a.is_some_and(|a| a > 1.0)));
}

#[test]
fn real_parishes_cross_unchanged() {
    let Some(text) = shared("dk_dagi_2014/derived/sogne_from_topojson.geojson") else {
        return;
    };
    let job = boundaries("sogne.geojson");
    let sent = job
        .run(text.as_bytes(), &mut |_| ())
        .expect("the parishes read");
    let back = round_trip(&job, text.as_bytes()).expect("an answer");
    assert!(
        back.loaded.value.districts.len() > 2000,
        "the parishes are there"
    );
    assert_eq!(back.geometry.paths.len(), back.loaded.value.districts.len());
    // Same districts, same topology, same paths: equality of the whole answer
    // (less the rings, which stay in the worker).
    assert_eq!(back, without_rings(&sent));
    assert_eq!(
        back.loaded.value.areas_km2.len(),
        back.loaded.value.districts.len()
    );
}

#[test]
fn demo_table_with_sidecar_crosses_unchanged() {
    let sidecar = parse_sidecar(DEMO_META).expect("demo metadata");
    let job = ReadTable {
        name: "indikatorer.csv".into(),
        sidecar: Some(sidecar),
    };
    // the job itself crosses whole, the file's bytes behind it
    let message = ToWorker::from(job.clone()).to_bytes(DEMO_CSV.as_bytes());
    let (sent, file) = ToWorker::read(&message).expect("a job");
    assert_eq!(
        (sent, file),
        (ToWorker::Table(job.clone()), DEMO_CSV.as_bytes())
    );
    let back = round_trip(&job, DEMO_CSV.as_bytes()).expect("an answer");
    assert!(back.loaded.value.indicators.len() >= 5);
    assert!(back
        .loaded
        .value
        .indicators
        .iter()
        .all(|m| !m.label_da.is_empty()));
    assert_eq!(
        back.text.trim_start_matches('\u{feff}'),
        DEMO_CSV.trim_start_matches('\u{feff}')
    );
    assert_eq!(
        back,
        job.run(DEMO_CSV.as_bytes(), &mut |_| ()).expect("reads")
    );
}

#[test]
fn statbank_spreadsheet_crosses_unchanged() {
    let Some(bytes) = shared_bytes("cph_statbank_bydel_straubinger/Be62.xlsx") else {
        return;
    };
    let job = ReadTable {
        name: "Be62.xlsx".into(),
        sidecar: None,
    };
    let back = round_trip(&job, &bytes).expect("a table");
    assert_eq!(back, job.run(&bytes, &mut |_| ()).expect("reads"));
}

#[test]
fn a_refused_file_crosses_as_its_own_sentence() {
    let job = ReadTable {
        name: "tom.csv".into(),
        sidecar: None,
    };
    let e = round_trip(&job, b"").expect_err("an empty table is refused");
    assert_eq!(Err(e.clone()), job.run(b"", &mut |_| ()));
    assert_ne!(e.kind.code(), "internal", "the user's file, not a bug");
    assert!(!e.sentence(Lang::Da).is_empty());
}

#[test]
fn boundary_options_travel_in_the_job() {
    let options = BoundaryOptions {
        key_property: Some("sognekode".into()),
        name_property: Some("sognenavn".into()),
        crs: Some(atlas_core::geometry::crs::Crs::Utm32),
        noun: Some(atlas_core::text::noun::Noun::Sogn),
    };
    let job = ReadBoundaries {
        name: "sogne.geojson".into(),
        options,
    };
    let message = ToWorker::from(job.clone()).to_bytes(b"{}");
    assert_eq!(
        ToWorker::read(&message).expect("reads back").0,
        ToWorker::Boundaries(job)
    );
}

#[test]
fn the_template_workbook_is_written_by_a_job_and_reads_back() {
    use atlas_core::import::table::parse_table_bytes;
    use atlas_core::present::export::template_grid;
    let atlas = common::demo_atlas();
    let job = WriteTemplate {
        name: "skabelon.xlsx".into(),
        grid: template_grid(&atlas),
    };
    // the grid travels in the job, missing figures as missing
    let message = ToWorker::from(job.clone()).to_bytes(&[]);
    assert_eq!(
        ToWorker::read(&message).expect("a job").0,
        ToWorker::WriteTemplate(job.clone())
    );
    let bytes = round_trip(&job, &[]).expect("a workbook");
    assert!(bytes.starts_with(b"PK"), "an XLSX is a zip");
    let table = parse_table_bytes(&bytes, "skabelon.xlsx", None).expect("the template reads back");
    assert_eq!(table.value.rows.len(), atlas.districts.len());
}

#[test]
fn text_that_is_not_utf8_is_decoded_by_a_job() {
    // «Østerbro;Nørrebro» as Windows-1252 saves it
    let job = DecodeText {
        name: "bydele.csv".into(),
    };
    let text = round_trip(&job, b"\xd8sterbro;N\xf8rrebro").expect("text");
    assert_eq!(text, "Østerbro;Nørrebro");
}

#[test]
fn the_pruned_answer_draws_the_same_paths_at_every_zoom() {
    use atlas_core::pipeline::{BoundaryLoad, MAP_WIDTH};
    let Some(text) = shared("cph_kvarterer/kvarter.geojson") else {
        return;
    };
    let mut load = BoundaryLoad::new(
        text.as_str().into(),
        BoundaryOptions::default(),
        Some(MAP_WIDTH),
    )
    .expect("loads");
    load.run().expect("runs");
    let (_, whole) = load.finish_shaped().expect("shaped");
    let sent = boundaries("kvarter.geojson")
        .run(text.as_bytes(), &mut |_| ())
        .expect("reads")
        .geometry;
    assert!(sent.topology.vertex_count() <= whole.topology.vertex_count());
    for zoom in [1.0, 2.0, 8.0, 32.0, 256.0] {
        assert_eq!(
            sent.paths_at_zoom(zoom),
            whole.paths_at_zoom(zoom),
            "the same paths at zoom {zoom}"
        );
    }
}

#[test]
fn a_boundaries_answer_reads_in_two_steps_topology_last() {
    let job = boundaries("bydele.geojson");
    let bytes = worker_answer(&job, DEMO_GEOJSON.as_bytes());
    let (said, reply) = FromWorker::read(&bytes).expect("a message");
    assert_eq!(said, FromWorker::Answered(JobKind::Boundaries));
    let parts = ReplyBytes::<BoundariesRead>::new(reply).expect("splits");
    let head = parts.head().expect("the head reads");
    assert_eq!(
        head.geometry.topology.district_count(),
        0,
        "no topology yet"
    );
    assert_eq!(head.geometry.paths.len(), 11, "but the paths are there");
    let whole = parts.finish(head).expect("the topology reads");
    assert_eq!(Ok(whole), read_answer(&job, &bytes));
    // the page copies only the envelope to know what came
    let mut copied = 0;
    let (said, rest) = FromWorker::read_with(bytes.len(), |r| {
        copied += r.len();
        bytes[r].to_vec()
    })
    .expect("an envelope");
    assert_eq!(said, FromWorker::Answered(JobKind::Boundaries));
    assert!(
        copied < 16 && rest < 16,
        "{copied} bytes copied, reply at {rest}"
    );
}

#[test]
fn progress_and_readiness_cross_as_themselves() {
    for said in [FromWorker::Ready, FromWorker::Progress(0.25)] {
        let bytes = said.to_bytes();
        assert_eq!(FromWorker::read(&bytes), Ok((said, &[][..])));
    }
}
