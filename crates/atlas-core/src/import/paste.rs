//! A range copied from a spreadsheet (Excel, LibreOffice, Google Sheets put it on the
//! clipboard as tab-separated text, quoting cells that hold tabs, quotes or line
//! breaks) read into a [`Grid`], so a paste goes through the same table reader, join
//! and report as a file.

use crate::import::cells::{parse_cell, parse_cell_dot_decimal, Cell};
use crate::import::grid::Grid;
use crate::issue::{LoadError, LoadErrorKind, Loaded};

/// Are the figures written with a decimal point and comma thousands (`1,234.5`)? Only
/// when some cell says so unambiguously and none says the Danish way (`1.234,5`); a
/// lone `3.25` or `12,5` reads right either way.
fn english_decimals(rows: &[Vec<String>]) -> bool {
    let (mut en, mut da) = (false, false);
    for cell in rows.iter().flat_map(|r| r.iter().skip(1)) {
        let c = cell.trim();
        match (c.find(','), c.find('.')) {
            (Some(comma), Some(dot)) if comma < dot => en = true,
            (Some(comma), Some(dot)) if dot < comma => da = true,
            _ => {}
        }
    }
    en && !da
}

/// The header a paste without one gets: the first column names the areas, the others
/// are `Indsat N`, numbered from `first`.
fn made_header(columns: usize, first: usize) -> Vec<String> {
    std::iter::once("område".to_owned())
        .chain((0..columns.saturating_sub(1)).map(|i| format!("Indsat {}", first + i)))
        .collect()
}

/// Read pasted text. The first row is a header when a cell after the first is text
/// (not a number, not a missing marker); otherwise columns are named `Indsat N` from
/// `first_unnamed`. Empty rows and columns empty in every row (Excel's trailing tabs)
/// are dropped. `Err` for an empty paste or one column.
///
/// ```
/// use atlas_core::import::paste::grid_from_paste;
/// let g = grid_from_paste("Bydel\tFrivillige\r\nØsterbro\t43,2\r\n\"Amager\nØst\"\t..\t\r\n", 1).unwrap().value;
/// assert_eq!(g.header, vec!["Bydel", "Frivillige"]);
/// assert_eq!(g.rows[1].1, vec!["Amager\nØst", ".."]);
/// let g = grid_from_paste("Østerbro\t1,234.5\nValby\t980.25", 3).unwrap().value;
/// assert_eq!(g.header, vec!["område", "Indsat 3"]);
/// assert!(g.dot_decimal);
/// ```
pub fn grid_from_paste(text: &str, first_unnamed: usize) -> Result<Loaded<Grid>, LoadError> {
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(LoadError::new(LoadErrorKind::TableEmpty));
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let Ok(r) = record else { continue };
        let cells: Vec<String> = r.iter().map(|c| c.trim().to_owned()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        rows.push((i + 1, cells));
    }
    let width = rows.iter().map(|(_, r)| r.len()).max().unwrap_or(0);
    // drop columns empty in every row (trailing tabs, blank spreadsheet columns)
    let keep: Vec<usize> = (0..width)
        .filter(|&c| {
            rows.iter()
                .any(|(_, r)| r.get(c).is_some_and(|v| !v.is_empty()))
        })
        .collect();
    for (_, r) in rows.iter_mut() {
        *r = keep
            .iter()
            .map(|&c| r.get(c).cloned().unwrap_or_default())
            .collect();
    }
    if keep.len() < 2 {
        return Err(LoadError::new(LoadErrorKind::OneColumn));
    }
    let plain: Vec<Vec<String>> = rows.iter().map(|(_, r)| r.clone()).collect();
    let dot_decimal = english_decimals(&plain);
    if dot_decimal {
        // `1,234.5` → `1234.5`: the grid then reads as a decimal-point file
        for (_, r) in rows.iter_mut() {
            for c in r.iter_mut().skip(1) {
                let numeric = c.chars().all(|ch| {
                    ch.is_ascii_digit() || matches!(ch, ',' | '.' | '-' | '−' | '+' | '%' | ' ')
                });
                if numeric && c.contains(',') {
                    *c = c.replace(',', "");
                }
            }
        }
    }
    let read = |c: &str| {
        if dot_decimal {
            parse_cell_dot_decimal(c)
        } else {
            parse_cell(c)
        }
    };
    let has_header = rows
        .first()
        .is_some_and(|(_, r)| r.iter().skip(1).any(|c| read(c) == Cell::Invalid));
    let header = if has_header {
        let (_, h) = rows.remove(0);
        h
    } else {
        made_header(keep.len(), first_unnamed)
    };
    if rows.is_empty() {
        return Err(LoadError::new(LoadErrorKind::NoDataRows));
    }
    Ok(Loaded {
        value: Grid {
            dot_decimal,
            header,
            rows,
        },
        issues: Vec::new(),
    })
}
