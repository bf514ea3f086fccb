//! What the map components use that is not a component: a district's `fill`, drawing
//! the canvas map (`canvas_draw`: Path2D per colour; `canvas_paint`: when to build
//! and draw them, redrawn after a gesture) and the map by
//! keyboard (`keys`: one tab stop, arrows to the neighbour, Enter for A).

pub mod canvas_draw;
pub mod canvas_paint;
pub mod keys;
pub mod raster_draw;

use crate::state::AtlasState;
use leptos::prelude::*;

/// Fill for districts when no indicator is loaded at all.
const NO_DATA_FILL: &str = "#d9d9d4";

/// A district's fill: its class colour, the pattern for a missing figure, or grey
/// when nothing is loaded (both renderers).
pub fn fill(s: &AtlasState, i: usize) -> String {
    if s.no_figures.get() {
        return NO_DATA_FILL.to_owned();
    }
    s.choropleth
        .with(|c| c.fills.get(i).cloned().flatten())
        .unwrap_or_else(|| "url(#missing)".to_owned())
}
