//! Spreadsheets (XLSX, XLS, ODS) → the same [`Grid`] as CSV, with calamine.
//!
//! Statbank and Excel exports put a title above the table and merge repeated labels;
//! the header is the first row with at least two filled cells, and empty label cells
//! are filled with the value above (what a merged cell shows). Formulas are read as
//! their saved results.

use crate::issue::{Issue, LoadError, Loaded, Location};
use crate::table::Grid;
use calamine::{open_workbook_auto_from_rs, Data, Reader};
use std::io::Cursor;

/// Read the first sheet with data.
pub fn grid_from_spreadsheet(bytes: &[u8]) -> Result<Loaded<Grid>, LoadError> {
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).map_err(|e| {
        LoadError::new(
            format!("Regnearket kan ikke åbnes ({e}). Er det en .xlsx-, .xls- eller .ods-fil?"),
            format!("The spreadsheet cannot be opened ({e}). Is it an .xlsx, .xls or .ods file?"),
        )
    })?;
    let names = book.sheet_names();
    let mut issues = Vec::new();
    for (si, name) in names.iter().enumerate() {
        let Some(Ok(range)) = book.worksheet_range_at(si) else {
            continue;
        };
        let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
        let mut errors = 0usize;
        for (ri, row) in range.rows().enumerate() {
            let cells: Vec<String> = row
                .iter()
                .map(|c| match c {
                    Data::Int(i) => i.to_string(),
                    Data::Float(f) => f.to_string().replace('.', ","),
                    Data::String(s) => s.trim().to_owned(),
                    Data::Bool(b) => b.to_string(),
                    Data::DateTime(d) => {
                        // Serial days since 1899-12-30: the year is enough for a time axis.
                        let y = 1899.99 + d.as_f64() / 365.2425;
                        format!("{}", y.floor() as i64)
                    }
                    Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
                    Data::Error(_) => {
                        errors += 1;
                        String::new()
                    }
                    Data::Empty => String::new(),
                })
                .collect();
            rows.push((
                range.start().map(|(r, _)| r as usize).unwrap_or(0) + ri + 1,
                cells,
            ));
        }
        let Some(h) = rows
            .iter()
            .position(|(_, r)| r.iter().filter(|c| !c.is_empty()).count() >= 2)
        else {
            continue;
        };
        let (_, header) = rows[h].clone();
        let mut body: Vec<(usize, Vec<String>)> = rows.split_off(h + 1);
        body.retain(|(_, r)| r.iter().any(|c| !c.is_empty()));
        if body.is_empty() {
            continue;
        }
        // Fill down empty cells of the leading label columns (merged cells).
        let label_cols = header
            .iter()
            .enumerate()
            .take_while(|(c, _)| {
                body.iter().all(|(_, r)| {
                    r.get(*c)
                        .is_none_or(|v| v.is_empty() || v.parse::<f64>().is_err() || v.len() == 4)
                })
            })
            .count()
            .min(header.len().saturating_sub(1));
        let mut filled = 0usize;
        for c in 0..label_cols {
            let mut above = String::new();
            for (_, r) in body.iter_mut() {
                match r.get_mut(c) {
                    Some(v) if v.is_empty() && !above.is_empty() => {
                        *v = above.clone();
                        filled += 1;
                    }
                    Some(v) => above = v.clone(),
                    None => {}
                }
            }
        }
        if filled > 0 {
            issues.push(Issue::info(
                Location::File,
                format!("{filled} tomme etiketceller (flettede celler) i arket «{name}» er udfyldt med værdien ovenfor"),
                format!("{filled} empty label cells (merged cells) in the sheet “{name}” were filled with the value above"),
            ));
        }
        if errors > 0 {
            issues.push(Issue::warning(
                Location::File,
                format!("{errors} celler i arket «{name}» indeholder en formelfejl (fx #DIV/0!) og vises som manglende"),
                format!("{errors} cells in the sheet “{name}” hold a formula error (e.g. #DIV/0!) and are shown as missing"),
            ));
        }
        if names.len() > 1 {
            issues.push(Issue::info(
                Location::File,
                format!(
                    "arket «{name}» er læst (regnearket har {} ark)",
                    names.len()
                ),
                format!(
                    "the sheet “{name}” was read (the workbook has {} sheets)",
                    names.len()
                ),
            ));
        }
        return Ok(Loaded {
            value: Grid {
                dot_decimal: false,
                header: header.iter().map(|s| s.trim().to_owned()).collect(),
                rows: body,
            },
            issues,
        });
    }
    Err(LoadError::new(
        "Regnearket har ingen ark med en tabel (en overskriftsrække og data).",
        "The spreadsheet has no sheet with a table (a header row and data).",
    ))
}
