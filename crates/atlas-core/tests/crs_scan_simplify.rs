use atlas_core::geometry::coords::Screen;
use atlas_core::geometry::crs::{crs_from_name, infer_crs, parse_crs_member, Crs, Reprojector};
use atlas_core::geometry::pan_zoom::ViewTransform;
use atlas_core::geometry::topology::Topology;
use atlas_core::import::boundaries::{BoundaryOptions, CrsSource};
use atlas_core::import::scan::{FeatureScanner, ScanError};
use atlas_core::issue::{IssueKind, LoadErrorKind};
use atlas_core::pipeline::parse_boundaries;

#[test]
fn every_legacy_crs_form_seen_in_danish_files_is_read() {
    let v = |s: &str| serde_json::from_str::<serde_json::Value>(s).unwrap();
    assert_eq!(
        parse_crs_member(&v(
            r#"{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}}"#
        )),
        Ok(Some(Crs::Utm32))
    );
    assert_eq!(
        parse_crs_member(&v(r#"{"type":"name","properties":{"name":"EPSG:25832"}}"#)),
        Ok(Some(Crs::Utm32))
    );
    assert_eq!(
        parse_crs_member(&v(
            r#"{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}}"#
        )),
        Ok(Some(Crs::Wgs84))
    );
    assert_eq!(
        parse_crs_member(&v(r#"{"type":"EPSG","properties":{"code":"25832"}}"#)),
        Ok(Some(Crs::Utm32))
    );
    assert_eq!(
        parse_crs_member(&v(r#"{"type":"EPSG","properties":{"code":25833}}"#)),
        Ok(Some(Crs::Utm33))
    );
    assert_eq!(
        parse_crs_member(&v(r#"{"type":"name","properties":{"name":"EPSG:3857"}}"#)),
        Ok(Some(Crs::WebMercator))
    );
    assert_eq!(
        parse_crs_member(&v(r#"{"type":"name","properties":{"name":"EPSG:4258"}}"#)),
        Ok(Some(Crs::Etrs89))
    );
    assert_eq!(
        parse_crs_member(&v(r#"{"type":"name","properties":{"name":"EPSG:2197"}}"#)),
        Err("EPSG:2197".into())
    );
    assert_eq!(
        crs_from_name("urn:ogc:def:crs:EPSG:6.6:4326"),
        Some(Crs::Wgs84)
    );
}

#[test]
fn utm32_and_web_mercator_reproject_to_copenhagen_and_back_is_consistent() {
    // Copenhagen City Hall square, approximately.
    let (lon, lat) = (12.5694, 55.6759);
    let mut utm = [(724_555.0, 6_175_825.0)];
    Reprojector::new(Crs::Utm32).to_lonlat(&mut utm);
    assert!(
        (utm[0].0 - lon).abs() < 0.01 && (utm[0].1 - lat).abs() < 0.01,
        "{utm:?}"
    );
    // Web Mercator by its closed form.
    let r = 6_378_137.0f64;
    let x = r * lon.to_radians();
    let y = r
        * (std::f64::consts::FRAC_PI_4 + lat.to_radians() / 2.0)
            .tan()
            .ln();
    let mut merc = [(x, y)];
    Reprojector::new(Crs::WebMercator).to_lonlat(&mut merc);
    assert!(
        (merc[0].0 - lon).abs() < 1e-7 && (merc[0].1 - lat).abs() < 1e-7,
        "{merc:?}"
    );
    // UTM 33 (Bornholm) lands on Bornholm.
    let mut b = [(493_000.0, 6_110_000.0)];
    Reprojector::new(Crs::Utm33).to_lonlat(&mut b);
    assert!(
        (b[0].0 - 14.9).abs() < 0.2 && (b[0].1 - 55.13).abs() < 0.2,
        "{b:?}"
    );
}

#[test]
fn crs_is_inferred_from_extent_when_not_declared() {
    use atlas_core::geometry::coords::Bounds;
    let b = |a, b2, c, d| Bounds {
        min_x: a,
        min_y: b2,
        max_x: c,
        max_y: d,
    };
    assert_eq!(infer_crs(&b(12.4, 55.6, 12.7, 55.7)), Some(Crs::Wgs84));
    assert_eq!(
        infer_crs(&b(441_000.0, 6_049_000.0, 893_000.0, 6_403_000.0)),
        Some(Crs::Utm32)
    );
    assert_eq!(
        infer_crs(&b(1_390_000.0, 7_480_000.0, 1_420_000.0, 7_510_000.0)),
        Some(Crs::WebMercator)
    );
    assert_eq!(infer_crs(&b(-5_000_000.0, 0.0, 5_000_000.0, 100.0)), None);
}

const UTM_SQUARE: &str =
    "[[[720000,6170000],[725000,6170000],[725000,6175000],[720000,6175000],[720000,6170000]]]";

#[test]
fn undeclared_utm_file_is_drawn_as_utm32_with_a_note_saying_so() {
    let t = format!(
        r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{"navn":"X"}},"geometry":{{"type":"Polygon","coordinates":{UTM_SQUARE}}}}}]}}"#
    );
    let l = parse_boundaries(&t, &BoundaryOptions::default()).unwrap();
    assert_eq!(l.value.crs, Crs::Utm32);
    assert_eq!(l.value.crs_source, CrsSource::Inferred);
    let c = l.value.districts[0].geometry.0[0].exterior().0[0];
    assert!(
        (c.x - 12.5).abs() < 0.2 && (c.y - 55.6).abs() < 0.2,
        "{c:?}"
    );
    assert!(
        l.issues
            .iter()
            .any(|i| matches!(&i.kind, IssueKind::CrsGuessed { crs } if crs.contains("UTM 32N"))),
        "{:?}",
        l.issues
    );
}

#[test]
fn declared_crs_is_used_and_a_chosen_one_overrides_it() {
    let t = format!(
        r#"{{"type":"FeatureCollection","crs":{{"type":"name","properties":{{"name":"urn:ogc:def:crs:EPSG::25832"}}}},"features":[{{"type":"Feature","properties":{{}},"geometry":{{"type":"Polygon","coordinates":{UTM_SQUARE}}}}}]}}"#
    );
    let l = parse_boundaries(&t, &BoundaryOptions::default()).unwrap();
    assert_eq!(
        (l.value.crs, l.value.crs_source),
        (Crs::Utm32, CrsSource::Declared)
    );
    assert!(l.issues.is_empty(), "{:?}", l.issues);
    let opts = BoundaryOptions {
        crs: Some(Crs::Utm33),
        ..Default::default()
    };
    let l = parse_boundaries(&t, &opts).unwrap();
    assert_eq!(
        (l.value.crs, l.value.crs_source),
        (Crs::Utm33, CrsSource::Chosen)
    );
}

#[test]
fn coordinates_fitting_no_known_crs_are_one_clear_error() {
    let t = r#"{"type":"Polygon","coordinates":[[[-5000000,10],[5000000,10],[5000000,20],[-5000000,10]]]}"#;
    let e = parse_boundaries(t, &BoundaryOptions::default()).unwrap_err();
    assert!(
        matches!(e.kind, LoadErrorKind::CoordinatesUnrecognised { min_x, max_x } if min_x == -5_000_000.0 && max_x == 5_000_000.0),
        "{e}"
    );
}

#[test]
fn scanner_finds_features_across_tiny_budgets_and_string_braces() {
    let t = r#"{"name":"a{b}[c]\"","features":[{"p":"}]"},null,{"q":{"r":[1,2]}}],"crs":{"x":1}}"#;
    let mut sc = FeatureScanner::new();
    let mut feats = Vec::new();
    let mut members = Vec::new();
    loop {
        let step = sc.scan(t, 3).unwrap();
        feats.extend(step.features.iter().map(|r| t[r.clone()].trim().to_owned()));
        members.extend(
            step.members
                .iter()
                .map(|(k, r)| (k.clone(), t[r.clone()].trim().to_owned())),
        );
        if step.done {
            break;
        }
    }
    assert_eq!(feats, vec![r#"{"p":"}]"}"#, "null", r#"{"q":{"r":[1,2]}}"#]);
    assert_eq!(
        members,
        vec![
            ("name".to_owned(), r#""a{b}[c]\"""#.to_owned()),
            ("crs".to_owned(), r#"{"x":1}"#.to_owned())
        ]
    );
}

#[test]
fn scanner_reports_truncation_and_non_objects() {
    assert_eq!(
        FeatureScanner::new().scan(r#"{"features":[{"a":1}"#, usize::MAX),
        Err(ScanError::Truncated)
    );
    assert_eq!(
        FeatureScanner::new().scan("[1,2]", usize::MAX),
        Err(ScanError::NotAnObject)
    );
    assert_eq!(
        FeatureScanner::new().scan("hello", usize::MAX),
        Err(ScanError::NotAnObject)
    );
}

#[test]
fn truncated_large_collection_is_one_sentence() {
    let t = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[12.5,55.6],[12.6,55.6]"#;
    let e = parse_boundaries(t, &BoundaryOptions::default()).unwrap_err();
    assert_eq!(e.kind, LoadErrorKind::Truncated, "{e}");
}

fn s(x: f64, y: f64) -> Screen {
    Screen { x, y }
}

#[test]
fn simplification_keeps_shared_borders_identical_on_both_sides() {
    // Two squares sharing a wiggly border x ≈ 10 with small bumps.
    let border: Vec<Screen> = (0..=20)
        .map(|i| s(10.0 + if i % 2 == 1 { 0.05 } else { 0.0 }, i as f64))
        .collect();
    let mut a = vec![s(0.0, 0.0)];
    a.extend(border.iter().copied());
    a.push(s(0.0, 20.0));
    let mut b: Vec<Screen> = border.iter().rev().copied().collect();
    b.push(s(20.0, 0.0));
    b.rotate_left(0);
    let b = {
        let mut v = vec![s(20.0, 20.0)];
        v.extend(border.iter().rev().copied());
        v.push(s(20.0, 0.0));
        v
    };
    let topo = Topology::build(&vec![vec![vec![a]], vec![vec![b]]]);
    for tol in [0.01, 0.1, 1.0, 5.0] {
        let rings = topo.rings_at(tol);
        let border_pts = |d: usize| {
            let mut p: Vec<(i64, i64)> = rings[d][0][0]
                .iter()
                .filter(|p| (p.x - 10.0).abs() < 0.5)
                .map(|p| ((p.x * 1000.0) as i64, (p.y * 1000.0) as i64))
                .collect();
            p.sort();
            p
        };
        assert_eq!(border_pts(0), border_pts(1), "tolerance {tol}");
    }
    // At a coarse tolerance the bumps are gone, at a fine one they stay.
    assert!(topo.rings_at(1.0)[0][0][0].len() < topo.rings_at(0.01)[0][0][0].len());
}

#[test]
fn simplified_islands_never_collapse_below_a_triangle() {
    let ring: Vec<Screen> = (0..50)
        .map(|i| {
            let a = i as f64 / 50.0 * std::f64::consts::TAU;
            s(a.cos(), a.sin())
        })
        .collect();
    let topo = Topology::build(&vec![vec![vec![ring]]]);
    let r = topo.rings_at(1000.0);
    assert!(r[0][0][0].len() >= 3);
}

#[test]
fn zoom_keeps_the_point_under_the_cursor_and_round_trips() {
    let v = ViewTransform::IDENTITY
        .zoom_at(300.0, 200.0, 3.0)
        .pan(10.0, -5.0);
    let (ux, uy) = v.invert(123.0, 456.0);
    let (px, py) = v.apply(ux, uy);
    assert!((px - 123.0).abs() < 1e-9 && (py - 456.0).abs() < 1e-9);
    let z = ViewTransform::IDENTITY.zoom_at(300.0, 200.0, 1e9);
    assert_eq!(z.k, atlas_core::geometry::pan_zoom::MAX_ZOOM);
    assert_eq!(
        ViewTransform::IDENTITY.zoom_at(1.0, 1.0, 0.1).k,
        1.0,
        "cannot zoom out past the whole map"
    );
    assert_eq!(
        ViewTransform {
            k: 5.0,
            x: 0.0,
            y: 0.0
        }
        .detail_level(),
        4.0
    );
}
