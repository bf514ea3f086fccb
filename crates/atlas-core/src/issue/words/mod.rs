//! The one place where problems become words: every [`IssueKind`](super::IssueKind),
//! [`LoadErrorKind`](super::LoadErrorKind) and [`CannotClassify`](super::CannotClassify),
//! and every [`Location`], in Danish or English. Danish quotes are «…», English “…”;
//! numbers and lists come from [`crate::text::numbers`].
//!
//! * `issues`: recoverable problems (boundaries, tables, the join, links);
//! * `errors`: unusable input (boundary files, tables, projects, fetching);
//! * `classify`: why a classification method cannot classify.

mod classify;
mod errors;
mod issues;

use super::Location;
use crate::text::Lang::{self, Da, En};

impl Location {
    /// Human description of the place, e.g. `objekt 3 (Østerbro)` or `række 7`.
    ///
    /// ```
    /// use atlas_core::issue::Location;
    /// use atlas_core::Lang;
    /// let loc = Location::Feature { index: 2, name: Some("Østerbro".into()) };
    /// assert_eq!(loc.describe(Lang::Da), "objekt 3 (Østerbro)");
    /// assert_eq!(Location::Row { line: 7, key: None }.describe(Lang::En), "row 7");
    /// ```
    pub fn describe(&self, lang: Lang) -> String {
        match (self, lang) {
            (Location::File, Da) => "filen".into(),
            (Location::File, En) => "the file".into(),
            (Location::Feature { index, name }, lang) => {
                let word = if lang == Da { "objekt" } else { "feature" };
                match name {
                    Some(n) => format!("{word} {} ({n})", index + 1),
                    None => format!("{word} {}", index + 1),
                }
            }
            (Location::Row { line, key }, lang) => {
                let word = if lang == Da { "række" } else { "row" };
                match key {
                    Some(k) => format!("{word} {line} ({k})"),
                    None => format!("{word} {line}"),
                }
            }
            (Location::Column { name }, Da) => format!("kolonnen «{name}»"),
            (Location::Column { name }, En) => format!("column “{name}”"),
            (Location::District { name, noun }, lang) => format!("{} {name}", noun.the(lang)),
        }
    }
}
