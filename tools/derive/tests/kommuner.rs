//! «Danmarks kommuner: ressourcer og samskabelse» (`public/eksempler/kommuner/`): the
//! 98 municipalities load without a message, the figures are the source files' own
//! (their column names, exact values, missing where the source is), nothing of the
//! source's scoring is shipped, and the story opens on the bivariate map of Gentofte
//! against Lolland. (That the files are exactly the derivation's output is checked
//! with the other examples in `examples.rs`.)

#[path = "../../../crates/atlas-core/tests/common/mod.rs"]
mod common;

use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::model::indicator::{Group, Polarity, Scale};
use atlas_core::text::noun::Noun;
use geo::{Area, BooleanOps, BoundingRect, Intersects, MultiPolygon};
use std::collections::HashMap;
use std::path::PathBuf;

fn public(rel: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../public")
        .join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{} could not be read: {e}", p.display()))
}

const BOUNDARIES: &str = "eksempler/kommuner/kommuner.geojson";
const TABLE: &str = "eksempler/kommuner/tal.csv";
const META: &str = "eksempler/kommuner/tal.meta.json";
const STORY: &str = "eksempler/kommuner/fortaelling.json";

/// The example as the atlas joins it.
fn atlas() -> atlas_core::Atlas {
    let b =
        atlas_core::pipeline::parse_boundaries(&public(BOUNDARIES), &BoundaryOptions::default())
            .expect("the municipalities load");
    let sidecar = atlas_core::import::sidecar::parse_sidecar(&public(META)).expect("the metadata");
    let t =
        atlas_core::import::table::parse_csv(&public(TABLE), Some(&sidecar)).expect("the table");
    let warned = |issues: &[atlas_core::issue::Issue]| {
        issues
            .iter()
            .filter(|i| i.severity != atlas_core::issue::Severity::Info)
            .count()
    };
    assert_eq!(warned(&t.issues), 0, "{:?}", t.issues);
    let joined = atlas_core::join::join(&b.value, t.value);
    assert_eq!(warned(&joined.issues), 0, "{:?}", joined.issues);
    joined.value
}

fn value(a: &atlas_core::Atlas, column: &str, id: &str) -> Option<f64> {
    let i = a
        .indicators
        .iter()
        .position(|m| m.column == column)
        .unwrap_or_else(|| panic!("{column} is an indicator"));
    let d = a
        .district_by_id(id)
        .unwrap_or_else(|| panic!("{id} is on the map"));
    a.value(i, d)
}

#[test]
fn the_98_municipalities_load_without_a_message() {
    let loaded =
        atlas_core::pipeline::parse_boundaries(&public(BOUNDARIES), &BoundaryOptions::default())
            .expect("the municipalities load");
    assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
    let b = &loaded.value;
    assert_eq!(b.districts.len(), 98);
    assert_eq!(b.noun, Noun::Kommune);
    assert_eq!(
        b.districts[0].id, "0101",
        "the key is DAWA's four-digit code"
    );
    assert_eq!(b.districts[0].name, "København");
    let name = |id: &str| {
        b.districts
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.name.as_str())
    };
    assert_eq!(name("0157"), Some("Gentofte"));
    assert_eq!(name("0360"), Some("Lolland"));
    assert_eq!(name("0411"), None, "Christiansø is left out");
    let n = public(BOUNDARIES).len();
    assert!(n < 300_000, "{BOUNDARIES} is {n} bytes");
}

#[test]
fn every_row_of_the_table_is_a_municipality_on_the_map_and_the_figures_are_the_sources() {
    let a = atlas();
    assert_eq!(a.districts.len(), 98);
    // København and Gentofte at KV21, as DST's LABY08 gives them
    assert_eq!(value(&a, "voter_turnout_pct", "0101"), Some(59.97));
    assert_eq!(value(&a, "voter_turnout_pct", "0157"), Some(71.49));
    assert_eq!(value(&a, "voter_turnout_pct", "0360"), Some(63.05));
    assert_eq!(value(&a, "disposable_income_raw", "0157"), Some(570_329.0));
    assert_eq!(value(&a, "sports_membership_pct", "0165"), Some(112.7));
    assert_eq!(value(&a, "ensomhed_pct", "0101"), Some(12.9));
    // missing in the source, missing here: life expectancy on Læsø, Ærø, Fanø, Samsø
    for id in ["0825", "0492", "0563", "0741"] {
        assert_eq!(value(&a, "life_expectancy_raw", id), None, "{id}");
    }
    assert_eq!(value(&a, "library_loans_per_cap", "0563"), None);
    for id in ["0563", "0741", "0825"] {
        assert_eq!(value(&a, "music_school_per_1k", id), None, "{id}");
    }
    // nothing else is missing
    let missing: usize = (0..a.indicators.len())
        .map(|i| a.column(i).iter().filter(|v| v.is_none()).count())
        .sum();
    assert_eq!(missing, 4 + 1 + 3);
}

#[test]
fn no_ratio_average_or_score_is_shipped() {
    let csv = public(TABLE);
    let meta = public(META);
    for bad in ["_ratio", "_avg", "score"] {
        let header = csv.lines().next().unwrap_or_default();
        assert!(
            !header.contains(bad),
            "tal.csv's header has {bad}: {header}"
        );
        assert!(!meta.contains(bad), "tal.meta.json mentions {bad}");
    }
}

#[test]
fn each_indicator_is_the_source_files_column_described_honestly() {
    let a = atlas();
    let columns: Vec<&str> = a.indicators.iter().map(|m| m.column.as_str()).collect();
    assert_eq!(
        columns,
        [
            "disposable_income_raw",
            "education_raw",
            "employment_raw",
            "child_poverty_raw",
            "low_income_raw",
            "life_expectancy_raw",
            "ensomhed_pct",
            "social_stoette_pct",
            "voter_turnout_pct",
            "sports_membership_pct",
            "civil_society_raw",
            "facilities_per_10k",
            "library_loans_per_cap",
            "music_school_per_1k",
            "voter_turnout_national_pct",
        ]
    );
    let m = |c: &str| a.indicators.iter().find(|m| m.column == c).expect(c);
    assert_eq!(m("ensomhed_pct").group, Group::Need);
    assert_eq!(m("social_stoette_pct").group, Group::Need);
    for c in [
        "ensomhed_pct",
        "social_stoette_pct",
        "child_poverty_raw",
        "low_income_raw",
    ] {
        assert_eq!(m(c).polarity, Polarity::HigherIsWorse, "{c}");
    }
    assert_eq!(m("voter_turnout_pct").group, Group::Transformative);
    for c in [
        "sports_membership_pct",
        "civil_society_raw",
        "facilities_per_10k",
    ] {
        assert_eq!(m(c).group, Group::Intermediating, "{c}");
        assert_eq!(m(c).scale, Some(Scale::Collective), "{c}");
    }
    for c in ["library_loans_per_cap", "music_school_per_1k"] {
        assert_eq!(m(c).group, Group::Descriptive, "{c}");
        assert_eq!(m(c).scale, Some(Scale::Individual), "{c}");
    }
    assert_eq!(
        m("voter_turnout_pct").source,
        "Danmarks Statistik, LABY08 (2021)"
    );
    assert_eq!(m("voter_turnout_national_pct").year, None);
    assert!(m("voter_turnout_national_pct")
        .label_da
        .contains("seneste folketingsvalg"));
    assert_eq!(
        m("ensomhed_pct").source,
        "Den Nationale Sundhedsprofil 2025 (Sundhedsstyrelsen/SIF)"
    );
    assert!(m("sports_membership_pct").note_da.contains("Albertslund"));
    for i in &a.indicators {
        assert!(
            !i.note_da.is_empty() && !i.note_en.is_empty(),
            "{}",
            i.column
        );
        assert!(
            i.source.starts_with("Danmarks Statistik, ") || i.source.starts_with("Den Nationale"),
            "{}: {}",
            i.column,
            i.source
        );
    }
    assert!(!a.dataset.illustrative);
}

#[test]
fn the_story_opens_on_income_against_turnout_gentofte_against_lolland() {
    let scenes: Vec<atlas_core::present::project::Scene> =
        serde_json::from_str(&public(STORY)).expect("the story");
    assert!((3..=4).contains(&scenes.len()));
    let first = &scenes[0].view;
    assert_eq!(first.mode, atlas_core::classify::modes::Mode::Bivariate);
    assert_eq!(first.bx.as_deref(), Some("disposable_income_raw"));
    assert_eq!(first.by.as_deref(), Some("voter_turnout_pct"));
    assert_eq!(first.a.as_deref(), Some("0157"));
    assert_eq!(first.b.as_deref(), Some("0360"));
    let a = atlas();
    for s in &scenes {
        assert_eq!(s.view.example.as_deref(), Some("kommuner"));
        for id in [&s.view.a, &s.view.b].into_iter().flatten() {
            assert!(a.district_by_id(id).is_some(), "{id}");
        }
        for c in [&s.view.indicator, &s.view.bx, &s.view.by]
            .into_iter()
            .flatten()
        {
            assert!(a.indicators.iter().any(|m| &m.column == c), "{c}");
        }
        assert!(!s.caption.is_empty() && s.caption_en.as_deref().is_some_and(|c| !c.is_empty()));
    }
}

/// Each feature's shape in lon/lat, by code.
fn shapes(text: &str) -> Vec<(String, MultiPolygon<f64>)> {
    let v: serde_json::Value = serde_json::from_str(text).expect("GeoJSON");
    let mut all = common::polygons(text).into_iter();
    v["features"]
        .as_array()
        .expect("features")
        .iter()
        .map(|f| {
            let parts = f["geometry"]["coordinates"]
                .as_array()
                .expect("parts")
                .len();
            (
                f["properties"]["kode"].as_str().expect("kode").to_owned(),
                MultiPolygon(all.by_ref().take(parts).collect()),
            )
        })
        .collect()
}

/// Square metres of a lon/lat shape in Denmark (local equirectangular scale).
fn m2(shape: &MultiPolygon<f64>) -> f64 {
    let lat = shape
        .bounding_rect()
        .map(|r| (r.min().y + r.max().y) / 2.0)
        .unwrap_or(56.0);
    shape.unsigned_area() * 111_320.0 * 111_320.0 * lat.to_radians().cos()
}

#[test]
fn neighbours_share_their_borders_without_overlapping_and_keep_their_size() {
    let text = public(BOUNDARIES);
    let ours = shapes(&text);
    // an edge is drawn by one municipality (the coast) or by two different ones
    let v: serde_json::Value = serde_json::from_str(&text).expect("GeoJSON");
    let mut owners: HashMap<[(i64, i64); 2], Vec<usize>> = HashMap::new();
    let q = |p: &serde_json::Value| {
        let c = |i: usize| (p[i].as_f64().expect("number") * 1e6).round() as i64;
        (c(0), c(1))
    };
    for (i, f) in v["features"]
        .as_array()
        .expect("features")
        .iter()
        .enumerate()
    {
        for poly in f["geometry"]["coordinates"].as_array().expect("polygons") {
            for ring in poly.as_array().expect("rings") {
                let pts: Vec<(i64, i64)> = ring.as_array().expect("ring").iter().map(q).collect();
                for w in pts.windows(2) {
                    let mut e = [w[0], w[1]];
                    e.sort();
                    owners.entry(e).or_default().push(i);
                }
            }
        }
    }
    let shared = owners.values().filter(|o| o.len() == 2).count();
    for (e, o) in &owners {
        assert!(
            o.len() == 1 || (o.len() == 2 && o[0] != o[1]),
            "the edge {e:?} is drawn by {o:?}"
        );
    }
    assert!(shared > 1_000, "neighbours share {shared} edges");
    // no two municipalities overlap
    for (i, (ca, a)) in ours.iter().enumerate() {
        for (cb, b) in &ours[i + 1..] {
            let (Some(ra), Some(rb)) = (a.bounding_rect(), b.bounding_rect()) else {
                continue;
            };
            if ra.intersects(&rb) {
                let overlap = m2(&a.intersection(b));
                assert!(overlap < 10.0, "{ca} and {cb} overlap by {overlap:.1} m²");
            }
        }
    }
    // each keeps its size in the source (DAWA) within 2 % (all are within 1 %)
    let Some(src) = common::shared(atlas_derive::kommuner::BOUNDARIES) else {
        return;
    };
    let source: HashMap<String, f64> = shapes(&src).into_iter().map(|(c, s)| (c, m2(&s))).collect();
    for (code, shape) in &ours {
        let (got, want) = (m2(shape), source[code]);
        assert!(
            (got - want).abs() / want < 0.02,
            "{code}: {got:.0} m² drawn, {want:.0} m² in DAWA"
        );
    }
}

#[test]
fn the_repair_does_what_its_description_says() {
    let Some(src) = common::shared(atlas_derive::kommuner::BOUNDARIES) else {
        return;
    };
    let k = atlas_derive::kommuner::kommuner(&src).expect("the municipalities are repaired");
    let r = k.repair;
    assert_eq!(k.areas.len(), 98);
    assert_eq!((r.rings, r.spikes, r.twists), (61, 111, 2));
    assert!(r.twist_m2 < 1.0, "{}", r.twist_m2);
    assert_eq!((r.holes_cut, r.merged), (1, 53));
    assert_eq!(k.exclaves, 1);
    assert_eq!(k.islets, 913);
    assert!(k.islet_m2 < 1.5e6, "{}", k.islet_m2);
    assert_eq!(k.rewelded.rings, 7);
}
