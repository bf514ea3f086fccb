//! Rounding for display as Excel and Danmarks Statistik round: half away from zero
//! (1.234,5 → 1.235; −2,5 → −3), on the number as it was written rather than on its
//! binary value (2,675 → 2,68, though the nearest `f64` is 2,67499999…).
//!
//! `format!("{:.N}")` rounds the binary value, ties to even: 1234.5 → `1234` and
//! 2.675 → `2.67`. Here a number is first written as the shortest decimal that reads
//! back as the same `f64` (Rust's `{}`), then taken to 15 significant digits — the
//! precision Excel shows, so a sum such as 0.145 × 100 = 14.499999999999998 counts as
//! the 14,5 it stands for — and only then rounded to the places shown.

/// How many significant digits a figure is taken to before it is rounded for display.
pub const SIGNIFICANT_DIGITS: usize = 15;

/// `|v|` rounded half away from zero to `decimals` places, as plain digits with a `.`
/// when there are places (`"1235"`, `"2.68"`, `"0.00"`); `v` must be finite.
///
/// ```
/// use atlas_core::text::round::fixed;
/// assert_eq!(fixed(1234.5, 0), "1235");
/// assert_eq!(fixed(2.675, 2), "2.68");
/// assert_eq!(fixed(-2.5, 0), "3");
/// assert_eq!(fixed(9.96, 1), "10.0");
/// ```
pub fn fixed(v: f64, decimals: usize) -> String {
    let (mut digits, mut point) = shortest_digits(v);
    if let Some(first) = digits.iter().position(|d| *d != 0) {
        round_digits(&mut digits, &mut point, first + SIGNIFICANT_DIGITS);
    }
    let keep = point + decimals;
    round_digits(&mut digits, &mut point, keep);
    digits.resize(point + decimals, 0);
    let int = &digits[..point];
    // no leading zeros, but at least one digit before the point
    let start = int
        .iter()
        .position(|d| *d != 0)
        .unwrap_or(int.len())
        .min(int.len().saturating_sub(1));
    let mut out: String = int[start..].iter().map(|d| char::from(b'0' + d)).collect();
    if out.is_empty() {
        out.push('0');
    }
    if decimals > 0 {
        out.push('.');
        out.extend(digits[point..].iter().map(|d| char::from(b'0' + d)));
    }
    out
}

/// `v` rounded half away from zero to `decimals` places, as [`fixed`] rounds it for
/// display; not-finite values are returned as they are.
///
/// ```
/// use atlas_core::text::round::round_half_away;
/// assert_eq!(round_half_away(1234.5, 0), 1235.0);
/// assert_eq!(round_half_away(-2.5, 0), -3.0);
/// assert_eq!(round_half_away(2.675, 2), 2.68);
/// ```
pub fn round_half_away(v: f64, decimals: usize) -> f64 {
    if !v.is_finite() {
        return v;
    }
    let magnitude: f64 = fixed(v, decimals).parse().unwrap_or(v.abs());
    if v < 0.0 {
        -magnitude
    } else {
        magnitude
    }
}

/// The decimal digits of `|v|` as `{}` writes it (the shortest that reads back as `v`)
/// and how many of them stand before the point. Rust never writes an `f64` with an
/// exponent, so every digit is there.
fn shortest_digits(v: f64) -> (Vec<u8>, usize) {
    let s = format!("{}", v.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let digits = int
        .bytes()
        .chain(frac.bytes())
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    (digits, int.len())
}

/// Keep the first `keep` digits, rounding half away from zero: a first dropped digit
/// of 5 or more rounds up. A carry past the first digit adds one before the point
/// (99,5 → 100).
fn round_digits(digits: &mut Vec<u8>, point: &mut usize, keep: usize) {
    if digits.len() <= keep {
        return;
    }
    let up = digits[keep] >= 5;
    digits.truncate(keep);
    if !up {
        return;
    }
    for d in digits.iter_mut().rev() {
        if *d == 9 {
            *d = 0;
        } else {
            *d += 1;
            return;
        }
    }
    digits.insert(0, 1);
    *point += 1;
}
