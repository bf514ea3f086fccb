//! Arbitrary bytes through the boundary loader the way the app runs it: scanned in
//! small slices (the first byte sets the slice size), checked against one whole pass,
//! and, when usable, projected and simplified for drawing.
#![no_main]

use atlas_core::boundaries::{parse_boundaries, BoundaryBuilder, BoundaryOptions};
use atlas_core::mapview::build_geometry;
use atlas_core::scan::FeatureScanner;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&slice, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let opts = BoundaryOptions::default();
    let whole = parse_boundaries(&text, &opts);

    // Sliced, as in the browser (there 32 KB; here 1–256 bytes to hit every boundary).
    let body = text.trim_start_matches('\u{feff}');
    let mut scanner = FeatureScanner::new();
    let mut builder = BoundaryBuilder::new(opts);
    let sliced = loop {
        match scanner.scan(body, slice as usize + 1) {
            Err(_) => break None,
            Ok(step) => {
                if builder.feed(body, &step).is_err() {
                    break None;
                }
                if step.done {
                    break Some(builder.finish_with_text(body));
                }
            }
        }
    };
    if let (Ok(w), Some(Ok(s))) = (&whole, &sliced) {
        assert_eq!(w.value.districts.len(), s.value.districts.len(), "sliced and whole disagree");
    }
    if let Ok(l) = whole {
        let _ = build_geometry(&l.value.districts, 1000.0, 16.0);
    }
});
