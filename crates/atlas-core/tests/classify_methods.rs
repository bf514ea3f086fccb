//! Classification methods checked against GeoDa's documented definitions by hand.

use atlas_core::classify::choropleth::choropleth_with;
use atlas_core::classify::methods::{classify, CannotClassify, Method};
use atlas_core::model::indicator::Polarity;
use atlas_core::text::numbers::format_class;
use atlas_core::Lang;

fn v(xs: &[f64]) -> Vec<Option<f64>> {
    xs.iter().map(|x| Some(*x)).collect()
}

fn close(a: &[f64], b: &[f64]) {
    assert_eq!(a.len(), b.len(), "{a:?} vs {b:?}");
    for (x, y) in a.iter().zip(b) {
        assert!((x - y).abs() < 1e-9, "{a:?} vs {b:?}");
    }
}

const GEODA: [f64; 5] = [15.0, 20.0, 35.0, 40.0, 50.0];

#[test]
fn equal_intervals_split_the_range_evenly() {
    let c = classify(&v(&GEODA), Method::EqualInterval, 5, &[]).unwrap();
    close(&c.breaks, &[22.0, 29.0, 36.0, 43.0]);
}

#[test]
fn box_map_uses_geodas_quartiles_and_hinge_1_5() {
    // Q1 = 18,75, Q2 = 35, Q3 = 42,5 by GeoDa's percentile; IQR 23,75; fences ±35,625.
    let c = classify(&v(&GEODA), Method::BoxMap, 6, &[]).unwrap();
    close(&c.breaks, &[-16.875, 18.75, 35.0, 42.5, 78.125]);
    let counts: Vec<usize> = (0..6)
        .map(|i| GEODA.iter().filter(|x| c.class_of(**x) == i).count())
        .collect();
    assert_eq!(
        counts,
        vec![0, 1, 1, 2, 1, 0],
        "outlier classes exist even when empty"
    );
    // An upper outlier gets its own class.
    let data = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 100.0];
    let c = classify(&v(&data), Method::BoxMap, 6, &[]).unwrap();
    close(&c.breaks, &[-3.5, 2.5, 4.5, 6.5, 12.5]);
    assert_eq!(c.class_of(100.0), 5);
    assert_eq!(c.bounds(5), (Some(12.5), None));
    assert_eq!(
        format_class(c.bounds(0).0, c.bounds(0).1, 1, Lang::Da),
        "under −3,5"
    );
}

#[test]
fn standard_deviation_classes_sit_around_the_mean() {
    let c = classify(&v(&GEODA), Method::StdDev, 6, &[]).unwrap();
    let sd = (830.0f64 / 4.0).sqrt(); // sample standard deviation
    close(
        &c.breaks,
        &[32.0 - 2.0 * sd, 32.0 - sd, 32.0, 32.0 + sd, 32.0 + 2.0 * sd],
    );
}

#[test]
fn natural_breaks_are_the_optimal_ckmeans_clusters() {
    let data = [
        1.0, 12.0, 13.0, 14.0, 15.0, 16.0, 2.0, 2.0, 3.0, 5.0, 7.0, 1.0, 2.0, 5.0, 7.0, 1.0, 5.0,
        82.0, 1.0, 1.3, 1.1, 78.0,
    ];
    let c = classify(&v(&data), Method::NaturalBreaks, 3, &[]).unwrap();
    close(&c.breaks, &[12.0, 78.0]);
}

#[test]
fn manual_breaks_are_sorted_and_kept() {
    let c = classify(&v(&GEODA), Method::Manual, 5, &[30.0, 10.0, 30.0]).unwrap();
    close(&c.breaks, &[10.0, 30.0]);
    assert!(c.open_ends);
}

#[test]
fn methods_that_cannot_apply_say_why() {
    let same = v(&[5.0, 5.0, 5.0, 5.0]);
    assert_eq!(
        classify(&same, Method::EqualInterval, 5, &[]).unwrap_err(),
        CannotClassify::EqualIntervalsSameValue
    );
    assert_eq!(
        classify(&same, Method::NaturalBreaks, 5, &[]).unwrap_err(),
        CannotClassify::NaturalBreaksTooFewValues {
            classes: 5,
            distinct: 1
        }
    );
    assert_eq!(
        classify(&same, Method::StdDev, 6, &[]).unwrap_err(),
        CannotClassify::StdDevTooFewValues
    );
    assert_eq!(
        classify(&same, Method::BoxMap, 6, &[]).unwrap_err(),
        CannotClassify::BoxMapSameValue
    );
    let few = classify(&v(&[1.0, 2.0]), Method::BoxMap, 6, &[]).unwrap_err();
    assert_eq!(few, CannotClassify::BoxMapTooFewValues { count: 2 });
    assert!(
        few.say(Lang::Da).contains("mindst 4"),
        "{}",
        few.say(Lang::Da)
    );
    assert_eq!(
        classify(&same, Method::Manual, 5, &[]).unwrap_err().code(),
        "manual-no-breaks"
    );
    assert!(classify(&[None, None], Method::Quantile, 5, &[]).is_err());
    // Quantiles still work on all-equal data: one class.
    assert_eq!(
        classify(&same, Method::Quantile, 5, &[]).unwrap().classes(),
        1
    );
}

#[test]
fn classes_are_clamped_to_three_to_nine() {
    let data: Vec<f64> = (1..=30).map(f64::from).collect();
    assert_eq!(
        classify(&v(&data), Method::EqualInterval, 12, &[])
            .unwrap()
            .classes(),
        9
    );
    assert_eq!(
        classify(&v(&data), Method::Quantile, 1, &[])
            .unwrap()
            .classes(),
        3
    );
}

#[test]
fn choropleth_with_a_method_counts_and_colours_every_class() {
    let c = choropleth_with(
        &v(&[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 100.0]),
        Polarity::HigherIsWorse,
        Method::BoxMap,
        6,
        &[],
        atlas_core::classify::palette::Scheme::RedBlue,
    )
    .unwrap();
    assert_eq!(c.legend.len(), 6);
    assert_eq!(c.legend.iter().map(|l| l.count).sum::<usize>(), 8);
    assert_eq!(c.legend[5].count, 1);
    assert_eq!(c.legend[5].upper, None);
}

#[test]
fn every_scheme_keeps_the_worse_end_in_the_same_place() {
    use atlas_core::classify::palette::{luminance, Scheme};
    for scheme in Scheme::ALL {
        let better = scheme.colours(5, Polarity::HigherIsBetter);
        let worse = scheme.colours(5, Polarity::HigherIsWorse);
        assert_eq!(better[0], worse[4], "{scheme:?}");
        assert_eq!(better.len(), 5);
        if !scheme.is_diverging() {
            // Sequential: the worse end is the darker one.
            assert!(luminance(&worse[4]) < luminance(&worse[0]), "{scheme:?}");
        }
    }
}

#[test]
fn gap_map_is_centred_on_the_reference_and_follows_polarity() {
    use atlas_core::classify::choropleth::{gap_choropleth, reference_mean};
    let values = v(&[100.0, 150.0, 200.0]);
    let weights = v(&[1.0, 1.0, 2.0]);
    let weighted = reference_mean(&values, Some(&weights)).unwrap();
    assert!((weighted - 162.5).abs() < 1e-9);
    let centre = reference_mean(&values, None).unwrap();
    assert_eq!(centre, 150.0);
    let better = gap_choropleth(&values, centre, Polarity::HigherIsBetter);
    let worse = gap_choropleth(&values, centre, Polarity::HigherIsWorse);
    // The same district is at opposite ends of the scale when the direction flips.
    assert_eq!(better.fills[0], worse.fills[2]);
    assert_eq!(better.classes[0], Some(0));
    assert_eq!(better.classes[2], Some(5));
    // Differences are symmetric around zero and missing stays missing.
    let c = gap_choropleth(&[Some(1.0), None], 1.0, Polarity::HigherIsBetter);
    assert_eq!((c.missing, c.classes[1]), (1, None));
    assert_eq!(c.legend.len(), 6);
}

#[test]
fn bivariate_names_low_resources_and_low_capacity_double_vulnerable() {
    use atlas_core::classify::bivariate::{bivariate, PALETTE};
    // Unemployment (higher is worse) as the resource axis, turnout as capacity.
    let unemployment = v(&[3.0, 6.9, 4.0, 6.4, 3.1, 5.0]);
    let turnout = v(&[74.5, 52.7, 65.0, 55.6, 71.8, 69.0]);
    let b = bivariate(
        &unemployment,
        Polarity::HigherIsWorse,
        &turnout,
        Polarity::HigherIsBetter,
    );
    assert_eq!(
        b.double_vulnerable,
        vec![1, 3],
        "high unemployment and low turnout"
    );
    assert_eq!(b.cells[0], Some((2, 2)));
    assert_eq!(b.fills[1].as_deref(), Some(PALETTE[0][0]));
    assert_eq!(b.counts.iter().flatten().sum::<usize>(), 6);
    // Missing on either axis stays missing.
    let b = bivariate(
        &v(&[1.0, 2.0, 3.0]),
        Polarity::HigherIsBetter,
        &[Some(1.0), None, Some(3.0)],
        Polarity::HigherIsBetter,
    );
    assert_eq!(b.cells[1], None);
    assert_eq!(b.fills[1], None);
}

#[test]
fn composite_index_normalises_turns_weights_and_never_invents() {
    use atlas_core::model::composite::{composite, index_ranks, Component, Normalisation};
    let income = v(&[100.0, 200.0, 300.0]);
    let unemployment = v(&[9.0, 5.0, 1.0]);
    let turnout = [Some(50.0), None, Some(70.0)];
    let both = |w1: f64, w2: f64, how| {
        composite(
            &[
                Component {
                    values: &income,
                    polarity: Polarity::HigherIsBetter,
                    weight: w1,
                },
                Component {
                    values: &unemployment,
                    polarity: Polarity::HigherIsWorse,
                    weight: w2,
                },
            ],
            how,
        )
    };
    let mm = both(1.0, 1.0, Normalisation::MinMax);
    assert_eq!(mm, vec![Some(0.0), Some(0.5), Some(1.0)]);
    let z = both(1.0, 3.0, Normalisation::ZScore);
    assert!(
        (z[0].unwrap() + 1.0).abs() < 1e-9
            && z[1].unwrap().abs() < 1e-9
            && (z[2].unwrap() - 1.0).abs() < 1e-9,
        "{z:?}"
    );
    assert_eq!(index_ranks(&mm), vec![Some(3), Some(2), Some(1)]);
    // A missing component value gives no score; zero weight ignores a component.
    let with_turnout = composite(
        &[
            Component {
                values: &income,
                polarity: Polarity::HigherIsBetter,
                weight: 1.0,
            },
            Component {
                values: &turnout,
                polarity: Polarity::HigherIsBetter,
                weight: 1.0,
            },
        ],
        Normalisation::MinMax,
    );
    assert_eq!(with_turnout[1], None);
    let ignored = composite(
        &[
            Component {
                values: &income,
                polarity: Polarity::HigherIsBetter,
                weight: 1.0,
            },
            Component {
                values: &turnout,
                polarity: Polarity::HigherIsBetter,
                weight: 0.0,
            },
        ],
        Normalisation::MinMax,
    );
    assert_eq!(ignored[1], Some(0.5));
    assert_eq!(
        both(0.0, 0.0, Normalisation::MinMax),
        vec![None, None, None]
    );
}

#[test]
fn box_map_refuses_when_half_the_areas_share_one_value() {
    // Found by the property tests: with no spread between the quartiles every fence
    // coincides and the tied areas were drawn as upper outliers.
    let e = classify(&v(&[0.0, 0.0, 0.0, 0.0, 0.0, -1.0]), Method::BoxMap, 6, &[])
        .expect_err("no box map without spread");
    assert!(
        matches!(e, CannotClassify::BoxMapNoSpread { value } if value == 0.0),
        "{e:?}"
    );
    let said = e.say(Lang::Da);
    assert!(
        said.contains("mindst halvdelen af områderne har værdien 0"),
        "{said}"
    );
    // With spread, a box map still works even with some ties.
    assert!(classify(
        &v(&[0.0, 0.0, 0.0, 1.0, 2.0, 3.0, 9.0]),
        Method::BoxMap,
        6,
        &[]
    )
    .is_ok());
}
