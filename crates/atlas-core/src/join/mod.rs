//! Join a table onto boundaries: by key (leading zeros ignored for numeric codes),
//! then by normalised name, also trying the last part of statbank labels such as
//! "Bydel - Østerbro" or "Kgs. Enghave - Gl. Sydhavn". Everything that did not match
//! is reported, with the nearest district names suggested; hand-made mappings win.

use crate::import::boundaries::Boundaries;
use crate::import::table::Table;
use crate::issue::{Issue, IssueKind, Loaded, Location};
use crate::model::atlas::Atlas;
use crate::model::district::Area;
use crate::text::collate::{danish_key, sort_danish};
use crate::text::names::{normalise_code, normalise_name};
use std::collections::HashMap;
use strsim::levenshtein;

/// Words that statbank exports put before an area name to say its level.
const LEVEL_WORDS: &[&str] = &[
    "bydel",
    "lokaludvalg",
    "afstemning",
    "afstemningsomraade",
    "kvarter",
    "kvarterer",
    "kommune",
    "sogn",
    "region",
    "landsdel",
    "opstillingskreds",
    "storkreds",
    "postnummer",
    "skoledistrikt",
];

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
fn boundaries_only(districts: Vec<Area>, note: Option<String>, issue: Issue) -> Loaded<Atlas> {
    Loaded {
        value: Atlas {
            districts,
            boundary_note: note,
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
        return (
            boundaries_only(districts, boundaries.note.clone(), issue),
            report,
        );
    }
    let by_id: HashMap<String, usize> = districts
        .iter()
        .enumerate()
        .map(|(i, d)| (normalise_code(&d.id), i))
        .collect();
    let by_name: HashMap<String, usize> = districts
        .iter()
        .enumerate()
        .map(|(i, d)| (normalise_name(&d.name), i))
        .collect();
    let by_exact_id: HashMap<&str, usize> = districts
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();

    // Candidate district of each row, and the "level" group it belongs to.
    struct Cand {
        district: Option<usize>,
        group: String,
    }
    let cands: Vec<Cand> = table
        .rows
        .iter()
        .map(|row| {
            if let Some((_, id)) = mappings.iter().find(|(k, _)| *k == row.key) {
                return Cand {
                    district: by_exact_id.get(id.as_str()).copied(),
                    group: "manual".into(),
                };
            }
            let label = row.name.clone().unwrap_or_else(|| row.key.clone());
            let split = split_label(&label);
            let group = match &split {
                Some((p, _)) if LEVEL_WORDS.contains(&normalise_name(p).as_str()) => {
                    normalise_name(p)
                }
                Some(_) => "sub".into(),
                None => String::new(),
            };
            let district = by_id
                .get(&normalise_code(&row.key))
                .copied()
                .or_else(|| by_name.get(&normalise_name(&label)).copied())
                .or_else(|| by_name.get(&normalise_name(&row.key)).copied())
                .or_else(|| {
                    split
                        .as_ref()
                        .and_then(|(_, name)| by_name.get(&normalise_name(name)).copied())
                })
                .or_else(|| {
                    // "Bydel - 2. Østerbro": the name without its number, then the number as code.
                    let last = split.as_ref().map(|(_, n)| n.as_str()).unwrap_or(&label);
                    let (num, rest) = split_number(last)?;
                    by_name
                        .get(&normalise_name(&rest))
                        .copied()
                        .or_else(|| by_id.get(&normalise_code(&num)).copied())
                });
            Cand { district, group }
        })
        .collect();
    // Groups ranked by how many districts they reach: the map's level wins collisions.
    let mut hits: HashMap<&str, usize> = HashMap::new();
    for c in &cands {
        if c.district.is_some() {
            *hits.entry(c.group.as_str()).or_default() += 1;
        }
    }
    let rank = |g: &str| {
        if g == "manual" {
            usize::MAX
        } else {
            hits.get(g).copied().unwrap_or(0)
        }
    };
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(rank(&cands[i].group)));
    let best_group = order
        .first()
        .map(|&i| cands[i].group.clone())
        .unwrap_or_default();

    let mut issues = Vec::new();
    let mut row_of: Vec<Option<usize>> = vec![None; n];
    let mut other: HashMap<String, usize> = HashMap::new();
    let names: Vec<String> = districts.iter().map(|d| d.name.clone()).collect();
    for &ri in &order {
        let row = &table.rows[ri];
        let c = &cands[ri];
        let label = row.name.clone().unwrap_or_else(|| row.key.clone());
        let is_other_level = c.group != best_group
            && !c.group.is_empty()
            && c.group != "manual"
            && c.group != "sub"
            && !best_group.is_empty();
        match c.district {
            Some(d) if row_of[d].is_some() => {
                if c.group != best_group {
                    *other.entry(c.group.clone()).or_default() += 1;
                } else {
                    issues.push(Issue::warning(
                        Location::Row {
                            line: row.line,
                            key: Some(row.key.clone()),
                        },
                        IssueKind::RowAlreadyMatched {
                            label,
                            district: districts[d].name.clone(),
                        },
                    ));
                }
            }
            Some(d) => {
                row_of[d] = Some(ri);
                report.matched += 1;
            }
            None if is_other_level => *other.entry(c.group.clone()).or_default() += 1,
            None => {
                let sug = suggest(&label, &names);
                issues.push(Issue::warning(
                    Location::Row {
                        line: row.line,
                        key: Some(row.key.clone()),
                    },
                    IssueKind::RowUnmatched {
                        label: label.clone(),
                        suggestions: sug.clone(),
                    },
                ));
                report
                    .unmatched
                    .push((row.line, row.key.clone(), label, sug));
            }
        }
    }
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
    report.other_levels = other_levels;
    if report.matched == 0 {
        let rows = table.rows.len();
        let issue = Issue::warning(
            Location::File,
            IssueKind::NothingMatched {
                rows,
                areas: n,
                key: table.key_column.clone(),
            },
        );
        return (
            boundaries_only(districts, boundaries.note.clone(), issue),
            report,
        );
    }
    for (d, r) in row_of.iter().enumerate() {
        if r.is_none() {
            report.without_data.push(districts[d].name.clone());
            issues.push(Issue::warning(
                Location::District {
                    name: districts[d].name.clone(),
                },
                IssueKind::DistrictWithoutRow,
            ));
        }
    }
    issues.insert(
        0,
        Issue::info(
            Location::File,
            IssueKind::MatchSummary {
                matched: report.matched,
                rows: report.rows,
                with_data: n - report.without_data.len(),
                areas: n,
            },
        ),
    );
    let values = table
        .values
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
        .collect();
    let atlas = Atlas {
        districts,
        indicators: table.indicators,
        years: table.years,
        values,
        dataset: table.dataset,
        boundary_note: boundaries.note.clone(),
    };
    (
        Loaded {
            value: atlas,
            issues,
        },
        report,
    )
}
