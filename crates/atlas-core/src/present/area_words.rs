//! The page's sentences that name the map's areas, in the layer's own word
//! ([`Noun`]): on a map of municipalities the page says «Klik på en kommune», never
//! «Klik på en bydel».

use crate::text::noun::Noun;
use crate::text::Lang::{self, Da, En};

/// The map's keyboard help (read by screen readers).
///
/// ```
/// use atlas_core::present::area_words::map_keys_help;
/// use atlas_core::text::noun::Noun;
/// use atlas_core::Lang;
/// assert!(map_keys_help(Noun::Kommune, Lang::Da).starts_with("Piletaster flytter mellem kommuner,"));
/// assert!(map_keys_help(Noun::Sogn, Lang::En).starts_with("Arrow keys move between parishes,"));
/// ```
pub fn map_keys_help(noun: Noun, lang: Lang) -> String {
    match lang {
        Da => format!("Piletaster flytter mellem {}, Enter vælger A, Skift+Enter vælger B, Ctrl+Enter lægger til eller fjerner fra gruppen, Escape rydder valget, plus og minus zoomer.", noun.many(Da)),
        En => format!("Arrow keys move between {}, Enter chooses A, Shift+Enter chooses B, Ctrl+Enter adds to or removes from the group, Escape clears the choice, plus and minus zoom.", noun.many(En)),
    }
}

/// The comparison's hint: which of A and B a click on the map chooses next.
///
/// ```
/// use atlas_core::present::area_words::click_to_choose;
/// use atlas_core::text::noun::Noun;
/// use atlas_core::Lang;
/// assert_eq!(click_to_choose(Noun::Kvarter, "B", Lang::Da), "Klik på et kvarter på kortet for at vælge B.");
/// ```
pub fn click_to_choose(noun: Noun, slot: &str, lang: Lang) -> String {
    match lang {
        Da => format!("Klik på {} på kortet for at vælge {slot}.", noun.a(Da)),
        En => format!("Click {} on the map to choose {slot}.", noun.a(En)),
    }
}

/// The profile panel's hint before anything is chosen.
///
/// ```
/// use atlas_core::present::area_words::click_for_profile;
/// use atlas_core::text::noun::Noun;
/// use atlas_core::Lang;
/// assert_eq!(click_for_profile(Noun::Kommune, Lang::Da), "Klik på en kommune for at se profilen.");
/// ```
pub fn click_for_profile(noun: Noun, lang: Lang) -> String {
    match lang {
        Da => format!("Klik på {} for at se profilen.", noun.a(Da)),
        En => format!("Click {} to see its profile.", noun.a(En)),
    }
}

/// The paste box's placeholder: the area's word, a tab, a figure.
///
/// ```
/// use atlas_core::present::area_words::paste_placeholder;
/// use atlas_core::text::noun::Noun;
/// use atlas_core::Lang;
/// assert_eq!(paste_placeholder(Noun::Sogn, Lang::Da), "Sogn ⇥ tal …");
/// ```
pub fn paste_placeholder(noun: Noun, lang: Lang) -> String {
    match lang {
        Da => format!("{} ⇥ tal …", noun.title(Da)),
        En => format!("{} ⇥ figure …", noun.title(En)),
    }
}

/// The join report's heading over the table's rows that found no area.
///
/// ```
/// use atlas_core::present::area_words::rows_without;
/// use atlas_core::text::noun::Noun;
/// use atlas_core::Lang;
/// assert_eq!(rows_without(Noun::Kommune, Lang::Da), "Rækker uden kommune");
/// assert_eq!(rows_without(Noun::Omraade, Lang::En), "Rows without an area");
/// ```
pub fn rows_without(noun: Noun, lang: Lang) -> String {
    match lang {
        Da => format!("Rækker uden {}", noun.one(Da)),
        En => format!("Rows without {}", noun.a(En)),
    }
}

/// The areas' list's name for screen readers: «Kommunerne på kortet».
///
/// ```
/// use atlas_core::present::area_words::on_the_map;
/// use atlas_core::text::noun::Noun;
/// use atlas_core::Lang;
/// assert_eq!(on_the_map(Noun::Sogn, Lang::Da), "Sognene på kortet");
/// assert_eq!(on_the_map(Noun::Celle, Lang::En), "The cells on the map");
/// ```
pub fn on_the_map(noun: Noun, lang: Lang) -> String {
    let words = match lang {
        Da => format!("{} på kortet", noun.the_many(Da)),
        En => format!("{} on the map", noun.the_many(En)),
    };
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => words,
    }
}

/// «12 kommuner» / «12 municipalities» (one: «1 kommune»), the count as the page
/// writes numbers.
///
/// ```
/// use atlas_core::present::area_words::count_of;
/// use atlas_core::text::noun::Noun;
/// use atlas_core::Lang;
/// assert_eq!(count_of(2148, Noun::Sogn, Lang::Da), "2.148 sogne");
/// assert_eq!(count_of(1, Noun::Kvarter, Lang::En), "1 neighbourhood");
/// ```
pub fn count_of(n: usize, noun: Noun, lang: Lang) -> String {
    let word = if n == 1 {
        noun.one(lang)
    } else {
        noun.many(lang)
    };
    format!(
        "{} {word}",
        crate::text::numbers::format_number(n as f64, 0, lang)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::noun::ALL_NOUNS;

    #[test]
    fn no_sentence_says_bydel_on_a_layer_that_is_not_bydele() {
        for noun in ALL_NOUNS.into_iter().filter(|n| *n != Noun::Bydel) {
            for text in [
                map_keys_help(noun, Da),
                click_to_choose(noun, "A", Da),
                click_for_profile(noun, Da),
                paste_placeholder(noun, Da),
                rows_without(noun, Da),
                count_of(3, noun, Da),
            ] {
                assert!(!text.to_lowercase().contains("bydel"), "{noun:?}: {text}");
            }
        }
    }

    #[test]
    fn the_unknown_layer_says_omraade() {
        assert_eq!(
            click_for_profile(Noun::Omraade, Da),
            "Klik på et område for at se profilen."
        );
        assert!(map_keys_help(Noun::Omraade, Da).contains("mellem områder,"));
    }
}
