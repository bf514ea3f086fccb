//! Figures in without a file: a paste from a spreadsheet (read and joined like a file,
//! its report shown with hand mapping), undo and redo over the edit log. Every change
//! is one entry in the log, so one Ctrl+Z undoes a whole paste.

use super::{DataState, Notice};
use crate::text::Said;
use atlas_core::import::paste::grid_from_paste;
use atlas_core::import::table::table_from_grid;
use atlas_core::issue::LoadError;
use atlas_core::model::edits::Edit;
use atlas_core::Lang;
use leptos::prelude::*;

impl DataState {
    /// Say something that is not an error in the messages panel.
    pub fn inform(self, da: impl Into<String>, en: impl Into<String>) {
        self.notices.update(|n| {
            n.push(Notice {
                error: false,
                text: Said::both(da, en),
            })
        });
    }

    /// Columns of the atlas shown now.
    fn columns(self) -> Vec<String> {
        self.model.with_untracked(|m| match m {
            Some(m) => {
                m.0.atlas
                    .indicators
                    .iter()
                    .map(|i| i.column.clone())
                    .collect()
            }
            None => Vec::new(),
        })
    }

    /// Take a range pasted from a spreadsheet. A paste that cannot be read is said and
    /// changes nothing; one that can is added to the edit log (new columns added,
    /// columns of the same name updated — and said so).
    pub fn paste(self, text: &str) {
        if self.boundaries.get_untracked().is_none() {
            return;
        }
        let next = self.edits.with_untracked(|e| e.pastes());
        let columns = self.columns();
        let unnamed = columns.iter().filter(|c| c.starts_with("Indsat ")).count() + 1;
        let read = grid_from_paste(text, unnamed)
            .and_then(|g| table_from_grid(&g.value, None).map(|t| (g.value, t)));
        let (grid, table) = match read {
            Ok(x) => x,
            Err(e) => return self.refuse_paste(&e),
        };
        let names: Vec<String> = table
            .value
            .indicators
            .iter()
            .map(|m| m.column.clone())
            .collect();
        let (updated, added): (Vec<String>, Vec<String>) =
            names.into_iter().partition(|n| columns.contains(n));
        // the map shows what was pasted
        if let Some(first) = added.first().or(updated.first()) {
            self.want_changed(|p| p.indicator = Some(first.clone()));
        }
        self.edits.update(|e| {
            e.push(Edit::Paste {
                text: text.to_owned(),
                mappings: Vec::new(),
            })
        });
        let rows = grid.rows.len();
        let list = |v: &[String]| v.join(", ");
        let mut da = format!("Indsat nr. {}: {rows} rækker", next + 1);
        let mut en = format!("Paste no. {}: {rows} rows", next + 1);
        if !added.is_empty() {
            da.push_str(&format!("; nye kolonner: {}", list(&added)));
            en.push_str(&format!("; new columns: {}", list(&added)));
        }
        if !updated.is_empty() {
            da.push_str(&format!(
                "; opdaterer tallene i: {} (Ctrl+Z fortryder)",
                list(&updated)
            ));
            en.push_str(&format!(
                "; updates the figures in: {} (Ctrl+Z undoes it)",
                list(&updated)
            ));
        }
        self.inform(format!("{da}."), format!("{en}."));
    }

    fn refuse_paste(self, e: &LoadError) {
        self.report(
            format!("Det indsatte kunne ikke læses: {}", e.sentence(Lang::Da)),
            format!(
                "The pasted text could not be read: {}",
                e.sentence(Lang::En)
            ),
        );
    }

    /// Map a row of the last paste to a district by hand (`""` removes the mapping).
    pub fn map_paste_row(self, row_key: String, district_id: String) {
        self.edits.update(|log| {
            let last = log.done.iter_mut().rev().find_map(|e| match e {
                Edit::Paste { mappings, .. } => Some(mappings),
                _ => None,
            });
            if let Some(mappings) = last {
                mappings.retain(|(k, _)| *k != row_key);
                if !district_id.is_empty() {
                    mappings.push((row_key, district_id));
                }
            }
        });
    }

    /// Describe a column that is not the file's: the one description edit of that column
    /// is updated in place (descriptions are not undo steps, as for a file's columns).
    pub fn describe_edited(self, meta: atlas_core::model::indicator::IndicatorMeta) {
        self.edits.update(|log| {
            let existing = log.done.iter_mut().find_map(|e| match e {
                Edit::Describe { meta: m } if m.column == meta.column => Some(m),
                _ => None,
            });
            match existing {
                Some(m) => *m = meta,
                None => log.done.push(Edit::Describe { meta }),
            }
        });
    }

    /// Add an empty indicator column called `name`, to type into and describe; `false`
    /// (said) when the name is empty or taken.
    pub fn add_column(self, name: &str) -> bool {
        let name = name.trim();
        if name.is_empty() || self.columns().iter().any(|c| c == name) {
            self.report(
                format!("Kolonnen kan ikke hedde «{name}»: navnet er tomt eller findes allerede."),
                format!("The column cannot be called «{name}»: the name is empty or taken."),
            );
            return false;
        }
        let meta = atlas_core::model::indicator::IndicatorMeta::from_column(name);
        self.want_changed(|p| p.indicator = Some(name.to_owned()));
        self.edits.update(|e| e.push(Edit::Column { meta }));
        true
    }

    /// Undo the last edit (a paste, a typed figure, a new column).
    pub fn undo(self) {
        self.edits.update(|e| {
            e.undo();
        });
    }

    /// Redo the last undone edit.
    pub fn redo(self) {
        self.edits.update(|e| {
            e.redo();
        });
    }
}
