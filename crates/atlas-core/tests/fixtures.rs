//! Every authored fixture in `tests/fixtures/` loads as it should (the broken ones in
//! `bad/` are checked by `bad_corpus.rs`).

use atlas_core::geometry::crs::Crs;
use atlas_core::import::boundaries::{BoundaryOptions, CrsSource};
use atlas_core::issue::IssueKind;
use atlas_core::pipeline::parse_boundaries;
use atlas_core::Lang;
use std::path::PathBuf;

fn read(rel: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn ok(rel: &str) -> atlas_core::Loaded<atlas_core::import::boundaries::Boundaries> {
    parse_boundaries(&read(rel), &BoundaryOptions::default())
        .unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn near_copenhagen(l: &atlas_core::Loaded<atlas_core::import::boundaries::Boundaries>) -> bool {
    let b = atlas_core::geometry::shapes::lonlat_bounds(&l.value.districts).unwrap();
    b.min_x > 12.3 && b.max_x < 12.8 && b.min_y > 55.5 && b.max_y < 55.8
}

#[test]
fn every_crs_form_lands_on_copenhagen() {
    for (file, crs, source) in [
        (
            "boundaries/utm32_no_crs.geojson",
            Crs::Utm32,
            CrsSource::Inferred,
        ),
        (
            "boundaries/utm32_urn.geojson",
            Crs::Utm32,
            CrsSource::Declared,
        ),
        (
            "boundaries/utm32_short_name.geojson",
            Crs::Utm32,
            CrsSource::Declared,
        ),
        (
            "boundaries/utm32_epsg_object.geojson",
            Crs::Utm32,
            CrsSource::Declared,
        ),
        ("boundaries/crs84.geojson", Crs::Wgs84, CrsSource::Declared),
        (
            "boundaries/etrs89_4258.geojson",
            Crs::Etrs89,
            CrsSource::Declared,
        ),
        (
            "boundaries/web_mercator_3857.geojson",
            Crs::WebMercator,
            CrsSource::Declared,
        ),
    ] {
        let l = ok(file);
        assert_eq!((l.value.crs, l.value.crs_source), (crs, source), "{file}");
        assert_eq!(l.value.districts.len(), 2, "{file}");
        assert!(near_copenhagen(&l), "{file} is not near Copenhagen");
        assert_eq!(l.value.districts[0].id, "0101", "{file}");
    }
    let b = ok("boundaries/utm33_bornholm.geojson");
    let bb = atlas_core::geometry::shapes::lonlat_bounds(&b.value.districts).unwrap();
    assert!(
        bb.min_x > 14.5 && bb.max_x < 15.3 && bb.min_y > 54.9 && bb.max_y < 55.4,
        "{bb:?}"
    );
}

#[test]
fn feature_bare_geometry_and_collections_are_accepted() {
    assert_eq!(
        ok("boundaries/single_feature.geojson")
            .value
            .districts
            .len(),
        1
    );
    let m = ok("boundaries/bare_multipolygon.geojson");
    assert_eq!(m.value.districts.len(), 1);
    assert_eq!(m.value.districts[0].geometry.0.len(), 2);
    let gc = ok("boundaries/geometry_collection.geojson");
    assert_eq!(gc.value.districts.len(), 2);
    assert_eq!(
        gc.value.districts[0].geometry.0.len(),
        2,
        "both polygons of the collection"
    );
    assert!(
        gc.issues
            .iter()
            .any(|i| i.kind == IssueKind::PointsOrLinesSkipped { count: 3 }),
        "{:?}",
        gc.issues
    );
}

#[test]
fn split_parts_are_one_district_per_code_with_leading_zeros() {
    let l = ok("boundaries/split_parts.geojson");
    assert_eq!(l.value.key_property.as_deref(), Some("KOMKODE"));
    let ids: Vec<&str> = l.value.districts.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, vec!["0101", "0147"]);
    assert_eq!(l.value.districts[0].geometry.0.len(), 3);
    assert_eq!(l.value.districts[0].name, "København");
    assert!(
        l.issues
            .iter()
            .any(|i| matches!(i.kind, IssueKind::PartsMerged { parts: 4, .. })),
        "{:?}",
        l.issues
    );
}

#[test]
fn validation_problems_are_messages_naming_the_feature() {
    let l = ok("boundaries/validation_problems.geojson");
    let msgs: Vec<String> = l.issues.iter().map(|i| i.sentence(Lang::Da)).collect();
    let has = |prefix: &str, word: &str| {
        msgs.iter()
            .any(|m| m.starts_with(prefix) && m.contains(word))
    };
    assert!(
        has("Objekt 2 (Uden geometri)", "ingen geometri"),
        "{msgs:#?}"
    );
    assert!(has("Objekt 3 (Åben ring)", "ikke var lukket"), "{msgs:#?}");
    assert!(has("Objekt 4 (To punkter)", "under tre"), "{msgs:#?}");
    assert!(
        has("Objekt 5 (Uden for kloden)", "uden for jordens"),
        "{msgs:#?}"
    );
    assert!(has("Objekt 6 (Sløjfe)", "krydser sig selv"), "{msgs:#?}");
    assert!(
        msgs.iter()
            .any(|m| m.contains("«07»") && m.contains("Dublet A") && m.contains("Dublet B")),
        "{msgs:#?}"
    );
    let codes: Vec<&str> = l.issues.iter().map(|i| i.kind.code()).collect();
    for code in [
        "no-geometry",
        "ring-closed",
        "outer-ring-too-small",
        "coordinate-off-globe",
        "polygon-invalid",
        "key-shared",
    ] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
    // The good, the unclosed (closed for you), the bow-tie (drawn anyway) and the duplicate key.
    assert_eq!(l.value.districts.len(), 4);
}
