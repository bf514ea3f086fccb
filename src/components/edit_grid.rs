//! «Rediger tal»: the table view as a spreadsheet grid (ARIA grid pattern). Arrows and
//! Tab move, typing replaces the figure, F2 or Enter edits it, Enter or Tab keeps it,
//! Escape drops it, Delete clears it to *missing*; a block pasted from a spreadsheet
//! fills from the active cell (one undo). Text that is not a number is refused with a
//! sentence naming the cell, which keeps its value. Every change is an entry in the
//! edit log, so the map, legend and comparison follow at once.

use crate::data::use_data;
use crate::state::use_atlas;
use crate::text::t;
use atlas_core::import::cells::{parse_cell, Cell};
use atlas_core::model::derive::is_computed;
use atlas_core::model::edits::Edit;
use atlas_core::model::indicator::decimals_for;
use atlas_core::text::numbers::{format_number, format_value, missing_text};
use atlas_core::Lang;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What a typed text means: a figure, *missing*, or not a number.
fn read(text: &str) -> Result<Option<f64>, ()> {
    match parse_cell(text) {
        Cell::Value(v) => Ok(Some(v)),
        Cell::Missing => Ok(None),
        Cell::Invalid => Err(()),
    }
}

/// Focus the grid cell at (row, column), once it is in the page.
fn focus_cell(row: usize, col: usize) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let sel = format!("[role=gridcell][data-row=\"{row}\"][data-col=\"{col}\"]");
    if let Ok(Some(el)) = doc.query_selector(&sel) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

#[component]
pub fn EditGrid() -> impl IntoView {
    let (s, data) = (use_atlas(), use_data());
    let lang = move || s.lang.get();
    let (rows, cols) = s
        .model
        .with_value(|m| (m.atlas.districts.len(), m.atlas.indicators.len()));
    let cursor = data.grid_cursor;
    let draft = RwSignal::new(None::<String>);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    // back to the active cell after the model is rebuilt by an edit
    request_animation_frame(move || {
        if let Some((r, c)) = cursor.try_get_untracked().flatten() {
            focus_cell(r.min(rows.saturating_sub(1)), c.min(cols.saturating_sub(1)));
        }
    });
    Effect::new(move |_| {
        if draft.with(Option::is_some) {
            if let Some(el) = input_ref.get() {
                let _ = el.focus();
            }
        }
    });
    let cell_key = move |r: usize, c: usize| {
        s.model.with_value(|m| {
            (
                m.atlas.districts[r].id.clone(),
                m.atlas.districts[r].name.clone(),
                m.atlas.indicators[c].column.clone(),
                m.atlas.indicators[c]
                    .label(s.lang.get_untracked())
                    .to_owned(),
                read_only(m, c),
            )
        })
    };
    let value_text = move |r: usize, c: usize| {
        let year = s.year.get_untracked();
        s.model.with_value(|m| {
            let col = m.atlas.column_in(c, year);
            let dec = decimals_for(&m.atlas.indicators[c], col);
            col.get(r)
                .copied()
                .flatten()
                .map(|v| format_number(v, dec.max(2), atlas_core::Lang::Da))
                .map(|t| t.trim_end_matches('0').trim_end_matches(',').to_owned())
                .unwrap_or_default()
        })
    };
    // Store `value` in (r, c): a figure, or missing.
    let commit = move |r: usize, c: usize, value: Option<f64>| {
        let (district, _, column, label, locked) = cell_key(r, c);
        if let Some(why) = locked {
            data.report(
                why.sentence(&label, Lang::Da),
                why.sentence(&label, Lang::En),
            );
            return;
        }
        let year = s.shown_year(c);
        data.edits.update(|e| {
            e.push(Edit::Cell {
                district,
                column,
                year,
                value,
            })
        });
    };
    let finish = move |r: usize, c: usize| {
        let Some(text) = draft.get_untracked() else {
            return true;
        };
        draft.set(None);
        match read(&text) {
            Ok(v) => {
                commit(r, c, v);
                true
            }
            Err(()) => {
                let (_, name, _, label, _) = cell_key(r, c);
                data.report(
                    format!("{name}, {label}: «{text}» er ikke et tal; cellen beholder sin værdi."),
                    format!("{name}, {label}: «{text}» is not a number; the cell keeps its value."),
                );
                false
            }
        }
    };
    let go = move |r: isize, c: isize| {
        let r = r.clamp(0, rows as isize - 1) as usize;
        let c = c.clamp(0, cols as isize - 1) as usize;
        cursor.set(Some((r, c)));
        focus_cell(r, c);
    };
    let on_key = move |ev: KeyboardEvent| {
        let (r, c) = cursor.get_untracked().unwrap_or((0, 0));
        let (ri, ci) = (r as isize, c as isize);
        let editing = draft.with_untracked(Option::is_some);
        let key = ev.key();
        match key.as_str() {
            "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" if !editing => {
                match key.as_str() {
                    "ArrowUp" => go(ri - 1, ci),
                    "ArrowDown" => go(ri + 1, ci),
                    "ArrowLeft" => go(ri, ci - 1),
                    _ => go(ri, ci + 1),
                }
            }
            "Tab" => {
                if editing && !finish(r, c) {
                    ev.prevent_default();
                    return;
                }
                let step = if ev.shift_key() { -1 } else { 1 };
                let at_edge =
                    (step < 0 && r == 0 && c == 0) || (step > 0 && r + 1 == rows && c + 1 == cols);
                if at_edge {
                    return; // Tab leaves the grid
                }
                let flat = ri * cols as isize + ci + step;
                go(flat / cols as isize, flat % cols as isize);
            }
            "Enter" => {
                if editing {
                    if finish(r, c) {
                        go(ri + 1, ci);
                    }
                } else {
                    draft.set(Some(value_text(r, c)));
                }
            }
            "F2" if !editing => draft.set(Some(value_text(r, c))),
            "Escape" if editing => {
                draft.set(None);
                focus_cell(r, c);
            }
            "Delete" | "Backspace" if !editing => commit(r, c, None),
            k if !editing
                && k.chars().count() == 1
                && !ev.ctrl_key()
                && !ev.meta_key()
                && !ev.alt_key() =>
            {
                draft.set(Some(k.to_owned()));
            }
            _ => return,
        }
        ev.prevent_default();
    };
    // a block from a spreadsheet fills from the active cell
    let on_paste = move |ev: leptos::ev::ClipboardEvent| {
        if draft.with_untracked(Option::is_some) {
            return; // into the cell being typed in
        }
        let Some(text) = ev
            .clipboard_data()
            .and_then(|d| d.get_data("text/plain").ok())
        else {
            return;
        };
        ev.prevent_default();
        ev.stop_propagation();
        let (r0, c0) = cursor.get_untracked().unwrap_or((0, 0));
        let mut cells = Vec::new();
        let mut refused = Vec::new();
        for (dr, line) in text.trim_end_matches(['\r', '\n']).split('\n').enumerate() {
            for (dc, raw) in line.trim_end_matches('\r').split('\t').enumerate() {
                let (r, c) = (r0 + dr, c0 + dc);
                if r >= rows || c >= cols {
                    continue;
                }
                let (district, name, column, label, locked) = cell_key(r, c);
                let computed = locked.is_some();
                match read(raw.trim()) {
                    Ok(v) if !computed => cells.push((district, column, s.shown_year(c), v)),
                    Ok(_) => refused.push(format!("{name}, {label}")),
                    Err(()) => refused.push(format!("{name}, {label} («{}»)", raw.trim())),
                }
            }
        }
        if !refused.is_empty() {
            let list = refused.join("; ");
            data.report(
                format!("Ikke sat ind (ikke et tal eller beregnet): {list}."),
                format!("Not pasted (not a number, or computed): {list}."),
            );
        }
        if !cells.is_empty() {
            data.edits.update(|e| e.push(Edit::Cells { cells }));
        }
    };
    let header = s.model.with_value(|m| {
        m.atlas
            .indicators
            .iter()
            .map(|meta| {
                let lg = s.lang.get_untracked();
                let unit = meta.unit(lg);
                let text = if unit.is_empty() {
                    meta.label(lg).to_owned()
                } else {
                    format!("{} ({unit})", meta.label(lg))
                };
                view! { <th role="columnheader" scope="col">{text}</th> }
            })
            .collect_view()
    });
    let body = move || {
        let lg = lang();
        let year = s.year.get();
        // (the cursor is read per cell: a move must not rebuild the cells, which would
        // take the focus away)
        let here = move |r: usize, c: usize| match cursor.get() {
            Some(at) => at == (r, c),
            None => r == 0 && c == 0,
        };
        s.model.with_value(|m| {
            let atlas = &m.atlas;
            (0..rows)
                .map(|r| {
                    let cells = (0..cols)
                        .map(|c| {
                            let meta = &atlas.indicators[c];
                            let col = atlas.column_in(c, year);
                            let v = col.get(r).copied().flatten();
                            let shown = match v {
                                Some(_) => format_value(v, decimals_for(meta, col), meta.unit(lg), lg),
                                None => missing_text(lg).to_owned(),
                            };
                            let computed = s.model.with_value(|m| read_only(m, c)).is_some();
                            view! {
                                <td role="gridcell" data-row=r data-col=c
                                    data-district=atlas.districts[r].id.clone() data-column=meta.column.clone()
                                    tabindex=move || if here(r, c) { "0" } else { "-1" }
                                    aria-selected=move || here(r, c).to_string()
                                    aria-readonly=computed.then_some("true")
                                    class:missing=v.is_none() class:active=move || here(r, c)
                                    on:focus=move |_| cursor.set(Some((r, c)))
                                    on:click=move |_| { cursor.set(Some((r, c))); focus_cell(r, c); }
                                    on:dblclick=move |_| draft.set(Some(value_text(r, c)))>
                                    {move || {
                                        let editing_here = cursor.get() == Some((r, c)) && draft.with(Option::is_some);
                                        if editing_here {
                                            view! {
                                                <input type="text" class="grid-input" node_ref=input_ref
                                                    aria-label=t(lg, "Tal", "Figure")
                                                    prop:value=move || draft.get().unwrap_or_default()
                                                    on:input=move |ev| draft.set(Some(event_target_value(&ev)))
                                                    on:blur=move |_| { if draft.with_untracked(Option::is_some) { finish(r, c); } }/>
                                            }
                                            .into_any()
                                        } else {
                                            shown.clone().into_any()
                                        }
                                    }}
                                </td>
                            }
                        })
                        .collect_view();
                    view! {
                        <tr role="row">
                            <th role="rowheader" scope="row">{atlas.districts[r].name.clone()}</th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let new_name = RwSignal::new(String::new());
    let add = move || {
        let typed = new_name.get_untracked();
        let name = if typed.trim().is_empty() {
            // «Ny kolonne N», the first N not taken
            let taken: Vec<String> = s.model.with_value(|m| {
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
        if data.add_column(&name) {
            new_name.set(String::new());
            cursor.set(Some((0, cols)));
        }
    };
    view! {
        <div class="data-table-wrap edit-grid-wrap">
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
            <table class="data-table edit-grid" role="grid" data-testid="grid"
                aria-label=move || t(lang(), "Rediger tal: områder × indikatorer", "Edit figures: areas × indicators")
                aria-rowcount=rows + 1 aria-colcount=cols + 1
                on:keydown=on_key on:paste=on_paste>
                <caption>{move || t(lang(),
                    "Piletaster og Tab flytter; skriv for at erstatte, F2 eller Enter retter, Delete rydder til «mangler data», Ctrl+Z fortryder. Indsæt en blok fra regnearket i den valgte celle.",
                    "Arrows and Tab move; type to replace, F2 or Enter edits, Delete clears to «missing data», Ctrl+Z undoes. Paste a block from the spreadsheet into the chosen cell.")}</caption>
                <thead><tr role="row"><th role="columnheader" scope="col">{move || t(lang(), "Område", "Area")}</th>{header}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// Why a column cannot be typed into.
#[derive(Clone, Copy)]
enum ReadOnly {
    /// Computed from other columns («Beregn»).
    Computed,
    /// A measure split by dimensions: its figures are those of the chosen categories.
    Split,
}

impl ReadOnly {
    fn sentence(self, label: &str, lang: Lang) -> String {
        match (self, lang) {
            (ReadOnly::Computed, Lang::Da) => format!("«{label}» er beregnet af andre tal; ret i dem i stedet."),
            (ReadOnly::Computed, Lang::En) => format!("“{label}” is computed from other figures; change those instead."),
            (ReadOnly::Split, Lang::Da) => format!("«{label}» er tallene for de valgte kategorier i en opdelt tabel; ret dem i filen, eller vælg andre kategorier."),
            (ReadOnly::Split, Lang::En) => format!("“{label}” holds the figures of the chosen categories of a split table; change them in the file, or choose other categories."),
        }
    }
}

/// Column `c` of `m` cannot be typed into: why (`None`: it can).
fn read_only(m: &atlas_core::pipeline::Model, c: usize) -> Option<ReadOnly> {
    let meta = m.atlas.indicators.get(c)?;
    if is_computed(meta) {
        Some(ReadOnly::Computed)
    } else if m.cubes.iter().any(|k| k.column == meta.column) {
        Some(ReadOnly::Split)
    } else {
        None
    }
}
