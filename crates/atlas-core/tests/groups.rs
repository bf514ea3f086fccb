//! A group of areas as A or B gets its value by the indicator's measure type:
//! hand-computed values for each type, the «≈» rule, missing parts.

use atlas_core::model::atlas::Atlas;
use atlas_core::model::district::Area;
use atlas_core::model::groups::{side_value, Rule, Side};
use atlas_core::model::indicator::{IndicatorMeta, Measure};
use atlas_core::Lang::{Da, En};
/// Three kvarterer with a population, a count, a share, a median and an index.
fn sydhavnen() -> (Atlas, Side) {
    let meta = |col: &str, measure| IndicatorMeta {
        measure,
        ..IndicatorMeta::from_column(col)
    };
    let a = Atlas {
        districts: vec![
            Area::new("20601", "Bavnehøj"),
            Area::new("20602", "Gl. Sydhavn"),
            Area::new("20603", "Holmene"),
        ],
        indicators: vec![
            meta("Indbyggere", Some(Measure::Count)),
            meta("Foreninger", Some(Measure::Count)),
            meta("Almene boliger", Some(Measure::Share)),
            meta("Medianindkomst", Some(Measure::Median)),
            meta("Tillid", Some(Measure::Index)),
            meta("Ukendt", None),
        ],
        years: vec![vec![None]; 6],
        values: vec![
            vec![vec![Some(10_000.0), Some(20_000.0), Some(5_000.0)]],
            vec![vec![Some(4.0), Some(6.0), Some(1.0)]],
            vec![vec![Some(50.0), Some(20.0), Some(10.0)]],
            vec![vec![Some(250_000.0), Some(300_000.0), Some(400_000.0)]],
            vec![vec![Some(1.0), Some(2.0), Some(4.0)]],
            vec![vec![Some(1.0), Some(2.0), Some(3.0)]],
        ],
        ..Default::default()
    };
    let side = Side::Group {
        name: "Sydhavnen".into(),
        members: vec![0, 1, 2],
    };
    (a, side)
}

#[test]
fn a_count_is_summed() {
    let (a, s) = sydhavnen();
    let v = side_value(&a, 1, 0, &s);
    assert_eq!((v.value, v.approx()), (Some(11.0), false));
    assert_eq!(v.why(Da), "summen af delene");
}

#[test]
fn a_share_is_weighted_by_the_population_and_says_so() {
    let (a, s) = sydhavnen();
    let v = side_value(&a, 2, 0, &s);
    // (50·10.000 + 20·20.000 + 10·5.000) / 35.000 = 950.000 / 35.000
    assert_eq!(v.value, Some(950_000.0 / 35_000.0));
    assert!(!v.approx());
    assert_eq!(v.why(Da), "vægtet med «Indbyggere»");
}

#[test]
fn a_share_is_weighted_by_its_denominator_column_when_it_has_one() {
    let (mut a, s) = sydhavnen();
    a.indicators[2].denominator = Some("Foreninger".into());
    let v = side_value(&a, 2, 0, &s);
    // (50·4 + 20·6 + 10·1) / 11
    assert_eq!(v.value, Some(330.0 / 11.0));
    assert_eq!(v.why(En), "weighted by “Foreninger”");
}

#[test]
fn a_median_is_an_approximate_population_weighted_mean_with_the_range() {
    let (a, s) = sydhavnen();
    let v = side_value(&a, 3, 0, &s);
    // (250.000·10.000 + 300.000·20.000 + 400.000·5.000) / 35.000
    assert_eq!(v.value, Some(10_500_000_000.0 / 35_000.0));
    assert!(v.approx());
    assert_eq!(
        v.why(Da),
        "≈ gennemsnit vægtet med «Indbyggere»: en median kan ikke regnes ud af delene; delene 250.000–400.000"
    );
}

#[test]
fn an_index_and_an_unknown_measure_are_approximate_too() {
    let (a, s) = sydhavnen();
    assert!(side_value(&a, 4, 0, &s).approx());
    let v = side_value(&a, 5, 0, &s);
    assert!(v.approx());
    assert!(
        v.why(Da).contains("måltypen er ikke angivet"),
        "{}",
        v.why(Da)
    );
}

#[test]
fn without_a_population_column_the_mean_is_unweighted_and_says_so() {
    let (mut a, s) = sydhavnen();
    a.indicators[0] = IndicatorMeta {
        measure: Some(Measure::Count),
        ..IndicatorMeta::from_column("Boliger")
    };
    let v = side_value(&a, 3, 0, &s);
    assert_eq!(v.value, Some(950_000.0 / 3.0));
    assert!(
        v.why(Da).starts_with("≈ uvægtet gennemsnit"),
        "{}",
        v.why(Da)
    );
    // a share without any weight is never a silent plain mean either
    let share = side_value(&a, 2, 0, &s);
    assert!(share.approx());
}

#[test]
fn a_part_without_a_value_makes_the_group_missing_and_is_named() {
    let (mut a, s) = sydhavnen();
    a.values[1][0][2] = None;
    let v = side_value(&a, 1, 0, &s);
    assert_eq!(v.value, None);
    assert_eq!(v.why(Da), "mangler: Holmene har intet tal");
    // a weight that is missing for a part is named too
    a.values[0][0][1] = None;
    let w = side_value(&a, 2, 0, &s);
    assert_eq!(
        (w.value, w.missing_part.as_deref()),
        (None, Some("Gl. Sydhavn"))
    );
}

#[test]
fn one_area_is_its_own_value() {
    let (a, _) = sydhavnen();
    let v = side_value(&a, 3, 0, &Side::Area(1));
    assert_eq!((v.value, v.why(Da)), (Some(300_000.0), String::new()));
    assert_eq!(v.rule, Rule::Own);
}

#[test]
fn a_property_that_areas_share_is_a_grouping_and_a_unique_one_is_not() {
    let gj = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"nr":"1","navn":"Nordhavn","bydel":"Østerbro","areal":"5"},"geometry":{"type":"Polygon","coordinates":[[[12.5,55.7],[12.6,55.7],[12.6,55.8],[12.5,55.7]]]}},
      {"type":"Feature","properties":{"nr":"2","navn":"Ryvang","bydel":"Østerbro","areal":"6"},"geometry":{"type":"Polygon","coordinates":[[[12.6,55.7],[12.7,55.7],[12.7,55.8],[12.6,55.7]]]}},
      {"type":"Feature","properties":{"nr":"3","navn":"Bavnehøj","bydel":"Kongens Enghave","areal":"7"},"geometry":{"type":"Polygon","coordinates":[[[12.5,55.6],[12.6,55.6],[12.6,55.65],[12.5,55.6]]]}}
    ]}"#;
    let options = atlas_core::import::boundaries::BoundaryOptions {
        key_property: Some("nr".into()),
        name_property: Some("navn".into()),
        ..Default::default()
    };
    let b = atlas_core::pipeline::parse_boundaries(gj, &options)
        .expect("loads")
        .value;
    let names: Vec<&str> = b.groupings.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(names, vec!["bydel"]);
    assert_eq!(b.property_value(1, "bydel"), Some("Østerbro"));
    assert_eq!(b.property_value(2, "bydel"), Some("Kongens Enghave"));
    assert_eq!(b.property_value(0, "areal"), None);
}
