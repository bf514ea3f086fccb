//! «+ Tilføj kolonne»: a new column named by the user, or «Ny kolonne N» (the first N
//! not taken); the cursor goes to its first cell.

use super::Grid;
use crate::text::t;
use leptos::prelude::*;

/// The row of tools above the grid: the new column's name and its button.
#[component]
pub(super) fn AddColumn(grid: Grid) -> impl IntoView {
    let Grid {
        s,
        data,
        size,
        cursor,
        ..
    } = grid;
    let lang = move || s.lang.get();
    let new_name = RwSignal::new(String::new());
    let add = move || {
        let typed = new_name.get_untracked();
        let name = if typed.trim().is_empty() {
            let taken: Vec<String> = s.model.with_untracked(|m| {
                m.atlas
                    .indicators
                    .iter()
                    .map(|i| i.column.clone())
                    .collect()
            });
            (1..)
                .map(|n| format!("Ny kolonne {n}"))
                .find(|c| !taken.contains(c))
                .unwrap_or_default()
        } else {
            typed
        };
        let cols = size.get_untracked().1;
        if data.add_column(&name) {
            new_name.set(String::new());
            cursor.set(Some((0, cols)));
        }
    };
    view! {
        <div class="grid-tools">
            <label>
                <span class="sr-only">{move || t(lang(), "Navn på ny kolonne", "Name of a new column")}</span>
                <input type="text" data-testid="add-column-name" prop:value=move || new_name.get()
                    placeholder=move || t(lang(), "Ny kolonne …", "New column …")
                    on:input=move |ev| new_name.set(event_target_value(&ev))
                    on:keydown=move |ev| if ev.key() == "Enter" { add() }/>
            </label>
            <button type="button" data-testid="add-column" on:click=move |_| add()>
                {move || t(lang(), "+ Tilføj kolonne", "+ Add column")}</button>
            <span class="hint">{move || t(lang(),
                "Beskriv den nye kolonne (enhed, retning, gruppe, år, kilde) under «Beskriv indikatoren».",
                "Describe the new column (unit, direction, group, year, source) under «Describe the indicator».")}</span>
        </div>
    }
}
