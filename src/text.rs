//! UI words in Danish and English (PRODUCT.md's glossary).

use atlas_core::Lang;

/// One UI string in both languages.
pub fn t(lang: Lang, da: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Da => da,
        Lang::En => en,
    }
}
