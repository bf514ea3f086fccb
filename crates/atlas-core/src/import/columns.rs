//! Which columns of a table are what: area key, area name, time, a long table's
//! value, the dimensions that name an indicator, and the measures.

use crate::import::cells::{parse_cell, Cell};
use crate::import::grid::Grid;
use crate::import::sidecar::Sidecar;
use crate::issue::{LoadError, LoadErrorKind};
use std::collections::HashMap;

/// Headers that hold time.
const TIME_NAMES: &[&str] = &[
    "tid", "år", "aar", "year", "date", "dato", "periode", "period", "time", "årstal",
];
/// Headers that hold the single value of a long (statbank) table.
const VALUE_NAMES: &[&str] = &["indhold", "value", "værdi", "vaerdi", "content"];

/// A year from `2017`, `2017-12-31`, `2017K4`, `2017M03`.
///
/// ```
/// use atlas_core::import::columns::parse_year;
/// assert_eq!(parse_year("1991-12-31"), Some(1991));
/// assert_eq!(parse_year("2017K4"), Some(2017));
/// assert_eq!(parse_year("År2020"), Some(2020), "KK Statistikbank's years");
/// assert_eq!(parse_year("79.803"), None);
/// ```
pub fn parse_year(s: &str) -> Option<i32> {
    let s = s.trim();
    let s = ["År", "år", "Aar", "aar", "Year", "year"]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .map(str::trim_start)
        .unwrap_or(s);
    let digits = s.get(0..4)?;
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let rest = &s[4..];
    let ok_rest = rest.is_empty()
        || rest.starts_with('-')
        || rest.starts_with('K')
        || rest.starts_with('M')
        || rest.starts_with('H')
        || rest.starts_with('Q');
    let y: i32 = digits.parse().ok()?;
    (ok_rest && (1800..=2200).contains(&y)).then_some(y)
}

/// One cell of a row ("" beyond its end).
pub(crate) fn cell(row: &[String], c: usize) -> &str {
    row.get(c).map(String::as_str).unwrap_or("")
}

/// The roles of a grid's columns (indices into the header).
#[derive(Clone, Debug, PartialEq)]
pub struct Columns {
    pub key: usize,
    pub name: Option<usize>,
    pub time: Option<usize>,
    /// A long (statbank) table's single value column, e.g. `INDHOLD`.
    pub value: Option<usize>,
    /// Text columns that name the indicator (vary within one area and year).
    pub dims: Vec<usize>,
    /// Numeric columns: each one (× dimensions) an indicator.
    pub measures: Vec<usize>,
}

/// Find the key, name, time and value columns, the dimensions and the measures;
/// `Err` when the grid has no usable shape.
pub fn detect_columns(grid: &Grid, sidecar: Option<&Sidecar>) -> Result<Columns, LoadError> {
    let header = &grid.header;
    let parse_cell = |raw: &str| {
        if grid.dot_decimal {
            crate::import::cells::parse_cell_dot_decimal(raw)
        } else {
            parse_cell(raw)
        }
    };
    if header.len() < 2 {
        return Err(LoadError::new(LoadErrorKind::OneColumn));
    }
    if grid.rows.is_empty() {
        return Err(LoadError::new(LoadErrorKind::NoDataRows));
    }
    let find = |name: &str| header.iter().position(|h| h == name);
    let lower: Vec<String> = header.iter().map(|h| h.to_lowercase()).collect();
    let share = |c: usize, f: &dyn Fn(&str) -> bool| {
        let mut n = 0usize;
        let mut hit = 0usize;
        for (_, r) in &grid.rows {
            let v = cell(r, c);
            if matches!(parse_cell(v), Cell::Missing) {
                continue;
            }
            n += 1;
            if f(v) {
                hit += 1;
            }
        }
        if n == 0 {
            0.0
        } else {
            hit as f64 / n as f64
        }
    };
    let numeric = |c: usize| share(c, &|v| matches!(parse_cell(v), Cell::Value(_)));

    let time_idx = match sidecar.and_then(|s| s.time_column.as_deref()) {
        Some(t) => find(t),
        None => (0..header.len()).find(|&c| {
            TIME_NAMES.contains(&lower[c].as_str()) && share(c, &|v| parse_year(v).is_some()) >= 0.8
        }),
    };
    let value_idx = (0..header.len())
        .find(|&c| Some(c) != time_idx && VALUE_NAMES.contains(&lower[c].as_str()));
    let key_idx = match sidecar.and_then(|s| s.key_column.as_deref()) {
        Some(k) => find(k).ok_or_else(|| {
            LoadError::new(LoadErrorKind::KeyColumnMissing {
                column: k.to_owned(),
            })
        })?,
        None => {
            let candidates: Vec<usize> = (0..header.len())
                .filter(|&c| Some(c) != time_idx && Some(c) != value_idx)
                .collect();
            let code_like = candidates.iter().copied().find(|&c| {
                let l = &lower[c];
                (l.contains("kode")
                    || l.contains("code")
                    || l.ends_with("nr")
                    || l.ends_with("_id"))
                    && share(c, &|v| {
                        v.chars()
                            .all(|ch| ch.is_ascii_digit() || ch.is_ascii_uppercase())
                    }) >= 0.9
            });
            code_like
                .or(candidates.first().copied())
                .ok_or_else(|| LoadError::new(LoadErrorKind::NoAreaColumn))?
        }
    };
    let name_idx = match sidecar.and_then(|s| s.name_column.as_deref()) {
        Some(n) => find(n),
        None => (0..header.len()).find(|&c| {
            let l = &lower[c];
            c != key_idx
                && Some(c) != time_idx
                && Some(c) != value_idx
                && (l.contains("navn")
                    || l.contains("name")
                    || l == "bydel"
                    || l.starts_with("omr"))
                && numeric(c) < 0.5
        }),
    };
    let fixed = |c: usize| {
        c == key_idx || Some(c) == name_idx || Some(c) == time_idx || Some(c) == value_idx
    };
    let text_cols: Vec<usize> = (0..header.len())
        .filter(|&c| !fixed(c) && numeric(c) < 0.5)
        .collect();
    let year_of = |r: &[String]| time_idx.and_then(|t| parse_year(cell(r, t)));
    // Dimensions: in a long table every other text column names the value; in a wide
    // table only text columns that vary within one area and year.
    let dims: Vec<usize> = if value_idx.is_some() {
        text_cols.clone()
    } else {
        text_cols
            .iter()
            .copied()
            .filter(|&c| {
                let mut seen: HashMap<(String, Option<i32>), &str> = HashMap::new();
                grid.rows.iter().any(|(_, r)| {
                    let k = (cell(r, key_idx).to_owned(), year_of(r));
                    match seen.get(&k) {
                        Some(prev) => *prev != cell(r, c),
                        None => {
                            seen.insert(k, cell(r, c));
                            false
                        }
                    }
                })
            })
            .collect()
    };
    let measures: Vec<usize> = match value_idx {
        Some(v) => vec![v],
        None => (0..header.len())
            .filter(|&c| !fixed(c) && !text_cols.contains(&c))
            .collect(),
    };
    if measures.is_empty() {
        return Err(LoadError::new(LoadErrorKind::NoNumberColumns));
    }
    Ok(Columns {
        key: key_idx,
        name: name_idx,
        time: time_idx,
        value: value_idx,
        dims,
        measures,
    })
}
