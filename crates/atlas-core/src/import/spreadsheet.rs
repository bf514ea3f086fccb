//! Spreadsheets (XLSX, XLS, ODS) → the same [`Grid`] as CSV, with calamine.
//!
//! Statbank and Excel exports put a title above the table and merge repeated labels;
//! the header is the first row with at least two filled cells, and empty label cells
//! are filled with the value above (what a merged cell shows). Formulas are read as
//! their saved results.

use crate::import::grid::Grid;
use crate::import::limits::MAX_UNPACKED_SPREADSHEET;
use crate::issue::{Issue, IssueKind, LoadError, LoadErrorKind, Loaded, Location};
use calamine::{open_workbook_auto_from_rs, Data, Reader};
use std::io::Cursor;

/// What a zipped workbook (XLSX, ODS) declares it unpacks to, summed over its files
/// from the zip directory, without unpacking anything; `None` when it is no zip.
pub fn declared_unpacked_size(bytes: &[u8]) -> Option<u64> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut total = 0u64;
    for i in 0..zip.len() {
        total = total.saturating_add(zip.by_index_raw(i).ok()?.size());
    }
    Some(total)
}

/// Refuse a zipped workbook that declares more unpacked data than
/// [`MAX_UNPACKED_SPREADSHEET`], before reading it.
pub fn check_unpacked_size(bytes: &[u8], name: &str) -> Result<(), LoadError> {
    match declared_unpacked_size(bytes) {
        Some(unpacked) if unpacked > MAX_UNPACKED_SPREADSHEET => {
            Err(LoadError::new(LoadErrorKind::UnpacksTooLarge {
                name: name.to_owned(),
                bytes: bytes.len() as u64,
                unpacked,
                max_unpacked: MAX_UNPACKED_SPREADSHEET,
            }))
        }
        _ => Ok(()),
    }
}

/// Read the first sheet with data.
pub fn grid_from_spreadsheet(bytes: &[u8]) -> Result<Loaded<Grid>, LoadError> {
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).map_err(|e| {
        LoadError::new(LoadErrorKind::SpreadsheetUnopenable {
            detail: e.to_string(),
        })
    })?;
    let names = book.sheet_names();
    for (si, name) in names.iter().enumerate() {
        let Some(Ok(range)) = book.worksheet_range_at(si) else {
            continue;
        };
        let (rows, errors) = sheet_rows(&range);
        let Some((header, mut body)) = header_and_body(rows) else {
            continue;
        };
        let filled = fill_merged_labels(&header, &mut body);
        let unsaved = unsaved_formulas(&mut book, name, &range);
        let notes = SheetNotes {
            sheet: name,
            filled,
            unsaved,
            errors,
            sheets: names.len(),
        };
        return Ok(Loaded {
            value: Grid {
                dot_decimal: false,
                header: header.iter().map(|s| s.trim().to_owned()).collect(),
                rows: body,
            },
            issues: notes.issues(),
        });
    }
    Err(LoadError::new(LoadErrorKind::NoSheetWithTable))
}

/// A sheet's rows as text: one-based row number and cells, as in [`Grid::rows`].
type Rows = Vec<(usize, Vec<String>)>;

/// A sheet's rows as text, each with its one-based row number in the sheet, and how
/// many cells held an error.
fn sheet_rows(range: &calamine::Range<Data>) -> (Rows, usize) {
    let mut rows: Rows = Vec::new();
    let mut errors = 0usize;
    for (ri, row) in range.rows().enumerate() {
        let cells: Vec<String> = row.iter().map(|c| cell_text(c, &mut errors)).collect();
        rows.push((
            range.start().map(|(r, _)| r as usize).unwrap_or(0) + ri + 1,
            cells,
        ));
    }
    (rows, errors)
}

/// One cell as a CSV would hold it: Danish decimal comma, a date as its year; an error
/// cell is empty and counted in `errors`.
fn cell_text(c: &Data, errors: &mut usize) -> String {
    match c {
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
            *errors += 1;
            String::new()
        }
        Data::Empty => String::new(),
    }
}

/// The header (the first row with at least two filled cells) and the non-empty rows
/// below it; `None` when the sheet has no header or nothing below it.
fn header_and_body(mut rows: Rows) -> Option<(Vec<String>, Rows)> {
    let h = rows
        .iter()
        .position(|(_, r)| r.iter().filter(|c| !c.is_empty()).count() >= 2)?;
    let (_, header) = rows[h].clone();
    let mut body: Rows = rows.split_off(h + 1);
    body.retain(|(_, r)| r.iter().any(|c| !c.is_empty()));
    if body.is_empty() {
        return None;
    }
    Some((header, body))
}

/// Fill down empty cells of the leading label columns (what merged cells show): the
/// columns, never all, whose cells are empty, text or a year. Returns the cells filled.
fn fill_merged_labels(header: &[String], body: &mut [(usize, Vec<String>)]) -> usize {
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
    filled
}

/// What reading the chosen sheet is worth saying.
struct SheetNotes<'a> {
    /// The sheet's name.
    sheet: &'a str,
    /// Label cells filled down from merged cells.
    filled: usize,
    /// Formula cells without a saved result ("C3").
    unsaved: Vec<String>,
    /// Cells holding an error.
    errors: usize,
    /// Sheets in the workbook.
    sheets: usize,
}

impl SheetNotes<'_> {
    /// The issues, in order: cells filled, formulas unsaved, formula errors, sheet chosen.
    fn issues(self) -> Vec<Issue> {
        let mut issues = Vec::new();
        if self.filled > 0 {
            issues.push(Issue::info(
                Location::File,
                IssueKind::MergedCellsFilled {
                    cells: self.filled,
                    sheet: self.sheet.to_owned(),
                },
            ));
        }
        if !self.unsaved.is_empty() {
            issues.push(Issue::warning(
                Location::File,
                IssueKind::FormulasUnsaved {
                    sheet: self.sheet.to_owned(),
                    cells: self.unsaved,
                },
            ));
        }
        if self.errors > 0 {
            issues.push(Issue::warning(
                Location::File,
                IssueKind::FormulaErrors {
                    sheet: self.sheet.to_owned(),
                    cells: self.errors,
                },
            ));
        }
        if self.sheets > 1 {
            issues.push(Issue::info(
                Location::File,
                IssueKind::SheetChosen {
                    sheet: self.sheet.to_owned(),
                    sheets: self.sheets,
                },
            ));
        }
        issues
    }
}

/// Cells (as "C3") holding a formula whose result was never saved: the program that
/// wrote the file did not calculate it, so there is no value to read.
fn unsaved_formulas<R: std::io::Read + std::io::Seek>(
    book: &mut calamine::Sheets<R>,
    name: &str,
    values: &calamine::Range<Data>,
) -> Vec<String> {
    let Ok(formulas) = book.worksheet_formula(name) else {
        return Vec::new();
    };
    formulas
        .used_cells()
        .filter(|(_, _, f)| !f.is_empty())
        .filter_map(|(r, c, _)| {
            let (r0, c0) = formulas.start()?;
            let (row, col) = (r0 + r as u32, c0 + c as u32);
            let empty = matches!(values.get_value((row, col)), None | Some(Data::Empty));
            empty.then(|| cell_ref(row, col))
        })
        .collect()
}

/// Zero-based (row, column) → spreadsheet reference ("A1", "AB12").
fn cell_ref(row: u32, col: u32) -> String {
    let mut letters = Vec::new();
    let mut c = col + 1;
    while c > 0 {
        let rem = (c - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        c = (c - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", letters.into_iter().collect::<String>(), row + 1)
}

#[cfg(test)]
mod tests {
    use super::cell_ref;

    #[test]
    fn cell_references_count_columns_like_a_spreadsheet() {
        assert_eq!(cell_ref(0, 0), "A1");
        assert_eq!(cell_ref(2, 2), "C3");
        assert_eq!(cell_ref(9, 25), "Z10");
        assert_eq!(cell_ref(0, 26), "AA1");
        assert_eq!(cell_ref(0, 27), "AB1");
    }
}
