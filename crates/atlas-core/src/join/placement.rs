//! Rows placed on districts in claim order: the first row to reach a district gets it;
//! rows of another level are counted, not warned about; a row that reaches a taken
//! district, or none, is warned about (the latter with the nearest names suggested).

use super::candidates::{row_label, Candidate, MANUAL, SUB};
use super::{suggest, JoinReport};
use crate::import::table::Row;
use crate::issue::{Issue, IssueKind, Location};
use crate::model::district::Area;
use std::collections::HashMap;

/// Which row each district got, the rows of other levels, and the rows' warnings.
pub(super) struct Placement {
    /// Per district (in the boundaries' order), the index of its row.
    pub(super) row_of: Vec<Option<usize>>,
    /// Rows of other levels, by level.
    pub(super) other: HashMap<String, usize>,
    /// Warnings for rows that matched a taken district or none, in claim order.
    pub(super) issues: Vec<Issue>,
}

/// What the rows are placed on, and the order and best group from
/// [`super::candidates::claim_order`].
pub(super) struct Claims<'a> {
    pub(super) districts: &'a [Area],
    pub(super) rows: &'a [Row],
    pub(super) cands: &'a [Candidate],
    pub(super) order: &'a [usize],
    pub(super) best_group: &'a str,
    /// What the map's areas are called (for the messages).
    pub(super) noun: crate::text::noun::Noun,
}

impl Placement {
    /// Place every row in claim order, counting matches and unmatched rows in `report`.
    pub(super) fn place(claims: &Claims, report: &mut JoinReport) -> Self {
        let names: Vec<String> = claims.districts.iter().map(|d| d.name.clone()).collect();
        let mut placed = Placement {
            row_of: vec![None; claims.districts.len()],
            other: HashMap::new(),
            issues: Vec::new(),
        };
        for &ri in claims.order {
            placed.place_row(claims, ri, &names, report);
        }
        placed
    }

    /// Place row `ri`: on its district if free, else counted or warned about.
    fn place_row(&mut self, claims: &Claims, ri: usize, names: &[String], report: &mut JoinReport) {
        let row = &claims.rows[ri];
        let c = &claims.cands[ri];
        let label = row_label(row);
        let best_group = claims.best_group;
        let is_other_level = c.group != best_group
            && !c.group.is_empty()
            && c.group != MANUAL
            && c.group != SUB
            && !best_group.is_empty();
        match c.district {
            Some(d) if self.row_of[d].is_some() => {
                if c.group != best_group {
                    self.count_other(&c.group);
                } else {
                    let district = claims.districts[d].name.clone();
                    self.issues.push(Issue::warning(
                        row_location(row),
                        IssueKind::RowAlreadyMatched { label, district },
                    ));
                }
            }
            Some(d) => {
                self.row_of[d] = Some(ri);
                report.matched += 1;
            }
            None if is_other_level => self.count_other(&c.group),
            None => self.unmatched(row, label, names, claims.noun, report),
        }
    }

    /// One more row of the other level `group`.
    fn count_other(&mut self, group: &str) {
        *self.other.entry(group.to_owned()).or_default() += 1;
    }

    /// A row that matched no district: warned about and reported, with suggestions.
    fn unmatched(
        &mut self,
        row: &Row,
        label: String,
        names: &[String],
        noun: crate::text::noun::Noun,
        report: &mut JoinReport,
    ) {
        // names are suggested for the first rows only: a table of another layer
        // (38,870 grid cells on 11 bydele) would spend seconds on suggestions nobody
        // reads, and the first rows show what went wrong
        let sug = if report.unmatched.len() < SUGGESTED_ROWS {
            suggest(&label, names)
        } else {
            Vec::new()
        };
        self.issues.push(Issue::warning(
            row_location(row),
            IssueKind::RowUnmatched {
                label: label.clone(),
                suggestions: sug.clone(),
                noun,
            },
        ));
        report
            .unmatched
            .push((row.line, row.key.clone(), label, sug));
    }
}

/// How many unmatched rows get the nearest names suggested.
pub const SUGGESTED_ROWS: usize = 50;

/// Where a row's issue points: its line and key.
fn row_location(row: &Row) -> Location {
    Location::Row {
        line: row.line,
        key: Some(row.key.clone()),
    }
}
