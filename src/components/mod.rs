//! One component per file.

pub mod atlas_view;
pub mod compare;
pub mod data_panel;
pub mod drop_zone;
pub mod footer;
pub mod header;
pub mod legend;
pub mod map;
pub mod messages;
pub mod progress;
pub mod tooltip;
