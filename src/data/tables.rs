//! The table half of [`DataState`]: loading tables, sidecars, descriptions and
//! hand-made row mappings, and saving them with the table.

use super::Progress;
use super::{DataState, Notice};
use crate::loader::{fetch_text, load_example_table, prepare_table};
use crate::storage::{self, TableMeta};
use atlas_core::import::sidecar::parse_sidecar;
use atlas_core::pipeline::TableSet;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

impl DataState {
    pub(super) async fn load_example_table_now(
        self,
        ex: &'static atlas_core::present::examples::Example,
    ) {
        match load_example_table(ex).await {
            Ok(t) => self.table.set(Some(Arc::new(t))),
            Err(e) => self.notices.update(|n| n.push(Notice::from_error(&e))),
        }
    }

    /// Read an indicator table (CSV/TSV/JSON bytes) the user picked or dropped.
    pub fn load_table_bytes(self, name: String, bytes: Vec<u8>) {
        self.notices.set(Vec::new());
        self.apply_table(
            TableMeta {
                source: name,
                ..Default::default()
            },
            bytes,
            true,
        );
    }

    /// Fetch an indicator table by URL (`?indicators=` or the URL field).
    pub fn load_table_url(self, url: String) {
        self.notices.set(Vec::new());
        spawn_local(async move {
            match fetch_text(&url).await {
                Ok(text) => self.apply_table(
                    TableMeta {
                        source: url,
                        ..Default::default()
                    },
                    text.into_bytes(),
                    true,
                ),
                Err(e) => self.notices.update(|n| n.push(Notice::from_error(&e))),
            }
        });
    }

    /// Read a table (a slice of rows at a time, with progress) and show it; `save`
    /// keeps it in browser storage.
    pub(super) fn apply_table(self, meta: TableMeta, bytes: Vec<u8>, save: bool) {
        let g = self.table_generation.get_untracked() + 1;
        self.table_generation.set(g);
        spawn_local(async move {
            self.read_table(g, meta, bytes, save).await;
        });
    }

    async fn read_table(self, g: u64, meta: TableMeta, bytes: Vec<u8>, save: bool) {
        let sidecar = match meta.sidecar.as_deref().map(parse_sidecar).transpose() {
            Ok(s) => s,
            Err(e) => {
                self.notices.update(|n| n.push(Notice::from_error(&e)));
                None
            }
        };
        let progress = self.progress;
        let label = self.say(
            format!("Læser tabellen {} …", meta.source),
            format!("Reading the table {} …", meta.source),
        );
        let current = move || self.table_generation.get_untracked() == g;
        crate::perf::mark("atlas:table-start");
        let result = prepare_table(&bytes, &meta.source, sidecar.as_ref(), |f| {
            if current() {
                progress.set(Some(Progress {
                    label: label.clone(),
                    fraction: f,
                }));
            }
            current()
        })
        .await;
        if !current() {
            return;
        }
        progress.set(None);
        let atlas_core::pipeline::message::TableRead {
            loaded,
            text,
            corners,
        } = match result {
            Ok(l) => l,
            Err(e) => return self.notices.update(|n| n.push(Notice::from_error(&e))),
        };
        crate::perf::mark("atlas:table-read");
        drop(bytes);
        // a table of grid cells is its own map: its cells' squares become the
        // boundaries (read from the same text in the loader worker)
        let grid = atlas_core::import::grid_layer::names_cells(&loaded.value);
        // read again another way (the grid dialog): its cells are new, not the map's
        let reread = self.reread_cells.get_value();
        self.reread_cells.set_value(false);
        let shown = !reread
            && self
                .boundaries
                .with_untracked(|b| b.as_ref().is_some_and(|b| b.source == meta.source));
        let table = Arc::new(TableSet {
            loaded,
            source: meta.source.clone(),
            is_demo: false,
            mappings: meta.mappings.clone(),
            text: Arc::from(text.as_str()),
            grid: corners.as_ref().map(|c| c.reading),
        });
        // a grid named by its corners: the file's own text is what is saved (read
        // again the same way from its sidecar), and the grid dialog may read it anew
        let text = match corners {
            Some(c) => {
                self.corner_table
                    .set(Some(super::grid_reading::CornerChoice {
                        meta: meta.clone(),
                        original: Arc::from(c.original.as_str()),
                        reading: c.reading,
                    }));
                c.original
            }
            None => {
                self.corner_table.set(None);
                text
            }
        };
        if grid && !shown {
            // shown with its cells, not joined onto the map before them (38,870
            // rows on the demo's 11 bydele: a quarter of a second for nothing)
            let keyed = table.text.clone();
            self.pending_table.set_value(Some(table));
            let cells = crate::storage::BoundaryMeta {
                source: meta.source.clone(),
                noun: Some(atlas_core::text::noun::Noun::Celle),
                ..Default::default()
            };
            self.load_text(cells, keyed, save);
        } else {
            // (a grid table still waiting for its cells is not shown over this one)
            self.pending_table.set_value(None);
            self.table.set(Some(table));
        }
        crate::perf::mark("atlas:table-shown");
        if save {
            if let Err(e) = storage::save_table(&meta, Some(&text)).await {
                self.notices.update(|n| {
                    n.push(Notice {
                        error: true,
                        text: crate::text::Said::both(
                            format!("Tabellen kunne ikke gemmes i browseren ({e})."),
                            format!("The table could not be saved in the browser ({e})."),
                        ),
                    })
                });
            }
        }
    }

    /// Apply a metadata sidecar (JSON) to the current user table.
    pub fn apply_sidecar(self, name: String, json: String) {
        let Some(current) = self.table.get_untracked().filter(|t| !t.is_demo) else {
            self.notices.set(vec![Notice {
                error: true,
                text: crate::text::Said::both(
                    format!("{name} beskriver en tabels kolonner; indlæs først tabellen, så metadatafilen."),
                    format!("{name} describes a table's columns; load the table first, then the metadata file."),
                ),
            }]);
            return;
        };
        let meta = TableMeta {
            source: current.source.clone(),
            mappings: current.mappings.clone(),
            sidecar: Some(json),
        };
        self.notices.set(Vec::new());
        self.apply_table(meta, current.text.as_bytes().to_vec(), true);
    }

    /// Change an indicator's description (label, unit, polarity, group, …). For a
    /// user's table it is saved with the table as a metadata sidecar.
    pub fn edit_indicator(self, meta: atlas_core::model::indicator::IndicatorMeta) {
        let in_table = self.table.with_untracked(|t| {
            t.as_ref().is_some_and(|t| {
                t.loaded
                    .value
                    .indicators
                    .iter()
                    .any(|m| m.column == meta.column)
            })
        });
        if !in_table {
            // a pasted, typed or computed column: its description lives in the edit log
            self.describe_edited(meta);
            return;
        }
        let Some(current) = self.table.get_untracked() else {
            return;
        };
        // a measure split by dimensions: its label on screen carries the chosen
        // categories, which are not part of its description
        let mut meta = meta;
        let cube = self.model.with_untracked(|m| {
            m.as_ref()
                .and_then(|m| m.0.cubes.iter().find(|c| c.column == meta.column).cloned())
        });
        if let Some(c) = cube {
            meta.label_da = c.plain_label(&meta.label_da, atlas_core::Lang::Da);
            meta.label_en = c.plain_label(&meta.label_en, atlas_core::Lang::En);
        }
        let mut next = (*current).clone();
        let t = &mut next.loaded.value;
        let Some(slot) = t.indicators.iter_mut().find(|m| m.column == meta.column) else {
            return;
        };
        // whether it may be summed is judged again from the new description
        let judge = slot.summable != meta.summable;
        *slot = meta.clone();
        if judge {
            for cube in t.cubes.iter_mut().filter(|c| c.column == meta.column) {
                cube.judge_summable(&meta);
            }
        }
        self.replace_table(next);
    }

    /// Show `next` as the table and, for a user's table, save its mappings and
    /// descriptions (as a sidecar) with it.
    fn replace_table(self, next: TableSet) {
        let saved = table_meta(&next);
        let is_demo = next.is_demo;
        self.table.set(Some(Arc::new(next)));
        if !is_demo {
            spawn_local(async move {
                let _ = storage::save_table(&saved, None).await;
            });
        }
    }

    /// Map a table row to a district by hand (kept with the table).
    pub fn set_mapping(self, row_key: String, district_id: String) {
        let Some(current) = self.table.get_untracked() else {
            return;
        };
        let mut next = (*current).clone();
        next.mappings.retain(|(k, _)| *k != row_key);
        if !district_id.is_empty() {
            next.mappings.push((row_key, district_id));
        }
        self.replace_table(next);
    }
}

/// What is saved with a table: its source, hand mappings and its descriptions as a
/// metadata sidecar (so edits made in the app survive).
pub(super) fn table_meta(table: &TableSet) -> TableMeta {
    let t = &table.loaded.value;
    let sidecar = atlas_core::import::sidecar::Sidecar {
        dataset: t.dataset.clone(),
        key_column: Some(t.key_column.clone()),
        name_column: t.name_column.clone(),
        time_column: t.time_column.clone(),
        indicators: t.indicators.clone(),
        grid: table.grid,
    };
    TableMeta {
        source: table.source.clone(),
        mappings: table.mappings.clone(),
        sidecar: serde_json::to_string(&sidecar).ok(),
    }
}
