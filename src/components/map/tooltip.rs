use crate::state::use_atlas;
use crate::state::ViewStoreFields;
use crate::text::t;
use atlas_core::text::numbers::{format_number, format_value};
use leptos::prelude::*;

/// Follows the pointer over a district: name, indicator, value with unit, rank.
#[component]
pub fn Tooltip() -> impl IntoView {
    let s = use_atlas();
    let d = crate::view_model::describe::use_descriptions();
    let content = move || {
        let i = s.ui.hover.get()?;
        let lang = s.lang.get();
        let ind = s.view.indicator().get();
        let yi = s.year_index(ind);
        let dec = d.decimals.get();
        let (place, ranked) = d.ranks.with(|(r, n)| (r.get(i).copied().flatten(), *n));
        s.model
            .with(|m| {
                let name = m.atlas.districts.get(i)?.name.clone();
                // boundaries without figures: the name alone
                let Some(meta) = m.atlas.indicators.get(ind) else {
                    return Some((name, String::new(), String::new(), None));
                };
                let mut value =
                    format_value(m.atlas.value_at(ind, yi, i), dec, meta.unit(lang), lang);
                // a figure repeated from a coarser level says so and has no rank here
                let coarse = meta.level_word(lang);
                if let Some(word) = &coarse {
                    value = format!("{value} ({word})");
                }
                let place = place.filter(|_| coarse.is_none()).map(|r| {
                    let count = |n: usize| format_number(n as f64, 0, lang);
                    format!(
                        "{} {} {} {}",
                        t(lang, "Nr.", "No."),
                        count(r),
                        t(lang, "af", "of"),
                        count(ranked)
                    )
                });
                Some((name, meta.label(lang).to_owned(), value, place))
            })
            .map(|(name, label, value, place)| {
                (
                    name,
                    label,
                    value,
                    place,
                    crate::view_model::names::Namer::new(&s).line(&s, i),
                )
            })
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
