//! Exports: the joined data and the A-vs-B comparison as CSV, and the map as a
//! standalone SVG document with title, legend, caption and source.
//!
//! CSV follows the language: Danish files are `;`-separated with decimal commas,
//! English files `,`-separated with decimal points; both start with a BOM so Excel
//! reads æøå. Text cells that a spreadsheet would run as a formula are neutralised.

use crate::atlas::Atlas;
use crate::format::{missing_text, Lang};
use crate::gap::{compare, Ahead};
use crate::view::ViewTransform;
use std::borrow::Cow;

/// Neutralise a text cell a spreadsheet would read as a formula: one starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`.
///
/// ```
/// use atlas_core::export::guard_cell;
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
/// use atlas_core::export::csv_number;
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
/// use atlas_core::export::joined_csv;
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

fn ahead_text(ahead: Ahead, a: &str, b: &str, lang: Lang) -> String {
    match ahead {
        Ahead::A => a.to_owned(),
        Ahead::B => b.to_owned(),
        Ahead::Equal => pick(lang, "Lige", "Equal").into(),
        Ahead::Unknown => missing_text(lang).into(),
        Ahead::NotApplicable => pick(lang, "Ingen retning", "No direction").into(),
    }
}

/// The A-vs-B comparison: one row per indicator with both values, the difference,
/// the ratio, both ranks and who is ahead, in the year shown (`None` = latest).
///
/// ```
/// use atlas_core::export::comparison_csv;
/// use atlas_core::Lang;
/// let csv = comparison_csv(&atlas_core::Atlas::default(), 0, 1, None, Lang::En);
/// assert!(csv.starts_with("\u{feff}Indicator,"));
/// ```
pub fn comparison_csv(atlas: &Atlas, a: usize, b: usize, year: Option<i32>, lang: Lang) -> String {
    let name = |i: usize| {
        atlas
            .districts
            .get(i)
            .map(|d| d.name.clone())
            .unwrap_or_default()
    };
    let (na, nb) = (name(a), name(b));
    let mut w = writer(lang);
    let p = |da: &'static str, en: &'static str| pick(lang, da, en).to_owned();
    let header = vec![
        p("Indikator", "Indicator"),
        p("Gruppe", "Group"),
        p("Enhed", "Unit"),
        p("År", "Year"),
        guard_cell(&na).into_owned(),
        guard_cell(&nb).into_owned(),
        p("Forskel (A − B)", "Difference (A − B)"),
        p("Forhold (A / B)", "Ratio (A / B)"),
        guard_cell(&format!("{} {na}", p("Rang", "Rank"))).into_owned(),
        guard_cell(&format!("{} {nb}", p("Rang", "Rank"))).into_owned(),
        p("Rangeret af", "Ranked of"),
        p("Foran", "Ahead"),
    ];
    let _ = w.write_record(&header);
    for (i, meta) in atlas.indicators.iter().enumerate() {
        let yi = atlas.year_index(i, year);
        let g = compare(atlas.column_at(i, yi), a, b, meta.polarity);
        let y = atlas
            .years(i)
            .get(yi)
            .copied()
            .flatten()
            .or(meta.year)
            .map(|y| y.to_string())
            .unwrap_or_default();
        let rank = |r: Option<usize>| r.map(|r| r.to_string()).unwrap_or_default();
        let row = vec![
            guard_cell(meta.label(lang)).into_owned(),
            meta.group.label(lang).to_owned(),
            guard_cell(meta.unit(lang)).into_owned(),
            y,
            cell(g.a, lang),
            cell(g.b, lang),
            cell(g.difference, lang),
            cell(g.ratio, lang),
            rank(g.rank_a),
            rank(g.rank_b),
            g.ranked.to_string(),
            guard_cell(&ahead_text(g.ahead, &na, &nb, lang)).into_owned(),
        ];
        let _ = w.write_record(&row);
    }
    finish(w)
}

/// Escape text for SVG/XML content and attribute values.
///
/// ```
/// use atlas_core::export::xml_escape;
/// assert_eq!(xml_escape("<b>\"A&B\"</b>"), "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;");
/// ```
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Break `text` into lines of at most about `width` characters at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// One legend entry of an exported map: its colour (`None` = the missing-data
/// hatch) and its text.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    pub colour: Option<String>,
    pub label: String,
    /// Drawn as an outline (the A and B districts), not a fill.
    pub outline: bool,
}

/// Everything an exported map shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapDocument {
    pub title: String,
    pub subtitle: String,
    pub caption: String,
    pub source: String,
    /// Map user space (the app's SVG viewBox).
    pub width: f64,
    pub height: f64,
    pub paths: Vec<String>,
    pub fills: Vec<Option<String>>,
    pub names: Vec<String>,
    /// Districts outlined, with their outline colour (A and B).
    pub outlines: Vec<(usize, String)>,
    /// Names drawn on the map: map position (user space) and text.
    pub labels: Vec<(f64, f64, String)>,
    pub legend_title: String,
    pub legend: Vec<LegendEntry>,
    pub zoom: ViewTransform,
}

/// Width of the legend column and the margins of an exported map.
const LEGEND_W: f64 = 300.0;
const MARGIN: f64 = 24.0;
const HEAD: f64 = 96.0;

impl MapDocument {
    /// Size of the whole exported picture in CSS pixels.
    pub fn size(&self) -> (f64, f64) {
        let legend_h = 60.0 + 28.0 * self.legend.len() as f64;
        let body = self.height.max(legend_h);
        let foot = 40.0 + 22.0 * self.foot_lines().len() as f64;
        (
            (self.width + LEGEND_W + 3.0 * MARGIN).round(),
            (HEAD + body + foot).round(),
        )
    }

    fn foot_lines(&self) -> Vec<(String, &'static str)> {
        let mut lines: Vec<(String, &'static str)> = wrap(&self.caption, 120)
            .into_iter()
            .map(|l| (l, "caption"))
            .collect();
        lines.extend(wrap(&self.source, 150).into_iter().map(|l| (l, "source")));
        lines
    }

    /// The picture as a standalone SVG document.
    ///
    /// ```
    /// use atlas_core::export::{LegendEntry, MapDocument};
    /// let doc = MapDocument {
    ///     title: "Indkomst <2023>".into(), width: 100.0, height: 50.0,
    ///     paths: vec!["M0,0L10,0L10,10Z".into()], fills: vec![Some("#fee8c8".into())],
    ///     names: vec!["Østerbro".into()],
    ///     legend: vec![LegendEntry { colour: Some("#fee8c8".into()), label: "1–2".into(), outline: false }],
    ///     ..Default::default()
    /// };
    /// let svg = doc.to_svg();
    /// assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    /// assert!(svg.contains("Indkomst &lt;2023&gt;"));
    /// assert!(svg.contains("data-testid=\"legend\""));
    /// ```
    pub fn to_svg(&self) -> String {
        let (w, h) = self.size();
        let z = self.zoom;
        let mut s = String::with_capacity(self.paths.iter().map(String::len).sum::<usize>() + 4096);
        s.push_str(&format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"'Segoe UI', system-ui, 'DejaVu Sans', sans-serif\">\n"
        ));
        s.push_str(&format!(
            "<title>{}</title>\n<defs><pattern id=\"missing\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f4f4f1\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#8a8a84\" stroke-width=\"2\"/></pattern><clipPath id=\"map-clip\"><rect width=\"{}\" height=\"{}\"/></clipPath></defs>\n",
            xml_escape(&self.title),
            self.width,
            self.height
        ));
        s.push_str(&format!(
            "<rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>\n"
        ));
        s.push_str(&format!(
            "<text x=\"{MARGIN}\" y=\"44\" font-size=\"28\" font-weight=\"700\" fill=\"#1d1d1b\">{}</text>\n",
            xml_escape(&self.title)
        ));
        s.push_str(&format!(
            "<text x=\"{MARGIN}\" y=\"74\" font-size=\"17\" fill=\"#45453f\">{}</text>\n",
            xml_escape(&self.subtitle)
        ));
        s.push_str(&format!(
            "<g data-testid=\"map\" transform=\"translate({MARGIN},{HEAD})\" clip-path=\"url(#map-clip)\"><g transform=\"translate({},{}) scale({})\" stroke=\"#ffffff\" stroke-width=\"1\" stroke-linejoin=\"round\">\n",
            z.x, z.y, z.k
        ));
        for (i, d) in self.paths.iter().enumerate() {
            let fill = self
                .fills
                .get(i)
                .cloned()
                .flatten()
                .map(|f| xml_escape(&f))
                .unwrap_or_else(|| "url(#missing)".into());
            let name = self.names.get(i).map(|n| xml_escape(n)).unwrap_or_default();
            s.push_str(&format!(
                "<path d=\"{}\" fill=\"{fill}\" vector-effect=\"non-scaling-stroke\"><title>{name}</title></path>\n",
                xml_escape(d)
            ));
        }
        for (i, colour) in &self.outlines {
            if let Some(d) = self.paths.get(*i) {
                s.push_str(&format!(
                    "<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"3\" vector-effect=\"non-scaling-stroke\"/>\n",
                    xml_escape(d),
                    xml_escape(colour)
                ));
            }
        }
        s.push_str("</g>\n");
        for (x, y, text) in &self.labels {
            let (x, y) = (x * z.k + z.x, y * z.k + z.y);
            if x < 0.0 || y < 0.0 || x > self.width || y > self.height {
                continue;
            }
            s.push_str(&format!(
                "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"13\" font-weight=\"600\" text-anchor=\"middle\" fill=\"#1d1d1b\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-opacity=\"0.85\" paint-order=\"stroke\">{}</text>\n",
                xml_escape(text)
            ));
        }
        s.push_str("</g>\n");
        let lx = MARGIN * 2.0 + self.width;
        s.push_str(&format!(
            "<g data-testid=\"legend\" transform=\"translate({lx},{HEAD})\">\n<text x=\"0\" y=\"18\" font-size=\"17\" font-weight=\"700\" fill=\"#1d1d1b\">{}</text>\n",
            xml_escape(&self.legend_title)
        ));
        for (k, e) in self.legend.iter().enumerate() {
            let y = 40.0 + 28.0 * k as f64;
            let fill = e
                .colour
                .as_deref()
                .map(xml_escape)
                .unwrap_or_else(|| "url(#missing)".into());
            let swatch = if e.outline {
                format!("fill=\"none\" stroke=\"{fill}\" stroke-width=\"3\"")
            } else {
                format!("fill=\"{fill}\" stroke=\"#8a8a84\" stroke-width=\"0.5\"")
            };
            s.push_str(&format!(
                "<rect x=\"0\" y=\"{y}\" width=\"28\" height=\"20\" {swatch}/><text x=\"38\" y=\"{}\" font-size=\"15\" fill=\"#1d1d1b\">{}</text>\n",
                y + 15.0,
                xml_escape(&e.label)
            ));
        }
        s.push_str("</g>\n");
        let mut y = h - 22.0 * self.foot_lines().len() as f64 - 12.0;
        for (line, class) in self.foot_lines() {
            let (size, colour) = if class == "caption" {
                (17, "#1d1d1b")
            } else {
                (13, "#45453f")
            };
            y += 22.0;
            s.push_str(&format!(
                "<text class=\"{class}\" x=\"{MARGIN}\" y=\"{y}\" font-size=\"{size}\" fill=\"{colour}\">{}</text>\n",
                xml_escape(&line)
            ));
        }
        s.push_str("</svg>\n");
        s
    }
}
