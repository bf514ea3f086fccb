//! «Rediger tal»: the table view as a spreadsheet grid (ARIA grid pattern). Arrows and
//! Tab move, typing replaces the figure, F2 or Enter edits it, Enter or Tab keeps it,
//! Escape drops it, Delete clears it to *missing*; a block pasted from a spreadsheet
//! fills from the active cell (one undo). Text that is not a number is refused with a
//! sentence naming the cell, which keeps its value. Every change is an entry in the
//! edit log, so the map, legend and comparison follow at once.

use crate::data::use_data;
use crate::state::use_atlas;
use crate::state::ViewStoreFields;
use crate::text::t;
use atlas_core::import::cells::{parse_cell, parse_cell_dot_decimal, Cell};
use atlas_core::model::derive::is_computed;
use atlas_core::model::edits::Edit;
use atlas_core::model::indicator::decimals_for;
use atlas_core::text::numbers::{format_number, format_value, missing_text};
use atlas_core::Lang;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use leptos::reactive::computed::Selector;
use wasm_bindgen::JsCast;

/// What a text means: a figure, *missing*, or not a number. Typed in English, a dot
/// is the decimal mark (`1.234` is not a thousand); in Danish and in a pasted block,
/// as Danish statistics write them (see [`parse_cell`]).
fn read(text: &str, lang: Option<Lang>) -> Result<Option<f64>, ()> {
    let cell = match lang {
        Some(Lang::En) => parse_cell_dot_decimal(text),
        _ => parse_cell(text),
    };
    match cell {
        Cell::Value(v) => Ok(Some(v)),
        Cell::Missing => Ok(None),
        Cell::Invalid => Err(()),
    }
}

/// Focus the cell at (row, column) of `table` (row 0 is the header row, column 0
/// the row headers): reached through the table's own rows and cells.
fn focus_cell(table: &web_sys::HtmlTableElement, row: usize, col: usize) {
    let cell = table
        .rows()
        .item(row as u32 + 1)
        .and_then(|tr| tr.dyn_into::<web_sys::HtmlTableRowElement>().ok())
        .and_then(|tr| tr.cells().item(col as u32 + 1))
        .and_then(|td| td.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(td) = cell {
        let _ = td.focus();
    }
}

/// What one cell of the grid needs to know, read from the model shown.
struct CellKey {
    district: String,
    name: String,
    column: String,
    label: String,
    locked: Option<ReadOnly>,
}

/// The grid of the boundaries shown: made again only for new boundaries (an edit
/// changes the text of the cells whose figures changed; the cursor and the focus
/// stay).
#[component]
pub fn EditGrid() -> impl IntoView {
    let s = use_atlas();
    move || {
        s.geometry.track();
        untrack(grid_of_shapes)
    }
}

fn grid_of_shapes() -> AnyView {
    let (s, data) = (use_atlas(), use_data());
    let lang = move || s.lang.get();
    // the grid's shape: its cells stay mounted through every edit (an edit changes
    // only the text of the cells whose figures changed, and the focus stays)
    let size = Memo::new(move |_| {
        s.model
            .with(|m| (m.atlas.districts.len(), m.atlas.indicators.len()))
    });
    let cursor = RwSignal::new(None::<(usize, usize)>);
    // only the cell entering and the one leaving the cursor are notified
    let here = Selector::new(move || cursor.get().unwrap_or((0, 0)));
    let draft = RwSignal::new(None::<String>);
    let table_ref = NodeRef::<leptos::html::Table>::new();
    let input_ref = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if draft.with(Option::is_some) {
            if let Some(el) = input_ref.get() {
                let _ = el.focus();
            }
        }
    });
    let cell_key = move |r: usize, c: usize| {
        s.model.with_untracked(|m| {
            let (d, meta) = (m.atlas.districts.get(r)?, m.atlas.indicators.get(c)?);
            Some(CellKey {
                district: d.id.clone(),
                name: d.name.clone(),
                column: meta.column.clone(),
                label: meta.label(s.lang.get_untracked()).to_owned(),
                locked: read_only(m, c),
            })
        })
    };
    let value_text = move |r: usize, c: usize| {
        let year = s.view.year().get_untracked();
        let lg = s.lang.get_untracked();
        s.model.with_untracked(|m| {
            let col = m.atlas.column_in(c, year);
            let dec = m
                .atlas
                .indicators
                .get(c)
                .map(|meta| decimals_for(meta, col))
                .unwrap_or(0);
            col.get(r)
                .copied()
                .flatten()
                .map(|v| format_editable(v, dec, lg))
                .unwrap_or_default()
        })
    };
    // Store `value` in (r, c): a figure, or missing.
    let commit = move |r: usize, c: usize, value: Option<f64>| {
        let Some(key) = cell_key(r, c) else {
            return;
        };
        if let Some(why) = key.locked {
            data.report(
                why.sentence(&key.label, Lang::Da),
                why.sentence(&key.label, Lang::En),
            );
            return;
        }
        let year = untrack(|| s.shown_year(c));
        data.edits.update(|e| {
            e.push(Edit::Cell {
                district: key.district,
                column: key.column,
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
        match read(&text, Some(s.lang.get_untracked())) {
            Ok(v) => {
                commit(r, c, v);
                true
            }
            Err(()) => {
                let (name, label) = cell_key(r, c)
                    .map(|k| (k.name, k.label))
                    .unwrap_or_default();
                data.report(
                    format!("{name}, {label}: «{text}» er ikke et tal; cellen beholder sin værdi."),
                    format!("{name}, {label}: «{text}» is not a number; the cell keeps its value."),
                );
                false
            }
        }
    };
    let focus = move |r: usize, c: usize| {
        if let Some(table) = table_ref.get_untracked() {
            focus_cell(&table, r, c);
        }
    };
    let go = move |r: isize, c: isize| {
        let (rows, cols) = size.get_untracked();
        let r = r.clamp(0, rows as isize - 1) as usize;
        let c = c.clamp(0, cols as isize - 1) as usize;
        cursor.set(Some((r, c)));
        focus(r, c);
    };
    let on_key = move |ev: KeyboardEvent| {
        let (rows, cols) = size.get_untracked();
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
                focus(r, c);
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
        paste_block(s, data, &text, (r0, c0), cell_key);
    };
    let header = move || {
        let lg = lang();
        s.model.with(|m| {
            m.atlas
                .indicators
                .iter()
                .map(|meta| {
                    let unit = meta.unit(lg);
                    let text = if unit.is_empty() {
                        meta.label(lg).to_owned()
                    } else {
                        format!("{} ({unit})", meta.label(lg))
                    };
                    view! { <th role="columnheader" scope="col">{text}</th> }
                })
                .collect_view()
        })
    };
    // Every cell's text (and whether it is missing), in one pass per change: one
    // signal per cell (see hooks::keyed), column by column so a new column adds to
    // the end. The rows are this grid's (new boundaries make a new grid).
    let rows = size.get_untracked().0;
    let texts = crate::hooks::keyed::use_keyed(rows * size.get_untracked().1, move || {
        let lg = lang();
        let year = s.view.year().get();
        s.model.with(|m| {
            let atlas = &m.atlas;
            let mut out = Vec::with_capacity(rows * atlas.indicators.len());
            for (c, meta) in atlas.indicators.iter().enumerate() {
                let col = atlas.column_in(c, year);
                let dec = decimals_for(meta, col);
                out.extend((0..rows).map(|r| match col.get(r).copied().flatten() {
                    Some(v) => (format_value(Some(v), dec, meta.unit(lg), lg), false),
                    None => (missing_text(lg).to_owned(), true),
                }));
            }
            out
        })
    });
    // One cell: its text follows its signal, its state the cursor.
    let cell = move |r: usize, c: usize| {
        let k = c * rows + r;
        let (district, column, locked) = s.model.with_untracked(|m| {
            (
                m.atlas
                    .districts
                    .get(r)
                    .map(|d| d.id.clone())
                    .unwrap_or_default(),
                m.atlas
                    .indicators
                    .get(c)
                    .map(|i| i.column.clone())
                    .unwrap_or_default(),
                read_only(m, c).is_some().then_some("true"),
            )
        });
        let active = {
            let here = here.clone();
            move || here.selected(&(r, c))
        };
        let (active2, active3) = (active.clone(), active.clone());
        view! {
            <td role="gridcell" data-row=r data-col=c data-district=district data-column=column
                tabindex=move || if active() { "0" } else { "-1" }
                aria-selected=move || active2().to_string()
                aria-readonly=locked
                class:missing=move || texts.get(k).1 class:active=active3
                on:focus=move |_| cursor.set(Some((r, c)))
                on:click=move |_| { cursor.set(Some((r, c))); focus(r, c); }
                on:dblclick=move |_| draft.set(Some(value_text(r, c)))>
                {move || {
                    let editing_here = cursor.get() == Some((r, c)) && draft.with(Option::is_some);
                    if editing_here {
                        view! {
                            <input type="text" class="grid-input" node_ref=input_ref
                                aria-label=move || t(lang(), "Tal", "Figure")
                                prop:value=move || draft.get().unwrap_or_default()
                                on:input=move |ev| draft.set(Some(event_target_value(&ev)))
                                on:blur=move |_| { if draft.with_untracked(Option::is_some) { finish(r, c); } }/>
                        }
                        .into_any()
                    } else {
                        (move || texts.get(k).0).into_any()
                    }
                }}
            </td>
        }
    };
    let row = move |r: usize| {
        let cell = cell.clone();
        let name = s
            .model
            .with_untracked(|m| m.atlas.districts.get(r).map(|d| d.name.clone()))
            .unwrap_or_default();
        view! {
            <tr role="row">
                <th role="rowheader" scope="row">{name}</th>
                <For each=move || 0..size.get().1 key=|c| *c children=move |c| cell(r, c)/>
            </tr>
        }
    };
    let new_name = RwSignal::new(String::new());
    let add = move || {
        let typed = new_name.get_untracked();
        let name = if typed.trim().is_empty() {
            // «Ny kolonne N», the first N not taken
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
            <table class="data-table edit-grid" role="grid" data-testid="grid" node_ref=table_ref
                aria-label=move || t(lang(), "Rediger tal: områder × indikatorer", "Edit figures: areas × indicators")
                aria-rowcount=move || size.get().0 + 1 aria-colcount=move || size.get().1 + 1
                on:keydown=on_key on:paste=on_paste>
                <caption>{move || t(lang(),
                    "Piletaster og Tab flytter; skriv for at erstatte, F2 eller Enter retter, Delete rydder til «mangler data», Ctrl+Z fortryder. Indsæt en blok fra regnearket i den valgte celle.",
                    "Arrows and Tab move; type to replace, F2 or Enter edits, Delete clears to «missing data», Ctrl+Z undoes. Paste a block from the spreadsheet into the chosen cell.")}</caption>
                <thead><tr role="row"><th role="columnheader" scope="col">{move || t(lang(), "Område", "Area")}</th>{header}</tr></thead>
                <tbody><For each=move || 0..rows key=|r| *r children=row/></tbody>
            </table>
        </div>
    }
    .into_any()
}

/// A block pasted at `(r0, c0)`: every figure that fits is one edit (one undo); cells
/// that are computed or not a number are named in one sentence.
fn paste_block(
    s: crate::state::AtlasState,
    data: crate::data::DataState,
    text: &str,
    (r0, c0): (usize, usize),
    cell_key: impl Fn(usize, usize) -> Option<CellKey>,
) {
    let mut cells = Vec::new();
    let mut refused = Vec::new();
    for (dr, line) in text.trim_end_matches(['\r', '\n']).split('\n').enumerate() {
        for (dc, raw) in line.trim_end_matches('\r').split('\t').enumerate() {
            let (r, c) = (r0 + dr, c0 + dc);
            let Some(key) = cell_key(r, c) else {
                continue;
            };
            match read(raw.trim(), None) {
                Ok(v) if key.locked.is_none() => {
                    cells.push((key.district, key.column, untrack(|| s.shown_year(c)), v))
                }
                Ok(_) => refused.push(format!("{}, {}", key.name, key.label)),
                Err(()) => refused.push(format!("{}, {} («{}»)", key.name, key.label, raw.trim())),
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
}

/// A figure as the editor offers it for retyping: the page's language, no thousands
/// separator, no trailing zeros.
fn format_editable(v: f64, decimals: usize, lang: Lang) -> String {
    let text = format_number(v, decimals.max(2), lang);
    let (sep, comma) = match lang {
        Lang::Da => ('.', ','),
        Lang::En => (',', '.'),
    };
    let text: String = text.chars().filter(|ch| *ch != sep).collect();
    if text.contains(comma) {
        text.trim_end_matches('0')
            .trim_end_matches(comma)
            .to_owned()
    } else {
        text
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
