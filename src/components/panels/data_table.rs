use crate::state::ViewStoreFields;
use crate::state::{use_atlas, AtlasState};
use crate::text::t;
use atlas_core::model::indicator::decimals_for;
use atlas_core::present::table_order::{row_order, SortBy};
use atlas_core::text::numbers::{format_value, missing_text};
use leptos::prelude::*;

/// The table view: read-only and sortable, or the editable grid («Rediger tal»).
#[component]
pub fn DataTable(grid: RwSignal<bool>) -> impl IntoView {
    let s = use_atlas();
    // a memo: a new model (each typed figure) must not remount the grid
    let grouped = Memo::new(move |_| s.model.with(|m| m.grouped_by.is_some()));
    move || {
        let grouped = grouped.get();
        if grid.get() && grouped {
            // the figures typed here would belong to the groups, not to the areas loaded
            view! {
                <p class="note grid-grouped" data-testid="grid-grouped">{move || t(s.lang.get(),
                    "Tallene kan ikke rettes, mens kortet vises som grupper: slå «Vis som grupper» fra for at rette de indlæste områders tal.",
                    "Figures cannot be edited while the map is shown as groups: turn «Show as groups» off to edit the loaded areas' figures.")}</p>
            }.into_any()
        } else if grid.get() {
            view! { <crate::components::entry::edit_grid::EditGrid/> }.into_any()
        } else {
            view! { <ReadTable/> }.into_any()
        }
    }
}

/// The map as a table: every district and indicator in the year shown, the same
/// formatted values as the map, sortable by any column (missing values last).
#[component]
fn ReadTable() -> impl IntoView {
    let s = use_atlas();
    let sort = RwSignal::new((SortBy::Name, false));
    let lang = move || s.lang.get();
    view! {
        <div class="data-table-wrap" data-testid="data-table" tabindex="0" role="region"
            aria-label=move || t(lang(), "Tabel over alle områder og indikatorer", "Table of every area and indicator")>
            <table class="data-table">
                <caption>{move || t(lang(),
                    "Alle tal pr. område i det viste år; klik en overskrift for at sortere. Mangler data står som mangler.",
                    "Every figure by area in the year shown; click a heading to sort. Missing data is shown as missing.")}</caption>
                <thead>{move || head_row(s, sort)}</thead>
                <tbody>{move || body_rows(s, sort)}</tbody>
            </table>
        </div>
    }
}

/// Kort | Tabel | Rediger tal: switches the map area between the map, the table and
/// the editable grid.
#[component]
pub fn ViewToggle(grid: RwSignal<bool>) -> impl IntoView {
    let s = use_atlas();
    let lang = move || s.lang.get();
    let grid_on = grid;
    let grid = move || s.view.table().get() && grid_on.get();
    view! {
        <div class="view-toggle" role="group" aria-label=move || t(lang(), "Vis som", "Show as")>
            <button type="button" data-testid="view-map" aria-pressed=move || (!s.view.table().get()).to_string()
                on:click=move |_| s.edit(|v| v.table = false)>{move || t(lang(), "Kort", "Map")}</button>
            <button type="button" data-testid="view-table" aria-pressed=move || (s.view.table().get() && !grid()).to_string()
                on:click=move |_| { grid_on.set(false); s.edit(|v| v.table = true) }>{move || t(lang(), "Tabel", "Table")}</button>
            <button type="button" data-testid="edit-grid" aria-pressed=move || grid().to_string()
                on:click=move |_| { grid_on.set(true); s.edit(|v| v.table = true) }>{move || t(lang(), "Rediger tal", "Edit figures")}</button>
        </div>
    }
}

/// The header row: Område, the change (in the change view), then each indicator with
/// its unit and year; each a button that sorts by it.
fn head_row(s: AtlasState, sort: RwSignal<(SortBy, bool)>) -> impl IntoView {
    let lang = s.lang.get();
    let current = s.view.indicator().get();
    let years: Vec<Option<i32>> = (0..s.model.with(|m| m.atlas.indicators.len()))
        .map(|i| s.shown_year(i))
        .collect();
    let (by, desc) = sort.get();
    let aria = move |me: SortBy| {
        if by == me {
            if desc {
                "descending"
            } else {
                "ascending"
            }
        } else {
            "none"
        }
    };
    let click = move |me: SortBy| {
        move |_| {
            sort.update(|(b, d)| {
                if *b == me {
                    *d = !*d;
                } else {
                    *b = me;
                    // values: highest first is what planners look for
                    *d = matches!(me, SortBy::Column(_));
                }
            })
        }
    };
    let cols = s.model.with(|m| {
        m.atlas
            .indicators
            .iter()
            .enumerate()
            .map(|(i, meta)| {
                let mut extra = Vec::new();
                if !meta.unit(lang).is_empty() {
                    extra.push(meta.unit(lang).to_owned());
                }
                if let Some(y) = years[i].or(meta.year) {
                    extra.push(y.to_string());
                }
                let extra = if extra.is_empty() { String::new() } else { format!(" ({})", extra.join(", ")) };
                view! {
                    <th scope="col" class:current=i == current aria-sort=aria(SortBy::Column(i))>
                        <button type="button" class="sort" data-testid="sort" data-column=meta.column.clone()
                            on:click=click(SortBy::Column(i))>
                            {format!("{}{extra}", meta.label(lang))}
                        </button>
                    </th>
                }
            })
            .collect_view()
    });
    view! {
        <tr>
            <th scope="col" aria-sort=aria(SortBy::Name)>
                <button type="button" class="sort" data-testid="sort-name" on:click=click(SortBy::Name)>
                    {s.noun().title(lang)}
                </button>
            </th>
            {(s.view.mode().get() == crate::state::Mode::Change).then(|| view! {
                <th scope="col" class="current" data-testid="change-column">
                    {crate::view_model::change::title(&s, lang).unwrap_or_default()}
                </th>
            })}
            {cols}
        </tr>
    }
}

/// A row per area in the sort order: its name, its change (in the change view), then
/// each figure in the year shown, missing said as missing.
fn body_rows(s: AtlasState, sort: RwSignal<(SortBy, bool)>) -> impl IntoView {
    let lang = s.lang.get();
    let current = s.view.indicator().get();
    let (by, desc) = sort.get();
    let year = s.view.year().get();
    // in the change view, each district's change comes first
    let change = (s.view.mode().get() == crate::state::Mode::Change).then(|| {
        (
            crate::view_model::change::values(&s),
            crate::view_model::change::decimals(&s),
        )
    });
    s.model.with(|m| {
        let atlas = &m.atlas;
        let columns: Vec<Vec<Option<f64>>> = (0..atlas.indicators.len())
            .map(|i| atlas.column_in(i, year).to_vec())
            .collect();
        let names: Vec<String> = atlas.districts.iter().map(|d| d.name.clone()).collect();
        let decimals: Vec<usize> = atlas
            .indicators
            .iter()
            .zip(columns.iter())
            .map(|(meta, col)| decimals_for(meta, col))
            .collect();
        row_order(&names, &columns, by, desc)
            .into_iter()
            .map(|d| {
                let cells = atlas
                    .indicators
                    .iter()
                    .enumerate()
                    .map(|(i, meta)| {
                        let v = columns[i].get(d).copied().flatten();
                        let text = match v {
                            Some(_) => format_value(v, decimals[i], meta.unit(lang), lang),
                            None => missing_text(lang).to_owned(),
                        };
                        view! { <td class:current=i == current class:missing=v.is_none()>{text}</td> }
                    })
                    .collect_view();
                view! {
                    <tr data-district=atlas.districts[d].id.clone()>
                        <th scope="row">{names[d].clone()}</th>
                        {change.as_ref().map(|(vals, dec)| {
                            let v = vals.get(d).copied().flatten();
                            let text = v
                                .map(|v| atlas_core::text::numbers::format_signed(v, *dec, lang))
                                .unwrap_or_else(|| missing_text(lang).to_owned());
                            view! { <td class="current" class:missing=v.is_none()>{text}</td> }
                        })}
                        {cells}
                    </tr>
                }
            })
            .collect_view()
    })
}
