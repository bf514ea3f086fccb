//! «Rediger tal»: the table view as a spreadsheet grid (ARIA grid pattern). Arrows and
//! Tab move, typing replaces the figure, F2 or Enter edits it, Enter or Tab keeps it,
//! Escape drops it, Delete clears it to *missing*; a block pasted from a spreadsheet
//! fills from the active cell (one undo). Text that is not a number is refused with a
//! sentence naming the cell, which keeps its value. Every change is an entry in the
//! edit log, so the map, legend and comparison follow at once.
//!
//! [`Grid`] holds the grid's state and what it does (as in Leptos's todomvc: the
//! logic in an `impl`, the view small); `keys.rs` moves and edits by keyboard,
//! `cells.rs` reads and writes a cell's text, `add_column.rs` is the «+ Tilføj
//! kolonne» row, `view.rs` the table itself.

mod add_column;
mod cells;
mod keys;
mod view;

use crate::data::{use_data, DataState};
use crate::state::{use_atlas, AtlasState, ViewStoreFields};
use crate::text::t;
use atlas_core::model::edits::Edit;
use atlas_core::model::indicator::decimals_for;
use atlas_core::text::numbers::{format_value, missing_text};
use atlas_core::Lang;
use cells::{format_editable, paste_block, read, read_only, CellKey};
use leptos::prelude::*;
use leptos::reactive::computed::Selector;
use wasm_bindgen::JsCast;

/// Rows per `tbody`: each body skips layout and paint while off screen
/// (`content-visibility` in style.css); one body per row made the browser track
/// 2,148 of them for the parishes on every frame.
const ROWS_PER_BODY: usize = 64;

/// The grid of the boundaries shown: made again only for new boundaries (an edit
/// changes the text of the cells whose figures changed; the cursor and the focus
/// stay).
#[component]
pub fn EditGrid() -> impl IntoView {
    let s = use_atlas();
    move || {
        s.geometry.track();
        untrack(|| Grid::new().view())
    }
}

/// One grid over one set of boundaries: its shape, cursor, the text being typed and
/// every cell's text (one signal per cell, see `hooks::keyed`).
#[derive(Clone, Copy)]
struct Grid {
    s: AtlasState,
    data: DataState,
    /// (areas, columns): the cells stay mounted through every edit. A signal set
    /// only when the shape changes, not a memo: every row's cell list reads it, and a
    /// memo over the model would wake all 2,148 of them at each edit to check it.
    size: RwSignal<(usize, usize)>,
    /// The areas of these boundaries (new boundaries make a new grid).
    rows: usize,
    cursor: RwSignal<Option<(usize, usize)>>,
    /// Only the cell entering and the one leaving the cursor are notified.
    here: StoredValue<Selector<(usize, usize)>>,
    /// The cell being typed in: only it and the one before are notified (every cell
    /// reading `draft` made each start and end of typing rerun all of them, O(n²)
    /// in the signal's subscriber list).
    editing: StoredValue<Selector<Option<(usize, usize)>>>,
    /// The text typed into the active cell (`None`: not editing).
    draft: RwSignal<Option<String>>,
    table_ref: NodeRef<leptos::html::Table>,
    input_ref: NodeRef<leptos::html::Input>,
    /// Each cell's text and whether it is missing, column by column.
    texts: crate::hooks::keyed::Keyed<(String, bool)>,
}

impl Grid {
    fn new() -> Self {
        let (s, data) = (use_atlas(), use_data());
        let shape = move || {
            s.model
                .with(|m| (m.atlas.districts.len(), m.atlas.indicators.len()))
        };
        let size = RwSignal::new(untrack(shape));
        Effect::new(move |_| {
            let now = shape();
            if size.get_untracked() != now {
                size.set(now);
            }
        });
        let cursor = RwSignal::new(None::<(usize, usize)>);
        let here = StoredValue::new(Selector::new(move || cursor.get().unwrap_or((0, 0))));
        let draft = RwSignal::new(None::<String>);
        let editing = StoredValue::new(Selector::new(move || {
            if draft.with(Option::is_some) {
                cursor.get()
            } else {
                None
            }
        }));
        let input_ref = NodeRef::<leptos::html::Input>::new();
        Effect::new(move |_| {
            if draft.with(Option::is_some) {
                if let Some(el) = input_ref.get() {
                    let _ = el.focus();
                }
            }
        });
        let (rows, cols) = size.get_untracked();
        let texts = crate::hooks::keyed::use_keyed(rows * cols, move || cell_texts(s, rows));
        Grid {
            s,
            data,
            size,
            rows,
            cursor,
            here,
            editing,
            draft,
            table_ref: NodeRef::new(),
            input_ref,
            texts,
        }
    }

    fn lang(self) -> Lang {
        self.s.lang.get()
    }

    /// What cell (r, c) holds, by id (`None` outside the grid).
    fn cell_key(self, r: usize, c: usize) -> Option<CellKey> {
        let s = self.s;
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
    }

    /// Cell (r, c)'s figure as offered for retyping.
    fn value_text(self, r: usize, c: usize) -> String {
        let s = self.s;
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
    }

    /// Store `value` in (r, c): a figure, or missing; a read-only column says why.
    fn commit(self, r: usize, c: usize, value: Option<f64>) {
        let Some(key) = self.cell_key(r, c) else {
            return;
        };
        if let Some(why) = key.locked {
            self.data.report(
                why.sentence(&key.label, Lang::Da),
                why.sentence(&key.label, Lang::En),
            );
            return;
        }
        let year = untrack(|| self.s.shown_year(c));
        self.data.edits.update(|e| {
            e.push(Edit::Cell {
                district: key.district,
                column: key.column,
                year,
                value,
            })
        });
    }

    /// End typing in (r, c): the text stored if it is a figure (`true`), else refused
    /// with a sentence naming the cell (`false`; the cell keeps its value).
    fn finish(self, r: usize, c: usize) -> bool {
        let Some(text) = self.draft.get_untracked() else {
            return true;
        };
        self.draft.set(None);
        match read(&text, Some(self.s.lang.get_untracked())) {
            Ok(v) => {
                self.commit(r, c, v);
                true
            }
            Err(()) => {
                let (name, label) = self
                    .cell_key(r, c)
                    .map(|k| (k.name, k.label))
                    .unwrap_or_default();
                self.data.report(
                    format!("{name}, {label}: «{text}» er ikke et tal; cellen beholder sin værdi."),
                    format!("{name}, {label}: «{text}» is not a number; the cell keeps its value."),
                );
                false
            }
        }
    }

    /// Focus cell (r, c), through the table's own rows and cells.
    fn focus(self, r: usize, c: usize) {
        if let Some(table) = self.table_ref.get_untracked() {
            focus_cell(&table, r, c);
        }
    }

    /// Move the cursor and the focus to (r, c), kept inside the grid.
    fn go(self, r: isize, c: isize) {
        let (rows, cols) = self.size.get_untracked();
        let r = r.clamp(0, rows as isize - 1) as usize;
        let c = c.clamp(0, cols as isize - 1) as usize;
        self.cursor.set(Some((r, c)));
        self.focus(r, c);
    }

    /// A block from a spreadsheet fills from the active cell.
    fn on_paste(self, ev: leptos::ev::ClipboardEvent) {
        if self.draft.with_untracked(Option::is_some) {
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
        let at = self.cursor.get_untracked().unwrap_or((0, 0));
        paste_block(self.s, self.data, &text, at, move |r, c| {
            self.cell_key(r, c)
        });
    }
}

/// Every cell's text (and whether it is missing) in the page's language and the
/// shown year, in one pass per change, column by column so a new column adds to the
/// end.
fn cell_texts(s: AtlasState, rows: usize) -> Vec<(String, bool)> {
    let lg = s.lang.get();
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
