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
    let mut reader = CsvGridReader::new(std::sync::Arc::from(text))?;
    while reader.step(usize::MAX) {}
    Ok(reader.finish())
}

/// Text shared with a reader that owns it.
struct SharedText(std::sync::Arc<str>);

impl AsRef<[u8]> for SharedText {
    fn as_ref(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

/// CSV/TSV text read into a [`Grid`] a number of rows at a time, so a long file can
/// be read between frames.
///
/// ```
/// use atlas_core::import::grid::CsvGridReader;
/// let mut r = CsvGridReader::new("kode;x\n01;1\n02;2\n03;3\n".into()).unwrap();
/// assert!(r.step(2), "one row left");
/// assert!(!r.step(2));
/// assert_eq!(r.finish().value.rows.len(), 3);
/// ```
pub struct CsvGridReader {
    reader: csv::Reader<std::io::Cursor<SharedText>>,
    record: csv::StringRecord,
    delimiter: u8,
    header: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
    issues: Vec<Issue>,
    read: usize,
    len: usize,
}

impl CsvGridReader {
    /// Start reading `text`; `Err` when it is empty or its header unreadable.
    pub fn new(text: std::sync::Arc<str>) -> Result<Self, LoadError> {
        let body = text.trim_start_matches('\u{feff}');
        if body.trim().is_empty() {
            return Err(LoadError::new(LoadErrorKind::TableEmpty));
        }
        let delimiter = sniff_delimiter(body);
        let skip = (text.len() - body.len()) as u64;
        let len = text.len();
        let mut cursor = std::io::Cursor::new(SharedText(text));
        cursor.set_position(skip);
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .has_headers(true)
            .from_reader(cursor);
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
        Ok(CsvGridReader {
            reader,
            record: csv::StringRecord::new(),
            delimiter,
            header,
            rows: Vec::new(),
            issues: Vec::new(),
            read: 0,
            len,
        })
    }

    /// Read up to `max_rows` more records; `false` once the text is read.
    pub fn step(&mut self, max_rows: usize) -> bool {
        for _ in 0..max_rows {
            let ri = self.read;
            self.read += 1;
            match self.reader.read_record(&mut self.record) {
                Ok(false) => return false,
                Ok(true) => {
                    let r = &self.record;
                    let line = r.position().map(|p| p.line() as usize).unwrap_or(ri + 2);
                    if r.iter().all(|c| c.trim().is_empty()) {
                        continue;
                    }
                    if r.len() != self.header.len() {
                        self.issues.push(Issue::warning(
                            Location::Row {
                                line,
                                key: r.get(0).map(|k| k.trim().to_owned()),
                            },
                            IssueKind::RowFieldCount {
                                fields: r.len(),
                                header: self.header.len(),
                            },
                        ));
                    }
                    self.rows
                        .push((line, r.iter().map(|c| c.trim().to_owned()).collect()));
                }
                Err(e) => {
                    let line = e.position().map(|p| p.line() as usize).unwrap_or(ri + 2);
                    self.issues.push(Issue::warning(
                        Location::Row { line, key: None },
                        IssueKind::RowUnreadable {
                            detail: e.to_string(),
                        },
                    ));
                    if e.is_io_error() {
                        return false;
                    }
                }
            }
        }
        true
    }

    /// How much of the text is read (0–1).
    pub fn fraction(&self) -> f64 {
        if self.len == 0 {
            1.0
        } else {
            (self.reader.position().byte() as f64 / self.len as f64).min(1.0)
        }
    }

    /// The grid read so far, with the problems found.
    pub fn finish(self) -> Loaded<Grid> {
        Loaded {
            value: Grid {
                dot_decimal: self.delimiter == b',',
                header: self.header,
                rows: self.rows,
            },
            issues: self.issues,
        }
    }
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
