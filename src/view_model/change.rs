//! What the change map says in words: its title («Ændring 2000–2017, procentpoint»)
//! and one district's change, shared by the legend, tooltip, accessible names, table
//! view and exports.

use crate::state::AtlasState;
use crate::state::ViewStoreFields;
use crate::text::t;
use atlas_core::model::change::{change_column, change_unit, change_years, ChangeKind};
use atlas_core::model::indicator::decimals_for;
use atlas_core::text::numbers::format_signed;
use atlas_core::Lang;
use leptos::prelude::*;

/// The two years the change map compares (the view's, else first and last).
pub fn years(s: &AtlasState) -> Option<(i32, i32)> {
    let ind = s.view.indicator().get();
    let (from, to) = (s.view.change_from().get(), s.view.change_to().get());
    s.model.with(|m| change_years(&m.atlas, ind, from, to))
}

/// The unit of a change of the shown indicator.
pub fn unit(s: &AtlasState, lang: Lang) -> String {
    let ind = s.view.indicator().get();
    let kind = s.view.change_kind().get();
    s.model.with(|m| {
        m.atlas
            .indicators
            .get(ind)
            .map(|meta| change_unit(meta.unit(lang), kind, lang))
            .unwrap_or_default()
    })
}

/// «Ændring 2000–2017, procentpoint»: what the change map shows.
pub fn title(s: &AtlasState, lang: Lang) -> Option<String> {
    let (from, to) = years(s)?;
    let unit = unit(s, lang);
    let word = t(lang, "Ændring", "Change");
    Some(if unit.is_empty() {
        format!("{word} {from}–{to}")
    } else {
        format!("{word} {from}–{to}, {unit}")
    })
}

/// Decimals for changes of the shown indicator (one more for percent changes).
pub fn decimals(s: &AtlasState) -> usize {
    let ind = s.view.indicator().get();
    if s.view.change_kind().get() == ChangeKind::Percent {
        return 1;
    }
    s.model.with(|m| {
        m.atlas
            .indicators
            .get(ind)
            .map(|meta| decimals_for(meta, m.atlas.column(ind)))
            .unwrap_or(0)
    })
}

/// Each district's change on the map now (`None` = missing).
pub fn values(s: &AtlasState) -> Vec<Option<f64>> {
    let ind = s.view.indicator().get();
    let kind = s.view.change_kind().get();
    match years(s) {
        Some((from, to)) => s
            .model
            .with(|m| change_column(&m.atlas, ind, from, to, kind)),
        None => vec![None; s.len()],
    }
}

/// «Ændring 2000–2017: +108.552 kr.» for one area's change `v` between `years`, or
/// that it is missing.
pub fn line(years: (i32, i32), v: Option<f64>, dec: usize, unit: &str, lang: Lang) -> String {
    let (from, to) = years;
    let word = t(lang, "Ændring", "Change");
    match v {
        Some(v) => format!("{word} {from}–{to}: {} {unit}", format_signed(v, dec, lang))
            .trim_end()
            .to_owned(),
        None => format!(
            "{word} {from}–{to}: {}",
            t(
                lang,
                "mangler data for et af årene",
                "missing data for one of the years"
            )
        ),
    }
}
