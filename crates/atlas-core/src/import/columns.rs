//! Which columns of a table are what: area key, area name, time, a long table's
//! value, the dimensions that name an indicator, and the measures.

use crate::import::cells::{parse_cell, parse_cell_dot_decimal, Cell};
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
    /// Text columns that say which group an area belongs to (the kvarter table's
    /// `bydel_name`): one value per area, shared by several areas.
    pub attributes: Vec<usize>,
}

/// Find the key, name, time and value columns, the dimensions and the measures;
/// `Err` when the grid has no usable shape.
pub fn detect_columns(grid: &Grid, sidecar: Option<&Sidecar>) -> Result<Columns, LoadError> {
    if grid.header.len() < 2 {
        return Err(LoadError::new(LoadErrorKind::OneColumn));
    }
    if grid.rows.is_empty() {
        return Err(LoadError::new(LoadErrorKind::NoDataRows));
    }
    let survey = Survey::new(grid);
    let width = grid.header.len();
    let time_idx = survey.time_column(sidecar);
    let value_idx = survey.value_column(time_idx);
    let key_idx = survey.key_column(sidecar, time_idx, value_idx)?;
    let name_idx = survey.name_column(sidecar, key_idx, time_idx, value_idx);
    let fixed = |c: usize| {
        c == key_idx || Some(c) == name_idx || Some(c) == time_idx || Some(c) == value_idx
    };
    let text_cols: Vec<usize> = (0..width)
        .filter(|&c| !fixed(c) && survey.numeric(c) < 0.5)
        .collect();
    // A text column with one value per area that several areas share groups them
    // (`bydel_name`): an attribute of the area, not a dimension of the figures.
    let attributes: Vec<usize> = text_cols
        .iter()
        .copied()
        .filter(|&c| survey.groups_areas(c, key_idx))
        .collect();
    // Dimensions: in a long table every other text column names the value; in a wide
    // table only text columns that vary within one area and year.
    let dims: Vec<usize> = if value_idx.is_some() {
        text_cols
            .iter()
            .copied()
            .filter(|c| !attributes.contains(c))
            .collect()
    } else {
        text_cols
            .iter()
            .copied()
            .filter(|&c| survey.varies_within_area_and_year(c, key_idx, time_idx))
            .collect()
    };
    let measures: Vec<usize> = match value_idx {
        Some(v) => vec![v],
        None => (0..width)
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
        attributes,
    })
}

/// A grid looked at column by column: its headers lower-cased, its cells read with
/// the grid's decimal mark.
struct Survey<'a> {
    grid: &'a Grid,
    lower: Vec<String>,
}

impl<'a> Survey<'a> {
    /// Survey `grid`.
    fn new(grid: &'a Grid) -> Self {
        let lower = grid.header.iter().map(|h| h.to_lowercase()).collect();
        Survey { grid, lower }
    }

    /// One cell read as the grid writes numbers.
    fn parse(&self, raw: &str) -> Cell {
        if self.grid.dot_decimal {
            parse_cell_dot_decimal(raw)
        } else {
            parse_cell(raw)
        }
    }

    /// The column whose header is exactly `name`.
    fn find(&self, name: &str) -> Option<usize> {
        self.grid.header.iter().position(|h| h == name)
    }

    /// Share (0–1) of column `c`'s non-missing cells for which `f` holds; 0 when none.
    fn share(&self, c: usize, f: &dyn Fn(&str) -> bool) -> f64 {
        let mut n = 0usize;
        let mut hit = 0usize;
        for (_, r) in &self.grid.rows {
            let v = cell(r, c);
            if matches!(self.parse(v), Cell::Missing) {
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
    }

    /// Share of column `c`'s cells that are numbers.
    fn numeric(&self, c: usize) -> f64 {
        self.share(c, &|v| matches!(self.parse(v), Cell::Value(_)))
    }

    /// The time column: the sidecar's, else the first with a time name and years in
    /// at least 80 % of its cells.
    fn time_column(&self, sidecar: Option<&Sidecar>) -> Option<usize> {
        match sidecar.and_then(|s| s.time_column.as_deref()) {
            Some(t) => self.find(t),
            None => (0..self.lower.len()).find(|&c| {
                TIME_NAMES.contains(&self.lower[c].as_str())
                    && self.share(c, &|v| parse_year(v).is_some()) >= 0.8
            }),
        }
    }

    /// A long table's value column: the first other than `time` with a value name.
    fn value_column(&self, time: Option<usize>) -> Option<usize> {
        (0..self.lower.len())
            .find(|&c| Some(c) != time && VALUE_NAMES.contains(&self.lower[c].as_str()))
    }

    /// The area key: the sidecar's (`Err` when missing), else the first code-like
    /// column (a code name, digits and capitals), else the first column left.
    fn key_column(
        &self,
        sidecar: Option<&Sidecar>,
        time: Option<usize>,
        value: Option<usize>,
    ) -> Result<usize, LoadError> {
        if let Some(k) = sidecar.and_then(|s| s.key_column.as_deref()) {
            return self.find(k).ok_or_else(|| {
                LoadError::new(LoadErrorKind::KeyColumnMissing {
                    column: k.to_owned(),
                })
            });
        }
        let candidates: Vec<usize> = (0..self.lower.len())
            .filter(|&c| Some(c) != time && Some(c) != value)
            .collect();
        let code_like = candidates.iter().copied().find(|&c| {
            let l = &self.lower[c];
            (l.contains("kode") || l.contains("code") || l.ends_with("nr") || l.ends_with("_id"))
                && self.share(c, &|v| {
                    v.chars()
                        .all(|ch| ch.is_ascii_digit() || ch.is_ascii_uppercase())
                }) >= 0.9
        });
        code_like
            .or(candidates.first().copied())
            .ok_or_else(|| LoadError::new(LoadErrorKind::NoAreaColumn))
    }

    /// The area name: the sidecar's, else the first other column with a name-like
    /// header whose cells are mostly not numbers.
    fn name_column(
        &self,
        sidecar: Option<&Sidecar>,
        key: usize,
        time: Option<usize>,
        value: Option<usize>,
    ) -> Option<usize> {
        match sidecar.and_then(|s| s.name_column.as_deref()) {
            Some(n) => self.find(n),
            None => (0..self.lower.len()).find(|&c| {
                let l = &self.lower[c];
                c != key
                    && Some(c) != time
                    && Some(c) != value
                    && (l.contains("navn")
                        || l.contains("name")
                        || l == "bydel"
                        || l.starts_with("omr"))
                    && self.numeric(c) < 0.5
            }),
        }
    }

    /// Whether text column `c` groups the areas (`key`): every area has one value in
    /// all its rows, there are two values or more, and some value is shared by two
    /// areas or more.
    fn groups_areas(&self, c: usize, key: usize) -> bool {
        let mut of_area: HashMap<&str, &str> = HashMap::new();
        for (_, r) in &self.grid.rows {
            let (k, v) = (cell(r, key), cell(r, c));
            if v.is_empty() {
                continue;
            }
            match of_area.get(k) {
                Some(prev) if *prev != v => return false,
                Some(_) => {}
                None => {
                    of_area.insert(k, v);
                }
            }
        }
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for v in of_area.values() {
            *counts.entry(v).or_default() += 1;
        }
        counts.len() > 1 && counts.values().any(|n| *n > 1) && counts.len() < of_area.len()
    }

    /// Whether text column `c` holds different words for one area (`key`) and year
    /// (`time`): then it names an indicator, a dimension of a wide table.
    fn varies_within_area_and_year(&self, c: usize, key: usize, time: Option<usize>) -> bool {
        let year_of = |r: &[String]| time.and_then(|t| parse_year(cell(r, t)));
        let mut seen: HashMap<(String, Option<i32>), &str> = HashMap::new();
        self.grid.rows.iter().any(|(_, r)| {
            let k = (cell(r, key).to_owned(), year_of(r));
            match seen.get(&k) {
                Some(prev) => *prev != cell(r, c),
                None => {
                    seen.insert(k, cell(r, c));
                    false
                }
            }
        })
    }
}
