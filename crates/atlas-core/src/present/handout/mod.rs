//! The finished page a presenter hands on: the map with its legend (counts and the
//! missing hatch), the A-vs-B table, the Udvikling chart where the indicator has years,
//! caption, sources, date and the view's link (as text and as a QR code on paper).
//! One element tree per page ([`page`]); the app draws it for print, [`standalone_html`]
//! writes it as one self-contained web page.

mod html;
mod map;
mod page;
mod qr;

pub use html::{embed_code, standalone_html, HANDOUT_CSS};
pub use map::{hatch, map_svg, MapStyle};
pub use page::{page, Medium};
pub use qr::qr_svg;

use crate::present::comparison::Comparison;
use crate::present::export::{MapDocument, TrendDocument};
use crate::Lang;

/// Everything one page shows.
#[derive(Clone, Debug, Default)]
pub struct HandoutPage {
    /// The map with title, subtitle, caption, source and legend.
    pub map: MapDocument,
    /// Sentences under the legend (the class basis, fallbacks).
    pub legend_notes: Vec<String>,
    /// A against B, when both are chosen.
    pub comparison: Option<Comparison>,
    /// The Udvikling chart, when the indicator has years and A and B are chosen.
    pub trend: Option<TrendDocument>,
    /// The live atlas view this page shows.
    pub link: String,
    /// The day it was made, written out («3. december 2026»).
    pub date: String,
    /// «Scene 2 af 6» in a story.
    pub scene: Option<(usize, usize)>,
    /// Map type size in map units.
    pub label_size: f64,
    /// Printed upright (A4 portrait) rather than the default landscape.
    pub portrait: bool,
}

/// A day written out as the language writes dates.
///
/// ```
/// use atlas_core::present::handout::format_date;
/// use atlas_core::Lang;
/// assert_eq!(format_date(2026, 12, 3, Lang::Da), "3. december 2026");
/// assert_eq!(format_date(2026, 12, 3, Lang::En), "3 December 2026");
/// ```
pub fn format_date(year: i32, month: u32, day: u32, lang: Lang) -> String {
    const DA: [&str; 12] = [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let m = month.clamp(1, 12) as usize - 1;
    match lang {
        Lang::Da => format!("{day}. {} {year}", DA[m]),
        Lang::En => format!("{day} {} {year}", EN[m]),
    }
}
