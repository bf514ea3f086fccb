use atlas_core::classify::choropleth::choropleth;
use atlas_core::classify::methods::{percentile, quantile};
use atlas_core::classify::palette::class_colours;
use atlas_core::geometry::coords::{Bounds, LonLat, Screen};
use atlas_core::geometry::projection::{MapProjection, Mercator, Projection, Viewport};
use atlas_core::import::cells::{parse_cell, Cell};
use atlas_core::model::gap::{compare, rank, Ahead};
use atlas_core::model::indicator::Polarity;
use atlas_core::text::numbers::{format_number, format_ratio, format_signed, format_value};
use atlas_core::Lang;

#[test]
fn mercator_round_trips_across_denmark() {
    for lon in [8.0, 10.2, 12.45, 12.73, 15.2] {
        for lat in [54.5, 55.61, 55.73, 57.75] {
            let back = Mercator.invert(Mercator.project(LonLat { lon, lat }));
            assert!((back.lon - lon).abs() < 1e-9 && (back.lat - lat).abs() < 1e-9);
        }
    }
}

#[test]
fn fitted_projection_round_trips_screen_to_lonlat() {
    let b = Bounds {
        min_x: 12.45,
        min_y: 55.61,
        max_x: 12.73,
        max_y: 55.73,
    };
    let p = MapProjection::fit_lonlat(
        b,
        Viewport {
            width: 1000.0,
            height: 700.0,
            padding: 20.0,
        },
    )
    .unwrap();
    for (lon, lat) in [(12.45, 55.61), (12.57, 55.68), (12.73, 55.73)] {
        let s = p.to_screen(LonLat { lon, lat });
        assert!(
            s.x >= 19.999 && s.x <= 980.001 && s.y >= -0.001 && s.y <= 700.001,
            "{s:?}"
        );
        let back = p.to_lonlat(s);
        assert!((back.lon - lon).abs() < 1e-9 && (back.lat - lat).abs() < 1e-9);
    }
    // North is up on screen.
    let north = p.to_screen(LonLat {
        lon: 12.6,
        lat: 55.72,
    });
    let south = p.to_screen(LonLat {
        lon: 12.6,
        lat: 55.62,
    });
    assert!(north.y < south.y);
    let centre = p.to_lonlat(Screen { x: 500.0, y: 350.0 });
    assert!((centre.lon - 12.59).abs() < 1e-6);
}

#[test]
fn percentile_matches_geodas_documented_values() {
    let v = [15.0, 20.0, 35.0, 40.0, 50.0];
    assert_eq!(percentile(1.0, &v), 15.0);
    assert_eq!(percentile(10.0, &v), 15.0);
    assert!((percentile(11.0, &v) - 15.25).abs() < 1e-12);
    assert_eq!(percentile(50.0, &v), 35.0);
    assert!((percentile(89.0, &v) - 49.5).abs() < 1e-12);
    assert_eq!(percentile(90.0, &v), 50.0);
    assert_eq!(percentile(99.0, &v), 50.0);
}

#[test]
fn quintile_breaks_on_one_to_ten_are_hand_checked() {
    // N = 10: v[i] sits at percentile 10·i + 5, so 20 % lies halfway between 2 and 3.
    let v: Vec<Option<f64>> = (1..=10).map(|x| Some(x as f64)).collect();
    let c = quantile(&v, 5).unwrap();
    assert_eq!(c.breaks, vec![2.5, 4.5, 6.5, 8.5]);
    let counts: Vec<usize> = (0..5)
        .map(|i| v.iter().flatten().filter(|x| c.class_of(**x) == i).count())
        .collect();
    assert_eq!(counts, vec![2, 2, 2, 2, 2]);
}

#[test]
fn quantile_with_ties_merges_empty_classes() {
    let v: Vec<Option<f64>> = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 3.0, 4.0]
        .iter()
        .map(|x| Some(*x))
        .collect();
    let c = quantile(&v, 5).unwrap();
    // Raw breaks 1, 1, 1, 2.5 → only 2.5 survives: ties do not create empty classes.
    assert_eq!(c.breaks, vec![2.5]);
    assert_eq!(c.classes(), 2);
    assert_eq!(c.class_of(1.0), 0);
    assert_eq!(c.class_of(4.0), 1);
}

#[test]
fn quantile_of_a_single_value_is_one_class() {
    let c = quantile(&[Some(7.0), None, Some(7.0)], 5).unwrap();
    assert_eq!(c.classes(), 1);
    assert_eq!(c.range(0), (7.0, 7.0));
    assert_eq!(c.class_of(7.0), 0);
    assert!(quantile(&[None, None], 5).is_none());
}

#[test]
fn missing_values_are_missing_in_the_choropleth_not_zero() {
    let c = choropleth(
        &[Some(0.0), None, Some(10.0), Some(5.0)],
        Polarity::HigherIsBetter,
        5,
    );
    assert_eq!(c.classes[1], None);
    assert_eq!(c.fills[1], None);
    assert_eq!(c.classes[0], Some(0), "a real zero is a value");
    assert_eq!(c.missing, 1);
}

#[test]
fn worse_end_is_always_the_darkest_colour() {
    let up = choropleth(
        &[Some(1.0), Some(2.0), Some(3.0)],
        Polarity::HigherIsBetter,
        3,
    );
    let down = choropleth(
        &[Some(1.0), Some(2.0), Some(3.0)],
        Polarity::HigherIsWorse,
        3,
    );
    // Lowest income and highest unemployment share the colour.
    assert_eq!(up.fills[0], down.fills[2]);
    let pal = class_colours(5, Polarity::HigherIsWorse);
    let lum: Vec<f64> = pal
        .iter()
        .map(|c| atlas_core::classify::palette::luminance(c))
        .collect();
    assert!(
        lum.windows(2).all(|w| w[0] > w[1]),
        "darker as it gets worse: {lum:?}"
    );
}

#[test]
fn gap_reports_difference_ratio_ranks_and_who_is_ahead() {
    let income = [Some(296_700.0), Some(183_900.0), Some(247_900.0), None];
    let g = compare(&income, 0, 1, Polarity::HigherIsBetter);
    assert_eq!(g.difference, Some(112_800.0));
    assert!((g.ratio.unwrap() - 1.613_376_835).abs() < 1e-6);
    assert_eq!((g.rank_a, g.rank_b, g.ranked), (Some(1), Some(3), 3));
    assert_eq!(g.ahead, Ahead::A);

    let unemployment = [Some(3.1), Some(6.9)];
    let g = compare(&unemployment, 0, 1, Polarity::HigherIsWorse);
    assert_eq!(g.ahead, Ahead::A, "lower unemployment is ahead");
    assert_eq!((g.rank_a, g.rank_b), (Some(1), Some(2)));
}

#[test]
fn gap_with_zero_and_missing_values_never_invents_numbers() {
    let g = compare(&[Some(5.0), Some(0.0)], 0, 1, Polarity::HigherIsBetter);
    assert_eq!(g.difference, Some(5.0));
    assert_eq!(g.ratio, None, "division by zero has no ratio");
    let g = compare(&[Some(0.0), Some(4.0)], 0, 1, Polarity::HigherIsBetter);
    assert_eq!(g.ratio, Some(0.0));
    let g = compare(&[Some(5.0), None], 0, 1, Polarity::HigherIsBetter);
    assert_eq!(
        (g.difference, g.ratio, g.rank_b, g.ahead),
        (None, None, None, Ahead::Unknown)
    );
    let g = compare(&[Some(5.0), Some(5.0)], 0, 1, Polarity::HigherIsWorse);
    assert_eq!(g.ahead, Ahead::Equal);
    let g = compare(&[Some(5.0), Some(4.0)], 0, 1, Polarity::Neutral);
    assert_eq!(g.ahead, Ahead::NotApplicable);
    assert_eq!(
        rank(&[Some(2.0), Some(2.0), Some(1.0)], Polarity::HigherIsBetter),
        vec![Some(1), Some(1), Some(3)]
    );
}

#[test]
fn danish_and_english_number_formats() {
    assert_eq!(format_number(312_400.0, 0, Lang::Da), "312.400");
    assert_eq!(format_number(1234.56, 1, Lang::Da), "1.234,6");
    assert_eq!(format_number(1234.56, 1, Lang::En), "1,234.6");
    assert_eq!(format_number(999.0, 0, Lang::Da), "999");
    assert_eq!(format_number(1_000_000.0, 0, Lang::Da), "1.000.000");
    assert_eq!(format_number(-0.04, 1, Lang::Da), "0,0");
    assert_eq!(format_value(Some(68.4), 1, "%", Lang::Da), "68,4 %");
    assert_eq!(format_signed(112_800.0, 0, Lang::Da), "+112.800");
    assert_eq!(format_signed(-3.8, 1, Lang::Da), "−3,8");
    assert_eq!(format_ratio(1.6134, Lang::Da), "1,61×");
}

#[test]
fn danish_cells_parse_with_thousands_dots_and_decimal_commas() {
    assert_eq!(parse_cell("79.803"), Cell::Value(79_803.0));
    assert_eq!(parse_cell("1.234.567,25"), Cell::Value(1_234_567.25));
    assert_eq!(parse_cell(" 12,5 % "), Cell::Value(12.5));
    assert_eq!(parse_cell("-3,25"), Cell::Value(-3.25));
    assert_eq!(parse_cell("0.5"), Cell::Value(0.5));
    for m in ["", "..", "-", "NA", "na", " .. "] {
        assert_eq!(parse_cell(m), Cell::Missing, "{m:?}");
    }
    for bad in ["1,2,3", "12.34.5", "abc", "1.23,4"] {
        assert_eq!(parse_cell(bad), Cell::Invalid, "{bad:?}");
    }
}
