//! What the map's areas are called: a layer of municipalities says «kommune», of
//! parishes «sogn», and every sentence, label and placeholder takes its word from here
//! («Klik på en kommune», «Piletaster flytter mellem kommuner»). The word comes from
//! the example or the boundary menu, else it is guessed from the file's properties,
//! else it is the neutral «område».

use super::Lang::{self, Da, En};
use serde::{Deserialize, Serialize};

/// The kind of area a boundary layer holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Noun {
    /// A district of a city (Københavns bydele).
    Bydel,
    /// A neighbourhood (Københavns kvarterer).
    Kvarter,
    /// A municipality.
    Kommune,
    /// A parish.
    Sogn,
    /// A cell of a square grid.
    Celle,
    /// Unknown: «område» / area.
    #[default]
    Omraade,
}

/// Every noun, in the order the boundary menu offers them.
pub const ALL_NOUNS: [Noun; 6] = [
    Noun::Omraade,
    Noun::Bydel,
    Noun::Kvarter,
    Noun::Kommune,
    Noun::Sogn,
    Noun::Celle,
];

/// The forms of one noun in one language: (singular, with article, definite, plural,
/// definite plural).
type Forms = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

impl Noun {
    /// The word in links and files (`kommune`).
    pub fn id(self) -> &'static str {
        match self {
            Noun::Bydel => "bydel",
            Noun::Kvarter => "kvarter",
            Noun::Kommune => "kommune",
            Noun::Sogn => "sogn",
            Noun::Celle => "celle",
            Noun::Omraade => "omraade",
        }
    }

    /// The noun an [`id`](Self::id) names.
    ///
    /// ```
    /// use atlas_core::text::noun::Noun;
    /// assert_eq!(Noun::from_id("sogn"), Some(Noun::Sogn));
    /// assert_eq!(Noun::from_id("by"), None);
    /// ```
    pub fn from_id(id: &str) -> Option<Noun> {
        ALL_NOUNS.into_iter().find(|n| n.id() == id)
    }

    fn forms(self, lang: Lang) -> Forms {
        match (self, lang) {
            (Noun::Bydel, Da) => ("bydel", "en bydel", "bydelen", "bydele", "bydelene"),
            (Noun::Kvarter, Da) => (
                "kvarter",
                "et kvarter",
                "kvarteret",
                "kvarterer",
                "kvartererne",
            ),
            (Noun::Kommune, Da) => (
                "kommune",
                "en kommune",
                "kommunen",
                "kommuner",
                "kommunerne",
            ),
            (Noun::Sogn, Da) => ("sogn", "et sogn", "sognet", "sogne", "sognene"),
            (Noun::Celle, Da) => ("celle", "en celle", "cellen", "celler", "cellerne"),
            (Noun::Omraade, Da) => ("område", "et område", "området", "områder", "områderne"),
            (Noun::Bydel, En) => (
                "district",
                "a district",
                "the district",
                "districts",
                "the districts",
            ),
            (Noun::Kvarter, En) => (
                "neighbourhood",
                "a neighbourhood",
                "the neighbourhood",
                "neighbourhoods",
                "the neighbourhoods",
            ),
            (Noun::Kommune, En) => (
                "municipality",
                "a municipality",
                "the municipality",
                "municipalities",
                "the municipalities",
            ),
            (Noun::Sogn, En) => (
                "parish",
                "a parish",
                "the parish",
                "parishes",
                "the parishes",
            ),
            (Noun::Celle, En) => ("cell", "a cell", "the cell", "cells", "the cells"),
            (Noun::Omraade, En) => ("area", "an area", "the area", "areas", "the areas"),
        }
    }

    /// `kommune` / `municipality`.
    ///
    /// ```
    /// use atlas_core::text::noun::Noun;
    /// use atlas_core::Lang;
    /// assert_eq!(Noun::Kvarter.one(Lang::Da), "kvarter");
    /// assert_eq!(Noun::Kvarter.a(Lang::Da), "et kvarter");
    /// assert_eq!(Noun::Sogn.the(Lang::Da), "sognet");
    /// assert_eq!(Noun::Kommune.many(Lang::Da), "kommuner");
    /// assert_eq!(Noun::Omraade.many(Lang::En), "areas");
    /// ```
    pub fn one(self, lang: Lang) -> &'static str {
        self.forms(lang).0
    }

    /// With its article: `en kommune` / `a municipality`.
    pub fn a(self, lang: Lang) -> &'static str {
        self.forms(lang).1
    }

    /// Definite: `kommunen` / `the municipality`.
    pub fn the(self, lang: Lang) -> &'static str {
        self.forms(lang).2
    }

    /// Plural: `kommuner` / `municipalities`.
    pub fn many(self, lang: Lang) -> &'static str {
        self.forms(lang).3
    }

    /// Definite plural: `kommunerne` / `the municipalities`.
    pub fn the_many(self, lang: Lang) -> &'static str {
        self.forms(lang).4
    }

    /// Capitalised singular, for a heading or a placeholder: `Kommune`.
    pub fn title(self, lang: Lang) -> String {
        let word = self.one(lang);
        let mut chars = word.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        }
    }

    /// The noun a boundary file's property names and keys point to: a property named
    /// for parishes (`SOGNEKODE`), municipalities (`KOMKODE`, `kommunekode`),
    /// neighbourhoods (`kvarternr`), districts (`bydel_nr`) or grid cells (`cellid`,
    /// `kvadratnet`); failing that, keys that are Denmark's municipality codes
    /// (`0101`–`0860`, at least 90 of them, København among them) are municipalities;
    /// else «område».
    ///
    /// ```
    /// use atlas_core::text::noun::Noun;
    /// let no_keys: &[&str] = &[];
    /// assert_eq!(Noun::guess(&["SOGNEKODE", "SOGNENAVN"], no_keys), Noun::Sogn);
    /// assert_eq!(Noun::guess(&["kvarternr", "kvarternavn"], no_keys), Noun::Kvarter);
    /// assert_eq!(Noun::guess(&["navn"], &["0101", "0147"]), Noun::Omraade);
    /// ```
    pub fn guess<P: AsRef<str>, K: AsRef<str>>(properties: &[P], keys: &[K]) -> Noun {
        let lower: Vec<String> = properties
            .iter()
            .map(|p| p.as_ref().to_lowercase())
            .collect();
        let has = |stems: &[&str]| lower.iter().any(|p| stems.iter().any(|s| p.contains(s)));
        if has(&["sogn"]) {
            return Noun::Sogn;
        }
        if has(&["kvarter"]) {
            return Noun::Kvarter;
        }
        if has(&["bydel"]) {
            return Noun::Bydel;
        }
        if has(&["kvadratnet", "cellid", "cell_id", "grd_id", "celle"]) {
            return Noun::Celle;
        }
        if has(&[
            "komkode",
            "kommunekode",
            "kommunenavn",
            "komnavn",
            "kommune_kode",
        ]) {
            return Noun::Kommune;
        }
        if municipality_codes(keys) {
            return Noun::Kommune;
        }
        Noun::Omraade
    }
}

/// Keys that are Denmark's municipality codes: at least 90, every one a number from
/// 101 to 860 (written with or without the leading zero), København (101) among them.
fn municipality_codes<K: AsRef<str>>(keys: &[K]) -> bool {
    if keys.len() < 90 || keys.len() > 110 {
        return false;
    }
    let codes: Vec<u32> = keys
        .iter()
        .filter_map(|k| {
            let k = k.as_ref().trim();
            (k.len() <= 4 && k.chars().all(|c| c.is_ascii_digit()))
                .then(|| k.parse().ok())
                .flatten()
        })
        .collect();
    codes.len() == keys.len()
        && codes.iter().all(|c| (101..=860).contains(c))
        && codes.contains(&101)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ninety_eight_municipality_codes_are_municipalities() {
        let mut keys: Vec<String> = (0..97).map(|i| format!("{:04}", 150 + i * 7)).collect();
        keys.push("0101".into());
        assert_eq!(Noun::guess(&["navn", "kode"], &keys), Noun::Kommune);
        keys.push("1084".into()); // a region's code: not a municipality layer
        assert_eq!(Noun::guess(&["navn", "kode"], &keys), Noun::Omraade);
    }

    #[test]
    fn a_named_property_wins_over_the_codes() {
        assert_eq!(Noun::guess(&["bydel_nr", "navn"], &["1", "2"]), Noun::Bydel);
        assert_eq!(
            Noun::guess(&["KOMKODE", "KOMNAVN"], &["0101"]),
            Noun::Kommune
        );
    }

    #[test]
    fn every_noun_has_its_id_and_five_forms_in_both_languages() {
        for n in ALL_NOUNS {
            assert_eq!(Noun::from_id(n.id()), Some(n));
            for lang in [Da, En] {
                let (one, a, the, many, the_many) = n.forms(lang);
                assert!(a.ends_with(one) && the.contains(&one[..one.len() - 1]));
                assert!(!many.is_empty() && the_many.contains(&many[..many.len() - 1]));
            }
        }
        assert_eq!(Noun::Omraade.title(Da), "Område");
    }
}
