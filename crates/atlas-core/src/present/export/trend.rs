//! The Udvikling chart as a standalone SVG (A, B and the city over the years, the gap
//! below, the sentence and the source) and its series as CSV.

use super::csv::{csv_number, guard_cell};
use crate::model::trend::Series;
use crate::present::chart::{Chart, Frame};
use crate::present::colours;
use crate::present::markup::{el, Element, Node};
use crate::text::numbers::format_number;
use crate::Lang;

/// Colours of A, B and the city, as on screen ([`crate::present::colours`]).
pub const TREND_COLOURS: [&str; 3] = [colours::A, colours::B, colours::CITY];

/// Everything the exported chart shows.
#[derive(Clone, Debug)]
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

fn axes(c: &Chart, decimals: usize, lang: Lang, dy: f64, font: f64) -> Vec<Node> {
    let f = c.frame;
    let mut out: Vec<Node> = Vec::new();
    for t in &c.ticks {
        let y = c.y(*t) + dy;
        out.push(
            el("line")
                .attr("x1", f.left)
                .attr("x2", f.width - f.right)
                .attr("y1", format!("{y:.1}"))
                .attr("y2", format!("{y:.1}"))
                .attr("stroke", "#ddd")
                .into(),
        );
        out.push(
            el("text")
                .attr("x", f.left - 6.0)
                .attr("y", format!("{:.1}", y + 4.0))
                .attr("text-anchor", "end")
                .attr("font-size", font)
                .text(format_number(*t, decimals, lang))
                .into(),
        );
    }
    for i in c.year_ticks() {
        out.push(
            el("text")
                .attr("x", format!("{:.1}", c.x(i)))
                .attr("y", format!("{:.1}", f.height - 8.0 + dy))
                .attr("text-anchor", "middle")
                .attr("font-size", font)
                .text(c.years[i].to_string())
                .into(),
        );
    }
    out
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
        let (w, h) = self.size();
        let mut svg = el("svg")
            .attr("xmlns", "http://www.w3.org/2000/svg")
            .attr("width", w)
            .attr("height", h)
            .attr("viewBox", format!("0 0 {w} {h}"))
            .attr("font-family", "sans-serif")
            .child(
                el("rect")
                    .attr("width", w)
                    .attr("height", h)
                    .attr("fill", "#fff"),
            )
            .child(
                el("text")
                    .attr("x", 16)
                    .attr("y", 24)
                    .attr("font-size", 16)
                    .attr("font-weight", "bold")
                    .text(self.title.clone()),
            )
            .children(self.body(true, 11.0)?);
        let mut y = HEAD + MAIN.height + GAP.height + 30.0;
        for (line, size) in [(&self.sentence, 12), (&self.source, 10)] {
            svg = svg.child(
                el("text")
                    .attr("x", 16)
                    .attr("y", y)
                    .attr("font-size", size)
                    .text(line.clone()),
            );
            y += 18.0;
        }
        Some(svg.to_markup())
    }

    /// Both charts without title, key, sentence or source, as an SVG to place in a page
    /// (the page gives the key as text), its figures at `font` map units (11 in the
    /// standalone export); `None` without two years of data.
    pub fn chart_node(&self, font: f64) -> Option<Element> {
        let (w, _) = self.size();
        let top = HEAD - 8.0;
        let h = HEAD + MAIN.height + GAP.height - top + 12.0;
        Some(
            el("svg")
                .attr("viewBox", format!("0 {top} {w} {h}"))
                .attr("class", "trend-chart")
                .attr("role", "img")
                .attr("aria-label", self.title.clone())
                .attr("font-family", "sans-serif")
                .children(self.body(false, font)?),
        )
    }

    /// The key (when asked) and the two charts (A, B, the city; the gap below).
    fn body(&self, key: bool, font: f64) -> Option<Vec<Node>> {
        let s = &self.series;
        let main = Chart::new(
            MAIN,
            s.years.clone(),
            &[s.a.clone(), s.b.clone(), s.city.clone()],
            None,
        )?;
        let gap = s.gap();
        let gap_chart = Chart::new(GAP, s.years.clone(), std::slice::from_ref(&gap), Some(0.0))?;
        let mut out: Vec<Node> = Vec::new();
        for (i, (label, colour)) in self.labels.iter().zip(TREND_COLOURS).enumerate() {
            if !key {
                break;
            }
            out.push(
                el("rect")
                    .attr("x", 16 + i * 200)
                    .attr("y", 38)
                    .attr("width", 12)
                    .attr("height", 4)
                    .attr("fill", colour)
                    .into(),
            );
            out.push(
                el("text")
                    .attr("x", 32 + i * 200)
                    .attr("y", 44)
                    .attr("font-size", 12)
                    .text(label.clone())
                    .into(),
            );
        }
        let mut g = el("g")
            .attr("transform", format!("translate(0,{HEAD})"))
            .children(axes(&main, self.decimals, self.lang, 0.0, font));
        for (v, colour) in [&s.a, &s.b, &s.city].into_iter().zip(TREND_COLOURS) {
            g = g.child(
                el("path")
                    .attr("d", main.path(v))
                    .attr("fill", "none")
                    .attr("stroke", colour)
                    .attr("stroke-width", 2.5),
            );
        }
        let dy = MAIN.height + 16.0;
        g = g
            .child(
                el("text")
                    .attr("x", 16)
                    .attr("y", MAIN.height + 14.0)
                    .attr("font-size", font + 1.0)
                    .attr("font-weight", "bold")
                    .text(self.gap_label.clone()),
            )
            .children(axes(&gap_chart, self.decimals, self.lang, dy, font))
            .child(
                el("path")
                    .attr("d", gap_chart.path(&gap))
                    .attr("fill", "none")
                    .attr("stroke", colours::GAP)
                    .attr("stroke-width", 2)
                    .attr("transform", format!("translate(0,{dy})")),
            );
        out.push(g.into());
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
