//! The app's words in Danish and English (PRODUCT.md's glossary): the one place the
//! UI chooses a language. Words are written in pairs where they are used, so a
//! string without its translation cannot compile; sentences from the core (issues,
//! load errors) are rendered by the core's own `say`/`sentence`, and a sentence kept
//! for later (a notice that outlives a language switch) is a [`Said`].

use atlas_core::{Issue, Lang, LoadError};

/// The Danish or the English of a pair: UI words (`&'static str`) or sentences
/// built with `format!` (`String`).
///
/// ```
/// use samskabelsesatlas::text::t;
/// use atlas_core::Lang;
/// assert_eq!(t(Lang::En, "Kort", "Map"), "Map");
/// assert_eq!(t(Lang::Da, format!("{} områder", 3), format!("{} areas", 3)), "3 områder");
/// ```
pub fn t<S>(lang: Lang, da: S, en: S) -> S {
    match lang {
        Lang::Da => da,
        Lang::En => en,
    }
}

/// A sentence kept until it is shown, in whichever language is chosen then.
#[derive(Clone, Debug, PartialEq)]
pub enum Said {
    /// A file or address that could not be used (the core words it).
    Error(LoadError),
    /// A recoverable problem (the core words it).
    Issue(Issue),
    /// The app's own sentence, written in both languages.
    Both { da: String, en: String },
}

impl Said {
    /// The app's own sentence in both languages.
    pub fn both(da: impl Into<String>, en: impl Into<String>) -> Self {
        Said::Both {
            da: da.into(),
            en: en.into(),
        }
    }

    /// The sentence in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        match self {
            Said::Error(e) => e.sentence(lang).to_string(),
            Said::Issue(i) => i.sentence(lang),
            Said::Both { da, en } => t(lang, da, en).clone(),
        }
    }

    /// `prefix: ` before the sentence (e.g. the file's name).
    pub fn prefixed(&self, prefix: &str) -> Said {
        Said::both(
            format!("{prefix}: {}", self.in_lang(Lang::Da)),
            format!("{prefix}: {}", self.in_lang(Lang::En)),
        )
    }
}
