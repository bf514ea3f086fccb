//! What the user keeps and shows: the whole view as a [`view_spec::ViewSpec`] (to and
//! from the link), scenes and the story, project and session files, exports (CSV,
//! standalone SVG), the A-vs-B comparison every medium shows ([`comparison`]), the
//! colours of A and B ([`colours`]), and the table view's row order.

pub mod area_words;
pub mod chart;
pub mod colours;
pub mod comparison;
pub mod comparison_words;
pub mod examples;
pub mod export;
pub mod grid_words;
pub mod handout;
pub mod labels;
pub mod lisa_words;
pub mod markup;
pub mod pair;
pub mod project;
pub mod story;
pub mod table_order;
pub mod trend_text;
pub mod view;
pub mod view_link;
pub mod view_spec;
#[cfg(feature = "store")]
pub mod view_store;
