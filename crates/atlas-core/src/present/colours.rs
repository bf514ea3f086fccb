//! The colours of A and B, named once: the map's outlines and badges, the comparison,
//! the Udvikling lines, the exports and the handout all take them from here.
//!
//! The screen's stylesheet holds the same values as CSS custom properties (`--a`, `--b`
//! in `public/style.css`), since CSS cannot read Rust; `tests/colours.rs` reads the
//! stylesheet and fails when they differ.

/// District A: blue.
pub const A: &str = "#1f4e9c";
/// District B: green (and dashed where a line is drawn, for who cannot tell the two).
pub const B: &str = "#0b7a5a";
/// The city as a whole (its average line in Udvikling).
pub const CITY: &str = "#555555";
/// The gap A − B as a line of its own (the Udvikling gap chart, the sparklines).
pub const GAP: &str = "#7a3b00";
