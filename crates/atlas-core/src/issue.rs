//! Problems found while loading, as data (not panics).
//!
//! A loader returns [`Loaded`]: the usable value plus every recoverable problem it
//! met, each naming *where* (feature, row, column, district). Only input that cannot
//! be used at all becomes a [`LoadError`]: one sentence a planner understands.

use crate::text::Lang;
use std::fmt;

/// Where a problem was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// The whole file.
    File,
    /// A GeoJSON feature: zero-based index and, when known, its name.
    Feature { index: usize, name: Option<String> },
    /// A table row: one-based line number in the file, with the row's key when known.
    Row { line: usize, key: Option<String> },
    /// A table column, by header.
    Column { name: String },
    /// A district of the map, by name.
    District { name: String },
}

impl Location {
    /// Human description of the place, e.g. `objekt 3 (Østerbro)` or `række 7`.
    pub fn describe(&self, lang: Lang) -> String {
        match (self, lang) {
            (Location::File, Lang::Da) => "filen".into(),
            (Location::File, Lang::En) => "the file".into(),
            (Location::Feature { index, name }, lang) => {
                let word = if lang == Lang::Da {
                    "objekt"
                } else {
                    "feature"
                };
                match name {
                    Some(n) => format!("{word} {} ({n})", index + 1),
                    None => format!("{word} {}", index + 1),
                }
            }
            (Location::Row { line, key }, lang) => {
                let word = if lang == Lang::Da { "række" } else { "row" };
                match key {
                    Some(k) => format!("{word} {line} ({k})"),
                    None => format!("{word} {line}"),
                }
            }
            (Location::Column { name }, Lang::Da) => format!("kolonnen «{name}»"),
            (Location::Column { name }, Lang::En) => format!("column “{name}”"),
            (Location::District { name }, Lang::Da) => format!("bydelen {name}"),
            (Location::District { name }, Lang::En) => format!("district {name}"),
        }
    }
}

/// How serious a recoverable problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// Worth knowing, nothing was dropped (e.g. a ring was closed for you).
    Info,
    /// Something was skipped or could not be matched.
    Warning,
}

/// One recoverable problem, with the place it was found and a sentence in each language.
#[derive(Clone, Debug, PartialEq)]
pub struct Issue {
    pub severity: Severity,
    pub location: Location,
    pub da: String,
    pub en: String,
}

impl Issue {
    /// A warning at `location`, with a Danish and an English sentence.
    pub fn warning(location: Location, da: impl Into<String>, en: impl Into<String>) -> Self {
        Issue {
            severity: Severity::Warning,
            location,
            da: da.into(),
            en: en.into(),
        }
    }

    /// An informational note at `location`.
    pub fn info(location: Location, da: impl Into<String>, en: impl Into<String>) -> Self {
        Issue {
            severity: Severity::Info,
            location,
            da: da.into(),
            en: en.into(),
        }
    }

    /// The full sentence, starting with the place: `Objekt 3 (Østerbro): …`.
    ///
    /// ```
    /// use atlas_core::issue::{Issue, Location};
    /// use atlas_core::Lang;
    /// let i = Issue::warning(Location::Row { line: 4, key: None }, "tallet «x» kan ikke læses", "the number “x” cannot be read");
    /// assert_eq!(i.sentence(Lang::Da), "Række 4: tallet «x» kan ikke læses.");
    /// ```
    pub fn sentence(&self, lang: Lang) -> String {
        let place = capitalise(&self.location.describe(lang));
        let text = match lang {
            Lang::Da => &self.da,
            Lang::En => &self.en,
        };
        format!("{place}: {text}.")
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// A loaded value together with everything worth telling the user about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded<T> {
    pub value: T,
    pub issues: Vec<Issue>,
}

/// Input that cannot be used at all: one clear sentence in each language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub da: String,
    pub en: String,
}

impl LoadError {
    pub fn new(da: impl Into<String>, en: impl Into<String>) -> Self {
        LoadError {
            da: da.into(),
            en: en.into(),
        }
    }

    pub fn sentence(&self, lang: Lang) -> &str {
        match lang {
            Lang::Da => &self.da,
            Lang::En => &self.en,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en)
    }
}

impl std::error::Error for LoadError {}
