//! Indicator tables as planners have them: Danish CSV/TSV, JSON records (and, through
//! the same grid, spreadsheets), wide (one row per area) or long (statbank exports:
//! area; dimensions…; TID; INDHOLD), pivoted into indicators × years × areas.

use crate::decode::{decode_text, Encoding};
use crate::indicator::{DatasetMeta, IndicatorMeta};
use crate::issue::{Issue, LoadError, Loaded, Location};
use crate::number::{parse_cell, Cell};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

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
    pub time_column: Option<String>,
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

/// A table as text cells: a header and rows, whatever the file format.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Grid {
    /// Numbers use a decimal dot (comma-separated files); else Danish `1.234,5`.
    pub dot_decimal: bool,
    pub header: Vec<String>,
    /// One-based line (or record number) and the cells.
    pub rows: Vec<(usize, Vec<String>)>,
}

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

/// CSV/TSV text → grid (delimiter sniffed; ragged rows reported).
pub fn grid_from_csv(text: &str) -> Result<Loaded<Grid>, LoadError> {
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
    let header: Vec<String> = reader
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
                        Location::Row { line, key: r.get(0).map(|k| k.trim().to_owned()) },
                        format!("har {} felter, men overskriften har {}; manglende felter tæller som manglende data", r.len(), header.len()),
                        format!("has {} fields but the header has {}; absent fields count as missing data", r.len(), header.len()),
                    ));
                }
                rows.push((line, r.iter().map(|c| c.trim().to_owned()).collect()));
            }
            Err(e) => issues.push(Issue::warning(
                Location::Row { line, key: None },
                format!("kan ikke læses ({e}) og er sprunget over"),
                format!("cannot be read ({e}) and was skipped"),
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
            LoadError::new(
                format!(
                    "JSON-filen kan ikke læses (linje {}, kolonne {}).",
                    e.line(),
                    e.column()
                ),
                format!(
                    "The JSON file cannot be read (line {}, column {}).",
                    e.line(),
                    e.column()
                ),
            )
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
    LoadError::new(
        "JSON-filen er ikke en liste af rækker (fx [{\"kode\": \"0101\", \"indkomst\": 312400}, …]).",
        "The JSON file is not a list of records (e.g. [{\"code\": \"0101\", \"income\": 312400}, …]).",
    )
}

/// Parse a wide CSV table (one row per area), using `sidecar` for metadata.
///
/// ```
/// use atlas_core::table::parse_csv;
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
        let grid = crate::spreadsheet::grid_from_spreadsheet(bytes)?;
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
    if encoding == Encoding::Windows1252 {
        loaded.issues.insert(
            0,
            Issue::info(
                Location::File,
                "er ikke UTF-8 og er læst som Windows-1252 (som Excel gemmer CSV); tjek at æ, ø og å ser rigtige ud",
                "is not UTF-8 and was read as Windows-1252 (as Excel saves CSV); check that æ, ø and å look right",
            ),
        );
    }
    Ok(loaded)
}

/// Headers that hold time.
const TIME_NAMES: &[&str] = &[
    "tid", "år", "aar", "year", "date", "dato", "periode", "period", "time", "årstal",
];
/// Headers that hold the single value of a long (statbank) table.
const VALUE_NAMES: &[&str] = &["indhold", "value", "værdi", "vaerdi", "content"];

/// A year from `2017`, `2017-12-31`, `2017K4`, `2017M03`.
///
/// ```
/// use atlas_core::table::parse_year;
/// assert_eq!(parse_year("1991-12-31"), Some(1991));
/// assert_eq!(parse_year("2017K4"), Some(2017));
/// assert_eq!(parse_year("79.803"), None);
/// ```
pub fn parse_year(s: &str) -> Option<i32> {
    let s = s.trim();
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

/// Pivot a grid into a table: find the key, name, time and value columns, the
/// dimensions (text columns that vary within an area and year) and the measures.
pub fn table_from_grid(grid: &Grid, sidecar: Option<&Sidecar>) -> Result<Loaded<Table>, LoadError> {
    let header = &grid.header;
    let parse_cell = |raw: &str| {
        if grid.dot_decimal {
            crate::number::parse_cell_dot_decimal(raw)
        } else {
            parse_cell(raw)
        }
    };
    if header.len() < 2 {
        return Err(LoadError::new(
            "Tabellen har kun én kolonne; der skal være en kolonne med områdekode eller -navn og mindst én med tal. Er skilletegnet semikolon, komma eller tabulator?",
            "The table has only one column; it needs a column with area code or name and at least one with numbers. Is the separator a semicolon, comma or tab?",
        ));
    }
    if grid.rows.is_empty() {
        return Err(LoadError::new(
            "Tabellen har en overskrift, men ingen rækker med data.",
            "The table has a header but no data rows.",
        ));
    }
    fn cell(row: &[String], c: usize) -> &str {
        row.get(c).map(String::as_str).unwrap_or("")
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
            LoadError::new(
                format!("Nøglekolonnen «{k}» fra metadatafilen findes ikke i tabellen."),
                format!("The key column “{k}” named in the metadata file is not in the table."),
            )
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
            code_like.or(candidates.first().copied()).ok_or_else(|| {
                LoadError::new(
                    "Tabellen har ingen kolonne med områder.",
                    "The table has no column with areas.",
                )
            })?
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
        return Err(LoadError::new(
            "Tabellen har ingen kolonner med tal, så der er ingen indikatorer at vise.",
            "The table has no columns with numbers, so there are no indicators to show.",
        ));
    }

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
                "har ingen områdekode og er sprunget over",
                "has no area code and was skipped",
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
                format!(
                    "har tiden «{}», som ikke er et år; rækken er sprunget over",
                    cell(r, time_idx.unwrap_or(0))
                ),
                format!(
                    "has the time “{}”, which is not a year; the row was skipped",
                    cell(r, time_idx.unwrap_or(0))
                ),
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
                        format!(
                            "gentager «{id}»{} for samme område; den første række er brugt",
                            year.map(|y| format!(" i {y}")).unwrap_or_default()
                        ),
                        format!(
                            "repeats “{id}”{} for the same area; the first row was used",
                            year.map(|y| format!(" in {y}")).unwrap_or_default()
                        ),
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
                            Location::Row { line: *line, key: Some(key.clone()) },
                            format!("værdien «{raw}» i kolonnen «{}» er ikke et tal og vises som manglende", header[m]),
                            format!("the value “{raw}” in column “{}” is not a number and is shown as missing", header[m]),
                        ));
                    }
                }
            }
        }
    }
    if duplicates > 5 {
        issues.push(Issue::warning(
            Location::File,
            format!("i alt {duplicates} gentagne værdier; de første er brugt"),
            format!("{duplicates} repeated values in all; the first were used"),
        ));
    }
    if invalid_shown > 5 {
        issues.push(Issue::warning(
            Location::File,
            format!("i alt {invalid_shown} celler er ikke tal og vises som manglende"),
            format!("{invalid_shown} cells in all are not numbers and are shown as missing"),
        ));
    }
    if rows.is_empty() {
        return Err(LoadError::new(
            "Ingen af tabellens rækker har en områdekode.",
            "None of the table's rows has an area code.",
        ));
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
                    "er beskrevet i metadatafilen, men findes ikke i tabellen",
                    "is described in the metadata file but is not in the table",
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
