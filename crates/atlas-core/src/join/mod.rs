//! Join a table onto boundaries: by key (leading zeros ignored for numeric codes),
//! then by normalised name, also trying the last part of statbank labels such as
//! "Bydel - Østerbro" or "Kgs. Enghave - Gl. Sydhavn". Everything that did not match
//! is reported, with the nearest district names suggested; hand-made mappings win.

mod candidates;
mod placement;

pub use placement::SUGGESTED_ROWS;

use crate::import::boundaries::Boundaries;
use crate::import::table::Table;
use crate::issue::{Issue, IssueKind, Loaded, Location};
use crate::model::atlas::Atlas;
use crate::model::district::Area;
use crate::text::collate::{danish_key, sort_danish};
use crate::text::names::normalise_name;
use candidates::{claim_order, DistrictIndex};
use placement::{Claims, Placement};
use std::collections::HashMap;
use strsim::levenshtein;

/// Split a statbank label "Prefix - Name" into (prefix, name); `None` when it has no " - ".
fn split_label(label: &str) -> Option<(String, String)> {
    let (p, n) = label
        .rsplit_once(" - ")
        .or_else(|| label.rsplit_once("- "))?;
    Some((p.trim().to_owned(), n.trim().to_owned()))
}

/// Split a leading number such as "9. Sydhavn" into ("9", "Sydhavn").
fn split_number(name: &str) -> Option<(String, String)> {
    let (n, rest) = name.split_once(". ")?;
    (!n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        .then(|| (n.to_owned(), rest.trim().to_owned()))
}

/// The nearest district names to `label` (at most two, reasonably close).
pub fn suggest(label: &str, names: &[String]) -> Vec<String> {
    let want = normalise_name(label);
    let want_last = split_label(label)
        .map(|(_, n)| normalise_name(&n))
        .unwrap_or_else(|| want.clone());
    let mut scored: Vec<(usize, &String)> = names
        .iter()
        .map(|n| {
            let nn = normalise_name(n);
            (levenshtein(&want, &nn).min(levenshtein(&want_last, &nn)), n)
        })
        .collect();
    // nearest first; equally near names in Danish order
    scored.sort_by_cached_key(|(d, n)| (*d, danish_key(n)));
    scored
        .into_iter()
        .filter(|(d, n)| *d <= (n.chars().count() / 2).max(3))
        .take(2)
        .map(|(_, n)| n.clone())
        .collect()
}

/// The boundaries alone, with one message (no table, or a table that matched nothing).
fn boundaries_only(districts: Vec<Area>, boundaries: &Boundaries, issue: Issue) -> Loaded<Atlas> {
    Loaded {
        value: Atlas {
            districts,
            boundary_note: boundaries.note.clone(),
            noun: boundaries.noun,
            ..Default::default()
        },
        issues: vec![issue],
    }
}

/// How the table met the map.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct JoinReport {
    pub rows: usize,
    pub matched: usize,
    /// Rows that matched no district: (line, key, label, suggestions).
    pub unmatched: Vec<(usize, String, String, Vec<String>)>,
    /// Districts without a row (names).
    pub without_data: Vec<String>,
    /// Rows of other levels (e.g. "Lokaludvalg - …" on a map of kvarterer), by level.
    pub other_levels: Vec<(String, usize)>,
}

impl JoinReport {
    /// Share of table rows that found a district (0–1).
    pub fn match_rate(&self) -> f64 {
        if self.rows == 0 {
            0.0
        } else {
            self.matched as f64 / self.rows as f64
        }
    }
}

/// Join `table` rows onto `boundaries` districts. `mappings` (row key → district id),
/// made by hand in the UI, win over every automatic match.
pub fn join(boundaries: &Boundaries, table: Table) -> Loaded<Atlas> {
    join_with(boundaries, table, &[]).0
}

/// As [`join`], with hand-made mappings, also returning the report.
pub fn join_with(
    boundaries: &Boundaries,
    table: Table,
    mappings: &[(String, String)],
) -> (Loaded<Atlas>, JoinReport) {
    let districts: Vec<Area> = boundaries.districts.iter().map(Area::from).collect();
    let n = districts.len();
    let mut report = JoinReport {
        rows: table.rows.len(),
        ..Default::default()
    };
    if table.rows.is_empty() {
        let issue = Issue::info(Location::File, IssueKind::NoTable { areas: n });
        return (boundaries_only(districts, boundaries, issue), report);
    }
    let cands = DistrictIndex::new(&districts).candidates(&table.rows, mappings);
    let (order, best_group) = claim_order(&cands);
    let claims = Claims {
        districts: &districts,
        rows: &table.rows,
        cands: &cands,
        order: &order,
        best_group: &best_group,
        noun: boundaries.noun,
    };
    let Placement {
        row_of,
        other,
        mut issues,
    } = Placement::place(&claims, &mut report);
    report.other_levels = other_levels(other, &mut issues);
    if report.matched == 0 {
        let issue = Issue::warning(
            Location::File,
            IssueKind::NothingMatched {
                rows: table.rows.len(),
                areas: n,
                key: table.key_column.clone(),
            },
        );
        return (boundaries_only(districts, boundaries, issue), report);
    }
    note_without_rows(
        &districts,
        boundaries.noun,
        &row_of,
        &mut report,
        &mut issues,
    );
    issues.insert(0, match_summary(&report, n, boundaries.noun));
    let groupings = table
        .attributes
        .iter()
        .map(|(column, values)| {
            let per = row_of
                .iter()
                .map(|r| r.and_then(|ri| values.get(ri).cloned().flatten()))
                .collect();
            (column.clone(), per)
        })
        .collect();
    let atlas = Atlas {
        values: values_by_district(&table.values, &row_of),
        groupings,
        districts,
        indicators: table.indicators,
        years: table.years,
        dataset: table.dataset,
        boundary_note: boundaries.note.clone(),
        noun: boundaries.noun,
    };
    (
        Loaded {
            value: atlas,
            issues,
        },
        report,
    )
}

/// The other levels' row counts in Danish order, each said as an info in `issues`.
fn other_levels(other: HashMap<String, usize>, issues: &mut Vec<Issue>) -> Vec<(String, usize)> {
    let mut other_levels: Vec<(String, usize)> = other.into_iter().collect();
    sort_danish(&mut other_levels, |(level, _)| level);
    for (level, count) in &other_levels {
        issues.push(Issue::info(
            Location::File,
            IssueKind::RowsOtherLevel {
                level: level.clone(),
                rows: *count,
            },
        ));
    }
    other_levels
}

/// Districts that got no row: listed in `report` and warned about, in the boundaries' order.
fn note_without_rows(
    districts: &[Area],
    noun: crate::text::noun::Noun,
    row_of: &[Option<usize>],
    report: &mut JoinReport,
    issues: &mut Vec<Issue>,
) {
    for (d, r) in row_of.iter().enumerate() {
        if r.is_none() {
            report.without_data.push(districts[d].name.clone());
            issues.push(Issue::warning(
                Location::District {
                    name: districts[d].name.clone(),
                    noun,
                },
                IssueKind::DistrictWithoutRow,
            ));
        }
    }
}

/// The first message: how many rows matched and how many of the `areas` districts have data.
fn match_summary(report: &JoinReport, areas: usize, noun: crate::text::noun::Noun) -> Issue {
    Issue::info(
        Location::File,
        IssueKind::MatchSummary {
            matched: report.matched,
            rows: report.rows,
            with_data: areas - report.without_data.len(),
            areas,
            noun,
        },
    )
}

/// The table's values (indicator × year × row) rearranged per district: each district
/// takes its row's value, `None` where it has no row or the row no value.
fn values_by_district(
    values: &[Vec<Vec<Option<f64>>>],
    row_of: &[Option<usize>],
) -> Vec<Vec<Vec<Option<f64>>>> {
    values
        .iter()
        .map(|years| {
            years
                .iter()
                .map(|col| {
                    row_of
                        .iter()
                        .map(|r| r.and_then(|ri| col.get(ri).copied().flatten()))
                        .collect()
                })
                .collect()
        })
        .collect()
}
