//! A bug on either side of the loader worker's boundary — a message cut short or
//! garbled, the answer to another job, a broken `forberedt.bin`, a writer that fails —
//! is an internal failure naming the file, never «the file could not be read»; a
//! worker that stopped is not one (the journeys themselves: `worker_messages.rs`).

mod common;

use atlas_core::issue::InternalFault;
use atlas_core::pipeline::message::{
    answer, read_answer, read_ready_example, DecodeText, FromWorker, ReadTable, ToWorker,
    WriteTemplate,
};
use atlas_core::present::examples::{BYDELE, DEMO};
use atlas_core::Lang;
use common::worker::{assert_internal, boundaries, round_trip, worker_answer};
use common::DEMO_GEOJSON;

#[test]
fn an_answer_cut_short_anywhere_is_an_internal_failure_naming_the_file() {
    let job = boundaries("bydele.geojson");
    let bytes = worker_answer(&job, DEMO_GEOJSON.as_bytes());
    let mut cuts: Vec<usize> = (0..64).collect();
    cuts.extend((1..40).map(|k| bytes.len() * k / 40));
    cuts.push(bytes.len() - 1);
    for cut in cuts {
        let e = read_answer(&job, &bytes[..cut]).expect_err("cut short is no answer");
        assert_internal(&e, "bydele.geojson", InternalFault::Protocol);
    }
}

#[test]
fn garbled_bytes_are_an_internal_failure_not_a_file_error() {
    let job = boundaries("sogne.geojson");
    for garbage in [
        &[0xff, 0xff, 0xff, 0xff, 0x01][..],
        &[1, 0, 0, 0, 0xee][..],
        b"<!DOCTYPE html><title>404</title>",
        &[],
    ] {
        let e = read_answer(&job, garbage).expect_err("garbage is no answer");
        assert_internal(&e, "sogne.geojson", InternalFault::Protocol);
    }
    // bytes left over after a whole reply are another type's, not this one
    let mut long = worker_answer(&job, DEMO_GEOJSON.as_bytes());
    long.extend_from_slice(&[0; 3]);
    let e = read_answer(&job, &long).expect_err("too long");
    assert_internal(&e, "sogne.geojson", InternalFault::Protocol);
}

#[test]
fn the_answer_to_another_job_is_an_internal_failure() {
    // a decoded text read as if it were a table: both are strings behind the
    // envelope, so only the job's kind in the answer tells them apart
    let decode = DecodeText {
        name: "tal.csv".into(),
    };
    let bytes = worker_answer(&decode, b"kode;indkomst\n01;3\n");
    let table = ReadTable {
        name: "tal.csv".into(),
        sidecar: None,
    };
    let e = read_answer(&table, &bytes).expect_err("another job's answer");
    assert_internal(&e, "tal.csv", InternalFault::Protocol);
    // and progress where the answer is due
    let e = read_answer(&table, &FromWorker::Progress(0.5).to_bytes()).expect_err("no answer");
    assert_internal(&e, "tal.csv", InternalFault::Protocol);
}

#[test]
fn a_message_the_worker_cannot_read_is_answered_as_not_understood() {
    let job = boundaries("bydele.geojson");
    let mut message = ToWorker::from(job.clone()).to_bytes(DEMO_GEOJSON.as_bytes());
    message[6] ^= 0x55; // inside the JSON header
    let out = answer(&message, |_| ());
    let (said, _) = FromWorker::read(&out).expect("the worker says something");
    assert!(matches!(said, FromWorker::NotUnderstood(_)), "{said:?}");
    let e = read_answer(&job, &out).expect_err("no answer");
    assert_internal(&e, "bydele.geojson", InternalFault::Protocol);
    // a header longer than the message
    let out = answer(&[200, 0, 0, 0, b'{'], |_| ());
    assert!(matches!(
        FromWorker::read(&out),
        Ok((FromWorker::NotUnderstood(_), _))
    ));
}

#[test]
fn a_writer_that_fails_is_an_internal_failure() {
    // a cell longer than Excel's 32,767 characters: rust_xlsxwriter refuses it
    let mut grid = atlas_core::present::export::template_grid(&common::demo_atlas());
    grid.header[0] = "x".repeat(40_000);
    let job = WriteTemplate {
        name: "skabelon.xlsx".into(),
        grid,
    };
    let e = round_trip(&job, &[]).expect_err("the writer fails");
    assert_internal(&e, "skabelon.xlsx", InternalFault::Writing);
}

#[test]
fn the_shipped_ready_answers_read_and_broken_ones_are_an_internal_failure() {
    let public = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public");
    for ex in [&DEMO, &BYDELE] {
        let bytes = std::fs::read(public.join(ex.ready)).expect("the shipped forberedt.bin");
        let ready = read_ready_example(&bytes, ex).expect("the shipped answers read");
        assert!(ready.boundaries.loaded.value.districts.len() >= 10);
        assert!(!ready.table.loaded.value.rows.is_empty());
        for broken in [
            &bytes[..bytes.len() / 2],
            &bytes[..bytes.len() - 1],
            b"<!DOCTYPE html>",
            &[],
        ] {
            let e = read_ready_example(broken, ex).expect_err("broken");
            assert_internal(&e, ex.ready, InternalFault::ReadyAnswers);
        }
        let mut longer = bytes.clone();
        longer.push(0);
        let e = read_ready_example(&longer, ex).expect_err("stale: more than the answers");
        assert_internal(&e, ex.ready, InternalFault::ReadyAnswers);
    }
}

#[test]
fn a_worker_that_stopped_is_not_an_internal_failure() {
    // a panic or out-of-memory in the worker: the file may be too large, so the
    // sentence suggests a smaller one (see hostile.spec.js for the browser's side)
    let e = atlas_core::pipeline::message::loader_stopped("stor.xlsx", "unreachable".into());
    assert_eq!(e.kind.code(), "loader-stopped");
    assert!(e.sentence(Lang::Da).contains("mindre fil"));
}
