//! The table half of [`DataState`]: loading tables, sidecars, descriptions and
//! hand-made row mappings, and saving them with the table.

use super::{DataState, Notice};
use crate::loader::{fetch_text, load_example_table};
use crate::storage::{self, TableMeta};
use atlas_core::import::sidecar::parse_sidecar;
use atlas_core::import::table::parse_table_bytes;
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

    pub(super) fn apply_table(self, meta: TableMeta, bytes: Vec<u8>, save: bool) {
        let sidecar = match meta.sidecar.as_deref().map(parse_sidecar).transpose() {
            Ok(s) => s,
            Err(e) => {
                self.notices.update(|n| n.push(Notice::from_error(&e)));
                None
            }
        };
        match parse_table_bytes(&bytes, &meta.source, sidecar.as_ref()) {
            Ok(loaded) => {
                let text = atlas_core::import::decode::decode_text(&bytes).0;
                self.table.set(Some(Arc::new(TableSet {
                    loaded,
                    source: meta.source.clone(),
                    is_demo: false,
                    mappings: meta.mappings.clone(),
                    text: Arc::from(text.as_str()),
                })));
                if save {
                    spawn_local(async move {
                        if let Err(e) = storage::save_table(&meta, Some(&text)).await {
                            self.notices.update(|n| {
                                n.push(Notice {
                                    error: true,
                                    text: crate::text::Said::both(
                                        format!("Tabellen kunne ikke gemmes i browseren ({e})."),
                                        format!(
                                            "The table could not be saved in the browser ({e})."
                                        ),
                                    ),
                                })
                            });
                        }
                    });
                }
            }
            Err(e) => self.notices.update(|n| n.push(Notice::from_error(&e))),
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
        let mut next = (*current).clone();
        let t = &mut next.loaded.value;
        let Some(slot) = t.indicators.iter_mut().find(|m| m.column == meta.column) else {
            return;
        };
        *slot = meta;
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
    };
    TableMeta {
        source: table.source.clone(),
        mappings: table.mappings.clone(),
        sidecar: serde_json::to_string(&sidecar).ok(),
    }
}
