//! «Københavns kvarterer 2016–2026»: the 67 kvarterer of Københavns Kommune
//! (`cph_kvarterer/kvarter.geojson`, key `kvarternr`) with the 12 yearly series of
//! Københavns Kommunes statistikbank as that dashboard's `cph.json` holds them, and
//! each kvarter's bydel as a property (so «alle med samme bydel» makes Østerbro).
//!
//! The figures are copied as published (the JSON's numbers); nothing is scored.
//! `unemp` is published per bydel only and repeated on each kvarter: its metadata
//! says so (`level: bydel`), and the atlas never ranks it among the kvarterer.

use crate::simplify;
use crate::split::OutArea;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// Source files, relative to the shared data folder.
pub const BOUNDARIES: &str = "cph_kvarterer/kvarter.geojson";
pub const FIGURES: &str = "cph_kvarterer_kk_statbank_2016_2026/cph.json";

/// Attribution written into the boundary file.
pub const SOURCE: &str =
    "Københavns Kommune, kvarterer (opendata.dk, CC BY 4.0), bearbejdet (forenklet)";

/// One kvarter of `cph.json`: code, name, bydel, population and yearly series.
struct Kvarter {
    code: String,
    bydel: String,
    pop: Option<f64>,
    /// indicator → year → value
    hist: BTreeMap<String, BTreeMap<i32, f64>>,
}

/// How each series is shown: (key, label da, label en, unit da, unit en, polarity,
/// group, measure, decimals, source table, note da, note en).
type Described = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    u8,
    &'static str,
    &'static str,
    &'static str,
);

const SERIES: [Described; 12] = [
    ("higher_ed", "Andel 15–69-årige med videregående uddannelse", "Share aged 15–69 with higher education", "%", "%", "higher_is_better", "resources", "share", 1, "KKUDD1",
     "Beboere 15–69 år med kort, mellemlang eller lang videregående uddannelse.", "Residents aged 15–69 with short-, medium- or long-cycle higher education."),
    ("income_med", "Medianindkomst (ækvivaleret disponibel)", "Median equivalised disposable income", "kr.", "DKK", "higher_is_better", "resources", "median", 0, "KKIND4",
     "Grænsen for 5. decil af den ækvivalerede disponible indkomst for personer over 14 år. En median for flere kvarterer kan ikke regnes ud af kvarterernes.", "The 5th decile boundary of equivalised disposable income of persons over 14. A median of several kvarterer cannot be had from theirs."),
    ("unemp", "Ledige (november) i % af beboerne", "Unemployed (November), % of residents", "%", "%", "higher_is_worse", "resources", "share", 1, "KKLEDIG2",
     "Offentliggøres kun for de 10 bydele: hvert kvarter viser sin bydels tal.", "Published for the 10 bydele only: each kvarter shows its bydel's figure."),
    ("almene", "Almene boliger", "Social housing", "% af boligerne", "% of dwellings", "neutral", "context", "share", 1, "KKBOL3",
     "Almene boliger i % af boliger med kendt ejerform.", "Social housing as % of dwellings with known tenure."),
    ("private_rental", "Private lejeboliger", "Private rental", "% af boligerne", "% of dwellings", "neutral", "context", "share", 1, "KKBOL3",
     "Privat udlejede boliger i % af boliger med kendt ejerform.", "Privately rented dwellings as % of dwellings with known tenure."),
    ("andel", "Andelsboliger", "Cooperative dwellings", "% af boligerne", "% of dwellings", "neutral", "context", "share", 1, "KKBOL3",
     "Andelsboliger i % af boliger med kendt ejerform.", "Cooperative dwellings as % of dwellings with known tenure."),
    ("renters", "Lejeboliger i alt (inkl. andel)", "Rented dwellings (incl. cooperative)", "% af boligerne", "% of dwellings", "neutral", "context", "share", 1, "KKBOL3",
     "Private, almene, offentlige og andelsboliger i % af boliger med kendt ejerform (andel regnet som leje, som Danmarks Statistik gør).", "Private, social, public and cooperative dwellings as % of dwellings with known tenure (cooperatives counted as rented, as Statistics Denmark does)."),
    ("young", "Unge voksne 20–34 år", "Young adults 20–34", "% af beboerne", "% of residents", "neutral", "context", "share", 1, "KKBEF1",
     "Beboere 20–34 år i % af alle beboere.", "Residents aged 20–34 as % of all residents."),
    ("single", "Enlige husstande", "Single-person households", "% af husstandene", "% of households", "neutral", "context", "share", 1, "KKHUS1",
     "Husstande med én person i % af alle husstande.", "One-person households as % of all households."),
    ("avg_m2", "Gennemsnitlig boligstørrelse", "Average dwelling size", "m²", "m²", "neutral", "context", "mean", 1, "KKBOL3",
     "Gennemsnitligt areal pr. bolig.", "Average floor area per dwelling."),
    ("new_stock", "Boliger taget i brug 2010 eller senere", "Dwellings built 2010 or later", "% af boligerne", "% of dwellings", "neutral", "context", "share", 1, "KKBOL3",
     "Boliger taget i brug 2010 eller senere i % af alle boliger.", "Dwellings taken into use 2010 or later as % of all dwellings."),
    ("growth", "Befolkningstilvækst", "Population growth", "% om året", "% a year", "neutral", "context", "share", 2, "KKBEF1",
     "Ændring i befolkningen over 12 måneder (samme kvartal året før).", "Population change over 12 months (same quarter a year earlier)."),
];

fn kvarterer(json: &str) -> Result<Vec<Kvarter>, String> {
    let doc: Value = serde_json::from_str(json).map_err(|e| format!("{FIGURES}: {e}"))?;
    let areas = doc["areas"].as_array().ok_or("cph.json has no areas")?;
    areas
        .iter()
        .map(|a| {
            let code = a["code"].as_str().ok_or("an area without code")?.to_owned();
            let mut hist = BTreeMap::new();
            for (key, by_year) in a["hist"].as_object().ok_or("an area without hist")? {
                let mut series = BTreeMap::new();
                for (y, v) in by_year.as_object().into_iter().flatten() {
                    if let (Ok(y), Some(v)) = (y.parse::<i32>(), v.as_f64()) {
                        series.insert(y, v);
                    }
                }
                hist.insert(key.clone(), series);
            }
            Ok(Kvarter {
                bydel: a["bydel"].as_str().unwrap_or_default().to_owned(),
                pop: a["pop"].as_f64(),
                hist,
                code,
            })
        })
        .collect()
}

/// A number as the table writes it: decimal comma, no thousands separator, and the
/// source's own digits (no rounding beyond the JSON's).
fn cell(v: Option<f64>) -> String {
    v.map(|v| {
        let s = format!("{v}");
        s.replace('.', ",")
    })
    .unwrap_or_default()
}

/// The boundaries (GeoJSON), the table (CSV) and its metadata sidecar.
pub fn derive(boundaries: &str, figures: &str) -> Result<(String, String, String), String> {
    let ks = kvarterer(figures)?;
    let source = crate::read::areas(boundaries, "kvarternr", "kvarternavn")?;
    let mut areas: Vec<(OutArea, String)> = source
        .iter()
        .map(|a| {
            let code = a.number.to_string();
            let bydel = ks
                .iter()
                .find(|k| k.code == code)
                .map(|k| k.bydel.clone())
                .ok_or_else(|| format!("kvarter {code} ({}) has no figures in cph.json", a.name))?;
            Ok((
                OutArea {
                    code,
                    name: a.name.clone(),
                    official: a.name.clone(),
                    shape: a.shape.clone(),
                },
                bydel,
            ))
        })
        .collect::<Result<_, String>>()?;
    areas.sort_by(|a, b| a.0.code.cmp(&b.0.code));
    if areas.len() != 67 {
        return Err(format!(
            "{BOUNDARIES} holds {} kvarterer, not 67",
            areas.len()
        ));
    }
    let bydel_of: BTreeMap<String, String> = areas
        .iter()
        .map(|(a, b)| (a.code.clone(), b.clone()))
        .collect();
    let mut shapes: Vec<OutArea> = areas.into_iter().map(|(a, _)| a).collect();
    crate::weld::weld(&mut shapes);
    let geojson = clean_geojson(&shapes, &bydel_of)?;
    let (csv, meta) = table(&ks, &shapes)?;
    Ok((geojson, csv, meta))
}

/// The kvarterer simplified as the other examples are, at the largest tolerance that
/// loads without a message; each with `kvarter_kode`, `navn` and `bydel`.
fn clean_geojson(
    shapes: &[OutArea],
    bydel_of: &BTreeMap<String, String>,
) -> Result<String, String> {
    use atlas_core::import::boundaries::BoundaryOptions;
    let mut tolerance = crate::TOLERANCE_M;
    while tolerance > 0.5 {
        let text = simplify::geojson_with(
            shapes,
            tolerance,
            SOURCE,
            |a| json!({"kvarter_kode": a.code, "navn": a.name, "bydel": bydel_of.get(&a.code)}),
        );
        let loaded = atlas_core::pipeline::parse_boundaries(&text, &BoundaryOptions::default())
            .map_err(|e| format!("{:?}", e.kind))?;
        if loaded.issues.is_empty() {
            return Ok(text);
        }
        tolerance *= 0.75;
    }
    Err("no tolerance above half a metre gives clean kvarterer".into())
}

/// The long table: one row per kvarter and year 2016–2026, the population (one
/// figure, 2026) in its own column on the 2026 rows. (The bydel is a property of the
/// boundaries, not a column: a text column would be one more thing to join.)
fn table(ks: &[Kvarter], shapes: &[OutArea]) -> Result<(String, String), String> {
    let years: Vec<i32> = (2016..=2026).collect();
    let mut csv = String::from("kvarter_kode;kvarter;år;indbyggere");
    for s in SERIES {
        csv.push(';');
        csv.push_str(s.0);
    }
    csv.push('\n');
    for a in shapes {
        let k = ks
            .iter()
            .find(|k| k.code == a.code)
            .ok_or_else(|| format!("kvarter {} has no figures", a.code))?;
        for &y in &years {
            let pop = if y == 2026 {
                cell(k.pop)
            } else {
                String::new()
            };
            csv.push_str(&format!("{};{};{y};{pop}", a.code, a.name));
            for s in SERIES {
                let v = k.hist.get(s.0).and_then(|h| h.get(&y)).copied();
                csv.push(';');
                csv.push_str(&cell(v));
            }
            csv.push('\n');
        }
    }
    let mut indicators: Vec<Value> = SERIES
        .iter()
        .map(|s| {
            let mut m = json!({
                "column": s.0, "label_da": s.1, "label_en": s.2, "unit_da": s.3, "unit_en": s.4,
                "polarity": s.5, "group": s.6, "measure": s.7, "decimals": s.8,
                "source": format!("Københavns Kommune, Statistikbanken, tabel {}", s.9),
                "note_da": s.10, "note_en": s.11,
            });
            if s.0 == "unemp" {
                m["level"] = json!("bydel");
            }
            m
        })
        .collect();
    indicators.push(json!({
        "column": "indbyggere", "label_da": "Indbyggere (2026)", "label_en": "Residents (2026)",
        "unit_da": "personer", "unit_en": "persons", "polarity": "neutral", "group": "context",
        "measure": "count", "decimals": 0,
        "source": "Københavns Kommune, Statistikbanken, tabel KKBEF1 (3. kvartal 2026)",
        "note_da": "Ét tal pr. kvarter (2026); det vægter også tidligere års andele, når kvarterer lægges sammen.",
        "note_en": "One figure per kvarter (2026); it also weights earlier years' shares when kvarterer are combined."
    }));
    let meta = json!({
        "dataset": {
            "title_da": "Københavns kvarterer 2016–2026",
            "title_en": "Copenhagen's neighbourhoods 2016–2026",
            "source": "Københavns Kommune, Statistikbanken (KKBEF1, KKBOL3, KKHUS1, KKIND4, KKLEDIG2, KKUDD1)",
            "note_da": "Officielle tal pr. kvarter fra Københavns Kommunes statistikbank, samlet i det offentlige datasæt am-dashboard-dk (cph.json, 2026). Sydhavnen er kvartererne Bavnehøj, Gl. Sydhavn og Holmene. Ledigheden offentliggøres kun pr. bydel.",
            "note_en": "Official figures per neighbourhood from the City of Copenhagen's statistics bank, collected in the public dataset am-dashboard-dk (cph.json, 2026). Sydhavnen is the kvarterer Bavnehøj, Gl. Sydhavn and Holmene. Unemployment is published per district only.",
            "illustrative": false
        },
        "key_column": "kvarter_kode",
        "name_column": "kvarter",
        "time_column": "år",
        "indicators": indicators
    });
    let meta = serde_json::to_string_pretty(&meta).map_err(|e| e.to_string())? + "\n";
    Ok((csv, meta))
}
