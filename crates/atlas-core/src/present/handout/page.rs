//! One handout page as an element tree: head (title, subtitle, scene, date), the map
//! beside its legend, the A-vs-B table and the Udvikling chart, then caption, sources
//! and the link (with its QR code on paper).

use super::map::{hatch, map_svg, MapStyle};
use super::qr::qr_svg;
use super::HandoutPage;
use crate::present::comparison::{Comparison, Figure};
use crate::present::export::{LegendEntry, TrendDocument, TREND_COLOURS};
use crate::present::markup::{el, Element};
use crate::Lang;

/// Where the page goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Medium {
    /// Printed (or a PDF): the link also as a QR code; nothing interactive.
    Paper,
    /// The saved web page: districts reachable by Tab with tooltips; a live link.
    Web,
}

/// Heading levels: a story's scenes sit one level below the story's title.
fn heading(level: u8) -> &'static str {
    match level {
        1 => "h1",
        2 => "h2",
        3 => "h3",
        _ => "h4",
    }
}

fn legend_item(e: &LegendEntry, hatch_id: &str) -> Element {
    let fill = e
        .colour
        .clone()
        .unwrap_or_else(|| format!("url(#{hatch_id})"));
    let swatch = if e.outline {
        el("rect")
            .attr("x", 2)
            .attr("y", 2)
            .attr("width", 24)
            .attr("height", 14)
            .attr("fill", "none")
            .attr("stroke", fill)
            .attr("stroke-width", 3)
    } else {
        el("rect")
            .attr("width", 28)
            .attr("height", 18)
            .attr("fill", fill)
            .attr("stroke", "#8a8a84")
            .attr("stroke-width", 0.5)
    };
    let mut svg = el("svg")
        .attr("class", "hp-swatch")
        .attr("viewBox", "0 0 28 18")
        .attr("aria-hidden", "true");
    if e.colour.is_none() {
        svg = svg.child(el("defs").child(hatch(hatch_id)));
    }
    el("li")
        .child(svg.child(swatch))
        .child(el("span").text(e.label.clone()))
}

fn figure_cell(f: &Figure, class: &'static str) -> Element {
    let td = el("td").attr("class", class);
    if f.shown == f.exact {
        td.text(f.shown.clone())
    } else {
        // compacted: the exact figure for readers and on hover
        td.attr("title", f.exact.clone())
            .child(el("span").attr("aria-hidden", "true").text(f.shown.clone()))
            .child(el("span").attr("class", "sr-only").text(f.exact.clone()))
    }
}

fn comparison_table(c: &Comparison, lang: Lang, level: u8) -> Element {
    let head = el("tr")
        .child(
            el("th")
                .attr("scope", "col")
                .text(lang.pick("Indikator", "Indicator")),
        )
        .child(el("th").attr("scope", "col").attr("class", "num").text("A"))
        .child(el("th").attr("scope", "col").attr("class", "num").text("B"))
        .child(
            el("th")
                .attr("scope", "col")
                .attr("class", "num")
                .text("A − B"),
        )
        .child(
            el("th")
                .attr("scope", "col")
                .attr("class", "num")
                .text("A / B"),
        )
        .child(
            el("th")
                .attr("scope", "col")
                .attr("class", "num")
                .text(lang.pick("Foran", "Ahead")),
        );
    let mut body = el("tbody");
    let mut group = None;
    for r in &c.rows {
        if group != Some(r.group) {
            group = Some(r.group);
            body = body.child(
                el("tr").attr("class", "hp-group").child(
                    el("th")
                        .attr("scope", "rowgroup")
                        .attr("colspan", 6)
                        .text(r.group.label(lang)),
                ),
            );
        }
        // on paper each row says its year: an indicator without the year shown has its latest
        let label = match r.year {
            Some(y) => format!("{} · {y}", r.label),
            None => r.label.clone(),
        };
        body = body.child(
            el("tr")
                .child(el("th").attr("scope", "row").text(label))
                .child(figure_cell(&r.a, "num"))
                .child(figure_cell(&r.b, "num"))
                .child(figure_cell(&r.difference, "num"))
                .child(el("td").attr("class", "num").text(r.ratio.clone()))
                .child(
                    el("td")
                        .attr("class", "num")
                        .attr("title", r.ahead_phrase)
                        .child(el("span").attr("aria-hidden", "true").text(r.ahead_mark))
                        .child(el("span").attr("class", "sr-only").text(r.ahead_phrase)),
                ),
        );
    }
    el("section")
        .attr("class", "hp-compare")
        .child(el(heading(level + 1)).text(format!(
            "{}: A {} · B {}",
            lang.pick("Sammenligning", "Comparison"),
            c.a,
            c.b
        )))
        .child(el("table").child(el("thead").child(head)).child(body))
}

/// Page number `index` (from 0) of a document as an element tree for `medium`.
/// `level` is the heading level of the page's title (1 alone, 2 in a story).
///
/// ```
/// use atlas_core::present::handout::{page, HandoutPage, Medium};
/// let mut p = HandoutPage::default();
/// p.map.title = "Indkomst".into();
/// p.link = "https://atlas.example/?i=1".into();
/// let html = page(&p, 0, Medium::Paper, 1, atlas_core::Lang::Da).to_markup();
/// assert!(html.contains("<h1 class=\"hp-title\">Indkomst</h1>"));
/// assert!(html.contains("data-testid=\"qr\""));
/// ```
pub fn page(p: &HandoutPage, index: usize, medium: Medium, level: u8, lang: Lang) -> Element {
    let hatch_id = format!("hatch-{index}");
    let m = &p.map;
    let map = map_svg(
        m,
        MapStyle {
            interactive: medium == Medium::Web,
            label_size: p.label_size,
            page: index,
        },
    );
    let left = el("div")
        .attr("class", "hp-left")
        .child(el("figure").attr("class", "hp-map").child(map))
        .child(legend_section(p, &hatch_id, level, lang));
    let right = el("div")
        .attr("class", "hp-right")
        .children(
            p.comparison
                .as_ref()
                .map(|c| comparison_table(c, lang, level)),
        )
        .children(p.trend.as_ref().and_then(|t| trend_section(t, level, lang)))
        .child(link_block(p, medium, lang));
    let body = el("div").attr("class", "hp-body").child(left).child(right);
    let foot = el("footer")
        .attr("class", "hp-foot")
        .child(el("p").attr("class", "hp-source").text(m.source.clone()));
    el("article")
        .attr(
            "class",
            if p.portrait {
                "handout-page portrait"
            } else {
                "handout-page"
            },
        )
        .attr("data-testid", "handout-page")
        .child(page_head(p, level, lang))
        .children(
            (!m.caption.is_empty())
                .then(|| el("p").attr("class", "hp-caption").text(m.caption.clone())),
        )
        .child(body)
        .child(foot)
}

/// The page's header: title (at `level`) and subtitle, beside the scene and date.
fn page_head(p: &HandoutPage, level: u8, lang: Lang) -> Element {
    let m = &p.map;
    let mut meta = Vec::new();
    if let Some((k, n)) = p.scene {
        meta.push(format!("{} {k} {} {n}", "Scene", lang.pick("af", "of")));
    }
    if !p.date.is_empty() {
        meta.push(p.date.clone());
    }
    el("header")
        .attr("class", "hp-head")
        .child(
            el("div")
                .child(
                    el(heading(level))
                        .attr("class", "hp-title")
                        .text(m.title.clone()),
                )
                .child(el("p").attr("class", "hp-sub").text(m.subtitle.clone())),
        )
        .child(el("p").attr("class", "hp-meta").text(meta.join(" · ")))
}

/// The map's legend: its title, one item per class (the missing hatch as `hatch_id`),
/// then the page's legend notes.
fn legend_section(p: &HandoutPage, hatch_id: &str, level: u8, lang: Lang) -> Element {
    let m = &p.map;
    el("section")
        .attr("class", "hp-legend")
        .child(el(heading(level + 1)).text(lang.pick("Signaturforklaring", "Legend")))
        .child(
            el("p")
                .attr("class", "hp-legend-title")
                .text(m.legend_title.clone()),
        )
        .child(el("ul").children(m.legend.iter().map(|e| legend_item(e, hatch_id))))
        .children(
            p.legend_notes
                .iter()
                .map(|n| el("p").attr("class", "hp-note").text(n.clone())),
        )
}

/// The Udvikling section: heading, key, both charts and the sentence; `None` when
/// the chart has too few years to draw.
fn trend_section(t: &TrendDocument, level: u8, lang: Lang) -> Option<Element> {
    let chart = t.chart_node(17.0)?;
    Some(
        el("section")
            .attr("class", "hp-trend")
            .child(el(heading(level + 1)).text(format!(
                "{}: {}",
                lang.pick("Udvikling", "Change over time"),
                t.title
            )))
            .child(trend_key(&t.labels))
            .child(chart)
            .child(el("p").attr("class", "hp-note").text(t.sentence.clone())),
    )
}

/// The chart's key as text: a line swatch in each series' colour beside its label.
fn trend_key(labels: &[String]) -> Element {
    el("ul")
        .attr("class", "hp-key")
        .children(labels.iter().zip(TREND_COLOURS).map(|(label, colour)| {
            el("li")
                .child(
                    el("svg")
                        .attr("class", "hp-key-line")
                        .attr("viewBox", "0 0 20 6")
                        .attr("aria-hidden", "true")
                        .child(
                            el("rect")
                                .attr("y", 1)
                                .attr("width", 20)
                                .attr("height", 4)
                                .attr("fill", colour),
                        ),
                )
                .child(el("span").text(label.clone()))
        }))
}

/// The view's link with words for the medium, and on paper its QR code.
fn link_block(p: &HandoutPage, medium: Medium, lang: Lang) -> Element {
    let link_words = match medium {
        Medium::Paper => lang.pick(
            "Se kortet i atlasset (scan koden eller skriv linket):",
            "See the map in the atlas (scan the code or type the link):",
        ),
        Medium::Web => lang.pick("Se kortet i atlasset:", "See the map in the atlas:"),
    };
    let mut link = el("div").attr("class", "hp-link").child(
        el("p").child(el("span").text(link_words)).child(" ").child(
            el("a")
                .attr("href", p.link.clone())
                .attr("data-testid", "handout-link")
                .text(p.link.clone()),
        ),
    );
    if medium == Medium::Paper {
        if let Some(qr) = qr_svg(
            &p.link,
            lang.pick("QR-kode med linket", "QR code of the link"),
        ) {
            link = link.child(qr);
        }
    }
    link
}
