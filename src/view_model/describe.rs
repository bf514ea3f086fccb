//! Words for screen readers: each district's accessible name (name, value, unit,
//! class, what the view says) and the live region's sentences on selection.

use crate::state::ViewStoreFields;
use crate::state::{AtlasState, Mode, Slot};
use crate::text::t;
use crate::view_model::legend::class_rows;
use atlas_core::model::groups::Side;
use atlas_core::present::comparison::comparison_row_of;
use atlas_core::text::numbers::{format_number, format_signed, format_value};
use leptos::prelude::*;

/// Per-view values every district's name needs, computed once per change.
#[derive(Clone, Copy)]
pub struct Descriptions {
    /// Class ranges as text, by class number.
    pub class_ranges: Memo<Vec<String>>,
    /// Rank of each district's index, and how many have one.
    pub index_rank: Memo<(Vec<Option<usize>>, usize)>,
    /// Decimals of the shown indicator's figures in the shown year (looking at every
    /// figure once, not once per district: 43,000 grid cells).
    pub decimals: Memo<usize>,
    /// Each district's rank on the shown indicator and year, and how many are ranked
    /// (the tooltip reads one; sorting on every hover is too slow for big layers).
    pub ranks: Memo<(Vec<Option<usize>>, usize)>,
}

/// Provide [`Descriptions`] for the atlas view `s`.
pub fn provide_descriptions(s: AtlasState) {
    let class_ranges = Memo::new(move |_| class_rows(&s).0.into_iter().map(|r| r.range).collect());
    let index_rank = Memo::new(move |_| {
        if s.view.mode().get() != Mode::Index {
            return (Vec::new(), 0);
        }
        s.index.with(|x| {
            (
                atlas_core::model::composite::index_ranks(x),
                x.iter().flatten().count(),
            )
        })
    });
    let decimals = Memo::new(move |_| s.shown_decimals());
    let ranks = Memo::new(move |_| {
        let ind = s.view.indicator().get();
        let yi = s.year_index(ind);
        s.model.with(|m| match m.atlas.indicators.get(ind) {
            Some(meta) => {
                let col = m.atlas.column_at(ind, yi);
                (
                    atlas_core::model::gap::rank(col, meta.polarity),
                    col.iter().flatten().count(),
                )
            }
            None => (Vec::new(), 0),
        })
    });
    provide_context(Descriptions {
        class_ranges,
        index_rank,
        decimals,
        ranks,
    });
}

/// The descriptions from context.
pub fn use_descriptions() -> Descriptions {
    expect_context::<Descriptions>()
}

/// Accessible name of district `i`: name, value with unit, its class, what the view
/// says about it (gap, index, bivariate cell) and whether it is A or B.
pub fn district_label(s: &AtlasState, i: usize) -> String {
    let (name, said) = district_parts(s, i);
    if said.is_empty() {
        name
    } else {
        format!("{name}. {said}")
    }
}

/// District `i`'s name and what the view says about it (value with unit, class, the
/// view's reading, A or B) — the tooltip of the saved web page shows the two apart.
pub fn district_parts(s: &AtlasState, i: usize) -> (String, String) {
    let lang = s.lang.get();
    let ind = s.view.indicator().get();
    let yi = s.year_index(ind);
    let mut parts: Vec<String> = Vec::new();
    let dec = use_descriptions().decimals.get();
    let (name, value) = s.model.with(|m| {
        let name = m
            .atlas
            .districts
            .get(i)
            .map(|d| d.name.clone())
            .unwrap_or_default();
        let value = m.atlas.indicators.get(ind).map(|meta| {
            // a figure repeated from a coarser level says so («bydelstal»)
            let level = meta
                .level_word(lang)
                .map(|w| format!(" ({w})"))
                .unwrap_or_default();
            format!(
                "{}: {}{level}",
                meta.label(lang),
                format_value(m.atlas.value_at(ind, yi, i), dec, meta.unit(lang), lang)
            )
        });
        (name, value)
    });
    let mode = s.view.mode().get();
    if matches!(mode, Mode::Choropleth | Mode::Gap) {
        parts.extend(value);
    }
    parts.extend(view_line(s, i, lang));
    if mode != Mode::Bivariate {
        let class = s.choropleth.with(|c| c.classes.get(i).copied().flatten());
        if let Some(c) = class {
            let ranges = use_descriptions().class_ranges;
            let (n, range) = ranges.with(|r| (r.len(), r.get(c).cloned().unwrap_or_default()));
            parts.push(format!(
                "{} {} {} {n} ({range})",
                t(lang, "klasse", "class"),
                c + 1,
                t(lang, "af", "of")
            ));
        }
    }
    if s.view.a().get() == Some(i) {
        parts.push(t(lang, "valgt som A", "chosen as A").to_owned());
    }
    if s.view.b().get() == Some(i) {
        parts.push(t(lang, "valgt som B", "chosen as B").to_owned());
    }
    (name, parts.join("; "))
}

/// The sentence the live region reads after A or B changes: who is A and B and how
/// they compare on the indicator shown.
pub fn selection_sentence(s: &AtlasState) -> String {
    let lang = s.lang.get_untracked();
    let (a, b) = untrack(|| (s.side(Slot::A), s.side(Slot::B)));
    let name = |side: &Option<Side>| {
        side.as_ref()
            .map(|x| s.model.with_untracked(|m| x.name(&m.atlas)))
    };
    let mut out = match (name(&a), name(&b)) {
        (Some(x), Some(y)) => format!("A: {x}. B: {y}."),
        (Some(x), None) => format!("A: {x}."),
        (None, Some(y)) => format!("B: {y}."),
        (None, None) => {
            return t(lang, "Valget af A og B er ryddet.", "A and B were cleared.").to_owned()
        }
    };
    let (Some(a), Some(b)) = (a, b) else {
        return out;
    };
    let (ind, year) = (
        s.view.indicator().get_untracked(),
        s.view.year().get_untracked(),
    );
    // the core's A-vs-B row, as the Sammenligning panel, the handout and the CSV have it
    let said = s.model.with(|m| {
        let row = comparison_row_of(&m.atlas, ind, &a, &b, year, lang)?;
        let (na, nb) = (a.name(&m.atlas), b.name(&m.atlas));
        Some(format!(" {}", row.spoken(&na, &nb, lang)))
    });
    out.push_str(&said.unwrap_or_default());
    out
}

/// What the current view says about district `i` beyond its value: the difference on
/// the gap map, the index and its rank, or the bivariate cell.
pub fn view_line(s: &crate::state::AtlasState, i: usize, lang: atlas_core::Lang) -> Option<String> {
    let word = |c: usize| match c {
        0 => t(lang, "lav", "low"),
        1 => t(lang, "mellem", "middle"),
        _ => t(lang, "høj", "high"),
    };
    match s.view.mode().get() {
        Mode::Choropleth => crate::view_model::smoothed::raw_line(s, i, lang),
        Mode::Lisa | Mode::LisaBivariate => crate::view_model::lisa::district_line(s, i, lang),
        Mode::Change => crate::view_model::change::district_line(s, i, lang),
        Mode::Gap => {
            let centre = s.choropleth.with(|c| c.centre)?;
            let ind = s.view.indicator().get();
            let yi = s.year_index(ind);
            s.model.with(|m| {
                let meta = m.atlas.indicators.get(ind)?;
                let v = m.atlas.value_at(ind, yi, i)?;
                let dec = use_descriptions().decimals.get_untracked();
                let unit = meta.unit(lang);
                Some(
                    format!(
                        "{}: {} {unit}",
                        t(lang, "Forskel", "Gap"),
                        format_signed(v - centre, dec, lang)
                    )
                    .trim_end()
                    .to_owned(),
                )
            })
        }
        Mode::Index => {
            let v = s.index.with(|x| x.get(i).copied().flatten())?;
            let (r, n) = use_descriptions()
                .index_rank
                .with(|(r, n)| (r.get(i).copied().flatten(), *n));
            let r = r?;
            Some(format!(
                "{}: {} ({} {r} {} {n})",
                t(lang, "Indeks", "Index"),
                format_number(v, 2, lang),
                t(lang, "nr.", "no."),
                t(lang, "af", "of")
            ))
        }
        Mode::Bivariate => {
            let (rx, ry) = s
                .bivariate
                .with(|b| b.as_ref().and_then(|b| b.cells.get(i).copied().flatten()))?;
            let dv = if (rx, ry) == (0, 0) {
                t(lang, " · dobbelt udsat", " · double vulnerable")
            } else {
                ""
            };
            Some(format!(
                "{} {} · {} {}{dv}",
                t(lang, "Ressourcer:", "Resources:"),
                word(rx),
                t(lang, "samskabelse:", "co-creation:"),
                word(ry)
            ))
        }
    }
}
