use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::issue::{IssueKind, LoadErrorKind, Location, Severity};
use atlas_core::pipeline::parse_boundaries;
use atlas_core::Lang;

fn load(text: &str) -> atlas_core::Loaded<atlas_core::import::boundaries::Boundaries> {
    parse_boundaries(text, &BoundaryOptions::default()).expect("usable input")
}

const SQUARE: &str = "[[12.5,55.6],[12.6,55.6],[12.6,55.7],[12.5,55.7],[12.5,55.6]]";
const HOLE: &str = "[[12.52,55.62],[12.52,55.68],[12.58,55.68],[12.58,55.62],[12.52,55.62]]";

#[test]
fn polygon_feature_becomes_one_district_with_key_and_name() {
    let t = format!(
        r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{"ogc_fid":7,"bydel_kode":"0101","navn":"Østerbro"}},"geometry":{{"type":"Polygon","coordinates":[{SQUARE}]}}}}]}}"#
    );
    let l = load(&t);
    assert!(l.issues.is_empty(), "{:?}", l.issues);
    let d = &l.value.districts[0];
    assert_eq!(
        d.id, "0101",
        "key keeps its leading zero and is not the per-part fid"
    );
    assert_eq!(d.name, "Østerbro");
    assert_eq!(l.value.key_property.as_deref(), Some("bydel_kode"));
    assert_eq!(d.geometry.0.len(), 1);
    assert_eq!(d.geometry.0[0].exterior().0.len(), 5);
}

#[test]
fn multipolygon_keeps_every_part() {
    let t = format!(
        r#"{{"type":"Feature","properties":{{"navn":"Indre By"}},"geometry":{{"type":"MultiPolygon","coordinates":[[{SQUARE}],[[[12.7,55.6],[12.8,55.6],[12.8,55.7],[12.7,55.6]]]]}}}}"#
    );
    let l = load(&t);
    assert_eq!(l.value.districts.len(), 1);
    assert_eq!(l.value.districts[0].geometry.0.len(), 2);
}

#[test]
fn polygon_with_hole_keeps_the_hole() {
    let t = format!(r#"{{"type":"Polygon","coordinates":[{SQUARE},{HOLE}]}}"#);
    let l = load(&t);
    let p = &l.value.districts[0].geometry.0[0];
    assert_eq!(p.interiors().len(), 1);
    assert_eq!(p.interiors()[0].0.len(), 5);
}

#[test]
fn features_sharing_a_key_are_merged_into_one_district() {
    let f = |k: &str| {
        format!(
            r#"{{"type":"Feature","properties":{{"kode":"{k}","navn":"N{k}"}},"geometry":{{"type":"Polygon","coordinates":[{SQUARE}]}}}}"#
        )
    };
    let t = format!(
        r#"{{"type":"FeatureCollection","features":[{},{},{}]}}"#,
        f("0101"),
        f("0147"),
        f("0101")
    );
    let l = load(&t);
    assert_eq!(l.value.districts.len(), 2);
    assert_eq!(l.value.districts[0].geometry.0.len(), 2);
}

#[test]
fn unclosed_ring_is_closed_with_a_note_naming_the_feature() {
    let t = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"navn":"Valby"},"geometry":{"type":"Polygon","coordinates":[[[12.5,55.6],[12.6,55.6],[12.6,55.7]]]}}]}"#;
    let l = load(t);
    let ring = l.value.districts[0].geometry.0[0].exterior();
    assert_eq!(ring.0.first(), ring.0.last());
    assert_eq!(l.issues.len(), 1);
    assert_eq!(l.issues[0].severity, Severity::Info);
    assert_eq!(l.issues[0].kind, IssueKind::RingClosed);
    assert!(
        l.issues[0]
            .sentence(Lang::Da)
            .starts_with("Objekt 1 (Valby): "),
        "{}",
        l.issues[0].sentence(Lang::Da)
    );
}

#[test]
fn degenerate_ring_and_null_geometry_are_skipped_with_warnings() {
    let t = format!(
        r#"{{"type":"FeatureCollection","features":[
      {{"type":"Feature","properties":{{"navn":"A"}},"geometry":null}},
      {{"type":"Feature","properties":{{"navn":"B"}},"geometry":{{"type":"Polygon","coordinates":[[[12.5,55.6],[12.6,55.6],[12.5,55.6]]]}}}},
      {{"type":"Feature","properties":{{"navn":"C"}},"geometry":{{"type":"Polygon","coordinates":[{SQUARE}]}}}}]}}"#
    );
    let l = load(&t);
    assert_eq!(l.value.districts.len(), 1);
    assert_eq!(l.value.districts[0].name, "C");
    let at = |index: usize, name: &str| Location::Feature {
        index,
        name: Some(name.into()),
    };
    let found: Vec<(Location, &str)> = l
        .issues
        .iter()
        .map(|i| (i.location.clone(), i.kind.code()))
        .collect();
    assert!(found.contains(&(at(0, "A"), "no-geometry")), "{found:?}");
    assert!(
        found.contains(&(at(1, "B"), "outer-ring-too-small")),
        "{found:?}"
    );
}

#[test]
fn points_and_lines_are_counted_and_skipped() {
    let t = format!(
        r#"{{"type":"FeatureCollection","features":[
      {{"type":"Feature","properties":{{}},"geometry":{{"type":"Point","coordinates":[12.5,55.6]}}}},
      {{"type":"Feature","properties":{{}},"geometry":{{"type":"Polygon","coordinates":[{SQUARE}]}}}}]}}"#
    );
    let l = load(&t);
    assert_eq!(l.value.districts.len(), 1);
    assert!(
        l.issues
            .iter()
            .any(|i| i.kind == IssueKind::PointsOrLinesSkipped { count: 1 }),
        "{:?}",
        l.issues
    );
}

#[test]
fn not_json_truncated_and_not_geojson_are_one_sentence_errors() {
    let not_json = parse_boundaries("hello", &BoundaryOptions::default()).unwrap_err();
    assert!(
        matches!(not_json.kind, LoadErrorKind::NotJson { line: 1, .. }),
        "{not_json}"
    );
    let truncated = parse_boundaries(
        r#"{"type":"FeatureCollection","features":[{"type":"#,
        &BoundaryOptions::default(),
    )
    .unwrap_err();
    assert_eq!(truncated.kind, LoadErrorKind::Truncated, "{truncated}");
    let other = parse_boundaries(
        r#"{"type":"Topology","objects":{}}"#,
        &BoundaryOptions::default(),
    )
    .unwrap_err();
    assert_eq!(
        other.kind,
        LoadErrorKind::NotGeoJson {
            type_name: "Topology".into()
        }
    );
    let empty = parse_boundaries(
        r#"{"type":"FeatureCollection","features":[]}"#,
        &BoundaryOptions::default(),
    )
    .unwrap_err();
    assert_eq!(empty.kind, LoadErrorKind::EmptyCollection, "{empty}");
}
