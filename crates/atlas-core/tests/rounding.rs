//! Figures are rounded for display half away from zero, as Excel and Danmarks
//! Statistik round them, on the number as written rather than its binary value.

use atlas_core::text::numbers::{compact, format_number, format_ratio, format_signed};
use atlas_core::text::round::{fixed, round_half_away};
use atlas_core::Lang::{Da, En};

#[test]
fn a_pasted_half_rounds_up_not_to_even() {
    // format!("{:.0}", 1234.5) gives "1234": ties to even
    assert_eq!(format_number(1234.5, 0, Da), "1.235");
    assert_eq!(format_number(1233.5, 0, Da), "1.234");
    assert_eq!(format_number(0.5, 0, Da), "1");
    assert_eq!(format_number(2.5, 0, En), "3");
    assert_eq!(format_number(0.125, 2, Da), "0,13");
}

#[test]
fn negative_halves_round_away_from_zero() {
    assert_eq!(format_number(-2.5, 0, Da), "−3");
    assert_eq!(format_number(-1234.5, 0, En), "−1,235");
    assert_eq!(format_number(-0.125, 2, Da), "−0,13");
    assert_eq!(round_half_away(-2.5, 0), -3.0);
}

#[test]
fn a_typed_decimal_rounds_as_typed_whatever_its_binary_value() {
    // 2.675 is stored as 2.67499999999999982236431605997495353221893310546875
    assert_eq!(format!("{:.2}", 2.675), "2.67");
    assert_eq!(format_number(2.675, 2, Da), "2,68");
    assert_eq!(format_number(1.005, 2, En), "1.01");
    assert_eq!(format_number(1.015, 2, En), "1.02");
    assert_eq!(format_number(8.345, 2, Da), "8,35");
    assert_eq!(round_half_away(2.675, 2), 2.68);
}

#[test]
fn a_computed_figure_counts_at_fifteen_significant_digits_as_in_excel() {
    let v = 0.145 * 100.0;
    assert_eq!(v, 14.499999999999998);
    assert_eq!(format_number(v, 0, Da), "15");
    assert_eq!(format_number(0.1 + 0.2, 1, Da), "0,3");
}

#[test]
fn just_below_a_half_rounds_down() {
    assert_eq!(format_number(1234.4999, 0, Da), "1.234");
    assert_eq!(format_number(2.674, 2, Da), "2,67");
    assert_eq!(format_number(-2.49, 0, Da), "−2");
}

#[test]
fn a_carry_runs_through_every_nine() {
    assert_eq!(format_number(999.5, 0, Da), "1.000");
    assert_eq!(format_number(9.96, 1, Da), "10,0");
    assert_eq!(format_number(-99_999.95, 1, En), "−100,000.0");
    assert_eq!(fixed(0.0995, 2), "0.10");
}

#[test]
fn places_are_padded_and_large_and_tiny_figures_keep_their_size() {
    assert_eq!(format_number(3.0, 2, Da), "3,00");
    assert_eq!(format_number(16_086_752.0, 0, Da), "16.086.752");
    assert_eq!(format_number(1e21, 0, En), "1,000,000,000,000,000,000,000");
    assert_eq!(format_number(1e-7, 2, Da), "0,00");
    assert_eq!(
        format_number(123_456_789.123_456_7, 3, En),
        "123,456,789.123"
    );
}

#[test]
fn a_figure_that_rounds_to_zero_has_no_sign() {
    assert_eq!(format_number(-0.004, 2, Da), "0,00");
    assert_eq!(format_number(-0.0, 0, Da), "0");
    assert_eq!(format_signed(0.004, 2, Da), "0,00");
    assert_eq!(format_signed(-0.005, 2, Da), "−0,01");
}

#[test]
fn signed_ratio_and_compact_figures_round_the_same_way() {
    assert_eq!(format_signed(112_800.5, 0, Da), "+112.801");
    assert_eq!(format_ratio(1.605, Da), "1,61×");
    assert_eq!(compact(8_450_000.0, 0, false, Da).0, "8,5 mio.");
    assert_eq!(compact(-8_450_000.0, 0, true, En).0, "−8.5 m");
}

#[test]
fn not_finite_figures_are_a_dash() {
    assert_eq!(format_number(f64::NAN, 1, Da), "–");
    assert_eq!(format_number(f64::INFINITY, 1, Da), "–");
    assert!(round_half_away(f64::NAN, 1).is_nan());
}

#[test]
fn every_figure_rounds_to_the_nearest_shown_value() {
    // against exact decimal arithmetic on integers: n/1000 shown with 2 places
    for n in -20_000i64..=20_000 {
        let v = n as f64 / 1000.0;
        let hundredths = (n.abs() + 5) / 10; // half away from zero
        let want = format!(
            "{}{}.{:02}",
            if n < 0 && hundredths != 0 { "-" } else { "" },
            hundredths / 100,
            hundredths % 100
        );
        let got = format_number(v, 2, En).replace('−', "-").replace(',', "");
        assert_eq!(got, want, "{v}");
    }
}
