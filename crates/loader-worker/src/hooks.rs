//! Tests only (feature `test-hooks`, never in a release build): the worker fails on
//! purpose, to show the page survives it (`tests/e2e/hostile.spec.js`).

use atlas_core::pipeline::message::{Fault, ToWorker};

/// A panic, or memory taken until there is none, as a huge national export would.
pub fn act_on(job: &ToWorker) {
    match job {
        ToWorker::Fail {
            fault: Fault::Panic,
            ..
        } => panic!("a panic asked for by a test"),
        ToWorker::Fail {
            fault: Fault::Memory,
            ..
        } => {
            let mut hoard: Vec<Vec<u8>> = Vec::new();
            loop {
                // 512 MB at a time, until the module's 4 GB are taken
                hoard.push(vec![0u8; 512 << 20]);
            }
        }
        _ => {}
    }
}
