//! Text files → a [`Grid`] of cells (header + rows): CSV/TSV with the delimiter
//! sniffed, and JSON records. Spreadsheets produce the same grid in `spreadsheet`.

use crate::issue::{Issue, IssueKind, LoadError, LoadErrorKind, Loaded, Location};

/// A table as text cells: a header and rows, whatever the file format.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Grid {
    /// Numbers use a decimal dot (comma-separated files); else Danish `1.234,5`.
    pub dot_decimal: bool,
    pub header: Vec<String>,
    /// One-based line (or record number) and the cells.
    pub rows: Vec<(usize, Vec<String>)>,
}

/// Guess the delimiter from the header line: `;`, tab or `,`.
///
/// ```
/// assert_eq!(atlas_core::import::grid::sniff_delimiter("a;b;c\n1,5;2;3"), b';');
/// assert_eq!(atlas_core::import::grid::sniff_delimiter("a\tb\n1\t2"), b'\t');
/// assert_eq!(atlas_core::import::grid::sniff_delimiter("a,b\n1,2"), b',');
/// ```
pub fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let count = |c: char| header.matches(c).count();
    [(b';', count(';')), (b'\t', count('\t')), (b',', count(','))]
        .into_iter()
        .max_by_key(|&(d, n)| (n, d == b';'))
        .filter(|&(_, n)| n > 0)
        .map(|(d, _)| d)
        .unwrap_or(b';')
}

/// CSV/TSV text → grid (delimiter sniffed; ragged rows reported).
pub fn grid_from_csv(text: &str) -> Result<Loaded<Grid>, LoadError> {
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(LoadError::new(LoadErrorKind::TableEmpty));
    }
    let delimiter = sniff_delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| {
            LoadError::new(LoadErrorKind::HeaderUnreadable {
                detail: e.to_string(),
            })
        })?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    let mut issues = Vec::new();
    let mut rows = Vec::new();
    for (ri, record) in reader.records().enumerate() {
        let line = record
            .as_ref()
            .ok()
            .and_then(|r| r.position())
            .map(|p| p.line() as usize)
            .unwrap_or(ri + 2);
        match record {
            Ok(r) => {
                if r.iter().all(|c| c.trim().is_empty()) {
                    continue;
                }
                if r.len() != header.len() {
                    issues.push(Issue::warning(
                        Location::Row {
                            line,
                            key: r.get(0).map(|k| k.trim().to_owned()),
                        },
                        IssueKind::RowFieldCount {
                            fields: r.len(),
                            header: header.len(),
                        },
                    ));
                }
                rows.push((line, r.iter().map(|c| c.trim().to_owned()).collect()));
            }
            Err(e) => issues.push(Issue::warning(
                Location::Row { line, key: None },
                IssueKind::RowUnreadable {
                    detail: e.to_string(),
                },
            )),
        }
    }
    Ok(Loaded {
        value: Grid {
            dot_decimal: delimiter == b',',
            header,
            rows,
        },
        issues,
    })
}

/// JSON (an array of records, or `{"data": [...]}`) → grid. Numbers are written with
/// a decimal comma so that they read back exactly.
pub fn grid_from_json(text: &str) -> Result<Grid, LoadError> {
    let v: serde_json::Value =
        serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
            LoadError::new(LoadErrorKind::JsonUnreadable {
                line: e.line(),
                column: e.column(),
            })
        })?;
    let records = match &v {
        serde_json::Value::Array(a) => a,
        serde_json::Value::Object(o) => match o.values().find_map(|x| x.as_array()) {
            Some(a) => a,
            None => return Err(not_records()),
        },
        _ => return Err(not_records()),
    };
    let mut header: Vec<String> = Vec::new();
    for r in records {
        if let Some(o) = r.as_object() {
            for k in o.keys() {
                if !header.contains(k) {
                    header.push(k.clone());
                }
            }
        }
    }
    if header.is_empty() {
        return Err(not_records());
    }
    let rows = records
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let o = r.as_object()?;
            Some((
                i + 1,
                header
                    .iter()
                    .map(|h| match o.get(h) {
                        Some(serde_json::Value::String(s)) => s.trim().to_owned(),
                        Some(serde_json::Value::Number(n)) => n.to_string().replace('.', ","),
                        Some(serde_json::Value::Bool(b)) => b.to_string(),
                        _ => String::new(),
                    })
                    .collect(),
            ))
        })
        .collect();
    Ok(Grid {
        dot_decimal: false,
        header,
        rows,
    })
}

fn not_records() -> LoadError {
    LoadError::new(LoadErrorKind::NotRecords)
}
