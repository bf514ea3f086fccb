//! Indicator tables as planners have them: Danish CSV/TSV, JSON records (and, through
//! the same grid, spreadsheets), wide (one row per area) or long (statbank exports:
//! area; dimensions…; TID; INDHOLD), pivoted into indicators × years × areas.

use crate::import::cells::{parse_cell, Cell};
use crate::import::decode::{decode_text, Encoding};
use crate::issue::{Issue, IssueKind, LoadError, LoadErrorKind, Loaded, Location};
use crate::model::indicator::{DatasetMeta, IndicatorMeta};
use std::collections::HashMap;

use crate::import::columns::{cell, detect_columns, parse_year, Columns};
use crate::import::grid::{grid_from_csv, grid_from_json, Grid};
use crate::import::sidecar::Sidecar;

/// One area of a table (its first row).
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// One-based line in the file.
    pub line: usize,
    /// Key as written (a string: leading zeros kept).
    pub key: String,
    pub name: Option<String>,
}

/// A parsed table: indicators × years × areas.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Table {
    pub key_column: String,
    pub name_column: Option<String>,
    pub time_column: Option<String>,
    /// The areas, in order of first appearance.
    pub rows: Vec<Row>,
    pub indicators: Vec<IndicatorMeta>,
    /// Per indicator: its years, ascending (`[None]` for a table without time).
    pub years: Vec<Vec<Option<i32>>>,
    /// `values[indicator][year][area]`; `None` = missing, never zero.
    pub values: Vec<Vec<Vec<Option<f64>>>>,
    pub dataset: DatasetMeta,
}

impl Table {
    /// Values of `indicator` in its latest year, per area.
    pub fn latest(&self, indicator: usize) -> &[Option<f64>] {
        self.values
            .get(indicator)
            .and_then(|v| v.last())
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
}

/// Parse a wide CSV table (one row per area), using `sidecar` for metadata.
///
/// ```
/// use atlas_core::import::table::parse_csv;
/// let t = parse_csv("kode;navn;indkomst\n01;Indre By;312.400\n02;Østerbro;..\n", None).unwrap().value;
/// assert_eq!(t.rows[0].key, "01");
/// assert_eq!(t.latest(0), &[Some(312400.0), None]);
/// ```
pub fn parse_csv(text: &str, sidecar: Option<&Sidecar>) -> Result<Loaded<Table>, LoadError> {
    let grid = grid_from_csv(text)?;
    let mut t = table_from_grid(&grid.value, sidecar)?;
    let mut issues = grid.issues;
    issues.append(&mut t.issues);
    Ok(Loaded {
        value: t.value,
        issues,
    })
}

/// Read a table file's bytes: encoding detected, format from the name or the content
/// (spreadsheet, JSON or CSV/TSV).
pub fn parse_table_bytes(
    bytes: &[u8],
    file_name: &str,
    sidecar: Option<&Sidecar>,
) -> Result<Loaded<Table>, LoadError> {
    let lower = file_name.to_lowercase();
    let zip_or_ole =
        bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    if zip_or_ole || lower.ends_with(".xlsx") || lower.ends_with(".xls") || lower.ends_with(".ods")
    {
        let grid = crate::import::spreadsheet::grid_from_spreadsheet(bytes)?;
        let mut t = table_from_grid(&grid.value, sidecar)?;
        let mut issues = grid.issues;
        issues.append(&mut t.issues);
        return Ok(Loaded {
            value: t.value,
            issues,
        });
    }
    let (text, encoding) = decode_text(bytes);
    let looks_json = lower.ends_with(".json")
        || text.trim_start().starts_with('[')
        || text.trim_start().starts_with('{');
    let mut loaded = if looks_json {
        let grid = grid_from_json(&text)?;
        table_from_grid(&grid, sidecar)?
    } else {
        parse_csv(&text, sidecar)?
    };
    if encoding == Encoding::Mixed {
        let lines = crate::import::decode::legacy_lines(bytes).legacy;
        loaded.issues.insert(
            0,
            Issue::warning(Location::File, IssueKind::MixedEncoding { lines }),
        );
    }
    if encoding == Encoding::Windows1252 {
        loaded
            .issues
            .insert(0, Issue::info(Location::File, IssueKind::ReadAsWindows1252));
    }
    Ok(loaded)
}

/// Pivot a grid into a table: find the key, name, time and value columns, the
/// dimensions (text columns that vary within an area and year) and the measures.
pub fn table_from_grid(grid: &Grid, sidecar: Option<&Sidecar>) -> Result<Loaded<Table>, LoadError> {
    let header = &grid.header;
    let parse_cell = |raw: &str| {
        if grid.dot_decimal {
            crate::import::cells::parse_cell_dot_decimal(raw)
        } else {
            parse_cell(raw)
        }
    };
    let Columns {
        key: key_idx,
        name: name_idx,
        time: time_idx,
        value: value_idx,
        dims,
        measures,
    } = detect_columns(grid, sidecar)?;
    let year_of = |r: &[String]| time_idx.and_then(|t| parse_year(cell(r, t)));
    let mut issues = Vec::new();
    let mut rows: Vec<Row> = Vec::new();
    let mut area_of: HashMap<String, usize> = HashMap::new();
    let mut ind_of: HashMap<String, usize> = HashMap::new();
    let mut ind_ids: Vec<(String, usize)> = Vec::new(); // (id, measure column)
    let mut cells: HashMap<(usize, Option<i32>, usize), (f64, usize)> = HashMap::new();
    let mut present: HashMap<(usize, Option<i32>, usize), ()> = HashMap::new();
    let mut years_of: Vec<Vec<Option<i32>>> = Vec::new();
    let mut invalid_shown = 0usize;
    let mut duplicates = 0usize;
    for (line, r) in &grid.rows {
        let key = cell(r, key_idx).to_owned();
        if key.is_empty() {
            issues.push(Issue::warning(
                Location::Row {
                    line: *line,
                    key: None,
                },
                IssueKind::RowWithoutKey,
            ));
            continue;
        }
        let year = year_of(r);
        if time_idx.is_some() && year.is_none() {
            issues.push(Issue::warning(
                Location::Row {
                    line: *line,
                    key: Some(key.clone()),
                },
                IssueKind::TimeNotYear {
                    time: cell(r, time_idx.unwrap_or(0)).to_owned(),
                },
            ));
            continue;
        }
        let area = *area_of.entry(key.clone()).or_insert_with(|| {
            rows.push(Row {
                line: *line,
                key: key.clone(),
                name: name_idx
                    .map(|n| cell(r, n).to_owned())
                    .filter(|s| !s.is_empty()),
            });
            rows.len() - 1
        });
        let dim_label: Vec<&str> = dims
            .iter()
            .map(|&d| cell(r, d))
            .filter(|s| !s.is_empty())
            .collect();
        for &m in &measures {
            let mut parts: Vec<&str> = Vec::new();
            if value_idx.is_none() || dim_label.is_empty() {
                parts.push(&header[m]);
            }
            parts.extend(dim_label.iter().copied());
            let id = parts.join(" · ");
            let ind = *ind_of.entry(id.clone()).or_insert_with(|| {
                ind_ids.push((id.clone(), m));
                years_of.push(Vec::new());
                ind_ids.len() - 1
            });
            if !years_of[ind].contains(&year) {
                years_of[ind].push(year);
            }
            let raw = cell(r, m);
            let slot = (ind, year, area);
            if present.insert(slot, ()).is_some() {
                duplicates += 1;
                if duplicates <= 5 {
                    issues.push(Issue::warning(
                        Location::Row {
                            line: *line,
                            key: Some(key.clone()),
                        },
                        IssueKind::ValueRepeated {
                            indicator: id.clone(),
                            year,
                        },
                    ));
                }
                continue;
            }
            match parse_cell(raw) {
                Cell::Value(v) => {
                    cells.insert(slot, (v, *line));
                }
                Cell::Missing => {}
                Cell::Invalid => {
                    invalid_shown += 1;
                    if invalid_shown <= 5 {
                        issues.push(Issue::warning(
                            Location::Row {
                                line: *line,
                                key: Some(key.clone()),
                            },
                            IssueKind::NumberUnreadable {
                                value: raw.to_owned(),
                                column: header[m].clone(),
                            },
                        ));
                    }
                }
            }
        }
    }
    if duplicates > 5 {
        issues.push(Issue::warning(
            Location::File,
            IssueKind::ValuesRepeatedInAll { count: duplicates },
        ));
    }
    if invalid_shown > 5 {
        issues.push(Issue::warning(
            Location::File,
            IssueKind::NumbersUnreadableInAll {
                count: invalid_shown,
            },
        ));
    }
    if rows.is_empty() {
        return Err(LoadError::new(LoadErrorKind::NoAreaCodes));
    }

    // Metadata: the sidecar's description of a column (or generated id), else bare.
    let described = |id: &str| sidecar.and_then(|s| s.indicators.iter().find(|m| m.column == id));
    let mut order: Vec<usize> = (0..ind_ids.len()).collect();
    if let Some(sc) = sidecar {
        // Described indicators first, in the sidecar's order.
        order.sort_by_key(|&i| {
            sc.indicators
                .iter()
                .position(|m| m.column == ind_ids[i].0)
                .unwrap_or(usize::MAX)
        });
        for m in &sc.indicators {
            if !ind_of.contains_key(&m.column) {
                issues.push(Issue::warning(
                    Location::Column {
                        name: m.column.clone(),
                    },
                    IssueKind::DescribedColumnMissing,
                ));
            }
        }
    }
    let mut indicators = Vec::new();
    let mut years = Vec::new();
    let mut values = Vec::new();
    for i in order {
        let (id, _) = &ind_ids[i];
        let mut ys = years_of[i].clone();
        ys.sort();
        let cols: Vec<Vec<Option<f64>>> = ys
            .iter()
            .map(|y| {
                (0..rows.len())
                    .map(|a| cells.get(&(i, *y, a)).map(|(v, _)| *v))
                    .collect()
            })
            .collect();
        if cols.iter().flatten().all(Option::is_none) && described(id).is_none() {
            continue;
        }
        // A year in which the indicator has no value anywhere is not one of its years
        // (a wide table with income from 2000 and population from 1991).
        let (ys, cols): (Vec<_>, Vec<_>) = if cols.iter().any(|c| c.iter().any(Option::is_some)) {
            ys.into_iter()
                .zip(cols)
                .filter(|(_, c)| c.iter().any(Option::is_some))
                .unzip()
        } else {
            (ys, cols)
        };
        let mut meta = described(id)
            .cloned()
            .unwrap_or_else(|| IndicatorMeta::from_column(id));
        if meta.year.is_none() {
            meta.year = ys.iter().rev().flatten().next().copied();
        }
        indicators.push(meta);
        years.push(ys);
        values.push(cols);
    }
    Ok(Loaded {
        value: Table {
            key_column: header[key_idx].clone(),
            name_column: name_idx.map(|i| header[i].clone()),
            time_column: time_idx.map(|i| header[i].clone()),
            rows,
            indicators,
            years,
            values,
            dataset: sidecar.map(|s| s.dataset.clone()).unwrap_or_default(),
        },
        issues,
    })
}
