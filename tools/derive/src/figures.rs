//! Real figures per bydel from Københavns Statistikbank: In74 (disposable income by
//! bydel and sex, 2000–2017) and Be4.3 (population at 31 December, 1991–2019), as one
//! `;`-separated table with a year column, plus its metadata sidecar.

use calamine::{open_workbook_auto_from_rs, Data, Reader};
use serde_json::json;
use std::collections::BTreeMap;
use std::io::Cursor;

/// The rows of the first sheet of a workbook.
fn sheet(bytes: &[u8], name: &str) -> Result<Vec<Vec<Data>>, String> {
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes.to_vec()))
        .map_err(|e| format!("{name}: {e}"))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or_else(|| format!("{name} has no sheet"))?
        .map_err(|e| format!("{name}: {e}"))?;
    Ok(range.rows().map(<[Data]>::to_vec).collect())
}

fn number(d: &Data) -> Option<f64> {
    match d {
        Data::Int(i) => Some(*i as f64),
        Data::Float(f) => Some(*f),
        Data::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.trim().to_owned(),
        other => other.to_string(),
    }
}

/// The bydel number in a label like «Bydel - 4. Vesterbro/Kongens Enghave» or
/// «2. Østerbro»; `None` for «Uden for inddeling».
fn bydel_number(label: &str) -> Option<u32> {
    let l = label.strip_prefix("Bydel - ").unwrap_or(label);
    let (n, _) = l.split_once('.')?;
    n.trim().parse().ok().filter(|n| (1..=10).contains(n))
}

/// Income per (bydel, year): persons and income in 1,000 kr. for women and men.
#[derive(Default, Clone, Copy)]
struct Income {
    women: Option<(f64, f64)>,
    men: Option<(f64, f64)>,
}

fn per_person((persons, thousands): (f64, f64)) -> f64 {
    thousands * 1000.0 / persons
}

/// The table (CSV text) and its sidecar (JSON text).
pub fn bydele_table(in74: &[u8], be43: &[u8]) -> Result<(String, String), String> {
    let mut income: BTreeMap<(u32, i32), Income> = BTreeMap::new();
    for row in sheet(in74, "In74.xlsx")?.iter().skip(3) {
        let (Some(year), Some(nr)) = (
            row.first().and_then(number),
            row.get(1).map(text).as_deref().and_then(bydel_number),
        ) else {
            continue;
        };
        let persons = row.get(3).and_then(number);
        let sum = row.get(4).and_then(number);
        let Some(cell) = persons.zip(sum).filter(|(p, _)| *p > 0.0) else {
            continue;
        };
        let slot = income.entry((nr, year as i32)).or_default();
        match row.get(2).map(text).as_deref() {
            Some("Kvinder") => slot.women = Some(cell),
            Some("Mænd") => slot.men = Some(cell),
            _ => {}
        }
    }
    let mut people: BTreeMap<(u32, i32), f64> = BTreeMap::new();
    for row in sheet(be43, "Be4.3.xlsx")?.iter().skip(3) {
        let date = row.first().map(text).unwrap_or_default();
        // year-end counts only (the sheet also has quarters of its last year)
        let Some(year) = date
            .strip_suffix("1231")
            .and_then(|y| y.parse::<i32>().ok())
        else {
            continue;
        };
        let (Some(nr), Some(n)) = (
            row.get(1).map(text).as_deref().and_then(bydel_number),
            row.get(2).and_then(number),
        ) else {
            continue;
        };
        people.insert((nr, year), n);
    }
    if income.is_empty() || people.is_empty() {
        return Err("In74.xlsx or Be4.3.xlsx gave no rows per bydel".into());
    }
    let names = [
        "Indre By",
        "Østerbro",
        "Nørrebro",
        "Vesterbro-Kongens Enghave",
        "Valby",
        "Vanløse",
        "Brønshøj-Husum",
        "Bispebjerg",
        "Amager Øst",
        "Amager Vest",
    ];
    let years: std::collections::BTreeSet<i32> = income
        .keys()
        .chain(people.keys())
        .map(|&(_, y)| y)
        .collect();
    let whole = |v: Option<f64>| v.map(|v| format!("{:.0}", v)).unwrap_or_default();
    let mut csv =
        String::from("bydel_kode;bydel;år;indbyggere;indkomst;indkomst_kvinder;indkomst_maend\n");
    for nr in 1..=10u32 {
        for &y in &years {
            let inc = income.get(&(nr, y)).copied().unwrap_or_default();
            let total = inc
                .women
                .zip(inc.men)
                .map(|(w, m)| per_person((w.0 + m.0, w.1 + m.1)));
            csv.push_str(&format!(
                "{nr:02};{};{y};{};{};{};{}\n",
                names[nr as usize - 1],
                whole(people.get(&(nr, y)).copied()),
                whole(total),
                whole(inc.women.map(per_person)),
                whole(inc.men.map(per_person)),
            ));
        }
    }
    let income_source = "Københavns Statistikbank, tabel In74 (disponibel indkomst efter bydel og køn); i alt = samlet indkomst / antal personer";
    let meta = json!({
        "dataset": {
            "title_da": "Københavns bydele i tal",
            "title_en": "Copenhagen's districts in figures",
            "source": "Københavns Statistikbank (In74, Be4.3)",
            "note_da": "Officielle tal fra Københavns Kommunes statistikbank. Vesterbro og Kongens Enghave (Sydhavnen) er én bydel i statistikken. Personer uden for inddeling er ikke med.",
            "note_en": "Official figures from the City of Copenhagen's statistics bank. Vesterbro and Kongens Enghave (Sydhavnen) are one district in these statistics. Persons outside the districts are left out.",
            "illustrative": false
        },
        "key_column": "bydel_kode",
        "name_column": "bydel",
        "time_column": "år",
        "indicators": [
            {"column": "indkomst", "label_da": "Disponibel indkomst pr. person", "label_en": "Disposable income per person",
             "unit_da": "kr.", "unit_en": "DKK", "source": income_source,
             "polarity": "higher_is_better", "group": "resources", "decimals": 0, "measure": "mean"},
            {"column": "indkomst_kvinder", "label_da": "Disponibel indkomst pr. kvinde", "label_en": "Disposable income per woman",
             "unit_da": "kr.", "unit_en": "DKK", "source": "Københavns Statistikbank, tabel In74 (kvinder)",
             "polarity": "higher_is_better", "group": "resources", "decimals": 0, "measure": "mean"},
            {"column": "indkomst_maend", "label_da": "Disponibel indkomst pr. mand", "label_en": "Disposable income per man",
             "unit_da": "kr.", "unit_en": "DKK", "source": "Københavns Statistikbank, tabel In74 (mænd)",
             "polarity": "higher_is_better", "group": "resources", "decimals": 0, "measure": "mean"},
            {"column": "indbyggere", "label_da": "Indbyggere", "label_en": "Residents",
             "unit_da": "personer", "unit_en": "persons", "source": "Københavns Statistikbank, tabel Be4.3 (folketal 31. december)",
             "polarity": "neutral", "group": "context", "decimals": 0, "measure": "count"}
        ]
    });
    let meta = serde_json::to_string_pretty(&meta).map_err(|e| e.to_string())? + "\n";
    Ok((csv, meta))
}
