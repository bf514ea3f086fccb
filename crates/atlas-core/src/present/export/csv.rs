//! CSV exports: the joined data and the A-vs-B comparison. Danish files are
//! `;`-separated with decimal commas, English files `,`-separated with decimal points;
//! both start with a BOM so Excel reads æøå. Text cells that a spreadsheet would run
//! as a formula are neutralised.

use crate::model::atlas::Atlas;
use crate::present::comparison::Comparison;
use crate::text::Lang;
use std::borrow::Cow;

/// Neutralise a text cell a spreadsheet would read as a formula: one starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`.
///
/// ```
/// use atlas_core::present::export::guard_cell;
/// assert_eq!(guard_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
/// assert_eq!(guard_cell("@SUM(A1)"), "'@SUM(A1)");
/// assert_eq!(guard_cell("Østerbro"), "Østerbro");
/// ```
pub fn guard_cell(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

/// A number as a spreadsheet reads it in `lang`: all its digits, no thousands
/// separator, decimal comma in Danish. Numbers the app writes are not guarded: a
/// negative number is a number, not a formula.
///
/// ```
/// use atlas_core::present::export::csv_number;
/// use atlas_core::Lang;
/// assert_eq!(csv_number(-1234.5, Lang::Da), "-1234,5");
/// assert_eq!(csv_number(71.2, Lang::En), "71.2");
/// ```
pub fn csv_number(v: f64, lang: Lang) -> String {
    let s = format!("{v}");
    match lang {
        Lang::Da => s.replace('.', ","),
        Lang::En => s,
    }
}

/// `da` or `en` by language.
fn pick(lang: Lang, da: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Da => da,
        Lang::En => en,
    }
}

fn writer(lang: Lang) -> csv::Writer<Vec<u8>> {
    let delimiter = match lang {
        Lang::Da => b';',
        Lang::En => b',',
    };
    csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(b"\xEF\xBB\xBF".to_vec())
}

fn finish(w: csv::Writer<Vec<u8>>) -> String {
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

fn cell(v: Option<f64>, lang: Lang) -> String {
    v.filter(|x| x.is_finite())
        .map(|x| csv_number(x, lang))
        .unwrap_or_default()
}

/// The joined data: one row per district, one column per indicator and year,
/// headed by label, year and unit. Missing values are empty cells.
///
/// ```
/// use atlas_core::present::export::joined_csv;
/// use atlas_core::Lang;
/// let csv = joined_csv(&atlas_core::Atlas::default(), Lang::Da);
/// assert!(csv.starts_with("\u{feff}Kode;Navn"));
/// ```
pub fn joined_csv(atlas: &Atlas, lang: Lang) -> String {
    let mut w = writer(lang);
    let mut header = vec![
        pick(lang, "Kode", "Code").to_owned(),
        pick(lang, "Navn", "Name").to_owned(),
    ];
    let mut columns = Vec::new();
    for (i, meta) in atlas.indicators.iter().enumerate() {
        for (yi, year) in atlas.years(i).iter().enumerate() {
            let mut h = meta.label(lang).to_owned();
            if let Some(y) = year.or(meta.year) {
                h.push_str(&format!(" {y}"));
            }
            let unit = meta.unit(lang);
            if !unit.is_empty() {
                h.push_str(&format!(" ({unit})"));
            }
            header.push(guard_cell(&h).into_owned());
            columns.push((i, yi));
        }
    }
    let _ = w.write_record(&header);
    for (d, district) in atlas.districts.iter().enumerate() {
        let mut row = vec![
            guard_cell(&district.id).into_owned(),
            guard_cell(&district.name).into_owned(),
        ];
        row.extend(
            columns
                .iter()
                .map(|(i, yi)| cell(atlas.value_at(*i, *yi, d), lang)),
        );
        let _ = w.write_record(&row);
    }
    finish(w)
}

/// The A-vs-B comparison as the screen and the handout show it
/// ([`crate::present::comparison`]): one row per indicator with group, unit and year,
/// both values, the difference, the ratio, both ranks and who is ahead (by name), in
/// the comparison's language. Figures are written in full, missing ones empty.
///
/// ```
/// use atlas_core::present::comparison::comparison;
/// use atlas_core::present::export::comparison_csv;
/// use atlas_core::Lang;
/// let csv = comparison_csv(&comparison(&atlas_core::Atlas::default(), 0, 1, None, Lang::En));
/// assert!(csv.starts_with("\u{feff}Indicator,"));
/// ```
pub fn comparison_csv(c: &Comparison) -> String {
    let lang = c.lang;
    let (na, nb) = (&c.a, &c.b);
    let mut w = writer(lang);
    let p = |da: &'static str, en: &'static str| pick(lang, da, en).to_owned();
    let header = vec![
        p("Indikator", "Indicator"),
        p("Gruppe", "Group"),
        p("Enhed", "Unit"),
        p("År", "Year"),
        guard_cell(na).into_owned(),
        guard_cell(nb).into_owned(),
        p("Forskel (A − B)", "Difference (A − B)"),
        p("Forhold (A / B)", "Ratio (A / B)"),
        guard_cell(&format!("{} {na}", p("Rang", "Rank"))).into_owned(),
        guard_cell(&format!("{} {nb}", p("Rang", "Rank"))).into_owned(),
        p("Rangeret af", "Ranked of"),
        p("Foran", "Ahead"),
    ];
    let _ = w.write_record(&header);
    for r in &c.rows {
        let g = &r.gap;
        let rank = |r: Option<usize>| r.map(|r| r.to_string()).unwrap_or_default();
        let row = vec![
            guard_cell(&r.name).into_owned(),
            r.group.label(lang).to_owned(),
            guard_cell(&r.unit).into_owned(),
            r.year.map(|y| y.to_string()).unwrap_or_default(),
            cell(g.a, lang),
            cell(g.b, lang),
            cell(g.difference, lang),
            cell(g.ratio, lang),
            rank(g.rank_a),
            rank(g.rank_b),
            g.ranked.to_string(),
            guard_cell(c.ahead_named(g.ahead)).into_owned(),
        ];
        let _ = w.write_record(&row);
    }
    finish(w)
}
