//! The grid dialog's action (issue 27 §1): a table whose cells are named by their
//! south-west corner (`n_km,e_km`, `y,x` in metres …) is read as the grid, cell size
//! and unit the atlas recognised; the user may read it another way — the choice is
//! kept in the table's sidecar, so the saved table and a reload read it the same way.

use super::DataState;
use crate::storage::TableMeta;
use atlas_core::import::grid_layer::GridReading;
use atlas_core::import::sidecar::{parse_sidecar, Sidecar};
use leptos::prelude::*;
use std::sync::Arc;

/// A grid table named by corner columns, as its file had it.
#[derive(Clone, Debug, PartialEq)]
pub struct CornerChoice {
    /// How the table was loaded (its name, mappings and sidecar).
    pub meta: TableMeta,
    /// The file's own text.
    pub original: Arc<str>,
    /// How its corners were read.
    pub reading: GridReading,
}

impl DataState {
    /// Read the corner-named grid table shown again as `reading` says: new cells,
    /// a new map. Nothing happens when no such table is shown or nothing changed.
    pub fn reread_grid(self, reading: GridReading) {
        let Some(c) = self.corner_table.get_untracked() else {
            return;
        };
        if c.reading == reading {
            return;
        }
        let mut sidecar = c
            .meta
            .sidecar
            .as_deref()
            .and_then(|s| parse_sidecar(s).ok())
            .unwrap_or_else(Sidecar::default);
        sidecar.grid = Some(reading);
        // the key is the cells' code column, made anew from the corners
        sidecar.key_column = Some(atlas_core::import::grid_layer::CELL_COLUMN.to_owned());
        let meta = TableMeta {
            sidecar: serde_json::to_string(&sidecar).ok(),
            mappings: Vec::new(),
            ..c.meta
        };
        self.reread_cells.set_value(true);
        self.apply_table(meta, c.original.as_bytes().to_vec(), true);
    }
}
