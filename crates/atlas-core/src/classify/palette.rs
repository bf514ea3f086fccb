//! Colour for classes: ColorBrewer's sequential Orange–Red (colour-blind safe), with
//! the darkest colour always at the *worse* end, whatever the indicator's polarity.

use crate::model::indicator::Polarity;

/// Hex colours (`#rrggbb`) for `n` classes ordered from lowest to highest value.
///
/// For [`Polarity::HigherIsBetter`] the lowest class is the darkest; for
/// [`Polarity::HigherIsWorse`] and [`Polarity::Neutral`] the highest is.
///
/// ```
/// use atlas_core::classify::palette::class_colours;
/// use atlas_core::model::indicator::Polarity;
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

/// Colour schemes the user can pick (all from ColorBrewer or viridis via `colorous`,
/// all colour-blind safe).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Scheme {
    /// Sequential orange–red (default).
    #[default]
    OrangeRed,
    /// Sequential blues.
    Blues,
    /// Sequential purples.
    Purples,
    /// Sequential viridis (perceptually uniform).
    Viridis,
    /// Diverging red–blue: worse end red, better end blue.
    RedBlue,
    /// Diverging purple–orange.
    PurpleOrange,
}

impl Scheme {
    pub const ALL: [Scheme; 6] = [
        Scheme::OrangeRed,
        Scheme::Blues,
        Scheme::Purples,
        Scheme::Viridis,
        Scheme::RedBlue,
        Scheme::PurpleOrange,
    ];

    pub fn label(self, lang: crate::Lang) -> &'static str {
        use crate::Lang::*;
        match (self, lang) {
            (Scheme::OrangeRed, Da) => "Orange–rød (sekventiel)",
            (Scheme::OrangeRed, En) => "Orange–red (sequential)",
            (Scheme::Blues, Da) => "Blå (sekventiel)",
            (Scheme::Blues, En) => "Blues (sequential)",
            (Scheme::Purples, Da) => "Lilla (sekventiel)",
            (Scheme::Purples, En) => "Purples (sequential)",
            (Scheme::Viridis, Da) => "Viridis (sekventiel)",
            (Scheme::Viridis, En) => "Viridis (sequential)",
            (Scheme::RedBlue, Da) => "Rød–blå (divergerende)",
            (Scheme::RedBlue, En) => "Red–blue (diverging)",
            (Scheme::PurpleOrange, Da) => "Lilla–orange (divergerende)",
            (Scheme::PurpleOrange, En) => "Purple–orange (diverging)",
        }
    }

    /// Diverging schemes have a neutral middle.
    pub fn is_diverging(self) -> bool {
        matches!(self, Scheme::RedBlue | Scheme::PurpleOrange)
    }

    /// `n` colours from lowest to highest value, the worse end always the same end of
    /// the scheme: dark for sequential schemes, red/purple for diverging ones.
    ///
    /// ```
    /// use atlas_core::classify::palette::Scheme;
    /// use atlas_core::model::indicator::Polarity;
    /// let up = Scheme::RedBlue.colours(5, Polarity::HigherIsBetter);
    /// let down = Scheme::RedBlue.colours(5, Polarity::HigherIsWorse);
    /// assert_eq!(up[0], down[4]); // the worst class is red either way
    /// ```
    pub fn colours(self, n: usize, polarity: Polarity) -> Vec<String> {
        if self == Scheme::OrangeRed {
            return class_colours(n, polarity);
        }
        let (gradient, lo, hi, worse_at_high_t) = match self {
            Scheme::Blues => (colorous::BLUES, 0.15, 0.95, true),
            Scheme::Purples => (colorous::PURPLES, 0.15, 0.95, true),
            // Viridis: dark purple is "more" (worse); yellow is "less".
            Scheme::Viridis => (colorous::VIRIDIS, 0.0, 0.95, false),
            // RdBu runs red → blue: red is worse.
            Scheme::RedBlue => (colorous::RED_BLUE, 0.05, 0.95, false),
            Scheme::PurpleOrange => (colorous::PURPLE_ORANGE, 0.05, 0.95, true),
            Scheme::OrangeRed => (colorous::ORANGE_RED, 0.12, 0.95, true),
        };
        // Sample so that index 0 is the worse end.
        let mut worse_first: Vec<String> = (0..n)
            .map(|i| {
                let f = if n <= 1 {
                    0.5
                } else {
                    i as f64 / (n - 1) as f64
                };
                let t = if worse_at_high_t {
                    hi - (hi - lo) * f
                } else {
                    lo + (hi - lo) * f
                };
                format!("#{:x}", gradient.eval_continuous(t))
            })
            .collect();
        // Lowest value first: for higher-is-better the low class is the worse one.
        if polarity != Polarity::HigherIsBetter {
            worse_first.reverse();
        }
        worse_first
    }
}
