//! How the atlas says things: the two languages, numbers as Danish (`1.234,5`) and
//! English (`1,234.5`) readers expect (rounded half away from zero, `round.rs`), names
//! folded for matching and sorted in Danish order (`collate.rs`).
//!
//! This is the bottom layer: every other module may use it, it uses none of them.

pub mod collate;
pub mod names;
pub mod noun;
pub mod numbers;
pub mod round;

/// UI language.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Default, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    /// `"da"` / `"en"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// The Danish or the English of a pair of words.
    ///
    /// ```
    /// use atlas_core::Lang;
    /// assert_eq!(Lang::En.pick("kilde", "source"), "source");
    /// ```
    pub fn pick<'a>(self, da: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Da => da,
            Lang::En => en,
        }
    }
}

/// Items as a sentence lists them: `A, B og C` (`A, B and C`).
///
/// ```
/// use atlas_core::text::{and_list, Lang};
/// let items = ["Køn".to_string(), "Alder".into(), "Herkomst".into()];
/// assert_eq!(and_list(&items, Lang::Da), "Køn, Alder og Herkomst");
/// assert_eq!(and_list(&items[..1], Lang::En), "Køn");
/// ```
pub fn and_list(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!(
            "{} {} {last}",
            rest.join(", "),
            match lang {
                Lang::Da => "og",
                Lang::En => "and",
            }
        ),
    }
}
