use crate::state::{use_atlas, Mode};
use crate::text::t;
use atlas_core::format::{decimals_for, format_number, format_signed, format_value};
use atlas_core::gap::rank;
use leptos::prelude::*;

/// What the current view says about district `i` beyond its value: the difference on
/// the gap map, the index and its rank, or the bivariate cell.
fn view_line(s: &crate::state::AtlasState, i: usize, lang: atlas_core::Lang) -> Option<String> {
    let word = |c: usize| match c {
        0 => t(lang, "lav", "low"),
        1 => t(lang, "mellem", "middle"),
        _ => t(lang, "høj", "high"),
    };
    match s.mode.get() {
        Mode::Choropleth => None,
        Mode::Gap => {
            let centre = s.choropleth.with(|c| c.centre)?;
            let ind = s.indicator.get();
            let yi = s.year_index(ind);
            s.model.with_value(|m| {
                let meta = m.atlas.indicators.get(ind)?;
                let v = m.atlas.value_at(ind, yi, i)?;
                let dec = decimals_for(meta, m.atlas.column_at(ind, yi));
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
            let index = s.index.get();
            let v = index.get(i).copied().flatten()?;
            let r = atlas_core::composite::index_ranks(&index)
                .get(i)
                .copied()
                .flatten()?;
            let n = index.iter().flatten().count();
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

/// Follows the pointer over a district: name, indicator, value with unit, rank.
#[component]
pub fn Tooltip() -> impl IntoView {
    let s = use_atlas();
    let content = move || {
        let i = s.hover.get()?;
        let lang = s.lang.get();
        let ind = s.indicator.get();
        let yi = s.year_index(ind);
        s.model
            .with_value(|m| {
                let meta = m.atlas.indicators.get(ind)?;
                let col = m.atlas.column_at(ind, yi);
                let dec = decimals_for(meta, col);
                let value = format_value(m.atlas.value_at(ind, yi, i), dec, meta.unit(lang), lang);
                let ranks = rank(col, meta.polarity);
                let ranked = col.iter().flatten().count();
                let place = ranks.get(i).copied().flatten().map(|r| {
                    format!(
                        "{} {r} {} {ranked}",
                        t(lang, "Nr.", "No."),
                        t(lang, "af", "of")
                    )
                });
                Some((
                    m.atlas.districts[i].name.clone(),
                    meta.label(lang).to_owned(),
                    value,
                    place,
                ))
            })
            .map(|(name, label, value, place)| (name, label, value, place, view_line(&s, i, lang)))
    };
    view! {
        <div
            role="tooltip"
            data-testid="tooltip"
            class="tooltip"
            class:visible=move || s.hover.get().is_some()
            style:left=move || format!("{}px", s.pointer.get().0 + 14.0)
            style:top=move || format!("{}px", s.pointer.get().1 + 14.0)
        >
            {move || content().map(|(name, label, value, place, extra)| view! {
                <strong class="tt-name">{name}</strong>
                <span class="tt-label">{label}</span>
                <span class="tt-value">{value}</span>
                {place.map(|p| view! { <span class="tt-rank">{p}</span> })}
                {extra.map(|x| view! { <span class="tt-view" data-testid="tooltip-view">{x}</span> })}
            })}
        </div>
    }
}
