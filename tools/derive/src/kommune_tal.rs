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

/// One indicator: where it is read and how it is described.
pub struct Indicator {
    /// The source file's column, used as is.
    pub column: &'static str,
    /// The source file, in [`FOLDER`].
    pub file: &'static str,
    pub label_da: &'static str,
    pub label_en: &'static str,
    pub unit_da: &'static str,
    pub unit_en: &'static str,
    pub year: Option<i32>,
    pub source: &'static str,
    pub polarity: &'static str,
    pub group: &'static str,
    pub scale: Option<&'static str>,
    pub measure: &'static str,
    pub decimals: u8,
    pub note_da: &'static str,
    pub note_en: &'static str,
}

const DOUGHNUT: &str = "doughnut_scores.csv";
const DEMOCRACY: &str = "democracy_scores.csv";
const HEALTH: &str = "sundhedsprofil_scores.csv";
const SHP: &str = "Den Nationale Sundhedsprofil 2025 (Sundhedsstyrelsen/SIF)";

/// The indicators in the order the atlas lists them: resources (the first is the
/// bivariate map's x), need, co-creation capacity (the first is its y), context.
pub const INDICATORS: [Indicator; 15] = [
    Indicator {
        column: "disposable_income_raw",
        file: DOUGHNUT,
        label_da: "Disponibel indkomst pr. person",
        label_en: "Disposable income per person",
        unit_da: "kr.",
        unit_en: "DKK",
        year: Some(2022),
        source: "Danmarks Statistik, INDKP101 (2022)",
        polarity: "higher_is_better",
        group: "resources",
        scale: None,
        measure: "mean",
        decimals: 0,
        note_da: "Gennemsnitlig disponibel indkomst pr. person i kommunen (indkomsten efter skat og renteudgifter), i kroner. Et gennemsnit trækkes op af de højeste indkomster og siger ikke, hvor mange der har lidt.",
        note_en: "Average disposable income per person in the municipality (income after tax and interest paid), in kroner. An average is pulled up by the highest incomes and does not say how many have little.",
    },
    Indicator {
        column: "education_raw",
        file: DOUGHNUT,
        label_da: "30–34-årige med kompetencegivende uddannelse",
        label_en: "30–34-year-olds with a qualifying education",
        unit_da: "%",
        unit_en: "%",
        year: Some(2023),
        source: "Danmarks Statistik, HFUDD10 (2023)",
        polarity: "higher_is_better",
        group: "resources",
        scale: None,
        measure: "share",
        decimals: 2,
        note_da: "Andel af kommunens 30–34-årige med en erhvervskompetencegivende uddannelse (erhvervsfaglig eller videregående). Siger intet om de ældre årgange.",
        note_en: "Share of the municipality's 30–34-year-olds with a qualifying (vocational or higher) education. Says nothing about older age groups.",
    },
    Indicator {
        column: "employment_raw",
        file: DOUGHNUT,
        label_da: "Beskæftigelsesfrekvens",
        label_en: "Employment rate",
        unit_da: "%",
        unit_en: "%",
        year: Some(2023),
        source: "Danmarks Statistik, RAS200 (2023)",
        polarity: "higher_is_better",
        group: "resources",
        scale: None,
        measure: "share",
        decimals: 1,
        note_da: "Andel i beskæftigelse blandt kommunens indbyggere i den erhvervsaktive alder, efter den registerbaserede arbejdsstyrkestatistik. Kilden angiver ikke, hvilken aldersgruppe der er valgt.",
        note_en: "Share in employment among the municipality's residents of working age, from the register-based labour force statistics. The source does not say which age band was chosen.",
    },
    Indicator {
        column: "child_poverty_raw",
        file: DOUGHNUT,
        label_da: "Børn i lavindkomstfamilier",
        label_en: "Children in low-income families",
        unit_da: "%",
        unit_en: "%",
        year: Some(2022),
        source: "Danmarks Statistik, LABY07 (2022)",
        polarity: "higher_is_worse",
        group: "resources",
        scale: None,
        measure: "share",
        decimals: 1,
        note_da: "Andel børn i familier med lav indkomst, som Danmarks Statistik afgrænser det i LABY07 (kildens «child poverty»). Måler indkomst, ikke formue eller afsavn.",
        note_en: "Share of children in low-income families as Statistics Denmark defines it in LABY07 (the source's «child poverty»). Measures income, not wealth or deprivation.",
    },
    Indicator {
        column: "low_income_raw",
        file: DOUGHNUT,
        label_da: "Personer i lavindkomstfamilier",
        label_en: "Persons in low-income families",
        unit_da: "%",
        unit_en: "%",
        year: Some(2022),
        source: "Danmarks Statistik, LABY07 (2022)",
        polarity: "higher_is_worse",
        group: "resources",
        scale: None,
        measure: "share",
        decimals: 1,
        note_da: "Andel af indbyggerne i familier med lav indkomst, som Danmarks Statistik afgrænser det i LABY07. Måler indkomst, ikke formue eller afsavn.",
        note_en: "Share of residents in low-income families as Statistics Denmark defines it in LABY07. Measures income, not wealth or deprivation.",
    },
    Indicator {
        column: "life_expectancy_raw",
        file: DOUGHNUT,
        label_da: "Middellevetid",
        label_en: "Life expectancy",
        unit_da: "år",
        unit_en: "years",
        year: Some(2023),
        source: "Danmarks Statistik, HISBK (2023)",
        polarity: "higher_is_better",
        group: "resources",
        scale: None,
        measure: "mean",
        decimals: 1,
        note_da: "Forventet levetid i år for kommunens befolkning. Mangler i kilden for de fire små økommuner Læsø, Ærø, Fanø og Samsø.",
        note_en: "Life expectancy in years for the municipality's population. Missing in the source for the four small island municipalities Læsø, Ærø, Fanø and Samsø.",
    },
    Indicator {
        column: "ensomhed_pct",
        file: HEALTH,
        label_da: "Ofte ensomme",
        label_en: "Often lonely",
        unit_da: "% af voksne",
        unit_en: "% of adults",
        year: Some(2025),
        source: SHP,
        polarity: "higher_is_worse",
        group: "need",
        scale: None,
        measure: "share",
        decimals: 1,
        note_da: "Andel voksne, der ofte føler sig ensomme, i Den Nationale Sundhedsprofil 2025. Et skøn fra en spørgeskemaundersøgelse, med statistisk usikkerhed, størst i små kommuner; små forskelle mellem kommuner siger derfor lidt. Sundhedsprofilens egne vilkår for brug gælder.",
        note_en: "Share of adults who often feel lonely, from the Danish National Health Profile 2025. An estimate from a survey, with sampling uncertainty, largest in small municipalities; small differences between municipalities say little. The Health Profile's own terms of use apply.",
    },
    Indicator {
        column: "social_stoette_pct",
        file: HEALTH,
        label_da: "Mangler social støtte",
        label_en: "Lacking social support",
        unit_da: "% af voksne",
        unit_en: "% of adults",
        year: Some(2025),
        source: SHP,
        polarity: "higher_is_worse",
        group: "need",
        scale: None,
        measure: "share",
        decimals: 1,
        note_da: "Andel voksne, der mangler nogen at få støtte fra, når de har brug for det, i Den Nationale Sundhedsprofil 2025. Et skøn fra en spørgeskemaundersøgelse, med statistisk usikkerhed, størst i små kommuner. Sundhedsprofilens egne vilkår for brug gælder.",
        note_en: "Share of adults lacking someone to turn to for support when they need it, from the Danish National Health Profile 2025. An estimate from a survey, with sampling uncertainty, largest in small municipalities. The Health Profile's own terms of use apply.",
    },
    Indicator {
        column: "voter_turnout_pct",
        file: DEMOCRACY,
        label_da: "Stemmeprocent ved kommunalvalget 2021",
        label_en: "Turnout at the 2021 municipal election",
        unit_da: "%",
        unit_en: "%",
        year: Some(2021),
        source: "Danmarks Statistik, LABY08 (2021)",
        polarity: "higher_is_better",
        group: "transformative",
        scale: Some("individual"),
        measure: "share",
        decimals: 2,
        note_da: "Afgivne stemmer i procent af de stemmeberettigede ved kommunalvalget 16. november 2021 (KV21; hele landet 67,2 %). Én form for deltagelse i det lokale demokrati; siger intet om anden borgerinddragelse.",
        note_en: "Votes cast as a percentage of the electorate at the municipal election of 16 November 2021 (KV21; all of Denmark 67.2 %). One form of taking part in local democracy; says nothing about other citizen involvement.",
    },
    Indicator {
        column: "sports_membership_pct",
        file: "faellesskaber_scores.csv",
        label_da: "Medlemskaber af idrætsforeninger pr. 100 indbyggere",
        label_en: "Sports-club memberships per 100 residents",
        unit_da: "pr. 100 indb.",
        unit_en: "per 100 residents",
        year: Some(2022),
        source: "Danmarks Statistik, IDRAKT02 (2022)",
        polarity: "higher_is_better",
        group: "intermediating",
        scale: Some("collective"),
        measure: "share",
        decimals: 1,
        note_da: "Medlemskaber tælles i den kommune, hvor foreningen hører hjemme, ikke hvor medlemmet bor, og én person kan være medlem af flere foreninger. Derfor ligger Albertslund (112,7) og Læsø (112,5) over 100: et mål for foreningsaktiviteten i kommunen, ikke for andelen af indbyggerne, der er medlemmer.",
        note_en: "Memberships are counted in the municipality where the club is based, not where the member lives, and one person may belong to several clubs. So Albertslund (112.7) and Læsø (112.5) are over 100: a measure of club activity in the municipality, not of the share of residents who are members.",
    },
    Indicator {
        column: "civil_society_raw",
        file: DOUGHNUT,
        label_da: "Kommunens støtte til frivillige foreninger pr. indbygger",
        label_en: "Municipal support for voluntary associations per resident",
        unit_da: "kr. pr. indb.",
        unit_en: "DKK per resident",
        year: Some(2023),
        source: "Danmarks Statistik, REGK31 (2023)",
        polarity: "higher_is_better",
        group: "intermediating",
        scale: Some("collective"),
        measure: "share",
        decimals: 0,
        note_da: "Kommunens regnskabsførte udgifter til frivilligt arbejde og foreninger delt med indbyggertallet. Måler kommunens støtte, ikke hvor mange der er frivillige, og ikke foreningernes egne midler.",
        note_en: "The municipality's accounted spending on voluntary work and associations divided by its population. Measures the municipality's support, not how many volunteer, nor the associations' own means.",
    },
    Indicator {
        column: "facilities_per_10k",
        file: "lokalsamfund_scores.csv",
        label_da: "Idrætsfaciliteter pr. 10.000 indbyggere",
        label_en: "Sports facilities per 10,000 residents",
        unit_da: "pr. 10.000 indb.",
        unit_en: "per 10,000 residents",
        year: Some(2022),
        source: "Danmarks Statistik, IDRFAC01 (2022)",
        polarity: "higher_is_better",
        group: "intermediating",
        scale: Some("collective"),
        measure: "share",
        decimals: 2,
        note_da: "Antal idrætsfaciliteter i kommunen pr. 10.000 indbyggere. Tæller anlæg, ikke deres størrelse eller brug; små og tyndt befolkede kommuner får mange pr. indbygger (Læsø 98,89).",
        note_en: "Number of sports facilities in the municipality per 10,000 residents. Counts facilities, not their size or use; small and sparsely populated municipalities get many per resident (Læsø 98.89).",
    },
    Indicator {
        column: "library_loans_per_cap",
        file: "lokalsamfund_scores.csv",
        label_da: "Biblioteksudlån pr. indbygger",
        label_en: "Library loans per resident",
        unit_da: "udlån pr. indb.",
        unit_en: "loans per resident",
        year: Some(2023),
        source: "Danmarks Statistik, BIB1 (2023)",
        polarity: "higher_is_better",
        group: "descriptive",
        scale: Some("individual"),
        measure: "share",
        decimals: 2,
        note_da: "Folkebibliotekernes udlån i kommunen delt med indbyggertallet: et mål for, hvor meget biblioteket bruges, ikke for hvor mange indbyggere der bruger det. Mangler i kilden for Fanø.",
        note_en: "The public libraries' loans in the municipality divided by its population: a measure of how much the library is used, not of how many residents use it. Missing in the source for Fanø.",
    },
    Indicator {
        column: "music_school_per_1k",
        file: "samskabelse_extra_scores.csv",
        label_da: "Musikskoleelever pr. 1.000 indbyggere",
        label_en: "Music-school pupils per 1,000 residents",
        unit_da: "pr. 1.000 indb.",
        unit_en: "per 1,000 residents",
        year: Some(2022),
        source: "Danmarks Statistik, SKOLM02B (2022)",
        polarity: "higher_is_better",
        group: "descriptive",
        scale: Some("individual"),
        measure: "share",
        decimals: 2,
        note_da: "Elever i kommunens musikskole pr. 1.000 indbyggere (alle aldre i nævneren). Mangler i kilden for Fanø, Samsø og Læsø.",
        note_en: "Pupils of the municipality's music school per 1,000 residents (all ages in the denominator). Missing in the source for Fanø, Samsø and Læsø.",
    },
    Indicator {
        column: "voter_turnout_national_pct",
        file: DEMOCRACY,
        label_da: "Stemmeprocent ved seneste folketingsvalg",
        label_en: "Turnout at the latest general election",
        unit_da: "%",
        unit_en: "%",
        year: None,
        source: "Danmarks Statistik, LABY09 (seneste folketingsvalg; året er ikke angivet i kilden)",
        polarity: "higher_is_better",
        group: "context",
        scale: None,
        measure: "share",
        decimals: 2,
        note_da: "Stemmeprocenten i kommunen ved folketingsvalg. Kildedatasættet angiver ikke valgets år, så her står «seneste folketingsvalg». Vist som baggrund: samskabelsesmålet er stemmeprocenten ved kommunalvalget.",
        note_en: "Turnout in the municipality at a general election. The source dataset does not give the election's year, so it says «latest general election» here. Shown as background: the co-creation measure is the municipal election's turnout.",
    },
];

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
