//! Join a table onto boundaries, reporting every row and district that did not match.

use crate::atlas::Atlas;
use crate::boundaries::Boundaries;
use crate::issue::{Issue, Loaded, Location};
use crate::table::Table;
use std::collections::HashMap;

/// Normalise an area name for matching: lower case, `æ/ø/å` spelt out, `kgs.` →
/// `kongens`, and hyphens, slashes and runs of spaces folded to one space.
///
/// ```
/// use atlas_core::join::normalise_name;
/// assert_eq!(normalise_name("Vesterbro/Kongens Enghave"), normalise_name("vesterbro - Kgs. Enghave"));
/// assert_eq!(normalise_name("Østerbro"), "oesterbro");
/// ```
pub fn normalise_name(s: &str) -> String {
    let lower = s.trim().to_lowercase();
    let mut out = String::with_capacity(lower.len());
    for c in lower.chars() {
        match c {
            'æ' | 'ä' => out.push_str("ae"),
            'ø' | 'ö' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            'é' => out.push('e'),
            '-' | '/' | '_' | '–' | ',' => out.push(' '),
            c => out.push(c),
        }
    }
    let out = out.replace("kgs.", "kongens ").replace("kgs ", "kongens ");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Join `table` rows onto `boundaries` districts: by key first, then by name.
///
/// Rows that match no district and districts without a row are reported; the
/// values of unmatched districts stay `None`.
pub fn join(boundaries: Boundaries, table: Table) -> Loaded<Atlas> {
    let districts = boundaries.districts;
    let mut issues = Vec::new();
    let by_id: HashMap<&str, usize> = districts
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let by_name: HashMap<String, usize> = districts
        .iter()
        .enumerate()
        .map(|(i, d)| (normalise_name(&d.name), i))
        .collect();

    let mut row_of: Vec<Option<usize>> = vec![None; districts.len()];
    if table.rows.is_empty() {
        let n = districts.len();
        return Loaded {
            value: Atlas {
                districts,
                boundary_note: boundaries.note,
                ..Default::default()
            },
            issues: vec![Issue::info(
                Location::File,
                format!("der er ingen indikatortabel; kortet viser de {n} områders grænser"),
                format!(
                    "there is no indicator table; the map shows the boundaries of the {n} areas"
                ),
            )],
        };
    }
    for (ri, row) in table.rows.iter().enumerate() {
        let hit = by_id.get(row.key.as_str()).copied().or_else(|| {
            row.name
                .as_deref()
                .and_then(|n| by_name.get(&normalise_name(n)).copied())
                .or_else(|| by_name.get(&normalise_name(&row.key)).copied())
        });
        match hit {
            Some(d) if row_of[d].is_some() => issues.push(Issue::warning(
                Location::Row {
                    line: row.line,
                    key: Some(row.key.clone()),
                },
                format!(
                    "matcher {}, som allerede har en række; rækken er ikke brugt",
                    districts[d].name
                ),
                format!(
                    "matches {}, which already has a row; the row was not used",
                    districts[d].name
                ),
            )),
            Some(d) => row_of[d] = Some(ri),
            None => {
                let label = row.name.clone().unwrap_or_else(|| row.key.clone());
                issues.push(Issue::warning(
                    Location::Row {
                        line: row.line,
                        key: Some(row.key.clone()),
                    },
                    format!("«{label}» matcher ingen bydel på kortet"),
                    format!("“{label}” matches no district on the map"),
                ))
            }
        }
    }
    if row_of.iter().all(Option::is_none) {
        // Nothing matched: the table belongs to other areas. Show the boundaries alone
        // rather than a map where every area is "missing".
        let n = districts.len();
        let rows = table.rows.len();
        return Loaded {
            value: Atlas {
                districts,
                boundary_note: boundaries.note,
                ..Default::default()
            },
            issues: vec![Issue::warning(
                Location::File,
                format!("ingen af tabellens {rows} rækker matcher de {n} områder på kortet (nøgle «{}»); kortet viser kun grænserne", table.key_column),
                format!("none of the table's {rows} rows matches the {n} areas on the map (key “{}”); the map shows the boundaries only", table.key_column),
            )],
        };
    }
    for (d, r) in row_of.iter().enumerate() {
        if r.is_none() {
            issues.push(Issue::warning(
                Location::District {
                    name: districts[d].name.clone(),
                },
                "har ingen række i tabellen og vises som manglende data",
                "has no row in the table and is shown as missing data",
            ));
        }
    }
    let values = table
        .values
        .iter()
        .map(|col| {
            row_of
                .iter()
                .map(|r| r.and_then(|ri| col.get(ri).copied().flatten()))
                .collect()
        })
        .collect();
    Loaded {
        value: Atlas {
            districts,
            indicators: table.indicators,
            values,
            dataset: table.dataset,
            boundary_note: boundaries.note,
        },
        issues,
    }
}
