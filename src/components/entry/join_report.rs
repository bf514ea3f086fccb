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
    let unmatched = Memo::new(move |_| {
        s.model.with(|m| {
            m.report
                .as_ref()
                .map(|r| r.unmatched.clone())
                .unwrap_or_default()
        })
    });
    move || {
        let unmatched = unmatched.get();
        (!unmatched.is_empty()).then(|| view! {
            <section class="join-report" data-testid="join-report">
                <h3>{move || atlas_core::present::area_words::rows_without(s.noun(), s.lang.get())}</h3>
                <UnmatchedRows unmatched prefix="" on_map=Callback::new(move |(k, id)| data.set_mapping(k, id))/>
            </section>
        })
    }
}

/// Rows that found no district — (line, key, label, suggestions) as the join reports
/// them — each with a picker of every district, suggestions first (★). Shared by the
/// table's and the paste's reports; `prefix` names the test ids (`map-row`,
/// `paste-map-row`).
#[component]
pub fn UnmatchedRows(
    unmatched: Vec<(usize, String, String, Vec<String>)>,
    prefix: &'static str,
    on_map: Callback<(String, String)>,
) -> impl IntoView {
    let s = use_atlas();
    let lang = move || s.lang.get();
    let districts: Vec<(String, String)> = s.model.with(|m| {
        let mut d: Vec<(String, String)> = m
            .atlas
            .districts
            .iter()
            .map(|d| (d.id.clone(), d.name.clone()))
            .collect();
        atlas_core::text::collate::sort_danish(&mut d, |(_, name)| name);
        d
    });
    let (row_id, select_id) = if prefix.is_empty() {
        ("unmatched-row", "map-row")
    } else {
        ("paste-unmatched", "paste-map-row")
    };
    let rows = unmatched
        .into_iter()
        .take(100)
        .map(|(line, key, label, suggestions)| {
            let options = districts.clone();
            let sug: Vec<(String, String)> = suggestions
                .iter()
                .filter_map(|n| options.iter().find(|(_, name)| name == n).cloned())
                .collect();
            let (k, row) = (key.clone(), key.clone());
            view! {
                <li data-testid=row_id data-row=row>
                    <span>"«" {label} "» (" {move || t(lang(), "række", "row")} " " {line} ")"</span>
                    <select data-testid=select_id data-row=key
                        aria-label=move || t(lang(), "Vælg område for rækken", "Choose the area for the row")
                        on:change=move |ev| on_map.run((k.clone(), event_target_value(&ev)))>
                        <option value="">{move || t(lang(), "Vælg område …", "Choose area …")}</option>
                        {sug.into_iter().map(|(id, name)| view! { <option value=id>{format!("★ {name}")}</option> }).collect_view()}
                        {options.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                    </select>
                </li>
            }
        })
        .collect_view();
    view! { <ul>{rows}</ul> }
}
