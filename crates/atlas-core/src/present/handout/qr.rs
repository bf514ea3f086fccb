//! The view's link as a QR code (the `qrcode` crate), drawn as one SVG path so it
//! prints sharp at any size.

use crate::present::markup::{el, Element};
use qrcode::{Color, EcLevel, QrCode};

/// Modules of quiet zone around the code, as the standard asks.
const QUIET: usize = 4;

/// The QR code of `text` as an SVG element with the accessible name `label`
/// (`None` when the text is too long for any QR code).
///
/// ```
/// use atlas_core::present::handout::qr_svg;
/// let svg = qr_svg("https://example.org/?a=1", "QR").unwrap().to_markup();
/// assert!(svg.starts_with("<svg") && svg.contains("data-testid=\"qr\""));
/// ```
pub fn qr_svg(text: &str, label: &str) -> Option<Element> {
    // level L: the fewest modules for a long link, so each prints large; paper is clean
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).ok()?;
    let n = code.width();
    let size = n + 2 * QUIET;
    let mut d = String::with_capacity(n * n * 4);
    for (k, c) in code.to_colors().iter().enumerate() {
        if *c == Color::Dark {
            let (x, y) = (k % n + QUIET, k / n + QUIET);
            d.push_str(&format!("M{x},{y}h1v1h-1z"));
        }
    }
    Some(
        el("svg")
            .attr("xmlns", "http://www.w3.org/2000/svg")
            .attr("data-testid", "qr")
            .attr("class", "qr")
            .attr("viewBox", format!("0 0 {size} {size}"))
            .attr("shape-rendering", "crispEdges")
            .attr("role", "img")
            .attr("aria-label", label)
            .child(
                el("rect")
                    .attr("width", size)
                    .attr("height", size)
                    .attr("fill", "#ffffff"),
            )
            .child(el("path").attr("d", d).attr("fill", "#000000")),
    )
}
