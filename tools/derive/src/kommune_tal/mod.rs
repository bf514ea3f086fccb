//! The figures of «Danmarks kommuner: ressourcer og samskabelse»: the raw columns of
//! the files in `dk_kommuner_dst_2021_2025/` (the public repository
//! `augustseptimius-beep/doughnut`, put together from Danmarks Statistik and Den
//! Nationale Sundhedsprofil 2025), one row per municipality, as a `;`-separated table
//! with decimal commas and its metadata sidecar.
//!
//! Only the published figures are shipped, under the source files' own column names:
//! never the repository's `*_ratio` columns (each municipality against the national
//! level), `*_avg` or any score. A figure missing in the source is an empty cell.
//! The source writes codes without the leading zero (`101`): they are padded to the
//! boundaries' four digits (`0101`).

use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};

/// The folder of the source files, relative to the shared data folder.
pub const FOLDER: &str = "dk_kommuner_dst_2021_2025";

mod indicators;
pub use indicators::{Indicator, INDICATORS};

/// A number as the table writes it: the source's own digits with a decimal comma,
/// no thousands separator (`363562.0` → `363562`, `59.97` → `59,97`).
fn cell(v: f64) -> String {
    format!("{v}").replace('.', ",")
}

/// The code as the boundaries write it: four digits (`101` → `0101`).
fn code(raw: &str) -> Result<String, String> {
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > 4 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("«{raw}» is not a municipality code"));
    }
    Ok(format!("{raw:0>4}"))
}

/// One source file's cells by name: code → column → text.
type Read = HashMap<String, HashMap<String, String>>;

fn read_file(name: &str, bytes: &[u8]) -> Result<Read, String> {
    let mut r = csv::ReaderBuilder::new().from_reader(bytes);
    let header: Vec<String> = r
        .headers()
        .map_err(|e| format!("{name}: {e}"))?
        .iter()
        .map(str::to_owned)
        .collect();
    let key = header
        .iter()
        .position(|h| h == "kommune_kode")
        .ok_or_else(|| format!("{name} has no kommune_kode column"))?;
    let mut out = Read::new();
    for rec in r.records() {
        let rec = rec.map_err(|e| format!("{name}: {e}"))?;
        let kode = code(rec.get(key).unwrap_or_default()).map_err(|e| format!("{name}: {e}"))?;
        let row: HashMap<String, String> = header
            .iter()
            .zip(rec.iter())
            .map(|(h, v)| (h.clone(), v.trim().to_owned()))
            .collect();
        if out.insert(kode.clone(), row).is_some() {
            return Err(format!("{name}: {kode} has two rows"));
        }
    }
    Ok(out)
}

/// The table (CSV text) and its sidecar (JSON text) for the municipalities
/// `areas` (code, name), in their order; `read` gives a source file's bytes by its
/// name in [`FOLDER`].
pub fn table(
    areas: &[(String, String)],
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<(String, String), String> {
    let mut files: BTreeMap<&str, Read> = BTreeMap::new();
    for ind in &INDICATORS {
        if !files.contains_key(ind.file) {
            let read = read_file(ind.file, &read(ind.file)?)?;
            files.insert(ind.file, read);
        }
    }
    for (file, rows) in &files {
        let extra: Vec<&String> = rows
            .keys()
            .filter(|k| !areas.iter().any(|(c, _)| c == *k))
            .collect();
        if !extra.is_empty() || rows.len() != areas.len() {
            return Err(format!(
                "{file} has {} rows for the {} municipalities (codes not on the map: {extra:?})",
                rows.len(),
                areas.len()
            ));
        }
    }
    let mut csv = String::from("kommune_kode;kommune");
    for ind in &INDICATORS {
        csv.push(';');
        csv.push_str(ind.column);
    }
    csv.push('\n');
    for (kode, name) in areas {
        csv.push_str(kode);
        csv.push(';');
        csv.push_str(name);
        for ind in &INDICATORS {
            let row = files[ind.file]
                .get(kode)
                .ok_or_else(|| format!("{} has no row for {kode} {name}", ind.file))?;
            let v = row
                .get(ind.column)
                .ok_or_else(|| format!("{} has no column {}", ind.file, ind.column))?;
            csv.push(';');
            if !v.is_empty() {
                let n = v
                    .parse::<f64>()
                    .ok()
                    .filter(|n| n.is_finite())
                    .ok_or_else(|| {
                        format!(
                            "{}: {} of {kode} is «{v}», not a number",
                            ind.file, ind.column
                        )
                    })?;
                csv.push_str(&cell(n));
            }
        }
        csv.push('\n');
    }
    let indicators: Vec<Value> = INDICATORS
        .iter()
        .map(|i| {
            let mut m = json!({
                "column": i.column,
                "label_da": i.label_da,
                "label_en": i.label_en,
                "unit_da": i.unit_da,
                "unit_en": i.unit_en,
                "year": i.year,
                "source": i.source,
                "note_da": i.note_da,
                "note_en": i.note_en,
                "polarity": i.polarity,
                "group": i.group,
            });
            if let Some(s) = i.scale {
                m["scale"] = json!(s);
            }
            m["decimals"] = json!(i.decimals);
            m["measure"] = json!(i.measure);
            m
        })
        .collect();
    let meta = json!({
        "dataset": {
            "title_da": "Danmarks kommuner: ressourcer og samskabelse",
            "title_en": "Denmark's municipalities: resources and co-creation",
            "source": "Danmarks Statistik og Den Nationale Sundhedsprofil 2025 (Sundhedsstyrelsen/SIF), samlet i github.com/augustseptimius-beep/doughnut",
            "note_da": "Officielle tal for de 98 kommuner fra Danmarks Statistik og Den Nationale Sundhedsprofil 2025, samlet i det offentlige GitHub-repositorium augustseptimius-beep/doughnut («Danmarks 98 Doughnuts»). Årene er forskellige fra indikator til indikator (2021–2025; hver indikator siger sit år og sin tabel). Kun de offentliggjorte tal er med; intet er regnet om. Et tomt felt mangler i kilden. Christiansø er ikke en kommune og er ikke med.",
            "note_en": "Official figures for the 98 municipalities from Statistics Denmark and the Danish National Health Profile 2025, assembled in the public GitHub repository augustseptimius-beep/doughnut («Danmarks 98 Doughnuts»). The years differ from indicator to indicator (2021–2025; each indicator gives its year and table). Only the published figures are included; nothing is recomputed. An empty cell is missing in the source. Christiansø is not a municipality and is not included.",
            "illustrative": false
        },
        "key_column": "kommune_kode",
        "name_column": "kommune",
        "indicators": indicators,
    });
    let meta = serde_json::to_string_pretty(&meta).map_err(|e| e.to_string())? + "\n";
    Ok((csv, meta))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_padded_and_numbers_keep_their_digits() {
        assert_eq!(code("101").unwrap(), "0101");
        assert_eq!(code("0860").unwrap(), "0860");
        assert!(code("1a").is_err());
        assert_eq!(cell(363562.0), "363562");
        assert_eq!(cell(59.97), "59,97");
        assert_eq!(cell(10.3), "10,3");
    }

    #[test]
    fn no_indicator_is_a_ratio_an_average_or_a_score() {
        for i in &INDICATORS {
            for bad in ["_ratio", "_avg", "score"] {
                assert!(!i.column.contains(bad), "{}", i.column);
            }
            assert!(
                !i.note_da.is_empty() && !i.note_en.is_empty(),
                "{}",
                i.column
            );
        }
    }
}
