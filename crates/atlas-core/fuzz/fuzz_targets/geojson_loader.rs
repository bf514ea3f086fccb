//! Arbitrary bytes through the boundary loader the way the app runs it: the same
//! stepped `BoundaryLoad`, in small steps (the first byte sets the step size),
//! checked against one whole pass, and, when usable, shaped for drawing.
#![no_main]

use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::pipeline::{parse_boundaries, BoundaryLoad, Budget, Phase};
use libfuzzer_sys::fuzz_target;
use std::sync::Arc;

fuzz_target!(|data: &[u8]| {
    let Some((&slice, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let opts = BoundaryOptions::default();
    let whole = parse_boundaries(&text, &opts);

    // Stepped, as in the browser (there 32 KB; here 1–256 bytes to hit every boundary).
    let budget = Budget { bytes: slice as usize + 1, vertices: slice as usize * 8 + 1 };
    let stepped = BoundaryLoad::new(Arc::from(text.as_ref()), opts, Some(1000.0)).and_then(|mut load| {
        while load.step(budget)?.phase != Phase::Done {}
        load.finish()
    });
    match (&whole, &stepped) {
        (Ok(w), Ok((s, _))) => {
            assert_eq!(w.value.districts.len(), s.value.districts.len(), "stepped and whole disagree")
        }
        (Err(_), Err(_)) => {}
        // shaping can refuse what reading accepted (nothing to draw), never the reverse
        (Ok(_), Err(_)) => {}
        (Err(e), Ok(_)) => panic!("stepped load accepted what the whole pass refused: {e}"),
    }
});
