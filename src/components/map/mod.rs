//! The map and what sits on it: the SVG map (`svg`, up to
//! [`CANVAS_THRESHOLD`] areas) and the canvas map (`canvas`, above), the names and
//! A/B markers, the tooltip, the legend and the bivariate key. What both renderers
//! share — the map's title, the zoom buttons — lives here and in `zoom` (a
//! district's fill is `crate::map_support::fill`); drawing and keyboard helpers that are not components are in
//! `crate::map_support`.

pub mod bivariate_legend;
pub mod canvas;
pub mod labels;
pub mod legend;
pub mod lisa_legend;
pub mod moran_scatter;
pub mod show_groups;
pub mod svg;
pub mod tooltip;
pub mod zoom;

use crate::state::{AtlasState, ViewStoreFields};
use atlas_core::Lang;
use leptos::prelude::*;

/// Above this many areas the map is drawn on a canvas (with an element per area for
/// keyboard, screen readers and tests). Measured: the 2,148 parishes mount as SVG
/// paths in ~70 ms of DOM work and repaint every path on each hover; at 40,000 grid
/// cells SVG is unusable.
pub const CANVAS_THRESHOLD: usize = 1_000;

/// The map's accessible name: what it shows.
pub fn map_title(s: &AtlasState) -> String {
    let lang = s.lang.get();
    let i = s.view.indicator().get();
    let label = s
        .model
        .with(|m| m.atlas.indicators.get(i).map(|x| x.label(lang).to_owned()))
        .unwrap_or_default();
    let noun = s.noun();
    match lang {
        Lang::Da => format!("Kort over {}: {label}", noun.the_many(lang)),
        Lang::En => format!("Map of {}: {label}", noun.the_many(lang)),
    }
}
