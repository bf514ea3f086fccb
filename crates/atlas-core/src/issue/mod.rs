//! Problems found while loading, as data (not panics).
//!
//! A loader returns [`Loaded`]: the usable value plus every recoverable problem it
//! met, each naming *where* (feature, row, column, district) and *what* as an
//! [`IssueKind`]: the facts (names, numbers, cell references), never a sentence.
//! Only input that cannot be used at all becomes a [`LoadError`], whose
//! [`LoadErrorKind`] says why. The words for every kind, in Danish and English, are
//! in one place: `words` (see [`IssueKind::say`], [`LoadErrorKind::say`]); each kind
//! also has a stable [`code`](IssueKind::code) for the UI's `data-kind` and for tests.

mod codes;
pub mod group;
pub mod kinds;
mod words;

pub use kinds::{
    BinaryFormat, CannotClassify, FeatureProblem, FileKind, InternalFault, IssueKind,
    LoadErrorKind, PolygonProblem,
};

use crate::text::Lang;
use std::fmt;

/// Where a problem was found.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// The whole file.
    File,
    /// A GeoJSON feature: zero-based index and, when known, its name.
    Feature { index: usize, name: Option<String> },
    /// A table row: one-based line number in the file, with the row's key when known.
    Row { line: usize, key: Option<String> },
    /// A table column, by header.
    Column { name: String },
    /// A district of the map, by name (and what the map's areas are called).
    District {
        name: String,
        #[serde(default)]
        noun: crate::text::noun::Noun,
    },
}

/// How serious a recoverable problem is.
#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// Worth knowing, nothing was dropped (e.g. a ring was closed for you).
    Info,
    /// Something was skipped or could not be matched.
    Warning,
}

/// One recoverable problem: how serious, where, and what.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
pub struct Issue {
    pub severity: Severity,
    pub location: Location,
    pub kind: IssueKind,
}

impl Issue {
    /// A warning at `location`.
    pub fn warning(location: Location, kind: IssueKind) -> Self {
        Issue {
            severity: Severity::Warning,
            location,
            kind,
        }
    }

    /// An informational note at `location`.
    pub fn info(location: Location, kind: IssueKind) -> Self {
        Issue {
            severity: Severity::Info,
            location,
            kind,
        }
    }

    /// The full sentence, starting with the place: `Objekt 3 (Østerbro): …`.
    ///
    /// ```
    /// use atlas_core::issue::{Issue, IssueKind, Location};
    /// use atlas_core::Lang;
    /// let kind = IssueKind::NumberUnreadable { value: "x".into(), column: "indkomst".into() };
    /// let i = Issue::warning(Location::Row { line: 4, key: None }, kind);
    /// assert_eq!(i.sentence(Lang::Da), "Række 4: værdien «x» i kolonnen «indkomst» er ikke et tal og vises som manglende.");
    /// assert_eq!(i.kind.code(), "number-unreadable");
    /// ```
    pub fn sentence(&self, lang: Lang) -> String {
        let place = capitalise(&self.location.describe(lang));
        format!("{place}: {}.", self.kind.say(lang))
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
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
pub struct Loaded<T> {
    pub value: T,
    pub issues: Vec<Issue>,
}

/// Input that cannot be used at all, and why.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
pub struct LoadError {
    pub kind: LoadErrorKind,
}

impl LoadError {
    /// An error of `kind`.
    pub fn new(kind: LoadErrorKind) -> Self {
        LoadError { kind }
    }

    /// The one sentence saying why, in `lang`.
    ///
    /// ```
    /// use atlas_core::issue::{LoadError, LoadErrorKind};
    /// use atlas_core::Lang;
    /// let e = LoadError::new(LoadErrorKind::TableEmpty);
    /// assert_eq!(e.sentence(Lang::Da), "Tabellen er tom.");
    /// assert_eq!(e.to_string(), "The table is empty.");
    /// ```
    pub fn sentence(&self, lang: Lang) -> String {
        self.kind.say(lang)
    }
}

impl From<LoadErrorKind> for LoadError {
    fn from(kind: LoadErrorKind) -> Self {
        LoadError { kind }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.kind.say(Lang::En))
    }
}

impl std::error::Error for LoadError {}
