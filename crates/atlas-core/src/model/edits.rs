//! What the user changed by hand over the loaded table: ranges pasted from a
//! spreadsheet, figures typed into the grid, new columns. Kept as a log of edits
//! (applied in order on every build, after the join, so they follow a new mapping or
//! description), saved with the session and in project files, with undo and redo.

use crate::model::derive::Recipe;
use crate::model::indicator::IndicatorMeta;
use serde::{Deserialize, Serialize};

/// One change, as the user made it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Edit {
    /// A range pasted from a spreadsheet: its text (read and joined onto the map on each
    /// build) and the rows the user mapped to districts by hand. Its columns are added,
    /// or update the figures of a column with the same name.
    Paste {
        text: String,
        #[serde(default)]
        mappings: Vec<(String, String)>,
    },
    /// One figure typed into the grid (`None`: cleared to missing).
    Cell {
        district: String,
        column: String,
        year: Option<i32>,
        value: Option<f64>,
    },
    /// A block of figures pasted into the grid at once (one undo): district id,
    /// column, year, value.
    Cells {
        cells: Vec<(String, String, Option<i32>, Option<f64>)>,
    },
    /// A new, empty indicator column, described by the user.
    Column { meta: IndicatorMeta },
    /// A description given to a column that is not the file's (pasted, typed or
    /// computed): applied after every other edit; its count of hand-entered figures is
    /// kept.
    Describe { meta: IndicatorMeta },
    /// A new indicator computed from others (a rate from counts), described by the
    /// user; computed again on every build, so it follows edits of its inputs.
    Derive { meta: IndicatorMeta, recipe: Recipe },
}

/// The edits made, in order, and those undone (for redo).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EditLog {
    #[serde(default)]
    pub done: Vec<Edit>,
    #[serde(default)]
    pub undone: Vec<Edit>,
}

impl EditLog {
    /// Record a new edit (what was undone can no longer be redone).
    ///
    /// ```
    /// use atlas_core::model::edits::{Edit, EditLog};
    /// let mut log = EditLog::default();
    /// let typed = |v: f64| Edit::Cell { district: "01".into(), column: "x".into(), year: None, value: Some(v) };
    /// log.push(typed(1.0));
    /// log.push(typed(2.0));
    /// assert!(log.undo());
    /// assert_eq!(log.done, vec![typed(1.0)]);
    /// assert!(log.redo());
    /// assert_eq!(log.done.len(), 2);
    /// log.undo();
    /// log.push(typed(3.0));
    /// assert!(!log.redo(), "a new edit ends the redo history");
    /// ```
    pub fn push(&mut self, edit: Edit) {
        self.done.push(edit);
        self.undone.clear();
    }

    /// Undo the last edit; `false` when there is none.
    pub fn undo(&mut self) -> bool {
        match self.done.pop() {
            Some(e) => {
                self.undone.push(e);
                true
            }
            None => false,
        }
    }

    /// Redo the last undone edit; `false` when there is none.
    pub fn redo(&mut self) -> bool {
        match self.undone.pop() {
            Some(e) => {
                self.done.push(e);
                true
            }
            None => false,
        }
    }

    /// True when nothing was edited.
    pub fn is_empty(&self) -> bool {
        self.done.is_empty()
    }

    /// True when there is nothing to undo or redo (not written into project files).
    pub fn is_empty_history(&self) -> bool {
        self.done.is_empty() && self.undone.is_empty()
    }

    /// Number of pastes so far (names the columns of a paste without a header row).
    pub fn pastes(&self) -> usize {
        self.done
            .iter()
            .filter(|e| matches!(e, Edit::Paste { .. }))
            .count()
    }
}
