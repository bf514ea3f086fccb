use super::describe::view_line;
use crate::state::use_atlas;
use crate::text::t;
use atlas_core::model::gap::rank;
use atlas_core::model::indicator::decimals_for;
use atlas_core::text::numbers::format_value;
use leptos::prelude::*;

/// Follows the pointer over a district: name, indicator, value with unit, rank.
#[component]
pub fn Tooltip() -> impl IntoView {
    let s = use_atlas();
    let content = move || {
        let i = s.ui.hover.get()?;
        let lang = s.lang.get();
        let ind = s.indicator.get();
        let yi = s.year_index(ind);
        s.model
            .with_value(|m| {
                let name = m.atlas.districts.get(i)?.name.clone();
                // boundaries without figures: the name alone
                let Some(meta) = m.atlas.indicators.get(ind) else {
                    return Some((name, String::new(), String::new(), None));
                };
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
                Some((name, meta.label(lang).to_owned(), value, place))
            })
            .map(|(name, label, value, place)| (name, label, value, place, view_line(&s, i, lang)))
    };
    view! {
        <div
            role="tooltip"
            data-testid="tooltip"
            class="tooltip"
            class:visible=move || s.ui.hover.get().is_some()
            style:left=move || format!("{}px", s.ui.pointer.get().0 + 14.0)
            style:top=move || format!("{}px", s.ui.pointer.get().1 + 14.0)
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
