//! Indicator tables: Danish CSV (wide: one row per area) plus an optional
//! metadata sidecar (JSON) describing each column.

use crate::indicator::{DatasetMeta, IndicatorMeta};
use crate::issue::{Issue, LoadError, Loaded, Location};
use crate::number::{parse_cell, Cell};
use serde::{Deserialize, Serialize};

/// The optional JSON file that describes a table's columns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct Sidecar {
    #[serde(default)]
    pub dataset: DatasetMeta,
    #[serde(default)]
    pub key_column: Option<String>,
    #[serde(default)]
    pub name_column: Option<String>,
    #[serde(default)]
    pub indicators: Vec<IndicatorMeta>,
}

/// Parse a metadata sidecar.
pub fn parse_sidecar(text: &str) -> Result<Sidecar, LoadError> {
    serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
        LoadError::new(
            format!(
                "Metadatafilen kan ikke læses (linje {}, kolonne {}): {e}",
                e.line(),
                e.column()
            ),
            format!(
                "The metadata file cannot be read (line {}, column {}): {e}",
                e.line(),
                e.column()
            ),
        )
    })
}

/// One data row of a table.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// One-based line in the file.
    pub line: usize,
    /// Key as written (a string: leading zeros kept).
    pub key: String,
    pub name: Option<String>,
}

/// A parsed wide table: rows × indicators.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Table {
    pub key_column: String,
    pub name_column: Option<String>,
    pub rows: Vec<Row>,
    pub indicators: Vec<IndicatorMeta>,
    /// `values[indicator][row]`; `None` = missing, never zero.
    pub values: Vec<Vec<Option<f64>>>,
    pub dataset: DatasetMeta,
}

/// Guess the delimiter from the header line: `;`, tab or `,`.
///
/// ```
/// assert_eq!(atlas_core::table::sniff_delimiter("a;b;c\n1,5;2;3"), b';');
/// assert_eq!(atlas_core::table::sniff_delimiter("a\tb\n1\t2"), b'\t');
/// assert_eq!(atlas_core::table::sniff_delimiter("a,b\n1,2"), b',');
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

/// Parse a wide CSV table (one row per area), using `sidecar` for metadata.
///
/// ```
/// use atlas_core::table::parse_csv;
/// let t = parse_csv("kode;navn;indkomst\n01;Indre By;312.400\n02;Østerbro;..\n", None).unwrap().value;
/// assert_eq!(t.rows[0].key, "01");
/// assert_eq!(t.values[0], vec![Some(312400.0), None]);
/// ```
pub fn parse_csv(text: &str, sidecar: Option<&Sidecar>) -> Result<Loaded<Table>, LoadError> {
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(LoadError::new("Tabellen er tom.", "The table is empty."));
    }
    let delimiter = sniff_delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| {
            LoadError::new(
                format!("Tabellens overskriftslinje kan ikke læses: {e}"),
                format!("The table's header line cannot be read: {e}"),
            )
        })?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    if headers.len() < 2 {
        return Err(LoadError::new(
            "Tabellen har kun én kolonne; der skal være en kolonne med områdekode eller -navn og mindst én med tal. Er skilletegnet semikolon, komma eller tabulator?",
            "The table has only one column; it needs a column with area code or name and at least one with numbers. Is the separator a semicolon, comma or tab?",
        ));
    }
    let mut issues = Vec::new();
    let find = |name: &str| headers.iter().position(|h| h == name);
    let key_idx = match sidecar.and_then(|s| s.key_column.as_deref()) {
        Some(k) => match find(k) {
            Some(i) => i,
            None => {
                return Err(LoadError::new(
                    format!("Nøglekolonnen «{k}» fra metadatafilen findes ikke i tabellen."),
                    format!("The key column “{k}” named in the metadata file is not in the table."),
                ))
            }
        },
        None => 0,
    };
    let name_idx = match sidecar.and_then(|s| s.name_column.as_deref()) {
        Some(n) => find(n),
        None => headers.iter().enumerate().position(|(i, h)| {
            let l = h.to_lowercase();
            i != key_idx
                && (l.contains("navn") || l.contains("name") || l == "bydel" || l == "område")
        }),
    };

    // Which columns are indicators, with what metadata.
    let mut columns: Vec<(usize, IndicatorMeta)> = Vec::new();
    if let Some(sc) = sidecar.filter(|s| !s.indicators.is_empty()) {
        for meta in &sc.indicators {
            match find(&meta.column) {
                Some(i) => columns.push((i, meta.clone())),
                None => issues.push(Issue::warning(
                    Location::Column {
                        name: meta.column.clone(),
                    },
                    "er beskrevet i metadatafilen, men findes ikke i tabellen",
                    "is described in the metadata file but is not in the table",
                )),
            }
        }
        for (i, h) in headers.iter().enumerate() {
            if i != key_idx && Some(i) != name_idx && !columns.iter().any(|(c, _)| *c == i) {
                columns.push((i, IndicatorMeta::from_column(h)));
            }
        }
    } else {
        for (i, h) in headers.iter().enumerate() {
            if i != key_idx && Some(i) != name_idx {
                columns.push((i, IndicatorMeta::from_column(h)));
            }
        }
    }

    let mut rows = Vec::new();
    let mut values: Vec<Vec<Option<f64>>> = vec![Vec::new(); columns.len()];
    let mut invalid_per_column = vec![0usize; columns.len()];
    for (ri, record) in reader.records().enumerate() {
        let line = ri + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                issues.push(Issue::warning(
                    Location::Row { line, key: None },
                    format!("kan ikke læses ({e}) og er sprunget over"),
                    format!("cannot be read ({e}) and was skipped"),
                ));
                continue;
            }
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let key = record
            .get(key_idx)
            .map(|k| k.trim().to_owned())
            .unwrap_or_default();
        if key.is_empty() {
            issues.push(Issue::warning(
                Location::Row { line, key: None },
                "har ingen områdekode og er sprunget over",
                "has no area code and was skipped",
            ));
            continue;
        }
        if record.len() != headers.len() {
            issues.push(Issue::warning(
                Location::Row { line, key: Some(key.clone()) },
                format!("har {} felter, men overskriften har {}; manglende felter tæller som manglende data", record.len(), headers.len()),
                format!("has {} fields but the header has {}; absent fields count as missing data", record.len(), headers.len()),
            ));
        }
        let name = name_idx
            .and_then(|i| record.get(i))
            .map(|s| s.trim().to_owned());
        for (ci, (col, meta)) in columns.iter().enumerate() {
            let raw = record.get(*col).unwrap_or("");
            let v = match parse_cell(raw) {
                Cell::Value(v) => Some(v),
                Cell::Missing => None,
                Cell::Invalid => {
                    invalid_per_column[ci] += 1;
                    if invalid_per_column[ci] <= 3 {
                        issues.push(Issue::warning(
                            Location::Row { line, key: Some(key.clone()) },
                            format!("værdien «{raw}» i kolonnen «{}» er ikke et tal og vises som manglende", meta.column),
                            format!("the value “{raw}” in column “{}” is not a number and is shown as missing", meta.column),
                        ));
                    }
                    None
                }
            };
            values[ci].push(v);
        }
        rows.push(Row { line, key, name });
    }
    if rows.is_empty() {
        return Err(LoadError::new(
            "Tabellen har en overskrift, men ingen rækker med data.",
            "The table has a header but no data rows.",
        ));
    }
    // Columns with no number at all are text, not indicators (unless described).
    let described = |m: &IndicatorMeta| {
        sidecar.is_some_and(|s| s.indicators.iter().any(|x| x.column == m.column))
    };
    let mut indicators = Vec::new();
    let mut kept_values = Vec::new();
    for ((_, meta), vals) in columns.into_iter().zip(values) {
        if vals.iter().all(Option::is_none) && !described(&meta) {
            continue;
        }
        indicators.push(meta);
        kept_values.push(vals);
    }
    Ok(Loaded {
        value: Table {
            key_column: headers[key_idx].clone(),
            name_column: name_idx.map(|i| headers[i].clone()),
            rows,
            indicators,
            values: kept_values,
            dataset: sidecar.map(|s| s.dataset.clone()).unwrap_or_default(),
        },
        issues,
    })
}
