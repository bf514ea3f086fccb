//! The loader worker's messages: a job header and every kind of answer survive the
//! trip page → worker → page unchanged (less the lon/lat rings, which stay in the
//! worker, their areas sent instead) (real parishes, the demo, a statbank
//! spreadsheet, a refused file), and bytes that are not an answer become one
//! sentence naming the file.

mod common;

use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::import::sidecar::parse_sidecar;
use atlas_core::issue::LoadErrorKind;
use atlas_core::pipeline::message::{decode_reply, encode_reply, run_job, Job, JobKind, Reply};
use atlas_core::Lang;
use common::{shared, shared_bytes, DEMO_CSV, DEMO_GEOJSON, DEMO_META};

/// What the page should get: the answer without the lon/lat rings, which stay in
/// the worker (the page draws from the shaped geometry; the areas come instead).
fn without_rings(reply: &Reply) -> Reply {
    let mut r = reply.clone();
    if let Reply::Boundaries { loaded, .. } = &mut r {
        for d in &mut loaded.value.districts {
            d.geometry = geo::MultiPolygon::new(Vec::new());
        }
    }
    r
}

/// Run `job`, send its answer through the byte form and back.
fn round_trip(job: &Job, bytes: &[u8]) -> (Reply, Reply, usize) {
    let mut steps = Vec::new();
    let reply = run_job(job, bytes, |f| steps.push(f));
    assert!(
        steps.iter().all(|f| (0.0..=1.0).contains(f)),
        "progress stays within 0–1: {steps:?}"
    );
    assert!(
        steps.windows(2).all(|w| w[0] <= w[1]),
        "progress never goes back: {steps:?}"
    );
    let encoded = encode_reply(reply.clone());
    let back = decode_reply(&encoded, &job.name).expect("an encoded reply reads back");
    (reply, back, encoded.len())
}

#[test]
fn demo_boundaries_cross_unchanged() {
    let job = Job::boundaries("bydele.geojson", BoundaryOptions::default());
    let (reply, back, _) = round_trip(&job, DEMO_GEOJSON.as_bytes());
    let Reply::Boundaries { loaded, geometry } = &back else {
        panic!("boundaries expected, got {back:?}");
    };
    assert_eq!(
        loaded.value.districts.len(),
        11,
        "the demo's eleven districts"
    );
    assert_eq!(geometry.paths.len(), 11);
    assert_eq!(back, without_rings(&reply));
    // the areas the derived per-km² indicators need came instead of the rings
    let Reply::Boundaries { loaded: sent, .. } = &reply else {
        unreachable!()
    };
    assert_eq!(
        loaded.value.areas_km2,
        atlas_core::geometry::area::areas_km2(&sent.value.districts)
    );
    assert!(loaded
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
    let job = Job::boundaries("sogne.geojson", BoundaryOptions::default());
    let (reply, back, _) = round_trip(&job, text.as_bytes());
    let Reply::Boundaries { loaded, geometry } = &back else {
        panic!("boundaries expected");
    };
    assert!(
        loaded.value.districts.len() > 2000,
        "the parishes are there"
    );
    assert_eq!(geometry.paths.len(), loaded.value.districts.len());
    // Same districts, same topology, same paths: equality of the whole answer
    // (less the rings, which stay in the worker).
    assert_eq!(back, without_rings(&reply));
    assert_eq!(loaded.value.areas_km2.len(), loaded.value.districts.len());
}

#[test]
fn demo_table_with_sidecar_crosses_unchanged() {
    let sidecar = parse_sidecar(DEMO_META).expect("demo metadata");
    let job = Job::table("indikatorer.csv", Some(sidecar));
    // The header itself goes as JSON and comes back whole.
    assert_eq!(Job::from_json(&job.to_json()), Some(job.clone()));
    let (reply, back, _) = round_trip(&job, DEMO_CSV.as_bytes());
    let Reply::Table { loaded: t, text } = &back else {
        panic!("a table expected, got {back:?}");
    };
    assert!(t.value.indicators.len() >= 5);
    assert!(t.value.indicators.iter().all(|m| !m.label_da.is_empty()));
    assert_eq!(
        text.trim_start_matches('\u{feff}'),
        DEMO_CSV.trim_start_matches('\u{feff}')
    );
    assert_eq!(back, reply);
}

#[test]
fn statbank_spreadsheet_crosses_unchanged() {
    let rel = "cph_statbank_bydel_straubinger/Be62.xlsx";
    let Some(bytes) = shared_bytes(rel) else {
        return;
    };
    let job = Job::table("Be62.xlsx", None);
    let (reply, back, _) = round_trip(&job, &bytes);
    assert!(matches!(back, Reply::Table { .. }), "a table: {back:?}");
    assert_eq!(back, reply);
}

#[test]
fn a_refused_file_crosses_as_its_sentence() {
    let job = Job::table("tom.csv", None);
    let (reply, back, _) = round_trip(&job, b"");
    let Reply::Failed(e) = &back else {
        panic!("a refusal expected, got {back:?}");
    };
    assert_eq!(back, reply);
    assert!(!e.sentence(Lang::Da).is_empty());
}

#[test]
fn bytes_that_are_not_an_answer_name_the_file() {
    let e = decode_reply(&[0xff, 0xff, 0xff, 0xff, 0x01], "sogne.geojson")
        .expect_err("garbage is no answer");
    assert!(matches!(e.kind, LoadErrorKind::LoaderStopped { .. }));
    let da = e.sentence(Lang::Da);
    assert!(da.starts_with("sogne.geojson kunne ikke indlæses"), "{da}");
}

#[test]
fn boundary_options_travel_in_the_header() {
    let options = BoundaryOptions {
        key_property: Some("sognekode".into()),
        name_property: Some("sognenavn".into()),
        crs: Some(atlas_core::geometry::crs::Crs::Utm32),
    };
    let job = Job::boundaries("sogne.geojson", options.clone());
    let back = Job::from_json(&job.to_json()).expect("reads back");
    assert_eq!(back.kind, JobKind::Boundaries { options });
    assert_eq!(Job::from_json("{\"not\": \"a job\"}"), None);
}

#[test]
fn the_template_workbook_is_written_by_a_job_and_reads_back() {
    use atlas_core::import::table::parse_table_bytes;
    use atlas_core::present::export::template_grid;
    let atlas = common::demo_atlas();
    let job = Job::write_template("skabelon.xlsx", template_grid(&atlas));
    // the grid travels in the JSON header, missing figures as missing
    assert_eq!(Job::from_json(&job.to_json()), Some(job.clone()));
    let (reply, back, _) = round_trip(&job, &[]);
    assert_eq!(back, reply);
    let Reply::Written(bytes) = back else {
        panic!("a workbook expected, got {back:?}");
    };
    assert!(bytes.starts_with(b"PK"), "an XLSX is a zip");
    let table = parse_table_bytes(&bytes, "skabelon.xlsx", None).expect("the template reads back");
    assert_eq!(table.value.rows.len(), atlas.districts.len());
}

#[test]
fn text_that_is_not_utf8_is_decoded_by_a_job() {
    // «Østerbro;Nørrebro» as Windows-1252 saves it
    let bytes = b"\xd8sterbro;N\xf8rrebro";
    let job = Job::decode("bydele.geojson");
    let (_, back, _) = round_trip(&job, bytes);
    assert_eq!(back, Reply::Text("Østerbro;Nørrebro".into()));
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
    let job = Job::boundaries("kvarter.geojson", BoundaryOptions::default());
    let Reply::Boundaries { geometry: sent, .. } = run_job(&job, text.as_bytes(), |_| ()) else {
        panic!("boundaries expected");
    };
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
    use atlas_core::pipeline::message::ReplyBytes;
    let job = Job::boundaries("bydele.geojson", BoundaryOptions::default());
    let reply = run_job(&job, DEMO_GEOJSON.as_bytes(), |_| ());
    let bytes = encode_reply(reply.clone());
    let parts = ReplyBytes::new(&bytes, "bydele.geojson").expect("splits");
    let head = parts.head().expect("the head reads");
    let Reply::Boundaries { geometry, .. } = &head else {
        panic!("boundaries expected");
    };
    assert_eq!(geometry.topology.district_count(), 0, "no topology yet");
    assert_eq!(geometry.paths.len(), 11, "but the paths are there");
    let whole = parts.finish(head).expect("the topology reads");
    assert_eq!(whole, without_rings(&reply));
    // cut short: one sentence, no panic
    assert!(ReplyBytes::new(&bytes[..2], "bydele.geojson").is_err());
    let cut = ReplyBytes::new(&bytes[..bytes.len() - 3], "bydele.geojson").expect("splits");
    assert!(cut.head().and_then(|h| cut.finish(h)).is_err());
}
