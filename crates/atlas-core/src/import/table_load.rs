//! One table file from bytes to indicators, in steps of bounded work: a statbank
//! export of 272,000 rows is read and pivoted between frames, with its progress.

use crate::import::decode::{decode_text, legacy_lines, Encoding};
use crate::import::grid::{grid_from_json, CsvGridReader, Grid};
use crate::import::pivot::Pivot;
use crate::import::sidecar::Sidecar;
use crate::import::spreadsheet::{check_unpacked_size, grid_from_spreadsheet};
use crate::import::table::Table;
use crate::issue::{Issue, IssueKind, LoadError, Loaded, Location};
use std::sync::Arc;

/// Rows a step reads or pivots in the browser (a millisecond or two).
pub const TABLE_SLICE_ROWS: usize = 2_000;

enum Stage {
    Reading(Box<CsvGridReader>),
    /// Rows are handed to the pivot and freed a slice at a time (freeing 280,000 rows
    /// at once is a long task of its own).
    Pivoting {
        rows: std::vec::IntoIter<(usize, Vec<String>)>,
        total: usize,
        pivot: Box<Pivot>,
    },
    Done(Box<Loaded<Table>>),
    Spent,
}

/// A table read and pivoted step by step.
///
/// ```
/// use atlas_core::import::table_load::TableLoad;
/// let csv = "kode;navn;indkomst\n01;Indre By;312.400\n02;Østerbro;..\n";
/// let mut load = TableLoad::new(csv.as_bytes(), "t.csv", None).unwrap();
/// while load.step(1).unwrap() < 1.0 {}
/// let t = load.finish().unwrap().value;
/// assert_eq!(t.latest(0), &[Some(312400.0), None]);
/// ```
pub struct TableLoad {
    stage: Stage,
    sidecar: Option<Sidecar>,
    /// Problems found before pivoting (encoding, ragged rows, sheets).
    issues: Vec<Issue>,
}

impl TableLoad {
    /// Start reading a table file's bytes: encoding detected, format from the name or
    /// the content (spreadsheet, JSON or CSV/TSV). Spreadsheets and JSON are read at
    /// once; CSV row by row.
    pub fn new(
        bytes: &[u8],
        file_name: &str,
        sidecar: Option<&Sidecar>,
    ) -> Result<Self, LoadError> {
        let lower = file_name.to_lowercase();
        let zip_or_ole =
            bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
        let sidecar = sidecar.cloned();
        if zip_or_ole
            || lower.ends_with(".xlsx")
            || lower.ends_with(".xls")
            || lower.ends_with(".ods")
        {
            check_unpacked_size(bytes, file_name)?;
            let grid = grid_from_spreadsheet(bytes)?;
            return Self::pivoting(grid.value, grid.issues, sidecar);
        }
        let (text, encoding) = decode_text(bytes);
        let mut issues = Vec::new();
        if encoding == Encoding::Windows1252 {
            issues.push(Issue::info(Location::File, IssueKind::ReadAsWindows1252));
        }
        if encoding == Encoding::Mixed {
            let lines = legacy_lines(bytes).legacy;
            issues.push(Issue::warning(
                Location::File,
                IssueKind::MixedEncoding { lines },
            ));
        }
        let looks_json = lower.ends_with(".json")
            || text.trim_start().starts_with('[')
            || text.trim_start().starts_with('{');
        if looks_json {
            let grid = grid_from_json(&text)?;
            return Self::pivoting(grid, issues, sidecar);
        }
        let reader = CsvGridReader::new(Arc::from(text))?;
        Ok(TableLoad {
            stage: Stage::Reading(Box::new(reader)),
            sidecar,
            issues,
        })
    }

    fn pivoting(
        grid: Grid,
        issues: Vec<Issue>,
        sidecar: Option<Sidecar>,
    ) -> Result<Self, LoadError> {
        let pivot = Pivot::new(&grid, sidecar.as_ref())?;
        Ok(TableLoad {
            stage: Stage::Pivoting {
                total: grid.rows.len(),
                rows: grid.rows.into_iter(),
                pivot: Box::new(pivot),
            },
            sidecar,
            issues,
        })
    }

    /// Read or pivot about `rows` rows; the fraction done (0–1, 1 when finished).
    pub fn step(&mut self, budget: usize) -> Result<f64, LoadError> {
        match std::mem::replace(&mut self.stage, Stage::Spent) {
            Stage::Reading(mut reader) => {
                if reader.step(budget) {
                    let f = reader.fraction() * 0.6;
                    self.stage = Stage::Reading(reader);
                    return Ok(f);
                }
                let grid = reader.finish();
                self.issues.extend(grid.issues);
                let pivot = Pivot::new(&grid.value, self.sidecar.as_ref())?;
                self.stage = Stage::Pivoting {
                    total: grid.value.rows.len(),
                    rows: grid.value.rows.into_iter(),
                    pivot: Box::new(pivot),
                };
                Ok(0.6)
            }
            Stage::Pivoting {
                mut rows,
                total,
                mut pivot,
            } => {
                let chunk: Vec<(usize, Vec<String>)> = rows.by_ref().take(budget).collect();
                pivot.feed(&chunk);
                drop(chunk);
                if rows.len() > 0 {
                    let f = 0.6 + 0.4 * (total - rows.len()) as f64 / total.max(1) as f64;
                    self.stage = Stage::Pivoting { rows, total, pivot };
                    return Ok(f);
                }
                let mut table = pivot.finish()?;
                let mut issues = std::mem::take(&mut self.issues);
                issues.append(&mut table.issues);
                table.issues = issues;
                self.stage = Stage::Done(Box::new(table));
                Ok(1.0)
            }
            done @ Stage::Done(_) => {
                self.stage = done;
                Ok(1.0)
            }
            Stage::Spent => Ok(1.0),
        }
    }

    /// Step to the end.
    pub fn run(&mut self) -> Result<(), LoadError> {
        while self.step(usize::MAX)? < 1.0 {}
        Ok(())
    }

    /// The table (call after [`step`](Self::step) returned 1).
    pub fn finish(mut self) -> Result<Loaded<Table>, LoadError> {
        self.run()?;
        match self.stage {
            Stage::Done(t) => Ok(*t),
            _ => Err(LoadError::new(crate::issue::LoadErrorKind::TableEmpty)),
        }
    }
}
