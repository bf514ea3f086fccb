//! Counts into rates: per 1,000 of a population column, a share in %, difference and
//! ratio, per km² against geodesic areas of the real bydele; year by year; zero and
//! missing denominators give missing; a computed column follows edits of its inputs.

mod common;

use atlas_core::geometry::area::areas_km2;
use atlas_core::import::boundaries::BoundaryOptions;
use atlas_core::model::derive::{derive, Recipe};
use atlas_core::model::edits::{Edit, EditLog};
use atlas_core::model::indicator::IndicatorMeta;
use atlas_core::pipeline::{apply_edits, parse_boundaries};

fn demo() -> (
    atlas_core::Atlas,
    atlas_core::import::boundaries::Boundaries,
) {
    let b = parse_boundaries(common::DEMO_GEOJSON, &BoundaryOptions::default()).unwrap();
    (common::demo_atlas(), b.value)
}

fn col(atlas: &atlas_core::Atlas, name: &str) -> usize {
    atlas
        .indicators
        .iter()
        .position(|m| m.column == name)
        .unwrap_or_else(|| panic!("no {name}"))
}

fn at(atlas: &atlas_core::Atlas, name: &str, district: &str) -> Option<f64> {
    atlas.value(col(atlas, name), atlas.district_by_name(district).unwrap())
}

fn derived(column: &str, recipe: Recipe) -> Edit {
    Edit::Derive {
        meta: IndicatorMeta::from_column(column),
        recipe,
    }
}

#[test]
fn members_per_1000_residents_from_a_pasted_count() {
    let (mut atlas, b) = demo();
    let pop = atlas
        .indicators
        .iter()
        .find(|m| m.column.contains("indbyggere") || m.label_da == "Indbyggere")
        .map(|m| m.column.clone())
        .expect("the demo has residents");
    let residents = at(&atlas, &pop, "Østerbro").unwrap();
    let mut log = EditLog::default();
    log.push(Edit::Paste {
        text: "Bydel\tMedlemmer\nØsterbro\t9.000\nValby\t0\nIndre By\t..\n".into(),
        mappings: vec![],
    });
    log.push(derived(
        "Medlemmer pr. 1.000",
        Recipe::Per {
            numerator: "Medlemmer".into(),
            denominator: pop.clone(),
            per: 1000.0,
        },
    ));
    apply_edits(&mut atlas, &b, &log);
    let v = at(&atlas, "Medlemmer pr. 1.000", "Østerbro").unwrap();
    assert!((v - 9000.0 / residents * 1000.0).abs() < 1e-9);
    assert_eq!(
        at(&atlas, "Medlemmer pr. 1.000", "Valby"),
        Some(0.0),
        "a zero count is a rate of zero"
    );
    assert_eq!(
        at(&atlas, "Medlemmer pr. 1.000", "Indre By"),
        None,
        "a missing count stays missing"
    );
    assert_eq!(
        at(&atlas, "Medlemmer pr. 1.000", "Nørrebro"),
        None,
        "not pasted: missing"
    );

    // the computed column follows an edit of its input
    let oe = atlas.districts[atlas.district_by_name("Østerbro").unwrap()]
        .id
        .clone();
    log.push(Edit::Cell {
        district: oe,
        column: "Medlemmer".into(),
        year: None,
        value: Some(18_000.0),
    });
    let (mut again, _) = demo();
    apply_edits(&mut again, &b, &log);
    let w = at(&again, "Medlemmer pr. 1.000", "Østerbro").unwrap();
    assert!((w - 2.0 * v).abs() < 1e-9);
}

#[test]
fn share_difference_ratio_and_zero_denominators() {
    let mut a = atlas_core::Atlas {
        districts: vec![Default::default(); 3],
        ..Default::default()
    };
    for (name, v) in [
        ("x", [Some(30.0), Some(5.0), None]),
        ("y", [Some(120.0), Some(0.0), Some(4.0)]),
    ] {
        a.indicators.push(IndicatorMeta::from_column(name));
        a.years.push(vec![None]);
        a.values.push(vec![v.to_vec()]);
    }
    let share = derive(
        &a,
        &Recipe::Per {
            numerator: "x".into(),
            denominator: "y".into(),
            per: 100.0,
        },
        &[],
    )
    .unwrap();
    assert_eq!(share.1[0], vec![Some(25.0), None, None]);
    let diff = derive(
        &a,
        &Recipe::Difference {
            a: "x".into(),
            b: "y".into(),
        },
        &[],
    )
    .unwrap();
    assert_eq!(diff.1[0], vec![Some(-90.0), Some(5.0), None]);
    let ratio = derive(
        &a,
        &Recipe::Ratio {
            a: "y".into(),
            b: "x".into(),
        },
        &[],
    )
    .unwrap();
    assert_eq!(ratio.1[0], vec![Some(4.0), Some(0.0), None]);
    assert!(
        ratio.1[0].iter().flatten().all(|v| v.is_finite()),
        "never infinity"
    );
    assert!(derive(
        &a,
        &Recipe::Ratio {
            a: "x".into(),
            b: "gone".into()
        },
        &[]
    )
    .is_none());
}

#[test]
fn year_by_year_where_both_have_years_and_a_yearless_column_serves_every_year() {
    let mut a = atlas_core::Atlas {
        districts: vec![Default::default(); 1],
        ..Default::default()
    };
    let mut add = |name: &str, years: Vec<Option<i32>>, vals: Vec<f64>| {
        a.indicators.push(IndicatorMeta::from_column(name));
        a.values.push(vals.iter().map(|v| vec![Some(*v)]).collect());
        a.years.push(years);
    };
    add(
        "count",
        vec![Some(2000), Some(2005), Some(2010)],
        vec![10.0, 20.0, 30.0],
    );
    add(
        "pop",
        vec![Some(2005), Some(2010), Some(2015)],
        vec![1000.0, 2000.0, 3000.0],
    );
    add("area", vec![None], vec![2.0]);
    let (years, values) = derive(
        &a,
        &Recipe::Per {
            numerator: "count".into(),
            denominator: "pop".into(),
            per: 1000.0,
        },
        &[],
    )
    .unwrap();
    assert_eq!(years, vec![Some(2005), Some(2010)], "the years both have");
    assert_eq!(values, vec![vec![Some(20.0)], vec![Some(15.0)]]);
    let (years, values) = derive(
        &a,
        &Recipe::Ratio {
            a: "count".into(),
            b: "area".into(),
        },
        &[],
    )
    .unwrap();
    assert_eq!(years.len(), 3);
    assert_eq!(values[2], vec![Some(15.0)]);
}

#[test]
fn per_km2_uses_geodesic_areas_that_match_the_citys_own_areas() {
    let Some(text) = common::shared("cph_bydele_kk_wfs_2024/bydele.geojson") else {
        return;
    };
    let b = parse_boundaries(&text, &BoundaryOptions::default())
        .unwrap()
        .value;
    let areas = areas_km2(&b.districts);
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    for f in json["features"].as_array().unwrap() {
        let name = f["properties"]["navn"].as_str().unwrap();
        let official = f["properties"]["areal_m2"].as_f64().unwrap() / 1e6;
        let d = b
            .districts
            .iter()
            .position(|d| d.name == name)
            .unwrap_or_else(|| {
                panic!(
                    "{name} not among {:?}",
                    b.districts.iter().map(|d| &d.name).collect::<Vec<_>>()
                )
            });
        let ours = areas[d].unwrap();
        assert!(
            (ours - official).abs() / official < 0.01,
            "{name}: {ours:.3} km² vs the city's {official:.3}"
        );
    }
    // residents per km² from a pasted count
    let (atlas, _) = atlas_core::join::join_with(&b, Default::default(), &[]);
    let mut atlas = atlas.value;
    let mut log = EditLog::default();
    log.push(Edit::Paste {
        text: "navn\tIndbyggere\nØsterbro\t79.803\n".into(),
        mappings: vec![],
    });
    log.push(derived(
        "Indbyggere pr. km²",
        Recipe::PerKm2 {
            numerator: "Indbyggere".into(),
        },
    ));
    apply_edits(&mut atlas, &b, &log);
    let v = at(&atlas, "Indbyggere pr. km²", "Østerbro").unwrap();
    assert!((v - 79_803.0 / 9.773556).abs() / v < 0.01, "{v}");
}
