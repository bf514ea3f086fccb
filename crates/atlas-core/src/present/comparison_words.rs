//! The comparison's fixed words: a missing value, what stands where no figure can be
//! computed, and who is ahead.

use crate::model::gap::Ahead;
use crate::Lang;

/// The word for a district's missing value in the comparison.
///
/// ```
/// use atlas_core::present::comparison::missing_value;
/// assert_eq!(missing_value(atlas_core::Lang::Da), "mangler");
/// ```
pub fn missing_value(lang: Lang) -> &'static str {
    lang.pick("mangler", "missing")
}

/// What stands where a difference or a ratio cannot be computed.
pub const NO_FIGURE: &str = "–";

/// Who is ahead as a short mark (`A`, `B`, `=`, `?`, `–`) and as a phrase.
///
/// ```
/// use atlas_core::model::gap::Ahead;
/// use atlas_core::present::comparison::ahead_words;
/// use atlas_core::Lang;
/// assert_eq!(ahead_words(Ahead::A, Lang::Da), ("A", "A er foran"));
/// assert_eq!(ahead_words(Ahead::Unknown, Lang::En), ("?", "Cannot tell: missing data"));
/// ```
pub fn ahead_words(ahead: Ahead, lang: Lang) -> (&'static str, &'static str) {
    match ahead {
        Ahead::A => ("A", lang.pick("A er foran", "A is ahead")),
        Ahead::B => ("B", lang.pick("B er foran", "B is ahead")),
        Ahead::Equal => ("=", lang.pick("Lige", "Level")),
        Ahead::Unknown => (
            "?",
            lang.pick(
                "Kan ikke afgøres: mangler data",
                "Cannot tell: missing data",
            ),
        ),
        Ahead::NotApplicable => (
            "–",
            lang.pick(
                "Ingen retning: hverken bedre eller dårligere",
                "No direction: neither better nor worse",
            ),
        ),
    }
}
