//! «Vis som grupper»: a switch over the map that draws it dissolved into the groups
//! of a property (the 67 kvarterer as 10 bydele), with the property to group by when
//! there are several, and a line saying what is shown.

use crate::data::use_data;
use crate::state::use_atlas;
use crate::text::t;
use atlas_core::present::area_words::count_of;
use atlas_core::Lang;
use leptos::prelude::*;

/// The switch; shown only when the loaded areas have something that groups them.
#[component]
pub fn ShowGroups() -> impl IntoView {
    let s = use_atlas();
    let data = use_data();
    let lang = move || s.lang.get();
    let names = Memo::new(move |_| {
        data.base_model
            .with(|m| m.as_ref().map(|m| m.0.grouping_names()).unwrap_or_default())
    });
    let grouped = Memo::new(move |_| s.model.with(|m| m.grouped_by.clone()));
    let chosen = RwSignal::new(None::<String>);
    let property = move || {
        grouped
            .get()
            .or_else(|| chosen.get())
            .or_else(|| names.with(|n| n.first().cloned()))
    };
    // «Viser 10 bydele samlet af 67 kvarterer»
    let status = move || {
        grouped.get()?;
        let (n, base) = (
            s.len(),
            data.base_model.with(|m| {
                m.as_ref()
                    .map(|m| (m.0.atlas.districts.len(), m.0.atlas.noun))
            })?,
        );
        let lang = lang();
        let shown = count_of(n, s.noun(), lang);
        let of = count_of(base.0, base.1, lang);
        Some(match lang {
            Lang::Da => format!("Viser {shown} samlet af {of}"),
            Lang::En => format!("Showing {shown} made of {of}"),
        })
    };
    view! {
        <Show when=move || names.with(|n| !n.is_empty())>
            <div class="show-groups">
                <label>
                    <input type="checkbox" data-testid="show-groups"
                        prop:checked=move || grouped.with(Option::is_some)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            data.show_groups(if on { property() } else { None });
                        }/>
                    {move || t(lang(), "Vis som grupper", "Show as groups")}
                </label>
                <select data-testid="show-groups-by" aria-label=move || t(lang(), "Grupper efter", "Group by")
                    on:change=move |ev| {
                        let p = event_target_value(&ev);
                        chosen.set(Some(p.clone()));
                        if grouped.with_untracked(Option::is_some) {
                            data.show_groups(Some(p));
                        }
                    }>
                    {move || {
                        let current = property();
                        names.get().into_iter().map(|p| {
                            let selected = current.as_deref() == Some(p.as_str());
                            view! { <option value=p.clone() selected=selected>{p.clone()}</option> }
                        }).collect_view()
                    }}
                </select>
                {move || status().map(|line| view! { <span class="groups-status" data-testid="show-groups-status">{line}</span> })}
            </div>
        </Show>
    }
}
