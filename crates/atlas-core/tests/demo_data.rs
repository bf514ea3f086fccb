//! The embedded demo goes through the same loaders a user's files will.

use atlas_core::classify::choropleth::choropleth;
use atlas_core::geometry::shapes::build_geometry;
use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::import::sidecar::parse_sidecar;
use atlas_core::import::table::parse_csv;
use atlas_core::issue::IssueKind;
use atlas_core::join::join;
use atlas_core::pipeline::parse_boundaries;
use std::collections::HashMap;

/// An edge between two rounded vertices, and the districts that use it.
type EdgeUse<'a> = HashMap<((i64, i64), (i64, i64)), Vec<&'a str>>;

const GEOJSON: &str = include_str!("../../../public/demo/bydele.geojson");
const CSV: &str = include_str!("../../../public/demo/indikatorer.csv");
const META: &str = include_str!("../../../public/demo/indikatorer.meta.json");

fn demo_boundaries() -> atlas_core::import::boundaries::Boundaries {
    parse_boundaries(GEOJSON, &BoundaryOptions::default())
        .unwrap()
        .value
}

fn demo() -> atlas_core::Loaded<atlas_core::Atlas> {
    let b = parse_boundaries(GEOJSON, &BoundaryOptions::default()).unwrap();
    assert!(b.issues.is_empty(), "{:?}", b.issues);
    let sc = parse_sidecar(META).unwrap();
    let t = parse_csv(CSV, Some(&sc)).unwrap();
    assert!(t.issues.is_empty(), "{:?}", t.issues);
    join(&b.value, t.value)
}

#[test]
fn demo_has_eleven_areas_with_oesterbro_and_sydhavnen_separate_from_vesterbro() {
    let a = demo().value;
    assert!(a.districts.len() >= 11);
    for name in [
        "Østerbro",
        "Sydhavnen",
        "Vesterbro",
        "Indre By",
        "Amager Øst",
        "Amager Vest",
    ] {
        assert!(a.district_by_name(name).is_some(), "{name} missing");
    }
    assert!(
        a.dataset.illustrative,
        "demo figures must be flagged illustrative"
    );
    assert!(a.dataset.note_da.contains("Illustrative"));
}

#[test]
fn demo_table_joins_every_district_and_has_eight_plus_indicators() {
    let l = demo();
    assert_eq!(l.issues.len(), 1, "{:?}", l.issues);
    assert_eq!(
        l.issues[0].kind,
        IssueKind::MatchSummary {
            matched: 11,
            rows: 11,
            with_data: 11,
            areas: 11,
            noun: atlas_core::text::noun::Noun::Bydel,
        },
        "{:?}",
        l.issues
    );
    let a = l.value;
    assert!(a.indicators.len() >= 8);
    let income = a
        .indicators
        .iter()
        .position(|i| i.column == "indkomst")
        .unwrap();
    let oe = a.district_by_name("Østerbro").unwrap();
    assert_eq!(a.value(income, oe), Some(296_700.0));
    // The one deliberately missing value stays missing.
    let proj = a
        .indicators
        .iter()
        .position(|i| i.column == "samskabelse")
        .unwrap();
    let av = a.district_by_name("Amager Vest").unwrap();
    assert_eq!(a.value(proj, av), None);
    for m in &a.indicators {
        assert!(
            !m.label_da.is_empty()
                && !m.label_en.is_empty()
                && !m.source.is_empty()
                && m.year.is_some(),
            "{m:?}"
        );
    }
}

#[test]
fn demo_neighbours_share_edges_and_rings_are_counter_clockwise() {
    let a = demo_boundaries();
    let key = |c: geo::Coord<f64>| ((c.x * 1e6).round() as i64, (c.y * 1e6).round() as i64);
    let mut edges: EdgeUse = HashMap::new();
    for d in &a.districts {
        for p in &d.geometry.0 {
            let ring = &p.exterior().0;
            let area: f64 = ring
                .windows(2)
                .map(|w| w[0].x * w[1].y - w[1].x * w[0].y)
                .sum();
            assert!(area > 0.0, "{} exterior ring is clockwise", d.name);
            for w in ring.windows(2) {
                let (a, b) = (key(w[0]), key(w[1]));
                edges
                    .entry(if a < b { (a, b) } else { (b, a) })
                    .or_default()
                    .push(&d.name);
            }
        }
    }
    assert!(
        edges.values().all(|n| n.len() <= 2),
        "an edge is used by more than two districts"
    );
    let neighbours = |x: &str, y: &str| edges.values().any(|n| n.contains(&x) && n.contains(&y));
    for (x, y) in [
        ("Østerbro", "Nørrebro"),
        ("Østerbro", "Indre By"),
        ("Østerbro", "Bispebjerg"),
        ("Vesterbro", "Sydhavnen"),
        ("Valby", "Sydhavnen"),
        ("Vanløse", "Brønshøj-Husum"),
        ("Amager Øst", "Amager Vest"),
        ("Indre By", "Amager Øst"),
        ("Nørrebro", "Bispebjerg"),
    ] {
        assert!(neighbours(x, y), "{x} and {y} should share a border");
    }
    // Across the harbour there is water, not a shared border.
    assert!(!neighbours("Vesterbro", "Amager Vest"));
    assert!(!neighbours("Amager Øst", "Vesterbro"));
    assert!(!neighbours("Østerbro", "Sydhavnen"));
}

#[test]
fn demo_lies_where_copenhagen_is_and_draws_a_path_per_district() {
    let a = demo().value;
    let shapes = demo_boundaries();
    let b = atlas_core::geometry::shapes::lonlat_bounds(&shapes.districts).unwrap();
    assert!(
        b.min_x > 12.44 && b.max_x < 12.74 && b.min_y > 55.60 && b.max_y < 55.74,
        "{b:?}"
    );
    let g = build_geometry(&shapes.districts, 1000.0, 16.0).unwrap();
    assert_eq!(g.paths.len(), a.districts.len());
    assert!(g.height > 500.0 && g.height < 1200.0, "height {}", g.height);
    let oe = a.district_by_name("Østerbro").unwrap();
    let sy = a.district_by_name("Sydhavnen").unwrap();
    let (ob, sb) = (g.bounds[oe].unwrap(), g.bounds[sy].unwrap());
    assert!(
        ob.min_y < sb.min_y && ob.max_x > sb.max_x,
        "Østerbro lies north-east of Sydhavnen"
    );
    let c = choropleth(a.column(0), a.indicators[0].polarity, 5);
    assert_eq!(c.legend.len(), 5);
}
