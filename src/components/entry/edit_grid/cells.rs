//! What the grid's cells hold and take: a text read as a figure (or *missing*, or
//! refused), a figure offered for retyping, why a column is read-only, and a block
//! pasted from a spreadsheet.

use atlas_core::import::cells::{parse_cell, parse_cell_dot_decimal, Cell};
use atlas_core::model::derive::is_computed;
use atlas_core::model::edits::Edit;
use atlas_core::text::numbers::format_number;
use atlas_core::Lang;
use leptos::prelude::*;

/// What a text means: a figure, *missing*, or not a number. Typed in English, a dot
/// is the decimal mark (`1.234` is not a thousand); in Danish and in a pasted block,
/// as Danish statistics write them (see [`parse_cell`]).
pub(super) fn read(text: &str, lang: Option<Lang>) -> Result<Option<f64>, ()> {
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

/// What one cell of the grid needs to know, read from the model shown.
pub(super) struct CellKey {
    pub district: String,
    pub name: String,
    pub column: String,
    pub label: String,
    pub locked: Option<ReadOnly>,
}

/// A block pasted at `(r0, c0)`: every figure that fits is one edit (one undo); cells
/// that are computed or not a number are named in one sentence.
pub(super) fn paste_block(
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
pub(super) fn format_editable(v: f64, decimals: usize, lang: Lang) -> String {
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
pub(super) enum ReadOnly {
    /// Computed from other columns («Beregn»).
    Computed,
    /// A measure split by dimensions: its figures are those of the chosen categories.
    Split,
}

impl ReadOnly {
    pub(super) fn sentence(self, label: &str, lang: Lang) -> String {
        match (self, lang) {
            (ReadOnly::Computed, Lang::Da) => format!("«{label}» er beregnet af andre tal; ret i dem i stedet."),
            (ReadOnly::Computed, Lang::En) => format!("“{label}” is computed from other figures; change those instead."),
            (ReadOnly::Split, Lang::Da) => format!("«{label}» er tallene for de valgte kategorier i en opdelt tabel; ret dem i filen, eller vælg andre kategorier."),
            (ReadOnly::Split, Lang::En) => format!("“{label}” holds the figures of the chosen categories of a split table; change them in the file, or choose other categories."),
        }
    }
}

/// Column `c` of `m` cannot be typed into: why (`None`: it can).
pub(super) fn read_only(m: &atlas_core::pipeline::Model, c: usize) -> Option<ReadOnly> {
    let meta = m.atlas.indicators.get(c)?;
    if is_computed(meta) {
        Some(ReadOnly::Computed)
    } else if m.cubes.iter().any(|k| k.column == meta.column) {
        Some(ReadOnly::Split)
    } else {
        None
    }
}
