use crate::data::use_data;
use crate::state::use_atlas;
use crate::text::t;
use leptos::prelude::*;

/// Table rows that matched no district, each with a picker to map it by hand
/// (suggestions first). The mapping is kept with the table.
#[component]
pub fn JoinReport() -> impl IntoView {
    let data = use_data();
    let s = use_atlas();
    let unmatched = s.model.with_value(|m| {
        m.report
            .as_ref()
            .map(|r| r.unmatched.clone())
            .unwrap_or_default()
    });
    let districts: Vec<(String, String)> = s.model.with_value(|m| {
        let mut d: Vec<(String, String)> = m
            .atlas
            .districts
            .iter()
            .map(|d| (d.id.clone(), d.name.clone()))
            .collect();
        d.sort_by(|a, b| a.1.cmp(&b.1));
        d
    });
    (!unmatched.is_empty()).then(|| {
        let rows = unmatched
            .into_iter()
            .take(100)
            .map(|(line, key, label, suggestions)| {
                let options = districts.clone();
                let k = key.clone();
                let key_attr = key.clone();
                let sug: Vec<(String, String)> = suggestions
                    .iter()
                    .filter_map(|n| options.iter().find(|(_, name)| name == n).cloned())
                    .collect();
                view! {
                    <li data-testid="unmatched-row" data-row=key_attr>
                        <span>"«" {label} "» (" {move || t(s.lang.get(), "række", "row")} " " {line} ")"</span>
                        <select data-testid="map-row" data-row=key
                            aria-label=move || t(s.lang.get(), "Vælg bydel for rækken", "Choose the district for the row")
                            on:change=move |ev| data.set_mapping(k.clone(), event_target_value(&ev))>
                            <option value="">{move || t(s.lang.get(), "Vælg bydel …", "Choose district …")}</option>
                            {sug.into_iter().map(|(id, name)| view! { <option value=id>{format!("★ {name}")}</option> }).collect_view()}
                            {options.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                        </select>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="join-report" data-testid="join-report">
                <h3>{move || t(s.lang.get(), "Rækker uden bydel", "Rows without a district")}</h3>
                <ul>{rows}</ul>
            </section>
        }
    })
}
