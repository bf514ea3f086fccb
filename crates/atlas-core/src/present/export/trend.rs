//! The Udvikling chart as a standalone SVG (A, B and the city over the years, the gap
//! below, the sentence and the source) and its series as CSV.

use super::csv::{csv_number, guard_cell};
use super::svg::xml_escape;
use crate::model::trend::Series;
use crate::present::chart::{Chart, Frame};
use crate::text::numbers::format_number;
use crate::Lang;

/// Colours of A, B and the city, as on screen.
pub const TREND_COLOURS: [&str; 3] = ["#1f4e79", "#b35806", "#555555"];

/// Everything the exported chart shows.
pub struct TrendDocument {
    pub title: String,
    pub sentence: String,
    pub source: String,
    /// Labels of A, B and the city line.
    pub labels: [String; 3],
    pub gap_label: String,
    pub series: Series,
    pub decimals: usize,
    pub lang: Lang,
}

/// The frame of the main chart and of the gap chart in the export.
pub const MAIN: Frame = Frame {
    width: 640.0,
    height: 260.0,
    left: 80.0,
    right: 20.0,
    top: 16.0,
    bottom: 28.0,
};
pub const GAP: Frame = Frame {
    width: 640.0,
    height: 140.0,
    left: 80.0,
    right: 20.0,
    top: 16.0,
    bottom: 28.0,
};

/// Height of the title and key above the charts.
const HEAD: f64 = 70.0;

fn axes(c: &Chart, decimals: usize, lang: Lang, dy: f64, out: &mut String) {
    let f = c.frame;
    for t in &c.ticks {
        let y = c.y(*t) + dy;
        out.push_str(&format!(
            "<line x1=\"{}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#ddd\"/><text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\" font-size=\"11\">{}</text>",
            f.left,
            f.width - f.right,
            f.left - 6.0,
            y + 4.0,
            xml_escape(&format_number(*t, decimals, lang))
        ));
    }
    for i in c.year_ticks() {
        out.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"11\">{}</text>",
            c.x(i),
            f.height - 8.0 + dy,
            c.years[i]
        ));
    }
}

impl TrendDocument {
    /// Width and height of the exported SVG, in CSS pixels.
    pub fn size(&self) -> (f64, f64) {
        (MAIN.width, HEAD + MAIN.height + GAP.height + 60.0)
    }

    /// The document as SVG text (`None` without two years of data).
    ///
    /// ```
    /// use atlas_core::model::trend::Series;
    /// use atlas_core::present::export::TrendDocument;
    /// let s = Series { years: vec![2000, 2017], a: vec![Some(3.0), Some(5.0)],
    ///     b: vec![Some(1.0), None], city: vec![Some(2.0), Some(4.0)], weighted: false };
    /// let d = TrendDocument { title: "T <1>".into(), sentence: "S".into(), source: "K".into(),
    ///     labels: ["A".into(), "B".into(), "By".into()], gap_label: "A − B".into(),
    ///     series: s, decimals: 0, lang: atlas_core::Lang::Da };
    /// let svg = d.to_svg().unwrap();
    /// assert!(svg.starts_with("<svg") && svg.contains("T &lt;1&gt;") && svg.contains("2017"));
    /// ```
    pub fn to_svg(&self) -> Option<String> {
        let s = &self.series;
        let main = Chart::new(
            MAIN,
            s.years.clone(),
            &[s.a.clone(), s.b.clone(), s.city.clone()],
            None,
        )?;
        let gap = s.gap();
        let gap_chart = Chart::new(GAP, s.years.clone(), std::slice::from_ref(&gap), Some(0.0))?;
        let head = HEAD;
        let (w, h) = self.size();
        let mut out = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"sans-serif\"><rect width=\"{w}\" height=\"{h}\" fill=\"#fff\"/>"
        );
        out.push_str(&format!(
            "<text x=\"16\" y=\"24\" font-size=\"16\" font-weight=\"bold\">{}</text>",
            xml_escape(&self.title)
        ));
        for (i, (label, colour)) in self.labels.iter().zip(TREND_COLOURS).enumerate() {
            out.push_str(&format!(
                "<rect x=\"{}\" y=\"38\" width=\"12\" height=\"4\" fill=\"{colour}\"/><text x=\"{}\" y=\"44\" font-size=\"12\">{}</text>",
                16 + i * 200,
                32 + i * 200,
                xml_escape(label)
            ));
        }
        out.push_str(&format!("<g transform=\"translate(0,{head})\">"));
        axes(&main, self.decimals, self.lang, 0.0, &mut out);
        for (v, colour) in [&s.a, &s.b, &s.city].into_iter().zip(TREND_COLOURS) {
            out.push_str(&format!(
                "<path d=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2.5\"/>",
                main.path(v)
            ));
        }
        out.push_str(&format!(
            "<text x=\"16\" y=\"{}\" font-size=\"12\" font-weight=\"bold\">{}</text>",
            MAIN.height + 14.0,
            xml_escape(&self.gap_label)
        ));
        let dy = MAIN.height + 16.0;
        axes(&gap_chart, self.decimals, self.lang, dy, &mut out);
        out.push_str(&format!(
            "<path d=\"{}\" fill=\"none\" stroke=\"#7a3b00\" stroke-width=\"2\" transform=\"translate(0,{dy})\"/></g>",
            gap_chart.path(&gap)
        ));
        let mut y = head + MAIN.height + GAP.height + 30.0;
        for (line, size) in [(&self.sentence, 12), (&self.source, 10)] {
            out.push_str(&format!(
                "<text x=\"16\" y=\"{y}\" font-size=\"{size}\">{}</text>",
                xml_escape(line)
            ));
            y += 18.0;
        }
        out.push_str("</svg>");
        Some(out)
    }

    /// The series as CSV: one row per year with A, B, the city, A − B and A / B.
    ///
    /// ```
    /// use atlas_core::model::trend::Series;
    /// use atlas_core::present::export::TrendDocument;
    /// let s = Series { years: vec![2000], a: vec![Some(3.5)], b: vec![None],
    ///     city: vec![Some(2.0)], weighted: false };
    /// let d = TrendDocument { title: String::new(), sentence: String::new(), source: String::new(),
    ///     labels: ["=A".into(), "B".into(), "By".into()], gap_label: String::new(),
    ///     series: s, decimals: 1, lang: atlas_core::Lang::Da };
    /// assert_eq!(d.to_csv(), "år;'=A;B;By;A − B;A / B\n2000;3,5;;2;;\n");
    /// ```
    pub fn to_csv(&self) -> String {
        let (sep, year) = match self.lang {
            Lang::Da => (";", "år"),
            Lang::En => (",", "year"),
        };
        let num = |v: Option<f64>| v.map(|v| csv_number(v, self.lang)).unwrap_or_default();
        let mut out = [
            year.to_owned(),
            guard_cell(&self.labels[0]).into_owned(),
            guard_cell(&self.labels[1]).into_owned(),
            guard_cell(&self.labels[2]).into_owned(),
            "A − B".into(),
            "A / B".into(),
        ]
        .join(sep);
        out.push('\n');
        let s = &self.series;
        let (gap, ratio) = (s.gap(), s.ratio());
        for i in 0..s.years.len() {
            out.push_str(
                &[
                    s.years[i].to_string(),
                    num(s.a[i]),
                    num(s.b[i]),
                    num(s.city[i]),
                    num(gap[i]),
                    num(ratio[i]),
                ]
                .join(sep),
            );
            out.push('\n');
        }
        out
    }
}
