//! Colour for classes: ColorBrewer's sequential Orange–Red (colour-blind safe), with
//! the darkest colour always at the *worse* end, whatever the indicator's polarity.

use crate::indicator::Polarity;

/// Hex colours (`#rrggbb`) for `n` classes ordered from lowest to highest value.
///
/// For [`Polarity::HigherIsBetter`] the lowest class is the darkest; for
/// [`Polarity::HigherIsWorse`] and [`Polarity::Neutral`] the highest is.
///
/// ```
/// use atlas_core::palette::class_colours;
/// use atlas_core::indicator::Polarity;
/// let better = class_colours(5, Polarity::HigherIsBetter);
/// let worse = class_colours(5, Polarity::HigherIsWorse);
/// assert_eq!(better[0], worse[4]); // worst class has the same colour either way
/// ```
pub fn class_colours(n: usize, polarity: Polarity) -> Vec<String> {
    let mut out: Vec<String> = (0..n)
        .map(|i| {
            let t = if n <= 1 {
                0.55
            } else {
                0.12 + 0.83 * i as f64 / (n - 1) as f64
            };
            format!("#{:x}", colorous::ORANGE_RED.eval_continuous(t))
        })
        .collect();
    if polarity == Polarity::HigherIsBetter {
        out.reverse();
    }
    out
}

/// Relative luminance (WCAG) of a `#rrggbb` colour, for choosing readable text on it.
pub fn luminance(hex: &str) -> f64 {
    let h = hex.trim_start_matches('#');
    let ch = |i: usize| {
        let v = u8::from_str_radix(h.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0) as f64 / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * ch(0) + 0.7152 * ch(2) + 0.0722 * ch(4)
}
