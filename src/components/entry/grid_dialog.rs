//! The grid dialog (issue 27 §1): beside a grid read from corner columns (`n_km,e_km`,
//! `y,x` …), what the atlas took them for — the grid and its CRS, the cells' side, the
//! corner's unit — proposed in three choices the user may change; «Læs igen» reads
//! the table anew that way (`DataState::reread_grid`), as the boundary menu does for
//! keys and CRS.

use crate::data::use_data;
use crate::state::use_atlas;
use crate::text::t;
use atlas_core::geometry::grid_cell::GridSystem;
use atlas_core::import::grid_layer::{GridReading, CELL_SIZES};
use atlas_core::present::grid_words::{reading_sentence, size_label, system_label};
use leptos::prelude::*;

#[component]
pub fn GridDialog() -> impl IntoView {
    let (s, data) = (use_atlas(), use_data());
    // only while that grid is the map (not after other boundaries were loaded)
    let shown = move || {
        data.corner_table.with(Option::is_some) && s.model.with(|m| m.boundaries.grid.is_some())
    };
    view! {
        <Show when=shown>
            <GridReadingForm/>
        </Show>
    }
}

#[component]
fn GridReadingForm() -> impl IntoView {
    let (s, data) = (use_atlas(), use_data());
    let lang = move || s.lang.get();
    let read = move || data.corner_table.with(|c| c.as_ref().map(|c| c.reading));
    let first = read().unwrap_or(GridReading {
        system: GridSystem::Inspire,
        size: 1000,
        unit: 1000,
    });
    let (system, size, unit) = (
        RwSignal::new(first.system),
        RwSignal::new(first.size),
        RwSignal::new(first.unit),
    );
    // a new reading (after «Læs igen», or another table) is what the choices show
    Effect::new(move |_| {
        if let Some(r) = read() {
            system.set(r.system);
            size.set(r.size);
            unit.set(r.unit);
        }
    });
    let chosen = move || GridReading {
        system: system.get(),
        size: size.get(),
        unit: unit.get(),
    };
    let said = move || read().map(|r| reading_sentence(r, lang()));
    view! {
        <fieldset class="grid-reading" data-testid="grid-reading">
            <legend>{move || t(lang(), "Kvadratnettet", "The grid")}</legend>
            <p class="hint" data-testid="grid-reading-said">{said}</p>
            <label>{move || t(lang(), "Net", "Grid")} " "
                <select data-testid="grid-system" on:change=move |ev| {
                    system.set(if event_target_value(&ev) == "kvadratnet" { GridSystem::Kvadratnet } else { GridSystem::Inspire });
                }>
                    {[(GridSystem::Inspire, "inspire"), (GridSystem::Kvadratnet, "kvadratnet")].into_iter().map(|(g, value)| view! {
                        <option value=value selected=move || system.get() == g>{move || system_label(g, lang())}</option>
                    }).collect_view()}
                </select>
            </label>
            <label>{move || t(lang(), "Cellestørrelse", "Cell size")} " "
                <select data-testid="grid-size" on:change=move |ev| {
                    if let Ok(v) = event_target_value(&ev).parse() { size.set(v) }
                }>
                    {CELL_SIZES.into_iter().map(|m| view! {
                        <option value=m.to_string() selected=move || size.get() == m>{size_label(m)}</option>
                    }).collect_view()}
                </select>
            </label>
            <label>{move || t(lang(), "Hjørnet er i", "The corner is in")} " "
                <select data-testid="grid-unit" on:change=move |ev| {
                    unit.set(if event_target_value(&ev) == "km" { 1000 } else { 1 });
                }>
                    <option value="km" selected=move || unit.get() == 1000>"km"</option>
                    <option value="m" selected=move || unit.get() == 1>{move || t(lang(), "meter", "metres")}</option>
                </select>
            </label>
            <button type="button" data-testid="grid-reread"
                disabled=move || read() == Some(chosen())
                on:click=move |_| data.reread_grid(chosen())>
                {move || t(lang(), "Læs igen", "Read again")}
            </button>
        </fieldset>
    }
}
