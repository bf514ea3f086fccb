//! The map of a handout page as an SVG element: districts with their fills (the
//! missing-data hatch where a value is missing), the A and B outlines and markers, and
//! the names placed for the medium. On the saved web page each district is a
//! `path[data-district]` with its name and value for the tooltip and screen readers.

use crate::present::export::MapDocument;
use crate::present::markup::{el, Element};

/// How the map is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapStyle {
    /// Districts reachable by Tab, with tooltips (the saved web page).
    pub interactive: bool,
    /// Type size of the names, in map units.
    pub label_size: f64,
    /// Ids of the page's patterns are made unique with this.
    pub page: usize,
}

/// The hatch that marks missing data, with id `id`.
pub fn hatch(id: &str) -> Element {
    el("pattern")
        .attr("id", id)
        .attr("width", 6)
        .attr("height", 6)
        .attr("patternUnits", "userSpaceOnUse")
        .attr("patternTransform", "rotate(45)")
        .child(
            el("rect")
                .attr("width", 6)
                .attr("height", 6)
                .attr("fill", "#f4f4f1"),
        )
        .child(
            el("line")
                .attr("x1", 0)
                .attr("y1", 0)
                .attr("x2", 0)
                .attr("y2", 6)
                .attr("stroke", "#767670")
                .attr("stroke-width", 2),
        )
}

/// The map of `doc` as an SVG element. Its labels (in map space, like the outlines) are
/// all drawn: choose them for the medium's type size first, see
/// [`crate::present::labels::place`].
///
/// ```
/// use atlas_core::present::export::MapDocument;
/// use atlas_core::present::handout::{map_svg, MapStyle};
/// let doc = MapDocument { width: 10.0, height: 10.0, paths: vec!["M0,0L5,0L5,5Z".into()],
///     fills: vec![None], names: vec!["<b>Østerbro</b>".into()], ids: vec!["1".into()],
///     values: vec!["mangler data".into()], ..Default::default() };
/// let svg = map_svg(&doc, MapStyle { interactive: true, label_size: 12.0, page: 0 }).to_markup();
/// assert!(svg.contains("data-district=\"1\"") && svg.contains("url(#hatch-0)"));
/// assert!(svg.contains("&lt;b&gt;Østerbro&lt;/b&gt;: mangler data"));
/// ```
pub fn map_svg(doc: &MapDocument, style: MapStyle) -> Element {
    let hatch_id = format!("hatch-{}", style.page);
    let clip_id = format!("clip-{}", style.page);
    let zoomed = zoomed_layer(doc, district_layer(doc, style, &hatch_id));
    let mut svg = el("svg")
        .attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("class", "hp-map-svg")
        .attr("viewBox", format!("0 0 {:.0} {:.0}", doc.width, doc.height))
        .attr("preserveAspectRatio", "xMidYMid meet");
    svg = if style.interactive {
        svg.attr("role", "group").attr("aria-label", &doc.title)
    } else {
        svg.attr("role", "img").attr("aria-label", &doc.title)
    };
    svg.child(
        el("defs").child(hatch(&hatch_id)).child(
            el("clipPath").attr("id", &clip_id).child(
                el("rect")
                    .attr("width", doc.width)
                    .attr("height", doc.height),
            ),
        ),
    )
    .child(
        el("g")
            .attr("clip-path", format!("url(#{clip_id})"))
            .child(zoomed)
            .child(name_layer(doc, style.label_size))
            .child(marker_layer(doc, style.label_size)),
    )
}

/// The districts' paths with their fills, the hatch `hatch_id` where one is missing.
fn district_layer(doc: &MapDocument, style: MapStyle, hatch_id: &str) -> Element {
    let mut districts = el("g")
        .attr("class", "hp-districts")
        .attr("stroke", "#ffffff")
        .attr("stroke-linejoin", "round");
    // on paper a grid is its raster; on the web page its squares stay reachable
    if !style.interactive && !doc.images.is_empty() {
        for m in &doc.images {
            let [a, b, c, d, e, f] = m.affine;
            districts = districts.child(
                el("image")
                    .attr("href", &m.href)
                    .attr("x", m.x)
                    .attr("y", m.y)
                    .attr("width", m.w)
                    .attr("height", m.h)
                    .attr("preserveAspectRatio", "none")
                    .attr("style", "image-rendering:pixelated")
                    .attr("transform", format!("matrix({a} {d} {b} {e} {c} {f})")),
            );
        }
        return districts;
    }
    for (i, d) in doc.paths.iter().enumerate() {
        districts = districts.child(district_path(doc, i, d, style, hatch_id));
    }
    districts
}

/// District `i`'s path `d`: on the web reachable by Tab with its name and value for
/// the tooltip and screen readers, on paper marked with its id only.
fn district_path(doc: &MapDocument, i: usize, d: &str, style: MapStyle, hatch_id: &str) -> Element {
    let fill = doc
        .fills
        .get(i)
        .cloned()
        .flatten()
        .unwrap_or_else(|| format!("url(#{hatch_id})"));
    let name = doc.names.get(i).cloned().unwrap_or_default();
    let path = el("path")
        .attr("d", d)
        .attr("fill", fill)
        .attr("vector-effect", "non-scaling-stroke");
    if style.interactive {
        let value = doc.values.get(i).cloned().unwrap_or_default();
        path.attr("data-district", doc.ids.get(i).cloned().unwrap_or_default())
            .attr("tabindex", 0)
            .attr("role", "img")
            .attr("aria-label", format!("{name}: {value}"))
            .attr("data-name", name)
            .attr("data-value", value)
    } else {
        path.attr("data-area", doc.ids.get(i).cloned().unwrap_or_default())
    }
}

/// The districts and over them the A and B outlines, moved and scaled by the view's zoom.
fn zoomed_layer(doc: &MapDocument, districts: Element) -> Element {
    let z = doc.zoom;
    let mut zoomed = el("g")
        .attr(
            "transform",
            format!("translate({},{}) scale({})", z.x, z.y, z.k),
        )
        .child(districts);
    if !doc.borders.is_empty() {
        zoomed = zoomed.child(
            el("path")
                .attr("d", &doc.borders)
                .attr("fill", "none")
                .attr("stroke", "#1d1d1b")
                .attr("stroke-opacity", 0.8)
                .attr("stroke-width", 1.1)
                .attr("vector-effect", "non-scaling-stroke")
                .attr("aria-hidden", "true"),
        );
    }
    for (d, colour) in &doc.outlines {
        zoomed = zoomed.child(
            el("path")
                .attr("d", d)
                .attr("fill", "none")
                .attr("stroke", colour)
                .attr("stroke-width", 3)
                .attr("vector-effect", "non-scaling-stroke")
                .attr("aria-hidden", "true"),
        );
    }
    zoomed
}

/// The names at their zoomed positions, in type of `size` map units with a white halo.
fn name_layer(doc: &MapDocument, size: f64) -> Element {
    let z = doc.zoom;
    let mut names = el("g")
        .attr("class", "hp-labels")
        .attr("aria-hidden", "true")
        .attr("font-size", format!("{size:.1}"))
        .attr("font-weight", 600)
        .attr("text-anchor", "middle")
        .attr("fill", "#1d1d1b")
        .attr("stroke", "#ffffff")
        .attr("stroke-width", format!("{:.1}", size / 5.0))
        .attr("stroke-opacity", 0.9)
        .attr("paint-order", "stroke");
    for (x, y, text) in &doc.labels {
        let (x, y) = (x * z.k + z.x, y * z.k + z.y);
        names = names.child(
            el("text")
                .attr("x", format!("{x:.1}"))
                .attr("y", format!("{y:.1}"))
                .text(text.clone()),
        );
    }
    names
}

/// The A and B markers at their zoomed positions, sized for names of `size`.
fn marker_layer(doc: &MapDocument, size: f64) -> Element {
    let z = doc.zoom;
    let mut markers = el("g").attr("aria-hidden", "true");
    for (x, y, letter, colour) in &doc.markers {
        let (x, y) = (x * z.k + z.x, y * z.k + z.y);
        markers = markers.child(marker(x, y, letter, colour, size));
    }
    markers
}

/// One marker: `letter` in white on a circle of `colour`, above the point (`x`, `y`).
fn marker(x: f64, y: f64, letter: &str, colour: &str, size: f64) -> Element {
    let r = size * 0.8;
    let cy = y - size * 1.6;
    el("g")
        .attr("class", "hp-marker")
        .child(
            el("circle")
                .attr("cx", format!("{x:.1}"))
                .attr("cy", format!("{cy:.1}"))
                .attr("r", format!("{r:.1}"))
                .attr("fill", colour)
                .attr("stroke", "#ffffff")
                .attr("stroke-width", format!("{:.1}", size / 8.0)),
        )
        .child(
            el("text")
                .attr("x", format!("{x:.1}"))
                .attr("y", format!("{:.1}", cy + size * 0.35))
                .attr("font-size", format!("{size:.1}"))
                .attr("font-weight", 700)
                .attr("text-anchor", "middle")
                .attr("fill", "#ffffff")
                .text(letter),
        )
}
