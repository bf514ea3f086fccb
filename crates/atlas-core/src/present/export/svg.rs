//! The map as a standalone SVG document: title, legend (with A/B), district names,
//! caption and source, the current zoom clipped to the map area.

use crate::geometry::pan_zoom::ViewTransform;

/// Escape text for SVG/XML content and attribute values.
///
/// ```
/// use atlas_core::present::export::xml_escape;
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
    /// A and B outlined: each side's outline as a path (a group's outer border as
    /// one shape), with its colour.
    pub outlines: Vec<(String, String)>,
    /// Names drawn on the map: map position (user space) and text.
    pub labels: Vec<(f64, f64, String)>,
    pub legend_title: String,
    pub legend: Vec<LegendEntry>,
    pub zoom: ViewTransform,
    /// District ids (codes as the file gave them), for the saved web page's
    /// `data-district`; may be empty for the picture exports.
    pub ids: Vec<String>,
    /// Each district's value as read out (value and unit, or «mangler data»), for the
    /// saved web page's tooltips and accessible names; may be empty.
    pub values: Vec<String>,
    /// The A and B markers: map position (user space), letter and colour.
    pub markers: Vec<(f64, f64, &'static str, String)>,
    /// A grid layer's raster, tile by tile: drawn instead of [`paths`](Self::paths)
    /// (38,870 squares are one picture, not 38,870 paths).
    pub images: Vec<MapImage>,
    /// Other areas' borders drawn over the map (the municipalities over a grid), as
    /// one path of open lines in map units; empty for none.
    pub borders: String,
}

/// A crop of a grid's raster placed on the map: its pixels `x, y, w, h` of the
/// whole image, carried onto the map's units by `affine` (`[a, b, c, d, e, f]`:
/// map x = a·px + b·py + c, map y = d·px + e·py + f, as
/// [`crate::geometry::raster::Tile`] has it).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapImage {
    /// The crop as a `data:` URL (a PNG the browser made).
    pub href: String,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub affine: [f64; 6],
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
    /// use atlas_core::present::export::{LegendEntry, MapDocument};
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
        for m in &self.images {
            let [a, b, c, d, e, f] = m.affine;
            s.push_str(&format!(
                "<image href=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" preserveAspectRatio=\"none\" image-rendering=\"optimizeSpeed\" style=\"image-rendering:pixelated\" transform=\"matrix({a} {d} {b} {e} {c} {f})\"/>\n",
                xml_escape(&m.href),
                m.x,
                m.y,
                m.w,
                m.h
            ));
        }
        // a raster stands for its squares
        let paths = if self.images.is_empty() {
            &self.paths[..]
        } else {
            &[]
        };
        for (i, d) in paths.iter().enumerate() {
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
        if !self.borders.is_empty() {
            s.push_str(&format!(
                "<path data-testid=\"borders\" d=\"{}\" fill=\"none\" stroke=\"#1d1d1b\" stroke-opacity=\"0.8\" stroke-width=\"1.1\" vector-effect=\"non-scaling-stroke\"/>\n",
                xml_escape(&self.borders)
            ));
        }
        for (d, colour) in &self.outlines {
            s.push_str(&format!(
                "<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"3\" vector-effect=\"non-scaling-stroke\"/>\n",
                xml_escape(d),
                xml_escape(colour)
            ));
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
