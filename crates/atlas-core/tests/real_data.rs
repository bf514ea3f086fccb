//! Checks against the real Danish files in `../shared/data`, when that folder exists.

use atlas_core::boundaries::{parse_boundaries, BoundaryOptions};
use std::path::PathBuf;

fn shared(rel: &str) -> Option<String> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data")
        .join(rel);
    match std::fs::read_to_string(&p) {
        Ok(t) => Some(t),
        Err(_) => {
            eprintln!(
                "SKIP: {} not found (shared data folder absent)",
                p.display()
            );
            None
        }
    }
}

#[test]
fn real_copenhagen_bydele_load_as_ten_districts_keyed_by_number() {
    let Some(t) = shared("cph_bydele_kk_wfs_2024/bydele.geojson") else {
        return;
    };
    let l = parse_boundaries(&t, &BoundaryOptions::default()).unwrap();
    assert_eq!(l.value.districts.len(), 10);
    assert_eq!(l.value.key_property.as_deref(), Some("bydel_nr"));
    assert!(l.value.districts.iter().any(|d| d.name == "Østerbro"));
}

#[test]
fn real_dagi_municipalities_merge_parts_into_99_districts() {
    let Some(t) = shared("dk_dagi_2014/kommuner.geojson") else {
        return;
    };
    let l = parse_boundaries(&t, &BoundaryOptions::default()).unwrap();
    assert_eq!(
        l.value.districts.len(),
        99,
        "key {:?}",
        l.value.key_property
    );
    assert!(
        l.value.districts.iter().any(|d| d.id == "0101"),
        "codes keep leading zeros"
    );
}
