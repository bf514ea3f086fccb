//! The panels that read the figures: Sammenligning (A vs B), the
//! district's profile, the index, the scatter plot, Udvikling (the trend and its
//! chart) and the table view.

pub mod compare;
pub mod data_table;
pub mod group_picker;
pub mod index_panel;
pub mod moran_years;
pub mod profile;
pub mod scatter;
pub mod trend;
pub mod trend_chart;
