//! Rows of a grid pivoted into indicators × years × areas, a slice at a time: each
//! measure × combination of categories an indicator, or, for a table split by
//! dimensions (statbank exports), one [`Cube`] per measure.

use crate::import::cells::{parse_cell, Cell};
use crate::import::columns::{cell, detect_columns, parse_year, Columns};
use crate::import::grid::Grid;
use crate::import::sidecar::Sidecar;
use crate::import::table::Row;
use crate::issue::{Issue, IssueKind, LoadError, Location};
use std::collections::HashMap;

mod finish;

/// A measure split by more combinations than this (or by two dimensions or more)
/// becomes one indicator with a picker per dimension; fewer stay one indicator each
/// ("Mænd", "Kvinder"), so they can be compared with each other.
pub const MAX_COMBINATIONS_AS_INDICATORS: usize = 12;

/// Rows of a grid pivoted into indicators, a slice at a time (see
/// [`crate::import::table_load::TableLoad`]).
pub struct Pivot {
    header: Vec<String>,
    dot_decimal: bool,
    cols: Columns,
    sidecar: Option<Sidecar>,
    issues: Vec<Issue>,
    rows: Vec<Row>,
    /// Per attribute column: each area's value (from its first row).
    attributes: Vec<Vec<Option<String>>>,
    area_of: HashMap<String, usize>,
    /// Per dimension: its categories in order of appearance, and their index.
    categories: Vec<Vec<String>>,
    category_of: Vec<HashMap<String, u32>>,
    /// Combinations of categories (one per dimension), in order of appearance.
    combos: Vec<Vec<u32>>,
    combo_of: HashMap<Vec<u32>, u32>,
    /// (measure, combination) pairs in order of appearance: the indicators of a table
    /// that is not split into dimensions.
    pairs: Vec<(u32, u32)>,
    pair_of: HashMap<(u32, u32), u32>,
    /// (pair, year, area) → value (`None`: a missing marker).
    cells: HashMap<(u32, Option<i32>, u32), Option<f64>>,
    invalid: usize,
    duplicates: usize,
}

impl Pivot {
    /// Detect the grid's columns (on a sample of a long grid) and start pivoting.
    pub fn new(grid: &Grid, sidecar: Option<&Sidecar>) -> Result<Self, LoadError> {
        let cols = detect_columns(&sample(grid), sidecar)?;
        let dims = cols.dims.len();
        let attributes = vec![Vec::new(); cols.attributes.len()];
        Ok(Pivot {
            header: grid.header.clone(),
            dot_decimal: grid.dot_decimal,
            cols,
            sidecar: sidecar.cloned(),
            issues: Vec::new(),
            rows: Vec::new(),
            attributes,
            area_of: HashMap::new(),
            categories: vec![Vec::new(); dims],
            category_of: vec![HashMap::new(); dims],
            combos: Vec::new(),
            combo_of: HashMap::new(),
            pairs: Vec::new(),
            pair_of: HashMap::new(),
            cells: HashMap::new(),
            invalid: 0,
            duplicates: 0,
        })
    }

    fn row_issue(&mut self, line: usize, key: &str, kind: IssueKind) {
        self.issues.push(Issue::warning(
            Location::Row {
                line,
                key: Some(key.to_owned()),
            },
            kind,
        ));
    }

    /// The name a (measure, combination) pair has as an indicator of its own.
    fn pair_name(&self, measure: usize, combo: usize) -> String {
        let mut parts: Vec<&str> = self.combos[combo]
            .iter()
            .enumerate()
            .map(|(d, &c)| self.categories[d][c as usize].as_str())
            .filter(|s| !s.is_empty())
            .collect();
        if self.cols.value.is_none() || parts.is_empty() {
            parts.insert(0, &self.header[measure]);
        }
        parts.join(" · ")
    }

    /// Pivot these rows.
    pub fn feed(&mut self, rows: &[(usize, Vec<String>)]) {
        let dot = self.dot_decimal;
        let parse = |raw: &str| {
            if dot {
                crate::import::cells::parse_cell_dot_decimal(raw)
            } else {
                parse_cell(raw)
            }
        };
        let mut cats: Vec<u32> = Vec::with_capacity(self.cols.dims.len());
        for (line, r) in rows {
            let line = *line;
            let key = cell(r, self.cols.key);
            if key.is_empty() {
                self.issues.push(Issue::warning(
                    Location::Row { line, key: None },
                    IssueKind::RowWithoutKey,
                ));
                continue;
            }
            let year = self.cols.time.and_then(|t| parse_year(cell(r, t)));
            if let (Some(t), None) = (self.cols.time, year) {
                let time = cell(r, t).to_owned();
                self.row_issue(line, key, IssueKind::TimeNotYear { time });
                continue;
            }
            let area = match self.area_of.get(key) {
                Some(&a) => a,
                None => {
                    self.rows.push(Row {
                        line,
                        key: key.to_owned(),
                        name: self
                            .cols
                            .name
                            .map(|n| cell(r, n).to_owned())
                            .filter(|s| !s.is_empty()),
                    });
                    for (a, &col) in self.cols.attributes.iter().enumerate() {
                        let v = cell(r, col).trim();
                        self.attributes[a].push((!v.is_empty()).then(|| v.to_owned()));
                    }
                    self.area_of.insert(key.to_owned(), self.rows.len() - 1);
                    self.rows.len() - 1
                }
            };
            cats.clear();
            for (d, &col) in self.cols.dims.iter().enumerate() {
                let label = cell(r, col);
                let c = match self.category_of[d].get(label) {
                    Some(&c) => c,
                    None => {
                        self.categories[d].push(label.to_owned());
                        let c = (self.categories[d].len() - 1) as u32;
                        self.category_of[d].insert(label.to_owned(), c);
                        c
                    }
                };
                cats.push(c);
            }
            let combo = match self.combo_of.get(cats.as_slice()) {
                Some(&c) => c,
                None => {
                    self.combos.push(cats.clone());
                    let c = (self.combos.len() - 1) as u32;
                    self.combo_of.insert(cats.clone(), c);
                    c
                }
            };
            for mi in 0..self.cols.measures.len() {
                let m = self.cols.measures[mi];
                let pair = match self.pair_of.get(&(m as u32, combo)) {
                    Some(&p) => p,
                    None => {
                        self.pairs.push((m as u32, combo));
                        let p = (self.pairs.len() - 1) as u32;
                        self.pair_of.insert((m as u32, combo), p);
                        p
                    }
                };
                let raw = cell(r, m);
                let value = match parse(raw) {
                    Cell::Value(v) => Some(v),
                    Cell::Missing => None,
                    Cell::Invalid => {
                        self.invalid += 1;
                        if self.invalid <= 5 {
                            let kind = IssueKind::NumberUnreadable {
                                value: raw.to_owned(),
                                column: self.header[m].clone(),
                            };
                            self.row_issue(line, key, kind);
                        }
                        None
                    }
                };
                let slot = (pair, year, area as u32);
                if self.cells.contains_key(&slot) {
                    self.duplicates += 1;
                    if self.duplicates <= 5 {
                        let indicator = self.pair_name(m, combo as usize);
                        self.row_issue(line, key, IssueKind::ValueRepeated { indicator, year });
                    }
                    continue;
                }
                self.cells.insert(slot, value);
            }
        }
    }
}

/// Up to about 16,000 rows of a long grid, in three runs (start, middle, end) so
/// that rows which belong together stay together: enough to tell the columns'
/// roles, quick to check.
fn sample(grid: &Grid) -> std::borrow::Cow<'_, Grid> {
    const RUN: usize = 6_000;
    let n = grid.rows.len();
    if n <= 3 * RUN {
        return std::borrow::Cow::Borrowed(grid);
    }
    let mid = n / 2 - RUN / 4;
    let rows = grid.rows[..RUN]
        .iter()
        .chain(&grid.rows[mid..mid + RUN / 2])
        .chain(&grid.rows[n - RUN / 2..])
        .cloned()
        .collect();
    std::borrow::Cow::Owned(Grid {
        dot_decimal: grid.dot_decimal,
        header: grid.header.clone(),
        rows,
    })
}
